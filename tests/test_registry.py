"""The implements-registry: every provision is implemented or deliberately not modelled."""

from __future__ import annotations

import inspect
import re
from types import MappingProxyType

import pytest

from cixi_innovation.law import registry
from cixi_innovation.law.coverage import NOT_MODELLED, Implementation, NotModelled
from cixi_innovation.law.registry import (
    REGISTRY,
    RegistrationError,
    Registry,
    format_trace,
    implementations,
    implements,
    import_all_modules,
    register,
    trace,
    uncovered,
)
from cixi_innovation.values.citations import Citation, all_provisions
from cixi_innovation.values.errors import CixiError, InvalidCitationError

_CJK = re.compile(r"[\u4e00-\u9fff]")


def _sample(x: int) -> int:
    return x + 1


class _Sample:
    def method(self) -> str:
        return "m"


# --- the completeness test ------------------------------------------------------------


def test_every_provision_is_implemented_or_not_modelled() -> None:
    """Art. 1-24 and every annex section and item: code, or a written reason for none."""
    missing = [row.citation.en for row in trace() if not row.covered]
    assert missing == []


# --- trace ----------------------------------------------------------------------------


def test_trace_lists_every_provision_in_order() -> None:
    rows = trace()
    assert [row.citation for row in rows] == list(all_provisions())
    assert len(rows) == 49


def test_trace_row_of_a_provision_partly_not_modelled() -> None:
    row = next(r for r in trace() if r.citation == Citation.article(6))
    assert "cixi_innovation.values.bodies.TaskGroupUnit" in row.names
    assert row.not_modelled == (NOT_MODELLED[Citation.article(6, 2)],)
    assert row.not_modelled[0].partial is False


def test_trace_row_of_a_kernel_provision() -> None:
    row = next(r for r in trace() if r.citation == Citation.article(24))
    assert row.covered is True
    assert "cixi_innovation.law.measures.Measures" in row.names
    assert "cixi_innovation.law.parameters.Parameters" in row.names
    assert row.not_modelled == (NOT_MODELLED[Citation.article(24)],)
    assert row.not_modelled[0].partial is True


def test_uncovered_agrees_with_trace() -> None:
    assert uncovered() == tuple(row.citation for row in trace() if not row.covered)


def test_trace_imports_every_module() -> None:
    names = [module.__name__ for module in import_all_modules()]
    assert names[0] == "cixi_innovation"
    assert "cixi_innovation.law.articles" in names
    assert "cixi_innovation.law.registry" in names
    assert "cixi_innovation.__main__" not in names


def test_every_registered_name_resolves() -> None:
    trace()
    assert len(REGISTRY) >= 7
    for entry in REGISTRY:
        obj = entry.resolve()
        if isinstance(obj, type) or inspect.isfunction(obj):
            assert f"{obj.__module__}.{obj.__qualname__}" == entry.name


def test_resolve_refuses_unknown_names() -> None:
    entry = Implementation("cixi_innovation.law.articles.NoSuchThing", (Citation.article(1),))
    with pytest.raises(LookupError, match=r"^cixi_innovation\.law\.articles\.NoSuchThing names"):
        entry.resolve()
    nowhere = Implementation("no_such_package.thing", (Citation.article(1),))
    with pytest.raises(LookupError, match=r"names no importable object$"):
        nowhere.resolve()


def test_format_trace_in_both_languages() -> None:
    scratch = Registry()
    scratch.register("pkg.complex.select_host_unit", "Art. 7 ¶1")
    rows = [r for r in scratch.trace() if r.citation == Citation.article(7)]
    reason = NOT_MODELLED[Citation.article(7, 2)]
    assert format_trace(rows) == (
        "| Provision | Implemented by | Not modelled |\n"
        "| --- | --- | --- |\n"
        f"| Art. 7 | `pkg.complex.select_host_unit` | {reason.en} |"
    )
    assert format_trace(rows, "zh") == (
        "| 条款 | 实现 | 未建模 |\n"
        "| --- | --- | --- |\n"
        f"| 第七条 | `pkg.complex.select_host_unit` | {reason.zh} |"
    )


def test_format_trace_without_code_or_reason() -> None:
    rows = [r for r in Registry().trace() if r.citation == Citation.article(5)]
    assert format_trace(rows).splitlines()[2] == "| Art. 5 | — | — |"


# --- the kernel's registrations -------------------------------------------------------


def test_kernel_code_is_registered() -> None:
    entries = {entry.name: entry.citations for entry in REGISTRY}
    art = Citation.article
    assert entries["cixi_innovation.law.measures.Measures"] == (art(24),)
    assert entries["cixi_innovation.law.parameters.Parameters"] == (
        art(8),
        art(10),
        art(15),
        art(20, 2),
        art(21),
        art(24),
    )
    assert entries["cixi_innovation.law.indicators.CoreIndicators"] == (
        art(9),
        Citation.annex_section(1, 3),
    )
    assert entries["cixi_innovation.values.vocabulary.PlatformKind"] == (
        art(1),
        art(2),
        art(3),
        art(4),
    )
    assert entries["cixi_innovation.values.bodies.TaskGroupUnit"] == (art(6),)
    assert entries["cixi_innovation.values.vocabulary.Level"] == (
        art(8, 2),
        art(9, 2),
        art(10),
        art(20, 1),
    )


def test_implementations_of_a_paragraph_include_the_whole_article() -> None:
    names = [i.name for i in implementations("Art. 20 ¶2")]
    assert "cixi_innovation.law.parameters.Parameters" in names
    assert "cixi_innovation.values.vocabulary.Level" not in names
    assert "cixi_innovation.values.vocabulary.Level" in [i.name for i in implementations("Art. 20")]


# --- implements and register ----------------------------------------------------------


def test_implements_returns_the_function_unchanged_and_records_it() -> None:
    scratch = Registry()
    decorated = scratch.implements("Art. 10", "Art. 8 ¶2", note="the cap")(_sample)
    assert decorated is _sample
    assert decorated(1) == 2
    assert list(scratch) == [
        Implementation(
            f"{__name__}._sample",
            (Citation.article(10), Citation.article(8, 2)),
            "the cap",
        )
    ]


def test_implements_records_classes_and_methods() -> None:
    scratch = Registry()
    assert scratch.implements(Citation.article(5))(_Sample) is _Sample
    assert scratch.implements("第十二条")(_Sample.method) is _Sample.method
    assert [(i.name, i.citations) for i in scratch] == [
        (f"{__name__}._Sample", (Citation.article(5),)),
        (f"{__name__}._Sample.method", (Citation.article(12),)),
    ]
    assert [i.resolve() for i in scratch] == [_Sample, _Sample.method]


def test_module_level_implements_uses_the_library_registry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scratch = Registry()
    monkeypatch.setattr(registry, "REGISTRY", scratch)
    assert implements("Annex 2 §3")(_sample) is _sample
    entry = register("pkg.constants.CAP", "Art. 10", note="a constant")
    assert entry == Implementation("pkg.constants.CAP", (Citation.article(10),), "a constant")
    assert [i.name for i in scratch] == ["pkg.constants.CAP", f"{__name__}._sample"]
    assert [i.name for i in scratch.implementations("Annex 2 §3")] == [f"{__name__}._sample"]


def test_registering_a_name_again_merges() -> None:
    scratch = Registry()
    scratch.register("pkg.mod.f", "Art. 8", note="annual check")
    scratch.register("pkg.mod.f", "Art. 8", "Art. 9", note="appraisal")
    scratch.register("pkg.mod.f", "Art. 9", note="appraisal")
    assert list(scratch) == [
        Implementation(
            "pkg.mod.f", (Citation.article(8), Citation.article(9)), "annual check; appraisal"
        )
    ]
    assert len(scratch) == 1
    scratch.forget("pkg.mod.f")
    scratch.forget("pkg.mod.f")
    assert list(scratch) == []


def test_duplicate_citations_are_recorded_once() -> None:
    scratch = Registry()
    entry = scratch.register("pkg.mod.g", "Art. 10", "第十条", Citation.article(10))
    assert entry.citations == (Citation.article(10),)


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("Art. 25", "the Measures have articles 1 to 24, not 25"),
        ("Art. 10 ¶2", "Art. 10 has no paragraph 2"),
        ("Annex 4 §1", "the Measures have Annexes 1 to 3, not 4"),
        ("Annex 2 §1(1)", "Annex 2 §1 has no item 1"),
        ("Article 10", "'Article 10' is not a citation of the Measures (e.g. 'Art. 10 ¶2')"),
        (10, "10 is not a citation of the Measures (e.g. 'Art. 10 ¶2')"),
    ],
)
def test_unknown_citations_are_refused(ref: object, message: str) -> None:
    scratch = Registry()
    with pytest.raises(InvalidCitationError) as at_decoration:
        scratch.implements("Art. 1", ref)  # type: ignore[arg-type]
    assert str(at_decoration.value) == message
    with pytest.raises(InvalidCitationError) as at_register:
        scratch.register("pkg.mod.h", ref)  # type: ignore[arg-type]
    assert str(at_register.value) == message
    with pytest.raises(InvalidCitationError) as at_lookup:
        scratch.implementations(ref)  # type: ignore[arg-type]
    assert str(at_lookup.value) == message
    assert list(scratch) == []


def test_implements_needs_a_citation() -> None:
    with pytest.raises(RegistrationError) as caught:
        implements()
    assert str(caught.value) == (
        'implements() needs at least one citation, e.g. implements("Art. 10")'
    )
    assert isinstance(caught.value, CixiError)
    assert isinstance(caught.value, TypeError)
    with pytest.raises(RegistrationError):
        Registry().register("pkg.mod.f")


@pytest.mark.parametrize("name", ["", "not a name", "pkg..f", "pkg.1f"])
def test_register_needs_a_qualified_name(name: str) -> None:
    with pytest.raises(RegistrationError) as caught:
        Registry().register(name, "Art. 1")
    assert str(caught.value) == f"{name!r} is not a qualified name such as 'pkg.mod.Name'"


def test_implements_refuses_objects_without_a_name() -> None:
    with pytest.raises(RegistrationError) as caught:
        Registry().implements("Art. 1")(3)
    assert str(caught.value) == "3 has no module and qualified name; use register() with its name"


# --- coverage -------------------------------------------------------------------------


def test_an_article_is_covered_paragraph_by_paragraph() -> None:
    scratch = Registry()
    art_7 = Citation.article(7)
    assert scratch.covers(art_7) is False  # only ¶2 is listed as not modelled
    scratch.register("pkg.complex.select_host_unit", "Art. 7 ¶1")
    assert scratch.covers(art_7) is True
    assert scratch.covers(Citation.article(7, 1)) is True


def test_a_whole_article_covers_its_paragraphs() -> None:
    scratch = Registry()
    scratch.register("pkg.complex.annual_check", "Art. 8")
    assert scratch.covers(Citation.article(8)) is True
    assert scratch.covers(Citation.article(8, 2)) is True
    assert scratch.covers(Citation.article(9)) is False


def test_one_paragraph_does_not_cover_the_article() -> None:
    scratch = Registry()
    scratch.register("pkg.complex.higher_level_poor", "Art. 8 ¶2")
    assert scratch.covers(Citation.article(8)) is False
    assert [i.name for i in scratch.implementations("Art. 8")] == ["pkg.complex.higher_level_poor"]
    assert scratch.implementations("Art. 8 ¶1") == ()


def test_a_partial_reason_does_not_cover() -> None:
    scratch = Registry()
    art_14 = Citation.article(14)
    assert NOT_MODELLED[art_14].partial is True
    assert scratch.covers(art_14) is False
    scratch.register("pkg.consortium.ChainLeaderConditions", "Art. 14")
    assert scratch.covers(art_14) is True


def test_a_single_paragraph_article_is_covered_by_its_paragraph() -> None:
    scratch = Registry()
    scratch.register("pkg.overlap.highest", "Art. 23 ¶1")
    assert scratch.covers(Citation.article(23)) is True


def test_annex_reasons_are_partial_and_items_show_their_section() -> None:
    scratch = Registry()
    assert scratch.covers(Citation.annex_section(3, 2)) is False
    scratch.register("pkg.plans.OverallApproach", "Annex 3 §2")
    assert scratch.covers(Citation.annex_section(3, 2, 5)) is True
    row = next(r for r in scratch.trace() if r.citation == Citation.annex_section(3, 2, 5))
    assert row.names == ("pkg.plans.OverallApproach",)
    assert row.not_modelled == (NOT_MODELLED[Citation.annex_section(3, 2)],)


# --- what is not modelled -------------------------------------------------------------


def test_not_modelled_is_read_only() -> None:
    assert isinstance(NOT_MODELLED, MappingProxyType)


def test_every_reason_is_bilingual() -> None:
    for citation, entry in NOT_MODELLED.items():
        assert isinstance(entry, NotModelled)
        assert entry.citation == citation
        assert _CJK.search(entry.zh), citation.en
        assert re.search(r"[A-Za-z]{3}", entry.en), citation.en
        assert entry.zh.strip() == entry.zh
        assert entry.en.strip() == entry.en
        assert entry.en[0].isupper() or entry.en[0] == "“", citation.en
        assert entry.render("zh") == entry.zh
        assert entry.render("en") == entry.en
        assert entry.render() == entry.en


def test_what_is_not_modelled_among_the_articles() -> None:
    articles = {c.en: e.partial for c, e in NOT_MODELLED.items() if not c.is_annex}
    assert articles == {
        "Art. 1": True,
        "Art. 2": True,
        "Art. 3": True,
        "Art. 4": True,
        "Art. 6 ¶2": False,
        "Art. 7 ¶2": False,
        "Art. 11": True,
        "Art. 14": True,
        "Art. 17": True,
        "Art. 19": True,
        "Art. 24": True,
    }


def test_art_24_precedence_is_not_modelled() -> None:
    entry = NOT_MODELLED[Citation.article(24)]
    assert entry.en == (
        "“These Measures prevail over inconsistent previous provisions” is not modelled: "
        "the previous provisions are not identified and no transitional rule is given "
        "(TN 24.2)."
    )
    assert entry.zh == (
        "“原规定与本办法不一致的,以本办法为准”未建模:原规定未具体列明,亦无过渡规定(TN 24.2)。"
    )


def test_every_annex_section_but_the_commitments_has_a_partial_reason() -> None:
    annex = [c for c in NOT_MODELLED if c.is_annex]
    expected = [c for c in all_provisions() if c.is_annex and not c.sub]
    expected.remove(Citation.annex_section(1, 3))
    assert annex == expected
    assert len(annex) == 13
    assert all(NOT_MODELLED[c].partial for c in annex)
    assert NOT_MODELLED[Citation.annex_section(2, 1)].en == (
        "Annex 2 is a reference outline for drafting the construction plan of a Consortium "
        "(Art. 13): it says what the plan contains, not how good it must be; what this "
        "section says is for the expert review to judge and is not evaluated."
    )
    assert NOT_MODELLED[Citation.annex_section(2, 1)].zh == (
        "附件2为联合体建设方案编写参考提纲(第十三条):提纲只规定方案应包含的内容,"
        "未规定须达到的标准;该部分所写内容由专家评审判断,本库不作评价。"
    )


def test_art_17_is_traced_with_its_code_and_what_is_left_out() -> None:
    (row,) = [r for r in trace() if r.citation == Citation.article(17)]
    assert row.covered
    assert "cixi_innovation.lifecycles.center.events.CenterProposal" in row.names
    (entry,) = row.not_modelled
    assert entry.partial
    assert entry.zh.startswith(
        "创新中心建设领域(智能家电、智能制造、汽车及零部件、医疗器械、新材料等重点优势产业集群与"
        "标志性产业链,以及未来产业领域重点培育赛道)为开放式列举(“等”),不构成申请条件"
    )
    assert entry.en.startswith(
        "The fields of Innovation Centers (smart home appliances, intelligent manufacturing, "
        "automobiles and auto parts, medical devices, new materials and other key clusters "
        "and flagship chains, and key tracks of future industries) are an open list (“等”) "
        "and no condition"
    )
    assert (
        format_trace([row])
        .splitlines()[2]
        .startswith(
            "| Art. 17 | `cixi_innovation.lifecycles.center.entity.InnovationCenter`, "
            "`cixi_innovation.lifecycles.center.events.CenterProposal` | The fields of "
        )
    )
