"""A casualty roll: the people an event killed or hurt, named in a list after a label ("Among
the dead were X and his wife, Y", "The dead included a nurse, X, and a driver, Y", "named the
dead as its commander, X; his brother, Y; and a driver, Z", "four members of one family: X,
Y, Z"), and a person a verb counts among a label ("X was among the dead", "was reported /
listed among the injured"). The parser seldom hangs the list on the label, so the names were
lost (issue 6, the "subject" and "unknown-subject" misses of killed and wounded). Texts
written for this table about fictional people: text -> the number of claims (last word of
the subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        "Five people died when a bus overturned near Kitale on Friday, police said. Among the"
        " dead were three members of one family: Samson Wekesa, 61, his wife Ruth Nekesa"
        " Wekesa, 58, and their grandson Brian Wekesa, 9, the county police chief, Paul"
        " Rotich, told reporters.",
        {
            ("Wekesa", "killed", A): 3,
            ("Rotich", "killed", A): 0,  # the speaker closing the roll
        },
    ),
    (
        "An airstrike hit the camp on Tuesday night. The movement named the dead as its"
        " intelligence chief, Tariq Mansour; his deputy, Nabil Saadi; and a driver, Fouad"
        " Karimi, known as Abu Hadi.",
        {("Mansour", "killed", A): 1, ("Saadi", "killed", A): 1, ("Karimi", "killed", A): 1},
    ),
    (
        "A gas cylinder exploded at a restaurant in Osh on Sunday. The dead included the cook,"
        " Aibek Toktogulov, 44, and a waitress, Nurgul Asanova, 23.",
        {("Toktogulov", "killed", A): 1, ("Asanova", "killed", A): 1},
    ),
    (
        "A fire broke out at the depot on Monday. Among the injured were a guard, Olek Bania,"
        " and a mechanic, Piotr Zawada, the fire service said.",
        {("Bania", "wounded", A): 1, ("Zawada", "wounded", A): 1},
    ),
    (
        # a possessor in the roll is no one listed
        "A boat capsized on the lake on Saturday. Among the dead were Halima Juma and Amina"
        " Juma's brother, Said Juma.",
        {("Juma", "killed", A): 2},
    ),
    # a person counted among a label by a verb: "was among the dead", "was reported among"
    (
        "A gas explosion tore through a market in Leon on Friday. Maria Fernanda Lopez was"
        " among the dead, state television said.",
        {("Lopez", "killed", A): 1},
    ),
    (
        "A tram derailed in Lviv on Monday. Its driver, Taras Bondar, was listed among the"
        " injured.",
        {("Bondar", "wounded", A): 1},
    ),
    (
        "Shells hit the village on Sunday. The mayor, Jovan Ristic, was initially reported"
        " among the dead.",
        {("Ristic", "killed", A): 1},
    ),
    (
        # a search among the dead counts no one among them
        "After the flood, Maria Fernanda Lopez searched among the dead for her son.",
        {("Lopez", "killed", A): 0},
    ),
    (
        # "the dead" that opens no roll: a man who buried the dead is not among them
        "After the flood, the village chief, Anselme Kabore, buried the dead in the cemetery.",
        {("Kabore", "killed", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
