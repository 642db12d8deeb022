""" "Saw X doing Y": an eyewitness who saw a person with a bare present participle ("had seen
Ortega, 61, eating at a cafe", "saw her walking to the bus stop") reports a sighting, the
``appeared`` of the one seen at the sighting's time, even when the parser hangs the name on
the participle or (after an apposition) loosely on "seen"; the act is the sighting alone, no
separate ``alive`` (as the gold keeps "spotted him buying cigarettes"), while "saw him die" /
"saw her leave" keep the act as the claim. Texts written for this table about fictional
people: text -> {(last word of the subject, predicate, polarity): count}."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Luis Ortega fled the country in March. A former partner said he had seen Ortega, 61,"
        " eating at a cafe in Lisbon on June 2.",
        {("Ortega", "appeared", A): 1, ("Ortega", "alive", A): 0},
    ),
    (
        "Mira Novak vanished last week. Her neighbour, Ivan Horvat, said he saw her walking to"
        " the bus stop at 7 a.m. on Friday.",
        {("Novak", "appeared", A): 1, ("Novak", "alive", A): 0},
    ),
    (
        # a plain sighting still tells that the person was alive then
        "Mira Novak vanished last week. Her neighbour, Ivan Horvat, said he saw her at the bus"
        " stop on Friday.",
        {("Novak", "appeared", A): 1, ("Novak", "alive", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
