"""An appearance put off or still ahead ("His appearance in court was postponed", "The judge
postponed her appearance", "cancelled his planned appearance at the rally") was not made: no
appeared claim; one made ("made his first public appearance since May", "his appearance at
the rally on Tuesday") still is (issue 6, the appeared precision). Texts written for this
table about fictional people: text -> the number of claims (subject, predicate, polarity)
the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    ("Ali Mansour's appearance in court was postponed.", {("Ali Mansour", "appeared", A): 0}),
    (
        "The judge postponed Ali Mansour's appearance until Friday.",
        {("Ali Mansour", "appeared", A): 0},
    ),
    (
        "Ali Mansour cancelled his planned appearance at the rally.",
        {("Ali Mansour", "appeared", A): 0},
    ),
    (
        "Ali Mansour made his first public appearance since May on Tuesday.",
        {("Ali Mansour", "appeared", A): 1},
    ),
    (
        "Ali Mansour's appearance at the rally on Tuesday surprised his critics.",
        {("Ali Mansour", "appeared", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
