"""A person taken, forced or held "at gunpoint" with no captor named ("was taken from his home
at gunpoint on Friday", "was forced into a car at gunpoint", "was held at gunpoint for two
hours") was seized by armed men the sentence does not name: captured (README: kidnapping by
non-state or unknown captors), not a state's arrest; "at gunpoint by police" keeps the
agent's arrest (issue 6, the captured recall). Texts written for this table about fictional
people: text -> the number of claims (subject, predicate, polarity) the pipeline must
find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Selim Toprak was taken from his home at gunpoint on Friday.",
        {("Selim Toprak", "captured", A): 1},
    ),
    (
        "Selim Toprak was held at gunpoint for two hours by the robbers' lookout.",
        {("Selim Toprak", "arrested", A): 0},
    ),
    (
        "Selim Toprak was held at gunpoint for two hours.",
        {("Selim Toprak", "captured", A): 1, ("Selim Toprak", "arrested", A): 0},
    ),
    (
        "Selim Toprak was taken from his home at gunpoint by police on Friday.",
        {("Selim Toprak", "captured", A): 0, ("Selim Toprak", "arrested", A): 1},
    ),
    (
        "Selim Toprak was driven away at gunpoint on Friday.",
        {("Selim Toprak", "captured", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
