"""Display: HTML for notebooks, pandas frames and matplotlib charts.

Internal layer. The model's ``_repr_html_`` and ``to_pandas()`` reach it through the
hooks that :mod:`vnplan` registers (:mod:`vnplan.model.hooks`); the charts are public as
:mod:`vnplan.plot`.
"""
