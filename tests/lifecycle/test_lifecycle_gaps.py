"""Issue 14's lifecycle points, each with its exact outcome.

Early revocation between rounds, the appraisal after a revocation, a round dated before
the approval, matching after construction ended, the host unit's report or approval,
event fields checked as they are built, and the entry points' wrong types.
"""

from __future__ import annotations

import types
import typing
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.builders import refusal, replaying
from tests.strategies import events_of

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.law.readings import READINGS, HostUnitReportReading
from cixi_innovation.law.registry import trace
from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.center.entity import example_events as center_events
from cixi_innovation.lifecycles.center.events import CenterFinalAcceptance, TechCenterRecognition
from cixi_innovation.lifecycles.center.facts import CenterState
from cixi_innovation.lifecycles.center.lifecycle import CENTER_LIFECYCLE
from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.lifecycles.complex.events import (
    AnnualAssessment,
    HigherLevelAnnualEvaluation,
    HostUnitSelection,
    LevelRecognition,
    Party,
    RoundAppraisal,
    RoundStart,
    UnitsReassignment,
)
from cixi_innovation.lifecycles.complex.facts import ComplexState
from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE
from cixi_innovation.lifecycles.consortium.entity import Consortium
from cixi_innovation.lifecycles.consortium.entity import example_events as consortium_events
from cixi_innovation.lifecycles.consortium.events import ConsortiumApplication
from cixi_innovation.lifecycles.consortium.facts import ConsortiumState
from cixi_innovation.lifecycles.consortium.lifecycle import CONSORTIUM_LIFECYCLE
from cixi_innovation.lifecycles.engine import Lifecycle
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.plans import TargetCommitments
from cixi_innovation.lifecycles.refusals import EventRefusedError
from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
from cixi_innovation.values.bodies import Applicant
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import InputError, InvalidChoiceError, InvalidDateError
from cixi_innovation.values.vocabulary import Label, LabelledEnum, Level

S = ComplexState
FLAG = ForceCheck.FLAG
upto = replaying(Complex, example_events())
ACTUAL = CoreIndicators(
    Decimal("110000000000.00"), Fraction(28, 100), Fraction(31, 1000), Fraction(55, 100), 760
)


def ningbo_host_selected() -> Complex:
    """The example approved, its host unit selected, recognised at Ningbo level; no round yet."""
    return upto(11).apply(LevelRecognition(date(2025, 2, 25), level=Level.NINGBO)).entity


def revoked() -> Complex:
    """The example's units revoked in the round [2025-03-01, 2030-03-01)."""
    return (
        upto(13)
        .apply(AnnualAssessment(date(2026, 1, 20), year=2025, result=AssessmentResult.UNQUALIFIED))
        .entity
    )


def revoked_between_rounds() -> Complex:
    """The units of the Ningbo Complex revoked before its first round: a poor 2024 evaluation."""
    evaluation = HigherLevelAnnualEvaluation(
        date(2025, 2, 28), year=2024, grade=PerformanceGrade.POOR
    )
    return ningbo_host_selected().apply(evaluation).entity


def _rendered(step: Any) -> tuple[str, str]:
    """The step's reason with its citations, in Chinese and in English."""
    reason = step.decision.reasons[0]
    return reason.render("zh"), reason.render("en")


# --- point 10: Art. 8 ¶2 early revocation whenever units are in office -------------------


def test_a_poor_higher_level_evaluation_before_the_first_round_revokes_the_units_art_8_2() -> None:
    step = ningbo_host_selected().apply(
        HigherLevelAnnualEvaluation(date(2025, 2, 28), year=2024, grade=PerformanceGrade.POOR)
    )
    assert step.entity.state is S.UNITS_REVOKED
    assert step.entity.facts.construction_units == ()
    assert step.entity.facts.host_unit is None
    assert _rendered(step) == (
        (
            "2025-02-28上级组织的2024年度绩效评价结果为“差”,提前取消建设单位与依托单位资格,"
            "另行授权委托。 [第八条第二款]"
        ),
        (
            "On 2025-02-28 the higher-level annual performance evaluation for 2024 is poor: the "
            "qualifications of the construction unit and the host unit are revoked early, and new "
            "units are to be authorised and entrusted. [Art. 8 ¶2]"
        ),
    )


def test_new_units_after_a_revocation_between_rounds_start_a_round_of_their_own_art_8() -> None:
    c = revoked_between_rounds()
    # under the default continue-round reading: there is no round to continue
    step = c.apply(UnitsReassignment(date(2025, 4, 1), ("新建设单位",), host_unit="新依托单位"))
    assert step.entity.state is S.HOST_UNIT_SELECTED
    assert step.decision.outcome.code == "units_reassigned"


def test_a_completed_round_of_a_ningbo_complex_can_lose_its_units_early_art_8_2() -> None:
    c = revoked().apply(
        RoundAppraisal(date(2030, 3, 2), ACTUAL, PerformanceGrade.NOT_POOR), force=FLAG
    )
    assert c.entity.state is S.UNITS_REVOKED  # appraised, still awaiting units
    assert c.decision.outcome.code == "round_completed_units_revoked"


# --- point 11: Art. 9 ¶1 appraisal after the units were revoked --------------------------


def test_a_poor_appraisal_eliminates_a_complex_whose_units_were_revoked_art_9() -> None:
    step = revoked().apply(
        RoundAppraisal(date(2030, 3, 2), ACTUAL, PerformanceGrade.POOR), force=FLAG
    )
    assert step.entity.state is S.ELIMINATED
    assert not step.entity.on_creation_list
    assert (
        step.decision.reasons[0]
        .render("en")
        .startswith(
            "On 2030-03-02 the Bureau and the Finance Bureau appraise the Complex whose "
            "construction period has expired, on the five core indicators: poor, so it is "
            "eliminated"
        )
    )


def test_a_not_poor_appraisal_of_a_revoked_round_awaits_new_units_for_a_new_round_tn_9_2() -> None:
    step = revoked().apply(
        RoundAppraisal(date(2030, 3, 2), ACTUAL, PerformanceGrade.NOT_POOR), force=FLAG
    )
    assert _rendered(step) == (
        (
            "2030-03-02绩效评估结果非“差”;本办法未规定其后果,按“继续列入创建名单”的理解处理;"
            "资格已取消,待另行授权委托的新单位开始新一轮建设。 [第九条]"
        ),
        (
            "On 2030-03-02 the end-of-round appraisal is not poor; the Measures state no "
            "consequence, and under the reading taken the Complex stays on the creation list; "
            "its units being revoked, the new units to be authorised start a new round. [Art. 9]"
        ),
    )
    after = step.entity.apply(
        UnitsReassignment(date(2030, 4, 1), ("新建设单位",), host_unit="新依托单位"), force=FLAG
    )
    assert after.entity.state is S.HOST_UNIT_SELECTED


def test_no_appraisal_when_the_units_were_revoked_between_rounds_art_9() -> None:
    c = revoked_between_rounds()
    error = refusal(c, RoundAppraisal(date(2030, 3, 2), ACTUAL, PerformanceGrade.POOR), force=FLAG)
    assert (error.reason.zh, error.reason.en) == (
        "建设单位与依托单位资格于两轮建设周期之间取消,无待绩效评估的建设周期。",
        "the units were revoked between rounds: no round awaits its appraisal.",
    )


# --- point 12: no round starts before the approval ---------------------------------------


def test_a_round_dated_before_the_approval_is_refused_art_8() -> None:
    error = refusal(upto(11), RoundStart(date(2025, 3, 1), start=date(2019, 1, 1), targets="x"))
    assert (error.reason.zh, error.reason.en) == (
        "建设周期最早自2025-02-10开始(审定之日或上一轮届满之日),不能自2019-01-01开始。",
        "the round can start on 2025-02-10 at the earliest (the approval or the end of the last "
        "round), not on 2019-01-01.",
    )


def test_a_round_may_start_on_the_day_of_the_approval_art_8() -> None:
    step = upto(11).apply(RoundStart(date(2025, 3, 1), start=date(2025, 2, 10), targets="x"))
    assert step.entity.facts.round is not None
    assert step.entity.facts.round.start == date(2025, 2, 10)


# --- point 13: matching ends with construction under the construction-ends reading -------


def test_matching_is_closed_after_construction_ended_tn_21_2() -> None:
    center = InnovationCenter.replay(center_events())
    center = center.apply(TechCenterRecognition(date(2026, 5, 20), level=Level.NINGBO)).entity
    ends = READINGS.replace(after_center_round="construction_ends")
    step = center.apply(
        CenterFinalAcceptance(date(2030, 3, 2), result=AssessmentResult.QUALIFIED),
        force=FLAG,
        readings=ends,
    )
    assert step.entity.state is CenterState.CONSTRUCTION_ENDED
    assert [step.entity.matching_open(d) for d in (date(2030, 3, 1), date(2030, 3, 2))] == [
        True,
        False,
    ]
    assert step.entity.matching_open(date(2031, 1, 1)) is False
    assert (
        step.decision.reasons[0]
        .render("en")
        .endswith(
            "under the reading taken construction ends with the round, and the Art. 20 matching "
            "with it. [Art. 21]"
        )
    )
    assert (
        step.decision.reasons[0]
        .render("zh")
        .endswith("按“本轮届满建设结束”的理解处理,第二十条经费配套随建设结束。 [第二十一条]")
    )


# --- point 14: every field of every event converts a code exactly or is refused ----------


def test_a_result_given_by_its_code_is_that_result_art_8() -> None:
    qualified = AnnualAssessment(date(2026, 1, 20), year=2025, result="qualified")  # type: ignore[arg-type]
    assert qualified.result is AssessmentResult.QUALIFIED
    step = upto(13).apply(qualified)
    assert step.entity.state is S.UNDER_CONSTRUCTION
    assert step.decision.outcome.code == "qualifications_retained"


def test_a_grade_given_by_its_code_is_that_grade_art_9() -> None:
    appraisal = RoundAppraisal(date(2030, 3, 2), ACTUAL, "poor")  # type: ignore[arg-type]
    assert appraisal.grade is PerformanceGrade.POOR


def test_an_unknown_code_is_refused_naming_the_field() -> None:
    with pytest.raises(InvalidChoiceError) as info:
        RoundAppraisal(date(2030, 3, 2), ACTUAL, "bad")  # type: ignore[arg-type]
    assert (
        str(info.value) == "grade: 'bad' is not a performance grade; choose one of: poor, not_poor"
    )


def test_a_value_carried_by_an_event_is_checked_too() -> None:
    assert Party("产业平台", "慈溪高新区").kind is Applicant.INDUSTRIAL_PLATFORM  # type: ignore[arg-type]
    with pytest.raises(InvalidChoiceError) as info:
        Party("town", "观海卫镇")  # type: ignore[arg-type]
    assert info.value.field == "kind"


_LIFECYCLES: tuple[Lifecycle[Any, Any], ...] = (
    COMPLEX_LIFECYCLE,
    CONSORTIUM_LIFECYCLE,
    CENTER_LIFECYCLE,
)
_WRONG = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=8),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.just(date(2026, 1, 1)),
)


def _is_of(hint: Any, value: object) -> bool:
    """True if ``value`` is a value of the declared type ``hint`` (as the fields hold them)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_is_of(a, value) for a in typing.get_args(hint))
    if origin is tuple:
        (inner, _) = typing.get_args(hint)
        return isinstance(value, tuple) and all(_is_of(inner, v) for v in value)
    if hint is type(None):
        return value is None
    if hint is int:
        return type(value) is int
    if hint is date:
        return type(value) is date
    return isinstance(value, hint)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_field_of_every_event_holds_its_type_or_is_refused_naming_it(
    data: st.DataObject,
) -> None:
    lifecycle = data.draw(st.sampled_from(_LIFECYCLES))
    event: Event = data.draw(events_of(lifecycle))
    fields = attrs.fields(type(event))
    name = data.draw(st.sampled_from([a.name for a in fields]))
    hint = typing.get_type_hints(type(event))[name]
    if isinstance(hint, type) and issubclass(hint, LabelledEnum):
        member = data.draw(st.sampled_from(list(hint)))
        code = data.draw(st.sampled_from((member.code, member.name, member.zh)))
        changes: dict[str, Any] = {name: code}
        assert getattr(attrs.evolve(event, **changes), name) is member
        return
    wrong = data.draw(_WRONG)
    refused: InputError | None = None
    try:
        wrong_changes: dict[str, Any] = {name: wrong}
        built = attrs.evolve(event, **wrong_changes)
    except InputError as error:
        refused = error
    if refused is None:
        assert _is_of(hint, getattr(built, name))
    else:
        assert refused.field is not None
        assert refused.field.split(".")[0].split("[")[0] == name


# --- point 15: the entry points name the argument at fault -------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: upto(13).apply(None), "event: None is not an Event"),  # type: ignore[arg-type]
        (lambda: Complex.replay(None), "events: None is not a list of events"),  # type: ignore[arg-type]
        (lambda: Complex.replay([1, 2]), "events[0]: 1 is not an Event"),  # type: ignore[list-item]
        (
            lambda: Complex.replay([*example_events()[:2], "x"]),  # type: ignore[list-item]
            "events[2]: 'x' is not an Event",
        ),
        (lambda: Complex.create(None), "event: None is not an Event"),  # type: ignore[arg-type]
    ],
)
def test_the_lifecycle_entry_points_refuse_what_is_not_an_event(call: Any, message: str) -> None:
    with pytest.raises(InputError) as info:
        call()
    assert str(info.value) == message


def test_a_force_check_given_by_its_code_is_that_check_art_24() -> None:
    c = Complex.replay(example_events()[:13], force="flag")  # type: ignore[arg-type]
    step = c.apply(
        LevelRecognition(date(2030, 1, 20), level=Level.NINGBO),
        force="flag",  # type: ignore[arg-type]
    )
    assert step.entry.in_force is False


# --- point 5: open point 11, the host unit reported or submitted for approval -------------


def _selection(approved_by_bureau: bool | None = None) -> HostUnitSelection:
    return HostUnitSelection(
        date(2025, 2, 20),
        host_unit="慈溪家电科创服务有限公司",
        publicly_solicited=True,
        approved_by_bureau=approved_by_bureau,
    )


APPROVAL = READINGS.replace(host_unit_report="approval")


def test_under_the_approval_reading_a_selection_without_the_bureaus_approval_is_refused_art_7() -> (
    None
):
    error = refusal(upto(10), _selection(), readings=APPROVAL)
    assert (error.reason.zh, error.reason.en) == (
        "按“报市科技局为报请批准,经批准方可生效”的理解,依托单位慈溪家电科创服务有限公司须经"
        "市科技局批准,未记录批准。",
        "under the reading that the selection is submitted for the Bureau's approval and needs "
        "it, the host unit 慈溪家电科创服务有限公司 needs the Bureau's approval, and none is "
        "recorded.",
    )


def test_under_the_approval_reading_an_approved_selection_names_the_reading_art_7() -> None:
    step = upto(10).apply(_selection(approved_by_bureau=True), readings=APPROVAL)
    assert step.entity.state is S.HOST_UNIT_SELECTED
    assert (step.decision.reasons[0].zh, step.decision.reasons[0].en) == (
        "建设单位公开征集、择优选定依托单位慈溪家电科创服务有限公司,报市科技局,2025-02-20经批准;"
        "按“报请批准”的理解处理。",
        "The construction unit publicly solicited and selected 慈溪家电科创服务有限公司 as host "
        "unit on merit; the Bureau approved it on 2025-02-20, under the reading taken that the "
        "selection is submitted for its approval.",
    )


def test_under_the_default_report_reading_no_approval_is_needed_art_7() -> None:
    step = upto(10).apply(_selection())
    assert step.entity.state is S.HOST_UNIT_SELECTED
    assert READINGS.host_unit_report is HostUnitReportReading.REPORT
    assert step.decision.reasons[0].en.endswith(
        "under the reading taken, a report that needs no approval."
    )


def test_the_readings_of_the_lifecycles_are_traced_to_their_articles() -> None:
    rows = {row.citation.en: row.names for row in trace()}
    assert "cixi_innovation.law.readings.HostUnitReportReading" in rows["Art. 7"]
    assert "cixi_innovation.law.readings.AppraisalOutcomeReading" in rows["Art. 9"]
    assert "cixi_innovation.law.readings.HostVehicleReading" in rows["Art. 18"]


# --- point 3: Annexes 1-3 are reference outlines -----------------------------------------


def _consortium_without_tech_attributes() -> ConsortiumApplication:
    application = consortium_events()[0]
    assert isinstance(application, ConsortiumApplication)
    foundation = attrs.evolve(application.plan.foundation, tech_attributes=())
    return attrs.evolve(application, plan=attrs.evolve(application.plan, foundation=foundation))


def test_a_plan_missing_a_section_is_received_and_the_gap_reported_annex_2() -> None:
    step = Consortium.create(_consortium_without_tech_attributes())
    assert step.entity.state is ConsortiumState.APPLIED
    reason = step.decision.reasons[0]
    assert reason.zh.endswith(
        "对照编写参考提纲(附件为编写参考提纲,缺少的部分予以报告,不因此不予受理),"
        "缺少的部分:科技属性(高企、科技小巨人等)(附件2第一部分)。"
    )
    assert reason.en.endswith(
        "against the reference outline (the annex is a reference outline: missing parts are "
        "reported, not refused), missing: science-and-technology attributes (high-tech "
        "enterprise, little giant, etc.) (Annex 2 §1)."
    )


def test_under_the_strict_reading_a_plan_missing_a_section_is_refused_annex_2() -> None:
    strict = READINGS.replace(plan_outline="strict")
    with pytest.raises(EventRefusedError) as info:
        Consortium.create(_consortium_without_tech_attributes(), readings=strict)
    assert (info.value.reason.zh, info.value.reason.en) == (
        "按“方案须具备提纲的每一部分,缺少任一部分不予受理”的理解,建设方案缺少编写参考提纲的部分,"
        "不予受理:缺少科技属性(高企、科技小巨人等)(附件2第一部分)。",
        "under the reading that the plan must have every part of the outline, or it is "
        "refused, the plan is refused: it is missing science-and-technology attributes "
        "(high-tech enterprise, little giant, etc.) (Annex 2 §1).",
    )
    assert info.value.articles == (Citation.article(13),)


def test_under_the_strict_reading_a_complete_plan_is_received_annex_1() -> None:
    strict = READINGS.replace(plan_outline="strict")
    step = Complex.create(example_events()[0], readings=strict)
    assert step.decision.reasons[0].en.endswith(
        "against the reference outline (the plan must have every part of the outline, or it "
        "is refused), missing: none."
    )


# --- point 14, each case of the field check -------------------------------------------------


def test_a_date_field_other_than_on_must_be_a_date() -> None:
    with pytest.raises(InvalidDateError) as info:
        RoundStart(date(2025, 3, 1), start="2025-03-01", targets="x")  # type: ignore[arg-type]
    assert str(info.value) == "start: '2025-03-01' is not a date"


def test_a_list_of_a_tuple_field_becomes_a_tuple_and_a_text_is_refused() -> None:
    units = ["新建设单位"]
    event = UnitsReassignment(date(2026, 4, 1), units, host_unit="新依托单位")  # type: ignore[arg-type]
    assert event.construction_units == ("新建设单位",)
    with pytest.raises(InputError) as info:
        UnitsReassignment(date(2026, 4, 1), "新建设单位", host_unit="新依托单位")  # type: ignore[arg-type]
    assert str(info.value) == "construction_units: '新建设单位' is not a list"


def test_an_optional_field_takes_none_or_its_type_only() -> None:
    assert _selection(None).approved_by_bureau is None
    with pytest.raises(InputError) as info:
        _selection("yes")  # type: ignore[arg-type]
    assert str(info.value) == "approved_by_bureau: 'yes' is not true or false"


def test_a_mapping_of_a_value_field_becomes_that_value() -> None:
    application: Any = example_events()[0]
    data: Any = [{"kind": "industrial_platform", "name": "慈溪高新区"}]
    event = attrs.evolve(application, applicants=data)
    assert event.applicants == (Party(Applicant.INDUSTRIAL_PLATFORM, "慈溪高新区"),)


def test_a_nested_value_refused_names_its_path_within_the_event() -> None:
    application: Any = example_events()[0]
    with pytest.raises(InputError) as info:
        attrs.evolve(application, plan={"bogus": "x"})
    assert info.value.field == "plan.bogus"
    with pytest.raises(InputError) as info:
        attrs.evolve(application, plan={"": "x"})
    assert info.value.field == "plan"
    with pytest.raises(InputError) as info:
        RoundAppraisal(date(2030, 3, 2), {"valid_hte_share": "1/4"}, "poor")  # type: ignore[arg-type]
    assert info.value.field == "indicators.industry_output_value"


def test_a_field_named_by_its_own_error_keeps_its_name() -> None:
    with pytest.raises(InputError) as info:
        AnnualAssessment(date(2026, 1, 20), year="2025", result="qualified")  # type: ignore[arg-type]
    assert str(info.value) == "year: '2025' is not a whole number"


@attrs.frozen
class _Moded(Event):
    label = Label("moded", "模式", "mode")

    mode: Literal["fast", "slow"]


def test_a_literal_field_takes_one_of_its_values_only() -> None:
    assert _Moded(date(2026, 1, 1), "fast").mode == "fast"
    with pytest.raises(InvalidChoiceError) as info:
        _Moded(date(2026, 1, 1), "quick")  # type: ignore[arg-type]
    assert str(info.value) == "mode: 'quick' is not one of: fast, slow"


def test_a_complete_plan_has_no_gap_and_passes_the_strict_check() -> None:
    plan = example_events()[0].plan  # type: ignore[attr-defined]
    assert plan.missing() == ()
    assert plan.require_complete() is None


def test_committed_core_indicators_given_as_a_value_are_kept() -> None:
    commitments = TargetCommitments.from_dict({"core": ACTUAL})
    assert commitments.core is ACTUAL
    assert commitments.missing() == ()
