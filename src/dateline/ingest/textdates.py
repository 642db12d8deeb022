"""Calendar dates written in page text: timestamp lines, wire datelines, URL paths."""

from __future__ import annotations

import re
from datetime import date

from dateline.dates import MONTHS

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = (
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.{_YEAR}\b"),
    re.compile(rf"\b(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/{_YEAR}\b"),
)
# What may surround a date on a line that is only a timestamp.
_TIMESTAMP_FILLER = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday)?\b|"
    r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|\b[ap]\.?m\.?\b|"
    r"\b(?:[A-Z]{2,4}T|UTC|GMT|ET|PT|CT|MT)\b|[,|/·•–—-]|\bat\b|\bupdated\b|\bpublished\b",
    re.IGNORECASE,
)


def _build(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_text_date(text: str, *, whole: bool = False) -> date | None:
    """The first full calendar date written in ``text``.

    With ``whole``, the text must be nothing but a date and time (a timestamp line).
    """
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("first"):
            # 08/23/2018 is American; 23/08/2018 (first number over 12) is day first
            first, second = int(groups["first"]), int(groups["second"])
            month, day = (second, first) if first > 12 else (first, second)
        else:
            month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower()]
            day = int(groups["day"])
        found = _build(int(groups["year"]), month, day)
        if found is None:
            continue
        if whole:
            rest = _TIMESTAMP_FILLER.sub(" ", text[: match.start()] + " " + text[match.end() :])
            if rest.strip():
                return None
        return found
    return None


_WIRE_DATE = re.compile(rf"^[A-Z][A-Z.'’ -]{{1,40}}(?:,\s*[A-Z][\w.’' ]{{1,30}})?,\s*(?i:{_MONTH})\s+{_DAY}"
                        rf"(?:,?\s+{_YEAR})?\s*(?:\([^)]{{1,30}}\))?\s*[-—–]")


def wire_dateline(text: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a wire dateline: 'WASHINGTON, Aug. 22 (Reuters) -'."""
    match = _WIRE_DATE.match(text.lstrip())
    if not match:
        return None
    month = MONTHS[match.group("month").lower()]
    day = int(match.group("day"))
    year = int(match.group("year")) if match.group("year") else None
    if _build(year or 2000, month, day) is None:
        return None
    return year, month, day


_URL_DATE = (
    re.compile(r"/((?:19|20)\d\d)[/_-]([01]?\d)[/_-]([0-3]?\d)(?:/|[_-]|$|\.)"),
    re.compile(r"[/_-]((?:19|20)\d\d)([01]\d)([0-3]\d)(?:/|[_-]|$|\.)"),
)


def url_date(url: str | None) -> date | None:
    """A full date in a URL path: /2018/08/23/, /2018-08-23-, /20180823/."""
    if not url:
        return None
    for pattern in _URL_DATE:
        match = pattern.search(url)
        if match:
            found = _build(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            if found is not None:
                return found
    return None
