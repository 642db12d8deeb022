"""Earnings copy: 'up 13% from last year's $1.55 billion', 'Last year's results were hurt',
'sales for last year's quarter', 'for the quarter a year ago': a figure of last year set
against the quarter the passage reports is that quarter's twin a year back (1997-Q3), as 'a
year ago' is there ('last year's quarter', 'the quarter a year ago' one DATE); with no quarter
in the passage, still the year before the report (issue 4).

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
    ("Orvane Corp. said net income in the third quarter rose 12%. Sales were $1.76 billion, "
     "up 13% from last year's $1.55 billion.", WED,
     [("the third quarter", "DATE", "1998-Q3", None), ("last year", "DATE", "1997-Q3", None)]),
    ("Tessel Inc. said its third-quarter loss widened. Last year's results were hurt by a strike.", WED,
     [("third-quarter", "DATE", "1998-Q3", None), ("Last year", "DATE", "1997-Q3", None)]),
    ("Velmora said its third-quarter profit fell. Sales for last year's quarter were $3 million.", WED,
     [("third-quarter", "DATE", "1998-Q3", None), ("last year's quarter", "DATE", "1997-Q3", None)]),
    ("Orvane said third-quarter net rose 8%. For the quarter a year ago, Orvane earned $16 million.", WED,
     [("third-quarter", "DATE", "1998-Q3", None), ("the quarter a year ago", "DATE", "1997-Q3", None)]),
    ("Velmora's sales rose in the third quarter from the quarter of last year.", WED,
     [("the third quarter", "DATE", "1998-Q3", None), ("the quarter of last year", "DATE", "1997-Q3", None)]),
    # ... with no quarter reported, the year before the report's
    ("Orvane said net income rose 12% from last year's $30 million.", WED,
     [("last year", "DATE", "1997", None)]),
    ("Last year's sales at Tessel rose 8%.", WED, [("Last year", "DATE", "1997", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_last_years_figure(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="ly")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
