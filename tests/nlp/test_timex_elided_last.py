"""'twice as high a dividend this year as last', 'more cars this month than last': a bare
'last' set against 'this year' (month, week, quarter) after 'as' / 'than' is the one before,
its unit elided, a DATE of 'last' alone (1997, 1998-10); 'as the last of the mills' is no
time (issue 4).

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
    ("Orvane will pay nearly twice as high a dividend this year as last.", WED,
     [("this year", "DATE", "1998", None), ("last", "DATE", "1997", None)]),
    ("Tessel sold more cars this month than last.", WED,
     [("this month", "DATE", "1998-11", None), ("last", "DATE", "1998-10", None)]),
    ("This year the Tove harvest was as poor as last, farmers said.", WED,
     [("This year", "DATE", "1998", None), ("last", "DATE", "1997", None)]),
    # ... 'last' as an adjective, or with its unit, is read as before
    ("Velmora's sales rose this year as the last of the mills closed.", WED, [("this year", "DATE", "1998", None)]),
    ("Sales this year were lower than last year.", WED,
     [("this year", "DATE", "1998", None), ("last year", "DATE", "1997", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_elided_last(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="el")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
