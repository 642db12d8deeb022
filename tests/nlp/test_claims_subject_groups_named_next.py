"""Subjects of a group described first and named in the next sentence (issue 6, the
"subject" misses): "The search for the two hikers missing since Tuesday is over. Rescuers
found X and Y alive" gives X and Y what the description told of the hikers, not the people
of the item before (``claims_groups.introduced_next``). Texts written for this table about
fictional people: text -> the number of claims (last word of the subject, predicate,
polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

_MAYOR = (
    "The mayor of Brindle, Oskar Feld, has resigned. His deputy, Hanna Lutz, will run the town"
    " until an election. "
)

NAMED_NEXT = [
    (
        # failed before: the hikers went to the mayor and his deputy
        _MAYOR + "The search for the two climbers missing on Mount Vell since Monday is over."
        " Rescuers found Tobias Renk and his brother Jonas Renk alive in a hut this morning.",
        {
            ("Renk", "other:missing", A): 2,
            ("Feld", "other:missing", A): 0,
            ("Lutz", "other:missing", A): 0,
        },
    ),
    (
        # failed before: named as the subjects of the next sentence
        _MAYOR + "The search for the two fishermen missing off Cape Dunn since Sunday is over."
        " Ivo Brandt and Kai Lenz were picked up by a trawler on Tuesday.",
        {
            ("Brandt", "other:missing", A): 1,
            ("Lenz", "other:missing", A): 1,
            ("Feld", "other:missing", A): 0,
        },
    ),
    (
        # only one of the two named next: nobody is named as the pair
        _MAYOR + "The search for the two climbers missing on Mount Vell since Monday is over."
        " Rescuers found Tobias Renk alive in a hut this morning.",
        {("Renk", "other:missing", A): 0},
    ),
    (
        # "the two men" takes up the two people told of before, not the pair named after
        "Police arrested Ivo Brandt on Monday. His friend Kai Lenz was detained at the airport."
        " The two men were released on bail on Friday. Tobias Renk and Jonas Renk were not"
        " charged.",
        {("Brandt", "released", A): 1, ("Lenz", "released", A): 1, ("Renk", "released", A): 0},
    ),
    (
        # a clause set off by commas describes people told of before
        "Police arrested Ivo Brandt on Monday. His friend Kai Lenz was detained at the airport."
        " The two suspects, who had been held in Kessin, were released on bail on Friday."
        " Tobias Renk and Jonas Renk were questioned.",
        {("Brandt", "released", A): 1, ("Lenz", "released", A): 1, ("Renk", "released", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), NAMED_NEXT)
def test_member_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
