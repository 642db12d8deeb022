"""Brought to hospital with an injury, whatever the parser hangs the "with" on: the day or place
after the hospital ("was admitted to hospital on Saturday with stab wounds") or a clause it makes
of "with a head wound" ("wound" read as a verb), is wounded besides the stay (issue 6). Texts
written for this table about fictional people: text -> the number of claims (subject, predicate,
polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
W = "wounded"
LOC = "located_in"

TABLE = [
    (
        "Levan Gogua was arrested on Friday and was admitted to hospital on Saturday with a head"
        " wound.",
        {("Levan Gogua", W, A): 1, ("Levan Gogua", LOC, A): 1},
    ),
    (
        "Levan Gogua was admitted to hospital on Saturday with stab wounds.",
        {("Levan Gogua", W, A): 1, ("Levan Gogua", LOC, A): 1},
    ),
    (
        "Levan Gogua was taken to a police station on Saturday with his brother.",
        {("Levan Gogua", W, A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
