"""The ``vnplan`` command: list, show, audit, export and draft reports.

Exit codes (stable):

- 0: done; for ``audit``, no finding at or above ``--fail-on`` (or no ``--fail-on``);
- 1: ``audit --fail-on SEVERITY`` met: some finding is at least that severe;
- 2: the command line is wrong (unknown command, option or value);
- 3: the report cannot be loaded (unknown name, not a report folder, problems in its files),
  or, for ``draft``, the source cannot be read;
- 4: the output cannot be written.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from vnplan._enums import Severity
from vnplan.exceptions import DataError, UnknownCheckError, VnplanError

if TYPE_CHECKING:
    from vnplan.model.core import Measurement, Report, Target

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAIL_ON = 1
EXIT_USAGE = 2
EXIT_LOAD = 3
EXIT_OUTPUT = 4

_SEVERITY_RANK = {Severity.INFO: 0, Severity.ROUNDING: 1, Severity.MATERIAL: 2}

_EXAMPLES = {
    "datasets": "example:\n  vnplan datasets\n  vnplan --lang en datasets",
    "show": (
        "examples:\n"
        "  vnplan show dien-bien-2022 --sector agriculture\n"
        "  vnplan show dien-bien-2022 --indicator grain-output\n"
        '  vnplan show dien-bien-2022 --indicator "san luong luong thuc"'
    ),
    "audit": (
        "examples:\n"
        "  vnplan audit dien-bien-2022\n"
        "  vnplan audit dien-bien-2022 --lang en --fail-on material\n"
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

    audit = sub("audit", "check the report's own arithmetic")
    audit.add_argument("name", metavar="NAME", help="bundled report name or report folder")
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


def _load(name: str) -> Report:
    from vnplan.io.datasets import load  # noqa: PLC0415 - keep --help fast

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
    from vnplan.io.datasets import datasets  # noqa: PLC0415

    en = args.lang == "en"
    header = (
        ("name", "province", "number", "year", "plan year")
        if en
        else ("tên", "tỉnh", "số", "năm", "năm kế hoạch")
    )
    rows = [header] + [
        (d.name, d.province, d.number, str(d.year), str(d.plan_year)) for d in datasets()
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


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _audit(args: argparse.Namespace, out: TextIO) -> int:
    from vnplan.checks import audit  # noqa: PLC0415

    report = _load(args.name)
    result = audit(report, checks=args.check, skip=args.skip)
    if args.format == "json":
        out.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(result.format_text(lang=args.lang))
        out.write("\n")
    if args.fail_on:
        threshold = _SEVERITY_RANK[Severity(args.fail_on)]
        if any(_SEVERITY_RANK[f.severity] >= threshold for f in result):
            return EXIT_FAIL_ON
    return EXIT_OK


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from vnplan.io.export import to_csv, to_json, write_datapackage  # noqa: PLC0415

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


def _draft(args: argparse.Namespace, out: TextIO) -> int:
    """Draft SOURCE into --output, and print what was found and what to review."""
    import vnplan  # noqa: PLC0415  (the façade's draft: the drafting layer sits beside this one)

    try:
        result = vnplan.draft(args.source, vocabulary=args.vocabulary)
    except (VnplanError, ImportError) as error:
        sys.stderr.write(f"vnplan: error: cannot draft {args.source!r}: {error}\n")
        return EXIT_LOAD
    folder = result.write(args.output)
    out.write(f"{result.summary()}\nwritten to {folder}; next: vnplan audit {folder}\n")
    return EXIT_OK


class _UsageError(Exception):
    """A value on the command line that argparse could not check."""


_COMMANDS = {
    "datasets": _datasets,
    "show": _show,
    "audit": _audit,
    "export": _export,
    "draft": _draft,
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
