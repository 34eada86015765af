"""The scenario (情景): a portfolio of platforms over a horizon of calendar years.

A :class:`Scenario` describes a portfolio of Complexes
(:class:`~cixi_innovation.scenarios.platforms.ComplexSpec`), Consortia
(:class:`~cixi_innovation.scenarios.platforms.ConsortiumSpec`) and Innovation Centers
(:class:`~cixi_innovation.scenarios.platforms.CenterSpec`) over a horizon of calendar
years (2025-2029 by default, the years in which the Measures are in force, Art. 24),
together with everything the Measures leave to the caller:

* :class:`~cixi_innovation.scenarios.inputs.Inputs` -- the values the Measures do not
  give (the Art. 10 advance and the link of the settlement to the annual check, the
  Art. 16 schedule, the Art. 20 matching ratio, the Art. 22 scoring thresholds) and the
  named readings of the rules (carry-over, remuneration base, Art. 16 count, Art. 23
  matching).  Each is None by default; a simulation that needs one for some platform
  raises :class:`~cixi_innovation.values.errors.MissingInputError` citing the article, and
  only then.
* :class:`~cixi_innovation.scenarios.horizon.Calendar` -- *the scenario's calendar
  conventions*: on which day of the year the annual plans are reported, the advance is
  paid, the annual check is held, the settlement is made, and so on.  The Measures fix
  none of these days ("年初", "次年" are not dated, TN 8.4, TN 10.6); the defaults are
  conventions of the scenario, not policy, and every one of them can be changed.
* per platform and calendar year, explicit facts
  (:mod:`~cixi_innovation.scenarios.facts`): assessment results, requests and spending,
  inspection findings, Art. 16 claims, higher-level subsidies received, overlapping
  candidates of other policies (Art. 23) ...
* :class:`~cixi_innovation.scenarios.probabilities.Probabilities` -- exact fractions from
  which an outcome not given explicitly is drawn (with a seed) when the scenario is
  simulated.  Explicit facts always win; an outcome that is needed and given neither
  way is an error naming its path.

Every value is immutable, compares structurally and is validated when it is built.
Each has ``to_data()`` (plain JSON-ready data: money, fractions and dates as strings,
None left out) and ``from_data(data, path="")``, which reports *every* problem found as
a :class:`~cixi_innovation.scenarios.problems.Problem` (a path such as
``platforms[2].years[2026].assessment`` and a message) in one
:class:`~cixi_innovation.scenarios.problems.ScenarioError`; nothing is half-built, and
unknown keys are problems too:

>>> from cixi_innovation.scenarios.default import default_scenario
>>> data = default_scenario().to_data()
>>> Scenario.from_data(data) == default_scenario()
True
>>> data["platforms"][2]["events"] = [{"kind": "level_recognition", "on": "2023-02-30", "level": "ningbo"}]
>>> data["platforms"][2]["years"]["2026"]["assesment"] = "qualified"
>>> Scenario.from_data(data)
Traceback (most recent call last):
...
cixi_innovation.scenarios.problems.ScenarioError: 2 problems in the scenario:
  platforms[2].years[2026].assesment: unknown key; expected one of: assessment, higher_level_evaluation, appraisal, indicators, requested, spending, findings, carried_over, higher_level_in_year, overlaps
  platforms[2].events[0].on: '2023-02-30' is not a date (YYYY-MM-DD)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any, Final, TypeVar

import attrs

from cixi_innovation.law.measures import (
    MEASURES,
    EffectiveDateReading,
    ForceCheck,
    Measures,
    PublicationBaseReading,
    ValidityReading,
)
from cixi_innovation.law.parameter_info import INFO as PARAMETER_INFO
from cixi_innovation.law.parameters import PARAMETERS, Parameters
from cixi_innovation.law.readings import READINGS, Readings
from cixi_innovation.scenarios._fields import optional_probabilities
from cixi_innovation.scenarios._format import (
    MONEY,
    NAME,
    SHARE,
    TEXT,
    Key,
    Kind,
    Shape,
    array,
    enum,
)
from cixi_innovation.scenarios._plain import (
    Reader,
    checked_tuple,
    join_path,
    nonblank,
    raise_if_any,
    read_record,
)
from cixi_innovation.scenarios._spellings import spelled_ratio
from cixi_innovation.scenarios._wording import A_MAPPING, is_not, not_of_type
from cixi_innovation.scenarios.horizon import CALENDAR_FORMAT, HORIZON_FORMAT, Calendar, Horizon
from cixi_innovation.scenarios.inputs import INPUTS_FORMAT, Inputs
from cixi_innovation.scenarios.platforms import (
    CenterSpec,
    ComplexSpec,
    ConsortiumSpec,
    PlatformSpec,
)
from cixi_innovation.scenarios.probabilities import PROBABILITIES_FORMAT, Probabilities
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = ["SCENARIO_FORMAT", "SCENARIO_SCHEMA_VERSION", "Scenario"]

#: Version of the plain-data form of a scenario; bumped on any incompatible change.
SCENARIO_SCHEMA_VERSION: Final = "1"

_T = TypeVar("_T")

# the defaults of a scenario: immutable values, shared
_HORIZON: Final = Horizon()
_INPUTS: Final = Inputs()
_CALENDAR: Final = Calendar()

_SHARED_DEFAULTS: Final = {
    "measures": MEASURES,
    "parameters": PARAMETERS,
    "readings": READINGS,
    "calendar": _CALENDAR,
}

_KINDS: Final[dict[str, type[PlatformSpec]]] = {
    spec.kind.code: spec for spec in (ComplexSpec, ConsortiumSpec, CenterSpec)
}


def _readings_data(readings: Readings) -> dict[str, str]:
    return {a.name: getattr(readings, a.name).code for a in attrs.fields(Readings)}


def _measures_data(measures: Measures) -> dict[str, str]:
    return {
        "effective": measures.effective_reading.code,
        "validity": measures.validity_reading.code,
        "base": measures.base_reading.code,
    }


def _check_measures(_: object, attribute: attrs.Attribute[Measures], value: object) -> None:
    if not isinstance(value, Measures):
        raise not_of_type(value, "Measures", "measures")
    expected = MEASURES.with_readings(
        effective=value.effective_reading, validity=value.validity_reading, base=value.base_reading
    ).with_parameters(value.parameters)  # the scenario counts them with its own parameters
    if value != expected:
        raise InputError(
            "only the readings of Art. 24 may differ from the Measures' metadata",
            zh="与《办法》元数据不同的只能是第二十四条的解读",
            field="measures",
        )


def _cross_problems(
    horizon: Horizon, platforms: Iterable[tuple[int, PlatformSpec]]
) -> list[Problem]:
    """Duplicate ids and years outside the horizon, for platforms given with their index."""
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, spec in platforms:
        where = f"platforms[{index}]"
        if spec.id in seen:
            problems.append(
                Problem(
                    join_path(where, "id"),
                    f"{spec.id!r} is already the id of platforms[{seen[spec.id]}]",
                    zh=f"{spec.id!r} 已是 platforms[{seen[spec.id]}] 的编号",
                )
            )
        else:
            seen[spec.id] = index
        for facts in spec.years:
            if facts.year not in horizon:
                problems.append(
                    Problem(
                        f"{where}.years[{facts.year}]",
                        f"{facts.year} is outside the horizon {horizon.first}-{horizon.last}",
                        zh=f"{facts.year} 在模拟期 {horizon.first}-{horizon.last} 之外",
                    )
                )
    return problems


def _force(value: object) -> ForceCheck:
    return ForceCheck.parse(value, field="force")


def _platforms(value: object) -> tuple[PlatformSpec, ...]:
    specs: tuple[PlatformSpec, ...] = checked_tuple(
        value, (ComplexSpec, ConsortiumSpec, CenterSpec), "platforms"
    )
    return specs


@frozen
class Scenario:
    """A portfolio of platforms over a horizon of calendar years, with its open inputs.

    Attributes:
        title: what the scenario is (say there whether its inputs are assumptions).
        notes: free notes: sources, assumptions, caveats.
        horizon: the calendar years simulated (2025-2029 by default).
        measures: the Measures under the chosen readings of Art. 24, counted with the
            scenario's ``parameters`` (``effective_after_days``, ``validity_years``):
            whatever Measures are given, the scenario holds them with its own numbers, so
            that the lifecycles, the rules and the calendar all apply one period of force.
        parameters: the numbers of the Measures (vary them for a what-if study).
        readings: the readings of the open lifecycle provisions.
        inputs: the values and rule readings the Measures leave open.
        calendar: the scenario's calendar conventions (not policy).
        force: refuse or flag events and decisions dated outside the Measures' force
            (Art. 24); flag it to record platforms that existed before the Measures.
        probabilities: the portfolio's probabilities (a platform's own take precedence).
        platforms: the Complexes, Consortia and Innovation Centers, ids unique.

    Raises:
        ScenarioError: every problem found (duplicate ids, years outside the horizon ...).
    """

    title: str = attrs.field(validator=nonblank)
    notes: str = ""
    horizon: Horizon = _HORIZON
    measures: Measures = attrs.field(default=MEASURES, validator=_check_measures)
    parameters: Parameters = PARAMETERS
    readings: Readings = READINGS
    inputs: Inputs = _INPUTS
    calendar: Calendar = _CALENDAR
    force: ForceCheck = attrs.field(default=ForceCheck.REFUSE, converter=_force)
    probabilities: Probabilities | None = attrs.field(
        default=None, converter=optional_probabilities
    )
    platforms: tuple[PlatformSpec, ...] = attrs.field(default=(), converter=_platforms)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        checks: tuple[tuple[str, object, type], ...] = (
            ("horizon", self.horizon, Horizon),
            ("parameters", self.parameters, Parameters),
            ("readings", self.readings, Readings),
            ("inputs", self.inputs, Inputs),
            ("calendar", self.calendar, Calendar),
        )
        for name, value, cls in checks:
            if not isinstance(value, cls):
                problems.append(Problem.of(not_of_type(value, cls.__name__, name), name))
        if isinstance(self.horizon, Horizon):
            problems += _cross_problems(self.horizon, enumerate(self.platforms))
        parameters: object = self.parameters  # checked above: it may be of another type
        if isinstance(parameters, Parameters) and self.measures.parameters not in (
            PARAMETERS,
            parameters,
        ):
            problems.append(
                Problem(
                    "measures",
                    "the Measures' Art. 24 numbers differ from the scenario's parameters; "
                    "give them in parameters (effective_after_days, validity_years)",
                    zh="《办法》第二十四条的数值与情景的参数不同;"
                    "请在 parameters 中给出(effective_after_days、validity_years)",
                )
            )
        raise_if_any(problems)
        if self.measures.parameters is not self.parameters:
            # Art. 24's 30 days and five years are parameters of the scenario too
            object.__setattr__(self, "measures", self.measures.with_parameters(self.parameters))

    @property
    def years(self) -> tuple[int, ...]:
        """The calendar years simulated."""
        return self.horizon.years

    def platform(self, platform_id: str) -> PlatformSpec:
        """The platform whose id is ``platform_id``.

        Raises:
            InputError: no such platform.
        """
        for spec in self.platforms:
            if spec.id == platform_id:
                return spec
        raise InputError(
            f"{platform_id!r} is not a platform of the scenario",
            zh=f"{platform_id!r} 不是本情景中的平台",
            field="platform_id",
        )

    def probabilities_of(self, spec: PlatformSpec) -> Probabilities | None:
        """The probabilities that apply to ``spec``: its own, then the scenario's."""
        if spec.probabilities is None:
            return self.probabilities
        return spec.probabilities.merged(self.probabilities)

    def replace(self, **changes: Any) -> Scenario:
        """A copy with ``changes`` applied and validated."""
        return attrs.evolve(self, **changes)

    def to_data(self) -> dict[str, object]:
        """The scenario as plain JSON-ready data (``schema_version`` first)."""
        out: dict[str, object] = {
            "schema_version": SCENARIO_SCHEMA_VERSION,
            "title": self.title,
        }
        if self.notes:
            out["notes"] = self.notes
        out |= {
            "horizon": self.horizon.to_data(),
            "measures": _measures_data(self.measures),
            "parameters": self.parameters.as_dict(),
            "readings": _readings_data(self.readings),
            "inputs": self.inputs.to_data(),
            "calendar": self.calendar.to_data(),
            "force": self.force.code,
        }
        if self.probabilities is not None:
            out["probabilities"] = self.probabilities.to_data()
        out["platforms"] = [spec.to_data() for spec in self.platforms]
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "") -> Scenario:
        """Read a scenario from plain data (as :meth:`to_data` gives, or a TOML/JSON file).

        Every problem is collected and reported at once.

        Raises:
            ScenarioError: with ``problems``, each naming its path.
        """
        r = Reader()
        d = r.shaped(data, path, SCENARIO_FORMAT)
        if d is None:
            raise ScenarioError(r.problems)
        version = d.get("schema_version", SCENARIO_SCHEMA_VERSION)
        if version != SCENARIO_SCHEMA_VERSION:
            r.fail(
                Problem(
                    join_path(path, "schema_version"),
                    f"unsupported scenario schema version {version!r} "
                    f"(expected {SCENARIO_SCHEMA_VERSION!r})",
                    zh=f"不支持的情景格式版本 {version!r}(应为 {SCENARIO_SCHEMA_VERSION!r})",
                )
            )
        kwargs: dict[str, Any] = {
            "title": r.name(d, "title", path),
            "notes": r.text(d, "notes", path),
        }
        sections: tuple[tuple[str, Callable[[object, str], Any]], ...] = (
            ("horizon", Horizon.from_data),
            ("inputs", Inputs.from_data),
            ("calendar", Calendar.from_data),
            ("probabilities", Probabilities.from_data),
            ("measures", _read_measures),
            ("parameters", _read_parameters),
            ("readings", _read_readings),
        )
        for name, read in sections:
            if name in d:
                where = join_path(path, name)
                kwargs[name] = r.build(where, read, d[name], where)
        for name, default in _SHARED_DEFAULTS.items():
            if kwargs.get(name) == default:
                # a section equal to its default is the default, as when it is left out
                kwargs[name] = default
        kwargs["force"] = r.choice(ForceCheck, d, "force", path) or ForceCheck.REFUSE
        platforms: list[PlatformSpec] = []
        indexed: list[tuple[int, PlatformSpec]] = []
        for index, (where, item) in enumerate(r.items(d, "platforms", path)):
            if not isinstance(item, Mapping):
                r.fail(is_not(where, item, A_MAPPING))
                continue
            kind = item.get("kind")
            spec_class = _KINDS.get(kind) if isinstance(kind, str) else None
            if spec_class is None:
                r.fail(
                    Problem(
                        join_path(where, "kind"),
                        f"{kind!r} is not a kind of platform; choose one of: {', '.join(_KINDS)}",
                        zh=f"{kind!r} 不是可选的平台类型;可选:{'、'.join(_KINDS)}",
                    )
                )
                continue
            spec = read_record(r, item, where, spec_class)
            if spec is not None:
                platforms.append(spec)
                indexed.append((index, spec))
        kwargs["platforms"] = tuple(platforms)
        if r.problems:
            horizon = kwargs.get("horizon")
            r.problems += _cross_problems(
                horizon if isinstance(horizon, Horizon) else Horizon(), indexed
            )
        else:
            kwargs = {k: v for k, v in kwargs.items() if v is not None}
            built = r.build(path, cls, **kwargs)
            if built is not None:
                return built
        raise ScenarioError(r.problems)


def _with_paths(
    read: Callable[[Reader, Mapping[str, Any], str], _T],
) -> Callable[[object, str], _T]:
    def run(value: object, path: str) -> _T:
        r = Reader()
        result = read(r, value, path)  # type: ignore[arg-type]
        raise_if_any(r.problems)
        return result

    return run


def _read_measures_into(r: Reader, value: Mapping[str, Any], path: str) -> Measures:
    d = r.shaped(value, path, _MEASURES_FORMAT)
    if d is None:
        return MEASURES
    effective = r.choice(EffectiveDateReading, d, "effective", path)
    validity = r.choice(ValidityReading, d, "validity", path)
    base = r.choice(PublicationBaseReading, d, "base", path)
    return MEASURES.with_readings(effective=effective, validity=validity, base=base)


def _read_parameters_into(r: Reader, value: Mapping[str, Any], path: str) -> Parameters:
    d = r.shaped(value, path, _PARAMETERS_FORMAT)
    if d is None:
        return PARAMETERS
    kwargs: dict[str, Any] = {}
    for name in PARAMETER_INFO:
        if name not in d:
            continue
        where = join_path(path, name)
        current = getattr(PARAMETERS, name)
        if isinstance(current, int):
            kwargs[name] = r.integer(d, name, path, current)
        elif isinstance(current, Decimal):
            kwargs[name] = r.money(d, name, path)
        else:
            kwargs[name] = r.build(where, spelled_ratio, d[name], where)
    if r.problems:
        return PARAMETERS
    built = r.build(path, Parameters, **kwargs)
    return PARAMETERS if built is None else built


def _read_readings_into(r: Reader, value: Mapping[str, Any], path: str) -> Readings:
    d = r.shaped(value, path, _READINGS_FORMAT)
    if d is None:
        return READINGS
    kwargs: dict[str, Any] = {}
    for name in _READINGS_FORMAT.names:
        if name in d:
            where = join_path(path, name)
            kwargs[name] = r.build(where, _one_reading, name, d[name])
    if r.problems:
        return READINGS
    return Readings(**kwargs)


def _one_reading(name: str, value: object) -> object:
    return getattr(Readings(**{name: value}), name)


_read_measures = _with_paths(_read_measures_into)
_read_parameters = _with_paths(_read_parameters_into)
_read_readings = _with_paths(_read_readings_into)


# --- the scenario file ------------------------------------------------------------------

_MEASURES_FORMAT: Final = Shape(
    (
        Key(
            "effective",
            enum(EffectiveDateReading, "How 自发布之日起30日后施行 is counted (Art. 24)."),
        ),
        Key("validity", enum(ValidityReading, "How 有效期五年 is counted (Art. 24).")),
        Key("base", enum(PublicationBaseReading, "Which date 发布之日 is (TN 24.1).")),
    ),
    "The readings of Art. 24.",
)


def _parameter_kind(name: str) -> Kind:
    # as _read_parameters_into reads each parameter: by the type of its default
    current = getattr(PARAMETERS, name)
    if isinstance(current, int):
        return {"type": "integer", "minimum": 1}
    return MONEY if isinstance(current, Decimal) else SHARE


_PARAMETERS_FORMAT: Final = Shape(
    tuple(Key(name, _parameter_kind(name)) for name in PARAMETER_INFO),
    "The numbers of the Measures, for what-if studies.",
)

#: What each reading of the lifecycles is about.
_READINGS_ABOUT: Final = {
    "consultation": "Which task-group units must be consulted before approval (Art. 6 ¶1, TN 6.2).",
    "after_appraisal": 'What follows an end-of-round appraisal other than "poor" (Art. 9 ¶1, '
    "TN 9.2).",
    "reassignment": "What the units authorised after a revocation take over (Art. 8, TN 8.3).",
    "cultivation_start": "When a Consortium's three-year cultivation cycle starts (Art. 15, "
    "open point 8).",
    "after_cultivation": "What a cultivation qualification retained at the end of a cycle "
    "leads to (Art. 15, TN 15.3).",
    "host_vehicle": "Which new-type R&D institutions count as a host unit's vehicle (Art. 18 "
    "¶1, TN 18.2).",
    "construction_start": "When an Innovation Center's five-year round starts (Art. 21, "
    "TN 21.1, open point 8).",
    "after_center_round": 'What follows a "qualified" end-of-period check of an Innovation '
    "Center (Art. 21, TN 21.2).",
    "matching_after_termination": "Whether Art. 20 matching ends with an Innovation Center's "
    "policy support (Art. 21, open point 7).",
    "host_unit_report": 'What "报市科技局" asks of the host unit\'s selection (Art. 7 ¶1, '
    "open point 11).",
    "plan_outline": "What a plan missing a part of its annex's outline leads to (Annexes 1-3, "
    "Art. 6, 13, 18 ¶2).",
}


def _choices(default: object) -> type[LabelledEnum]:
    assert isinstance(default, LabelledEnum)  # a reading's default is one of its choices
    return type(default)


_READINGS_FORMAT: Final = Shape(
    tuple(
        Key(a.name, enum(_choices(a.default), _READINGS_ABOUT[a.name]))
        for a in attrs.fields(Readings)
    ),
    "The readings of the open lifecycle provisions.",
)

#: A scenario file, as :meth:`Scenario.from_data` reads it.
SCENARIO_FORMAT: Final = Shape(
    (
        Key("schema_version", {"const": SCENARIO_SCHEMA_VERSION}),
        Key("title", NAME, True),
        Key("notes", TEXT),
        Key("horizon", HORIZON_FORMAT),
        Key("measures", _MEASURES_FORMAT),
        Key("parameters", _PARAMETERS_FORMAT),
        Key("readings", _READINGS_FORMAT),
        Key("inputs", INPUTS_FORMAT),
        Key("calendar", CALENDAR_FORMAT),
        Key(
            "force",
            enum(ForceCheck, "Refuse or flag what is dated outside the Measures' force (Art. 24)."),
        ),
        Key("probabilities", PROBABILITIES_FORMAT),
        Key(
            "platforms",
            {
                "description": "The Complexes, Consortia and Innovation Centers; ids are unique.",
                **array(
                    {
                        "type": "object",
                        "required": ["kind"],
                        "properties": {"kind": {"enum": list(_KINDS)}},
                        "oneOf": [spec.SHAPE for spec in _KINDS.values()],
                    }
                ),
            },
        ),
    ),
    "A portfolio scenario of the Cixi City Interim Measures for the Management of Industrial "
    "Innovation Platforms (慈政办发〔2024〕57号), schema version 1, as Scenario.from_data "
    "reads it from a JSON or TOML file. Keys, nesting, required keys, types and codes are "
    "exact; checks that need arithmetic or several values (an amount below 10^15 yuan in "
    "whole fen, a probability at most 1, dates that exist and come in order, years inside "
    "the horizon, unique ids) are the library's, and so is refusing a JSON number such as "
    "2025.0, which a JSON Schema validator counts as an integer but the library reads as a "
    "float.",
)
