"""The platforms of a scenario (平台): Complexes, Consortia and Innovation Centers.

A :class:`ComplexSpec` (综合体, Art. 5-11), :class:`ConsortiumSpec` (联合体, Art. 12-16)
or :class:`CenterSpec` (创新中心, Art. 17-21) states the facts from which the simulation
builds the platform's lifecycle and money: its parties, its dates, its yearly facts and
the events given as such.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar, Final, Generic, Self, TypeVar

import attrs

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.lifecycles.center.events import HostUnit, InnovationVehicle, VehicleKind
from cixi_innovation.lifecycles.center.lifecycle import CENTER_LIFECYCLE
from cixi_innovation.lifecycles.complex.events import LeadingBody, LeadingBodyKind, Party
from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE
from cixi_innovation.lifecycles.engine import Lifecycle
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.rules.subsidy_expenses import Expense
from cixi_innovation.scenarios._fields import (
    optional_day,
    optional_money,
    optional_probabilities,
    read_indicators,
    read_spending,
    spending_or_none,
)
from cixi_innovation.scenarios._format import (
    ASSESSMENT_RESULT,
    DATE,
    LEVEL,
    NAME,
    Key,
    Kind,
    Named,
    Shape,
    array,
    declare,
    enum,
    kind_of,
    one_of,
)
from cixi_innovation.scenarios._plain import (
    FieldReader,
    FieldReaders,
    Reader,
    checked_tuple,
    join_path,
    nonblank,
    plain,
    present,
    read_record,
    record_data,
    record_from_data,
    record_keys,
    record_shape,
    to_day,
)
from cixi_innovation.scenarios._spellings import YEAR_KEY, date_spelling
from cixi_innovation.scenarios._wording import A_LIST, A_MAPPING, Words, is_not, not_a, not_of_type
from cixi_innovation.scenarios.facts import (
    CenterYearFacts,
    ComplexYearFacts,
    ConsortiumYearFacts,
    YearFacts,
)
from cixi_innovation.scenarios.probabilities import PROBABILITIES_FORMAT, Probabilities
from cixi_innovation.scenarios.problems import Problem
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.bodies import Applicant
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.vocabulary import Level, PlatformKind

__all__ = ["CenterSpec", "ComplexSpec", "ConsortiumSpec", "PlatformSpec"]

_F = TypeVar("_F", bound="YearFacts")

#: The events a scenario gives as such, with what they are.
_COMPLEX_EVENTS: Final = {
    "level_recognition": "Recognition at a level (Art. 8 ¶2, 9 ¶2).",
    "higher_level_expiry_assessment": "The higher level's expiry assessment (Art. 9 ¶2).",
}
_CENTER_EVENTS: Final = {
    "tech_center_recognition": "Recognition as a technology innovation center (Art. 20 ¶1).",
}
_YEARS: Final = Words("a mapping of years", "年度的映射(表)")
_CALENDAR_YEAR: Final = Words("a calendar year", "公历年份")


# --- checks of the fields ---------------------------------------------------------------


def _tuple(years: Iterable[_F]) -> tuple[_F, ...]:
    """``tuple(years)``: a converter written in Python, whose signature attrs reads cheaply.

    (attrs reads the signature of every converter; a builtin's is parsed from its text,
    which first compiles the :mod:`tokenize` patterns: milliseconds at import.)
    """
    return tuple(years)


def _facts_of(years: tuple[_F, ...], year: int) -> _F | None:
    """The facts of ``year`` among a spec's yearly facts, if given."""
    for facts in years:
        if facts.year == year:
            return facts
    return None


def _check_years(facts: tuple[YearFacts, ...], cls: type) -> tuple[YearFacts, ...]:
    seen: set[int] = set()
    for index, item in enumerate(facts):
        if not isinstance(item, cls):
            raise not_of_type(item, cls.__name__, f"years[{index}]")
        if item.year in seen:
            raise InputError(
                f"the year {item.year} is given twice",
                zh=f"{item.year} 年度重复给出",
                field=f"years[{item.year}]",
            )
        seen.add(item.year)
    return tuple(sorted(facts, key=lambda f: f.year))


def _years_data(facts: tuple[YearFacts, ...]) -> dict[str, object]:
    return {str(f.year): f.to_data() for f in facts}


def _not_given(kind: str, allowed: Mapping[str, str], field: str) -> InputError:
    """The error: an event of ``kind`` is given in a scenario, which generates it."""
    return InputError(
        f"{kind} is not an event given in a scenario; give one of: "
        f"{', '.join(sorted(allowed))} (the other events are generated from the "
        "spec and its yearly facts)",
        zh=f"{kind} 不是情景中给出的事件;请给出以下之一:{'、'.join(sorted(allowed))}"
        "(其他事件由平台设定及其年度事实生成)",
        field=field,
    )


def _checked_events(
    value: object, lifecycle: Lifecycle[Any, Any], allowed: Mapping[str, str]
) -> tuple[Event, ...]:
    if not isinstance(value, list | tuple):
        raise not_a(value, A_LIST, "events")
    for index, event in enumerate(value):
        if not isinstance(event, Event) or event.kind not in allowed:
            kind = event.kind if isinstance(event, Event) else repr(event)
            raise _not_given(kind, allowed, f"events[{index}]")
        if type(event) is not lifecycle.events_by_kind[event.kind]:
            raise InputError(
                f"{event!r} is not an event of the {lifecycle.label.en} lifecycle",
                zh=f"{event!r} 不是{lifecycle.label.zh}生命周期的事件",
                field=f"events[{index}]",
            )
    # kept in the order given, not sorted by date: a problem names an event by its place
    # there (``events[1]``), and the simulation orders the events by (date, place) itself
    return tuple(value)


def _complex_events(value: object) -> tuple[Event, ...]:
    return _checked_events(value, COMPLEX_LIFECYCLE, _COMPLEX_EVENTS)


def _center_events(value: object) -> tuple[Event, ...]:
    return _checked_events(value, CENTER_LIFECYCLE, _CENTER_EVENTS)


def _check_order(pairs: Sequence[tuple[str, date | None]]) -> None:
    last_name, last = "", date.min
    for name, day in pairs:
        if day is None:
            continue
        if day < last:
            raise InputError(
                f"{day} is before {last_name} ({last})",
                zh=f"{day} 早于 {last_name}({last})",
                field=name,
            )
        last_name, last = name, day


def _parties(value: object) -> tuple[Party, ...]:
    parties = checked_tuple(value, Party, "applicants")
    if not parties:
        raise InputError(
            "a Complex is applied for by at least one applicant (Art. 6)",
            zh="综合体至少由一个申请单位提出申请(第六条)",
            field="applicants",
        )
    return parties


def _date_field(value: object) -> date:
    return to_day(value, "date")


def _host_units(value: object) -> tuple[HostUnit, ...]:
    units = checked_tuple(value, HostUnit, "host_units")
    if not units:
        raise InputError(
            "an Innovation Center has at least one host unit (Art. 18)",
            zh="创新中心至少有一个依托单位(第十八条)",
            field="host_units",
        )
    return units


# --- reading the fields -----------------------------------------------------------------


def _years(cls: type[_F]) -> FieldReader:
    """Read the yearly facts of ``cls``, a mapping of calendar years."""

    def read(r: Reader, d: Mapping[str, Any], key: str, path: str) -> tuple[_F, ...]:
        value = d.get(key, {})
        where = join_path(path, key)
        if not isinstance(value, Mapping):
            r.fail(is_not(where, value, _YEARS))
            return ()
        out: list[_F] = []
        for item_key, item in value.items():
            year: int | None = None
            if isinstance(item_key, int) and not isinstance(item_key, bool):
                year = item_key
            elif isinstance(item_key, str) and item_key.isascii() and item_key.isdigit():
                year = int(item_key)
            if year is None:
                r.fail(is_not(f"{where}[{item_key}]", item_key, _CALENDAR_YEAR))
                continue
            built = read_record(r, item, f"{where}[{year}]", cls, year)
            if built is not None:
                # equal facts are shared between platforms (immutable values)
                out.append(r.shared(built))
        return tuple(out)

    return declare(
        read,
        {
            "description": 'The facts of each calendar year, by year ("2026"); years lie inside '
            "the horizon.",
            "type": "object",
            "propertyNames": {"pattern": YEAR_KEY, "maxLength": 4},
            "additionalProperties": cls.SHAPE,
        },
    )


def _event_from_data(lifecycle: Lifecycle[Any, Any], item: Mapping[str, Any], path: str) -> Event:
    if "on" in item:
        date_spelling(item["on"], join_path(path, "on"))
    return lifecycle.event_from_data(item)


#: The kinds of the fields of the events a scenario gives, by their types.
_EVENT_FIELDS: Final[dict[str, Kind]] = {
    "date": DATE,
    "Level": LEVEL,
    "AssessmentResult": ASSESSMENT_RESULT,
}


def _event_shape(lifecycle: Lifecycle[Any, Any], kind: str, description: str) -> Shape:
    """An event of ``kind`` in a scenario file: its kind, then its fields."""
    fields = [a for a in attrs.fields(lifecycle.events_by_kind[kind]) if a.init]
    return Shape(
        (
            Key("kind", {"const": kind}, True),
            *(Key(a.name, _EVENT_FIELDS[str(a.type)], a.default is attrs.NOTHING) for a in fields),
        ),
        description,
    )


def _events(lifecycle: Lifecycle[Any, Any], allowed: Mapping[str, str]) -> FieldReader:
    """Read the events of ``lifecycle`` that a scenario gives as such (``allowed``)."""

    def read(r: Reader, d: Mapping[str, Any], key: str, path: str) -> tuple[Event, ...]:
        out: list[Event] = []
        for where, item in r.items(d, key, path):
            if not isinstance(item, Mapping):
                r.fail(is_not(where, item, A_MAPPING))
                continue
            kind = item.get("kind")
            # a kind that is not a text (a list, a mapping) is no event's either
            if not isinstance(kind, str) or kind not in allowed:
                at = join_path(where, "kind")
                r.fail(Problem.of(_not_given(repr(kind), allowed, at), at))
                continue
            built = r.build(where, _event_from_data, lifecycle, item, where)
            if built is not None:
                out.append(built)
        return tuple(out)

    shapes = [_event_shape(lifecycle, kind, text) for kind, text in allowed.items()]
    return declare(read, array(shapes[0] if len(shapes) == 1 else one_of(shapes)))


def _shared(read: FieldReader) -> FieldReader:
    """Read with ``read``; an equal value read before is shared (immutable values)."""

    def run(r: Reader, d: Mapping[str, Any], key: str, path: str) -> object:
        value = read(r, d, key, path)
        return None if value is None else r.shared(value)

    return declare(run, kind_of(read))


def _read_probabilities(r: Reader, value: object, path: str) -> Probabilities | None:
    return r.build(path, Probabilities.from_data, value, path)


declare(_read_probabilities, PROBABILITIES_FORMAT)

_APPLICANT: Final = Shape(
    (Key("kind", enum(Applicant, "Who applies (Art. 6)."), True), Key("name", NAME, True))
)
_LEADING_BODY: Final = Shape(
    (Key("kind", enum(LeadingBodyKind, "Art. 2."), True), Key("name", NAME, True))
)
_VEHICLE: Final = Shape(
    (
        Key("kind", enum(VehicleKind, "An innovation vehicle (Art. 18)."), True),
        Key("name", NAME, True),
        Key("level", LEVEL, True),
    )
)
_HOST_UNIT: Final = Shape((Key("name", NAME, True), Key("vehicles", array(_VEHICLE))))


def _applicants(r: Reader, d: Mapping[str, Any], key: str, path: str) -> tuple[Party, ...]:
    applicants: list[Party] = []
    for where, item in r.items(d, key, path):
        p = r.shaped(item, where, _APPLICANT)
        if p is None:
            continue
        kind = r.choice(Applicant, p, "kind", where)
        name = r.name(p, "name", where)
        if kind is not None:
            applicants.append(Party(kind, name))
    return tuple(applicants)


declare(_applicants, array(_APPLICANT, min_items=1))


def _leading_body(r: Reader, value: object, where: str) -> LeadingBody | None:
    lb = r.shaped(value, where, _LEADING_BODY)
    if lb is None:
        return None
    kind = r.choice(LeadingBodyKind, lb, "kind", where)
    name = r.name(lb, "name", where)
    return None if kind is None else LeadingBody(kind, name)


declare(_leading_body, _LEADING_BODY)


def _read_host_units(r: Reader, d: Mapping[str, Any], key: str, path: str) -> tuple[HostUnit, ...]:
    hosts: list[HostUnit] = []
    for where, item in r.items(d, key, path):
        h = r.shaped(item, where, _HOST_UNIT)
        if h is None:
            continue
        name = r.name(h, "name", where)
        vehicles: list[InnovationVehicle] = []
        for vwhere, v in r.items(h, "vehicles", where):
            vm = r.shaped(v, vwhere, _VEHICLE)
            if vm is None:
                continue
            kind = r.choice(VehicleKind, vm, "kind", vwhere)
            vname = r.name(vm, "name", vwhere)
            level = r.choice(Level, vm, "level", vwhere)
            if kind is not None and level is not None:
                vehicles.append(InnovationVehicle(kind, vname, level))
        hosts.append(HostUnit(name, tuple(vehicles)))
    return tuple(hosts)


declare(_read_host_units, array(_HOST_UNIT, min_items=1))


# --- writing the fields -----------------------------------------------------------------


def _host_units_data(units: tuple[HostUnit, ...]) -> list[dict[str, object]]:
    # the vehicles are written even when there are none
    return [{"name": h.name, "vehicles": plain(h.vehicles)} for h in units]


#: How the fields of a spec that plain() does not write as they should be are written.
_WRITERS: Final[dict[str, Callable[[Any], object]]] = {
    "years": _years_data,
    "host_units": _host_units_data,
}


# --- the platforms ----------------------------------------------------------------------


class _Spec(Generic[_F]):
    """What the three kinds of platform spec share: their yearly facts, checks and data."""

    __slots__ = ()
    __attrs_attrs__: ClassVar[Any]
    kind: ClassVar[PlatformKind]
    #: the class of the spec's yearly facts
    FACTS: ClassVar[type]
    #: the spec's dates, in the order in which they come
    DATES: ClassVar[tuple[str, ...]]
    KEYS: ClassVar[tuple[str, ...]]
    READERS: ClassVar[FieldReaders]
    #: the spec in the format
    SHAPE: ClassVar[Named]
    years: tuple[_F, ...]

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "years", _check_years(self.years, self.FACTS))
        self._check_parts()
        _check_order(tuple((name, getattr(self, name)) for name in self.DATES))

    def _check_parts(self) -> None:
        """Check the parts that attrs does not (none but a Complex's)."""

    def year(self, year: int) -> _F | None:
        """The facts given for ``year``, if any."""
        return _facts_of(self.years, year)

    def to_data(self) -> dict[str, object]:
        """The spec as plain data, with its ``kind`` (``"complex"``, ``"center"`` ...) first."""
        return {"kind": self.kind.code, **record_data(self, _WRITERS)}

    @classmethod
    def from_data(cls, data: object, path: str = "") -> Self:
        """Read the spec (with its ``kind``); every problem is reported."""
        return record_from_data(cls, data, path)


@frozen
class ComplexSpec(_Spec[ComplexYearFacts]):
    """An industrial innovation service complex (综合体) of the scenario (Art. 5-11).

    From these facts the simulation builds the Complex's lifecycle events (application,
    feasibility review, consultation, approval, host unit, round, annual plans, checks,
    revocations and reassignments, appraisal) and its money (Art. 10-11, 23).  The
    feasibility review, the seven opinions and the leader's approval are recorded on
    ``approved_on`` (the scenario does not date those steps separately).

    Attributes:
        id: the Complex's identifier, unique in the scenario.
        name: its name.
        industry: the field of construction (Art. 5), e.g. 智能家电.
        applicants: the town governments / sub-district offices and/or industrial
            platforms that apply (Art. 6 ¶1).
        leading_body: the industry association or platform-type enterprise (Art. 2).
        host_unit: the host unit selected (Art. 7).
        commitments: the core indicators committed in the plan (Annex 1 §3), the targets
            of the appraisal when it is scored (Art. 9, 22).
        applied_on: the application's date.
        approved_on: the leader in charge's approval (Art. 6).
        round_start: the first day of the five-year round (Art. 8; open point 8).
        host_selected_on: the report of the host unit to the Bureau; ``round_start`` when None.
        requested_subsidy: the operating subsidy requested each year (Art. 10), unless a
            year says otherwise.
        spending: the spending charged to each year's subsidy (Art. 10), unless a year
            says otherwise.
        further_rounds: after an appraisal other than "poor", start a next round on the
            day of the appraisal (where the reading of TN 9.2 allows one).
        probabilities: this Complex's probabilities (the scenario's fill the gaps).
        years: the facts of each calendar year.
        events: further events given as such: level recognitions (Art. 8 ¶2, 9 ¶2) and
            higher-level expiry assessments (Art. 9 ¶2), kept in the order given (the
            simulation takes them by date, those of one day in that order).
    """

    kind: ClassVar[PlatformKind] = PlatformKind.COMPLEX
    lifecycle: ClassVar[Lifecycle[Any, Any]] = COMPLEX_LIFECYCLE

    id: str = attrs.field(validator=nonblank)
    name: str = attrs.field(validator=nonblank)
    industry: str = attrs.field(validator=nonblank)
    applicants: tuple[Party, ...] = attrs.field(converter=_parties)
    leading_body: LeadingBody
    host_unit: str = attrs.field(validator=nonblank)
    commitments: CoreIndicators
    applied_on: date = attrs.field(converter=_date_field)
    approved_on: date = attrs.field(converter=_date_field)
    round_start: date = attrs.field(converter=_date_field)
    host_selected_on: date | None = attrs.field(default=None, converter=optional_day)
    requested_subsidy: Decimal | None = attrs.field(default=None, converter=optional_money)
    spending: tuple[Expense, ...] | None = attrs.field(default=None, converter=spending_or_none)
    further_rounds: bool = False
    probabilities: Probabilities | None = attrs.field(
        default=None, converter=optional_probabilities
    )
    years: tuple[ComplexYearFacts, ...] = attrs.field(default=(), converter=_tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_complex_events)

    READERS: ClassVar[FieldReaders] = (
        ("applicants", _applicants),
        ("leading_body", present(_leading_body)),
        ("commitments", _shared(present(read_indicators))),
        ("id", Reader.name),
        ("name", Reader.name),
        ("industry", Reader.name),
        ("host_unit", Reader.name),
        ("applied_on", Reader.day),
        ("approved_on", Reader.day),
        ("round_start", Reader.day),
        ("host_selected_on", Reader.day),
        ("requested_subsidy", Reader.money),
        ("further_rounds", Reader.flag),
        ("years", _years(ComplexYearFacts)),
        ("events", _events(COMPLEX_LIFECYCLE, _COMPLEX_EVENTS)),
        ("spending", _shared(read_spending)),
        ("probabilities", present(_read_probabilities)),
    )
    FACTS: ClassVar[type[ComplexYearFacts]] = ComplexYearFacts
    DATES: ClassVar[tuple[str, ...]] = (
        "applied_on",
        "approved_on",
        "host_selected_on",
        "round_start",
    )

    def _check_parts(self) -> None:
        if not isinstance(self.leading_body, LeadingBody):
            raise not_of_type(self.leading_body, "LeadingBody", "leading_body", article="a ")
        if not isinstance(self.commitments, CoreIndicators):
            raise not_of_type(self.commitments, "CoreIndicators", "commitments")


@frozen
class ConsortiumSpec(_Spec[ConsortiumYearFacts]):
    """An enterprise innovation consortium (联合体) of the scenario (Art. 12-16).

    The simulation builds its lifecycle (application by the chain-leader enterprise,
    expert review, consultation and approval recorded on ``approved_on``, cultivation
    start, annual plans, final acceptance) and its Art. 16 policy subsidies.

    Attributes:
        id: the Consortium's identifier, unique in the scenario.
        name: its name.
        enterprise: the chain-leader enterprise (链主型企业) that applies (Art. 13).
        track: the niche track (Art. 12).
        applied_on: the application's date.
        approved_on: the leader in charge's approval (Art. 13).
        cultivation_start: the first day of the three-year cycle (Art. 15; open point 8).
        further_rounds: after a "qualified" acceptance, start a further cycle on the day
            of the acceptance (where the reading of TN 15.3 allows one).
        probabilities: this Consortium's probabilities.
        years: the facts of each calendar year.
    """

    kind: ClassVar[PlatformKind] = PlatformKind.CONSORTIUM

    id: str = attrs.field(validator=nonblank)
    name: str = attrs.field(validator=nonblank)
    enterprise: str = attrs.field(validator=nonblank)
    track: str = attrs.field(validator=nonblank)
    applied_on: date = attrs.field(converter=_date_field)
    approved_on: date = attrs.field(converter=_date_field)
    cultivation_start: date = attrs.field(converter=_date_field)
    further_rounds: bool = False
    probabilities: Probabilities | None = attrs.field(
        default=None, converter=optional_probabilities
    )
    years: tuple[ConsortiumYearFacts, ...] = attrs.field(default=(), converter=_tuple)

    READERS: ClassVar[FieldReaders] = (
        ("id", Reader.name),
        ("name", Reader.name),
        ("enterprise", Reader.name),
        ("track", Reader.name),
        ("applied_on", Reader.day),
        ("approved_on", Reader.day),
        ("cultivation_start", Reader.day),
        ("further_rounds", Reader.flag),
        ("years", _years(ConsortiumYearFacts)),
        ("probabilities", present(_read_probabilities)),
    )
    FACTS: ClassVar[type[ConsortiumYearFacts]] = ConsortiumYearFacts
    DATES: ClassVar[tuple[str, ...]] = ("applied_on", "approved_on", "cultivation_start")


@frozen
class CenterSpec(_Spec[CenterYearFacts]):
    """An industrial technology innovation center (创新中心) of the scenario (Art. 17-21).

    The simulation builds its lifecycle (the Bureau's proposal with the host units,
    consultation and the executive meeting's approval recorded on ``approved_on``, the
    legal entity, construction, recognitions, mid-term evaluation, end-of-period check)
    and its Art. 20 matching.

    Attributes:
        id: the Center's identifier, unique in the scenario.
        name: its name.
        industry: the field (Art. 17).
        host_units: the host unit(s) and their innovation vehicles (Art. 18 ¶1).
        legal_person: the independent legal entity's name (Art. 19).
        proposed_on: the proposal of the plan by the Bureau with the host unit(s).
        approved_on: the executive meeting's approval (Art. 18 ¶2).
        established_on: the establishment of the legal entity (Art. 19).
        construction_start: the first day of the five-year round (Art. 21; open point 8).
        further_rounds: after a "qualified" end-of-period check, start a further round on
            the day of the check (where the reading of TN 21.2 allows one).
        probabilities: this Center's probabilities.
        years: the facts of each calendar year.
        events: recognitions as a technology innovation center (Art. 20 ¶1), kept in
            the order given (the simulation takes them by date, those of one day in that
            order).
    """

    kind: ClassVar[PlatformKind] = PlatformKind.INNOVATION_CENTER
    lifecycle: ClassVar[Lifecycle[Any, Any]] = CENTER_LIFECYCLE

    id: str = attrs.field(validator=nonblank)
    name: str = attrs.field(validator=nonblank)
    industry: str = attrs.field(validator=nonblank)
    host_units: tuple[HostUnit, ...] = attrs.field(converter=_host_units)
    legal_person: str = attrs.field(validator=nonblank)
    proposed_on: date = attrs.field(converter=_date_field)
    approved_on: date = attrs.field(converter=_date_field)
    established_on: date = attrs.field(converter=_date_field)
    construction_start: date = attrs.field(converter=_date_field)
    further_rounds: bool = False
    probabilities: Probabilities | None = attrs.field(
        default=None, converter=optional_probabilities
    )
    years: tuple[CenterYearFacts, ...] = attrs.field(default=(), converter=_tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_center_events)

    READERS: ClassVar[FieldReaders] = (
        ("host_units", _read_host_units),
        ("id", Reader.name),
        ("name", Reader.name),
        ("industry", Reader.name),
        ("legal_person", Reader.name),
        ("proposed_on", Reader.day),
        ("approved_on", Reader.day),
        ("established_on", Reader.day),
        ("construction_start", Reader.day),
        ("further_rounds", Reader.flag),
        ("years", _years(CenterYearFacts)),
        ("events", _events(CENTER_LIFECYCLE, _CENTER_EVENTS)),
        ("probabilities", present(_read_probabilities)),
    )
    FACTS: ClassVar[type[CenterYearFacts]] = CenterYearFacts
    DATES: ClassVar[tuple[str, ...]] = (
        "proposed_on",
        "approved_on",
        "established_on",
        "construction_start",
    )


#: A platform of a scenario, whichever its kind.
PlatformSpec = ComplexSpec | ConsortiumSpec | CenterSpec

for _spec, _description in (
    (ComplexSpec, "An industrial innovation service complex, 综合体 (Art. 5-11)."),
    (ConsortiumSpec, "An enterprise innovation consortium, 联合体 (Art. 12-16)."),
    (CenterSpec, "An industrial technology innovation center, 创新中心 (Art. 17-21)."),
):
    # the keys of a spec's mapping: its kind, then its fields
    _spec.KEYS = record_keys(_spec, _spec.READERS, "kind")
    _code = _spec.kind.code
    _spec.SHAPE = Named(
        _code,
        record_shape(
            _spec, _spec.READERS, _description, first=(Key("kind", {"const": _code}, True),)
        ),
    )
