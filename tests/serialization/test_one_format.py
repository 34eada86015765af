"""One description of the scenario format: the JSON Schema and the loader agree, both ways.

Also the JSON Schema of results, and the key paths of TOML syntax errors.
"""

from __future__ import annotations

import copy
import json
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from tests.serialization.test_schema import DEFS, SCHEMA, VALIDATOR, accepted

from cixi_innovation.rules.subsidy_expenses import Expense
from cixi_innovation.rules.subsidy_inspection import InspectionFinding
from cixi_innovation.scenarios import _spellings
from cixi_innovation.scenarios._fields import _EXPENSE
from cixi_innovation.scenarios._plain import FieldReaders, Reader
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.facts import (
    _CLAIM,
    _FINDING,
    _OTHER,
    CenterYearFacts,
    ComplexYearFacts,
    ConsortiumYearFacts,
    OtherSubsidy,
    PolicyClaim,
)
from cixi_innovation.scenarios.files import loads_scenario, results_schema
from cixi_innovation.scenarios.platforms import CenterSpec, ComplexSpec, ConsortiumSpec
from cixi_innovation.scenarios.problems import ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.schema import main, scenario_schema_data, schema_text
from cixi_innovation.scenarios.simulation import monte_carlo, simulate
from cixi_innovation.values.errors import InputError

DATA: dict[str, Any] = default_scenario().to_data()


def test_the_schemas_spellings_are_the_loaders() -> None:
    assert DEFS["money"]["anyOf"][1]["pattern"] == _spellings.MONEY
    assert DEFS["ratio"]["anyOf"][1]["pattern"] == _spellings.RATIO
    assert DEFS["ratio"]["anyOf"][1]["maxLength"] == _spellings.RATIO_MAX_LENGTH
    assert (DEFS["date"]["pattern"], DEFS["date"]["maxLength"]) == (_spellings.DATE, 10)
    assert (DEFS["month_day"]["pattern"], DEFS["month_day"]["maxLength"]) == (
        _spellings.MONTH_DAY,
        5,
    )
    for kind in ("complex", "consortium", "center"):
        names = DEFS[kind]["properties"]["years"]["propertyNames"]
        assert names == {"pattern": _spellings.YEAR_KEY, "maxLength": 4}


def _with(path: tuple[Any, ...], value: object) -> dict[str, Any]:
    data = copy.deepcopy(DATA)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


SUBSIDY = ("platforms", 0, "requested_subsidy")


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (
            SUBSIDY,
            "５０００００",
            "platforms[0].requested_subsidy: '５０００００' is written with digits other than "
            "0-9; a scenario file writes an amount of yuan in ASCII digits, e.g. '320000.50'",
        ),
        (
            SUBSIDY,
            "٥٠٠٠٠٠",
            "platforms[0].requested_subsidy: '٥٠٠٠٠٠' is written with digits other than "
            "0-9; a scenario file writes an amount of yuan in ASCII digits, e.g. '320000.50'",
        ),
        (
            SUBSIDY,
            "5E5",
            "platforms[0].requested_subsidy: '5E5' is not an amount of yuan as a scenario "
            "file writes it, e.g. '320000.50'",
        ),
        (
            SUBSIDY,
            "-0.00",
            "platforms[0].requested_subsidy: '-0.00' is not an amount of yuan as a scenario "
            "file writes it, e.g. '320000.50'",
        ),
        (
            ("platforms", 0, "applied_on"),
            "2024-W01-1",
            "platforms[0].applied_on: '2024-W01-1' is not a date (YYYY-MM-DD) as a scenario "
            "file writes it, e.g. '2026-03-01'",
        ),
        (
            ("platforms", 0, "events", 0, "on"),
            "２０２５-06-01",
            "platforms[0].events[0].on: '２０２５-06-01' is not a date (YYYY-MM-DD)",
        ),
        (
            ("inputs", "matching_ratio"),
            "5E-1",
            "inputs.matching_ratio: '5E-1' is not a ratio as a scenario file writes it, e.g. '1/3'",
        ),
        (
            ("inputs", "matching_ratio"),
            "1" + " " * 70,
            "inputs.matching_ratio: a ratio is at most 64 characters long, not 71",
        ),
        (
            ("calendar", "advance"),
            "０１-20",
            "calendar.advance: '０１-20' is not a day of the year (MM-DD)",
        ),
    ],
)
def test_a_spelling_of_another_alphabet_is_refused_by_both(
    path: tuple[Any, ...], value: str, message: str
) -> None:
    data = _with(path, value)
    assert not VALIDATOR.is_valid(data)
    with pytest.raises(ScenarioError) as caught:
        Scenario.from_data(data)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("inputs", "advance"), {"fixed": "５"}),
        (("inputs", "advance"), {"share": "-0"}),
        (("inputs", "settlement_link"), {"qualified": "1", "unqualified": "5E-1"}),
        (("inputs", "policy_subsidy_schedule", "iur_cooperation"), {"rate": "1/３"}),
        (("inputs", "policy_subsidy_schedule", "iur_cooperation"), {"amount": "1e3"}),
        (("platforms", 0, "commitments", "industry_output_value"), "1E11"),
        (("platforms", 0, "commitments", "valid_hte_share"), "٣/١٠"),
        (("platforms", 0, "years", "２０２６"), {}),
        (("parameters", "remuneration_cap_share"), "1E-1"),
        (("platforms", 0, "years", "2025", "requested"), "+5e5"),
    ],
)
def test_each_kind_of_value_is_held_to_its_spelling(path: tuple[Any, ...], value: object) -> None:
    data = _with(path, value)
    assert (VALIDATOR.is_valid(data), accepted(data)) == (False, False)


# --- both ways, over documents in other alphabets ----------------------------------------

#: Digits of other scripts, by their value 0-9.
ALPHABETS = ["0123456789", "０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "०१२३४५६७८९"]

_digits = st.sampled_from(ALPHABETS)
_NAMES = st.text(st.characters(codec="utf-8", blacklist_characters="\x00"), min_size=1)


def _respell(text: str, alphabet: str) -> str:
    return text.translate({ord(c): alphabet[int(c)] for c in "0123456789"})


@st.composite
def spellings(draw: st.DrawFn, plain: str) -> object:
    """Another way to write ``plain`` (an amount, a ratio or a date)."""
    how = draw(st.sampled_from(["same", "alphabet", "exponent", "sign", "space", "int"]))
    if how == "alphabet":
        return _respell(plain, draw(_digits))
    if how == "exponent":
        return plain + draw(st.sampled_from(["E0", "e0", "E+0"]))
    if how == "sign":
        return draw(st.sampled_from(["-", "+"])) + plain
    if how == "space":
        return draw(st.sampled_from([" ", "\t", "\u3000", "\n"])) + plain
    if how == "int" and plain.replace(".", "", 1).isdigit() and "." not in plain:
        return int(plain)
    return plain


_MONEY = ("platforms", 0, "requested_subsidy")
_RATIO = ("inputs", "matching_ratio")
_DATE = ("platforms", 1, "applied_on")
_NAME = ("platforms", 2, "name")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    money=spellings("320000"),
    ratio=spellings("1/2"),
    day=spellings("2024-11-20"),
    name=_NAMES,
)
@example(money="５０００００", ratio="1/2", day="2024-11-20", name="x")
@example(money="٥٠٠٠٠٠", ratio="1/2", day="2024-11-20", name="x")
@example(money="5E5", ratio="1/2", day="2024-11-20", name="x")
@example(money="-0.00", ratio="1/2", day="2024-11-20", name="x")
@example(money="320000", ratio="1/2", day="2024-11-20", name="慈溪 قطب ইনকিউবেটর")
@example(money="320000", ratio="1/2", day="2024-11-20", name="\u3000")
def test_schema_valid_if_and_only_if_the_loader_accepts(
    money: object, ratio: object, day: object, name: str
) -> None:
    data = _with(_MONEY, money)
    data["inputs"]["matching_ratio"] = ratio
    data["platforms"][1]["applied_on"] = day
    data["platforms"][2]["name"] = name
    assert VALIDATOR.is_valid(data) == accepted(data), (money, ratio, day, name)


# --- the results ---------------------------------------------------------------------------

RESULTS = Draft202012Validator(results_schema())


def test_the_results_schema_is_a_valid_schema() -> None:
    Draft202012Validator.check_schema(results_schema())


def test_a_simulations_json_is_valid() -> None:
    document = json.loads(simulate(default_scenario()).to_json())
    assert list(RESULTS.iter_errors(document)) == []
    document["rows"][0]["cash"] = 250000.0
    assert not RESULTS.is_valid(document)


def test_a_studys_json_is_valid() -> None:
    data = copy.deepcopy(DATA)
    data["probabilities"] = {"unqualified_annual_assessment": "1/4", "poor_mid_term": "1/3"}
    for spec in data["platforms"]:
        for facts in spec.get("years", {}).values():
            facts.pop("assessment", None)
            facts.pop("mid_term", None)
    study = monte_carlo(Scenario.from_data(data), 40, seed=3)
    document = json.loads(study.to_json())
    assert list(RESULTS.iter_errors(document)) == []
    assert document["kind"] == "monte_carlo"
    document["years"][0]["colour"] = "red"
    assert not RESULTS.is_valid(document)


# --- TOML syntax errors name their key -----------------------------------------------------


def _syntax_problem(text: str) -> tuple[str, str]:
    with pytest.raises(ScenarioError) as caught:
        loads_scenario(text)
    (problem,) = caught.value.problems
    return problem.path, problem.message


def test_a_bad_toml_date_names_its_key_and_line() -> None:
    text = 'title = "A"\n' + '[[platforms]]\nkind = "complex"\n' * 3
    text += '[[platforms]]\nkind = "complex"\napplied_on = 2023-02-30\n'
    assert _syntax_problem(text) == (
        "platforms[3].applied_on",
        "not valid TOML: Invalid date or datetime (at line 10, column 14)",
    )


def test_nested_tables_years_and_quoted_keys() -> None:
    text = (
        'title = """a\n[[platforms]]\n"""\n'
        "[[platforms]]\n[[platforms.spending]]\n[[platforms.spending]]\n"
        "[[platforms]]\n[[platforms.spending]]\n"
        '[platforms.years."2026"]\n"requested" = 1 2\n'
    )
    assert _syntax_problem(text)[0] == "platforms[1].years[2026].requested"
    text = "[[platforms]]\n[[platforms.spending]]\n[[platforms.spending]]\namount = 1 2\n"
    assert _syntax_problem(text)[0] == "platforms[0].spending[1].amount"


@pytest.mark.parametrize(
    "text",
    ['title = """\n1\n"""x\n', "a = [\n  1,\n  2 3]\n", "[[platforms]]\n= 1\n"],
)
def test_no_key_path_where_none_is_found(text: str) -> None:
    assert _syntax_problem(text)[0] == ""


def test_max_bytes_must_be_a_whole_number() -> None:
    with pytest.raises(InputError, match="max_bytes: True is not a size in bytes"):
        loads_scenario("", max_bytes=True)


# --- the schema written from the format the loaders read -------------------------------------


def test_the_shipped_schema_is_the_one_written_from_the_format() -> None:
    text = (resources.files("cixi_innovation") / "data" / "scenario.schema.json").read_text(
        encoding="utf-8"
    )
    assert text == schema_text(scenario_schema_data())


def test_a_drifted_schema_file_is_written_again(tmp_path: Path) -> None:
    drifted = copy.deepcopy(SCHEMA)
    drifted["$defs"]["level"]["enum"] = ["cixi", "county"]
    del drifted["$defs"]["complex"]["properties"]["requested_subsidy"]
    path = tmp_path / "scenario.schema.json"
    path.write_text(schema_text(drifted), encoding="utf-8")
    assert main([str(path)]) == 0
    assert path.read_text(encoding="utf-8") == schema_text(SCHEMA)


# --- a key left out is its field's default -------------------------------------------------

_RECORDS = [
    (cls, cls.READERS)
    for cls in (
        ComplexYearFacts,
        ConsortiumYearFacts,
        CenterYearFacts,
        ComplexSpec,
        ConsortiumSpec,
        CenterSpec,
    )
] + [
    (Expense, _EXPENSE),
    (InspectionFinding, _FINDING),
    (PolicyClaim, _CLAIM),
    (OtherSubsidy, _OTHER),
]


@pytest.mark.parametrize(("cls", "readers"), _RECORDS, ids=lambda x: getattr(x, "__name__", ""))
def test_a_key_left_out_reads_as_its_fields_default(cls: type, readers: FieldReaders) -> None:
    fields = attrs.fields_dict(cls)
    for key, read in readers:
        default = fields[key].default
        if default is attrs.NOTHING:
            continue
        assert not isinstance(default, attrs.Factory)  # type: ignore[arg-type]
        assert read(Reader(), {}, key, "") == default, (cls.__name__, key)


def test_a_lone_surrogate_in_a_text_given_as_str() -> None:
    with pytest.raises(ScenarioError) as caught:
        loads_scenario('title = "a\ud800"\n')
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("title", "holds a lone surrogate '\\ud800', which is not Unicode text")
    ]


def test_a_value_no_scenario_holds_is_named_by_its_year() -> None:
    data = copy.deepcopy(DATA)
    data["platforms"][0]["years"]["2026"]["requested"] = float("nan")
    with pytest.raises(ScenarioError) as caught:
        loads_scenario(json.dumps(data), "json")
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("platforms[0].years[2026].requested", "NaN is not a finite number")
    ]
