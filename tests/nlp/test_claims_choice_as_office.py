"""Nouns of naming someone to an office with the office after them ("the council's choice of
X as chairman", "The selection of X as leader was announced", "X's elevation to commander")
tell X's leadership change, as "his appointment as commander" already did; the possessor of
a choice is the chooser, not the chosen, and a choice of a thing or of a deputy tells no
change (issue 6, the leadership_change recall). Texts written for this table about
fictional people: text -> the number of claims (subject, predicate, polarity) the pipeline
must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
L = "leadership_change"

TABLE = [
    (
        "The council's choice of Yusuf Barre as chairman angered the opposition.",
        {("Yusuf Barre", L, A): 1},
    ),
    ("The selection of Yusuf Barre as leader was announced on Friday.", {("Yusuf Barre", L, A): 1}),
    ("Yusuf Barre's elevation to commander was announced on Monday.", {("Yusuf Barre", L, A): 1}),
    (
        "Yusuf Barre's choice of Omar Said as his deputy surprised analysts.",
        {("Yusuf Barre", L, A): 0, ("Omar Said", L, A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
