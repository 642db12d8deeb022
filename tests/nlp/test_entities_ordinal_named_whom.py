"""An ordinal named by a relative clause of naming ("Two officers were killed. A third, whom
police named as Jan X, was wounded"): the parser makes the ordinal the root, the sentence's
verb a relative clause on it and "named" a participle on "police"; the ordinal is still the
one the clause names, so the verb's claim is that person's (issue 6, "unknown-subject").
Texts written for this table about fictional people: text -> the number of claims (last word
of the subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Two officers were killed. A third, whom police named as Jan Rivet, was wounded.",
        {("Rivet", "wounded", A): 1},
    ),
    (
        "Two officers were killed. A third, whom police named as Corporal Jan Rivet, was captured.",
        {("Rivet", "captured", A): 1},
    ),
    (
        # named before the ordinal: the ordinal is someone new, not him
        "Jan Rivet was killed with two officers. A fourth man was wounded.",
        {("Rivet", "wounded", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
