"""The JSON Schema of scenario files, with every fact the library declares taken from it.

The shipped ``data/scenario.schema.json`` holds the structure and the descriptions of
the format; what the library itself declares is written into it from the library by
:func:`refresh_schema`, so that the two cannot drift apart:

* the spellings of amounts, ratios, dates, calendar days and year keys
  (``cixi_innovation.scenarios._spellings``, which the loader checks);
* the codes of every choice (the enumerations of the vocabulary, the rules and the
  lifecycles, the readings of the Measures);
* the keys of every record, in order, and which of them are required (the records'
  ``KEYS`` and their fields without a default).

A test holds the shipped file equal to its refreshed self; ``nox -s schema`` (or
``python -m cixi_innovation.scenarios.schema FILE``) writes the refreshed file.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from cixi_innovation.law.indicators import Indicator
from cixi_innovation.law.measures import (
    EffectiveDateReading,
    ForceCheck,
    PublicationBaseReading,
    ValidityReading,
)
from cixi_innovation.law.parameter_info import INFO
from cixi_innovation.law.readings import Readings
from cixi_innovation.lifecycles.center.events import VehicleKind
from cixi_innovation.lifecycles.complex.events import LeadingBodyKind
from cixi_innovation.rules.consortium_support import SubsidyCountReading, SubsidyTrigger
from cixi_innovation.rules.overlap import MatchingReading, PolicySource
from cixi_innovation.rules.subsidy import CarryOverReading
from cixi_innovation.rules.subsidy_expenses import ExpenseCategory
from cixi_innovation.rules.subsidy_settlement import SETTLEMENT_LINKS
from cixi_innovation.scenarios import _spellings
from cixi_innovation.scenarios._plain import required_keys
from cixi_innovation.scenarios.facts import CenterYearFacts, ComplexYearFacts, ConsortiumYearFacts
from cixi_innovation.scenarios.horizon import Calendar
from cixi_innovation.scenarios.inputs import SCENARIO_REMUNERATION_BASES, Inputs
from cixi_innovation.scenarios.platforms import CenterSpec, ComplexSpec, ConsortiumSpec
from cixi_innovation.scenarios.probabilities import Probabilities
from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
from cixi_innovation.values.bodies import Applicant
from cixi_innovation.values.vocabulary import LabelledEnum, Level

__all__ = ["refresh_schema", "schema_text"]

Path = tuple[str | int, ...]

_TOP: Path = ("properties",)
_INPUTS: Path = (*_TOP, "inputs", "properties")
_COMPLEX: Path = ("$defs", "complex", "properties")
_VEHICLE: Path = ("$defs", "center", "properties", "host_units", "items", "properties")


def _codes(enum: Iterable[LabelledEnum], leave_out: Sequence[str] = ()) -> list[str]:
    return [member.code for member in enum if member.code not in leave_out]


def _reading(default: object) -> type[LabelledEnum]:
    assert isinstance(default, LabelledEnum)  # a reading's default is one of its choices
    return type(default)


def _enums() -> list[tuple[Path, list[str]]]:
    """Where each choice is in the schema, and its codes."""
    readings = [
        ((*_TOP, "readings", "properties", a.name), _codes(_reading(a.default)))
        for a in attrs.fields(Readings)
    ]
    return [
        (("$defs", "level"), _codes(Level)),
        (("$defs", "assessment_result"), _codes(AssessmentResult)),
        (("$defs", "performance_grade"), _codes(PerformanceGrade)),
        (("$defs", "expense", "properties", "category"), _codes(ExpenseCategory)),
        (("$defs", "trigger_claim", "properties", "trigger"), _codes(SubsidyTrigger)),
        (
            ("$defs", "other_subsidy", "properties", "source"),
            _codes(PolicySource, leave_out=("these_measures",)),
        ),
        ((*_COMPLEX, "applicants", "items", "properties", "kind"), _codes(Applicant)),
        ((*_COMPLEX, "leading_body", "properties", "kind"), _codes(LeadingBodyKind)),
        ((*_VEHICLE, "vehicles", "items", "properties", "kind"), _codes(VehicleKind)),
        ((*_TOP, "force"), _codes(ForceCheck)),
        ((*_TOP, "measures", "properties", "effective"), _codes(EffectiveDateReading)),
        ((*_TOP, "measures", "properties", "validity"), _codes(ValidityReading)),
        ((*_TOP, "measures", "properties", "base"), _codes(PublicationBaseReading)),
        ((*_INPUTS, "carry_over"), _codes(CarryOverReading)),
        ((*_INPUTS, "remuneration_base"), _codes(SCENARIO_REMUNERATION_BASES)),
        ((*_INPUTS, "subsidy_count"), _codes(SubsidyCountReading)),
        ((*_INPUTS, "overlap_matching"), _codes(MatchingReading)),
        ((*_INPUTS, "settlement_link", "oneOf", 0), list(SETTLEMENT_LINKS)),
        *readings,
    ]


def _records() -> list[tuple[Path, Sequence[str], Sequence[str] | None]]:
    """Where each record is in the schema, its keys in order, and the required ones."""
    specs = [
        (("$defs", name), cls.KEYS, ("kind", *required_keys(cls, cls.KEYS)))
        for name, cls in (
            ("complex", ComplexSpec),
            ("consortium", ConsortiumSpec),
            ("center", CenterSpec),
        )
    ]
    years = [
        (("$defs", name), cls.KEYS, None)
        for name, cls in (
            ("complex_year", ComplexYearFacts),
            ("consortium_year", ConsortiumYearFacts),
            ("center_year", CenterYearFacts),
        )
    ]
    codes = _codes(Indicator)
    return [
        *specs,
        *years,
        (("$defs", "probabilities"), [a.name for a in attrs.fields(Probabilities)], None),
        (("$defs", "indicators"), codes, codes),
        ((*_TOP, "inputs"), [a.name for a in attrs.fields(Inputs)], None),
        ((*_TOP, "calendar"), [a.name for a in attrs.fields(Calendar)], None),
        ((*_TOP, "readings"), [a.name for a in attrs.fields(Readings)], None),
        ((*_TOP, "parameters"), list(INFO), None),
    ]


def _spellings_at() -> list[tuple[Path, dict[str, object]]]:
    """Where each spelling is in the schema, and the keys that state it."""
    years = {"pattern": _spellings.YEAR_KEY, "maxLength": 4}
    return [
        (("$defs", "money", "anyOf", 1), {"pattern": _spellings.MONEY}),
        (
            ("$defs", "ratio", "anyOf", 1),
            {"maxLength": _spellings.RATIO_MAX_LENGTH, "pattern": _spellings.RATIO},
        ),
        (("$defs", "date"), {"pattern": _spellings.DATE, "maxLength": 10}),
        (("$defs", "month_day"), {"pattern": _spellings.MONTH_DAY, "maxLength": 5}),
        *(
            (("$defs", kind, "properties", "years", "propertyNames"), years)
            for kind in ("complex", "consortium", "center")
        ),
    ]


def _at(schema: dict[str, Any], path: Path) -> dict[str, Any]:
    node: Any = schema
    for step in path:
        node = node[step]
    found: dict[str, Any] = node
    return found


def refresh_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with the spellings, codes and keys the library declares written in.

    Raises:
        KeyError: a record of the library has a key the schema does not describe.
    """
    out = copy.deepcopy(schema)
    for path, spelling in _spellings_at():
        _at(out, path).update(spelling)
    for path, codes in _enums():
        _at(out, path)["enum"] = codes
    for path, keys, required in _records():
        node = _at(out, path)
        node["properties"] = {key: node["properties"][key] for key in keys}
        if required is not None:
            node["required"] = list(required)
    return out


def schema_text(schema: dict[str, Any]) -> str:
    """The text of a schema file: JSON indented by two, Chinese as is, a final newline."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Refresh the schema file named by the first argument, in place."""
    (path,) = sys.argv[1:] if argv is None else argv
    with open(path, encoding="utf-8") as file:
        schema = json.load(file)
    with open(path, "w", encoding="utf-8", newline="\n") as file:
        file.write(schema_text(refresh_schema(schema)))
    return 0


if __name__ == "__main__":  # pragma: no cover - run as a script by nox -s schema
    sys.exit(main())
