"""A proof-of-life picture dated by a possessive day on the paper held ("holding Saturday's
newspaper", "holds up a copy of the previous day's newspaper", "holding that day's paper"
after "posted a photo on Sunday"): alive no earlier than that day, on the word of who
released it, like "a newspaper dated June 14" (issue 6, the "absent" misses). The holder
is the one the picture shows, never the one who posted it. Texts written for this table
about fictional people (published 2021-06-10, a Thursday): text -> (subject, earliest) of
the alive claims found."""

from __future__ import annotations

import datetime as dt

import pytest

TABLE = [
    (
        "The family released a photo on Monday of Felix Auer holding Saturday's newspaper.",
        {("Felix Auer", dt.date(2021, 6, 5))},
    ),
    (
        "His wife, Rosa Lenz, posted a clip on Sunday in which the banker Felix Auer holds up a "
        "copy of the previous day's newspaper.",
        {("Felix Auer", dt.date(2021, 6, 5))},
    ),
    (
        "His wife, Rosa Lenz, posted a photograph on Sunday of the banker Felix Auer holding "
        "that day's newspaper.",
        {("Felix Auer", dt.date(2021, 6, 6))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_alive_earliest(claims_of, text: str, expected: set) -> None:
    found = {(c.subject, c.event_earliest) for c in claims_of(text) if c.predicate == "alive"}
    assert found == expected, found
