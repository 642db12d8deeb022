"""'The merger follows months of twists and turns', 'The accord capped years of struggle',
'endured years of exile': a bare plural unit after a verb of sequence or of bearing, before
'of' and a noun of a drawn-out affair, is an unnumbered stretch (DURATION PXM, PXY), as after
'after' or 'ended' it already was; 'months of the year' stays no stretch (issue 4).

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
    ("The Orvane merger follows months of twists and turns.", WED, [("months", "DURATION", "PXM", None)]),
    ("The accord capped years of struggle over the Arvik river.", WED, [("years", "DURATION", "PXY", None)]),
    ("The pact followed weeks of feuding between the clans.", WED, [("weeks", "DURATION", "PXW", None)]),
    ("Ms. Orlan endured years of exile in Tove.", WED, [("years", "DURATION", "PXY", None)]),
    # ... a unit with no affair after 'of' is left alone
    ("The Tessel almanac follows months of the moon.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_years_of_after_verb(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="yv")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
