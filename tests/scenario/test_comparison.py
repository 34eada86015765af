"""What-if comparisons: a variant against its base, variant minus base, with the articles."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

import pytest

from cixi_innovation.scenarios.comparison import SettingChange, compare
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.horizon import Horizon
from cixi_innovation.scenarios.inputs import Inputs
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.settings import with_settings
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import InputError

D = Decimal
BASE = default_scenario()
LOWER_CAP = compare(BASE, with_settings(BASE, {"operating_subsidy_cap": "400000"}))


def _platforms(*indexes: int) -> Scenario:
    data: dict[str, Any] = BASE.to_data()
    data["platforms"] = [data["platforms"][i] for i in indexes]
    return Scenario.from_data(data)


class TestLowerAnnualCap:
    """Art. 10's cap of 500,000 yuan lowered to 400,000: the Complexes get less."""

    def test_the_setting_that_differs(self) -> None:
        assert LOWER_CAP.settings == (
            SettingChange("parameters.operating_subsidy_cap", "500000.00", "400000.00"),
        )

    def test_each_year(self) -> None:
        assert [(y.year, str(y.base_cash), str(y.variant_cash), str(y.cash)) for y in LOWER_CAP.years] == [
            (2025, "1385000.00", "1260000.00", "-125000.00"),
            (2026, "8450000.00", "8200000.00", "-250000.00"),
            (2027, "7440000.00", "7240000.00", "-200000.00"),
            (2028, "4950000.00", "4600000.00", "-350000.00"),
            (2029, "3950000.00", "3600000.00", "-350000.00"),
        ]  # fmt: skip
        year = LOWER_CAP.year(2027)
        assert (year.advances, year.settlements_paid, year.settlements_recovered) == (
            D("-175000.00"), D("-75000.00"), D("-50000.00"),
        )  # fmt: skip
        assert (year.art16, year.art20) == (D("0.00"), D("0.00"))
        assert year.articles == (
            Citation.article(8), Citation.article(10), Citation.article(11),
            Citation.article(8, 2),
        )  # fmt: skip

    def test_each_platform_and_year_that_differs(self) -> None:
        assert len(LOWER_CAP.rows) == 19
        assert {r.platform_id for r in LOWER_CAP.rows} == {f"CX-0{i}" for i in range(1, 6)}
        row = LOWER_CAP.rows[6]
        assert (row.platform_id, row.year) == ("CX-02", 2027)
        assert (row.advance, row.granted, row.settlement_paid, row.settlement_recovered) == (
            D("-50000.00"), D("-100000.00"), D("0.00"), D("-50000.00"),
        )  # fmt: skip
        assert row.cash == D("0.00")
        assert row.articles == (Citation.article(8), Citation.article(10), Citation.article(11))

    def test_the_sums_of_the_rows_are_the_years(self) -> None:
        for year in LOWER_CAP.years:
            rows = [r for r in LOWER_CAP.rows if r.year == year.year]
            assert sum((r.cash for r in rows), D(0)) == year.cash

    def test_an_unknown_year(self) -> None:
        with pytest.raises(InputError, match=r"^year: 2030 is not a year of the horizon$"):
            LOWER_CAP.year(2030)

    def test_csv(self) -> None:
        rows = list(csv.reader(io.StringIO(LOWER_CAP.to_csv())))
        assert rows[0] == [
            "platform_id", "kind", "year", "state_base", "state_variant", "cash_base",
            "cash_variant", "advance", "granted", "settlement_paid", "settlement_recovered",
            "art16", "art20", "cash", "articles", "assumed",
        ]  # fmt: skip
        assert rows[3] == [
            "", "total", "2027", "", "", "7440000.00", "7240000.00", "-175000.00", "",
            "-75000.00", "-50000.00", "0.00", "0.00", "-200000.00",
            "Art. 8; Art. 10; Art. 11; Art. 8 ¶2",
            "advance; settlement_paid; settlement_recovered; cash",
        ]  # fmt: skip
        assert rows[12] == [
            "CX-02", "complex", "2027", "under_construction", "under_construction", "0.00",
            "0.00", "-50000.00", "-100000.00", "0.00", "-50000.00", "0.00", "0.00", "0.00",
            "Art. 8; Art. 10; Art. 11", "advance; settlement_recovered",
        ]  # fmt: skip
        assert len(rows) == 1 + 5 + 19

    def test_json(self) -> None:
        data = json.loads(LOWER_CAP.to_json())
        assert (data["schema_version"], data["kind"], data["seed"]) == ("2", "comparison", None)
        assert data["settings"] == [
            {
                "name": "parameters.operating_subsidy_cap",
                "base": "500000.00",
                "variant": "400000.00",
            }
        ]
        assert data["years"][0] == {
            "year": 2025, "base_cash": "1385000.00", "variant_cash": "1260000.00",
            "advances": "-125000.00", "settlements_paid": "0.00",
            "settlements_recovered": "0.00", "art16": "0.00", "art20": "0.00",
            "cash": "-125000.00", "articles": ["Art. 6", "Art. 5", "Art. 7", "Art. 8", "Art. 10", "Art. 8 ¶2"],
            "assumed": ["advance", "cash"],
        }  # fmt: skip
        assert data["rows"][6] == {
            "platform_id": "CX-02", "kind": "complex", "year": 2027,
            "state_base": "under_construction", "state_variant": "under_construction",
            "advance": "-50000.00", "granted": "-100000.00", "settlement_paid": "0.00",
            "settlement_recovered": "-50000.00", "art16": "0.00", "art20": "0.00",
            "cash": "0.00", "articles": ["Art. 8", "Art. 10", "Art. 11"],
            "assumed": ["advance", "settlement_recovered"],
        }  # fmt: skip
        assert [a["field"] for a in data["assumptions"]] == [
            "advance", "settlement_paid", "settlement_recovered", "art16", "art20",
        ]  # fmt: skip

    def test_table_in_english(self) -> None:
        parts = LOWER_CAP.to_table("en").split("\n\n")
        assert parts[0].splitlines()[2] == (
            "  parameters.operating_subsidy_cap: 500000.00 → 400000.00"
        )
        years = parts[1].splitlines()
        assert years[0] == (
            "year    base cash*  variant cash*   Δ advance*  Δ settlement paid*  Δ recovered*"
            "  Δ Art. 16*  Δ Art. 20*      Δ cash*"
        )
        assert years[4] == (
            "2027  7,440,000.00   7,240,000.00  -175,000.00          -75,000.00    -50,000.00"
            "        0.00        0.00  -200,000.00"
        )
        rows = parts[2].splitlines()
        assert rows[8].startswith(
            "CX-02     2027  under construction                                 -50,000.00"
        )
        assert rows[8].endswith("0.00  Art. 8, Art. 10, Art. 11")
        assert parts[3].startswith("* Rests on the scenario's assumptions, not on values")

    def test_table_in_chinese_folded(self) -> None:
        text = LOWER_CAP.to_table("zh", width=80)
        assert max(len(line) for line in text.splitlines()) <= 80
        parts = text.split("\n\n")
        assert parts[0].splitlines()[0] == (
            "基准:慈溪市产业创新平台示例组合 2025-2029(示例假设,非本办法规定) / Illustrative"
        )
        assert "CX-02  2027  建设中" in text
        assert parts[-1].startswith("*依据情景假设,非本办法规定的数值:预拨——预拨比例")

    def test_a_language_is_checked(self) -> None:
        with pytest.raises(InputError, match=r"^lang: 'fr' is not a language; choose zh or en$"):
            LOWER_CAP.to_table("fr")


class TestOtherFiles:
    """A variant that is another file: platforms of one scenario only differ in full."""

    def test_platforms_in_one_scenario_only(self) -> None:
        comparison = compare(_platforms(0, 5), _platforms(1, 5))
        assert comparison.settings == ()
        assert [(r.platform_id, r.year) for r in comparison.rows] == [
            *(("CX-01", y) for y in range(2025, 2030)),
            *(("CX-02", y) for y in range(2025, 2030)),
        ]
        first, last = comparison.rows[0], comparison.rows[-1]
        assert (first.variant, first.cash, first.granted) == (
            None,
            D("-250000.00"),
            D("-500000.00"),
        )
        assert (last.base, last.cash) == (None, D("500000.00"))
        csv_rows = comparison.to_csv().splitlines()
        assert csv_rows[6].startswith("CX-01,complex,2025,under_construction,,250000.00,,")
        assert csv_rows[11].startswith("CX-02,complex,2025,,under_construction,,200000.00,")
        table = comparison.to_table("en")
        assert "the same settings" in table.split("\n\n")[0]
        assert "CX-01     2025  under construction → —" in table
        assert "CX-02     2025  — → under construction" in table

    def test_no_difference(self) -> None:
        empty = Scenario(title="empty")
        comparison = compare(empty, empty, seed=3)
        assert comparison.rows == ()
        assert {y.cash for y in comparison.years} == {D("0.00")}
        assert comparison.to_table("zh").split("\n\n")[2:] == ["没有平台的结果不同。"]
        assert comparison.to_table("en").split("\n\n")[2:] == ["No platform's result differs."]
        data = json.loads(comparison.to_json())
        assert (data["seed"], data["assumptions"], data["rows"]) == ("3", [], [])

    def test_a_setting_left_out_in_one(self) -> None:
        base = _platforms(0)
        inputs = Inputs(advance=base.inputs.advance, settlement_link=base.inputs.settlement_link)
        comparison = compare(base, base.replace(inputs=inputs))
        names = [c.name for c in comparison.settings]
        assert names == ["inputs.policy_subsidy_schedule", "inputs.matching_ratio"]
        assert comparison.settings[1] == SettingChange("inputs.matching_ratio", "1", None)
        assert comparison.rows == ()
        assert "  inputs.matching_ratio: 1 → —" in comparison.to_table("en")


class TestRefused:
    @pytest.mark.parametrize(
        ("base", "variant", "message"),
        [
            (None, BASE, "base: None is not a Scenario"),
            (BASE, "x", "variant: 'x' is not a Scenario"),
            (
                BASE,
                BASE.replace(horizon=Horizon(2025, 2030)),
                "variant.horizon: the variant's horizon 2025-2030 is not the base's "
                "2025-2029; compare the same years",
            ),
        ],
    )
    def test_what_cannot_be_compared(self, base: Any, variant: Any, message: str) -> None:
        with pytest.raises(InputError) as caught:
            compare(base, variant)
        assert str(caught.value) == message
