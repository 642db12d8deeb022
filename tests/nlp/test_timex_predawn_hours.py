"""'in the predawn hours of Tuesday', 'the pre-dawn hours of June 8', 'in the predawn hours':
the hours before dawn are the night that day begins with, one TIME (TNI), as 'the early hours
of Tuesday' and 'in the small hours' are; were the day alone or nothing (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

THU = date(1999, 6, 10)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("Rebels attacked Tove in the predawn hours of Tuesday.", THU,
     [("the predawn hours of Tuesday", "TIME", "1999-06-08TNI", None)]),
    ("Rebels attacked Tove in the pre-dawn hours of June 8.", THU,
     [("the pre-dawn hours of June 8", "TIME", "1999-06-08TNI", None)]),
    ("Rebels attacked Tove in the predawn hours.", THU, [("the predawn hours", "TIME", "1999-06-10TNI", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_predawn_hours(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="pd")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
