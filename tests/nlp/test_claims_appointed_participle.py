"""A participle of a naming to an office set off by commas after a name ("X, appointed
chairman in May, denied ...", "X, elected party leader in 2019,", "X, recently installed as
the head of the council,", "X, sworn in as interim president on Monday,") tells X took the
post, a leadership change with the participle's time, as the reduced relatives of an arrest
or a kidnapping already do; a naming with no office ("named after his grandfather",
"elected to parliament", "appointed by the president") tells none (issue 6, the
leadership_change recall). Texts written for this table about fictional people: text -> the
number of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
L = "leadership_change"

TABLE = [
    ("Yusuf Barre, appointed chairman in May, denied the report.", {("Yusuf Barre", L, A): 1}),
    ("Yusuf Barre, elected party leader in 2019, denied the report.", {("Yusuf Barre", L, A): 1}),
    (
        "Yusuf Barre, recently installed as the head of the council, denied the report.",
        {("Yusuf Barre", L, A): 1},
    ),
    ("Yusuf Barre, named after his grandfather, denied the report.", {("Yusuf Barre", L, A): 0}),
    ("Yusuf Barre, elected to parliament in 2019, denied the report.", {("Yusuf Barre", L, A): 0}),
    ("Yusuf Barre, appointed by the president, denied the report.", {("Yusuf Barre", L, A): 0}),
    (
        # the same surface with an active verb: the object is the appointee
        "The minister, Yusuf Barre, appointed Ali Omar chairman in May.",
        {("Yusuf Barre", L, A): 0, ("Ali Omar", L, A): 1},
    ),
]


def test_the_participle_dates_it(claims_of) -> None:
    (claim,) = [
        c
        for c in claims_of("Yusuf Barre, elected party leader in 2019, denied the report.")
        if c.predicate == L
    ]
    assert claim.event_time == "2019"


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
