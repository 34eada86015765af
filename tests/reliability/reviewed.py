"""Reviewed copies of the library's answers, kept in ``golden/`` beside this module.

:func:`check_golden` compares an answer, as plain data, with the reviewed copy of the
same name; with ``CIXI_UPDATE_GOLDEN=1`` in the environment it rewrites the copy
instead, for the diff to be reviewed.  :func:`plain` turns the library's values
(decisions, labels, enumerations, money, ratios, dates, attrs values) into such data.
It is not a test module.
"""

from __future__ import annotations

import json
import os
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import attrs

from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.vocabulary import Label, LabelledEnum

GOLDEN = Path(__file__).with_name("golden")


def check_golden(name: str, actual: object) -> None:
    """Compare ``actual`` with ``golden/<name>.json`` (or rewrite it when asked to)."""
    path = GOLDEN / f"{name}.json"
    if os.environ.get("CIXI_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        text = json.dumps(actual, ensure_ascii=False, indent=1)
        path.write_text(text + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert actual == expected


def plain(value: object) -> object:
    """A value of the library as plain data, whole (sets in sorted order)."""
    if isinstance(value, Label):
        return [value.code, value.zh, value.en]
    if isinstance(value, Decision):
        return value.to_dict()
    if isinstance(value, LabelledEnum):
        return value.code
    if isinstance(value, Decimal | Fraction | date):
        return str(value)
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, frozenset | set):
        return sorted((plain(v) for v in value), key=repr)
    if isinstance(value, dict):
        return {str(plain(k)): plain(v) for k, v in value.items()}
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))  # type: ignore[arg-type]
        return {a.name: plain(getattr(value, a.name)) for a in fields}
    assert value is None or isinstance(value, str | int | bool), repr(value)
    return value
