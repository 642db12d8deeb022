"""'the last week of the campaign', 'the last day of the trial': the end of an event, a DATE
the phrase alone cannot date (XXXX-WXX, XXXX-XX-XX), not the week or day before the report;
'the last week of the quarter' and 'the last week of March' stay parts of a calendar period
(issue 4).

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
    ("The last week of the Velmora campaign was bitter.", WED,
     [("The last week", "DATE", "XXXX-WXX", None)]),
    ("In the last week of the war, Orsk fell.", WED, [("the last week", "DATE", "XXXX-WXX", None)]),
    ("The last day of the Amadi trial is Friday.", WED,
     [("The last day", "DATE", "XXXX-XX-XX", None), ("Friday", "DATE", "1998-11-20", None)]),
    # ... a calendar period keeps its own reading
    ("Tessel prices fell in the last week of March.", WED,
     [("the last week of March", "DATE", "1998-W13", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_last_part_of_event(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="le")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
