"""'A decade earlier', 'two decades earlier' counted back from the day or month the story has
named ('The mill opened on May 5, 1990. A decade earlier ...'): the year that many decades
back (1980), as from a bare year, not a day or a month ten years back; 'a decade later' stays
the amount (DURATION P1E), as 'a year later' does (issue 4).

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
    ("The Tarrow mill opened on May 5, 1990. A decade earlier, the town had no road.", WED,
     [("May 5, 1990", "DATE", "1990-05-05", None), ("A decade earlier", "DATE", "1980", None)]),
    ("The Tarrow mill opened in May 1990. Two decades earlier, the town had no road.", WED,
     [("May 1990", "DATE", "1990-05", None), ("Two decades earlier", "DATE", "1970", None)]),
    ("The Tarrow mill opened in 1990. Two decades earlier, the town had no road.", WED,
     [("1990", "DATE", "1990", None), ("Two decades earlier", "DATE", "1970", None)]),
    # ... a year counted back from a day keeps the day
    ("The Tarrow mill opened on May 5, 1990. A year earlier, the town had no road.", WED,
     [("May 5, 1990", "DATE", "1990-05-05", None), ("A year earlier", "DATE", "1989-05-05", None)]),
    ("The Holm pact was signed in 1985; a decade later it collapsed.", WED,
     [("1985", "DATE", "1985", None), ("a decade", "DURATION", "P1E", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_decade_offsets(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="do")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
