"""A person who speaks to his or her own kin by phone ("X spoke to his mother by phone on
Tuesday", "talked with her parents on the telephone") lives at the call's time, as one who
"called his mother" does (issue 6, the "absent" misses: the rule gave the kin reached and
not the caller). Not a call to someone else's kin, not without a phone, not "I".
Texts written for this table about fictional people: text -> the number of claims
(subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "A neighbour told us the professor Anton Greis spoke to his sister by phone on Tuesday.",
        {("Anton Greis", "alive", A): 1},
    ),
    (
        "The missing pilot Mara Lenz talked with her parents on the telephone last week, her "
        "lawyer said.",
        {("Mara Lenz", "alive", A): 1},
    ),
    (
        # no phone: a visit or a talk, not the proof this rule reads
        "The mayor, Ivo Brandl, spoke to his wife about the plan on Tuesday.",
        {("Ivo Brandl", "alive", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
