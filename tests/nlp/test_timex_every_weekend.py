"""'every weekend', 'each weekend': the weekend of every week, a SET XXXX-WXX-WE as 'on
weekends' is and as TimeBank gives 'each Thursday' (XXXX-WXX-4), not a duration P1WE; 'every
other weekend' stays a spacing, P2WE (issue 4).

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
    ("Ms. Orlan trains on the Tessel track every weekend.", WED,
     [("every weekend", "SET", "XXXX-WXX-WE", None)]),
    ("The Velmora ferry is shut each weekend.", WED,
     [("each weekend", "SET", "XXXX-WXX-WE", None)]),
    ("The Orsk market is busiest on weekends.", WED,
     [("weekends", "SET", "XXXX-WXX-WE", None)]),
    ("Mr. Amadi visits his sons every other weekend.", WED,
     [("every other weekend", "SET", "P2WE", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_every_weekend(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="ew")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
