"""'Christmas morning', 'New Year's Eve night', 'Thanksgiving night': a part of the day named
after a one-day holiday is that part of that day, one TIME (1997-12-25TMO), as 'Wednesday
night' is; 'late Christmas Eve', 'early Christmas morning' keep the position inside the extent
(END, START), as 'late Wednesday' does. Were the holiday alone (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 11, 18)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("The fire at the Orvane mill started on Christmas morning.", WED,
     [("Christmas morning", "TIME", "1997-12-25TMO", None)]),
    ("Crowds gathered in Tove on New Year's Eve night.", WED,
     [("New Year's Eve night", "TIME", "1997-12-31TNI", None)]),
    ("Ms. Orlan left Tove on Thanksgiving night.", WED,
     [("Thanksgiving night", "TIME", "1997-11-27TNI", None)]),
    ("The Arvik ferry sank late Christmas Eve.", WED,
     [("late Christmas Eve", "DATE", "1997-12-24", "END")]),
    ("The Arvik ferry sank early Christmas morning.", WED,
     [("early Christmas morning", "TIME", "1997-12-25TMO", "START")]),
    # ... 'early on' after a verb is the verb's ('opened early on Thanksgiving')
    ("Orvane stores opened early on Thanksgiving.", WED, [("Thanksgiving", "DATE", "1997-11-27", None)]),
    # ... a holiday with no part of the day stays a DATE
    ("The Arvik ferry sank on Christmas Eve.", WED, [("Christmas Eve", "DATE", "1997-12-24", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_holiday_part_of_day(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="hp")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
