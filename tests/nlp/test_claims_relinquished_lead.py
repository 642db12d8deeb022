"""A lead given up to someone (issue 6, leadership): "ceded the leadership to her deputy, X",
"relinquished the regency to her nephew, X" are a change for the one who gives it up and for
the one who receives it, as the handing verbs read "handed control of the group to his
deputy, X" (README: "handed control" is a change, also the receiver's, g07). A bare noun after
"to" ("surrendered command to the army") names no receiver. Texts written for this table about
fictional people: text -> the number of claims (last word of the subject, predicate, polarity)
the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, LC = "affirmed", "leadership_change"

GIVEN_UP_TO = [
    (
        # failed before: the regency is an office, the nephew receives it
        "The queen mother, Abena Sarpong, relinquished the regency to her nephew, Kofi Darkwa, on"
        " Thursday.",
        {("Sarpong", LC, A): 1, ("Darkwa", LC, A): 1},
    ),
    (
        # failed before: the receiver
        "The party leader, Ilse Marten, ceded the leadership to her deputy, Jonas Falk, in May.",
        {("Marten", LC, A): 1, ("Falk", LC, A): 1},
    ),
    (
        # failed before
        "In 2021 the ailing founder Rami Saadeh relinquished control of the movement to Walid"
        " Haddad.",
        {("Saadeh", LC, A): 1, ("Haddad", LC, A): 1},
    ),
    (
        "Chairman Piet Vermaas relinquished the chairmanship in May after a boardroom row.",
        {("Vermaas", LC, A): 1},
    ),
    (
        # no person receives it
        "General Omar Dabo surrendered command to the army on Monday.",
        {("Dabo", LC, A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), GIVEN_UP_TO)
def test_given_up_to_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
