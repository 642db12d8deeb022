"""Rules for times of day, durations and sets (TIMEX3 TIME, DURATION, SET).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
The rules came from the t2_* stories of the wire set (tests/fixtures/timeml/wire).
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1999, 5, 5)  # a Wednesday, ISO week 1999-W18

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # a count per unit is a SET even when "or less / or more" follows it
    ("Those who exercised once a week or less fared worst.", WED, [("once a week", "SET", "P1W", None)]),
    ("Nurses say they work extra shifts twice a month or more.", WED,
     [("twice a month", "SET", "P1M", None)]),
    # an approximate count keeps its qualifier, with mod APPROX
    ("The two leaders have met about once a year.", WED, [("about once a year", "SET", "P1Y", "APPROX")]),
    ("The club meets roughly three times a month.", WED,
     [("roughly three times a month", "SET", "P1M", "APPROX")]),
    # a stretch of time repeated in every larger unit is one SET, whatever its unit
    ("Women who walk for half an hour a day live longer.", WED, [("half an hour a day", "SET", "P1D", None)]),
    ("He now works one day a week.", WED,
     [("now", "DATE", "PRESENT_REF", None), ("one day a week", "SET", "P1W", None)]),
    ("Children should read for 30 minutes a day.", WED, [("30 minutes a day", "SET", "P1D", None)]),
    ("The union capped overtime at 10 hours a week.", WED, [("10 hours a week", "SET", "P1W", None)]),
    ("The pumps run an hour a night.", WED, [("an hour a night", "SET", "P1D", None)]),
    # a frequency word tells how often a thing recurs, also as an adjective after "of"
    ("Trash will be collected weekly.", WED, [("weekly", "SET", "P1W", None)]),
    ("Pickups will come twice a week instead of weekly.", WED,
     [("twice a week", "SET", "P1W", None), ("weekly", "SET", "P1W", None)]),
    # ... but not before its noun, nor as a noun
    ("The airline plans daily flights to Bombay.", WED, []),
    ("The company raised its quarterly dividend to 12 cents.", WED, []),
    ("Average daily volume fell to 90 million shares.", WED, []),
    ("The bank declared an initial quarterly of five cents a share.", WED, []),
    # a measured amount of a thing per unit is a rate, not a stretch of time
    ("The city replaces about 60 miles of pipe a year.", WED, []),
    # a year joined by "and" to a spelled amount is no range of years
    ("He retired in 1974 and two years later moved to a farm.", WED,
     [("1974", "DATE", "1974", None), ("two years", "DURATION", "P2Y", None)]),
    # "or more" / "or less" after an amount stays outside the extent, with its mod; "or so" is inside
    ("Many worked for the city for three decades or more.", WED,
     [("three decades", "DURATION", "P30Y", "EQUAL_OR_MORE")]),
    ("Voters waited an hour or less.", WED, [("an hour", "DURATION", "PT1H", "EQUAL_OR_LESS")]),
    ("The repairs will take the next two weeks or so.", WED,
     [("the next two weeks or so", "DURATION", "P2W", "APPROX")]),
    # a century counted as one is P1C, as a decade is P1E
    ("The state has not had a direct hit in more than a century.", WED,
     [("more than a century", "DURATION", "P1C", "MORE_THAN")]),
    ("The bridge stood for a century.", WED, [("a century", "DURATION", "P1C", None)]),
    ("The feud lasted two centuries.", WED, [("two centuries", "DURATION", "P2C", None)]),
    # the end of a state that holds now lies ahead, even after a present perfect
    ("The airline has suspended the route until Thursday morning.", WED,
     [("Thursday morning", "TIME", "1999-05-06TMO", None)]),
    ("Officials have closed the bridge until Friday.", WED, [("Friday", "DATE", "1999-05-07", None)]),
    ("The city has banned parking downtown through Sunday.", WED, [("Sunday", "DATE", "1999-05-09", None)]),
    ("The mediator has called both sides back for Thursday afternoon.", WED,
     [("Thursday afternoon", "TIME", "1999-05-06TAF", None)]),
    # the new date of a postponement lies ahead, whatever the verb's tense
    ("The vote was postponed until Monday.", WED, [("Monday", "DATE", "1999-05-10", None)]),
    ("NASA pushed the launch back to Friday.", WED, [("Friday", "DATE", "1999-05-07", None)]),
    ("The hearing was rescheduled for Thursday.", WED, [("Thursday", "DATE", "1999-05-06", None)]),
    # ... but not in the past perfect or the simple past
    ("The airline had suspended the route until Monday.", WED, [("Monday", "DATE", "1999-05-03", None)]),
    ("The museum was closed until Tuesday.", WED, [("Tuesday", "DATE", "1999-05-04", None)]),
    ("The vote was held Friday.", WED, [("Friday", "DATE", "1999-04-30", None)]),
    # a gerund after a preposition takes the tense of the clause it hangs from
    ("The president will tour the port on Saturday before flying home Sunday morning.", WED,
     [("Saturday", "DATE", "1999-05-08", None), ("Sunday morning", "TIME", "1999-05-09TMO", None)]),
    ("The president toured the port before flying home Sunday morning.", WED,
     [("Sunday morning", "TIME", "1999-05-02TMO", None)]),
    # a morning clock time told after the night (or a late hour) of a day is on the next day
    ("Storms cut power to 9,000 homes Monday night. Crews had restored most of them by 6 a.m.", WED,
     [("Monday night", "TIME", "1999-05-03TNI", None), ("6 a.m.", "TIME", "1999-05-04T06:00", None)]),
    ("The gunman freed a hostage at 11:30 p.m. Monday and surrendered at 2:15 a.m.", WED,
     [("11:30 p.m. Monday", "TIME", "1999-05-03T23:30", None), ("2:15 a.m.", "TIME", "1999-05-04T02:15", None)]),
    ("Crews pumped out the flooded tunnels overnight, and service resumed at noon.", WED,
     [("overnight", "TIME", "1999-05-04TNI", None), ("noon", "TIME", "1999-05-05T12:00", None)]),
    # ... not an evening clock time, nor a morning told after a daytime hour
    ("The rally began at 9 p.m. Monday, and police arrived at 10 p.m.", WED,
     [("9 p.m. Monday", "TIME", "1999-05-03T21:00", None), ("10 p.m.", "TIME", "1999-05-03T22:00", None)]),
    ("He spoke to reporters this morning, around 10 a.m.", WED,
     [("this morning", "TIME", "1999-05-05TMO", None), ("around 10 a.m.", "TIME", "1999-05-05T10:00", "APPROX")]),
    ("The march set off at 2 p.m. Monday and the speeches began at 11 a.m.", WED,
     [("2 p.m. Monday", "TIME", "1999-05-03T14:00", None), ("11 a.m.", "TIME", "1999-05-03T11:00", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_times_durations_sets(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="s9")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
