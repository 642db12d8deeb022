"""'The 1st of every month', 'the fifteenth of each month', 'every 15th of the month', 'the
first day of every month': a day of the month that comes back every month, one SET whose
value names that day (XXXX-XX-01), not the unit alone (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(2024, 3, 20)  # a Wednesday

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("Rent at the Holm estate is due on the 1st of every month.", WED,
     [("the 1st of every month", "SET", "XXXX-XX-01", None)]),
    ("The Dorrel fund pays out on the fifteenth of each month.", WED,
     [("the fifteenth of each month", "SET", "XXXX-XX-15", None)]),
    ("The Tarn board meets every 15th of the month.", WED, [("every 15th of the month", "SET", "XXXX-XX-15", None)]),
    ("Wages at the Sello plant are paid on the first day of every month.", WED,
     [("the first day of every month", "SET", "XXXX-XX-01", None)]),
    # ... one day of this month stays a DATE
    ("Mira Sello was paid on the 3rd of the month.", WED, [("the 3rd of the month", "DATE", "2024-03-03", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_day_of_each_month(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="dm")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
