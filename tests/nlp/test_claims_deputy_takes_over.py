"""A named deputy or successor who "took over" whatever the leader held ("His deputy, Paul X,
took over the camp", "his deputy, Maya Y, took over the town hall") takes over the lead,
whatever the object names (a place run, an office); a bare name taking over a place, or
"rebels took over the camp", is no change of leader (issue 6, "unknown-subject" misses).
Texts written for this table about fictional people: text -> the number of claims (last word
of the subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
LC = "leadership_change"

TABLE = [
    (
        "The rebel leader Ivo Banda was killed in May. His deputy, Paul Lemba, took over the camp.",
        {("Lemba", LC, A): 1},
    ),
    (
        "Ivo Banda was killed in May and his deputy, Paul Lemba, took over the camp.",
        {("Lemba", LC, A): 1},
    ),
    (
        "The mayor, Ravi Thapa, was arrested on Monday. His deputy, Maya Gurung, took over the"
        " town hall on Tuesday.",
        {("Gurung", LC, A): 1},
    ),
    (
        # no deputy named: taking over a place is no change of leader
        "The mayor, Ravi Thapa, was arrested on Monday. Maya Gurung took over the town hall on"
        " Tuesday.",
        {("Gurung", LC, A): 0},
    ),
    (
        "The rebel leader Ivo Banda was killed in May. Rebels took over the camp.",
        {("Banda", LC, A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
