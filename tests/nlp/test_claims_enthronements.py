"""Enthronements (issue 6, leadership): "was enthroned as paramount chief", "the elders
enthroned X as king" are a taking of office, a ``leadership_change`` for the one enthroned,
whatever office follows "as" (the README's "took over as", "was sworn in as"). "enthrone" is
no appointing verb, so the "as" rules of those never read it. Texts written for this table
about fictional people: text -> the number of claims (last word of the subject, predicate,
polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

ENTHRONED = [
    (
        # failed before
        "Yaw Darko Asante was enthroned as paramount chief of Bekwai on Saturday.",
        {("Asante", "leadership_change", A): 1},
    ),
    (
        # failed before: the active, the one enthroned its object
        "The kingmakers enthroned Kojo Mensah Owusu as king of the traditional area in March.",
        {("Owusu", "leadership_change", A): 1},
    ),
    (
        # failed before
        "Archbishop Elias Boutros was enthroned as the 14th patriarch of the church in a ceremony"
        " in Damascus.",
        {("Boutros", "leadership_change", A): 1},
    ),
    (
        "Nana Efua Boadu was enthroned on Thursday, three months after her uncle's death.",
        {("Boadu", "leadership_change", A): 1},
    ),
    (
        # the enthroned is a relic, not a person
        "Bishop Tomas Vrana said the relics would be enthroned in the cathedral on Sunday.",
        {("Vrana", "leadership_change", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), ENTHRONED)
def test_enthroned_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
