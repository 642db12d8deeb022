"""Timex rules: "the 1800s", "the early 1900s", "the late 1700s" are a hundred years (TIMEX3
"18", "19", "17"), as "the 19th century" is; "the 2000s" and "the 1990s" stay decades
(issue 4).

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
    ("The Selm mill was built in the 1800s.", THU, [("the 1800s", "DATE", "18", None)]),
    ("Karsk grew fast in the early 1900s.", THU, [("the early 1900s", "DATE", "19", "START")]),
    (
        "The old bridge at Velno dates from the late 1700s.",
        THU,
        [("the late 1700s", "DATE", "17", "END")],
    ),
    # -- decades, as before
    ("House prices in Orvia soared in the 2000s.", THU, [("the 2000s", "DATE", "200", None)]),
    ("The Ruiz band was popular in the 1990s.", THU, [("the 1990s", "DATE", "199", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="hundreds")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
