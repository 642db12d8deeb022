"""Taking over or stepping in "as" a post that is no group's lead (issue 6, the
leadership_change recall): "stepped in as interim coach", "took over as caretaker manager",
"took over as finance minister" take that post, as "named interim coach" already did; "as
interim spokesman" (a person noun), "as goalkeeper" and "as a witness" take none. Texts
written for this table about fictional people: text -> the number of claims (subject,
predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"
L = "leadership_change"

TABLE = [
    ("Pedro Alves stepped in as interim coach on Tuesday.", {("Pedro Alves", L, A): 1}),
    (
        "Assistant coach Pedro Alves stepped in as caretaker manager on Tuesday.",
        {("Pedro Alves", L, A): 1},
    ),
    ("Pedro Alves took over as interim coach on Tuesday.", {("Pedro Alves", L, A): 1}),
    ("Nora Quist took over as acting principal in May.", {("Nora Quist", L, A): 1}),
    ("Nora Quist took over as finance minister in May.", {("Nora Quist", L, A): 1}),
    ("Nora Quist stepped in as interim spokesman on Monday.", {("Nora Quist", L, A): 0}),
    ("Nora Quist took over as goalkeeper after the injury.", {("Nora Quist", L, A): 0}),
    ("Nora Quist stepped in as a witness.", {("Nora Quist", L, A): 0}),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
