"""Lists of people parted by semicolons, each name with its age or trade ("Those held: A, 34;
B, 29; C, 41", "detained A, 34, a driver; B, 29, a cook; C, 41, a guard"): the parser
hangs the third item on the second as an apposition, so the claim rules lost every name
after the second; the list is now read from the words (issue 6, subjects). A semicolon
that opens a new clause ("A, 34; his brother was released") makes no list. Texts written
for this table about fictional people: text -> the number of claims (subject, predicate,
polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Police on Monday detained Amir Tabet, 34, a driver; Rafiq Naji, 29, a cook;"
        " Omar Selim, 41, a guard.",
        {
            ("Amir Tabet", "arrested", A): 1,
            ("Rafiq Naji", "arrested", A): 1,
            ("Omar Selim", "arrested", A): 1,
        },
    ),
    (
        "Gunmen killed Amir Tabet, 34; Rafiq Naji, 29; Omar Selim, 41; and Ali Bey, 50.",
        {
            ("Amir Tabet", "killed", A): 1,
            ("Omar Selim", "killed", A): 1,
            ("Ali Bey", "killed", A): 1,
        },
    ),
    (
        "Gunmen kidnapped four men after the raid on Monday. Those held: Amir Tabet, 34;"
        " Rafiq Naji, 29; Omar Selim, 41.",
        {("Omar Selim", "captured", A): 1},
    ),
    (
        "Police detained Amir Tabet, 34, on Monday; Rafiq Naji was released.",
        {("Amir Tabet", "arrested", A): 1, ("Rafiq Naji", "arrested", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
