"""Places a person is moved through that the entity stage does not tag as places.

A part of a building named after the building it belongs to ("Block C of the Karatepe
central prison", "Ward 3 of the city hospital", "the basement of a house in Raqqa") is where
the person is, when the building after "of" is a place: the part itself carries no tag (the
small model reads "Block C" as a bare name with a compound, "the basement" as a common noun).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["part_of_a_place"]

# Parts of a building or compound one is kept or nursed in: "Block C of", "the east wing of",
# "a ward of", "the basement of", "cell 12 of", "the annex of".
_BUILDING_PARTS = frozenset(
    {"block", "wing", "ward", "cell", "basement", "annex", "annexe", "section", "floor"}
    | {"unit", "yard", "courtyard", "cellblock", "barracks", "dormitory", "hall", "pavilion"}
)


def part_of_a_place(tok: Token, prep: Token, is_place: Callable[[Token, Token], bool]) -> bool:
    """ "moved to Block C of the central prison", "held in the basement of a house in Raqqa":
    the object of ``prep`` names a part of a building (its own noun or the compound before a
    designator, "Block" of "Block C") whose "of" object is a place by ``is_place``."""
    words = {tok.lemma_.lower(), tok.lower_} | {
        c.lower_ for c in tok.children if c.dep_ == "compound"
    }
    if not words & _BUILDING_PARTS:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(p.dep_ == "pobj" and is_place(p, prep) for p in c.children)
        for c in tok.children
    )
