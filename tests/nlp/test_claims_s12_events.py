"""Events (killed, arrested, captured, leadership_change) read in session 12 (task CEV):
constructions of news prose, each with sentences written for this test about fictional
people, in several wordings. text -> (subject surname, predicate, polarity) of a claim that
must be found, or one that must not; counts where one sentence tells an event twice."""

from __future__ import annotations

import pytest

A, N = "affirmed", "negated"

FOUND = [
    # a capture by soldiers whose subject the verb shares with a coordinated verb before it
    (
        "The army says troops killed three of the raiders and captured a fourth, Yaw Boadu.",
        ("Boadu", "arrested", A),
    ),
    (
        "Soldiers stormed the camp at dawn and captured the rebel commander Elias Ntare.",
        ("Ntare", "arrested", A),
    ),
]

NOT_FOUND = [
    # gunmen are no state: their captive is not arrested
    (
        "Gunmen ambushed the convoy near Tahoua and seized the engineer Lars Eriksen.",
        ("Eriksen", "arrested", A),
    ),
]

# (text, subject surname, predicate, how many claims of it the sentence gives)
COUNTS = [
    # an arrest and the years spent in prison after it: two clauses, two claims, though
    # the second takes the first one's date
    (
        "Tomas Ferreyra was arrested in 1999 in a safe house in Lima and spent 18 years in"
        " the prison of Callao.",
        "Ferreyra",
        "arrested",
        2,
    ),
    (
        "Nadia Kamau was detained in 2015 and spent two years in jail without trial.",
        "Kamau",
        "arrested",
        2,
    ),
    # one clause telling one detention: one claim
    ("Rafael Ortiz spent six years in a military prison.", "Ortiz", "arrested", 1),
    (
        "Ilse Brandt was detained in 2017 and held for eight months without charge.",
        "Brandt",
        "arrested",
        1,
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(found_in, text, expected) -> None:
    found = found_in(text)
    assert expected in found, found


@pytest.mark.parametrize(("text", "absent"), NOT_FOUND)
def test_not_found(found_in, text, absent) -> None:
    found = found_in(text)
    assert absent not in found, found


@pytest.mark.parametrize(("text", "surname", "predicate", "count"), COUNTS)
def test_counts(claims_of, text, surname, predicate, count) -> None:
    claims = [
        c
        for c in claims_of(text)
        if c.subject.split()[-1] == surname and c.predicate == predicate
    ]
    assert len(claims) == count, claims
