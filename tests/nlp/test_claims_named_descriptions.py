"""A person described by what befell them, then named by a copula (issue 6, the
"unknown-subject" misses; ``claims_named_descriptions``): "The guard who was released is X"
gives X the relative clause's event. Texts written for this table about fictional people:
text -> the number of claims (last word of the subject, predicate, polarity) the pipeline
must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

COPULA_NAMES = [
    (
        # failed before
        "Gunmen freed one of the guards on Tuesday. The guard who was released is Tomas Lehner.",
        {("Lehner", "released", A): 1},
    ),
    (
        # failed before
        "The man who was killed was Oren Talbot, a 40-year-old farmer.",
        {("Talbot", "killed", A): 1},
    ),
    (
        # failed before
        "The hostage who was freed is Lina Morava, a nurse from Kesh.",
        {("Morava", "released", A): 1},
    ),
    (
        # failed before: the name untagged by the model, a person to the entity stage
        "The soldier who was captured is Corporal Emil Varro.",
        {("Varro", "captured", A): 1},
    ),
    (
        # failed before: the person's own act
        "The officer who died was Sergeant Piet Alvar, police said.",
        {("Alvar", "killed", A): 1},
    ),
    (
        "The prisoner who escaped on Sunday is Hugo Tarr.",
        {("Tarr", "other:escape", A): 1},
    ),
    (
        # the relative pronoun the object: done to the one described
        "The man whom police arrested on Friday was Aldo Venn, a taxi driver.",
        {("Venn", "arrested", A): 1},
    ),
    (
        # the one described did it to another: no claim of his
        "The man who killed her was Aldo Venn, a neighbour.",
        {("Venn", "killed", A): 0},
    ),
    (
        # a state of no claim
        "The man who lives next door is Hugo Tarr.",
        {("Tarr", "located_in", A): 0},
    ),
    (
        # a negated copula names no one
        "The guard who was released is not Tomas Lehner, the company said.",
        {("Lehner", "released", A): 0},
    ),
]

TABLE = COPULA_NAMES


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_named_description_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
