"""Timex rules: "midweek", "by mid-week" is the middle of the week the passage is in (DATE,
the ISO week, MID), as "later in the week" is of that week (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

THU = date(2018, 8, 23)  # ISO week 2018-W34

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("The Orvia board meets midweek.", THU, [("midweek", "DATE", "2018-W34", "MID")]),
    ("Shares in Velt had rallied by mid-week.", THU, [("mid-week", "DATE", "2018-W34", "MID")]),
    (
        "On March 4, 2015, the Ilse rose. By midweek the town was flooded.",
        THU,
        [("March 4, 2015", "DATE", "2015-03-04", None), ("midweek", "DATE", "2015-W10", "MID")],
    ),
    # -- a word that only holds it
    ("The Midweeker is a paper in Karsk.", THU, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="midweek")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
