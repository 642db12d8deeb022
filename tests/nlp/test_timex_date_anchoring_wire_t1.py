"""DATE anchoring rules (issue 4), one parametrised table per rule.

Each rule came from the wire-style stories t1_01–t1_16 (tests/fixtures/timeml/wire); every
sentence below was written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes
from dateline.nlp.timex_anchor import DocumentAnchor, Position


def _values(nlp, text: str, published: date) -> dict[str, str | None]:
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("dateline_"):
            doc = proc(doc)
    return {tx.text: tx.value for tx in tag_timexes(doc, published=published, doc_id="t")}


def _check(nlp, published: date, text: str, expected: dict[str, str]) -> None:
    got = _values(nlp, text, published)
    for span, value in expected.items():
        assert got.get(span) == value, (span, got)


# "the next day" / "the day before" count from the day just named, even when the sentence
# between is in the reporting frame (a future or present tense closes the narrative frame).
NEXT_DAY_FROM_NAMED_DAY = [
    (date(2000, 9, 5), "A funeral Mass will be said Friday at the parish church. Burial will follow the next day.",
     {"Friday": "2000-09-08", "the next day": "2000-09-09"}),
    (date(1998, 3, 3), "The hearing is set for Thursday. Lawyers will meet the judge the day before.",
     {"Thursday": "1998-03-05", "the day before": "1998-03-04"}),
    (date(2001, 6, 12), "The summit opens on June 20 in Oslo. Ministers will arrive the next day.",
     {"June 20": "2001-06-20", "the next day": "2001-06-21"}),
    # with no day named before it, "the next day" is still the day after publication
    (date(2003, 4, 7), "Officials said the results would be known the next day.",
     {"the next day": "2003-04-08"}),
]  # fmt: skip

# "the month", "the year" under a future or reported-future verb look ahead of the report:
# an older time named in an earlier sentence ("since January") is not their antecedent.
FUTURE_PERIOD_IS_CURRENT = [
    (date(2000, 3, 9), "She has raised $3 million since January. She said she would decide by the end of the month.",
     {"the end of the month": "2000-03"}),
    (date(1999, 10, 20), "The plant was sold in May. The new owners will hire 200 workers by the end of the year.",
     {"the end of the year": "1999"}),
    # a past tense keeps the antecedent: "that month" is the one just named
    (date(2005, 11, 2), "The dam burst in March 2003. Hundreds of families had left by the end of the month.",
     {"the end of the month": "2003-03"}),
]  # fmt: skip

# A present-tense copula naming a date states a timetable: "The election is Nov. 7" looks ahead
# (a date gone by would take "was").
COPULA_DATE_LOOKS_AHEAD = [
    (date(2000, 3, 9), "The general election is Nov. 7.", {"Nov. 7": "2000-11-07"}),
    (date(1998, 9, 24), "The deadline for applications is Jan. 15.", {"Jan. 15": "1999-01-15"}),
    (date(2004, 5, 3), "The next meetings are June 9 and Sept. 14.", {"Sept. 14": "2004-09-14"}),
    # past copula: behind
    (date(2000, 3, 9), "The last election was Nov. 2.", {"Nov. 2": "1999-11-02"}),
]  # fmt: skip

# A period measured in the past tense ("rose ... from January through November") has begun:
# filed in December, its start is last January even though next January is a month away.
PAST_RANGE_START_IS_BEHIND = [
    (date(1999, 12, 2), "Traffic rose 28 percent from January through November.",
     {"January": "1999-01", "November": "1999-11"}),
    (date(2003, 12, 20), "Sales fell from January to October, the company said.", {"January": "2003-01"}),
    # a past verb may still name a date ahead when it is not the start of a measured period
    (date(1989, 10, 30), "The offer had been set to expire Nov. 6.", {"Nov. 6": "1989-11-06"}),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), PAST_RANGE_START_IS_BEHIND)
def test_past_range_start_is_behind(nlp, published, text, expected):
    _check(nlp, published, text, expected)

# A week or a day inside a coarser reference keeps the year (and month) it knows, as TimeBank
# writes "1989-WXX": "That week" after "March 1991" is 1991-WXX, not XXXX-WXX.
PARTIAL_VALUE_KEEPS_YEAR = [
    (date(2000, 5, 5), "The treaty was signed in March 1991. That week, troops began to leave.",
     {"That week": "1991-WXX"}),
    (date(1998, 10, 5), "The rebels attacked the town in August 1996. The following week the army retook it.",
     {"The following week": "1996-WXX"}),
    (date(2004, 1, 9), "The strike began in June 1985, and that day the mines fell silent.",
     {"that day": "1985-06-XX"}),
    # "the following month" points back even when the parse misreads the verb ("froze" as VBZ)
    (date(2004, 1, 9), "The flood came in December 1987. The following month the river froze.",
     {"The following month": "1988-01"}),
    (date(2004, 1, 9), "The rebels attacked in May 1987. The following month the river froze.",
     {"The following month": "1987-06"}),
    (date(2010, 6, 1), "The factory was built in the 1950s. That year it employed 900 people.",
     {"That year": "XXXX"}),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), PARTIAL_VALUE_KEEPS_YEAR)
def test_partial_value_keeps_year(nlp, published, text, expected):
    _check(nlp, published, text, expected)


@pytest.mark.parametrize(("published", "text", "expected"), NEXT_DAY_FROM_NAMED_DAY)
def test_next_day_counts_from_named_day(nlp, published, text, expected):
    _check(nlp, published, text, expected)


@pytest.mark.parametrize(("published", "text", "expected"), FUTURE_PERIOD_IS_CURRENT)
def test_future_period_is_current(nlp, published, text, expected):
    _check(nlp, published, text, expected)


@pytest.mark.parametrize(("published", "text", "expected"), COPULA_DATE_LOOKS_AHEAD)
def test_copula_date_looks_ahead(nlp, published, text, expected):
    _check(nlp, published, text, expected)


# The new date of a verb of rescheduling lies ahead of the report whatever the verb's tense
# ("was postponed until Monday", written on a Tuesday, is the coming Monday). The tagger sets
# Position.rescheduled from the governing verb; here the anchor is asked directly.
RESCHEDULED_WEEKDAY = [
    (date(1999, 2, 9), 1, "until", "1999-02-15"),  # postponed until Monday, written on a Tuesday
    (date(1999, 2, 9), 4, "to", "1999-02-11"),  # pushing the launch to Thursday
    (date(1999, 2, 9), 6, "for", "1999-02-13"),  # rescheduled for Saturday
]


@pytest.mark.parametrize(("published", "weekday", "preposition", "expected"), RESCHEDULED_WEEKDAY)
def test_rescheduled_weekday_looks_ahead(published, weekday, preposition, expected):
    anchor = DocumentAnchor(published)
    anchor.position = Position(tense="past", preposition=preposition, rescheduled=True)
    assert anchor.weekday(weekday, None)[0] == expected
    anchor.position = Position(tense="past", preposition=preposition)
    assert anchor.weekday(weekday, None)[0] < published.isoformat()  # without the cue: behind


# "the end of the month / year" looking back from early in the period is the period before's
# end (DocumentAnchor.end_of; the grammar calls it for "the end of the ..." and "year-end").
END_OF_PERIOD = [
    (date(1998, 1, 5), "month", "past", None, "1997-12"),  # "Prices fell at the end of the month"
    (date(1998, 1, 29), "month", "past", None, "1998-01"),  # filed late in the month: this one
    (date(1989, 11, 2), "year", "present", "since", "1988"),  # "down 8% since year-end"
    (date(1998, 12, 30), "month", "future", None, "1998-12"),  # "will close at the end of the month"
    (date(1998, 1, 5), "month", "future", None, "1998-01"),
]


@pytest.mark.parametrize(("published", "unit", "tense", "preposition", "expected"), END_OF_PERIOD)
def test_end_of_period(published, unit, tense, preposition, expected):
    anchor = DocumentAnchor(published)
    anchor.position = Position(tense=tense, preposition=preposition)
    assert anchor.end_of(unit)[0] == expected
