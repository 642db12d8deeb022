"""Departures (issue 6, the "absent" misses of ``other:leave``): a missing person's last known
departure from a home or a building, told by a finite verb in the "since" clause of the
disappearance ("has not been seen since she left her home on Friday"), is ``other:leave``
(tests/fixtures/claims/README.md); "last seen leaving his home" and a departure that only sets
the scene ("detained as she left her office") are not; nor is a sighting ("seen him leave the
town"). A named town the model misreads, a cave, a boat or a village left by a finite verb is
a departure wherever it stands. Texts written for this table about
fictional people: text -> the number of claims (last word of the subject, predicate, polarity)
the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

SINCE_LEFT = [
    (
        # failed before
        "Police are searching for Nora Vellin, 16, who has not been seen since she left her home on"
        " Birch Road on Friday evening.",
        {("Vellin", "other:leave", A): 1, ("Vellin", "appeared", N): 1},
    ),
    (
        # failed before
        "Former councillor Oskar Brandt, who has been missing since he left his flat in Tarnow on March 3,"
        " was found safe on Sunday, police said.",
        {("Brandt", "other:leave", A): 1},
    ),
    (
        # failed before
        "Ansel Tork, 38, had not been seen since he left a bar in the old town on Friday night, prompting"
        " an appeal by police.",
        {("Tork", "other:leave", A): 1},
    ),
    (
        "Relatives of the student Mira Oduya, 19, say they have heard nothing from her since she left a"
        " friend's apartment on Saturday night.",
        {("Oduya", "other:leave", A): 1},
    ),
    (
        # an "as" clause's departure is other:leave too (the README's session-23 decision)
        "Opposition activist Lena Marsk was detained by police on Monday as she left her party's office.",
        {("Marsk", "other:leave", A): 1, ("Marsk", "arrested", A): 1},
    ),
    (
        "Her husband, Pavel Drach, said he last saw her on Monday morning, when she left their flat for"
        " a meeting.",
        {("Drach", "other:leave", A): 0},
    ),
    (
        # leaving a membership, not a building
        "Tomas Wiek has not spoken to his former colleagues since he left the party in 2019.",
        {("Wiek", "other:leave", A): 0},
    ),
]

# A town the model misreads as a person, or a place that is no building, left by a finite verb.
LEFT_PLACES = [
    (
        # failed before: "Vilnius" tagged a person
        "The envoy, Mirko Halas, left Vilnius by car on Friday morning, an official said.",
        {("Halas", "other:leave", A): 1},
    ),
    (
        # failed before
        "The third climber, Ivo Marek, 41, left the cave on Saturday to look for a way down, Tomas"
        " Ril said.",
        {("Marek", "other:leave", A): 1},
    ),
    (
        # failed before
        "He was never on board: Piet Olsen left the boat in October and is working in Cork, the"
        " owners said.",
        {("Olsen", "other:leave", A): 1},
    ),
    (
        "Anna Berg has left the village with her children, a neighbour said.",
        {("Berg", "other:leave", A): 1},
    ),
    (
        # a sighting of the departure is an appearance, not a departure told of its own
        "Residents said they had seen Tomas Hadley leave the town two days before the strike.",
        {("Hadley", "other:leave", A): 0},
    ),
    (
        # a purpose, not a departure
        "Marta Lind was given 72 hours to leave the city.",
        {("Lind", "other:leave", A): 0},
    ),
    (
        "The blast left the town without power, and Tomas Hadley was among the injured.",
        {("Hadley", "other:leave", A): 0, ("Hadley", "wounded", A): 1},
    ),
]

# "set off from" a place is a departure; "set off for / towards" tells only where to.
SET_OFF = [
    (
        # failed before: "from" hung on "alone"
        "Kasia Wren, 22, set off alone from the Greyfell car park on May 4 and was reported missing"
        " the next day.",
        {("Wren", "other:leave", A): 1},
    ),
    (
        # failed before
        "Tomas Hadley set off from his village at dawn on Sunday.",
        {("Hadley", "other:leave", A): 1},
    ),
    (
        "Tomas Hadley, who set off from his village on Sunday, reached Kesh two days later.",
        {("Hadley", "other:leave", A): 1},
    ),
    (
        "Tomas Hadley set off for Kesh in a borrowed car.",
        {("Hadley", "other:leave", A): 0},
    ),
    (
        "The fire that Tomas Hadley set off from the kitchen spread to the roof.",
        {("Hadley", "other:leave", A): 0},
    ),
]

TABLE = SINCE_LEFT + LEFT_PLACES + SET_OFF


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_departure_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
