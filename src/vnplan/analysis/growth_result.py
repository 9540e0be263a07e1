"""A growth result of the scorecard: a change on an earlier period, stated or computed."""

from __future__ import annotations

import datetime as dt  # at run time too: the docs resolve the fields' types
from decimal import Decimal  # likewise
from typing import Literal

import attrs

from vnplan.calc.attainment import Derived
from vnplan.model import Claim, Indicator, Interval, Measurement, Period

__all__ = ["GrowthResult"]


@attrs.frozen(kw_only=True)
class GrowthResult:
    """A change on an earlier period, in percent: *tăng 1,99% so với năm trước*."""

    #: The indicator.
    indicator: Indicator
    #: The period of the value that grew, or ``None`` for a figure at a date.
    period: Period | None
    #: The date of a stock or a total to date, else ``None``.
    as_of: dt.date | None
    #: The printed value that grew, when the report prints it.
    current: Measurement | None
    #: The printed value compared against, when the report prints it.
    previous: Measurement | None
    #: The growth claim, for a stated result.
    claim: Claim | None
    #: The period compared against, when known.
    reference: Period | None
    #: The signed growth in percent (``-4.32`` for *giảm 4,32%*).
    percent: Decimal
    #: Whether the change is for the better, by direction; ``None`` for neutral or no change.
    better: bool | None
    #: Whether the report states it or vnplan computed it.
    source: Literal["stated", "computed"]
    #: The values the growth may take, given the printed precision of what it rests on.
    interval: Interval | None = None

    @property
    def derived(self) -> Derived:
        """The growth with its interval, as the kernel takes it (:func:`vnplan.attainment`)."""
        interval = Interval.exact(self.percent) if self.interval is None else self.interval
        return Derived(value=self.percent, interval=interval)

    @property
    def vs_previous_year(self) -> bool:
        """Whether the comparison is with the same period one year earlier."""
        if self.reference is None:
            return False
        if self.period is not None:
            return self.reference == self.period.previous()
        return (
            self.as_of is not None
            and self.reference.is_year
            and self.reference.start_year == self.as_of.year - 1
        )

    @property
    def printed(self) -> str | None:
        """The claim as printed (``tăng 1,99%``), for a stated result; else ``None``."""
        return None if self.claim is None else self.claim.worded
