r"""The ``vnplan`` command: list, show, score, audit, export and draft reports.

:func:`main` is the command's entry point: ``main(["scorecard", "dien-bien-2022"])`` runs
``vnplan scorecard dien-bien-2022`` and returns its exit code.

Exit codes (stable):

- 0: done; for ``audit``, no finding at or above ``--fail-on`` (or no ``--fail-on``);
- 1: ``audit --fail-on SEVERITY`` met: some finding is at least that severe;
- 2: the command line is wrong (unknown command, option or value);
- 3: the report cannot be loaded (unknown name, not a report folder, problems in its files),
  or, for ``draft``, the source cannot be read;
- 4: the output cannot be written (standard output closed, a file that cannot be written);
- 141: the reader of the output stopped early (``vnplan show … | head``): nothing is said,
  as ``cat`` does (128 + SIGPIPE).

Errors are one line (a broken report adds one line per problem), in the language of
``--lang``. On a standard output whose encoding cannot hold Vietnamese (for example
``PYTHONIOENCODING=ascii``), text is written in its nearest ASCII (``Dien Bien``), JSON with
``\u`` escapes, and CSV not at all (exit 4, with how to set UTF-8): see
:mod:`vnplan.cli.output`.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, NoReturn

from vnplan._enums import Severity
from vnplan.cli.loading import LoadError, load_report
from vnplan.cli.messages import argparse_message, clip, say
from vnplan.cli.output import (
    ClosedOutputError,
    EncodingRefusedError,
    Output,
    discard_stdout,
    terminal_width,
    transliterate,
)
from vnplan.cli.tables import clip_text, print_table
from vnplan.exceptions import VnplanError
from vnplan.model.labels import Language

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

    from vnplan.analysis.scorecard import ScorecardRow
    from vnplan.model import Measurement, Report, Target

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAIL_ON = 1
EXIT_USAGE = 2
EXIT_LOAD = 3
EXIT_OUTPUT = 4
#: The reader of the output stopped early: the status ``cat`` gets (128 + SIGPIPE).
EXIT_PIPE = 141


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
    "draft": (
        "examples:\n"
        "  vnplan draft bao-cao-2023.docx -o son-la-2023/\n"
        "  vnplan draft bao-cao.txt -o my-report/ --vocabulary my-indicators.toml\n"
        "  vnplan audit my-report/"
    ),
}


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line with a hint, and exit code 2.

    Its errors are in ``lang``, the language the command line asks for (``--lang``).
    """

    #: The language of its errors.
    lang: Language = "vi"

    def error(self, message: str) -> NoReturn:
        hint = say("try-help", self.lang, command=self.prog)
        text = say("error", self.lang, message=f"{argparse_message(message, self.lang)} {hint}")
        self.exit(EXIT_USAGE, text + "\n")

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        # Help and errors, transliterated for a stream that cannot hold Vietnamese.
        stream = file or sys.stderr
        if message and stream is not None:
            encoding = getattr(stream, "encoding", None) or "utf-8"
            with contextlib.suppress(OSError):
                stream.write(transliterate(message, encoding))


_EPILOG: Final = """\
example:
  vnplan audit dien-bien-2022

exit codes: 0 done, 1 'audit --fail-on' met, 2 a wrong command line, 3 a report that
cannot be loaded, 4 output that cannot be written, 141 the reader stopped early (| head).

Errors follow --lang. Where the output's encoding cannot hold Vietnamese (for example
PYTHONIOENCODING=ascii), text is written without diacritics, JSON with \\u escapes, and
CSV is refused: set PYTHONIOENCODING=utf-8 (or PYTHONUTF8=1), or use --output FILE."""


def _language(argv: Sequence[str]) -> Language:
    """The ``--lang`` of a command line, read before argparse, so that its errors use it."""
    lang: Language = "vi"
    for number, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and number + 1 < len(argv):
            value = argv[number + 1]
        elif arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        else:
            continue
        if value == "vi":
            lang = "vi"
        elif value == "en":
            lang = "en"
    return lang


def _parser(lang: Language = "vi") -> argparse.ArgumentParser:
    from vnplan.checks import CHECKS  # noqa: PLC0415 - the façade imports it anyway

    parser = _Parser(
        prog="vnplan",
        description=(
            "Read, check and export Vietnamese provincial socio-economic plan reports. "
            "NAME is a bundled report (see 'vnplan datasets') or the folder of your own."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.lang = lang
    parser.add_argument(
        "--lang",
        choices=("vi", "en"),
        default="vi",
        help="language of the output and of errors (default: vi)",
    )
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    # --lang is accepted before the command and after it ("vnplan audit NAME --lang en").
    common = _Parser(add_help=False)
    common.add_argument(
        "--lang",
        choices=("vi", "en"),
        default=argparse.SUPPRESS,
        help="language of the output and of errors (default: vi)",
    )

    def sub(name: str, help_text: str) -> argparse.ArgumentParser:
        command = commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=_EXAMPLES[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
            parents=[common],
        )
        assert isinstance(command, _Parser)  # noqa: S101 (parser_class=_Parser)
        command.lang = lang
        return command

    sub("datasets", "list the bundled reports")

    show = sub("show", "show a report's figures as a table, as wide as the terminal")
    show.add_argument("name", metavar="NAME", help="bundled report name or report folder")
    show.add_argument(
        "--sector",
        help="only this sector: an id (agriculture) or its Vietnamese or English name, "
        'with or without diacritics ("nong nghiep, thuy san")',
    )
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
    score.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        default="text",
        help="text: a table to read (default); json: rows and counts; csv: one row per line",
    )

    audit = sub("audit", "check the reports' own arithmetic, then across the reports")
    audit.add_argument(
        "name", metavar="NAME", nargs="+", help="bundled report names or report folders"
    )
    audit.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: the findings to read, by severity (default); json: every finding's fields",
    )
    audit.add_argument(
        "--fail-on",
        choices=[s.value for s in Severity],
        help="exit with status 1 when some finding is at least this severe",
    )
    names = ", ".join(CHECKS)
    audit.add_argument(
        "--check",
        action="append",
        choices=list(CHECKS),
        metavar="CHECK",
        help=f"run only this check (repeatable); the checks: {names}",
    )
    audit.add_argument(
        "--skip",
        action="append",
        choices=list(CHECKS),
        metavar="CHECK",
        help="skip this check (repeatable)",
    )

    export = sub("export", "export a report as JSON, CSV or a Frictionless data package")
    export.add_argument("name", metavar="NAME", help="bundled report name or report folder")
    export.add_argument(
        "--format",
        choices=("json", "csv", "datapackage"),
        default="json",
        help="json: the whole report (default); csv: one table (see --table); "
        "datapackage: every table as CSV with a datapackage.json, in --output FOLDER",
    )
    export.add_argument(
        "--table",
        choices=("figures", "indicators", "claims", "relations"),
        default="figures",
        help="the table for --format csv (default: figures)",
    )
    export.add_argument(
        "--output", "-o", metavar="PATH", help="file (json, csv) or folder (datapackage)"
    )

    draft = sub("draft", "draft a report folder from a report's text, every guess marked")
    draft.add_argument("source", metavar="SOURCE", help="the report's .txt, .md, .docx or .pdf")
    draft.add_argument("--output", "-o", metavar="FOLDER", required=True, help="folder to write")
    draft.add_argument(
        "--vocabulary", metavar="FILE", help="TOML file of [[indicator]] tables to match first"
    )
    return parser


def _version() -> str:
    from vnplan._version import __version__  # noqa: PLC0415 - tiny

    return f"vnplan {__version__}"


class _UsageError(Exception):
    """A value on the command line that argparse could not check."""


def _datasets(args: argparse.Namespace, out: Output) -> int:
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
    print_table(rows, out, terminal_width())
    return EXIT_OK


def _sector(text: str, report: Report, lang: Language) -> str:
    """The id of the sector ``text`` names among the report's, or a usage error."""
    from vnplan.model.labels import find_sector, sector_name  # noqa: PLC0415

    sectors = sorted({i.sector for i in report.indicators})
    sector = find_sector(text) or text
    if sector not in sectors:
        listed = ", ".join(f"{s} ({sector_name(s, lang)})" for s in sectors)
        raise _UsageError(say("no-sector", lang, sector=clip(text), sectors=listed))
    return sector


def _show(args: argparse.Namespace, out: Output) -> int:
    from vnplan.model.labels import ROLE_NAMES, location_label  # noqa: PLC0415

    report = load_report(args)
    lang: Language = args.lang
    en = lang == "en"
    figures: list[Measurement | Target] = [*report.measurements, *report.targets]
    if args.sector:
        sector = _sector(args.sector, report, lang)
        figures = [f for f in figures if f.indicator.sector == sector]
    if args.indicator:
        wanted = (
            {args.indicator}
            if report.get(args.indicator) is not None
            else {i.id for i in report.search(args.indicator)}
        )
        if not wanted:
            raise _UsageError(say("no-indicator", lang, text=clip(args.indicator)))
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
        role = ROLE_NAMES[figure.role][1 if en else 0]
        where = location_label(figure.location, lang)
        rows.append((clip_text(name, 60), period, role, figure.printed, where))
    # The name is cut first to fit the terminal, then the location.
    print_table(rows, out, terminal_width(), shrink=(0, 4))
    count = len(rows) - 1
    out.text(f"\n{count} figure(s)\n" if en else f"\n{count} số liệu\n")
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
    if not en and reason not in _REASONS_VI:  # an interim result's reason says when
        from vnplan.analysis.scorecard import interim_reason  # noqa: PLC0415 (kept lazy)

        figure = row.result
        period, as_of = (row.period, row.as_of) if figure is None else (figure.period, figure.as_of)
        reason = interim_reason(row.target, period, as_of, language="vi") or reason
    return f"– {reason if en else _REASONS_VI.get(reason, reason)}"


def _load_all(args: argparse.Namespace) -> list[Report]:
    """The reports named on the command line (an error names the one that failed)."""
    names: list[str] = list(args.name)
    reports = []
    for name in names:
        args.name = name
        reports.append(load_report(args))
    args.name = names
    return reports


def _scorecard(args: argparse.Namespace, out: Output) -> int:
    from vnplan.analysis.collection import Collection  # noqa: PLC0415
    from vnplan.analysis.scorecard import scorecard  # noqa: PLC0415
    from vnplan.model.labels import BASIS_NAMES  # noqa: PLC0415
    from vnplan.text import format_percent  # noqa: PLC0415

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
        out.json(text + "\n")
        return EXIT_OK
    if args.format == "csv":
        buffer = io.StringIO()
        writer: csv.DictWriter[str] = csv.DictWriter(
            buffer, fieldnames=list(_SCORECARD_FIELDS), lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(row.to_dict() for row in card)
        out.data(buffer.getvalue())
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
        line: tuple[str, ...] = (clip_text(name, 50), period, basis, percent, _verdict(row, en=en))
        if across:
            target = "—" if row.target is None else row.target.printed
            line += (target, row.result_printed or "—", _source_of(row))
        table.append(line)
    print_table(table, out, terminal_width(), shrink=(0, 4))
    met, missed, other = counts["met"], counts["not_met"], counts["undecided"]
    if en:
        out.text(f"\n{met} met · {missed} not met · {other} undecided (* computed)\n")
    else:
        out.text(f"\n✓ {met} đạt · ✗ {missed} chưa đạt · {other} không đánh giá (* tính)\n")
    return EXIT_OK


def _source_of(row: ScorecardRow) -> str:
    """Where a row's result is printed: its page's publisher or address, else its report."""
    source = row.result_source
    if source is not None:
        return clip_text(source.publisher or source.url, 40)
    report = row.result_report or row.target_report
    return "—" if report is None else clip_text(report.label, 40)


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


def _audit(args: argparse.Namespace, out: Output) -> int:
    from vnplan.checks import audit, audit_across  # noqa: PLC0415

    reports = _load_all(args)
    results = [audit(report, checks=args.check, skip=args.skip) for report in reports]
    found = [finding for result in results for finding in result]
    width = max(terminal_width() or 100, 40)
    if len(reports) == 1:
        if args.format == "json":
            out.json(json.dumps(results[0].to_dict(), ensure_ascii=False, indent=2) + "\n")
        else:
            out.text(results[0].format_text(lang=args.lang, width=width) + "\n")
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
            out.json(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            en = args.lang == "en"
            for name, report, result in zip(args.name, reports, results, strict=True):
                text = result.format_text(lang=args.lang, width=width)
                out.text(f"== {name} ({report.label}) ==\n{text}\n\n")
            title = "across the reports" if en else "đối chiếu giữa các báo cáo"
            out.text(f"== {title} ==\n{across.format_text(lang=args.lang, width=width)}\n")
    if args.fail_on:
        threshold = Severity(args.fail_on).rank
        if any(f.severity.rank <= threshold for f in found):
            return EXIT_FAIL_ON
    return EXIT_OK


def _export(args: argparse.Namespace, out: Output) -> int:
    from vnplan.io import to_csv, to_json, write_datapackage  # noqa: PLC0415

    report = load_report(args)
    if args.format == "datapackage":
        if not args.output:
            raise _UsageError(say("needs-output", args.lang))
        path = write_datapackage(report, args.output)
        out.text(f"{path}\n")
        return EXIT_OK
    text = to_json(report) + "\n" if args.format == "json" else to_csv(report, args.table)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    elif args.format == "json":
        out.json(text)
    else:
        out.data(text)
    return EXIT_OK


def _draft(args: argparse.Namespace, out: Output) -> int:
    """Draft SOURCE into --output, and say what was found and what to review."""
    from vnplan.drafting import draft  # noqa: PLC0415 - keep --help fast

    try:
        result = draft(args.source, vocabulary=args.vocabulary)
    except (VnplanError, ImportError) as error:
        reason = str(error)
        raise LoadError(
            say("cannot-draft", args.lang, name=clip(args.source), reason=reason)
        ) from error
    folder = result.write(args.output)
    out.text(f"{result.summary()}\n{say('drafted', args.lang, folder=folder)}\n")
    return EXIT_OK


_COMMANDS = {
    "datasets": _datasets,
    "show": _show,
    "scorecard": _scorecard,
    "audit": _audit,
    "export": _export,
    "draft": _draft,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``vnplan`` command.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` when ``None``.

    Returns:
        The exit status (see the module docstring).
    """
    args = _parser(_language(sys.argv[1:] if argv is None else argv)).parse_args(argv)
    out = Output(sys.stdout)
    try:
        status = _COMMANDS[args.command](args, out)
        out.flush()
    except BrokenPipeError:
        # The reader stopped early (| head): stop quietly, as cat does.
        discard_stdout()
        return EXIT_PIPE
    except (_UsageError, LoadError, OSError, VnplanError) as error:
        return _fail(error, args, out)
    return status


def _fail(error: Exception, args: argparse.Namespace, out: Output) -> int:
    """Say what went wrong, in one line (one more per problem), and return the exit status."""
    lang: Language = args.lang
    lines: Sequence[str] = ()
    if isinstance(error, _UsageError):
        hint = say("try-help", lang, command=f"vnplan {args.command}")
        message, status = f"{error} {hint}", EXIT_USAGE
    elif isinstance(error, LoadError):
        message, lines, status = str(error), error.details, EXIT_LOAD
    elif isinstance(error, ClosedOutputError):
        message, status = say("stdout-closed", lang), EXIT_OUTPUT
    elif isinstance(error, EncodingRefusedError):
        or_file = say("or-file", lang) if "output" in args else ""
        message = say("cannot-encode", lang, kind="CSV", encoding=error.encoding, or_file=or_file)
        status = EXIT_OUTPUT
    elif isinstance(error, OSError):
        if out.broken:
            discard_stdout()
        message, status = say("cannot-write", lang, reason=error), EXIT_OUTPUT
    else:  # another VnplanError: a value the library refused
        message, status = str(error), EXIT_USAGE
    _say(say("error", lang, message=message), lines)
    return status


def _say(message: str, lines: Sequence[str]) -> None:
    """Write an error and its detail lines to the standard error, as it can take them."""
    err = Output(sys.stderr)
    try:
        err.text(message + "\n")
        for line in lines:
            err.text(f"  {line}\n")
        err.flush()
    except OSError:  # nowhere to say it: the exit status says it
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
