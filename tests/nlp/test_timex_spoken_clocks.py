"""Timex rules: a clock told in words after a preposition of time ("at half past nine", "at
quarter to six in the evening", "at ten past eleven", "at five after six", "at 11 at night",
"at seven in the morning") is a TIME on the passage's day; a part of the day gives the half
of the day (issue 4).

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
        "The bomb in Tarsa exploded at half past nine.",
        THU,
        [("half past nine", "TIME", "2018-08-23T09:30", None)],
    ),
    (
        "The Halden docked at quarter to six in the evening.",
        THU,
        [("quarter to six in the evening", "TIME", "2018-08-23T17:45", None)],
    ),
    (
        "The Velno meeting ended at ten past eleven.",
        THU,
        [("ten past eleven", "TIME", "2018-08-23T11:10", None)],
    ),
    (
        "Ms. Orr and Mr. Holm met at five after six.",
        THU,
        [("five after six", "TIME", "2018-08-23T06:05", None)],
    ),
    (
        "The fire at the Selm depot began at 11 at night.",
        THU,
        [("11 at night", "TIME", "2018-08-23T23:00", None)],
    ),
    (
        "Polls in Orvia open at seven in the morning.",
        THU,
        [("seven in the morning", "TIME", "2018-08-23T07:00", None)],
    ),
    # -- no clock: odds, a range of amounts, a count
    ("Dace won at ten to one odds.", THU, []),
    ("The odds on Dace rose from ten to one.", THU, []),
    ("The Kestrel score went from two to three.", THU, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="spoken-clocks")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
