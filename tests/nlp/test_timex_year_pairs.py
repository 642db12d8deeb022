"""Timex rules: a fiscal, crop or league year written as a pair of years ("the 1999-00
budget", "the 1997/98 harvest", "FY 2003-04") is one year across two, the year it ends in
(issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

FRI = date(1998, 8, 7)  # a Friday

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # -- a budget or a harvest named by its two years: the pair is the TIMEX3, the noun stays out
    (
        "The finance minister of Corvania tabled the 1999-00 budget.",
        FRI,
        [("1999-00", "DATE", "2000", None)],
    ),
    ("The 1997/98 harvest on the Ilse plains was poor.", FRI, [("1997/98", "DATE", "1998", None)]),
    (
        "Mr. Tarrow said the 2003-04 budget would cut spending.",
        FRI,
        [("2003-04", "DATE", "2004", None)],
    ),
    (
        "Growers expect the 1998-99 sugar crop to be smaller.",
        FRI,
        [("1998-99", "DATE", "1999", None)],
    ),
    ("The 1999-2000 federal budget raised fuel duty.", FRI, [("1999-2000", "DATE", "2000", None)]),
    ("Both 1996-97 harvests failed.", FRI, [("1996-97", "DATE", "1997", None)]),
    # ... "FY" before the pair, as "fiscal" is
    ("Profits at Delmar Foods fell in FY 2003-04.", FRI, [("FY 2003-04", "DATE", "2004", None)]),
    ("The levy applies from FY2003/04 onwards.", FRI, [("FY2003/04", "DATE", "2004", None)]),
    # ... a season or a fiscal year named by its noun keeps the noun, as before
    (
        "Ana Lisk scored 20 goals in the 2003-04 season.",
        FRI,
        [("the 2003-04 season", "DATE", "2004", None)],
    ),
    (
        "The deficit fell in the 2003-04 financial year.",
        FRI,
        [("the 2003-04 financial year", "DATE", "2004", None)],
    ),
    # -- no year across two: a span of several years, a code, a pair before another noun
    ("The 1994-97 budgets were all in deficit.", FRI, []),
    (
        "The 1997-98 drought hit the south.",
        FRI,
        [("1997", "DATE", "1997", None), ("98", "DATE", "1998", None)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="year-pairs")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
