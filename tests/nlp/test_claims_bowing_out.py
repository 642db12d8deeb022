"""Bowing out of an office (issue 6, resignations): "the club's chairman, X, bowed out on
Monday", "Party leader X bowed out in May" are ``resigned`` when the subject is named by an
office (the subject noun, its apposition, a title before the name), though no "as party
leader" or "from the leadership" follows; "bowed out of the tournament / the race" leaves a
contest and "bowed out in the second round" names no office. Texts written for this table
about fictional people: text -> the number of claims (last word of the subject, predicate,
polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, R = "affirmed", "resigned"

BOWED_OUT = [
    (
        # failed before
        "The rowing club's chairman, Harald Vinje, bowed out on Monday after eleven years.",
        {("Vinje", R, A): 1},
    ),
    (
        # failed before
        "Party leader Marta Kowalczyk bowed out in May, weeks after the election defeat.",
        {("Kowalczyk", R, A): 1},
    ),
    (
        # failed before
        "Olu Adebayo, the union's president, bowed out at the congress in Ibadan.",
        {("Adebayo", R, A): 1},
    ),
    (
        # failed before
        "Chief executive Sanne Dekker bowed out after a decade at the helm.",
        {("Dekker", R, A): 1},
    ),
    (
        # contests, not offices
        "Top seed Luca Ferri bowed out of the tournament on Monday.",
        {("Ferri", R, A): 0},
    ),
    (
        "The senator, Dana Whitlow, bowed out of the presidential race in January.",
        {("Whitlow", R, A): 0},
    ),
    (
        "Defending champion Ana Prieto bowed out in the second round.",
        {("Prieto", R, A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), BOWED_OUT)
def test_bowed_out_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
