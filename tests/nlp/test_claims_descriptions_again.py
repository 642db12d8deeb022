"""A definite description told again (issue 6, ``claims_retellings.described_again``): "the
tycoon" after "The 63-year-old tycoon", "the magnate" after "X, a shipping magnate," is the one
person the text described by that noun before. Not when two people were so described, nor when
the description is picked out anew ("the industrialist's brother", "the magnate Y": a noun
before a name). Texts written for this table about fictional people: text -> (last word of the
subject, predicate, polarity) -> whether the pipeline must find it."""

from __future__ import annotations

import pytest

A = "affirmed"

TABLE = [
    (
        # failed before: "the tycoon" after an age-described mention, past another person named
        "Police in Porto detained the chairman of Arvela Holdings, Rui Santos Moreira, on Monday, two"
        " people familiar with the matter said. The 63-year-old tycoon was taken from his office by"
        " officers, one of them said. The company said its deputy chairman, Nuno Faria, would run the"
        " group. According to a local newspaper, the tycoon is being held at a police station in Braga.",
        {("Moreira", "located_in", A): True, ("Faria", "located_in", A): False},
    ),
    (
        # failed before: "the magnate" after "X, a shipping magnate," (no role noun of the lexicon)
        "Anders Holm, a shipping magnate, was detained by customs officers on Monday, his company said."
        " Kestrel said its chief executive, Karin Voss, would lead the firm. According to a Norwegian"
        " newspaper, the magnate is being held in Oslo.",
        {("Holm", "located_in", A): True, ("Voss", "located_in", A): False},
    ),
    (
        "Carla Benedetti, a prominent financier, was detained on Monday, prosecutors said. Her husband,"
        " Luca Ferri, said he was shocked. According to two people close to the case, the financier is"
        " being held in Rome.",
        {("Benedetti", "located_in", A): True, ("Ferri", "located_in", A): False},
    ),
    (
        "Officials said on Friday that Dario Pellegrini, a well-known blogger, had been arrested in"
        " Turin. His publisher, Marta Greco, called the arrest outrageous. According to his lawyer, the"
        " blogger is being held in a prison near Milan.",
        {("Pellegrini", "located_in", A): True, ("Greco", "located_in", A): False},
    ),
    (
        "Henrik Dahl, a wealthy industrialist, was arrested in Malmo on Tuesday, prosecutors said. His"
        " spokesman, Jonas Ek, declined to comment. A court said on Thursday that the industrialist had"
        " been released on bail.",
        {("Dahl", "released", A): True, ("Ek", "released", A): False},
    ),
    # two people so described: the description names neither
    (
        "Anders Holm, a shipping magnate, and Per Lund, a shipping magnate, were detained on Monday."
        " Their company said its chief executive, Karin Voss, would lead the firm. According to a"
        " newspaper, the magnate is being held in Oslo.",
        {("Holm", "located_in", A): False, ("Lund", "located_in", A): False},
    ),
    (
        "Henrik Dahl, a wealthy industrialist, was arrested in Malmo on Tuesday, prosecutors said. Erik"
        " Sand, a wealthy industrialist, was questioned. A court said on Thursday that the"
        " industrialist had been released on bail.",
        {("Dahl", "released", A): False, ("Sand", "released", A): False},
    ),
    # picked out anew: a possessor, a name after the noun
    (
        "Henrik Dahl, a wealthy industrialist, was arrested in Malmo on Tuesday, prosecutors said. His"
        " spokesman, Jonas Ek, declined to comment. A court said on Thursday that the industrialist's"
        " brother had been released on bail.",
        {("Dahl", "arrested", A): True, ("Dahl", "released", A): False},
    ),
    (
        "Anders Holm, a shipping magnate, was detained on Monday. Kestrel said its chief executive,"
        " Karin Voss, would lead the firm. According to a newspaper, the magnate Per Lund is being held"
        " in Oslo.",
        {("Holm", "arrested", A): True, ("Holm", "located_in", A): False},
    ),
    (
        "The 45-year-old doctor Amina Sule was abducted on Saturday, police said. The clinic's deputy"
        " head, Musa Bello, said staff were frightened. According to local officials, the doctor's"
        " driver was released on Sunday.",
        {("Sule", "captured", A): True, ("Sule", "released", A): False},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_description_told_again(found_in, text: str, expected: dict) -> None:
    found = found_in(text)
    for triple, wanted in expected.items():
        assert (triple in found) == wanted, (triple, sorted(found))
