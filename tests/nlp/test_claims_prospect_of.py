"""A release or return named as what a chance, hope or prospect is of ("little chance of his
release this year", "Hopes of his release are fading", "no prospect of her return") is
awaited, not a happening: no claim, like "talks on the release of X" (the gold README:
expectations are no claims; issue 6, precision). The custody told beside it stays. Texts
written for this table about fictional people: text -> the number of claims (subject,
predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "The engineer Karl Mott has been held since March. His family sees little chance of "
        "his release this year.",
        {("Karl Mott", "released", A): 0, ("Karl Mott", "arrested", A): 1},
    ),
    (
        "The engineer Karl Mott has been held since March. Hopes of his release are fading.",
        {("Karl Mott", "released", A): 0},
    ),
    (
        # a release that happened stays a claim
        "The engineer Karl Mott has been held since March. News of his release on Monday "
        "reached his family at noon.",
        {("Karl Mott", "released", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
