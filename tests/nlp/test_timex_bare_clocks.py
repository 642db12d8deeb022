"""Timex rules: a bare 24-hour clock in running prose ("the convoy was hit at 14:00", "by
16:50 the fire was out", "at 0630 hours", "at 16.45 GMT") is a TIME on the day the passage is
about, the publication day by default (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

THU = date(2018, 8, 23)  # a Thursday

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # -- a two-digit 24-hour clock after a preposition of time
    (
        "The aid convoy near Tarsa was hit at 14:00, officials said.",
        THU,
        [("14:00", "TIME", "2018-08-23T14:00", None)],
    ),
    (
        "By 16:50 the fire at the Morrow depot was out.",
        THU,
        [("16:50", "TIME", "2018-08-23T16:50", None)],
    ),
    ("The curfew in Velno lasts until 06:00.", THU, [("06:00", "TIME", "2018-08-23T06:00", None)]),
    (
        "Counting began after 21:30 in most districts.",
        THU,
        [("21:30", "TIME", "2018-08-23T21:30", None)],
    ),
    (
        "The ferry Halden left at 19:45 on Tuesday.",
        THU,
        [("19:45 on Tuesday", "TIME", "2018-08-21T19:45", None)],
    ),
    (
        "The bank is open from 09:00 to 17:30.",
        THU,
        [("09:00", "TIME", "2018-08-23T09:00", None), ("17:30", "TIME", "2018-08-23T17:30", None)],
    ),
    # ... on the day the passage is about, not the publication day
    (
        "On March 4, 2012, the Karsk convoy was hit at 14:00.",
        THU,
        [
            ("March 4, 2012", "DATE", "2012-03-04", None),
            ("14:00", "TIME", "2012-03-04T14:00", None),
        ],
    ),
    # -- a military clock with "hours" or a zone; a dotted clock with a zone
    (
        "The raid on the Selm compound began at 0630 hours.",
        THU,
        [("0630 hours", "TIME", "2018-08-23T06:30", None)],
    ),
    (
        "The polls in Orvia closed at 1930 local time.",
        THU,
        [("1930 local time", "TIME", "2018-08-23T19:30", None)],
    ),
    ("The cargo jet crashed at 16.45 GMT.", THU, [("16.45 GMT", "TIME", "2018-08-23T16:45", None)]),
    (
        "Voting in Orvia ends at 20.00 local time.",
        THU,
        [("20.00 local time", "TIME", "2018-08-23T20:00", None)],
    ),
    # ... "local" alone before a bracket or a comma, as wire copy writes it
    (
        "The polls in Orvia closed at 0900 local (0700 GMT).",
        THU,
        [
            ("0900 local", "TIME", "2018-08-23T09:00", None),
            ("0700 GMT", "TIME", "2018-08-23T07:00", None),
        ],
    ),
    (
        "The raid on Selm began at 2130 local, police said.",
        THU,
        [("2130 local", "TIME", "2018-08-23T21:30", None)],
    ),
    ("The 2130 local council meeting in Karsk was cancelled.", THU, []),
    # -- no clock: a score, a price, a rate, a race time, an hour count, a one-digit hour
    ("The score was 10:15 at half time.", THU, []),
    ("Shares in Velt rose to 12.50 in late trade.", THU, []),
    ("Lena Ostrow won the race in 2:08:30.", THU, []),
    (
        "Captain Ree had logged 1400 hours of flight time.",
        THU,
        [("1400 hours", "DURATION", "PT1400H", None)],
    ),
    ("The vote was 10:12 against the motion.", THU, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="bare-clocks")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
