"""Timex values: past stretches, "last" weekdays, fiscal years, tense cues (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 10, 14)  # a Wednesday, ISO week 1998-W42
THU = date(1998, 10, 15)  # a Thursday
SAT = date(1998, 10, 17)  # a Saturday

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # "the past week", "the last month": the stretch up to now, a DURATION like "the past two weeks"
    ("Negotiators spent the past week trading offers.", WED, [("the past week", "DURATION", "P1W", None)]),
    ("Prices have doubled over the past month.", WED, [("the past month", "DURATION", "P1M", None)]),
    ("Three ferries have sunk in the last month alone.", WED, [("the last month", "DURATION", "P1M", None)]),
    ("Rain fell for most of the past two weeks.", WED, [("the past two weeks", "DURATION", "P2W", None)]),
    # ... the calendar "last week" keeps its DATE, and so does a week of a named month
    ("The mill closed last week.", WED, [("last week", "DATE", "1998-W41", None)]),
    # "soon after"/"soon before" an event measures a gap, it names no time
    ("The hostage was probably killed soon after his capture.", WED, []),
    ("The guards left soon before the fire started.", WED, []),
    # ... a bare "soon" is still the near future
    ("The budget will soon move into surplus.", WED, [("soon", "DATE", "FUTURE_REF", None)]),
    # "last Friday" on a Saturday: a day passed this week goes by its bare name, so "last" is the
    # week before's, as "next" reaches into the week after
    ("The two leaders met last Friday in Geneva.", SAT, [("last Friday", "DATE", "1998-10-09", None)]),
    ("The two leaders met last Monday in Geneva.", WED, [("last Monday", "DATE", "1998-10-05", None)]),
    ("The two leaders met Friday in Geneva.", SAT, [("Friday", "DATE", "1998-10-16", None)]),
    # ... a day not yet reached this week is the latest one, and "this past" is always the latest
    ("The two leaders met last Friday in Geneva.", THU, [("last Friday", "DATE", "1998-10-09", None)]),
    ("The two leaders met last Wednesday in Geneva.", WED, [("last Wednesday", "DATE", "1998-10-07", None)]),
    ("The two leaders met this past Monday in Geneva.", WED, [("this past Monday", "DATE", "1998-10-12", None)]),
    # "a week ago Tuesday" counts back from the latest Tuesday, whatever "last Tuesday" means
    ("Talks began a week ago Monday in Geneva.", SAT, [("a week ago Monday", "DATE", "1998-10-05", None)]),
    # "FY2000" written as one word: the fiscal year, valued like "fiscal 1997" (the year)
    ("The agency expects a surplus in FY1999 and FY2000.", WED,
     [("FY1999", "DATE", "1999", None), ("FY2000", "DATE", "2000", None)]),
    ("The firm lost money in fiscal 1997.", WED, [("fiscal 1997", "DATE", "1997", None)]),
    ("The Y2000 bug worried the banks.", WED, []),
    # a past evening clock time with no day, in copy filed the next day, is the evening before
    # when the story named that day, even past a sentence about something else
    ("The city council approved the budget late Tuesday. Recycling will be collected weekly from "
     "April.\n\nMembers debated for 11 hours before voting at 11:40 p.m.", date(2000, 12, 13),
     [("late Tuesday", "DATE", "2000-12-12", "END"), ("weekly", "SET", "P1W", None),
      ("April", "DATE", "2001-04", None), ("11 hours", "DURATION", "PT11H", None),
      ("11:40 p.m.", "TIME", "2000-12-12T23:40", None)]),
    # ... not a morning time, nor when the day named is the publication day itself
    ("The city council approved the budget late Tuesday. Recycling will be collected weekly from "
     "April.\n\nMembers met at 10 a.m.", date(2000, 12, 13),
     [("late Tuesday", "DATE", "2000-12-12", "END"), ("weekly", "SET", "P1W", None),
      ("April", "DATE", "2001-04", None), ("10 a.m.", "TIME", "2000-12-13T10:00", None)]),
    ("The city council approved the budget on Wednesday. Recycling will be collected weekly from "
     "April.\n\nMembers voted at 11:40 p.m.", date(2000, 12, 13),
     [("Wednesday", "DATE", "2000-12-13", None), ("weekly", "SET", "P1W", None),
      ("April", "DATE", "2001-04", None), ("11:40 p.m.", "TIME", "2000-12-13T23:40", None)]),
    # a present-tense verb in an embedded question describing a past event ("how counties
    # certify") states a rule: the date the parse hangs on it dates the past event
    ("The legislature passed a law changing how counties certify results on March 21.", date(2024, 10, 30),
     [("March 21", "DATE", "2024-03-21", None)]),
    ("The board decided what the new rules require on March 21.", date(2024, 10, 30),
     [("March 21", "DATE", "2024-03-21", None)]),
    # ... a clause reported by a verb of saying is a timetable, ahead of the report
    ("Officials said the plant reopens on March 21.", date(2024, 10, 30), [("March 21", "DATE", "2025-03-21", None)]),
    # a bare verb joined to a simple past ("held ... and plan") is a present the tagger read as
    # a base form: a present of plans looks ahead
    ("Organizers held a training session for marchers Saturday and plan another Wednesday.", date(1999, 11, 22),
     [("Saturday", "DATE", "1999-11-20", None), ("Wednesday", "DATE", "1999-11-24", None)]),
    # ... a past joined to a past stays past, and a verb under "will" shares the future
    ("Police arrested two men Saturday and charged them Sunday.", date(1999, 11, 22),
     [("Saturday", "DATE", "1999-11-20", None), ("Sunday", "DATE", "1999-11-21", None)]),
    ("The union will strike Thursday and march Saturday.", date(1999, 11, 22),
     [("Thursday", "DATE", "1999-11-25", None), ("Saturday", "DATE", "1999-11-27", None)]),
    # a participle of expectation describing a noun ("rain expected Friday") looks ahead when the
    # clause around the noun does
    ("Officials warned that storms expected Friday could flood the valley.", date(1998, 8, 5),
     [("Friday", "DATE", "1998-08-07", None)]),
    ("Forecasters said more rain expected over the weekend could push the river over its banks.",
     date(1998, 8, 5), [("the weekend", "DATE", "1998-W32-WE", None)]),
    ("Talks planned for Monday will go ahead.", date(1998, 8, 5), [("Monday", "DATE", "1998-08-10", None)]),
    # ... and stays past in a past clause
    ("A ruling expected Friday came a day late.", date(1998, 8, 5),
     [("Friday", "DATE", "1998-07-31", None), ("a day", "DURATION", "P1D", None)]),
    # a past-tense clock time cannot take a day still ahead of the report from a forecast
    ("The storm could reach the coast by Wednesday night, forecasters said.\n\nAt 5 a.m., the "
     "center was about 400 miles east of Miami.", date(1999, 9, 14),
     [("Wednesday night", "TIME", "1999-09-15TNI", None), ("5 a.m.", "TIME", "1999-09-14T05:00", None)]),
    # ... a day already past still lends it its date
    ("The storm reached the coast on Sunday, forecasters said.\n\nAt 5 a.m., the center was about "
     "40 miles east of Miami.", date(1999, 9, 14),
     [("Sunday", "DATE", "1999-09-12", None), ("5 a.m.", "TIME", "1999-09-12T05:00", None)]),
    # a clock time still to come with no day is on the day ahead the passage named last
    ("The shuttle will lift off early Friday, NASA said today. Launch is set for 4:52 a.m.", date(1999, 4, 14),
     [("early Friday", "DATE", "1999-04-16", "START"), ("today", "DATE", "1999-04-14", None),
      ("4:52 a.m.", "TIME", "1999-04-16T04:52", None)]),
    ("The vote will be held Friday. Polls will open at 7 a.m.", date(1999, 4, 14),
     [("Friday", "DATE", "1999-04-16", None), ("7 a.m.", "TIME", "1999-04-16T07:00", None)]),
    # ... with no day ahead named, the report's own day
    ("Officials said today that the polls will open at 7 a.m.", date(1999, 4, 14),
     [("today", "DATE", "1999-04-14", None), ("7 a.m.", "TIME", "1999-04-14T07:00", None)]),
    # "was/were to" + infinitive is a plan made in the past, a future seen from then, like "would"
    ("The ministers were to meet Monday, but the talks were called off.", WED,
     [("Monday", "DATE", "1998-10-19", None)]),
    ("He was to fly home Friday.", WED, [("Friday", "DATE", "1998-10-16", None)]),
    # ... a past progressive stays past
    ("The ministers were meeting Monday when the news came.", WED, [("Monday", "DATE", "1998-10-12", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="s12")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
