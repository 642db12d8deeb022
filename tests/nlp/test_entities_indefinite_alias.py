"""A person introduced by an indefinite noun and an alias ("a second commander, known as X,
was captured", "a smuggler known as Y was arrested"): the noun names nobody told before, but
its "known as" clause names the one it introduces, so the clause's claims are that person's
(issue 6, the "unknown-subject" misses). Texts written for this table about fictional people:
text -> the number of claims (last word of the subject, predicate, polarity) the pipeline
must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "The group said that a second commander, known as Abu Karim, had been captured by"
        " soldiers in March.",
        {("Karim", "arrested", A): 1},
    ),
    (
        "A second commander, known as Abu Karim, was captured by soldiers in March.",
        {("Karim", "arrested", A): 1},
    ),
    (
        "Another fighter, known as Abu Saleh, was killed in the raid, the army said.",
        {("Saleh", "killed", A): 1},
    ),
    (
        "A smuggler known as El Zorro was arrested at the border on Monday.",
        {("Zorro", "arrested", A): 1},
    ),
    (
        # the alias names only its own noun: another, unnamed, commander's death is nobody's
        "A commander known as Abu Karim survived the strike, the group said. Another commander"
        " was killed.",
        {("Karim", "killed", A): 0},
    ),
    (
        # a definite noun with its alias, as before
        "The gang's leader, known as El Gato, was arrested in Cali on Friday.",
        {("Gato", "arrested", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
