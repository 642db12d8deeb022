"""A court report tells the accused's appearance by where he sits or stands: "X sits in the
dock in a grey suit", "stood in the dock on Monday" is ``appeared``, like "appeared in the
dock" (issue 6, the "predicate" misses of a present-tense court report). Only the dock: a
judge or a relative sits "in the courtroom" too. Texts written for this table about
fictional people: text -> the number of claims (subject, predicate, polarity) the pipeline
must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Felix Mbeki, 52, sits in the dock in a grey suit, flanked by two prison officers.",
        {("Felix Mbeki", "appeared", A): 1},
    ),
    (
        "The former mayor, Ana Ruiz, stood in the dock on Monday in a blue jacket.",
        {("Ana Ruiz", "appeared", A): 1},
    ),
    (
        "The accused's mother, Ana Ruiz, sat in the courtroom on Monday.",
        {("Ana Ruiz", "appeared", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
