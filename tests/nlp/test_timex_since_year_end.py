"""'Up 8 percent since year-end', 'risen since the end of the year' filed before December is
out: the year's end already behind the report, last year's (2023, mod END); without "since"
the year's end is the current year's (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

NOV = date(2024, 11, 10)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("Shares in Corvel Foods are up 8 percent since year-end.", NOV, [("year-end", "DATE", "2023", "END")]),
    ("Corvel shares have risen since the end of the year.", NOV, [("the end of the year", "DATE", "2023", "END")]),
    # ... an end ahead of the report is this year's
    ("The Corvel deal should close by year-end.", NOV, [("year-end", "DATE", "2024", "END")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_since_year_end(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="ye")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
