"""Heads of churches, monasteries, universities and schools are offices one is elected or
appointed to like a party's chairman: "the synod elected X as metropolitan", "the senate
appointed Y as rector", "named Z acting principal" (issue 6, leadership_change misses of
successions outside parties and armed groups). Texts written for this table about fictional
people: text -> the number of claims (last word of the subject, predicate, polarity) the
pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
CHANGE = "leadership_change"

TABLE = [
    (
        "The synod elected Bishop Ilian Dragnev as metropolitan on Wednesday.",
        {("Dragnev", CHANGE, A): 1},
    ),
    (
        "The university senate appointed Professor Marta Kowalczyk as rector on Monday.",
        {("Kowalczyk", CHANGE, A): 1},
    ),
    (
        "The council of bishops elected Bishop Teodor Vasev as patriarch in 2019.",
        {("Vasev", CHANGE, A): 1},
    ),
    (
        "The monks chose Brother Anselm Weber as abbot after the death of his predecessor.",
        {("Weber", CHANGE, A): 1},
    ),
    (
        "The school board named Grace Achieng as acting principal on Friday.",
        {("Achieng", CHANGE, A): 1},
    ),
    (
        # an office named beside a person is no change of theirs
        "The rector, Ines Ferreira, said on Tuesday that classes would resume.",
        {("Ferreira", CHANGE, A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
