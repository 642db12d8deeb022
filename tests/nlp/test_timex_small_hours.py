"""'The small hours of Sunday', 'the early hours of March 3', 'the wee hours of Friday': the
night a named day begins with, a TIME of that day with the night part (issue 4).

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
    ("The fire at the Vell mill broke out in the small hours of Sunday, police said.", WED,
     [("the small hours of Sunday", "TIME", "2024-03-17TNI", None)]),
    ("Rescuers reached Kastro in the early hours of Monday.", WED,
     [("the early hours of Monday", "TIME", "2024-03-18TNI", None)]),
    ("The Orlan ferry sank in the wee hours of March 3.", WED,
     [("the wee hours of March 3", "TIME", "2024-03-03TNI", None)]),
    # ... a past-tense report: the latest such night
    ("Two lorries collided in the early hours of Saturday near Dunmore.", WED,
     [("the early hours of Saturday", "TIME", "2024-03-16TNI", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_small_hours(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="sh")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
