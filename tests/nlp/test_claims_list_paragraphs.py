"""A list in running text whose paragraphs each open on a person's name, a parenthesis and a
full stop, then clauses with no subject ("Marta Oleksy (Radio Wolna). Arrested in Lublin in
2023. Held in Wronki prison."): a rights group's census of detainees, a "where are they now"
piece. The clauses tell of the paragraph's person, as the bulleted factbox items of
entities_list_headings do (issue 6, the "subject" misses). A sentence of narration that
only opens on a name ("Marta Oleksy was arrested") is no heading, nor a dateline.
Texts written for this table about fictional people: text -> the number of claims
(subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Our list of detained reporters\n\n"
        "Marta Oleksy (Radio Wolna). Arrested in Lublin on 3 May 2023. Held in Wronki "
        "prison.\n\n"
        "Ewa Borek (Gazeta Poranna). Died in custody in Gdansk on 2 April.",
        {
            ("Marta Oleksy", "arrested", A): 2,
            ("Marta Oleksy", "located_in", A): 1,
            ("Ewa Borek", "killed", A): 1,
        },
    ),
    (
        "Where they are now\n\n"
        "Tomasz Wren (photographer), the agency's chief. Detained at the border in March. "
        "Released in May.",
        {("Tomasz Wren", "arrested", A): 1, ("Tomasz Wren", "released", A): 1},
    ),
    (
        # no parenthesis: narration, and the second sentence is about no heading
        "Jonas Pirk, a reporter. The agency said he was well.\n\nArrested in June.",
        {("Jonas Pirk", "arrested", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
