"""Time helpers for claims: TIMEX3 value → interval, and a small fallback tagger.

The fallback only runs when ``doc._.timexes`` is missing (the timex component absent from a
user's pipeline): it reads the model's DATE entities with calendar dates, month names,
years and weekdays, anchoring a month without year on the last explicit year before it
(narrative time) and a weekday on the publication date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from spacy.tokens import Doc

from dateline.dates import MONTHS
from dateline.records import TimeExpression

WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_POINT = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_DAY_PART = re.compile(r"^(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT|\d{2}(?::\d{2})*)$")


def calendar_value(value: str | None) -> str | None:
    """A TIMEX3 value as a calendar point or week: "2018-11-03TNI" (Saturday night) → the day."""
    if not value:
        return value
    m = _DAY_PART.match(value)
    return m.group(1) if m else value


def interval_of(value: str | None) -> tuple[date | None, date | None]:
    """``2017-05`` → (2017-05-01, 2017-05-31), ``2020-W07`` → its Monday to Sunday;
    non-calendar values → (None, None)."""
    value = calendar_value(value)
    week = _WEEK.match(value or "")
    if week:
        try:
            monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return None, None
        if week.group(3):
            return monday + timedelta(days=5), monday + timedelta(days=6)  # the weekend
        return monday, monday + timedelta(days=6)
    if not value or not _POINT.match(value):
        return None, None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    try:
        day = date(parts[0], parts[1], parts[2])
    except ValueError:
        return None, None
    return day, day


def is_point(value: str | None) -> bool:
    value = calendar_value(value)
    return bool(value and (_POINT.match(value) or _WEEK.match(value)))


def fallback_timexes(doc: Doc) -> list[TimeExpression]:
    """Calendar DATE expressions of ``doc`` with TIMEX3 values (see module docstring)."""
    published: date | None = doc._.published
    out: list[TimeExpression] = []
    year_ref: int | None = None
    for n, ent in enumerate(e for e in doc.ents if e.label_ == "DATE"):
        value, explicit_year = _value_of(ent.text, published, year_ref)
        if value is None:
            continue
        if explicit_year:
            year_ref = int(value[:4])
        earliest, latest = interval_of(value)
        out.append(
            TimeExpression(
                doc_id=doc._.doc_id or "",
                tid=f"ft{n}",
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                type="DATE",
                value=value,
                anchor="absolute" if explicit_year else "narrative",
                earliest=earliest,
                latest=latest,
            )
        )
    return out


def _value_of(text: str, published: date | None, year_ref: int | None) -> tuple[str | None, bool]:
    words = re.findall(r"[a-z]+|\d+", text.lower())
    year = next(
        (int(w) for w in words if len(w) == 4 and w.isdigit() and 1900 < int(w) < 2100), None
    )
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31), None)
    if year is not None:
        if month is None:
            return str(year), True
        return (f"{year}-{month:02d}-{day:02d}" if day else f"{year}-{month:02d}"), True
    if month is not None:
        base = published.year if published else year_ref
        if base is None:
            return None, False
        if "last" in words and "year" in words:
            base -= 1
        elif year_ref is not None:
            base = year_ref
        elif published is not None and (month, day or 1) > (published.month, published.day):
            base -= 1
        return (f"{base}-{month:02d}-{day:02d}" if day else f"{base}-{month:02d}"), False
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None and published is not None:
        back = (published.weekday() - weekday) % 7
        return (published - timedelta(days=back)).isoformat(), False
    if published is not None and words in (["last", "year"],):
        return str(published.year - 1), False
    return None, False
