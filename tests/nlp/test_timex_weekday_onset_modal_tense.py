"""Timex rules: the tense a weekday takes from a participle of onset, a fronted
modal, a day written right after a past verb of saying, an 'after' adjunct without a comma,
an unspecified day named with 'sometime', and 'the last decade' measured by a present
perfect (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 9, 9)  # a Wednesday
JAN5 = date(1999, 1, 5)  # a Tuesday, just into the new year
DEC28 = date(1998, 12, 28)  # a Monday, four days before the new year

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # -- "starting / beginning Monday" shares the tense of the clause it hangs from
    ("The company will cut 500 jobs starting Monday.", WED, [("Monday", "DATE", "1998-09-14", None)]),
    ("The company said it would cut 500 jobs beginning Monday.", WED, [("Monday", "DATE", "1998-09-14", None)]),
    ("The new rules take effect starting Monday.", WED, [("Monday", "DATE", "1998-09-14", None)]),
    ("The company cut 500 jobs starting Monday.", WED, [("Monday", "DATE", "1998-09-07", None)]),
    # -- a time opening a sentence whose main verb has a modal of possibility is ahead
    ("By Friday, the death toll could rise to 200.", WED, [("Friday", "DATE", "1998-09-11", None)]),
    ("By Friday, the rebels may control the city.", WED, [("Friday", "DATE", "1998-09-11", None)]),
    ("On Friday, the rebels may attack the city.", WED, [("Friday", "DATE", "1998-09-11", None)]),
    ("On Friday, the council should vote on the plan.", WED, [("Friday", "DATE", "1998-09-11", None)]),
    ("On Friday, the council might vote on the plan.", WED, [("Friday", "DATE", "1998-09-11", None)]),
    ("By Friday, the rebels will control the city.", WED, [("Friday", "DATE", "1998-09-11", None)]),
    ("The council could vote on the plan Friday.", WED, [("Friday", "DATE", "1998-09-11", None)]),
    # ... not a day the report's own verb of saying is told on
    ("The minister said Tuesday he would resign.", WED, [("Tuesday", "DATE", "1998-09-08", None)]),
    # -- a day right after a past verb of saying is the day it was said, even before "will"
    ("The company said Monday it will cut 500 jobs.", WED, [("Monday", "DATE", "1998-09-07", None)]),
    ("Aides said Monday the president will visit Ohio.", WED, [("Monday", "DATE", "1998-09-07", None)]),
    ("The company announced Monday that it will cut 500 jobs.", WED, [("Monday", "DATE", "1998-09-07", None)]),
    ("The president will visit Ohio, aides said Monday.", WED, [("Monday", "DATE", "1998-09-07", None)]),
    # ... the reported future's own day stays ahead
    ("Officials said the talks will resume Monday.", WED, [("Monday", "DATE", "1998-09-14", None)]),
    ("Officials said the talks would resume Monday.", WED, [("Monday", "DATE", "1998-09-14", None)]),
    # -- what an "after" adjunct names is before its clause's time, with or without a comma
    ("Talks are to resume Friday after breaking off Monday.", WED,
     [("Friday", "DATE", "1998-09-11", None), ("Monday", "DATE", "1998-09-07", None)]),
    ("The talks ended Monday without agreement and will resume Friday.", WED,
     [("Monday", "DATE", "1998-09-07", None), ("Friday", "DATE", "1998-09-11", None)]),
    # -- "sometime" + a year or a month: an unspecified day of it
    ("The talks will resume sometime next year.", WED, [("sometime next year", "DATE", "1999-XX-XX", None)]),
    ("The plant will open sometime this month.", WED, [("sometime this month", "DATE", "1998-09-XX", None)]),
    ("The plant opened around March.", WED, [("around March", "DATE", "1998-03", "APPROX")]),
    # -- "the last decade" after a present perfect is the ten years up to now
    ("Crime has fallen in the last decade.", WED, [("the last decade", "DURATION", "P1E", None)]),
    ("Crime has fallen sharply in the last century.", WED, [("the last century", "DURATION", "P1C", None)]),
    ("Crime fell in the last decade.", WED, [("the last decade", "DATE", "198", None)]),
    ("Crime had fallen in the last decade.", WED, [("the last decade", "DATE", "198", None)]),
    # -- a day right after the noun of an attack or a disaster in a present clause has passed
    ("Police are investigating a fire Monday that killed three people.", WED,
     [("Monday", "DATE", "1998-09-07", None)]),
    ("The death toll from the earthquake Monday stands at 200.", WED, [("Monday", "DATE", "1998-09-07", None)]),
    ("Thousands remain homeless after the earthquake Monday.", WED, [("Monday", "DATE", "1998-09-07", None)]),
    ("The storm that hit the coast Monday is moving north.", WED, [("Monday", "DATE", "1998-09-07", None)]),
    # ... not a timetabled event's
    ("The president, who returns from Asia Friday, faces a tough week.", WED,
     [("Friday", "DATE", "1998-09-11", None)]),
    # -- the end a directive sets ("until Friday") is ahead, also after a perfect
    ("Police have asked residents to stay indoors until Friday.", WED, [("Friday", "DATE", "1998-09-11", None)]),
    ("Police asked residents to stay indoors until Friday.", WED, [("Friday", "DATE", "1998-09-11", None)]),
    ("He stayed in hospital until Monday.", WED, [("Monday", "DATE", "1998-09-07", None)]),
    # -- a time a thing was scheduled for lies ahead, with an object of a few words
    ("The company said it had scheduled a news conference for Friday.", WED,
     [("Friday", "DATE", "1998-09-11", None)]),
    ("The union called a strike for Friday.", WED, [("Friday", "DATE", "1998-09-11", None)]),
    # -- the condition of a reported future ("would ... if it went ahead Sunday") is ahead too
    ("The opposition said it would boycott the vote if it went ahead Sunday.", WED,
     [("Sunday", "DATE", "1998-09-13", None)]),
    ("He said he would resign if the party lost the vote Sunday.", WED, [("Sunday", "DATE", "1998-09-13", None)]),
    ("He resigned after the party lost the vote Sunday.", WED, [("Sunday", "DATE", "1998-09-06", None)]),
    ("Prices have risen this past month.", WED, [("this past month", "DURATION", "P1M", None)]),
    ("Prices have risen sharply this past week.", WED, [("this past week", "DURATION", "P1W", None)]),
    ("Prices rose this past week.", WED, [("this past week", "DATE", "1998-W36", None)]),
    # -- bare months across the new year (kept)
    ("The company said sales in December rose 4 percent.", JAN5, [("December", "DATE", "1998-12", None)]),
    ("He was arrested in November and is to go on trial in March.", JAN5,
     [("November", "DATE", "1998-11", None), ("March", "DATE", "1999-03", None)]),
    ("The agreement reached in November takes effect in February.", JAN5,
     [("November", "DATE", "1998-11", None), ("February", "DATE", "1999-02", None)]),
    ("The law takes effect in January.", DEC28, [("January", "DATE", "1999-01", None)]),
    ("The law took effect in January.", DEC28, [("January", "DATE", "1998-01", None)]),
    ("The rebels have controlled the city since January.", DEC28, [("January", "DATE", "1998-01", None)]),
    ("The storm will hit the coast on Dec. 30, forecasters said.", JAN5, [("Dec. 30", "DATE", "1999-12-30", None)]),
    ("The rally is planned for Jan. 3.", DEC28, [("Jan. 3", "DATE", "1999-01-03", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="s20")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
