"""'In the early hours', 'into the small hours' with no day named: the night that the day the
passage is about begins with (TNI of that day), as 'the small hours of Sunday' is Sunday's
(issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 3, 11)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("Rebels attacked the Kessa depot in the early hours.", WED,
     [("the early hours", "TIME", "1998-03-11TNI", None)]),
    ("The Vanto talks ran into the small hours.", WED, [("the small hours", "TIME", "1998-03-11TNI", None)]),
    ("Rebels attacked Kessa on Sunday. The fighting went on into the small hours.", WED,
     [("Sunday", "DATE", "1998-03-08", None), ("the small hours", "TIME", "1998-03-08TNI", None)]),
    # ... the hours as a subject are no time of an event
    ("The early hours are the quietest at the Kessa depot.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_small_hours_alone(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="sa")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
