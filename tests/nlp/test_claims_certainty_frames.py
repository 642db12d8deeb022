"""Certainty of claims from frames and scopes of news prose (issue 6).

Every sentence is written for these tests: belief verbs, named state outlets, passive
verdicts ("declared dead"), "as far as we know", unknown whereabouts, and the outlet's own
verification caveats over the accounts before them.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.certainty import is_state_outlet, verification_caveat
from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document

PUBLISHED = date(2022, 9, 15)  # a Thursday


def claims_of(nlp, text: str, *, outlet: str | None = None):
    doc = make_doc(nlp, Document.from_text(text, published=PUBLISHED))
    doc._.outlet = outlet
    return run_pipeline(nlp, doc)._.claims


def grade(claims, surname: str, predicate: str) -> str:
    found = [c for c in claims if c.subject.endswith(surname) and c.predicate == predicate]
    assert found, [(c.subject, c.predicate) for c in claims]
    return found[0].certainty


CASES = [
    # a named person's belief is hedged, past or present
    (
        "The brother believes the missing pilot Ivo Marek is being held by traffickers.",
        "Marek",
        "captured",
        "hedged",
    ),
    (
        '"For months I thought my cousin Petra Holm was dead," said Jonas Holm.',
        "Holm",
        "killed",
        "hedged",
    ),
    # unnamed people's belief is how news passes on their account
    (
        "Officials in Gao believe the nurse Clara Weiss is being held in the desert.",
        "Weiss",
        "located_in",
        "reported",
    ),
    # a named state outlet speaks on the record; "media reports" do not
    (
        "Moldovan state media said the smuggler Dan Rusu had been killed in a raid.",
        "Rusu",
        "killed",
        "asserted",
    ),
    # passive verdicts with no single named giver relay declarations
    (
        "The bandit chief Omar Sadiq has been declared dead at least three times since 2016.",
        "Sadiq",
        "killed",
        "reported",
    ),
    (
        "Rebel leader Tomas Ruiz has been pronounced dead by two armies and three militias.",
        "Ruiz",
        "killed",
        "reported",
    ),
    (
        "The warlord Ahmed Kabir has been buried, by some accounts, twice.",
        "Kabir",
        "killed",
        "reported",
    ),
    # "as far as we know" holds the claim only for the speaker
    (
        '"As far as we know, our colleague Nina Berg is alive," said Paul Lund.',
        "Berg",
        "alive",
        "hedged",
    ),
    # whereabouts unknown / not known
    (
        "The whereabouts of the lawyer Hana Novak remain unclear, her husband said.",
        "Novak",
        "located_in",
        "unconfirmed",
    ),
    (
        "The whereabouts of the reporter Luis Prado are not known.",
        "Prado",
        "located_in",
        "unconfirmed",
    ),
    # hearsay passes on what others said
    (
        "His supporters rallied outside the court. They say the blogger Viktor Lesnov was hospitalised.",
        "Lesnov",
        "other:hospitalize",
        "reported",
    ),
    (
        '"We were told the engineer Tom Reeve is alive," said his wife, Ann Reeve.',
        "Tom Reeve",
        "alive",
        "reported",
    ),
    # a belief asked about is no belief held
    (
        'Asked whether officials believe the pilot Karl Brandt is alive, the minister said, "Yes."',
        "Brandt",
        "alive",
        "asserted",
    ),
    # a negated certainty leaves the claim open
    (
        "The minister said she was not sure that the engineer Tom Reeve was alive.",
        "Reeve",
        "alive",
        "unconfirmed",
    ),
    (
        'An aide said he "no longer had certainty" about the death of the emir Idris Bello.',
        "Bello",
        "killed",
        "unconfirmed",
    ),
    (
        "Police said they were certain that the hiker Eva Lund was alive.",
        "Lund",
        "alive",
        "asserted",
    ),
    (
        "- Baku: The whereabouts of the blogger Pavel Orlov, who was last seen on May 2, remain unknown, his sister said.",
        "Orlov",
        "located_in",
        "unconfirmed",
    ),
    # "one of them": an unnamed member of a group
    (
        "Three guards watched the trial. One of them said the banker Ivan Petrov was moved to a prison in Kursk.",
        "Petrov",
        "located_in",
        "reported",
    ),
]


@pytest.mark.parametrize(("text", "surname", "predicate", "certainty"), CASES)
def test_frames_grade_the_claim(nlp, text, surname, predicate, certainty):
    assert grade(claims_of(nlp, text), surname, predicate) == certainty


def test_either_account_makes_both_accounts_unconfirmed(nlp):
    text = (
        "09:10 — A rebel radio station says the commander, Yusuf Hamid, was wounded in the raid.\n\n"
        "09:40 — The army, in a statement, says Hamid was killed. We have not been able to confirm "
        "either account.\n\n"
        "10:15 — The rebels have issued a statement denying that Hamid was killed."
    )
    claims = claims_of(nlp, text)
    assert grade(claims, "Hamid", "wounded") == "unconfirmed"
    denials = [c for c in claims if c.polarity == "negated"]
    assert denials and all(c.certainty == "denied" for c in denials)


def test_no_way_of_checking_that_reaches_the_sentence_before(nlp):
    text = (
        "A caller who said he was a fighter told a radio station that the emir Idris Bello is alive. "
        "We have no way of checking that."
    )
    assert grade(claims_of(nlp, text), "Bello", "alive") == "unconfirmed"


def test_a_third_partys_doubt_is_not_the_outlets_caveat(nlp):
    text = (
        "A village elder, Musa Diallo, told reporters that the engineer Karl Jensen was unharmed. "
        "The police said they could not confirm his account."
    )
    claims = claims_of(nlp, text)
    assert all(c.certainty != "unconfirmed" for c in claims if c.subject.endswith("Jensen"))


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("We have not been able to confirm either account.", "plural"),
        ("11:05 — We could not independently verify these claims.", "plural"),
        ("We have no way of checking that.", "single"),
        ("This could not be independently verified.", "single"),
        ("Neither claim could be verified.", "plural"),
        ("The claims could be verified.", None),
        ("The police said they could not confirm his account.", None),
        ("We could not confirm that he was dead.", None),
    ],
)
def test_verification_caveat(sentence, scope):
    assert verification_caveat(sentence) == scope


def test_outlet_by_name_is_its_own_voice():
    assert (
        verification_caveat("The Courier could not verify the claim.", outlet="The Courier")
        == "single"
    )


@pytest.mark.parametrize(
    ("description", "named"),
    [
        ("Iraqi state media", True),
        ("Syrian state TV", True),
        ("state-run television", True),
        ("local media", False),
        ("media reports", False),
    ],
)
def test_state_outlets(description, named):
    assert is_state_outlet(description) is named
