"""A death's rite told after the death ("X died on Monday ... Her funeral will be held on
Friday") presupposes the death the story has told: no second ``killed``, as a burial's verb
already makes none; a rite that is the story's first word of the death ("Mourners gathered
for the funeral of X") still tells it (issue 6). Texts written for this table about
fictional people: text -> the number of claims (subject, predicate, polarity) the pipeline
must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Anna Kell, a former mayor of Drava, died on Monday at her home, her family said."
        " Her funeral will be held on Friday at the town's cathedral.",
        {("Anna Kell", "killed", A): 1},
    ),
    (
        "The retired judge Pavel Orn died in hospital on Sunday. Hundreds attended his burial"
        " in Brno on Wednesday.",
        {("Pavel Orn", "killed", A): 1},
    ),
    (
        "Mourners gathered in Drava on Friday for the funeral of Anna Kell, a former mayor.",
        {("Anna Kell", "killed", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
