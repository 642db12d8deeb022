"""Timex rules: "the 14th of this month", "the 3rd of next month", "the 30th of last month"
are that day of the month named from the report's; "the 20th of the month" is that day of the
month the passage is in (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

THU = date(2018, 8, 23)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    (
        "Ms. Lane resigned from the Orvia board on the 14th of this month.",
        THU,
        [("the 14th of this month", "DATE", "2018-08-14", None)],
    ),
    (
        "The Velno vote is on the 3rd of next month.",
        THU,
        [("the 3rd of next month", "DATE", "2018-09-03", None)],
    ),
    (
        "Grain prices peaked on the 30th of last month.",
        THU,
        [("the 30th of last month", "DATE", "2018-07-30", None)],
    ),
    (
        "On May 2, 2016, the Ilse rose. By the 20th of the month, it had fallen.",
        THU,
        [
            ("May 2, 2016", "DATE", "2016-05-02", None),
            ("the 20th of the month", "DATE", "2016-05-20", None),
        ],
    ),
    # -- no such day (September has 30): no TIMEX3 rather than one without a value
    (
        "The audit was due on the 31st of next month.",
        THU,
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="day-of-month")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
