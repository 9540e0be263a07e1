"""Charts of a report: attainment of the plan, and growth on the year before (``vnplan[plot]``).

Each function returns a :class:`matplotlib.figure.Figure`, built without ``pyplot``. Save
it with ``figure.savefig("chart.png")``; in a notebook, it displays as the cell's value.
Labels are in Vietnamese (``lang="vi"``, the default) or English (``lang="en"``).

>>> import vnplan
>>> from vnplan.plot import attainment_chart
>>> figure = attainment_chart(vnplan.load("dien-bien-2022"))
>>> figure.savefig("attainment.png")  # doctest: +SKIP

Given a collection and a year, :func:`attainment_chart` draws the year's targets from
any report against the results of any report (``collection.scorecard(year)``):

>>> plan_2023 = attainment_chart(
...     vnplan.load_many(["dien-bien-2022", "dien-bien-2023"]), year=2023, lang="en"
... )
"""

from __future__ import annotations

from vnplan.display.charts import attainment_chart, growth_chart

__all__ = ["attainment_chart", "growth_chart"]
