"""The Measures' text as data: verbatim Chinese, translation without notes, annexes, notice."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from cixi_innovation.law.articles import (
    ANNEXES,
    ARTICLES,
    CHAPTERS,
    NOTICE,
    Annex,
    AnnexItem,
    Article,
    Chapter,
    Notice,
    Paragraph,
    TranslatorNote,
    text_of,
)
from cixi_innovation.values.citations import ANNEX_SECTIONS, PARAGRAPHS, Citation
from cixi_innovation.values.errors import InvalidCitationError, UnknownArticleError

REPO_ROOT = Path(__file__).resolve().parents[1]
EXTRACTOR = REPO_ROOT / "tools" / "extract_articles.py"


def _policy_dir() -> Path:
    """The shared policy texts, kept beside the repository (``../shared/policy``)."""
    for shared in (REPO_ROOT.parent / "shared", Path(__file__).parents[2] / "shared"):
        if (shared / "policy" / "measures.zh.md").is_file():
            return shared / "policy"
    pytest.skip("the shared policy texts (../shared/policy) are not beside the repository")


ART_10_ZH = (
    "综合体每年安排最高不超过50万元的运营经费补贴(宁波市级及以上综合体获得的上级补助资金"
    "结转的除外),用于行业共享平台及展厅建设、专职人员薪酬、交流合作活动费用、租金水电物业费"
    "等日常办公经费支出。其中支付薪酬的人员限于从事综合体日常工作的专职人员,薪酬支出不得超过"
    "年度补助资金的三分之一。运营经费补贴与年度目标考核验收情况挂钩,每年年初预拨、次年结算。"
)

ART_8_2_ZH = (
    "宁波市级及以上综合体在上级组织的年度绩效评价中结果为“差”的,"
    "提前取消建设单位与依托单位资格,另行授权委托。"
)


# --- articles -------------------------------------------------------------------------


def test_there_are_exactly_articles_1_to_24() -> None:
    assert list(ARTICLES) == list(range(1, 25))
    assert len(ARTICLES) == 24
    assert all(ARTICLES[n].number == n for n in ARTICLES)


def test_article_10_is_verbatim() -> None:
    assert ARTICLES[10].zh == ART_10_ZH
    assert ARTICLES[10].text("zh") == ART_10_ZH


def test_article_10_translation() -> None:
    assert ARTICLES[10].en.startswith(
        "Each Complex is allocated every year (每年安排) an operating-expense subsidy "
        "(运营经费补贴) of at most, and not exceeding, RMB 500,000 (最高不超过50万元) "
        "(carried-over (结转) higher-level subsidy funds (上级补助资金) obtained by Complexes "
        "at Ningbo municipal level or above excepted (除外)), to be used for day-to-day "
        "office expenditure (日常办公经费支出)"
    )
    assert ARTICLES[10].en.endswith(
        "and is pre-allocated (预拨) at the beginning of each year and settled (结算) in the "
        "following year (次年)."
    )
    assert ARTICLES[10].text() == ARTICLES[10].en


def test_article_headings_and_citation() -> None:
    article = ARTICLES[10]
    assert (article.heading_zh, article.heading_en) == ("第十条", "Art. 10")
    assert article.chapter == 2
    assert article.citation == Citation.article(10)
    for number, each in ARTICLES.items():
        assert each.heading_zh == Citation.article(number).zh
        assert each.heading_en == Citation.article(number).en


def test_second_paragraph_of_article_8() -> None:
    paragraph = ARTICLES[8].paragraphs[1]
    assert paragraph.zh == ART_8_2_ZH
    assert paragraph.en == (
        'Where a Complex at Ningbo municipal level or above (宁波市级及以上) obtains the result "poor" '
        "(差) in the annual performance evaluation (年度绩效评价) organized by the higher-level "
        "[authorities] (上级), the qualifications of the construction unit and of the host unit "
        "are revoked early (提前取消), and [the roles are] separately authorized and entrusted "
        "[to others]."
    )
    assert [n.id for n in paragraph.notes] == ["TN 8.6", "TN 8.7", "TN 8.8"]
    assert paragraph.citation == Citation.article(8, 2)
    assert paragraph.text("zh") == ART_8_2_ZH
    assert ARTICLES[8].paragraph(2) is paragraph


def test_paragraphs_are_joined_by_newlines() -> None:
    first, second = ARTICLES[8].paragraphs
    assert ARTICLES[8].zh == f"{first.zh}\n{second.zh}"
    assert ARTICLES[8].en == f"{first.en}\n{second.en}"
    assert "**" not in ARTICLES[8].zh


def test_paragraph_counts_match_the_citations() -> None:
    for number, article in ARTICLES.items():
        assert len(article.paragraphs) == PARAGRAPHS.get(number, 1)
        assert [p.number for p in article.paragraphs] == list(range(1, len(article.paragraphs) + 1))
        assert {p.article for p in article.paragraphs} == {number}


def test_missing_paragraph() -> None:
    with pytest.raises(InvalidCitationError, match=r"^Art\. 10 has no paragraph 2$"):
        ARTICLES[10].paragraph(2)
    with pytest.raises(InvalidCitationError, match=r"^Art\. 8 has no paragraph 0$"):
        ARTICLES[8].paragraph(0)


def test_translation_has_no_notes_but_keeps_other_brackets() -> None:
    for article in ARTICLES.values():
        assert "[TN" not in article.en
        assert "TN " not in article.en
    assert "[and/or]" in ARTICLES[6].paragraph(1).en
    assert "submits [it] (报)" in ARTICLES[6].paragraph(1).en
    assert ARTICLES[23].en.endswith(
        '"the higher [one] applies, without duplication" (就高不重复) [applies].'
    )


def test_translator_notes() -> None:
    assert [n.id for n in ARTICLES[10].notes] == [f"TN 10.{k}" for k in range(1, 7)]
    assert ARTICLES[3].notes == ()
    note = ARTICLES[24].notes[1]
    assert note == TranslatorNote(
        "TN 24.2",
        '"previous provisions" are not identified, and no transitional rule is given for '
        "Complexes, Consortia or Innovation Centers that existed before these Measures.",
    )
    assert str(note).startswith('[TN 24.2: "previous provisions"')
    # Brackets inside a note stay in the note.
    assert ARTICLES[16].notes[0].text.startswith('"一定的" means "a certain [unspecified]"')
    ids = [n.id for a in ARTICLES.values() for n in a.notes]
    assert len(ids) == len(set(ids)) == 58
    for article in ARTICLES.values():
        assert all(n.id.startswith(f"TN {article.number}.") for n in article.notes)


def test_missing_article_raises_unknown_article_error() -> None:
    with pytest.raises(UnknownArticleError) as caught:
        ARTICLES[25]
    assert str(caught.value) == "the Measures have articles 1 to 24, not 25"
    assert isinstance(caught.value, InvalidCitationError)
    assert isinstance(caught.value, LookupError)
    assert not isinstance(caught.value, KeyError)


@pytest.mark.parametrize(
    ("key", "message"),
    [
        (0, "the Measures have articles 1 to 24, not 0"),
        ("10", "the Measures have articles 1 to 24, not '10'"),
        (True, "the Measures have articles 1 to 24, not True"),
    ],
)
def test_other_missing_keys(key: object, message: str) -> None:
    with pytest.raises(UnknownArticleError) as caught:
        ARTICLES[key]  # type: ignore[index]
    assert str(caught.value) == message


def test_articles_is_a_read_only_mapping() -> None:
    assert 10 in ARTICLES
    assert 25 not in ARTICLES
    text_key: object = "10"
    bool_key: object = True
    assert text_key not in ARTICLES
    assert bool_key not in ARTICLES
    assert ARTICLES.get(25) is None
    assert ARTICLES.get(25, "none") == "none"
    assert ARTICLES.get(10) is ARTICLES[10]
    assert not hasattr(ARTICLES, "__setitem__")
    assert dict(ARTICLES.items())[7] is ARTICLES[7]
    assert repr(ARTICLES).startswith("<24 entries: 1, 2, 3")


def test_every_chinese_text_is_verbatim_in_the_source() -> None:
    source = (_policy_dir() / "measures.zh.md").read_text(encoding="utf-8")
    for article in ARTICLES.values():
        labelled = f"**{article.heading_zh}** " + "\n\n".join(p.zh for p in article.paragraphs)
        assert f"\n{labelled}\n" in source, article.heading_en
    for annex in ANNEXES.values():
        assert f"## {annex.heading_zh}:{annex.title_zh}\n" in source
        for section in annex.sections:
            heading, *body = section.zh.split("\n")
            assert f"\n- {heading}\n" in source
            for line in body:
                assert f"\n  {line}\n" in source
            for item in section.items:
                assert f"\n  - {item.zh}\n" in source


def test_every_translation_is_its_labelled_paragraph_without_notes() -> None:
    lines = (_policy_dir() / "measures.en.md").read_text(encoding="utf-8").splitlines()
    for article in ARTICLES.values():
        # the article's own line, then the lines of its further paragraphs
        head = f"**Art. {article.number} ({article.heading_zh})** "
        start = next(i for i, line in enumerate(lines) if line.startswith(head))
        for paragraph in article.paragraphs:
            label = head if paragraph.number == 1 else f"*(¶{paragraph.number})* "
            line = next(line for line in lines[start:] if line.startswith(label))
            text = line.removeprefix(label).split(" [TN ", 1)[0]
            # italics mark titles of documents in the Markdown; the data holds plain text
            assert re.sub(r"\*([^*]+)\*", r"\1", text) == paragraph.en, paragraph.citation.en


def test_the_extractor_regenerates_the_shipped_data() -> None:
    policy = _policy_dir()
    shipped = (resources.files("cixi_innovation") / "data" / "articles.json").read_text(
        encoding="utf-8"
    )
    runs = [
        subprocess.run(
            [sys.executable, str(EXTRACTOR), "--stdout", "--policy-dir", str(policy)],
            capture_output=True,
            check=True,
            encoding="utf-8",
        ).stdout
        for _ in range(2)
    ]
    assert runs[0] == runs[1]
    assert runs[0] == shipped


def test_the_extractor_check_mode(tmp_path: Path) -> None:
    policy = _policy_dir()
    stale = tmp_path / "articles.json"
    stale.write_text("{}\n", encoding="utf-8")
    command = [sys.executable, str(EXTRACTOR), "--policy-dir", str(policy), "--output", str(stale)]
    checked = subprocess.run([*command, "--check"], capture_output=True, encoding="utf-8")
    assert checked.returncode == 1
    assert checked.stderr == f"{stale} is stale: run tools/extract_articles.py\n"
    subprocess.run(command, check=True)
    assert subprocess.run([*command, "--check"]).returncode == 0


def test_loading_is_deferred_until_first_use() -> None:
    probe = (
        "import cixi_innovation, cixi_innovation.law.articles as a; "
        "before = a._document.cache_info().currsize; "
        "a.ARTICLES[1]; "
        "print(before, a._document.cache_info().currsize)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, check=True, encoding="utf-8"
    )
    assert result.stdout == "0 1\n"


# --- chapters -------------------------------------------------------------------------


def test_chapters_group_the_articles() -> None:
    assert {n: c.articles for n, c in CHAPTERS.items()} == {
        1: (1, 2, 3, 4),
        2: (5, 6, 7, 8, 9, 10, 11),
        3: (12, 13, 14, 15, 16),
        4: (17, 18, 19, 20, 21),
        5: (22, 23, 24),
    }
    for chapter in CHAPTERS.values():
        assert all(ARTICLES[n].chapter == chapter.number for n in chapter.articles)


def test_chapter_titles() -> None:
    assert CHAPTERS[2] == Chapter(
        2,
        "第二章 产业创新服务综合体",
        "Chapter 2 Industrial Innovation Service Complexes",
        (5, 6, 7, 8, 9, 10, 11),
    )
    assert [c.zh for c in CHAPTERS.values()] == [
        "第一章 总则",
        "第二章 产业创新服务综合体",
        "第三章 企业创新联合体",
        "第四章 产业技术创新中心",
        "第五章 附则",
    ]
    assert CHAPTERS[5].en == "Chapter 5 Supplementary Provisions"
    with pytest.raises(UnknownArticleError, match=r"^the Measures have chapters 1 to 5, not 6$"):
        CHAPTERS[6]


# --- annexes --------------------------------------------------------------------------


def test_annex_shape_matches_the_citations() -> None:
    assert list(ANNEXES) == [1, 2, 3]
    assert {n: len(a.sections) for n, a in ANNEXES.items()} == {1: 3, 2: 4, 3: 7}
    for number, annex in ANNEXES.items():
        assert {s.number: len(s.items) for s in annex.sections} == ANNEX_SECTIONS[number]
    with pytest.raises(UnknownArticleError, match=r"^the Measures have Annexes 1 to 3, not 4$"):
        ANNEXES[4]


def test_annex_titles() -> None:
    annex = ANNEXES[3]
    assert isinstance(annex, Annex)
    assert (annex.heading_zh, annex.heading_en) == ("附件3", "Annex 3")
    assert annex.title_zh == "慈溪市技术创新中心建设方案编写参考提纲"
    assert annex.title_en == (
        "Reference Outline for Drafting the Construction Plan of a Technology Innovation "
        "Center of Cixi City"
    )
    assert [n.id for n in annex.notes] == ["TN A3.1"]
    assert ANNEXES[1].title_zh == "慈溪市产业创新服务综合体建设方案编写参考提纲"
    assert ANNEXES[1].notes == ()


def test_annex_sections_and_items() -> None:
    section = ANNEXES[1].section(3)
    assert section.citation == Citation.annex_section(1, 3)
    assert section.zh == (
        "三、目标承诺\n包括全行业产值、有效高新技术企业占比、规上企业研发投入占营业收入比重、"
        "规上企业研发机构组建率、有效发明专利数等主要指标的承诺。"
    )
    assert section.en.startswith(
        "III. Target commitments (目标承诺)\nIncluding commitments on the main indicators"
    )
    assert [n.id for n in section.notes] == ["TN A1.1"]
    assert ANNEXES[3].section(2).zh == "二、总体思路"
    assert ANNEXES[3].section(2).en == "II. Overall approach (总体思路)"
    assert ANNEXES[3].section(2).item(5) == AnnexItem(
        3, 2, 5, "(五)投资方案", "(5) Investment plan (投资方案)"
    )
    assert ANNEXES[1].section(1).item(1).zh == "(一)我市产业的综合实力与市场竞争力情况;"
    assert ANNEXES[2].section(4).zh == "四、技术攻关与研发投入计划目标"
    assert [n.id for n in ANNEXES[2].section(2).notes] == ["TN A2.1"]


def test_missing_annex_parts() -> None:
    with pytest.raises(InvalidCitationError, match=r"^Annex 2 has no section 5$"):
        ANNEXES[2].section(5)
    with pytest.raises(InvalidCitationError, match=r"^Annex 3 §2 has no item 6$"):
        ANNEXES[3].section(2).item(6)


# --- text_of --------------------------------------------------------------------------


def test_text_of_an_article() -> None:
    assert text_of(Citation.article(10)) == (ARTICLES[10].zh, ARTICLES[10].en)
    assert text_of("第二十四条")[0] == (
        "本办法自发布之日起30日后施行,有效期五年,原规定与本办法不一致的,以本办法为准。"
    )


def test_text_of_a_paragraph() -> None:
    zh, en = text_of(Citation.article(8, 2))
    assert zh == ART_8_2_ZH
    assert en == ARTICLES[8].paragraphs[1].en
    assert text_of("Art. 10 ¶1") == (ART_10_ZH, ARTICLES[10].en)


def test_text_of_an_annex_item() -> None:
    assert text_of(Citation.annex_section(3, 2, 5)) == (
        "(五)投资方案",
        "(5) Investment plan (投资方案)",
    )
    assert text_of("Annex 1 §2(2)") == (
        "(二)建设思路,包括平台升级、依托单位选聘、制度设计、载体策划、保障措施等。",
        "(2) Construction approach, including platform upgrading, selection and engagement "
        "of the host unit (依托单位选聘), institutional design, planning of the vehicle "
        "(载体策划), safeguard measures, etc.",
    )


def test_text_of_an_annex_section_includes_its_items() -> None:
    assert text_of("Annex 3 §5") == (
        "五、管理运行机制\n(一)组织架构\n(二)运行机制",
        "V. Management and operation mechanism (管理运行机制)\n"
        "(1) Organizational structure (组织架构)\n(2) Operating mechanism (运行机制)",
    )
    assert text_of("Annex 2 §3") == (
        "三、科创团队与初创项目引进计划目标",
        "III. Planned targets for bringing in science-and-technology innovation teams and "
        "start-up projects (科创团队与初创项目引进计划目标)",
    )


def test_text_of_every_provision() -> None:
    from cixi_innovation.values.citations import all_provisions

    for provision in all_provisions():
        zh, en = text_of(provision)
        assert zh
        assert en
        assert "[TN" not in en


def test_text_of_refuses_what_is_not_a_provision() -> None:
    with pytest.raises(InvalidCitationError, match=r"^the Measures have articles 1 to 24, not 25$"):
        text_of("Art. 25")


# --- the notice -----------------------------------------------------------------------


def test_notice_titles() -> None:
    assert NOTICE.title_zh == "慈溪市人民政府办公室关于印发慈溪市产业创新平台管理暂行办法的通知"
    assert NOTICE.title_en == (
        "Notice of the Office of the Cixi Municipal People's Government on Issuing the "
        "Interim Measures of Cixi City for the Management of Industrial Innovation Platforms"
    )
    assert NOTICE.measures_title_zh == "慈溪市产业创新平台管理暂行办法"
    assert NOTICE.measures_title_en == (
        "Interim Measures of Cixi City for the Management of Industrial Innovation Platforms"
    )
    assert repr(NOTICE) == "NOTICE"


def test_the_notices_parts_read_on_the_class_are_documented() -> None:
    # the documentation reads each part on the class, for its docstring
    assert Notice.title_zh.__doc__ == "The notice's Chinese title."
    assert Notice.colophon_en.__doc__ == "The English colophon."


def test_notice_metadata() -> None:
    assert [m.key_zh for m in NOTICE.metadata] == [
        "索引号",
        "发布机构",
        "公开方式",
        "组配分类",
        "政策层级",
        "规范性文件编号",
        "主题分类",
        "发布日期",
        "成文日期",
        "公开范围",
        "文件编号",
        "有效性",
    ]
    assert NOTICE.metadata_value("发布日期") == "2024-11-25"
    assert NOTICE.metadata_value("Document date", "en") == "2024-11-08"
    assert NOTICE.metadata_value("文件编号") == "慈政办发〔2024〕57号"
    assert NOTICE.metadata_value("Policy level", "en") == "County-level policy (县级政策)"
    assert [n.id for n in NOTICE.metadata[4].notes] == ["TN M.1"]
    with pytest.raises(LookupError, match=r"^the notice has no metadata field 'author'$"):
        NOTICE.metadata_value("author")


def test_notice_body_and_colophon() -> None:
    assert NOTICE.body_zh.split("\n") == [
        "发布日期:2024-11-25 15:10 信息来源:市政府办公室",
        "各镇人民政府、各街道办事处,市政府各部门、各直属单位:",
        "《慈溪市产业创新平台管理暂行办法》已经市政府同意,现印发给你们,请认真贯彻执行。",
        "慈溪市人民政府办公室",
        "2024年11月8日",
    ]
    assert NOTICE.body_en.split("\n")[2] == (
        "The Interim Measures of Cixi City for the Management of Industrial Innovation "
        "Platforms (《慈溪市产业创新平台管理暂行办法》) have been approved by the municipal "
        "government (市政府) and are hereby issued to you. Please implement them conscientiously."
    )
    assert NOTICE.colophon_zh.split("\n")[1] == "慈溪市人民政府办公室 2024年11月8日印发"
    assert NOTICE.colophon_en.split("\n")[1] == (
        "Office of the Cixi Municipal People's Government (慈溪市人民政府办公室), printed and "
        "issued on 8 November 2024 (2024年11月8日印发)"
    )
    assert [n.id for n in NOTICE.notes] == ["TN M.1", "TN M.2", "TN M.3", "TN C.1"]


def test_values_are_frozen() -> None:
    article: Article = ARTICLES[1]
    paragraph: Paragraph = article.paragraphs[0]
    with pytest.raises(AttributeError):
        paragraph.zh = "changed"  # type: ignore[misc]
    assert ARTICLES[1].paragraphs[0] is paragraph
