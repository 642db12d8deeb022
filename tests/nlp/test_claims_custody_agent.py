"""The kind of the captor decides between ``arrested`` (the state's forces) and ``captured``
(anyone else), also when the clause names no captor: a capture the army, the police or their
spokesman reports with no agent is their own ("The army's spokesman said two commanders were
captured in the assault"), while the state's own men taken, a kidnapping story and a capture
told by anyone else keep ``captured`` (issue 6, the "predicate" misses arrested>captured).
Texts written for this table about fictional people: text -> the number of claims
(subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        # the force's spokesman tells an agentless capture: the force took him
        "The police spokesman, Inspector Laura Fenwick, said the smuggler Dario Vasquez was "
        "captured near the harbour on Monday.",
        {("Dario Vasquez", "arrested", A): 1, ("Dario Vasquez", "captured", A): 0},
    ),
    (
        "The army's spokesman in the east, Colonel Idris Mahele, said two other commanders of "
        "the group, the brothers Noel and Remy Kabasele, were captured in the assault and are "
        "being held in Bunia.",
        # (the capture and the custody "are being held": two)
        {
            ("Noel Kabasele", "arrested", A): 2,
            ("Remy Kabasele", "arrested", A): 2,
            ("Noel Kabasele", "captured", A): 0,
        },
    ),
    (
        # the state's own men taken are the enemy's captives
        "The army said two of its soldiers, Private Leon Marsh and Private Ben Osei, were "
        "captured in the clashes.",
        {("Ben Osei", "captured", A): 1, ("Ben Osei", "arrested", A): 0},
    ),
    (
        # the teller is no force of the state
        "A relative said the engineer Samir Haddou was captured on the road to Gao on Monday.",
        {("Samir Haddou", "captured", A): 1, ("Samir Haddou", "arrested", A): 0},
    ),
    (
        "The rebels' spokesman said the pilot, Captain Mark Ellery, was captured after his "
        "helicopter came down.",
        {("Mark Ellery", "captured", A): 1, ("Mark Ellery", "arrested", A): 0},
    ),
    (
        # a body of the state by its proper name holds him
        "The rights group says it believes the preacher Anvar Tolib is held by the State "
        "Committee for National Security in Khorog.",
        {("Anvar Tolib", "arrested", A): 1, ("Anvar Tolib", "captured", A): 0},
    ),
    (
        "The teacher Lena Varo was abducted by the Revolutionary Committee for the Liberation "
        "of Kasai, a rebel group, on Monday.",
        {("Lena Varo", "captured", A): 1, ("Lena Varo", "arrested", A): 0},
    ),
    (
        # a noun of taking in an operation: whose operation it was
        "A video shows the rebel colonel Amos Kitara being led away in handcuffs after his "
        "capture in an army raid last week.",
        {("Amos Kitara", "arrested", A): 1, ("Amos Kitara", "captured", A): 0},
    ),
    (
        "The engineer Paul Odera was freed a month after his capture in a rebel raid on the mine.",
        {("Paul Odera", "captured", A): 1, ("Paul Odera", "arrested", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
