"""'on June 5, a Monday,', 'on 4 June, a Tuesday.': a weekday in apposition after a yearless
date belongs to that date, one DATE whose year is the nearest one in which the day falls on
that weekday (as 'Monday, June 5' is), not a second DATE of an unknown week (issue 4).

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
    ("The Orsk talks resumed on June 5, a Monday, in Geneva.", WED,
     [("June 5, a Monday", "DATE", "2023-06-05", None)]),
    ("The Velmora council met on June 3, a Monday, to vote on the budget.", WED,
     [("June 3, a Monday", "DATE", "2024-06-03", None)]),
    ("The Tessel bridge reopened on 4 June, a Tuesday.", WED,
     [("4 June, a Tuesday", "DATE", "2024-06-04", None)]),
    ("The vote on June 5, 2023, a Monday, failed.", WED,
     [("June 5, 2023, a Monday", "DATE", "2023-06-05", None)]),
    # ... with the part of the day named with it, one TIME of that day (the year still fitted
    # to the weekday)
    ("The raid on the Amadi farm came on June 5, a Monday night.", WED,
     [("June 5, a Monday night", "TIME", "2023-06-05TNI", None)]),
    ("The Kell dam gave way on 4 June, a Tuesday morning, in the storm.", WED,
     [("4 June, a Tuesday morning", "TIME", "2024-06-04TMO", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_weekday_apposition(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="wa")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
