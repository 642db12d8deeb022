"""A live blog's correction names the text it corrects "an earlier entry / post / update", as a
story's says "an earlier version": the entry's claim is reported and the outlet's own negated
one withdraws it (tests/fixtures/claims/README.md: a correction gives the earlier version's
`reported` claim and the outlet's negated `denied` one). Another outlet's "earlier update from
Reuters" is no correction; and a death "in prison" withdrawn leaves the custody its place tells
(issue 6). Texts written for this table about fictional people: text -> the number of claims
(subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
N = "negated"
K = "killed"
R = "arrested"

TABLE = [
    (
        "12:05 - CORRECTION: An earlier entry said Lanre Adebayo had died in prison. He is alive,"
        " the agency says.",
        {("Lanre Adebayo", K, A): 1, ("Lanre Adebayo", K, N): 1, ("Lanre Adebayo", R, N): 0},
    ),
    (
        "An earlier post said Lanre Adebayo had been arrested. He was questioned and released.",
        {("Lanre Adebayo", R, A): 1, ("Lanre Adebayo", R, N): 1},
    ),
    (
        "An earlier update from Reuters said Lanre Adebayo had been arrested.",
        {("Lanre Adebayo", R, A): 1, ("Lanre Adebayo", R, N): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
