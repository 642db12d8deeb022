"""'Once a fortnight', 'twice a fortnight': a frequency per fortnight, a SET every two weeks
(P2W), as 'twice a week' is every week (P1W) (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 3, 11)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("Inspectors visit the Rell mine once a fortnight.", WED, [("once a fortnight", "SET", "P2W", None)]),
    ("The Rell board meets twice a fortnight.", WED, [("twice a fortnight", "SET", "P2W", None)]),
    ("The Rell board meets twice a week.", WED, [("twice a week", "SET", "P1W", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_fortnight_sets(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="fs")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
