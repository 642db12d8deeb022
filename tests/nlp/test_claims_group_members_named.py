"""Members named after a clause about their group (issue 6, the "absent" and
"unknown-subject" misses): "The hostages were released unharmed, X among them" gives X what
the clause told of the hostages (``claims_partitives.trailing_among_hits``). Texts written
for this table about fictional people: text -> the number of claims (last word of the
subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

TRAILING_AMONG = [
    (
        "The hostages were released unharmed on Sunday, Tomas Hadley among them.",
        {("Hadley", "released", A): 1, ("Hadley", "wounded", N): 1},
    ),
    (
        "Gunmen freed six of the hostages on Friday, Anna Berg and Tomas Hadley among them.",
        {("Berg", "released", A): 1, ("Hadley", "released", A): 1},
    ),
    (
        "Five miners were killed in the blast, Tomas Hadley among them.",
        {("Hadley", "killed", A): 1},
    ),
    (
        # failed before: the group the object of an active verb
        "Police arrested a dozen protesters on Monday, the student leader Mira Sorell among them.",
        {("Sorell", "arrested", A): 1},
    ),
    (
        # failed before
        "Three climbers are still missing after the avalanche, Tomas Hadley among them.",
        {("Hadley", "other:missing", A): 1},
    ),
    (
        # failed before
        "Rebels abducted several aid workers near Tarn on Monday, the nurse Anna Berg among them.",
        {("Berg", "captured", A): 1},
    ),
    (
        # a name that is no member: "among them" closes nothing after it
        "Tomas Hadley said the hostages were released unharmed.",
        {("Hadley", "released", A): 0},
    ),
]

# A superlative part of a group told by a participle: "X, the oldest of the hostages freed
# on Monday" (``claims_partitives.superlative_member_hits``).
SUPERLATIVE_PART = [
    (
        # failed before
        "Tomas Hadley, a documentary maker and the best known of the prisoners freed that day,"
        " had spent six years in jail.",
        {("Hadley", "released", A): 1},
    ),
    (
        # failed before
        "The best known of the nine soldiers freed that morning, Lieutenant Tomas Hadley,"
        " returned to service.",
        {("Hadley", "released", A): 1},
    ),
    (
        "Tomas Hadley, the oldest of the hostages released on Monday, is 71.",
        {("Hadley", "released", A): 1},
    ),
    (
        # no participle: no claim
        "Tomas Hadley, the best known of the writers in Kesh, spoke first.",
        {("Hadley", "released", A): 0, ("Hadley", "killed", A): 0},
    ),
    (
        # the group did it, to someone else
        "Tomas Hadley, the youngest of the men arrested two guards, said nothing.",
        {("Hadley", "arrested", A): 0},
    ),
]

TABLE = TRAILING_AMONG + SUPERLATIVE_PART


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_member_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
