"""Seeded portfolios of all-different platforms, the shape of a real Cixi portfolio.

``portfolio_data(n, seed)`` gives the plain data of a scenario of ``n`` platforms (the
form :meth:`Scenario.from_data` reads and :func:`to_toml` writes), ``portfolio(n, seed)``
the scenario itself and ``portfolio_toml(n, seed)`` its TOML text.  The scenario's
settings (measures, parameters, readings, open inputs, calendar, horizon 2025-2029,
``force = "flag"``) are the default scenario's; its platforms follow the default mix of
kinds (in every ten, five Complexes, three Consortia and two Innovation Centers), and
each platform has its own:

* dates: applications from 2021 to 2026, approvals, starts of the round or cycle;
* level recognitions (a Complex at Ningbo or provincial level, a Center's technology
  center) on a day of its own, for about half of them;
* amounts: the subsidy requested, the spending and its categories, carry-overs,
  the Art. 16 claims and their costs, the higher-level subsidies of a Center;
* inspection findings and overlapping candidates of other policies in some years;
* outcomes: about half of the yearly outcomes given, the others drawn;
* probabilities: about a third of the platforms have their own, the others use the
  portfolio's.

Nothing is copied from one platform to another: ids, names, dates and amounts all
come from one ``random.Random(seed)``.  The same ``(n, seed)`` always gives the same
portfolio.  Run as a script to write a portfolio file::

    python benchmarks/portfolios.py 10000 --seed 1 > portfolio-10000.toml
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from typing import Any, Final

from cixi_innovation.scenarios.default import DEFAULT_SCENARIO_DATA
from cixi_innovation.scenarios.files import to_toml
from cixi_innovation.scenarios.scenario import Scenario

__all__ = ["KINDS", "PROBABILITIES", "portfolio", "portfolio_data", "portfolio_toml"]

#: The default mix of kinds, per ten platforms (as in the default scenario).
KINDS: Final = ("complex",) * 5 + ("consortium",) * 3 + ("center",) * 2

_FIRST, _LAST = 2025, 2029

#: The portfolio's probabilities, for the platforms without their own.
PROBABILITIES: Final = {
    "unqualified_annual_assessment": "1/10",
    "poor_higher_level_evaluation": "1/20",
    "poor_appraisal": "1/10",
    "unqualified_consortium_acceptance": "1/5",
    "poor_mid_term": "1/10",
    "unqualified_center_acceptance": "1/10",
}
#: The probabilities a platform of each kind may have of its own.
_OWN: Final = {
    "complex": (
        "unqualified_annual_assessment",
        "poor_higher_level_evaluation",
        "poor_appraisal",
    ),
    "consortium": ("unqualified_consortium_acceptance",),
    "center": ("poor_mid_term", "unqualified_center_acceptance"),
}
_TOWNS: Final = ("观海卫镇", "周巷镇", "掌起镇", "龙山镇", "坎墩街道", "宗汉街道", "浒山街道")
_INDUSTRIES: Final = ("智能家电", "汽车零部件", "轴承", "生命健康", "新材料", "模具", "电子")
_SPENDING: Final = (
    "rent_utilities_property",
    "shared_platform_and_showroom",
    "exchange_cooperation",
)
_VEHICLES: Final = ("key_enterprise_research_institute", "new_type_rd_institution")
_SOURCES: Final = ("higher_level_policy", "other_cixi_policy")
_TRIGGERS: Final = ("iur_cooperation", "large_test_equipment")


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def _dates(rng: random.Random, first: date, last: date, *gaps: tuple[int, int]) -> list[date]:
    """A day between ``first`` and ``last``, then one more day after each gap (in days)."""
    days = [_day(rng, first, last)]
    for low, high in gaps:
        days.append(days[-1] + timedelta(days=rng.randint(low, high)))
    return days


def _yuan(rng: random.Random, low: int, high: int, step: int = 1_000) -> str:
    """An amount in yuan between ``low`` and ``high``, a multiple of ``step``, as a string."""
    return f"{rng.randrange(low // step, high // step + 1) * step}.00"


def _fraction(rng: random.Random) -> str:
    return f"{rng.randint(1, 5)}/{rng.choice((20, 25, 40, 50))}"


def _probabilities(rng: random.Random, kind: str) -> dict[str, str]:
    return {name: _fraction(rng) for name in _OWN[kind]}


def _indicators(rng: random.Random) -> dict[str, object]:
    return {
        "industry_output_value": _yuan(rng, 10_000_000_000, 130_000_000_000, 1_000_000),
        "valid_hte_share": f"{rng.randint(15, 35)}/100",
        "above_scale_rd_intensity": f"{rng.randint(15, 40)}/1000",
        "above_scale_rd_institution_rate": f"{rng.randint(35, 70)}/100",
        "valid_invention_patents": rng.randint(400, 900),
    }


def _overlaps(rng: random.Random, low: int, high: int) -> list[dict[str, str]]:
    return [
        {
            "source": rng.choice(_SOURCES),
            "policy": f"其他政策补助{rng.randrange(1000)}",
            "amount": _yuan(rng, low, high),
        }
    ]


def _maybe(rng: random.Random, out: dict[str, Any], key: str, choices: tuple[str, str]) -> None:
    """Give the outcome ``key`` in about half of the years (the others are drawn)."""
    if rng.random() < 0.5:
        out[key] = choices[rng.random() < 0.9]


def _complex(rng: random.Random, number: int) -> dict[str, Any]:
    applied, approved, start = _dates(rng, date(2021, 1, 1), date(2026, 6, 30), (30, 120), (10, 60))
    industry = rng.choice(_INDUSTRIES)
    town = rng.choice(_TOWNS)
    staff = rng.randrange(60, 160) * 1_000
    spec: dict[str, Any] = {
        "kind": "complex",
        "id": f"CX-{number:06d}",
        "name": f"慈溪{town}{industry}产业创新服务综合体{number}",
        "industry": industry,
        "host_unit": f"慈溪{industry}科创服务有限公司{number}",
        "applied_on": applied.isoformat(),
        "approved_on": approved.isoformat(),
        "round_start": start.isoformat(),
        "requested_subsidy": _yuan(rng, 200_000, 600_000),
        "applicants": [{"kind": "town_government", "name": f"{town}人民政府{number}"}],
        "leading_body": {"kind": "industry_association", "name": f"慈溪市{industry}行业协会"},
        "commitments": _indicators(rng),
        "spending": [
            {
                "amount": f"{staff}.00",
                "category": "staff_remuneration",
                "full_time_daily_staff": True,
            },
            *(
                {"amount": _yuan(rng, 50_000, 150_000), "category": category}
                for category in rng.sample(_SPENDING, rng.randint(1, 3))
            ),
        ],
    }
    if rng.random() < 0.2:
        spec["further_rounds"] = True
    # higher-level funds carried over are declared only at Ningbo level or above (Art. 10)
    recognised = _LAST + 1
    if rng.random() < 0.5:
        level = rng.choice(("ningbo", "provincial"))
        on = _day(rng, start + timedelta(days=30), date(_LAST, 11, 30))
        spec["events"] = [{"kind": "level_recognition", "on": on.isoformat(), "level": level}]
        recognised = on.year
    # the end-of-round appraisal measures the core indicators: give them in its year
    appraisal_year = (start + timedelta(days=5 * 365 + 31)).year
    years: dict[str, Any] = {}
    for year in range(_FIRST, _LAST + 1):
        facts: dict[str, Any] = {}
        _maybe(rng, facts, "assessment", ("unqualified", "qualified"))
        _maybe(rng, facts, "higher_level_evaluation", ("poor", "not_poor"))
        if rng.random() < 0.2:
            facts["requested"] = _yuan(rng, 100_000, 500_000)
        if year > recognised and rng.random() < 0.3:
            facts["carried_over"] = _yuan(rng, 10_000, 200_000)
        if rng.random() < 0.15:
            facts["findings"] = [
                {
                    "item": f"不合规支出{rng.randrange(100)}",
                    "amount": _yuan(rng, 1_000, 40_000),
                    "note": "超出使用标准",
                }
            ]
        if rng.random() < 0.1:
            facts["overlaps"] = _overlaps(rng, 100_000, 700_000)
        if year in (appraisal_year, appraisal_year + 1):
            facts["indicators"] = _indicators(rng)
        if facts:
            years[str(year)] = facts
    spec["years"] = years
    return spec


def _consortium(rng: random.Random, number: int) -> dict[str, Any]:
    applied, approved, start = _dates(rng, date(2023, 1, 1), date(2026, 6, 30), (30, 100), (10, 60))
    track = rng.choice(_INDUSTRIES)
    spec: dict[str, Any] = {
        "kind": "consortium",
        "id": f"LHT-{number:06d}",
        "name": f"慈溪{track}企业创新联合体{number}",
        "enterprise": f"宁波某{track}股份有限公司{number}",
        "track": f"{track}核心部件",
        "applied_on": applied.isoformat(),
        "approved_on": approved.isoformat(),
        "cultivation_start": start.isoformat(),
    }
    if rng.random() < 0.3:
        spec["further_rounds"] = True
    years: dict[str, Any] = {}
    for year in range(max(_FIRST, start.year), _LAST + 1):
        facts: dict[str, Any] = {}
        _maybe(rng, facts, "acceptance", ("unqualified", "qualified"))
        if rng.random() < 0.4:
            claim: dict[str, Any] = {
                "triggers": [
                    {
                        "trigger": trigger,
                        "eligible_cost": _yuan(rng, 200_000, 6_000_000),
                        "description": f"项目{rng.randrange(1000)}",
                    }
                    for trigger in rng.sample(_TRIGGERS, rng.randint(1, 2))
                ]
            }
            if rng.random() < 0.15:
                claim["overlaps"] = _overlaps(rng, 100_000, 1_500_000)
            facts["claims"] = [claim]
        if facts:
            years[str(year)] = facts
    spec["years"] = years
    return spec


def _center(rng: random.Random, number: int) -> dict[str, Any]:
    proposed, approved, established, start = _dates(
        rng, date(2023, 1, 1), date(2026, 6, 30), (20, 60), (5, 40), (1, 20)
    )
    industry = rng.choice(_INDUSTRIES)
    spec: dict[str, Any] = {
        "kind": "center",
        "id": f"ZX-{number:06d}",
        "name": f"慈溪{industry}产业技术创新中心{number}",
        "industry": industry,
        "legal_person": f"慈溪{industry}技术创新中心有限公司{number}",
        "proposed_on": proposed.isoformat(),
        "approved_on": approved.isoformat(),
        "established_on": established.isoformat(),
        "construction_start": start.isoformat(),
        "host_units": [
            {
                "name": f"宁波某{industry}股份有限公司{number}",
                "vehicles": [
                    {
                        "kind": rng.choice(_VEHICLES),
                        "name": f"浙江省{industry}研究院{number}",
                        "level": "provincial",
                    }
                ],
            }
        ],
    }
    if rng.random() < 0.3:
        spec["further_rounds"] = True
    if rng.random() < 0.5:
        on = _day(rng, start + timedelta(days=30), date(_LAST, 10, 1))
        level = rng.choice(("ningbo", "provincial"))
        spec["events"] = [{"kind": "tech_center_recognition", "on": on.isoformat(), "level": level}]
    years: dict[str, Any] = {}
    for year in range(max(_FIRST, start.year), _LAST + 1):
        facts: dict[str, Any] = {}
        _maybe(rng, facts, "mid_term", ("poor", "not_poor"))
        _maybe(rng, facts, "final_acceptance", ("unqualified", "qualified"))
        if rng.random() < 0.6:
            facts["higher_level_subsidy"] = _yuan(rng, 500_000, 6_000_000)
            if rng.random() < 0.1:
                facts["overlaps"] = _overlaps(rng, 100_000, 3_000_000)
        if facts:
            years[str(year)] = facts
    spec["years"] = years
    return spec


_BUILDERS: Final = {"complex": _complex, "consortium": _consortium, "center": _center}


def portfolio_data(platforms: int, seed: int = 1) -> dict[str, Any]:
    """The plain data of a scenario of ``platforms`` all-different platforms (see above)."""
    rng = random.Random(f"portfolio:{seed}")
    data = {
        key: value
        for key, value in DEFAULT_SCENARIO_DATA.items()
        if key not in ("platforms", "title", "notes")
    }
    data["title"] = f"Generated portfolio of {platforms} platforms (seed {seed})"
    data["notes"] = "Generated for benchmarks: every platform differs; not real data."
    data["probabilities"] = dict(PROBABILITIES)
    out = []
    for number in range(platforms):
        kind = KINDS[number % len(KINDS)]
        spec = _BUILDERS[kind](rng, number)
        if rng.random() < 1 / 3:
            spec["probabilities"] = _probabilities(rng, kind)
        out.append(spec)
    data["platforms"] = out
    return data


def portfolio(platforms: int, seed: int = 1) -> Scenario:
    """The scenario of :func:`portfolio_data`."""
    return Scenario.from_data(portfolio_data(platforms, seed))


def portfolio_toml(platforms: int, seed: int = 1) -> str:
    """The TOML text of :func:`portfolio_data`, as a scenario file holds it."""
    return to_toml(portfolio_data(platforms, seed))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("platforms", type=int, help="how many platforms")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    sys.stdout.write(portfolio_toml(args.platforms, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
