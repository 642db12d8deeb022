"""'meets twice yearly', 'paid four times annually', 'printed twice weekly': a count of times
before a frequency adverb belongs to the SET (P1Y, P1W), as in 'twice a year'; was the adverb
alone. Before a noun ('the twice yearly meetings') it stays untagged, as 'a quarterly dividend'
does (issue 4).

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
    ("The Tessel board meets twice yearly.", WED, [("twice yearly", "SET", "P1Y", None)]),
    ("Orvane dividends are paid four times annually.", WED, [("four times annually", "SET", "P1Y", None)]),
    ("The Tove gazette is printed twice weekly.", WED, [("twice weekly", "SET", "P1W", None)]),
    # ... an adverb alone keeps its reading; before its noun, no time
    ("The Velmora council meets weekly.", WED, [("weekly", "SET", "P1W", None)]),
    ("The twice yearly meetings of the Tessel board were cancelled.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_times_per_adverb(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="ta")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
