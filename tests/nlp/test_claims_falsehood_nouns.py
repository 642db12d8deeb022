""" "Reports of his death were a forgery", "the report was a hoax": a noun that calls a claim
false denies it, like "a lie" or "a fabrication" (the README: "Claims that X has died do not
correspond to reality" is a denial, beside the claims' own reported claim). Texts written
for this table about fictional people: text -> {(last word of the subject, predicate,
polarity, certainty): count}."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

TABLE = [
    (
        "In May the militia announced the death of its commander, Omar Haji. A week later Haji"
        " called a radio station to say that reports of his death were a forgery.",
        {("Haji", "killed", N, "denied"): 1},
    ),
    (
        "A news site said on Monday that the union leader Grace Atieno had been arrested. Her"
        " union said the report was a hoax.",
        {("Atieno", "arrested", N, "denied"): 1, ("Atieno", "arrested", A, "reported"): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter(
        (c.subject.split()[-1], c.predicate, c.polarity, c.certainty) for c in claims_of(text)
    )
    assert {k: found.get(k, 0) for k in counts} == counts, found
