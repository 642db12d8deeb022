"""A suspension is no change of leader: the suspended official keeps the office, so "the
director, X, was suspended", "suspended from the force" is ``other:suspend`` and no
``leadership_change``; only a suspension "from office / from his post" is one, as a dismissal
or a sacking is (the gold README's cases decided in session 25; issue 6). Texts written for this table about fictional people: text
-> the number of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "The director of the jail, Ramiro Solis, was suspended on Wednesday.",
        {("Ramiro Solis", "other:suspend", A): 1, ("Ramiro Solis", "leadership_change", A): 0},
    ),
    (
        "The police chief, Anton Vrba, was suspended from the force on Monday pending an inquiry.",
        {("Anton Vrba", "other:suspend", A): 1, ("Anton Vrba", "leadership_change", A): 0},
    ),
    (
        # removal from office, for the time of the suspension: a change
        "The mayor, Ilse Brandt, was suspended from office on Monday after her indictment.",
        {("Ilse Brandt", "leadership_change", A): 1},
    ),
    (
        "The club sacked its coach, Piet Maas, on Monday.",
        {("Piet Maas", "leadership_change", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
