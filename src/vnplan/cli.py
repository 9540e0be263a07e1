"""The ``vnplan`` command: list, show, score, audit and export reports.

:func:`main` is the command's entry point: ``main(["scorecard", "dien-bien-2022"])`` runs
``vnplan scorecard dien-bien-2022`` and returns its exit code.

Exit codes (stable):

- 0: done; for ``audit``, no finding at or above ``--fail-on`` (or no ``--fail-on``);
- 1: ``audit --fail-on SEVERITY`` met: some finding is at least that severe;
- 2: the command line is wrong (unknown command, option or value);
- 3: the report cannot be loaded (unknown name, not a report folder, problems in its files);
- 4: the output cannot be written.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, NoReturn, TextIO

from vnplan._enums import Severity
from vnplan.exceptions import DataError, UnknownCheckError, VnplanError

if TYPE_CHECKING:
    from vnplan.analysis.scorecard import ScorecardRow
    from vnplan.model import Measurement, Report, Target

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAIL_ON = 1
EXIT_USAGE = 2
EXIT_LOAD = 3
EXIT_OUTPUT = 4


_EXAMPLES = {
    "datasets": "example:\n  vnplan datasets\n  vnplan --lang en datasets",
    "show": (
        "examples:\n"
        "  vnplan show dien-bien-2022 --sector agriculture\n"
        "  vnplan show dien-bien-2022 --indicator grain-output\n"
        '  vnplan show dien-bien-2022 --indicator "san luong luong thuc"'
    ),
    "scorecard": (
        "examples:\n"
        "  vnplan scorecard dien-bien-2022\n"
        "  vnplan scorecard dien-bien-2022 --lang en\n"
        "  vnplan scorecard dien-bien-2022 --format csv > scorecard.csv\n"
        "  vnplan scorecard dien-bien-2022 dien-bien-2023 --year 2023"
    ),
    "audit": (
        "examples:\n"
        "  vnplan audit dien-bien-2022\n"
        "  vnplan audit dien-bien-2022 --lang en --fail-on material\n"
        "  vnplan audit dien-bien-2022 dien-bien-2023\n"
        "  vnplan audit ./my-report --format json --check sums --check shares"
    ),
    "export": (
        "examples:\n"
        "  vnplan export dien-bien-2022 --format json > dien-bien-2022.json\n"
        "  vnplan export dien-bien-2022 --format csv --table claims\n"
        "  vnplan export dien-bien-2022 --format datapackage --output dien-bien-2022/"
    ),
}


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line with a hint, and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"vnplan: error: {message} (try '{self.prog} --help')\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vnplan",
        description=(
            "Read, check and export Vietnamese provincial socio-economic plan reports. "
            "NAME is a bundled report (see 'vnplan datasets') or the folder of your own."
        ),
        epilog="example:\n  vnplan audit dien-bien-2022",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--lang", choices=("vi", "en"), default="vi", help="language of the output (default: vi)"
    )
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    # --lang is accepted before the command and after it ("vnplan audit NAME --lang en").
    lang = _Parser(add_help=False)
    lang.add_argument(
        "--lang",
        choices=("vi", "en"),
        default=argparse.SUPPRESS,
        help="language of the output (default: vi)",
    )

    def sub(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=_EXAMPLES[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
            parents=[lang],
        )

    sub("datasets", "list the bundled reports")

    show = sub("show", "show a report's figures as a table")
    show.add_argument("name", metavar="NAME", help="bundled report name or report folder")
    show.add_argument("--sector", help="only this sector (e.g. agriculture)")
    show.add_argument(
        "--indicator", help="only this indicator: an id, or words of its name (no accents needed)"
    )

    score = sub("scorecard", "which targets were met: one row per target and basis")
    score.add_argument(
        "name", metavar="NAME", nargs="+", help="bundled report names or report folders"
    )
    score.add_argument(
        "--year",
        type=int,
        help="judge this year's targets, from any report given, on results from any of them",
    )
    score.add_argument("--format", choices=("text", "json", "csv"), default="text")

    audit = sub("audit", "check the reports' own arithmetic, then across the reports")
    audit.add_argument(
        "name", metavar="NAME", nargs="+", help="bundled report names or report folders"
    )
    audit.add_argument("--format", choices=("text", "json"), default="text")
    audit.add_argument(
        "--fail-on",
        choices=[s.value for s in Severity],
        help="exit with status 1 when some finding is at least this severe",
    )
    audit.add_argument(
        "--check", action="append", metavar="CHECK", help="run only this check (repeatable)"
    )
    audit.add_argument(
        "--skip", action="append", metavar="CHECK", help="skip this check (repeatable)"
    )

    export = sub("export", "export a report as JSON, CSV or a Frictionless data package")
    export.add_argument("name", metavar="NAME", help="bundled report name or report folder")
    export.add_argument("--format", choices=("json", "csv", "datapackage"), default="json")
    export.add_argument(
        "--table",
        choices=("figures", "indicators", "claims", "relations"),
        default="figures",
        help="the table for --format csv (default: figures)",
    )
    export.add_argument(
        "--output", "-o", metavar="PATH", help="file (json, csv) or folder (datapackage)"
    )
    return parser


def _version() -> str:
    from vnplan._version import __version__  # noqa: PLC0415 - tiny

    return f"vnplan {__version__}"


def _load(name: str) -> Report:
    from vnplan.io import load  # noqa: PLC0415 - keep --help fast

    return load(name)


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def _table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    """Print rows as aligned columns; the first row is the header."""
    if not rows:
        return
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for number, row in enumerate(rows):
        cells = [cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)]
        out.write("  ".join(cells).rstrip() + "\n")
        if number == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def _datasets(args: argparse.Namespace, out: TextIO) -> int:
    from vnplan.io import datasets  # noqa: PLC0415

    en = args.lang == "en"
    header = (
        ("name", "province", "number", "year", "plan year")
        if en
        else ("tên", "tỉnh", "số", "năm", "năm kế hoạch")
    )
    rows = [header] + [
        (d.name, d.province, d.number or "—", str(d.year), str(d.plan_year or "—"))
        for d in datasets()
    ]
    _table(rows, out)
    return EXIT_OK


def _show(args: argparse.Namespace, out: TextIO) -> int:
    report = _load(args.name)
    en = args.lang == "en"
    figures: list[Measurement | Target] = [*report.measurements, *report.targets]
    if args.sector:
        sectors = sorted({i.sector for i in report.indicators})
        if args.sector not in sectors:
            raise _UsageError(
                f"no sector {args.sector!r} in this report (sectors: {', '.join(sectors)})"
            )
        figures = [f for f in figures if f.indicator.sector == args.sector]
    if args.indicator:
        wanted = (
            {args.indicator}
            if report.get(args.indicator) is not None
            else {i.id for i in report.search(args.indicator)}
        )
        if not wanted:
            raise _UsageError(f"no indicator matches {args.indicator!r}")
        figures = [f for f in figures if f.indicator.id in wanted]
    header = (
        ("indicator", "period", "role", "printed", "location")
        if en
        else ("chỉ tiêu", "kỳ", "vai trò", "số liệu", "vị trí")
    )
    rows: list[tuple[str, ...]] = [header]
    for figure in figures:
        name = figure.indicator.name_en if en else figure.indicator.name_vi
        period = str(figure.period) if figure.period is not None else f"@{figure.as_of}"
        rows.append(
            (_clip(name, 60), period, figure.role.value, figure.printed, str(figure.location))
        )
    _table(rows, out)
    count = len(rows) - 1
    out.write(f"\n{count} figure(s)\n" if en else f"\n{count} số liệu\n")
    return EXIT_OK


#: Why ``met`` is ``None``, in Vietnamese (the scorecard gives it in English).
_REASONS_VI: Final = {
    "no result in this report": "báo cáo không có kết quả thực hiện",
    "neutral indicator with an exact target": "chỉ tiêu không xét hướng, kế hoạch là một số",
    "the outturn's unit does not convert to the target's": (
        "đơn vị kết quả không quy đổi được sang đơn vị kế hoạch"
    ),
}


def _verdict(row: ScorecardRow, *, en: bool) -> str:
    if row.met is True:
        return "✓ met" if en else "✓ đạt"
    if row.met is False:
        return "✗ not met" if en else "✗ chưa đạt"
    reason = row.reason or ""
    return f"– {reason if en else _REASONS_VI.get(reason, reason)}"


def _load_all(args: argparse.Namespace) -> list[Report]:
    """The reports named on the command line (``args.name`` says which failed to load)."""
    names: list[str] = list(args.name)
    reports = []
    for name in names:
        args.name = name  # (an error names the report that failed)
        reports.append(_load(name))
    args.name = names
    return reports


def _scorecard(args: argparse.Namespace, out: TextIO) -> int:
    from vnplan.analysis.collection import Collection  # noqa: PLC0415
    from vnplan.analysis.scorecard import scorecard  # noqa: PLC0415
    from vnplan.model.labels import BASIS_NAMES  # noqa: PLC0415
    from vnplan.text.numbers import format_percent  # noqa: PLC0415

    reports = _load_all(args)
    if len(reports) == 1 and args.year is None:
        card = scorecard(reports[0])
    else:
        card = Collection(reports=reports, sources=args.name).scorecard(args.year)
    across = len(reports) > 1
    counts = card.counts()
    if args.format == "json":
        rows = [row.to_dict() for row in card]
        text = json.dumps({"rows": rows, "counts": counts}, ensure_ascii=False, indent=2)
        out.write(text + "\n")
        return EXIT_OK
    if args.format == "csv":
        buffer = io.StringIO()
        writer: csv.DictWriter[str] = csv.DictWriter(
            buffer, fieldnames=list(_SCORECARD_FIELDS), lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(row.to_dict() for row in card)
        out.write(buffer.getvalue())
        return EXIT_OK
    en = args.lang == "en"
    header: tuple[str, ...] = (
        ("indicator", "period", "basis", "attainment", "met")
        if en
        else ("chỉ tiêu", "kỳ", "cơ sở", "đạt so với kế hoạch", "đánh giá")
    )
    if across:
        header += ("target", "result", "source") if en else ("kế hoạch", "kết quả", "nguồn")
    table: list[tuple[str, ...]] = [header]
    for row in card:
        name = row.indicator.name_en if en else row.indicator.name_vi
        period = str(row.period) if row.period is not None else f"@{row.as_of}"
        if row.printed is not None:
            percent = row.printed
        elif row.percent is not None:
            percent = format_percent(row.percent, args.lang, decimals=2) + "*"
        else:
            percent = "—"
        basis = BASIS_NAMES[row.basis][1 if en else 0]
        line: tuple[str, ...] = (_clip(name, 50), period, basis, percent, _verdict(row, en=en))
        if across:
            target = "—" if row.target is None else row.target.printed
            line += (target, row.result_printed or "—", _source_of(row))
        table.append(line)
    _table(table, out)
    met, missed, other = counts["met"], counts["not_met"], counts["undecided"]
    if en:
        out.write(f"\n{met} met · {missed} not met · {other} undecided (* computed)\n")
    else:
        out.write(f"\n✓ {met} đạt · ✗ {missed} chưa đạt · {other} không đánh giá (* tính)\n")
    return EXIT_OK


def _source_of(row: ScorecardRow) -> str:
    """Where a row's result is printed: its page's publisher or address, else its report."""
    source = row.result_source
    if source is not None:
        return _clip(source.publisher or source.url, 40)
    report = row.result_report or row.target_report
    return "—" if report is None else _clip(report.label, 40)


#: The columns of ``vnplan scorecard --format csv``: those of each row's ``to_dict()``.
_SCORECARD_FIELDS: Final = (
    "indicator",
    "name_vi",
    "name_en",
    "sector",
    "direction",
    "period",
    "as_of",
    "basis",
    "target",
    "target_printed",
    "bound",
    "result",
    "result_printed",
    "growth",
    "claim",
    "claim_printed",
    "source",
    "percent",
    "percent_low",
    "percent_high",
    "met",
    "reason",
    "target_report",
    "result_report",
    "target_source",
    "result_source",
)


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _audit(args: argparse.Namespace, out: TextIO) -> int:
    from vnplan.checks import audit, audit_across  # noqa: PLC0415

    reports = _load_all(args)
    results = [audit(report, checks=args.check, skip=args.skip) for report in reports]
    found = [finding for result in results for finding in result]
    if len(reports) == 1:
        if args.format == "json":
            out.write(json.dumps(results[0].to_dict(), ensure_ascii=False, indent=2) + "\n")
        else:
            out.write(results[0].format_text(lang=args.lang) + "\n")
    else:
        across = audit_across(reports)
        found.extend(across)
        if args.format == "json":
            data = {
                "reports": [
                    {"name": name, "report": report.label, **result.to_dict()}
                    for name, report, result in zip(args.name, reports, results, strict=True)
                ],
                "across": across.to_dict(),
            }
            out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            en = args.lang == "en"
            out.writelines(
                f"== {name} ({report.label}) ==\n{result.format_text(lang=args.lang)}\n\n"
                for name, report, result in zip(args.name, reports, results, strict=True)
            )
            out.write(
                "== " + ("across the reports" if en else "đối chiếu giữa các báo cáo") + " ==\n"
            )
            out.write(across.format_text(lang=args.lang) + "\n")
    if args.fail_on:
        threshold = Severity(args.fail_on).rank
        if any(f.severity.rank <= threshold for f in found):
            return EXIT_FAIL_ON
    return EXIT_OK


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from vnplan.io import to_csv, to_json, write_datapackage  # noqa: PLC0415

    report = _load(args.name)
    if args.format == "datapackage":
        if not args.output:
            raise _UsageError("--format datapackage needs --output FOLDER")
        path = write_datapackage(report, args.output)
        out.write(f"{path}\n")
        return EXIT_OK
    text = to_json(report) + "\n" if args.format == "json" else to_csv(report, args.table)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        out.write(text)
    return EXIT_OK


class _UsageError(Exception):
    """A value on the command line that argparse could not check."""


_COMMANDS = {
    "datasets": _datasets,
    "show": _show,
    "scorecard": _scorecard,
    "audit": _audit,
    "export": _export,
}


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 - one exit per error kind
    """Run the ``vnplan`` command.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` when ``None``.

    Returns:
        The exit status (see the module docstring).
    """
    args = _parser().parse_args(argv)
    out = sys.stdout
    try:
        return _COMMANDS[args.command](args, out)
    except _UsageError as error:
        sys.stderr.write(f"vnplan: error: {error} (try 'vnplan {args.command} --help')\n")
        return EXIT_USAGE
    except DataError as error:
        first = error.problems[0] if error.problems else None
        more = f" (+{len(error.problems) - 1} more)" if len(error.problems) > 1 else ""
        sys.stderr.write(
            f"vnplan: error: cannot load {args.name!r}: {first}{more}; "
            "hint: fix the files listed by vnplan.load() in Python\n"
        )
        for problem in error.problems[1:]:
            sys.stderr.write(f"  {problem}\n")
        return EXIT_LOAD
    except UnknownCheckError as error:
        sys.stderr.write(f"vnplan: error: {error} (try 'vnplan audit --help')\n")
        return EXIT_USAGE
    except LookupError as error:
        sys.stderr.write(f"vnplan: error: {error}; hint: 'vnplan datasets' lists the names\n")
        return EXIT_LOAD
    except OSError as error:
        sys.stderr.write(f"vnplan: error: cannot write output: {error}\n")
        return EXIT_OUTPUT
    except VnplanError as error:
        sys.stderr.write(f"vnplan: error: {error}\n")
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
