"""Settings of a scenario by name (情景设定), for what-if variants: ``NAME=VALUE``.

A what-if variant is the scenario with some of its parameters, readings or open inputs
set otherwise: the annual cap of Art. 10, the share of salaries, a reading of Art. 24,
the Art. 20 matching ratio.  A setting names its place in the scenario file, as a
dotted path: ``parameters.operating_subsidy_cap``, ``readings.consultation``,
``measures.effective``, ``inputs.matching_ratio``, ``calendar.settlement``,
``inputs.policy_subsidy_schedule.iur_cooperation.rate``.  The key of a parameter, a
reading, a reading of Art. 24 or an open input may be given alone
(``operating_subsidy_cap``), since no two of them share a name.

:func:`with_settings` applies settings to a scenario through its plain data, so a value
is read and checked exactly as in a scenario file, and a wrong name or value is an
:class:`~cixi_innovation.values.errors.InputError` naming the setting:

>>> from cixi_innovation.scenarios.default import default_scenario
>>> variant = with_settings(default_scenario(), {"operating_subsidy_cap": "400000"})
>>> variant.parameters.operating_subsidy_cap
Decimal('400000.00')
>>> with_settings(default_scenario(), {"annual_cap": "400000"})
Traceback (most recent call last):
...
cixi_innovation.values.errors.InputError: annual_cap: not a setting of a scenario; name a key of parameters, readings, measures or inputs, or a dotted path such as parameters.operating_subsidy_cap
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from cixi_innovation.law.parameter_info import INFO as PARAMETER_INFO
from cixi_innovation.law.readings import Readings
from cixi_innovation.scenarios._wording import A_SCENARIO, not_a
from cixi_innovation.scenarios.inputs import Inputs
from cixi_innovation.scenarios.problems import ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.errors import InputError

__all__ = ["SECTIONS", "parse_setting", "setting_names", "setting_path", "with_settings"]

#: The sections of a scenario a setting may change.
SECTIONS: Final = (
    "parameters", "readings", "measures", "inputs", "calendar", "horizon", "probabilities",
    "force",
)  # fmt: skip

_MEASURES_KEYS: Final = ("effective", "validity", "base")


def setting_names() -> dict[str, str]:
    """Each key that may be given alone → its section, in the order of a scenario file."""
    names = dict.fromkeys(PARAMETER_INFO, "parameters")
    names |= dict.fromkeys((a.name for a in attrs.fields(Readings)), "readings")
    names |= dict.fromkeys(_MEASURES_KEYS, "measures")
    names |= dict.fromkeys((a.name for a in attrs.fields(Inputs)), "inputs")
    return names


_NOT_A_SETTING: Final = (
    "not a setting of a scenario; name a key of parameters, readings, measures or inputs, "
    "or a dotted path such as parameters.operating_subsidy_cap"
)
_NOT_A_SETTING_ZH: Final = (
    "不是情景的设定项;请写 parameters、readings、measures 或 inputs 中的键,"
    "或带点的路径,如 parameters.operating_subsidy_cap"
)


def _not_a_setting(name: str) -> InputError:
    return InputError(_NOT_A_SETTING, zh=_NOT_A_SETTING_ZH, field=name)


def setting_path(name: str) -> tuple[str, ...]:
    """The place in a scenario's data that the setting ``name`` sets.

    Raises:
        InputError: ``name`` is neither a known key nor a path under :data:`SECTIONS`.
    """
    parts = tuple(name.split("."))
    if len(parts) == 1:
        section = setting_names().get(name)
        if section is None and name != "force":
            raise _not_a_setting(name)
        return parts if section is None else (section, name)
    if parts[0] not in SECTIONS or parts[0] == "force" or not all(parts):
        raise _not_a_setting(name)
    return parts


def parse_setting(text: str) -> tuple[str, object]:
    """``NAME=VALUE`` as (name, value): the value read as a TOML value when it is one.

    ``10`` is a whole number and ``true`` a truth value; anything else, and a number
    with a fraction (money and ratios are exact), stays text: ``400000.50``, ``1/2``,
    ``strict``.

    Raises:
        InputError: no ``=``, or nothing before it.
    """
    name, sign, value = text.partition("=")
    name = name.strip()
    if not sign or not name:
        raise InputError(
            f"{text!r} is not NAME=VALUE", zh=f"{text!r} 不是“名称=值”", field="setting"
        )
    value = value.strip()
    try:
        typed = tomllib.loads(f"v = {value}")["v"]
    except tomllib.TOMLDecodeError:
        return name, value
    return name, value if isinstance(typed, float) else typed


def _set(data: dict[str, Any], name: str, value: object) -> None:
    *parents, key = setting_path(name)
    node = data
    for part in parents:
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise InputError(
                f"{part!r} holds a value, not settings",
                zh=f"{part!r} 是一个值,不含设定项",
                field=name,
            )
        node = child
    node[key] = value


def with_settings(
    scenario: Scenario, settings: Mapping[str, object] | Iterable[tuple[str, object]]
) -> Scenario:
    """``scenario`` with each setting (name → value) applied, read as a scenario file is.

    Raises:
        InputError: an unknown setting, or a value the scenario refuses, named by the
            setting and, for a value, by the problem the scenario found.
    """
    if not isinstance(scenario, Scenario):
        raise not_a(scenario, A_SCENARIO, "scenario")
    pairs = list(settings.items() if isinstance(settings, Mapping) else settings)
    data = scenario.to_data()
    for name, value in pairs:
        if not isinstance(name, str):
            raise InputError(
                f"{name!r} is not the name of a setting",
                zh=f"{name!r} 不是设定项的名称",
                field="settings",
            )
        _set(data, name, value)
    try:
        return Scenario.from_data(data)
    except ScenarioError as error:
        problem = error.problems[0]
        for name, _ in pairs:
            path = ".".join(setting_path(name))
            if problem.path == path or problem.path.startswith((f"{path}.", f"{path}[")):
                raise InputError(problem.message, zh=problem.zh, field=name) from None
        # the settings together make another part of the scenario wrong
        names = ", ".join(name for name, _ in pairs)
        raise InputError(
            f"makes the scenario wrong: {problem}",
            zh=f"使情景出错:{problem.text('zh')}",
            field=names,
        ) from None
