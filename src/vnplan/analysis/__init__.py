"""What a report, or a collection of reports, says was met: the scorecard and collections.

Internal layer: its public names are re-exported by :mod:`vnplan`.
"""
