"""A person who speaks in an audio message, a recording or a letter that someone else
released ("In an audio message released by the group on Sunday, X said ...", "X vowed revenge
in a recording posted by the group", "In a letter published by his family, X wrote ...") put
out a message: X's message_released, told by the releaser (README: audio and letters are
message_released, the claimant who released them, reported). A video shows its speaker (an
appearance), and a spokesman's or an office's words are not his own message (issue 6, the
message_released recall). Texts written for this table about fictional people: text -> the
number of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
M = "message_released"

TABLE = [
    (
        "Ali Mansour vowed revenge in an audio message released by the group on Sunday.",
        {("Ali Mansour", M, A): 1},
    ),
    (
        "In an audio message released by the group on Sunday, Ali Mansour said he was alive.",
        {("Ali Mansour", M, A): 1},
    ),
    (
        "In a letter published by his family on Monday, Kemal Arslan wrote that he was being"
        " treated well.",
        {("Kemal Arslan", M, A): 1},
    ),
    (
        "In a video released by the group on Sunday, Ali Mansour said he was alive.",
        {("Ali Mansour", M, A): 0, ("Ali Mansour", "appeared", A): 1},
    ),
    (
        "The group's spokesman, Omar Sadiq, said in an audio message released by the group on"
        " Sunday that the commander was alive.",
        {("Omar Sadiq", M, A): 0},
    ),
    (
        "In a statement released by his office, Ali Mansour denied the charges.",
        {("Ali Mansour", M, A): 0},
    ),
    (
        # a bare "recording" may be seen or heard: only an audio one is heard
        "In a recording released by the group on Sunday, Ali Mansour said he was alive.",
        {("Ali Mansour", M, A): 0},
    ),
]


def test_the_releaser_tells_it(claims_of) -> None:
    text = "Ali Mansour vowed revenge in an audio message released by the group on Sunday."
    (claim,) = [c for c in claims_of(text) if c.predicate == M]
    assert (claim.claimant, claim.certainty) == ("the group", "reported")


def test_a_recording_told_before_is_no_new_release(claims_of) -> None:
    # "the recording" takes up the video of the sentence before: the group put out no message
    text = (
        "Ali Mansour appeared in a video on Monday. In the short recording, released by the"
        " group, Ali Mansour says he is well."
    )
    assert not [c for c in claims_of(text) if c.predicate == M and c.claimant == "the group"]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
