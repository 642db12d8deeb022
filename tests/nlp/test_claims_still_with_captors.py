"""A hostage still "with" the captors (issue 6, the captured recall): "X is still with his
captors", "she was with the kidnappers for ten days", and, in a story of a kidnapping or of
an armed group, "X is still with them" tell that X is held: captured. "still with him" of
parents at a bedside, and "with them" of one who joined a group in a story of no captivity,
tell none. Texts written for this table about fictional people: text -> the number of claims
(subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
C = "captured"

TABLE = [
    (
        "Gunmen kidnapped the brothers Paul Ndege and Peter Ndege near Garissa on Monday."
        " Paul was released on Friday. Peter is still with them.",
        {("Peter Ndege", C, A): 2},
    ),
    (
        "Gunmen kidnapped Paul Ndege near Garissa on Monday, his wife said."
        ' "He is still with his captors," she said.',
        {("Paul Ndege", C, A): 2},
    ),
    (
        "Lina Okoro was freed on Friday after a month in the hands of the Red Hill militia."
        " Her colleague, Sam Ubah, is still with them.",
        {("Sam Ubah", C, A): 1},
    ),
    (
        "Paul Ndege was injured in the crash. Mary Ndege flew to Nairobi on Monday and is"
        " still with him.",
        {("Mary Ndege", C, A): 0, ("Paul Ndege", C, A): 0},
    ),
    (
        "Paul Ndege met the union leaders in 2019. Mary Ndege is still with them.",
        {("Mary Ndege", C, A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
