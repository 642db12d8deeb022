"""The grammar of English temporal expressions: one regex rule per construction.

Each :class:`Rule` finds one construction in raw text (regexes compiled once, run over the
whole text, no per-token loop) and reads a match into a :class:`Reading`: the TIMEX3 type,
``mod``, and either a fixed value or a ``resolve`` function that asks an :class:`Anchor`
(publication date, narrative reference time, previous expression) for the missing parts.
Extents follow the TimeML 1.2 TIMEX3 guidelines: determiners, position words ("early",
"the end of") and quantifiers ("about", "more than") are inside; prepositions ("in", "on",
"since") are outside.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Protocol

from dateline.nlp.timex_calendar import (
    covering_value,
    duration_value,
    format_at,
    interval_of,
    islamic_span,
    lunar_new_year,
    make_date,
    shift,
)
from dateline.nlp.timex_lexicon import (
    DAY_NUM,
    DAY_WORD,
    DECADE_WORDS,
    MONTH,
    MONTH_FULL,
    MONTHS,
    NUM,
    NUM_DIGIT,
    NUM_WORD,
    ORDINALS,
    PART_OF_DAY,
    PARTS_OF_DAY,
    POSITION,
    POSITIONS,
    QUALIFIER,
    QUALIFIERS,
    SEASONS,
    SMALL_NUMBERS,
    TENS,
    TIMEZONE,
    UNIT,
    UNIT_WORDS,
    VAGUE_AMOUNTS,
    WEEKDAY,
    WEEKDAY_ABBR,
    WEEKDAYS,
    YEAR4,
)

Resolved = tuple[str | None, str]
"""A value and the anchor it was resolved against (dct | narrative | absolute | <tid>)."""


class Anchor(Protocol):
    """What a rule may ask about the time frame of the sentence it sits in."""

    def yearless(self, make: Callable[[int], str | None], *, nearest: bool = False) -> Resolved: ...
    def deictic(self, unit: str, offset: int, part: str | None = None) -> Resolved: ...
    def ago(self, unit: str, offset: int) -> Resolved: ...
    def clock_ago(self, unit: str, offset: int) -> Resolved: ...
    def moments_ago(self) -> Resolved: ...
    def report_period(self, unit: str, back: int, year: int | None) -> Resolved: ...
    def relative(self, unit: str, offset: int, part: str | None = None, *, keep_grain: bool = False
                 ) -> Resolved: ...
    def weekday(self, weekday: int, rel: str | None, part: str | None = None) -> Resolved: ...
    def previous(self, unit: str | None = None, *, reach: bool = False) -> Resolved: ...
    def end_of(self, unit: str) -> Resolved: ...
    def attach_time(self, day: Resolved, clock: str) -> Resolved: ...
    def current_day(self) -> Resolved: ...
    def day_of_clock(self, clock: str) -> Resolved: ...
    def deictic_part(self, offset: int, part: str) -> Resolved: ...
    def universal_day(self, clock: str) -> Resolved | None: ...
    def weekend(self) -> Resolved: ...
    def event_day(self, unit: str = "day") -> Resolved: ...
    def anniversary(self, unit: str, offset: int) -> Resolved: ...
    def looks_back(self) -> bool: ...
    def looks_ahead(self) -> bool: ...
    def in_the_present(self) -> bool: ...
    def scheduled(self, resolve: Callable[[Anchor], Resolved]) -> Resolved: ...
    def same_period(self, *, year: int | None = None, back: int = 0) -> Resolved: ...


@dataclass(frozen=True, slots=True)
class Reading:
    """What a matched expression means before (or without) anchoring."""

    type: str
    value: str | None = None
    mod: str | None = None
    resolve: Callable[[Anchor], Resolved] | None = None
    anchor: str = "absolute"
    point: Callable[[Anchor], Resolved] | None = None
    """For an anchored duration ("two days later"): the time it reaches, which gives the
    record its interval and becomes the passage's reference time."""
    fallback: Reading | None = None
    """What the expression is when ``resolve`` finds no value ("two years to the day after
    he took office" with no day told before it: the amount, a DURATION)."""
    fallback_length: int = 0
    """How much of the match the fallback keeps ("two years" of "two years to the day")."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One construction: its regex, its reader, and the trigger words it cannot match without."""

    name: str
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str]], Reading | None]
    priority: int = 0
    needs: frozenset[str] = frozenset()
    span: Callable[[re.Match[str]], tuple[int, int]] | None = None
    requires: re.Pattern[str] | None = None
    """Text every match's consumed part (or lookahead) contains: a window without it is
    skipped unscanned (a cheap pre-filter, never a change to what the rule matches)."""
    gate: re.Pattern[str] | None = None
    """A cheap pattern that every match implies, searched over the window and its lookahead
    tail before the rule itself runs there (see ``GATES``)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]
    reading: Reading | None = None


def read_safely(rule: Rule, match: re.Match[str]) -> Reading | None:
    """A rule's reading, or None when the text is not what the rule needs ('February 30')."""
    try:
        reading = rule.read(match)
    except (ValueError, KeyError, OverflowError, TypeError, AttributeError, IndexError):
        return None
    if reading is not None and reading.resolve is not None and reading.type in ("DATE", "TIME") and (
        _SCHEDULED_FOR.search(match.string, max(0, match.start() - 48), match.start())
        or _FORECAST_OF.search(match.string, max(0, match.start() - 48), match.start())
    ):  # "Sentencing was set for Jan. 21", "reset the launch for 3:27 a.m. Wednesday": the
        # time a thing is set for lies ahead of the report, whatever the tense of the verb
        resolve = reading.resolve
        reading = replace(reading, resolve=lambda a: a.scheduled(resolve))
    return reading


_SCHEDULED_FOR = re.compile(
    r"""\b(?:(?:re)?set|(?:re)?scheduled|slated|timed|booked|penciled|pencilled
    |(?:re)?scheduled(?:\s+(?:an?|the|its|their|his|her))(?:\s+[\w-]+){1,2}?
    |(?:chance|odds|threat|risk)\s+of(?:\s+[\w-]+){1,3}?|forecasts?
    |(?:call|convene|summon)(?:s|ed|d)?(?:\s+(?:an?|the|its|their|his|her))?(?:\s+[\w-]+){1,3}?)
    (?:\s+(?:it|them|the\s+[\w-]+))?\s+for\s+$""",
    re.IGNORECASE | re.VERBOSE,
)
"""A verb of scheduling or a forecast just before 'for' and the time ('is set for Friday',
'scheduled the vote for Monday', 'had scheduled a news conference for Friday', 'a 60 percent chance of rain for Thursday'), or a meeting, a
vote or a strike called for it ('called a meeting for Friday', 'convened parliament for Monday')."""
_FORECAST_OF = re.compile(
    r"\b\d+\s*(?:percent|%)\s+(?:chance|probability|likelihood)\s+of(?:\s+[\w-]+){1,3}?\s+(?:on\s+)?$", re.I
)
"""A forecast's odds of a thing at a time ('a 70 percent chance of good weather Thursday
morning'): the time forecast lies ahead of the forecast."""


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


def _starting_with(first: str, pattern: str, *, word_start: bool = False) -> str:
    """``pattern`` behind a test of the characters its matches can begin with (``first``, a
    character class, case-folded as the rules are) and, with ``word_start``, of the word
    boundary every match begins at: the scan leaves most positions after that test instead
    of trying the pattern's optional openings and lookbehinds there. The matches are the
    same (tests/nlp/test_timex_lookahead_prefilters.py)."""
    return (r"\b" if word_start else "") + f"(?=[{first}])(?:{pattern}\n)"


def _after(*words: str) -> str:
    """A lookbehind for any one of ``words`` followed by a space (each fixed width)."""
    return "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in words) + ")"


# ---------------------------------------------------------------------------- value helpers


def parse_amount(text: str | None) -> float | None:
    """'five' → 5, '2 1/2' → 2.5, 'a dozen' → 12, 'several' → None (vague)."""
    if not text:
        return None
    words = re.sub(r"\s+", " ", text.lower().strip())
    if words in VAGUE_AMOUNTS:
        return None
    half = 0.0
    words = words.replace("-and-a-half", " and a half")
    if words.endswith(" and a half"):
        words, half = words[: -len(" and a half")], 0.5
    if words in ("half a", "half an", "a half", "half"):  # "the last half century"
        return 0.5
    if words in ("a quarter", "a quarter of a", "quarter"):  # "a quarter century", "a quarter of a century"
        return 0.25
    for sep in (" or ", " to ", " - ", " and "):
        if sep in words:  # "two or three years": the lower bound, as TimeML annotators do
            words = words.split(sep)[0]
    words = words.replace(",", "")
    if m := re.fullmatch(r"(\d+(?:\.\d+)?)(?: (\d)/(\d))?", words):
        value = float(m[1]) + (int(m[2]) / int(m[3]) if m[2] else 0.0)
        return value + half
    return _word_number(words) + half if _word_number(words) is not None else None  # type: ignore[operator]


def _word_number(words: str) -> float | None:
    if words in SMALL_NUMBERS:
        return SMALL_NUMBERS[words]
    if words in ("a dozen",):
        return 12
    if words in ("a hundred", "one hundred"):
        return 100
    if words in ("a thousand",):
        return 1000
    if words in ("a single",):
        return 1
    parts = re.split(r"[\s-]", words)
    if len(parts) == 2 and parts[1] in ("hundred", "thousand") and parts[0] in SMALL_NUMBERS:
        # "two thousand years", "three hundred days"
        return SMALL_NUMBERS[parts[0]] * (100 if parts[1] == "hundred" else 1000)
    if parts[0] in TENS:
        return TENS[parts[0]] + (SMALL_NUMBERS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def day_number(text: str) -> int:
    text = text.lower()
    if text in ORDINALS:
        return ORDINALS[text]
    return int(re.match(r"\d+", text)[0])  # type: ignore[index]


def position_mod(text: str | None) -> str | None:
    if not text:
        return None
    key = re.sub(r"\s+", " ", text.lower().strip()).rstrip("-").replace("very ", "")
    return POSITIONS.get(key) or POSITIONS.get(key.removeprefix("the ")) or POSITIONS.get("the " + key) or (
        "MID" if key.startswith("mid") else None
    )


def qualifier_mod(text: str | None) -> str | None:
    if not text:
        return None
    return QUALIFIERS.get(re.sub(r"\s+", " ", text.lower().strip()))


def unit_of(text: str) -> str:
    return UNIT_WORDS[text.lower()]


def _ymd(year: int, month: int, day: int | None) -> str | None:
    if day is None:
        return f"{year:04d}-{month:02d}" if 1 <= year <= 9999 else None
    real = make_date(year, month, day)
    return real.isoformat() if real else None


def _fixed(kind: str, value: str | None, mod: str | None = None) -> Reading | None:
    return Reading(kind, value=value, mod=mod) if value else None


# ---------------------------------------------------------------------------- rules: dates


def read_month_day_year(m: re.Match[str]) -> Reading | None:
    """'May 28, 2017', 'Wednesday, Aug. 22', '28 May 2017', 'the 5th of May': a calendar day."""
    month = month_number(m["mon"])
    day = day_number(m["day"])
    mod = position_mod(m["pos"])
    # "Aug. 1-3, 1997": the start of a day range takes the year written after its end
    year = m["year"] or m.groupdict().get("ryear")
    if year:
        return _fixed("DATE", _ymd(int(year), month, day), mod)
    if make_date(2000, month, day) is None:  # "February 30": no such day in any year
        return None
    weekday = WEEKDAYS.get((m["wd"] or m.groupdict().get("wd2") or "").lower().rstrip("."))
    if weekday:  # "Saturday, April 25", "April 25, a Saturday,": the nearby year in which
        # that date is a Saturday

        def on_weekday(y: int) -> str | None:
            real = make_date(y, month, day)
            return real.isoformat() if real and real.isoweekday() == weekday else None

        part = PARTS_OF_DAY.get((m.groupdict().get("part2") or "").lower())
        if part:  # "June 5, a Monday night": that night, a TIME

            def at_part(a: Anchor) -> Resolved:
                return _with_part(_first_value(a.yearless(on_weekday), a.yearless(lambda y: _ymd(y, month, day))), part)

            return Reading("TIME", resolve=at_part)
        return Reading("DATE", mod=mod, resolve=lambda a: _first_value(
            a.yearless(on_weekday), a.yearless(lambda y: _ymd(y, month, day))))
    return Reading("DATE", mod=mod, resolve=lambda a: a.yearless(lambda y: _ymd(y, month, day)))


def _first_value(*options: Resolved) -> Resolved:
    return next((o for o in options if o[0] and "X" not in o[0]), options[-1])


# "June 5, a Monday,": the weekday in apposition belongs to the date (and picks its year)
# "June 5, a Monday night,": and the part of that day named with it, one TIME of the date
_A_WEEKDAY_AFTER = (
    rf"(?:,\s+a\s+(?P<wd2>{WEEKDAY})(?:\s+(?P<part2>{PART_OF_DAY}))?(?=\s*(?:[,.;:)\u2014\u2013]|$)))?"
)
_DAY_TAIL = r"(?:st|nd|rd|th)?(?![\d:,.]\d)(?!\s*(?:%|percent|per\s*cent|[ap]\.?m\b))"
MONTH_DAY_YEAR = _compile(
    rf"""\b(?:(?:(?:this\s+coming|this\s+past|next|last|this)\s+)?(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+(?:the\s+)?)?
    (?:(?P<pos>{POSITION})[\s-]+)?
    (?:
      (?P<mon>{MONTH})\s+(?P<day>{DAY_NUM}|{DAY_WORD}){_DAY_TAIL}(?:,?\s+(?P<year>{YEAR4})\b)?
    )
    {_A_WEEKDAY_AFTER}
    (?:(?=\s*(?:[-–]|\s(?:to|through)\s)\s*{DAY_NUM},?\s+(?P<ryear>{YEAR4})\b))?"""
)
DAY_MONTH_YEAR = _compile(
    rf"""\b(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:the\s+)?
    (?P<pos>)?(?P<day>{DAY_NUM}|{DAY_WORD})\s+(?:of\s+)?(?P<mon>{MONTH})
    (?:,?\s+(?P<year>{YEAR4})\b)?{_A_WEEKDAY_AFTER}"""
)


def read_iso_date(m: re.Match[str]) -> Reading | None:
    """'2018-08-22' and US numeric '8/22/2018', '08/22/18'."""
    year = int(m["y"])
    if year < 100:
        year += 1900 if year >= 50 else 2000
    return _fixed("DATE", _ymd(year, int(m["m"]), int(m["d"])))


ISO_DATE = _compile(
    r"\b(?:(?P<y>(?:1[89]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])"
    r"|(?P<m2>0?[1-9]|1[0-2])/(?P<d2>0?[1-9]|[12]\d|3[01])/(?P<y2>(?:19|20)\d\d|\d\d))\b(?![/-]\d)"
)


def read_iso_or_us(m: re.Match[str]) -> Reading | None:
    if m["y"]:
        return read_iso_date(m)
    year = int(m["y2"])
    if year < 100:
        year += 1900 if year >= 50 else 2000
    return _fixed("DATE", _ymd(year, int(m["m2"]), int(m["d2"])))


def read_month_year(m: re.Match[str]) -> Reading | None:
    """'October 2017', 'early June 2014', 'the end of May 2017': a calendar month."""
    return _fixed("DATE", _ymd(int(m["year"]), month_number(m["mon"]), None), position_mod(m["pos"]))


MONTH_YEAR = _compile(
    rf"\b(?:(?P<pos>{POSITION})[\s-]+)?(?P<mon>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR4})\b(?!\s*%)"
)


def read_month_deictic_year(m: re.Match[str]) -> Reading | None:
    """'June last year', 'January this year', 'March next year': month of a deictic year;
    'July of that year', 'March of the following year': month of the year the passage is
    about (or the one after or before it)."""
    month = month_number(m["mon"])
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    offset = {"last": -1, "this": 0, "next": 1, "the following": 1, "the next": 1, "the previous": -1,
              "the preceding": -1, "the prior": -1}.get(rel, 0)

    def resolve(a: Anchor) -> Resolved:
        if rel in ("that", "the same"):
            year_value, anchor = a.previous("year", reach=True)
        elif rel.startswith("the "):
            year_value, anchor = a.relative("year", offset)
        else:
            year_value, anchor = a.deictic("year", offset)
        if not year_value or "X" in year_value:
            return (f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")), anchor
        return _ymd(int(year_value[:4]), month, day), anchor

    # "Jan. 1 next year", "on 3 March last year": the day of that month of the deictic year
    day = day_number(m["day"]) if m["day"] else None
    if day is not None and make_date(2000, month, day) is None:
        return None
    return Reading("DATE", mod=position_mod(m["pos"]), resolve=resolve)


MONTH_DEICTIC_YEAR = _compile(
    rf"""\b(?:(?P<pos>{POSITION})[\s-]+)?(?P<mon>{MONTH_FULL}|{MONTH})(?:\s+(?P<day>{DAY_NUM})(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b
    |\b(?P<dday>{DAY_NUM})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmon>{MONTH_FULL}|{MONTH})\s+(?P<drel>last|this|next)\s+year\b
    |\b(?:(?P<pos2>{POSITION})[\s-]+)?(?P<mon2>{MONTH_FULL}|{MONTH})\s+of\s+
      (?P<rel2>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+prior)\s+year\b"""
)


def read_month_deictic_year_any(m: re.Match[str]) -> Reading | None:
    if m["mon2"]:
        proxy = _GroupProxy(m, {"mon": m["mon2"], "rel": m["rel2"], "pos": m["pos2"]})
        return read_month_deictic_year(proxy)  # type: ignore[arg-type]
    if m["dmon"]:  # "1 January next year"
        proxy = _GroupProxy(m, {"mon": m["dmon"], "rel": m["drel"], "day": m["dday"], "pos": None})
        return read_month_deictic_year(proxy)  # type: ignore[arg-type]
    return read_month_deictic_year(m)


def read_month(m: re.Match[str]) -> Reading | None:
    """'in June', 'last April', 'early September', 'this coming March': a month, year from context."""
    month = month_number(m["mon"])
    rel = (m["rel"] or "").lower().split()
    mod = position_mod(m["pos"])
    # "the previous December", "the following March": counted from the time the passage is
    # about (its reference time), not from the report, as "the previous day" is
    from_ref = bool(rel) and rel[0] == "the"
    if rel and rel[-1] in ("last", "past", "previous"):
        return Reading("DATE", mod=mod, resolve=lambda a: _month_before_after(a, month, -1, from_ref=from_ref))
    if rel and rel[-1] in ("next", "coming", "following"):
        return Reading("DATE", mod=mod, resolve=lambda a: _month_before_after(a, month, 1, from_ref=from_ref))
    if rel == ["this"]:  # "this September": the one of the publication year
        return Reading("DATE", mod=mod, resolve=lambda a: _month_before_after(a, month, 0))
    if rel == ["that"]:  # "That June, he made his first record": that month of the year last named
        return Reading("DATE", mod=mod, resolve=lambda a: _month_of_year(a.previous("year", reach=True), month))
    return Reading("DATE", mod=mod, resolve=lambda a: a.yearless(lambda y: _ymd(y, month, None)))


def _month_of_year(year: Resolved, month: int) -> Resolved:
    value, anchor = year
    if not value or not value[:4].isdigit():
        return f"XXXX-{month:02d}", anchor
    return _ymd(int(value[:4]), month, None), anchor


def _month_before_after(a: Anchor, month: int, direction: int, *, from_ref: bool = False) -> Resolved:
    """'last June': the June before the reference month; 'next March': the one after."""
    this_month, anchor = a.relative("month", 0) if from_ref else a.deictic("month", 0)
    if not this_month or "X" in this_month:
        return f"XXXX-{month:02d}", anchor
    year, current = int(this_month[:4]), int(this_month[5:7])
    if direction == 0:
        return _ymd(year, month, None), anchor
    if direction < 0:
        # "last February" said in March is a year back: the month just gone is "last month"
        year = year if month < current - 1 else year - 1
    else:
        year = year if month > current else year + 1
    return _ymd(year, month, None), anchor


MONTH_ALONE = _compile(
    rf"""\b(?:(?P<pos>{POSITION})[\s-]+)?
    (?:(?P<rel>this\s+past|this\s+coming|last|next|this|the\s+previous|the\s+following|previous
      |(?-i:That)|(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bduring\s))that)\s+)?
    (?P<mon>{MONTH_FULL}|(?-i:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.)(?!\w)(?!-(?!{MONTH_FULL}\b))(?!\s+\d)"""
)
"""A month before a hyphen only opens a range of months ("the January-June period"). "That June"
opens a sentence or follows a preposition ("in that June"); after a verb, "that" is a
conjunction ("said that June sales rose") and the month stands alone."""


def read_year(m: re.Match[str]) -> Reading | None:
    """'1998', 'fiscal 1989', 'the year 2000', 'early 1991', 'mid-1996': a calendar year."""
    year = int(m["year"])
    tail = re.match(r"\s*[-–/]\s*(\d\d)\b", m.string[m.end("year") : m.end("year") + 6])
    if tail and int(tail[1]) != (year + 1) % 100:
        return None  # "1997-12", "1998-55": a code or a score, not a pair of years
    after = (m["after"] or "").split()
    if after:  # "1994 or later", "1990 and beyond": open-ended from that year
        return _fixed("DATE", f"{year:04d}", "ON_OR_AFTER" if after[-1] in ("later", "beyond", "after") else "ON_OR_BEFORE")
    return _fixed("DATE", f"{year:04d}", position_mod(m["pos"]))


YEAR = _compile(
    rf"""(?<![\d$£€#.,/-])(?<!No\.\s)\b(?:(?P<pos>{POSITION})[\s-]*)?
    (?:(?:fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|model\s+year|year)\s+|(?-i:FY)['’]?(?=\d))?
    (?P<year>{YEAR4})\b(?![.,]?\d)(?!\s*(?:%|percent|:\d))(?!-(?!{YEAR4}\b|\d\d\b(?![-/.]\d))\d)(?!'?s\b)
    (?P<after>\s+(?:or\s+later|and\s+beyond|or\s+after|or\s+earlier|or\s+before))?"""
)
""""FY2000", "FY1999" written as one word is the fiscal year, valued as TimeBank values "fiscal
1989" (the year). A year followed by "-2000" opens a range (see ``RANGE_END``); "and later" is left out: in
news it is nearly always "in 1984 and later served as ...", a sequence, not a range."""


def read_short_year(m: re.Match[str]) -> Reading | None:
    """'in '97', 'since '05': a year written with an apostrophe and two digits, after a
    preposition of time ("Euro '96", "the class of '98" are names and titles)."""
    yy = int(m["yy"])
    return _fixed("DATE", f"{(1900 if yy >= 30 else 2000) + yy:04d}", position_mod(m["pos"]))


SHORT_YEAR = _compile(
    r"""(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bthrough\s)
      |(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bduring\s))(?:(?P<pos>early|late|mid)[\s-]*)?
    ['’](?P<yy>\d\d)\b(?!['’]?s\b)(?![-/.,:]?\d)"""
)


def read_range_end(m: re.Match[str]) -> Reading | None:
    """The end of a written range: '1996-2000' (the '2000'), 'Sept. 1-3' (the '3'), 'Aug. 12
    to 14'. TimeML gives each end its own TIMEX3; the end shares the month (and year) of the
    start."""
    if m["y2"]:
        first, last = int(m["y1"]), int(m["y2"])
        if len(m["y2"]) == 2:  # "1997-98", "fiscal 1999-2000" written "1999-00": the next year
            last = first - first % 100 + last + (100 if last < first % 100 else 0)
            if last - first > 1:
                return None  # "1990-95" reads as a range too, but "1995-12" is a month
        return _fixed("DATE", f"{last:04d}") if first < last else None
    month, first, last = month_number(m["mon"]), day_number(m["d1"]), day_number(m["d2"])
    if not first < last or make_date(2000, month, last) is None:
        return None
    if m["year"]:
        return _fixed("DATE", _ymd(int(m["year"]), month, last))
    return Reading("DATE", resolve=lambda a: a.yearless(lambda y: _ymd(y, month, last)))


RANGE_END = _compile(
    rf"""(?<![\d$£€#.,/-])\b(?P<y1>{YEAR4})\s*[-–/]\s*(?P<x>(?P<y2>{YEAR4}|\d\d))\b(?![.,]?\d)(?![-/.]\d)(?!\s*(?:%|percent))
    |\b(?P<mon>{MONTH})\s+(?P<d1>{DAY_NUM})\s*(?:[-–]|\s(?:to|through|and)\s)\s*(?P<x2>(?P<d2>{DAY_NUM})\b
      (?![\d:.,]\d)(?!\s*(?:%|percent|[ap]\.?m\b|million|billion|people|of\b))(?:,?\s+(?P<year>{YEAR4})\b)?)"""
)


def read_spelled_year(m: re.Match[str]) -> Reading | None:
    """'nineteen ninety-six', 'two thousand one', 'the year two thousand' (broadcast transcripts)."""
    text = m[0].lower()
    if "thousand" in text:
        rest = re.search(r"thousand(?:\s+and)?\s+(.+)$", text)
        year = 2000 + (int(_word_number(rest[1].strip()) or 0) if rest else 0)
    else:
        tail = _word_number(m["tail"].lower().replace(" ", "-")) if m["tail"] else 0
        year = 1900 + int(tail or 0)
    if m["smon"]:  # "January nineteen ninety-seven"
        return _fixed("DATE", _ymd(year, month_number(m["smon"]), None))
    if m["sseason"]:  # "the winter of nineteen ninety-four"
        return _fixed("DATE", f"{year:04d}-{SEASONS[m['sseason'].lower()]}")
    return _fixed("DATE", f"{year:04d}")


SPELLED_YEAR = _compile(
    rf"""\b(?:(?P<smon>{MONTH_FULL})\s+|the\s+(?P<sseason>spring|summer|fall|autumn|winter)\s+of\s+)?
    (?:the\s+year\s+)?(?:nineteen\s+(?:hundred\s+and\s+)?(?P<tail>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)
    |two\s+thousand(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)\b
    (?![\s-]+(?:years?|months?|weeks?|days?|hours?|people|dollars|troops|more|other|of)\b)"""
)
"""Broadcast transcripts spell years out; an amount ("two thousand years") is not one."""


def read_decade(m: re.Match[str]) -> Reading | None:
    """'the 1990s', "the '80s", 'the mid-1990s', 'the nineties', 'the late 1970s': a decade.
    'The 1800s', 'the early 1900s' are the hundred years (TIMEX3 '18', '19'), as 'the 19th
    century' is; 'the 2000s' stays the decade news means by it."""
    mod = position_mod(m["pos"])
    if m["dec"]:
        if m["dec"][2:4] == "00" and m["dec"][:2] != "20":
            return _fixed("DATE", m["dec"][:2], mod)
        return _fixed("DATE", m["dec"][:3], mod)
    if m["short"] or m["short2"]:  # "the '80s", "the early 80's"
        digit = int(m["short"] or m["short2"])
        return _fixed("DATE", ("20" if digit <= 2 else "19") + str(digit), mod)
    return _fixed("DATE", f"19{DECADE_WORDS[m['word'].lower()]}", mod)


DECADE = _compile(
    rf"""(?:\bthe\s+)?(?:(?P<pos>{POSITION})[\s-]*(?:(?<=of\s)the\s+)?)?
    (?:\b(?P<dec>(?:1[0-9]|20)\d0)'?s\b|(?<![\w$])['’](?P<short>\d)0'?s\b
    |(?:(?<=the\s)|(?<=early\s)|(?<=late\s)|(?<=mid-)|(?<=mid\s))(?P<short2>\d)0['’]s\b(?!\s+(?:degrees|percent))
    |\b(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"""
)


def read_century(m: re.Match[str]) -> Reading | None:
    """'the 20th century', 'the early 21st century', 'the nineteenth century'."""
    number = day_number(m["n"]) if m["n"][0].isdigit() else ORDINALS.get(m["n"].lower())
    if not number:
        return None
    return _fixed("DATE", f"{number - 1:02d}", position_mod(m["pos"]))


CENTURY = _compile(
    rf"""\b(?:the\s+)?(?:(?P<pos>{POSITION})[\s-]*)?
    (?P<n>\d{{1,2}}(?:st|nd|rd|th)|{DAY_WORD})[\s-]+century\b(?!\s+(?:fox|club|group))"""
)


def read_season(m: re.Match[str]) -> Reading | None:
    """'this summer', 'last fall', 'the winter of 1994', 'spring 2017': a season."""
    code = SEASONS[m["season"].lower()]
    mod = position_mod(m["pos"])
    if m["year"]:
        return _fixed("DATE", f"{int(m['year']):04d}-{code}", mod)
    if m["yy"]:  # "the summer of '98": the nearest century's year (before 2030 reads 20xx)
        yy = int(m["yy"])
        return _fixed("DATE", f"{(2000 if yy < 30 else 1900) + yy:04d}-{code}", mod)
    if m["yrel"]:  # "the spring of last year": that season of the year named
        years = {"last": -1, "this": 0, "next": 1}[m["yrel"].lower()]
        return Reading("DATE", mod=mod, resolve=lambda a: _season_of_year(a.deictic("year", years), code))
    rel = (m["rel"] or "").lower().split()
    if rel == ["the"] and m["prep"] is None and m["season"].lower() == "fall" and re.match(
        r"\s+(?:in|from|to|by|below|above|at|was|has)\b", m.string[m.end() : m.end() + 8]
    ):
        return None  # "the fall in prices", "the fall from power": a drop, not autumn
    if not rel and not m["pos"] and m["prep"] is None:  # the lookbehind group matches empty
        return None  # bare "fall", "spring": too often a verb or a noun
    offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}
    step = offset.get(rel[-1]) if rel else None
    if step is not None and rel[0] not in ("the",):
        return Reading("DATE", mod=mod, resolve=lambda a: _season_shift(a, code, step))
    if rel and rel[0] == "this":
        return Reading("DATE", mod=mod, resolve=lambda a: _season_shift(a, code, 0))
    if rel == ["that"]:  # "That summer": the season of the year last named
        return Reading("DATE", mod=mod, resolve=lambda a: _season_of_year(a.previous("year", reach=True), code))
    return Reading("DATE", mod=mod, resolve=lambda a: a.yearless(lambda y: f"{y:04d}-{code}"))


def _season_of_year(year: Resolved, code: str) -> Resolved:
    value, anchor = year
    return (f"{value[:4]}-{code}" if value else None), anchor


def _season_shift(a: Anchor, code: str, step: int) -> Resolved:
    """'this summer' = the summer of the publication year; 'last winter' = the one before now."""
    year_value, anchor = a.deictic("year", 0)
    if not year_value or "X" in year_value:
        return f"XXXX-{code}", anchor
    year = int(year_value[:4])
    now_season, _ = a.deictic("season", 0)
    order = ["SP", "SU", "FA", "WI"]  # the winter of Y runs into Y+1 (timex_calendar.season_of)
    if not now_season:
        return f"{year:04d}-{code}", anchor
    current = now_season[-2:]
    now_year = int(now_season[:4])
    if step == 0:
        if code == "WI" and (current == "WI" or (current == "SP" and a.looks_back())):
            # "this winter" written in January is the winter begun last December; in the spring,
            # "ran short this winter" is the one just over (T3 wire stories, session 10)
            return f"{now_year - (current == 'SP'):04d}-{code}", anchor
        if code == current or not a.looks_back():
            return f"{year:04d}-{code}", anchor
        # past-tense copy tells of a season gone by: "snow closed the pass this winter" written
        # in November is the winter before, "the lake dried up this summer" written in January
        # the summer just over; the nearest one behind the report, as 'this past summer' is
        step = -1
    if step < 0:
        year = now_year if order.index(code) < order.index(current) else now_year - 1
    else:
        year = now_year if order.index(code) > order.index(current) else now_year + 1
    return f"{year:04d}-{code}", anchor


SEASON = _compile(
    rf"""(?:(?P<prep>(?<=\bin\s)|(?<=\bby\s)|(?<=\bduring\s)|(?<=\buntil\s)|(?<=\bsince\s)))?
    \b(?:the\s+(?=(?:early|late|mid)[\s-]))?(?:(?P<pos>{POSITION})[\s-]*)?
    (?:(?P<rel>this\s+past|this\s+coming|the\s+coming|the\s+past|the\s+previous|the\s+following|this|last|next|the|that)\s+)?
    (?P<season>spring|summer|fall|autumn|winter)\b
    (?:(?:\s+of)?,?\s+(?:(?P<year>{YEAR4})\b|['’](?P<yy>\d\d)\b)|\s+of\s+(?P<yrel>last|this|next)\s+year\b)?
    (?!\s+of\b)(?![\w-])"""
)


_HALF_WORDS = {"latter": 2, "back": 2, "front": 1}


def read_quarter(m: re.Match[str]) -> Reading | None:
    """'the third quarter', 'third-quarter', 'the first quarter of 2018', 'Q3 2018', halves
    ('the second half', 'H1 2018', '1H 2018')."""
    if m["qn"]:
        number, kind = int(m["qn"]), "Q"
    elif m["hn"] or m["hn2"]:  # "H1 2018", "1H 2018", "sales rose in H2": a half
        number, kind = int(m["hn"] or m["hn2"]), "H"
    elif m["ord"].lower() == "last" and m["unit"].lower() == "quarter" and not (
        m["year"] or m["year2"] or m["year0"] or m["thisyear"] or m["rel"] and m["rel"].lower() != "the"
    ):  # "profit fell in the last quarter": the one before the report's, not a fourth quarter
        return Reading("DATE", resolve=lambda a: a.deictic("quarter", -1))
    elif m["ord"].lower() in _HALF_WORDS:  # "the latter half of 1997", "the back half of next
        # year": the half of a year named after it (1997-H2), never of an unnamed thing
        if not (m["year"] or m["year2"] or m["thisyear"]):
            return None
        number, kind = _HALF_WORDS[m["ord"].lower()], "H"
    else:
        number = ORDINALS.get(m["ord"].lower()) or day_number(m["ord"])
        kind = "H" if m["unit"].lower().startswith("half") else "Q"
        if kind == "H":
            number = 1 if number == 1 else 2
    if m["year"]:
        year_text = m["year"].lstrip("'’")
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        return _fixed("DATE", f"{year:04d}-{kind}{number}")
    rel = (m["rel"] or "").lower()
    offset = -1 if ("last" in rel or "ago" in rel or "earlier" in rel) else 1 if "next" in rel else 0
    if "year" in rel or offset:
        return Reading("DATE", resolve=lambda a: _quarter_of_year(a, kind, number, offset))
    # "the second quarter" in business news is the nearest one, whatever the verb's tense
    return Reading(
        "DATE", resolve=lambda a: a.yearless(lambda y: f"{y:04d}-{kind}{number}", nearest=True)
    )


def _quarter_of_year(a: Anchor, kind: str, number: int, offset: int) -> Resolved:
    year_value, anchor = a.deictic("year", offset)
    if not year_value or "X" in year_value:
        return f"XXXX-{kind}{number}", anchor
    return f"{year_value[:4]}-{kind}{number}", anchor


QUARTER = _compile(
    rf"""\b(?:(?P<rel>the\s+year-(?:ago|earlier)|this\s+year's|last\s+year's|next\s+year's|the\s+current|the\s+latest|the\s+comparable|its|their|the)\s+)?
    (?:(?:fiscal\s+)?(?P<year0>{YEAR4})\s+)?(?:fiscal[\s-]+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th
      |(?:latter|back|front)(?=\s+half\s+of\s))[\s-]+(?:fiscal[\s-]+)?
    (?P<unit>quarter|half|(?P<twoq>two\s+quarters(?=\s+of\s)))\b(?![\s-]?(?:century|centuries|mile|point|inch|hour|time)s?\b)
    (?!\s+of\s+(?:the|a|an|his|her|its|their|this|that)\s+(?!(?:fiscal\s+)?(?:year|decade|century|season)\b)[a-z])
    (?:\s+of\s+(?:(?:fiscal|the\s+year|the\s+fiscal\s+year)\s+)?(?P<year>{YEAR4})\b|\s+(?P<year2>{YEAR4})\b
      |(?P<thisyear>\s+of\s+(?:this|last|next)\s+year))?
    |\b(?-i:Q)(?P<qn>[1-4])(?:\s+(?P<qyear>{YEAR4}|['’]\d\d))?\b
    |\b(?:(?-i:H)(?P<hn>[12])|(?P<hn2>[12])(?-i:H))(?:\s+(?P<hyear>{YEAR4}))?\b(?![-/])"""
)


def read_quarter_any(m: re.Match[str]) -> Reading | None:
    groups = m.groupdict()
    # "the 1988 second quarter": a year written before the ordinal
    year = groups.get("year") or groups.get("year2") or groups.get("qyear") or groups.get("hyear") or groups.get("year0")
    rel = groups.get("rel") or ""
    if groups.get("thisyear"):
        rel = groups["thisyear"].strip().split()[-2] + " year's"
    overrides: dict[str, str | None] = {"year": year, "rel": rel}
    if groups.get("twoq"):  # "the first two quarters of 1990": the first half (TimeBank 1990-H1)
        if not (year or groups.get("thisyear")):
            return None
        overrides |= {"unit": "half", "ord": "first" if m["ord"].lower() in ("first", "1st") else "second"}
    proxy = _GroupProxy(m, overrides)
    return read_quarter(proxy)  # type: ignore[arg-type]


class _GroupProxy:
    """A match whose named groups can be overridden (to share one reader between patterns)."""

    def __init__(self, match: re.Match[str], overrides: dict[str, str | None]):
        self._match = match
        self._overrides = overrides

    def __getitem__(self, key: str) -> str | None:
        if key in self._overrides:
            return self._overrides[key]
        return self._match.groupdict().get(key)


# ---------------------------------------------------------------------------- deictic and relative


_REL_OFFSETS = {
    "this": ("dct", 0), "the current": ("dct", 0), "current": ("dct", 0),
    "last": ("dct", -1), "this past": ("dct", -1), "past": ("dct", -1), "the past": ("dct", -1),
    "the last": ("dct", -1), "next": ("dct", 1), "this coming": ("dct", 1),
    "the coming": ("dct", 1), "coming": ("dct", 1), "the previous": ("ref", -1),
    "the preceding": ("ref", -1), "the prior": ("ref", -1), "the following": ("ref", 1),
    "the next": ("ref", 1), "the same": ("ref", 0), "that": ("ref", 0), "that same": ("ref", 0),
    "the very same": ("ref", 0), "the latest": ("latest", -1), "the most recent": ("latest", -1),
    "the final": ("dct", -1),
}  # fmt: skip


def read_relative_unit(m: re.Match[str]) -> Reading | None:
    """'last year', 'this week', 'next month', 'earlier this year', 'the following day',
    'that year', 'the same day', 'this morning', 'last night': a period relative to a reference."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    word = m["unit"].lower()
    mod = position_mod(m["pos"])
    part = PARTS_OF_DAY.get(word)
    unit = "day" if part else UNIT_WORDS.get(word, word)
    frame, offset = _REL_OFFSETS[rel]
    if unit == "fortnight":  # "over the past fortnight", "in the next fortnight": two weeks up
        # to or from now, a DURATION as "the past two weeks" is (no calendar fortnight to name)
        if rel in ("the past", "the last", "the next", "the coming") and not mod:
            return Reading("DURATION", value="P2W", anchor="duration")
        return None
    if unit == "century" and rel == "the next":
        # "will build more dams in the next century": news counts centuries from its own date,
        # not from a year its passage names ("finished in 2003 ... in the next century")
        frame = "dct"
    if frame == "latest":  # "the latest quarter/fiscal year": the last one completed
        frame, offset = "dct", (-1 if unit in ("quarter", "year") else 0)
    if part == "NI" and rel in ("last", "this past"):
        # "last night": the night that began the day before publication
        return Reading("TIME", mod=mod, resolve=lambda a: _shift_part(a.deictic("day", -1), part))
    if part:
        kind = "TIME"
        if frame == "dct":
            return Reading(kind, mod=mod, resolve=lambda a: a.deictic_part(offset, part))
        return Reading(kind, mod=mod, resolve=lambda a: _shift_part(a.relative("day", offset), part))
    if rel == "the past" and unit in ("decade", "century") and not mod:
        # "in the past decade", "over the past century": the stretch reaching up to now, a
        # DURATION like "the past three years" ("the last decade" stays the previous one)
        return Reading("DURATION", value=duration_value(1, unit), anchor="duration")
    if rel in ("the last", "the next") and unit in ("decade", "century") and not mod and _SPAN_PREPOSITION.search(
        m.string, max(0, m.start() - 12), m.start()
    ):  # "over the last decade", "for the next century": a preposition of extent makes the
        # ten (hundred) years up to or from now a DURATION, as "the past decade" ("in the last
        # decade" may be the previous calendar one)
        return Reading("DURATION", value=duration_value(1, unit), anchor="duration")
    if rel in ("the last", "the final") and unit in ("day", "week", "month", "year") and not mod and _OF_AN_EVENT.match(
        m.string, m.end()
    ):  # "the last week of the campaign", "the final day of the summit": the end of an event,
        # not the week before the report; a time the expression alone cannot date
        return Reading("DATE", value={"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit])
    if rel == "the final":  # "the final day" alone, "the final week of March": other rules' or none
        return None
    if rel in ("the past", "the last") and unit in ("week", "month") and not mod and not re.match(
        r"\s+of\b", m.string[m.end():]
    ):  # "spent the past week touring", "in the last month": the seven days (thirty days) up to
        # now, a DURATION like "the past two weeks" (the calendar "last week" keeps its article
        # off; "the last week of March" is a part of a named month)
        return Reading("DURATION", value=duration_value(1, unit), anchor="duration")
    if rel == "last" and unit == "year" and not mod and _LAST_YEARS_FIGURE.match(m.string, m.end()):
        return Reading("DATE", resolve=_year_ago_figure)
    if frame == "dct":
        return Reading("DATE", mod=mod, resolve=lambda a: a.deictic(unit, offset))
    if offset == 0:  # "that year", "the same day": the time last named
        return Reading("DATE", mod=mod, resolve=lambda a: a.previous(unit, reach=rel.startswith("that")))
    return Reading("DATE", mod=mod, resolve=lambda a: a.relative(unit, offset))


_LAST_YEARS_FIGURE = re.compile(
    r"['’]s\s+(?:(?:comparable|corresponding|same)\s+)?(?:[$£#]|[A-Z]{1,2}\$|\d"
    r"|(?:results|figures|earnings|sales|profits?|net|loss(?:es)?|revenues?|income)\b)",
    re.I,
)
"""'last year's $1.55 billion', 'last year's results': a figure of last year, which in a passage
about a quarter's results is that quarter's twin a year before."""


def _year_ago_figure(a: Anchor) -> Resolved:
    """'Sales of the quarter rose 13% from last year's $1.55 billion': a figure set against the
    quarter the passage reports is that quarter a year back (1988-Q3), as 'a year ago' is
    there; without a quarter in the passage, the year before the report's."""
    value, anchor = a.relative("year", -1, keep_grain=True)
    if value and re.fullmatch(r"\d{4}-Q[1-4]", value):
        return value, anchor
    return a.deictic("year", -1)


_OF_AN_EVENT = re.compile(
    r"\s+of\s+(?:the|an?|his|her|its|their)\s+(?!(?:fiscal\s+|calendar\s+)?(?:day|week|month|quarter|year|decade"
    r"|century|season|half|period|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|spring|summer|fall|autumn|winter)\b)[a-z]",
    re.I,
)
_SPAN_PREPOSITION = re.compile(r"\b(?:over|for|during|throughout|within)\s+$", re.I)
"""A preposition whose object is a stretch of time ("over the last decade")."""


def _shift_part(resolved: Resolved, part: str) -> Resolved:
    value, anchor = resolved
    if value is None:
        return None, anchor
    return value[:10] + "T" + part, anchor


RELATIVE_UNIT = _compile(
    _starting_with(
        "bcdeflmnstv",
        rf"""\b(?:(?P<pos>{POSITION}|earlier|later)\s+(?:(?:in|on)\s+)?)?
        (?P<rel>this\s+past|this\s+coming|the\s+coming|the\s+past|the\s+last|the\s+current|the\s+previous|the\s+preceding|the\s+prior
          |the\s+following|the\s+next|the\s+same|that\s+same|the\s+very\s+same|the\s+latest|the\s+most\s+recent|the\s+final
          |this|last|next|that)\s+
        (?:(?:fiscal|financial|calendar)\s+(?=year|quarter))?
        (?P<unit>year|month|week|weekend|quarter|decade|century|day|night|morning|afternoon|evening|fortnight)\b
        (?!\s*(?:'s|’s)?\s*(?:-|old|long|high|low|record|time|period|century|centuries)\b)""",
    )
)


def read_unit_before(m: re.Match[str]) -> Reading | None:
    """'from 4.2 million the year before', 'had met the day before', 'the night before': the
    unit next to the reference time of the passage (not 'the day before the vote', which
    counts from an event the tagger cannot date)."""
    step = -1 if m["dir"].lower() in ("before", "earlier") else 1
    word = m["unit"].lower()
    if word == "night":
        return Reading("TIME", resolve=lambda a: _shift_part(a.relative("day", step), "NI"))
    return Reading("DATE", resolve=lambda a: a.relative(word, step))


UNIT_BEFORE = _compile(
    r"""\bthe\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after)
    (?=\s*[.,;:!?)"”—]|\s*$|\s+(?:and|but|when|as|with|to|from|by|at|in)\b(?!\s+(?:the|a|an|which)\s+(?:same|first)\b))"""
)


def read_the_unit(m: re.Match[str]) -> Reading | None:
    """'the end of the year', 'later in the week', 'year-end', 'the weekend': the current period."""
    word = m["unit"].lower().replace("-", "")
    unit = UNIT_WORDS.get(word, word)
    mod = position_mod(m["pos"]) or ("END" if m["yearend"] else None)
    if m["yearend"]:
        unit = "year"
    if unit == "weekend":
        return Reading("DATE", resolve=lambda a: a.previous("weekend"))
    half = re.search(r"\b(first|second|last|latter|back|front)\s+half\b", (m["pos"] or "").lower())
    if half and unit == "year":  # "the first half of the year": 1998-H1, as '... of 1998'
        code = "-H1" if half[1] in ("first", "front") else "-H2"  # "the back half of the year": H2
        return Reading("DATE", resolve=lambda a: _with_half(a.previous("year"), code))
    since = bool(re.search(r"\bsince\s+$", m.string[max(0, m.start() - 8) : m.start()], re.I))
    if (unit != "year" or since) and re.search(r"\b(?:end|close)\s+of$", (m["pos"] or "").lower()):
        # "fell at the end of the month" filed early in a month: the end already reached (the
        # year's end stays the current year's: "Stocks rose at the end of the year" in August,
        # but not "up 8% since the end of the year" in November)
        return Reading("DATE", mod=mod, resolve=lambda a: a.end_of(unit))
    return Reading("DATE", mod=mod, resolve=lambda a: a.previous(unit))


def _with_half(resolved: Resolved, code: str) -> Resolved:
    value, anchor = resolved
    return (value + code if value and re.fullmatch(r"\d{4}|XXXX", value) else value), anchor


THE_UNIT = _compile(
    _starting_with(
        "bcdeflmstvwy",
        rf"""\b(?:(?P<pos>{POSITION}|earlier|later)\s+(?:in\s+)?the\s+(?P<unit>year|month|week|day|quarter|decade|century)\b(?!\s+(?:before|after|of|that|when)\b)
        # "the first nine months of the year", "the rest of the week": the period those parts
        # belong to (TimeBank tags "the year" there); not "the player of the year"
        |(?:(?<=\bmonths\sof\s)|(?<=\bweeks\sof\s)|(?<=\bdays\sof\s)|(?<=\bquarters\sof\s)|(?<=\bquarter\sof\s)
           |(?<=\brest\sof\s)|(?<=\bremainder\sof\s)|(?<=\bbalance\sof\s))the\s+(?P<ofunit>year|month|week)\b(?!['’])
        |(?P<yearend>year[\s-]end\b(?!ed|ing)|the\s+end\s+of\s+the\s+year|year['’]s\s+end)
        |(?:(?<=\bover\s)|(?<=\bfor\s)|(?<=\bduring\s)|(?<=\bon\s)|(?<=\bat\s)|(?<=\bof\s)|(?<=\bbefore\s)|(?<=\buntil\s)
           |(?<=\bsince\s)|(?<=\bafter\s)|(?<=\bthrough\s)|(?<=\bby\s)|(?<=\bthroughout\s))the\s+weekend|(?<=\bthis\s)weekend
        |(?<=\bfor\s)the\s+(?P<period>year|quarter|month|week)(?=\s*[,.;])
        |(?:(?<=\bfor\s)|(?<=\bduring\s)|(?<=\bin\s)|(?<=\bthroughout\s))the\s+(?:full|fiscal|whole|entire)\s+(?P<fullyear>year)\b
          (?!\s+(?:before|after|of|that|when|ended|ending|earlier|ago)\b))""",
    )
)
"""The last two branches are the period a report covers ("For the year, sales rose", "sales
for the full year", "lower earnings for the fiscal year"): the one under discussion, else the
current one."""


def read_the_unit_any(m: re.Match[str]) -> Reading | None:
    groups = m.groupdict()
    if groups.get("yearend"):
        if re.search(r"\bsince\s+$", m.string[max(0, m.start() - 8) : m.start()], re.I):
            # "shares are up 8% since year-end", filed in November: the end already behind
            # the report, last year's (see Anchor.end_of)
            return Reading("DATE", mod="END", resolve=lambda a: a.end_of("year"))
        return Reading("DATE", mod="END", resolve=lambda a: a.deictic("year", 0))
    if groups.get("unit"):
        return read_the_unit(m)
    if groups.get("ofunit"):
        unit = groups["ofunit"].lower()
        return Reading("DATE", resolve=lambda a: a.previous(unit))
    if groups.get("fullyear"):
        return Reading("DATE", resolve=lambda a: a.previous("year"))
    if groups.get("period"):  # "For the year, sales rose 5%": the period the report covers
        unit = groups["period"].lower()
        return Reading("DATE", resolve=lambda a: a.previous(unit))
    return Reading("DATE", resolve=lambda a: a.weekend())


def read_report_period(m: re.Match[str]) -> Reading | None:
    """Earnings-report periods: 'the quarter', 'the latest period', 'the year-ago quarter',
    'the 1988 period', 'year-earlier': the period being reported, or its year-ago twin."""
    kind = (m["kind"] or "").lower().replace(" ", "-")
    unit = "quarter" if (m["unit"] or "").lower() in ("quarter", "period", "") else "year"
    year = int(m["year"]) if m["year"] else None
    back = 1 if kind in ("year-ago", "year-earlier", "comparable", "prior-year", "year-before") else 0
    if m["lastyear"]:  # "the same period last year", "the corresponding quarter a year ago"
        back = 1
    return Reading("DATE", resolve=lambda a: a.report_period(unit, back, year))


REPORT_PERIOD = _compile(
    rf"""\b(?:(?:the|its|their)\s+)?(?:(?P<kind>year[\s-]ago|year[\s-]earlier|comparable(?:\s+year[\s-]ago)?|prior[\s-]year|latest|current|same|corresponding|most\s+recent)\s+|(?<![\d][-–/])(?P<year>{YEAR4})\s+)
    (?:fiscal\s+)?(?P<unit>quarter|period)\b(?!s)
    (?P<lastyear>\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior|preceding)\s+year))?
    |\b(?:the\s+)?(?P<unit2>quarter)\b(?=\s+(?:ended|ending|just\s+ended|to\s+\w+\.?\s+\d))
    # "the quarter a year ago", "the period of last year": the twin a year before (tried first)
    |\b(?:the|its|their)\s+(?:fiscal\s+)?(?:quarter|period)\s+(?P<lyq2>a\s+year\s+(?:ago|earlier)|of\s+last\s+year)\b
    |(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bduring\s)|(?<=\bthroughout\s))the\s+quarter\b(?![\s-](?:century|mile|point|inch|pound))
    |\b(?P<adj>year[\s-](?:ago|earlier))\b(?!\s+(?:quarter|period))
    |\b(?P<lyq>last\s+year['’]s)\s+(?:(?:comparable|corresponding|same)\s+)?(?:fiscal\s+)?(?:quarter|period)\b(?!s)"""
)


def read_report_period_any(m: re.Match[str]) -> Reading | None:
    groups = m.groupdict()
    if groups.get("adj") or groups.get("lyq") or groups.get("lyq2"):  # "year-earlier results",
        # "last year's quarter", "the quarter a year ago": the twin a year before
        return Reading("DATE", resolve=lambda a: a.report_period("quarter", 1, None))
    return read_report_period(m)


_SEQUENCE_WORDS = frozenset({"later", "after", "before", "prior"})


def read_ago(m: re.Match[str]) -> Reading | None:
    """'two years ago', 'a week earlier', 'a month from now': an offset date.

    Sequencing ("three days later", "two weeks after", "a month before") is a TimeML
    anchored duration: the TIMEX3 is the amount ("three days", DURATION P3D) and the
    sequencing word a signal outside it (TimeBank's gold agrees). The date it reaches
    is kept as the record's interval and as the passage's reference time."""
    amount = parse_amount(m["n"])
    unit = unit_of(m["unit"])
    if m["half"] and amount is not None:  # "a year and a half ago": the half follows the unit
        amount += 0.5
    direction = (m["dir"] or m["dir2"]).lower().split()[0]
    mod = qualifier_mod(m["q"]) or ("APPROX" if m["orso"] else None)
    if re.fullmatch(r"(?:a\s+)?couple(?:\s+of)?", m["n"].lower()):
        # "a couple of weeks ago", "a couple of years later": about two, as the duration rule
        # reads "a couple of years" (P2Y, APPROX)
        amount, mod = 2, mod or "APPROX"
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "back", "prior") else 1
    whole = amount is not None and amount == int(amount)
    if direction in _SEQUENCE_WORDS or (direction == "earlier" and unit in ("hour", "minute", "second")):
        # ("two hours earlier" sequences events as "two hours later" does: a clock time
        # cannot be counted back from a day, as "a year earlier" is from a quarter)
        steps = int(amount) * sign if whole else 0  # type: ignore[arg-type]
        point = (lambda a: a.relative(unit, steps, keep_grain=True)) if whole else None
        return Reading("DURATION", value=_duration_of(amount, unit), mod=mod, anchor="duration",
                       point=point)
    if not whole and unit == "year" and amount is not None and (amount * 12) == int(amount * 12):
        # "two and a half years ago", "a year and a half ago": a whole number of months back
        unit, amount, whole = "month", amount * 12, True
    if not whole and unit in ("century", "decade") and amount is not None:
        years = amount * (100 if unit == "century" else 10)
        if years == int(years):  # "half a century ago", "a quarter century ago": 50 (25) years
            unit, amount, whole = "year", years, True
    if not whole and unit == "minute" and direction == "ago":  # "a few minutes ago"
        return Reading("TIME", mod=mod, resolve=lambda a: a.moments_ago())
    if not whole:
        return Reading("DATE", value="PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
    steps = int(amount) * sign  # type: ignore[arg-type]
    if unit in ("hour", "minute", "second"):
        if direction == "ago":
            return Reading("TIME", mod=mod, resolve=lambda a: a.clock_ago(unit, steps))
        if direction in ("from", "hence"):
            return Reading("TIME", mod=mod, resolve=lambda a: a.deictic(unit, steps))
        return Reading("TIME", mod=mod, resolve=lambda a: a.relative(unit, steps))
    if direction == "ago":
        return Reading("DATE", mod=mod, resolve=lambda a: a.ago(unit, steps))
    if direction == "from" and m["dir"].lower().endswith("today") and unit in ("day", "week"):
        # "a week from today", "ten days from today": counted in days from the day of the
        # report, a day (not the week "two weeks from now" names)
        days = steps * (7 if unit == "week" else 1)
        return Reading("DATE", mod=mod, resolve=lambda a: a.deictic("day", days))
    if direction in ("from", "hence"):
        return Reading("DATE", mod=mod, resolve=lambda a: a.deictic(unit, steps))
    return Reading("DATE", mod=mod, resolve=lambda a: a.relative(unit, steps, keep_grain=True))


def read_moments_ago(m: re.Match[str]) -> Reading | None:
    """'minutes ago', 'just moments ago': a time just past; in a live blog entry ('16:50 -
    Minutes ago, a convoy left') about the entry's clock."""
    return Reading("TIME", resolve=lambda a: a.moments_ago())


MOMENTS_AGO = _compile(r"\b(?:minutes|moments)\s+ago\b")


def ago_span(m: re.Match[str]) -> tuple[int, int]:
    """'three days later' → 'three days': a sequencing word is a signal, outside the TIMEX3."""
    direction = (m["dir"] or m["dir2"] or "").lower()
    if direction in _SEQUENCE_WORDS or (direction == "earlier" and unit_of(m["unit"]) in ("hour", "minute", "second")):
        return m.start(), (m.end("orso") if m["orso"] else m.end("half") if m["half"] else m.end("unit"))
    return m.span()


AGO = _compile(
    _starting_with(
        "0-9abcdefhjlmnorstuwz",
        rf"""\b(?:(?P<q>{QUALIFIER})\s+)?(?<!\d[:.])(?P<n>{NUM})[\s-]+(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?\s+(?P<orso>or\s+so\s+)?
        (?:(?P<dir>ago|earlier|later|from\s+now|from\s+today|hence|previously|back)\b(?!\s+than\b)
          |(?P<dir2>before|after|prior)\b(?![ \t]+(?:the|a|an|his|her|their|its|this|that|he|she|they|it|we|I|you|being|having|\d|(?-i:[A-Z])\w*)\b)
           (?![ \t]+(?:than|to|that|when|in|on)\b))""",
    )
)


# ---------------------------------------------------------------------------- weekdays, today


def read_weekday(m: re.Match[str]) -> Reading | None:
    """'Wednesday', 'last Friday', 'early Tuesday', 'Monday night': a day of a nearby week."""
    weekday = WEEKDAYS[m["wd"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    rel = re.sub(r"\s+", " ", rel) or None
    mod = position_mod(m["pos"])
    part = PARTS_OF_DAY.get((m["part"] or "").lower())
    if m["plural"]:  # "Tuesday nights": every one of them
        return Reading("SET", value=f"XXXX-WXX-{weekday}T{part}")
    shared = _SHARED_PLURAL_PART.match(m.string, m.end())
    if shared and not part and not rel:  # "on Monday and Tuesday nights": every Monday night too
        return Reading("SET", value=f"XXXX-WXX-{weekday}T{PARTS_OF_DAY[shared['part'].lower()]}")
    kind = "TIME" if part else "DATE"
    weeks_back = m["ago1"] or m["ago2"]
    if weeks_back:  # "a week ago Tuesday", "Tuesday two weeks ago": that many weeks before
        # the latest such day ("this past": not the previous week's, as a bare "last Tuesday" can be)
        n = int(parse_amount(weeks_back) or 1)
        return Reading(kind, mod=mod, resolve=lambda a: _days_before(a.weekday(weekday, "this past", part), 7 * n))
    if not rel and not m["pos"] and _INDEFINITE_DAY.search(m.string, max(0, m.start() - 8), m.start()) and (
        not _NOUN_AFTER_DAY.match(m.string, m.end())
    ):  # "It was a Wednesday", "on a Sunday in June": some Wednesday, which one left unsaid
        return Reading(kind, value=f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""))
    if m["ofweek"]:  # "Tuesday of last week", "Friday of next week": that day of that week
        step = {"last": -1, "this": 0, "next": 1}[m["ofweek"].lower()]
        return Reading(kind, mod=mod, resolve=lambda a: _day_of_week(a.deictic("week", step), weekday, part))
    return Reading(kind, mod=mod, resolve=lambda a: a.weekday(weekday, rel, part))


_INDEFINITE_DAY = re.compile(r"\b(?:a|any|one)\s+$", re.I)
_NOUN_AFTER_DAY = re.compile(r"\s+(?!(?:when|in|of|and|or|that|at|before|after|afternoon|morning|evening|night)\b)[a-z]")
"""A weekday after "a" is some such day, unless it modifies a noun ("a Wednesday meeting")."""
_SHARED_PLURAL_PART = _compile(rf"\s+(?:and|or)\s+(?:{WEEKDAY})\s+(?P<part>{PART_OF_DAY})s\b")


def _days_before(day: Resolved, days: int) -> Resolved:
    value, anchor = day
    if not value or "X" in value[:10]:
        return value, anchor
    moved = date.fromisoformat(value[:10]) - timedelta(days=days)
    return moved.isoformat() + value[10:], anchor


def _day_of_week(week: Resolved, weekday: int, part: str | None) -> Resolved:
    value, anchor = week
    found = re.match(r"(\d{4})-W(\d\d)$", value or "")
    if not found:
        return f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""), anchor
    day = date.fromisocalendar(int(found[1]), int(found[2]), weekday)
    return day.isoformat() + (f"T{part}" if part else ""), anchor


WEEKDAY_RULE = _compile(
    rf"""\b(?:(?P<pos>early|late|earlier|later|mid)\s+(?:on\s+)?)?
    (?:(?P<ago1>a|one|two|three|four|\d)\s+weeks?\s+ago\s+(?:on\s+|last\s+)?)?
    (?:(?P<rel>this\s+past|this\s+coming|last|next|this|the\s+previous|the\s+following|that|the\s+next)\s+)?
    (?P<wd>{WEEKDAY}|{WEEKDAY_ABBR})(?![\w-])(?!\s+(?:Times|Night\s+Live|Mail|Telegraph|Herald|Post)\b)
    (?:\s+(?P<part>{PART_OF_DAY})(?P<plural>s)?)?\b
    (?:\s+(?P<ago2>a|one|two|three|four|\d)\s+weeks?\s+ago\b|\s+of\s+(?P<ofweek>last|next|this)\s+week\b)?"""
)


# "Stocks fell overnight in Tokyo", "Overnight, rebels shelled the port", "overnight losses in
# New York": the night before the report (TimeML TIME, TNI). Not a stretch of time ("stayed
# overnight", "an overnight stay") nor a term of finance ("overnight rates", "overnight loans").
_OVERNIGHT = r"""(?:(?<!stayed\s)(?<!stay\s)(?<!spent\s)(?<!spend\s)(?<!remained\s)(?<!kept\s)
    (?<!held\s)(?<!an\s)(?<!almost\s)(?<!virtually\s)(?<!literally\s)overnight
    (?=\s*[,.;]|\s+(?:in|on|at|as|after|when|before|and)\b
      |\s+(?:losses|gains|trading|declines?|rally|drop|slide|attacks?|raids?|shelling|fighting
        |bombing|talks|session|storms?|rains?|clashes|curfew|violence)\b))"""


def read_day_word(m: re.Match[str]) -> Reading | None:
    """'today', 'yesterday', 'tomorrow', 'tonight', 'late yesterday', 'yesterday morning'."""
    word = m["w"].lower()
    mod = position_mod(m["pos"])
    part = PARTS_OF_DAY.get((m["part"] or "").lower())
    if word == "overnight":  # the night before the day the passage is about
        return Reading("TIME", resolve=lambda a: _shift_part(_days_before(a.current_day(), 1), "NI"))
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    if m["twice"]:  # "the day after tomorrow", "the day before yesterday": two days off
        offset += 1 if m["twice"].lower().split()[2] == "after" else -1
    if word == "tonight":
        part = "NI"
    if part:
        return Reading("TIME", mod=mod, resolve=lambda a: a.deictic_part(offset, part))
    return Reading("DATE", mod=mod, resolve=lambda a: a.deictic("day", offset))


DAY_WORD_RULE = _compile(
    rf"""\b(?:(?P<pos>early|late|earlier|later)\s+)?(?P<twice>the\s+day\s+(?:after(?=\s+tomorrow)|before(?=\s+yesterday))\s+)?
    (?P<w>today|tonight|yesterday|tomorrow|{_OVERNIGHT})\b
    (?:\s+(?P<part>{PART_OF_DAY}))?"""
)


def read_part_of_date(m: re.Match[str]) -> Reading | None:
    """'the morning of Aug. 7', 'the night of Friday': a part of a named day (TIME); 'the
    small hours of Sunday', 'the early hours of March 3': the night that day begins with."""
    part = "NI" if m["part"].lower().endswith("hours") else PARTS_OF_DAY[m["part"].lower()]
    day_text = m["day"]
    if (m["mon"] or "") and make_date(2000, month_number(m["mon"]), day_number(m["dnum"])) is None:
        return None
    return Reading("TIME", mod=position_mod(m["pos"]),
                   resolve=lambda a: _shift_part(_resolve_day_phrase(a, day_text), part))


PART_OF_DATE = _compile(
    rf"""\b(?:(?P<pos>early|late)\s+(?:in\s+|on\s+)?)?the\s+(?P<part>morning|afternoon|evening|night|(?:small|early|wee|pre-?dawn)\s+hours)\s+of\s+
    (?P<day>(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH})\s+(?P<dnum>{DAY_NUM})(?:,?\s+{YEAR4})?|{WEEKDAY}
      |today|yesterday)\b"""
)


# "on Feb. 3 night", "the attack on Aug. 7 morning": wire copy (Xinhua's above all) puts the
# part of the day after a month and day as it does after a weekday ("Tuesday night"): one TIME
DATE_THEN_PART = _compile(
    rf"""\b(?:(?P<pos>early|late)\s+(?:on\s+)?)?(?P<day>(?P<mon>{MONTH})\s+(?P<dnum>{DAY_NUM}))
    \s+(?P<part>morning|afternoon|evening|night)\b(?!\s+(?:shift|session|flight|train|edition)\b)"""
)


def read_part_of_day(m: re.Match[str]) -> Reading | None:
    """'by mid-afternoon', 'in the morning', 'late in the evening': a part of the day the
    passage is about (TIME)."""
    part = PARTS_OF_DAY[m["part"].lower()]
    mod = position_mod(m["pos"])
    day = m["day"]  # "mid-afternoon yesterday", "late morning Tuesday"

    def resolve(a: Anchor) -> Resolved:
        if day:
            return _shift_part(_resolve_day_phrase(a, day), part)
        current = a.current_day()
        if part == "NI" and current[1] == "dct" and a.looks_back():
            # "Crews worked through the night" in a past-tense report that names no day
            # first: the night that ended on the morning of the report
            current = _days_before(current, 1)
        elif part == "MO":  # "talked Monday night and into the early morning": the next day's
            current = _after_the_night(a, current)
        return _shift_part(current, part)

    return Reading("TIME", mod=mod, resolve=resolve)


PART_OF_DAY_ALONE = _compile(
    rf"""\b(?:(?P<pos>early|late|mid)[\s-]?(?P<part>morning|afternoon|evening)\b(?!\s+(?:of|on)\b)
      (?:,?\s+(?P<day>yesterday|today|tomorrow|{WEEKDAY})\b)?
    # "worked through the night", "talks ran into the early morning": a part of the day the
    # passage is about, after a preposition of time ("the night" only after one of duration or
    # position: "in / during / through the night")
    |(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\binto\s)|(?<=\bthrough\s)
       |(?<=\bthroughout\s))the\s+(?:(?P<pos2>early|late)\s+)?
      (?P<part2>morning|afternoon|evening|(?:(?<=in\sthe\s)|(?<=during\sthe\s)|(?<=through\sthe\s)|(?<=throughout\sthe\s))night)
      \b(?!\s+(?:of|paper|papers|news|show|edition|session|prayers?|star|post|sky|shift|club|clubs|watch|air|before|after)\b)(?!-)
    # "told him to wait until morning", "talks went on till evening": a bare part of the day
    # after "until" closing its phrase
    |(?:(?<=\buntil\s)|(?<=\btill\s))(?P<part3>morning|afternoon|evening)\b
      (?=\s*[.,;:!?)"”]|\s+(?:and|but|when|because|before)\b))"""
)


_TWILIGHT = {"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "first light": "MO", "dusk": "EV", "nightfall": "EV",
             "sunset": "EV"}


def read_twilight(m: re.Match[str]) -> Reading | None:
    """'attacked before dawn', 'a curfew from dusk', 'by nightfall': the morning or evening of
    the day the passage is about (TIME)."""
    part = _TWILIGHT[re.sub(r"\s+", " ", m["w"].lower())]
    if m["day"]:  # "before dawn Tuesday", "at dusk on Friday": that day's morning or evening
        day_text = m["day"]
        return Reading("TIME", resolve=lambda a: _shift_part(_resolve_day_phrase(a, day_text), part))
    if part == "MO":  # "capsized around midnight Saturday ... reached them at dawn": the next day's
        return Reading("TIME", resolve=lambda a: _shift_part(_after_the_night(a, a.current_day()), part))
    return Reading("TIME", resolve=lambda a: _shift_part(a.current_day(), part))


TWILIGHT = _compile(
    rf"""(?:(?<=\bat\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)|(?<=\bfrom\s)
    |(?<=\bshortly\s)|(?<=\bjust\s))(?P<w>dawn|daybreak|sunrise|dusk|nightfall|sunset|first\s+light)\b(?![-\s]to[-\s]dawn)(?!\s+of\b)
    (?:,?\s+(?:on\s+)?(?P<day>today|yesterday|tomorrow|{WEEKDAY})\b)?"""
)


def read_part_of_day_any(m: re.Match[str]) -> Reading | None:
    part = m["part"] or m["part2"] or m["part3"]
    proxy = _GroupProxy(m, {"part": part, "pos": m["pos"] or m["pos2"], "day": m["day"]})
    return read_part_of_day(proxy)  # type: ignore[arg-type]


def read_small_hours(m: re.Match[str]) -> Reading | None:
    """'Rebels attacked in the early hours', 'talks ran into the small hours': the night the
    day the passage is about begins with, as 'the small hours of Sunday' is Sunday's (TNI)."""
    return Reading("TIME", resolve=lambda a: _shift_part(a.current_day(), "NI"))


SMALL_HOURS = _compile(
    r"""(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\binto\s)|(?<=\bthrough\s))
    the\s+(?:small|early|wee|pre-?dawn)\s+hours\b(?!\s+of\b)(?!-)"""
)


def _after_the_night(a: Anchor, day: Resolved, *, range_from: str | None = None) -> Resolved:
    """'power failed Tuesday night ... crews had restored it by 6 a.m.', 'freed a hostage
    shortly before midnight and gave up at 12:50 a.m.': a morning clock time told right after
    the night (or a late hour) of the same day belongs to the next day; so does the end of a
    range that began later in the day ('a curfew from 7 p.m. to 7 a.m.': ``range_from`` is
    the end's clock)."""
    before = a.previous()[0]
    if not before or not day[0] or len(before) < 13 or before[:10] != day[0][:10]:
        return day
    today = a.deictic("day", 0)[0]
    if a.looks_back() and today and before[:10] >= today:
        return day  # a night still ahead of the report has no morning after in the past tense
    tail = before[11:]
    if tail == "NI" or (tail[:1].isdigit() and tail >= "21:00"):  # "TNI", "T23:40", "T24:00"
        return _days_before(day, -1)
    if range_from is not None and tail[:1].isdigit() and tail[:5] > range_from:
        return _days_before(day, -1)
    return day


def read_clock_time(m: re.Match[str]) -> Reading | None:
    """'10:30 a.m.', '5 p.m. EST', 'noon Saturday', '1400 GMT', 'about 7:15 p.m. Wednesday'."""
    clock = _clock_value(m)
    if clock is None:
        return None
    if m["bh"] and _LEVEL_BEFORE_AT.search(m.string, max(0, m.start() - 24), m.start()):
        return None  # "the death toll stood at 9 on Friday": a count, not a clock
    mod = qualifier_mod(m["q"])
    day_text = m["dayref"]
    if not day_text:
        # "at 10:40 a.m. (0740 GMT) Friday", "at 9 p.m. local time on Aug. 7": wire copy names
        # the day after a parenthetical or a time zone; the day belongs to the time's value
        later = _DAY_AFTER_CLOCK.match(m.string, m.end())
        day_text = later["day"] if later else None

    if m["partday"]:  # "9 p.m. last night" is yesterday's ("1:30 last night" already today's);
        # "10:30 this morning" today's
        last_night = m["partday"].lower().startswith("last") and clock >= "05:00"
        day_text = "yesterday" if last_night else "today"
    gmt = bool(_UNIVERSAL_TIME.search(m[0]))
    range_end = bool(_RANGE_TO.search(m.string, max(0, m.start() - 8), m.start()))

    def resolve(a: Anchor) -> Resolved:
        # a time with no day of its own is on the day the passage is about
        if day_text:
            day = _resolve_day_phrase(a, day_text)
        else:  # a GMT time is compared with the publication time in UTC (_universal_day)
            day = a.current_day() if gmt else a.day_of_clock(clock)
            if not gmt and clock != "24:00" and clock[:2] <= "12":
                day = _after_the_night(a, day, range_from=clock if range_end else None)
        if clock == "24:00" and not day_text and day[1] == "dct" and a.looks_back():
            # "The attack came shortly after midnight": in past-tense copy, the midnight
            # that began the day of the report (TIMEX3 writes it as the day before, T24:00)
            day = _days_before(day, 1)
        if gmt:
            day = _universal_day(a, day, day_text, clock)
        return a.attach_time(day, clock)

    return Reading("TIME", mod=mod, resolve=resolve)


_LEVEL_BEFORE_AT = re.compile(
    r"\b(?:st(?:ood|ands?)|remain(?:ed|s)?|clos(?:ed|es)|end(?:ed|s)|finish(?:ed|es)|peak(?:ed|s)"
    r"|put|estimated|set|fix(?:ed)?|rank(?:ed|s)?|seeded|aged?|number(?:ed)?|level|rate|toll|tally|count)\s+at\s+$",
    re.I,
)
"""Words before "at" that make a bare number after it a level or a rank, not an hour."""
_UNIVERSAL_TIME = re.compile(r"\b(?:GMT|UTC)\b")
_RANGE_TO = re.compile(r"\b(?:to|until|till|through)\s+$", re.IGNORECASE)
_CLOCK_OF = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)")


def _universal_day(a: Anchor, day: Resolved, day_text: str | None, clock: str) -> Resolved:
    """Wire copy gives local time and GMT side by side; the two can fall on different days.
    '8:10 p.m. EDT (0010 GMT)': the GMT time is after midnight, on the next day; '1 a.m.
    local time (2200 GMT)' is on the day before. And 'at 0010 GMT Saturday' in a story dated
    Friday in New York is this Saturday, already begun in London, not last week's."""
    value, anchor = day
    hour = int(clock[:2])
    if day_text is None:
        previous, tid = a.previous()
        prev = _CLOCK_OF.match(previous or "")
        if prev and value and value[:10] == prev[1]:
            gap = int(prev[2]) - hour
            step = 1 if gap > 12 else -1 if gap < -12 else 0
            if step:
                moved = make_date(*map(int, prev[1].split("-")))
                if moved is not None:
                    return (moved + timedelta(days=step)).isoformat(), tid
        if anchor == "dct":  # no day in the passage: the UTC day of publication, if known
            return a.universal_day(clock) or day
        return day
    if hour < 8 and WEEKDAY_RULE.fullmatch(day_text.strip()):  # US evening is GMT small hours
        tomorrow, how = a.deictic("day", 1)
        wanted = WEEKDAYS[WEEKDAY_RULE.fullmatch(day_text.strip())["wd"].lower().rstrip(".")]  # type: ignore[index]
        if tomorrow and date.fromisoformat(tomorrow).isoweekday() == wanted:
            return tomorrow, how
    return day


def _clock_value(m: re.Match[str]) -> str | None:
    if m["noon"]:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["noon"].lower()]
    if m["mil"]:
        return f"{m['mil']}:{m['milm']}"
    if m["hq"]:  # "3:30 Friday afternoon": the half of the day from the part named after it
        hour = int(m["hq"])
        pod = (m["dpod"] or m["hpod"] or m["hthis"] or ("night" if m["tonight"] else "")).lower()
        # "at 7:30 tonight": an evening clock (a small hour, "1:30 tonight", is after midnight)
        if pod in ("afternoon", "evening") or (pod == "night" and hour >= 5):
            hour = hour % 12 + 12
        elif hour == 12:
            hour = 0
        return f"{hour:02d}:{m['mq']}"
    if m["hp"]:  # "3:30 in the afternoon", "11:15 at night"
        hour = int(m["hp"])
        if (m["ppod"] or "").lower() in ("afternoon", "evening") or m["pnight"]:
            hour = hour % 12 + 12 if not (m["pnight"] and hour < 5) else hour % 12
        elif hour == 12:
            hour = 0
        return f"{hour:02d}:{m['mp']}"
    if m["h24"]:
        return f"{int(m['h24']):02d}:{m['m24']}"
    if m["b24"]:
        return f"{m['b24']}:{m['bm24']}"
    if m["hmil"]:
        return f"{m['hmil']}:{m['hmilm']}"
    if m["oh"]:  # "10 o'clock", "six o'clock in the evening"
        hour = int(_word_number(m["oh"].lower()) or 0) if not m["oh"].isdigit() else int(m["oh"])
        pod = (m["opod"] or m["dpod"] or (m["partday"] or "").split()[-1:] and m["partday"].split()[-1] or "").lower()
        if pod and pod != "morning" and hour != 12:
            hour += 12
        return f"{hour:02d}:00" if 1 <= hour <= 23 else None
    if m["rh"]:  # "from 9:30 to 11 a.m.": the start shares the end's half of the day,
        start, end = int(m["rh"]), int(m["rh2"])  # unless it is later ("from 11 to 2 p.m.")
        pm = m["rampm"].lower().startswith("p")
        if start > end and start != 12:
            pm = not pm
        hour = start % 12 + (12 if pm else 0)
        return f"{hour:02d}:{int(m['rmin'] or 0):02d}" if 1 <= start <= 12 else None
    if m["bh"]:  # "at 9 on Friday": the part of the day named after the day gives the half;
        # with none, the hours of the working day ("at 3 on Monday" is the afternoon's)
        hour = int(m["bh"])
        pod = (m["dpod"] or "").lower()
        if (pod in ("afternoon", "evening") or (pod == "night" and hour >= 5) or (not pod and hour <= 6)) and hour != 12:
            hour += 12
        return f"{hour:02d}:00"
    hour = int(m["h"])
    minute = int(m["min"] or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    if m["ampm"].lower().startswith("p") and hour != 12:
        hour += 12
    elif m["ampm"].lower().startswith("a") and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _resolve_day_phrase(a: Anchor, text: str) -> Resolved:
    """The day part of 'noon Saturday', '5 p.m. Nov. 9', '10 p.m. yesterday'."""
    words = text.lower().strip()
    if words in ("today", "tonight"):
        return a.deictic("day", 0)
    if words == "yesterday":
        return a.deictic("day", -1)
    if words == "tomorrow":
        return a.deictic("day", 1)
    if m := MONTH_DAY_YEAR.fullmatch(text) or DAY_MONTH_YEAR.fullmatch(text):
        reading = read_month_day_year(m)
        if reading is None:
            return None, "absolute"
        return (reading.value, "absolute") if reading.value else reading.resolve(a)  # type: ignore[misc]
    if m := HOLIDAY.fullmatch(text):  # "midnight on New Year's Eve"
        reading = read_holiday(m)
        if reading is None:
            return None, "absolute"
        return (reading.value, "absolute") if reading.value else reading.resolve(a)  # type: ignore[misc]
    if m := WEEKDAY_RULE.fullmatch(text):
        rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else None
        return a.weekday(WEEKDAYS[m["wd"].lower().rstrip(".")], rel, None)
    return a.deictic("day", 0)


_CLOCK_HOLIDAY = r"(?-i:(?:Christmas|New\s+Year['’]s)\s+(?:Day|Eve)|Halloween|Independence\s+Day)(?:\s+(?:19|20)\d\d)?\b"
"""'at midnight on New Year's Eve', 'at noon on Christmas Day': a holiday on one day of the calendar,
the day of a clock time told with it."""
_DAY_REL = r"(?:(?:this\s+coming|this\s+past|this|next|last)\s+)?"
"""'5 p.m. next Tuesday', 'noon this Friday': a weekday named relative to the report's week."""

_DAY_AFTER_CLOCK = _compile(
    rf"""(?:\s*\([^()\n]{{1,24}}\))?(?:\s+(?:local\s+time|{TIMEZONE}))?,?\s+(?:on\s+)?
    (?P<day>today|tonight|yesterday|tomorrow|(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY_NUM}(?:,?\s+{YEAR4})?
      |(?:{WEEKDAY},?\s+)?{DAY_NUM}\s+(?:of\s+)?{MONTH}\b(?:,?\s+{YEAR4})?|{_DAY_REL}{WEEKDAY})\b"""
)


_CLOCK_PREPOSITION = "(?:" + "|".join(
    rf"(?<=\b{word}\s)"
    for word in ("at", "by", "until", "till", "from", "before", "after", "since", "around", "about", "to", "and", "between")
) + ")"
"""A preposition of time right before a bare 24-hour clock ('at 14:00', 'from 09:00 to 17:00')."""


CLOCK_TIME = _compile(
    rf"""\b(?:(?P<q>about|around|approximately|roughly)\s+)?
    (?:(?P<h>1[0-2]|0?\d)(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]\.m\b|[ap]m\b)
      |(?P<h24>[01]?\d|2[0-3])(?::|\.(?=\d\d\s*{TIMEZONE}))(?P<m24>[0-5]\d)(?!\d)(?=\s*(?:{TIMEZONE}|h\b|hrs\b))
      |(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)(?=\s*(?:(?-i:GMT|UTC)\b|local\s+time\b|local(?=\s*[(,.;])))
      |(?P<noon>noon|midnight|midday)\b
      |(?P<hp>1[0-2]|0?[1-9])[:.](?P<mp>[0-5]\d)\s+(?:in\s+the\s+(?P<ppod>morning|afternoon|evening)|(?P<pnight>at\s+night))\b
      |(?P<oh>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock
        (?:\s+(?:in\s+the\s+)?(?P<opod>morning|afternoon|evening|at\s+night))?
      |(?:(?<=\bfrom\s)|(?<=\bbetween\s))(?P<rh>1[0-2]|0?\d)(?::(?P<rmin>[0-5]\d))?
        (?=\s*(?:to|until|till|and|-|–)\s*(?P<rh2>1[0-2]|0?\d)(?::[0-5]\d)?\s*(?P<rampm>[ap]\.m\.|[ap]\.m\b|[ap]m\b))
      |(?P<hq>1[0-2]|0?[1-9]):(?P<mq>[0-5]\d)(?=,?\s+(?:on\s+)?(?:{WEEKDAY}|today|yesterday|tomorrow)\s+(?P<hpod>morning|afternoon|evening|night)\b
        |\s+(?P<tonight>tonight|last\s+night)\b|\s+this\s+(?P<hthis>morning|afternoon|evening)\b)
      # "was hit at 14:00", "by 16:50 the fire was out": a two-digit 24-hour clock after a
      # preposition of time is a clock on its own ("at 9:30" may be either half of the day);
      # tried last, so "11:15 at night" is read above
      |{_CLOCK_PREPOSITION}(?P<b24>[01]\d|2[0-3]):(?P<bm24>[0-5]\d)(?![\d:])
      # "at 0630 hours": the military clock with its word
      |{_CLOCK_PREPOSITION}(?P<hmil>[01]\d|2[0-3])(?P<hmilm>[0-5]\d)\s*(?:hours|hrs)\b
      # "the council meets at 9 on Friday", "kickoff is at 3 Saturday": a bare hour after "at"
      # with the day it falls on right after it (the half of the day: see _clock_value)
      |(?<=\bat\s)(?P<bh>1[0-2]|[1-9])(?=,?\s+(?:on\s+(?:{MONTH}\s+{DAY_NUM}|today|tomorrow|yesterday)|(?:on\s+)?{_DAY_REL}{WEEKDAY})\b))
    (?:\s*(?:\({TIMEZONE}\)|{TIMEZONE}|(?<=\d)\s*local(?=\s*[(,.;])))?
    (?:,?\s+(?:on\s+)?(?P<dayref>today|tonight|yesterday|tomorrow
      |(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY_NUM}(?:,?\s+{YEAR4})?
      |(?:{WEEKDAY},?\s+)?{DAY_NUM}\s+(?:of\s+)?{MONTH}\b(?:,?\s+{YEAR4})?|{_DAY_REL}{WEEKDAY}|{_CLOCK_HOLIDAY})(?:\s+(?P<dpod>morning|afternoon|evening|night))?
      # "9 p.m. last night", "10:30 this morning": the clock and the part of a day next to it
      # are one time (as "10 p.m. yesterday" is)
      |\s+(?P<partday>last\s+night|this\s+(?:morning|afternoon|evening)))?(?![\w-])"""
)
"""The day written after the clock is part of its TIMEX3 ("noon Saturday", "5 p.m. EST, Nov. 6",
"5 p.m. next Tuesday"); so is one joined by "on" ("9 a.m. on Monday"): one point, which the
claims stage reads as the passage's time (a split was tried and reverted, see git log)."""


_HOUR = r"(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MINUTES = r"(?:half|(?:a\s+)?quarter|five|ten|twenty(?:[\s-]five)?|[1-5]?\d)"


def read_spoken_clock(m: re.Match[str]) -> Reading | None:
    """'at half past nine', 'at quarter to six in the evening', 'at ten past eleven', 'at 11 at
    night', 'at seven in the morning': a clock told in words, on the passage's day; the part
    of the day, when named, gives the half of the day."""
    hour = _hour_number(m["h"] or m["h2"])
    if hour is None:
        return None
    minute = 0
    if m["mins"]:
        words = re.sub(r"\s+", " ", m["mins"].lower()).removeprefix("a ")
        amount = {"half": 30, "quarter": 15}.get(words) or _hour_number(words) or _word_number(words.replace(" ", "-"))
        if amount is None or not 0 < amount < 60:
            return None
        minute = int(amount)
        if m["dir"].lower() == "to" and _FROM_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
            return None  # "rose from ten to one", "from two to three": a range, not a clock
        if m["dir"].lower() == "to":
            hour, minute = (hour - 2) % 12 + 1, 60 - minute
    pod = (m["pod"] or m["pod2"] or ("night" if m["night"] or m["night2"] else "") or m["dpod"] or "").lower()
    if pod in ("afternoon", "evening") or (pod == "night" and 5 <= hour < 12):
        hour = hour % 12 + 12
    elif hour == 12 and pod in ("morning", "night"):
        hour = 0
    clock = f"{hour:02d}:{minute:02d}"

    day_text = m["sday"]

    def resolve(a: Anchor) -> Resolved:
        if day_text:  # "at half past seven on Friday evening", "at 9 in the morning on Friday"
            return a.attach_time(_resolve_day_phrase(a, day_text), clock)
        day = a.day_of_clock(clock)
        if clock[:2] <= "12":
            day = _after_the_night(a, day)
        return a.attach_time(day, clock)

    return Reading("TIME", resolve=resolve)


_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.I)


def _hour_number(text: str) -> int | None:
    number = int(text) if text.isdecimal() else SMALL_NUMBERS.get(text.lower())
    return int(number) if number is not None else None


SPOKEN_CLOCK = _compile(
    rf"""(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bsince\s)
      |(?<=\baround\s)|(?<=\babout\s))
    (?:(?P<mins>{_MINUTES})\s+(?:minutes\s+)?(?P<dir>past|to|after)\s+(?P<h>{_HOUR})\b(?![:.,]?\d|%|-)(?!\s+(?:odds|shots?|favou?rites?|margins?|majority|votes?|against|on(?!\s+(?:{_DAY_REL}{WEEKDAY}|{MONTH}\s)))\b)
       (?:\s+(?:in\s+the\s+(?P<pod>morning|afternoon|evening)|at\s+(?P<night>night)))?
      |(?P<h2>{_HOUR})\s+(?:in\s+the\s+(?P<pod2>morning|afternoon|evening)|at\s+(?P<night2>night))\b)
    # the day named right after the clock is part of it, as after "9 a.m." ("at half past
    # seven on Friday evening", "at 9 in the morning on Friday")
    (?:,?\s+(?:on\s+)?(?P<sday>today|yesterday|tomorrow|(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY_NUM}(?:,?\s+{YEAR4})?
      |{_DAY_REL}{WEEKDAY})(?:\s+(?P<dpod>morning|afternoon|evening|night))?\b)?"""
)


# ---------------------------------------------------------------------------- durations and sets


_ONE_DAY_FUTURE = re.compile(r"\b(?:will|would|could|may|might|can|should|he|she|they|we|I|you)\s+$")
_VERB_AFTER_ONE_DAY = (
    r"(?!a\b|an\b|per\b|of\b|in\b|and\b|or\b|for\b|before\b|after\b|from\b|to\b|each\b|every\b"
    r"|at\b|on\b|by\b|longer\b|shorter\b|more\b|less\b|later\b|earlier\b)[a-z]+\b"
)
"""The word after "to one day" that makes it a split infinitive ("to one day run")."""
_TO_ONE_DAY = re.compile(r"(?<!\bup\s)(?<!\bclose\s)\bto\s+$")
_AFTER_ONE_DAY = re.compile(r"\s+" + _VERB_AFTER_ONE_DAY)


def _one_day_ahead(m: re.Match[str]) -> bool:
    """'he will one day lead', 'hopes to one day run': FUTURE_REF, read by the ref rule."""
    before = m.string[max(0, m.start() - 16) : m.start()]
    if _ONE_DAY_FUTURE.search(before):
        return True
    return bool(_TO_ONE_DAY.search(before)) and bool(_AFTER_ONE_DAY.match(m.string, m.end()))
_LAST_AS_VERB = re.compile(
    r"\b(?:to|will|would|could|may|might|can|should|must|not|n't|also|only|still|likely|probably"
    r"|usually|typically|normally|generally|often|ever|each|they|it|which|that|talks|trial|war|strike)\s+$",
    re.I,
)
"""Words before "last" that make it the verb ("expected to last three days", "could last
several weeks"), not the adjective of "last three days"."""
_OVER_AS_AMOUNT = re.compile(
    r"\b(?:for|in|of|after|within|than|about|to|from|with|by|and|or|been|be|is|was|are|were|nearly"
    r"|last|lasts|lasted|lasting|spent|spend|spends|spending|took|take|takes|taking|waited|wait"
    r"|served|serve|serving|lived|worked|ago)\s+$",
    re.I,
)
"""Words before "over N years" that make "over" an amount ("for over a decade", "spent over
two years") rather than the preposition of a stretch ("repaid over 10 years", "fell 20
percent over two years"), which TimeML leaves outside the expression."""


def _over_is_preposition(m: re.Match[str]) -> bool:
    """'repaid over 10 years': "over" names the stretch the action spreads across."""
    q = (m["q"] or "").lower()
    return q == "over" and not _OVER_AS_AMOUNT.search(m.string, max(0, m.start() - 16), m.start())


def _last_is_verb(m: re.Match[str]) -> bool:
    """'to last three days': the verb "last", outside the expression."""
    return (
        (m["rel"] or "").lower() == "last" and not m["det"] and not m["q"]
        and bool(_LAST_AS_VERB.search(m.string, max(0, m.start("rel") - 16), m.start("rel")))
    )  # fmt: skip


_OF_A_YEAR = re.compile(r"\s+of\s+(?:(?:1[89]|20)\d\d\b|(?:this|last|next)\s+year\b)", re.I)
_MONTH_RIGHT_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$"
)


_SOURCE_WORD = re.compile(r"\b(?:from|in|among)\s+$", re.I)


def read_duration(m: re.Match[str]) -> Reading | None:
    """'about 55 minutes', 'almost a year', 'the past three years', 'two-year', '2 1/2 years'."""
    unit = unit_of(m["unit"])
    amount = parse_amount(m["n"])
    n_text = m["n"].lower()
    if unit == "quarter" and (
        m.string.startswith(" of", m.end()) or m.string[m.end("n") : m.start("unit")] == "-"
    ) and not (m["rel"] and m["rel"].lower() in ("first", "last", "past", "final")):
        # "three-quarters of its food", "a quarter of the market": fractions ("the first three
        # quarters of 1998" is a stretch of the year)
        return None
    if unit == "quarter" and amount == 2 and _OF_A_YEAR.match(m.string, m.end()):
        return None  # "the first two quarters of 1990": a half, read by the quarter rule
    sources = unit == "quarter" and n_text in ("many", "several", "all", "some", "other")
    if sources and _SOURCE_WORD.search(m.string, max(0, m.start() - 8), m.start()):
        return None  # "criticism from many quarters", "welcomed in several quarters": people
    if unit == "second" and n_text in ("a", "an", "another") and not m["unit"].lower().endswith("s") and not (
        m["q"] or m["q2"]
    ):  # "a second group": the ordinal, not the unit ("less than a second" is the unit)
        return None
    if n_text[:1].isdigit() and not m["unit"].lower().endswith("s") and _MONTH_RIGHT_BEFORE.search(
        m.string, max(0, m.start("n") - 12), m.start("n")
    ):  # "on Feb. 3 night", "on Aug. 7 morning": the number after a month is its day, not
        # a count of the unit (a count is plural: "for 3 nights")
        return None
    if n_text == "one" and m["unit"].lower() == "day" and _one_day_ahead(m):
        return None  # "she will one day lead": FUTURE_REF, read by the ref rule
    if n_text == "some" and m["unit"].lower() == "day":
        return None  # "some day the city will rebuild it": one day unnamed, read by the ref rule
    q = None if _over_is_preposition(m) else m["q"]
    mod = qualifier_mod(q) or qualifier_mod(m["q2"]) or qualifier_mod(m["orso"])
    later = _bare_range_later(m)
    if later is not None:  # "two to six days": this is "six days"; "two" is read by range_start
        later_amount = parse_amount(m.string[later : m.end("n")])
        return Reading("DURATION", value=_duration_of(later_amount, unit), mod=qualifier_mod(m["orso"]),
                       anchor="duration")
    if _RANGE_SEP.search(m["n"]) and not re.search(r"\bhalf\b", m["n"], re.I):
        # "the next 12 to 18 months", "the past two or three years": one stretch of a length
        # the writer leaves open (TimeML's X amount, as TimeBank writes them: PXM)
        return Reading("DURATION", value=_duration_of(None, unit), mod=mod, anchor="duration")
    if m["n"] and re.fullmatch(r"a\s+couple(?:\s+of)?|couple\s+of", m["n"].lower()):
        amount, mod = 2, mod or "APPROX"
    if m["half"] and amount is not None:
        amount += 0.5
    if unit == "hour" and amount == 24 and (m["rel"] or "").lower() in _DAY_SPAN_RELATIVES:
        # "the past 24 hours", "the next 24 hours": the news idiom for the last (or coming)
        # day, which TimeML writes as one day (TimeBank: "the last twenty four hours" P1D)
        return Reading("DURATION", value="P1D", mod=mod, anchor="duration")
    return Reading("DURATION", value=_duration_of(amount, unit), mod=mod, anchor="duration")


_DAY_SPAN_RELATIVES = frozenset({"past", "last", "next", "previous", "coming", "following"})


_RANGE_SEP = re.compile(r"\s+(?:or|to|and|-)\s+(?=\S)", re.I)


def _bare_range_later(m: re.Match[str]) -> int | None:
    """'two to six days', 'between 12 and 18 months', 'three or four years': a range of
    amounts with no article or "next"/"past" before it is two TIMEX3s in TimeML ("two" and
    "six days", each with its own value, as TimeBank marks them); the offset where the later
    one begins, else None ("the next 12 to 18 months" stays one expression)."""
    if m["det"] or m["rel"] or m["period"] or m["half"] or re.search(r"\bhalf\b", m["n"], re.I):
        return None
    sep = _RANGE_SEP.search(m["n"])
    return None if sep is None else m.start("n") + sep.end()


_YEAR_THEN_AMOUNT = re.compile(r"(?:1[5-9]|20)\d\d\s+(?:and|or|to)\s+[A-Za-z]")


def read_range_start(m: re.Match[str]) -> Reading | None:
    """'two' of 'two to six days', 'about 12' of 'about 12 to 18 months', '10' of '10-12
    hours': the first bound of a bare range, a duration in the unit named after the second."""
    amount = parse_amount(m["n"])
    if amount is None or _YEAR_THEN_AMOUNT.match(m.string, m.start("n")):
        return None  # "in 1974 and two years later": a year, not the first bound of a range
    return Reading("DURATION", value=_duration_of(amount, unit_of(m["unit"])), mod=qualifier_mod(m["q"]),
                   anchor="duration")


RANGE_START = _compile(
    rf"""(?:\b(?P<q>{QUALIFIER})\s+)?(?<![\w.,:$-])(?<!\bthe\s)(?<!\bnext\s)(?<!\bpast\s)(?<!\blast\s)
    (?P<n>{NUM_DIGIT}|{NUM_WORD})(?=(?:\s+(?:or|to|and|-)\s+(?:{NUM_DIGIT}|{NUM_WORD})|(?<=\d)\s?[-–]\s?\d{{1,3}}(?![\d.,/]))
      (?:[\s-]+(?:more|additional|straight|consecutive|full|trading|business|calendar|working))?[\s-]+
      (?P<unit>{UNIT})\b(?!-old\b|\s+old\b|\s+of\s+age\b))"""
)


def _duration_of(amount: float | None, unit: str) -> str:
    """The TIMEX3 value of an amount of units: 'two weeks' P2W, 'a fortnight' P2W,
    'three decades' P30Y, 'two centuries' P2C."""
    if unit == "fortnight":
        unit, amount = "week", (2 * amount if amount is not None else None)
    if unit == "decade" and amount is not None and amount == int(amount):
        return f"P{int(amount) * 10}Y" if amount > 1 else "P1E"
    if unit == "century" and amount is not None and amount == int(amount) and amount >= 1:
        return f"P{int(amount)}C"  # "a century" P1C, as "a decade" is P1E
    if unit == "year" and amount is not None and amount >= 1000 and amount % 1000 == 0:
        return f"P{int(amount) // 1000}L"  # "two thousand years": millennia, as TimeBank writes P2L
    if unit in ("decade", "century") and amount is not None and (amount * 4) == int(amount * 4):
        # "half a century" P50Y, "a quarter century" P25Y, "two and a half decades" P25Y
        return f"P{round(amount * (10 if unit == 'decade' else 100))}Y"
    return duration_value(amount, unit)


_AGED_THINGS = (
    r"(?:truce|cease-?fire|strike|war|conflict|dispute|standoff|stand-off|crisis|rebellion|insurgency"
    r"|uprising|revolt|government|coalition|moratorium|ban|embargo|boycott|blockade|siege|occupation"
    r"|agreement|accord|deal|peace|law|program|programme|campaign|investigation|probe|policy|regime"
    r"|protest|protests|standoff|shutdown|lockout|talks|negotiations|effort|movement|drought|offensive)"
)
"""Nouns a "-old" duration dates ("the 8-month-old truce", "a two-week-old strike"); a person's
age ("the 45-year-old driver") is no time expression."""


DURATION = _compile(
    _starting_with(
        "0-9abcdefhijlmnoprstuwz",
        rf"""(?<!\bonce\s)(?<!\btwice\s)(?<!\bthrice\s)(?<!\btimes\s)(?:\b(?P<q>{QUALIFIER})\s+(?!the\b)|\b(?P<q2>at\s+least|at\s+most|more\s+than|less\s+than)\s+(?=the\s))?
        \b(?<![A-Za-z_]-)(?:(?P<det>the|a|an|another|all|each\s+of\s+the)\s+)?
        (?:(?P<rel>past|last|next|first|coming|previous|following|latest|final|recent|remaining|initial|additional|further|other|better\s+part\s+of\s+the|entire|whole)\s+)?
        (?<!\d[:.])(?P<n>{NUM})(?:[\s-]+(?:very\s+)?(?:more|additional|straight|consecutive|full|long|solid|trading|business|calendar|working))?[\s-]+
        (?P<unit>{UNIT})\b(?:-old(?=\s+{_AGED_THINGS}\b)|(?!-old\b|\s+old\b|\s+of\s+age\b))
        (?!(?:(?<=quarter)|(?<=quarters))[\s-]+(?:point|percentage|mile|inch|pound|ounce|cent|share|stake)s?\b)
        (?!(?(rel)(?!)|(?:(?<=quarter)|(?<=quarters))\s+of\b))(?P<half>\s+and\s+a\s+half\b)?(?:\s+(?P<orso>or\s+so|or\s+more|or\s+less))?
        (?P<period>(?<=\w)\s+(?:period|span|term|stretch|spell|interval|window|hiatus|lull)\b)?""",
        word_start=True,
    )
)


def read_period_ended(m: re.Match[str]) -> Reading | None:
    """'the year ended March 31', 'the fiscal year ending June 30': a reporting period; 'in the
    year to March', 'the quarter to end-June': the same, as British copy writes it."""
    unit = "quarter" if (m["unit"] or m["unit2"]).lower() == "quarter" else "year"
    return Reading("DURATION", value=duration_value(1, unit), anchor="duration")


PERIOD_ENDED = _compile(
    r"\b(?:(?P<x>the\s+(?:fiscal\s+|financial\s+|business\s+|calendar\s+)?(?P<unit>year|quarter))"
    r"|(?:its|their)\s+(?P<x2>(?:fiscal\s+|financial\s+|business\s+)?(?P<unit2>year|quarter)))"
    rf"(?=\s+end(?:ed|ing|s)\b|\s+to\s+(?:end[\s-]|the\s+end\s+of\s+)?(?-i:{MONTH})\b)"
)


_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:first|last|only|(?!\w*(?:rest|test|west|quest|gest|fest|nest)\b)\w\w+est|worst|most|least)\b(?:\s+[\w-]+){0,3}\s+in\s+$", re.I
)
"""'the first time in months', 'the highest level in years', 'its worst drought in decades':
a superlative measured against an unspecified stretch of past time (TimeML DURATION PXM)."""


def read_bare_units(m: re.Match[str]) -> Reading | None:
    """'for years', 'within hours', 'took months': an unspecified number of units."""
    if m["units7"] and not _SUPERLATIVE_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
        return None  # "in years to come", "in months of talks": the superlative branch only
    unit = unit_of(m["units"] or m["units2"] or m["units3"] or m["units4"] or m["units5"] or m["units6"]
                   or m["units7"])
    return Reading("DURATION", value=duration_value(None, unit), anchor="duration")


BARE_UNITS = _compile(
    _starting_with(
        "cdhmrstwy",
        # "have lost months", "waited years", "wasted weeks": time spent is an unnumbered stretch
        _after("for", "over", "within", "after", "took", "take", "takes", "lasted", "last", "spent", "spend",
               "lost", "waited", "wasted")
        + r"""(?:(?P<q>several|many|recent|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|the\s+coming)\s+)?
        (?P<units>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b
          (?:\s+(?:or|and|to)\s+(?:minutes|hours|days|weeks|months|years|decades)\b|(?!\s+(?:of|ago|earlier|later)\b))
        |(?<=\bin\s)(?P<units2>weeks|months|years|decades)\b(?=\s*[.,;:!?)"”]|\s+(?:and|but|as|when|because)\b)
        |(?<=\bin\s)(?P<units7>weeks|months|years|decades)\b(?=\s+(?-i:[a-zA-Z]))
        # "Hours later, ...", "was found dead days later": an unnumbered stretch before its sequencing
        # word, wherever it stands ("three days later", "a few weeks later" are longer matches of
        # the duration rule and win); not after an article ("in the years later")
        |(?<![\w-])(?<!\bthe\s)(?<!\bthose\s)(?<!\bthese\s)
          (?P<units6>minutes|hours|days|weeks|months|years|decades)\b(?=\s+(?:later|earlier)\b)
        |(?<=\bover\s)the\s+(?P<units4>years|decades|centuries)\b(?!\s+(?:of|since|before|after|that|when|to|ahead|until)\b)
        |\bthe\s+(?!early\s+hours)(?:first|final|last|early|earliest|opening|closing|initial|dying|waning)\s+
          (?P<units5>minutes|hours|days|weeks|months|years)\b(?=\s+(?:of|after|since|following)\b|\s*[,.;:])
        |(?:(?<=\bafter\s)|(?<=\bfollowing\s)|(?<=\bdespite\s)|(?<=\bamid\s)|(?<=\bends\s)|(?<=\bended\s)
           |(?<=\bending\s)|(?<=\bfollows\s)|(?<=\bfollowed\s)|(?<=\bcaps\s)|(?<=\bcapped\s)|(?<=\bendured\s)
           |(?<=\bsurvived\s)|(?<![\w,;]\s)(?<![\w,;])(?=(?-i:[A-Z])))(?P<units3>days|weeks|months|years|decades)\b
          (?=\s+of\s+(?:(?:intense|heavy|bitter|fierce|tense|difficult|hard|painstaking|protracted|secret|failed)\s+)?
            (?:talks|negotiations|fighting|war|conflict|unrest|violence|protests?|strikes?|bombing|debate|delays?
              |speculation|preparations?|planning|wrangling|haggling|isolation|sanctions|turmoil|uncertainty
              |stalemate|deadlock|tension|rumors|rumours|waiting|work|research|investigation|litigation|study
              |drought|decline|losses|growth|neglect|civil|bloodshed|rule|exile|captivity|twists|efforts?|struggle
              |disputes?|feuding|setbacks|lobbying|courtship)\b)""",
        word_start=True,
    )
)
"""The branch after: "after months of negotiations", "Years of war have ...": a stretch of
units filled by an activity or a state (TimeML DURATION, PXM); "three months of salary"
or "years of experience" (an amount measured in time) are not among the nouns."""
"""The last branch: "the first rise in years", "the lowest level in decades", closing a phrase."""
"""The branch units5: "in the first hours of the war", "the final days of the campaign", "in
the early years, ...": an unnumbered stretch at one end of a period (DURATION PTXH, PXD)."""


_SET_UNITS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
    "yearly": "P1Y", "annually": "P1Y", "annual": "P1Y", "hourly": "PT1H",
    "quarterly": "P3M", "biweekly": "P2W", "biannually": "P6M",
}  # fmt: skip
"""A frequency adverb means "every <unit>", and takes the value "every day" and "each year"
have (P1D, P1Y), as in TimeBank ("every month" P1M, "hourly" PT1H, "Quarterly" P3M)."""


def read_set(m: re.Match[str]) -> Reading | None:
    """'every year', 'each Monday', 'twice a week', 'daily', '$50 a day', 'on Sundays'."""
    reading = _read_set(m)
    q = m.groupdict().get("q")
    if reading is not None and q:  # "about every six weeks": a set whose spacing is approximate
        return Reading("SET", value=reading.value, mod=qualifier_mod(q), anchor=reading.anchor)
    return reading


def _read_set(m: re.Match[str]) -> Reading | None:
    groups = m.groupdict()
    if groups.get("adverb"):
        return Reading("SET", value=_SET_UNITS[groups["adverb"].lower()], anchor="absolute")
    if groups.get("wes"):  # "on weekends": every weekend; "on weekdays": every working day
        # (Monday to Friday), written as the weekend is, with WD for WE (TIMEX3 has no code of its own)
        return Reading("SET", value="XXXX-WXX-WD" if groups["wes"].lower() == "weekdays" else "XXXX-WXX-WE")
    if groups.get("wds"):
        # "open Sundays", "on Saturdays and Sundays": a plural weekday after a lower-case word
        # (or a list) is every such day; after a capitalised word it is part of a name
        # ("Manic Mondays"), unless that word opens the sentence ("On Sundays, ...")
        before = _WORD_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
        word = before[1] if before else ""
        if word[:1].isupper() and word.lower() not in _SET_OPENERS and not word.endswith(("days", ".")):
            return None
        return Reading("SET", value=f"XXXX-WXX-{WEEKDAYS[groups['wds'].lower()]}")
    what = (groups.get("unit") or "").lower()
    n_text = (groups.get("n") or "").lower()
    # "every few weeks", "every several days": a spacing the writer leaves open (PXW);
    # "every half hour", "every half an hour": thirty minutes
    amount = 0.5 if n_text == "half" else parse_amount(n_text) if n_text else 1
    if groups.get("other") and what in UNIT_WORDS:  # "every other week": one week in two
        return Reading("SET", value=duration_value(2 * (amount or 1), UNIT_WORDS[what]))
    if what in WEEKDAYS:
        part = PARTS_OF_DAY.get((groups.get("part") or "").lower())
        return Reading("SET", value=f"XXXX-WXX-{WEEKDAYS[what]}" + (f"T{part}" if part else ""))
    if what.rstrip(".") in MONTHS:
        return Reading("SET", value=f"XXXX-{MONTHS[what.rstrip('.')]:02d}")
    if what in SEASONS:
        return Reading("SET", value=f"XXXX-{SEASONS[what]}")
    if what in PARTS_OF_DAY:
        return Reading("SET", value=f"XXXX-XX-XXT{PARTS_OF_DAY[what]}")
    if what == "weekday" and not n_text and not groups.get("other"):  # "every weekday"
        return Reading("SET", value="XXXX-WXX-WD")
    if what == "weekend" and not n_text and not groups.get("other"):
        # "every weekend", "each weekend": the weekend of every week, as "on weekends" and
        # "each Thursday" (XXXX-WXX-4 in TimeBank) are, not a duration P1WE
        return Reading("SET", value="XXXX-WXX-WE")
    if what in UNIT_WORDS:
        vague = bool(n_text) and amount is None
        return Reading("SET", value=duration_value(None if vague else amount or 1, UNIT_WORDS[what]))
    return None


_WORD_BEFORE = re.compile(r"([^\s,]+),?\s+$")
_SET_OPENERS = frozenset({"on", "and", "or", "at", "until", "since", "by", "from", "except", "even", "only"})


SET_RULE = _compile(
    _starting_with(  # a digit, a qualifier, "once"/"twice", an amount, "every"/"each"/"per",
        "0-9abcdefhmnopqrstwyz",  # an adverb ("daily", "quarterly"), a weekday, "weekends"
        rf"""\b(?:(?P<q>about|around|roughly|approximately)\s+)?(?:(?:once|twice|thrice|(?:{NUM})\s+times)\s+)?(?:every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<n>{NUM}|half(?=\s+(?:an\s+)?hour))\s+)?(?:an\s+(?=hour))?
      (?P<unit>{UNIT}|{WEEKDAY}|weekday|{MONTH_FULL}|spring|summer|fall|autumn|winter|morning|afternoon|evening|night)\b
      (?:\s+(?P<part>{PART_OF_DAY}))?
    |\b(?:(?:once|twice|thrice|(?:{NUM})\s+times)\s+)?(?P<adverb>daily|nightly|weekly|monthly|yearly|annually|hourly|quarterly|biweekly|biannually)\b
    |(?:(?<=(?-i:[a-z])\s)|(?<=days,\s)|(?<=[.!?"“]\s)|^)(?P<wds>{WEEKDAY})s\b
    |(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\bduring\s)|(?<=\bover\s))(?P<wes>weekends|weekdays)\b""",
        word_start=True,
    )
)

FREQUENCY_A = _compile(
    r"""(?:\b(?P<q>about|around|roughly|approximately|nearly|almost)\s+)?\b(?:(?:once|twice|thrice|\w+\s+times)\s+)(?:a|an|per)\s+(?P<unit>year|month|fortnight|week|day|night|hour|minute|decade)\b"""
    # "four days a week", "24 hours a day", "two weeks a year": a stretch of time repeated in
    # every larger unit is a SET (TimeML), not the DURATION its first words are on their own;
    # so are "one day a week", "an hour a night", "half an hour a day", "30 minutes a day"
    # (tried before the bare "a <unit>" below, which would take "an hour" on its own)
    # with its bound or approximation inside the extent: "no more than 85 hours a month"
    rf"""|(?:\b(?P<q3>{QUALIFIER})\s+)?\b(?:{NUM})[\s-]+(?:days?|nights?|hours?|weeks?|months?|evenings?|mornings?|afternoons?|minutes?)\s+(?:a|an|per)\s+
      (?P<unit3>year|month|week|day|night)\b(?!\s+(?:ago|earlier|later|before|after|from)\b)"""
    r"""|\b(?:a|an|per)\s+(?P<unit2>year|month|week|day|night|hour)\b(?!\s+(?:ago|earlier|later|before|after|or|and|from)\b)"""
)
"""The last branch ("$50 a day", "four flights a week") is a rate only after a number or a
noun; the tagger checks that against the parse (see ``rate_context``)."""


def read_frequency(m: re.Match[str]) -> Reading | None:
    """'twice a week', 'three times a year', 'four days a week': every such unit (SET P1W)."""
    unit = UNIT_WORDS[(m["unit"] or m["unit2"] or m["unit3"]).lower()]
    value = "P2W" if unit == "fortnight" else duration_value(1, unit)  # "once a fortnight"
    return Reading("SET", value=value, mod=qualifier_mod(m["q"] or m["q3"]))


# ---------------------------------------------------------------------------- refs and anaphora


_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "present": "PRESENT_REF", "current": "PRESENT_REF", "this time": "PRESENT_REF",
    "the present time": "PRESENT_REF", "the time being": "PRESENT_REF", "today's": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF",
    "formerly": "PAST_REF", "previously": "PAST_REF", "earlier": "PAST_REF",
    "recent years": "PAST_REF", "recent months": "PAST_REF", "recent weeks": "PAST_REF",
    "recent days": "PAST_REF", "past years": "PAST_REF", "the old days": "PAST_REF",
    "more recently": "PAST_REF", "most recently": "PAST_REF", "until recently": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "future": "FUTURE_REF", "someday": "FUTURE_REF", "a later date": "FUTURE_REF",
    "the coming days": "FUTURE_REF", "the coming weeks": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "the coming years": "FUTURE_REF",
    "coming days": "FUTURE_REF", "coming weeks": "FUTURE_REF", "coming months": "FUTURE_REF",
    "coming years": "FUTURE_REF", "coming quarters": "FUTURE_REF", "the coming quarters": "FUTURE_REF",
    "future quarters": "FUTURE_REF", "future years": "FUTURE_REF", "the days ahead": "FUTURE_REF", "the weeks ahead": "FUTURE_REF",
    "the months ahead": "FUTURE_REF", "the years ahead": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "shortly": "FUTURE_REF", "one day": "FUTURE_REF",
    "some day": "FUTURE_REF", "years ago": "PAST_REF", "decades ago": "PAST_REF",
    "months ago": "PAST_REF", "weeks ago": "PAST_REF", "centuries ago": "PAST_REF",
    "days ago": "PAST_REF", "hours ago": "PAST_REF",
}  # fmt: skip


def read_ref(m: re.Match[str]) -> Reading | None:
    """'now', 'currently', 'recently', 'the past', 'the future', 'soon': PRESENT/PAST/FUTURE_REF."""
    key = re.sub(r"\s+", " ", m["ref"].lower())
    # "recent years", "in coming weeks", "the months ahead": an unspecified stretch of those
    # units reaching up to (or on from) now, a DURATION (PXY, PXW) as TimeBank annotates it
    if key in ("recent years", "past years"):
        # "in recent years", "in past years": the recent past as a whole, like "in the past"
        # (TimeBank: PAST_REF), where "in recent weeks" counts an unspecified stretch
        return Reading("DATE", value="PAST_REF")
    if stretch := _VAGUE_STRETCH.fullmatch(key):
        unit = UNIT_WORDS[stretch["u"] or stretch["u2"]]
        return Reading("DURATION", value=duration_value(None, unit), anchor="duration")
    return Reading("DATE", value=_REFS[key])


_VAGUE_STRETCH = re.compile(
    r"(?:recent|past|(?:the )?coming) (?P<u>years|months|weeks|days)|the (?P<u2>days|weeks|months|years) ahead"
)


REF = _compile(
    r"""\b(?P<ref>right\s+now|now|currently|nowadays|these\s+days|(?<=\bat\s)the\s+present(?:\s+time)?
    # "At present, 40,000 firms operate there": the present without its article, the
    # preposition outside the extent (not "at present prices", where it is an adjective)
    |(?<=\bat\s)present\b(?!\s+(?:prices?|rates?|levels?|values?|market|day|time)\b)
    # ("at the moment" is left out: TimeBank never marks it)
    |(?<=\bat\s)this\s+time|(?<=\bfor\s)the\s+time\s+being
    |(?:more\s+|most\s+)?recently|recent\s+(?:years|months|weeks|days)|past\s+years
    |(?<=\bin\s)the\s+past|(?<=\bthan\s)the\s+past|lately
    |soon|(?<=\bin\s)the\s+(?:near\s+)?future|the\s+(?:near|short|long)\s+term|the\s+future\b(?!\s+of\b)|someday
    # "some day the city will rebuild it": an indefinite future, as "someday" (not "some day
    # next week", an unnamed day of a named week)
    |some\s+day(?!\s+(?:next|this|last|in|of|during)\b)
    # "the plant closed years ago": an uncounted stretch back from now, the past as a whole
    # (as "several hours ago" is: "struck just hours ago", "days ago")
    |(?<!\d\s)(?:years|decades|months|weeks|centuries|days|hours)\s+ago
    |a\s+later\s+date|(?:the\s+)?coming\s+(?:days|weeks|months|years|quarters)|future\s+(?:quarters|years)\b|the\s+(?:days|weeks|months|years)\s+ahead
    |as\s+soon\s+as\s+possible
    |current(?=\s+(?!account|assets|liabilit|affairs|flows?\b|carrier)[a-z])
    |recent(?=\s+(?!years|months|weeks|days|quarters)[a-z])
    |(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bmay\s)|(?<=\bmight\s)|(?<=\bcan\s)|(?<=\bshould\s)
       |(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bthey\s)|(?<=\bwe\s)|(?<=\bI\s)|(?<=\byou\s))one\s+day(?!\s+(?:of|in|after|before|later|earlier|ago)\b)
    # "hopes to one day run the firm": a split infinitive's "one day" is an indefinite future
    # (not "cut the visit to one day", "up to one day a week")
    |(?<=\bto\s)(?<!\bup\sto\s)(?<!\bclose\sto\s)one\s+day(?=\s+""" + _VERB_AFTER_ONE_DAY + r""")
    )\b(?!-)(?!(?<=now|oon|tly)\s+as\b)
    # "killed soon after being captured": "soon" before "after"/"before" only measures the gap
    # to an event, it names no time (TimeBank leaves it untagged)
    (?!(?<=soon)\s+(?:after|before)\b)"""
)


def read_vague_span(m: re.Match[str]) -> Reading | None:
    """'for some time', 'after a while', 'for a long period': a stretch of unknown length
    ('for a long time' is left out: TimeBank's annotators pass it over as a figure of speech)."""
    return Reading("DURATION", value="PXX", anchor="duration")


VAGUE_SPAN = _compile(
    r"""(?:(?<=\bfor\s)|(?<=\bafter\s)|(?<=\bin\s)|(?<=\bwithin\s))
    (?:quite\s+)?(?:some\s+time|a\s+(?:little\s+)?while|a\s+(?:very\s+)?(?:long|short|brief)\s+(?:while|period)
      |a\s+(?:fairly\s+|very\s+)?lengthy\s+period)\b(?!\s+(?:to|before|after|ago|of|now)\b)"""
)


def read_anaphoric_time(m: re.Match[str]) -> Reading | None:
    """'at the time', 'by that time', 'since then': the time of the previous expression."""
    return Reading("DATE", resolve=lambda a: a.previous(None))


ANAPHORIC_TIME = _compile(
    _after("at", "by", "since", "until", "till", "from", "after", "before")
    + r"""(?P<x>(?:the|that)\s+time)\b
    (?!\s+(?:of|when|to|that|for|being|the|a|his|her|their|in|there|is|was|and)\b)(?!-)
    (?!\s+(?:(?:he|she|they|we|I|you|it|this|these|those)\s+[a-z]+
      |(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+(?:was|were|had|did|came|went|took|made|said)\b)
      [^.;:!?\n]{0,80},)
    |(?:(?<=\buntil\s)|(?<=\bsince\s)|(?<=\btill\s)|(?<=\bby\s))(?P<then>then)\b(?!,?\s+(?:on|in|at)\b)"""
)
"""The last branch: "until then", "since then", "by then": the time last named. "At the time
Howes was captured, the rebels ..." is a clause naming its own time, not an anaphor."""


def read_holiday(m: re.Match[str]) -> Reading | None:
    """'Christmas', 'Thanksgiving', 'Easter Sunday': holidays, year from context."""
    key = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'").removeprefix("the ")
    make = _holiday_maker(key)
    if make is None:
        return None
    mod = position_mod(m["pos"])  # "late Christmas Eve": END ("opened early on Black Friday" is the verb's)
    if m["part"]:  # "Christmas morning", "New Year's Eve night": that part of the holiday, a TIME
        code = PARTS_OF_DAY[m["part"].lower()]
        make = _part_of_holiday(make, code)
    kind = "TIME" if m["part"] else "DATE"
    if m["year"]:
        return _fixed(kind, make(int(m["year"])), mod)
    if m["rel"]:  # "Christmas last year", "Thanksgiving next year": that year's holiday
        step = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
        return Reading(kind, mod=mod, resolve=lambda a: _holiday_of_year(a.deictic("year", step), make))
    return Reading(kind, mod=mod, resolve=lambda a: a.yearless(make))


def _part_of_holiday(make: Callable[[int], str | None], code: str) -> Callable[[int], str | None]:
    """The maker of a holiday's part of the day: only a holiday of one day has one."""

    def part(year: int) -> str | None:
        value = make(year)
        return f"{value}T{code}" if value and len(value) == 10 else None

    return part


def _holiday_of_year(year: Resolved, make: Callable[[int], str | None]) -> Resolved:
    value, anchor = year
    return (make(int(value)) if value and value.isdigit() else value), anchor


def _holiday_maker(key: str) -> Callable[[int], str | None] | None:
    if key in _HOLIDAYS:
        month, day = _HOLIDAYS[key]
        return lambda y: _ymd(y, month, day)
    if key in _NTH_WEEKDAY:
        month, weekday, nth = _NTH_WEEKDAY[key]
        return lambda y: _nth_weekday(y, month, weekday, nth)
    if key in _EASTER_OFFSETS:
        offset = _EASTER_OFFSETS[key]
        return lambda y: (_easter(y) + timedelta(days=offset)).isoformat() if 1583 <= y <= 9999 else None
    if key.startswith(("chinese new year", "lunar new year")) or key == "spring festival":
        return lambda y: _date_value(lunar_new_year(y))
    if key == "ramadan":  # the ninth Islamic month: the month or year that holds it
        return lambda y: _span_value(islamic_span(y, 9))
    if key.startswith(("eid", "id")):  # the feasts that close Ramadan (1 Shawwal) and the hajj
        fitr = key.endswith("fitr")  # (10 Dhu al-Hijja)
        return lambda y: _span_value(islamic_span(y, 10, 1, 1) if fitr else islamic_span(y, 12, 10, 10))
    if key in _AFTER_THANKSGIVING:  # "Black Friday", "Cyber Monday": the shopping days after
        # US Thanksgiving (the fourth Thursday of November)
        offset = _AFTER_THANKSGIVING[key]
        return lambda y: _days_after(_nth_weekday(y, 11, 4, 4), offset)
    if key == "election day":  # US: the Tuesday after the first Monday of November
        return lambda y: _ymd(y, 11, int(_nth_weekday(y, 11, 1, 1)[8:]) + 1)  # type: ignore[index]
    return None


def _days_after(value: str | None, days: int) -> str | None:
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat() if value else None


def _date_value(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _span_value(span: tuple[date, date] | None) -> str | None:
    return covering_value(*span) if span else None


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> str | None:
    """The nth (1-based; -1 = last) ``weekday`` (1 = Monday) of a month."""
    first = make_date(year, month, 1)
    if first is None:
        return None
    if nth > 0:
        day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        last = make_date(year, month, calendar.monthrange(year, month)[1])
        assert last is not None
        day = last - timedelta(days=(last.isoweekday() - weekday) % 7)
    return day.isoformat()


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


_NTH_WEEKDAY = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "memorial day": (5, 1, -1),
    "labor day": (9, 1, 1), "martin luther king day": (1, 1, 3), "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3), "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
    "columbus day": (10, 1, 2),
}  # fmt: skip
_AFTER_THANKSGIVING = {"black friday": 1, "cyber monday": 4}
_EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}


_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "independence day": (7, 4), "the fourth of july": (7, 4), "fourth of july": (7, 4),
    "valentine's day": (2, 14), "halloween": (10, 31), "veterans day": (11, 11),
    "boxing day": (12, 26), "bastille day": (7, 14), "st. patrick's day": (3, 17),
}  # fmt: skip
HOLIDAY = _compile(
    rf"""\b(?:(?P<pos>early|late)\s+)?(?P<h>(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Independence\s+Day
    |(?:the\s+)?Fourth\s+of\s+July|Valentine['’]s\s+Day|Halloween|Veterans\s+Day|Boxing\s+Day|Bastille\s+Day
    |St\.\s+Patrick['’]s\s+Day|Thanksgiving(?:\s+Day)?|Memorial\s+Day|Labor\s+Day|Columbus\s+Day
    |Martin\s+Luther\s+King\s+Day|Presidents['’]?\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day
    |Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Election\s+Day|Black\s+Friday|Cyber\s+Monday
    |(?:Chinese|Lunar)\s+New\s+Year(?:['’]s(?:\s+Day)?)?|Spring\s+Festival|Ramadan
    |(?:Eid|Id)(?:\s+(?:al|ul|el)[-\s])(?:Fitr|Adha)))(?:\s+(?P<part>(?-i:morning|afternoon|evening|night))(?![\w-]))?
    (?:\s+(?P<year>{YEAR4})|\s+(?P<rel>last|next|this)\s+year)?\b"""
)


# ---------------------------------------------------------------------------- the rule table


# Words (or digits) every match of a rule contains, case-folded as the rules are. They must
# stand for the matched text itself, never for a lookbehind, which may reach before a window.
# A lookahead of the first letters of their words, "(?=[...])", lets the search leave most
# positions after one test (with IGNORECASE no literal prefix speeds it up).
REQUIRES: dict[str, str] = {
    "set": r"(?=[epdnwmyahqb])(?:\b(?:every|each|per)\s|\b(?:daily|nightly|weekly|monthly|yearly|annually|hourly"
           r"|quarterly|biweekly|biannually)\b|days\b|weekends\b)",
    "ref": r"(?=[nctpmrlsfoa])(?:now|current|these|present|time|moment|recent|past|lately|soon"
           r"|future|term|someday|later|coming|ahead|one\s+day|some\s+day|ago)",
    "day_month_year": r"(?=[\dsnrt])(?:\d|st|nd|rd|th)\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    "ago": r"(?=[aelnhpbt])(?:ago|earlier|later|now|today|hence|previously|back|before|after|prior)",
    "report_period": r"(?=[qpae])(?:quarter|period|ago|earlier)",
    "decade": r"(?=[0t])(?:0'?s|ties)",
    "century": r"century",
    "bare_units": r"(?=[smhdwyc])(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)",
    "month_year": r"(?:1\d|20)\d\d",
    "month_deictic_year": r"year",
    "quarter": r"(?=[qh12])(?:quarter|half|q[1-4]|h[12]\b|[12]h\b)",
    "period_ended": r"(?=[yq])(?:year|quarter)",
    "to_the_day": r"to\s+the\s+day",
    "small_hours": r"(?=[sewp])(?:small|early|wee|pre-?dawn)\s+hours",
    "part_of_day": r"(?=[maen])(?:morning|afternoon|evening|night)",
    "part_of_date": r"(?=[maenh])(?:morning|afternoon|evening|night|hours)",
    "range_end": r"[-–/]|\sto\s|\sthrough\s|\sand\s",
}  # fmt: skip


_UNIT_START = r"(?=[smhdnwfqycSMHDNWFQYC])"  # the first letters of the unit words: a one-character
# test that lets the gates below skip most positions before trying the long alternation
_NUM_START = r"(?=[0-9aAcCdDeEfFhHmMnNoOqQsStTzZ])"  # the same for an amount (NUM)
_MONTH_START = r"(?=(?-i:[JFMASOND]))"  # the first letters of the month names (MONTH is cased)
_PLURAL_UNITS = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"

# Gates: for each rule, a pattern that any match of the rule implies at the same place (a part
# of the match, with the rule's own lookbehinds and the same edges), but cheap to search: a few
# literal words, no optional prefix to try at every position. A window (with the tail its
# matches may read) where the gate finds nothing cannot hold a match, so the rule is not run
# there; where it does, the rule runs unchanged. Output is identical by construction.
# Each gate opens with a lookahead of the characters it can begin with, for the same reason
# as the REQUIRES patterns.
GATES: dict[str, str] = {
    "long_duration": r"long\b",  # "a week-long strike", "a weeklong strike"
    # "two years, three months": the first unit and the comma or "and" joining the second amount
    "compound_duration": r"(?=[ymwdhYMWDH])(?:year|month|week|day|hour|minute)s?(?:,\s+(?:and\s+)?|\s+and\s+)",
    "same_period_of": r"(?=[sS])same\s+(?:month|quarter|period|week|season)\s",  # "the same month of 1998"
    "event_day": r"(?=[dD])day\s+of\s",  # "the third day of the strike"
    "week_of_month": r"(?=[wW])week(?:end)?\s+of\s",  # "the first week of August"
    "week_of_day": r"(?=[wW])week\s+of\s",  # "the week of March 20"
    "part_of_date": r"(?=[tT])\bthe\s+(?:morning|afternoon|evening|night|(?:small|early|wee|pre-?dawn)\s+hours)\s+of\s",  # "the night of May 3"
    "unit_before": r"(?=[tT])\bthe\s+(?:day|night|week|month|year)\s+(?:before|after)",  # "the day before"
    # "two to three weeks", "10-12 hours": the range's second amount, as the lookahead reads it
    "range_start": rf"(?=[\s\d])(?:\s(?:or|to|and|-)\s+(?:{NUM_DIGIT}|{NUM_WORD})|\d\s?[-–]\s?\d)",
    # "three years", "a few more days": an amount, at most one word, then the unit
    "duration": rf"\b{_NUM_START}(?:{NUM})(?:[\s-]+(?:very\s+)?\w+)?[\s-]+{_UNIT_START}{UNIT}",
    # "two days ago", "a week later", "three months before": an amount, the unit, its direction
    "ago": rf"\b{_NUM_START}(?:{NUM})[\s-]+{_UNIT_START}{UNIT}(?:\s+and\s+a\s+half)?\s+(?:or\s+so\s+)?"
           r"(?:ago|earlier|later|from\s+now|from\s+today|hence|previously|back|before|after|prior)",
    # "every two weeks", "each Sunday", "daily", "on Sundays", "at weekends"
    "set": rf"""(?=[epdnwmyahqbEPDNWMYAHQBTFS])(?:\b(?:every|each|per)\s+(?:other\s+)?(?:(?:{NUM}|half)\s+)?(?:an\s+)?
              (?:{UNIT}|{WEEKDAY}|weekday|{MONTH_FULL}|spring|summer|fall|autumn|winter|morning|afternoon|evening|night)\b
              |\b(?:daily|nightly|weekly|monthly|yearly|annually|hourly|quarterly|biweekly|biannually)\b
              |(?:(?<=\s)|^){WEEKDAY}s\b|(?<=\s)week(?:end|day)s\b)""",
    # "for years", "in weeks", "months later", "over the years", "the final days of", "years of war":
    # each branch's plural unit with the context the rule reads around it
    "bare_units": rf"""(?=[smhdwcySMHDWCY])(?:(?:{_after("for", "over", "within", "after", "took", "take", "takes",
                        "lasted", "last", "spent", "spend", "lost", "waited", "wasted", "several", "many",
                        "recent", "few", "coming")}
                        |(?<=\s\s)){_PLURAL_UNITS}\b
                     |(?<=\bin\s)(?:weeks|months|years|decades)\b
                     |(?<![\w-])(?<!\bthe\s)(?<!\bthose\s)(?<!\bthese\s){_PLURAL_UNITS}\s+(?:later|earlier)
                     |(?:(?<=\bafter\s)|(?<=\bfollowing\s)|(?<=\bdespite\s)|(?<=\bamid\s)|(?<=\bends\s)
                       |(?<=\bended\s)|(?<=\bending\s)|(?<=\bfollows\s)|(?<=\bfollowed\s)|(?<=\bcaps\s)
                       |(?<=\bcapped\s)|(?<=\bendured\s)|(?<=\bsurvived\s)|(?<![\w,;]\s)(?<![\w,;])(?=(?-i:[A-Z])))
                       {_PLURAL_UNITS}\s+of\s)
                   |(?=[tT])(?:(?<=\bover\s)the\s+(?:years|decades|centuries)\b
                     |\bthe\s+(?:first|final|last|early|earliest|opening|closing|initial|dying|waning)\s+{_PLURAL_UNITS})""",
    # "late in the year", "the year-end", "over the weekend", "for the full year": "the" and the unit
    "the_unit": r"""(?=[tTyYwW])(?:the\s+(?:year|month|week|day|quarter|decade|century|weekend|full|fiscal|whole|entire)
                 |year[\s-]end|year['’]s\s+end|(?<=\bthis\s)weekend)""",
    # "last week", "the same day", "this fiscal year": the last word of the relative, then the unit
    "relative_unit": r"""(?=[pclfnsrtPCLFNSRT])\b(?:past|coming|last|current|previous|preceding|prior|following
                      |next|same|latest|recent|final|this|that)\s+(?:(?:fiscal|financial|calendar)\s+)?(?:year|month|week
                      |weekend|quarter|decade|century|day|night|morning|afternoon|evening|fortnight)\b""",
    # "now", "recently", "in the past", "the coming weeks", "the long term", "one day": the word each
    # branch of REF cannot do without
    "ref": r"""(?=[nctpmrlsfdwyohNCTPMRLSFDWYOH])(?:now|current|these\s+days|present|this\s+time|moment|time\s+being|recent|past\s+years
            |(?<=\bin\s)the\s+past|(?<=\bthan\s)the\s+past|lately|soon|future|term|someday|later\s+date
            |coming\s+(?:days|weeks|months|years|quarters)|(?:days|weeks|months|years)\s+ahead|one\s+day
            |some\s+day|(?:years|decades|months|weeks|centuries|days|hours)\s+ago)""",
    "month_day_year": rf"{_MONTH_START}{MONTH}\s+(?:\d|{DAY_WORD})",  # "March 3", "March third"
    "month_year": rf"{_MONTH_START}{MONTH}(?:\s+of)?,?\s+{YEAR4}",  # "March 1998", "March of 1998"
    "month": rf"{_MONTH_START}(?:{MONTH_FULL}|(?-i:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.)(?!\w)(?!\s+\d)",  # "in March"
    "vague_span": r"""(?=[saSA])(?:some\s+time|a\s+(?:little\s+)?while|a\s+(?:very\s+)?(?:long|short|brief)\s+
                   (?:while|period)|a\s+(?:fairly\s+|very\s+)?lengthy\s+period)""",  # "for some time"
    "range_end": rf"(?=(?-i:[12JFMASOND]))(?:{YEAR4}\s*[-–/]\s*\d\d|{MONTH}\s+{DAY_NUM}\s*(?:[-–]|\s(?:to|through|and)\s)\s*\d)",
    "frequency": r"(?=[apAP])\b(?:a|an|per)\s+(?:year|month|fortnight|week|day|night|hour|minute|decade)\b",  # "twice a week"
    "anaphoric_time": r"(?=[tT])(?:\b(?:the|that)\s+time\b|\bthen\b)",  # "at the time", "since then"
    "report_period": r"(?=[qpyQPY])(?:quarter|period|year[\s-](?:ago|earlier))",  # "the year-ago quarter"
    "part_of_day": r"""(?=[elmutELMUT])(?:(?:early|late|mid)[\s-]?(?:morning|afternoon|evening)|(?:until|till)\s+(?:morning|afternoon|evening)
                    |\bthe\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night))""",  # "early morning"
    # Rules that find nothing in most windows they are asked about: the words each one's
    # every match holds ("the week after next", "three weeks from Friday", "two years ago
    # today", "this time last year", "the 1997-98 season", "the turn of the century", "the
    # first Monday of each month", "March 3 morning")
    "unit_after_next": r"(?=[aAbB])(?:after\s+next|before\s+last)\b",
    "unit_from_weekday": r"(?=[wdmfWDMF])(?:weeks?|days?|months?|fortnights?)\s+(?:from|on)\s",
    "ago_this_period": rf"""(?=[aA])ago\s+(?:today|yesterday|this\s+month|last\s+month|this\s+week|last\s+week
                        |(?:on\s+)?{WEEKDAY})\b""",
    "this_time_last_year": r"(?=[tT])time\s+(?:last|next)\s+(?:year|month|week)\b",
    "split_year": rf"(?=[12]){YEAR4}[-–/]\d\d",
    "turn_of_century": r"(?=[tT])turn\s+of\s+the\s",
    "nth_weekday_of_each_month": r"(?=[eEoO])(?:(?:each|every)\s+month|of\s+the\s+month)\b",
    "day_of_each_month": r"(?=[eEoO])(?:(?:each|every)\s+month|of\s+the\s+month)\b",
    "date_then_part": r"\d(?:st|nd|rd|th)?\s+(?:morning|afternoon|evening|night)\b",
}  # fmt: skip


FIRST_CHARACTERS: dict[str, str] = {
    "year": r"12tvbsemcdlfy",  # a year's digits, a position word ("the end of", "mid"), "fiscal", "year"
    "month_day_year": r"tnlvbsemcdfwjao",  # "this"/"next"/"last", a weekday, a position, a month
    "weekday": r"elmaotfnsw\d",  # "early"/"late"/"mid", "a week ago", "this"/"last"/"next", a weekday
    "month": r"tvbsemcdlfnpjao",  # a position, "this"/"last"/"next"/"previous", a month
}  # fmt: skip
"""Every character a match of these frequent rules can begin with (case-folded as the rules
are): the rule runs as ``(?=[...])(?:rule)``, so the scan leaves most positions after one
test instead of trying the rule's optional openings there. The matches are unchanged."""


def _rule(name: str, pattern: re.Pattern[str], read: Callable[[re.Match[str]], Reading | None],
          priority: int, needs: str, span: Callable[[re.Match[str]], tuple[int, int]] | None = None
          ) -> Rule:
    required = REQUIRES.get(name)
    requires = _compile(required) if required else None  # the rules' own flags
    gate = _compile(GATES[name]) if name in GATES else None
    if name in FIRST_CHARACTERS:
        pattern = re.compile(rf"(?=[{FIRST_CHARACTERS[name]}])(?:{pattern.pattern})", pattern.flags)
    return Rule(name, pattern, read, priority, frozenset(needs.split()), span, requires, gate)


def duration_span(m: re.Match[str]) -> tuple[int, int]:
    """'a two-year term' → 'two-year': an adjectival duration leaves its noun's article out."""
    start, end = m.span()
    hyphen = m.string[m.end("n") : m.start("unit")].strip() == "-"
    singular = not m["unit"].lower().endswith("s") and (parse_amount(m["n"]) or 1) > 1
    if _over_is_preposition(m):  # "spread over three years": the preposition stays out
        start = m.start("det") if m["det"] else m.start("rel") if m["rel"] else m.start("n")
    if _last_is_verb(m):  # "could last several weeks": the verb stays out
        return m.start("n"), end
    later = _bare_range_later(m)
    if later is not None:  # "two to six days": "six days" here, "two" read by range_start
        return later, end
    if m["period"]:  # "a three-year period", "a one-year term": the whole noun phrase
        return start, end
    if m["det"] and not m["rel"] and not m["q"] and (hyphen or singular):
        start = m.start("n")
    if m["orso"] and not m["period"] and not m["orso"].lower().endswith("so"):
        # "three decades or more": the bound stays out of the extent (its mod is kept);
        # "the next year or so" keeps its "or so", as TimeBank writes it
        end = m.start("orso")
    return start, end


def quarter_span(m: re.Match[str]) -> tuple[int, int]:
    """'its third-quarter profit' → 'third-quarter': possessives and adjectival articles stay out."""
    start, end = m.span()
    rel = (m["rel"] or "").lower()
    hyphen = bool(m["ord"]) and m.string[m.end("ord") : m.end("ord") + 1] == "-"
    if rel in ("its", "their") and m["ord"]:
        # "its fiscal first quarter" → "fiscal first quarter": "fiscal" stays in, as TimeBank
        # writes "fiscal second-quarter"
        start = m.end("rel") + len(m.string[m.end("rel") : m.start("ord")]) - len(
            m.string[m.end("rel") : m.start("ord")].lstrip())
    elif rel == "the" and hyphen:
        start = m.start("ord") if m["ord"] else start
    return start, end


def read_event_day(m: re.Match[str]) -> Reading | None:
    """'today is the eighth day of the blockade', 'the second day of an offensive': a day
    counted from the start of an event; in the present tense it is the day of the report."""
    return Reading("DATE", resolve=lambda a: a.event_day())


def read_event_period(m: re.Match[str]) -> Reading | None:
    """'The strike is in its second day', 'the war has entered its fifth year', 'the siege,
    now into its third week': the day (week, month, year) an event has reached, counted from
    its start; in the present tense the one the report is in (DATE), as 'today is the eighth
    day of the blockade' is."""
    unit = unit_of(m["unit"])
    if m["now"]:  # "has entered its fifth year", "now in its third day": the report's own
        return Reading("DATE", resolve=lambda a: a.deictic(unit, 0))
    named = _DATE_RIGHT_AFTER.match(m.string, m.end())
    if named is not None:  # "entered its third week on Sunday, March 3": that date's week
        month, dnum = month_number(named["mon"] or named["mon2"]), day_number(named["d"] or named["d2"])
        if make_date(2000, month, dnum) is not None:
            return Reading("DATE", resolve=lambda a: _period_of(_named_day(a, named, month, dnum), unit))
    day = _WEEKDAY_RIGHT_AFTER.match(m.string, m.end())
    if day is not None:  # "The strike entered its third week on Tuesday": that day's week
        weekday = WEEKDAYS[day["wd"].lower()]
        return Reading("DATE", resolve=lambda a: _period_of(a.weekday(weekday, None), unit))
    return Reading("DATE", resolve=lambda a: a.event_day(unit))


_WEEKDAY_RIGHT_AFTER = _compile(rf"\s+(?:on\s+)?(?P<wd>{WEEKDAY})\b(?!\s*,?\s+(?:{MONTH}|the\s))")
_DATE_RIGHT_AFTER = _compile(
    rf"""\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?
    (?:(?P<mon>{MONTH})\s+(?P<d>{DAY_NUM})(?:st|nd|rd|th)?|(?P<d2>{DAY_NUM})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{MONTH}))
    (?:,?\s+(?P<y>{YEAR4}))?\b"""
)


def _named_day(a: Anchor, named: re.Match[str], month: int, dnum: int) -> Resolved:
    """The day 'on Sunday, March 3' names: its year if written, else the nearby year in which
    it falls on the weekday named with it (else the nearby year)."""
    if named["y"]:
        return _ymd(int(named["y"]), month, dnum), "absolute"
    weekday = WEEKDAYS.get((named["wd"] or "").lower())

    def on_weekday(y: int) -> str | None:
        real = make_date(y, month, dnum)
        return real.isoformat() if real and real.isoweekday() == weekday else None

    plain = a.yearless(lambda y: _ymd(y, month, dnum))
    value, how = _first_value(a.yearless(on_weekday), plain) if weekday else plain
    today = a.deictic("day", 0)[0] or ""
    if not weekday and value and value[:4].isdigit() and today[:4].isdigit() and value > today and a.looks_back():
        value = _ymd(int(value[:4]) - 1, month, dnum)  # "entered its tenth day on 9 April", told in March
    return value, how


def _period_of(day: Resolved, unit: str) -> Resolved:
    """The week (month, year) holding a resolved day; an unknown day gives an unknown period."""
    value, how = day
    interval = interval_of(value)
    if interval is None or interval[0] != interval[1]:
        return _X_PERIOD.get(unit, "XXXX-XX-XX"), how
    return format_at(interval[0], unit), how


_X_PERIOD = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}


def event_period_span(m: re.Match[str]) -> tuple[int, int]:
    return m.start("ord"), m.end()


EVENT_PERIOD = _compile(
    rf"""(?:\b(?P<now>(?:has|have)\s+(?:now\s+)?(?=entered|reached)|now\s+))?\b(?:in|into|entered|enters|entering|enter|reached|reaches|reaching|reach)\s+(?:its|their)\s+
    (?P<ord>(?:{DAY_WORD}|(?:[1-9]|[1-9]\d)(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|full\s+)?
    (?P<unit>day|week|month|year))\b(?!\s+of\b)(?!-)"""
)
EVENT_DAY = _compile(
    rf"""\b(?:the\s+)?(?:{DAY_WORD}|(?:[1-9]|[1-9]\d)(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day
    (?=\s+of\s+(?:the\s+|an?\s+|its\s+|his\s+|her\s+|their\s+)?(?!(?:the\s+)?(?:month|year|week|quarter|
    january|february|march|april|may|june|july|august|september|october|november|december)\b)[a-z"“`'])"""
)


def read_week_of_month(m: re.Match[str]) -> Reading | None:
    """'the first week of August', 'the last week of July 1998': the ISO week holding the
    middle of that seven-day stretch of the month; 'the last weekend of June': that weekend."""
    month = month_number(m["mon"])
    nth = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m["ord"].lower(), -1)

    weekend = bool(m["we"])

    def make(year: int) -> str | None:
        if not 1 <= year <= 9999:
            return None
        last = calendar.monthrange(year, month)[1]
        if weekend:  # "the last weekend of June": the week of that month's nth (last) Saturday
            first_sat = 1 + (6 - date(year, month, 1).isoweekday()) % 7
            day = first_sat + 7 * (nth - 1) if nth > 0 else first_sat + 7 * ((last - first_sat) // 7)
            iso = date(year, month, min(day, last)).isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}-WE"
        middle = date(year, month, 7 * nth - 3 if nth > 0 else last - 3)
        iso = middle.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"

    if m["year"]:
        return _fixed("DATE", make(int(m["year"])))
    return Reading("DATE", resolve=lambda a: a.yearless(make))


def read_week_of_day(m: re.Match[str]) -> Reading | None:
    """'the week of March 20': the ISO week holding that day."""
    month, day = month_number(m["mon"]), day_number(m["d"])

    def make(year: int) -> str | None:
        found = make_date(year, month, day) if 1 <= year <= 9999 else None
        if found is None:
            return None
        iso = found.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"

    if m["year"]:
        return _fixed("DATE", make(int(m["year"])))
    if make(2000) is None:
        return None
    return Reading("DATE", resolve=lambda a: a.yearless(make))


WEEK_OF_DAY = _compile(
    rf"""\bthe\s+week\s+of\s+(?P<mon>{MONTH})\s+(?P<d>{DAY_NUM})\b(?:,?\s+(?P<year>{YEAR4})\b)?"""
)


def read_day_of_month(m: re.Match[str]) -> Reading | None:
    """'resumed on the 10th', 'by the 25th': a day of the month the passage is in (the
    month of the time last named, else the publication month; in past-tense copy a day
    after the publication day is last month's, in future-tense copy a day before it next
    month's: 'the vote will be held on the 14th', filed on the 23rd)."""
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    before = m.string[max(0, m.start() - 48) : m.start()]
    if before.endswith("for ") and not _SCHEDULED_FOR.search(before):
        return None  # "set for the 14th", not "voted for the 2nd"
    if before.endswith("to ") and not _MOVED_TO.search(before):
        return None  # "adjourned to the 2nd", not "rose to the 2nd"
    # "The vote is on the 14th", "Fares rise from the 1st", "The road is shut until the 3rd": a
    # day of the month in the present tense is a timetable, as a future is ("is closed since
    # the 3rd" is not)
    timetable = not before.endswith("since ")

    def resolve(a: Anchor) -> Resolved:
        month, anchor = a.previous("month")
        if anchor == "dct" and a.looks_back():
            today, _ = a.deictic("day", 0)
            if today and "X" not in today and int(today[8:10]) < day:
                month, anchor = a.deictic("month", -1)
        elif anchor == "dct" and (a.looks_ahead() or (timetable and a.in_the_present())):
            today, _ = a.deictic("day", 0)
            if today and "X" not in today and int(today[8:10]) > day:
                month, anchor = a.deictic("month", 1)
        if not month or "X" in month:
            return f"XXXX-XX-{day:02d}", anchor
        found = make_date(int(month[:4]), int(month[5:7]), day)
        return (found.isoformat() if found else None), anchor

    return Reading("DATE", resolve=resolve)


_MOVED_TO = re.compile(
    r"\b(?:postponed|delayed|adjourned|moved|pushed\s+back|put\s+off|brought\s+forward|deferred|rescheduled|shifted)"
    r"(?:\s+[\w-]+){0,2}?\s+to\s+$",
    re.I,
)
"""A verb of rescheduling before 'to' and a new day ('the hearing was adjourned to the 2nd')."""
DAY_OF_MONTH = _compile(
    r"""(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bfrom\s)|(?<=\bfor\s)
       |(?<=\bto\s))
    the\s+(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?!-)
    (?=\s*[.,;:!?)]|\s*$|\s+(?:and|but|when|as|at|in|with|to|after|before|because|while|or|through|until)\b)"""
)
"""Only after a preposition of time and before the end of its phrase: 'the 10th floor', 'the
5th Fleet', 'the 21st century' are not days."""


def read_day_of_deictic_month(m: re.Match[str]) -> Reading | None:
    """'the 14th of this month', 'the 3rd of last month', 'the 1st of next month': that day of
    the month named from the report's ('of the month': the month the passage is in)."""
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    rel = (m["rel"] or "the").lower()

    def resolve(a: Anchor) -> Resolved:
        month, anchor = a.previous("month") if rel == "the" else a.deictic("month", _MONTH_STEP[rel])
        if not month or "X" in month:
            return f"XXXX-XX-{day:02d}", anchor
        found = make_date(int(month[:4]), int(month[5:7]), day)
        return (found.isoformat() if found else None), anchor

    return Reading("DATE", resolve=resolve)


_MONTH_STEP = {"this": 0, "last": -1, "next": 1}
DAY_OF_DEICTIC_MONTH = _compile(
    r"\bthe\s+(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\s+of\s+(?:(?P<rel>this|last|next)|the)\s+month\b(?!['’])"
)


WEEK_OF_MONTH = _compile(
    rf"""\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+week(?P<we>end)?\s+of\s+(?P<mon>{MONTH_FULL})\b
    (?:,?\s+(?P<year>{YEAR4})\b)?"""
)


def read_long(m: re.Match[str]) -> Reading | None:
    """'a week-long festival', 'a two-month-long strike', 'the year-long probe': a duration
    written as an adjective with '-long'; 'an hours-long debate', 'a years-long feud': an
    unnumbered stretch of the unit (PTXH, PXY), the article outside."""
    if m["many"]:
        return Reading("DURATION", value=duration_value(None, unit_of(m["many"])), anchor="duration")
    if m["closed"]:  # "a weeklong strike"
        return Reading("DURATION", value=duration_value(1, unit_of(m["closed"])), anchor="duration")
    amount = parse_amount(m["n"]) if m["n"] else 1
    return Reading("DURATION", value=duration_value(amount, unit_of(m["unit"])), anchor="duration")


_CLOSED_LONG = ("daylong", "weeklong", "monthlong", "yearlong", "decadelong", "hourlong")
"""AP style writes the '-long' adjectives of one unit closed up: 'a weeklong strike'."""
LONG_DURATION = _compile(
    rf"""\b(?:(?:(?P<n>{NUM})-)?(?P<unit>day|week|month|year|decade|century|hour|minute)
    |(?P<many>minutes|hours|days|weeks|months|years|decades))-long\b(?=\s+[a-z])
    |\b(?P<closed>day|week|month|year|decade|hour)long\b(?=\s+[a-z])"""
)


_COMPOUND_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")


def read_compound_duration(m: re.Match[str]) -> Reading | None:
    """'2 hours, 9 minutes, 52 seconds', 'two years and three months': one stretch told in
    falling units is one DURATION (PT2H9M52S, P2Y3M), not a list of three."""
    parts = [(m[f"a{i}"], m[f"u{i}"]) for i in (1, 2, 3) if m[f"a{i}"]]
    units = [unit_of(u) for _, u in parts]
    ranks = [_COMPOUND_ORDER.index(u) for u in units]
    if ranks != sorted(set(ranks)):
        return None  # "three hours, two hours": a list, not one stretch
    date_part, time_part = "", ""
    for (amount_text, _), unit in zip(parts, units, strict=True):
        amount = parse_amount(amount_text)
        if amount is None or amount != int(amount):
            return None
        code = f"{int(amount)}{'M' if unit == 'minute' else unit[0].upper()}"
        if unit in ("hour", "minute", "second"):
            time_part += code
        else:
            date_part += code
    return Reading("DURATION", value="P" + date_part + (f"T{time_part}" if time_part else ""), anchor="duration")


_COMPOUND_AMOUNT = rf"(?:\d{{1,3}}|{NUM_WORD})"
_COMPOUND_JOIN = r"(?:,\s+(?:and\s+)?|\s+and\s+)"
COMPOUND_DURATION = _compile(
    _starting_with(
        "0-9aefhnostz",  # a digit or the first letter of an amount
        rf"""\b(?P<a1>{_COMPOUND_AMOUNT})\s+(?P<u1>years?|months?|weeks?|days?|hours?|minutes?)
        {_COMPOUND_JOIN}(?P<a2>{_COMPOUND_AMOUNT})\s+(?P<u2>months?|weeks?|days?|hours?|minutes?|seconds?)\b
        (?:{_COMPOUND_JOIN}(?P<a3>{_COMPOUND_AMOUNT})\s+(?P<u3>days?|hours?|minutes?|seconds?)\b)?""",
    )
)


def read_same_period_of(m: re.Match[str]) -> Reading | None:
    """'exports rose over the same month of 1998', 'the same period of 1997' (after 'the first
    half of the year'): the period just named, moved to the year given, one DATE."""
    if m["year"]:
        year = int(m["year"])
        return Reading("DATE", resolve=lambda a: a.same_period(year=year))
    return Reading("DATE", resolve=lambda a: a.same_period(back=1))


SAME_PERIOD_OF = _compile(
    _starting_with(
        "t",
        rf"""\bthe\s+same\s+(?:month|quarter|period|week|season)\s+
        (?:(?:of|in)\s+(?P<year>{YEAR4})\b|(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)
          |the\s+(?:previous|prior|preceding)\s+year)\b)""",
    )
)


# ---------------------------------------------------------------------------- compound expressions
# Constructions of two time words that name one time (issue 4): each one DATE (or SET), not
# the two expressions (or none) its parts would give on their own.


def read_unit_after_next(m: re.Match[str]) -> Reading | None:
    """'the week after next', 'the month after next', 'the year before last': the period two
    steps from the report's own (TimeML: one DATE of that grain)."""
    step = 2 if m["dir"] else -2
    if m["unit"].lower() == "weekend":  # "the weekend after next": the weekend of that week
        return Reading("DATE", resolve=lambda a: _weekend_of(a.deictic("week", step)))
    unit = unit_of(m["unit"])
    return Reading("DATE", resolve=lambda a: a.deictic(unit, step))


def _weekend_of(week: Resolved) -> Resolved:
    value, anchor = week
    return (f"{value}-WE" if value and re.fullmatch(r"\d{4}-W\d\d", value) else value), anchor


UNIT_AFTER_NEXT = _compile(
    r"\bthe\s+(?P<unit>weekend|week|month|year)\s+(?:(?P<dir>after)\s+next|(?P<dir_b>before)\s+last)\b"
)


def read_unit_from_weekday(m: re.Match[str]) -> Reading | None:
    """'a week from Friday', 'two weeks from Monday', 'ten days from Tuesday', British 'a week
    on Friday', 'a fortnight on Tuesday': so many days after the coming such day, one DATE (the
    weekday is the start of the count, not a second time of its own); 'a week from tomorrow'
    counts from the day after the report."""
    amount = parse_amount(m["n"])
    if amount is None or amount != int(amount):
        return None
    unit = unit_of(m["unit"])
    days = int(amount) * {"week": 7, "fortnight": 14}.get(unit, 1)
    if m["tomorrow"]:
        if unit == "month":
            return None
        return Reading("DATE", resolve=lambda a: a.deictic("day", days + 1))
    weekday = WEEKDAYS[m["wd"].lower().rstrip(".")]
    if m["on"] and unit not in ("week", "fortnight"):  # "spent two days on Monday's case"
        return None
    if unit == "month":  # "a month from Friday": the same day of the month after it
        months = int(amount)
        return Reading("DATE", resolve=lambda a: _day_moved(a.weekday(weekday, "this coming"), months, "month"))
    part = PARTS_OF_DAY.get((m["part"] or "").lower())
    if part:  # "a week from Monday night": that day's night, a TIME
        return Reading("TIME", resolve=lambda a: _with_part(
            _days_before(a.weekday(weekday, "this coming"), -days), part))
    return Reading("DATE", resolve=lambda a: _days_before(a.weekday(weekday, "this coming"), -days))


def _with_part(day: Resolved, part: str) -> Resolved:
    value, anchor = day
    return (f"{value}T{part}" if value and re.fullmatch(r"\d{4}-\d\d-\d\d", value) else value), anchor


UNIT_FROM_WEEKDAY = _compile(
    rf"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+(?P<unit>weeks?|days?|months?|fortnights?)\s+(?:from|(?P<on>on))\s+"
    rf"(?:(?:(?:this|next)\s+)?(?P<wd>{WEEKDAY})\b(?![’']s?\b)(?:\s+(?P<part>{PART_OF_DAY})\b)?|(?P<tomorrow>tomorrow)\b)"
)


def read_weekday_week(m: re.Match[str]) -> Reading | None:
    """British 'Friday week', 'next Friday week', 'Tuesday fortnight', 'tomorrow week': a week
    (a fortnight) after the coming such day, one DATE, as 'a week on Friday' is."""
    days = 14 if m["unit"].lower() == "fortnight" else 7
    if m["tomorrow"]:
        return Reading("DATE", resolve=lambda a: a.deictic("day", days + 1))
    weekday = WEEKDAYS[m["wd"].lower().rstrip(".")]
    return Reading("DATE", resolve=lambda a: _days_before(a.weekday(weekday, "this coming"), -days))


WEEKDAY_WEEK = _compile(
    rf"\b(?:next\s+)?(?:(?P<wd>{WEEKDAY})|(?P<tomorrow>tomorrow))\s+(?P<unit>week|fortnight)\b(?![’'-]|\s+(?:of|long|old|in|at)\b)"
)


def read_ago_this_period(m: re.Match[str]) -> Reading | None:
    """'a year ago this month', 'a year ago today', 'two years ago this week', 'two years ago
    last month', 'a year ago Tuesday': a period near the report (this month, today, Tuesday) so
    many years back, one DATE (the second part names which part of that year, it is no time of
    its own); 'three weeks ago today', 'a week ago yesterday': so many days before that day."""
    amount = parse_amount(m["n"])
    if amount is None or amount != int(amount):
        return None
    back = int(amount)
    unit = unit_of(m["unit"])
    if unit in ("week", "day"):  # ("a week ago Tuesday" is the weekday rule's)
        if not m["now"] or m["now"].lower() not in ("today", "yesterday"):
            return None
        days = back * (7 if unit == "week" else 1) + (m["now"].lower() == "yesterday")
        return Reading("DATE", resolve=lambda a: a.deictic("day", -days))
    if m["wd"]:
        weekday = WEEKDAYS[m["wd"].lower().rstrip(".")]
        return Reading("DATE", resolve=lambda a: _years_back(a.weekday(weekday, "this past"), back))
    now = re.sub(r"\s+", " ", m["now"].lower())
    grain, step = {"today": ("day", 0), "yesterday": ("day", -1), "this month": ("month", 0),
                   "last month": ("month", -1), "this week": ("week", 0), "last week": ("week", -1)}[now]
    return Reading("DATE", resolve=lambda a: _years_back(a.deictic(grain, step), back))


def _years_back(now: Resolved, years: int) -> Resolved:
    value, anchor = now
    if not value or "X" in value:
        return value, anchor
    week = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if week:  # the week of the same number that many years back (a 53rd week: the 52nd)
        year = int(week[1]) - years
        number = min(int(week[2]), date(year, 12, 28).isocalendar()[1])
        return f"{year:04d}-W{number:02d}", anchor
    if re.fullmatch(r"\d{4}-02-29", value):  # Feb. 29 of a leap year: the 28th before it
        value = value[:8] + "28"
    return f"{int(value[:4]) - years:04d}{value[4:]}", anchor


AGO_THIS_PERIOD = _compile(
    rf"""\b(?P<n>a|one|two|three|four|five|six|\d{{1,2}})\s+(?P<unit>years?|weeks?|days?)\s+ago\s+
    (?:(?P<now>today|yesterday|this\s+month|last\s+month|this\s+week|last\s+week)|(?:on\s+)?(?P<wd>{WEEKDAY}))\b
    (?!\s+(?:{PART_OF_DAY})\b)"""
)


def read_this_time_last(m: re.Match[str]) -> Reading | None:
    """'this time last year', 'the same time next week', 'this time last month': the day of
    the report moved by one such unit, one DATE ('this time' is no time of its own); a year or
    a month back is the season around that day, so APPROX. In past-tense prose about a dated
    day ('On March 4, 2015, the square was calm. This time last week it had been full') the
    day moved is the passage's, not the report's; a day of the report's own week ('The dam
    broke on Monday. This time last week ...') is still the writer's now."""
    unit = unit_of(m["unit"])
    step = -1 if m["rel"].lower() == "last" else 1
    mod = "APPROX" if unit in ("year", "month") else None

    def resolve(a: Anchor) -> Resolved:
        today = a.deictic("day", 0)
        if a.looks_back() and _days_apart(story := a.current_day(), today) > 7:
            return _day_moved(story, step, unit)
        return _day_moved(today, step, unit)

    return Reading("DATE", mod=mod, resolve=resolve)


def _days_apart(one: Resolved, other: Resolved) -> int:
    """Days between two day values (0 when either is not a calendar day)."""
    days = [v for v in (one[0], other[0]) if v is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", v)]
    if len(days) < 2:
        return 0
    return abs((date.fromisoformat(days[0]) - date.fromisoformat(days[1])).days)


def _day_moved(day: Resolved, step: int, unit: str) -> Resolved:
    value, anchor = day
    if not value or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return value, anchor
    moved = shift(date.fromisoformat(value), step, unit)
    return (moved.isoformat() if moved else None), anchor


THIS_TIME_LAST = _compile(r"\b(?:this|the\s+same)\s+time\s+(?P<rel>last|next)\s+(?P<unit>year|month|week)\b")


def read_split_year(m: re.Match[str]) -> Reading | None:
    """'the 1997-98 fiscal year', 'fiscal 1997-98', 'FY 2003-04', 'the 2019-20 season', 'the
    1998/99 school year': one fiscal, sports or school year across two calendar years, one DATE;
    before a budget or a harvest ('the 1999-00 budget', 'the 1997/98 harvest') the pair alone is
    that year, the noun outside the TIMEX3 as TimeML leaves an event noun out. TimeML has no
    value for a year that straddles two; it is given the year it ends in, the year that names
    it in U.S. usage ('fiscal 1998' runs from October 1997) and in which a winter league's
    season is decided (so 'last season' read in the spring is the one a year back)."""
    first = int(m["y1"] or m["fy1"] or m["by1"])
    second = (m["y2"] or m["fy2"] or m["by2"])[-2:]  # "1997-98", "1997-1998"
    end = first - first % 100 + int(second)
    if end < first:
        end += 100
    if end != first + 1:  # "1990-95": a span of years, not one year across two
        return None
    return _fixed("DATE", f"{end:04d}")


SPLIT_YEAR = _compile(
    rf"""\b(?:the\s+)?(?P<y1>{YEAR4})[-–/](?P<y2>(?:19|20)?\d\d)\s+(?:fiscal|financial|school|academic|budget|tax|crop|marketing)?\s*
      (?:year|season|term|campaign)\b
    |(?:\bfiscal\s+(?:year\s+)?|\bFY\s*)(?P<fy1>{YEAR4})[-–/](?P<fy2>(?:19|20)?\d\d)\b
    |(?<![\d/-])(?P<by1>{YEAR4})[-–/](?P<by2>(?:19|20)?\d\d)(?![\d/-])
      (?=\s+(?:(?:federal|state|national|annual|draft|revised|provisional|interim)\s+)?
        (?:budget|harvest|crop|sugar\s+crop|wheat\s+crop)s?\b)"""
)


def read_year_fiscal_after(m: re.Match[str]) -> Reading | None:
    """'the 1999 fiscal year', 'its 1998 tax year' ('its' left out, as in 'its fiscal first quarter'), 'the 2000 budget year': a year named before
    the kind of year it is, one DATE of that year, valued as 'fiscal 1999' is."""
    return _fixed("DATE", m["y"])


YEAR_FISCAL_AFTER = _compile(
    rf"""\b(?:(?:the|this|that)\s+)?(?P<y>{YEAR4})\s+(?:fiscal|financial|budget|tax|business)\s+year\b(?!-)"""
)


def read_apposed_unit(m: re.Match[str]) -> Reading | None:
    """'on Oct. 12, the day before the crash', 'in 1989, the year the old regime fell', 'in
    March, the month the war began': 'the day (year, month)' in apposition to the time just
    named is that time again, described by what follows it."""
    before = m.string[max(0, m.start() - 24) : m.start()]
    if not _TIME_WORD_BEFORE_COMMA.search(before):
        return None
    unit = m["unit"].lower()
    return Reading("DATE", resolve=lambda a: a.previous(unit))


APPOSED_UNIT = _compile(
    r"""(?<=,\s)the\s+(?P<unit>day|month|year)\b
    (?=\s+(?:before|after|when|that|on\s+which|in\s+which|the|a|an|his|her|its|their|he|she|they|it|we|(?-i:I))\b)"""
)
_TIME_WORD_BEFORE_COMMA = re.compile(
    r"(?:\b(?:1[89]|20)\d\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December))\s*,\s$"
)


def read_end_day_of(m: re.Match[str]) -> Reading | None:
    """'the last day of the quarter', 'the first day of next month', 'the final day of June
    1998': the first or last calendar day of a named period, one DATE of that day."""
    last = m["end"].lower() in ("last", "final")
    rel = (m["rel"] or "").lower()
    unit = (m["unit"] or "").lower()

    def period(a: Anchor) -> Resolved:
        if m["mon"]:
            month = month_number(m["mon"])
            if m["year"]:
                return _ymd(int(m["year"]), month, None), "absolute"
            return a.yearless(lambda y: _ymd(y, month, None))
        if m["year2"]:
            return m["year2"], "absolute"
        if rel == "the":  # "the last day of the year": the one the passage is about
            found = a.previous(unit)
            if found[0] and "X" not in found[0] and found[1] != "dct":
                return found
            if unit == "month" or a.in_the_present():
                # "Pay is due on the first day of the month": any month, no one day
                return None, "dct"
            current, today = a.deictic(unit, 0), a.deictic("day", 0)[0] or ""
            span = interval_of(current[0])
            if span is not None and a.looks_back() and span[1].isoformat() > today:
                return a.deictic(unit, -1)  # "prices jumped on the last day of the year": one gone by
            return current
        return a.deictic(unit, {"this": 0, "next": 1, "last": -1}[rel])

    def resolve(a: Anchor) -> Resolved:
        value, how = period(a)
        interval = interval_of(value)
        if interval is None:
            return None, how
        return (interval[1] if last else interval[0]).isoformat(), how

    return Reading("DATE", resolve=resolve)


END_DAY_OF = _compile(
    rf"""\bthe\s+(?P<end>first|last|final)\s+day\s+of\s+
    (?:(?P<rel>the|this|next|last)\s+(?P<unit>month|year|quarter)\b(?!['’])
      |(?P<mon>{MONTH_FULL}|{MONTH})(?:,?\s+(?P<year>{YEAR4}))?\b
      |(?P<year2>{YEAR4})\b)"""
)


def read_month_span_period(m: re.Match[str]) -> Reading | None:
    """'the January-October period', 'the June-to-August quarter', 'the March through May
    months': a run of months named by its first and last is one stretch, a DURATION of that
    many months (P10M), as 'the first nine months' is, not two DATEs; a 'quarter' must be three."""
    months = (month_number(m["last"]) - month_number(m["first"])) % 12 + 1
    if months < 2 or (m["noun"].lower() == "quarter" and months != 3):
        return None
    return Reading("DURATION", value=f"P{months}M", anchor="duration")


MONTH_SPAN_PERIOD = _compile(
    rf"""\bthe\s+(?P<first>{MONTH})\s*(?:[-–—]\s*(?:(?:to|through|thru)-)?|\s(?:to|through|thru)\s)\s*
    (?P<last>{MONTH})\s+(?P<noun>period|quarter|months|stretch|span)\b"""
)


def read_vague_quarters(m: re.Match[str]) -> Reading | None:
    """'after several quarters of losses', 'in recent quarters', 'for many quarters': an
    unnumbered stretch of fiscal quarters, a DURATION (PXQ) as 'several years' is PXY."""
    return Reading("DURATION", value="PXQ", anchor="duration")


VAGUE_QUARTERS = _compile(
    r"""(?<!\bthe\s)(?<!\bpast\s)(?<!\blast\s)\b(?:recent|consecutive|successive
    # "criticism from many quarters", "welcomed in several quarters": people, not time
    |(?<!\bfrom\s)(?<!\bin\s)(?<!\bamong\s)(?<!\bby\s)(?:several|many))\s+quarters\b
    (?!\s+of\s+(?:a|an|the|his|her|its|their|this|that|all)\b)(?![\w-])"""
)


def read_the_new_year(m: re.Match[str]) -> Reading | None:
    """'early in the new year', 'talks resume in the new year': the year that begins nearest
    the report, the next one in a report of the second half of a year, else the report's own
    (1999 told in November 1998, 1999 told in January 1999); 'New Year's' is the holiday."""
    return Reading("DATE", mod=position_mod(m["pos"]), resolve=_the_new_year)


def _the_new_year(a: Anchor) -> Resolved:
    value, anchor = a.deictic("month", 0)
    if not value or not value[:7].replace("-", "").isdigit():
        return None, anchor
    year, month = int(value[:4]), int(value[5:7])
    return f"{year + (month >= 7):04d}", anchor


THE_NEW_YEAR = _compile(
    rf"""\b(?:(?P<pos>{POSITION}|earlier|later)\s+(?:in\s+)?)?the\s+(?-i:new\s+year)\b(?![\w'’-])"""
)


def read_elided_last(m: re.Match[str]) -> Reading | None:
    """'twice as high a dividend this year as last', 'more sales this month than last': a
    bare 'last' set against 'this year' (month, week, quarter) is the one before, its unit
    elided: a DATE of the 'last' alone (1997), as 'last year' would be."""
    unit = m["u"].lower()
    return Reading("DATE", resolve=lambda a: a.deictic(unit, -1))


ELIDED_LAST = _compile(
    r"""\bthis\s+(?P<u>year|month|week|quarter)\b(?!['’])[^.;!?"“”]{0,60}?\b(?:as|than)\s+(?P<last>last)\b
    (?!\s+(?:year|month|week|quarter|night|season|time|one|of|a|an|the)\b)(?![\w'’-])"""
)


def read_matter_of(m: re.Match[str]) -> Reading | None:
    """'in a matter of hours', 'within a matter of days': an unnumbered stretch the writer
    calls short, a vague DURATION of that unit (PTXH, PXD), the phrase inside the extent."""
    return Reading("DURATION", value=duration_value(None, unit_of(m["unit"])), anchor="duration")


MATTER_OF = _compile(r"\b(?:a|just\s+a|only\s+a|a\s+mere)\s+matter\s+of\s+(?P<unit>seconds|minutes|hours|days|weeks|months)\b")


def read_turn_of_century(m: re.Match[str]) -> Reading | None:
    """'the turn of the century', 'the turn of the 20th century': the years around a century's
    first year (TimeML: that year, APPROX). Without a number, the boundary nearest the report,
    the one behind it in past-tense prose ('was built at the turn of the century' in 1998).
    'The turn of the millennium' is 2000 for any report of the last and this millennium."""
    if m["millennium"]:
        return _fixed("DATE", "2000", "APPROX")
    if m["n"]:
        number = day_number(m["n"]) if m["n"][0].isdigit() else ORDINALS.get(m["n"].lower())
        if not number:
            return None
        return _fixed("DATE", f"{(number - 1) * 100:04d}", "APPROX")
    return Reading("DATE", mod="APPROX", resolve=_century_turn)


def _century_turn(a: Anchor) -> Resolved:
    value, anchor = a.deictic("year", 0)
    if not value or not value[:4].isdigit():
        return None, anchor
    year = int(value[:4])
    turn = (year + 50) // 100 * 100
    if turn > year and a.looks_back():
        turn -= 100
    return f"{turn:04d}", anchor


TURN_OF_CENTURY = _compile(
    rf"\bthe\s+turn\s+of\s+the\s+(?:(?:(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{DAY_WORD})[\s-]+)?century|(?P<millennium>millennium))\b"
)


def read_named_millennium(m: re.Match[str]) -> Reading | None:
    """'the new millennium', 'the next millennium', 'the coming millennium', 'the third
    millennium': a thousand years named by its place, written as a century is by its leading
    digits ('2' for the years 2000-2999, as 'the next century' is '20'). 'New' is the one begun
    or about to begin nearest the report, 'next' and 'coming' the one after the report's."""
    if m["n"]:
        number = ORDINALS.get(m["n"].lower())
        return _fixed("DATE", str(number - 1)) if number and 1 < number < 10 else None
    rel = m["rel"].lower()
    return Reading("DATE", resolve=lambda a: _millennium_of(a, rel))


def _millennium_of(a: Anchor, rel: str) -> Resolved:
    value, anchor = a.deictic("year", 0)
    if not value or not value[:4].isdigit():
        return None, anchor
    year = int(value[:4])
    return str((year + 500) // 1000 if rel == "new" else year // 1000 + 1), anchor


NAMED_MILLENNIUM = _compile(
    r"\bthe\s+(?:(?P<rel>new|next|coming)|(?P<n>second|third|fourth))\s+millennium\b(?!\s+(?:bug|dome|fund|party|project)\b)"
)


def read_sports_season(m: re.Match[str]) -> Reading | None:
    """'last season', 'this season', 'next season' (no spring or summer named): a season of a
    league or a theatre, which runs across two calendar years; given, as 'the 2019-20 season'
    is, by a year: the report's year moved by the offset ('the previous season' is the one
    before the season the passage is about, left to the passage's own time)."""
    step = {"last": -1, "this": 0, "next": 1, "the past": -1, "the coming": 1}[
        re.sub(r"\s+", " ", m["rel"].lower())
    ]
    mod = position_mod(m["pos"])  # "the end of last season"
    return Reading("DATE", mod=mod, resolve=lambda a: a.deictic("year", step))


SPORTS_SEASON = _compile(
    rf"\b(?:(?P<pos>{POSITION})\s+)?(?P<rel>last|this|next|the\s+past|the\s+coming)\s+season\b(?!\s+of\b)(?!['’]s?\s+(?:spring|summer|fall|autumn|winter)\b)"
)


def read_story_season(m: re.Match[str]) -> Reading | None:
    """'the previous season', 'the following season', 'the season before (last)', 'the season
    after': a league's season counted from the one the passage is about ('He joined in the
    2003-04 season. The previous season he had scored twice': 2003), as 'the following year'
    is; without one, from the report's."""
    if m["rel"]:
        step = -1 if m["rel"].lower() in ("previous", "preceding", "prior") else 1
    else:
        step = {"before": -1, "after": 1}[m["dir"].lower()] * (2 if m["last"] else 1)
    mod = position_mod(m["pos"])
    return Reading("DATE", mod=mod, resolve=lambda a: a.relative("year", step))


STORY_SEASON = _compile(
    rf"""\b(?:(?P<pos>{POSITION})\s+)?the\s+
    (?:(?P<rel>previous|preceding|prior|following|next)\s+season\b(?!\s+of\b)(?!['’]s?\s+(?:spring|summer|fall|autumn|winter)\b)
      |season\s+(?P<dir>before|after)(?:\s+(?P<last>last)\b|(?=\s*(?:[.,;:!?)]|$|\s+and\b))))"""
)


def read_midweek(m: re.Match[str]) -> Reading | None:
    """'by midweek', 'a mid-week rally', 'prices fell midweek': the middle of the week the passage
    is in (DATE, the ISO week, MID), as 'later in the week' is of that week."""
    return Reading("DATE", mod="MID", resolve=lambda a: a.previous("week"))


MIDWEEK = _compile(r"\bmid-?week\b(?!-)")


def read_nth_weekday_of_each_month(m: re.Match[str]) -> Reading | None:
    """'the first Monday of each month', 'every first Monday of the month': a day that comes
    back every month, a SET (P1M, as TimeBank gives 'each month'), not one DATE."""
    return Reading("SET", value="P1M")


_NTH = r"(?:first|second|third|fourth|last|1st|2nd|3rd|4th)"
NTH_WEEKDAY_OF_EACH_MONTH = _compile(
    rf"""\b(?:the\s+)?{_NTH}(?:(?:,\s*|,?\s+(?:and|or)\s+){_NTH})*\s+(?:{WEEKDAY})s?\s+(?:of\s+)?(?:each|every)\s+month\b
    |\b(?:every|each)\s+(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:{WEEKDAY})\s+of\s+the\s+month\b"""
)


def read_day_of_each_month(m: re.Match[str]) -> Reading | None:
    """'the 1st of every month', 'on the fifteenth of each month', 'every 15th of the month':
    a day of the month that comes back every month, a SET of that day (XXXX-XX-01)."""
    text = (m["dom"] or m["dom2"]).lower()
    day = ORDINALS.get(text) or int(text.rstrip("stndrh"))
    if not 1 <= day <= 31:
        return None
    return Reading("SET", value=f"XXXX-XX-{day:02d}")


_DAY_ORDINAL = r"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)|" + "|".join(
    sorted((w for w in ORDINALS if w not in ("last", "final")), key=len, reverse=True)
) + ")"
DAY_OF_EACH_MONTH = _compile(
    rf"""\b(?:the\s+)?(?P<dom>{_DAY_ORDINAL})\s+(?:day\s+)?of\s+(?:each|every)\s+month\b
    |\b(?:every|each)\s+(?P<dom2>{_DAY_ORDINAL})\s+(?:day\s+)?of\s+the\s+month\b"""
)


def read_to_the_day(m: re.Match[str]) -> Reading | None:
    """'three years to the day after the coup of March 3, 2019', 'Amadi, who took power on
    March 3, 2019, resigned two years to the day later': the anniversary of a full date the
    same sentence names (after "after / since / before"; before "later / earlier"), a DATE;
    with no such date, the amount alone (DURATION), as 'three years after' is ('On June 5,
    1990, a year to the day before the war': the date named is the day itself)."""
    amount = parse_amount(m["n"])
    unit = unit_of(m["unit"])
    if amount is None or amount != int(amount):
        return None
    sign = -1 if m["dir"].lower() in ("before", "earlier") else 1
    text = m.string
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    stop = min((i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
    if m["dir"].lower() in ("after", "since", "before"):  # "... after the coup of March 3, 2019"
        found = _FULL_DATE.search(text, m.end(), stop)
    else:  # "Amadi, who took power on March 3, 2019, resigned two years to the day later"
        found = next(reversed(list(_FULL_DATE.finditer(text, start, m.start()))), None)
    day = None
    if found is not None:
        year, month, dnum = found["y"] or found["y2"], found["mon"] or found["mon2"], found["d"] or found["d2"]
        day = make_date(int(year), month_number(month), day_number(dnum))
    if found is None:
        # "The army seized power on March 3, 2019. Three years to the day after the coup":
        # counted from the single day the passage told before this sentence, if any
        count = sign * int(amount)
        return Reading(
            "DATE", resolve=lambda a: a.anniversary(unit, count),
            fallback=Reading("DURATION", value=duration_value(int(amount), unit), anchor="duration"),
            fallback_length=m.end("unit") - m.start(),
        )
    moved = shift(day, sign * int(amount), unit) if day is not None else None
    if moved is None:  # the duration rule reads the amount
        return None
    return Reading("DATE", value=moved.isoformat())


TO_THE_DAY = _compile(
    rf"""\b(?P<n>{NUM})\s+(?P<unit>years?|months?|weeks?)\s+to\s+the\s+day
    (?=\s+(?P<dir>after|since|before|later|earlier)\b)"""
)
_FULL_DATE = _compile(
    rf"""\b(?:(?P<mon>{MONTH})\s+(?P<d>{DAY_NUM}),?\s+(?P<y>{YEAR4})|(?P<d2>{DAY_NUM})\s+(?P<mon2>{MONTH}),?\s+(?P<y2>{YEAR4}))\b"""
)


RULES: tuple[Rule, ...] = (
    _rule("unit_after_next", UNIT_AFTER_NEXT, read_unit_after_next, 8, "unit"),
    _rule("unit_from_weekday", UNIT_FROM_WEEKDAY, read_unit_from_weekday, 8, "weekday dayword"),
    _rule("weekday_week", WEEKDAY_WEEK, read_weekday_week, 8, "weekday dayword"),
    _rule("moments_ago", MOMENTS_AGO, read_moments_ago, 4, "unit ref"),
    _rule("ago_this_period", AGO_THIS_PERIOD, read_ago_this_period, 8, "unit"),
    _rule("this_time_last_year", THIS_TIME_LAST, read_this_time_last, 8, "unit"),
    _rule("split_year", SPLIT_YEAR, read_split_year, 8, "year4"),
    _rule("year_fiscal_after", YEAR_FISCAL_AFTER, read_year_fiscal_after, 8, "year4"),
    _rule("matter_of", MATTER_OF, read_matter_of, 8, "unit"),
    _rule("elided_last", ELIDED_LAST, read_elided_last, 8, "unit", span=lambda m: m.span("last")),
    _rule("the_new_year", THE_NEW_YEAR, read_the_new_year, 8, "unit"),
    _rule("vague_quarters", VAGUE_QUARTERS, read_vague_quarters, 6, "unit"),
    _rule("month_span_period", MONTH_SPAN_PERIOD, read_month_span_period, 8, "month"),
    _rule("end_day_of", END_DAY_OF, read_end_day_of, 8, "unit"),
    _rule("apposed_unit", APPOSED_UNIT, read_apposed_unit, 8, "unit"),
    _rule("turn_of_century", TURN_OF_CENTURY, read_turn_of_century, 8, "unit"),
    _rule("named_millennium", NAMED_MILLENNIUM, read_named_millennium, 8, "unit"),
    _rule("sports_season", SPORTS_SEASON, read_sports_season, 5, "leagueseason"),
    _rule("story_season", STORY_SEASON, read_story_season, 5, "leagueseason"),
    _rule("midweek", MIDWEEK, read_midweek, 5, "midweek"),
    _rule("nth_weekday_of_each_month", NTH_WEEKDAY_OF_EACH_MONTH, read_nth_weekday_of_each_month, 8, "weekday"),
    _rule("day_of_each_month", DAY_OF_EACH_MONTH, read_day_of_each_month, 8, "unit"),
    _rule("to_the_day", TO_THE_DAY, read_to_the_day, 8, "unit"),
    _rule("compound_duration", COMPOUND_DURATION, read_compound_duration, 8, "unit"),
    _rule("same_period_of", SAME_PERIOD_OF, read_same_period_of, 7, "unit"),
    _rule("clock_time", CLOCK_TIME, read_clock_time, 9, "clock clockword"),
    _rule("spoken_clock", SPOKEN_CLOCK, read_spoken_clock, 9, "spokenclock"),
    _rule("iso_date", ISO_DATE, read_iso_or_us, 9, "numdate"),
    _rule("month_day_year", MONTH_DAY_YEAR, read_month_day_year, 8, "month"),
    _rule("day_month_year", DAY_MONTH_YEAR, read_month_day_year, 7, "month"),
    _rule("month_deictic_year", MONTH_DEICTIC_YEAR, read_month_deictic_year_any, 8, "month"),
    _rule("month_year", MONTH_YEAR, read_month_year, 8, "month"),
    _rule("quarter", QUARTER, read_quarter_any, 7, "unit qnum", quarter_span),
    _rule("decade", DECADE, read_decade, 7, "decade year4"),
    _rule("century", CENTURY, read_century, 7, "unit"),
    _rule("season", SEASON, read_season, 6, "season"),
    _rule("ago", AGO, read_ago, 7, "unit", ago_span),
    _rule("event_day", EVENT_DAY, read_event_day, 6, "unit"),
    _rule("event_period", EVENT_PERIOD, read_event_period, 6, "unit", event_period_span),
    _rule("long_duration", LONG_DURATION, read_long, 6, "unit"),
    _rule("week_of_month", WEEK_OF_MONTH, read_week_of_month, 8, "unit month"),
    _rule("week_of_day", WEEK_OF_DAY, read_week_of_day, 8, "unit month"),
    _rule("day_of_month", DAY_OF_MONTH, read_day_of_month, 5, "ordday"),
    _rule("day_of_deictic_month", DAY_OF_DEICTIC_MONTH, read_day_of_deictic_month, 6, "ordday"),
    _rule("relative_unit", RELATIVE_UNIT, read_relative_unit, 6, "unit"),
    _rule("the_unit", THE_UNIT, read_the_unit_any, 5, "unit"),
    _rule("unit_before", UNIT_BEFORE, read_unit_before, 6, "unit"),
    _rule("weekday", WEEKDAY_RULE, read_weekday, 6, "weekday"),
    _rule("day_word", DAY_WORD_RULE, read_day_word, 6, "dayword"),
    _rule("part_of_date", PART_OF_DATE, read_part_of_date, 8, "month weekday dayword"),
    _rule("date_then_part", DATE_THEN_PART, read_part_of_date, 9, "month"),
    _rule("part_of_day", PART_OF_DAY_ALONE, read_part_of_day_any, 2, "unit"),
    _rule("small_hours", SMALL_HOURS, read_small_hours, 2, "unit"),
    _rule("holiday", HOLIDAY, read_holiday, 5, "holiday"),
    _rule("twilight", TWILIGHT, read_twilight, 2, "twilight"),
    _rule("frequency", FREQUENCY_A, read_frequency, 6, "unit"),
    _rule("set", SET_RULE, read_set, 5, "unit weekday month season setadv"),
    _rule("duration", DURATION, read_duration, 4, "unit", duration_span),
    _rule("range_start", RANGE_START, read_range_start, 4, "unit"),
    _rule("month", MONTH_ALONE, read_month, 4, "month"),
    _rule("spelled_year", SPELLED_YEAR, read_spelled_year, 4, "spelled"),
    _rule("year", YEAR, read_year, 3, "year4"),
    _rule("short_year", SHORT_YEAR, read_short_year, 3, "year2"),
    _rule("range_end", RANGE_END, read_range_end, 3, "year4 month"),
    _rule("anaphoric_time", ANAPHORIC_TIME, read_anaphoric_time, 3, "time"),
    _rule("vague_span", VAGUE_SPAN, read_vague_span, 2, "time unit"),
    _rule("report_period", REPORT_PERIOD, read_report_period_any, 6, "unit year4"),
    _rule("period_ended", PERIOD_ENDED, read_period_ended, 6, "unit"),
    _rule("bare_units", BARE_UNITS, read_bare_units, 2, "unit"),
    _rule("ref", REF, read_ref, 1, "ref unit time"),
)


def extent(match: re.Match[str]) -> tuple[int, int]:
    if "x" in match.re.groupindex and match["x"]:
        return match.span("x")
    if "x2" in match.re.groupindex and match["x2"]:
        return match.span("x2")
    return match.span()


TRIGGER_WORDS: dict[str, frozenset[str]] = {
    "month": frozenset(
        [*MONTHS, *(k + "." for k in MONTHS), "january", "february"]
    ),
    "weekday": frozenset([*WEEKDAYS, *(k + "." for k in WEEKDAYS), "sundays", "mondays",
                          "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "weekday", "weekdays"]),
    "dayword": frozenset({"today", "tonight", "yesterday", "tomorrow", "overnight"}),
    "unit": frozenset([*UNIT_WORDS, "half", "morning", "afternoon", "evening", "mornings", "period",
                       "evenings", "quarters", *_CLOSED_LONG]),
    "season": frozenset(SEASONS),
    "ref": frozenset({"now", "currently", "current", "recently", "recent", "lately", "soon", "future",
                      "past", "present", "moment", "nowadays", "days", "term", "ahead",
                      "someday", "possible", "formerly", "previously", "later", "being", "moments"}),
    "time": frozenset({"time", "then", "while"}),
    "decade": frozenset(DECADE_WORDS),
    "setadv": frozenset(_SET_UNITS),
    "clockword": frozenset({"noon", "midnight", "midday", "o'clock", "o’clock"}),
    "twilight": frozenset(w.split()[-1] for w in _TWILIGHT),
    "holiday": frozenset({"christmas", "new", "independence", "fourth", "valentine", "halloween",
                          "veterans", "boxing", "bastille", "patrick", "year", "thanksgiving",
                          "memorial", "labor", "columbus", "king", "presidents", "mother",
                          "father", "easter", "good", "election", "chinese", "lunar",
                          "spring", "ramadan", "eid", "id", "black", "cyber"}),
    "spelled": frozenset({"nineteen", "thousand"}),
    "leagueseason": frozenset({"season"}),
    "spokenclock": frozenset({"past", "to", "after", "night", "morning", "afternoon", "evening"}),
    "midweek": frozenset({"midweek", "mid-week", "mid"}),  # "mid-week" may be split at its hyphen  # "last season" (a league's, not spring or fall)
}  # fmt: skip
"""Lower-cased tokens that can start a window in which the rules needing that category run."""

WINDOWS = {
    "unit": (60, 40), "month": (45, 35), "weekday": (35, 45), "year4": (50, 25), "clock": (30, 60),
    "dayword": (25, 25), "ref": (25, 20), "time": (20, 30),
}  # fmt: skip
"""Characters searched before and after a trigger of each category (default 50, 50)."""


def windows_for(rule: Rule, triggers: dict[str, list[int]], length: int) -> list[tuple[int, int]]:
    """Merged character windows around the trigger positions of the rule's categories."""
    spans: list[tuple[int, int]] = []
    for cat in rule.needs:  # (each category's reach looked up once, not twice per trigger)
        before, after = WINDOWS.get(cat, (50, 50))
        spans += [(max(0, p - before), min(length, p + after)) for p in triggers.get(cat, ())]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def find_candidates(
    text: str,
    rules: tuple[Rule, ...] = RULES,
    *,
    triggers: dict[str, list[int]] | None = None,
    accept: Callable[[Candidate], bool] | None = None,
) -> list[Candidate]:
    """All rule matches in ``text``, overlaps settled longest-first, then by rule priority.

    With ``triggers`` (category → character offsets of trigger tokens), each rule runs only
    in windows around its own trigger words, which keeps the stage cheap on long texts.
    """
    found: list[Candidate] = []
    # (rules that need the same trigger categories share their windows: 13 need only a unit)
    windows: dict[frozenset[str], list[tuple[int, int]]] = {}
    for rule in rules:
        if triggers is None:
            if rule.requires is not None and rule.requires.search(text) is None:
                continue
            matches: Iterable[re.Match[str]] = rule.pattern.finditer(text)
        else:
            if rule.needs not in windows:
                windows[rule.needs] = _word_windows(rule, text, triggers)
            matches = _window_matches(rule, text, triggers, windows=windows[rule.needs])
        for match in matches:
            start, end = rule.span(match) if rule.span else extent(match)
            # A match may have swallowed trailing whitespace; trim it off the extent.
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                reading = read_safely(rule, match)
                if reading is None:  # unreadable matches must not block the rules they overlap
                    continue
                cand = Candidate(start, end, rule, match, reading)
                if accept is None or accept(cand):
                    found.append(cand)
    found.sort(key=lambda c: (-(c.end - c.start), -c.rule.priority, c.start))
    taken: list[Candidate] = []
    occupied = bytearray(len(text) + 1)
    for cand in found:
        if any(occupied[cand.start : cand.end]):
            continue
        taken.append(cand)
        occupied[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    taken.sort(key=lambda c: c.start)
    return taken


def _word_windows(rule: Rule, text: str, triggers: dict[str, list[int]]) -> list[tuple[int, int]]:
    """The rule's trigger windows (:func:`windows_for`), each end moved to the end of its word."""
    return [(start, _word_end(text, end)) for start, end in windows_for(rule, triggers, len(text))]


def _window_matches(
    rule: Rule,
    text: str,
    triggers: dict[str, list[int]],
    *,
    windows: list[tuple[int, int]] | None = None,
) -> Iterator[re.Match[str]]:
    """The rule's matches in its trigger windows (``windows``: :func:`_word_windows`, made
    once for the rules needing the same categories), skipping windows that lack its
    required text."""
    requires, gate, length = rule.requires, rule.gate, len(text)
    for start, stop in _word_windows(rule, text, triggers) if windows is None else windows:
        if requires is None or requires.search(text, start, stop) is not None:
            # a match must start inside the window, but may run on past its end, and the
            # rule's lookaheads must see the text that follows, not a window edge
            tail = min(length, stop + _LOOKAHEAD)
            if gate is not None and gate.search(text, start, tail) is None:
                continue
            for match in rule.pattern.finditer(text, start, tail):
                if match.start() >= stop:
                    break
                yield match


_LOOKAHEAD = 80
"""Characters past a window's end that its matches and lookaheads may still read."""
_NEXT_SPACE = re.compile(r"\s|$")


def _word_end(text: str, pos: int) -> int:
    """Move a window end to the next whitespace so that no word is cut in two."""
    if pos >= len(text) or text[pos].isspace():
        return pos
    return _NEXT_SPACE.search(text, pos).start()  # type: ignore[union-attr]
