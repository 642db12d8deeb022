"""A deputy who "will run the town hall / the district until an election" stands in for the
leader who left, a leadership change without a time (the gold README: "will act as / will
govern ... until" is a change), like "will run the town until an election is called"
(issue 6, the "predicate" misses of a local news bulletin). Texts written for this table
about fictional people: text -> the number of claims (subject, predicate, polarity) the
pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "The mayor, Ion Pop, resigned on Monday. His deputy, Maria Tanase, will run the town "
        "hall until an election in the spring.",
        {("Maria Tanase", "leadership_change", A): 1},
    ),
    (
        "The district chief, Ion Pop, was dismissed on Monday. His deputy, Maria Tanase, will "
        "run the district until further notice.",
        {("Maria Tanase", "leadership_change", A): 1},
    ),
    (
        # no stand-in's end: an ordinary job
        "Maria Tanase runs the village shop with her brother.",
        {("Maria Tanase", "leadership_change", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
