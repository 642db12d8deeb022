"""Claim scans on the token tables (issue 9): the per-sentence scans that now read their first test
from the token tables (among_hits, named_member_hits, described_group_hits,
claims_whereabouts._negated) still find what they found. Sentences written for this table; speed is
measured in docs/scale-log.md, not here."""

from __future__ import annotations

from tests.helpers.claims_rows import row_tests

FOUND = [
    # an inverted "among" after a group's event (among_hits)
    ("Gunmen kidnapped four engineers on Monday. Among them was Pavel Ostrov.", ("Ostrov", "captured", "affirmed")),
    # "one of them, X" after the group (named_member_hits)
    (
        "Two nurses were freed on Sunday. One of them, Lena Marsh, later spoke to reporters.",
        ("Marsh", "released", "affirmed"),
    ),
    # a casualty noun with the names in apposition (described_group_hits)
    (
        "The two survivors, Omar Bakri and Sami Haddad, were treated for hypothermia.",
        ("Haddad", "alive", "affirmed"),
    ),
    # an arrival in a named place (claims_whereabouts, past its negation test)
    ("Ruth Keller arrived in Vienna on Tuesday, her lawyer said.", ("Keller", "located_in", "affirmed")),
]
NOT_FOUND = [
    # a negated arrival gives no whereabouts (claims_whereabouts._negated)
    ("Ruth Keller never arrived in Vienna, her lawyer said.", ("Keller", "located_in", "affirmed")),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
