"""How findings word things: numbers and quantities, printed figures, and why a severity."""

from __future__ import annotations

from decimal import Decimal

from vnplan import units
from vnplan.checks.comparisons import Outcome
from vnplan.checks.operands import Item, Operand
from vnplan.exceptions import DimensionalityError, UnitError
from vnplan.model import Claim
from vnplan.model.labels import Language
from vnplan.text import format_number, format_quantity

__all__ = [
    "change_words",
    "name",
    "number",
    "outcome_note",
    "places_of",
    "quantity",
    "rescaled_unit",
    "shown",
    "slip_note",
    "where",
]


def places_of(value: Decimal) -> int:
    """The number of decimals printed in ``value``."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # noqa: S101 (finite values only)
    return max(-exponent, 0)


def number(value: Decimal, lang: Language, places: int | None = None) -> str:
    """Write a number the report's way (vi: ``13.963,91``) or the English way."""
    return format_number(value, lang, decimals=places)


def quantity(value: Decimal, unit: str, lang: Language, places: int | None = None) -> str:
    """Write a quantity: ``13.963,91 tỷ đồng`` (vi), ``13,963.91 billion VND`` (en)."""
    try:
        return format_quantity(value, unit, lang, decimals=places)
    except (UnitError, DimensionalityError):
        return f"{number(value, lang, places)} {unit}"


def shown(item: Item) -> str:
    """The printed text of an item, in quotes: «8.428,99 triệu đồng»."""
    return f"«{item.worded if isinstance(item, Claim) else item.printed}»"


def name(item: Item, lang: Language) -> str:
    """The name of the item's indicator in ``lang``."""
    return item.indicator.name_vi if lang == "vi" else item.indicator.name_en


def where(item: Item, lang: Language) -> str:
    """Where the item is printed, in words."""
    return item.location.describe(lang)


def outcome_note(outcome: Outcome, lang: Language) -> str:
    """The sentence that explains a severity: cut off, one unit off, a scale slip, a qualifier."""
    notes: list[str] = []
    if outcome.reason == "cut-off":
        notes.append(
            "Chỉ khớp nếu số liệu bị cắt bớt chữ số thay vì làm tròn."
            if lang == "vi"
            else "They agree only if a figure was cut off rather than rounded."
        )
    elif outcome.reason == "one-off" and outcome.suspect is not None:
        printed = shown(outcome.suspect.item)
        notes.append(
            f"Chỉ khớp nếu {printed} lệch một đơn vị ở chữ số cuối."
            if lang == "vi"
            else f"They agree only if {printed} is one unit off in its last digit."
        )
    elif outcome.reason == "slip" and outcome.slip is not None:
        operand, power = outcome.slip
        notes.append(slip_note(operand, power, lang))
    if outcome.qualified:
        notes.append(
            "Có số liệu kèm chữ «khoảng», «trên» hoặc «dưới», nên không kiểm tra chính xác được."
            if lang == "vi"
            else "A figure is qualified (khoảng, trên, dưới: about, over, under), so this "
            "cannot be checked exactly."
        )
    return " ".join(notes)


def rescaled_unit(operand: Operand, power: int) -> str:
    """The operand's unit with its scale word moved ``power`` powers of ten up."""
    current, rest = units.split_scale(operand.item.unit)
    target = current + power
    words = {3: "nghìn", 6: "triệu", 9: "tỷ", 12: "nghìn tỷ"}
    return " ".join(part for part in (words.get(target, ""), rest) if part)


def slip_note(operand: Operand, power: int, lang: Language) -> str:
    """Say that the figures agree if ``operand`` had another scale word."""
    other = rescaled_unit(operand, power)
    printed = shown(operand.item)
    return (
        f"Các số liệu sẽ khớp nếu {printed} được ghi bằng đơn vị {other}."
        if lang == "vi"
        else f"The figures agree if {printed} is read in {other}."
    )


def change_words(value: Decimal, lang: Language) -> str:
    """Say *tăng*/*giảm* (vi) or "a rise of"/"a fall of" (en), by the sign of ``value``."""
    if lang == "vi":
        return "giảm" if value < 0 else "tăng"
    return "a fall of" if value < 0 else "a rise of"
