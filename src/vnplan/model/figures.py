"""Printed figures: a measurement (an outturn, a stock, a part …) or a target (a plan value)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

import attrs

from vnplan import _hooks, units
from vnplan._enums import Basis, Bound, Role, Status
from vnplan.exceptions import UnitError, ValidationError
from vnplan.model import validators as v
from vnplan.model.indicator import Indicator
from vnplan.model.interval import Interval
from vnplan.model.period import Location, Period
from vnplan.model.source import Source

if TYPE_CHECKING:
    import pint

__all__ = ["Figure", "Measurement", "Target", "same_dimension"]


def same_dimension(field: str, unit: str, indicator: Indicator) -> None:
    """Check that ``unit`` has the dimension of ``indicator``'s unit."""
    try:
        same = units.same_dimension(unit, indicator.unit)
    except UnitError as error:
        raise v.unknown_unit(field, unit, error) from None
    if not same:
        raise ValidationError(
            field,
            f"a unit of the dimension of indicator {indicator.id!r} ({indicator.unit!r})",
            unit,
        )


_MEASUREMENT_ROLES: Final[tuple[Role, ...]] = tuple(
    role for role in Role if role is not Role.TARGET
)
_MEASUREMENT_STATUSES: Final[tuple[Status, ...]] = tuple(
    status for status in Status if status is not Status.PLANNED
)


def _when(period: Period | None, as_of: dt.date | None) -> str:
    if period is not None and as_of is not None:
        return f"{period} (to {as_of.isoformat()})"
    if period is not None:
        return str(period)
    assert as_of is not None  # noqa: S101 (checked on construction)
    return f"to {as_of.isoformat()}"


def _check_when(period: Period | None, as_of: dt.date | None) -> None:
    if period is None and as_of is None:
        raise ValidationError("period", "a period, or an as_of date", None)


def _check_stock(role: Role, period: Period | None, as_of: dt.date | None) -> None:
    """A stock is a level at one date: it has ``as_of`` and no ``period``."""
    if role is Role.STOCK and period is not None and as_of is not None:
        raise ValidationError(
            "as_of",
            f"left out for a stock that has a 'period' ({str(period)!r}): a stock is a level "
            "at one date, so give 'as_of' alone, or role 'cumulative' for a total over the "
            "period up to that date",
            as_of.isoformat(),
        )


def _quantity(value: Decimal, unit: str) -> pint.Quantity[Decimal]:
    return units.quantity(value, unit)


@attrs.frozen(kw_only=True, repr=False)
class Measurement:
    """A printed figure that is not a plan: an outturn, a stock, a total to date, a part.

    Its ``value`` is the printed number with its printed digits kept
    (``Decimal("282647.81")`` for "282.647,81 tấn"), and ``unit`` the unit as printed,
    scale word included (``tấn``, ``tỷ đồng``).

    Raises:
        ValidationError: A field has the wrong type; the role is ``target`` (use
            :class:`Target`); the status is ``planned``; neither a period nor an as-of
            date is given; a stock has both; or the unit does not fit the indicator's
            (grain in ``ha``).
    """

    #: The unique id, e.g. ``grain-output-2022``.
    id: str = attrs.field(validator=v.identifier)
    #: The indicator the figure is a value of.
    indicator: Indicator = attrs.field(validator=v.instance_of(Indicator))
    #: The period it covers, e.g. 2022; may be ``None`` when ``as_of`` is given.
    period: Period | None = attrs.field(default=None, validator=v.optional(v.instance_of(Period)))
    #: The date of a stock or a total to date (*đến 31/12/2022*); ``None`` otherwise.
    as_of: dt.date | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(dt.date, v.plain_date))
    )
    #: The number as printed, its digits kept (``Decimal("78.0")`` for "78,0").
    value: Decimal = attrs.field(validator=v.instance_of(Decimal, v.finite))
    #: The unit as printed, scale word included (``tỷ đồng``, ``nghìn lượt``).
    unit: str = attrs.field(validator=v.text)
    #: The exact text printed, such as ``"282.647,81 tấn"``.
    printed: str = attrs.field(validator=v.text)
    #: What the figure stands for (an actual, a stock, a cumulative total, a part …).
    role: Role = attrs.field(validator=v.instance_of(Role, v.in_(_MEASUREMENT_ROLES)))
    #: How final it is (an estimate, ước đạt; provisional, sơ bộ; official; reported).
    status: Status = attrs.field(
        default=Status.REPORTED,
        validator=v.instance_of(Status, v.in_(_MEASUREMENT_STATUSES)),
    )
    #: The qualifier printed with the number (exact; at least, trên; at most, dưới; about).
    bound: Bound = attrs.field(default=Bound.EXACT, validator=v.instance_of(Bound))
    #: Where in the report it is printed.
    location: Location = attrs.field(validator=v.instance_of(Location))
    #: A short remark, such as what the figure counts or an oddity.
    note: str | None = attrs.field(default=None, validator=v.optional_text)
    #: The page or document it was published in, when not the report itself.
    source: Source | None = attrs.field(default=None, validator=v.optional(v.instance_of(Source)))

    def __attrs_post_init__(self) -> None:
        """Check the fields together, once attrs has set them."""
        _check_when(self.period, self.as_of)
        _check_stock(self.role, self.period, self.as_of)
        same_dimension("unit", self.unit, self.indicator)

    @property
    def quantity(self) -> pint.Quantity[Decimal]:
        """The value with its unit, as a pint quantity of vnplan's registry (loads pint)."""
        return _quantity(self.value, self.unit)

    @property
    def interval(self) -> Interval:
        """The values the printed number stands for (``78,0`` is 77,95 to 78,05)."""
        return Interval.from_printed(self.value)

    def __repr__(self) -> str:
        """Return ``<Measurement id: name 2022 = '282.647,81 tấn'>``."""
        when = _when(self.period, self.as_of)
        return f"<Measurement {self.id}: {self.indicator.name_vi} {when} = {self.printed!r}>"

    def _repr_html_(self) -> str:
        """Return the figure as HTML, for notebooks."""
        return str(_hooks.call("figure_html", self))


@attrs.frozen(kw_only=True, repr=False)
class Target:
    """A plan value: kế hoạch, dự toán, chỉ tiêu giao, with who set it and how it bounds.

    A target's period must be a plan period: a year (``2023``) or a span of whole years
    (``2021-2025``), never a month. A target may instead, or also, carry an as-of date
    (*đến năm 2025*).

    Raises:
        ValidationError: A field has the wrong type; the period is a month or a span of
            months; neither a period nor an as-of date is given; or the unit does not fit
            the indicator's.
    """

    #: The unique id, e.g. ``grdp-growth-2023-target``.
    id: str = attrs.field(validator=v.identifier)
    #: The indicator the target is set for.
    indicator: Indicator = attrs.field(validator=v.instance_of(Indicator))
    #: The plan period, a year or a span of whole years.
    period: Period | None = attrs.field(default=None, validator=v.optional(v.instance_of(Period)))
    #: The date by which it is to be reached, when the plan names a date; else ``None``.
    as_of: dt.date | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(dt.date, v.plain_date))
    )
    #: The number as printed, its digits kept (``Decimal("10.0")`` for "trên 10,0%").
    value: Decimal = attrs.field(validator=v.instance_of(Decimal, v.finite))
    #: The unit as printed, scale word included.
    unit: str = attrs.field(validator=v.text)
    #: The exact text printed, qualifier included (``"trên 10,0%"``).
    printed: str = attrs.field(validator=v.text)
    #: Who set it (the plan, the provincial or central budget, the Prime Minister …).
    basis: Basis = attrs.field(validator=v.instance_of(Basis))
    #: How it bounds the outturn (exact; at least, trên; at most, dưới; about, khoảng).
    bound: Bound = attrs.field(default=Bound.EXACT, validator=v.instance_of(Bound))
    #: How final it is; a plan value is ``planned``.
    status: Status = attrs.field(default=Status.PLANNED, validator=v.instance_of(Status))
    #: Where in the report it is printed.
    location: Location = attrs.field(validator=v.instance_of(Location))
    #: A short remark.
    note: str | None = attrs.field(default=None, validator=v.optional_text)
    #: The page or document it was published in, when not the report itself.
    source: Source | None = attrs.field(default=None, validator=v.optional(v.instance_of(Source)))

    def __attrs_post_init__(self) -> None:
        """Check the fields together, once attrs has set them."""
        _check_when(self.period, self.as_of)
        if self.period is not None and not self.period.is_plan_period:
            raise ValidationError(
                "period", "a plan period: a year or a span of whole years", str(self.period)
            )
        same_dimension("unit", self.unit, self.indicator)

    @property
    def role(self) -> Literal[Role.TARGET]:
        """Always :attr:`vnplan.Role.TARGET`, so that figures can be filtered by role alike."""
        return Role.TARGET

    @property
    def quantity(self) -> pint.Quantity[Decimal]:
        """The value with its unit, as a pint quantity of vnplan's registry (loads pint)."""
        return _quantity(self.value, self.unit)

    @property
    def interval(self) -> Interval:
        """The values the printed number stands for."""
        return Interval.from_printed(self.value)

    def __repr__(self) -> str:
        """Return ``<Target id: name 2023 = 'trên 10,0%' (plan)>``."""
        when = _when(self.period, self.as_of)
        return (
            f"<Target {self.id}: {self.indicator.name_vi} {when} = {self.printed!r} "
            f"({self.basis.value})>"
        )

    def _repr_html_(self) -> str:
        """Return the target as HTML, for notebooks."""
        return str(_hooks.call("figure_html", self))


#: A printed figure, either a measurement (an outturn, a stock …) or a plan value.
Figure: TypeAlias = Measurement | Target
