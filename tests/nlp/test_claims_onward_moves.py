"""Onward moves (issue 6, the "fewer" misses): a move told with a sequence of destinations
("moved first to X and then to Y", "taken to X, then to Y", "and then back to Y") puts the
person in each place, one ``located_in`` per destination (tests/fixtures/claims/README.md: an
enumeration of distinct occurrences is one claim per occurrence;
``claims_places_moves.onward_move_hits``). Texts written for this table about fictional people:
text -> the number of claims (last word of the subject, predicate, polarity) the pipeline must
find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        # failed before: only the first destination
        "In January they moved Lina Corvo to a prison in Tarsa for two months, and then back to Belmar.",
        {("Corvo", "located_in", A): 2},
    ),
    (
        # failed before
        "In 2021 Ivan Petric is moved twice, first to a colony in Ostra and then to one in Varna.",
        {("Petric", "located_in", A): 2},
    ),
    (
        # failed before
        "Police said Mira Holt was taken to a police station in Kell, then to the central prison in"
        " Dorna.",
        {("Holt", "located_in", A): 2},
    ),
    (
        # failed before
        "Lawyers said Dan Ferro was transferred to a jail in Varna and later to a camp near Ostra.",
        {("Ferro", "located_in", A): 2},
    ),
    # one destination (two places in one phrase), or a trip of one's own: no onward move
    (
        "Police said Mira Holt was moved to a jail in Kell and Dorna.",
        {("Holt", "located_in", A): 1},
    ),
    (
        "The minister Ana Brisk flew to Paris on Monday, then to Rome.",
        {("Brisk", "located_in", A): 0},
    ),
    (
        "Guards did not move Petra Salm to a hospital in Kell, then to a clinic in Dorna, her lawyer"
        " said.",
        {("Salm", "located_in", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_onward_move_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
