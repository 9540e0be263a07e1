"""The domain model: attrs classes for indicators, figures, claims, relations and reports.

Internal layer: its public names are re-exported by :mod:`vnplan`. It does no I/O and
no display; display hooks are registered from above (see :mod:`vnplan.model.hooks`).
"""
