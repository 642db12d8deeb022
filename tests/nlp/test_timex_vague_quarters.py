"""'after several quarters of losses', 'in recent quarters', 'for many quarters': an unnumbered
stretch of fiscal quarters is a DURATION (PXQ), as 'several years' is PXY ('quarters of' had
read as a fraction, 'recent quarters' was no time); 'several quarters of the old town' and
'criticism from many quarters' name places and people, no time (issue 4).

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
    ("Orvane turned a profit after several quarters of losses.", WED,
     [("several quarters", "DURATION", "PXQ", None)]),
    ("Tessel's margins have shrunk in recent quarters.", WED, [("recent quarters", "DURATION", "PXQ", None)]),
    ("Velmora has lost money for many quarters.", WED, [("many quarters", "DURATION", "PXQ", None)]),
    # ... places and people
    ("Several quarters of the old town of Tove burned.", WED, []),
    ("The Arvik plan drew criticism from many quarters.", WED, []),
    ("The Arvik plan was welcomed in several quarters.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_vague_quarters(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="vq")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
