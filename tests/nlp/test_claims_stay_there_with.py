"""A stay said again with "there" that the parser hangs on the object of the verb's "with"
("he had travelled to Kumasi and was staying with a cousin there"): a stay in the place
named before, as "He remains there" is (README, session 19: each clause restating a state
counts). Texts written for this table about fictional people: text -> the number of claims
(last word of the subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Kofi Boakye was detained in July. A relative said he had travelled to Kumasi and was"
        " staying with a cousin there.",
        {("Boakye", "located_in", A): 1},
    ),
    (
        "Police freed Grace Mensima in May. She went to Tamale, and she is living with her aunt"
        " there, her lawyer said.",
        {("Mensima", "located_in", A): 1},
    ),
    (
        # no stay: a meeting there, or a stay denied
        "Kofi Boakye was detained in July. He went to Kumasi and met a cousin there.",
        {("Boakye", "located_in", A): 0},
    ),
    (
        "Kofi Boakye was detained in July. He went to Kumasi but did not stay with his cousin"
        " there.",
        {("Boakye", "located_in", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
