"""Citations of the Measures: rendering, parsing and refusing what the Measures lack."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cixi_innovation.values.citations import (
    ANNEX_SECTIONS,
    ARTICLE_COUNT,
    PARAGRAPHS,
    Citation,
    all_provisions,
    chinese_numeral,
    cites,
)
from cixi_innovation.values.errors import CixiError, InvalidCitationError


@pytest.mark.parametrize(
    ("citation", "zh", "en"),
    [
        (Citation.article(1), "第一条", "Art. 1"),
        (Citation.article(8), "第八条", "Art. 8"),
        (Citation.article(8, 1), "第八条第一款", "Art. 8 ¶1"),
        (Citation.article(8, 2), "第八条第二款", "Art. 8 ¶2"),
        (Citation.article(10), "第十条", "Art. 10"),
        (Citation.article(11), "第十一条", "Art. 11"),
        (Citation.article(18, 2), "第十八条第二款", "Art. 18 ¶2"),
        (Citation.article(20), "第二十条", "Art. 20"),
        (Citation.article(20, 2), "第二十条第二款", "Art. 20 ¶2"),
        (Citation.article(24), "第二十四条", "Art. 24"),
        (Citation.annex_section(1, 2), "附件1第二部分", "Annex 1 §2"),
        (Citation.annex_section(1, 2, 2), "附件1第二部分(二)", "Annex 1 §2(2)"),
        (Citation.annex_section(1, 3), "附件1第三部分", "Annex 1 §3"),
        (Citation.annex_section(2, 4), "附件2第四部分", "Annex 2 §4"),
        (Citation.annex_section(3, 2, 5), "附件3第二部分(五)", "Annex 3 §2(5)"),
        (Citation.annex_section(3, 5, 1), "附件3第五部分(一)", "Annex 3 §5(1)"),
        (Citation.annex_section(3, 7), "附件3第七部分", "Annex 3 §7"),
    ],
)
def test_renders_in_chinese_and_english(citation: Citation, zh: str, en: str) -> None:
    assert citation.zh == zh
    assert citation.en == en
    assert str(citation) == en
    assert citation.render("zh") == zh
    assert citation.render("en") == en
    assert citation.render() == en


def test_article_parts() -> None:
    c = Citation.article(8, 2)
    assert (c.annex, c.number, c.sub) == (0, 8, 2)
    assert c.is_annex is False
    assert c.paragraph == 2
    assert c.whole == Citation.article(8)
    assert Citation.article(8).paragraph == 0


def test_annex_parts() -> None:
    c = Citation.annex_section(3, 2, 5)
    assert (c.annex, c.number, c.sub) == (3, 2, 5)
    assert c.is_annex is True
    assert c.paragraph == 0
    assert c.whole == Citation.annex_section(3, 2)


def test_citations_order_articles_then_annexes() -> None:
    shuffled = [
        Citation.annex_section(1, 1),
        Citation.article(10),
        Citation.article(2),
        Citation.article(8, 2),
        Citation.article(8),
    ]
    assert [c.en for c in sorted(shuffled)] == [
        "Art. 2",
        "Art. 8",
        "Art. 8 ¶2",
        "Art. 10",
        "Annex 1 §1",
    ]


def test_all_provisions_in_document_order() -> None:
    provisions = list(all_provisions())
    assert len(provisions) == 49
    assert [c.en for c in provisions[:3]] == ["Art. 1", "Art. 2", "Art. 3"]
    # the sections of each annex, with the items of those that have some, in their order
    annex_1 = ("1", "1(1)", "1(2)", "2", "2(1)", "2(2)", "3")
    annex_2 = ("1", "2", "3", "4")
    annex_3 = ("1", "2", "2(1)", "2(2)", "2(3)", "2(4)", "2(5)", "3", "4", "5", "5(1)", "5(2)")
    assert [c.en for c in provisions[23:]] == [
        "Art. 24",
        *(f"Annex 1 §{section}" for section in annex_1),
        *(f"Annex 2 §{section}" for section in annex_2),
        *(f"Annex 3 §{section}" for section in (*annex_3, "6", "7")),
    ]
    assert provisions == sorted(provisions)


def test_the_measures_shape() -> None:
    assert ARTICLE_COUNT == 24
    assert PARAGRAPHS == {6: 2, 7: 2, 8: 2, 9: 2, 18: 2, 20: 2}
    assert ANNEX_SECTIONS == {
        1: {1: 2, 2: 2, 3: 0},
        2: {1: 0, 2: 0, 3: 0, 4: 0},
        3: {1: 0, 2: 5, 3: 0, 4: 0, 5: 2, 6: 0, 7: 0},
    }


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_provision_parses_back(lang: str) -> None:
    for provision in all_provisions():
        assert Citation.parse(provision.render(lang)) == provision


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_paragraph_parses_back(lang: str) -> None:
    for number, count in PARAGRAPHS.items():
        for paragraph in range(1, count + 1):
            citation = Citation.article(number, paragraph)
            assert Citation.parse(citation.render(lang)) == citation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Art. 10", Citation.article(10)),
        ("Art.10", Citation.article(10)),
        ("Art 10", Citation.article(10)),
        ("  Art. 8 ¶2  ", Citation.article(8, 2)),
        ("Art. 8¶2", Citation.article(8, 2)),
        ("Annex 1 §2(2)", Citation.annex_section(1, 2, 2)),
        ("Annex 3§2", Citation.annex_section(3, 2)),
        ("第十条", Citation.article(10)),
        ("第二十条第二款", Citation.article(20, 2)),
        ("附件1第二部分(二)", Citation.annex_section(1, 2, 2)),
        ("附件3第二部分(五)", Citation.annex_section(3, 2, 5)),
        ("附件2第三部分", Citation.annex_section(2, 3)),
    ],
)
def test_parses_usual_spellings(text: str, expected: Citation) -> None:
    assert Citation.parse(text) == expected


def test_cites_builds_a_tuple() -> None:
    assert cites("Art. 10", Citation.article(8, 2), "附件1第三部分") == (
        Citation.article(10),
        Citation.article(8, 2),
        Citation.annex_section(1, 3),
    )
    assert cites() == ()


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Citation.article(25), "the Measures have articles 1 to 24, not 25"),
        (lambda: Citation.article(0), "the Measures have articles 1 to 24, not 0"),
        (lambda: Citation.article(-3), "the Measures have articles 1 to 24, not -3"),
        (lambda: Citation.article(10, 2), "Art. 10 has no paragraph 2"),
        (lambda: Citation.article(8, 3), "Art. 8 has no paragraph 3"),
        (lambda: Citation.article(8, -1), "Art. 8 has no paragraph -1"),
        (lambda: Citation.annex_section(4, 1), "the Measures have Annexes 1 to 3, not 4"),
        (lambda: Citation.annex_section(0, 1), "the Measures have Annexes 1 to 3, not 0"),
        (lambda: Citation.annex_section(2, 5), "Annex 2 has no section 5"),
        (lambda: Citation.annex_section(1, 0), "Annex 1 has no section 0"),
        (lambda: Citation.annex_section(2, 1, 1), "Annex 2 §1 has no item 1"),
        (lambda: Citation.annex_section(3, 2, 6), "Annex 3 §2 has no item 6"),
        (lambda: Citation.parse("Art. 25"), "the Measures have articles 1 to 24, not 25"),
        (lambda: Citation.parse("第二十五条"), "the Measures have articles 1 to 24, not 25"),
        (lambda: Citation.parse("第十条第二款"), "Art. 10 has no paragraph 2"),
        (lambda: Citation.parse("Annex 4 §1"), "the Measures have Annexes 1 to 3, not 4"),
        (lambda: Citation.parse("附件3第八部分"), "Annex 3 has no section 8"),
        (
            lambda: Citation.parse("Article 10"),
            "'Article 10' is not a citation of the Measures (e.g. 'Art. 10 ¶2')",
        ),
        (lambda: Citation.parse(""), "'' is not a citation of the Measures (e.g. 'Art. 10 ¶2')"),
    ],
)
def test_refuses_provisions_the_measures_lack(build: Callable[[], object], message: str) -> None:
    with pytest.raises(InvalidCitationError) as caught:
        build()
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, CixiError)


def test_chinese_numerals_for_every_article() -> None:
    assert [chinese_numeral(n) for n in range(1, 25)] == [
        "一",
        "二",
        "三",
        "四",
        "五",
        "六",
        "七",
        "八",
        "九",
        "十",
        "十一",
        "十二",
        "十三",
        "十四",
        "十五",
        "十六",
        "十七",
        "十八",
        "十九",
        "二十",
        "二十一",
        "二十二",
        "二十三",
        "二十四",
    ]
    assert chinese_numeral(99) == "九十九"


@pytest.mark.parametrize("n", [0, 100, -1])
def test_chinese_numeral_range(n: int) -> None:
    with pytest.raises(ValueError, match=f"^{n} is outside 1..99$"):
        chinese_numeral(n)
