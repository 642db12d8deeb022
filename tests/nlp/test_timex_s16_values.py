"""Session 16 timex rules: values of yearless dates and weekdays (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

DEC20 = date(1998, 12, 20)  # a Sunday, twelve days before the new year
WED = date(1998, 2, 11)  # a Wednesday

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # a finite simple past in a relative clause ("which killed", "who fled") names a time that
    # has begun, like a main-clause simple past: written on Dec. 20, "Jan. 5" is the one gone by
    ("The attack, which killed 12 people on Jan. 5, shocked the nation.", DEC20,
     [("Jan. 5", "DATE", "1998-01-05", None)]),
    ("The company, which filed for bankruptcy Jan. 5, is selling its plants.", DEC20,
     [("Jan. 5", "DATE", "1998-01-05", None)]),
    ("The refugees who crossed the border on Jan. 8 were sent back.", DEC20,
     [("Jan. 8", "DATE", "1998-01-08", None)]),
    # ... a main-clause simple past already did
    ("Police arrested him on Jan. 5.", DEC20, [("Jan. 5", "DATE", "1998-01-05", None)]),
    # ... a relative clause of the present or the future still looks ahead
    ("The talks, which begin Jan. 5, will focus on trade.", DEC20, [("Jan. 5", "DATE", "1999-01-05", None)]),
    ("The summit, which will open Jan. 5, is the first of its kind.", DEC20,
     [("Jan. 5", "DATE", "1999-01-05", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_s16_timex(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="s16")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
