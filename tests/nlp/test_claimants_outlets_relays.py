"""Claimants and event times of claims: an outlet taken up as "the
broadcaster", a speaker relaying others ("citing military sources"), "a person familiar
with the matter", sources inside a named movement, a time in the subject's relative clause,
timeline entries dated by a month or a year. Sentences written for this test about fictional
people (published 2021-06-10, a Thursday, by "Valley Wire")."""

from __future__ import annotations

import pytest


def _claim(claims, subject_word: str, predicate: str):
    found = [
        c for c in claims if c.subject.split()[-1] == subject_word and c.predicate == predicate
    ]
    assert found, [(c.subject, c.predicate) for c in claims]
    return found


def test_the_broadcaster_is_the_outlet_cited_before(claims_of) -> None:
    text = (
        "A former army commander was killed in an ambush on Monday, state television reported.\n\n"
        "Osman Taha died along with three of his guards when their convoy was attacked near Kutum,"
        " the broadcaster said, citing military sources."
    )
    died = [c for c in _claim(claims_of(text), "Taha", "killed") if "convoy" in c.evidence]
    assert died[0].claimant == "state television"
    assert died[0].certainty == "reported"  # it relays the military's word


def test_the_newspaper_with_no_outlet_before_stays_as_written(claims_of) -> None:
    text = "The newspaper said the reporter Anna Kovac had been arrested in Split on Monday."
    claim = _claim(claims_of(text), "Kovac", "arrested")[0]
    assert claim.claimant is not None and "newspaper" in claim.claimant.lower()


def test_a_named_speaker_who_cites_nobody_asserts(claims_of) -> None:
    text = (
        "Police spokesman Daniel Otieno said the lawyer Esther Kamau had been arrested on Tuesday."
    )
    assert _claim(claims_of(text), "Kamau", "arrested")[0].certainty == "asserted"


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "claimant"),
    [
        (
            "Former army chief General Malek Kuol has been placed under house arrest in the capital,"
            " Juba, a person familiar with the matter said.",
            "Kuol",
            "arrested",
            "a person",
        ),
        (
            "Sources in the movement that Ibrahima Coulibaly leads, the Union for Islamic Renewal"
            " and Education (URIE), say he is being held by a jihadist group in the delta.",
            "Coulibaly",
            "captured",
            "Sources",
        ),
    ],
)
def test_unnamed_sources_speak_not_the_words_around_them(
    claims_of, text, subject, predicate, claimant
) -> None:
    claim = _claim(claims_of(text), subject, predicate)[0]
    assert claim.claimant is not None and claim.claimant.startswith(claimant)
    assert claim.claimant_anonymous


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time between the subject's relative clause and the verb is the relative clause's
        (
            "Rebel commander Osman Taha, who defected to the alliance last year, was killed in an"
            " ambush on Monday, state television reported.",
            "2021-06-07",
        ),
        # a time after the verb is the event's own
        (
            "Rebel commander Osman Taha was killed in an ambush last year, state television reported.",
            "2020",
        ),
    ],
)
def test_time_of_the_subjects_relative_clause_is_not_the_events(claims_of, text, expected) -> None:
    assert _claim(claims_of(text), "Taha", "killed")[0].event_time == expected


@pytest.mark.parametrize(
    ("entry", "subject", "predicate", "expected"),
    [
        (
            "November 2014 - The faction's leader, Mario Quispe, is killed in an air strike.",
            "Quispe",
            "killed",
            "2014-11",
        ),
        ("June 2018 - Dina Paucar is arrested in Lima.", "Paucar", "arrested", "2018-06"),
        ("2012 - Dina Paucar is arrested in Lima.", "Paucar", "arrested", "2012"),
    ],
)
def test_timeline_entry_dated_by_month_or_year(
    claims_of, entry, subject, predicate, expected
) -> None:
    text = "Timeline: the faction\n\n" + entry
    assert _claim(claims_of(text), subject, predicate)[0].event_time == expected


def test_live_blog_clock_is_no_entry_date(claims_of) -> None:
    text = "Live updates\n\n10:25 - Police say Dina Paucar is being held in Lima."
    claim = _claim(claims_of(text), "Paucar", "arrested")[0]
    assert claim.event_time == "2021-06-10"
