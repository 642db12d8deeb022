"""One sent to a place is there (issue 6, the located_in recall): "his brother was sent to a
facility in Olomouc", "was sent to a clinic in Vienna for treatment" tell where the person
now is, as "was moved / transferred to" already did; "sent to trial" names no place, "was
sent a letter" no move, and a message "the group sent to radio stations" no one moved.
Texts written for this table about fictional people: text -> the number of claims (subject,
predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
LOC = "located_in"

TABLE = [
    (
        "Pavel Hruby is being held in Brno. His brother, Tomas Hruby, was sent to a facility"
        " in Olomouc.",
        {("Tomas Hruby", LOC, A): 1},
    ),
    ("Tomas Hruby was sent to a clinic in Vienna for treatment.", {("Tomas Hruby", LOC, A): 1}),
    ("Tomas Hruby was sent to trial in May.", {("Tomas Hruby", LOC, A): 0}),
    ("Tomas Hruby was sent a letter by the court.", {("Tomas Hruby", LOC, A): 0}),
    (
        "Its deputy leader has taken command, according to a message the group, Red Path, sent"
        " to local radio stations.",
        {("Red Path", LOC, A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
