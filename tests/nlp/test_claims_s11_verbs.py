"""Event verbs (arrested, captured, killed, wounded, released) read in session 11 (task CB).
Sentences written for this test about fictional people: text -> (subject surname,
predicate, polarity) of a claim that must be found, or one that must not."""

from __future__ import annotations

import pytest

A, N = "affirmed", "negated"

FOUND = [
    # a capture by the state's armed forces is also an arrest ("captured by troops")
    (
        "In 1994 Amos Keter was captured by government troops near the border.",
        ("Keter", "arrested", A),
    ),
    (
        "In 1994 Amos Keter was captured by government troops near the border.",
        ("Keter", "captured", A),
    ),
    (
        "Soldiers captured the militia commander Obi Nwosu at a farm on Tuesday, the army said.",
        ("Nwosu", "arrested", A),
    ),
]

NOT_FOUND = [
    # captured by rebels: a kidnapping, no arrest
    (
        "The engineer Lars Holm was captured by rebels near the dam in May.",
        ("Holm", "arrested", A),
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
