"""A possessive on what ends a tenure in a succession clause ("X, who replaced Y after his
arrest", "Z succeeded Y after her death") is the one succeeded, not the successor the clause's
subject names: the end of the tenure is why the succession happened. Sentences written for
this test about fictional people."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "predicates", "expected"),
    [
        (
            "Since March the movement has been led by Karim Nadir, who replaced Abu Salim after"
            " his arrest.",
            {"arrested", "captured"},
            "Abu Salim",
        ),
        (
            "The council chose Ana Ruiz, who succeeded Marta Gil after her death in March.",
            {"killed"},
            "Marta Gil",
        ),
        (
            "The front is now commanded by Yusuf Dahir, who replaced Ali Noor following his"
            " capture by government troops.",
            {"arrested", "captured"},
            "Ali Noor",
        ),
        (
            "Omar Bashi was replaced by Idris Kamal after his arrest on Monday.",
            {"arrested", "captured"},
            "Omar Bashi",
        ),
        (
            "Karim Nadir replaced Abu Salim after his resignation.",
            {"resigned"},
            "Abu Salim",
        ),
    ],
)
def test_the_one_succeeded_owns_the_end_of_the_tenure(claims_of, text, predicates, expected):
    found = [c.subject for c in claims_of(text) if c.predicate in predicates]
    assert found == [expected]


def test_a_successor_keeps_his_own_event(claims_of):
    # the possessive is the subject's when its noun is no end of anyone's tenure
    text = "Karim Nadir, who was arrested after his speech, replaced Abu Salim."
    found = [c.subject for c in claims_of(text) if c.predicate == "arrested"]
    assert found == ["Karim Nadir"]
