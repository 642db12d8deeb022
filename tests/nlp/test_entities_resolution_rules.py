"""Entity resolution rules added for claims: speakers' pronouns, clients, honorifics, appositions."""

from __future__ import annotations

from datetime import date

from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document


def entities_of(nlp, text: str):
    doc = make_doc(nlp, Document.from_text(text, published=date(2021, 6, 10)))
    return run_pipeline(nlp, doc)._.entities


def mentions(entities, name: str) -> list[str]:
    return [m.text for e in entities if e.name.endswith(name) for m in e.mentions]


def test_speaking_pronoun_takes_up_the_last_speaker(nlp) -> None:
    text = (
        "Minister Dana Roth said experts had identified the body of Omar Haddu on Sunday. "
        '"The most wanted man in the south is dead," she told reporters.'
    )
    ents = entities_of(nlp, text)
    assert "she" in mentions(ents, "Roth")
    assert "she" not in mentions(ents, "Haddu")


def test_client_is_the_person_the_lawyer_acts_for(nlp) -> None:
    text = "Viktor Halloran's lawyer, Marc Delorme, said his client was not in hiding."
    assert "his client" in mentions(entities_of(nlp, text), "Halloran")


def test_name_beside_a_person_noun_is_a_person(nlp) -> None:
    ents = entities_of(nlp, "Janssen's colleague, Femi Adeyemi, spent four months in captivity.")
    assert any(e.kind == "person" and e.name == "Femi Adeyemi" for e in ents)


def test_role_in_apposition_becomes_an_epithet(nlp) -> None:
    text = (
        "Gunmen abducted a Dutch oil engineer, Pieter Janssen, on Monday. "
        "A militia leader said the engineer was being held in the creeks."
    )
    assert "the engineer" in mentions(entities_of(nlp, text), "Janssen")


def test_name_after_a_role_noun_despite_the_model_label(nlp) -> None:
    ents = entities_of(nlp, "A court in Halmar sentenced blogger Yusuf Darwish to five years in prison.")
    assert any(e.kind == "person" and e.name == "Yusuf Darwish" for e in ents)


def test_pronoun_in_what_a_proxy_says_is_the_person_spoken_for(nlp) -> None:
    text = "Police said Omar Haddu was in custody. His lawyer, Marc Delorme, said he had not been charged."
    ents = entities_of(nlp, text)
    assert "he" in mentions(ents, "Haddu") and "he" not in mentions(ents, "Delorme")


def test_synonymous_role_and_age_epithets(nlp) -> None:
    text = (
        "Swedish journalist Sofia Lindqvist was abducted in April. Her brother, Erik Lindqvist, spoke on Monday.\n\n"
        "The reporter is being held in a village, sources said. The 34-year-old was last seen in Saraqib."
    )
    found = mentions(entities_of(nlp, text), "Sofia Lindqvist")
    assert "The reporter" in found and "The 34-year-old" in found


def test_a_speaker_only_sentence_does_not_take_the_next_pronoun(nlp) -> None:
    text = (
        "Activist Karim Haddad was sentenced on Monday.\n\n"
        "Lawyer Mona Farouk said the court had ignored the evidence.\n\n"
        "He was taken back to Tora prison after the hearing."
    )
    ents = entities_of(nlp, text)
    assert "He" in mentions(ents, "Haddad") and "He" not in mentions(ents, "Farouk")


def test_pronoun_after_a_spokesperson_is_the_person_discussed(nlp) -> None:
    text = (
        "Engineer Omar Haddu was freed on Monday.\n\nNurse Lena Hart said she had been held in a basement.\n\n"
        "Omar Haddu was abducted in May. Col. Ingrid Solberg, a spokeswoman for the coalition, said he was alive."
    )
    ents = entities_of(nlp, text)
    assert "she" in mentions(ents, "Hart")
    assert "he" in mentions(ents, "Haddu") and "he" not in mentions(ents, "Solberg")


def test_rank_as_epithet(nlp) -> None:
    text = "Former army chief Gen. Osei Danquah is alive, his family said.\n\nRumours of the general's death spread on Tuesday."
    assert "the general" in mentions(entities_of(nlp, text), "Danquah")
