"""A part of the day written after a month and day ("on Feb. 3 night"), as wire copy writes
it after a weekday ("Tuesday night"): one TIME on that day (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 2, 11)  # a Wednesday

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # -- month, day, then the part of the day: TIME with TMO / TAF / TEV / TNI
    ("Gunmen attacked the hill village on Feb. 3 night, killing five.", WED,
     [("Feb. 3 night", "TIME", "1998-02-03TNI", None)]),
    ("The ferry docked in Varna on February 8 evening.", WED, [("February 8 evening", "TIME", "1998-02-08TEV", None)]),
    ("The talks between the two parties will resume on Feb. 16 morning.", WED,
     [("Feb. 16 morning", "TIME", "1998-02-16TMO", None)]),
    ("Jan. 5 afternoon, the rebels shelled the airport.", WED, [("Jan. 5 afternoon", "TIME", "1998-01-05TAF", None)]),
    # ... not a noun the part of the day modifies ("the night shift"); the number after a month
    # is its day, never a count of nights
    ("The Feb. 3 night shift at the mill was quiet.", WED, [("Feb. 3", "DATE", "1998-02-03", None)]),
    ("The crew stayed in port for 3 nights.", WED, [("3 nights", "DURATION", "P3D", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_date_then_part_of_day(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="pd")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
