"""A title of a new or stand-in office written before the name with no comma ("New party
leader X called for unity", "Interim leader X", "Acting mayor X", "Newly appointed army chief
General X") names X as the one who took the post, a leadership change, as "the group's new
leader, X" already did; a former or plain title does not (issue 6, the leadership_change
recall). Texts written for this table about fictional people: text -> the number of claims
(subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
L = "leadership_change"

TABLE = [
    ("Newly elected party leader Yusuf Barre called for unity.", {("Yusuf Barre", L, A): 1}),
    ("New party leader Yusuf Barre called for unity.", {("Yusuf Barre", L, A): 1}),
    ("Interim leader Yusuf Barre called for unity.", {("Yusuf Barre", L, A): 1}),
    (
        "Newly appointed army chief General Yusuf Barre visited the front.",
        {("Yusuf Barre", L, A): 1},
    ),
    ("Former party leader Yusuf Barre called for unity.", {("Yusuf Barre", L, A): 0}),
    ("Party leader Yusuf Barre called for unity.", {("Yusuf Barre", L, A): 0}),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
