"""Timex rules: a bare day of the month in future-tense copy ("the vote will be held on the
14th", filed on the 23rd) is next month's when the day is already behind the report, as in
past-tense copy a day still ahead is last month's (issue 4).

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
    ("The Orvia vote will be held on the 14th.", THU, [("the 14th", "DATE", "2018-09-14", None)]),
    ("Mr. Dace is to appear in court on the 2nd.", THU, [("the 2nd", "DATE", "2018-09-02", None)]),
    # ... a day still ahead this month stays this month's
    ("Talks in Velno will resume on the 30th.", THU, [("the 30th", "DATE", "2018-08-30", None)]),
    # -- past-tense copy, as before
    ("The Velno talks resumed on the 14th.", THU, [("the 14th", "DATE", "2018-08-14", None)]),
    ("The Velno talks resumed on the 30th.", THU, [("the 30th", "DATE", "2018-07-30", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="day-ahead")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
