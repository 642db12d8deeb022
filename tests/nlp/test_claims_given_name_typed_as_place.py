"""A person named in full, then by the given name alone, which the model typed a place or a
body (issue 6, subjects): "Market traders said Boubacar Diallo was missing. His brother said
that Boubacar was alive" is Boubacar Diallo again; a given name the gazetteer knows as a
place stays the place ("Jordan Pike ... took him to Jordan"). Texts written for this table
about fictional people: text -> the number of claims (subject, predicate, polarity) the
pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Market traders said Boubacar Diallo, who owns the stall next to the spot, had been"
        " missing since the explosion. His brother, Souleymane Diallo, said on Tuesday that"
        " Boubacar was alive and being treated for a head wound at a private clinic in the"
        " north of the town.",
        {("Boubacar Diallo", "alive", A): 1, ("Boubacar Diallo", "located_in", A): 1},
    ),
    (
        "Jordan Pike was arrested on Monday. Officers took him to Jordan for questioning.",
        {("Jordan Pike", "arrested", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
