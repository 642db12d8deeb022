"""A person noun's own phrase, then a comma and a name: "was replaced by a chartered accountant
from Lautoka, X", "Her predecessor as deputy, X, died". The parser hangs the name on the phrase's
object (the town, the role) as its apposition; the name is the person the noun describes, whose
claim it is (issue 6). Not when the phrase's object is a person ("a friend of the commander, X"
may name the commander). Texts written for this table about fictional people: text -> the
number of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
K = "killed"
L = "leadership_change"

TABLE = [
    (
        "Her predecessor as treasurer, Ilisoni Vuki, died in a road accident in 2023.",
        {("Ilisoni Vuki", K, A): 1},
    ),
    (
        "The chairwoman, Salote Mara, resigned in June. She was replaced by a retired judge from"
        " Nadi, Kamlesh Raju.",
        {("Salote Mara", L, A): 1, ("Kamlesh Raju", L, A): 1},
    ),
    (
        "The coach, Timoci Bale, resigned in May. He was replaced by his assistant at the academy,"
        " Waisea Tora.",
        {("Timoci Bale", L, A): 1, ("Waisea Tora", L, A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
