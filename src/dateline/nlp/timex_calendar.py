"""Calendar arithmetic for TIMEX3 values: formatting, shifting, and the interval a value denotes.

Every function here is pure and works on :class:`datetime.date`. Values follow the TIMEX3
grammar of the TimeML 1.2 guidelines (``2018``, ``2018-08``, ``2018-08-22``, ``2018-W34``,
``2018-W34-WE``, ``2018-Q3``, ``2018-H2``, ``2018-SU``, ``201`` (decade), ``20`` (century),
``2018-08-22TMO``, ``2018-08-22T10:30``). Impossible dates raise nothing: builders return
``None`` so that the tagger can skip the expression.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

UNIT_CODES = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "weekend": "WE",
    "fortnight": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "E",
    "century": "C",
    "millennium": "L",
}
TIME_UNITS = frozenset({"second", "minute", "hour"})
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PART_OF_DAY_HOURS = {"MO": (5, 12), "AF": (12, 17), "EV": (17, 21), "NI": (21, 29), "DT": (8, 18)}

_VALUE_RE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])"
    r"|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)
_DECADE_RE = re.compile(r"^(?P<dec>\d{3})$")
_CENTURY_RE = re.compile(r"^(?P<cen>\d{2})$")


def make_date(year: int, month: int, day: int) -> date | None:
    """A real calendar date or None ("February 30", year 0 or beyond 9999)."""
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date | None:
    """Shift by whole months, clamping the day of month (Jan 31 + 1 month = Feb 28/29)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        return None
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def add_days(day: date, days: int) -> date | None:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def season_of(day: date) -> tuple[int, str]:
    """Meteorological season; winter ``Y-WI`` runs from December of Y to February of Y+1, so
    that "that winter" after "October 1997" (``1997-WI``) follows it, as the wire set's gold and
    the claims stage (claims_time) read it."""
    month = day.month
    if month in (12, 1, 2):
        return (day.year if month == 12 else day.year - 1), "WI"
    return day.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(month, "FA")


def format_at(day: date, unit: str) -> str | None:
    """The TIMEX3 value of the ``unit``-sized period containing ``day``."""
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit in ("week", "fortnight"):
        return week_value(day)
    if unit == "weekend":
        return week_value(day) + "-WE"
    if unit == "quarter":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    if unit in ("day", "night"):
        return day.isoformat() + ("TNI" if unit == "night" else "")
    if unit == "season":
        year, code = season_of(day)
        return f"{year:04d}-{code}"
    if unit in TIME_UNITS:
        return day.isoformat()
    return None


def shift(day: date, amount: int, unit: str) -> date | None:
    """``day`` moved by ``amount`` units (negative: into the past)."""
    if unit in ("day", "night"):
        return add_days(day, amount)
    if unit in ("week", "weekend"):
        return add_days(day, 7 * amount)
    if unit == "fortnight":
        return add_days(day, 14 * amount)
    if unit == "month":
        return add_months(day, amount)
    if unit == "quarter":
        return add_months(day, 3 * amount)
    if unit == "year":
        return add_months(day, 12 * amount)
    if unit == "decade":
        return add_months(day, 120 * amount)
    if unit == "century":
        return add_months(day, 1200 * amount)
    if unit == "season":
        return add_months(day, 3 * amount)
    return day


@lru_cache(maxsize=4096)
def interval_of(value: str | None) -> tuple[date, date] | None:
    """The first and last day a DATE/TIME value denotes; None for refs and unknowns (kept per
    value: an article's values recur, and the tagger and the claims stage both ask)."""
    if not value or "X" in value.split("T")[0]:
        return None
    try:
        if match := _VALUE_RE.match(value):
            return _calendar_interval(match)
        if match := _DECADE_RE.match(value):
            start = int(match["dec"]) * 10
            return date(max(start, 1), 1, 1), date(start + 9, 12, 31)
        if match := _CENTURY_RE.match(value):
            start = int(match["cen"]) * 100
            return date(max(start, 1), 1, 1), date(start + 99, 12, 31)
    except (ValueError, OverflowError):
        return None
    return None


def _calendar_interval(match: re.Match[str]) -> tuple[date, date] | None:
    year = int(match["y"])
    if match["d"]:
        day = date(year, int(match["m"]), int(match["d"]))
        return day, day
    if match["m"]:
        month = int(match["m"])
        return date(year, month, 1), month_end(year, month)
    if match["w"]:
        monday = date.fromisocalendar(year, int(match["w"]), 1)
        if match["we"]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if match["q"]:
        first = 3 * (int(match["q"]) - 1) + 1
        return date(year, first, 1), month_end(year, first + 2)
    if match["h"]:
        first = 1 if match["h"] == "1" else 7
        return date(year, first, 1), month_end(year, first + 5)
    if match["s"]:
        first, last = SEASON_MONTHS[match["s"]]
        if last < first:  # winter straddles the new year: December of Y to February of Y+1
            return date(year, first, 1), month_end(year + 1, last)
        return date(year, first, 1), month_end(year, last)
    return date(year, 1, 1), date(year, 12, 31)


def midpoint(interval: tuple[date, date]) -> date:
    start, end = interval
    return start + (end - start) / 2


def duration_value(amount: float | None, unit: str) -> str:
    """``P5M``, ``PT55M``, ``P2Y6M``; ``PXY`` when the amount is vague."""
    code = UNIT_CODES.get(unit, "X")
    prefix = "PT" if unit in TIME_UNITS else "P"
    if unit == "weekend":
        return "P1WE" if amount in (None, 1) else f"P{_num(amount)}WE"
    if amount is None:
        return f"{prefix}X{code}"
    if amount != int(amount):
        whole, frac = int(amount), amount - int(amount)
        smaller = {"year": (12, "M"), "hour": (60, "M"), "day": (24, "H"), "minute": (60, "S"),
                   "week": (7, "D")}
        factor, sub = smaller.get(unit, (None, None))
        if factor and sub:
            parts = (f"{whole}{code}" if whole else "") + f"{round(frac * factor)}{sub}"
            if unit == "day":
                return f"P{whole}DT{round(frac * factor)}H" if whole else f"PT{round(frac * 24)}H"
            if unit == "week":
                return f"P{whole * 7 + round(frac * 7)}D"
            return prefix + parts
        if unit == "month":
            return f"P{whole}M{round(frac * 30)}D" if whole else f"P{round(frac * 30)}D"
        return f"{prefix}{amount:g}{code}"
    return f"{prefix}{_num(amount)}{code}"


def _num(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


# ---------------------------------------------------------------------------- other calendars


def lunar_new_year(year: int) -> date | None:
    """The first day of the Chinese lunar year that begins in Gregorian ``year`` (Chinese /
    Lunar New Year, the Spring Festival), from the ``lunardate`` tables (1900-2099)."""
    try:
        from lunardate import LunarDate
    except ImportError:  # pragma: no cover - the package is a declared dependency
        return None
    try:
        solar: date = LunarDate(year, 1, 1).to_solar_date()
    except (ValueError, IndexError, KeyError):
        return None
    return solar


def islamic_span(year: int, month: int, first: int = 1, last: int | None = None) -> tuple[date, date] | None:
    """Days ``first``..``last`` (default: to the month's end) of Islamic ``month`` in the Hijri
    year whose occurrence *begins* in Gregorian ``year`` (the first such one if two do, as
    Ramadan did in 1997 and 2030), by the Umm al-Qura calendar of ``hijridate`` (1343-1500 AH)."""
    try:
        from hijridate import Gregorian, Hijri
    except ImportError:  # pragma: no cover - the package is a declared dependency
        return None
    try:
        start_year = Gregorian(year, 1, 1).to_hijri().year
    except (ValueError, OverflowError):
        return None
    for hijri_year in (start_year - 1, start_year, start_year + 1):
        try:
            begin = Hijri(hijri_year, month, first).to_gregorian()
            if begin.year != year:
                continue
            end_day = last or Hijri(hijri_year, month, 1).month_length()
            end = Hijri(hijri_year, month, end_day).to_gregorian()
        except (ValueError, OverflowError):
            continue
        return date(begin.year, begin.month, begin.day), date(end.year, end.month, end.day)
    return None


def covering_value(start: date, end: date) -> str:
    """The finest TIMEX3 calendar value containing ``start``..``end``: the day, the month or
    the year (a period that crosses New Year is named by the year it starts in)."""
    if start == end:
        return start.isoformat()
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}"
    return f"{start.year:04d}"
