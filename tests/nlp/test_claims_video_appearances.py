"""A video, a clip or a "video message" in which a person is seen, once released, posted,
aired or sent, is an ``appeared`` of that person and no ``message_released``, which is for a
message heard or read (an audio message, a letter, a statement); a later sentence that tells
again the release of the same video ("The video was posted on Monday by ...") is no claim of
its own (the gold README's cases decided in session 25; issue 6). Texts written for this
table about fictional people: text -> the number of claims (subject, predicate, polarity) the
pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
N = "negated"

TABLE = [
    (
        "Karim Selim, the engineer reported dead on Sunday, is alive. By Tuesday night his "
        "wife, Mona Selim, had posted a short clip in which he speaks to the camera.",
        {("Karim Selim", "appeared", A): 1, ("Karim Selim", "message_released", A): 0},
    ),
    (
        "A Kabul television channel on Friday aired what it said was a new video message from "
        "the commander Idris Najjar, who has not been seen since March.",
        {
            ("Idris Najjar", "appeared", A): 1,
            ("Idris Najjar", "appeared", N): 1,
            ("Idris Najjar", "message_released", A): 0,
        },
    ),
    (
        "A video released by the kidnappers of the surveyor Lena Brandt shows her seated in "
        "front of a wall, holding a newspaper.\n\nThe video was posted on Monday by an account "
        "linked to the Red Hills group.",
        {("Lena Brandt", "appeared", A): 1, ("Lena Brandt", "message_released", A): 0},
    ),
    (
        # heard, not seen: a message
        "The Red Hills Front released an audio message on Tuesday from its leader, Tomas Ruel, "
        "in which he says he is alive.",
        {("Tomas Ruel", "message_released", A): 1, ("Tomas Ruel", "appeared", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
