"""Timex rules: values of yearless dates and weekdays (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

DEC20 = date(1998, 12, 20)  # a Sunday, twelve days before the new year
WED = date(1998, 2, 11)  # a Wednesday
NOV1 = date(1989, 11, 1)  # a Wednesday

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # a finite simple past in a relative clause ("which killed", "who fled") names a time that
    # has begun, like a main-clause simple past: written on Dec. 20, "Jan. 5" is the one gone by
    ("The attack, which killed 12 people on Jan. 5, shocked the nation.", DEC20,
     [("Jan. 5", "DATE", "1998-01-05", None)]),
    ("The company, which filed for bankruptcy Jan. 5, is selling its plants.", DEC20,
     [("Jan. 5", "DATE", "1998-01-05", None)]),
    ("The refugees who crossed the border on Jan. 8 were sent back.", DEC20,
     [("Jan. 8", "DATE", "1998-01-08", None)]),
    # ... a main-clause simple past already did
    ("Police arrested him on Jan. 5.", DEC20, [("Jan. 5", "DATE", "1998-01-05", None)]),
    # ... a relative clause of the present or the future still looks ahead
    ("The talks, which begin Jan. 5, will focus on trade.", DEC20, [("Jan. 5", "DATE", "1999-01-05", None)]),
    ("The summit, which will open Jan. 5, is the first of its kind.", DEC20,
     [("Jan. 5", "DATE", "1999-01-05", None)]),
    # a term set or granted up to a weekday runs ahead of the report ("until" after a verb of
    # granting or extending, or a passive), as "until March" does for months
    ("Rebels gave the government until Friday to respond.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("The curfew was extended until Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("The court granted the defence until Monday to file its reply.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    # ... a state that lasted up to it is over: the last such day
    ("He stayed in hospital until Monday.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    # ... and "not until" in the past tells when it happened
    ("Some precincts did not report until Monday morning.", WED,
     [("Monday morning", "TIME", "1998-02-09TMO", None)]),
    ("The curfew was not lifted until Monday.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    # a reported past progressive of a planned movement or meeting is the backshifted futurate
    # ("is leaving Friday"): a plan ahead of the report
    ("Aides said the president was leaving for Paris on Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("The president was leaving for Paris on Friday, aides said.", WED,
     [("Friday", "DATE", "1998-02-13", None)]),
    ("Officials said the delegation was arriving Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    # ... a simple past stays in the past, as does a progressive not reported
    ("Aides said the president left for Paris on Friday.", WED, [("Friday", "DATE", "1998-02-06", None)]),
    ("The ministers were meeting on Friday when the news broke.", WED, [("Friday", "DATE", "1998-02-06", None)]),
    # a month naming when an agreement or a document was made ("the March accord") is behind
    # the report, however near its next occurrence
    ("The March accord remains in force.", WED, [("March", "DATE", "1997-03", None)]),
    ("The rebels rejected the December ceasefire.", WED, [("December", "DATE", "1997-12", None)]),
    ("Under the October agreement, the rebels keep their weapons.", WED, [("October", "DATE", "1997-10", None)]),
    # ... not a timetabled event, nor an agreement still to be made
    ("The March election will be close.", WED, [("March", "DATE", "1998-03", None)]),
    ("The March accord will be signed in Geneva.", date(1998, 10, 27), [("March", "DATE", "1999-03", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="s16")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
