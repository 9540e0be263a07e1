"""Hypothesis strategies for vnplan: every public type, and whole reports.

Install with the extra ``vnplan[strategies]``. vnplan registers its classes with
hypothesis through hypothesis' entry point, so ``st.from_type(vnplan.Measurement)`` works
as soon as vnplan is installed (:func:`for_type` says which strategy each class gets).

Three kinds of strategy:

- **Values**: :func:`numbers`, :func:`printed_numbers`, :func:`unit_texts` (of
  :data:`UNITS`), :func:`quantities`, :func:`printed_quantities`, :func:`percents`,
  :func:`printed`, :func:`dates`, :func:`document_numbers`, :func:`periods`,
  :func:`locations`, :func:`intervals`, :func:`attainments`, :func:`derived`.
- **Model objects**, each valid on its own: :func:`indicators`, :func:`measurements`,
  :func:`targets`, :func:`claims`, :func:`relations`.
- **Reports**: :func:`consistent_reports` builds reports whose figures hold together, by
  construction; :func:`reports_with_injected_error` puts one known mistake
  (:class:`ErrorKind`) into one and says which figure it changed (:class:`Injected`).

Each docstring says what the strategy shrinks towards, so that a failing example comes
out small and readable: a report of one topic, with round values.

>>> from hypothesis import given
>>> import vnplan
>>> from vnplan import strategies
>>> @given(strategies.consistent_reports())
... def test_audit_is_quiet(report):
...     assert not [f for f in vnplan.audit(report) if f.severity == "material"]
"""

from __future__ import annotations

from typing import Final

try:
    import hypothesis as _hypothesis
except ImportError as error:  # pragma: no cover (the extra is installed in tests)
    raise ImportError(
        'vnplan.strategies needs hypothesis; install it with: pip install "vnplan[strategies]"'
    ) from error

# The modules of this package are internal; their public names are these. values, model
# and reports hold the strategies (reports draws with building, links and injection, which
# draw nothing); topics is the catalogue reports are drawn from; by_type is for_type.
from vnplan.strategies.by_type import for_type
from vnplan.strategies.injection import ErrorKind, Injected
from vnplan.strategies.model import claims, indicators, measurements, relations, targets
from vnplan.strategies.reports import consistent_reports, reports_with_injected_error
from vnplan.strategies.values import UNITS as _UNITS
from vnplan.strategies.values import (
    attainments,
    dates,
    derived,
    document_numbers,
    intervals,
    locations,
    numbers,
    percents,
    periods,
    printed,
    printed_numbers,
    printed_quantities,
    quantities,
    unit_texts,
)

del _hypothesis

#: Units as reports print them, by what they measure; the first of each is the
#: simplest. Each kind of count is its own dimension (persons never add to households).
UNITS: Final = _UNITS

__all__ = [
    "UNITS",
    "ErrorKind",
    "Injected",
    "attainments",
    "claims",
    "consistent_reports",
    "dates",
    "derived",
    "document_numbers",
    "for_type",
    "indicators",
    "intervals",
    "locations",
    "measurements",
    "numbers",
    "percents",
    "periods",
    "printed",
    "printed_numbers",
    "printed_quantities",
    "quantities",
    "relations",
    "reports_with_injected_error",
    "targets",
    "unit_texts",
]
