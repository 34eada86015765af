"""Loading a large scenario file, against parsing it alone.

Run with ``python benchmarks/bench_files.py`` (``--platforms N`` changes the size,
``--profile`` adds a cProfile of the load).  One figure:

* **load ÷ parse**: :func:`~cixi_innovation.scenarios.files.loads_scenario` of a TOML
  file of 10,000 all-different platforms, against :func:`tomllib.loads` of the same
  text alone.  Both are timed on the process's CPU time, interleaved, the median of a
  few repeats each.  Goal: at most 2x.

The portfolio is generated here (seeded): the three kinds of platform in the default
scenario's mix, each with its own dates, amounts, names, spending, findings, overlaps,
outcomes and, for about a third, its own probabilities.
"""

from __future__ import annotations

import cProfile
import pstats
import random
import sys
import time
import tomllib
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import _harness as harness

from cixi_innovation.scenarios.files import loads_scenario, to_toml

SUITE = "files"
GOAL = 2.0
REPEATS = 5
FIRST, LAST = 2025, 2029

_RESULTS = ("qualified", "unqualified")
_GRADES = ("poor", "not_poor")
_LEVELS = ("ningbo", "provincial", "national")
_CATEGORIES = (
    "shared_platform_and_showroom",
    "exchange_cooperation",
    "rent_utilities_property",
    "other_daily_office",
)
_TRIGGERS = ("iur_cooperation", "large_test_equipment", "rd_institution_in_high_tier_city")


def _money(rng: random.Random, low: int, high: int) -> str:
    return f"{rng.randrange(low, high)}.{rng.randrange(100):02d}"


def _day(start: date, rng: random.Random, low: int, high: int) -> date:
    return start + timedelta(days=rng.randrange(low, high))


def _probabilities(rng: random.Random, keys: tuple[str, ...]) -> dict[str, str]:
    return {key: f"{rng.randrange(1, 20)}/{rng.randrange(20, 100)}" for key in keys}


def _complex(i: int, rng: random.Random) -> dict[str, Any]:
    applied = date(2024, 1, 1) + timedelta(days=rng.randrange(600))
    approved = _day(applied, rng, 20, 120)
    start = _day(approved, rng, 1, 60)
    spec: dict[str, Any] = {
        "kind": "complex",
        "id": f"CX-{i:06d}",
        "name": f"慈溪产业创新服务综合体{i}号",
        "industry": f"产业{rng.randrange(1000)}",
        "applicants": [{"kind": "town_government", "name": f"第{i}镇人民政府"}],
        "leading_body": {"kind": "industry_association", "name": f"行业协会{i}"},
        "host_unit": f"科创服务有限公司{i}",
        "commitments": {
            "industry_output_value": _money(rng, 10**9, 10**11),
            "valid_hte_share": f"{rng.randrange(1, 9)}/10",
            "above_scale_rd_intensity": f"{rng.randrange(1, 9)}/100",
            "above_scale_rd_institution_rate": f"{rng.randrange(1, 9)}/10",
            "valid_invention_patents": rng.randrange(10, 2000),
        },
        "applied_on": applied.isoformat(),
        "approved_on": approved.isoformat(),
        "round_start": start.isoformat(),
        "requested_subsidy": _money(rng, 100_000, 500_000),
        "spending": [
            {"amount": _money(rng, 10_000, 150_000), "category": rng.choice(_CATEGORIES)},
            {
                "amount": _money(rng, 10_000, 150_000),
                "category": "staff_remuneration",
                "full_time_daily_staff": True,
            },
        ],
    }
    years: dict[str, Any] = {}
    for year in range(max(FIRST, start.year), LAST + 1):
        facts: dict[str, Any] = {}
        if rng.random() < 0.7:
            facts["assessment"] = rng.choice(_RESULTS)
        facts["higher_level_evaluation"] = rng.choice(_GRADES)
        facts["requested"] = _money(rng, 100_000, 600_000)
        if rng.random() < 0.3:
            facts["findings"] = [{"item": f"核查{year}", "amount": _money(rng, 100, 9_000)}]
        if rng.random() < 0.2:
            facts["overlaps"] = [
                {
                    "source": "other_cixi_policy",
                    "policy": f"政策{rng.randrange(50)}",
                    "amount": _money(rng, 1_000, 90_000),
                }
            ]
        years[str(year)] = facts
    years[str(LAST)]["appraisal"] = rng.choice(_GRADES)
    spec["years"] = years
    if rng.random() < 0.5:
        spec["events"] = [
            {
                "kind": "level_recognition",
                "on": _day(start, rng, 30, 700).isoformat(),
                "level": rng.choice(_LEVELS),
            }
        ]
    return spec


def _consortium(i: int, rng: random.Random) -> dict[str, Any]:
    applied = date(2024, 6, 1) + timedelta(days=rng.randrange(500))
    approved = _day(applied, rng, 20, 120)
    start = _day(approved, rng, 1, 60)
    years: dict[str, Any] = {}
    for year in range(max(FIRST, start.year), LAST + 1):
        facts: dict[str, Any] = {"acceptance": rng.choice(_RESULTS)}
        if rng.random() < 0.5:
            facts["claims"] = [
                {
                    "triggers": [
                        {
                            "trigger": rng.choice(_TRIGGERS),
                            "eligible_cost": _money(rng, 100_000, 5_000_000),
                            "description": f"项目{i}-{year}",
                        }
                    ]
                }
            ]
        years[str(year)] = facts
    return {
        "kind": "consortium",
        "id": f"LHT-{i:06d}",
        "name": f"企业创新联合体{i}",
        "enterprise": f"宁波某股份有限公司{i}",
        "track": f"赛道{rng.randrange(100)}",
        "applied_on": applied.isoformat(),
        "approved_on": approved.isoformat(),
        "cultivation_start": start.isoformat(),
        "years": years,
    }


def _center(i: int, rng: random.Random) -> dict[str, Any]:
    proposed = date(2024, 6, 1) + timedelta(days=rng.randrange(500))
    approved = _day(proposed, rng, 20, 120)
    established = _day(approved, rng, 1, 60)
    start = _day(established, rng, 1, 60)
    years: dict[str, Any] = {}
    for year in range(max(FIRST, start.year), LAST + 1):
        years[str(year)] = {
            "mid_term": rng.choice(_GRADES),
            "final_acceptance": rng.choice(_RESULTS),
            "higher_level_subsidy": _money(rng, 0, 2_000_000),
        }
    return {
        "kind": "center",
        "id": f"ZX-{i:06d}",
        "name": f"产业技术创新中心{i}",
        "industry": f"产业{rng.randrange(1000)}",
        "host_units": [
            {
                "name": f"依托单位{i}",
                "vehicles": [
                    {
                        "kind": "engineering_research_center",
                        "name": f"工程研究中心{i}",
                        "level": rng.choice(_LEVELS),
                    }
                ],
            }
        ],
        "legal_person": f"创新中心有限公司{i}",
        "proposed_on": proposed.isoformat(),
        "approved_on": approved.isoformat(),
        "established_on": established.isoformat(),
        "construction_start": start.isoformat(),
        "years": years,
    }


_MAKERS = (_complex,) * 5 + (_consortium,) * 3 + (_center,) * 2
_PROBABILITIES = {
    "complex": ("unqualified_annual_assessment", "poor_higher_level_evaluation", "poor_appraisal"),
    "consortium": ("unqualified_consortium_acceptance",),
    "center": ("poor_mid_term", "unqualified_center_acceptance"),
}


def portfolio_data(platforms: int, seed: int = 2025) -> dict[str, Any]:
    """A scenario of ``platforms`` all-different platforms, as plain data (see above)."""
    rng = random.Random(seed)
    specs = []
    for i in range(platforms):
        spec = _MAKERS[i % len(_MAKERS)](i, rng)
        if rng.random() < 1 / 3:
            spec["probabilities"] = _probabilities(rng, _PROBABILITIES[spec["kind"]])
        specs.append(spec)
    return {
        "schema_version": "1",
        "title": f"All-different portfolio of {platforms} platforms",
        "force": "flag",
        "horizon": {"first": FIRST, "last": LAST},
        "inputs": {
            "advance": {"share": "1/2"},
            "settlement_link": "full_if_qualified_none_if_unqualified",
            "matching_ratio": "1",
        },
        "probabilities": _probabilities(rng, sum(_PROBABILITIES.values(), ())),
        "platforms": specs,
    }


def portfolio_text(platforms: int, seed: int = 2025) -> str:
    """The TOML file of :func:`portfolio_data`."""
    return to_toml(portfolio_data(platforms, seed))


def _cpu(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def main(argv: list[str]) -> int:
    parser = harness.parser(__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--platforms", type=int, default=10_000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    repeats = 2 if args.quick else REPEATS
    text = portfolio_text(args.platforms)
    loads_scenario(text)  # the file is valid, and the first call's imports are paid
    load: list[float] = []
    parse: list[float] = []
    for _ in range(repeats):
        parse.append(_cpu(lambda: tomllib.loads(text)))
        load.append(_cpu(lambda: loads_scenario(text)))
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(loads_scenario, text)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
    figure = harness.Figure(
        SUITE,
        f"load a {args.platforms:,}-platform TOML file",
        harness.median(load),
        baseline="tomllib.loads alone",
        baseline_value=harness.median(parse),
        goal=harness.ratio_at_most(GOAL),
        note=f"{len(text.encode()):,} bytes; CPU time, median of {repeats}",
        samples=repeats,
        paired=harness.paired_ratio(load, parse),
    )
    return harness.finish([figure], args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
