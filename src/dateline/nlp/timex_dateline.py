"""The local clock of a story's dateline: "TOKYO (AP) _ ..." filed at 8 p.m. in New York.

A wire story's "today", "tonight" and weekdays are the dateline's, not the outlet's: a
story from Tokyo published at 20:30 EST (01:30 UTC) speaks of a "today" that is already the
next day. When the publication time carries a UTC offset and the text opens with a dateline
whose city is a known time zone, :func:`dateline_local_time` gives the publication moment on
that city's clock, and the tagger anchors on its date. A publication time without an offset
(most TimeML DCTs) is left alone: which clock it is on is unknown.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

_DATELINE = re.compile(
    r"""^\s*(?P<city>(?-i:[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){0,3}))   # NAIROBI, NEW DELHI
    (?:,\s*(?P<place>(?:[A-Z][\w.'’]*\s*){1,3}?))?                            # , Kenya
    (?:,?\s*(?P<month>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\s+(?P<day>\d{1,2})\s*)?  # , March 16
    \s*(?:\([A-Za-z .-]{2,24}\)\s*)?                                         # (AP)
    (?:_|--|—|–|-|:)\s""",
    re.VERBOSE,
)
_ALIASES = {
    "WASHINGTON": "America/New_York", "UNITED NATIONS": "America/New_York",
    "BOSTON": "America/New_York", "ATLANTA": "America/New_York", "MIAMI": "America/New_York",
    "PHILADELPHIA": "America/New_York", "SAN FRANCISCO": "America/Los_Angeles",
    "SEATTLE": "America/Los_Angeles", "HOUSTON": "America/Chicago", "DALLAS": "America/Chicago",
    "OTTAWA": "America/Toronto", "RIO DE JANEIRO": "America/Sao_Paulo",
    "BEIJING": "Asia/Shanghai", "NEW DELHI": "Asia/Kolkata", "BOMBAY": "Asia/Kolkata",
    "MUMBAI": "Asia/Kolkata", "ISLAMABAD": "Asia/Karachi", "HANOI": "Asia/Bangkok",
    "ANKARA": "Europe/Istanbul", "GENEVA": "Europe/Zurich", "BONN": "Europe/Berlin",
    "THE HAGUE": "Europe/Amsterdam", "PRISTINA": "Europe/Belgrade", "GAZA CITY": "Asia/Gaza",
    "TEL AVIV": "Asia/Jerusalem", "RAMALLAH": "Asia/Hebron", "SAN SALVADOR": "America/El_Salvador",
    "ST. PETERSBURG": "Europe/Moscow", "SYDNEY": "Australia/Sydney", "CANBERRA": "Australia/Sydney",
}  # fmt: skip
"""Datelines whose city is not itself the name of an IANA time zone."""


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, str]:
    """'NAIROBI' → 'Africa/Nairobi', from the IANA names of the installed time zone database."""
    out: dict[str, str] = {}
    for key in sorted(available_timezones()):
        if "/" not in key or key.startswith(("Etc/", "SystemV/", "US/")):
            continue
        city = key.rsplit("/", 1)[1].replace("_", " ").upper()
        out.setdefault(city, key)
    out.update(_ALIASES)
    return out


def dateline_zone(text: str) -> ZoneInfo | None:
    """The time zone of the city a story is datelined from, if it opens with a known one."""
    found = _DATELINE.match(text[:160])
    if found is None:
        return None
    city = re.sub(r"\s+", " ", found["city"]).strip(" .")
    key = _zones_by_city().get(city)
    if key is None:
        return None
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def dateline_local_time(text: str, published: datetime | None) -> datetime | None:
    """The publication moment on the dateline city's clock; None without a UTC offset or a
    known dateline."""
    if published is None or published.tzinfo is None or published.utcoffset() is None:
        return None
    zone = dateline_zone(text)
    return published.astimezone(zone) if zone is not None else None


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def dateline_date(text: str, published: date | None) -> date | None:
    """The date a dateline gives ("BEIJING, March 16 (Xinhua) --"): the local date of the
    story, when it is within two days of the publication date (a wire dated in another time
    zone); a date further off is not a dateline's."""
    found = _DATELINE.match(text[:160])
    if found is None or not found["month"] or published is None:
        return None
    month = _MONTHS.index(found["month"][:3].lower()) + 1
    for year in (published.year, published.year - 1, published.year + 1):
        try:
            day = date(year, month, int(found["day"]))
        except ValueError:
            continue
        if abs(day - published) <= timedelta(days=2):
            return day
    return None
