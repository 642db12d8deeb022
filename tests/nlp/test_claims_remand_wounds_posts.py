"""Phrasings of fresh prose: deaths from wounds, custody on remand, bodies
one runs taken over or handed on, a post no longer held, a new leader named "as" X,
appearances in one of a group's videos. Sentences written for this test about fictional
people; each rule has a case where it must fire and one where it must not."""

from __future__ import annotations

import pytest

A = "affirmed"
N = "negated"

FOUND = [
    # dying of wounds says the person was wounded
    ("Ali Sule, a herder, died of gunshot wounds on the way to hospital.", ("Sule", "wounded", A)),
    (
        "The group said its founder, Omar Rawi, had died of wounds he suffered in an air strike.",
        ("Rawi", "wounded", A),
    ),
    # found with a wound
    (
        "Officers found Peter Gyang alive on Monday with a bullet wound in his leg.",
        ("Gyang", "wounded", A),
    ),
    # custody before trial
    ("Desmond Okafor has been on remand since June, his lawyer said.", ("Okafor", "arrested", A)),
    # a body one runs, taken over or handed on
    ("Farah Gurey took over the company in 2019.", ("Gurey", "leadership_change", A)),
    (
        "Rimas Petrov stepped down as chairman in 2024 and handed the business to his"
        " daughter, Egle Petrova.",
        ("Petrova", "leadership_change", A),
    ),
    (
        "Rimas Petrov stepped down as chairman in 2024 and handed the business to his"
        " daughter, Egle Petrova.",
        ("Petrov", "leadership_change", A),
    ),
    # a post no longer held
    (
        "A rebel spokesman said that General Paul Ancel is no longer in command.",
        ("Ancel", "leadership_change", A),
    ),
    ("Maria Lund is no longer the leader of the party.", ("Lund", "leadership_change", A)),
    # a new leader named "as" someone
    (
        "The group's spokesman identified the new leader as Sheikh Mahmoud Tikriti.",
        ("Tikriti", "leadership_change", A),
    ),
    (
        "The rebels named their new commander as Colonel Ivan Petrov on Friday.",
        ("Petrov", "leadership_change", A),
    ),
    # a hostage noun set beside a name
    (
        "I was kept with another hostage, a Chadian driver named Issa Mahamat.",
        ("Mahamat", "captured", A),
    ),
    ("A fellow hostage, Ilse Brandt, was freed in March.", ("Brandt", "captured", A)),
    # a span of time held by captors, after which one is freed
    (
        "Nadia Farouk was released on Thursday after 14 months held by a rebel brigade.",
        ("Farouk", "captured", A),
    ),
    # an appearance in one of a group's videos
    (
        "Yusuf Karam has not appeared in any of the group's videos since 2019.",
        ("Karam", "appeared", N),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_fresh_phrasings(found_in, text, expected) -> None:
    assert expected in found_in(text)


NOT_FOUND = [
    # a wound one dies of is the dead person's, not the one who reports it
    ("The doctor said Ali Sule died of gunshot wounds.", ("doctor", "wounded", A)),
    # a found object with something that is no wound
    ("Police found Peter Gyang with a stolen phone.", ("Gyang", "wounded", A)),
    # "on remand" of a case is no custody
    ("The judge sent the case back on remand to a lower court.", ("judge", "arrested", A)),
    # a building or a thing taken over or handed on is no lead
    ("Ana Ruiz took over the building in 2019.", ("Ruiz", "leadership_change", A)),
    ("Ana Ruiz handed the letter to her lawyer, Tom Hale.", ("Hale", "leadership_change", A)),
    # a body handed to no person
    ("Ana Ruiz handed the business to the receivers.", ("Ruiz", "leadership_change", A)),
    # a post still held, or a state that is no post
    ("General Paul Ancel is still in command.", ("Ancel", "leadership_change", A)),
    ("Paul Ancel is no longer in hospital.", ("Ancel", "leadership_change", A)),
    # a former hostage is no longer held
    ("A former hostage, Ilse Brandt, spoke at the rally.", ("Brandt", "captured", A)),
    # a span held for an event is no one's captivity
    ("The talks with Omar Said ended after two days held in Geneva.", ("Said", "captured", A)),
    # an old leader identified as someone is no new leader
    (
        "The spokesman identified the former leader as Omar Said.",
        ("Said", "leadership_change", A),
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOT_FOUND)
def test_not_these_claims(found_in, text, absent) -> None:
    assert absent not in found_in(text)
