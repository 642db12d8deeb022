"""'at midnight on New Year's Eve', 'at noon on Christmas Day': a clock time told with a
holiday on one day of the calendar is on that day, one TIME as 'noon on Monday' is; it was the
publication day's clock beside a separate holiday DATE (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

TUE = date(1999, 10, 12)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("Velmora's bank computers could fail at midnight on New Year's Eve.", TUE,
     [("midnight on New Year's Eve", "TIME", "1999-12-31T24:00", None)]),
    ("The Orsk cathedral bells will ring at noon on Christmas Day.", TUE,
     [("noon on Christmas Day", "TIME", "1999-12-25T12:00", None)]),
    ("The Tessel fireworks began at 9 p.m. on Independence Day.", TUE,
     [("9 p.m. on Independence Day", "TIME", "1999-07-04T21:00", None)]),
    # ... a holiday alone stays a DATE
    ("Crowds gathered in Kell on New Year's Eve.", TUE,
     [("New Year's Eve", "DATE", "1998-12-31", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_clock_on_holiday(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="ch")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
