"""A sighting whose subject is "nobody" or "no one" ("Nobody has seen him since", "No one
saw her leave") is the negated appearance only: no witness saw the person, which says
nothing of life or death, so no ``alive`` negated beside it (issue 6, precision; the gold
README: "has not been seen since E" is ``appeared`` NEGATED). A witness who did see the
person still gives ``alive``. Texts written for this table about fictional people: text ->
the number of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

TABLE = [
    (
        "A driver said he dropped the reporter Jan Hus at a hotel that evening. Nobody has "
        "seen him since.",
        {("Jan Hus", "appeared", N): 1, ("Jan Hus", "alive", N): 0},
    ),
    (
        "The reporter Jan Hus left his flat on Friday. No one has seen him since.",
        {("Jan Hus", "appeared", N): 1, ("Jan Hus", "alive", N): 0},
    ),
    (
        "A fellow prisoner said he had seen the reporter Jan Hus in the camp in May.",
        {("Jan Hus", "alive", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
