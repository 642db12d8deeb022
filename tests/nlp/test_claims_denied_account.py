"""A denial of "the account" or "the report" takes up the whole account the latest source
gave of one person in its sentence, not only its last event: "An official told the lawyer
that X had been detained and had died in custody. The ministry denied the account" denies
the detention and the death (issue 6, the "predicate" misses of anaphoric denials). A
state that follows from the event ("who is being held in the hills") stays out, as
_reported_event has it. Texts written for this table about fictional people: text -> the
number of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

N = "negated"

TABLE = [
    (
        "An official told the lawyer that the reporter Ivan Kos had died in custody. The "
        "ministry denied the account the following week.",
        {("Ivan Kos", "killed", N): 1, ("Ivan Kos", "arrested", N): 1},
    ),
    (
        "A local website reported that the reporter Ivan Kos had been arrested. The ministry "
        "denied the report on Friday.",
        {("Ivan Kos", "arrested", N): 1, ("Ivan Kos", "killed", N): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
