"""Charts of simulation results (图表): what each chart plots, in Chinese or English.

A chart is first a :class:`Chart` value: its years (or runs), its series of exact
amounts or states, its labels in one language, and a note saying what the amounts rest
on.  Drawing it needs matplotlib (the optional ``plot`` extra:
``pip install 'cixi-innovation[plot]'``), imported only when a chart is drawn:

* :func:`budget_chart` — the Cixi budget per year, stacked by article (Art. 10
  advances and settlements, Art. 16, Art. 20) or by platform kind;
* :func:`fan_chart` — a Monte Carlo fan chart: per year, the minimum-maximum and
  5th-95th percentile bands, the median and the mean of a budget line;
* :func:`histogram_chart` — the distribution over the runs of one year's budget line,
  from the per-run values a Monte Carlo result holds (or values given);
* :func:`states_chart` — each platform's state at the end of each year.

:func:`figure` draws a chart on a new matplotlib figure (:func:`draw` on axes of your
own) and :func:`save` writes it to a ``.png`` or ``.svg`` file;
``SimulationResult.plot()`` and ``MonteCarloResult.plot()`` return the figure, which a
notebook shows.  A chart in Chinese needs a font with Chinese characters
(:data:`CJK_FONTS`); without one it is drawn in English, with a :class:`ChartFontWarning`.

The amounts of a simulation rest on the scenario's assumptions (the Art. 10 advance and
settlement link, the Art. 16 schedule, the Art. 20 ratio, the outcomes and their
probabilities), not on values of the Measures: every money series is marked as assumed
and every chart carries a note saying so.

>>> from cixi_innovation.scenarios.default import default_scenario
>>> from cixi_innovation.scenarios.simulation import simulate
>>> chart = budget_chart(simulate(default_scenario()))
>>> chart.x[:2], [s.label for s in chart.series][:2]
((2025, 2026), ['Art. 10 advances (assumed)', 'Art. 10 settlements, net (assumed)'])
>>> chart.series[0].values[:2]
(Decimal('1025000.00'), Decimal('725000.00'))
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, Protocol

import attrs

from cixi_innovation.scenarios._wording import not_a_language
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.vocabulary import LabelledEnum, PlatformKind

__all__ = [
    "CHART_SUFFIXES",
    "CJK_FONTS",
    "Chart",
    "ChartFontWarning",
    "Series",
    "budget_chart",
    "cjk_font",
    "draw",
    "fan_chart",
    "figure",
    "histogram_chart",
    "save",
    "states_chart",
]

#: The file suffixes :func:`save` writes (and ``simulate --plot`` accepts).
CHART_SUFFIXES: Final = (".png", ".svg")

#: Budget lines: code → (zh, en); the codes are the fields of a Monte Carlo year.
_LINES: Final[dict[str, tuple[str, str]]] = {
    "cash": ("当年市级支出", "net cash"),
    "advances": ("第十条预拨", "Art. 10 advances"),
    "settlements": ("第十条结算(净额)", "Art. 10 settlements, net"),
    "art16": ("第十六条补助", "Art. 16 subsidies"),
    "art20": ("第二十条配套", "Art. 20 matching"),
}
_KINDS: Final[dict[PlatformKind, tuple[str, str]]] = {
    PlatformKind.COMPLEX: ("综合体", "Complexes"),
    PlatformKind.CONSORTIUM: ("联合体", "Consortia"),
    PlatformKind.INNOVATION_CENTER: ("创新中心", "Innovation Centers"),
}
_TEXTS: Final[dict[str, tuple[str, str]]] = {
    "assumed": ("(假设)", " (assumed)"),
    "note": (
        "金额基于情景假设(预拨额、结算挂钩、第十六条安排、第二十条比例、结果及其概率),非本办法规定。",
        "Amounts rest on the scenario's assumptions (advance, settlement link, Art. 16 "
        "schedule, Art. 20 ratio, outcomes and their probabilities), not on values of the "
        "Measures.",
    ),
    "states_note": (
        "年末状态来自情景给定或抽取的结果(情景假设),非本办法规定。",
        "States at year end follow the outcomes the scenario gives or draws (assumptions "
        "of the scenario), not values of the Measures.",
    ),
    "year": ("年度", "year"),
    "yuan": ("元", "yuan"),
    "runs": ("模拟次数", "runs"),
    "platform": ("平台", "platform"),
    "budget_article": ("按条款分列的年度市级支出", "Cixi budget per year, by article"),
    "budget_kind": ("按平台类型分列的年度市级支出", "Cixi budget per year, by platform kind"),
    "fan": ("{line}:{runs}次模拟的分布", "{line}: distribution over {runs} runs"),
    "histogram": ("{year}年{line}:{runs}次模拟的分布", "{line} in {year}: {runs} runs"),
    "histogram_values": ("{line}:{runs}个值的分布", "{line}: {runs} values"),
    "states": ("平台年末状态", "platforms' states at year end"),
    "minimum-maximum": ("最小值-最大值", "minimum-maximum"),
    "p5-p95": ("第5-95百分位", "5th-95th percentile"),
    "p50": ("中位数", "median"),
    "mean": ("平均值", "mean"),
}
_BY: Final = ("article", "kind")
_STATS: Final = ("minimum", "p5", "p50", "p95", "maximum", "mean")
_NOT_CREATED: Final = ("not_created", "尚未设立", "not yet created")


class _Row(Protocol):
    @property
    def platform_id(self) -> str: ...
    @property
    def kind(self) -> PlatformKind: ...
    @property
    def year(self) -> int: ...
    @property
    def state(self) -> LabelledEnum | None: ...
    @property
    def cash(self) -> Decimal: ...


class _Totals(Protocol):
    @property
    def year(self) -> int: ...
    @property
    def advances(self) -> Decimal: ...
    @property
    def settlements_paid(self) -> Decimal: ...
    @property
    def settlements_recovered(self) -> Decimal: ...
    @property
    def art16(self) -> Decimal: ...
    @property
    def art20(self) -> Decimal: ...


class _Simulation(Protocol):
    @property
    def rows(self) -> Sequence[_Row]: ...
    @property
    def totals(self) -> Sequence[_Totals]: ...


class _Study(Protocol):
    @property
    def runs(self) -> int: ...
    @property
    def years(self) -> Sequence[Any]: ...


@frozen
class Series:
    """One series of a chart: a stable ``key``, its ``label`` and one value per x.

    Attributes:
        key: a stable code (``advances``, ``complex``, ``p5``, a platform id …).
        label: the label in the chart's language.
        values: exact amounts (``Decimal`` yuan), counts, or state codes.
        assumed: the values rest on the scenario's assumptions.
    """

    key: str
    label: str
    values: tuple[Any, ...]
    assumed: bool = False


@frozen
class Chart:
    """What a chart plots, ready to draw: ``kind``, labels in ``lang``, x values, series.

    Attributes:
        kind: ``stacked``, ``fan``, ``histogram`` or ``states``.
        lang: ``zh`` or ``en``.
        title: the title.
        x_label: the label of the x axis.
        y_label: the label of the y axis.
        x: the x values (years; nothing for a histogram).
        series: the series, in drawing order.
        note: what the values rest on.
        states: for a states chart, state code → label, in order of first appearance.
        english: for a chart in Chinese, the same chart in English, drawn instead when
            no font with Chinese characters is installed.
    """

    kind: str
    lang: str
    title: str
    x_label: str
    y_label: str
    x: tuple[int, ...]
    series: tuple[Series, ...]
    note: str
    states: Mapping[str, str] = attrs.field(factory=dict)
    english: Chart | None = attrs.field(default=None, eq=False, repr=False)


def _lang(lang: str) -> int:
    if lang not in ("zh", "en"):
        raise not_a_language(lang)
    return 0 if lang == "zh" else 1


def _in(lang: str, build: Callable[[int], Chart]) -> Chart:
    """The chart ``build`` makes in ``lang`` (0 zh, 1 en); in Chinese, with its English."""
    if _lang(lang):
        return build(1)
    return attrs.evolve(build(0), english=build(1))


def _text(key: str, index: int, **values: object) -> str:
    return _TEXTS[key][index].format(**values)


def _assumed(label: str, index: int) -> str:
    return label + _TEXTS["assumed"][index]


def budget_chart(result: _Simulation, *, by: str = "article", lang: str = "en") -> Chart:
    """The Cixi budget per year of a simulation, stacked by article or by platform kind.

    By article the series are the Art. 10 advances, the Art. 10 settlements net of the
    advances recovered (negative in a year that recovers more than it pays), the Art. 16
    subsidies and the Art. 20 matching; by kind, each kind's net cash.  Either way the
    series of a year add up to its net cash.

    Raises:
        InputError: ``by`` is not ``article`` or ``kind``; ``lang`` is not zh or en.
    """
    _lang(lang)
    if by not in _BY:
        raise InputError(
            f"{by!r} is not a way to stack; choose article or kind",
            zh=f"{by!r} 不是可选的堆叠方式;请选 article 或 kind",
            field="by",
        )
    totals = result.totals
    years = tuple(t.year for t in totals)
    if by == "article":
        columns = {
            "advances": tuple(t.advances for t in totals),
            "settlements": tuple(t.settlements_paid - t.settlements_recovered for t in totals),
            "art16": tuple(t.art16 for t in totals),
            "art20": tuple(t.art20 for t in totals),
        }
        names = {key: _LINES[key] for key in columns}
    else:
        sums = {kind: dict.fromkeys(years, Decimal("0.00")) for kind in _KINDS}
        for row in result.rows:
            sums[row.kind][row.year] += row.cash
        columns = {kind.code: tuple(sums[kind].values()) for kind in _KINDS}
        names = {kind.code: _KINDS[kind] for kind in _KINDS}

    def build(index: int) -> Chart:
        series = tuple(
            Series(key, _assumed(names[key][index], index), values, assumed=True)
            for key, values in columns.items()
        )
        return Chart(
            "stacked",
            ("zh", "en")[index],
            _text(f"budget_{by}", index),
            _text("year", index),
            _text("yuan", index),
            years,
            series,
            _text("note", index),
        )

    return _in(lang, build)


def _line(line: str) -> None:
    if line not in _LINES:
        raise InputError(
            f"{line!r} is not a budget line; choose one of: {', '.join(_LINES)}",
            zh=f"{line!r} 不是可选的预算项;可选:{'、'.join(_LINES)}",
            field="line",
        )


def fan_chart(study: _Study, *, line: str = "cash", lang: str = "en") -> Chart:
    """A Monte Carlo fan chart of a budget line: per year its bands, median and mean.

    The series are the minimum, 5th, 50th and 95th percentiles, the maximum and the
    mean of ``line`` (``cash``, ``advances``, ``settlements``, ``art16`` or ``art20``)
    over the runs, year by year (nearest-rank percentiles, observed values).

    Raises:
        InputError: an unknown ``line`` or ``lang``.
    """
    _lang(lang)
    _line(line)
    distributions = [getattr(entry, line) for entry in study.years]
    columns = {stat: tuple(getattr(d, stat) for d in distributions) for stat in _STATS}
    labels = {
        "minimum": "minimum-maximum",
        "p5": "p5-p95",
        "p95": "p5-p95",
        "maximum": "minimum-maximum",
    }

    def build(index: int) -> Chart:
        series = tuple(
            Series(stat, _text(labels.get(stat, stat), index), values, assumed=True)
            for stat, values in columns.items()
        )
        return Chart(
            "fan",
            ("zh", "en")[index],
            _text("fan", index, line=_assumed(_LINES[line][index], index), runs=study.runs),
            _text("year", index),
            _text("yuan", index),
            tuple(entry.year for entry in study.years),
            series,
            _text("note", index),
        )

    return _in(lang, build)


def _run_values(study: object, line: str, year: int) -> tuple[Decimal, ...]:
    read = getattr(study, "run_values", None)
    if read is None or getattr(study, "kept_runs", True) is False:
        raise InputError(
            "this Monte Carlo result holds no per-run values to draw a histogram from; "
            "run the study keeping each run's values, or give the values",
            zh="该蒙特卡洛结果未保存各次模拟的数值,无法绘制直方图;"
            "请保存各次模拟的数值重新模拟,或直接给出数值",
            field="values",
        )
    values: tuple[Decimal, ...] = tuple(read(line, year))
    return values


def histogram_chart(
    study: _Study | None = None,
    year: int | None = None,
    *,
    line: str = "cash",
    values: Iterable[Decimal] | None = None,
    lang: str = "en",
) -> Chart:
    """The distribution over the runs of ``line`` in ``year``, as a histogram.

    The values are the ones the study holds for each run (read with its
    ``run_values(line, year)``), or ``values`` when given.

    Raises:
        InputError: the study holds no per-run values and none are given; no values at
            all; an unknown ``line`` or ``lang``.
    """
    _lang(lang)
    _line(line)
    if values is not None:
        found = tuple(values)
    elif study is not None and year is not None:
        found = _run_values(study, line, year)
    else:
        raise InputError(
            "give a Monte Carlo result and a year, or the values",
            zh="请给出蒙特卡洛结果及年度,或直接给出数值",
            field="values",
        )
    if not found:
        raise InputError(
            "there are no values to draw a histogram from",
            zh="没有可绘制直方图的数值",
            field="values",
        )

    def build(index: int) -> Chart:
        name = _assumed(_LINES[line][index], index)
        key = "histogram_values" if year is None else "histogram"
        return Chart(
            "histogram",
            ("zh", "en")[index],
            _text(key, index, line=name, year=year, runs=len(found)),
            _text("yuan", index),
            _text("runs", index),
            (),
            (Series(line, name, found, assumed=True),),
            _text("note", index),
        )

    return _in(lang, build)


def states_chart(
    result: _Simulation, *, platforms: Sequence[str] | None = None, lang: str = "en"
) -> Chart:
    """Each platform's state at the end of each year (all platforms, or those named).

    A series per platform holds its state codes year by year (``not_created`` before
    the platform exists); ``states`` gives each code's label.

    Raises:
        InputError: a platform id is not in the result; an unknown ``lang``.
    """
    _lang(lang)
    years = tuple(t.year for t in result.totals)
    by_platform: dict[str, list[_Row]] = {}
    for row in result.rows:
        by_platform.setdefault(row.platform_id, []).append(row)
    chosen = list(by_platform) if platforms is None else list(platforms)
    for platform_id in chosen:
        if platform_id not in by_platform:
            raise InputError(
                f"{platform_id!r} is not a platform of the result",
                zh=f"{platform_id!r} 不是该结果中的平台",
                field="platforms",
            )
    labels: dict[str, tuple[str, str]] = {}
    series = []
    for platform_id in chosen:
        codes = []
        for row in by_platform[platform_id]:
            state = row.state
            code, zh, en = _NOT_CREATED if state is None else (state.code, state.zh, state.en)
            labels.setdefault(code, (zh, en))
            codes.append(code)
        series.append(Series(platform_id, platform_id, tuple(codes)))

    def build(index: int) -> Chart:
        return Chart(
            "states",
            ("zh", "en")[index],
            _text("states", index),
            _text("year", index),
            _text("platform", index),
            years,
            tuple(series),
            _text("states_note", index),
            {code: label[index] for code, label in labels.items()},
        )

    return _in(lang, build)


# --- drawing ------------------------------------------------------------------------

#: Families with Chinese characters, tried in this order for a chart in Chinese.
CJK_FONTS: Final = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
    "STHeiti",
    "AR PL UMing CN",
    "Droid Sans Fallback",
)
#: The colours of the series and states, in order (matplotlib's tab10, then tab20's light tones).
_COLOURS: Final = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
)  # fmt: skip


class ChartFontWarning(UserWarning):
    """No font with Chinese characters is installed: a chart in Chinese is drawn in English."""


def _matplotlib() -> None:
    """Import matplotlib, or say which extra installs it."""
    try:
        import matplotlib  # noqa: F401
    except ImportError as error:
        raise ImportError(
            "drawing a chart needs matplotlib, which is not installed: "
            "pip install 'cixi-innovation[plot]'"
        ) from error


def cjk_font(names: Iterable[str] | None = None) -> str | None:
    """The first family of :data:`CJK_FONTS` among ``names`` (matplotlib's fonts by default)."""
    if names is None:
        _matplotlib()
        import matplotlib.font_manager

        names = (font.name for font in matplotlib.font_manager.fontManager.ttflist)
    installed = set(names)
    return next((name for name in CJK_FONTS if name in installed), None)


def _floats(values: Iterable[Any]) -> list[float]:
    return [float(v) for v in values]


def draw(chart: Chart, ax: Any) -> None:
    """Draw ``chart`` on the matplotlib axes ``ax`` (its title, axes labels and legend)."""
    x = list(chart.x)
    if chart.kind == "stacked":
        above = [0.0] * len(x)
        below = [0.0] * len(x)
        for colour, series in zip(_COLOURS, chart.series, strict=False):
            values = _floats(series.values)
            bottom = [a if v >= 0 else b for v, a, b in zip(values, above, below, strict=True)]
            ax.bar(x, values, bottom=bottom, label=series.label, color=colour)
            above = [a + max(v, 0.0) for v, a in zip(values, above, strict=True)]
            below = [b + min(v, 0.0) for v, b in zip(values, below, strict=True)]
    elif chart.kind == "fan":
        line = {s.key: s for s in chart.series}
        for low, high, alpha in (("minimum", "maximum", 0.2), ("p5", "p95", 0.4)):
            ax.fill_between(x, _floats(line[low].values), _floats(line[high].values),
                            alpha=alpha, color=_COLOURS[0], label=line[low].label)  # fmt: skip
        ax.plot(x, _floats(line["p50"].values), color=_COLOURS[0], label=line["p50"].label)
        ax.plot(x, _floats(line["mean"].values), color=_COLOURS[1], linestyle="--",
                label=line["mean"].label)  # fmt: skip
    elif chart.kind == "histogram":
        (series,) = chart.series
        values = _floats(series.values)
        ax.hist(values, bins=min(30, len(set(values))), color=_COLOURS[0], label=series.label)
    else:
        colour_of = dict(zip(chart.states, _COLOURS * 2, strict=False))
        shown: set[str] = set()
        for position, series in enumerate(chart.series):
            for year, code in zip(x, series.values, strict=True):
                first = chart.states[code] if code not in shown else None
                shown.add(code)
                ax.barh(position, 1, left=year - 0.5, color=colour_of[code], label=first)
        ax.set_yticks(list(range(len(chart.series))), [s.label for s in chart.series])
        ax.invert_yaxis()
    if x:
        ax.set_xticks(x, [str(year) for year in x])
    ax.set_title(chart.title)
    ax.set_xlabel(chart.x_label)
    ax.set_ylabel(chart.y_label)
    ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0))


def figure(chart: Chart) -> Any:
    """A new ``matplotlib.figure.Figure`` with ``chart`` drawn on it, and its note below.

    A chart in Chinese is drawn with the first family of :data:`CJK_FONTS` installed;
    with none, it is drawn in English and :class:`ChartFontWarning` says so.

    Raises:
        ImportError: matplotlib is not installed (the ``plot`` extra).
    """
    _matplotlib()
    from matplotlib.figure import Figure
    from matplotlib.text import Text
    from matplotlib.ticker import StrMethodFormatter

    font = None
    if chart.lang == "zh":
        font = cjk_font()
        if font is None and chart.english is not None:
            warnings.warn(
                "no font with Chinese characters is installed (e.g. Noto Sans CJK SC, "
                "Debian's fonts-noto-cjk); the chart is drawn in English",
                ChartFontWarning,
                stacklevel=2,
            )
            chart = chart.english
    fig = Figure(figsize=(10, 5), layout="constrained")
    ax = fig.subplots()
    draw(chart, ax)
    if chart.kind in ("stacked", "fan"):
        ax.yaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    elif chart.kind == "histogram":
        ax.xaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    fig.supxlabel(chart.note, fontsize="x-small", wrap=True)
    if font is not None:
        for text in fig.findobj(Text):
            text.set_fontfamily([font, "DejaVu Sans"])
    return fig


def save(chart: Chart, path: str | Path) -> Path:
    """Draw ``chart`` and write it to ``path``, a ``.png`` or ``.svg`` file; return the path.

    Raises:
        InputError: another suffix.
        ImportError: matplotlib is not installed (the ``plot`` extra).
    """
    target = Path(path)
    if target.suffix.lower() not in CHART_SUFFIXES:
        raise InputError(
            f"{str(path)!r} is not a .png or .svg file; a chart is written as PNG or SVG",
            zh=f"{str(path)!r} 不是 .png 或 .svg 文件;图表以 PNG 或 SVG 写出",
            field="path",
        )
    figure(chart).savefig(target)
    return target
