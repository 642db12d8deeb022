"""Event times a claim takes from the frame around its trigger: a state named by a copula's
subject ("The whereabouts of X were unknown on Thursday"), membership in a group the event
befell ("X was among eleven fighters killed", conjoined to a dated clause), and an
appearance in a medium whose release is dated, when the parser hangs the medium's phrase on
the phrase before it ("appeared for the first time in a video released on Saturday").
Sentences written for this test about fictional people (published 2021-06-10, a Thursday,
as in tests/nlp/conftest.py)."""

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
            "The whereabouts of the former governor, Paul Ndoye, were unknown on Monday.",
            "Ndoye",
            "located_in",
            "2021-06-07",
        ),
        (
            "The police chief says officers stormed a farm on Sunday and that Kamal Issa was"
            " among six gunmen killed.",
            "Issa",
            "killed",
            "2021-06-06",
        ),
        (
            "The group's new commander, Idris Fall, appeared for the first time in a video"
            " posted by its media arm on Tuesday.",
            "Fall",
            "appeared",
            "2021-06-08",
        ),
    ],
)
def test_the_frame_dates_the_claim(claims_of, text, surname, predicate, expected):
    assert expected in _times(claims_of(text), surname, predicate)


@pytest.mark.parametrize(
    ("text", "surname", "predicate"),
    [
        # an event noun as a copula's subject is not dated by the copula
        ("Omar Haidari's death is the fourth of a senior officer this year.", "Haidari", "killed"),
    ],
)
def test_an_event_noun_is_not_dated_by_its_copula(claims_of, text, surname, predicate):
    claims = [
        c for c in claims_of(text) if c.subject.split()[-1] == surname and c.predicate == predicate
    ]
    assert all(c.event_time is None for c in claims), [(c.predicate, c.event_time) for c in claims]
