"""People listed by description after a first name (issue 6): "X, his son Y and a
neighbour, Z, were shot dead" is a list of three, which the parser hangs on the first name as
coordinated common nouns each with its own name in apposition. A lone described apposition is
the first person's own description ("X, a lawyer and activist", "X, the group's spokesman").
Sentences written for this test about fictional people: text -> (surname, predicate, polarity)."""

from __future__ import annotations

from claims_rows import row_tests

A = "affirmed"

FOUND = [
    (
        "Abdul Rahman, his son Faisal Rahman and a neighbour, Imran Shah, were shot dead on"
        " Sunday.",
        ("Shah", "killed", A),
    ),
    (
        "Maria Lopez, her husband Pablo Ortega and a cousin, Rosa Diaz, were arrested on Friday.",
        ("Ortega", "arrested", A),
    ),
    (
        "Gunmen abducted Samuel Okafor, his driver Emeka Obi and a guard, Musa Bello, near Jos.",
        ("Obi", "captured", A),
    ),
]

NOT_FOUND = [
    ("Police arrested Tomas Berg, a lawyer and activist, on Monday.", ("activist", "arrested", A)),
    (
        "Amal Hadi, the group's spokesman, said Karim Nasser was killed.",
        ("Hadi", "killed", A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)


def test_every_member_of_a_described_list_is_found(found_in) -> None:
    triples = found_in(
        "Abdul Rahman, his son Faisal Rahman and a neighbour, Imran Shah, were shot dead on"
        " Sunday."
    )
    assert {("Rahman", "killed", A), ("Shah", "killed", A)} <= set(triples)
