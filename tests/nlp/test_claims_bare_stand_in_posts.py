"""A stand-in's post named by its stop-gap word alone (issue 6, leadership_change recall):
"appointed X as caretaker", "appointed X in a caretaker role", "in an interim capacity";
hiring a school's caretaker is no such post. Texts written for this table about fictional
people: text -> the number of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
L = "leadership_change"

TABLE = [
    ("The club appointed Luis Ortega as caretaker on Friday.", {("Luis Ortega", L, A): 1}),
    ("The club appointed Luis Ortega in a caretaker role on Friday.", {("Luis Ortega", L, A): 1}),
    ("The board appointed Ana Ruiz in an interim capacity on Monday.", {("Ana Ruiz", L, A): 1}),
    ("The school hired Tom Reed as caretaker in 2019.", {("Tom Reed", L, A): 0}),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
