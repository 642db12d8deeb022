"""Leaving a place, being free, a beating that names its harm (issue 6; the README's "Cases
decided in session 23"). A named person's finite departure from a house, offices, a club, a
station or a compound is ``other:leave``, also in an "as / when / after" clause; leaving an
organisation ("left the army") is not, nor a sighting or an infinitive. Texts written for this
table about fictional people: text -> the number of claims (last word of the subject,
predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

LEAVING = [
    ("Anna Petrova left the house at 6 p.m. on Friday.", {("Petrova", "other:leave", A): 1}),
    (
        "Marek Novak was arrested as he left the club on Saturday.",
        {("Novak", "other:leave", A): 1, ("Novak", "arrested", A): 1},
    ),
    (
        "When Tomas Berg left the offices of the weekly, two men followed him.",
        {("Berg", "other:leave", A): 1},
    ),
    (
        "Greta Holm left the police station shortly after 6 p.m., her lawyer said.",
        {("Holm", "other:leave", A): 1},
    ),
    (
        # a negated departure: still there, and the leaving negated
        "Police said Leo Hart has never left the prison.",
        {("Hart", "other:leave", N): 1, ("Hart", "located_in", A): 1},
    ),
    (
        "Nadia Rusk, who aides say has not left the compound since May, declined to comment.",
        {("Rusk", "other:leave", N): 1},
    ),
    (
        "The minister, Rosa Ilves, took no questions and left the palace through a side door.",
        {("Ilves", "other:leave", A): 1},
    ),
    (
        '"Kofi Arden left for Kidal the day before," his brother said.',
        {("Arden", "other:leave", A): 1},
    ),
    ("Ivan Dolan left the army in 2010.", {("Dolan", "other:leave", A): 0}),
    ("Neighbours saw Ruth Kane leave the house.", {("Kane", "other:leave", A): 0}),
    ("Sam Ortiz wanted to leave the station.", {("Ortiz", "other:leave", A): 0}),
]

BEATEN = [
    (
        # a beating that names its harm: wounded beside other:beat
        "Lina Haas was beaten and left with a broken arm, her lawyer said.",
        {("Haas", "other:beat", A): 1, ("Haas", "wounded", A): 1},
    ),
    (
        "Dana Pell was beaten by police and left with head injuries on Friday.",
        {("Pell", "other:beat", A): 1, ("Pell", "wounded", A): 1},
    ),
    (
        "Omar Sayed was beaten unconscious by guards on Monday.",
        {("Sayed", "other:beat", A): 1, ("Sayed", "wounded", A): 1},
    ),
    (
        # a bare beating, or one that left no harm, is other:beat alone
        "Piotr Zel was beaten by guards, his wife said.",
        {("Zel", "other:beat", A): 1, ("Zel", "wounded", A): 0},
    ),
    (
        "Karl Moe was beaten and left with nothing.",
        {("Moe", "other:beat", A): 1, ("Moe", "wounded", A): 0},
    ),
]

FREE = [
    (
        # "He is free" after a real release: the custody negated at the saying, no 2nd release
        'Police arrested Sami Rahal on Monday. He was released on Thursday. "He is free and he is'
        ' home," his sister Mona Rahal said.',
        {("Rahal", "arrested", N): 1, ("Rahal", "released", A): 1},
    ),
    (
        'Gunmen kidnapped Elif Daran in March. She was freed on Friday. "I am free," Elif Daran'
        " told reporters on Saturday.",
        {("Daran", "captured", N): 1, ("Daran", "released", A): 1},
    ),
]

TABLE = LEAVING + BEATEN + FREE


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
