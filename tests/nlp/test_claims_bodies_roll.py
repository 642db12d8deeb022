"""A roll of the dead after a finding of bodies and a colon ("The bodies of two more victims
were recovered on Wednesday: X, 52, and his neighbour Y, 60"; "Divers pulled three bodies
from the river: X, Y and a boy, Z"): each person named after the colon is killed, at the
finding's time (issue 6, the "unknown-subject" misses of a disaster update). Texts written
for this table about fictional people: text -> the number of claims (subject, predicate,
polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "The bodies of two more victims were recovered on Wednesday morning: Ivo Maras, 52, and "
        "his neighbour Sara Lukic, 60.",
        {("Ivo Maras", "killed", A): 1, ("Sara Lukic", "killed", A): 1},
    ),
    (
        "Divers pulled three bodies from the river on Monday: Ivo Maras, Sara Lukic and a boy, "
        "Dino Kos, the police said.",
        {
            ("Ivo Maras", "killed", A): 1,
            ("Sara Lukic", "killed", A): 1,
            ("Dino Kos", "killed", A): 1,
        },
    ),
    (
        # no colon roll: who the bodies are is not told here
        "The bodies of two men were found on Monday; relatives are searching for Ivo Maras.",
        {("Ivo Maras", "killed", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
