"""A person set over a body ("put the youth coach, X, in temporary charge of the first team",
"Y was placed in command of the brigade", "left his deputy, Z, in charge") and a stint in
someone's stead told by the copula ("He was caretaker once before, in 2019", "X was interim
chief executive for a year") are leadership changes, like "served as acting leader" (issue 6,
leadership_change misses). Texts written for this table about fictional people: text -> the
number of claims (last word of the subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
N = "negated"
CHANGE = "leadership_change"

TABLE = [
    (
        "The club sacked its manager on Monday and put the youth coach, Ewan Doyle, in"
        " temporary charge of the first team.",
        {("Doyle", CHANGE, A): 1},
    ),
    (
        "The board put Sofia Marques in charge of the company on Friday.",
        {("Marques", CHANGE, A): 1},
    ),
    (
        "Colonel Idris Kone was placed in command of the 4th Brigade in March.",
        {("Kone", CHANGE, A): 1},
    ),
    (
        "Before flying to Geneva, the president left his deputy, Amara Sesay, in charge.",
        {("Sesay", CHANGE, A): 1},
    ),
    ("Ewan Doyle was caretaker once before, in 2019.", {("Doyle", CHANGE, A): 1}),
    ("Sofia Marques was interim chief executive for a year.", {("Marques", CHANGE, A): 1}),
    (
        # a task is no body one leads; a school's caretaker keeps its building
        "The minister put Inspector Lena Vogt in charge of the investigation.",
        {("Vogt", CHANGE, A): 0},
    ),
    ("Tomas Berg was caretaker at a primary school in Malmo.", {("Berg", CHANGE, A): 0}),
    ("Tomas Berg was never interim manager.", {("Berg", CHANGE, A): 0, ("Berg", CHANGE, N): 1}),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
