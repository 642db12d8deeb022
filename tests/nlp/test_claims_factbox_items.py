"""Factbox items (issue 6, the "fewer" misses): a list of a group's leaders gives each person a
bulleted item headed by the name in capitals, a parenthesis of role or tenure and a colon,
then verbless clauses about that person ("* MARCO VELLA (founder, 2001-2010): Killed in a
police raid in May 2010."); the heading is a person's name (``entities_list_headings``), and
the clauses hung on it, or opening a later sentence of the item with no subject
(``item_heading_subject``), are claims about that person. A round-up's place label ("- NORTH
KESTRIA (2021): ...") and a dateline ("JUBA (Reuters) -") stay places. Texts written for this
table about fictional people: text -> the number of claims (subject in lower case, predicate,
polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        # failed before: the heading read as a dateline's place
        "Factbox: the men who led the Red Hill gang\n\n* MARCO VELLA (founder, 2001-2010): Killed in a"
        " police raid in Tarsa in May 2010.\n\n* SAUL OBREN (2010-2015): Named as the new chief in a"
        " video in 2010.",
        {("marco vella", "killed", A): 1, ("saul obren", "leadership_change", A): 1},
    ),
    (
        # failed before: the heading and "Vella's death" one person
        "Who has led the Red Hill gang?\n\n* MARCO VELLA (founder, 2001-2010): Killed in a police raid"
        " in May 2010.\n\n* JONAS KRELL (2010-2016): Took over days after Vella's death.",
        {("marco vella", "killed", A): 2},
    ),
    (
        # failed before: a role noun in the parenthesis
        "Who ran the council?\n\n- ADAM KESTREL (chairman): Sentenced to death in absentia in 2018."
        "\n\n- NINA OSTROVA (spokeswoman): Named as acting chair in 2019.",
        {("adam kestrel", "other:sentence", A): 1, ("nina ostrova", "leadership_change", A): 1},
    ),
    # a later sentence of the item with no subject of its own tells of the heading's person
    (
        # failed before: no subject for "Arrested"; "still held" is custody now, a second
        # arrested (as the dev gold's factbox g228 has it)
        "Who has led the Red Hill gang?\n\n* JONAS KRELL (2010-2016): Chosen by the elders in 2010."
        " Arrested by federal police in Ostra in March 2016 and still held in a Varna prison.",
        {("jonas krell", "arrested", A): 2, ("jonas krell", "located_in", A): 1},
    ),
    (
        # a sentence with its own subject keeps it
        "Who has led the Red Hill gang?\n\n* JONAS KRELL (2010-2016): Chosen by the elders in 2010."
        " His brother Tomas Krell was arrested in Ostra in 2016.",
        {("jonas krell", "arrested", A): 0, ("tomas krell", "arrested", A): 1},
    ),
    # place labels and datelines stay places: no claim about them
    (
        "Regional round-up\n\n- NORTH KESTRIA (2021): Poet Ana Lorn was detained in the capital on"
        " Monday.\n\n- SOUTH KESTRIA (2021): Police said the journalist Ivo Marn was freed.",
        {("north kestria", "arrested", A): 0, ("ana lorn", "arrested", A): 1},
    ),
    (
        "JUBA (Reuters) - Police arrested the activist Deng Malual on Monday, his lawyer said.",
        {("juba", "arrested", A): 0, ("deng malual", "arrested", A): 1},
    ),
    pytest.param(
        "Who ran the council?\n\n- ROSA VINTERS (deputy): Captured by rebels in 2016.\n\n- IDA"
        " KELLEN (chairman): Sentenced to death in absentia in 2018.",
        {("rosa vinters", "captured", A): 1},
        marks=pytest.mark.xfail(
            strict=True,
            reason="the participle hangs on the parenthesis's role noun ('deputy'), whose"
            " apposition to the name the reduced-relative reading does not follow",
        ),
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_factbox_item_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.lower(), c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
