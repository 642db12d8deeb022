"""'the 1999 fiscal year', 'its 1997 tax year' ('its' left out, as TimeBank leaves it out of
'its fiscal first quarter'), 'the fiscal 1998 first quarter': a year named before the kind of
year, or 'fiscal' before the year of a quarter, inside the one DATE, valued as 'fiscal 1999'
is (issue 4).

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
    ("The Velmora budget for the 1999 fiscal year was approved.", WED,
     [("the 1999 fiscal year", "DATE", "1999", None)]),
    ("Orsk Mining lost money in its 1997 fiscal year.", WED,
     [("1997 fiscal year", "DATE", "1997", None)]),
    ("In the fiscal 1998 first quarter, Tessel Foods earned $3 million.", WED,
     [("the fiscal 1998 first quarter", "DATE", "1998-Q1", None)]),
    # ... a year that modifies a compound noun stays the year alone
    ("The 1998 fiscal-year budget of Velmora was approved.", WED, [("1998", "DATE", "1998", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_fiscal_year_order(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="fy")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
