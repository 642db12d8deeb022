"""Rescues from danger and from captors (issue 6): a rescue in a story of
a flood, a wreck or a mountain is ``other:rescue`` wherever the sentence puts the rescued
person ("among those rescued was X" as well as "X was rescued"), a rescue from kidnappers is
a release. Sentences written for this test about fictional people: text -> (last word of
the subject, predicate, polarity)."""

from __future__ import annotations

from claims_rows import row_tests

A = "affirmed"

FOUND = [
    (
        "Flash floods swept through the valley on Tuesday. Among those rescued was Ali Reza, a"
        " shepherd, who clung to a tree for six hours.",
        ("Reza", "other:rescue", A),
    ),
    (
        "The ferry capsized off the coast on Sunday night. Navy divers rescued the captain,"
        " Jonas Berg, on Monday morning.",
        ("Berg", "other:rescue", A),
    ),
    (
        "Four climbers were stranded on the mountain for three days. A helicopter rescued Karl"
        " Weber and Lena Vogt on Thursday.",
        ("Vogt", "other:rescue", A),
    ),
    (
        "Sami Khalil was among the survivors rescued from the rubble of the collapsed building.",
        ("Khalil", "other:rescue", A),
    ),
    (
        "Gunmen abducted the priest, Father John Okafor, in March. Police said on Monday they"
        " had rescued him in a raid on a camp.",
        ("Okafor", "released", A),
    ),
    (
        "Kidnappers seized three engineers in May. Among those rescued by the army on Friday was"
        " Tunde Ade.",
        ("Ade", "released", A),
    ),
]

NOT_FOUND = [
    (
        "Flash floods swept through the valley on Tuesday. Among those rescued was Ali Reza, a"
        " shepherd, who clung to a tree for six hours.",
        ("Reza", "released", A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
