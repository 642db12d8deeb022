"""'The strike is in its second day', 'the war has entered its fifth year', 'the siege, now
into its fourth month': the day (week, month, year) an event has reached, a DATE; told in the
present (or the present perfect, or with 'now'), the one the report is in; told in the past,
the one holding the weekday or date named right after ('entered its third week on Tuesday',
'... on Sunday, March 3'), else
unknown ('XXXX-WXX'), as 'on the third day of the siege' is (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(2024, 3, 20)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("The Orsk dock strike is in its second day.", WED,
     [("second day", "DATE", "2024-03-20", None)]),
    ("The trial of Mr. Amadi is in its 12th day.", WED,
     [("12th day", "DATE", "2024-03-20", None)]),
    ("The war in Velmora has entered its fifth year.", WED,
     [("fifth year", "DATE", "2024", None)]),
    ("The siege of Tessel, now into its fourth month, has cut off food.", WED,
     [("now", "DATE", "PRESENT_REF", None), ("fourth month", "DATE", "2024-03", None)]),
    ("The Velmora protest entered its third week on Tuesday.", WED,
     [("third week", "DATE", "2024-W12", None), ("Tuesday", "DATE", "2024-03-19", None)]),
    # ... or the date named right after, with the weekday that fits its year
    ("The Velmora protest entered its third week on Sunday, March 3.", WED,
     [("third week", "DATE", "2024-W09", None), ("Sunday, March 3", "DATE", "2024-03-03", None)]),
    ("The Tessel hunger strike entered its tenth day on 9 April.", WED,
     [("tenth day", "DATE", "2023-04-09", None), ("9 April", "DATE", "2023-04-09", None)]),
    ("The Orsk blockade entered its second month on Feb. 2, 2023.", WED,
     [("second month", "DATE", "2023-02", None), ("Feb. 2, 2023", "DATE", "2023-02-02", None)]),
    ("The Orsk dock strike entered its second day Tuesday.", WED,
     [("second day", "DATE", "2024-03-19", None), ("Tuesday", "DATE", "2024-03-19", None)]),
    ("The Velmora blockade entered its third week.", WED,
     [("third week", "DATE", "XXXX-WXX", None)]),
    # ... an ordinal of a period that is not a time the event reached
    ("The Orsk bakery is in its first year of profit.", WED, []),
    ("Ms. Orlan is in her second year as mayor of Tessel.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_event_reached(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="er")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
