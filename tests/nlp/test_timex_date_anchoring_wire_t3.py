"""DATE values and anchoring rules (issue 4), one parametrised table per rule:
(publication date, text) -> {extent: value}. Every sentence below was written for this file.

The rules came from the t3 wire stories (tests/fixtures/timeml/wire/t3_*.tml, see the README
there) and TimeBank's DATE value errors.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes


def _values(nlp, text: str, published: date) -> set[tuple[str, str | None]]:
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("dateline_"):
            doc = proc(doc)
    return {(tx.text, tx.value) for tx in tag_timexes(doc, published=published, doc_id="t")}


# The closing day of a reporting period ("the quarter, which ended Sept. 26") only bounds the
# period: "a year earlier" and "the year-earlier period" still count from the quarter.
PERIOD_END_DAY = [
    (date(1998, 10, 22), "It lost $14 million in its fiscal first quarter. The loss for the quarter, which ended "
     "Sept. 26, compared with a profit of $22 million a year earlier.",
     {"a year earlier": "1997-Q1", "Sept. 26": "1998-09-26"}),
    (date(1999, 5, 27), "Net income for the second quarter ended April 30 rose to $9 million from $7 million a year "
     "earlier.",
     {"a year earlier": "1998-Q2"}),
    (date(1998, 10, 22), "Sales for the fiscal first quarter ending Sept. 26 fell 18 percent. In the year-earlier "
     "period, the company earned $22 million.",
     {"the year-earlier period": "1997-Q1"}),
    # a day that closes no period is the reference as before
    (date(1998, 10, 22), "The plant closed on Sept. 26. A year earlier, it had employed 900 people.",
     {"A year earlier": "1997-09-26"}),
]  # fmt: skip

# Winter Y-WI runs from December of Y into Y+1 (the claims stage and the wire set's gold read it so):
# "this winter" in January or in a past-tense spring sentence is the winter begun last December.
WINTER = [
    (date(2000, 3, 30), "Heating oil ran short in the Northeast this winter.", {"this winter": "1999-WI"}),
    (date(2000, 1, 20), "This winter has been mild. Last winter was harsh.",
     {"This winter": "1999-WI", "Last winter": "1998-WI"}),
    (date(2000, 1, 20), "Next winter will be worse.", {"Next winter": "2000-WI"}),
    (date(1998, 9, 24), "Repairs will continue through the winter.", {"the winter": "1998-WI"}),
    (date(1998, 10, 10), "The plant closed last winter and will reopen next spring.",
     {"last winter": "1997-WI", "next spring": "1999-SP"}),
    (date(2000, 2, 28), "The farmers sued in October 1997. That winter, their lawyers asked for a delay.",
     {"That winter": "1997-WI"}),
    (date(1999, 1, 10), "The river flooded last spring.", {"last spring": "1998-SP"}),
]  # fmt: skip

# A month before "delivery", "contract", "futures" names a futures month: the next one to trade,
# whatever the tense of the verb ("Crude for May delivery fell", written in March).
FUTURES_MONTH = [
    (date(2000, 3, 30), "Crude for May delivery fell 94 cents to $26.90 a barrel.", {"May": "2000-05"}),
    (date(1998, 11, 20), "Light crude for January delivery fell 30 cents.", {"January": "1999-01"}),
    (date(1998, 11, 20), "The December contract rose 12 cents.", {"December": "1998-12"}),
    (date(1999, 8, 4), "Soybean futures for November rose, and the March futures fell.", {"March": "2000-03"}),
    # a month that is no contract keeps the past tense's reading
    (date(1998, 11, 20), "Prices rose in May and fell in June.", {"May": "1998-05", "June": "1998-06"}),
]  # fmt: skip

# A time after the to-infinitive of a verb of planning or expecting is the time of the planned
# event, still ahead of a past-tense report (also when the model lemmatises "hoped" as "hop").
PLANNED_INFINITIVE = [
    (date(1999, 6, 11), "The airline said it would cancel all flights through Sunday and hoped to resume talks Monday.",
     {"Monday": "1999-06-14"}),
    (date(2000, 2, 7), "The river was six yards above its normal level early Monday and was expected to crest "
     "Wednesday.",
     {"Wednesday": "2000-02-09"}),
    (date(1998, 3, 13), "The union planned to hold a vote Tuesday.", {"Tuesday": "1998-03-17"}),
    # a past event is not planned: it stays behind the report
    (date(1999, 6, 11), "The pilots walked out Monday after talks failed.", {"Monday": "1999-06-07"}),
]  # fmt: skip

# The day a report was made ("customs said today") is not what its sentence is about: a coarser
# anaphor in a later sentence ("the first half of the year") takes the sentence's own time. A
# change measured "from 1997" is a baseline, not the story's time.
REPORT_DAY_IS_NOT_THE_CONTENT = [
    (date(1999, 1, 12), "China's trade reached 323.9 billion dollars last year, down 0.4 percent from 1997, customs "
     "said today.\n\nExports grew. In the first half of the year, exports had grown 7.6 percent.",
     {"the first half of the year": "1998-H1"}),
    (date(1998, 3, 5), "Prices rose 5 percent in February, the ministry said Wednesday. For the month, imports fell.",
     {"the month": "1998-02"}),
    # a day-sized anaphor still takes the report's day
    (date(1998, 3, 5), "Prices rose 5 percent in February, the ministry said Wednesday. The next day, the bank raised "
     "rates.",
     {"The next day": "1998-03-05"}),
    # and so does an anaphor in the report's own sentence
    (date(1999, 8, 13), "Officials said Thursday that 12 more dams would be inspected before the end of the year.",
     {"the end of the year": "1999"}),
]  # fmt: skip


def _check(nlp, published, text, expected):
    found = _values(nlp, text, published)
    assert set(expected.items()) <= found, sorted(found)


@pytest.mark.parametrize(("published", "text", "expected"), PERIOD_END_DAY, ids=[c[1][:48] for c in PERIOD_END_DAY])
def test_period_end_day_leaves_the_period_as_reference(nlp, published, text, expected):
    _check(nlp, published, text, expected)


@pytest.mark.parametrize(("published", "text", "expected"), WINTER, ids=[c[1][:48] for c in WINTER])
def test_winter_runs_from_december_into_the_next_year(nlp, published, text, expected):
    _check(nlp, published, text, expected)


@pytest.mark.parametrize(("published", "text", "expected"), FUTURES_MONTH, ids=[c[1][:48] for c in FUTURES_MONTH])
def test_futures_month_is_the_next_to_trade(nlp, published, text, expected):
    _check(nlp, published, text, expected)


@pytest.mark.parametrize(
    ("published", "text", "expected"), PLANNED_INFINITIVE, ids=[c[1][:48] for c in PLANNED_INFINITIVE]
)
def test_time_of_a_planned_infinitive_looks_ahead(nlp, published, text, expected):
    _check(nlp, published, text, expected)


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    REPORT_DAY_IS_NOT_THE_CONTENT,
    ids=[c[1][:48] for c in REPORT_DAY_IS_NOT_THE_CONTENT],
)
def test_report_day_does_not_displace_the_sentence_time(nlp, published, text, expected):
    _check(nlp, published, text, expected)
