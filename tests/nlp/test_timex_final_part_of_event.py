"""'the final day of the summit', 'the final week of the trial': 'final' is 'last', the end of an
event, a DATE the phrase alone cannot date (XXXX-XX-XX, XXXX-WXX); 'the final week of March' and
'the final day of the quarter' stay parts of a calendar period; 'the final day' alone is no time
(issue 4).

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
    ("On the final day of the Tessel summit, the envoys signed a pact.", WED,
     [("the final day", "DATE", "XXXX-XX-XX", None)]),
    ("The final week of the Amadi trial begins Monday.", WED,
     [("The final week", "DATE", "XXXX-WXX", None), ("Monday", "DATE", "1998-11-23", None)]),
    ("The final year of her term was quiet.", WED, [("The final year", "DATE", "XXXX", None)]),
    # ... a calendar period keeps its own reading, and no period named is no time
    ("Orvane shares fell in the final week of March.", WED,
     [("the final week of March", "DATE", "1998-W13", None)]),
    ("The fund closed on the final day of the quarter.", WED,
     [("the final day of the quarter", "DATE", "1998-09-30", None)]),
    ("The final day was the hardest for Ms. Orlan.", WED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_final_part_of_event(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="fe")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
