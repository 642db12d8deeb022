"""A traveller stopped at an airport, a port or a border (issue 6, the "predicate" misses;
tests/fixtures/claims/README.md, session 18: '"Stopped / held at the airport" by police or
border officials is ``arrested``'): a bare passive "was stopped at the airport" names no
stoppers, and those who stop travellers there are the state's, so ``arrested``
(``claims_states``), not the ``other:stop`` it gave before. A stop told with a refused crossing
("and turned back", "and sent back") stays ``other:stop``; a stop by gunmen is no arrest. Texts
written for this table about fictional people: text -> (last word of the subject, predicate,
polarity) -> whether the pipeline must find it."""

from __future__ import annotations

import pytest

A = "affirmed"

TABLE = [
    (
        # failed before (other:stop)
        "Prosecutor Ana Rusu told the court that Mihai Popa had tried to leave the country on March 3"
        " and was stopped at the airport.",
        {("Popa", "arrested", A): True, ("Popa", "other:stop", A): False},
    ),
    (
        # failed before
        "The journalist Dana Voicu was stopped at Otopeni airport on Friday, her editor said.",
        {("Voicu", "arrested", A): True},
    ),
    (
        # failed before
        "The businessman Leon Marsh was stopped at the port of Dover as he tried to board a ferry,"
        " his lawyer said.",
        {("Marsh", "arrested", A): True},
    ),
    (
        # failed before
        "The activist Ivan Petrov was stopped at the border on Sunday, his wife told reporters.",
        {("Petrov", "arrested", A): True},
    ),
    (
        "The lawyer Sara Okon was stopped at the border and sent back to Nairobi, her colleagues said.",
        {("Okon", "arrested", A): False, ("Okon", "other:stop", A): True},
    ),
    (
        "The trader Musa Keita was stopped at the border by gunmen and taken into the bush,"
        " villagers said.",
        {("Keita", "arrested", A): False},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_stopped_at_border(found_in, text: str, expected: dict) -> None:
    found = found_in(text)
    for triple, wanted in expected.items():
        assert (triple in found) == wanted, (triple, sorted(found))
