"""'Hours ago', 'days ago' with no number before them: an uncounted stretch back from now, the
recent past (PAST_REF), as 'weeks ago' and 'several hours ago' already were (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(2024, 3, 20)  # a Wednesday

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("The quake near Ostrel struck hours ago.", WED, [("hours ago", "DATE", "PAST_REF", None)]),
    ("Only hours ago, the Pell bridge was still standing.", WED, [("hours ago", "DATE", "PAST_REF", None)]),
    ("Dara Voss filed the appeal just days ago.", WED, [("days ago", "DATE", "PAST_REF", None)]),
    # ... a counted amount is still counted back
    ("Dara Voss filed the appeal two days ago.", WED, [("two days ago", "DATE", "2024-03-18", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_uncounted_ago(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="ua")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
