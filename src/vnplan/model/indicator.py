"""An indicator (*chỉ tiêu*): what is measured, in which unit, and which way is better."""

from __future__ import annotations

import attrs

from vnplan import _hooks
from vnplan._enums import Direction, Measure
from vnplan.exceptions import ValidationError
from vnplan.model import validators as v
from vnplan.model.vocabulary import SECTORS

__all__ = ["Indicator"]


def _default_additive(self: Indicator) -> bool:
    return self.measure in {Measure.LEVEL, Measure.COUNT}


@attrs.frozen(kw_only=True, repr=False)
class Indicator:
    """A chỉ tiêu: what is measured, in which unit, and which way is better.

    Raises:
        ValidationError: A field has the wrong type, the id is not lower-case words
            joined by ``-``, the unit is unknown, or the sector is not one of
            the sectors of ``docs/data-format.md``; or ``growth_of`` is given for an
            indicator that is not a rate, or names the indicator itself.
    """

    #: The stable id, e.g. ``grain-output``.
    id: str = attrs.field(validator=v.identifier)
    #: The name in Vietnamese, e.g. *Tổng sản lượng lương thực*.
    name_vi: str = attrs.field(validator=v.text)
    #: The name in English, e.g. *Total grain output*.
    name_en: str = attrs.field(validator=v.text)
    #: The unit reports print it in (``tấn``, ``tỷ đồng``, ``%``, ``con``).
    unit: str = attrs.field(validator=v.instance_of(str, v.text, v.known_unit))
    #: What kind of number it is (a level, a count, a rate, a share, an index, an average).
    measure: Measure = attrs.field(validator=v.instance_of(Measure))
    #: Which way is better (higher; lower, as for the poverty rate; or neutral).
    direction: Direction = attrs.field(validator=v.instance_of(Direction))
    #: The sector it belongs to, one of those of ``docs/data-format.md``.
    sector: str = attrs.field(
        validator=v.instance_of(str, v.in_(SECTORS, "one of the sectors of docs/data-format.md"))
    )
    #: Whether parts add up to a total; by default, true for levels and counts only.
    additive: bool = attrs.field(
        default=attrs.Factory(_default_additive, takes_self=True),
        validator=v.boolean,
    )
    #: The code in the national statistical indicator system, when known.
    code: str | None = attrs.field(default=None, validator=v.optional_text)
    #: The id of the indicator a growth rate is the growth of (``grdp`` for
    #: ``grdp-growth``), else ``None``. The rate's figures and the growth claims of that
    #: indicator are then one statistic, and a growth target is judged on either.
    growth_of: str | None = attrs.field(default=None, validator=v.optional(v.identifier))

    def __attrs_post_init__(self) -> None:
        """Check the fields together, once attrs has set them."""
        if self.growth_of is not None:
            if self.measure is not Measure.RATE:
                raise ValidationError(
                    "growth_of",
                    "no value for an indicator whose measure is not 'rate'",
                    self.growth_of,
                )
            if self.growth_of == self.id:
                raise ValidationError("growth_of", "the id of another indicator", self.growth_of)

    def __repr__(self) -> str:
        """Return ``<Indicator grain-output: Tổng sản lượng lương thực [tấn]>``."""
        return f"<Indicator {self.id}: {self.name_vi} [{self.unit}]>"

    def _repr_html_(self) -> str:
        """Return the indicator as HTML, for notebooks."""
        return str(_hooks.call("indicator_html", self))
