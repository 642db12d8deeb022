"""Several claims in one sentence and claims outside the main clause: coordinated and
listed people, gapped and coordinated predicates, companions ("along with", "as was"),
fronted participles, "neither ... nor", carried to a place, expectations. Sentences
written for this test about fictional people (some names the small model tags as places)."""

from __future__ import annotations

import pytest

A, N = "affirmed", "negated"

EXPECTED = [
    # coordinated and listed subjects
    (
        "Police detained Karim Nassar and Leila Haddad on Monday.",
        {("Nassar", "arrested", A), ("Haddad", "arrested", A)},
    ),
    (
        "Both Karim Nassar and Leila Haddad were freed on Sunday.",
        {("Nassar", "released", A), ("Haddad", "released", A)},
    ),
    (
        "Karim Nassar, Leila Haddad and three aides were killed in the strike.",
        {("Nassar", "killed", A), ("Haddad", "killed", A)},
    ),
    (
        "Five activists, including Karim Nassar and Leila Haddad, were detained on Monday.",
        {("Nassar", "arrested", A), ("Haddad", "arrested", A)},
    ),
    (
        "Those detained: Karim Nassar, a lawyer; Leila Haddad, a blogger; and Omar Tahir, a teacher.",
        {("Nassar", "arrested", A), ("Haddad", "arrested", A), ("Tahir", "arrested", A)},
    ),
    (
        "Among those freed were Karim Nassar and Leila Haddad.",
        {("Nassar", "released", A), ("Haddad", "released", A)},
    ),
    ("The strike killed five fighters, among them Karim Nassar.", {("Nassar", "killed", A)}),
    # companions
    (
        "Karim Nassar was killed, along with his brother Sami Nassar.",
        {("Nassar", "killed", A)},
    ),
    (
        "Karim Nassar was arrested along with Leila Haddad.",
        {("Nassar", "arrested", A), ("Haddad", "arrested", A)},
    ),
    (
        "Karim Nassar was detained with Leila Haddad on Monday.",
        {("Nassar", "arrested", A), ("Haddad", "arrested", A)},
    ),
    (
        "Karim Nassar was killed in the strike, as was Leila Haddad.",
        {("Nassar", "killed", A), ("Haddad", "killed", A)},
    ),
    # gapping and coordinated predicates
    (
        "Karim Nassar was killed and Leila Haddad wounded in the attack.",
        {("Nassar", "killed", A), ("Haddad", "wounded", A)},
    ),
    (
        "Karim Nassar was arrested, charged and released on bail.",
        {("Nassar", "arrested", A), ("Nassar", "other:charge", A), ("Nassar", "released", A)},
    ),
    # participial phrases
    ("Released on Tuesday, Karim Nassar said he would keep writing.", {("Nassar", "released", A)}),
    ("Wounded in the blast, Karim Nassar was flown to Ankara.", {("Nassar", "wounded", A)}),
    (
        "Karim Nassar returned home on Friday, freed after six months in captivity.",
        {("Nassar", "released", A)},
    ),
    # negated coordination
    (
        "Neither Karim Nassar nor Leila Haddad was hurt.",
        {("Nassar", "wounded", N), ("Haddad", "wounded", N)},
    ),
    # successions: the one succeeded loses the lead
    (
        "Karim Nassar was succeeded by his deputy, Omar Tahir.",
        {("Nassar", "leadership_change", A), ("Tahir", "leadership_change", A)},
    ),
    (
        "Sami Darwish, the group's commander, was replaced by Karim Nassar.",
        {("Darwish", "leadership_change", A), ("Nassar", "leadership_change", A)},
    ),
    # carried to a place, questioned
    ("Karim Nassar was flown to a clinic in Uganda.", {("Nassar", "located_in", A)}),
    ("Karim Nassar was evacuated to a hospital in Kanda.", {("Nassar", "located_in", A)}),
    ("Karim Nassar was questioned by police for several hours.", {("Nassar", "other:question", A)}),
    ("Gunmen abducted Karim Nassar on the road to Kanda.", {("Nassar", "captured", A)}),
]


@pytest.mark.parametrize(("text", "expected"), EXPECTED)
def test_claims_found(found_in, text, expected) -> None:
    assert expected <= found_in(text)


NOT_CLAIMS = [
    ("Karim Nassar was killed and Leila Haddad wounded in the attack.", ("Nassar", "wounded", A)),
    ("Neither Karim Nassar nor Leila Haddad was hurt.", ("Nassar", "wounded", A)),
    ("If released, Karim Nassar will return to Paris.", ("Nassar", "released", A)),
    ("Karim Nassar is expected to be released within days.", ("Nassar", "released", A)),
    ("Karim Nassar left his office in Kanda at noon.", ("Nassar", "resigned", A)),
    ("Karim Nassar flew to Paris for talks on Monday.", ("Nassar", "located_in", A)),
    ("Karim Nassar was photographed with Leila Haddad in Kanda.", ("Haddad", "arrested", A)),
]


@pytest.mark.parametrize(("text", "absent"), NOT_CLAIMS)
def test_not_claimed(found_in, text, absent) -> None:
    assert absent not in found_in(text)


def test_a_fronted_participle_on_a_reporting_verb_is_narration(claims_of) -> None:
    claims = claims_of("Released on Tuesday, Karim Nassar said he would keep writing.")
    released = [c for c in claims if c.predicate == "released"]
    assert released and released[0].claimant == "Valley Wire"
    assert released[0].event_time == "2021-06-08"


def test_the_object_of_a_killing_is_no_place(claims_of) -> None:
    claims = claims_of("The killing of Karim Nassar shocked the town.")
    assert [c.place for c in claims if c.predicate == "killed"] == [None]


MORE = [
    (
        "Opposition activists Karim Nassar and Leila Haddad were arrested on Saturday.",
        {("Nassar", "arrested", A), ("Haddad", "arrested", A)},
    ),
    (
        "Karim Nassar handed his resignation letter to the president on Monday.",
        {("Nassar", "resigned", A)},
    ),
    ("Karim Nassar submitted his resignation on Monday.", {("Nassar", "resigned", A)}),
    (
        "The kidnappers of engineer Karim Nassar released a video on Monday.",
        {("Nassar", "captured", A)},
    ),
    ("Karim Nassar's captors demanded a ransom.", {("Nassar", "captured", A)}),
    ("Her sister said Carla Quispe had a broken wrist.", {("Quispe", "wounded", A)}),
    (
        "Leila Haddad resigned last month. She was replaced by Karim Nassar.",
        {("Haddad", "leadership_change", A), ("Nassar", "leadership_change", A)},
    ),
    (
        "Her interim replacement, chief operating officer Lars Eide, will return to his old role.",
        {("Eide", "leadership_change", A)},
    ),
    (
        "Gunmen kidnapped Leila Haddad on Monday. They let her go after three days.",
        {("Haddad", "released", A)},
    ),
    (
        "Leila Haddad was kidnapped in May. She was handed to soldiers on Friday.",
        {("Haddad", "released", A)},
    ),
    (
        "Gunmen kidnapped Leila Haddad on Monday. They took her and her driver, Omar Tahir, to a farm.",
        {("Haddad", "captured", A)},
    ),
    (
        "Ingrid Halvorsen, the chief executive of shipping group Nordkapp Lines who was arrested in May, was freed.",
        {("Halvorsen", "arrested", A), ("Halvorsen", "released", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more_claims_found(found_in, text, expected) -> None:
    assert expected <= found_in(text)


MORE_NOT = [
    (
        "Police said the suspect Karim Nassar was handed to soldiers at the border.",
        ("Nassar", "released", A),
    ),
    ("Karim Nassar must surrender his passport to the court.", ("Nassar", "other:surrender", A)),
    (
        "Ingrid Halvorsen, the chief executive of Nordkapp Lines who was arrested in May, was freed.",
        ("Lines", "arrested", A),
    ),
]


@pytest.mark.parametrize(("text", "absent"), MORE_NOT)
def test_more_not_claimed(found_in, text, absent) -> None:
    assert absent not in found_in(text)


def test_the_answers_of_an_interview_are_the_interviewees(claims_of) -> None:
    text = (
        "Lena Berg, a nurse, was held hostage by gunmen for a year until her release in May. She spoke"
        " to us at her home.\n\nWhen were you taken?\n\nIn March. Four men stopped our car. They"
        " took me and my driver, Omar Tahir.\n\nWhere were you kept?\n\nFor the last two months"
        " they moved me to a house in a village near Kanda."
    )
    claims = claims_of(text)
    found = {(c.subject.split()[-1], c.predicate, c.claimant) for c in claims}
    assert ("Berg", "captured", "Lena Berg") in found
    assert ("Tahir", "captured", "Lena Berg") in found
    assert ("Berg", "located_in", "Lena Berg") in found


THIRD = [
    (
        "Two co-defendants, his aide Leyla Huseynova and businessman Emin Aliyev, received eight and six years respectively.",
        {("Huseynova", "other:sentence", A), ("Aliyev", "other:sentence", A)},
    ),
    (
        "Karim Nassar, now 58, met this reporter in a village near the border in July.",
        {("Nassar", "appeared", A)},
    ),
    (
        "Leila Haddad spoke briefly to reporters on the tarmac in Vienna.",
        {("Haddad", "appeared", A)},
    ),
    (
        "Karim Nassar had been arrested by the faction and held for five months in a school building.",
        {("Nassar", "captured", A), ("Nassar", "located_in", A)},
    ),
    (
        "Samir Belkacem, a reporter, is being held incommunicado at a military barracks outside the city.",
        {("Belkacem", "located_in", A)},
    ),
    (
        "Our emir, Sheikh Abu Talha al-Maghribi, has attained martyrdom in a bombardment on the 25th of October.",
        {("al-Maghribi", "killed", A)},
    ),
    (
        "The shura council has pledged allegiance to Sheikh Abu Yahya al-Ansari as emir of the group.",
        {("al-Ansari", "leadership_change", A)},
    ),
    ("Ottawa pardoned a second man, Igor Bykov.", {("Bykov", "other:pardon", A)}),
    (
        "Karim Nassar was wounded in the strike and has been taken to a hospital in Homs.",
        {("Nassar", "located_in", A)},
    ),
    (
        "On Saturday, Leila Haddad, the former striker, was led away in handcuffs.",
        {("Haddad", "arrested", A)},
    ),
    ("The prisoner Omar Tahir remains in their jails.", {("Tahir", "arrested", A)}),
]


@pytest.mark.parametrize(("text", "expected"), THIRD)
def test_third_batch_claims_found(found_in, text, expected) -> None:
    assert expected <= found_in(text)


THIRD_NOT = [
    ('"They can sentence me a hundred times," Leila Haddad said.', ("Haddad", "other:sentence", A)),
    ("If the president, Omar Tahir, does die, the speaker takes over.", ("Tahir", "killed", A)),
    ("Karim Nassar appeared in court in handcuffs on Monday.", ("Nassar", "arrested", A)),
]


@pytest.mark.parametrize(("text", "absent"), THIRD_NOT)
def test_third_batch_not_claimed(found_in, text, absent) -> None:
    assert absent not in found_in(text)


COMMON = [
    ("John Okafor escaped unhurt.", {("Okafor", "wounded", N)}),
    ("John Okafor is thought to be somewhere in northern Mali.", {("Okafor", "located_in", A)}),
    ("John Okafor was mortally wounded.", {("Okafor", "killed", A)}),
    ("John Okafor was taken out in a drone strike.", {("Okafor", "killed", A)}),
    ("John Okafor was handed a ten-year prison term.", {("Okafor", "other:sentence", A)}),
    ("John Okafor walked out of prison on Monday.", {("Okafor", "released", A)}),
    ("John Okafor regained his freedom on Sunday.", {("Okafor", "released", A)}),
    ("John Okafor was exchanged for two soldiers.", {("Okafor", "released", A)}),
]


@pytest.mark.parametrize(("text", "expected"), COMMON)
def test_common_phrasings(found_in, text, expected) -> None:
    assert expected <= found_in(text)


COMMON_NOT = [
    ("John Okafor was taken out of the room.", ("Okafor", "killed", A)),
    ("John Okafor walked out of the meeting.", ("Okafor", "released", A)),
    ("The team won its freedom from relegation.", ("team", "released", A)),
]


@pytest.mark.parametrize(("text", "absent"), COMMON_NOT)
def test_common_phrasings_not_claimed(found_in, text, absent) -> None:
    assert absent not in found_in(text)


LATE = [
    (
        "Omar Tahir wrested control of the militia from Sami Haddad.",
        {("Tahir", "leadership_change", A)},
    ),
    ("Omar Tahir was voted in as leader.", {("Tahir", "leadership_change", A)}),
    (
        "Khalid Zubaidi was declared dead in 2019. That summer, he released an audio message.",
        {("Zubaidi", "message_released", A)},
    ),
    (
        "Chen Weiming was taken away by officers of the provincial commission on Monday.",
        {("Weiming", "arrested", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LATE)
def test_late_phrasings(found_in, text, expected) -> None:
    assert expected <= found_in(text)


LATE_NOT = [
    ("Rosa Delgado died on Monday. She is survived by her daughter.", ("Delgado", "alive", A)),
    ("Omar Tahir voted in the election.", ("Tahir", "leadership_change", A)),
    ("The minister, Omar Tahir, released a statement on Monday.", ("Tahir", "message_released", A)),
]


@pytest.mark.parametrize(("text", "absent"), LATE_NOT)
def test_late_not_claimed(found_in, text, absent) -> None:
    assert absent not in found_in(text)


CARE = [
    ("Lena Berg remains in intensive care.", {("Berg", "alive", A)}),
    ("Lena Berg is on life support.", {("Berg", "alive", A)}),
    ("Lena Berg was admitted to hospital with gunshot wounds.", {("Berg", "wounded", A)}),
    ("Lena Berg underwent surgery for a bullet wound.", {("Berg", "wounded", A)}),
    (
        "Omar Tahir, appointed commander in May, spoke to the crowd.",
        {("Tahir", "leadership_change", A)},
    ),
    ("Lena Berg's reappearance in Kanda surprised many.", {("Berg", "appeared", A)}),
    (
        "The abduction of two engineers, Lena Berg and Omar Tahir, was confirmed.",
        {("Berg", "captured", A), ("Tahir", "captured", A)},
    ),
    (
        "Omar Tahir and Lena Berg were abducted in May.\n\nThe pair were released on Friday.",
        {("Berg", "released", A), ("Tahir", "released", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARE)
def test_care_and_nominal_phrasings(found_in, text, expected) -> None:
    assert expected <= found_in(text)


def test_a_council_appointed_last_year_is_no_leader(found_in) -> None:
    text = "The council, appointed last year, named Lena Berg chairwoman."
    assert ("council", "leadership_change", A) not in found_in(text)


LISTED = [
    ("Lena Berg was listed as missing after the battle.", ("Berg", "other:missing", A)),
    ("Lena Berg is officially listed as a missing person.", ("Berg", "other:missing", A)),
    ("The army listed Lena Berg as killed in action.", ("Berg", "killed", A)),
    ("Lena Berg is listed among the dead.", ("Berg", "killed", A)),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_listed_as(found_in, text, expected) -> None:
    assert expected in found_in(text)


def test_a_document_that_lists_relays(claims_of) -> None:
    claims = claims_of("A police report describes Lena Berg as missing.")
    missing = [c for c in claims if c.predicate == "other:missing"]
    assert missing and missing[0].claimant == "A police report"
    assert missing[0].certainty == "reported"


def test_one_claim_for_each_time_named_again(claims_of) -> None:
    text = "Khalid Bukar was arrested in 2015 and again in 2018."
    times = {c.event_time for c in claims_of(text) if c.predicate == "arrested"}
    assert times == {"2015", "2018"}


def test_two_events_with_their_own_times_are_not_repeated(claims_of) -> None:
    text = "Khalid Bukar was arrested in 2015 and released in 2018."
    times = [c.event_time for c in claims_of(text) if c.predicate == "arrested"]
    assert times == ["2015"]


PLACED = [
    ("Sources placed Lena Berg in Raqqa last week.", ("Berg", "located_in", A)),
    ("Lena Berg is believed to be somewhere along the border.", ("Berg", "located_in", A)),
    ("Police placed Lena Berg under house arrest.", ("Berg", "arrested", A)),
    ("The authorities threw Lena Berg in jail in 2019.", ("Berg", "arrested", A)),
]


@pytest.mark.parametrize(("text", "expected"), PLACED)
def test_placed_somewhere(found_in, text, expected) -> None:
    assert expected in found_in(text)


def test_the_one_who_keeps_others_in_hiding_is_not_hiding(found_in) -> None:
    assert ("Berg", "located_in", A) not in found_in("Lena Berg kept her family in hiding.")


def test_lost_a_lot_of_blood_is_a_wound(found_in) -> None:
    assert ("Tahir", "wounded", A) in found_in("Omar Tahir lost a lot of blood in the attack.")
    assert not found_in("The team of Omar Tahir lost a lot of money.") & {("Tahir", "wounded", A)}


def test_held_after_an_arrest_by_a_faction_is_captivity(found_in) -> None:
    text = (
        "Dawit Tesfaye had been arrested by the faction and held for months in a school building."
    )
    found = found_in(text)
    assert ("Tesfaye", "captured", A) in found
    assert ("Tesfaye", "arrested", A) not in found


def test_held_after_an_arrest_by_forces_is_detention(found_in) -> None:
    text = "Lena Berg was arrested by French forces in February and is being held in Gao."
    found = found_in(text)
    assert ("Berg", "arrested", A) in found
    assert ("Berg", "captured", A) not in found
