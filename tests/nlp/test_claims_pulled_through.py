"""A patient who "pulled through" or "is out of the woods" is alive, as "out of danger" already
was (the parser reads "through" as an adverb, so the phrasal verb was missed); one "not out of
danger / not out of the woods yet" is still in danger, alive, never dead: the negated state
gives no alive NEGATED (it gave one) (issue 6, the alive recall and precision). Texts written
for this table about fictional people: text -> the number of claims (subject, predicate,
polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
N = "negated"

TABLE = [
    ("Selim Toprak has pulled through, his doctors said.", {("Selim Toprak", "alive", A): 1}),
    ("Selim Toprak is out of the woods, doctors said.", {("Selim Toprak", "alive", A): 1}),
    (
        "Selim Toprak is not out of danger, doctors said.",
        {("Selim Toprak", "alive", N): 0, ("Selim Toprak", "killed", A): 0},
    ),
    (
        "Selim Toprak is not out of the woods yet, doctors said.",
        {("Selim Toprak", "alive", N): 0},
    ),
    ("Selim Toprak pulled through the crowd to the stage.", {("Selim Toprak", "alive", A): 0}),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
