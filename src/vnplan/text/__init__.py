"""Reading and writing Vietnamese numbers, printed figures, dates and document numbers.

Internal layer: its public names are re-exported by :mod:`vnplan`. It imports only
:mod:`vnplan.units`, :mod:`vnplan.exceptions` and the enumerations.
"""
