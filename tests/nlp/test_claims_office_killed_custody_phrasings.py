"""Leadership, killed and custody phrasings of English news prose: office
event nouns, appointments through a possessor's apposition, removals said by the one
removed, forensic identification, "claimed the life of", and the custody a keeper-less
"is being held" continues. Every sentence written for this test, about invented people."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document


def _claims(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = run_pipeline(nlp, make_doc(nlp, Document.from_text(text, published=date(2025, 3, 14))))
    return {(c.subject, c.predicate, c.polarity) for c in doc._.claims}


FOUND = [
    # an appointee named in apposition to another person's role ("Osei's deputy, X")
    (
        "The minister named Osei's deputy, Comfort Asante, as acting commissioner.",
        ("Comfort Asante", "leadership_change", "affirmed"),
    ),
    (
        "The board appointed Lindqvist's deputy, Mikael Berg, as interim chief executive.",
        ("Mikael Berg", "leadership_change", "affirmed"),
    ),
    # a hyphenated role the tokenizer splits ("vice - president") before the appointee
    (
        "The national football federation named its vice-president, Lukas Brandt, as interim "
        "president on Tuesday.",
        ("Lukas Brandt", "leadership_change", "affirmed"),
    ),
    # a stand-in known by the surname alone
    (
        "The minister named Osei's deputy, Comfort Asante, as acting commissioner. Asante, a "
        "veteran officer, will head the force until a permanent appointment is made.",
        ("Comfort Asante", "leadership_change", "affirmed"),
    ),
    # office event nouns
    (
        "The board named Sofia Lindqvist interim chief executive. Her appointment was welcomed "
        "by the largest shareholder.",
        ("Sofia Lindqvist", "leadership_change", "affirmed"),
    ),
    (
        "Police commissioner Victor Osei was criticised for months. Osei's dismissal follows "
        "a botched raid.",
        ("Victor Osei", "leadership_change", "affirmed"),
    ),
    # the one removed says so, in a sentence saying what he led
    (
        "Henrik Aalto, who had led the company since 2016, said he had been dismissed "
        "without a hearing.",
        ("Henrik Aalto", "leadership_change", "affirmed"),
    ),
    # forensic identification of a body
    (
        "The identity of the militant Abdel Karim Haddad was confirmed by DNA analysis.",
        ("Abdel Karim Haddad", "killed", "affirmed"),
    ),
    (
        "The army said it had killed Idris Mbarek. Mbarek's identity was established through "
        "dental records, a spokesman said.",
        ("Idris Mbarek", "killed", "affirmed"),
    ),
    # "claimed / took the life of X"
    (
        "The attack also claimed the life of the bus driver, Hassan Abdi.",
        ("Hassan Abdi", "killed", "affirmed"),
    ),
    ("The crash took the lives of Ana Ruiz and Pedro Alves.", ("Pedro Alves", "killed", "affirmed")),
    # a keeper-less "is being held" continues the custody the story gave the person
    (
        "Police arrested a clinic guard, Mahamat Issa, on suspicion of helping the kidnappers. "
        "He is being held in Abeche.",
        ("Mahamat Issa", "arrested", "affirmed"),
    ),
    (
        "Gunmen kidnapped the engineer Tom Berg on Monday. He is being held in a forest near "
        "Kismayo, police said.",
        ("Tom Berg", "captured", "affirmed"),
    ),
    # relieved of an office
    (
        "The former defence minister, Oleg Sidorov, was relieved of his duties on Monday.",
        ("Oleg Sidorov", "leadership_change", "affirmed"),
    ),
    (
        "General Oleg Sidorov was relieved of command after the defeat.",
        ("Oleg Sidorov", "leadership_change", "affirmed"),
    ),
    # a hostage handed over in a coordinated passive: freed, not a handover of power
    (
        "Hamid Karimi was abducted by the militia and later handed over to the army.",
        ("Hamid Karimi", "released", "affirmed"),
    ),
    (
        "Hamid Karimi handed over command of the brigade to his deputy on Monday.",
        ("Hamid Karimi", "leadership_change", "affirmed"),
    ),
    # kept by the state (on remand, at a security organ's site) in a story of kidnappings
    (
        "Kidnappings are common in the region. Her family has learnt that Mariam Traore is "
        "being held at the headquarters of the State Security Agency in Bamako.",
        ("Mariam Traore", "arrested", "affirmed"),
    ),
    (
        "Abductions are frequent there. Sara Okafor is being held at an intelligence facility "
        "in the capital.",
        ("Sara Okafor", "arrested", "affirmed"),
    ),
    (
        "The kidnapping of a trader shocked the town. Yaw Ofori has been held on remand at "
        "Nsawam prison since September.",
        ("Yaw Ofori", "arrested", "affirmed"),
    ),
    (
        "The kidnappers released a video. Tom Berg is being held at a farm building near the "
        "border, his family said.",
        ("Tom Berg", "captured", "affirmed"),
    ),
    # pirates hold a crew as hostages
    (
        "Pirates boarded the tanker on February 2. Its captain, Oleksandr Bondarenko, had been "
        "held with his crew for 39 days.",
        ("Oleksandr Bondarenko", "captured", "affirmed"),
    ),
    # the police's capture is an arrest, in the active voice too
    (
        "Police captured the fugitive Mario Rossi in a flat in Naples on Monday.",
        ("Mario Rossi", "arrested", "affirmed"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), FOUND)
def test_claim_found(nlp, text, claim) -> None:
    assert claim in _claims(nlp, text)


NOT_CLAIMED = [
    # other senses of the office nouns
    ("Maria Lopez missed her appointment with the doctor on Tuesday.", "leadership_change"),
    ("Maria Lopez missed her appointment on Tuesday.", "leadership_change"),
    (
        'His dismissal of the reports as "fake news" angered the families. Ahmed Saleh is '
        "the group's leader.",
        "leadership_change",
    ),
    ("The judge ordered the dismissal of the charges against Ahmed Saleh.", "leadership_change"),
    # dismissed from no office
    ("Maria Lopez, who heads the clinic, said the complaint had been dismissed.", "leadership_change"),
    ("Tom Berg said he had been dismissed without warning after 20 years as a driver.", "leadership_change"),
    ("Oleg Sidorov was relieved of his wallet by pickpockets.", "leadership_change"),
    ("Hamid Karimi was abducted by the militia and later handed over to the army.", "leadership_change"),
    # an identity confirmed with no forensic means (an arrest, not a body)
    ("Her identity was confirmed by police after a search of the flat.", "killed"),
    # a stand-in deferring to the leader she replaces (no claim: g173 precedent)
    ('Elena Marquez said Julio Pacheco "remains our leader".', "leadership_change"),
]


@pytest.mark.parametrize(("text", "predicate"), NOT_CLAIMED)
def test_no_claim(nlp, text, predicate) -> None:
    assert not any(p == predicate for _, p, _ in _claims(nlp, text))


def test_police_denying_they_hold_an_abductee_deny_an_arrest(nlp) -> None:
    """ "Police have denied holding him" after an abduction: the holder is named (police),
    so the denial is of an arrest, not of the captivity the story tells."""
    text = (
        "Men in plain clothes abducted the activist Joseph Kamau outside his home on Monday. "
        "Police have denied holding him."
    )
    assert ("Joseph Kamau", "arrested", "negated") in _claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tural Aliyev said soldiers had killed Rauf Hasanli, a claim the army denied.",
        "Tural Aliyev said police officers had beaten Rauf Hasanli during the arrest, a claim "
        "the interior ministry denied.",
        "Tural Aliyev said soldiers had killed Rauf Hasanli, an accusation the army rejected.",
    ],
)
def test_a_claim_denied_in_an_appositive_gives_the_deniers_claim(nlp, text) -> None:
    """ "..., a claim the army denied": the speaker's claim and the denier's negated one."""
    found = _claims(nlp, text)
    assert any(s == "Rauf Hasanli" and p == "negated" for s, _, p in found)
    assert any(s == "Rauf Hasanli" and p == "affirmed" for s, _, p in found)


def test_an_appositive_the_speaker_confirmed_is_no_denial(nlp) -> None:
    text = "Tural Aliyev said soldiers had killed Rauf Hasanli, a claim the army confirmed."
    assert not any(p == "negated" for _, _, p in _claims(nlp, text))

