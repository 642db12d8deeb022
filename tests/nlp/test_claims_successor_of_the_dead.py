"""The one who succeeds or replaces a dead leader named only by a description ("succeeded the
slain commander", "picked X to replace the late founder", "X, who succeeded the murdered
mayor", "took over after the commander's death", "named emir after the death of the former
leader") takes the post, not the death: the description is someone else, never the successor
(issue 6, precision of the weakest predicates). Texts written for this table about fictional
people: text -> the number of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Karim Dahl succeeded the slain commander in May.",
        {("Karim Dahl", "leadership_change", A): 1, ("Karim Dahl", "killed", A): 0},
    ),
    (
        "The rebels picked Karim Dahl to succeed the slain commander.",
        {("Karim Dahl", "leadership_change", A): 1, ("Karim Dahl", "killed", A): 0},
    ),
    (
        "Lina Sorel replaced the late founder as head of the foundation.",
        {("Lina Sorel", "leadership_change", A): 1, ("Lina Sorel", "killed", A): 0},
    ),
    (
        "Karim Dahl, who succeeded the slain commander in May, was arrested on Friday.",
        {("Karim Dahl", "arrested", A): 1, ("Karim Dahl", "killed", A): 0},
    ),
    (
        "Abu Rami took over after the commander's death in May.",
        {("Abu Rami", "leadership_change", A): 1, ("Abu Rami", "killed", A): 0},
    ),
    (
        "Abu Rami has been running the group since the founder's death in March.",
        {("Abu Rami", "leadership_change", A): 1, ("Abu Rami", "killed", A): 0},
    ),
    (
        "Abu Rami was named emir after the death of the former leader.",
        {("Abu Rami", "leadership_change", A): 1, ("Abu Rami", "killed", A): 0},
    ),
    (
        "Abu Rami became leader following the death of the founder.",
        {("Abu Rami", "leadership_change", A): 1, ("Abu Rami", "killed", A): 0},
    ),
    (
        "Commander Abu Salem was killed on Monday. Abu Rami took over after the commander's death.",
        {("Abu Salem", "killed", A): 1, ("Abu Rami", "leadership_change", A): 1},
    ),
    (
        # the description named before still takes its death
        "Commander Abu Salem was killed on Monday. Karim Dahl succeeded the slain commander.",
        {("Abu Salem", "killed", A): 1, ("Karim Dahl", "leadership_change", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
