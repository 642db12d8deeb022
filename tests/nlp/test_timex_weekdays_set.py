"""'on weekdays', 'every weekday', 'each weekday': the working days of every week, a SET
written as the weekend's is (XXXX-WXX-WE) with WD, since TIMEX3 has no code of its own for
Monday to Friday; 'the weekday schedule' (a modifier, no preposition) is no time (issue 4).

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
    ("The Orsk market is shut on weekdays.", WED, [("weekdays", "SET", "XXXX-WXX-WD", None)]),
    ("On weekdays, Ms. Orlan teaches in Kell.", WED, [("weekdays", "SET", "XXXX-WXX-WD", None)]),
    ("Mr. Amadi jogs each weekday.", WED, [("each weekday", "SET", "XXXX-WXX-WD", None)]),
    ("Trains to Tessel run hourly on weekdays and every two hours at weekends.", WED,
     [("hourly", "SET", "PT1H", None), ("weekdays", "SET", "XXXX-WXX-WD", None),
      ("every two hours", "SET", "PT2H", None), ("weekends", "SET", "XXXX-WXX-WE", None)]),
    # ... not a modifier of a noun
    ("The weekday timetable of the Velmora ferry changed on Monday.", WED,
     [("Monday", "DATE", "2024-03-18", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_weekdays_set(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="wds")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
