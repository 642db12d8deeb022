"""Talking to the press withheld (issue 6, precision): "spoke to reporters" is an appearance
(``appeared``), but "declined to speak to reporters", "refused to talk to journalists" and "did
not speak to reporters" withhold a comment from someone who is there: no claim, not a negated
appearance. Texts written for this table about fictional people: text -> the number of claims
(last word of the subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

SILENCE = [
    (
        # failed before
        "Marko Vidic, who spent a year in prison before his release on bail, declined to speak"
        " to reporters.",
        {("Vidic", "appeared", N): 0, ("Vidic", "appeared", A): 0},
    ),
    (
        # failed before
        "After the hearing Ayse Kaplan refused to talk to journalists.",
        {("Kaplan", "appeared", N): 0},
    ),
    (
        # failed before
        "The freed sailor, Tomas Lind, left the embassy in a car and did not speak to reporters.",
        {("Lind", "appeared", N): 0},
    ),
    (
        "Rashid Omari spoke to reporters outside the court on Monday.",
        {("Omari", "appeared", A): 1},
    ),
    (
        "On Friday the lawyer Peter Haas talked to journalists at the border crossing.",
        {("Haas", "appeared", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), SILENCE)
def test_press_silence_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
