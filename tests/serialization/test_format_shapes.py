"""The shape of a scenario file: the JSON Schema and the loader agree on it, both ways.

A document is damaged in its shape (a key added where the format has none, a key or an
item taken away, a value put one level too deep, in a list or a mapping of its own, an
object or a list put where another belongs) and the schema accepts it exactly when
``Scenario.from_data`` does.  Both read their keys from the same declarations
(``cixi_innovation.scenarios._format``).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.serialization.test_schema import VALIDATOR, accepted

from cixi_innovation.scenarios._format import Key, Named, Shape, array, render
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.problems import ScenarioError
from cixi_innovation.scenarios.scenario import Scenario

DATA: dict[str, Any] = default_scenario().to_data()

Path = tuple[str | int, ...]


def _nodes(node: object, path: Path = ()) -> Iterator[tuple[Path, object]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _nodes(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, (*path, index))


def _at(data: Any, path: Path) -> Any:
    for step in path:
        data = data[step]
    return data


def _place(path: Path) -> tuple[str, ...]:
    """Where ``path`` is in the format: the kind of platform, keys, items and years."""
    kind = DATA["platforms"][path[1]]["kind"] if path[:1] == ("platforms",) and path[1:] else ""
    steps = ("[]" if isinstance(s, int) else "YEAR" if s.isdigit() else s for s in path)
    return (kind, *steps)


def _one_for_each_place(paths: Iterator[Path]) -> list[Path]:
    return list({_place(path): path for path in reversed(list(paths))}.values())


#: A key or an item of the document at each place of the format it holds, and a mapping.
PATHS = _one_for_each_place(path for path, _ in _nodes(DATA) if path)
MAPPINGS = _one_for_each_place(path for path, node in _nodes(DATA) if isinstance(node, dict))
#: The objects and lists that may be put elsewhere; not a whole platform, whose id
#: would then be given twice (a check of the library's, not of the shape).
MOVABLE = [
    path
    for path in PATHS
    if isinstance(_at(DATA, path), dict | list) and not (len(path) == 2 and path[0] == "platforms")
]
#: The keys of the format found in the document, and one it does not know.
KEYS = sorted({step for path in PATHS for step in path if isinstance(step, str)} | {"colour"})

Damage = tuple[str, Path, Any]

DAMAGES = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(MAPPINGS), st.sampled_from(KEYS)),
    st.tuples(st.just("in a list"), st.sampled_from(PATHS), st.none()),
    st.tuples(st.just("in a mapping"), st.sampled_from(PATHS), st.sampled_from(KEYS)),
    st.tuples(st.just("moved"), st.sampled_from(PATHS), st.sampled_from(MOVABLE)),
)


def damaged(damage: Damage) -> dict[str, Any]:
    """The default scenario's data with ``damage`` done to it."""
    how, path, arg = damage
    data = copy.deepcopy(DATA)
    if how == "add":
        _at(data, path).setdefault(arg, "x")
        return data
    parent, last = _at(data, path[:-1]), path[-1]
    if how == "delete":
        del parent[last]
    elif how == "in a list":
        parent[last] = [parent[last]]
    elif how == "in a mapping":
        parent[last] = {arg: parent[last]}
    else:
        parent[last] = copy.deepcopy(_at(DATA, arg))
    return data


@pytest.mark.parametrize("path", PATHS, ids=map(str, PATHS))
def test_each_key_or_item_taken_away(path: Path) -> None:
    data = damaged(("delete", path, None))
    assert VALIDATOR.is_valid(data) == accepted(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DAMAGES)
@example(("add", (), "colour"))
@example(("add", ("platforms", 0, "years", "2026"), "acceptance"))
@example(("add", ("platforms", 8, "host_units", 0), "level"))
@example(("delete", ("title",), None))
@example(("delete", ("platforms", 0, "leading_body", "kind"), None))
@example(("delete", ("platforms", 5, "years", "2025", "claims", 0, "triggers", 0), None))
@example(("delete", ("inputs", "advance", "share"), None))
@example(("in a list", ("horizon",), None))
@example(("in a list", ("platforms", 0, "commitments"), None))
@example(("in a list", ("platforms", 3, "events", 0, "kind"), None))
@example(("in a mapping", ("platforms", 0, "spending"), "spending"))
@example(("in a mapping", ("inputs", "settlement_link"), "qualified"))
@example(("moved", ("calendar",), ("horizon",)))
@example(("moved", ("platforms", 0, "years", "2026"), ("platforms", 4, "years", "2026")))
@example(("moved", ("platforms", 8, "events", 0), ("platforms", 0, "events", 0)))
def test_a_shape_the_schema_accepts_the_loader_accepts_and_no_other(damage: Damage) -> None:
    data = damaged(damage)
    assert VALIDATOR.is_valid(data) == accepted(data), damage


@pytest.mark.parametrize(
    ("damage", "problems"),
    [
        (
            ("add", ("platforms", 8, "host_units", 0), "level"),
            [
                (
                    "platforms[8].host_units[0].level",
                    "unknown key; expected one of: name, vehicles",
                )
            ],
        ),
        (
            ("delete", ("platforms", 0, "leading_body", "kind"), None),
            [("platforms[0].leading_body.kind", "is missing")],
        ),
        (
            ("in a list", ("platforms", 3, "events", 0, "kind"), None),
            [
                (
                    "platforms[3].events[0].kind",
                    "['level_recognition'] is not an event given in a scenario; give one of: "
                    "higher_level_expiry_assessment, level_recognition (the other events are "
                    "generated from the spec and its yearly facts)",
                )
            ],
        ),
        (
            ("in a list", ("horizon",), None),
            [("horizon", "[{'first': 2025, 'last': 2029}] is not a mapping")],
        ),
        (
            ("in a mapping", ("platforms", 0, "commitments"), "colour"),
            [
                (f"platforms[0].commitments.{code}", "is missing")
                for code in (
                    "industry_output_value",
                    "valid_hte_share",
                    "above_scale_rd_intensity",
                    "above_scale_rd_institution_rate",
                    "valid_invention_patents",
                )
            ]
            + [
                (
                    "platforms[0].commitments.colour",
                    "unknown key; expected one of: industry_output_value, valid_hte_share, "
                    "above_scale_rd_intensity, above_scale_rd_institution_rate, "
                    "valid_invention_patents",
                )
            ],
        ),
    ],
)
def test_the_loader_names_each_key_out_of_shape(
    damage: Damage, problems: list[tuple[str, str]]
) -> None:
    with pytest.raises(ScenarioError) as caught:
        Scenario.from_data(damaged(damage))
    assert sorted((p.path, p.message) for p in caught.value.problems) == sorted(problems)


def test_a_shape_is_written_as_a_json_schema_object() -> None:
    inner = Shape((Key("amount", {"type": "integer"}, True),))
    named = Named("item", inner)
    outer = Shape(
        (Key("items", array(named, min_items=1)), Key("other", named)),
        "Two keys.",
        {"minProperties": 1},
    )
    defs: dict[str, Any] = {}
    assert render(outer, defs) == {
        "description": "Two keys.",
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": {"$ref": "#/$defs/item"}, "minItems": 1},
            "other": {"$ref": "#/$defs/item"},
        },
        "additionalProperties": False,
        "minProperties": 1,
    }
    assert defs == {
        "item": {
            "type": "object",
            "properties": {"amount": {"type": "integer"}},
            "required": ["amount"],
            "additionalProperties": False,
        }
    }
