"""Bad inputs and the error each one gets: the runner of ``tests/bad_inputs.toml``.

The TOML file is the single list of bad inputs.  ``tests/test_bad_inputs.py`` runs every
case and asserts the exact error class and message; the documentation runs the same
cases with this module when it is built and shows the table (``docs/bad-inputs.md``), so
the docs and the tests cannot disagree.

A case::

    [[case]]
    id = "money-float"
    category = "money"
    title = "A claim given as a float"
    call = "cixi_innovation.rules.subsidy:operating_subsidy"
    args = [600000.5]
    kwargs = { on = 2026-03-01 }
    error = "FloatMoneyError"
    message = "requested: 600000.5 is a float; ..."

``call`` is ``"module:qualified.name"`` or ``"recipe:name"`` (a small helper of this
module, for inputs that need a few steps, such as an event applied to the library's
example Complex).  Arguments are TOML values as a user would write them in a file:
TOML dates are dates, TOML floats stay floats (and must be refused as money), and a
table ``{ python = "None" }`` is ``None`` (TOML has no null), and a table with a ``call`` key
is itself a call, e.g.
``{ call = "cixi_innovation.rules.subsidy_settlement:AdvanceRule.share_of_grant", args = ["3/2"] }``.
"""

from __future__ import annotations

import importlib
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cixi_innovation.values.errors import CixiError

__all__ = [
    "CASES_FILE",
    "CATEGORIES",
    "RECIPES",
    "Case",
    "Outcome",
    "load_cases",
    "run",
]

CASES_FILE = Path(__file__).with_name("bad_inputs.toml")

#: The categories of cases, in the order the documentation shows them.
CATEGORIES: dict[str, str] = {
    "money": "Money: floats, negative amounts, fractions of a fen, caps",
    "ratios": "Ratios and shares",
    "dates": "Dates, years and the period of force (Art. 24)",
    "choices": "Unknown kinds, levels, readings and other choices",
    "missing": "Values the Measures leave open, not supplied",
    "citations": "Citations and article numbers",
    "events": "Lifecycle events: order, state, guards, plain data",
    "parameters": "Parameters and readings",
    "documents": "Documents read back (decisions)",
    "types": "Values of the wrong type: None, a number for a list, a text for a value",
}

_KEYS = {"id", "category", "title", "call", "args", "kwargs", "error", "message"}
_CALL_KEYS = {"call", "args", "kwargs"}
_LINE = 88


# --- recipes ---------------------------------------------------------------------------


def complex_after_example(*events: Mapping[str, object]) -> None:
    """Replay the library's example Complex, then apply each event, given as plain data.

    The example (``complex.example_events()``) is approved, has its host unit and a
    round from 2025-03-01, and has reported its 2025 annual work plan on 2025-03-15.
    """
    from cixi_innovation.lifecycles.complex.entity import Complex, example_events
    from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE

    entity = Complex.replay(example_events())
    for data in events:
        entity = entity.apply(COMPLEX_LIFECYCLE.event_from_data(data)).entity


def consortium_after_example(*events: Mapping[str, object]) -> None:
    """Replay the library's example Consortium, then apply each event, given as plain data.

    The example (``consortium.example_events()``) is in cultivation from 2025-07-01.
    """
    from cixi_innovation.lifecycles.consortium.entity import Consortium, example_events
    from cixi_innovation.lifecycles.consortium.lifecycle import CONSORTIUM_LIFECYCLE

    entity = Consortium.replay(example_events())
    for data in events:
        entity = entity.apply(CONSORTIUM_LIFECYCLE.event_from_data(data)).entity


def center_after_example(*events: Mapping[str, object]) -> None:
    """Replay the library's example Innovation Center, then apply each event (plain data).

    The example (``center.example_events()``) is under construction from 2025-03-02.
    """
    from cixi_innovation.lifecycles.center.entity import InnovationCenter, example_events
    from cixi_innovation.lifecycles.center.lifecycle import CENTER_LIFECYCLE

    entity = InnovationCenter.replay(example_events())
    for data in events:
        entity = entity.apply(CENTER_LIFECYCLE.event_from_data(data)).entity


def complex_applied_for_by(kind: str, name: str) -> None:
    """Create a Complex from the example application, with another applicant."""
    import attrs

    from cixi_innovation.lifecycles.complex.entity import Complex, example_events
    from cixi_innovation.lifecycles.complex.events import ComplexApplication, Party
    from cixi_innovation.values.bodies import Applicant

    application = example_events()[0]
    assert isinstance(application, ComplexApplication)
    Complex.create(attrs.evolve(application, applicants=(Party(Applicant.parse(kind), name),)))


def apply_to_example_complex(event: object, **kwargs: object) -> None:
    """Replay the library's example Complex, then apply ``event`` as given (not plain data)."""
    from cixi_innovation.lifecycles.complex.entity import Complex, example_events

    Complex.replay(example_events()).apply(event, **kwargs)  # type: ignore[arg-type]


def replay_example_complex(**kwargs: object) -> None:
    """Replay the library's example Complex with the keyword arguments given."""
    from cixi_innovation.lifecycles.complex.entity import Complex, example_events

    Complex.replay(example_events(), **kwargs)  # type: ignore[arg-type]


def complex_event(data: Mapping[str, object]) -> None:
    """Read one event of the Complex lifecycle from plain data (as a scenario file gives it)."""
    from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE

    COMPLEX_LIFECYCLE.event_from_data(data)


def article(number: object) -> None:
    """Look an article up by number: ``ARTICLES[number]``."""
    from cixi_innovation.law.articles import ARTICLES

    ARTICLES[number]  # type: ignore[index]


#: The recipes a case may call as ``"recipe:<name>"``.
RECIPES: dict[str, Callable[..., object]] = {
    f.__name__: f
    for f in (
        complex_after_example,
        consortium_after_example,
        center_after_example,
        complex_applied_for_by,
        complex_event,
        apply_to_example_complex,
        replay_example_complex,
        article,
    )
}


# --- cases -----------------------------------------------------------------------------


def _resolve(call: str) -> Callable[..., object]:
    where, _, name = call.partition(":")
    if where == "recipe":
        return RECIPES[name]
    obj: Any = importlib.import_module(where)
    for part in name.split("."):
        obj = getattr(obj, part)
    if not callable(obj):
        raise TypeError(f"{call} is not callable")
    return obj  # type: ignore[no-any-return]


def _display_name(call: str) -> str:
    return call.partition(":")[2]


def _is_call(value: object) -> bool:
    return isinstance(value, Mapping) and "call" in value and set(value) <= _CALL_KEYS


_NONE = {"python": "None"}


def _build(value: object) -> object:
    """Turn a TOML value into the Python value passed to the call."""
    if value == _NONE:
        return None
    if _is_call(value):
        assert isinstance(value, Mapping)
        args = [_build(v) for v in value.get("args", ())]
        kwargs = {k: _build(v) for k, v in value.get("kwargs", {}).items()}
        return _resolve(str(value["call"]))(*args, **kwargs)
    if isinstance(value, Mapping):
        return {k: _build(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_build(v) for v in value]
    return value


def _literal(value: object) -> str:
    if isinstance(value, str) and '"' not in value and "\\" not in value:
        return f'"{value}"'  # double quotes, as the project's code is formatted
    if isinstance(value, datetime):
        return f"datetime({value.year}, {value.month}, {value.day}, {value.hour}, {value.minute})"
    if isinstance(value, date):
        return f"date({value.year}, {value.month}, {value.day})"
    return repr(value)


def _source(value: object, indent: int = 0) -> str:
    """``value`` as the Python expression that builds it."""
    pad = " " * (indent + 4)
    if value == _NONE:
        return "None"
    if _is_call(value):
        assert isinstance(value, Mapping)
        parts = [_source(v, indent + 4) for v in value.get("args", ())]
        parts += [f"{k}={_source(v, indent + 4)}" for k, v in value.get("kwargs", {}).items()]
        head = _display_name(str(value["call"]))
        flat = f"{head}({', '.join(parts)})"
        if len(flat) + indent <= _LINE and "\n" not in flat:
            return flat
        return f"{head}(\n" + "".join(f"{pad}{p},\n" for p in parts) + " " * indent + ")"
    if isinstance(value, Mapping):
        items = [f"{_literal(k)}: {_source(v, indent + 4)}" for k, v in value.items()]
        flat = "{" + ", ".join(items) + "}"
        if len(flat) + indent <= _LINE and "\n" not in flat:
            return flat
        return "{\n" + "".join(f"{pad}{i},\n" for i in items) + " " * indent + "}"
    if isinstance(value, list):
        items = [_source(v, indent + 4) for v in value]
        flat = "[" + ", ".join(items) + "]"
        if len(flat) + indent <= _LINE and "\n" not in flat:
            return flat
        return "[\n" + "".join(f"{pad}{i},\n" for i in items) + " " * indent + "]"
    return _literal(value)


@dataclass(frozen=True)
class Case:
    """One bad input: what is called with what, and the exact error expected.

    Attributes:
        id: a unique, stable name.
        category: one of :data:`CATEGORIES`.
        title: the bad input in words.
        call: ``"module:qualified.name"`` or ``"recipe:name"``.
        args: positional arguments (TOML values).
        kwargs: keyword arguments (TOML values).
        error: the expected error's class name.
        message: the expected ``str(error)``, exactly.
    """

    id: str
    category: str
    title: str
    call: str
    args: tuple[object, ...]
    kwargs: Mapping[str, object]
    error: str
    message: str

    def source(self) -> str:
        """The call as Python source, as a user would write it."""
        return _source({"call": self.call, "args": list(self.args), "kwargs": dict(self.kwargs)})


@dataclass(frozen=True)
class Outcome:
    """What running a case gave.

    Attributes:
        case: the case.
        error: the class name of the error raised, or None if nothing was raised.
        message: ``str(error)``, or None.
        library_error: True if the error derives from ``CixiError``.
        message_zh: the library error's Chinese text (``error.text("zh")``), or None.
    """

    case: Case
    error: str | None
    message: str | None
    library_error: bool
    message_zh: str | None = None

    @property
    def matches(self) -> bool:
        """True when the exact class and message expected were raised."""
        return (self.error, self.message) == (self.case.error, self.case.message)

    def problem(self) -> str:
        """What differs from the expectation, in one line ("" when nothing does)."""
        if self.matches:
            return ""
        if self.error is None:
            return f"{self.case.id}: nothing was raised; expected {self.case.error}"
        return (
            f"{self.case.id}: expected {self.case.error}: {self.case.message!r}; "
            f"got {self.error}: {self.message!r}"
        )


def run(case: Case) -> Outcome:
    """Call the case's function with its inputs and record what it raised."""
    try:
        function = _resolve(case.call)
        args = [_build(v) for v in case.args]
        kwargs = {k: _build(v) for k, v in case.kwargs.items()}
        function(*args, **kwargs)
    except Exception as exc:  # the point is to see which error, whatever it is
        if isinstance(exc, CixiError):
            return Outcome(case, type(exc).__name__, str(exc), True, exc.text("zh"))
        return Outcome(case, type(exc).__name__, str(exc), False)
    return Outcome(case, None, None, False)


def _case(raw: Mapping[str, Any], index: int) -> Case:
    unknown = sorted(set(raw) - _KEYS)
    missing = sorted({"id", "category", "title", "call", "error", "message"} - set(raw))
    if unknown or missing:
        raise ValueError(f"case {index}: unknown keys {unknown}, missing keys {missing}")
    if raw["category"] not in CATEGORIES:
        raise ValueError(f"case {raw['id']}: unknown category {raw['category']!r}")
    args: Sequence[object] = raw.get("args", [])
    return Case(
        id=str(raw["id"]),
        category=str(raw["category"]),
        title=str(raw["title"]),
        call=str(raw["call"]),
        args=tuple(args),
        kwargs=dict(raw.get("kwargs", {})),
        error=str(raw["error"]),
        message=str(raw["message"]),
    )


def load_cases(path: Path = CASES_FILE) -> tuple[Case, ...]:
    """Read the cases; ids must be unique.

    Raises:
        ValueError: a malformed case or a repeated id.
    """
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    cases = tuple(_case(raw, i) for i, raw in enumerate(data.get("case", [])))
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            raise ValueError(f"case id {case.id!r} is used twice")
        seen.add(case.id)
    return cases
