"""A handover of the duties or the post of an office ("handed over his duties to X", "handed
his post to Y") is one of the lead, like "handed control to X"; a stand-in who "will lead it
until a congress" leads the body told before (issue 6, leadership_change misses). Texts
written for this table about fictional people: text -> the number of claims (last word of the
subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
CHANGE = "leadership_change"

TABLE = [
    (
        "The abbot, Father Lucian Moraru, handed over his duties to the prior, Ilie Dobre, on Sunday.",
        {("Moraru", CHANGE, A): 1, ("Dobre", CHANGE, A): 1},
    ),
    (
        "The outgoing governor, Amos Kiprono, handed his post to his deputy, Ruth Chepkoech.",
        {("Kiprono", CHANGE, A): 1, ("Chepkoech", CHANGE, A): 1},
    ),
    (
        "The chairman of the dockers' union, Arvo Kask, died on Monday. His daughter, Liis Kask,"
        " will lead it until a congress in May.",
        {("Kask", CHANGE, A): 1},
    ),
    (
        # handing over things, not an office
        "The suspect, Marek Novak, handed over his passport to police on Friday.",
        {("Novak", CHANGE, A): 0},
    ),
    (
        "The clinic's director, Dr Hana Suzuki, said she would see it until the end of the week.",
        {("Suzuki", CHANGE, A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
