"""Parsing user-given dates (``--published``, ``--as-of``) strictly, with named errors."""

from __future__ import annotations

from datetime import date, datetime

from dateline.errors import BadDate


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
