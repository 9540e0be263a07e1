"""What an audit finds: findings, the figures they cite, and the result of a whole audit."""

from __future__ import annotations

import functools
from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, cast

import attrs
from attrs import validators as v

from vnplan import _hooks
from vnplan._enums import Severity
from vnplan.model import Location
from vnplan.model.interval import Interval
from vnplan.model.labels import Language, check_language, location_label

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    import pandas as pd

__all__ = [
    "CAVEAT_WORDS",
    "AuditResult",
    "Cited",
    "Finding",
    "Recomputed",
    "Stated",
    "is_caveat",
    "with_caveats",
]

#: How text output names each severity: (Vietnamese, English).
_SEVERITY_NAMES: Final[dict[Severity, tuple[str, str]]] = {
    Severity.MATERIAL: ("SAI LỆCH", "MATERIAL"),
    Severity.ROUNDING: ("LÀM TRÒN", "ROUNDING"),
    Severity.INFO: ("LƯU Ý", "INFO"),
}
_SEVERITY_WORDS: Final[dict[Severity, tuple[str, str]]] = {
    Severity.MATERIAL: ("sai lệch", "material"),
    Severity.ROUNDING: ("làm tròn", "rounding"),
    Severity.INFO: ("lưu ý", "info"),
}


def _plain(value: Decimal) -> str:
    """A decimal as a plain string: '.' as decimal point, no exponent, digits kept."""
    return format(value, "f")


@attrs.frozen(kw_only=True)
class Cited:
    """A figure or claim a finding rests on, as it is printed in the report."""

    #: The id of the figure or claim.
    id: str = attrs.field(validator=v.instance_of(str))
    #: The printed number, unsigned, digits kept (for a fraction "a/b", ``a``).
    value: Decimal = attrs.field(validator=v.instance_of(Decimal))
    #: The unit as printed (``tỷ đồng``, ``%``, ``lần``).
    unit: str = attrs.field(validator=v.instance_of(str))
    #: The exact printed text (``"8.428,99 triệu đồng"``).
    printed: str = attrs.field(validator=v.instance_of(str))
    #: Where in the report it is printed.
    location: Location = attrs.field(validator=v.instance_of(Location))
    #: The figure's note in the data, when it has one (what it counts, how it was read).
    note: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    #: The report it is printed in, for a finding across reports (``Số 350/BC-UBND``);
    #: ``None`` in the audit of one report.
    report: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    #: The address of the page it was published in, when not the report itself.
    source: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))

    def to_dict(self) -> dict[str, str]:
        """Return the JSON form: ``id``, ``value``, ``unit``, ``printed``, ``location``.

        ``note``, ``report`` and ``source`` are added where they are known.
        """
        found = {
            "id": self.id,
            "value": _plain(self.value),
            "unit": self.unit,
            "printed": self.printed,
            "location": str(self.location),
        }
        more = {"note": self.note, "report": self.report, "source": self.source}
        return found | {key: value for key, value in more.items() if value is not None}


@attrs.frozen(kw_only=True)
class Stated:
    """The value the report states, which the audit checks."""

    #: The id of the figure or claim that states it.
    id: str = attrs.field(validator=v.instance_of(str))
    #: The stated number with the sign its verb gives (*giảm 0,67%* is ``-0.67``).
    value: Decimal = attrs.field(validator=v.instance_of(Decimal))
    #: The unit as printed.
    unit: str = attrs.field(validator=v.instance_of(str))
    #: The exact printed text of the number.
    printed: str = attrs.field(validator=v.instance_of(str))
    #: The word printed before it (tăng, giảm, đạt, vượt …), when there is one.
    verb: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))

    def to_dict(self) -> dict[str, str | None]:
        """Return the JSON form: ``id``, ``value``, ``unit``, ``printed``, ``verb``."""
        return {
            "id": self.id,
            "value": _plain(self.value),
            "unit": self.unit,
            "printed": self.printed,
            "verb": self.verb,
        }


@attrs.frozen(kw_only=True)
class Recomputed:
    """A value the audit computed from other printed figures, with its rounding interval."""

    #: The value computed from the numbers as printed.
    value: Decimal = attrs.field(validator=v.instance_of(Decimal))
    #: Every value the inputs allow, given their printed precision.
    interval: Interval = attrs.field(validator=v.instance_of(Interval))
    #: The unit of the value and the interval, comparable with the stated value's.
    unit: str = attrs.field(validator=v.instance_of(str))

    def to_dict(self) -> dict[str, str]:
        """Return the JSON form: ``value``, ``low``, ``high``, ``unit``."""
        return {
            "value": _plain(self.value),
            "low": _plain(self.interval.low),
            "high": _plain(self.interval.high),
            "unit": self.unit,
        }


@attrs.frozen(kw_only=True)
class Finding:
    """One problem the audit found, with every figure it rests on.

    Findings order as the report reads, by the location of their first cited figure.
    """

    #: The name of the check that found it (``sums``, ``growth`` …).
    check: str = attrs.field(validator=v.instance_of(str))
    #: How serious it is.
    severity: Severity = attrs.field(validator=v.instance_of(Severity))
    #: What is wrong, in Vietnamese, to be read aloud.
    message_vi: str = attrs.field(validator=v.instance_of(str))
    #: What is wrong, in English.
    message_en: str = attrs.field(validator=v.instance_of(str))
    #: The value the report states, when the finding checks one.
    stated: Stated | None = attrs.field(default=None, validator=v.optional(v.instance_of(Stated)))
    #: The value recomputed from other figures, when there is one.
    recomputed: Recomputed | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Recomputed))
    )
    #: Every figure and claim the finding rests on, the main one first.
    figures: tuple[Cited, ...] = attrs.field(
        default=(), validator=v.deep_iterable(v.instance_of(Cited), v.instance_of(tuple))
    )

    @property
    def location(self) -> Location | None:
        """Where the first cited figure is printed; ``None`` when nothing is cited."""
        return self.figures[0].location if self.figures else None

    def message(self, lang: Language = "vi") -> str:
        """Return the message in ``lang`` (``"vi"`` or ``"en"``).

        Raises:
            ValidationError: ``lang`` is neither ``"vi"`` nor ``"en"``.
        """
        return self.message_vi if check_language(lang) == "vi" else self.message_en

    def to_dict(self) -> dict[str, Any]:
        """Return the finding in its JSON form (:doc:`/audit`, "Each finding")."""
        return {
            "check": self.check,
            "severity": self.severity.value,
            "message_vi": self.message_vi,
            "message_en": self.message_en,
            "stated": None if self.stated is None else self.stated.to_dict(),
            "recomputed": None if self.recomputed is None else self.recomputed.to_dict(),
            "figures": [cited.to_dict() for cited in self.figures],
        }


#: Words by which a figure's note says that the figure is read by interpretation, or that
#: its scope is unclear: a finding resting on it says so (:func:`with_caveats`).
CAVEAT_WORDS: Final = ("interpretation", "unclear")


def is_caveat(note: str | None) -> bool:
    """Whether a figure's note says the figure is read by interpretation or is of unclear scope."""
    folded = (note or "").casefold()
    return any(word in folded for word in CAVEAT_WORDS)


def with_caveats(finding: Finding) -> Finding:
    """The finding, its messages ending with each caveat note of the figures it cites.

    A finding that rests on a reading of the data (a claim attached to an indicator by
    interpretation, a footnote of unclear scope) says so, so that a reader weighs it.
    """
    notes: dict[str, list[str]] = {}  # a note, once, with the ids it is the note of
    for cited in finding.figures:
        if cited.note is not None and is_caveat(cited.note):
            notes.setdefault(cited.note, []).append(cited.id)
    if not notes:
        return finding
    vi = " ".join(f"Lưu ý về số liệu {', '.join(ids)}: {note}." for note, ids in notes.items())
    en = " ".join(f"Note on {', '.join(ids)}: {note}." for note, ids in notes.items())
    return attrs.evolve(
        finding,
        message_vi=f"{finding.message_vi} {vi}",
        message_en=f"{finding.message_en} {en}",
    )


def location_key(location: Location | None) -> tuple[Any, ...]:
    """A sort key that orders locations as the report reads.

    Headings compare by their numbers, Roman or Arabic (``I.1`` < ``1.2`` < ``I.3`` <
    ``II``), so that a report's irregular numbering still sorts in reading order; within
    a section, paragraphs come before footnotes.
    """
    if location is None:
        return ((99999,),)
    headings = tuple(_heading_key(heading) for heading in location.parts)
    if location.footnote is not None:
        return (headings, 1, location.footnote)
    return (headings, 0, location.paragraph or 0)


_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(text: str) -> int | None:
    if not text or any(ch not in _ROMAN for ch in text.upper()):
        return None
    total = 0
    values = [_ROMAN[ch] for ch in text.upper()]
    for index, value in enumerate(values):
        following = values[index + 1] if index + 1 < len(values) else 0
        total += -value if value < following else value
    return total


@functools.lru_cache(maxsize=1024)  # a report's findings share a few dozen headings
def _heading_key(heading: str) -> tuple[int, ...]:
    numbers: list[int] = []
    for piece in heading.replace("-", ".").split("."):
        word = piece.strip()
        if not word:
            continue
        if word.isdigit():
            numbers.append(int(word))
        elif (roman := _roman(word)) is not None:
            numbers.append(roman)
        elif len(word) == 1 and word.isalpha():
            numbers.append(ord(word.lower()) - ord("a") + 1)
        else:
            numbers.append(9999)
    return tuple(numbers)


def _finding_key(finding: Finding) -> tuple[Any, ...]:
    return (location_key(finding.location), finding.severity.rank, finding.check)


def _in_report_order(found: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(sorted(found, key=_finding_key))


@attrs.frozen(kw_only=True)
class AuditResult:
    """The findings of an audit, ordered as the report reads, with a summary.

    Iterate over it for the findings; ``len()`` counts them.
    """

    #: The findings, ordered as the report reads.
    findings: tuple[Finding, ...] = attrs.field(converter=_in_report_order)
    #: The names of the checks that ran, in the order they ran.
    checks: tuple[str, ...] = attrs.field(
        default=(), validator=v.deep_iterable(v.instance_of(str), v.instance_of(tuple))
    )

    def __iter__(self) -> Iterator[Finding]:
        """Iterate over the findings, as the report reads."""
        return iter(self.findings)

    def __len__(self) -> int:
        """Return the number of findings."""
        return len(self.findings)

    @property
    def summary(self) -> dict[str, Any]:
        """The number of findings in all (``total``), ``by_severity`` and ``by_check``.

        ``by_check`` lists every check that ran, with zero where it found nothing.
        """
        severities = Counter(finding.severity for finding in self.findings)
        checks = Counter(finding.check for finding in self.findings)
        by_check = {name: checks.get(name, 0) for name in self.checks}
        for name, count in checks.items():
            by_check.setdefault(name, count)
        return {
            "total": len(self.findings),
            "by_severity": {s.value: severities.get(s, 0) for s in Severity},
            "by_check": by_check,
        }

    def by_severity(self) -> dict[Severity, tuple[Finding, ...]]:
        """Return the findings grouped by severity, most serious first, each as the report reads.

        Every severity is a key, with an empty tuple where nothing was found.
        """
        return {
            severity: tuple(f for f in self.findings if f.severity is severity)
            for severity in Severity
        }

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: ``{"findings": [...], "summary": {...}}`` (:doc:`/audit`)."""
        return {
            "findings": [finding.to_dict() for finding in self.findings],
            "summary": self.summary,
        }

    def _repr_html_(self) -> str:
        """Return the findings as HTML, for notebooks."""
        return str(_hooks.call("findings_html", self.findings))

    def to_pandas(self) -> pd.DataFrame:
        """Return the findings as a pandas frame, one row per finding (needs ``vnplan[pandas]``).

        Raises:
            ImportError: pandas is not installed.
        """
        return cast("pd.DataFrame", _hooks.call("findings_frame", self.findings))

    def format_text(self, lang: Language = "vi", *, width: int = 100) -> str:
        """Return the findings as text for a terminal: grouped by severity, as the report reads.

        Args:
            lang: ``"vi"`` or ``"en"``.
            width: The width to wrap lines at.

        Returns:
            The text, without a final newline.

        Raises:
            ValidationError: ``lang`` is neither ``"vi"`` nor ``"en"``.
        """
        language = check_language(lang)
        pick = 0 if language == "vi" else 1
        groups = self.by_severity()
        counts = ", ".join(f"{len(groups[s])} {_SEVERITY_WORDS[s][pick]}" for s in Severity)
        title = "Kiểm tra số liệu báo cáo" if pick == 0 else "Audit of the report's figures"
        lines = [f"{title}: {counts}"]
        if not self.findings:
            lines.append("Không thấy sai lệch nào." if pick == 0 else "No inconsistencies found.")
        for severity in Severity:
            found = groups[severity]
            if not found:
                continue
            lines.extend(["", f"{_SEVERITY_NAMES[severity][pick]} ({len(found)})"])
            for number, finding in enumerate(found, start=1):
                lines.extend(_finding_lines(finding, number, language, width))
        return "\n".join(lines)


def _finding_lines(finding: Finding, number: int, lang: Language, width: int) -> list[str]:
    import textwrap  # noqa: PLC0415 (text output loads it on first use)

    head = f"{number:>3}. [{finding.check}] "
    indent = " " * len(head)
    wrapped = textwrap.wrap(
        finding.message(lang), width=width, initial_indent=head, subsequent_indent=indent
    )
    for cited in finding.figures:
        origin = f"{cited.report}: " if cited.report is not None else ""
        wrapped.extend(
            textwrap.wrap(
                f"- {cited.printed}  ({origin}{cited.id}, {location_label(cited.location, lang)})",
                width=width,
                initial_indent=indent + "  ",
                subsequent_indent=indent + "    ",
            )
        )
    return wrapped
