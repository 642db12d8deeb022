"""A football club is no person (issue 6, the "subject" misses): the model reads "Atletico
X" / "Deportivo Y" as a person's name, and "Atletico X said he was questioned" then gave
the club the claims of the "he" (``entities_kinds._club_named_by_its_opener``). Texts
written for this table about fictional people and clubs: text -> the number of claims
(subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

CLUBS = [
    (
        # failed before: released went to the club
        "Saturday's derby between Atletico Marbella and Deportivo Norte ended 1-1. On Friday"
        " evening Marbella's Chilean striker Tomas Vidal was detained at the team hotel by"
        " immigration officers over an expired visa. Atletico Marbella said he was questioned"
        " for six hours and released without charge early on Saturday.",
        {
            ("Tomas Vidal", "released", A): 1,
            ("Atletico Marbella", "released", A): 0,
        },
    ),
    (
        # (read before too: the club already a body here)
        "Sporting Lanza confirmed on Monday that its goalkeeper, Ruben Sala, had been arrested."
        " Sporting Lanza said he was released on bail later that day.",
        {("Ruben Sala", "released", A): 1, ("Sporting Lanza", "released", A): 0},
    ),
    (
        # a person whose surname is a club's first word stays a person
        "Police arrested Marta Real on Monday. She was released on bail on Friday.",
        {("Marta Real", "arrested", A): 1, ("Marta Real", "released", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), CLUBS)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
