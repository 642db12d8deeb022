""" "Correction: In our 13:30 entry we said the gunman had been arrested.": a live blog's
correction in its own "we" withdraws what the entry said, as "An earlier version of this
article said" does (the README: the earlier version's reported claim and the outlet's
negated, denied one), unless the next sentence tells the same event again and corrects a
detail of it ("... we said she was abducted on Friday. Her family says she was taken on
Thursday"). Texts written for this table about fictional people: text -> {(last word of the
subject, predicate, polarity, certainty): count}."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

TABLE = [
    (
        "LIVE: Siege at the post office\n\n"
        "13:30 - Officers say the gunman, Kofi Asare, has been arrested.\n\n"
        "13:55 - CORRECTION: In our 13:30 entry we said the gunman had been arrested. Police"
        " now say Kofi Asare was shot dead by officers.",
        {("Asare", "arrested", N, "denied"): 1},
    ),
    (
        # a detail corrected: the kidnapping stands
        "LIVE: Search for a missing student\n\n"
        "09:12 - Gunmen abducted the student Lina Moreau on Friday, her family says.\n\n"
        "11:30 - Correction: in our 09:12 entry we said Moreau was abducted on Friday. Her"
        " family says she was taken on Thursday evening.",
        {("Moreau", "captured", N, "denied"): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter(
        (c.subject.split()[-1], c.predicate, c.polarity, c.certainty) for c in claims_of(text)
    )
    assert {k: found.get(k, 0) for k in counts} == counts, found
