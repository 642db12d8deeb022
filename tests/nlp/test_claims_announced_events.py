"""Event times of events an announcement names as its object: a noun ("announced his
death in 1998", "announced the capture of X on Friday") or a verbless complement ("was
reported killed in 2015", "declared him dead in 2011") has no tense of its own and takes
the announcement's time; a finite complement ("In 2009 the army announced that he had been
killed") keeps its own tense and no time (tests/fixtures/claims/README.md, session 22).
Sentences written for this test about fictional people (published 2021-06-10, a Thursday, as in tests/nlp/conftest.py)."""

from __future__ import annotations

import pytest


def _times(claims, surname: str, predicate: str) -> list[str | None]:
    found = [
        c.event_time
        for c in claims
        if c.subject.split()[-1] == surname and c.predicate == predicate
    ]
    assert found, [(c.subject, c.predicate) for c in claims]
    return found


@pytest.mark.parametrize(
    ("text", "surname", "predicate", "expected"),
    [
        (
            "The army first announced Omar Belkacem's death in 1998, after an ambush in the hills.",
            "Belkacem",
            "killed",
            "1998",
        ),
        (
            "Police announced the capture of the gang leader Tomas Rivera on Friday.",
            "Rivera",
            "arrested",
            "2021-06-04",
        ),
        (
            "Dalia Haddad announced her resignation in a televised address on Monday.",
            "Haddad",
            "resigned",
            "2021-06-07",
        ),
        (
            "The navy declared the captain, Erik Holm, dead in 2011.",
            "Holm",
            "killed",
            "2011",
        ),
        (
            "Rafael Quiroga had been reported killed twice before, in 2015 and in 2018.",
            "Quiroga",
            "killed",
            "2015",
        ),
    ],
)
def test_an_announced_event_takes_the_announcements_time(
    claims_of, text, surname, predicate, expected
):
    assert expected in _times(claims_of(text), surname, predicate)


@pytest.mark.parametrize(
    ("text", "surname", "predicate"),
    [
        (
            "In 2009 the army announced that Innocent Mugabo had been killed in a helicopter"
            " attack.",
            "Mugabo",
            "killed",
        ),
        (
            "In 2016 the ministry reported that Samir Touati had died in an air raid.",
            "Touati",
            "killed",
        ),
    ],
)
def test_a_finite_complement_keeps_its_own_tense(claims_of, text, surname, predicate):
    assert _times(claims_of(text), surname, predicate) == [None]
