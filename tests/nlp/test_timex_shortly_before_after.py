"""'shortly after 10 p.m.', 'just before midnight': 'shortly / just before / after' orders an
event against the clock time and is no part of it (a signal, as the wire set and TimeML leave
it out), unlike 'about' or 'around', which qualify the time itself (mod APPROX) (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

TUE = date(1999, 5, 4)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("The Velmora ferry slid off its moorings shortly before midnight.", TUE,
     [("midnight", "TIME", "1999-05-03T24:00", None)]),
    ("Crews in Orsk shut off the water main shortly after 10 p.m.", TUE,
     [("10 p.m.", "TIME", "1999-05-04T22:00", None)]),
    ("Ms. Orlan was pulled from the rubble just after noon on Monday.", TUE,
     [("noon on Monday", "TIME", "1999-05-03T12:00", None)]),
    # ... "about" and "around" stay in, an approximate time
    ("The Tessel dam burst at about 9:40 p.m. on Monday.", TUE,
     [("about 9:40 p.m. on Monday", "TIME", "1999-05-03T21:40", "APPROX")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_shortly_before_after(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="sb")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
