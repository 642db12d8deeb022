"""A patient sent home is not a prisoner set free: "released from
hospital", "treated at the scene and released" end no custody, while a release from prison,
or from a hospital where the person was held, does. Sentences written for this test about
fictional people: text → (last word of the subject, predicate, polarity) of a claim that
must be found, or one that must not."""

from __future__ import annotations

from claims_rows import row_tests

A = "affirmed"

FOUND = [
    (
        "The reporter Lina Haddad was released from prison on Friday after 14 months.",
        ("Haddad", "released", A),
    ),
    (
        "Lina Haddad was released from a military hospital where she had been held since her arrest in March.",
        ("Haddad", "released", A),
    ),
    (
        "Police said Tomas Berg was arrested, questioned and released without charge.",
        ("Berg", "released", A),
    ),
]

NOT_FOUND = [
    ("The driver, Tomas Berg, was released from hospital on Sunday.", ("Berg", "released", A)),
    ("Tomas Berg was treated at the scene for minor cuts and released.", ("Berg", "released", A)),
    (
        "Tomas Berg was released from the intensive care unit on Monday, his brother said.",
        ("Berg", "released", A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
