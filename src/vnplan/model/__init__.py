"""The domain model: a report, its indicators, printed figures, claims and relations.

Every class is a frozen, slotted attrs class built with keyword arguments only. Each field
is checked on construction by the validators of :mod:`vnplan.model.validators`; a bad
value raises :class:`~vnplan.exceptions.ValidationError` naming the field, what it
accepts and what came. Nothing here does I/O or display, nor imports the readers, the
formatters or the command line: they all depend on the model, never the reverse (the
display layer shows model objects through :mod:`vnplan._hooks`). Units are checked
through :mod:`vnplan.units`, which loads pint on first use, so that ``import vnplan``
stays light.

Internal layer: :mod:`vnplan` re-exports the names users need. Other layers import them
from here (``from vnplan.model import Claim, VERBS_UP``), never from a module inside.

The modules: :mod:`~vnplan.model.period` (:class:`Period`, :class:`Location`),
:mod:`~vnplan.model.indicator`, :mod:`~vnplan.model.figures` (:class:`Measurement`,
:class:`Target`), :mod:`~vnplan.model.claims` (:class:`Claim`, :class:`Relation`),
:mod:`~vnplan.model.report`,
:mod:`~vnplan.model.source` (:class:`Source`), :mod:`~vnplan.model.vocabulary` (sectors, verbs),
:mod:`~vnplan.model.labels` (their names in two languages),
:mod:`~vnplan.model.interval` and :mod:`~vnplan.model.validators`.
"""

from __future__ import annotations

from vnplan.model.claims import PERCENT_KINDS, Claim, Relation
from vnplan.model.figures import Figure, Measurement, Target
from vnplan.model.indicator import Indicator
from vnplan.model.interval import PRECISION, Interval
from vnplan.model.period import Location, Period
from vnplan.model.report import Item, Report
from vnplan.model.source import Source
from vnplan.model.vocabulary import SECTORS, VERBS, VERBS_DOWN, VERBS_LEVEL, VERBS_OF, VERBS_UP

__all__ = [
    "PERCENT_KINDS",
    "PRECISION",
    "SECTORS",
    "VERBS",
    "VERBS_DOWN",
    "VERBS_LEVEL",
    "VERBS_OF",
    "VERBS_UP",
    "Claim",
    "Figure",
    "Indicator",
    "Interval",
    "Item",
    "Location",
    "Measurement",
    "Period",
    "Relation",
    "Report",
    "Source",
    "Target",
]
