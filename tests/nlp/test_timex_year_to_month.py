"""'In the year to March', 'the financial year to March 31': British copy's reporting period
ending at a month, the twelve months up to it: 'the year' is a DURATION P1Y (as 'the year
ended March 31' is) and the month its own DATE (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

MAY = date(2024, 5, 20)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("Exports from Varn rose 4 percent in the year to March.", MAY,
     [("the year", "DURATION", "P1Y", None), ("March", "DATE", "2024-03", None)]),
    ("Profit at Holt Mills rose in the financial year to March 31.", MAY,
     [("the financial year", "DURATION", "P1Y", None), ("March 31", "DATE", "2024-03-31", None)]),
    # ... a month after "the year to" only when it is a month's name
    ("Nobody in Varn expects the year to end well.", MAY, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_year_to_month(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="ym")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
