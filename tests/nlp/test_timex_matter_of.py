"""'in a matter of hours', 'within a matter of days', 'a mere matter of weeks': a stretch the
writer leaves unnumbered and calls short, a vague DURATION of the unit (PTXH, PXD, PXW), the
phrase inside the extent; 'a matter of time' names no unit and is no time (issue 4).

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
    ("The Velmora army took the town in a matter of hours.", WED,
     [("a matter of hours", "DURATION", "PTXH", None)]),
    ("The Orsk fire spread within a matter of minutes.", WED,
     [("a matter of minutes", "DURATION", "PTXM", None)]),
    ("The Tessel deal could be signed in a mere matter of weeks.", WED,
     [("a mere matter of weeks", "DURATION", "PXW", None)]),
    ("It is only a matter of time before the Kell dam fails.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_matter_of(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="mo")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
