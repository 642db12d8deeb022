"""A person's letter or message read to an audience ("A letter from X was read aloud at the
rally", "was read out at the funeral", "read on state radio") was put out, X's
message_released, as one "played" or "broadcast" already was (gold g510: a letter from a cell
read aloud by a supporter); reading it to oneself is no release (issue 6, the message_released
recall). Texts written for this table about fictional people: text -> the number of claims
(subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
M = "message_released"

TABLE = [
    (
        "A letter from Ruben Santana was read aloud at the rally on Thursday.",
        {("Ruben Santana", M, A): 1},
    ),
    (
        "A message from Ruben Santana was read out at the funeral on Thursday.",
        {("Ruben Santana", M, A): 1},
    ),
    (
        "A letter from Ruben Santana was read by the judge on Thursday.",
        {("Ruben Santana", M, A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
