"""Timex rules: compound expressions of two time words that name one time (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 2, 11)  # a Wednesday of ISO week 7

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # "the week after next": the week two weeks ahead, one DATE; "the year before last" two back
    (
        "The talks will resume the week after next.",
        WED,
        [("the week after next", "DATE", "1998-W09", None)],
    ),
    (
        "The plant will close the month after next.",
        WED,
        [("the month after next", "DATE", "1998-04", None)],
    ),
    ("Prices peaked the year before last.", WED, [("the year before last", "DATE", "1996", None)]),
    # "a week from Friday": seven days after the coming Friday, one DATE
    (
        "The verdict is due a week from Friday.",
        WED,
        [("a week from Friday", "DATE", "1998-02-20", None)],
    ),
    (
        "The trial of Ms. Orlov opens two weeks from Monday.",
        WED,
        [("two weeks from Monday", "DATE", "1998-03-02", None)],
    ),
    # "a year ago this month": this month a year back, one DATE; so "a year ago today"
    (
        "Sales at Kestrel Foods rose 5 percent from a year ago this month.",
        WED,
        [("a year ago this month", "DATE", "1997-02", None)],
    ),
    (
        "The markets were shut a year ago today.",
        WED,
        [("a year ago today", "DATE", "1997-02-11", None)],
    ),
    # a fiscal, school or league year across two calendar years: one DATE, the year it ends in
    (
        "The budget for the 1997-98 fiscal year was approved.",
        WED,
        [("the 1997-98 fiscal year", "DATE", "1998", None)],
    ),
    (
        "Jon Vale played 60 games in the 2019-20 season.",
        WED,
        [("the 2019-20 season", "DATE", "2020", None)],
    ),
    ("Spending for fiscal 1997-98 will rise.", WED, [("fiscal 1997-98", "DATE", "1998", None)]),
    # "the turn of the century": the nearest century's first year, the one behind in the past
    (
        "The house was built at the turn of the century.",
        WED,
        [("the turn of the century", "DATE", "1900", "APPROX")],
    ),
    (
        "The company will cut jobs by the turn of the century.",
        WED,
        [("the turn of the century", "DATE", "2000", "APPROX")],
    ),
    (
        "By the turn of the 21st century, the town had doubled.",
        WED,
        [("the turn of the 21st century", "DATE", "2000", "APPROX")],
    ),
    # a league's season: given by a year, moved as the report's year
    ("The team finished fifth last season.", WED, [("last season", "DATE", "1997", None)]),
    ("Tom Reyes scored 20 goals this season.", WED, [("this season", "DATE", "1998", None)]),
    # "the first Monday of each month": a day that comes back every month, a SET
    (
        "The council meets the first Monday of each month.",
        WED,
        [("the first Monday of each month", "SET", "P1M", None)],
    ),
    (
        "The club meets on the last Friday of every month.",
        WED,
        [("the last Friday of every month", "SET", "P1M", None)],
    ),
    # a timetable present looks ahead, also when the tagger reads "The show airs" as one noun
    (
        "The show airs Sunday night on the network.",
        WED,
        [("Sunday night", "TIME", "1998-02-15TNI", None)],
    ),
    ("The program airs Sunday.", WED, [("Sunday", "DATE", "1998-02-15", None)]),
    # a modal perfect after "by" tells what may be done when a coming deadline arrives
    ("By Friday, 40 people may have died.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("The toll could have doubled by Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    # ... an inference about the past, a past perfect or a modal perfect after "on" stays behind
    ("Ms. Hale must have known by Friday.", WED, [("Friday", "DATE", "1998-02-06", None)]),
    ("By Friday, 40 people had died.", WED, [("Friday", "DATE", "1998-02-06", None)]),
    ("Mr. Lund may have died on Friday.", WED, [("Friday", "DATE", "1998-02-06", None)]),
    # more of the same constructions
    (
        "The verdict is due a week from tomorrow.",
        WED,
        [("a week from tomorrow", "DATE", "1998-02-19", None)],
    ),
    (
        "Sales fell from a year ago this week.",
        WED,
        [("a year ago this week", "DATE", "1997-W07", None)],
    ),
    (
        "The budget for the 1997-1998 fiscal year was approved.",
        WED,
        [("the 1997-1998 fiscal year", "DATE", "1998", None)],
    ),
    (
        "Spending in fiscal year 1997-98 will rise.",
        WED,
        [("fiscal year 1997-98", "DATE", "1998", None)],
    ),
    (
        "Cities prepared for the turn of the millennium.",
        WED,
        [("the turn of the millennium", "DATE", "2000", "APPROX")],
    ),
    (
        "The board meets every first Monday of the month.",
        WED,
        [("every first Monday of the month", "SET", "P1M", None)],
    ),
    # ... a span of years is no single year; a season named by its time of year stays one
    ("Ms. Dunn chaired the board in the 1994-96 term.", WED, []),
    ("He spent last summer in Oslo.", WED, [("last summer", "DATE", "1997-SU", None)]),
    # "the weekend after next": the weekend of the week two ahead
    (
        "The talks will resume the weekend after next.",
        WED,
        [("the weekend after next", "DATE", "1998-W09-WE", None)],
    ),
    # "The series airs" parsed as a noun and its apposition: a subject and its present verb
    ("The series airs Sunday night.", WED, [("Sunday night", "TIME", "1998-02-15TNI", None)]),
    # ... with a verb of its own the sentence is told as it is ("were shown", past)
    (
        "The series airs were shown Sunday night.",
        WED,
        [("Sunday night", "TIME", "1998-02-08TNI", None)],
    ),
    # "this time last year", "the same time next week": the report's day moved by the unit
    (
        "Prices were higher this time last year.",
        WED,
        [("this time last year", "DATE", "1997-02-11", "APPROX")],
    ),
    (
        "The deal will close this time next week.",
        WED,
        [("this time next week", "DATE", "1998-02-18", None)],
    ),
    # "three weeks ago today", "a week ago yesterday": so many days before that day
    (
        "The plant opened three weeks ago today.",
        WED,
        [("three weeks ago today", "DATE", "1998-01-21", None)],
    ),
    (
        "Mr. Cole left a week ago yesterday.",
        WED,
        [("a week ago yesterday", "DATE", "1998-02-03", None)],
    ),
    # "two years ago last month", "a year ago Tuesday": that period so many years back
    (
        "The strike ended two years ago last month.",
        WED,
        [("two years ago last month", "DATE", "1996-01", None)],
    ),
    (
        "The firm reported record sales a year ago Tuesday.",
        WED,
        [("a year ago Tuesday", "DATE", "1997-02-10", None)],
    ),
    # "a month from Friday": the same day of the next month
    (
        "The law takes effect a month from Friday.",
        WED,
        [("a month from Friday", "DATE", "1998-03-13", None)],
    ),
    # ... "a week ago Tuesday" stays the weekday rule's
    (
        "The firm opened a week ago Tuesday.",
        WED,
        [("a week ago Tuesday", "DATE", "1998-02-03", None)],
    ),
    # "a week from Monday night": that day's night, a TIME; "the end of last season": its END
    (
        "Talks resume a week from Monday night.",
        WED,
        [("a week from Monday night", "TIME", "1998-02-23TNI", None)],
    ),
    (
        "Ms. Pratt retired at the end of last season.",
        WED,
        [("the end of last season", "DATE", "1997", "END")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="compound")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
