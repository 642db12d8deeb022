"""A custody noun as a title before a name (issue 6, custody): "inmate X", "detainee X",
"hostage X" say the person is held, as "jailed politician X" does (README: participles and
nouns before a name count; "the prisoner, X" already did in apposition). Not "former inmate
X", not "released prisoner X" (freed), not the one a verb frees ("troops freed hostage X": the
release says it), not "hostage negotiator X". Texts written for this table about fictional
people: text -> the number of claims (last word of the subject, predicate, polarity) the
pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TITLES = [
    (
        # failed before
        "Prison officials said inmate Dario Quispe had phoned his mother on Sunday.",
        {("Quispe", "arrested", A): 1, ("Quispe", "alive", A): 1},
    ),
    (
        # failed before
        "Relatives said detainee Hana Sefer went on hunger strike on Monday.",
        {("Sefer", "arrested", A): 1},
    ),
    (
        # failed before
        "A video posted on Friday showed hostage Pierre Lamotte reading a statement.",
        {("Lamotte", "captured", A): 1},
    ),
    (
        "Former inmate Caleb Voss now runs a bakery in Leeds.",
        {("Voss", "arrested", A): 0},
    ),
    (
        "Officials said released prisoner Omid Rezaei spoke to reporters at the airport.",
        {("Rezaei", "arrested", A): 0},
    ),
    (
        "French troops freed hostage Anne Moreau in a raid on Thursday.",
        {("Moreau", "captured", A): 0, ("Moreau", "released", A): 1},
    ),
    (
        "The hostage negotiator Ruth Adair arrived in Bamako on Monday.",
        {("Adair", "captured", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TITLES)
def test_title_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
