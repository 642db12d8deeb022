"""'the last day of the quarter', 'the first day of next month', 'the last day of June 1997':
the first or last calendar day of a named period, one DATE of that day (1998-12-01); 'the
period' without a nearer one named is the report's own, or in past-tense copy the last one
ended; 'the month' with no month named is any month ('rent is due on the last day of the
month'), no one day (issue 4). These were read as 'the last day' = the day before the report.

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
    ("The new Velmora port rules apply from the first day of next month.", WED,
     [("the first day of next month", "DATE", "1998-12-01", None)]),
    ("The Orsk plant closed on the last day of June 1997.", WED,
     [("the last day of June 1997", "DATE", "1997-06-30", None)]),
    ("The Tessel tax took effect on the first day of 1998.", WED,
     [("the first day of 1998", "DATE", "1998-01-01", None)]),
    ("Kell shares jumped on the last day of the year.", WED,
     [("the last day of the year", "DATE", "1997-12-31", None)]),
    ("The Kell council will vote on the last day of the year.", WED,
     [("the last day of the year", "DATE", "1998-12-31", None)]),
    ("Orsk Mining earned $4 million in the third quarter, most of it on the last day of the quarter.", WED,
     [("the third quarter", "DATE", "1998-Q3", None), ("the last day of the quarter", "DATE", "1998-09-30", None)]),
    ("Prices in Orsk rose in March. On the last day of the month, the index hit a record.", WED,
     [("March", "DATE", "1998-03", None), ("the last day of the month", "DATE", "1998-03-31", None)]),
    # ... a month not named is any month: a rule, no one day
    ("Rent in Kell is due on the last day of the month.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_end_day_of_period(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="ed")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
