"""Timex rules: "at first light" is dawn, the morning of the day the passage is about (TIME),
as "at dawn" is (issue 4).

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
    (
        "Rebels attacked the Tarsa garrison at first light.",
        THU,
        [("first light", "TIME", "2018-08-23TMO", None)],
    ),
    (
        "The search for the Halden crew resumed at first light on Friday.",
        THU,
        [("first light on Friday", "TIME", "2018-08-17TMO", None)],
    ),
    ("The convoy left before first light.", THU, [("first light", "TIME", "2018-08-23TMO", None)]),
    # -- a noun phrase, not a time
    ("The first light of the lamp was dim.", THU, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="first-light")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
