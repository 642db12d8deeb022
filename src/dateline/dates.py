"""Parsing user-given dates (``--published``, ``--as-of``) strictly, with named errors."""

from __future__ import annotations

from datetime import date, datetime

from dateline.errors import BadDate

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
"""English month names and their abbreviations, lowercase, to month numbers: the one table
that ingest, the timex grammar, claims and dating all read."""


def parse_date(value: date | str | None, *, source: str = "date") -> date | None:
    """Accept a ``date``, an ISO ``YYYY-MM-DD`` string (or ISO datetime), or None."""
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    text = str(value).strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise BadDate(
            f"{text!r} is not a real calendar date; use YYYY-MM-DD, e.g. 2018-08-23", source=source
        ) from None
