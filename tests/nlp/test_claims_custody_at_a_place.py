"""An arrest at or in a place is the event only, no `located_in` (tests/fixtures/claims/README.md,
session 19): "was taken into custody at the airport / in Lima" tells where the arrest was made,
not a move into a place, while a move into a named facility ("was taken to a prison in Aktau")
still gives `located_in` (issue 6). Texts written for this table about fictional people: text ->
the number of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
R = "arrested"
LOC = "located_in"

TABLE = [
    (
        "The former coach, Tomas Quiroga, was taken into custody in Arequipa on Thursday.",
        {("Tomas Quiroga", R, A): 1, ("Tomas Quiroga", LOC, A): 0},
    ),
    (
        "Her brother, Dinu Ceban, a customs officer, was taken into custody at Balti airport"
        " on suspicion of fraud.",
        {("Dinu Ceban", R, A): 1, ("Dinu Ceban", LOC, A): 0},
    ),
    (
        "Police said Anton Lupei was taken into detention at a farm outside Soroca.",
        {("Anton Lupei", R, A): 1, ("Anton Lupei", LOC, A): 0},
    ),
    (
        "Dinu Ceban was arrested on Monday and taken to the remand prison in Balti.",
        {("Dinu Ceban", R, A): 1, ("Dinu Ceban", LOC, A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
