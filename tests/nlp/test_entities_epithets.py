"""Epithets: which role phrases stand for a person named elsewhere, and which do not."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document


def mentions_of(nlp, text: str, name: str) -> list[str]:
    doc = make_doc(nlp, Document.from_text(text, published=date(2021, 6, 10)))
    ents = run_pipeline(nlp, doc)._.entities
    return [m.text for e in ents if e.name == name for m in e.mentions]


@pytest.mark.parametrize(
    ("text", "name", "epithet", "expected"),
    [
        # a founder is not whoever leads now
        ("Rebel commander Ousmane Kaba was killed on Monday. Kaba took over the movement in 2020 "
         "after its founder stepped down.", "Ousmane Kaba", "its founder", False),
        # leader nouns stand for one another
        ("Rebel commander Ousmane Kaba was killed on Monday. The rebel leader had survived two "
         "earlier attempts.", "Ousmane Kaba", "The rebel leader", True),
        # "the new leader" is the successor, not the leader named so far
        ("Rebel commander Ousmane Kaba was killed on Monday. Several factions pledged allegiance "
         "to the new leader.", "Ousmane Kaba", "the new leader", False),
        # a delayed lede: the unnamed subject of the opening sentence is the person named next
        ("A 29-year-old climber who went missing last week was found alive on Monday, police said.\n\n"
         "Clara Mounet had been missing since Tuesday.", "Clara Mounet", "A 29-year-old climber", True),
        ("A British journalist was freed on Sunday after four months in captivity.\n\n"
         "Tom Hale, 41, was handed to diplomats in Ankara.", "Tom Hale", "A British journalist", True),
        # ... but not once someone has been named, nor when the named person is no subject
        ("Police named Omar Haddad as a suspect. A 29-year-old climber was found alive on Monday. "
         "Clara Mounet had been missing since Tuesday.", "Clara Mounet", "A 29-year-old climber", False),
        ("A 29-year-old climber was found alive on Monday. Rescuers thanked Clara Mounet for her help.",
         "Clara Mounet", "A 29-year-old climber", False),
        # "its leader, Sheikh X, and ...": an apposition the parser may attach elsewhere
        ("The Crescent Guard has confirmed the death of its leader, Sheikh Idris Kahlan, and "
         "named his deputy as his successor.", "Idris Kahlan", "its leader", True),
        # ... but "His lawyer, X," is no mention of X: "his" is the client
        ("Hector Salas was arrested in April. His lawyer, Ricardo Mena, said his client was "
         "visiting his mother.", "Ricardo Mena", "His lawyer", False),
        ("Hector Salas was arrested in April. His lawyer, Ricardo Mena, said his client was "
         "visiting his mother.", "Hector Salas", "his client", True),
        # a definite role noun when one person alone has been named
        ("Seven weeks after his release, Jonas Weller still sleeps with the light on.\n\n"
         "The Swiss aid worker, who was kidnapped in February, has returned to Lumo.",
         "Jonas Weller", "The Swiss aid worker", True),
        # ... not when an unnamed one of that role came first, nor for a new one described
        ("Jonas Weller was met by a journalist at the border. The journalist took his photo.",
         "Jonas Weller", "The journalist", False),
        ("Jonas Weller was freed in April. The doctor who treated him said he was thin.",
         "Jonas Weller", "The doctor", False),
        # a newly added role noun makes an epithet
        ("Poet Leyla Karimova was detained on Monday. The poet was freed two days later.",
         "Leyla Karimova", "The poet", True),
    ],
)
def test_epithet(nlp, text, name, epithet, expected):
    assert (epithet in mentions_of(nlp, text, name)) is expected


def test_headline_word_written_in_lower_case_elsewhere_is_no_name(nlp):
    text = "Hiker found alive after six days\n\nA hiker who went missing last week was found alive on Monday."
    doc = make_doc(nlp, Document.from_text(text, published=date(2021, 6, 10)))
    assert not [e.name for e in run_pipeline(nlp, doc)._.entities if e.name == "Hiker"]


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("The army said Hernan Zapata, the guerrilla commander known as El Tigre, died in a raid. "
         "El Tigre had been reported dead before.", "Hernan Zapata", "El Tigre"),
        ("Police arrested Joaquin Ortiz, nicknamed 'El Flaco', on Monday.", "Joaquin Ortiz", "El Flaco"),
    ],
)
def test_alias_joins_the_person(nlp, text, name, alias):
    doc = make_doc(nlp, Document.from_text(text, published=date(2021, 6, 10)))
    ents = {e.name: e for e in run_pipeline(nlp, doc)._.entities}
    assert alias in ents[name].aliases and alias not in ents
    assert [m.text for m in ents[name].mentions].count(alias) == text.count(alias)


def test_the_man_known_as_is_not_the_speaker(nlp):
    doc = make_doc(nlp, Document.from_text("Omar Haddad met the man known as El Chapo.", published=date(2021, 6, 10)))
    ents = {e.name: e for e in run_pipeline(nlp, doc)._.entities}
    assert "El Chapo" not in ents["Omar Haddad"].aliases
