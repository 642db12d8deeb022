"""Custody wordings of police and court reports (issue 6): bail granted or refused to a person
named after a role noun or in a "for" phrase. Texts written for this table about fictional
people: text -> the number of claims (last word of the subject, predicate, polarity) the
pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

BAIL = [
    (
        # "to the property developer X": the role noun stands for the name in apposition
        "A magistrate on Tuesday granted bail of 50,000 rand to the property developer"
        " Themba Sithole.",
        {("Sithole", "released", A): 1},
    ),
    (
        # "refused bail for X": the "for" phrase on the bail names who stays in custody
        "The judge refused bail for Omar Haddad on Tuesday.",
        {("Haddad", "released", N): 1},
    ),
    (
        "Judge Ana Ruiz granted bail to Marco Levi on Friday.",
        {("Levi", "released", A): 1, ("Ruiz", "released", A): 0},
    ),
]

TABLE = BAIL


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
