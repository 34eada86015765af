"""The JSON Schema of scenario files, written from the format the loaders read.

The format is declared once, in the code that reads it
(``cixi_innovation.scenarios._format`` says how):

* the value formats (amounts, ratios, shares, dates, days of the year, years, names,
  levels and results) in ``scenarios._format``, with the spellings the loader checks
  (``scenarios._spellings``);
* the scenario's top level, its measures, parameters and readings in
  ``scenarios.scenario`` (:data:`~cixi_innovation.scenarios.scenario.SCENARIO_FORMAT`);
  the horizon and the calendar in ``scenarios.horizon``, the inputs in
  ``scenarios.inputs``, the probabilities in ``scenarios.probabilities``;
* the platforms in ``scenarios.platforms`` (each spec's ``SHAPE``, from its ``READERS``,
  with its applicants, leading body, host units, vehicles and events), their yearly
  facts, claims and overlaps in ``scenarios.facts``, the spending and the core
  indicators in ``scenarios._fields``.

Each object lists its keys, the kind of each value, which keys are required and what
the object is; the loaders take the keys they accept and require from there, and
:func:`scenario_schema_data` writes the whole schema from the same declarations, so
that the two cannot disagree.  A test holds the shipped ``data/scenario.schema.json``
equal to it; ``nox -s schema`` (or ``python -m cixi_innovation.scenarios.schema FILE``)
writes the file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from cixi_innovation.lifecycles.schemas import JSON_SCHEMA_DIALECT
from cixi_innovation.scenarios._format import FORMATS, render
from cixi_innovation.scenarios.scenario import SCENARIO_FORMAT

__all__ = ["scenario_schema_data", "schema_text"]

_ID = "urn:cixi-innovation:scenario-schema:1"


def scenario_schema_data() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of scenario files, written from their format."""
    defs: dict[str, Any] = {}
    for value_format in FORMATS:
        # the value formats first, in their order, then the objects as they are met
        render(value_format, defs)
    top = render(SCENARIO_FORMAT, defs)
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": _ID,
        "title": "cixi-innovation scenario",
        **top,
        "$defs": defs,
    }


def schema_text(schema: dict[str, Any]) -> str:
    """The text of a schema file: JSON indented by two, Chinese as is, a final newline."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write the schema into the file named by the first argument."""
    (path,) = sys.argv[1:] if argv is None else argv
    with open(path, "w", encoding="utf-8", newline="\n") as file:
        file.write(schema_text(scenario_schema_data()))
    return 0


if __name__ == "__main__":  # pragma: no cover - run as a script by nox -s schema
    sys.exit(main())
