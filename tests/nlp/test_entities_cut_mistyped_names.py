"""Names the model cuts or mis-types and references it cannot follow: a body's
name spelt out by the acronym after it, East Asian names, firm names, a surname a family
firm bears, given names sharing one surname, "his brother" of one of two brothers, a
nationality before a person noun, a role that refers back. Sentences written for this test
about fictional people and groups."""

from __future__ import annotations

import pytest

from dateline.nlp.entities_kinds import _org_written

SPELT_BY_ACRONYM = [
    (
        "The Sudan Liberation and Justice Front (SLJF) did not confirm the death. The SLJF said"
        " its fighters were safe.",
        "Sudan Liberation and Justice Front",
    ),
    (
        "Gunmen abducted two employees of the French charity Doctors for Rural Health (DRH) in"
        " western Niger on Wednesday, the charity said.",
        "Doctors for Rural Health",
    ),
    (
        "BANGUI - The Coalition of Patriots for Sovereignty (CPS), the largest rebel alliance in"
        " the country, confirmed on Tuesday that its founder had died.",
        "Coalition of Patriots for Sovereignty",
    ),
]


@pytest.mark.parametrize(("text", "name"), SPELT_BY_ACRONYM)
def test_name_spelt_by_the_acronym_after_it_is_one_body(entities_of, text, name) -> None:
    assert entities_of(text).kind(name) == "org"


def test_lower_case_words_before_an_acronym_are_no_name(entities_of) -> None:
    text = "The doctors for rural health (DRH) programme was cut, officials said on Monday."
    assert "doctors for rural health" not in {n.lower() for n in entities_of(text).names()}


def test_east_asian_name_keeps_its_surname_first(entities_of) -> None:
    text = (
        "The chairman of property developer Golden Harbour Holdings, Lau Wing-kei, has been"
        " detained in Shenzhen. Lau was last seen in public on May 28."
    )
    found = entities_of(text)
    assert found.kind("Lau Wing-kei") == "person"
    assert "Lau" in found.mentions("Lau Wing-kei", exact=True)
    assert found.kind("Golden Harbour Holdings") == "org"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Lau", "Lau Wing-kei was detained.", False),  # a hyphenated given name is no "wing"
        ("Falcon", "The Falcon wing of the militia said he was dead.", True),
        ("Rising Dawn", "Rising Dawn movement fighters were seen.", True),
    ],
)
def test_org_part_noun_must_end_its_word(name, text, expected) -> None:
    assert _org_written(name, text) is expected


def test_surname_a_family_firm_bears_stays_the_person(entities_of) -> None:
    text = (
        "Stavros Kyriakidis, the shipping magnate, died on Wednesday. In 1995 Kyriakidis"
        " handed control of Kyriakidis Lines to his eldest son, Andreas Kyriakidis."
    )
    found = entities_of(text)
    assert found.kind("Kyriakidis Lines") == "org"
    assert found.mentions("Stavros Kyriakidis", exact=True).count("Kyriakidis") == 1


def test_given_names_share_the_surname_written_once(entities_of) -> None:
    text = (
        "Two of the kidnappers, the brothers Nikos and Yannis Petrou, were arrested the"
        " following year. Yannis Petrou died in prison in 1998; his brother was freed in 2004."
    )
    found = entities_of(text)
    assert found.kind("Nikos Petrou") == "person"
    assert "his brother" in found.mentions("Nikos Petrou", exact=True)


def test_a_surname_alone_shares_nothing(entities_of) -> None:
    text = "Mr. Vlahos and Yannis Petrou were arrested on Monday, police said."
    assert "Vlahos Petrou" not in entities_of(text).names()


def test_nationality_before_a_person_noun_is_no_person(entities_of) -> None:
    text = (
        "Claire Fontaine, 34, a nurse from Lyon, and her Nigerien colleague, Issoufou Maiga,"
        " were seized at a checkpoint outside the town of Tera."
    )
    found = entities_of(text)
    assert found.kind("Nigerien") != "person"
    assert found.kind("Issoufou Maiga") == "person"


def test_a_role_refers_back_not_to_a_title_named_later(entities_of) -> None:
    text = (
        "A former army commander who defected last year was killed on Monday. Brigadier Osman"
        " Taha died with three guards, the broadcaster said. Two people close to the family said"
        " the former commander was alive on Tuesday. Taha was dismissed in 2024 by the head of"
        " the ruling council, General Hamid Suleiman."
    )
    found = entities_of(text)
    assert "the former commander" not in found.mentions("Hamid Suleiman", exact=True)
    assert "the former commander" in found.mentions("Osman Taha", exact=True)
