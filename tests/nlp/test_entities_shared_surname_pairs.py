"""Two given names sharing one surname ("Lina and Petra Sokol were arrested"): news writes a
family's surname once for both, and the model often types the words as a nationality, an
organisation or a place, so neither person had a name and their claims were lost (issue 6,
the "unknown-subject" misses). Both words must be given names and no place, the surname no
place or body word. Texts written for this table about fictional people: text -> the number
of claims (full subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Lina and Petra Sokol were arrested in Brno on Friday.",
        {("Lina Sokol", "arrested", A): 1, ("Petra Sokol", "arrested", A): 1},
    ),
    (
        "Gunmen seized Lina and Petra Sokol on the road to Brno. Lina Sokol was freed on Monday.",
        {
            ("Lina Sokol", "captured", A): 1,
            ("Petra Sokol", "captured", A): 1,
            ("Lina Sokol", "released", A): 1,
            ("Petra Sokol", "released", A): 0,
        },
    ),
    (
        # the model's own reading, kept
        "Police arrested Marek and Jana Dvorak at their home on Friday.",
        {("Marek Dvorak", "arrested", A): 1, ("Jana Dvorak", "arrested", A): 1},
    ),
    (
        # two full names stay two full names
        "Ali Hassan and Omar Said were freed on Monday.",
        {("Ali Hassan", "released", A): 1, ("Omar Said", "released", A): 1},
    ),
    (
        # a body named for two given names is no person
        "The Jack and Jill Foundation said Marta Ruiz had been arrested.",
        {("Marta Ruiz", "arrested", A): 1, ("Jill Foundation", "arrested", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
