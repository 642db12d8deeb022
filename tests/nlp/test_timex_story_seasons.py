"""Timex rules: a league's season counted from the one the passage is about ("the previous
season", "the following season", "the season before", "the season before last") follows the
narrative time, as "the following year" does (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

THU = date(2018, 8, 23)  # a Thursday

Expected = list[tuple[str, str, str, str | None]]

SEASON = ("the 2003-04 season", "DATE", "2004", None)

CASES: list[tuple[str, date, Expected]] = [
    # -- counted from the season the passage names
    (
        "Ivo Marsh joined Rovers in the 2003-04 season. The previous season he had scored twice.",
        THU,
        [SEASON, ("The previous season", "DATE", "2003", None)],
    ),
    (
        "Ivo Marsh joined Rovers in the 2003-04 season. The following season he left.",
        THU,
        [SEASON, ("The following season", "DATE", "2005", None)],
    ),
    (
        "Ivo Marsh joined Rovers in the 2003-04 season. He had been injured the season before.",
        THU,
        [SEASON, ("the season before", "DATE", "2003", None)],
    ),
    (
        "Ivo Marsh joined Rovers in the 2003-04 season. The season before last he was in Lyon.",
        THU,
        [SEASON, ("The season before last", "DATE", "2002", None)],
    ),
    (
        "Ivo Marsh scored 12 goals in the 2003-04 season and 20 the season after.",
        THU,
        [SEASON, ("the season after", "DATE", "2005", None)],
    ),
    (
        "The Falcons were founded in 1990. The following season they won the cup.",
        THU,
        [("1990", "DATE", "1990", None), ("The following season", "DATE", "1991", None)],
    ),
    # ... from the report's own season when the passage names none
    (
        "Rovers were relegated last season. The preceding season they finished fifth.",
        THU,
        [("last season", "DATE", "2017", None), ("The preceding season", "DATE", "2016", None)],
    ),
    # -- "the season before the war" is anchored on an event: no value of its own here
    ("The Kestrel league expanded the season before the war.", THU, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="story-seasons")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
