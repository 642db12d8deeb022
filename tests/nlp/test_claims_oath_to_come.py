"""An oath of office to come (issue 6, the "fewer" misses): "X will be sworn in as interim
president on Friday", "had taken the helm and would be sworn in as interim president" is an
arranged change of leader, a claim like "will act as chairwoman until elections" (tests/
fixtures/claims/README.md: "will act as / will govern ... until" is a leadership change), each
clause counted (``claims_leadership._announced_hits``). Texts written for this table about
fictional people: text -> the number of claims (last word of the subject, predicate, polarity)
the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        # failed before: the second clause left unread
        "A spokesman said Colonel Idris Vanko had taken the helm and would be sworn in as interim"
        " president on Friday.",
        {("Vanko", "leadership_change", A): 2},
    ),
    (
        # failed before
        "Colonel Idris Vanko will be sworn in as interim president on Friday, a spokesman said.",
        {("Vanko", "leadership_change", A): 1},
    ),
    (
        # failed before
        "The council said its deputy chair, Marta Solen, would be sworn in as acting mayor on Monday.",
        {("Solen", "leadership_change", A): 1},
    ),
    (
        "Tomas Reyk was sworn in as interim president on Friday.",
        {("Reyk", "leadership_change", A): 1},
    ),
    # not arranged: an expectation, or a witness's oath
    (
        "Parliament is expected to swear in Tomas Reyk as president next week.",
        {("Reyk", "leadership_change", A): 0},
    ),
    (
        "The witness, Ana Pell, will be sworn in on Monday, the court said.",
        {("Pell", "leadership_change", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_oath_to_come_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
