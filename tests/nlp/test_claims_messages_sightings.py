"""Messages, proofs of life and sightings (issue 6; the README's proof-of-life convention and
its session-18 sighting rules). Texts written for this table about fictional people: text ->
the number of claims (last word of the subject, predicate, polarity) the pipeline must find,
and for a proof of life the lower bound (``event_earliest``) it must give."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

A, N = "affirmed", "negated"

# "holds up a newspaper dated D": the hostage-video proof of life ("hold up" is no idiom here;
# "holding X up as an example" still claims no custody)
HELD_UP_PAPERS = [
    (
        "In the video, Kemal Ersoy holds up a copy of a newspaper dated March 3, 2021.",
        {("Ersoy", "alive", A): 1},
        date(2021, 3, 3),
    ),
    (
        "In a clip released by her captors on Friday, the nurse Dina Ruiz holds up a newspaper"
        " dated May 9, 2020.",
        {("Ruiz", "alive", A): 1},
        date(2020, 5, 9),
    ),
    (
        "Police are holding Mark Ellis up as an example, his lawyer said.",
        {("Ellis", "arrested", A): 0, ("Ellis", "captured", A): 0},
        None,
    ),
]

TABLE = HELD_UP_PAPERS


@pytest.mark.parametrize(("text", "counts", "earliest"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict, earliest: date | None) -> None:
    claims = claims_of(text)
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims)
    assert {k: found.get(k, 0) for k in counts} == counts, found
    if earliest is not None:
        assert {c.event_earliest for c in claims if c.predicate == "alive"} == {earliest}
