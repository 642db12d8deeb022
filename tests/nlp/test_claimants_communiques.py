"""Claimants of claims: a numbered communique headed by its issuer, a quoted
document introduced by the outlet ("the following statement issued by X", "read the
following communique"), whose paragraphs speak in the issuer's voice. Sentences written
for this test about fictional people and bodies (published 2021-06-10 by "Valley Wire")."""

from __future__ import annotations

import pytest

from dateline.nlp.claims_sources import statement_author


def _claim(claims, subject_word: str, predicate: str):
    found = [
        c for c in claims if c.subject.split()[-1] == subject_word and c.predicate == predicate
    ]
    assert found, [(c.subject, c.predicate) for c in claims]
    return found


@pytest.mark.parametrize(
    ("heading", "author"),
    [
        # a numbered communique, set in capitals
        (
            "COMMUNIQUE No. 2 OF THE COUNCIL FOR NATIONAL UNITY (unofficial translation)",
            "Council for National Unity",
        ),
        ("Statement number 14 by the Eastern Brigades", "Eastern Brigades"),
        ("Communique No 7 of the Patriotic Front, 4 May 2021", "Patriotic Front"),
        # unnumbered, as before
        ("Statement of the family of Omar Sayed (translation)", "family of Omar Sayed"),
        # no document heading: a news headline
        ("Council frees two ministers after coup", None),
    ],
)
def test_statement_author_of_a_heading(heading: str, author: str | None) -> None:
    assert statement_author(heading + "\n\nThe text follows.") == author


def test_a_numbered_communique_speaks_for_its_issuer(claims_of) -> None:
    text = (
        "COMMUNIQUE No. 2 OF THE COUNCIL FOR NATIONAL UNITY\n\n"
        "The Council for National Unity informs the nation of the following:\n\n"
        "1. The former Minister of the Interior, Mr. Karim Bensaid, has been placed under house"
        " arrest at his home in the capital.\n\n"
        "Done at Tessalit, 8 June 2021."
    )
    claim = _claim(claims_of(text), "Bensaid", "arrested")[0]
    assert claim.claimant == "Council for National Unity"
    assert claim.certainty == "asserted"


def test_a_quoted_statement_introduced_by_the_outlet_speaks_for_its_issuer(claims_of) -> None:
    text = (
        "The following is a translation of a statement issued on Tuesday by the Eastern"
        " Brigades on their website.\n\n"
        '"We announce that our commander, Abu Yasir al-Hamawi, is alive and well.\n\n'
        '"We also announce to the nation that our brother Salim Haddad was martyred in the battle."'
    )
    claims = claims_of(text)
    assert _claim(claims, "Haddad", "killed")[0].claimant == "Eastern Brigades"


def test_a_read_out_communique_speaks_for_the_body_its_heading_names(claims_of) -> None:
    text = (
        "Officers who took power on Monday read the following communique on state radio on"
        " Wednesday.\n\n"
        '"Communique No. 4 of the Council for National Unity. The Council informs the'
        " population that order has been restored.\n\n"
        '"The former prime minister, Mr. Adama Keita, is being held at the Kati military camp.\n\n'
        '"Done at Bamako, 9 June 2021."'
    )
    claim = _claim(claims_of(text), "Keita", "arrested")[0]
    assert claim.claimant == "Council for National Unity"


def test_a_quote_after_a_plain_narrative_paragraph_keeps_its_speaker(claims_of) -> None:
    # no document introduced: the quote continues the person the paragraph before named
    text = (
        "The lawyer Nadia Farhat visited the prison on Monday and spoke to reporters afterwards.\n\n"
        '"My client Youssef Amari is being held in a cell with twenty other men."'
    )
    claim = _claim(claims_of(text), "Amari", "arrested")[0]
    assert claim.claimant == "Nadia Farhat"


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "claimant", "certainty"),
    [
        # a state's armed body speaks as one, like a ministry
        (
            "Security forces say they have rescued the engineer Pieter Claes from a farmhouse.",
            "Claes",
            "released",
            "Security forces",
            "asserted",
        ),
        # a jury's finding is the body's own
        (
            "An inquest jury found on Friday that Marek Wolny was unlawfully killed in a cell.",
            "Wolny",
            "killed",
            "An inquest jury",
            "asserted",
        ),
        # "his men": his people, none of them named
        (
            "His men said the commander Idris Bako was wounded in a drone strike last month.",
            "Bako",
            "wounded",
            "His men",
            "reported",
        ),
        # "his supporters" speak on the record, as "her family" does
        (
            "The blogger Anh Vo was released on Tuesday, his supporters said.",
            "Vo",
            "released",
            "his supporters",
            "asserted",
        ),
    ],
)
def test_bodies_and_followers_as_speakers(
    claims_of, text: str, subject: str, predicate: str, claimant: str, certainty: str
) -> None:
    claim = _claim(claims_of(text), subject, predicate)[0]
    assert claim.claimant == claimant
    assert claim.certainty == certainty


def test_the_definite_noun_takes_up_the_unnamed_source(claims_of) -> None:
    text = (
        "A mediator close to the kidnappers, who asked not to be named, said talks had"
        " stalled.\n\n"
        "The hostage Lena Brandt was moved to a camp near the border in May, the mediator said."
    )
    claim = _claim(claims_of(text), "Brandt", "located_in")[0]
    assert claim.claimant is not None and claim.claimant.lower().startswith("a mediator")
    assert claim.certainty == "reported"


def test_a_named_spokesman_taken_up_stays_named(claims_of) -> None:
    text = (
        "A police spokesman, Tomas Lind, said on Monday that the suspect had fled.\n\n"
        "The driver Ola Berg was arrested at a checkpoint on Tuesday, the spokesman said."
    )
    claim = _claim(claims_of(text), "Berg", "arrested")[0]
    assert claim.certainty == "asserted"


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "claimant"),
    [
        # the clause before the semicolon is the writer's own
        (
            "The lawyer Ana Ruiz died in custody in 2019; her family says she was poisoned.",
            "Ruiz",
            "killed",
            "Valley Wire",
        ),
        # ... or keeps its own speaker when it has one
        (
            "Police say Tom Abbe hanged himself in his cell; his family says he was beaten.",
            "Abbe",
            "killed",
            "Police",
        ),
        # the report after the semicolon is still its speaker's
        (
            "The talks have stalled; his employer said the engineer Piotr Lis is still being"
            " held by his captors.",
            "Lis",
            "captured",
            "his employer",
        ),
    ],
)
def test_a_semicolon_ends_the_reported_clause(
    claims_of, text: str, subject: str, predicate: str, claimant: str
) -> None:
    found = _claim(claims_of(text), subject, predicate)
    assert found[0].claimant == claimant


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "claimant"),
    [
        # a "when" clause on "had heard": background, the writer's
        (
            "When police arrested the preacher Ibrahim Musa at a checkpoint in February, few"
            " outside the movement had heard of him.",
            "Musa",
            "arrested",
            "Valley Wire",
        ),
        # the report inside the "when" clause keeps its own speaker, not the doubters
        (
            "When the militia announced in August that its founder, General Bello Umar, had"
            " stepped down, few in the city believed it.",
            "Umar",
            "resigned",
            "the militia",
        ),
        # a time clause below the reported verb stays in the report
        (
            "Anna Berg was freed on Sunday after being held for three months, her family said.",
            "Berg",
            "arrested",
            "her family",
        ),
    ],
)
def test_a_time_clause_on_a_reporting_verb_is_background(
    claims_of, text: str, subject: str, predicate: str, claimant: str
) -> None:
    assert _claim(claims_of(text), subject, predicate)[0].claimant == claimant


@pytest.mark.parametrize(
    "text",
    [
        # a numbered communique as the speaker: its issuer
        '"The rebel leader Omar Diallo was killed in the raid," the army\'s communique No. 9 said.',
        # and the plain form, as before
        '"The rebel leader Omar Diallo was killed in the raid," the army\'s communique said.',
    ],
)
def test_a_numbered_communique_as_speaker(claims_of, text: str) -> None:
    assert _claim(claims_of(text), "Diallo", "killed")[0].claimant == "the army"


def test_a_counted_speaker_is_still_read(claims_of) -> None:
    text = (
        "Two officials spoke to reporters on Monday. One said the courier Hamid Osei had been"
        " arrested in Accra."
    )
    claim = _claim(claims_of(text), "Osei", "arrested")[0]
    assert claim.claimant is not None and "official" in claim.claimant


def test_a_when_asked_clause_is_the_question_the_speaker_answers(claims_of) -> None:
    # "When asked whether X is alive, Y said, 'Yes.'": not background (the time-clause rule
    # above), the question whose content the speaker affirms
    text = (
        "The army has not commented on reports that the rebel commander Tomas Ferreira died"
        " in the raid.\n\n"
        'When asked whether that meant officials believe Ferreira is alive, army spokesman'
        ' Major Lena Okoro said, "Yes."'
    )
    claim = _claim(claims_of(text), "Ferreira", "alive")[0]
    assert claim.claimant == "Lena Okoro"
    assert claim.polarity == "affirmed"
