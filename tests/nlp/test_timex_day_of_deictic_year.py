"""'Jan. 1 next year', 'on 3 March last year', 'September 1 this year': a day of a month of the
year before, of or after the report, one DATE (as 'July last year' is one month, TimeBank
1997-07), not a day of a guessed year plus a second DATE for the year (issue 4).

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
    ("The Velmora port tax will be lifted as of January 1 next year.", WED,
     [("January 1 next year", "DATE", "1999-01-01", None)]),
    ("The new Orsk traffic rules came into force on September 1 this year.", WED,
     [("September 1 this year", "DATE", "1998-09-01", None)]),
    ("The Tessel plant opened on 3 March last year.", WED,
     [("3 March last year", "DATE", "1997-03-03", None)]),
    ("Mr. Amadi was arrested on Dec. 30 of last year.", WED,
     [("Dec. 30 of last year", "DATE", "1997-12-30", None)]),
    # ... a month alone stays the month; a possessive year is its own DATE
    ("Prices in Kell rose in June last year.", WED, [("June last year", "DATE", "1997-06", None)]),
    ("The Kell council met on May 12, this year's busiest day.", WED,
     [("May 12", "DATE", "1998-05-12", None), ("this year", "DATE", "1998", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_day_of_deictic_year(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="dy")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
