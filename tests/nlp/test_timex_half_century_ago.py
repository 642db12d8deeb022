"""'half a century ago', 'a quarter century ago', 'a half-decade ago': a fraction of a century
or a decade that makes a whole number of years is counted back in years (1948), as 'fifty
years ago' is; it was PAST_REF. Whole decades and centuries keep their own grain (issue 4).

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
    ("Half a century ago, the Kell valley was farmland.", WED,
     [("Half a century ago", "DATE", "1948", None)]),
    ("A quarter century ago, the Orsk plant employed 5,000 people.", WED,
     [("A quarter century ago", "DATE", "1973", None)]),
    ("The Tessel mill closed a half-century ago.", WED,
     [("a half-century ago", "DATE", "1948", None)]),
    # ... whole decades and centuries keep theirs
    ("Two decades ago, the Velmora river was clean.", WED, [("Two decades ago", "DATE", "197", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_half_century_ago(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="hc")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
