"""'this winter' in past-tense copy about a season not yet begun this year is the one gone by:
'Wolves attacked two farms this winter' written in November is the winter before (1997-WI),
'The lake dried up this summer' written in January the summer just over (1998-SU); in the
future tense, or for the season the report is in, 'this' keeps its own season (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

NOV = date(1998, 11, 18)
JAN = date(1999, 1, 20)
SEP = date(1998, 9, 20)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("Wolves attacked two farms near Tove this winter.", NOV, [("this winter", "DATE", "1997-WI", None)]),
    ("Drifts blocked the Arvik pass this winter.", NOV, [("this winter", "DATE", "1997-WI", None)]),
    ("The Tarn lake dried up this summer.", JAN, [("this summer", "DATE", "1998-SU", None)]),
    ("Mr. Pell said the ferry stopped running this fall.", JAN, [("this fall", "DATE", "1998-FA", None)]),
    # ... ahead in the future tense, and a season already begun or over keeps its year
    ("The Arvik pass will close this winter.", NOV, [("this winter", "DATE", "1998-WI", None)]),
    ("The Tarn lake will be drained this summer.", JAN, [("this summer", "DATE", "1999-SU", None)]),
    ("The Tarn lake dried up this summer.", SEP, [("this summer", "DATE", "1998-SU", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_this_season_in_past_copy(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="ts")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
