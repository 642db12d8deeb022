"""Timex rules: a half written as business copy writes it ("H1", "H2 2017", "1H 2018") is that
half-year, as "the first half of 2018" is (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

THU = date(2018, 8, 23)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("Sales at Orrin Foods rose in H1.", THU, [("H1", "DATE", "2018-H1", None)]),
    (
        "Sales at Orrin Foods rose 4 percent in 1H 2018.",
        THU,
        [("1H 2018", "DATE", "2018-H1", None)],
    ),
    ("Velt expects a stronger H2.", THU, [("H2", "DATE", "2018-H2", None)]),
    ("Profit at Velt in H1 2017 fell.", THU, [("H1 2017", "DATE", "2017-H1", None)]),
    # -- no half: a virus, a grade, a heading code
    ("The H1N1 virus spread in Karsk.", THU, []),
    ("Ms. Dace sits in room 2H-14.", THU, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="halves")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
