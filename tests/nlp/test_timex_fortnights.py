"""Timex rules: "the past fortnight", "the last fortnight", "the next fortnight" are two
weeks up to or from now, a DURATION (P2W) as "the past two weeks" is (issue 4).

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
        "The rebels have held Tarsa for the past fortnight.",
        THU,
        [("the past fortnight", "DURATION", "P2W", None)],
    ),
    (
        "Prices in Velno fell over the past fortnight.",
        THU,
        [("the past fortnight", "DURATION", "P2W", None)],
    ),
    (
        "The last fortnight has been hard for Ms. Ekwe.",
        THU,
        [("The last fortnight", "DURATION", "P2W", None)],
    ),
    (
        "A deal on the Orvia dam is expected in the next fortnight.",
        THU,
        [("the next fortnight", "DURATION", "P2W", None)],
    ),
    # ... as before: an amount of fortnights, one counted back
    ("Mr. Holm was held for a fortnight.", THU, [("a fortnight", "DURATION", "P2W", None)]),
    # -- no calendar fortnight to name: "next fortnight" alone stays untagged
    ("The Karsk talks resume next fortnight.", THU, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="fortnights")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
