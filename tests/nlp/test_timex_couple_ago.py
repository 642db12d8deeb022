"""'A couple of weeks ago', 'a couple of years later': about two units, counted as the
duration rule counts 'a couple of years' (P2Y, APPROX) (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 2, 11)  # a Wednesday of ISO week 7

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # -- "a couple of" units ago: two back, APPROX
    ("The Orlov tannery closed a couple of weeks ago.", WED, [("a couple of weeks ago", "DATE", "1998-W05", "APPROX")]),
    ("The Orlov tannery closed a couple years ago.", WED, [("a couple years ago", "DATE", "1996", "APPROX")]),
    # ... "a couple of years later" sequences events: the amount, as "two years later" is
    ("The tannery closed in 1990. A couple of years later, it reopened.", WED,
     [("1990", "DATE", "1990", None), ("A couple of years", "DURATION", "P2Y", "APPROX")]),
    # ... an amount left open ("a few") stays unnamed
    ("The Orlov tannery closed a few years ago.", WED, [("a few years ago", "DATE", "PAST_REF", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_couple_ago(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="cg")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
