"""A named town's waterfront is a place (issue 6, whereabouts): "phoned his mother from the
harbour in Killybegs", "called his wife from the port in Gdansk", "was last seen at the port
in Gdansk" say where the person was, as "from a prison in Tripoli" does (README: a call or a
sighting from a place gives ``located_in``); a harbour with no named town ("left port") is
none. Texts written for this table about fictional people: text -> the number of claims (last
word of the subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, L = "affirmed", "located_in"

WATERFRONTS = [
    (
        # failed before
        "John Keane phoned his mother on Friday from the harbour in Killybegs.",
        {("Keane", L, A): 1, ("Keane", "alive", A): 1},
    ),
    (
        # failed before
        "The deckhand Peter Haas called his wife from the port in Gdansk on Sunday.",
        {("Haas", L, A): 1},
    ),
    (
        "Daniel Brooks was last seen at the port of Piraeus on Monday.",
        {("Brooks", L, A): 1, ("Brooks", "appeared", A): 1},
    ),
    (
        "John Keane phoned his mother on Friday from the harbour.",
        {("Keane", L, A): 0},
    ),
    (
        "The trawler skippered by Anna Keller left port on Monday.",
        {("Keller", L, A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), WATERFRONTS)
def test_waterfront_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
