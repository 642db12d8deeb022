"""A person "pictured / photographed / filmed" with someone or at an occasion ("was pictured
with the president", "photographed at the ceremony", "filmed at a rally") was seen there, an
appearance, as "photographed in Kanda" already was; the means of the picture ("filmed with a
hidden camera") is no company (issue 6, the appeared recall). Texts written for this table
about fictional people: text -> the number of claims (subject, predicate, polarity) the
pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Ibrahim Tahir was photographed with the president on Monday.",
        {("Ibrahim Tahir", "appeared", A): 1},
    ),
    (
        "Ibrahim Tahir was pictured at the ceremony on Monday.",
        {("Ibrahim Tahir", "appeared", A): 1},
    ),
    (
        "Ibrahim Tahir was pictured alongside his wife at a wedding in May.",
        {("Ibrahim Tahir", "appeared", A): 1},
    ),
    (
        "Ibrahim Tahir was filmed with a hidden camera.",
        {("Ibrahim Tahir", "appeared", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
