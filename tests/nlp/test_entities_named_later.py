"""People described before they are named (issue 6): news describes a person ("A
67-year-old shepherd who went missing ...") and names them afterwards ("Police named him as
X", "He was later identified as X", "Y, 52, was spotted ...", "The commander, Z, said",
"A second fighter whom ..., W,"). The description is that person's, and the claims made of it
are about the person named. Sentences written for this test about fictional people."""

from __future__ import annotations

import pytest

DESCRIBED_THEN_NAMED = [
    # (text, the description, the person it names)
    (
        "A 58-year-old shepherd who vanished in the hills on Monday was found alive on Thursday."
        " Rescuers named him as Tomas Vidrin and said he was cold but unhurt.",
        "A 58-year-old shepherd",
        "Tomas Vidrin",
    ),
    (
        "BRANSK: The mayor of Bransk, Olga Menkova, opened a new bridge on Monday.\n\n"
        "KORVA: A woman whose car left the road near Korva on Saturday was found dead on Sunday."
        " She was later identified as Irena Dusek, 61, of Tarn.",
        "A woman",
        "Irena Dusek",
    ),
    (
        "A kayaker missing since Friday was rescued from a sandbar on Tuesday, the coastguard said."
        " Daniel Moser, 33, had drifted for two days after his paddle broke.",
        "A kayaker",
        "Daniel Moser",
    ),
    (
        "A reporter who disappeared in Ravel in March is being held by the security service, her"
        " newspaper said. The service did not reply. Mira Castell, 29, was last seen leaving her flat.",
        "A reporter",
        "Mira Castell",
    ),
    (
        "A rebel commander whom the army had declared dead appeared in a video on Friday.\n\n"
        "The commander, Ivan Morozov, said he had been hurt in the arm.",
        "A rebel commander",
        "Ivan Morozov",
    ),
    (
        "A second driver whom the gunmen had taken with him, Paul Ndege, was freed on Sunday.",
        "A second driver",
        "Paul Ndege",
    ),
    (
        # the one named speaks of what was done to them: the person described, not a witness
        "A Kenyan trader who vanished in Arusha in May has been found alive in Moshi, his family said."
        " Daniel Otieno, 38, told reporters he had been held in a farmhouse by three men.",
        "A Kenyan trader",
        "Daniel Otieno",
    ),
    (
        # another noun for the person, named with an age
        "A journalist held in Minsk for eight months was freed on Thursday. The reporter, Olga"
        " Sadovska, 34, flew home on Friday.",
        "A journalist",
        "Olga Sadovska",
    ),
    (
        # a participle names the description
        "The victim, identified as 19-year-old student Karim Haddou, was stabbed near the market.",
        "The victim",
        "Karim Haddou",
    ),
    (
        # a junior rank is no office: the officer shot dead is the sergeant named next
        "KANO - An off-duty police officer was shot dead outside his home on Tuesday. Sergeant Bala"
        " Ibrahim, 41, had served in the force for twenty years.",
        "An off-duty police officer",
        "Bala Ibrahim",
    ),
    (
        # the object of a lede's main verb, named next
        "Pirates have freed a Greek captain held off the coast since March. Captain Nikos Andreou,"
        " 58, is in good health, his employer said.",
        "a Greek captain",
        "Nikos Andreou",
    ),
    (
        # the description is what the naming verb names, in one sentence
        "Police have named the man killed in a stabbing in Didsbury on Friday as Ryan Cole, 22.",
        "the man",
        "Ryan Cole",
    ),
    (
        # the description is the passive subject of the naming verb
        "Storms closed the pass on Monday.\n\nThe injured woman was named by police as Jean Pike, 44,"
        " a teacher from Ashby.",
        "The injured woman",
        "Jean Pike",
    ),
    (
        # a demonym the tagger makes a proper noun
        "A Frenchman kidnapped in Niger in 2023 has been freed, the foreign ministry said on Monday."
        " Pierre Lambert, 62, was handed over to officials in Niamey.",
        "A Frenchman",
        "Pierre Lambert",
    ),
    (
        # a defendant who denies the charges is the one described, not a witness
        "An American detained in Minsk since June has been sentenced to five years. Evan Brooks, 33,"
        " denied the charges.",
        "An American",
        "Evan Brooks",
    ),
    (
        # the person whose body is found, named afterwards
        "The body of a woman reported missing on Friday was pulled from the lake on Sunday."
        " Her family identified her as Maria Lindholm, a nurse from Vasby.",
        "a woman",
        "Maria Lindholm",
    ),
    (
        # a role noun whose apposition introduces the person by an alias
        "The gang's leader, a man known as Omar Bashi, appeared in a video on Tuesday.",
        "The gang's leader",
        "Omar Bashi",
    ),
]


@pytest.mark.parametrize(("text", "description", "name"), DESCRIBED_THEN_NAMED)
def test_a_description_joins_the_person_named_after_it(entities_of, text, description, name) -> None:
    assert description in entities_of(text).mentions(name, exact=True)


NOT_NAMED = [
    # (text, the description, a person it is not)
    (
        # the police have not named him: the suspect named next is someone else
        "A 31-year-old man was arrested on Friday on suspicion of arson. Police have not named him."
        " A second suspect, named by police as Dean Roper, 40, is still at large.",
        "A 31-year-old man",
        "Dean Roper",
    ),
    (
        # someone named before the description is not the one it introduces
        "Governor Ruth Amadi visited the flooded district on Monday. A farmer who was swept away on"
        " Sunday was found alive. Ruth Amadi, 55, thanked the rescuers.",
        "A farmer",
        "Ruth Amadi",
    ),
    (
        # a witness who speaks is not the person described
        "A teenager was stabbed outside a cinema in Holm on Saturday. Karl Birk, 52, said he heard"
        " shouting before the attack.",
        "A teenager",
        "Karl Birk",
    ),
    (
        # a name with no age in the next sentence is no delayed lede (a reaction, an official)
        "A fisherman was found dead on the beach at Selby on Monday. Minister Paul Orme called for"
        " an inquiry.",
        "A fisherman",
        "Paul Orme",
    ),
    (
        # an official who speaks, named with his age, is not the person described
        "A teacher was freed by kidnappers in Kaduna on Monday. The spokesman, Paul Audu, 40, said"
        " no ransom was paid.",
        "A teacher",
        "Paul Audu",
    ),
    (
        # an office holder reacting to the news is not the person described (the article's first
        # description, and one further on)
        "A policeman was killed in an ambush near Jalo on Tuesday. Governor Amos Dede, 62, condemned"
        " the attack.",
        "A policeman",
        "Amos Dede",
    ),
    (
        "Flooding closed the coast road on Monday.\n\nA soldier was wounded when gunmen attacked a"
        " checkpoint near Bura. Colonel Amadou Kane, 48, visited the camp on Wednesday.",
        "A soldier",
        "Amadou Kane",
    ),
    (
        # an object inside a relative clause: the two named next are the subject's people
        "Two men who robbed a jeweller and held him in a van were jailed on Monday. Tom Hale, 34, and"
        " Rob Hale, 29, seized him outside his shop in May.",
        "a jeweller",
        "Tom Hale",
    ),
    (
        # "she was named as": the nearer description, not the suspect before it
        "A suspect has been charged with murder after a cashier was found dead in Derby. She has"
        " been named as Lucy Marsh, 38.",
        "A suspect",
        "Lucy Marsh",
    ),
    (
        # a woman is not the man named next
        "A woman missing since Tuesday was found safe on Friday. Michael Brell, 44, had raised the alarm.",
        "A woman",
        "Michael Brell",
    ),
]


@pytest.mark.parametrize(("text", "description", "name"), NOT_NAMED)
def test_a_description_does_not_join_someone_else(entities_of, text, description, name) -> None:
    assert description not in entities_of(text).mentions(name, exact=True)


def test_the_claims_of_a_description_are_about_the_person_named(found_in) -> None:
    """The claims made of "a herder who went missing ... was found alive" are the named person's."""
    text = (
        "LORAN: The chairman of the Loran cooperative, Peter Awiti, resigned on Monday.\n\n"
        "MASO: A 70-year-old herder who went missing in the Maso hills a week ago was found alive on"
        " Wednesday. Police named him as Samuel Koech and said he was weak."
    )
    found = found_in(text)
    assert ("Koech", "alive", "affirmed") in found
    assert ("Awiti", "alive", "affirmed") not in found


SAME_NOUN_AGAIN = [
    # (text, the definite description, the person it takes up)
    (
        "A surveyor who went missing in the dunes on Sunday was found alive on Thursday. Elena Varga,"
        " 38, was spotted by a patrol. The surveyor was flown to hospital in Tindouf.",
        "The surveyor",
        "Elena Varga",
    ),
    (
        # a role noun after an unnamed description of it, in a round-up with other people
        "TOGO: Gunmen killed a village chief, Kossi Ama, near Dapaong on Sunday, his family said.\n\n"
        "BENIN: A teacher was kidnapped near Kandi on Friday. Police named her as Awa Sanou. The"
        " teacher is being held in the forest, police said.",
        "The teacher",
        "Awa Sanou",
    ),
    (
        "Joseph Mutai, a 71-year-old shepherd from Baringo, was found in a cave on Friday. Rescuers"
        " said the shepherd was weak but alive.",
        "the shepherd",
        "Joseph Mutai",
    ),
]


@pytest.mark.parametrize(("text", "description", "name"), SAME_NOUN_AGAIN)
def test_the_same_noun_again_takes_up_the_person_it_described(entities_of, text, description, name) -> None:
    assert description in entities_of(text).mentions(name, exact=True)


@pytest.mark.parametrize(
    ("text", "description"),
    [
        # two people described by the noun: "the surveyor" is either
        (
            "Ines Roth, a surveyor from Graz, and Marek Novak, a surveyor from Brno, were caught in the"
            " storm. The surveyor was found on Monday.",
            "The surveyor",
        ),
        # a description picked out anew ("the man in the video") is nobody named before
        (
            "Karim Saleh, a 40-year-old man from Homs, was arrested in May. The man in the video was"
            " not identified.",
            "The man",
        ),
    ],
)
def test_an_ambiguous_or_new_description_takes_up_nobody(entities_of, text, description) -> None:
    assert all(description not in [m.text for m in e.mentions] for e in entities_of(text))


def test_a_counted_description_is_named_by_its_ordinal_not_by_the_next_name(entities_of) -> None:
    """"Two divers were rescued ... but a third member of the group is missing. X, 30, and Y,
    27, ... The third diver, Z, 45,": the third member is Z, not X (named next)."""
    text = (
        "Two divers who went missing off Kelso on Friday were rescued on Sunday, the coastguard said,"
        " but a third member of their group is still missing.\n\n"
        "Martin Lund, 30, and Sofia Berg, 27, were taken to hospital in Kelso.\n\n"
        "The third diver, Henrik Dahl, 45, was last seen near the reef."
    )
    found = entities_of(text)
    assert "a third member" in found.mentions("Henrik Dahl", exact=True)
    assert "a third member" not in found.mentions("Martin Lund", exact=True)
