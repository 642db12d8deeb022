"""Wordings of a person's message put out (issue 6, the message_released recall): a letter
its writer sent or published ("X had sent a handwritten letter from his cell, which she read
aloud", "X published an open letter"), with the one who read it out as the claimant; a
statement issued on a person's behalf ("on the patriarch's behalf", "on behalf of Senator X"),
the title taken up as the person it was written before ("Patriarch X ... the patriarch"). Texts
written for this table about fictional people: text -> the number of claims (subject,
predicate, polarity) the pipeline must find, and the claimant of the message where one is
named."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
M = "message_released"
ALIVE = "alive"

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
    (
        "A statement released on behalf of Senator Ida Moor on Tuesday said she was resting at"
        " home.",
        {("Ida Moor", M, A): 1},
    ),
    (
        "Patriarch Simeon Dragan has not been seen since May. In a statement issued on the"
        " patriarch's behalf, Father Luka Petric said he was recovering.",
        {("Simeon Dragan", M, A): 1},
    ),
    (
        "Cardinal Ennio Lazzari was taken to hospital on Monday. Two priests said the cardinal"
        " was still in intensive care.",
        {("Ennio Lazzari", ALIVE, A): 1},
    ),
    # the group's words, put out by its spokesman: no message of his
    (
        "The Eastern Front said its commander had been wounded. In a statement issued on the"
        " group's behalf, its spokesman, Sami Odeh, said the attack had failed.",
        {("Sami Odeh", M, A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found


def test_reader_of_the_letter_is_the_claimant(claims_of) -> None:
    text = TABLE[0][0]
    claimants = {c.claimant for c in claims_of(text) if c.predicate == M}
    assert claimants == {"Tomas Brill"}


def test_issuer_on_behalf_is_the_claimant(claims_of) -> None:
    text = TABLE[5][0]
    claimants = {c.claimant for c in claims_of(text) if c.predicate == M}
    assert claimants == {"Luka Petric"}


# "issued a communique": a written statement in its issuer's own name, as "issued a statement"
COMMUNIQUES = [
    (
        "The rebel commander Tarek Mansouri issued a communique on Tuesday calling for a"
        " ceasefire.",
        {("Tarek Mansouri", M, A): 1},
    ),
    (
        "The army declared Tarek Mansouri dead in May. On Tuesday a communique signed by"
        " Mansouri was posted on the group's website.",
        {("Tarek Mansouri", M, A): 1},
    ),
    (
        "In a communique, the ministry said Tarek Mansouri had been killed.",
        {("Tarek Mansouri", M, A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), COMMUNIQUES)
def test_communiques(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
