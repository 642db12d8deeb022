"""An office taken back ("had resumed his duties as president", "resumed the presidency of
the club", "resumed his post") is a leadership change, like "was reinstated"; duties with no
office named and a resumed activity are none (issue 6, leadership_change misses). Texts
written for this table about fictional people: text -> the number of claims (last word of
the subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
CHANGE = "leadership_change"

TABLE = [
    (
        "Chanda Mulenga told supporters that he had resumed his duties as president.",
        {("Mulenga", CHANGE, A): 1},
    ),
    ("Rosa Linares resumed the presidency of the club on Monday.", {("Linares", CHANGE, A): 1}),
    (
        "After surgery, Governor Kennedy Mutua resumed his post on Friday.",
        {("Mutua", CHANGE, A): 1},
    ),
    ("The nurse, Ada Obi, resumed her duties on the ward on Monday.", {("Obi", CHANGE, A): 0}),
    ("Talks between Pavel Dvorak and the union resumed on Monday.", {("Dvorak", CHANGE, A): 0}),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
