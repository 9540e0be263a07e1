"""Document numbers: "Số: 350/BC-UBND", "30/2020/NĐ-CP"."""

from __future__ import annotations

from typing import Final

import attrs

from vnplan.exceptions import ParseError, ValidationError
from vnplan.text.numbers import _check_locale, _check_text, _digit_run, _skip_spaces

__all__ = ["DocumentNumber", "format_document_number", "parse_document_number"]

# The first year a document number may carry ("30/2020/NĐ-CP"): a year has four digits.
_FIRST_YEAR: Final = 1000


def _check_symbol(_instance: object, _attribute: object, symbol: str) -> None:
    parts = symbol.split("-")
    if not parts[0][:1].isalpha() or any(not p or not all(c.isalnum() for c in p) for p in parts):
        raise ValidationError(
            "symbol", "letters and digits in parts joined by '-', such as 'BC-UBND'", symbol
        )


@attrs.frozen
class DocumentNumber:
    """The number of an official document: "Số: 350/BC-UBND".

    Examples:
        >>> from vnplan import DocumentNumber, parse_document_number
        >>> number = parse_document_number("Số: 350 /BC-UBND")
        >>> number
        DocumentNumber(number=350, symbol='BC-UBND', year=None)
        >>> str(number), str(parse_document_number("30/2020/NĐ-CP"))
        ('350/BC-UBND', '30/2020/NĐ-CP')
    """

    #: The running number (350). Leading zeros are not kept.
    number: int = attrs.field(validator=[attrs.validators.instance_of(int), attrs.validators.ge(0)])
    #: The symbol, kind of document and issuer ("BC-UBND", a báo cáo of the UBND).
    symbol: str = attrs.field(validator=[attrs.validators.instance_of(str), _check_symbol])
    #: The year, for documents numbered per year ("30/2020/NĐ-CP"), or ``None``.
    year: int | None = attrs.field(
        default=None,
        kw_only=True,
        validator=attrs.validators.optional(
            [
                attrs.validators.instance_of(int),
                attrs.validators.ge(_FIRST_YEAR),
                attrs.validators.le(9999),
            ]
        ),
    )

    def __str__(self) -> str:
        """Return the number and symbol without "Số:" ("350/BC-UBND")."""
        year = f"{self.year}/" if self.year is not None else ""
        return f"{self.number}/{year}{self.symbol}"


def parse_document_number(text: str) -> DocumentNumber:
    """Read a document number: "Số: 350/BC-UBND", "350/BC-UBND", "No. 350/BC-UBND".

    Spaces around ``/`` are allowed, as the report prints "Số: 350 /BC-UBND".

    Args:
        text: The document number as printed.

    Returns:
        The :class:`DocumentNumber`.

    Raises:
        ParseError: If the text is not a document number, or its year is not from
            1000 to 9999 ("30/0020/NĐ-CP").

    Examples:
        >>> from vnplan import parse_document_number
        >>> parse_document_number("Số: 350/BC-UBND").symbol
        'BC-UBND'
    """
    text = _check_text(text, "a document number")
    position = _skip_spaces(text, 0)
    folded = text.casefold()
    for prefix in ("số:", "số", "no.", "no:", "no"):
        if folded.startswith(prefix, position):
            position = _skip_spaces(text, position + len(prefix))
            break
    start = position
    position = _digit_run(text, position)
    if position == start or position - start > 9:
        raise ParseError(text, start, "a document number of one to nine digits")
    number = int(text[start:position])
    position = _skip_spaces(text, position)
    if position >= len(text) or text[position] != "/":
        raise ParseError(text, position, "'/' after the number")
    position = _skip_spaces(text, position + 1)
    year = None
    year_end = _digit_run(text, position)
    if year_end - position == 4 and year_end < len(text) and text[year_end] == "/":
        year = int(text[position:year_end])
        if year < _FIRST_YEAR:
            raise ParseError(
                text,
                position,
                f"a year from {_FIRST_YEAR} to 9999 (got {text[position:year_end]!r})",
            )
        position = year_end + 1
    symbol = text[position:].strip()
    try:
        return DocumentNumber(number, symbol, year=year)
    except ValidationError as error:
        raise ParseError(text, position, "a symbol such as 'BC-UBND'") from error


def format_document_number(number: DocumentNumber, locale: str = "vi") -> str:
    """Write a document number with its label: "Số: 350/BC-UBND" ("No. 350/BC-UBND").

    Args:
        number: The document number.
        locale: ``"vi"`` or ``"en"``.

    Returns:
        The printed document number.

    Examples:
        >>> from vnplan import DocumentNumber, format_document_number
        >>> format_document_number(DocumentNumber(350, "BC-UBND"))
        'Số: 350/BC-UBND'
    """
    label = "No." if _check_locale(locale) == "en" else "Số:"
    return f"{label} {number}"
