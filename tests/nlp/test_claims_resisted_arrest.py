"""Resisting arrest (issue 6, the "fewer" misses): "X resisted arrest", the police idiom of a
struggle while being arrested, tells the arrest again (tests/fixtures/claims/README.md: one
claim per clause that tells an event; ``claims_custody._resisted_arrest``); "resisted
capture" (evading it) and a negated "did not resist arrest" claim nothing here. Texts written
for this table about fictional people: text -> the number of claims (last word of the subject,
predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        # failed before: the parser hangs "resisted" on "arrest" as a modifier
        "A police officer, Captain Ali Morn, testified that Omar Feld resisted arrest.",
        {("Feld", "arrested", A): 1},
    ),
    (
        # failed before
        "Rustam Varo was in court on Monday. A police officer testified that Varo resisted arrest.",
        {("Varo", "arrested", A): 1},
    ),
    (
        "The rebel leader Ivo Sark resisted capture for a decade.",
        {("Sark", "captured", A): 0, ("Sark", "arrested", A): 0},
    ),
    (
        "Omar Feld did not resist arrest, his lawyer said.",
        {("Feld", "arrested", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_resisted_arrest_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
