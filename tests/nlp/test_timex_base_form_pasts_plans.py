"""Timex values: base-form pasts, "until" a month, plans, REF uses (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

MON = date(1998, 11, 9)  # a Monday, ISO week 1998-W46
TUE = date(1998, 11, 10)  # a Tuesday
NEW_YEAR = date(1999, 1, 5)  # a Tuesday, five days into the year
YEAR_END = date(1999, 12, 28)  # a Tuesday, four days before the new year

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # a verb whose past is spelt as its base ("hurt", "cut", "set"), tagged as a present, after a
    # singular subject: agreement rules the present out ("hurts"), so the day is the last one
    ("Weakness in bank shares hurt the index on Friday.", TUE, [("Friday", "DATE", "1998-11-06", None)]),
    ("The mill cut 200 jobs on Thursday.", TUE, [("Thursday", "DATE", "1998-11-05", None)]),
    ("The ministry set a new price for bread on Saturday.", TUE, [("Saturday", "DATE", "1998-11-07", None)]),
    ("She quit the cabinet in October.", TUE, [("October", "DATE", "1998-10", None)]),
    # ... a present-tense form ("cuts") or a future keeps the day ahead
    ("The mill cuts 200 jobs on Friday.", MON, [("Friday", "DATE", "1998-11-13", None)]),
    ("The mill will cut 200 jobs on Friday.", TUE, [("Friday", "DATE", "1998-11-13", None)]),
    # "until" a yearless month after an active simple past or a copula: the state or the
    # activity ended then, the last such month
    ("Until March, she was the deputy governor of the province.", TUE, [("March", "DATE", "1998-03", None)]),
    ("He ran the family bakery until April, when he sold it.", TUE, [("April", "DATE", "1998-04", None)]),
    ("The rebels fought on in the hills until February.", TUE, [("February", "DATE", "1998-02", None)]),
    # ... a new term set by a passive or by a verb of extending or granting still looks ahead
    ("The state of emergency was extended until March.", TUE, [("March", "DATE", "1999-03", None)]),
    ("The council extended the curfew until April.", TUE, [("April", "DATE", "1999-04", None)]),
    ("The judge gave the defence until the end of January to reply.", TUE,
     [("the end of January", "DATE", "1999-01", "END")]),
    ("The museum is closed until March.", TUE, [("March", "DATE", "1999-03", None)]),
    # a plan told in the past tense ("was scheduled to", "were due to") may have run its course:
    # a date a few weeks gone by is the one meant, a date a few weeks ahead stays ahead
    ("The trial was scheduled to open Oct. 23 but the judge fell ill.", TUE,
     [("Oct. 23", "DATE", "1998-10-23", None)]),
    ("The two ministers were due to meet on Oct. 28.", TUE, [("Oct. 28", "DATE", "1998-10-28", None)]),
    ("The trial was scheduled to open Dec. 3.", TUE, [("Dec. 3", "DATE", "1998-12-03", None)]),
    # ... a plan told in the present looks ahead of the publication date
    ("The trial is scheduled to open Oct. 23.", TUE, [("Oct. 23", "DATE", "1999-10-23", None)]),
    # a plan reported at a time the sentence names looks ahead of that time
    ("The union said in September that the strike would start in October.", TUE,
     [("September", "DATE", "1998-09", None), ("October", "DATE", "1998-10", None)]),
    ("Producers agreed in August to cut output for three months starting in October.", TUE,
     [("August", "DATE", "1998-08", None), ("three months", "DURATION", "P3M", None),
      ("October", "DATE", "1998-10", None)]),
    ("The envoy said on Sept. 3 that the troops would leave on Oct. 1.", TUE,
     [("Sept. 3", "DATE", "1998-09-03", None), ("Oct. 1", "DATE", "1998-10-01", None)]),
    # ... reported today, the plan still looks ahead of the publication date
    ("The union said Tuesday that the strike would start in October.", TUE,
     [("Tuesday", "DATE", "1998-11-10", None), ("October", "DATE", "1999-10", None)]),
    # REF uses TimeBank never marks: "at the moment"; "currently" describing a
    # noun or an attributive adjective; "the future" as a subject or after a noun's "to"
    ("There are no flights out of the city at the moment.", TUE, []),
    ("Jane Roe, currently head of sales, will succeed him.", TUE, []),
    ("The fund was hit by a nervous and currently unforgiving investing public.", TUE, []),
    ("The future looks bleak for the mining town.", TUE, []),
    ("The minister urged a new approach to the future.", TUE, []),
    # ... while "currently" on a verb and "the future" after "in", "into", "about" stay
    ("The company currently employs 300 people.", TUE, [("currently", "DATE", "PRESENT_REF", None)]),
    ("Shares, currently valued at $4 billion, will be sold.", TUE, [("currently", "DATE", "PRESENT_REF", None)]),
    ("Currently, the country imports most of its grain.", TUE, [("Currently", "DATE", "PRESENT_REF", None)]),
    ("Farmers are worried about the future.", TUE, [("the future", "DATE", "FUTURE_REF", None)]),
    ("More plants will close in the future.", TUE, [("the future", "DATE", "FUTURE_REF", None)]),
    ("There are no flights now.", TUE, [("now", "DATE", "PRESENT_REF", None)]),
    # a time hung from a simple past verb itself, or after "since", has begun: written on
    # Dec. 28, "in January" is the one gone by, however near the next one is
    ("Prices fell 3 percent in January.", YEAR_END, [("January", "DATE", "1999-01", None)]),
    ("The minister was appointed in January.", YEAR_END, [("January", "DATE", "1999-01", None)]),
    ("The plant closed on Jan. 3.", YEAR_END, [("Jan. 3", "DATE", "1999-01-03", None)]),
    ("Prices have fallen since January.", YEAR_END, [("January", "DATE", "1999-01", None)]),
    # ... a plan, a present timetable or a time the report hangs over stays ahead
    ("The law had been due to take effect Jan. 1.", YEAR_END, [("Jan. 1", "DATE", "2000-01-01", None)]),
    ("The new toll takes effect Jan. 1.", YEAR_END, [("Jan. 1", "DATE", "2000-01-01", None)]),
    ("Traffic is expected to peak Thursday and again on Jan. 3, officials said.", YEAR_END,
     [("Thursday", "DATE", "1999-12-30", None), ("Jan. 3", "DATE", "2000-01-03", None)]),
    # a present copula with a word of timetables ("is due", "are expected", "is scheduled")
    # looks ahead, even to a month that ended a few days ago
    ("Parliamentary elections are due in December.", NEW_YEAR, [("December", "DATE", "1999-12", None)]),
    ("The two sides are in talks, and a decision is expected in December.", NEW_YEAR,
     [("December", "DATE", "1999-12", None)]),
    ("The final report is due in March.", NEW_YEAR, [("March", "DATE", "1999-03", None)]),
    # ... while the past tense of one looks back to the month just gone
    ("Parliamentary elections were due in December.", NEW_YEAR, [("December", "DATE", "1998-12", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="s13")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
