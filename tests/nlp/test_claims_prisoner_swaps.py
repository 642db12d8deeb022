"""Prisoner swaps (issue 6, the "absent" misses of ``released``): a person exchanged or swapped
is a prisoner freed in the swap, with or without the "for" of what was given in return
("was exchanged for two soldiers", "who was exchanged alongside X", "X and Y were swapped in
November"); "traded" without "for" is a player's transfer. Texts written for this table
about fictional people: text -> the number of claims (last word of the subject, predicate,
polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

SWAPS = [
    (
        # failed before
        "Tomas Hadley, who was exchanged alongside Marko Bral, was arrested again in March.",
        {("Hadley", "released", A): 1, ("Hadley", "arrested", A): 1},
    ),
    (
        # failed before
        "Tomas Hadley and Marko Bral were exchanged in November.",
        {("Hadley", "released", A): 1, ("Bral", "released", A): 1},
    ),
    (
        # failed before
        "Anna Berg was swapped at the border crossing near Kesh on Sunday.",
        {("Berg", "released", A): 1},
    ),
    (
        "Tomas Hadley was exchanged for two soldiers in November.",
        {("Hadley", "released", A): 1},
    ),
    (
        "The striker Tomas Hadley was traded to Boston in June.",
        {("Hadley", "released", A): 0},
    ),
]

TABLE = SWAPS


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_swap_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
