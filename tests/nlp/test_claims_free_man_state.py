""" "He is a free man" is a state, as "He is free" is: the custody NEGATED at the saying
(``arrested`` after a state's detention, ``captured`` after a kidnapping), not a release, per
the README ("He is free", "I am free", "He is a free man"); a release comes from its own
words ("walked out of court a free man", "I am a free woman now"). Texts written for this
table about fictional people: text -> the number of claims (last word of the subject,
predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

TABLE = [
    (
        'Police detained Kofi Adu for two days in July. "He is a free man," his spokesman said.',
        {("Adu", "arrested", N): 1, ("Adu", "released", A): 0},
    ),
    (
        'Gunmen kidnapped Rita Sousa in May. She was released on Friday. "I am a free woman,"'
        " she said.",
        {("Sousa", "captured", N): 1, ("Sousa", "released", A): 1},
    ),
    (
        # a release in its own words stays one
        "Police arrested Jonas Ebert in March. On Tuesday a court acquitted him and he walked"
        " out of the courthouse a free man.",
        {("Ebert", "released", A): 1, ("Ebert", "arrested", N): 0},
    ),
    (
        'Gunmen kidnapped Rita Sousa in May. "I am a free woman now," she said on Friday.',
        {("Sousa", "released", A): 1, ("Sousa", "captured", N): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
