"""Certainty grading as plain functions (the claims stage calls them on narration)."""

from __future__ import annotations

import pytest

from dateline.nlp.certainty import (
    cue_certainty,
    grade_certainty,
    is_anonymous,
    local_hedge,
    weakest,
)
from dateline.records import Speaker


@pytest.mark.parametrize(
    ("cue", "negated", "expected"),
    [
        ("say", False, None),
        ("deny", False, "denied"),
        ("dismiss", False, "denied"),
        ("confirm", True, "unconfirmed"),
        ("verify", True, "unconfirmed"),
        ("confirm", False, None),
        ("suggest", False, "hedged"),
        ("allege", False, "unconfirmed"),
        ("according to", False, "reported"),
        ("claim", False, "reported"),
        (None, False, None),
    ],
)
def test_cue_certainty(cue, negated, expected):
    assert cue_certainty(cue, negated=negated) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the storm may reach the coast", "hedged"),
        ("In May 2017 the storm reached the coast", None),
        ("the suspect allegedly fled", "unconfirmed"),
        ("officials are investigating reports that the ship sank", "unconfirmed"),
        ("the footage could not be independently verified", "unconfirmed"),
        ("we could not sleep for the noise", None),
        ("the minister probably knew", "hedged"),
        ("the bridge reopened on Monday", None),
    ],
)
def test_local_hedge_on_text(text, expected):
    assert local_hedge(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm could reach the coast by Friday.", "hedged"),
        ("We stayed for as long as we could.", None),
        ("More rain is expected over the weekend.", "hedged"),
        ("He denied the report.", "denied"),
        ("The army took the town in October.", None),
    ],
)
def test_local_hedge_on_parsed_sentences(nlp, text, expected):
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if not name.startswith("dateline_"):
            doc = component(doc)
    assert local_hedge(doc[:], denials=True) == expected


def test_grade_narration_defaults_to_asserted():
    assert grade_certainty("The army retook the town.") == "asserted"
    assert grade_certainty("He denied the report.") == "denied"


def test_grade_weakest_wins():
    anonymous = Speaker(text="two officials familiar with the talks", anonymous=True)
    assert grade_certainty("a deal is close", cue="say", speaker=anonymous) == "reported"
    assert grade_certainty("a deal may be close", cue="say", speaker=anonymous) == "hedged"
    assert grade_certainty("a deal is close", cue="deny", speaker=anonymous) == "denied"
    assert grade_certainty("the voice is his", cue="confirm", negated=True) == "unconfirmed"


def test_unidentified_speaker_is_reported():
    assert (
        grade_certainty("we are winning", cue="say", speaker=Speaker(text="the man on the tape"))
        == "reported"
    )
    assert (
        grade_certainty(
            "we are winning", cue="say", speaker=Speaker(text="Ana Ruiz", name="Ana Ruiz")
        )
        == "asserted"
    )


@pytest.mark.parametrize(
    ("description", "anonymous"),
    [
        ("a source familiar with the matter", True),
        ("two officials who spoke on condition of anonymity", True),
        ("several US officials", True),
        ("a diplomat who asked not to be named", True),
        ("Mayor Ellen Park", False),
        ("the city council", False),
    ],
)
def test_is_anonymous(description, anonymous):
    assert is_anonymous(description) is anonymous


def test_weakest():
    assert weakest(["asserted", "hedged", None]) == "hedged"
    assert weakest([]) == "asserted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They say the commander died in the orchard.", "reported"),
        ("We were told she had been freed on Monday.", "reported"),
        ("I heard he fled to the hills.", "reported"),
        ("They told us at ten in the morning.", None),  # no clause passed on
        ("I was told to leave the building.", None),  # an order, not hearsay
        ("They said the same thing last year.", None),
    ],
)
def test_hearsay_opening_a_quote_is_second_hand(nlp, text, expected):
    assert local_hedge(nlp(text)[:], quoted=True) == expected
