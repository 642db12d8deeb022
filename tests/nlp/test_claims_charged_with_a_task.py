"""To be "charged with" a task is a charge of office, not a criminal charge: "Mr X, Minister of
Justice, is charged with the interim management of the Ministry of the Interior" (a
gazette's decree), "was charged with overseeing the talks" give no ``other:charge``, while
"charged with fraud" and "charged with killing two men" stay (issue 6, precision). Texts
written for this table about fictional people: text -> the number of claims (subject,
predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Mr Pavel Novak, Minister of Justice, is charged with the interim management of the "
        "Ministry of the Interior.",
        {("Pavel Novak", "other:charge", A): 0},
    ),
    (
        "The diplomat Eva Hrad was charged with overseeing the talks in Vienna.",
        {("Eva Hrad", "other:charge", A): 0},
    ),
    (
        "The deputy, Eva Hrad, was charged with fraud on Monday.",
        {("Eva Hrad", "other:charge", A): 1},
    ),
    (
        "The union leader Eva Hrad was charged with organising an unauthorised strike.",
        {("Eva Hrad", "other:charge", A): 1},
    ),
    (
        "The driver Eva Hrad was charged with killing two men in the crash.",
        {("Eva Hrad", "other:charge", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
