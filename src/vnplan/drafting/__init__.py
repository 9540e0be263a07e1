"""Draft a report folder from a report's text (``vnplan.draft``), every guess marked.

A layer above the audit: it reads text (:mod:`~vnplan.drafting.source`), finds its
structure (:mod:`~vnplan.drafting.structure`) and printed figures
(:mod:`~vnplan.drafting.spans`), reads them as figures, claims and relations
(:mod:`~vnplan.drafting.reading`), matches indicators
(:mod:`~vnplan.drafting.vocabulary`) and writes a folder (:mod:`~vnplan.drafting.writer`).
The records of a draft are in :mod:`~vnplan.drafting.records`.

``import vnplan`` imports this package for the façade; it imports only what that needs.
"""

from __future__ import annotations

from vnplan.drafting.core import Draft, draft
from vnplan.exceptions import MissingSourceError, SourceError

__all__ = ["Draft", "MissingSourceError", "SourceError", "draft"]
