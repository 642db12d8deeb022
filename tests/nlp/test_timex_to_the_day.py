"""'Three years to the day after the coup of March 3, 2019', 'resigned two years to the day
later' after a full date in the same sentence: the anniversary of that date, one DATE; with
no full date to count from in the sentence (or when the date named is the day itself, 'on
June 5, 1990, a year to the day before the war'), the amount alone, a DURATION (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(2024, 3, 20)

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    ("Three years to the day after the coup of March 3, 2019, General Amadi resigned.", WED,
     [("Three years to the day", "DATE", "2022-03-03", None), ("March 3, 2019", "DATE", "2019-03-03", None)]),
    ("General Amadi, who seized power on March 3, 2019, resigned two years to the day later.", WED,
     [("March 3, 2019", "DATE", "2019-03-03", None), ("two years to the day", "DATE", "2021-03-03", None)]),
    ("The Tessel bridge reopened one year to the day after it fell on 14 August 2018.", WED,
     [("one year to the day", "DATE", "2019-08-14", None), ("14 August 2018", "DATE", "2018-08-14", None)]),
    # ... no full date to count from in the sentence, or the date is the day itself
    ("On Friday, two years to the day after he took office, Amadi resigned.", WED,
     [("Friday", "DATE", "2024-03-15", None), ("two years", "DURATION", "P2Y", None)]),
    ("The Orsk pact was signed on June 5, 1990, a year to the day before the war began.", WED,
     [("June 5, 1990", "DATE", "1990-06-05", None), ("a year", "DURATION", "P1Y", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_to_the_day(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="td")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
