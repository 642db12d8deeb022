"""'the first and third Tuesday of each month', 'the second and fourth Thursdays of every
month', 'the first, third and last Saturday of each month': days that come back every month,
one SET (P1M, as 'the first Monday of each month' is) over the whole list, not the last
ordinal alone (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(2024, 3, 20)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("The Orsk chess club meets the first and third Tuesday of each month.", WED,
     [("the first and third Tuesday of each month", "SET", "P1M", None)]),
    ("The Velmora board sits on the second and fourth Thursdays of every month.", WED,
     [("the second and fourth Thursdays of every month", "SET", "P1M", None)]),
    ("The Tessel market opens the first, third and last Saturday of each month.", WED,
     [("the first, third and last Saturday of each month", "SET", "P1M", None)]),
    ("The Orsk choir sings on the last Sunday of every month.", WED,
     [("the last Sunday of every month", "SET", "P1M", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_nth_weekdays_listed(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="nl")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
