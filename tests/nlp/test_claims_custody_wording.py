"""Custody wordings of police and court reports (issue 6): bail granted or refused to a person
named after a role noun or in a "for" phrase; a span in police cells before a release; "under
guard" as custody; a fugitive "caught" with no catcher named; "held for a week before being deported". Texts written for this table about fictional
people: text -> the number of claims (last word of the subject, predicate, polarity) the
pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

BAIL = [
    (
        # "to the property developer X": the role noun stands for the name in apposition
        "A magistrate on Tuesday granted bail of 50,000 rand to the property developer"
        " Themba Sithole.",
        {("Sithole", "released", A): 1},
    ),
    (
        # "refused bail for X": the "for" phrase on the bail names who stays in custody
        "The judge refused bail for Omar Haddad on Tuesday.",
        {("Haddad", "released", N): 1},
    ),
    (
        "Judge Ana Ruiz granted bail to Marco Levi on Friday.",
        {("Levi", "released", A): 1, ("Ruiz", "released", A): 0},
    ),
]

CELLS = [
    (
        # a span kept in police cells, before the release: the custody and its town
        "Tomas Reyes and his sister Lina Reyes were freed on Sunday after three days in police"
        " cells in Arusha.",
        {("Reyes", "released", A): 2, ("Reyes", "arrested", A): 2, ("Reyes", "located_in", A): 2},
    ),
    (
        "Pablo Ruiz was released on Friday after two weeks in a cell in Oran.",
        {("Ruiz", "released", A): 1, ("Ruiz", "arrested", A): 1, ("Ruiz", "located_in", A): 1},
    ),
    (
        # a "cell phone" is no cell one is kept in
        "Rafael Soto was freed after two days in a cell phone shop.",
        {("Soto", "released", A): 1, ("Soto", "arrested", A): 0},
    ),
]

GUARD = [
    (
        # "under guard" in a hospital: a patient kept in custody
        "Jonas Pike was shot in the leg and is under guard in the city hospital, police said.",
        {("Pike", "arrested", A): 1, ("Pike", "located_in", A): 1},
    ),
    (
        "Police said Ana Soto was under police guard at the General Hospital.",
        {("Soto", "arrested", A): 1},
    ),
    (
        # at a captors' place: a capture
        "The statement said Omar Kadi had been placed under guard at a rebel base near Idlib.",
        {("Kadi", "captured", A): 1, ("Kadi", "arrested", A): 0},
    ),
    (
        # placed under guard by no one named: the kind of custody is not told
        "The statement said Ali Murad had been placed under guard at a base near Sarmada.",
        {("Murad", "arrested", A): 0},
    ),
    ("Karl Haas, a security guard, was under pressure.", {("Haas", "arrested", A): 0}),
]

CAUGHT = [
    (
        # an agentless "was caught" of a fugitive in a story of an escape: the police's catch
        "Five inmates escaped from the Pinero prison on Tuesday. Luis Mora was caught on"
        " Wednesday hiding in a barn near Salta.",
        {("Mora", "arrested", A): 1},
    ),
    (
        "Five inmates escaped from the prison on Tuesday. Eva Lind was caught in the crossfire.",
        {("Lind", "arrested", A): 0},
    ),
    ("Piet Mora was caught on camera at the bank on Monday.", {("Mora", "arrested", A): 0}),
]

ENDED = [
    (
        # a "before being ..." clause that ends the custody of its main clause happened
        "Ivan Petrov was held in Minsk for a week before being deported.",
        {("Petrov", "other:deport", A): 1, ("Petrov", "arrested", A): 1},
    ),
    (
        "Olga Wren was held in Minsk for a week before being expelled to Poland.",
        {("Wren", "other:expel", A): 1},
    ),
    (
        # a flight before a deportation says the deportation did not happen
        "Karl Ives fled the country before being deported.",
        {("Ives", "other:deport", A): 0},
    ),
]

TABLE = BAIL + CELLS + GUARD + CAUGHT + ENDED


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
