"""pandas frames of a report's figures, claims, indicators, relations, scorecard and findings.

Tidy: one row per figure (claim, indicator, relation, scorecard row, finding). Numbers come twice: a
``float64`` column for analysis (``value``), and the exact :class:`~decimal.Decimal`
beside it (``value_decimal``), with the text as printed (``printed``). Text columns have
pandas' ``string`` dtype, missing values are ``<NA>``; ``met`` is a nullable boolean.

pandas is imported on first use; without it, every function here raises an
:class:`ImportError` that names the extra to install, ``vnplan[pandas]``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias

from vnplan._optional import require_pandas
from vnplan.analysis.scorecard import Scorecard, ScorecardRow, scorecard
from vnplan.model import Claim, Indicator, Measurement, Relation, Report, Target

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence
    from decimal import Decimal

    import pandas as pd

    from vnplan.checks.findings import Finding

__all__ = [
    "CLAIM_COLUMNS",
    "FIGURE_COLUMNS",
    "FINDING_COLUMNS",
    "SCORECARD_COLUMNS",
    "Table",
    "claims_frame",
    "figures_frame",
    "findings_frame",
    "indicators_frame",
    "relations_frame",
    "report_frame",
    "scorecard_frame",
]

#: The tables of a report that :func:`report_frame` gives.
Table: TypeAlias = Literal["figures", "claims", "indicators", "relations", "scorecard"]

# The dtype of each column, by kind: text, float, Decimal, date, boolean, whole number.
_STRING: Final = "string"
_FLOAT: Final = "float64"
_DECIMAL: Final = "object"
_DATE: Final = "datetime64[ns]"
_BOOL: Final = "boolean"
_INT: Final = "Int64"

#: The columns of :func:`figures_frame`, with their dtypes.
FIGURE_COLUMNS: Final[dict[str, str]] = {
    "id": _STRING,
    "indicator": _STRING,
    "name_vi": _STRING,
    "name_en": _STRING,
    "sector": _STRING,
    "direction": _STRING,
    "period": _STRING,
    "as_of": _DATE,
    "role": _STRING,
    "status": _STRING,
    "bound": _STRING,
    "basis": _STRING,
    "value": _FLOAT,
    "value_decimal": _DECIMAL,
    "unit": _STRING,
    "printed": _STRING,
    "growth": _FLOAT,
    "growth_reference": _STRING,
    "growth_source": _STRING,
    "location": _STRING,
    "note": _STRING,
}

#: The columns of :func:`scorecard_frame`, with their dtypes.
SCORECARD_COLUMNS: Final[dict[str, str]] = {
    "indicator": _STRING,
    "name_vi": _STRING,
    "name_en": _STRING,
    "sector": _STRING,
    "direction": _STRING,
    "period": _STRING,
    "as_of": _DATE,
    "basis": _STRING,
    "bound": _STRING,
    "target": _STRING,
    "target_printed": _STRING,
    "result": _STRING,
    "result_printed": _STRING,
    "claim": _STRING,
    "claim_printed": _STRING,
    "source": _STRING,
    "attainment": _FLOAT,
    "attainment_decimal": _DECIMAL,
    "attainment_low": _FLOAT,
    "attainment_high": _FLOAT,
    "met": _BOOL,
    "reason": _STRING,
    "location": _STRING,
    "target_report": _STRING,
    "result_report": _STRING,
    "result_source": _STRING,
}

#: The columns of :func:`claims_frame`, with their dtypes.
CLAIM_COLUMNS: Final[dict[str, str]] = {
    "id": _STRING,
    "kind": _STRING,
    "subject": _STRING,
    "indicator": _STRING,
    "name_vi": _STRING,
    "name_en": _STRING,
    "sector": _STRING,
    "period": _STRING,
    "verb": _STRING,
    "value": _FLOAT,
    "value_decimal": _DECIMAL,
    "signed_value": _FLOAT,
    "ratio": _FLOAT,
    "unit": _STRING,
    "printed": _STRING,
    "denominator": _FLOAT,
    "reference": _STRING,
    "basis": _STRING,
    "against": _STRING,
    "location": _STRING,
    "note": _STRING,
}

_INDICATOR_COLUMNS: Final[dict[str, str]] = {
    "id": _STRING,
    "name_vi": _STRING,
    "name_en": _STRING,
    "unit": _STRING,
    "measure": _STRING,
    "direction": _STRING,
    "sector": _STRING,
    "additive": _BOOL,
    "code": _STRING,
}

_RELATION_COLUMNS: Final[dict[str, str]] = {
    "id": _STRING,
    "kind": _STRING,
    "total": _STRING,
    "parts": _DECIMAL,
    "location": _STRING,
    "note": _STRING,
}

#: The columns of :func:`findings_frame`, with their dtypes.
FINDING_COLUMNS: Final[dict[str, str]] = {
    "check": _STRING,
    "severity": _STRING,
    "message_vi": _STRING,
    "message_en": _STRING,
    "stated_id": _STRING,
    "stated": _FLOAT,
    "stated_printed": _STRING,
    "recomputed": _FLOAT,
    "recomputed_low": _FLOAT,
    "recomputed_high": _FLOAT,
    "recomputed_unit": _STRING,
    "figures": _DECIMAL,
    "location": _STRING,
}


def _frame(columns: Mapping[str, str], rows: Sequence[Mapping[str, object]]) -> pd.DataFrame:
    """Build a frame with exactly ``columns``, in order, each of its dtype."""
    pandas = require_pandas()
    data: dict[str, Any] = {}
    for name, dtype in columns.items():
        values = [row.get(name) for row in rows]
        if dtype == _DATE:
            data[name] = pandas.Series(pandas.to_datetime(values), dtype=_DATE)
        elif dtype == _DECIMAL:
            data[name] = pandas.Series(values, dtype=object)
        elif dtype == _FLOAT:
            data[name] = pandas.Series(
                [float("nan") if v is None else float(v) for v in values],  # type: ignore[arg-type]
                dtype=_FLOAT,
            )
        else:
            data[name] = pandas.Series(values, dtype=dtype)
    frame: pd.DataFrame = pandas.DataFrame(data, columns=list(columns))
    return frame


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _names(indicator: Indicator) -> dict[str, object]:
    return {
        "indicator": indicator.id,
        "name_vi": indicator.name_vi,
        "name_en": indicator.name_en,
        "sector": indicator.sector,
    }


def _figure_row(figure: Measurement | Target, report: Report) -> dict[str, object]:
    grown = scorecard(report).growth_of(figure.id)
    return {
        "id": figure.id,
        **_names(figure.indicator),
        "direction": figure.indicator.direction.value,
        "period": _text(figure.period),
        "as_of": figure.as_of,
        "role": figure.role.value,
        "status": figure.status.value,
        "bound": figure.bound.value,
        "basis": figure.basis.value if isinstance(figure, Target) else None,
        "value": figure.value,
        "value_decimal": figure.value,
        "unit": figure.unit,
        "printed": figure.printed,
        "growth": None if grown is None else grown.percent,
        "growth_reference": None if grown is None else _text(grown.reference),
        "growth_source": None if grown is None else grown.source,
        "location": str(figure.location),
        "note": figure.note,
    }


def figures_frame(report: Report) -> pd.DataFrame:
    """One row per printed figure: measurements, then targets, in report order.

    ``growth`` is the change on the year before, in percent: as the report states it
    (``growth_source`` is ``"stated"``), or computed from two printed figures when the
    report states none (``"computed"``). Which targets were met is in
    :func:`scorecard_frame`, one row per target and basis. ``value`` is in the figure's
    own unit (``unit``), as printed.

    Args:
        report: The report.

    Returns:
        A frame with the columns of :data:`FIGURE_COLUMNS`.

    Raises:
        ImportError: pandas is not installed.
    """
    figures: list[Measurement | Target] = [*report.measurements, *report.targets]
    return _frame(FIGURE_COLUMNS, [_figure_row(f, report) for f in figures])


def _claim_row(claim: Claim) -> dict[str, object]:
    return {
        "id": claim.id,
        "kind": claim.kind.value,
        "subject": claim.subject,
        **_names(claim.indicator),
        "period": _text(claim.period),
        "verb": claim.verb,
        "value": claim.value,
        "value_decimal": claim.value,
        "signed_value": claim.signed_value,
        "ratio": claim.ratio,
        "unit": claim.unit,
        "printed": claim.printed,
        "denominator": claim.denominator,
        "reference": _text(claim.reference),
        "basis": None if claim.basis is None else claim.basis.value,
        "against": claim.against,
        "location": str(claim.location),
        "note": claim.note,
    }


def claims_frame(report: Report) -> pd.DataFrame:
    """One row per stated comparison (growth, attainment, share …), in report order.

    ``value`` is the number as printed, unsigned; ``signed_value`` carries the sign of its
    verb (*giảm 0,67%* is ``-0.67``); ``ratio`` is the stated ratio of the subject to what
    it is compared with (*đạt 102,49%* is ``1.0249``, *tăng 1,99%* is ``1.0199``), empty
    for changes.

    Args:
        report: The report.

    Returns:
        A frame with the columns of :data:`CLAIM_COLUMNS`.

    Raises:
        ImportError: pandas is not installed.
    """
    return _frame(CLAIM_COLUMNS, [_claim_row(c) for c in report.claims])


def indicators_frame(report: Report) -> pd.DataFrame:
    """One row per indicator: id, names, unit, measure, direction, sector, additive, code.

    Raises:
        ImportError: pandas is not installed.
    """
    rows = [
        {
            "id": i.id,
            "name_vi": i.name_vi,
            "name_en": i.name_en,
            "unit": i.unit,
            "measure": i.measure.value,
            "direction": i.direction.value,
            "sector": i.sector,
            "additive": i.additive,
            "code": i.code,
        }
        for i in report.indicators
    ]
    return _frame(_INDICATOR_COLUMNS, rows)


def _relation_row(relation: Relation) -> dict[str, object]:
    return {
        "id": relation.id,
        "kind": relation.kind.value,
        "total": relation.total,
        "parts": relation.parts,
        "location": str(relation.location),
        "note": relation.note,
    }


def relations_frame(report: Report) -> pd.DataFrame:
    """One row per breakdown: id, kind, total, parts (a tuple of ids), location, note.

    Raises:
        ImportError: pandas is not installed.
    """
    return _frame(_RELATION_COLUMNS, [_relation_row(r) for r in report.relations])


def _scorecard_row(row: ScorecardRow) -> dict[str, object]:
    interval = None if row.attainment is None else row.attainment.percent_interval
    where = row.claim or row.result or row.target
    return {
        **_names(row.indicator),
        "direction": row.indicator.direction.value,
        "period": _text(row.period),
        "as_of": row.as_of,
        "basis": row.basis.value,
        "bound": None if row.bound is None else row.bound.value,
        "target": None if row.target is None else row.target.id,
        "target_printed": None if row.target is None else row.target.printed,
        "result": None if row.result is None else row.result.id,
        "result_printed": row.result_printed,
        "claim": None if row.claim is None else row.claim.id,
        "claim_printed": row.printed,
        "source": row.source,
        "attainment": row.percent,
        "attainment_decimal": row.percent,
        "attainment_low": None if interval is None else interval.low,
        "attainment_high": None if interval is None else interval.high,
        "met": row.met,
        "reason": row.reason,
        "location": None if where is None else str(where.location),
        "target_report": None if row.target_report is None else row.target_report.label,
        "result_report": None if row.result_report is None else row.result_report.label,
        "result_source": None if row.result_source is None else row.result_source.url,
    }


def scorecard_frame(source: Report | Scorecard) -> pd.DataFrame:
    """One row per target and basis: which targets were met (see :func:`vnplan.scorecard`).

    ``attainment`` is the outturn in percent of the plan (``attainment_decimal`` exactly,
    ``attainment_low`` and ``attainment_high`` the interval its printed precision
    allows): as the report states it (``source`` is ``"stated"``) or computed from the
    printed outturn and target (``"computed"``). ``met`` follows the indicator's
    direction and the target's bound; it is ``<NA>`` where it cannot be said, and
    ``reason`` says why. ``location`` is where the claim, else the outturn, else the
    target is printed; ``target_report`` and ``result_report`` the reports they are
    printed in, and ``result_source`` the address of the result's page where it names
    one. A growth target judged on a growth of the indicator it is the growth of has
    that growth as ``result_printed`` (``tăng 7,1%``) and no ``result``.

    Args:
        source: A report, or its scorecard.

    Returns:
        A frame with the columns of :data:`SCORECARD_COLUMNS`.

    Raises:
        ImportError: pandas is not installed.
    """
    card = source if isinstance(source, Scorecard) else scorecard(source)
    return _frame(SCORECARD_COLUMNS, [_scorecard_row(row) for row in card])


_TABLES: Final[dict[str, Callable[[Report], pd.DataFrame]]] = {
    "figures": figures_frame,
    "claims": claims_frame,
    "indicators": indicators_frame,
    "relations": relations_frame,
    "scorecard": scorecard_frame,
}


def report_frame(report: Report, table: Table = "figures") -> pd.DataFrame:
    """One table of a report as a pandas frame.

    Args:
        report: The report.
        table: ``"figures"`` (see :func:`figures_frame`), ``"claims"``, ``"indicators"``,
            ``"relations"`` or ``"scorecard"`` (see :func:`scorecard_frame`).

    Returns:
        The frame.

    Raises:
        ValueError: ``table`` is not one of the five.
        ImportError: pandas is not installed.
    """
    make = _TABLES.get(str(table))
    if make is None:
        raise ValueError(f"'table' must be one of {', '.join(_TABLES)} (got {table!r})")
    return make(report)


def _finding_row(finding: Finding) -> dict[str, object]:
    stated = finding.stated
    recomputed = finding.recomputed
    low: Decimal | None = None
    high: Decimal | None = None
    if recomputed is not None:
        low, high = recomputed.interval.low, recomputed.interval.high
    return {
        "check": finding.check,
        "severity": finding.severity.value,
        "message_vi": finding.message_vi,
        "message_en": finding.message_en,
        "stated_id": None if stated is None else stated.id,
        "stated": None if stated is None else stated.value,
        "stated_printed": None if stated is None else stated.printed,
        "recomputed": None if recomputed is None else recomputed.value,
        "recomputed_low": low,
        "recomputed_high": high,
        "recomputed_unit": None if recomputed is None else recomputed.unit,
        "figures": tuple(cited.id for cited in finding.figures),
        "location": _text(finding.location),
    }


def findings_frame(findings: Iterable[Finding]) -> pd.DataFrame:
    """One row per audit finding, as the report reads.

    ``stated`` is the value the report states, signed by its verb; ``recomputed`` the
    value recomputed from other printed figures, and ``recomputed_low`` and
    ``recomputed_high`` the interval the printed precision allows. ``figures`` is a tuple
    of the ids of every figure and claim the finding rests on; ``location`` is where the
    first of them is printed.

    Args:
        findings: The findings (an :class:`~vnplan.checks.AuditResult` is one).

    Returns:
        A frame with the columns of :data:`FINDING_COLUMNS`.

    Raises:
        ImportError: pandas is not installed.
    """
    return _frame(FINDING_COLUMNS, [_finding_row(f) for f in findings])
