"""Word lists and regex pieces for English temporal expressions, shared by the grammar rules.

Kept apart from the rules so that each rule in :mod:`dateline.nlp.timex_grammar` reads as
one construction of English news prose.
"""

from __future__ import annotations

import re

from dateline.dates import MONTHS  # noqa: F401 - re-exported to the grammar

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "daytime": "DT", "midday": "MI", "dawn": "MO", "dusk": "EV",
}  # fmt: skip
SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "single": 1, "another": 1,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "last": 4, "final": 4,
}  # fmt: skip
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
VAGUE_AMOUNTS = frozenset(
    {"several", "few", "a few", "some", "many", "numerous", "a number of", "dozens of",
     "hundreds of", "thousands of", "countless", "couple of", "a couple of", "a couple"}
)  # fmt: skip
UNIT_WORDS = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "days": "day", "night": "night", "nights": "night",
    "week": "week", "weeks": "week", "weekend": "weekend", "weekends": "weekend",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "millennium": "millennium",
    "millennia": "millennium",
}  # fmt: skip

# Qualifiers in front of an amount, and the TIMEX3 mod each one means.
QUALIFIERS = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "almost": "APPROX", "close to": "APPROX",
    "just about": "APPROX", "an estimated": "APPROX", "circa": "APPROX",
    "more than": "MORE_THAN", "upwards of": "MORE_THAN", "over": "MORE_THAN",
    "well over": "MORE_THAN", "longer than": "MORE_THAN", "beyond": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "shorter than": "LESS_THAN", "just under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "or more": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "as many as": "EQUAL_OR_LESS", "as much as": "EQUAL_OR_LESS",
    "or less": "EQUAL_OR_LESS", "or so": "APPROX", "exactly": "EQUAL",
}  # fmt: skip
POSITIONS = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "beginning of": "START", "start of": "START", "the early part of": "START",
    "the dawn of": "START", "the first half of": "START",
    "late": "END", "later": "END", "the end of": "END", "end of": "END",
    "the latter part of": "END", "the late part of": "END", "the close of": "END",
    "the second half of": "END", "the last half of": "END", "the latter half of": "END",
    "the back half of": "END", "the front half of": "START",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "middle of": "MID",
}  # fmt: skip


def _alt(words: object) -> str:
    """A regex alternation of the given words, longest first, spaces as ``\\s+``."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


MONTH_FULL = "(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"  # noqa: E501
MONTH_ABBR = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR}|(?-i:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER))"  # noqa: E501
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_ABBR = r"(?-i:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)\."
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
DAY_WORD = _alt(k for k, v in ORDINALS.items() if k not in ("last", "final"))
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
ONES = "(?:one|two|three|four|five|six|seven|eight|nine)"
NUM_WORD = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]{ONES})?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|one\s+hundred|a\s+thousand"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten)[\s-](?:hundred|thousand)(?=[\s-]+[a-z])"
    r"|a\s+dozen|half\s+a|half\s+an|a\s+half|a\s+quarter(?:\s+of\s+a)?(?=[\s-]+centur)|another|a|an|a\s+single"
    r"|(?:(?<=\bpast\s)|(?<=\blast\s)|(?<=\bnext\s)|(?<=\bfirst\s))(?:half|quarter)(?=[\s-]+centur))"
    # ("the past half century": after "past", "last", "next", "first", with no article)
)
NUM_DIGIT = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+\d/\d)?"
NUM_VAGUE = _alt(VAGUE_AMOUNTS)
# "retired in 1974 and two years later": a year before "and" and a spelled amount is no range
NUM = (
    rf"(?:(?:{NUM_DIGIT}|{NUM_WORD})(?!(?<=\b(?:1[5-9]|20)\d\d)\s+(?:and|or|to)\s+[A-Za-z])"
    rf"(?:\s+(?:or|to|and|-)\s+(?:{NUM_DIGIT}|{NUM_WORD}))?"
    rf"(?:[\s-]and[\s-]a[\s-]half)?|{NUM_VAGUE})"
)
UNIT = _alt(UNIT_WORDS)
QUALIFIER = _alt(k for k in QUALIFIERS if not k.startswith("or "))
POSITION = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|dawn|early\s+part|latter\s+part"
    r"|late\s+part|first\s+half|second\s+half|last\s+half|latter\s+half|back\s+half|front\s+half)\s+of"
    r"|early|late|mid)"
)
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
TIMEZONE = (
    r"(?:(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|IST|JST|AEST|EDT)|local\s+time"
    # "noon Eastern time", "2:30 p.m. Eastern Standard Time": a zone spelled out is part of
    # the clock time's extent, as "5 p.m. EST" is in TimeML
    r"|(?-i:Eastern|Central|Mountain|Pacific|Atlantic)\s+(?:(?-i:Standard|Daylight)\s+)?(?-i:[Tt]ime)"
    r"|(?-i:Greenwich\s+Mean\s+Time))"
)
