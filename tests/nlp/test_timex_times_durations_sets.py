"""Times of day, durations and sets (TIMEX3 TIME, DURATION, SET): extents, values and mods.

Every sentence was written for this table. The article is taken to be published on Thursday
2018-08-23 (ISO week 2018-W34). Each case lists the (text, type, value, mod) of every time
expression the tagger must find in the sentence, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

PUB = date(2018, 8, 23)

Expected = list[tuple[str, str, str, str | None]]

TIMES: list[tuple[str, Expected]] = [
    # a clock time with the day written after it: one TIMEX3 dated that day
    ("The polls close at 8 p.m. Saturday.", [("8 p.m. Saturday", "TIME", "2018-08-25T20:00", None)]),
    ("The vote closes at noon Saturday.", [("noon Saturday", "TIME", "2018-08-25T12:00", None)]),
    # ... also a weekday named relative to this week ("5 p.m. next Tuesday")
    ("Counties must certify their results by 5 p.m. next Tuesday.",
     [("5 p.m. next Tuesday", "TIME", "2018-08-28T17:00", None)]),
    ("The tender closes at noon this Friday.", [("noon this Friday", "TIME", "2018-08-24T12:00", None)]),
    ("The raid began at 4 a.m. last Sunday.", [("4 a.m. last Sunday", "TIME", "2018-08-19T04:00", None)]),
    # the day joined by "on" stays inside the clock time's expression
    ("The speech opens at 9 a.m. on Monday.", [("9 a.m. on Monday", "TIME", "2018-08-27T09:00", None)]),
    # a clock with no half of the day, then "tonight": an evening time
    ("The match starts at 7:30 tonight.", [("7:30 tonight", "TIME", "2018-08-23T19:30", None)]),
    ("The gala begins at 8:15 tonight in the old hall.", [("8:15 tonight", "TIME", "2018-08-23T20:15", None)]),
    # a clock with no half of the day, then a weekday and its part of the day
    ("Talks resume at 3:30 Friday afternoon.", [("3:30 Friday afternoon", "TIME", "2018-08-24T15:30", None)]),
    ("Talks resume at 3:30 on Friday afternoon.",
     [("3:30 on Friday afternoon", "TIME", "2018-08-24T15:30", None)]),
    # qualifiers of a clock time are inside, with their mod
    ("Police said the blast came about 8 p.m. Saturday.",
     [("about 8 p.m. Saturday", "TIME", "2018-08-18T20:00", "APPROX")]),
    ("The plane landed at 6:15 p.m. EDT.", [("6:15 p.m. EDT", "TIME", "2018-08-23T18:15", None)]),
    ("The curfew starts at midnight.", [("midnight", "TIME", "2018-08-23T24:00", None)]),
    ("Rebels shelled the town Wednesday night.", [("Wednesday night", "TIME", "2018-08-22TNI", None)]),
    ("The minister spoke to reporters this morning.", [("this morning", "TIME", "2018-08-23TMO", None)]),
]

DURATIONS: list[tuple[str, Expected]] = [
    ("Prices have risen over the past three years.", [("the past three years", "DURATION", "P3Y", None)]),
    ("The feud has lasted more than a decade.", [("more than a decade", "DURATION", "P1E", "MORE_THAN")]),
    ("The repairs will take several weeks.", [("several weeks", "DURATION", "PXW", None)]),
    ("The hearing lasted half an hour.", [("half an hour", "DURATION", "PT30M", None)]),
    ("She has led the party for nearly two decades.",
     [("nearly two decades", "DURATION", "P20Y", "APPROX")]),
    ("Farmers have waited for months.", [("months", "DURATION", "PXM", None)]),
    # a superlative measured against an unspecified stretch: "the first time in months"
    ("For the first time in months the river is calm.", [("months", "DURATION", "PXM", None)]),
    ("Shares hit their highest level in years on Tuesday.",
     [("years", "DURATION", "PXY", None), ("Tuesday", "DATE", "2018-08-21", None)]),
    ("The valley had its worst drought in decades.", [("decades", "DURATION", "PXE", None)]),
    ("The price was the lowest in weeks.", [("weeks", "DURATION", "PXW", None)]),
    # not a superlative: "in years to come" names no stretch the tagger can measure
    ("The plan will pay off in years to come.", []),
    ("He was paid in months of arrears.", []),
    # "less than a second": after a qualifier, "a second" is the unit, not the ordinal
    ("The swimmer won by less than a second.", [("less than a second", "DURATION", "PT1S", "LESS_THAN")]),
    ("A second group of rebels crossed the river.", []),
    # time lost, waited or wasted is an unnumbered stretch
    ('"We have lost months," the senator said.', [("months", "DURATION", "PXM", None)]),
    ("The family waited years for an answer.", [("years", "DURATION", "PXY", None)]),
    ("The strike wasted weeks, the owners said.", [("weeks", "DURATION", "PXW", None)]),
    # a measured amount per unit is a rate, not a stretch of time
    ("Inflation ran at 3 percent a year.", []),
    ("Output grew 2 percent a month.", []),
]

SETS: list[tuple[str, Expected]] = [
    ("The market is closed every Sunday.", [("every Sunday", "SET", "XXXX-WXX-7", None)]),
    ("The paper is printed daily.", [("daily", "SET", "P1D", None)]),
    ("The board meets twice a week.", [("twice a week", "SET", "P1W", None)]),
    ("The fee is reviewed annually.", [("annually", "SET", "P1Y", None)]),
    ("Each year thousands of pilgrims visit the shrine.", [("Each year", "SET", "P1Y", None)]),
    ("Voters go to the polls every four years.", [("every four years", "SET", "P4Y", None)]),
    # a stretch repeated in every larger unit: "four days a week" is a SET, not a DURATION
    ("Nurses worked long shifts four days a week.", [("four days a week", "SET", "P1W", None)]),
    ("The store is open seven days a week.", [("seven days a week", "SET", "P1W", None)]),
    ("The station broadcasts 24 hours a day.", [("24 hours a day", "SET", "P1D", None)]),
    ("Staff take two weeks a year of unpaid leave.", [("two weeks a year", "SET", "P1Y", None)]),
    ("The clinic opens three mornings a week.", [("three mornings a week", "SET", "P1W", None)]),
    # ... but "a week ago" after an amount of days is a date, not a rate
    ("It rained for three days a week ago.",
     [("three days", "DURATION", "P3D", None), ("a week ago", "DATE", "2018-W33", None)]),
    # an approximate spacing ("about every six weeks") keeps its qualifier, with its mod
    ("The central bank meets about every six weeks.",
     [("about every six weeks", "SET", "P6W", "APPROX")]),
    ("Buses leave roughly every 20 minutes.", [("roughly every 20 minutes", "SET", "PT20M", "APPROX")]),
    # "almost every day" says on most days, not an approximate spacing: the qualifier stays out
    ("It rained almost every day.", [("every day", "SET", "P1D", None)]),
]

ANAPHORIC_MONTHS: list[tuple[str, Expected]] = [
    # "That June": the month of the year the passage last named, determiner inside the extent
    ("He moved to Chicago in 1937. That June, he made his first record.",
     [("1937", "DATE", "1937", None), ("That June", "DATE", "1937-06", None)]),
    ("The band toured Europe in 1995. In that December, the singer left.",
     [("1995", "DATE", "1995", None), ("that December", "DATE", "1995-12", None)]),
    # "the previous December", "the following March": counted from the passage's time
    ("The ferry sank in April 2009. A pump had been mended the previous December.",
     [("April 2009", "DATE", "2009-04", None), ("the previous December", "DATE", "2008-12", None)]),
    ("The ferry sank in April 2009. The owners sold it the following March.",
     [("April 2009", "DATE", "2009-04", None), ("the following March", "DATE", "2010-03", None)]),
    # ... and from the report when the passage names no time of its own
    ("The plant closed the previous December.", [("the previous December", "DATE", "2017-12", None)]),
    # after a verb "that" is a conjunction: the month stands alone
    ("Officials said that June sales rose sharply.", [("June", "DATE", "2018-06", None)]),
]

CASES = [*TIMES, *DURATIONS, *SETS, *ANAPHORIC_MONTHS]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_times_durations_sets(nlp, text: str, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=PUB, doc_id="t")
    got = [(tx.text, tx.type, tx.value, tx.mod) for tx in found]
    assert got == expected
    for tx in found:
        assert text[tx.start : tx.end] == tx.text
