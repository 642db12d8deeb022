"""Timex rules: "this time last week / last year" in past-tense prose about a dated day weeks
or years before the report counts from that day, not from the report's (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

THU = date(2018, 8, 23)  # a Thursday

Expected = list[tuple[str, str, str, str | None]]

MAR4 = ("March 4, 2015", "DATE", "2015-03-04", None)

CASES: list[tuple[str, date, Expected]] = [
    # -- a past passage about a dated day: that day moved
    (
        "On March 4, 2015, the square in Velno was calm. This time last week, it had been full.",
        THU,
        [MAR4, ("This time last week", "DATE", "2015-02-25", None)],
    ),
    (
        "On March 4, 2015, the square in Velno was calm. This time last year, no one had heard of Ana Ruiz.",
        THU,
        [MAR4, ("This time last year", "DATE", "2014-03-04", "APPROX")],
    ),
    # -- the report's own day: present tense, no dated passage, or a day of the report's week
    (
        "On March 4, 2015, the square in Velno was calm. This time last year, prices are higher.",
        THU,
        [MAR4, ("This time last year", "DATE", "2017-08-23", "APPROX")],
    ),
    (
        "Sales at Orrin Foods were up 5 percent from this time last year.",
        THU,
        [("this time last year", "DATE", "2017-08-23", "APPROX")],
    ),
    (
        "The Harl dam broke on Monday. This time last week, the valley was dry.",
        THU,
        [
            ("Monday", "DATE", "2018-08-20", None),
            ("This time last week", "DATE", "2018-08-16", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="this-time-last")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
