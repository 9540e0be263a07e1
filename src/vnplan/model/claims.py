"""What a report states about its figures: claims (growth, attainment …) and relations."""

from __future__ import annotations

import decimal
from decimal import Decimal
from fractions import Fraction
from typing import Final, Literal

import attrs

from vnplan import units
from vnplan._enums import Basis, ClaimKind, Measure, RelationKind
from vnplan.exceptions import UnitError, ValidationError
from vnplan.model import validators as v
from vnplan.model.figures import same_dimension
from vnplan.model.indicator import Indicator
from vnplan.model.interval import Interval, _to_decimal
from vnplan.model.period import Location, Period
from vnplan.model.source import Source
from vnplan.model.vocabulary import VERBS, VERBS_DOWN, VERBS_OF, VERBS_UP

__all__ = ["PERCENT_KINDS", "Claim", "Relation"]

_VERB_REQUIRED: Final = frozenset(
    {
        ClaimKind.GROWTH,
        ClaimKind.CHANGE,
        ClaimKind.PP_CHANGE,
        ClaimKind.FACTOR,
        ClaimKind.ATTAINMENT,
    }
)
_NEEDS_REFERENCE: Final = frozenset(
    {ClaimKind.GROWTH, ClaimKind.CHANGE, ClaimKind.PP_CHANGE, ClaimKind.FACTOR}
)
#: What unit each kind of claim is printed in, in words (checked by :func:`_claim_unit_fits`).
_UNIT_WORDS: Final[dict[ClaimKind, str]] = {
    ClaimKind.GROWTH: "a percent unit such as '%'",
    ClaimKind.ATTAINMENT: "a percent unit such as '%'",
    ClaimKind.SHARE: "a percent unit such as '%'",
    ClaimKind.PP_CHANGE: "'%' or a percentage-point unit such as 'điểm %'",
    ClaimKind.FACTOR: "a factor unit such as 'lần'",
}
#: Claim kinds whose value is a percentage, so that a pp-change may be said of them.
PERCENT_KINDS: Final = frozenset({ClaimKind.GROWTH, ClaimKind.ATTAINMENT, ClaimKind.SHARE})


def _claim_unit_fits(kind: ClaimKind, unit: str) -> bool:
    """Say whether a claim of ``kind`` may be printed in ``unit``."""
    try:
        info = units.unit_info(unit)
    except UnitError:
        return False
    percent = info.dimension == "dimensionless" and info.factor == Decimal("0.01")
    if kind is ClaimKind.FACTOR:
        return info.dimension == "dimensionless" and info.factor == 1
    if kind is ClaimKind.PP_CHANGE:
        return percent or info.dimension == units.unit_info("điểm %").dimension
    return percent


@attrs.frozen(kw_only=True, repr=False)
class Claim:
    """A comparison the report states: growth, a change, a factor, attainment, a share.

    ``value`` is the printed number as printed (no sign); ``verb`` gives its sense.
    :attr:`signed_value` applies the verb's sign (*giảm 0,67%* is -0,67) and
    :attr:`ratio` gives the stated ratio of the subject to what it is compared with:

    - growth and attainment, in percent: after *tăng*, *vượt*, *cao hơn* the ratio is
      ``1 + v/100`` (*vượt 8,15%* is 1.0815); after *giảm*, *thấp hơn* it is
      ``1 - v/100`` (*giảm 4,32%* is 0.9568); after *đạt*, *bằng* it is ``v/100``
      (*đạt 102,49%* is 1.0249);
    - factor: ``v`` (*tăng 2,35 lần* is 2.35);
    - share: ``v/100`` (*chiếm 21,25%* is 0.2125);
    - fraction: ``value / denominator`` (*115/115 xã* is 1);
    - change and pp-change: ``None``; they state a difference, not a ratio.

    Raises:
        ValidationError: A field has the wrong type, or the claim breaks a rule of
            ``docs/data-format.md``: a verb the kind does not take, or none where one is
            required; growth, change, pp-change or factor without a ``reference`` or
            ``against``; attainment without a ``basis``; a pp-change on an indicator
            that is neither a rate nor a share (unless the subject may be a claim); a
            unit that does not fit the kind; a ``denominator`` on anything but a fraction.
    """

    #: The unique id, e.g. ``grain-output-2022-growth``.
    id: str = attrs.field(validator=v.identifier)
    #: What kind of comparison it is.
    kind: ClaimKind = attrs.field(validator=v.instance_of(ClaimKind))
    #: The id of the figure (or claim) it is about; ``None`` when that value is not printed.
    subject: str | None = attrs.field(default=None, validator=v.optional_text)
    #: The indicator of the subject.
    indicator: Indicator = attrs.field(validator=v.instance_of(Indicator))
    #: The period of the subject; required when there is no subject.
    period: Period | None = attrs.field(default=None, validator=v.optional(v.instance_of(Period)))
    #: The word printed before the number, giving its sense (tăng, giảm, đạt, vượt …).
    verb: str | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(str, v.in_(VERBS)))
    )
    #: The number as printed, digits kept (``Decimal("1.99")`` for "1,99%").
    value: Decimal = attrs.field(validator=v.instance_of(Decimal, v.finite))
    #: The unit as printed (``%``, ``lần``, ``ha``, ``xã``).
    unit: str = attrs.field(validator=v.text)
    #: The exact number printed, with its unit (``"102,49 %"``, ``"115/115 xã"``).
    printed: str = attrs.field(validator=v.text)
    #: The period compared against (*so với năm 2021* is 2021).
    reference: Period | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Period))
    )
    #: Who set the plan compared against (attainment; a pp-change against the plan).
    basis: Basis | None = attrs.field(default=None, validator=v.optional(v.instance_of(Basis)))
    #: The id of the figure or claim compared with, when the report prints it.
    against: str | None = attrs.field(default=None, validator=v.optional_text)
    #: For a fraction "a/b", the printed ``b``; ``value`` is ``a``.
    denominator: Decimal | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Decimal, v.finite))
    )
    #: Where in the report it is printed.
    location: Location = attrs.field(validator=v.instance_of(Location))
    #: A short remark.
    note: str | None = attrs.field(default=None, validator=v.optional_text)
    #: The page or document it was published in, when not the report itself.
    source: Source | None = attrs.field(default=None, validator=v.optional(v.instance_of(Source)))

    def __attrs_post_init__(self) -> None:  # noqa: C901 (one rule per branch)
        """Check the fields together, once attrs has set them."""
        kind = self.kind
        if self.verb is None and kind in _VERB_REQUIRED:
            raise ValidationError("verb", f"one of {_verbs(kind)} for a {kind.value!r} claim", None)
        if self.verb is not None and self.verb not in VERBS_OF[kind]:
            raise ValidationError(
                "verb", f"one of {_verbs(kind)} for a {kind.value!r} claim", self.verb
            )
        if self.subject is None and self.period is None:
            raise ValidationError("period", "a period when the claim has no subject", None)
        if kind in _NEEDS_REFERENCE and self.reference is None and self.against is None:
            raise ValidationError(
                "reference",
                f"a period compared against (or 'against') for a {kind.value!r} claim",
                None,
            )
        if self.reference is not None and kind not in _NEEDS_REFERENCE:
            raise ValidationError(
                "reference", f"None for a {kind.value!r} claim", str(self.reference)
            )
        if kind is ClaimKind.ATTAINMENT and self.basis is None:
            raise ValidationError("basis", "who set the plan, for an 'attainment' claim", None)
        if kind is ClaimKind.FRACTION:
            if self.denominator is None or self.denominator <= 0:
                raise ValidationError(
                    "denominator", "a positive Decimal for a fraction", self.denominator
                )
        elif self.denominator is not None:
            raise ValidationError(
                "denominator", f"None for a {kind.value!r} claim", self.denominator
            )
        if (
            kind is ClaimKind.PP_CHANGE
            and self.indicator.measure not in {Measure.RATE, Measure.SHARE}
            and self.subject is None
        ):
            raise ValidationError(
                "kind",
                "a pp-change only on a rate or a share, or on a claim that is a percentage "
                f"(indicator {self.indicator.id!r} is a {self.indicator.measure.value})",
                kind.value,
            )
        if kind in _UNIT_WORDS and not _claim_unit_fits(kind, self.unit):
            raise ValidationError(
                "unit", f"{_UNIT_WORDS[kind]} for a {kind.value!r} claim", self.unit
            )
        if kind is ClaimKind.CHANGE:
            same_dimension("unit", self.unit, self.indicator)

    @property
    def worded(self) -> str:
        """The claim as the report words it, its verb then its printed number.

        >>> import vnplan
        >>> claim = vnplan.load("dien-bien-2022").claims[0]
        >>> claim.verb, claim.printed, claim.worded
        ('tăng', '10,19%', 'tăng 10,19%')
        """
        if self.verb and not self.printed.startswith(self.verb):
            return f"{self.verb} {self.printed}"
        return self.printed

    @property
    def sign(self) -> Literal[1, -1]:
        """``-1`` when the verb says less (giảm, thấp hơn), else ``1``."""
        return -1 if self.verb in VERBS_DOWN else 1

    @property
    def signed_value(self) -> Decimal:
        """The value with the verb's sign (*giảm 0,67%* gives ``Decimal("-0.67")``)."""
        return self.value if self.sign == 1 else -self.value

    @property
    def interval(self) -> Interval:
        """The values the printed (unsigned) number stands for."""
        return Interval.from_printed(self.value)

    @property
    def signed_interval(self) -> Interval:
        """The values the signed number stands for."""
        return self.interval if self.sign == 1 else -self.interval

    @property
    def ratio(self) -> Decimal | None:
        """The stated ratio of the subject to what it is compared with; ``None`` for changes.

        See the table in the class docstring: *đạt 102,49%* is ``1.0249``, *vượt 8,15%*
        is ``1.0815``, *tăng 1,99%* is ``1.0199``, *giảm 4,32%* is ``0.9568``.
        """
        if self.kind is ClaimKind.FRACTION:
            assert self.denominator is not None  # noqa: S101 (checked on construction)
            quotient = Fraction(self.value) / Fraction(self.denominator)
            return _to_decimal(quotient, decimal.ROUND_HALF_EVEN)
        interval = self._ratio_of(Interval.exact(self.value))
        return None if interval is None else interval.low  # exact: no division

    @property
    def ratio_interval(self) -> Interval | None:
        """The ratios the printed number stands for; ``None`` for changes."""
        if self.kind is ClaimKind.FRACTION:
            assert self.denominator is not None  # noqa: S101 (checked on construction)
            return self.interval / Interval.from_printed(self.denominator)
        return self._ratio_of(self.interval)

    def _ratio_of(self, value: Interval) -> Interval | None:
        kind = self.kind
        if kind in {ClaimKind.CHANGE, ClaimKind.PP_CHANGE}:
            return None
        if kind is ClaimKind.FACTOR:
            return value
        percent = value * Decimal("0.01")
        if self.verb in VERBS_UP:
            return 1 + percent
        if self.verb in VERBS_DOWN:
            return 1 - percent
        return percent

    def __repr__(self) -> str:
        """Return ``<Claim id: name 2022 growth 'tăng 1,99%' vs 2021>``."""
        stated = self.worded
        when = f" {self.period}" if self.period is not None else ""
        against = ""
        if self.reference is not None:
            against = f" vs {self.reference}"
        elif self.basis is not None:
            against = f" vs {self.basis.value}"
        elif self.against is not None:
            against = f" vs {self.against}"
        return (
            f"<Claim {self.id}: {self.indicator.name_vi}{when} {self.kind.value} "
            f"{stated!r}{against}>"
        )


def _verbs(kind: ClaimKind) -> str:
    return ", ".join(repr(verb) for verb in VERBS if verb in VERBS_OF[kind])


# -- Relation --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class Relation:
    """Parts listed under a total (*trong đó: …*), or shares that make up 100%.

    Raises:
        ValidationError: A field has the wrong type; ``parts`` is empty, repeats an id or
            holds the total; a ``sum`` or ``subset`` has no total.
    """

    #: The unique id, e.g. ``grain-output-2022-parts``.
    id: str = attrs.field(validator=v.identifier)
    #: How the parts relate to the total (a sum, a subset, or a structure of shares).
    kind: RelationKind = attrs.field(validator=v.instance_of(RelationKind))
    #: The id of the total (a figure, or a claim); ``None`` for a structure.
    total: str | None = attrs.field(default=None, validator=v.optional_text)
    #: The ids of the parts, in printed order.
    parts: tuple[str, ...] = attrs.field(validator=v.tuple_of(str, v.text))
    #: Where in the report the breakdown is printed.
    location: Location = attrs.field(validator=v.instance_of(Location))
    #: A short remark.
    note: str | None = attrs.field(default=None, validator=v.optional_text)
    #: The page or document it was published in, when not the report itself.
    source: Source | None = attrs.field(default=None, validator=v.optional(v.instance_of(Source)))

    def __attrs_post_init__(self) -> None:
        """Check the fields together, once attrs has set them."""
        if not self.parts:
            raise ValidationError("parts", "at least one id", self.parts)
        if len(set(self.parts)) != len(self.parts):
            raise ValidationError("parts", "ids without repeats", self.parts)
        if self.total is None and self.kind is not RelationKind.STRUCTURE:
            raise ValidationError("total", f"the id of the total for a {self.kind.value!r}", None)
        if self.total is not None and self.total in self.parts:
            raise ValidationError("parts", f"ids other than the total {self.total!r}", self.parts)

    def __repr__(self) -> str:
        """Return ``<Relation id: sum of 3 parts = total-id>``."""
        total = f" = {self.total}" if self.total else ""
        return f"<Relation {self.id}: {self.kind.value} of {len(self.parts)} parts{total}>"
