"""Pronouns and possessives resolved to the right person (issue 6): the rules of
English discourse that pick an antecedent other than the last name written. Each row is a
text written for this test about fictional people, a pronoun in it (the first occurrence of
``pronoun`` inside ``anchor``) and the person it means; and a surname of several words used
alone, which the person's claims hang on the same way."""

from __future__ import annotations

import re

import pytest


def _offset(text: str, anchor: str, pronoun: str) -> int:
    at = text.index(anchor)
    found = re.search(rf"\b{re.escape(pronoun)}\b", anchor)
    assert found is not None, f"{pronoun!r} not in {anchor!r}"
    return at + found.start()


# "a man known as X", "a woman named X": the noun gives the person's gender, whatever a list
# of given names says of X's first name
NAMING_NOUN_GENDER = [
    # (text, anchor, pronoun, the person it means)
    (
        "A nurse held by a militia for six months was freed on Friday. Tomas Reiter, 44, flew home"
        " on Sunday. The militia's leader, a man known as Evelyn Drago, appeared in a video in"
        " which he said he had ordered the release.",
        "in which he said",
        "he",
        "Evelyn Drago",
    ),
    (
        "Police arrested a man named Marion Fisk at a farm near Carrow on Monday. Officers said he"
        " had been hiding there since March.",
        "Officers said he",
        "he",
        "Marion Fisk",
    ),
    (
        "Two climbers were found alive on Tuesday. Paul Hartig, 51, was flown to a hospital. The"
        " second, a woman identified as Jordan Lisle, said she had sheltered in a cave.",
        "said she had",
        "she",
        "Jordan Lisle",
    ),
]

# "His wife, Petra Novak, said ...": the owner of a kinship noun whose relative is named is the
# one person named before who shares the relative's surname (and agrees with the pronoun)
NAMESAKE_OF_RELATIVE = [
    (
        "Karel Novak, an engineer, was kidnapped in April with his driver, Sani Musa. Musa escaped"
        " after a week and walked home. His wife, Petra Novak, said she spoke to him by phone on"
        " Friday.",
        "His wife",
        "His",
        "Karel Novak",
    ),
    (
        # the proxy speaker's owner is whom the pronoun in what she says means
        "Karel Novak, an engineer, was kidnapped in April with his driver, Sani Musa. Musa escaped"
        " after a week and walked home. His wife, Petra Novak, said she spoke to him by phone on"
        " Friday.",
        "spoke to him",
        "him",
        "Karel Novak",
    ),
    (
        "Tomas Brandt, a banker, went missing in Lagos in June. Police questioned his business"
        " partner, Ade Okon, on Monday and released him. His brother, Paul Brandt, said the family"
        " had not heard from Tomas since June.",
        "His brother",
        "His",
        "Tomas Brandt",
    ),
    (
        "Nadia Karimova, a reporter, was detained in Tashkent in March. Her editor, Olga Petrenko,"
        " has campaigned for her release. Her sister, Dina Karimova, said she had been allowed one"
        " visit.",
        "Her sister",
        "Her",
        "Nadia Karimova",
    ),
    (
        "The militia freed Jonas Weber on Sunday. His colleague, Ali Demir, is still held. His son,"
        " Felix Weber, said his father was tired.",
        "His son",
        "His",
        "Jonas Weber",
    ),
]

# centering: a pronoun in the next sentence takes up the subject of the main clause, not the
# subject of a clause subordinate to it
MAIN_CLAUSE_SUBJECT = [
    (
        "Omar Sadik took over the group in 2019 after his predecessor, Adel Nasser, was killed in a"
        " raid. Officials have declared him dead twice since then.",
        "declared him",
        "him",
        "Omar Sadik",
    ),
    (
        "Lena Voss returned to Berlin in May, months after her colleague, Maria Kent, was released."
        " She has not spoken publicly since.",
        "She has",
        "She",
        "Lena Voss",
    ),
    (
        "Ivan Petrov, whose deputy Oleg Rudin was arrested in March, left the country in April. He"
        " is believed to be living in Riga.",
        "He is",
        "He",
        "Ivan Petrov",
    ),
    (
        "Hamid Rashidi returned to Kabul in 2021, weeks before his cousin, Najib Rashidi, was"
        " arrested. Officials say he is now living in Herat.",
        "he is now",
        "he",
        "Hamid Rashidi",
    ),
    (
        "Carlos Mena led the cartel until 2018, when his brother, Luis Mena, was extradited."
        " Prosecutors believe he is hiding in Sinaloa.",
        "he is hiding",
        "he",
        "Carlos Mena",
    ),
    (
        # the only subject is the subordinate clause's: it is still the antecedent
        "The militia chose a new leader on Monday after Adel Nasser was killed in a raid. He had"
        " led it for ten years.",
        "He had",
        "He",
        "Adel Nasser",
    ),
]

# a transcript: the one who asks goes on about the person his own last question's pronoun
# meant, though the answer between named someone else last
ASKER_KEEPS_THE_TOPIC = [
    (
        "HOST: With me is Ana Ruiz of the aid group Mercy Line. Your colleague Jonas Berg was"
        " kidnapped in May. Is he alive?\n\nRUIZ: We believe so. We received a photograph last"
        " week.\n\nHOST: Do you know who is holding him?\n\nRUIZ: We think it is a gang led by a"
        " man called Moussa Dia, but nobody has contacted us.\n\nHOST: And where is he being held?",
        "where is he",
        "he",
        "Jonas Berg",
    ),
    (
        "PRESENTER: The reporter Mira Holt has been missing in Chad since June. Her editor, Tom"
        " Lane, joins us. Have you heard from her?\n\nLANE: Not since June 3. The police chief in"
        " Abeche, Fatime Oumar, told us she was looking into it.\n\nPRESENTER: Is she still in"
        " Chad, do you think?",
        "Is she",
        "she",
        "Mira Holt",
    ),
]

# a relative clause on "who": the subject of its reason or time clause, and a possessive in
# it, mean the person it describes
DESCRIBED_BY_RELATIVE = [
    (
        "Kofi Asante fled Accra in March. His former bodyguard, Yaw Boateng, who left the country"
        " because he feared arrest, was detained in Lome on Friday.",
        "because he feared",
        "he",
        "Yaw Boateng",
    ),
    (
        "The army said it had killed Musa Barre. Ali Warfa, who joined the militia when he was"
        " sixteen, now leads it.",
        "when he was",
        "he",
        "Ali Warfa",
    ),
    (
        # an object of the relative clause's own verb is not the one it describes (the aide)
        "Chief Obi Nwosu was taken to hospital on Monday. An aide who saw him on Tuesday said he"
        " was awake.",
        "saw him",
        "him",
        "Obi Nwosu",
    ),
]

# "her arrest", "his death": the owner of an event noun is the person the text told that event
# of, not the last one named
WHO_UNDERWENT_IT = [
    (
        "Police in Minsk detained Olga Sava, a blogger, on Monday. The embassy's consul, Irina"
        " Dubova, met officials on Tuesday. The foreign minister said her arrest was unlawful.",
        "her arrest",
        "her",
        "Olga Sava",
    ),
    (
        "The army said it had killed Idris Kane in a raid on Sunday. His deputy, Sami Noor, would"
        " lead the group if his death were confirmed, analysts said.",
        "his death",
        "his",
        "Idris Kane",
    ),
    (
        "Rebels kidnapped Elena Popa in March. Her driver, Ioana Stan, escaped in April. The"
        " ministry said her kidnapping had been planned for months.",
        "her kidnapping",
        "her",
        "Elena Popa",
    ),
    (
        "Police detained Musa Bello in Kano in May. A judge freed his co-accused, Sani Lawal, in"
        " June. Amnesty International called for his release.",
        "his release",
        "his",
        "Musa Bello",
    ),
    (
        # the clause's own subject keeps its possessive
        "Karl Mertz was jailed in 1990. His cellmate, Jonas Pohl, died in 2001. Freed in 2000,"
        " Mertz lived in Bonn until his death in 2015.",
        "his death",
        "his",
        "Karl Mertz",
    ),
]

ANTECEDENTS = (
    NAMING_NOUN_GENDER
    + NAMESAKE_OF_RELATIVE
    + MAIN_CLAUSE_SUBJECT
    + ASKER_KEEPS_THE_TOPIC
    + DESCRIBED_BY_RELATIVE
    + WHO_UNDERWENT_IT
)


@pytest.mark.parametrize(("text", "anchor", "pronoun", "person"), ANTECEDENTS)
def test_the_pronoun_means_the_person(entities_of, text, anchor, pronoun, person) -> None:
    found = entities_of(text)
    assert _offset(text, anchor, pronoun) in [m.start for m in found.named(person).mentions]


NOT_THE_ANTECEDENT = [
    # (text, anchor, pronoun, a person it does not mean)
    (
        # a namesake of the other gender is no owner of "his": recency decides
        "Anna Berg, a lawyer, was arrested in May. Her client, Lars Holm, was freed on Friday."
        " His brother, Erik Berg, said the family was relieved.",
        "His brother",
        "His",
        "Anna Berg",
    ),
    (
        # the name alone, with no man or woman beside it, keeps the given name's gender
        "A court jailed Evelyn Marsh for two years on Monday. Her lawyer, Tom Reed, said she would"
        " appeal.",
        "said she would",
        "she",
        "Tom Reed",
    ),
    (
        # an interview of one exchange: the one who answers is "I" in the answer, never "he",
        # though he is the main clause's subject before it
        "Goran Ilic, whose driver Luka Maric vanished near Mostar, answered our questions on"
        " Monday.\n\nHave you heard from your driver?\nNo. His brother rang me on Friday. He"
        " says the police have him.",
        "His brother",
        "His",
        "Goran Ilic",
    ),
    (
        # an unnamed source who asks not to be named is the "he" of his reasons and of what
        # he says next, not the man the story is about
        "Police detained Hamza Idris in Kano on Monday. A police officer, who asked not to be"
        " named because he was not authorised to speak, confirmed the arrest. He said the"
        " suspect was being held at a station in Kano.",
        "because he was",
        "he",
        "Hamza Idris",
    ),
    (
        "Police detained Hamza Idris in Kano on Monday. A police officer, who asked not to be"
        " named because he was not authorised to speak, confirmed the arrest. He said the"
        " suspect was being held at a station in Kano.",
        "He said",
        "He",
        "Hamza Idris",
    ),
]


@pytest.mark.parametrize(("text", "anchor", "pronoun", "person"), NOT_THE_ANTECEDENT)
def test_the_pronoun_does_not_mean(entities_of, text, anchor, pronoun, person) -> None:
    found = entities_of(text)
    starts = [m.start for e in found if e.name == person for m in e.mentions]
    assert _offset(text, anchor, pronoun) not in starts


# a surname of several words ("Bint Salem", "Ag Sidi", "van Leeuwen") alone, whatever kind the
# model gave it, is the one person whose full name ends in it
COMPOUND_SURNAMES = [
    # (text, the surname alone, the person)
    (
        "Kidnappers freed Amina Bint Salem on Monday. Bint Salem was unharmed, her family said.",
        "Bint Salem",
        "Amina Bint Salem",
    ),
    (
        "The army said it had captured Rhissa Ag Sidi, the group's logistics chief, on Sunday. The"
        " group denied it. Ag Sidi had been wounded in a car accident, a spokesman said.",
        "Ag Sidi",
        "Rhissa Ag Sidi",
    ),
    (
        "Gunmen seized the Dutch engineer Pieter van Leeuwen in May. Van Leeuwen was freed on Friday.",
        "Van Leeuwen",
        "Pieter van Leeuwen",
    ),
]


@pytest.mark.parametrize(("text", "surname", "person"), COMPOUND_SURNAMES)
def test_a_compound_surname_alone_is_the_person(entities_of, text, surname, person) -> None:
    assert surname in entities_of(text).mentions(person, exact=True)
