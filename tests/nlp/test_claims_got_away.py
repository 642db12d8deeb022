""" "Got away" is an escape (``other:escape``, as "broke out" and "escaped" are): "the men who
got away", "but X got away", "got away from his captors"; "got away with a fine" is none, nor
"tried to get away" that failed. Texts written for this table about fictional people: text ->
the number of claims (last word of the subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
E = "other:escape"

TABLE = [
    (
        "Police identified the men who got away as Rafael Ortuno and Bruno Salcedo.",
        {("Ortuno", E, A): 1, ("Salcedo", E, A): 1},
    ),
    (
        "Police arrested Rafael Ortuno at the scene, but Bruno Salcedo got away.",
        {("Salcedo", E, A): 1, ("Ortuno", E, A): 0},
    ),
    (
        "Bruno Salcedo got away from his captors on Monday and reached a village.",
        {("Salcedo", E, A): 1},
    ),
    ("Bruno Salcedo got away with a fine, the court said.", {("Salcedo", E, A): 0}),
    ("Bruno Salcedo tried to get away but was caught by police.", {("Salcedo", E, A): 0}),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
