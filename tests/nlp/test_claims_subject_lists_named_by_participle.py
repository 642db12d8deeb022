"""Members of a described list whose first name is given by "named" (issue 6, the
"subject" misses): "two other foreigners, a Danish driver named X and a Dutch student, Y,
were held" gives Y the claim too (``claims_grammar.described_list``: a "named" / "called"
participle gives a description its name as an apposition does). Texts written for this
table about fictional people: text -> the number of claims (last word of the subject,
predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

NAMED_BY_PARTICIPLE = [
    (
        # failed before: the second member got nothing
        "Rights groups say at least two other foreigners, a Danish driver named Jens Holm and a"
        " Dutch student, Sanne Vos, were held incommunicado in the same jail in 2025.",
        {("Holm", "located_in", A): 1, ("Vos", "located_in", A): 1},
    ),
    (
        # failed before
        "Two other foreigners, a Danish driver named Jens Holm and a Dutch student, Sanne Vos,"
        " were detained in Tarvo last year.",
        {("Holm", "arrested", A): 1, ("Vos", "arrested", A): 1},
    ),
    (
        # both by apposition (already read)
        "Two other foreigners, a Danish driver, Jens Holm, and a Dutch student, Sanne Vos, were"
        " detained in Tarvo last year.",
        {("Holm", "arrested", A): 1, ("Vos", "arrested", A): 1},
    ),
    (
        # a single description named by "named": one person, no list
        "A Danish driver named Jens Holm was detained in Tarvo last year, his employer Sanne"
        " Vos said.",
        {("Holm", "arrested", A): 1, ("Vos", "arrested", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), NAMED_BY_PARTICIPLE)
def test_member_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
