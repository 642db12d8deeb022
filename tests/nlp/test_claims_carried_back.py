"""A person carried back to a place (issue 6, whereabouts): "was taken back to Baku", "were
brought back to the prison in Gao", "was abducted and taken back to Baku" put the person there,
as the README's move to a place does ("taken, moved, transferred, flown, sent ... to X"); the
parser hangs the "to" on "back", where the plain move rules do not look. An active "took back
his words" and "was taken back by the news" move no one. Texts written for this table about
fictional people: text -> the number of claims (last word of the subject, predicate, polarity)
the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

CARRIED_BACK = [
    (
        # failed before
        "Colleagues say the reporter Idris Lankov was taken back to Baku in May.",
        {("Lankov", "located_in", A): 1},
    ),
    (
        # failed before
        "The smuggler Pavo Rendic was brought back to Split on Monday, officials said.",
        {("Rendic", "located_in", A): 1},
    ),
    (
        # failed before: the second participle shares the first one's "was"
        "Police said Amir Tulegen was abducted in Istanbul and taken back to Almaty.",
        {("Tulegen", "located_in", A): 1, ("Tulegen", "captured", A): 1},
    ),
    (
        # a facility with a named town
        "After the hearing, Selim Oduro was driven back to the prison in Tamale.",
        {("Oduro", "located_in", A): 1},
    ),
    (
        "Border guards said Lina Marek was sent back to Chisinau last week.",
        {("Marek", "located_in", A): 1},
    ),
    (
        # back to a cell inside the same prison: no new whereabouts
        "Her lawyer said Anna Brisk was moved to the prison clinic but sent back to her cell two days"
        " later.",
        {("Brisk", "located_in", A): 1},
    ),
    (
        # an order's content (the mandative "be"), no event
        "The judge ordered that Selim Oduro be sent back to the prison in Tamale.",
        {("Oduro", "located_in", A): 0},
    ),
    (
        # no one is moved
        "Senator Hugo Ferrel took back his words on Monday.",
        {("Ferrel", "located_in", A): 0},
    ),
    (
        "Defender Kofi Amanor was taken back by the news, his agent said.",
        {("Amanor", "located_in", A): 0},
    ),
    (
        "The diplomat Ines Varga brought back a painting from Vienna.",
        {("Varga", "located_in", A): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), CARRIED_BACK)
def test_carried_back_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
