"""One heard speaking is alive when heard (issue 6, the alive recall): "she heard him speak
briefly in the background of the call", "they could hear her talking to the guards", "heard
him speak on the radio in 1990" (alive then). Not "had not heard him speak since" (a
negation), "heard that he had spoken" (a report), nor a cry of distress ("heard her
screaming", of one a fire then killed). Texts written for this table about fictional people:
text -> the number of claims (subject, predicate, polarity) the pipeline must find, and the
time of the claim where it matters."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
ALIVE = "alive"

TABLE = [
    (
        "Gunmen seized Dr Paul Efe on Sunday. His wife said she heard him speak briefly in the"
        " background of the call.",
        {("Paul Efe", ALIVE, A): 1},
    ),
    (
        "Gunmen seized Lina Obi on Sunday. Her sister said she could hear Lina Obi talking to"
        " the guards.",
        {("Lina Obi", ALIVE, A): 1},
    ),
    (
        "Gunmen seized Dr Paul Efe on Sunday. His wife said she had not heard him speak since.",
        {("Paul Efe", ALIVE, A): 0},
    ),
    (
        "Gunmen seized Dr Paul Efe on Sunday. His wife said she heard that he had spoken to a"
        " priest.",
        {("Paul Efe", ALIVE, A): 0},
    ),
    (
        "Fire swept the factory on Monday and Ana Rios died. A colleague said he heard Ana Rios"
        " screaming behind him.",
        {("Ana Rios", ALIVE, A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found


def test_alive_at_the_time_of_the_speech(claims_of) -> None:
    text = "Paul Efe died on Sunday. His wife heard him speak on the radio in 1990."
    times = {c.event_time for c in claims_of(text) if c.predicate == ALIVE}
    assert times == {"1990"}
