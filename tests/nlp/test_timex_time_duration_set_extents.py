"""Timex grammar rules: detection, extents, types and the values of TIME, DURATION and SET.

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
The rules came from the t4_* stories of the wire set (tests/fixtures/timeml/wire) and from
TimeBank's extent and type errors.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 10, 14)  # a Wednesday, ISO week 1998-W42

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # "at present" is the present; the preposition stays out of the extent
    ("At present, the firm employs 5,000 workers.", WED, [("present", "DATE", "PRESENT_REF", None)]),
    ("The minister could not be reached at present.", WED, [("present", "DATE", "PRESENT_REF", None)]),
    # ... but not as an adjective before its noun
    ("Output is worth $3 billion at present prices.", WED, []),
    ("They will present the plan to the board.", WED, []),
    # "the end of the century" with a position word is the century of the passage
    ("The dam will be finished by the end of the century.", WED, [("the end of the century", "DATE", "19", "END")]),
    ("Prices rose in the early part of the century.", WED, [("the early part of the century", "DATE", "19", "START")]),
    # "the next century" counts from the publication, not from a year named before it
    ("The first turbines will run in 2003. More dams will follow in the next century.", WED,
     [("2003", "DATE", "2003", None), ("the next century", "DATE", "20", None)]),
    # "the first nine months of the year": the year those months belong to is tagged too
    ("Exports rose 11 percent in the first 10 months of the year.", WED,
     [("the first 10 months", "DURATION", "P10M", None), ("the year", "DATE", "1998", None)]),
    ("The plant will stay shut for the rest of the week.", WED, [("the week", "DATE", "1998-W42", None)]),
    # ... not a title "of the year"
    ("She was named coach of the year.", WED, []),
    ("It was the deal of the year.", WED, []),
    # a vague spacing is an unknown amount of the unit; half an hour is thirty minutes
    ("The envoy has visited the region every few weeks.", WED, [("every few weeks", "SET", "PXW", None)]),
    ("Inspectors come every several months.", WED, [("every several months", "SET", "PXM", None)]),
    ("Buses run every half hour.", WED, [("every half hour", "SET", "PT30M", None)]),
    ("Trains leave every half an hour.", WED, [("every half an hour", "SET", "PT30M", None)]),
    # a stretch repeated in every larger unit keeps its bound inside the SET's extent
    ("Pilots will fly no more than 85 hours a month.", WED,
     [("no more than 85 hours a month", "SET", "P1M", "EQUAL_OR_LESS")]),
    ("Nurses work about 50 hours a week.", WED, [("about 50 hours a week", "SET", "P1W", "APPROX")]),
    ("Children should sleep at least nine hours a night.", WED,
     [("at least nine hours a night", "SET", "P1D", "EQUAL_OR_MORE")]),
    # an unnumbered stretch before "later / earlier" is a DURATION wherever it stands; a
    # numbered or counted one is the longer match of the duration rule
    ("Police arrived hours later.", WED, [("hours", "DURATION", "PTXH", None)]),
    ("He was found dead days later, police said.", WED, [("days", "DURATION", "PXD", None)]),
    ("A few weeks later he resigned.", WED, [("A few weeks", "DURATION", "PXW", None)]),
    ("In the years later, he rarely spoke of it.", WED, []),
    # "very" before the adjective of a counted stretch stays inside it
    ("These have been two very long weeks, he said.", WED, [("two very long weeks", "DURATION", "P2W", None)]),
    # "a quarter of a century" is 25 years, as "a quarter century" is
    ("She has run elections for a quarter of a century.", WED, [("a quarter of a century", "DURATION", "P25Y", None)]),
    ("It was the worst flood in a quarter century.", WED, [("a quarter century", "DURATION", "P25Y", None)]),
    # "through / during / in the night": the night of the passage's day; in a past-tense
    # report that names no day before it, the night that ended on the report's morning
    ("Crews worked through the night to save the levee.", WED, [("the night", "TIME", "1998-10-13TNI", None)]),
    ("Rebels attacked the town Tuesday. During the night, they shelled the port.", WED,
     [("Tuesday", "DATE", "1998-10-13", None), ("the night", "TIME", "1998-10-13TNI", None)]),
    ("The storm will pass during the night.", WED, [("the night", "TIME", "1998-10-14TNI", None)]),
    # ... not a thing of the night, nor "the night" after other prepositions
    ("Stars filled the night sky.", WED, []),
    ("He works through the night shift.", WED, []),
    ("Guards changed shifts in the night before the trial.", WED, []),
    # "through / into / throughout the afternoon / the early morning" is a part of the day
    ("Negotiators called him every 30 minutes through the afternoon.", WED,
     [("every 30 minutes", "SET", "PT30M", None), ("the afternoon", "TIME", "1998-10-14TAF", None)]),
    # a morning (or dawn) told after the night of a day is the next day's
    ("They talked for seven hours Monday night and into the early morning.", WED,
     [("seven hours", "DURATION", "PT7H", None), ("Monday night", "TIME", "1998-10-12TNI", None),
      ("the early morning", "TIME", "1998-10-13TMO", "START")]),
    ("The ferry sank around midnight Saturday. Fishing boats reached the survivors at dawn.", WED,
     [("around midnight Saturday", "TIME", "1998-10-10T24:00", "APPROX"), ("dawn", "TIME", "1998-10-11TMO", None)]),
    # ... but a dawn after a daytime hour stays on its day
    ("The shelling began at 2 p.m. Saturday and stopped at dusk.", WED,
     [("2 p.m. Saturday", "TIME", "1998-10-10T14:00", None), ("dusk", "TIME", "1998-10-10TEV", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_s10_grammar(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="s10")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
