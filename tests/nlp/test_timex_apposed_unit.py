"""'on Oct. 12, the day before the crash', 'in 1989, the year the old regime fell', 'in March,
the month the war began': 'the day (month, year)' set in apposition after the time just named,
and described by the clause or phrase after it, is that time again, a DATE of the same value;
not after a word that names no time ('Ms. Orlan, the day manager') (issue 4).

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
    ("Orsk shares fell on Oct. 12, the day before the crash.", WED,
     [("Oct. 12", "DATE", "1998-10-12", None), ("the day", "DATE", "1998-10-12", None)]),
    ("The Velmora party was founded in 1989, the year the old regime fell.", WED,
     [("1989", "DATE", "1989", None), ("the year", "DATE", "1989", None)]),
    ("Mr. Amadi reached Tessel in March, the month the war began.", WED,
     [("March", "DATE", "1998-03", None), ("the month", "DATE", "1998-03", None)]),
    ("The Kell ferry sank on Monday, the day after the storm.", WED,
     [("Monday", "DATE", "1998-11-16", None), ("the day", "DATE", "1998-11-16", None)]),
    # ... not after a word that names no time
    ("Ms. Orlan, the day manager, said the Kell plant was safe.", WED, []),
    ("Ms. Orlan, 45, the day she was hired, toured the Kell plant.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_apposed_unit(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="au")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
