"""A person "interviewed" by the press ("was interviewed by a local newspaper on Monday",
"by reporters", "was interviewed on state television") lives, as one who "gave an interview
to a French magazine" already does (gold g190, g540: alive); an interview by the police is a
questioning, and "declined to be interviewed" or "was not interviewed" tell none (issue 6,
the alive recall). Texts written for this table about fictional people: text -> the number
of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Kofi Mensah was interviewed by a local newspaper on Monday.",
        {("Kofi Mensah", "alive", A): 1},
    ),
    (
        "Kofi Mensah was interviewed on state television on Monday.",
        {("Kofi Mensah", "alive", A): 1},
    ),
    ("Kofi Mensah was interviewed by police on Monday.", {("Kofi Mensah", "alive", A): 0}),
    ("Kofi Mensah declined to be interviewed.", {("Kofi Mensah", "alive", A): 0}),
    ("Kofi Mensah was not interviewed by the newspaper.", {("Kofi Mensah", "alive", A): 0}),
]


def test_the_interview_has_its_day(claims_of) -> None:
    text = "Kofi Mensah was interviewed by a local newspaper on Monday."
    (claim,) = [c for c in claims_of(text) if c.predicate == "alive"]
    assert claim.event_time is not None


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
