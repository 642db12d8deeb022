"""Claimant and certainty rules (own sentences about fictional people): "the same
official" is the official cited before, an advocacy body's name cut at its preposition by
the model is given whole ("Justice for Myanmar Network"), "the group" takes up a body its
appositive called a group, and a caveat on a claim ("The claim could not be independently
verified", "..., a claim that could not be independently verified", "..., but this could not
be confirmed") makes the attributed claims it refers to unconfirmed."""

from __future__ import annotations

import pytest

from dateline.nlp.attribution_speakers import full_body_name
from dateline.nlp.certainty import verification_caveat
from dateline.nlp.claims_sources import press_release_author, statement_author


def _claim(claims_of, text: str, who: str, predicate: str):
    found = [
        c for c in claims_of(text) if c.subject.split()[-1] == who and c.predicate == predicate
    ]
    assert found, (text, [(c.subject, c.predicate) for c in claims_of(text)])
    return found[0]


# (text, subject surname, predicate, expected claimant)
CLAIMANTS = [
    (
        "A customs official in Mombasa, speaking on condition of anonymity, said the cargo had"
        " been seized. According to the same official, the ship's owner, Piet Gross, was arrested"
        " on Friday.",
        "Gross",
        "arrested",
        "A customs official in Mombasa",
    ),
    (
        "Two army officers said the commander Omar Said was killed on Friday. The same officers"
        " said his deputy, Karim Naji, was captured.",  # told by the army: its own arrest
        "Naji",
        "arrested",
        "Two army officers",
    ),
    (
        "Physicians for Human Rights said the surgeon Lena Markov had been arrested on Friday.",
        "Markov",
        "arrested",
        "Physicians for Human Rights",
    ),
    (
        "Justice for Myanmar Network, a rights group based in Thailand, said on Tuesday that the"
        " monk Thu Rein had died. According to the group, Thu Rein was arrested at his monastery"
        " on January 9.",
        "Rein",
        "arrested",
        "Justice for Myanmar Network",
    ),
    (
        "Ana Ruiz of the Daily Ledger said the commander Omar Said was killed.",
        "Said",
        "killed",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "who", "predicate", "claimant"), CLAIMANTS)
def test_who_makes_the_claim(claims_of, text: str, who: str, predicate: str, claimant: str):
    assert _claim(claims_of, text, who, predicate).claimant == claimant


@pytest.mark.parametrize(
    ("text", "name", "whole"),
    [
        ("Justice for Myanmar Network said", "Justice", "Justice for Myanmar Network"),
        ("Justice for Myanmar Network said", "Myanmar Network", "Justice for Myanmar Network"),
        ("Reporters Without Borders said", "Reporters", "Reporters Without Borders"),
        ("Ana Ruiz of Reuters said", "Ana Ruiz", "Ana Ruiz"),  # no body noun at the end
        ("the minister of justice said", "minister", "minister"),  # not a name
    ],
)
def test_full_body_name(text: str, name: str, whole: str) -> None:
    assert full_body_name(text, name) == whole


@pytest.mark.parametrize(
    "text",
    [
        "A rival faction said on Monday that the commander Idris Kamara had been killed in a drone"
        " strike on Saturday, a claim that could not be independently verified.",
        "Two diplomats said Idris Kamara had been killed in the raid, but this could not be"
        " confirmed.",
        "Police spokesman Tom Adeyemi said Idris Kamara had been killed in the raid. The claim"
        " could not be independently verified.",
        "A monitoring group, the Delta Observatory, reported that Idris Kamara had been killed in"
        " the raid. The report could not be confirmed.",
    ],
)
def test_a_caveat_on_the_claim_leaves_it_open(claims_of, text: str) -> None:
    assert _claim(claims_of, text, "Kamara", "killed").certainty == "unconfirmed"


def test_a_caveat_on_another_noun_leaves_the_narration_alone(claims_of) -> None:
    text = "Idris Kamara was arrested on Friday, police said. The claim could not be verified."
    claim = _claim(claims_of, text, "Kamara", "arrested")
    assert claim.certainty == "unconfirmed"  # the police's word, doubted
    own = "Idris Kamara was arrested on Friday. The video could not be verified."
    assert _claim(claims_of, own, "Kamara", "arrested").certainty == "asserted"


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("The claim could not be independently verified.", "single"),
        ("The statement could not be independently verified.", "single"),
        ("The group's account could not be confirmed.", "single"),
        ("The claims could not be verified.", "plural"),
        ("The claim was later verified by the army.", None),
    ],
)
def test_verification_caveat(sentence: str, scope: str | None) -> None:
    assert verification_caveat(sentence) == scope


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "PRESS RELEASE - For immediate release, 3 March 2025\n\nFreedom Now Network welcomes"
            " the release of Ana Petrova\n\nFreedom Now Network welcomes the release of the"
            " blogger Ana Petrova.",
            "Freedom Now Network",
        ),
        ("Press release\n\nThe Sahel Rights Forum condemns the arrest of X.", "Sahel Rights Forum"),
        ("Press release: the army says X was killed, a claim\n\nThe army said X was killed.", None),
    ],
)
def test_press_release_author(text: str, author: str | None) -> None:
    assert press_release_author(text) == author


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Statement by Rights Watch Ouaddai on the detention of activist Lina Sow\n\nText.",
            "Rights Watch Ouaddai",
        ),
        ("Statement of the Commission on Human Rights\n\nText.", "Commission on Human Rights"),
        ("Statement by the Committee for Jailed Writers\n\nText.", "Committee for Jailed Writers"),
    ],
)
def test_statement_author(text: str, author: str) -> None:
    assert statement_author(text) == author


def test_a_statement_speaks_for_its_author_without_we(claims_of) -> None:
    text = (
        "Statement by the Committee for Jailed Writers\n\nThe Committee for Jailed Writers"
        " welcomes the release of the poet Lina Sow, who was freed from Kala prison on"
        " Saturday."
    )
    assert _claim(claims_of, text, "Sow", "released").claimant == "Committee for Jailed Writers"


def test_a_they_for_unnamed_people_is_second_hand(claims_of) -> None:
    text = (
        "One morning the guards took Karim Bensalem away, and later they told me he had been"
        " executed."
    )
    claim = _claim(claims_of, text, "Bensalem", "killed")
    assert (claim.claimant, claim.certainty) == ("the guards", "reported")


def test_the_statement_takes_up_a_post_by_another_name(claims_of) -> None:
    text = (
        "The Liwa al-Nasr militia announced in a post on its Telegram channel on Thursday that"
        " Hajj Karim Saadi had been chosen as its new commander.\n\nThe statement, which we have"
        " translated from Arabic, said Abu Yasir Jubouri was killed in a drone strike on Tuesday."
    )
    assert "militia" in (_claim(claims_of, text, "Jubouri", "killed").claimant or "")


def test_a_body_named_next_though_untagged(claims_of) -> None:
    text = (
        "Gunmen kidnapped an aid worker, Daniel Morrow, in central Mali on Saturday, the charity"
        " he works for said on Sunday.\n\nMorrow, 45, was seized on the road to Djenne, according"
        " to Hope Without Borders."
    )
    claims = [c for c in claims_of(text) if c.predicate == "captured"]
    assert claims and all(c.claimant == "Hope Without Borders" for c in claims)
