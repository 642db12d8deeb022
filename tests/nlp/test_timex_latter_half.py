"""'the latter half of the year', 'the back half of 1997', 'the front half of next year': a
half named by 'latter' / 'back' (the second) or 'front' (the first) is that half of the year,
one DATE (1998-H2, 1997-H2, 1999-H1), as 'the second half of the year' is; 'the latter half
of the decade' is its END; 'the back half of the bus' is no time (issue 4).

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
    ("Orvane's profits rose in the latter half of the year.", WED,
     [("the latter half of the year", "DATE", "1998-H2", None)]),
    ("Tessel's sales slowed in the back half of 1997.", WED, [("the back half of 1997", "DATE", "1997-H2", None)]),
    ("Velmora expects growth in the front half of next year.", WED,
     [("the front half of next year", "DATE", "1999-H1", None)]),
    ("Tove grew fast in the latter half of the decade.", WED,
     [("the latter half of the decade", "DATE", "199", "END")]),
    # ... a half of a thing
    ("The Tove team sat in the back half of the bus.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_latter_half(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="lh")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
