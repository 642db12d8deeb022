"""A bare day of the month in the simple present ('The vote is on the 14th', 'Fares rise from
the 1st', 'The road is shut until the 3rd') is a timetable, read as a future is: a day before
the publication day is next month's; one set for a day ('is set for the 14th', 'was set for
the 14th') is ahead whatever the tense; 'since the 3rd' and a past tense stay this month
(issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(2024, 3, 20)  # a Wednesday, the 20th

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("The recall vote in Ardent is on the 14th.", WED, [("the 14th", "DATE", "2024-04-14", None)]),
    ("The Harrow hearing takes place on the 2nd.", WED, [("the 2nd", "DATE", "2024-04-02", None)]),
    ("The new Cobbet fares apply from the 1st.", WED, [("the 1st", "DATE", "2024-04-01", None)]),
    ("The Lune road is shut until the 3rd.", WED, [("the 3rd", "DATE", "2024-04-03", None)]),
    ("The recall vote in Ardent is set for the 14th.", WED, [("the 14th", "DATE", "2024-04-14", None)]),
    ("The recall vote in Ardent was set for the 14th.", WED, [("the 14th", "DATE", "2024-04-14", None)]),
    # ... a day still ahead this month stays in it
    ("The recall vote in Ardent is on the 25th.", WED, [("the 25th", "DATE", "2024-03-25", None)]),
    # ... a past tense, or "since", is this month's
    ("The recall vote in Ardent was held on the 14th.", WED, [("the 14th", "DATE", "2024-03-14", None)]),
    ("The Lune road has been shut since the 3rd.", WED, [("the 3rd", "DATE", "2024-03-03", None)]),
    # ... "for the 2nd" after no verb of scheduling is no date
    ("Pia Lune ran for the 2nd time.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_day_of_month_timetable(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="dt")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
