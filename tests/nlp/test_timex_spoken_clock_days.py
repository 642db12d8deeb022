"""A clock told in words with its day right after it ('at half past seven on Friday evening',
'at 9 in the morning on Friday', 'at ten to six Tuesday'): one TIME on that day, as '9 a.m. on
Monday' is; the part of the day named after the day gives the half of the day (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 3, 11)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("Nina Hale called the Brant station at half past seven on Friday evening.", WED,
     [("half past seven on Friday evening", "TIME", "1998-03-06T19:30", None)]),
    ("The two envoys met at 9 in the morning on Friday.", WED,
     [("9 in the morning on Friday", "TIME", "1998-03-06T09:00", None)]),
    ("The Orvel ferry sails at ten to six on Friday morning.", WED,
     [("ten to six on Friday morning", "TIME", "1998-03-13T05:50", None)]),
    # ... betting odds stay no clock
    ("Brant Rover was backed at six to four on by punters.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_spoken_clock_days(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="sc")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
