"""Entity resolution rules added for claims: speakers' pronouns, clients, honorifics, appositions.

Tables of (text, expectation) rows; the fixture `entities_of` (tests/nlp/conftest.py) runs the
pipeline once per text."""

from __future__ import annotations

import pytest

_MINISTER_SPEAKS = (
    "Minister Dana Roth said experts had identified the body of Omar Haddu on Sunday. "
    '"The most wanted man in the south is dead," she told reporters.'
)
_PROXY_SPEAKS = (
    "Police said Omar Haddu was in custody. His lawyer, Marc Delorme, said he had not been charged."
)
_REPORTER_EPITHETS = (
    "Swedish journalist Sofia Lindqvist was abducted in April. Her brother, Erik Lindqvist, spoke on Monday.\n\n"
    "The reporter is being held in a village, sources said. The 34-year-old was last seen in Saraqib."
)
_SPEAKER_ONLY_SENTENCE = (
    "Activist Karim Haddad was sentenced on Monday.\n\n"
    "Lawyer Mona Farouk said the court had ignored the evidence.\n\n"
    "He was taken back to Tora prison after the hearing."
)
_SPOKESPERSON = (
    "Engineer Omar Haddu was freed on Monday.\n\nNurse Lena Hart said she had been held in a basement.\n\n"
    "Omar Haddu was abducted in May. Col. Ingrid Solberg, a spokeswoman for the coalition, said he was alive."
)

# (text, mention, entity whose name ends so)
MENTIONED = [
    # a speaking pronoun takes up the last speaker
    pytest.param(_MINISTER_SPEAKS, "she", "Roth", id="speaking_pronoun_takes_the_last_speaker"),
    # a client is the person the lawyer acts for
    pytest.param(
        "Viktor Halloran's lawyer, Marc Delorme, said his client was not in hiding.",
        "his client",
        "Halloran",
        id="client_of_the_lawyer",
    ),
    # a role in apposition becomes an epithet
    pytest.param(
        "Gunmen abducted a Dutch oil engineer, Pieter Janssen, on Monday. "
        "A militia leader said the engineer was being held in the creeks.",
        "the engineer",
        "Janssen",
        id="role_in_apposition_becomes_an_epithet",
    ),
    # a pronoun in what a proxy says is the person spoken for
    pytest.param(_PROXY_SPEAKS, "he", "Haddu", id="proxys_pronoun_is_the_person_spoken_for"),
    # synonymous role and age epithets
    pytest.param(_REPORTER_EPITHETS, "The reporter", "Sofia Lindqvist", id="synonymous_role"),
    pytest.param(_REPORTER_EPITHETS, "The 34-year-old", "Sofia Lindqvist", id="age_epithet"),
    # a speaker-only sentence does not take the next pronoun
    pytest.param(_SPEAKER_ONLY_SENTENCE, "He", "Haddad", id="speaker_only_sentence"),
    # a pronoun after a spokesperson is the person discussed
    pytest.param(_SPOKESPERSON, "she", "Hart", id="spokesperson_own_she"),
    pytest.param(_SPOKESPERSON, "he", "Haddu", id="spokesperson_he_is_the_person_discussed"),
    # a rank as an epithet
    pytest.param(
        "Former army chief Gen. Osei Danquah is alive, his family said.\n\n"
        "Rumours of the general's death spread on Tuesday.",
        "the general",
        "Danquah",
        id="rank_as_epithet",
    ),
]

NOT_MENTIONED = [
    pytest.param(_MINISTER_SPEAKS, "she", "Haddu", id="speaking_pronoun_takes_the_last_speaker"),
    pytest.param(_PROXY_SPEAKS, "he", "Delorme", id="proxys_pronoun_is_the_person_spoken_for"),
    pytest.param(_SPEAKER_ONLY_SENTENCE, "He", "Farouk", id="speaker_only_sentence"),
    pytest.param(_SPOKESPERSON, "he", "Solberg", id="spokesperson_he_is_the_person_discussed"),
]


@pytest.mark.parametrize(("text", "mention", "name"), MENTIONED)
def test_mention_is_of(entities_of, text: str, mention: str, name: str) -> None:
    assert mention in entities_of(text).mentions(name)


@pytest.mark.parametrize(("text", "mention", "name"), NOT_MENTIONED)
def test_mention_is_not_of(entities_of, text: str, mention: str, name: str) -> None:
    assert mention not in entities_of(text).mentions(name)


PEOPLE = [
    # a name beside a person noun is a person
    pytest.param(
        "Janssen's colleague, Femi Adeyemi, spent four months in captivity.",
        "Femi Adeyemi",
        id="name_beside_a_person_noun",
    ),
    # a name after a role noun, despite the model's label
    pytest.param(
        "A court in Halmar sentenced blogger Yusuf Darwish to five years in prison.",
        "Yusuf Darwish",
        id="name_after_a_role_noun",
    ),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_is_a_person(entities_of, text: str, name: str) -> None:
    assert any(e.kind == "person" and e.name == name for e in entities_of(text))
