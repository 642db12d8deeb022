"""Subjects of "both" over a list the parser broke (issue 6, the "subject" misses): in
"X identified the men who got away as A, alias 'B', and C, known as 'D'" the parser may
hang C on the verb "identified", and the verb then stood for its subject X in the group
"Both are believed to be hiding" took up (``claims_groups._groups_in``). Texts written for
this table about fictional people: text -> the number of claims (last word of the subject,
predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

BROKEN_LISTS = [
    (
        # failed before: the first man named got nothing (the group was the verb and C)
        "Two of the gang's men escaped during the raid, General Carlos Morales told reporters"
        ' on Monday. Morales identified the men who got away as Hugo Benítez, alias "Flaco",'
        ' and Jorge Quispe, known as "Tuerto". Both are believed to be hiding in the hills,'
        " he said.",
        {
            ("Benítez", "located_in", A): 1,
            ("Quispe", "located_in", A): 1,
            ("Morales", "located_in", A): 0,
        },
    ),
    (
        # a list of verbs, each with its own person, still makes a pair
        "Police arrested Rafael Ortiz on Monday and detained Mateo Salas on Tuesday. Both were"
        " released on bail on Friday.",
        {("Ortiz", "released", A): 1, ("Salas", "released", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), BROKEN_LISTS)
def test_member_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
