"""A move of a person to a place puts the person there (issue 6; the gold
convention "Cases decided in session 19"): an extradition, deportation or expulsion to a
named place is its own act and ``located_in``; "taken to hospital" and "taken to a state
security building" place the person though the place has no name; a move that is only
possible ("could be moved to") or a place said by a relative clause is not read here.
Sentences written for this test about fictional people: text -> (last word of the
subject, predicate, polarity)."""

from __future__ import annotations

from claims_rows import row_tests

A = "affirmed"

FOUND = [
    (
        "The cartel boss Oscar Menaya was extradited to Miami in 2019.",
        ("Menaya", "located_in", A),
    ),
    (
        "The cartel boss Oscar Menaya was extradited to Miami in 2019.",
        ("Menaya", "other:extradite", A),
    ),
    (
        "Karim Bensaid was deported to Algeria on Monday, his lawyer said.",
        ("Bensaid", "located_in", A),
    ),
    (
        "The reporter Elena Cruzado was expelled to Costa Rica on Tuesday.",
        ("Cruzado", "other:expel", A),
    ),
    (
        "The reporter Elena Cruzado was expelled to Costa Rica on Tuesday.",
        ("Cruzado", "located_in", A),
    ),
    (
        "The wounded driver, Musa Adamu, was taken to hospital.",
        ("Adamu", "located_in", A),
    ),
    (
        "Mona Faruk was taken to a state security building, her sister said.",
        ("Faruk", "located_in", A),
    ),
    (
        "A cousin said Yusuf Karam was being held at an intelligence building in the capital.",
        ("Karam", "arrested", A),
    ),
]

NOT_FOUND = [
    (
        "Lawyers fear the activist Pavel Orlov could be deported to Belarus next month.",
        ("Orlov", "located_in", A),
    ),
    (
        "The court refused to extradite the banker Ivan Sokol to Russia.",
        ("Sokol", "located_in", A),
    ),
    (
        "The miner Tomas Ruiz was taken to a hospital in Oruro, where he is being treated.",
        ("Ruiz", "other:extradite", A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
