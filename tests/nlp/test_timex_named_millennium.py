"""'the new millennium', 'the next millennium', 'the coming millennium', 'the third millennium':
a thousand years named by its place, one DATE written by its leading digit as a century is by
its two ('2': the years 2000-2999, as 'the next century' is '20'); 'new' is the one begun or
about to begin nearest the report, 'next' the one after the report's (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 11, 18)
LATER = date(2005, 3, 1)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("Planners in Tove are preparing for the new millennium.", WED,
     [("the new millennium", "DATE", "2", None)]),
    ("The Arvik bridge will last into the next millennium.", WED,
     [("the next millennium", "DATE", "2", None)]),
    ("Tove will greet the coming millennium with fireworks.", WED,
     [("the coming millennium", "DATE", "2", None)]),
    ("Orvane has grown fast in the new millennium.", LATER, [("the new millennium", "DATE", "2", None)]),
    ("Ms. Orlan wrote a novel set in the third millennium.", WED,
     [("the third millennium", "DATE", "2", None)]),
    # ... a millennium that names a thing is no time
    ("The new millennium dome in Tove opened.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_named_millennium(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="nm")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
