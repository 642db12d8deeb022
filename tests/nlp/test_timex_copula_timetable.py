"""A present copula placing a thing in a month or a season ("The summit is in December")
states a timetable: the next such time, not the last one (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

FEB = date(1998, 2, 11)  # a Wednesday in February
AUG = date(1998, 8, 11)  # a Tuesday in August

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # -- "is in" / "are in" a month or season more than a month away: the next one
    ("The Baltic summit is in December.", FEB, [("December", "DATE", "1998-12", None)]),
    ("The regional elections are in March.", AUG, [("March", "DATE", "1999-03", None)]),
    ("The trade fair in Brno is in the autumn.", FEB, [("the autumn", "DATE", "1998-FA", None)]),
    # ... a month just gone by (within a month) is still the nearest one; "was in" is past;
    # a comparison ("higher in July") is no copula placing a thing
    ("The peak season at the Karsk resort is in July.", AUG, [("July", "DATE", "1998-07", None)]),
    ("The last Baltic summit was in December.", FEB, [("December", "DATE", "1997-12", None)]),
    ("Ferry fares are higher in July.", AUG, [("July", "DATE", "1998-07", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_copula_timetable(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="cp")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
