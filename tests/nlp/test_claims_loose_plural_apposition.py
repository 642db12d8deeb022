"""A counted object with a second, plural apposition ("arrested two suspects, the brothers X
and Y, in a raid"): the parser hangs "the brothers" on the verb, not on "two suspects", so
the listed names had no claim (issue 6, "unknown-subject" misses). Texts written for this
table about fictional people: text -> the number of claims (subject, predicate, polarity)."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Police arrested two suspects, the brothers Karim Nasser and Walid Nasser, in a raid "
        "near Baalbek.",
        {("Karim Nasser", "arrested", A): 1, ("Walid Nasser", "arrested", A): 1},
    ),
    (
        "The army said on Thursday that it had arrested two suspects, the brothers Karim Nasser "
        "and Walid Nasser, in a raid near Baalbek.",
        {("Karim Nasser", "arrested", A): 1, ("Walid Nasser", "arrested", A): 1},
    ),
    (
        # the comma hung on "two suspects" rather than on the verb
        "Police arrested two suspects, the brothers Bilal Jaber and Hussein Jaber, in a raid.",
        {("Bilal Jaber", "arrested", A): 1, ("Hussein Jaber", "arrested", A): 1},
    ),
    (
        # the plain apposition, read before
        "Police arrested two suspects, Karim Nasser and Walid Nasser, in a raid near Baalbek.",
        {("Karim Nasser", "arrested", A): 1, ("Walid Nasser", "arrested", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
