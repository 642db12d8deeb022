"""Timex rules: British counts from a coming day ("a week on Friday", "a fortnight on
Tuesday", "Friday week", "next Friday week", "tomorrow week") are one DATE, so many days after
the coming such day, as "a week from Friday" is (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

THU = date(2018, 8, 23)  # a Thursday: the coming Friday is the 24th, the coming Tuesday the 28th

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    (
        "The verdict in the Harlow case is due a week on Friday.",
        THU,
        [("a week on Friday", "DATE", "2018-08-31", None)],
    ),
    (
        "The Orvia vote is a fortnight on Tuesday.",
        THU,
        [("a fortnight on Tuesday", "DATE", "2018-09-11", None)],
    ),
    (
        "Two weeks on Monday the new line opens.",
        THU,
        [("Two weeks on Monday", "DATE", "2018-09-10", None)],
    ),
    (
        "The summit in Velno will be held next Friday week.",
        THU,
        [("next Friday week", "DATE", "2018-08-31", None)],
    ),
    (
        "The trial of Mr. Dace opens Monday week.",
        THU,
        [("Monday week", "DATE", "2018-09-03", None)],
    ),
    (
        "The exam results come out tomorrow week.",
        THU,
        [("tomorrow week", "DATE", "2018-08-31", None)],
    ),
    # -- no count from a day: a spell spent on a day's work, a week-long thing
    (
        "Ms. Orr spent a week on Friday's report.",
        THU,
        [("a week", "DURATION", "P1W", None), ("Friday", "DATE", "2018-08-17", None)],
    ),
    (
        "The Friday week of events in Karsk was a success.",
        THU,
        [("Friday", "DATE", "2018-08-17", None)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="british-weeks")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
