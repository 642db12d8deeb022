"""Days counted from the day of the report: 'the day after tomorrow', 'the day before
yesterday', 'a week from today' are one DATE each, a day (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 8, 12)  # a Wednesday

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # -- two days off the report's day
    ("The river at Tarnow will crest the day after tomorrow.", WED,
     [("the day after tomorrow", "DATE", "1998-08-14", None)]),
    ("The dike near Lenka gave way the day before yesterday.", WED,
     [("the day before yesterday", "DATE", "1998-08-10", None)]),
    ("The day before yesterday, the ferry to Oria sank.", WED,
     [("The day before yesterday", "DATE", "1998-08-10", None)]),
    # ... "the day before" after a named day still counts from that day
    ("The ferry sank yesterday, and its captain was warned the day before.", WED,
     [("yesterday", "DATE", "1998-08-11", None), ("the day before", "DATE", "1998-08-10", None)]),
    # -- days and weeks "from today": a day, counted from the report's day
    ("The runoff between Ms. Varga and Mr. Pohl is a week from today.", WED,
     [("a week from today", "DATE", "1998-08-19", None)]),
    ("Three weeks from today, voters in Kessel go to the polls.", WED,
     [("Three weeks from today", "DATE", "1998-09-02", None)]),
    ("Ten days from today, the new bridge will open.", WED, [("Ten days from today", "DATE", "1998-08-22", None)]),
    # ... a year from today stays a year, as "a year from now" is; "from now" keeps its grain
    ("A year from today, the bridge will be finished.", WED, [("A year from today", "DATE", "1999", None)]),
    ("The runoff will be held two weeks from now.", WED, [("two weeks from now", "DATE", "1998-W35", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_days_counted_from_today(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="ct")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
