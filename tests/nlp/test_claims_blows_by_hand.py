"""A blow a person deals ("Nobody hit me", "a guard hit him in the van", "officers had slapped her
brother") is a beating, other:beat (tests/fixtures/claims/README.md, session 23), affirmed or
negated; a blow by a shell, a tree or no one named ("was hit in the chest by shrapnel") stays a
wound, and "hit back at" a rival is no claim (issue 6). Texts written for this table about
fictional people: text -> the number of claims (subject, predicate, polarity) the pipeline must
find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
N = "negated"
B = "other:beat"
W = "wounded"

TABLE = [
    ('"Nobody hit me," Viliami Taufa said.', {("Viliami Taufa", B, N): 1}),
    ("Tevita Lolo said no one had ever hit him.", {("Tevita Lolo", B, N): 1}),
    (
        'Sione Lolo was detained on Monday. "He told me a guard hit him in the van," his mother,'
        " Ana Lolo, said.",
        {("Sione Lolo", B, A): 1},
    ),
    (
        "Mele Taufa said officers had slapped her brother, Viliami Taufa, during questioning.",
        {("Viliami Taufa", B, A): 1},
    ),
    (
        "Tevita Lolo was hit in the chest by shrapnel.",
        {("Tevita Lolo", W, A): 1, ("Tevita Lolo", B, A): 0},
    ),
    ("The candidate hit back at his rival, Sione Lolo, on Tuesday.", {("Sione Lolo", B, A): 0}),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
