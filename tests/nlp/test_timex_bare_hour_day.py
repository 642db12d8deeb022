"""A bare hour after "at" with its day right after it ("the council meets at 9 on Friday",
"kickoff is at 3 Saturday"): one TIME on that day; the part of the day named after the day
gives the half of the day, else the working day's hours (7-11 morning, 1-6 afternoon); after
a verb of level or rank ("the toll stood at 9 on Friday") the number is a count (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(2024, 3, 20)  # a Wednesday

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("The Brenna council will meet at 9 on Friday.", WED, [("9 on Friday", "TIME", "2024-03-22T09:00", None)]),
    ("The Brenna council met at 10 on Friday.", WED, [("10 on Friday", "TIME", "2024-03-15T10:00", None)]),
    ("At 11 on Monday, the Tolla dam gave way.", WED, [("11 on Monday", "TIME", "2024-03-18T11:00", None)]),
    ("Kickoff at Marsh Park is at 3 Saturday.", WED, [("3 Saturday", "TIME", "2024-03-23T15:00", None)]),
    ("The Kerrow ferry leaves at 7 on Thursday morning.", WED,
     [("7 on Thursday morning", "TIME", "2024-03-21T07:00", None)]),
    ("The last bus left Ostby at 6 on Tuesday evening.", WED,
     [("6 on Tuesday evening", "TIME", "2024-03-19T18:00", None)]),
    ("The hearing for Ana Vrel opens at 10 on March 25.", WED,
     [("10 on March 25", "TIME", "2024-03-25T10:00", None)]),
    # -- a level or a rank: the number is no hour
    ("The death toll in Vasse stood at 9 on Friday.", WED, [("Friday", "DATE", "2024-03-15", None)]),
    ("The Corvo index closed at 12 on Friday.", WED, [("Friday", "DATE", "2024-03-15", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_bare_hour_day(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="bh")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
