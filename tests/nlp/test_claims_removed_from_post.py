"""A person put out of a post in the active voice or by "fired" (issue 6, leadership_change
recall): "The club dismissed X on Sunday", "the board sacked him", '"He was fired," his
agent said', in a story that names the office in the sentence or the three before (as the
passive "was dismissed" rule asks). Texts written for this table about fictional people:
text -> the number of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
L = "leadership_change"

TABLE = [
    (
        "Mario Lenz was the head coach of Union Norte. The club dismissed Mario Lenz on Sunday.",
        {("Mario Lenz", L, A): 1},
    ),
    (
        'Mario Lenz was the head coach. "He was fired," his agent, Rui Costa, said.',
        {("Mario Lenz", L, A): 1},
    ),
    # shooting, an appeal, and no office at all: none
    ("The army commander said soldiers fired on Mario Lenz on Sunday.", {("Mario Lenz", L, A): 0}),
    (
        "The court dismissed Mario Lenz's appeal on Friday. He is the club's coach.",
        {("Mario Lenz", L, A): 0},
    ),
    ("Mario Lenz was a waiter. The restaurant dismissed him on Sunday.", {("Mario Lenz", L, A): 0}),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
