"""Wordings of a person's message put out (issue 6, the message_released recall): a letter
its writer sent or published ("X had sent a handwritten letter from his cell, which she read
aloud", "X published an open letter"), with the one who read it out as the claimant. Texts
written for this table about fictional people: text -> the number of claims (subject,
predicate, polarity) the pipeline must find, and the claimant of the message where one is
named."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
M = "message_released"

TABLE = [
    (
        "Her lawyer, Tomas Brill, told reporters that Marta Kowal had sent a handwritten letter"
        " from her cell, which he read aloud.",
        {("Marta Kowal", M, A): 1},
    ),
    ("Anton Reyes published an open letter on Friday.", {("Anton Reyes", M, A): 1}),
    ("Marta Kowal sent a letter to her supporters on Monday.", {("Marta Kowal", M, A): 1}),
    # a letter received is none of hers
    ("Marta Kowal received a letter from the court on Monday.", {("Marta Kowal", M, A): 0}),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found


def test_reader_of_the_letter_is_the_claimant(claims_of) -> None:
    text = TABLE[0][0]
    claimants = {c.claimant for c in claims_of(text) if c.predicate == M}
    assert claimants == {"Tomas Brill"}
