"""Claimant and certainty rules (own sentences about fictional people): a medium
speaks for whoever issued it ("a list published by X", "the message named Y", "the media arm
of X"), a statement signed by an office holder is his, "She said" keeps an unnamed speaker of
that gender, a word passed on ("called the family to say", "heard from an officer that") is
its first speaker's, "no record of" leaves an event open, the outlet's own "has been unable to
verify this" makes the claims before it unconfirmed without being a claim itself, and a
press release speaks in its issuer's voice."""

from __future__ import annotations

import pytest

from dateline.nlp.claims_sources import press_release_author

# (text, subject surname, predicate, expected claimant)
CLAIMANTS = [
    (
        "Omar Ilmi was wounded in a drone strike in 2019, according to a biography published by the"
        " Interior Ministry.",
        "Ilmi",
        "wounded",
        "Interior Ministry",
    ),
    (
        "Among those killed was Captain Hodan Warsame, according to a list released by the"
        " Health Ministry.",
        "Warsame",
        "killed",
        "Health Ministry",
    ),
    (
        "A statement from the Jabal Front named Yusuf Hirsi as its new leader.",
        "Hirsi",
        "leadership_change",
        "Jabal Front",
    ),
    (
        "An audio message from the Jabal Front was released on Monday. The message named Yusuf"
        " Hirsi as the new leader.",
        "Hirsi",
        "leadership_change",
        "Jabal Front",
    ),
    (
        "An audio message released on Monday by the media arm of the Jabal Front said its"
        " founder, Omar Ilmi, had died on Saturday.",
        "Ilmi",
        "killed",
        "Jabal Front",
    ),
    (
        "The statement, signed by the chief of staff of the army, General Brahim Djibrine,"
        " added that Sergeant Moussa Kodi had been freed.",
        "Kodi",
        "released",
        "Brahim Djibrine",
    ),
    (
        "A spokeswoman for the rebels, who did not give her name, denied that Hernan Vera had"
        " been wounded. She said Camila Ortiz was not among those arrested.",
        "Ortiz",
        "arrested",
        "A spokeswoman",
    ),
    (
        "A spokeswoman for the rebels denied that Hernan Vera had been wounded. She said he was"
        " tired. She added that Camila Ortiz had been released.",
        "Ortiz",
        "released",
        "A spokeswoman",
    ),
    (
        "His sister told reporters that a lawyer representing Dario Kovac had called the family"
        " on Monday to say he was safe.",
        "Kovac",
        "alive",
        "a lawyer",
    ),
    (
        "A former business partner said he had heard from a police officer that Dario Kovac had"
        " been detained at the border.",
        "Kovac",
        "arrested",
        "a police officer",
    ),
]


def _claim(claims_of, text: str, who: str, predicate: str):
    found = [
        c for c in claims_of(text) if c.subject.split()[-1] == who and c.predicate == predicate
    ]
    assert found, (text, [(c.subject, c.predicate) for c in claims_of(text)])
    return found[0]


@pytest.mark.parametrize(("text", "who", "predicate", "claimant"), CLAIMANTS)
def test_who_makes_the_claim(claims_of, text: str, who: str, predicate: str, claimant: str):
    assert _claim(claims_of, text, who, predicate).claimant == claimant


def test_a_word_passed_on_is_reported(claims_of) -> None:
    text = (
        "A former business partner said he had heard from a police officer that Dario Kovac"
        " had been detained at the border."
    )
    assert _claim(claims_of, text, "Kovac", "arrested").certainty == "reported"


def test_a_medium_that_shows_is_the_writers(claims_of) -> None:
    text = "A video released on Thursday by the Jabal Front shows Daniel Moor, who looks thin."
    assert _claim(claims_of, text, "Moor", "appeared").claimant in {None, "Valley Wire"}


def test_learning_from_a_medium_is_no_relay(claims_of) -> None:
    text = "An aide said Ines Carra had learned of her dismissal from television."
    for c in claims_of(text):
        assert c.claimant != "television"


@pytest.mark.parametrize(
    "text",
    [
        "Croatian police said they had no record of the arrest of Dario Kovac.",
        "Prison officials said they had no record of the release of Ahmed Jama.",
    ],
)
def test_no_record_leaves_the_event_open(claims_of, text: str) -> None:
    assert {c.certainty for c in claims_of(text)} == {"unconfirmed"}


@pytest.mark.parametrize(
    "caveat",
    [
        "Valley Wire has been unable to verify this.",
        "The Valley Wire has been unable to verify this.",
        "We have so far been unable to verify this.",
    ],
)
def test_the_outlets_caveat_leaves_the_claim_before_it_open(claims_of, caveat: str) -> None:
    text = (
        "Hind Sabri was released on Tuesday, two relatives said.\n\n"
        f"One of the relatives said Sabri was staying with her family in Aden. {caveat}"
    )
    claims = claims_of(text)
    located = [c for c in claims if c.predicate == "located_in"]
    assert located and all(c.certainty == "unconfirmed" for c in located)
    assert all(c.claimant not in {None, "Valley Wire"} for c in located)
    released = [c for c in claims if c.predicate == "released"]
    assert released and all(c.certainty == "reported" for c in released)


def test_a_press_release_speaks_for_its_issuer(claims_of) -> None:
    text = (
        "PRESS RELEASE\n\n"
        "Lake Rights Forum condemns abduction of activist\n\n"
        "KISUMU, 20 August 2020 - Lake Rights Forum is alarmed by the abduction of the"
        " activist Joseph Mwangi, who was seized outside his home on 18 August.\n\n"
        "Mr Mwangi was previously arrested in 2018 and held for nine days."
    )
    arrested = _claim(claims_of, text, "Mwangi", "arrested")
    assert arrested.claimant == "Lake Rights Forum"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("PRESS RELEASE\n\nLake Rights Forum condemns the arrest of X.", "Lake Rights Forum"),
        (
            "For immediate release\n\nNAIROBI, 3 May 2021 - The Coast Defenders Network is"
            " alarmed by reports.",
            "Coast Defenders Network",
        ),
        ("Lake Rights Forum condemns the arrest of X.\n\nIt said he was held.", None),
        ("PRESS RELEASE\n\nthe arrest of X was condemned.", None),
    ],
)
def test_press_release_author(text: str, author: str | None) -> None:
    assert press_release_author(text) == author


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ('"Until we see a body, Marco Dizon is alive to us," said his mother.', "hedged"),
        ("Marco Dizon is alive, his mother said.", "asserted"),
    ],
)
def test_alive_to_us_holds_for_the_speaker_only(claims_of, text: str, certainty: str) -> None:
    assert _claim(claims_of, text, "Dizon", "alive").certainty == certainty


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        (
            "Hope Medical said it had been told Siobhan Kelly was alive but had not received"
            " any direct proof.",
            "unconfirmed",
        ),
        ("Siobhan Kelly was alive but had lost weight, Hope Medical said.", "asserted"),
    ],
)
def test_told_but_no_proof_leaves_it_open(claims_of, text: str, certainty: str) -> None:
    assert _claim(claims_of, text, "Kelly", "alive").certainty == certainty
