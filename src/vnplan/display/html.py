"""HTML for notebooks: the ``_repr_html_`` of reports, indicators, figures and audit results.

Pure functions from model objects to HTML text; nothing here is imported until a notebook
asks for a display. Every text from the model is escaped. Meaning never rests on colour
alone: a met plan is marked ``✓ đạt`` and a missed one ``✗ chưa đạt``, so the tables read
the same where a notebook viewer drops the styles.

Names are shown in Vietnamese with the English below; values as printed, with their units,
periods and where in the report they stand. A report is grouped by sector, each sector
in a collapsible section.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING, Final

from vnplan._enums import Bound, Severity, Status
from vnplan.analysis.scorecard import GrowthResult, ScorecardRow, scorecard
from vnplan.model import SECTORS, Claim, Indicator, Measurement, Period, Target
from vnplan.model.labels import (
    BASIS_NAMES,
    BOUND_NAMES,
    DIRECTION_NAMES,
    MEASURE_NAMES,
    ROLE_NAMES,
    STATUS_NAMES,
    sector_name,
)
from vnplan.text import format_date, format_number, format_percent

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from vnplan.analysis.scorecard import Scorecard
    from vnplan.checks.findings import Finding
    from vnplan.model import Report, Source

__all__ = ["figure_html", "findings_html", "indicator_html", "report_html", "scorecard_html"]

#: Colours of a met plan, a missed one, and one where neither way is better.
MET_COLOR: Final = "#1a7f37"
NOT_MET_COLOR: Final = "#cf222e"
NEUTRAL_COLOR: Final = "#6e7781"

_CSS: Final = """
.vnplan { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
  sans-serif; font-size: 13px; line-height: 1.35;
  word-break: normal; overflow-wrap: normal; hyphens: none; }
.vnplan .scroll { overflow-x: auto; max-width: 100%; }
.vnplan table { border-collapse: collapse; margin: 4px 0 10px 0; }
.vnplan th, .vnplan td { padding: 3px 8px; border-bottom: 1px solid rgba(127,127,127,.25);
  text-align: left; vertical-align: top; }
.vnplan th { font-weight: 600; border-bottom: 1px solid rgba(127,127,127,.6); }
.vnplan .en { color: #6e7781; font-size: 0.9em; font-weight: normal; }
.vnplan .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.vnplan .where { color: #6e7781; font-size: 0.85em; white-space: nowrap; }
.vnplan .met { color: #1a7f37; font-weight: 600; white-space: nowrap; }
.vnplan .not-met { color: #cf222e; font-weight: 600; white-space: nowrap; }
.vnplan .neutral { color: #6e7781; white-space: nowrap; }
.vnplan table.sector { width: 100%; min-width: 64em; table-layout: fixed; }
.vnplan table.sector th, .vnplan table.sector td { white-space: normal; }
.vnplan td.where, .vnplan table.sector .where { white-space: normal; }
.vnplan td.text { min-width: 22em; }
.vnplan td.cited { min-width: 16em; }
.vnplan td.cited code { overflow-wrap: anywhere; }
.vnplan .nw { white-space: nowrap; }
.vnplan summary { cursor: pointer; font-weight: 600; margin: 6px 0 2px 0; }
.vnplan .title { font-size: 1.1em; font-weight: 600; margin: 2px 0; }
.vnplan .sev-material { color: #cf222e; font-weight: 600; white-space: nowrap; }
.vnplan .sev-rounding { color: #9a6700; font-weight: 600; white-space: nowrap; }
.vnplan .sev-info { color: #6e7781; font-weight: 600; white-space: nowrap; }
"""


def _e(value: object) -> str:
    """Escape any value's text for HTML (quotes included)."""
    return escape(str(value), quote=True)


def _unit_text(value: str) -> str:
    """Escape a printed value or a unit, with a break allowed after each ``/``.

    A cell breaks only between words, never inside a syllable; ``<wbr>`` lets a long unit
    such as ``triệu đồng/người/năm`` wrap at its slashes instead of overflowing.
    """
    return _e(value).replace("/", "/<wbr>")


def _both(vi: str, en: str, *, sep: str = "<br>") -> str:
    """Vietnamese, then the English in grey (both escaped)."""
    return f'{_e(vi)}{sep}<span class="en">{_e(en)}</span>'


def _head(vi: str, en: str, *, numeric: bool = False) -> str:
    cls = ' class="num"' if numeric else ""
    return f"<th{cls}>{_both(vi, en)}</th>"


def _open(kind: str) -> str:
    return f'<div class="vnplan vnplan-{kind}"><style>{_CSS}</style>'


def _when(period: Period | None, as_of: dt.date | None) -> str:
    """``2022``, ``đến 31/12/2022``, or both."""
    parts = []
    if period is not None:
        parts.append(_e(period))
    if as_of is not None:
        parts.append(f'đến <span class="nw">{as_of:%d/%m/%Y}</span>')
    return " ".join(parts) or "—"


def _percent(value: Decimal) -> str:
    return format_percent(value, "vi", decimals=2)


def _mark(met: bool | None) -> str:  # noqa: FBT001 (a verdict, not a flag)
    """``✓ đạt``, ``✗ chưa đạt`` or ``– không xét`` (neither way is better)."""
    if met is True:
        return '<span class="met" title="met">✓ đạt</span>'
    if met is False:
        return '<span class="not-met" title="not met">✗ chưa đạt</span>'
    return '<span class="neutral" title="neither way is better">–</span>'


def _plan_line(row: ScorecardRow) -> str:
    if row.source == "stated":
        text = _e(row.printed)
        title = "stated in the report"
    else:
        text = "—" if row.percent is None else _e(_percent(row.percent))
        text += ' <span class="en">(tính)</span>'
        target = row.target.printed if row.target else ""
        title = f"computed: actual ÷ target {target}"
    vi, en = BASIS_NAMES[row.basis]
    basis = f'<br><span class="en">{_e(vi)} · {_e(en)}</span>'
    # The mark may go to the next line in a narrow column; the attainment stays whole.
    shown = f'<span class="nw" title="{_e(title)}">{text}</span> {_mark(row.met)}'
    return f"{shown}{basis}"


def _plan_cell(rows: tuple[ScorecardRow, ...]) -> str:
    """The scorecard rows judged on a figure: one line per basis."""
    return "<br>".join(_plan_line(row) for row in rows)


def _growth_cell(result: GrowthResult | None) -> str:
    if result is None:
        return ""
    if result.source == "stated":
        text = _e(result.printed)
    else:
        text = _e(_percent(result.percent)) + ' <span class="en">(tính)</span>'
    cls = {True: "met", False: "not-met", None: "neutral"}[result.better]
    reference = ""
    if result.reference is not None:
        reference = f'<br><span class="en">so với {_e(result.reference)}</span>'
    return f'<span class="{cls}" style="font-weight:normal">{text}</span>{reference}'


def _role(figure: Measurement | Target) -> str:
    role_vi, role_en = ROLE_NAMES[figure.role]
    if isinstance(figure, Target):
        basis_vi, basis_en = BASIS_NAMES[figure.basis]
        return _both(basis_vi, role_en if basis_en == "plan" else f"{role_en}: {basis_en}")
    if figure.status is not Status.REPORTED:
        status_vi, status_en = STATUS_NAMES[figure.status]
        return _both(f"{role_vi}, {status_vi}", f"{role_en}, {status_en}")
    return _both(role_vi, role_en)


def _indicator_cell(indicator: Indicator) -> str:
    return (
        f'{_both(indicator.name_vi, indicator.name_en)}<br><span class="where">'
        f"{_e(indicator.id)}</span>"
    )


def _figure_row(
    figure: Measurement | Target,
    plan: tuple[ScorecardRow, ...],
    grown: GrowthResult | None,
) -> list[str]:
    return [
        f'<td class="num">{_when(figure.period, figure.as_of)}</td>',
        f"<td>{_role(figure)}</td>",
        f'<td class="num"><b>{_unit_text(figure.printed)}</b></td>',
        f"<td>{_unit_text(figure.unit)}</td>",
        f"<td>{_plan_cell(plan)}</td>",
        f"<td>{_growth_cell(grown)}</td>",
        f'<td class="where">{_e(figure.location)}</td>',
    ]


def _claim_row(
    claim: Claim, plan: tuple[ScorecardRow, ...], grown: GrowthResult | None
) -> list[str]:
    return [
        f'<td class="num">{_when(claim.period, None)}</td>',
        "<td>—</td>",
        f'<td class="num">{_both("không in số liệu", "value not printed")}</td>',
        f"<td>{_unit_text(claim.indicator.unit)}</td>",
        f"<td>{_plan_cell(plan)}</td>",
        f"<td>{_growth_cell(grown)}</td>",
        f'<td class="where">{_e(claim.location)}</td>',
    ]


#: The share of a sector table's width each column takes, so that every sector lines up.
_WIDTHS: Final = (21, 7, 9, 14, 10, 15, 12, 12)
_COLUMNS: Final = (
    ("Chỉ tiêu", "Indicator", False),
    ("Kỳ", "Period", True),
    ("Loại", "Role", False),
    ("Số liệu (như in)", "As printed", True),
    ("Đơn vị", "Unit", False),
    ("So với kế hoạch", "Against plan", False),
    ("Tăng trưởng", "Growth", False),
    ("Vị trí", "Where", False),
)


def _sector_table(report: Report, sector: str) -> tuple[str, int, int, int]:
    """One sector's table, and its counts of indicators, met and missed plans."""
    card = scorecard(report)
    # A stated attainment with no printed outturn has a line of its own.
    alone = {r.claim.id: r for r in card if r.claim is not None and r.result is None}
    growth_by_claim = {r.claim.id: r for r in card.growth if r.claim is not None}
    rows: list[str] = []
    shown = 0
    for indicator in report.indicators_in(sector):
        lines = [
            _figure_row(figure, card.rows_of(figure.id), card.growth_of(figure.id))
            for figure in report.figures(indicator=indicator)
        ]
        for claim in report.claims:
            if claim.indicator != indicator:
                continue
            plan = (alone[claim.id],) if claim.id in alone else ()
            grown = growth_by_claim.get(claim.id) if claim.subject is None else None
            if plan or grown is not None:
                lines.append(_claim_row(claim, plan, grown))
        if not lines:
            continue
        shown += 1
        span = f' rowspan="{len(lines)}"' if len(lines) > 1 else ""
        lines[0].insert(0, f"<td{span}>{_indicator_cell(indicator)}</td>")
        rows.extend(f"<tr>{''.join(cells)}</tr>" for cells in lines)
    in_sector = [r for r in card if r.indicator.sector == sector]
    met = sum(r.met is True for r in in_sector)
    missed = sum(r.met is False for r in in_sector)
    head = "".join(_head(vi, en, numeric=num) for vi, en, num in _COLUMNS)
    widths = "".join(f'<col style="width:{w}%">' for w in _WIDTHS)
    table = (
        f'<div class="scroll"><table class="sector"><colgroup>{widths}</colgroup>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )
    return table, shown, met, missed


def _counts(met: int, missed: int) -> str:
    parts = []
    if met:
        parts.append(f'<span class="met">✓ {met} đạt</span>')
    if missed:
        parts.append(f'<span class="not-met">✗ {missed} chưa đạt</span>')
    return " · ".join(parts)


def report_html(report: Report) -> str:
    """Render a report: its header with the plans met and missed, then a table per sector.

    Sectors come in the order of the report's parts (:data:`vnplan.model.SECTORS`), each
    a collapsible ``<details>`` whose summary counts its indicators and plans met and
    missed.

    Args:
        report: The report.

    Returns:
        An HTML fragment (a ``<div>``), every model text escaped.
    """
    sections = []
    present = set(report.sectors)
    for sector in (s for s in SECTORS if s in present):
        table, shown, met, missed = _sector_table(report, sector)
        if not shown:
            continue
        names = _both(sector_name(sector, "vi"), sector_name(sector, "en"), sep=" · ")
        sections.append(
            f"<details><summary>{names} "
            f'<span class="en">— {shown} chỉ tiêu / indicators</span> '
            f"{_counts(met, missed)}</summary>{table}</details>"
        )
    counts = scorecard(report).counts()
    met_all, missed_all = counts["met"], counts["not_met"]
    date = format_date(report.date, "vi", place=report.place)
    head = (
        f"<div><b>{_e(report.issuer)}</b> · {_e(report.label)} · {_e(date)}</div>"
        f'<div class="title">{_e(report.title)}</div>'
        f'<div class="en">Năm báo cáo / year reported {report.year} · năm kế hoạch / '
        f"plan year {report.plan_year or '—'} · {len(report.indicators)} chỉ tiêu / indicators · "
        f"{len(report.measurements) + len(report.targets)} số liệu / figures · "
        f"{len(report.claims)} so sánh / claims · {len(report.relations)} cơ cấu / "
        "breakdowns</div>"
        f"<div>So với kế hoạch / against plan: {_counts(met_all, missed_all)}</div>"
    )
    return f"{_open('report')}{head}{''.join(sections)}</div>"


def _fields(rows: Iterable[tuple[str, str, str]]) -> str:
    """A two-column table of (Vietnamese label, English label, HTML value) rows."""
    body = "".join(
        f'<tr><td class="nw"><b>{_e(vi)}</b> <span class="en">{_e(en)}</span></td>'
        f"<td>{value}</td></tr>"
        for vi, en, value in rows
    )
    return f"<table>{body}</table>"


def indicator_html(indicator: Indicator) -> str:
    """Render an indicator: its names, unit, measure, direction and sector.

    Args:
        indicator: The indicator.

    Returns:
        An HTML fragment (a ``<div>``).
    """
    direction_vi, direction_en = DIRECTION_NAMES[indicator.direction]
    rows = [
        ("Mã", "id", f"<code>{_e(indicator.id)}</code>"),
        ("Đơn vị", "unit", _e(indicator.unit)),
        ("Loại số", "measure", _both(*MEASURE_NAMES[indicator.measure], sep=" · ")),
        ("Hướng", "direction", _both(direction_vi, direction_en, sep=" · ")),
        (
            "Lĩnh vực",
            "sector",
            _both(
                sector_name(indicator.sector, "vi"), sector_name(indicator.sector, "en"), sep=" · "
            ),
        ),
        ("Cộng được", "additive", "có · yes" if indicator.additive else "không · no"),
    ]
    if indicator.code is not None:
        rows.append(("Mã thống kê", "statistical code", _e(indicator.code)))
    title = f'<div class="title">{_both(indicator.name_vi, indicator.name_en)}</div>'
    return f"{_open('indicator')}{title}{_fields(rows)}</div>"


def figure_html(figure: Measurement | Target) -> str:
    """Render a printed figure: what it measures, the value as printed, when and where.

    Args:
        figure: A measurement or a target.

    Returns:
        An HTML fragment (a ``<div>``).
    """
    indicator = figure.indicator
    unit = figure.unit if figure.unit == "%" else f" {figure.unit}"
    rows = [
        ("Số liệu (như in)", "as printed", f"<b>{_e(figure.printed)}</b>"),
        (
            "Giá trị",
            "value",
            (
                f"{_e(format_number(figure.value, 'vi'))}{_e(unit)} "
                f'<span class="en">(Decimal("{_e(figure.value)}"))</span>'
            ),
        ),
        ("Kỳ", "period", _when(figure.period, figure.as_of)),
        (
            "Loại",
            "role",
            _both(*ROLE_NAMES[figure.role], sep=" · ")
            if isinstance(figure, Target)
            else _role(figure).replace("<br>", " · "),
        ),
    ]
    if isinstance(figure, Target):
        rows.append(("Cơ sở", "basis", _both(*BASIS_NAMES[figure.basis], sep=" · ")))
    if figure.bound is not Bound.EXACT:
        rows.append(("Giới hạn", "bound", _both(*BOUND_NAMES[figure.bound], sep=" · ")))
    rows.append(
        (
            "Vị trí",
            "where",
            _both(figure.location.describe("vi"), figure.location.describe("en")),
        )
    )
    if figure.note is not None:
        rows.append(("Ghi chú", "note", _e(figure.note)))
    rows.append(("Mã", "id", f"<code>{_e(figure.id)}</code>"))
    title = (
        f'<div class="title">{_both(indicator.name_vi, indicator.name_en)}</div>'
        f'<div class="where">{_e(indicator.id)} · {_e(indicator.unit)}</div>'
    )
    return f"{_open('figure')}{title}{_fields(rows)}</div>"


_SEVERITY_NAMES: Final[dict[Severity, tuple[str, str]]] = {
    Severity.MATERIAL: ("sai lệch", "material"),
    Severity.ROUNDING: ("làm tròn", "rounding"),
    Severity.INFO: ("lưu ý", "info"),
}


def _stated(finding: Finding) -> str:
    stated = finding.stated
    if stated is None:
        return ""
    verb = f"{stated.verb} " if stated.verb else ""
    return _e(f"{verb}{stated.printed}")


def _recomputed(finding: Finding) -> str:
    """The recomputed value and its interval, to one more decimal than the stated value."""
    recomputed = finding.recomputed
    if recomputed is None:
        return ""
    least = 0
    if finding.stated is not None:
        exponent = finding.stated.value.as_tuple().exponent
        if isinstance(exponent, int):
            least = min(max(-exponent, 0), 6)

    def show(value: Decimal) -> str:
        places = least + 1
        while places > least and value.quantize(Decimal(1).scaleb(-places)) == value.quantize(
            Decimal(1).scaleb(1 - places)
        ):
            places -= 1
        return format_number(value, "vi", decimals=places)

    unit = recomputed.unit if recomputed.unit == "%" else f" {recomputed.unit}"
    interval = recomputed.interval
    exact = f"{recomputed.value} in [{interval.low}, {interval.high}] {recomputed.unit}"
    return (
        f'<span title="{_e(exact)}">{_e(show(recomputed.value))}{_e(unit)}</span>'
        f'<br><span class="en">[{_e(show(interval.low))}; {_e(show(interval.high))}]</span>'
    )


def _cited(finding: Finding) -> str:
    return "<br>".join(
        f"<b>{_e(cited.printed)}</b> <code>{_e(cited.id)}</code> "
        f'<span class="where">{_e(f"{cited.report}: " if cited.report else "")}'
        f"{_e(cited.location)}</span>"
        for cited in finding.figures
    )


def _source_cell(source: Source | None, report: Report | None) -> str:
    """Where a figure is published: a link to its page, else its report's label."""
    if source is not None:
        name = source.publisher or source.title or source.url
        date = f" ({source.published:%d/%m/%Y})" if source.published else ""
        return f'<a href="{_e(source.url)}">{_e(name)}</a>{_e(date)}'
    return "—" if report is None else _e(report.label)


def scorecard_html(card: Scorecard) -> str:
    """Render a scorecard: one row per target and result, with where each side is printed.

    Args:
        card: A scorecard (of a report, or of a year across a collection's reports).

    Returns:
        An HTML fragment (a ``<div>``), every text escaped.
    """
    rows = []
    for row in card:
        target = "—" if row.target is None else _e(row.target.printed)
        result = _e(row.result_printed or "—")
        rows.append(
            f"<tr><td>{_both(row.indicator.name_vi, row.indicator.name_en)}</td>"
            f"<td>{_when(row.period, row.as_of)}</td>"
            f'<td class="num">{target}</td>'
            f"<td>{_source_cell(row.target_source, row.target_report)}</td>"
            f'<td class="num">{result}</td>'
            f"<td>{_source_cell(row.result_source, row.result_report)}</td>"
            f"<td>{_plan_line(row) if row.attainment else _mark(row.met)}</td></tr>"
        )
    head = "".join(
        (
            _head("Chỉ tiêu", "Indicator"),
            _head("Kỳ", "Period"),
            _head("Kế hoạch", "Target", numeric=True),
            _head("Nguồn kế hoạch", "Target from"),
            _head("Kết quả", "Result", numeric=True),
            _head("Nguồn kết quả", "Result from"),
            _head("Đánh giá", "Met"),
        )
    )
    counts = card.counts()
    total = (
        f"<div>{_counts(counts['met'], counts['not_met'])} · {counts['undecided']} "
        "không đánh giá / undecided</div>"
    )
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    return f"{_open('scorecard')}{total}{table}</div>"


def findings_html(findings: Iterable[Finding], *, title: str = "") -> str:
    """Render audit findings: a count by severity, then one row per finding.

    Args:
        findings: The findings (an :class:`~vnplan.checks.AuditResult` is one).
        title: A line to show above the table.

    Returns:
        An HTML fragment (a ``<div>``), every text escaped.
    """
    found = list(findings)
    heading = f'<div class="title">{_e(title)}</div>' if title else ""
    if not found:
        nothing = _both("Không thấy sai lệch nào.", "No inconsistencies found.", sep=" · ")
        return f"{_open('findings')}{heading}<div>{nothing}</div></div>"
    tally = " · ".join(
        f'<span class="sev-{severity.value}">{count} {_e(vi)} / {_e(en)}</span>'
        for severity, (vi, en) in _SEVERITY_NAMES.items()
        if (count := sum(f.severity is severity for f in found))
    )
    rows = []
    for finding in found:
        vi, en = _SEVERITY_NAMES[finding.severity]
        rows.append(
            f'<tr><td class="sev-{finding.severity.value}">{_both(vi, en)}</td>'
            f'<td class="nw"><code>{_e(finding.check)}</code></td>'
            f'<td class="text">{_both(finding.message_vi, finding.message_en)}</td>'
            f'<td class="num">{_stated(finding)}</td>'
            f'<td class="num">{_recomputed(finding)}</td>'
            f'<td class="cited">{_cited(finding)}</td></tr>'
        )
    head = "".join(
        (
            _head("Mức độ", "Severity"),
            _head("Kiểm tra", "Check"),
            _head("Nội dung", "Finding"),
            _head("Báo cáo ghi", "Stated", numeric=True),
            _head("Tính lại", "Recomputed", numeric=True),
            _head("Số liệu liên quan", "Figures cited"),
        )
    )
    table = (
        f'<div class="scroll"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
    total = f"<div>{len(found)} phát hiện / findings: {tally}</div>"
    return f"{_open('findings')}{heading}{total}{table}</div>"
