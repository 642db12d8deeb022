"""A passive "hurt" of the feelings is no wound (issue 6, wounded precision): "was deeply
hurt", "was hurt by the decision"; "badly hurt in the crash" and "hurt by a falling wall"
stay wounds. Texts written for this table about fictional people: text -> the number of
claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
W = "wounded"

TABLE = [
    ("Mario Lenz was sacked. His agent said Lenz was deeply hurt.", {("Mario Lenz", W, A): 0}),
    ("Mario Lenz was hurt by the decision, his agent said.", {("Mario Lenz", W, A): 0}),
    ("Mario Lenz was badly hurt in the crash.", {("Mario Lenz", W, A): 1}),
    ("Mario Lenz was seriously hurt by a falling wall.", {("Mario Lenz", W, A): 1}),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
