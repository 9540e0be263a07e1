"""Reading and writing reports: report folders, JSON, CSV, Frictionless data packages.

Internal layer for now; the names users need are re-exported by :mod:`vnplan`.
"""
