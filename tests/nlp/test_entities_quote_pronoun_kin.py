"""A pronoun inside a quotation spoken by a relative named after it ('"He bled to death in the
street," his sister, Morwenna X, said'): "he" is the one whose sister speaks, the person of
the relative's surname named before, not the last man the narration named (an unnamed
suspect, "He has not been named"); the possessive after the quotation was not yet read when
the quoted pronoun was (issue 6, the "fewer" misses). Texts written for this table about
fictional people: text -> the number of claims (full subject, predicate, polarity, claimant)
the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "A delivery driver was stabbed outside a cafe on Friday, police said. The victim was named"
        " as Owen Tregear, 29. A second man questioned on Saturday was released without charge."
        ' He has not been named.\n\n"He died in the street while people walked past," his'
        " sister, Morwenna Tregear, said.",
        {("Owen Tregear", "killed", A, "Morwenna Tregear"): 1},
    ),
    (
        "Kofi Mensah, 41, was shot outside his shop on Monday. A man was arrested nearby. He has"
        ' not been named.\n\n"He was killed for nothing," his wife, Ama Mensah, said.',
        {("Kofi Mensah", "killed", A, "Ama Mensah"): 1},
    ),
    (
        # a relative not named: the last man named, as before
        'Owen Tregear, 29, was stabbed outside a cafe on Friday. "He died in the street," his'
        " sister said.",
        {("Owen Tregear", "killed", A, "his sister"): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity, c.claimant) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
