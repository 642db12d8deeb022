"""Group members (claims_groups): a plural subject gives one claim per person it names or
takes up, and none for a plural that names no listed group. Sentences written for this
test about fictional people."""

from __future__ import annotations

import pytest

A = "affirmed"

MEMBERS = [
    # a list set off after a relative clause on the counted plural
    (
        "Two nurses who were abducted from a clinic near Tala last month, Rosa Llanes and"
        " Amaia Etxeberri, were freed on Monday, the ministry said.",
        [("Llanes", "released"), ("Etxeberri", "released")],
    ),
    # a list set off after an of-phrase
    (
        "Three engineers from the state power company, Ivo Marsh, Dan Kerr and Tim Vale,"
        " were kidnapped on Friday near the dam.",
        [("Marsh", "captured"), ("Kerr", "captured"), ("Vale", "captured")],
    ),
    # a pair named one by one in the next sentences
    (
        "Gunmen released two hostages on Saturday, the army said. One of them, Carla Benn, was"
        " taken to a hospital in Tala. The other, Rui Santos, was unhurt.",
        [("Benn", "released"), ("Santos", "released")],
    ),
    # a group named in part
    (
        "Police arrested three men on Monday, one of whom, Sam Oduya, was wounded in the raid.",
        [("Oduya", "arrested"), ("Oduya", "wounded")],
    ),
    (
        "Soldiers freed five hostages on Sunday, including a teacher, Ada Obi, the army said.",
        [("Obi", "released")],
    ),
    # a counted plural taking up the pair named before it
    (
        "Mark Hale and Ian Cole were detained in March. The two were released on bail on"
        " Friday, their lawyer said.",
        [("Hale", "released"), ("Cole", "released")],
    ),
    (
        "Leo Marsh, Ivan Petrov and Tom Ward were seized by gunmen in May. All three were"
        " freed on Sunday, a tribal elder said.",
        [("Marsh", "released"), ("Petrov", "released"), ("Ward", "released")],
    ),
    # a noun with a plural possessive
    (
        "Lena Ott and Eva Brun were killed in the blast on Monday. Their deaths were confirmed"
        " by the mayor on Tuesday.",
        [("Ott", "killed"), ("Brun", "killed")],
    ),
    # a lede's unnamed object named as the next sentence's object
    (
        "Two men who kidnapped a shopkeeper were jailed for ten years on Monday. Sam Reed and"
        " Tom Hart seized Ali Noor outside his shop in May, prosecutors said.",
        [("Noor", "captured"), ("Reed", "arrested"), ("Hart", "arrested")],
    ),
    # a counted group named later by a naming verb
    (
        "A mayor was wounded and two of his guards were killed in an ambush on Sunday, police"
        " said. The guards were named by the town council as Ivo Brand and Lars Kjell.",
        [("Brand", "killed"), ("Kjell", "killed")],
    ),
    # a nationality plural counted like the list it takes up
    (
        "Omar Sayed was seized with two British colleagues, Ann Lee and Bob Ray, in June. The"
        " two Britons were freed a week later, the embassy said.",
        [("Lee", "released"), ("Ray", "released")],
    ),
    # the apposition of "the other" names who it is
    (
        "Two climbers were found on the glacier on Sunday. One of them, Jan Holm, was alive."
        " The other, his cousin Erik Lind, had died of cold, rescuers said.",
        [("Lind", "killed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_group_members(found_in, text, expected) -> None:
    found = found_in(text)
    for who, predicate in expected:
        assert (who, predicate, A) in found, found


def test_their_deaths_count_for_each_member(claims_of) -> None:
    text = (
        "Lena Ott and Eva Brun were killed in the blast on Monday. Their deaths were confirmed"
        " by the mayor, Paul Dorn."
    )
    by_mayor = [c.subject for c in claims_of(text) if c.claimant == "Paul Dorn"]
    assert sorted(by_mayor) == ["Eva Brun", "Lena Ott"]


NOT_MEMBERS = [
    # a count that does not fit the pair named before
    (
        "Mark Hale and Ian Cole were detained in March. The three were released on Friday.",
        ("Hale", "released"),
    ),
    # a plural that names no listed group
    (
        "Mark Hale and Ian Cole were detained in March. The militants were killed in a raid"
        " on Friday.",
        ("Hale", "killed"),
    ),
    (
        "Mark Hale and Ian Cole were detained in March. The residents were evacuated on"
        " Friday and several were wounded.",
        ("Cole", "wounded"),
    ),
    # "one of whom" after another plural names a member of that one
    (
        "Two soldiers were killed on Monday by militants, one of whom, Omar Zed, was later"
        " arrested.",
        ("Zed", "killed"),
    ),
    # the possessor of a member is no member
    (
        "Police recaptured four of the fugitives on Sunday, including Ross Dane's deputy,"
        " Eliot Kane.",
        ("Dane", "captured"),
    ),
    # a lede's unnamed object is no kidnapper named next
    (
        "Two men who kidnapped a shopkeeper were jailed for ten years on Monday. Sam Reed and"
        " Tom Hart seized Ali Noor outside his shop in May, prosecutors said.",
        ("Reed", "captured"),
    ),
    # a naming of another noun, or of a different number of people, names no member
    (
        "Two of his guards were killed in an ambush on Sunday. The attackers were identified"
        " as Ivo Brand and Lars Kjell.",
        ("Brand", "killed"),
    ),
    # "the other" is not the person named one sentence before
    (
        "Two climbers were found on the glacier on Sunday. One of them, Jan Holm, was alive."
        " The other, his cousin Erik Lind, had died of cold, rescuers said.",
        ("Holm", "killed"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOT_MEMBERS)
def test_not_group_members(found_in, text, absent) -> None:
    who, predicate = absent
    assert (who, predicate, A) not in found_in(text)
