"""Charts of results: the series they plot, their labels in both languages, and drawing them."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from cixi_innovation.cli import main
from cixi_innovation.scenarios import charts
from cixi_innovation.scenarios.charts import Chart, ChartFontWarning, Series
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.simulation import monte_carlo, simulate
from cixi_innovation.values.errors import InputError

RESULT = simulate(default_scenario())
STUDY = monte_carlo(default_scenario(), 3, 0)
UNKEPT = monte_carlo(default_scenario(), 3, 0, keep_runs=False)
YEARS = (2025, 2026, 2027, 2028, 2029)
NOTE_EN = (
    "Amounts rest on the scenario's assumptions (advance, settlement link, Art. 16 schedule, "
    "Art. 20 ratio, outcomes and their probabilities), not on values of the Measures."
)
NOTE_ZH = (
    "金额基于情景假设(预拨额、结算挂钩、第十六条安排、第二十条比例、结果及其概率),非本办法规定。"
)


def _yuan(*values: str) -> tuple[Decimal, ...]:
    return tuple(Decimal(v) for v in values)


# --- what the charts plot --------------------------------------------------------------


def test_the_budget_by_article_adds_up_to_each_years_cash() -> None:
    chart = charts.budget_chart(RESULT)
    assert (chart.kind, chart.lang, chart.x) == ("stacked", "en", YEARS)
    assert chart.title == "Cixi budget per year, by article"
    assert (chart.x_label, chart.y_label, chart.note) == ("year", "yuan", NOTE_EN)
    assert [(s.key, s.label, s.assumed) for s in chart.series] == [
        ("advances", "Art. 10 advances (assumed)", True),
        ("settlements", "Art. 10 settlements, net (assumed)", True),
        ("art16", "Art. 16 subsidies (assumed)", True),
        ("art20", "Art. 20 matching (assumed)", True),
    ]
    # 2025: five Complexes' advances and the Consortia's Art. 16 subsidies; 2026: the
    # 2025 settlements paid and the first Art. 20 matching.
    assert [s.values[:2] for s in chart.series] == [
        _yuan("1025000.00", "725000.00"),
        _yuan("0.00", "1025000.00"),
        _yuan("360000.00", "1700000.00"),
        _yuan("0.00", "5000000.00"),
    ]
    for i, totals in enumerate(RESULT.totals):
        assert sum(s.values[i] for s in chart.series) == totals.cash
        assert chart.series[1].values[i] == totals.settlements_paid - totals.settlements_recovered
    assert chart.english is None


def test_the_budget_by_kind_in_chinese() -> None:
    chart = charts.budget_chart(RESULT, by="kind", lang="zh")
    assert (chart.lang, chart.title, chart.note) == ("zh", "按平台类型分列的年度市级支出", NOTE_ZH)
    assert (chart.x_label, chart.y_label) == ("年度", "元")
    assert [(s.key, s.label) for s in chart.series] == [
        ("complex", "综合体(假设)"),
        ("consortium", "联合体(假设)"),
        ("center", "创新中心(假设)"),
    ]
    assert [s.values[:2] for s in chart.series] == [
        _yuan("1025000.00", "1750000.00"),
        _yuan("360000.00", "1700000.00"),
        _yuan("0.00", "5000000.00"),
    ]
    for i, totals in enumerate(RESULT.totals):
        assert sum(s.values[i] for s in chart.series) == totals.cash
    assert chart.english == charts.budget_chart(RESULT, by="kind")
    assert chart.english is not None
    english = ["Complexes (assumed)", "Consortia (assumed)", "Innovation Centers (assumed)"]
    assert chart.english.series == tuple(
        Series(s.key, label, s.values, True) for s, label in zip(chart.series, english, strict=True)
    )


def test_a_fan_chart_holds_each_years_distribution() -> None:
    chart = charts.fan_chart(STUDY)
    assert (chart.kind, chart.x) == ("fan", YEARS)
    assert chart.title == "net cash (assumed): distribution over 3 runs"
    assert [(s.key, s.label) for s in chart.series] == [
        ("minimum", "minimum-maximum"),
        ("p5", "5th-95th percentile"),
        ("p50", "median"),
        ("p95", "5th-95th percentile"),
        ("maximum", "minimum-maximum"),
        ("mean", "mean"),
    ]
    for series in chart.series:
        assert series.values == tuple(getattr(y.cash, series.key) for y in STUDY.years)
    assert chart.series[2].values[:2] == _yuan("1385000.00", "8450000.00")
    art16 = charts.fan_chart(STUDY, line="art16", lang="zh")
    assert art16.title == "第十六条补助(假设):3次模拟的分布"
    assert [s.label for s in art16.series][1:3] == ["第5-95百分位", "中位数"]
    assert art16.series[5].values == tuple(y.art16.mean for y in STUDY.years)


class _Kept:
    """A study that kept each run's values, as a study run with keep_runs does."""

    runs = 4
    years = STUDY.years

    def run_values(self, line: str, year: int) -> tuple[Decimal, ...]:
        return (Decimal(year), Decimal(len(line)), Decimal("2.50"), Decimal("2.50"))


def test_a_histogram_of_a_study_that_kept_its_runs() -> None:
    # the default scenario states every outcome: its three runs are the same run
    chart = charts.histogram_chart(STUDY, 2026)
    assert chart.series[0].values == STUDY.run_values("cash", 2026) == _yuan(*["8450000.00"] * 3)


def test_a_histogram_of_the_runs_values() -> None:
    chart = charts.histogram_chart(_Kept(), 2027, line="settlements")
    assert (chart.kind, chart.x, chart.x_label, chart.y_label) == ("histogram", (), "yuan", "runs")
    assert chart.title == "Art. 10 settlements, net (assumed) in 2027: 4 runs"
    assert chart.series == (
        Series(
            "settlements",
            "Art. 10 settlements, net (assumed)",
            _yuan("2027", "11", "2.50", "2.50"),
            True,
        ),
    )
    given = charts.histogram_chart(values=[Decimal("1.00"), Decimal("3.00")], lang="zh")
    assert given.title == "当年市级支出(假设):2个值的分布"
    assert (given.x_label, given.y_label) == ("元", "模拟次数")
    assert given.series[0].values == _yuan("1.00", "3.00")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: charts.histogram_chart(UNKEPT, 2026),
            "values: this Monte Carlo result holds no per-run values to draw a histogram "
            "from; run the study keeping each run's values, or give the values",
        ),
        (lambda: charts.histogram_chart(STUDY), "values: give a Monte Carlo result and a year"),
        (lambda: charts.histogram_chart(values=[]), "values: there are no values to draw"),
        (
            lambda: charts.fan_chart(STUDY, line="total"),
            "line: 'total' is not a budget line; choose one of: cash, advances, "
            "settlements, art16, art20",
        ),
        (lambda: charts.fan_chart(STUDY, lang="fr"), "lang: 'fr' is not a language"),
        (
            lambda: charts.budget_chart(RESULT, by="year"),
            "by: 'year' is not a way to stack; choose article or kind",
        ),
        (
            lambda: charts.states_chart(RESULT, platforms=["CX-09"]),
            "platforms: 'CX-09' is not a platform of the result",
        ),
        (
            lambda: charts.save(charts.budget_chart(RESULT), "budget.pdf"),
            "path: 'budget.pdf' is not a .png or .svg file",
        ),
        (lambda: RESULT.plot("pie"), "chart: 'pie' is not a chart; choose budget or states"),
        (lambda: STUDY.plot("pie"), "chart: 'pie' is not a chart; choose fan or histogram"),
        (lambda: STUDY.plot("histogram"), "year: a histogram is of one year: give year="),
        (lambda: UNKEPT.plot("histogram", year=2026), "values: this Monte Carlo result holds no"),
    ],
)
def test_what_a_chart_refuses(call: Any, message: str) -> None:
    with pytest.raises(InputError) as info:
        call()
    assert str(info.value).startswith(message)


def test_the_states_of_platforms_year_by_year() -> None:
    chart = charts.states_chart(RESULT, platforms=["CX-02", "LHT-03", "ZX-02"])
    assert (chart.kind, chart.x, chart.title) == ("states", YEARS, "platforms' states at year end")
    assert chart.series == (
        Series(
            "CX-02",
            "CX-02",
            ("under_construction", "units_revoked", *["under_construction"] * 3),
        ),
        Series(
            "LHT-03", "LHT-03", ("not_created", *["in_cultivation"] * 3, "qualification_retained")
        ),
        Series("ZX-02", "ZX-02", ("under_construction",) * 3 + ("support_terminated_early",) * 2),
    )
    assert dict(chart.states) == {
        "under_construction": "under construction",
        "units_revoked": "units' qualifications revoked, awaiting new units",
        "not_created": "not yet created",
        "in_cultivation": "in cultivation",
        "qualification_retained": "cultivation qualification retained, a further round may start",
        "support_terminated_early": "policy support terminated early",
    }
    assert chart.note == (
        "States at year end follow the outcomes the scenario gives or draws (assumptions of "
        "the scenario), not values of the Measures."
    )
    zh = charts.states_chart(RESULT, lang="zh")
    assert [s.key for s in zh.series] == [s.key for s in charts.states_chart(RESULT).series]
    assert len(zh.series) == 10
    assert (zh.title, zh.y_label) == ("平台年末状态", "平台")
    assert zh.states["not_created"] == "尚未设立"
    assert zh.states["under_construction"] == "建设中"


# --- drawing ----------------------------------------------------------------------------


class _Axes:
    """Records the calls a chart makes on matplotlib axes."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Any:
        def record(*args: Any, **kwargs: Any) -> None:
            self.calls.append((name, args, kwargs))

        return record

    def named(self, name: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
        return [(args, kwargs) for called, args, kwargs in self.calls if called == name]


def _chart(kind: str, series: tuple[Series, ...], x: tuple[int, ...] = (2025, 2026)) -> Chart:
    return Chart(kind, "en", "t", "xl", "yl", x, series, "n", {"a": "A", "b": "B"})


def test_stacked_bars_stack_negative_values_below_zero() -> None:
    ax = _Axes()
    up = Series("up", "Up", _yuan("10.00", "5.00"))
    down = Series("down", "Down", _yuan("-3.00", "2.00"))
    more = Series("more", "More", _yuan("-1.00", "1.00"))
    charts.draw(_chart("stacked", (up, down, more)), ax)
    assert [(args, kwargs["bottom"], kwargs["label"]) for args, kwargs in ax.named("bar")] == [
        (([2025, 2026], [10.0, 5.0]), [0.0, 0.0], "Up"),
        (([2025, 2026], [-3.0, 2.0]), [0.0, 5.0], "Down"),
        (([2025, 2026], [-1.0, 1.0]), [-3.0, 7.0], "More"),
    ]
    assert ax.named("set_xticks") == [(([2025, 2026], ["2025", "2026"]), {})]
    assert ax.named("set_title") == [(("t",), {})]
    assert ax.named("set_xlabel") == [(("xl",), {})]
    assert ax.named("set_ylabel") == [(("yl",), {})]


def test_a_fan_draws_two_bands_the_median_and_the_mean() -> None:
    ax = _Axes()
    charts.draw(charts.fan_chart(STUDY), ax)
    bands = ax.named("fill_between")
    cash = [[float(getattr(y.cash, s)) for y in STUDY.years] for s in ("minimum", "maximum")]
    assert bands[0][0] == (list(YEARS), *cash)
    assert [kwargs["label"] for _, kwargs in bands] == ["minimum-maximum", "5th-95th percentile"]
    lines = ax.named("plot")
    assert [kwargs["label"] for _, kwargs in lines] == ["median", "mean"]
    assert lines[0][0] == (list(YEARS), [float(y.cash.p50) for y in STUDY.years])


def test_a_histogram_and_the_states_drawn() -> None:
    ax = _Axes()
    charts.draw(charts.histogram_chart(values=_yuan("1.00", "1.00", "2.50")), ax)
    assert ax.named("hist") == [
        (([1.0, 1.0, 2.5],), {"bins": 2, "color": "#1f77b4", "label": "net cash (assumed)"})
    ]
    assert ax.named("set_xticks") == []
    ax = _Axes()
    states = (Series("P-1", "P-1", ("a", "b")), Series("P-2", "P-2", ("b", "b")))
    charts.draw(_chart("states", states), ax)
    assert [(args, kwargs["left"], kwargs["label"]) for args, kwargs in ax.named("barh")] == [
        ((0, 1), 2024.5, "A"),
        ((0, 1), 2025.5, "B"),
        ((1, 1), 2024.5, None),
        ((1, 1), 2025.5, None),
    ]
    assert ax.named("set_yticks") == [(([0, 1], ["P-1", "P-2"]), {})]


def test_the_chinese_fonts_found() -> None:
    assert charts.cjk_font(["DejaVu Sans", "SimHei", "Noto Sans CJK SC"]) == "Noto Sans CJK SC"
    assert charts.cjk_font(["DejaVu Sans"]) is None


def test_without_matplotlib_drawing_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r"pip install 'cixi-innovation\[plot\]'"):
        charts.figure(charts.budget_chart(RESULT))
    assert main(["simulate", "--plot", "out.png"]) == 1


# --- files (matplotlib needed) -----------------------------------------------------------


@pytest.fixture
def matplotlib() -> Any:
    return pytest.importorskip("matplotlib")


def _texts(fig: Any) -> list[str]:
    from matplotlib.text import Text

    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


@pytest.mark.usefixtures("matplotlib")
def test_a_png_and_an_svg_are_written(tmp_path: Path) -> None:
    png = charts.save(charts.budget_chart(RESULT), tmp_path / "budget.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = charts.save(charts.states_chart(RESULT), str(tmp_path / "states.SVG"))
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    fig = STUDY.plot()
    assert "net cash (assumed): distribution over 3 runs" in _texts(fig)
    assert NOTE_EN in _texts(fig)
    fig = RESULT.plot("states", platforms=["CX-01"])
    assert "platforms' states at year end" in _texts(fig)
    assert "Cixi budget per year, by platform kind" in _texts(RESULT.plot(by="kind"))
    assert "net cash (assumed) in 2025: 4 runs" in _texts(
        charts.figure(charts.histogram_chart(_Kept(), 2025))
    )


@pytest.mark.usefixtures("matplotlib")
def test_the_chinese_font_is_one_of_matplotlibs_fonts() -> None:
    from matplotlib.font_manager import fontManager

    installed = {font.name for font in fontManager.ttflist}
    assert charts.cjk_font() == charts.cjk_font(installed)
    assert charts.cjk_font(installed | {"AR PL UMing CN"}) in charts.CJK_FONTS


@pytest.mark.usefixtures("matplotlib")
def test_chinese_labels_use_a_chinese_font(monkeypatch: pytest.MonkeyPatch) -> None:
    from matplotlib.text import Text

    monkeypatch.setattr(charts, "cjk_font", lambda: "DejaVu Sans")
    fig = RESULT.plot(lang="zh")
    assert "按条款分列的年度市级支出" in _texts(fig)
    assert {tuple(t.get_fontfamily()) for t in fig.findobj(Text)} == {
        ("DejaVu Sans", "DejaVu Sans")
    }


@pytest.mark.usefixtures("matplotlib")
def test_without_a_chinese_font_the_chart_is_drawn_in_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(charts, "cjk_font", lambda: None)
    with pytest.warns(ChartFontWarning, match="no font with Chinese characters is installed"):
        fig = RESULT.plot(lang="zh")
    assert "Cixi budget per year, by article" in _texts(fig)
    assert "按条款分列的年度市级支出" not in _texts(fig)


@pytest.mark.usefixtures("matplotlib")
def test_simulate_plot_writes_the_chart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    assert main(["simulate", "--format", "csv", "--plot", str(tmp_path / "b.svg")]) == 0
    assert capsys.readouterr().out == RESULT.to_csv()
    assert "Cixi budget per year, by article" in (tmp_path / "b.svg").read_text(encoding="utf-8")
    assert (
        main(["simulate", "--runs", "2", "--format", "json", "--plot", str(tmp_path / "f.png")])
        == 0
    )
    assert (tmp_path / "f.png").read_bytes()[:4] == b"\x89PNG"


def test_simulate_plot_refuses_other_suffixes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", "--plot", "out.pdf"]) == 2
    assert capsys.readouterr().err.endswith(
        "cixi-innovation: error: argument --plot: 'out.pdf' is not a .png or .svg file; "
        "--plot writes a chart as PNG or SVG\n"
    )
    assert main(["--lang", "zh", "simulate", "--plot", "out.jpg"]) == 2
    assert "'out.jpg' 不是 .png 或 .svg 文件" in capsys.readouterr().err
