"""Timex rules: a plan told in the past for the day before the report, a time in the
subject of a simple past that has begun, and a decade or a century measured by a preposition of
extent (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 9, 9)  # a Wednesday
THU = date(1998, 9, 10)  # a Thursday
MON = date(1998, 9, 7)  # a Monday
DEC28 = date(1998, 12, 28)  # a Monday, four days before the new year
OCT28 = date(1998, 10, 28)  # a Wednesday, four days before November

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # -- "was/were to", "was scheduled to" + the weekday before the report: that day, just gone
    ("The minister was to meet Tuesday with rebel leaders.", WED, [("Tuesday", "DATE", "1998-09-08", None)]),
    ("The two sides were to sign the accord Wednesday in Oslo.", THU, [("Wednesday", "DATE", "1998-09-09", None)]),
    ("The talks were scheduled to resume Sunday.", MON, [("Sunday", "DATE", "1998-09-06", None)]),
    ("The rebels were due to hand over their weapons Tuesday.", WED, [("Tuesday", "DATE", "1998-09-08", None)]),
    ("The president was expected to sign the bill Wednesday.", THU, [("Wednesday", "DATE", "1998-09-09", None)]),
    ("The court was set to rule Sunday on the appeal.", MON, [("Sunday", "DATE", "1998-09-06", None)]),
    # ... a plan for the same day, or for one a day or more ahead, is still ahead
    ("The minister was to meet Wednesday with rebel leaders.", WED, [("Wednesday", "DATE", "1998-09-09", None)]),
    ("The minister was to meet Friday with rebel leaders.", WED, [("Friday", "DATE", "1998-09-11", None)]),
    ("The talks were scheduled to resume Saturday.", THU, [("Saturday", "DATE", "1998-09-12", None)]),
    ("The two sides were to sign the accord Thursday.", WED, [("Thursday", "DATE", "1998-09-10", None)]),
    # ... and the present or future of a plan looks ahead, as before
    ("The minister is to meet Tuesday with rebel leaders.", WED, [("Tuesday", "DATE", "1998-09-15", None)]),
    ("The talks will resume Tuesday.", WED, [("Tuesday", "DATE", "1998-09-15", None)]),
    ("The talks are scheduled to resume Tuesday.", WED, [("Tuesday", "DATE", "1998-09-15", None)]),
    # ... a plain past stays past
    ("The minister met rebel leaders Tuesday.", WED, [("Tuesday", "DATE", "1998-09-08", None)]),
    # -- a month or day in the subject of an active simple past has begun, however near the
    # next one is
    ("Sales in January were weak.", DEC28, [("January", "DATE", "1998-01", None)]),
    ("The rally in January was short-lived.", DEC28, [("January", "DATE", "1998-01", None)]),
    ("The talks in January failed.", DEC28, [("January", "DATE", "1998-01", None)]),
    ("Exports in November were up 3 percent.", OCT28, [("November", "DATE", "1997-11", None)]),
    ("The flood on Jan. 2 left thousands homeless.", DEC28, [("Jan. 2", "DATE", "1998-01-02", None)]),
    # ... not in the subject of a future, a plan or a passive, which may be ahead
    ("The talks in January will be crucial.", DEC28, [("January", "DATE", "1999-01", None)]),
    ("Sales in January are expected to rise.", DEC28, [("January", "DATE", "1999-01", None)]),
    ("The meeting on Jan. 4 was postponed.", DEC28, [("Jan. 4", "DATE", "1999-01-04", None)]),
    # ... and a time the simple past is told on keeps the rules it had
    ("The euro was launched on Jan. 4.", DEC28, [("Jan. 4", "DATE", "1998-01-04", None)]),
    ("Prices fell in December.", DEC28, [("December", "DATE", "1998-12", None)]),
    # -- the news present "comes after", "follows": what the subject follows has happened
    ("The decision comes after Monday's meeting.", WED, [("Monday", "DATE", "1998-09-07", None)]),
    ("The protest comes a day after Tuesday's vote.", WED,
     [("a day", "DURATION", "P1D", None), ("Tuesday", "DATE", "1998-09-08", None)]),
    ("The announcement comes after talks on Monday.", WED, [("Monday", "DATE", "1998-09-07", None)]),
    ("The decision follows a meeting on Monday.", WED, [("Monday", "DATE", "1998-09-07", None)]),
    ("The visit comes after the president's meeting with rebels on Monday.", WED,
     [("Monday", "DATE", "1998-09-07", None)]),
    ("The move comes after the vote in August.", date(1998, 9, 2), [("August", "DATE", "1998-08", None)]),
    # ... not what it comes ahead of or before, nor a future "will come after"
    ("The decision comes ahead of Friday's meeting.", WED, [("Friday", "DATE", "1998-09-11", None)]),
    ("The decision comes before Friday's meeting.", WED, [("Friday", "DATE", "1998-09-11", None)]),
    ("A decision will come after Monday's meeting.", WED, [("Monday", "DATE", "1998-09-14", None)]),
    # -- a present copula judging how an event turned out tells of one that has taken place
    ("Sunday's vote is a blow to the president.", WED, [("Sunday", "DATE", "1998-09-06", None)]),
    ("Monday's vote is a setback for the government.", WED, [("Monday", "DATE", "1998-09-07", None)]),
    ("Saturday's election is a victory for the opposition.", WED, [("Saturday", "DATE", "1998-09-05", None)]),
    ("The result of Sunday's vote is a blow to the president.", WED, [("Sunday", "DATE", "1998-09-06", None)]),
    # ... not one that names what is at stake
    ("Sunday's vote is a test for the president.", WED, [("Sunday", "DATE", "1998-09-13", None)]),
    ("Friday's meeting is crucial.", WED, [("Friday", "DATE", "1998-09-11", None)]),
    # -- a bare weekday after an old full date is the report's week's when the story already
    # named days of that week ...
    ("The court ruled Wednesday that the general could be extradited. He was arrested in London on "
     "Oct. 16, 1998. On Wednesday, the judges rejected his plea.", date(1999, 3, 10),
     [("Wednesday", "DATE", "1999-03-10", None), ("Oct. 16, 1998", "DATE", "1998-10-16", None),
      ("Wednesday", "DATE", "1999-03-10", None)]),
    ("Rescuers found two more bodies today. The mine collapsed on May 3, 1996, trapping 40 men. "
     "On Tuesday, the owners promised to reopen it.", date(1999, 3, 10),
     [("today", "DATE", "1999-03-10", None), ("May 3, 1996", "DATE", "1996-05-03", None),
      ("Tuesday", "DATE", "1999-03-09", None)]),
    # ... else it is the one nearest the day the story is about
    ("The mine collapsed on May 3, 1996, trapping 40 men. On Tuesday, the owners promised to reopen it.",
     date(1999, 3, 10), [("May 3, 1996", "DATE", "1996-05-03", None), ("Tuesday", "DATE", "1996-04-30", None)]),
    # -- a decade or a century after a preposition of extent is the stretch up to or from now
    ("Growth has slowed over the last decade.", WED, [("the last decade", "DURATION", "P1E", None)]),
    ("The region has been at peace for the last decade.", WED, [("the last decade", "DURATION", "P1E", None)]),
    ("Over the next decade, the company will invest $1 billion.", WED,
     [("the next decade", "DURATION", "P1E", None)]),
    ("Prices will rise sharply during the next decade.", WED, [("the next decade", "DURATION", "P1E", None)]),
    ("Sea levels have risen throughout the last century.", WED, [("the last century", "DURATION", "P1C", None)]),
    ("The treaty kept the peace for the next century.", WED, [("the next century", "DURATION", "P1C", None)]),
    # ... "in the last decade" may be the previous calendar decade, as TimeBank annotates it
    ("Workers lost ground to inflation in the last decade.", WED, [("the last decade", "DATE", "198", None)]),
    ("In the last century, the city grew tenfold.", WED, [("the last century", "DATE", "18", None)]),
    ("The past decade was the warmest on record.", WED, [("The past decade", "DURATION", "P1E", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="s19")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
