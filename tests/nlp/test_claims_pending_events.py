""" "Held pending their appearance before a judge", "ahead of her appearance in court",
"awaiting his extradition": an event noun after "pending", "ahead of" or "awaiting" is still
to come, no claim (the README: expectations are no claims), while the custody the sentence
tells stays one. Texts written for this table about fictional people: text -> {(last word
of the subject, predicate, polarity): count}."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Two brothers, Issa Kone and Adama Kone, are being held at the gendarmerie pending"
        " their appearance before a judge.",
        {("Kone", "appeared", A): 0, ("Kone", "arrested", A): 2},
    ),
    (
        "Police arrested the lawyer Maria Lopes on Monday ahead of her appearance in court on"
        " Friday.",
        {("Lopes", "appeared", A): 0, ("Lopes", "arrested", A): 1},
    ),
    (
        # an appearance that happened stays one
        "Police arrested the lawyer Maria Lopes on Monday. She appeared in court on Friday.",
        {("Lopes", "appeared", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
