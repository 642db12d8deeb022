"""An appointee raised "to the top post / job / position" ("was elevated to the top post",
"promoted to the top job") or put "in his place / in her stead" ("appointed General X in his
place", "X was appointed in his place") takes the lead, a leadership change, as "elevated to
the post of commander" already was; "a top job" is one of several senior posts, no lead
(issue 6, the leadership_change recall). Texts written for this table about fictional
people: text -> the number of claims (subject, predicate, polarity) the pipeline must
find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
L = "leadership_change"

TABLE = [
    (
        "Yusuf Barre was elevated to the top post after the general's death.",
        {("Yusuf Barre", L, A): 1},
    ),
    ("Yusuf Barre was promoted to the top job on Monday.", {("Yusuf Barre", L, A): 1}),
    (
        "The president sacked General Idris Kone and appointed General Musa Traore in his place.",
        {("Musa Traore", L, A): 1, ("Idris Kone", L, A): 1},
    ),
    (
        "The coach was sacked on Monday and Musa Traore was appointed in his place.",
        {("Musa Traore", L, A): 1},
    ),
    ("Yusuf Barre was promoted to a top job in the finance ministry.", {("Yusuf Barre", L, A): 0}),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
