"""'This week' in a story filed on a Sunday: the working week ahead when the clause looks
ahead, the week ending that Sunday when it tells what happened (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

SUN = date(1998, 2, 15)  # a Sunday, the last day of ISO week 7
SAT = date(1998, 2, 14)  # the Saturday before it
WED = date(1998, 2, 11)  # a Wednesday of the same week

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # -- filed on a Sunday, a future or a timetable present: the week that starts the next day
    ("Parliament will debate the Lindqvist budget this week.", SUN, [("this week", "DATE", "1998-W08", None)]),
    ("Quota talks resume this week in Bergen.", SUN, [("this week", "DATE", "1998-W08", None)]),
    ("Parliament is expected to vote later this week.", SUN, [("later this week", "DATE", "1998-W08", "END")]),
    # ... a past, a state or a saying: the week ending that Sunday
    ("Parliament debated the Lindqvist budget this week.", SUN, [("this week", "DATE", "1998-W07", None)]),
    ("Herring prices are up 3 percent this week.", SUN, [("this week", "DATE", "1998-W07", None)]),
    ("The speaker said this week that a vote was near.", SUN, [("this week", "DATE", "1998-W07", None)]),
    # ... and on any other day the week of the report, whatever the tense
    ("Parliament will debate the Lindqvist budget this week.", SAT, [("this week", "DATE", "1998-W07", None)]),
    ("Parliament will debate the Lindqvist budget this week.", WED, [("this week", "DATE", "1998-W07", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[f"{c[1]:%a} {c[0][:45]}" for c in CASES])
def test_this_week_filed_on_sunday(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="wk")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
