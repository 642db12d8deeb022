"""Session 13 timex rules: value accuracy on TimeML conventions (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

MON = date(1998, 11, 9)  # a Monday, ISO week 1998-W46
TUE = date(1998, 11, 10)  # a Tuesday

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # a verb whose past is spelt as its base ("hurt", "cut", "set"), tagged as a present, after a
    # singular subject: agreement rules the present out ("hurts"), so the day is the last one
    ("Weakness in bank shares hurt the index on Friday.", TUE, [("Friday", "DATE", "1998-11-06", None)]),
    ("The mill cut 200 jobs on Thursday.", TUE, [("Thursday", "DATE", "1998-11-05", None)]),
    ("The ministry set a new price for bread on Saturday.", TUE, [("Saturday", "DATE", "1998-11-07", None)]),
    ("She quit the cabinet in October.", TUE, [("October", "DATE", "1998-10", None)]),
    # ... a present-tense form ("cuts") or a future keeps the day ahead
    ("The mill cuts 200 jobs on Friday.", MON, [("Friday", "DATE", "1998-11-13", None)]),
    ("The mill will cut 200 jobs on Friday.", TUE, [("Friday", "DATE", "1998-11-13", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_s13_timex(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="s13")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
