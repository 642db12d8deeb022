"""Continued leadership is no claim by itself ("He remains its leader"), but answering a
resignation or a removal the story has just told it is that change NEGATED (tests/fixtures/
claims/README.md, session 19): "Reports that she had resigned ... 'She is staying'" is resigned
NEGATED, "The court removed X ... X said he remained the party's legitimate leader" a change
NEGATED; "had not resigned and remained its leader" is answered once, and a stay in a place
("stayed in Paris") keeps no post (issue 6). Texts written for this table about fictional
people: text -> the number of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

N = "negated"
RES = "resigned"
L = "leadership_change"

TABLE = [
    (
        "Premier Ion Dabija denied reports that the trade minister, Ilinca Munteanu, had resigned."
        ' "She is staying, and she has my full confidence," he said.',
        {("Ilinca Munteanu", RES, N): 2},
    ),
    (
        "The court removed Kasonde Phiri as party leader on Tuesday. Phiri said he would appeal"
        " and remained the party's legitimate leader.",
        {("Kasonde Phiri", L, N): 1},
    ),
    (
        "The spokesman said that Ilinca Munteanu had not resigned and remained its leader.",
        {("Ilinca Munteanu", RES, N): 1},
    ),
    (
        "Kasonde Phiri has led the party since 2016. He remains its leader.",
        {("Kasonde Phiri", L, N): 0},
    ),
    ("Kasonde Phiri stayed in Paris for a week after he resigned.", {("Kasonde Phiri", RES, N): 0}),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
