"""The one kernel for attainment, growth, shares, changes and whether a plan was met.

Internal layer: its public names are re-exported by :mod:`vnplan`. Every view (the
scorecard, the audit, HTML, pandas, charts, the CLI, collections) calls it.
"""
