"""A sum asked for a person's release ("the kidnappers demanded $300,000 for his release",
"sought a ransom for her release") is wanted, not happened, as "called for his release" is
(the gold README: demands and purposes are no claims); a ransom paid for it tells a release
that came (issue 6). Texts written for this table about fictional people: text -> the
number of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "A relative said the kidnappers had demanded a further $300,000 for Omar Tahir's release.",
        {("Omar Tahir", "released", A): 0},
    ),
    (
        "The gang demanded two million pesos for Lucia Vera's release, her brother said.",
        {("Lucia Vera", "released", A): 0},
    ),
    (
        "Her family paid $50,000 for Lucia Vera's release in May.",
        {("Lucia Vera", "released", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
