"""dateline: who claimed what about whom, when, and how sure — read from news.

Public API: :func:`analyze`, :class:`Ledger` and the record types.
"""

from __future__ import annotations

import logging

from dateline.api import analyze
from dateline.errors import DatelineError
from dateline.ledger.store import Ledger
from dateline.records import (
    Analysis,
    Claim,
    Document,
    Entity,
    Speaker,
    Statement,
    TimeExpression,
)

__version__ = "0.1.0"
__all__ = [
    "Analysis",
    "Claim",
    "DatelineError",
    "Document",
    "Entity",
    "Ledger",
    "Speaker",
    "Statement",
    "TimeExpression",
    "analyze",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
