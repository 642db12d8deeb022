"""Timex stretches, scheduled times and story-time anchors, from the fresh t5_* wire stories
and TimeBank's errors.

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

TUE = date(1999, 8, 17)  # a Tuesday, ISO week 1999-W33
WED = date(1998, 10, 14)  # a Wednesday, ISO week 1998-W42

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # "hours-long", "years-long": an unnumbered stretch written as an adjective, the article out
    ("An hours-long blackout ended before dawn.", TUE,
     [("hours-long", "DURATION", "PTXH", None), ("dawn", "TIME", "1999-08-17TMO", None)]),
    ("The two towns settled a years-long feud over water.", TUE, [("years-long", "DURATION", "PXY", None)]),
    ("The strike followed a week-long standoff.", TUE, [("week-long", "DURATION", "P1W", None)]),
    # "the past decade / century": a stretch up to now, like "the past three years"
    ("Poverty has fallen by half over the past decade.", TUE, [("the past decade", "DURATION", "P1E", None)]),
    ("The region has had a dozen strong quakes in the past century.", TUE,
     [("the past century", "DURATION", "P1C", None)]),
    # ... "the last decade" stays the decade before this one (TimeBank)
    ("Growth was slower in the last decade.", TUE, [("the last decade", "DATE", "198", None)]),
    # a possessive before a fiscal quarter stays out; "fiscal" stays in
    ("The firm said its profit rose in its fiscal second quarter.", WED,
     [("fiscal second quarter", "DATE", "1998-Q2", None)]),
    # the time a thing is set for lies ahead of the report, whatever the tense of the verb
    ("Sentencing was set for Jan. 21.", WED, [("Jan. 21", "DATE", "1999-01-21", None)]),
    ("Officials called off the launch and reset it for 3:27 a.m. Friday.", WED,
     [("3:27 a.m. Friday", "TIME", "1998-10-16T03:27", None)]),
    ("The board scheduled the vote for Monday.", WED, [("Monday", "DATE", "1998-10-19", None)]),
    ("Forecasters gave a 70 percent chance of rain for early Saturday.", WED,
     [("early Saturday", "DATE", "1998-10-17", "START")]),
    # ... not a time the thing was for, with no verb of scheduling
    ("Sales for September fell 3 percent.", WED, [("September", "DATE", "1998-09", None)]),
    ("He was jailed for a week in March.", WED,
     [("a week", "DURATION", "P1W", None), ("March", "DATE", "1998-03", None)]),
    # a yearless month the story has already passed is a look back, not the next year's
    ("The levee broke on Aug. 1, 1993. In early July, a boil opened in it, and volunteers "
     "filled sandbags until late July.", WED,
     [("Aug. 1, 1993", "DATE", "1993-08-01", None), ("early July", "DATE", "1993-07", "START"),
      ("late July", "DATE", "1993-07", "END")]),
    # ... a month soon after it still moves the story forward
    ("The levee broke on Aug. 1, 1993. In October, the town voted to move.", WED,
     [("Aug. 1, 1993", "DATE", "1993-08-01", None), ("October", "DATE", "1993-10", None)]),
    ("The dam failed on Sept. 2, 1994. In August, engineers reported cracks in it.", WED,
     [("Sept. 2, 1994", "DATE", "1994-09-02", None), ("August", "DATE", "1994-08", None)]),
    # "the following Monday", "the previous Friday": counted from the day the passage is about
    ("The robbery took place on Nov. 21, 1997. The loss was discovered the following Monday.", WED,
     [("Nov. 21, 1997", "DATE", "1997-11-21", None), ("the following Monday", "DATE", "1997-11-24", None)]),
    ("The deal closed on June 9, 1995. Talks had stalled the previous Friday.", WED,
     [("June 9, 1995", "DATE", "1995-06-09", None), ("the previous Friday", "DATE", "1995-06-02", None)]),
    # one stretch told in falling units is one DURATION; a list of stretches is not
    ("The winner finished in 2 hours, 9 minutes, 52 seconds.", TUE,
     [("2 hours, 9 minutes, 52 seconds", "DURATION", "PT2H9M52S", None)]),
    ("The talks dragged on for two years and three months.", TUE,
     [("two years and three months", "DURATION", "P2Y3M", None)]),
    ("The hostages were held for 4 days and 6 hours.", TUE, [("4 days and 6 hours", "DURATION", "P4DT6H", None)]),
    ("It rained for three hours, then two hours more.", TUE,
     [("three hours", "DURATION", "PT3H", None), ("two hours", "DURATION", "PT2H", None)]),
    # "the same month of 1998": the period just named, moved to the year given
    ("Exports rose in December, up 19 percent over the same month of 1998.", date(2000, 1, 12),
     [("December", "DATE", "1999-12", None), ("the same month of 1998", "DATE", "1998-12", None)]),
    ("Sales fell in the second quarter, after rising in the same quarter last year.", WED,
     [("the second quarter", "DATE", "1998-Q2", None), ("the same quarter last year", "DATE", "1997-Q2", None)]),
    # a bare part of the day after "until" closes its phrase
    ("He found the door open at 1:15 a.m. Tuesday and was told to wait until morning.", WED,
     [("1:15 a.m. Tuesday", "TIME", "1998-10-13T01:15", None), ("morning", "TIME", "1998-10-13TMO", None)]),
    ("The shop stays open until evening, the owner said.", WED, [("evening", "TIME", "1998-10-14TEV", None)]),
    ("He worked until morning shifts were cut.", WED, []),
    # the end of a clock range that began later in the day is on the next day
    ("The curfew ran from 9 p.m. Monday to 6 a.m.", WED,
     [("9 p.m. Monday", "TIME", "1998-10-12T21:00", None), ("6 a.m.", "TIME", "1998-10-13T06:00", None)]),
    ("The office was open from 8 a.m. Monday until 5 p.m.", WED,
     [("8 a.m. Monday", "TIME", "1998-10-12T08:00", None), ("5 p.m.", "TIME", "1998-10-12T17:00", None)]),
    # "July of that year", "March of the following year": a month of the year the passage is about
    ("The floods were the worst since 1954, when the river ran high for 100 days. In July of that year, "
     "the dikes nearly gave way.", WED,
     [("1954", "DATE", "1954", None), ("100 days", "DURATION", "P100D", None),
      ("July of that year", "DATE", "1954-07", None)]),
    ("He joined the bank in 1971 and left in March of the following year.", WED,
     [("1971", "DATE", "1971", None), ("March of the following year", "DATE", "1972-03", None)]),
    ("Prices peaked in June of last year.", WED, [("June of last year", "DATE", "1997-06", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="s11")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
