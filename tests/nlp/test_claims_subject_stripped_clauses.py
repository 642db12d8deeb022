"""Stripped clauses (issue 6, the "subject" misses): a sentence that gives only a new
subject and an auxiliary takes up the predicate of the sentence before it ("X was wounded.
Y was not.", '"I am alive. Esther is not."', "So was Y.", "Y was too.";
``claims_ellipsis.stripped_clause_hits``). Texts written for this table about fictional
people: text -> the number of claims (subject, predicate, polarity) the pipeline must
find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

STRIPPED = [
    (
        # failed before
        "Petra Vance was wounded in the attack. Ivo Marsh was not.",
        {("Ivo Marsh", "wounded", N): 1, ("Ivo Marsh", "wounded", A): 0},
    ),
    (
        # failed before: a quoted "is not" after the speaker's own "I am alive"
        'Nora Falk and Esther Lind were on the bus. Nora Falk told reporters: "I am alive.'
        ' Esther is not."',
        {("Esther Lind", "alive", N): 1, ("Nora Falk", "alive", A): 1},
    ),
    (
        # failed before
        "Petra Vance was released on Monday. So was Ivo Marsh.",
        {("Ivo Marsh", "released", A): 1},
    ),
    (
        # failed before
        "Petra Vance was released on Monday. Ivo Marsh was too.",
        {("Ivo Marsh", "released", A): 1},
    ),
    (
        # a clause with more than the auxiliary is read by its own words
        "Petra Vance was wounded in the attack. Ivo Marsh was not in the car.",
        {("Ivo Marsh", "wounded", N): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), STRIPPED)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
