"""A report the writer calls false by an adverb (issue 6, denials): "Several websites falsely
reported that X had died", "an account claimed, wrongly, that X had been arrested", "wrongly
announced the death of X" keep the reporter's claim and add the writer's negated, denied one,
as a correction notice does (README: the earlier version's claim and the outlet's negated
one). An adverb on the event itself ("was wrongly arrested") denies nothing. Texts written for
this table about fictional people: text -> the number of claims (last word of the subject,
predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

FALSELY_TOLD = [
    (
        # failed before
        "Several websites falsely reported on Sunday that the singer Paul Okoye had died.",
        {("Okoye", "killed", A): 1, ("Okoye", "killed", N): 1},
    ),
    (
        # failed before
        "The rumour began with an account that also claimed, wrongly, that Peter Lange had been"
        " arrested at the airport.",
        {("Lange", "arrested", A): 1, ("Lange", "arrested", N): 1},
    ),
    (
        # failed before
        "State radio mistakenly announced the death of the former mayor John Kessler on Friday.",
        {("Kessler", "killed", A): 1, ("Kessler", "killed", N): 1},
    ),
    (
        "Several websites reported on Sunday that the singer Paul Okoye had died.",
        {("Okoye", "killed", A): 1, ("Okoye", "killed", N): 0},
    ),
    (
        # the adverb says the arrest was unjust, not that it did not happen
        "His lawyer said Daniel Brooks was wrongly arrested in May.",
        {("Brooks", "arrested", A): 1, ("Brooks", "arrested", N): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), FALSELY_TOLD)
def test_falsely_told_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
