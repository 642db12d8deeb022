"""A hunger strike joined (issue 6, the "predicate" misses; tests/fixtures/claims/README.md:
"a hunger strike (on, joining, refusing food) is ``other:strike``"): "have joined the hunger
strike" tells the strike, not a membership (``claims_acts.act_hits``). Joining an armed group
stays ``other:join``. Texts written for this table about fictional people: text -> (last word
of the subject, predicate, polarity) -> whether the pipeline must find it."""

from __future__ import annotations

import pytest

A = "affirmed"

TABLE = [
    (
        # failed before: both gave other:join
        "Two other inmates, Tarek Nassif and Omar Bakri, have joined the hunger strike, according to a"
        " rights group.",
        {
            ("Nassif", "other:strike", A): True,
            ("Bakri", "other:strike", A): True,
            ("Nassif", "other:join", A): False,
        },
    ),
    (
        # failed before
        "Jailed activist Lina Haddad joined a hunger strike on Monday, her lawyer said.",
        {("Haddad", "other:strike", A): True, ("Haddad", "other:join", A): False},
    ),
    (
        # failed before
        "Samir Aziz, who has been held since March, joined the hunger strike last week, his wife said.",
        {("Aziz", "other:strike", A): True, ("Aziz", "arrested", A): True},
    ),
    (
        # failed before: the relative clause's antecedent is what was joined
        "The hunger strike, which Rami Saad joined in May, has entered its third month, his brother"
        " said.",
        {("Saad", "other:strike", A): True, ("Saad", "other:join", A): False},
    ),
    (
        "Viktor Lenz joined the rebels in 2009, the army said.",
        {("Lenz", "other:join", A): True, ("Lenz", "other:strike", A): False},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_hunger_strike_joined(found_in, text: str, expected: dict) -> None:
    found = found_in(text)
    for triple, wanted in expected.items():
        assert (triple in found) == wanted, (triple, sorted(found))
