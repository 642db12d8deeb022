"""'early in the new year', 'talks resume in the new year': the year that begins nearest the
report, a DATE (the next one told in the second half of a year: 1999 in November 1998; the
report's own told in January), with 'early' / 'late' as the position; 'the New Year' and 'the
new year's arrival' are left to the holiday reading or none (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

NOV = date(1998, 11, 18)
JAN = date(1999, 1, 12)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("The Orvane mill will reopen early in the new year.", NOV,
     [("early in the new year", "DATE", "1999", "START")]),
    ("Talks on the Arvik dam will resume in the new year.", NOV, [("the new year", "DATE", "1999", None)]),
    ("Talks on the Arvik dam will resume in the new year.", JAN, [("the new year", "DATE", "1999", None)]),
    # ... the holiday and a possessive stay as they were
    ("Crowds in Tove gathered to greet the New Year.", NOV, []),
    ("Ms. Orlan toasted the new year's arrival.", NOV, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_the_new_year(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="ny")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
