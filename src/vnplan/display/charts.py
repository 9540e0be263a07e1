"""Charts of a report: attainment of the plan, and growth on the year before (``vnplan[plot]``).

Each function returns a :class:`matplotlib.figure.Figure` built without ``pyplot``: it
opens no window, never calls ``show()``, and leaves pyplot's state alone. Save it with
``figure.savefig("chart.png")``; in a notebook, it displays as an image when it is the
cell's value (it gives IPython a PNG of itself), whether or not pyplot is in use.

Labels are in Vietnamese (``lang="vi"``, the default) or English (``lang="en"``) and are
set in DejaVu Sans, which ships with matplotlib and has every Vietnamese letter.

>>> import vnplan
>>> from vnplan.plot import attainment_chart
>>> figure = attainment_chart(vnplan.load("dien-bien-2022"))
>>> figure.savefig("attainment.png")  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Final, TypeVar

from vnplan._enums import Direction
from vnplan.analysis.scorecard import GrowthResult, ScorecardRow, in_year, scorecard
from vnplan.exceptions import ValidationError
from vnplan.model import SECTORS, Report
from vnplan.model.labels import BASIS_NAMES, Language, check_language, sector_name
from vnplan.text import format_percent

if TYPE_CHECKING:
    from collections.abc import Sequence

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from vnplan.analysis.collection import Collection

__all__ = ["attainment_chart", "growth_chart"]

#: Colours: met (or a change for the better), not met (for the worse), neither.
_GOOD: Final = "#2da44e"
_BAD: Final = "#cf222e"
_NEUTRAL: Final = "#8c959f"
_BAND: Final = "#eaeef2"  # behind a sector heading
_GROUND: Final = {"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none"}
_FONT: Final = "DejaVu Sans"
_LABEL_WIDTH: Final = 58
_ROW_HEIGHT: Final = 0.24  # inches per bar or sector heading

_WORDS: Final[dict[str, tuple[str, str]]] = {
    "attainment_title": (
        "Kết quả thực hiện kế hoạch năm {year}",
        "Outturn against plan, {year}",
    ),
    "growth_title": (
        "Tăng trưởng năm {year} so với năm {previous}",
        "Growth in {year} on {previous}",
    ),
    "source": ("{issuer}, {number}", "{issuer}, {number}"),
    "percent_of_plan": ("% kế hoạch", "% of plan"),
    "growth_axis": ("% so với năm trước", "% on the year before"),
    "plan_line": ("100% kế hoạch", "100% of plan"),
    "met": ("Đạt kế hoạch", "Met"),
    "not_met": ("Chưa đạt kế hoạch", "Not met"),
    "neither": ("Không xét hướng", "Neither way is better"),
    "better": ("Tăng/giảm theo hướng tốt", "Change for the better"),
    "worse": ("Tăng/giảm theo hướng xấu", "Change for the worse"),
    "lower_note": (
        "↓ chỉ tiêu càng thấp càng tốt: đạt khi không vượt 100% kế hoạch",
        "↓ lower is better: met at or below 100% of plan",
    ),
    "computed_note": (
        "* tính từ số liệu in trong báo cáo (báo cáo không nêu tỷ lệ)",
        "* computed from printed figures (the report states no ratio)",
    ),
}


def _number(report: Report, language: str) -> str:
    """The report's number as a chart's source line says it, or its kind and year."""
    if report.number is None:
        return f"{report.kind.value} {report.year}"
    return f"Báo cáo số {report.number}" if language == "vi" else f"report {report.number}"


def _word(key: str, lang: Language, **values: object) -> str:
    vi, en = _WORDS[key]
    return (vi if lang == "vi" else en).format(**values)


def _pyplot_free_figure(rows: int) -> Figure:
    """A new figure sized for ``rows`` bars, made without pyplot."""
    try:
        importlib.import_module("matplotlib.figure")
    except ImportError as error:
        raise ImportError(
            "charts need matplotlib, which is not installed; install the extra with "
            "`pip install 'vnplan[plot]'`"
        ) from error
    figure_module = importlib.import_module("vnplan.display.chart_figure")
    # A ChartFigure, so that a chart last in a notebook cell displays as an image.
    figure: Figure = figure_module.ChartFigure(
        figsize=(11, 1.9 + _ROW_HEIGHT * rows), layout="constrained"
    )
    return figure


def _short(text: str, width: int = _LABEL_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip(" ,(-") + "…"


def _percent(value: Decimal, lang: Language) -> str:
    """A percentage to at most two decimals, without trailing zeros: 102,49% · 100%."""
    rounded = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    decimals = 2
    while decimals and rounded == rounded.quantize(Decimal(1).scaleb(1 - decimals)):
        decimals -= 1
    return format_percent(rounded, lang, decimals=decimals)


def _year(report: Report, year: int | None) -> int:
    if year is None:
        return report.year
    return _given_year(year)


def _given_year(year: object) -> int:
    if isinstance(year, bool) or not isinstance(year, int):
        raise ValidationError("year", "a year such as 2022, or None", year)
    return year


class _Rows:
    """The rows of a bar chart: sector headings, then bars with their labels and colours."""

    def __init__(self) -> None:
        self.labels: list[str] = []
        self.headings: list[int] = []
        self.bars: list[tuple[int, float, str, str, bool]] = []  # row, value, colour, text, *

    def heading(self, text: str) -> None:
        self.headings.append(len(self.labels))
        self.labels.append(text)

    def bar(self, label: str, value: Decimal, colour: str, text: str, *, computed: bool) -> None:
        self.bars.append((len(self.labels), float(value), colour, text, computed))
        self.labels.append(label)


def _by_sector(results: Sequence[ScorecardRow | GrowthResult]) -> list[str]:
    """The sectors that have results, in the order of :data:`vnplan.model.SECTORS`."""
    present = {r.indicator.sector for r in results}
    return [s for s in SECTORS if s in present]


def _draw(
    figure: Figure,
    rows: _Rows,
    *,
    reference: float,
    reference_label: str | None,
    axis_label: str,
    title: str,
) -> Axes:
    axes = figure.add_subplot()
    transforms = importlib.import_module("matplotlib.transforms")
    positions = [row for row, *_ in rows.bars]
    values = [value for _, value, *_ in rows.bars]
    colours = [colour for _, _, colour, *_ in rows.bars]
    axes.barh(positions, values, color=colours, height=0.7, zorder=2)
    low = min([*values, reference, 0.0])
    high = max([*values, reference, 0.0])
    span = high - low or 1.0
    axes.set_xlim(low - 0.14 * span if low < 0 else 0, high + 0.14 * span)
    for row, value, _, text, computed in rows.bars:
        left = value < 0
        # A label that would cross the reference line gets a white ground (only those:
        # a ground for every label doubles the drawing time).
        near = (value - reference) * (1 if left else -1) > 0 and abs(value - reference) < 0.1 * span
        axes.annotate(
            f"{text}*" if computed else text,
            (value, row),
            xytext=(-3 if left else 3, 0),
            textcoords="offset points",
            ha="right" if left else "left",
            va="center",
            fontsize=7.5,
            family=_FONT,
            zorder=4,
            bbox=_GROUND if near else None,
        )
    heading_place = transforms.blended_transform_factory(axes.transAxes, axes.transData)
    for row in rows.headings:
        axes.axhspan(row - 0.5, row + 0.5, color=_BAND, zorder=0, linewidth=0)
        axes.text(
            0.005,
            row,
            rows.labels[row],
            transform=heading_place,
            fontsize=9,
            fontweight="bold",
            family=_FONT,
            va="center",
            zorder=4,
            bbox={"boxstyle": "square,pad=0.15", "facecolor": _BAND, "edgecolor": "none"},
        )
    axes.axvline(reference, color="#24292f", linestyle="--", linewidth=1, zorder=3)
    if reference_label:
        axes.annotate(
            reference_label,
            (reference, -1.0),
            xytext=(3, 0),
            textcoords="offset points",
            fontsize=8,
            family=_FONT,
            va="center",
        )
    labels = ["" if row in rows.headings else label for row, label in enumerate(rows.labels)]
    axes.set_yticks(range(len(labels)), labels, fontsize=8, family=_FONT)
    axes.set_ylim(len(labels) - 0.5, -1.6)
    axes.tick_params(axis="y", length=0)
    axes.grid(axis="x", color="#d0d7de", linewidth=0.6, zorder=1)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.set_xlabel(axis_label, family=_FONT)
    axes.xaxis.set_major_formatter(lambda x, _: f"{x:.0f}%")
    axes.set_title(title, family=_FONT, fontsize=12, loc="left", fontweight="bold")
    return axes


def _legend(figure: Figure, entries: Sequence[tuple[str, str]], notes: str) -> None:
    patches = importlib.import_module("matplotlib.patches")
    handles = [patches.Patch(color=colour, label=label) for colour, label in entries]
    figure.legend(
        handles=handles,
        loc="outside upper right",
        ncols=len(handles),
        prop={"family": _FONT, "size": 8},
        frameon=False,
    )
    if notes:
        figure.text(0.01, 0.002, notes, fontsize=7.5, family=_FONT, va="bottom", color="#57606a")


_R = TypeVar("_R", ScorecardRow, GrowthResult)


def _unique(results: Sequence[GrowthResult]) -> list[GrowthResult]:
    """Drop a growth that repeats another of the same indicator and time (said twice)."""
    seen: set[object] = set()
    kept = []
    for result in results:
        whole = (result.indicator.id, result.period, result.as_of, result.reference, result.percent)
        if whole not in seen:
            seen.add(whole)
            kept.append(result)
    return kept


def _label(result: ScorecardRow | GrowthResult, lang: Language, suffix: str = "") -> str:
    """The indicator's name, shortened, with ``suffix`` and ``↓`` for lower-is-better."""
    indicator = result.indicator
    name = indicator.name_vi if lang == "vi" else indicator.name_en
    mark = " ↓" if indicator.direction is Direction.LOWER else ""
    return _short(name, _LABEL_WIDTH - len(suffix) - len(mark)) + suffix + mark


def _disambiguated(results: Sequence[_R], sector: str, labels: dict[int, str]) -> list[_R]:
    """The results of ``sector``; where two share a label, each gets its printed value."""
    chosen = [r for r in results if r.indicator.sector == sector]
    counts: dict[str, int] = {}
    for result in chosen:
        counts[labels[id(result)]] = counts.get(labels[id(result)], 0) + 1
    for result in chosen:
        if counts[labels[id(result)]] > 1:
            where = _where(result)
            labels[id(result)] = f"{_short(labels[id(result)], _LABEL_WIDTH - 20)} ({where})"
    return chosen


def _where(result: ScorecardRow | GrowthResult) -> str:
    """The printed value a result is about (with its page's publisher), else its claim's place."""
    if isinstance(result, ScorecardRow) and result.result_printed is not None:
        source = result.result_source
        publisher = None if source is None else source.publisher
        return result.result_printed + ("" if publisher is None else f", {publisher}")
    figure = result.result if isinstance(result, ScorecardRow) else result.current
    if figure is not None:
        return figure.printed
    return "" if result.claim is None else str(result.claim.location)


def _plan_colour(result: ScorecardRow) -> str:
    if result.met is None:
        return _NEUTRAL
    return _GOOD if result.met else _BAD


def _plan_labels(rows: Sequence[ScorecardRow], lang: Language, year: int) -> dict[int, str]:
    """Each row's label, by ``id()``: indicator, basis where several, period if not ``year``."""
    bases: dict[str, set[object]] = {}
    for row in rows:
        bases.setdefault(row.indicator.id, set()).add(row.basis)
    labels: dict[int, str] = {}
    for row in rows:
        suffix = ""
        if len(bases[row.indicator.id]) > 1:
            suffix = f" ({BASIS_NAMES[row.basis][0 if lang == 'vi' else 1]})"
        if row.period is not None and not in_year(row.period, None, year):
            suffix += f" ({row.period})"
        labels[id(row)] = _label(row, lang, suffix)
    return labels


def attainment_chart(
    report: Report | Collection, *, year: int | None = None, lang: str = "vi"
) -> Figure:
    """Chart each target's attainment, by sector: the rows of :func:`vnplan.scorecard`.

    Given a :class:`~vnplan.Collection` and a ``year``, the targets of that year from
    any of its reports against their results from any of them: the rows of
    ``collection.scorecard(year)``, a bar per result, each result's source named where
    one target has several.

    One horizontal bar per scorecard row with an attainment: the outturn in percent of
    the plan, as the report states it (*đạt 102,49% kế hoạch*), or computed from the
    printed outturn and target where the report states no ratio (marked ``*``). A dashed
    line stands at 100%. Bars are green where the target was met, red where it was not,
    grey where neither way is better (a neutral indicator, such as spending against the
    budget): the chart's counts are the scorecard's. A zero target, which has no ratio,
    has an empty bar marked ``—``.

    **Lower-is-better indicators** (the poverty rate) are marked ``↓`` and keep their
    ratio as stated, not inverted: their plan is met at or *below* 100%, and their colour
    says so. An indicator with plans of several bases (the provincial and the central
    budget) has one bar per basis, the basis named in its label.

    Args:
        report: The report, or a collection (then ``year`` is required).
        year: Only the targets of this year. By default every row, those of another
            period than the year reported (a five-year plan, 2021-2025) with the period
            in their label. A figure at a date belongs to the year of the date, and a
            date in January also to the year before: a year's public investment capital
            may be disbursed until 31 January of the next.
        lang: ``"vi"`` or ``"en"``, for names, titles and numbers.

    Returns:
        The figure.

    Raises:
        ValidationError: ``lang`` is not ``"vi"`` or ``"en"``, ``year`` is not a year (or
            is missing for a collection), or the report has no attainment (of that year).
        ImportError: matplotlib is not installed.
    """
    language = check_language(lang)
    if not isinstance(report, Report):
        return _collection_chart(report, year, language)
    card = scorecard(report)
    results = [row for row in card if row.attainment is not None]
    if year is not None:
        chosen = _given_year(year)
        results = [row for row in results if in_year(row.period, row.as_of, chosen)]
    if not results:
        years = sorted({y for row in card if row.attainment is not None for y in _years(row)})
        raise ValidationError(
            "year",
            f"a year with outturns against plans ({', '.join(map(str, years)) or 'none'})",
            year,
        )
    shown_year = report.year if year is None else year
    source = _word("source", language, issuer=report.issuer, number=_number(report, language))
    return _plan_chart(results, shown_year, source, language)


def _collection_chart(collection: Collection, year: int | None, language: Language) -> Figure:
    """The attainment chart of a year's targets across the reports of a collection."""
    chosen = _given_year(year)
    results = [row for row in collection.scorecard(chosen) if row.attainment is not None]
    if not results:
        raise ValidationError("year", "a year with targets and results in the reports", year)
    used = {id(r): r for row in results for r in (row.target_report, row.result_report) if r}
    source = " · ".join(r.label for r in collection.reports if id(r) in used)
    return _plan_chart(results, chosen, source, language)


def _plan_chart(
    results: Sequence[ScorecardRow], shown_year: int, source: str, language: Language
) -> Figure:
    """Draw the attainment bars of scorecard rows, by sector."""
    labels = _plan_labels(results, language, shown_year)
    rows = _Rows()
    for sector in _by_sector(results):
        rows.heading(sector_name(sector, language))
        for result in _disambiguated(results, sector, labels):
            percent = result.percent
            rows.bar(
                labels[id(result)],
                Decimal(0) if percent is None else percent,
                _plan_colour(result),
                "—" if percent is None else _percent(percent, language),
                computed=result.source == "computed",
            )
    figure = _pyplot_free_figure(len(rows.labels))
    title = _word("attainment_title", language, year=shown_year)
    _draw(
        figure,
        rows,
        reference=100.0,
        reference_label=_word("plan_line", language),
        axis_label=_word("percent_of_plan", language),
        title=f"{title}\n{source}",
    )
    notes = []
    if any(r.indicator.direction is Direction.LOWER for r in results):
        notes.append(_word("lower_note", language))
    if any(r.source == "computed" for r in results):
        notes.append(_word("computed_note", language))
    entries = [(_GOOD, _word("met", language)), (_BAD, _word("not_met", language))]
    if any(r.met is None for r in results):
        entries.append((_NEUTRAL, _word("neither", language)))
    _legend(figure, entries, "   ".join(notes))
    return figure


def _years(result: ScorecardRow) -> set[int]:
    if result.period is not None:
        return {result.period.start_year} if result.period.is_year else set()
    if result.as_of is not None:
        return {result.as_of.year}
    return set()


def _growth_colour(result: GrowthResult) -> str:
    if result.better is None:
        return _NEUTRAL
    return _GOOD if result.better else _BAD


def growth_chart(report: Report, *, year: int | None = None, lang: str = "vi") -> Figure:
    """Chart each indicator's growth on the year before, by sector.

    One horizontal bar per growth the report states against the same period a year
    earlier (*tăng 10,19% so với năm 2021*), or computes from two printed figures where it
    states none (marked ``*``); a line stands at 0%. Bars are green for a change for the
    better (a rise of a higher-is-better indicator, a fall of a lower-is-better one), red
    for the worse, grey for a neutral indicator. Growth against other periods (*so với
    năm 2015*) and changes in percentage points are left out.

    Args:
        report: The report.
        year: The year that grew; by default :attr:`~vnplan.Report.year`.
        lang: ``"vi"`` or ``"en"``.

    Returns:
        The figure.

    Raises:
        ValidationError: ``lang`` is not ``"vi"`` or ``"en"``, ``year`` is not a year, or
            the report has no growth of that year on the year before.
        ImportError: matplotlib is not installed.
    """
    language = check_language(lang)
    chosen = _year(report, year)
    results = [
        r
        for r in scorecard(report).growth
        if r.vs_previous_year and in_year(r.period, r.as_of, chosen)
    ]
    if not results:
        raise ValidationError("year", "a year with growth on the year before", chosen)
    results = _unique(results)
    labels = {id(result): _label(result, language) for result in results}
    rows = _Rows()
    for sector in _by_sector(results):
        rows.heading(sector_name(sector, language))
        for result in _disambiguated(results, sector, labels):
            rows.bar(
                labels[id(result)],
                result.percent,
                _growth_colour(result),
                _percent(result.percent, language),
                computed=result.source == "computed",
            )
    figure = _pyplot_free_figure(len(rows.labels))
    title = _word("growth_title", language, year=chosen, previous=chosen - 1)
    source = _word("source", language, issuer=report.issuer, number=_number(report, language))
    _draw(
        figure,
        rows,
        reference=0.0,
        reference_label=None,
        axis_label=_word("growth_axis", language),
        title=f"{title}\n{source}",
    )
    notes = []
    if any(r.indicator.direction is Direction.LOWER for r in results):
        notes.append("↓ càng thấp càng tốt" if language == "vi" else "↓ lower is better")
    if any(r.source == "computed" for r in results):
        notes.append(_word("computed_note", language))
    entries = [(_GOOD, _word("better", language)), (_BAD, _word("worse", language))]
    if any(r.better is None for r in results):
        entries.append((_NEUTRAL, _word("neither", language)))
    _legend(figure, entries, "   ".join(notes))
    return figure
