"""Messages whose speaker is named inside the message's own phrase (issue 6, the
message_released recall): "an undated recording in which a man identifying himself as X
says ... surfaced", "a voice message in which a man it identified as its chief, X, says",
"a voice resembling X's" (hedged), "a communique signed by X", "In an audio message posted
on its channel, a man introduced as its deputy, X, said". Texts written for this table about
fictional people: text -> the number of claims (subject, predicate, polarity) the pipeline
must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
M = "message_released"

TABLE = [
    (
        "An undated recording in which a man identifying himself as Karim Boudiaf says he is"
        " alive surfaced on Sunday.",
        {("Karim Boudiaf", M, A): 1},
    ),
    (
        "The Popular Front sent reporters a voice message on Thursday in which a man it"
        " identified as its chief, Karim Boudiaf, says he is in good health.",
        {("Karim Boudiaf", M, A): 1},
    ),
    (
        "On Monday the Popular Front issued a communique signed by Karim Boudiaf.",
        {("Karim Boudiaf", M, A): 1},
    ),
    (
        "The communique, released on Sunday, was signed by Karim Boudiaf.",
        {("Karim Boudiaf", M, A): 1},
    ),
    (
        "In an audio message posted on the group's channel on Friday, a man introduced as its"
        " deputy leader, Omar Sayegh, said the commander was alive.",
        {("Omar Sayegh", M, A): 1},
    ),
    (
        "Karim Boudiaf leads the Popular Front. A recording that circulated on Monday, in"
        " which a voice resembling Boudiaf's says he was only grazed, alarmed the army.",
        {("Karim Boudiaf", M, A): 1},
    ),
    # a message nobody put out: no release
    (
        "The army says a recording in which Karim Boudiaf says he is alive is fake.",
        {("Karim Boudiaf", M, A): 0},
    ),
    # a spokesman heard on a tape speaks for his group
    (
        "The Popular Front released a tape on Monday in which its spokesman, Nabil Haddou,"
        " says the army lied.",
        {("Nabil Haddou", M, A): 0},
    ),
    (
        "A statement signed by the spokesman, Paul Remy, was issued on Monday.",
        {("Paul Remy", M, A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found


def test_a_likeness_is_hedged(claims_of) -> None:
    text = TABLE[5][0]
    assert {c.certainty for c in claims_of(text) if c.predicate == M} == {"hedged"}


def test_the_sender_is_the_claimant(claims_of) -> None:
    text = TABLE[1][0]
    assert {c.claimant for c in claims_of(text) if c.predicate == M} == {"Popular Front"}
