"""A town is no person (issue 6, the "subject" misses): the model reads a town's name that
looks like a given name and a surname as a person, and "a call from a police station in
X: she was there" then gave the town the claim (``entities_kinds._site_located_in``: the
"in" of a building or a site is a place). Texts written for this table about fictional
people: text -> the number of claims (subject, predicate, polarity) the pipeline must
find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TOWNS = [
    (
        # failed before: located_in went to the town
        "Amina Rauf, a student, went missing on Monday. On Saturday her father received a call"
        " from a police station in Mandi Bahauddin: she was there, and he could come and fetch"
        " her.",
        {("Mandi Bahauddin", "located_in", A): 0, ("Amina Rauf", "located_in", A): 1},
    ),
    (
        # a person after "in" that is no site's: still a person ("confidence in X")
        "Party members voted no confidence in Amina Rauf on Monday. She resigned on Friday.",
        {("Amina Rauf", "resigned", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TOWNS)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
