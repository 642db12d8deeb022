"""'"Nobody is guarding me"': a present verb of keeping ("guard", "keep") whose subject is
nobody denies the custody of the person it names, as "I am free" does (the gold README:
after a reported "placed under guard", "I am free" / "Nobody is guarding me" is the custody
NEGATED, `captured` in a story of kidnappers or armed groups, `arrested` in one of the
state), one claim per sentence per source; a past "nobody was guarding me" and a thing
guarded are no claim (issue 6). Texts written for this table about fictional people: text
-> the number of claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

TABLE = [
    (
        "Two rebel factions said they had placed their commander, Omar Tahir, under guard at"
        ' a base. Hours later Tahir appeared in a video. "I am still the commander, and I am'
        ' free," he said. "Nobody is guarding me."',
        # "I am free" and "Nobody is guarding me": a sentence each
        {("Omar Tahir", "captured", N): 2, ("Omar Tahir", "captured", A): 1},
    ),
    (
        "Police said they had detained the union leader Petra Lind at her office on Monday."
        ' "Nobody is guarding me and nobody is keeping me here," Lind told reporters on'
        " Tuesday.",
        # the state's custody; two verbs of one sentence, one claim
        {("Petra Lind", "arrested", N): 1, ("Petra Lind", "arrested", A): 1},
    ),
    (
        '"Nobody was guarding me that night, so I walked out," said Omar Tahir, who was'
        " kidnapped by gunmen in May.",
        {("Omar Tahir", "captured", N): 0},
    ),
    (
        '"Nobody is guarding the gate," said Omar Tahir, who was kidnapped by gunmen in May.',
        {("Omar Tahir", "captured", N): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
