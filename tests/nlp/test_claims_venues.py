"""Whereabouts at a venue (issue 6, the "absent" misses of ``located_in``): a copula with "at"
a club, a bar, a hotel or a restaurant puts its subject there ("was at the club with
friends", "who was with him at the club"), as "was in Kesh" does; a role at the venue ("is a
doorman at the club") does not. Texts written for this table about fictional people: text ->
the number of claims (last word of the subject, predicate, polarity) the pipeline must
find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

AT_VENUE = [
    (
        # failed before
        "The singer's manager, Tomas Hadley, who was with him at the club, was treated for a cut"
        " to his head.",
        {("Hadley", "located_in", A): 1, ("Hadley", "wounded", A): 1},
    ),
    (
        # failed before
        "Tomas Hadley was at the Vault club with friends on Sunday night.",
        {("Hadley", "located_in", A): 1},
    ),
    (
        "Anna Berg was at a hotel near the station when the fire started, her sister said.",
        {("Berg", "located_in", A): 1},
    ),
    (
        "Tomas Hadley was at a bar in Leith when police arrived.",
        {("Hadley", "located_in", A): 1},
    ),
    (
        # a role at the venue, no whereabouts
        "Tomas Hadley is a doorman at the club.",
        {("Hadley", "located_in", A): 0},
    ),
    (
        # no venue
        "Tomas Hadley was at odds with the club's owners.",
        {("Hadley", "located_in", A): 0},
    ),
]

TABLE = AT_VENUE


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_venue_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
