"""'$30 per month', '300 tons per year', '5 percent per year': 'per' with a calendar unit shares
an amount out over every such unit, a SET (P1M, P1Y) as 'twice per day' is; 'per second',
'per hour' make a speed or a throughput and stay no time; 'a year' after an amount is left
alone, as TimeBank mostly leaves it (issue 4).

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
    ("Members of the Tove club pay $30 per month.", WED, [("per month", "SET", "P1M", None)]),
    ("The Orvane mill burns 40 tons of coal per day.", WED, [("per day", "SET", "P1D", None)]),
    ("Interest on the Velmora bonds is 5 percent per year.", WED, [("per year", "SET", "P1Y", None)]),
    ("The Tessel board meets twice per year.", WED, [("twice per year", "SET", "P1Y", None)]),
    # ... a speed, a throughput, and 'a year' after an amount stay as they were
    ("The Arvik train reached 90 miles per hour.", WED, []),
    ("The camera shoots 60 frames per second.", WED, []),
    ("The Orvane mill makes 300 tons a year.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_per_unit_rates(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="pr")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
