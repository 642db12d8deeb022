""" "close to death", "near death" as a state ("he was close to death", "remains near
death") is a health state, the person alive and dying (the gold README: a health state is
``alive``); "beaten to death", "sentenced to death" keep their own readings, and a negated
state claims nothing of life (issue 6). Texts written for this table about fictional people:
text -> the number of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "His sister, Rana Osei, said after visiting Kofi Osei in prison on Wednesday that he"
        ' was "close to death".',
        {("Kofi Osei", "alive", A): 1},
    ),
    (
        "Kofi Osei remains near death in a hospital in Accra, his family said.",
        {("Kofi Osei", "alive", A): 1},
    ),
    (
        "Kofi Osei was beaten to death by guards in 2019.",
        {("Kofi Osei", "alive", A): 0, ("Kofi Osei", "killed", A): 1},
    ),
    (
        "Kofi Osei was sentenced to death in 2019.",
        {("Kofi Osei", "alive", A): 0, ("Kofi Osei", "killed", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
