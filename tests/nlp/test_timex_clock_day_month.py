"""A clock followed by a day written day-first ('at 10am on Monday 5 June', 'at 8 p.m. on 4
July'): one TIME on that day, as with 'at 10am on Monday, June 5'; a weekday that does not fit
the publication year moves the date to the nearest year where it fits (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(2024, 3, 20)  # June 5 is a Wednesday in 2024, a Monday in 2023

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("Talks on the Kell dam open at 10am on Monday 5 June.", WED,
     [("10am on Monday 5 June", "TIME", "2023-06-05T10:00", None)]),
    ("Talks on the Kell dam open at 10am on Monday, 5 June.", WED,
     [("10am on Monday, 5 June", "TIME", "2023-06-05T10:00", None)]),
    ("Polls in Ardent close at 8 p.m. on 4 July.", WED, [("8 p.m. on 4 July", "TIME", "2024-07-04T20:00", None)]),
    # ... month first, as before
    ("Talks on the Kell dam open at 10am on Monday, June 5.", WED,
     [("10am on Monday, June 5", "TIME", "2023-06-05T10:00", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_clock_day_month(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="cd")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
