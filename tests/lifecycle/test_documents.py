"""History documents, decoding events by platform kind, and the JSON Schemas of the events."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import jsonschema
import pytest

from cixi_innovation.law.measures import MEASURES, ForceCheck
from cixi_innovation.law.parameters import PARAMETERS
from cixi_innovation.law.readings import READINGS, ConsultationReading
from cixi_innovation.lifecycles._decoding import fast_decoder
from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.center.entity import example_events as center_events
from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.lifecycles.complex.events import (
    AnnualAssessment,
    ConsultationOpinion,
    LeaderReview,
    UnitsReassignment,
)
from cixi_innovation.lifecycles.consortium.entity import Consortium
from cixi_innovation.lifecycles.consortium.entity import example_events as consortium_events
from cixi_innovation.lifecycles.consortium.events import ConsortiumLeaderReview, ConsortiumOpinion
from cixi_innovation.lifecycles.documents import (
    EVENT_SCHEMA_VERSION,
    PLATFORM_KINDS,
    HistoryDocument,
    decode_event,
    encode_event,
    entity_class,
)
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.schemas import _type_schema, event_schema, event_schemas
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.bodies import TaskGroupUnit
from cixi_innovation.values.errors import InputError, InvalidChoiceError, InvalidDateError

EXAMPLES: dict[str, list[Event]] = {
    "complex": example_events(),
    "consortium": consortium_events(),
    "center": center_events(),
}


def test_each_platform_kind_names_its_entity_class() -> None:
    assert dict(PLATFORM_KINDS) == {
        "complex": Complex,
        "consortium": Consortium,
        "center": InnovationCenter,
    }
    assert entity_class("center") is InnovationCenter


@pytest.mark.parametrize("bad", ["park", None, ["complex"]])
def test_an_unknown_platform_kind_is_refused(bad: Any) -> None:
    with pytest.raises(InvalidChoiceError) as caught:
        entity_class(bad)
    assert caught.value.field == "platform_kind"
    assert caught.value.message == (
        f"{bad!r} is not a platform kind; choose one of: complex, consortium, center"
    )
    with pytest.raises(InvalidChoiceError):
        decode_event(bad, {"kind": "leader_review"})


def test_a_kind_shared_by_two_lifecycles_is_decoded_by_the_platform_kind() -> None:
    data = {"kind": "leader_review", "on": "2025-02-10", "approved": True}
    assert decode_event("complex", data) == LeaderReview(date(2025, 2, 10), approved=True)
    assert decode_event("consortium", data) == ConsortiumLeaderReview(
        date(2025, 2, 10), approved=True
    )
    opinion = {
        "kind": "consultation_opinion",
        "on": "2025-01-25",
        "unit": "finance",
        "opinion": "同意",
    }
    assert type(decode_event("complex", opinion)) is ConsultationOpinion
    assert type(decode_event("consortium", opinion)) is ConsortiumOpinion


@pytest.mark.parametrize("kind", list(EXAMPLES))
def test_every_example_event_round_trips_through_json(kind: str) -> None:
    for event in EXAMPLES[kind]:
        data = json.loads(json.dumps(encode_event(event), ensure_ascii=False))
        assert list(data)[:2] == ["kind", "schema_version"]
        assert data["schema_version"] == EVENT_SCHEMA_VERSION == 1
        assert decode_event(kind, data) == event
        assert decode_event(kind, event.to_data()) == event


@pytest.mark.parametrize(
    ("data", "error", "field", "message"),
    [
        ([1], InputError, "event", "[1] is not a mapping of an event's fields"),
        (
            {"kind": "annual_work_plan", "schema_version": 2},
            InputError,
            "schema_version",
            "2 is not a known event schema version; this library reads version 1",
        ),
        (
            {"kind": "annual_work_plan", "schema_version": True},
            InputError,
            "schema_version",
            "True is not a known event schema version; this library reads version 1",
        ),
        (
            {"kind": "opened", "on": "2026-01-05"},
            InvalidChoiceError,
            "kind",
            None,
        ),
        (
            {"kind": "annual_work_plan", "on": "2026-02-30", "year": 2026, "plan": "计划"},
            InvalidDateError,
            "on",
            None,
        ),
        (
            {"kind": "annual_work_plan", "on": "2026-01-05", "year": "2026", "plan": "计划"},
            InputError,
            "year",
            "'2026' is not a whole number",
        ),
        (
            {"kind": "annual_work_plan", "on": "2026-01-05", "plan": "计划"},
            InputError,
            "year",
            "is missing",
        ),
        (
            {"kind": "annual_work_plan", "on": "2026-01-05", "year": 2026, "plan": "计划", "x": 1},
            InputError,
            "x",
            None,
        ),
        (
            {"kind": "annual_assessment", "on": "2026-01-05", "year": 2025, "result": "good"},
            InvalidChoiceError,
            "result",
            None,
        ),
        (
            {"kind": "units_reassignment", "on": "2026-01-05", "construction_units": [1]},
            InputError,
            "construction_units[0]",
            "1 is not a text",
        ),
    ],
)
def test_bad_event_data_is_refused_naming_the_field(
    data: Any, error: type[Exception], field: str, message: str | None
) -> None:
    with pytest.raises(error) as caught:
        decode_event("complex", data)
    assert type(caught.value) is error
    assert getattr(caught.value, "field", None) == field
    if message is not None:
        assert caught.value.message == message  # type: ignore[attr-defined]


def test_the_plain_shapes_are_read_as_the_general_decoding_reads_them() -> None:
    decode = fast_decoder(AnnualAssessment)
    by_code = {"kind": "annual_assessment", "on": "2026-01-20", "year": 2025, "result": "qualified"}
    by_name = {**by_code, "result": "QUALIFIED"}
    by_zh = {**by_code, "result": "合格"}
    expected = AnnualAssessment(date(2026, 1, 20), year=2025, result=AssessmentResult.QUALIFIED)
    assert decode(by_code) == decode(by_name) == decode(by_zh) == expected
    typed = {**by_code, "on": date(2026, 1, 20), "result": AssessmentResult.QUALIFIED}
    assert decode(typed) == expected
    no_kind = {k: v for k, v in by_code.items() if k != "kind"}
    assert decode(no_kind) == expected
    units = {"kind": "units_reassignment", "on": "2026-01-05", "host_unit": "新依托单位"}
    as_tuple = {**units, "construction_units": ("甲",)}
    as_list = {**units, "construction_units": ["甲"]}
    reassign = fast_decoder(UnitsReassignment)
    assert (
        reassign(as_tuple)
        == reassign(as_list)
        == UnitsReassignment(date(2026, 1, 5), construction_units=("甲",), host_unit="新依托单位")
    )


def test_a_history_document_round_trips_exactly_through_json() -> None:
    readings = READINGS.replace(consultation=ConsultationReading.RELEVANT_UNITS)
    parameters = PARAMETERS.replace(operating_subsidy_cap=Decimal("400000.00"))
    measures = MEASURES.with_readings(validity="civil_code_years").with_parameters(
        PARAMETERS.replace(validity_years=6)
    )
    complex_ = Complex.replay(
        example_events(), readings=readings, parameters=parameters, measures=measures
    )
    document = HistoryDocument.of(
        complex_,
        readings=readings,
        parameters=parameters,
        measures=measures,
        force=ForceCheck.FLAG,
    )
    text = json.dumps(document.to_data(), ensure_ascii=False)
    again = HistoryDocument.from_data(json.loads(text))
    assert again == document
    assert (again.readings, again.parameters, again.measures, again.force) == (
        readings,
        parameters,
        measures,
        ForceCheck.FLAG,
    )
    assert again.measures.parameters.validity_years == 6
    assert again.parameters.remuneration_cap_share == Fraction(1, 3)
    assert again.replay() == complex_
    assert json.dumps(again.to_data(), ensure_ascii=False) == text


@pytest.mark.parametrize("kind", list(EXAMPLES))
def test_the_document_of_each_example_replays_to_the_same_platform(kind: str) -> None:
    entity = entity_class(kind).replay(EXAMPLES[kind])
    data = HistoryDocument.of(entity).to_data()
    assert data["platform_kind"] == kind
    assert data["force"] == "refuse"
    assert HistoryDocument.from_data(data).replay() == entity


def _document() -> dict[str, Any]:
    return HistoryDocument.of(Complex.replay(example_events()[:3])).to_data()


@pytest.mark.parametrize(
    ("change", "error", "field"),
    [
        ({"schema_version": 2}, InputError, "schema_version"),
        ({"platform_kind": "park"}, InvalidChoiceError, "platform_kind"),
        ({"extra": 1}, InputError, "extra"),
        ({"events": []}, InputError, "events"),
        ({"events": "none"}, InputError, "events"),
        ({"readings": {"consultation": "some"}}, InvalidChoiceError, "readings.consultation"),
        ({"readings": []}, InputError, "readings"),
        ({"parameters": {"validity_years": 0}}, InputError, "parameters.validity_years"),
        ({"parameters": {"nothing": 1}}, InputError, "parameters.nothing"),
        ({"measures": {"base_reading": "x"}}, InvalidChoiceError, "measures.base_reading"),
        ({"measures": 3}, InputError, "measures"),
        ({"force": "ignore"}, InvalidChoiceError, "force"),
    ],
)
def test_a_bad_document_is_refused_naming_the_field(
    change: dict[str, Any], error: type[Exception], field: str
) -> None:
    data = {**_document(), **change}
    with pytest.raises(error) as caught:
        HistoryDocument.from_data(data)
    assert type(caught.value) is error
    assert caught.value.field == field  # type: ignore[attr-defined]


def test_a_bad_event_of_a_document_is_named_by_its_position() -> None:
    data = _document()
    data["events"][2] = {**data["events"][2], "unit": "police"}
    with pytest.raises(InvalidChoiceError) as caught:
        HistoryDocument.from_data(data)
    assert caught.value.field == "events[2].unit"
    data["events"][2] = 7
    with pytest.raises(InputError) as plain:
        HistoryDocument.from_data(data)
    assert plain.value.field == "events[2].event"


def test_a_document_that_is_not_a_mapping_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        HistoryDocument.from_data([])
    assert caught.value.field == "document"


def test_a_document_may_leave_out_the_default_inputs() -> None:
    data = _document()
    for key in ("readings", "parameters", "measures", "force"):
        del data[key]
    document = HistoryDocument.from_data(data)
    assert (document.readings, document.parameters, document.measures, document.force) == (
        READINGS,
        PARAMETERS,
        MEASURES,
        ForceCheck.REFUSE,
    )


@pytest.mark.parametrize("kind", list(EXAMPLES))
def test_real_event_data_is_valid_against_its_schema(kind: str) -> None:
    schemas = event_schemas(kind)
    assert list(schemas) == list(entity_class(kind).lifecycle.events_by_kind)
    for event in EXAMPLES[kind]:
        validator = jsonschema.Draft202012Validator(
            schemas[event.kind], format_checker=jsonschema.FormatChecker()
        )
        validator.validate(encode_event(event))
        validator.validate(event.to_data())


def test_the_schema_of_an_annual_assessment() -> None:
    schema = event_schema("complex", "annual_assessment")
    assert schema == {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "cixi-innovation:complex/annual_assessment",
        "title": "annual assessment",
        "description": "年度考核验收 (产业创新服务综合体 / industrial innovation service complex)",
        "type": "object",
        "properties": {
            "kind": {"const": "annual_assessment"},
            "schema_version": {"const": 1},
            "on": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            "year": {"type": "integer"},
            "result": {"enum": ["qualified", "unqualified"]},
        },
        "required": ["kind", "on", "year", "result"],
        "additionalProperties": False,
    }


@pytest.mark.parametrize(
    ("data", "valid"),
    [
        (
            {"kind": "annual_assessment", "on": "2026-01-20", "year": 2025, "result": "qualified"},
            True,
        ),
        ({"kind": "annual_assessment", "on": "2026-01-20", "year": 2025, "result": "good"}, False),
        (
            {
                "kind": "annual_assessment",
                "on": "2026-01-20",
                "year": "2025",
                "result": "qualified",
            },
            False,
        ),
        ({"kind": "annual_assessment", "on": "2026-01-20", "year": 2025}, False),
        (
            {"kind": "annual_assessment", "on": "20260120", "year": 2025, "result": "qualified"},
            False,
        ),
        (
            {"kind": "annual_work_plan", "on": "2026-01-20", "year": 2025, "result": "qualified"},
            False,
        ),
    ],
)
def test_the_schema_refuses_what_decoding_refuses(data: dict[str, Any], valid: bool) -> None:
    validator = jsonschema.Draft202012Validator(event_schema("complex", "annual_assessment"))
    assert validator.is_valid(data) is valid


def test_an_unknown_event_kind_has_no_schema() -> None:
    with pytest.raises(InvalidChoiceError) as caught:
        event_schema("consortium", "round_appraisal")
    assert caught.value.field == "kind"
    assert caught.value.message.startswith(
        "'round_appraisal' is not an event of the enterprise innovation consortium lifecycle"
    )


def test_an_optional_field_may_be_null() -> None:
    assert _type_schema(int | None) == {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    assert _type_schema(TaskGroupUnit)["enum"][0] == "development_reform"
