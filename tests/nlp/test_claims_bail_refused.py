"""A court turning bail down is ``released`` NEGATED (the gold README's session 18 rule), in
wordings the bail rules missed (issue 6): "rejected X's request for bail", "dismissed his
bail application", "His request for bail was rejected", and "denied him bail", which the
parser reads as a clause ("him" the subject of a verb "bail"). Texts written for this table
about fictional people: text -> the number of claims (subject, predicate, polarity) the
pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

N = "negated"
R = "released"
HELD = "Karl Henning was arrested on Monday. "

TABLE = [
    (HELD + "The magistrate denied him bail on Wednesday.", {("Karl Henning", R, N): 1}),
    (
        HELD + "The court on Wednesday rejected Henning's request for bail.",
        {("Karl Henning", R, N): 1},
    ),
    (HELD + "His request for bail was rejected on Tuesday.", {("Karl Henning", R, N): 1}),
    (HELD + "The judge dismissed his bail application on Friday.", {("Karl Henning", R, N): 1}),
    # an appeal dismissed is no bail refused
    (HELD + "The court dismissed his appeal on Friday.", {("Karl Henning", R, N): 0}),
    # a request for something else
    (HELD + "The court rejected his request for a new lawyer.", {("Karl Henning", R, N): 0}),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
