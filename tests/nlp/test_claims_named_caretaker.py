"""An appointee "named caretaker" / "appointed caretaker" with no place of work after it takes
a stand-in's office, a leadership change, like "named caretaker manager" or "was caretaker"
(issue 6, the "unknown-subject" misses of a sports page: a coach sacked, his assistant
named caretaker). Texts written for this table about fictional people: text -> the number
of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "The club sacked its coach on Monday. Florin Munteanu has been named caretaker.",
        {("Florin Munteanu", "leadership_change", A): 1},
    ),
    (
        "The club sacked its coach on Monday. Florin Munteanu was appointed caretaker.",
        {("Florin Munteanu", "leadership_change", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
