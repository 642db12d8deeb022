"""'the first three quarters of 1998', 'the last three quarters of the season': a stretch of
quarters at one end of a named period, a DURATION as 'the first nine months of 1998' is (the
year its own DATE); 'the first (last) two quarters of 1998' is that year's first (second) half,
one DATE 1998-H1, as TimeBank annotates it; 'three quarters of the crop' stays a fraction, no
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
    ("The Velmora economy grew 8 percent in the first three quarters of 1998.", WED,
     [("the first three quarters", "DURATION", "P3Q", None), ("1998", "DATE", "1998", None)]),
    ("Orsk Mining's output fell in the first two quarters of the year.", WED,
     [("the first two quarters", "DURATION", "P2Q", None), ("the year", "DATE", "1998", None)]),
    ("The Tessel club lost money in the last three quarters of 1997.", WED,
     [("the last three quarters", "DURATION", "P3Q", None), ("1997", "DATE", "1997", None)]),
    ("Orsk Mining expects losses through the first two quarters of 1999.", WED,
     [("the first two quarters of 1999", "DATE", "1999-H1", None)]),
    ("Orsk Mining expects losses through at least the first two quarters of 1999.", WED,
     [("the first two quarters of 1999", "DATE", "1999-H1", None)]),
    ("The Tessel club made money in the last two quarters of this year.", WED,
     [("the last two quarters of this year", "DATE", "1998-H2", None)]),
    # ... a fraction of something is no time
    ("Three quarters of the Kell wheat crop was lost to hail.", WED, []),
    ("Ms. Orlan owns three quarters of the Amadi farm.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_first_quarters_of_year(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="fq")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
