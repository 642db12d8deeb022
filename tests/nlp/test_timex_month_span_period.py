"""'the January-October period', 'the June-to-August quarter', 'the March through May period':
a run of months named by its first and last month is one stretch, a DURATION of that many
months (P10M), as 'the first nine months' is, not two DATEs; a 'quarter' of other than three
months is left alone, and 'from January to October' stays two dates (issue 4).

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
    ("Tessel sales rose 4% in the January-October period.", WED,
     [("the January-October period", "DURATION", "P10M", None)]),
    ("Orvane's output fell in the June-to-August quarter.", WED,
     [("the June-to-August quarter", "DURATION", "P3M", None)]),
    ("Sales in the March through May period rose.", WED,
     [("the March through May period", "DURATION", "P3M", None)]),
    ("The November-January period is the busiest for Velmora.", WED,
     [("The November-January period", "DURATION", "P3M", None)]),
    # ... a 'quarter' that is not three months, and a range after 'from', stay as they were
    ("Orvane earned $3 million in the June-September quarter.", WED,
     [("June", "DATE", "1998-06", None), ("September", "DATE", "1998-09", None)]),
    ("Ms. Orlan worked in Tove from January to October.", WED,
     [("January", "DATE", "1998-01", None), ("October", "DATE", "1998-10", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_month_span_period(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="ms")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
