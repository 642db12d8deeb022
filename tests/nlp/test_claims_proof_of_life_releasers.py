"""Who vouches for a proof-of-life bound told a sentence after the message (issue 6; the
gold README: claimant = who released the message): the agent of the release participle of
the message told last ("A video released on Monday by the X group shows Y ... He mentions
the resignation of Z on May 30": the group), past a definite noun that only refers back
("appears thin in the video"). Texts written for this table about fictional people
(published 2021-06-10, a Thursday): text -> (subject, claimant) of the bounded alive
claims."""

from __future__ import annotations

import pytest

TABLE = [
    (
        "(Tide Report) — A video released on Monday by the Liberty Front group shows "
        "kidnapped Dutch engineer Karel Dvorak asking his government to help free him.\n\n"
        "Dvorak, who was abducted in May, appears thin but calm in the video.\n\n"
        "He mentions the resignation of the interior minister on May 30.",
        {("Karel Dvorak", "Liberty Front")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_bound_claimant(claims_of, text: str, expected: set) -> None:
    found = {
        (c.subject, c.claimant)
        for c in claims_of(text)
        if c.predicate == "alive" and c.event_earliest is not None and c.event_time is None
    }
    assert found == expected, found
