"""'Three years to the day after the coup' when the coup's day was told in the sentence
before ('The army seized power on March 3, 2019.'): the anniversary of that day, one DATE
counted from the passage's time; with no single day told before, or when the day counted
would fall after a past report (the day told is the anniversary itself), the amount alone, a
DURATION (issue 4).

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
    ("The army of Velmora seized power on March 3, 2019. Three years to the day after the coup, "
     "General Amadi resigned.", WED,
     [("March 3, 2019", "DATE", "2019-03-03", None), ("Three years to the day", "DATE", "2022-03-03", None)]),
    ("The Tessel bridge fell on 14 August 2018. It reopened one year to the day later.", WED,
     [("14 August 2018", "DATE", "2018-08-14", None), ("one year to the day", "DATE", "2019-08-14", None)]),
    ("Ms. Orlan opened the bakery on May 2, 2020. Two years to the day after it opened, she sold it.", WED,
     [("May 2, 2020", "DATE", "2020-05-02", None), ("Two years to the day", "DATE", "2022-05-02", None)]),
    # ... the day told is the anniversary itself, or no day was told: the amount
    ("On Friday, Amadi quit. It was two years to the day after he took office.", WED,
     [("Friday", "DATE", "2024-03-15", None), ("two years", "DURATION", "P2Y", None)]),
    ("The coup came in 2019. Three years to the day after it, Amadi resigned.", WED,
     [("2019", "DATE", "2019", None), ("Three years", "DURATION", "P3Y", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_to_the_day_across_sentences(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="td")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
