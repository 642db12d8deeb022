"""A counted plural, its place phrase, then a comma and a list of names ("had wounded two
teenagers from the village, X and Y"): the parser hangs the list on the verb (npadvmod) or on
the place (apposition), not on the plural; each name is one of the people the plural counts and
has the claim (issue 6). Texts written for this table about fictional people: text -> the number
of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
W = "wounded"

TABLE = [
    (
        "Mathieu Bahati said the strike had wounded two teenagers from the village, Amos Mwale and"
        " Peter Mwale.",
        {("Amos Mwale", W, A): 1, ("Peter Mwale", W, A): 1},
    ),
    (
        "Police said the attack had wounded two students from the town, Amos Mwale and Peter"
        " Mwale.",
        {("Amos Mwale", W, A): 1, ("Peter Mwale", W, A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
