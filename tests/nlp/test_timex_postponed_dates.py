"""The new date of a verb of rescheduling looks ahead whatever the tense of the verb: 'the vote
was postponed until the 5th', filed on the 11th, is next month's 5th, 'until the 25th' this
month's; 'the hearing was adjourned to the 2nd' is found after 'to' behind such a verb only
(issue 4).

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
    ("The Dunmore vote was postponed until the 25th.", WED, [("the 25th", "DATE", "1998-03-25", None)]),
    ("The Dunmore vote was postponed until the 5th.", WED, [("the 5th", "DATE", "1998-04-05", None)]),
    ("The hearing for Ivo Marr was adjourned to the 2nd.", WED, [("the 2nd", "DATE", "1998-04-02", None)]),
    # ... a past tense with no rescheduling is still behind the report
    ("The Dunmore vote was held on the 25th.", WED, [("the 25th", "DATE", "1998-02-25", None)]),
    ("The Dunmore side climbed to the 3rd.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_postponed_dates(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="pd")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
