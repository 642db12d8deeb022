"""People the entity stage never found (issue 6): the small model tags a person's
name as a place, a body, a product, a work of art or a date, leaves it untagged, cuts off its
given name or surname, or splits it at a particle. Snippets written for this test about
fictional people; each row is the claim (or the entity) the repair must give, and the rows
after them the readings it must not give (places, bodies and titles built on given names).

The constructions: a plainly gendered given name before a one-word span the model tagged a
place or a body ("Ana Costa" as "Costa", GPE), also opening a sentence when the text never
writes the word in lower case; the words of a span labelled WORK_OF_ART / PRODUCT / DATE that
open with a given name or carry an age ("X, 19,"); two or three untagged capitalised words with
an age in apposition, as the subject of "said" / "told" / "died", or the "of" of "relatives of";
a surname the model left out after a lone given name; a particle of filiation ("ould", "ag",
"bin") inside one name; a given name alone in apposition to a kin noun ("His son, Patrice,");
a one-word name after "by phone from" is a place."""

from __future__ import annotations

import pytest
from subject_rows import Pair, subject_test

ROWS: list[tuple[str, str, list[Pair], list[Pair]]] = [
    ("k01", "Yusuf Daher, 42, a shopkeeper, was shot dead outside his home in the port on Sunday, police said.", [("Yusuf Daher", "killed")], []),
    ("k02", "Ana Costa, a nurse, was kidnapped by gunmen on the road to the mine on Friday, her employer said.", [("Ana Costa", "captured")], []),
    ("k03", "Relatives said Bongani Zulu died in hospital on Monday.", [("Bongani Zulu", "killed")], []),
    ("k04", "Gunmen abducted Xochitl Ramirez, 31, outside her shop on Tuesday.", [("Ramirez", "captured")], []),
    ("k05", "The driver, Hussein Alawi, 38, was wounded in the blast, the ministry said.", [("Hussein Alawi", "wounded")], []),
    ("k06", "Sheikh Nasser Obeid was arrested at his home in the old city at dawn, his family said.", [("Obeid", "arrested")], []),
    ("k07", "Gen. Kwame Asante was wounded when a roadside bomb hit his convoy on Tuesday, the army said.", [("Asante", "wounded")], []),
    ("k08", "Father Tomasz Wilk was abducted from his parish on Sunday night, the diocese said. The priest was freed on Thursday.", [("Wilk", "captured"), ("Wilk", "released")], []),
    ("k09", "Mrs Ngozi Umeh, 61, died in hospital on Wednesday from burns she suffered in the fire.", [("Umeh", "killed")], []),
    ("k10", "Dr. Lina Haddad, 45, was arrested at the airport on Monday, her lawyer said.", [("Haddad", "arrested")], []),
    ("k11", "Among the wounded was a nurse, Leyla Orhan, 33, who was hit by shrapnel as she left the clinic.", [("Orhan", "wounded")], []),
    ("k12", "Precious Moyo, 19, died in the fire, the fire service said.", [("Precious Moyo", "killed")], []),
    ("k13", "The body of Mateo Ibarra was found in a ditch near the border on Tuesday. Ibarra had been missing for a week.", [("Ibarra", "killed")], []),
    ("k14", "The group said Walid Obeidat had been killed in the raid on Thursday.", [("Walid Obeidat", "killed")], []),
    ("k15", "Aisha Kamara told reporters she had been held for three weeks before she escaped. Aisha, 24, said her captors fed her once a day.", [("Kamara", "captured")], []),
    ("k16", "Opposition leader Lior Ben-Ami was arrested on Tuesday, his party said.", [("Ben-Ami", "arrested")], []),
    ("k17", "Mr Tariq Jalil, the town's mayor, was killed in an ambush on Thursday, local officials said.", [("Jalil", "killed")], []),
    ("k18", "Hamid ould Cheikh, a senior figure in the group, was arrested in Nouakchott on Monday, officials said.", [("Hamid ould Cheikh", "arrested")], []),
    ("k19", "The rebels said their spokesman, Moussa wuld Ahmed, had been killed in an air strike.", [("Moussa wuld Ahmed", "killed")], []),
    ("k20", "His daughter, Mireille, said by phone from Lyon that her father was alive.", [("Mireille", "located_in")], []),
    ("k21", "Her brother, Tarek, told the agency by telephone from Beirut that she was being held by the militia.", [("Tarek", "located_in")], []),
    ("k22", "Police said Jomo Kariuki, 45, had been shot in the leg during the protest and was in a stable condition.", [("Kariuki", "wounded")], []),
    ("k23", "Salma Qureshi died on Tuesday, two days after she was pulled from the rubble, her family said.", [("Qureshi", "killed")], []),
    ("k24", "Vusi Dlamini, a union organiser, has been missing since Saturday, his wife said.", [("Dlamini", "other:missing")], []),
    ("k25", "Gunmen seized Chidi Okeke, a pastor, from his church in the town on Sunday.", [("Okeke", "captured")], []),
    ("k26", "Colonel Ivana Petrova, who commanded the brigade, was killed in the shelling, the ministry said.", [("Petrova", "killed")], []),
    ("k27", "Imam Bakary Sissoko was arrested on Wednesday after a sermon criticising the junta.", [("Sissoko", "arrested")], []),
    ("k29", "Bilal Hussaini died of his wounds in hospital on Sunday, a relative said.", [("Hussaini", "killed")], []),
    ("k30", "The kidnappers freed Grace Achieng on Friday. Grace, a teacher, had been held for ten days.", [("Achieng", "released")], []),
    ("k31", "Nikos Papadakis, 58, the captain of the trawler, drowned when it capsized off Crete on Monday.", [("Papadakis", "killed")], []),
    ("k32", "Rahim Sultani told the agency by phone from Kabul that he had been released on Tuesday.", [("Sultani", "released")], []),
    ("k33", "Soldiers shot and wounded Amani Nasser, a 17-year-old student, at a checkpoint, medics said.", [("Nasser", "wounded")], []),
    ("k34", "Tendai Chikore, an opposition activist, was abducted from his home on Sunday night.", [("Chikore", "captured")], []),
    ("k35", "Maj. Ruslan Bekov was captured by separatist fighters near the village on Saturday, officials said.", [("Bekov", "captured")], []),
    ("k36", "Sabine Keller, a Swiss aid worker, was kidnapped in Niger in April, her employer said.", [("Keller", "captured")], []),
    ("k37", "Omondi Otieno was shot dead by police during the protest, witnesses said.", [("Otieno", "killed")], []),
    ("k38", "Mariana Silva, 23, is alive, her mother said on Sunday.", [("Silva", "alive")], []),
    ("k39", "Adaeze Nwosu was freed by her captors on Friday, police said.", [("Nwosu", "released")], []),
    ("k40", "Juma Mwinyi, 27, was abducted from his farm on Tuesday, the village chief said.", [("Mwinyi", "captured")], []),
]

test_claim_subjects = subject_test(ROWS)

# (text, the person's full name as the entity stage must give it)
PEOPLE = [
    ("Ana Costa, 34, was shot dead on Sunday, police said.", "Ana Costa"),
    ("Ana Costa told reporters that her husband was alive.", "Ana Costa"),
    ("Rescuers found Ana Costa alive under the rubble.", "Ana Costa"),
    ("Ana Costa died on Monday.", "Ana Costa"),
    ("Beatriz Lopes was kidnapped by gunmen on Friday, her family said.", "Beatriz Lopes"),
    ("Mehmet Yilmaz died on Monday.", "Mehmet Yilmaz"),
    ("A court jailed Pedro Alves for six years on Tuesday.", "Pedro Alves"),
    ("Rescuers found Pedro Alves alive under the rubble.", "Pedro Alves"),
    ("Relatives of Bongani Zulu said the 40-year-old had died in hospital.", "Bongani Zulu"),
    ("Relatives of Adaeze Nwosu said the 40-year-old had died in hospital.", "Adaeze Nwosu"),
    ("Witnesses said the gunmen seized Ana Costa and drove off.", "Ana Costa"),
    ("Hamid ould Cheikh, a senior figure in the group, was arrested on Monday.", "Hamid ould Cheikh"),
    ("His son, Patrice, told the radio station that his father had been released.", "Patrice"),
    ("Gunmen shot Sidi Traore, 40, in the market on Monday.", "Sidi Traore"),
    ("Lwazi Ndlovu, 29, was stabbed outside the station, police said.", "Lwazi Ndlovu"),
    ("Body of Lwazi Ndlovu found\n\nThe body of Lwazi Ndlovu was found on Tuesday.", "Lwazi Ndlovu"),
    ("Sgt. Precious Moyo, 31, was shot dead at a checkpoint.", "Precious Moyo"),
    ("Reporter Beatriz Lopes was detained while covering the protest.", "Beatriz Lopes"),
    ("Villagers said Chipo Banda had been taken by the militia.", "Chipo Banda"),
    ("Police said Abiy Tesfaye Alemu had been arrested in a dawn raid.", "Abiy Tesfaye Alemu"),
    ("Gunmen kidnapped Abd al-Karim Haddad on Friday, his family said.", "Abd al-Karim Haddad"),
    ("Inspector Fiona Grant said the climber had been found alive.", "Fiona Grant"),
    ("Ana de la Cruz, 34, was shot dead on Sunday, police said.", "Ana de la Cruz"),
    ("Gunmen kidnapped Luis da Silva Moura near the mine on Friday.", "Luis da Silva Moura"),
    ("The man was stopped on the highway before midnight, Sheriff Dolores Ybarra said on Sunday.", "Dolores Ybarra"),
]

# (text, the full name, the given name alone that must be one of its mentions)
GIVEN_NAME_MENTIONS = [
    ("Adaeze Nwosu, a student, was arrested on Monday. Adaeze was released on bail on Friday.", "Adaeze Nwosu", "Adaeze"),
    ("Chipo Banda was last seen in Kano. \"Chipo is a gentle person,\" her mother said.", "Chipo Banda", "Chipo"),
    ("Rescuers pulled Lwazi Ndlovu from the rubble. Lwazi, 61, was taken to hospital.", "Lwazi Ndlovu", "Lwazi"),
    ("The family of Kiran Shrestha said on Sunday that Kiran was alive.", "Kiran Shrestha", "Kiran"),
]


@pytest.mark.parametrize(("text", "name", "given"), GIVEN_NAME_MENTIONS)
def test_given_name_alone_is_the_person(entities_of, text, name, given) -> None:
    assert given in entities_of(text).mentions(name, exact=True)


def test_name_spoken_to_is_no_mention(entities_of) -> None:
    text = "Our correspondent Tendai Moyo is in Harare.\n\nHOST: Tendai, the army said the general was killed. Is that confirmed?"
    assert "Tendai" not in entities_of(text).mentions("Tendai Moyo", exact=True)



@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_person_found(entities_of, text, name) -> None:
    assert entities_of(text).kind(name) == "person"


# (text, a name that must not be a person: places and bodies opening with a given name, a
# title in quotes, a place spoken from)
_MODEL_SAYS_PERSON = pytest.mark.xfail(reason="the whole name is read a person (model or given-name rule); no repair yet (session 16 ENTK)")
NOT_PEOPLE = [
    ("The convoy was ambushed near Santa Cruz on Monday, officials said.", "Santa Cruz"),
    ("Protesters gathered in Sidi Bouzid on Friday, witnesses said.", "Sidi Bouzid"),
    pytest.param("The aid worker was flown to Alice Springs on Tuesday.", "Alice Springs", marks=_MODEL_SAYS_PERSON),
    ("Her daughter said by phone from Lyon that she was safe.", "Lyon"),
    pytest.param("He wrote the novel \"Maria Lindqvist\" in prison, his publisher said.", "Maria Lindqvist", marks=_MODEL_SAYS_PERSON),
    ("The plane landed at Kota Kinabalu airport on Saturday.", "Kota Kinabalu"),
    ("The freighter was diverted to Rio de Janeiro on Monday, the company said.", "Rio de Janeiro"),
    ("Appeal for a missing union leader\n\nSanta Lucia, 27 August 2025 - The family of Hector Salinas says he is held in Santa Lucia.", "Santa Lucia"),
    ("One detainee has died in custody, Civic Rights Monitor said in a report on Tuesday.", "Civic Rights Monitor"),
    ("Justice for Kestria Network, a rights group, said on Tuesday that a detained monk had died.", "Kestria Network"),
    ("The Solidarity Alliance said its founder had been arrested at the border.", "Solidarity Alliance"),
    pytest.param("Relatives of Hope Haven residents said the home had been shelled.", "Hope Haven", marks=_MODEL_SAYS_PERSON),
]


@pytest.mark.parametrize(("text", "name"), NOT_PEOPLE)
def test_not_a_person(entities_of, text, name) -> None:
    assert entities_of(text).kind(name) != "person"
