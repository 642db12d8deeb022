"""Who a claim is about when the subject is not one named person: a
lede's unnamed "a/an <person>" named in the next sentence, and a group of named people
taken up by a plural ("the pair", "both", "the two journalists", "them"). Sentences written
for this test about fictional people: text → (last word of the subject, predicate, polarity)
of a claim that must be found, or one that must not."""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A, N = "affirmed", "negated"

FOUND = [
    # the lede convention: the unnamed person of the lede is the one the next sentence names
    (
        "A fisherman missing since Friday has been found alive off the coast. Peter Lindgren,"
        " 47, was spotted by a helicopter crew.",
        ("Lindgren", "alive", A),
    ),
]

GROUP_FOUND = [
    # a counted plural named by a naming verb whose patient is "them"
    (
        "The mining firm Karoo Metals said on Monday that two of its surveyors had been"
        " released. The firm named them as Jan Visser, a South African, and Tomas Mabote, a"
        " Mozambican.",
        ("Mabote", "released", A),
    ),
    # ... and the same noun later takes that group up, sentences on
    (
        "The mining firm Karoo Metals said on Monday that two of its surveyors had been"
        " released. The firm named them as Jan Visser, a South African, and Tomas Mabote, a"
        " Mozambican. Both had been working near Tete. A police officer said the surveyors had"
        " been freed after a ransom was paid.",
        ("Visser", "released", A),
    ),
    # "One of them, X, ...; the other, Y, ...": a pair named one by one in one sentence
    (
        "Two men were arrested on Friday. One of them, Pavel Novak, was charged with theft;"
        " the other, his brother Jan Novak, was released the same day.",
        ("Novak", "arrested", A),
    ),
    (
        "Police detained two students after the march. One of them, Lina Serra, was"
        " questioned overnight; the other, Marco Testa, went home.",
        ("Testa", "arrested", A),
    ),
    # "X, along with her husband, Y,": a pair that "the couple" / "both" takes up
    (
        "Police detained the activist Sara Molina, along with her husband, Diego Molina, at"
        " the airport on Friday. The couple were taken to a police station in Quito, their"
        " lawyer said.",
        ("Molina", "located_in", A),
    ),
    (
        "Kidnappers seized the engineer Paul Mwangi together with his driver, Peter Otieno,"
        " near Garissa in May. Both were freed on Sunday, police said.",
        ("Otieno", "released", A),
    ),
    # a plural that takes up a group another plural took up in between
    (
        "Reporters Samir Haddad and Omar Nasser were kidnapped on Monday near Hama. They had"
        " been covering the fighting. Their families appealed for help on Tuesday. Their"
        " editor called for calm. Both men had been detained briefly by the army in 2020,"
        " the station said.",
        ("Nasser", "arrested", A),
    ),
    # a lede's counted plural with a reduced relative ("Two climbers missing for four days"),
    # named by the list that opens the next paragraph
    (
        "Two climbers missing for four days on Mont Blanc were found alive on Monday, the"
        " gendarmerie said.\n\nRuth Keller, 49, from Bern, and Paul Amsel, 51, of Basel, were"
        " flown to a hospital in Chamonix.",
        ("Amsel", "alive", A),
    ),
    # a proof-of-life video the group was seen in: proof that they were alive
    (
        "Gunmen killed one of the four hostages in May. The other two, Ada Eze and Musa"
        " Bako, were last seen in a proof-of-life video in June.",
        ("Bako", "alive", A),
    ),
    # a lede subject parsed under the dateline's place: read past the dateline first
    (
        "Baker found\n\nTBILISI, May 3 (Valley Wire) - A baker whose disappearance last month"
        " alarmed his town was not kidnapped and had been staying with a friend in Batumi,"
        " police said on Thursday.\n\nGiorgi Beridze, 51, was found in good health at a flat in"
        " Batumi on Wednesday, a police spokesman said.",
        ("Beridze", "captured", N),
    ),
    # ... while what the clause after the name says is about that member
    (
        "Police said on Friday they had detained four men over the abduction of a shopkeeper,"
        " one of whom, Besnik Gashi, was wounded in the raid.",
        ("Gashi", "wounded", A),
    ),
    # what befalls a person "with" another named person befalls both
    (
        "The engineer Lars Holm was kidnapped in April 2022 with a Canadian missionary, Paul"
        " Tremblay, near Djibo.",
        ("Tremblay", "captured", A),
    ),
    (
        "Sara Molina was detained at the airport along with her husband, Diego Molina.",
        ("Molina", "arrested", A),
    ),
    (
        "The trekker Jonas Berg was found alive on Friday with his guide, Pemba Sherpa, the"
        " rescue team said.",
        ("Sherpa", "alive", A),
    ),
    # "Two of the suspects, the cousins X and Y,": the list behind a plural apposition
    (
        "Two of the suspects, the cousins Ivan Horak and Petr Dusek, were detained in Brno on"
        " Monday.",
        ("Dusek", "arrested", A),
    ),
    # "Y, who was seized with her": the pair a later "both" takes up
    (
        "The nurse Claire Dumas, kidnapped in Agadez in July, has been freed, the ministry"
        " said. Her driver, Moussa Issa, who was seized with her, is still being held. Later a"
        " government source said Issa was freed too and that both are in Niamey.",
        ("Dumas", "located_in", A),
    ),
    # "all of them", "none of them", "each of the men": the group, through its quantifier
    (
        "Ana Silva and Rui Costa were kidnapped in Beira in May. All of them were freed on"
        " Sunday, the governor said.",
        ("Costa", "released", A),
    ),
    (
        "Gunmen seized three engineers, Omar Diallo, Ali Toure and Sidi Cisse, near Kidal in"
        " May. None of them was hurt, the company said on Friday.",
        ("Cisse", "wounded", N),
    ),
    # the constructions of the issue in other wordings
    (
        "Police arrested Ivan Petrov, Oleg Sokolov and Boris Ivanov in Tver on Monday. The"
        " three men, all members of the banned party, were charged on Tuesday.",
        ("Sokolov", "other:charge", A),
    ),
    (
        "The rebel commander Joseph Adoko and his deputy, Samuel Otim, were killed in an air"
        " strike on Tuesday, the army said.",
        ("Otim", "killed", A),
    ),
    (
        "Two men, identified by police as Tariq Aziz and Bilal Khan, were arrested at the"
        " border on Friday.",
        ("Khan", "arrested", A),
    ),
    (
        "Gunmen seized two engineers, Omar Diallo and Ali Toure, near Kidal on Monday. The"
        " engineers are being held in the desert, a local official said.",
        ("Toure", "located_in", A),
    ),
    # coordinated descriptions, each with its name in apposition
    (
        "The former interior minister, Mr Ali Sow, and the former army chief, General Amadou"
        " Bah, are being held at a barracks in Kati, the junta said.",
        ("Bah", "arrested", A),
    ),
    (
        "The former finance minister, Mr Ali Sow, and the former minister of justice, Judge"
        " Amadou Bah, are being held in Kati, the junta said.",
        ("Bah", "arrested", A),
    ),
    (
        "Italian doctor Marco Neri, Swiss nurse Anna Frey and a Dutch engineer, Pieter de Wit,"
        " were freed on Sunday, the three governments said.",
        ("Wit", "released", A),
    ),
    # "neither of these men" / "neither brother": each member, negated
    (
        "Relatives said two farmers, Ali Musa and Hamza Idris, were detained by soldiers on"
        " Sunday. The army said neither of these men had been arrested.",
        ("Idris", "arrested", N),
    ),
    (
        "Two brothers, Kofi Mensah and Yaw Mensah, vanished on the river last week. Neither"
        " brother is in the custody of the navy, a police spokesman said on Saturday.",
        ("Mensah", "arrested", N),
    ),
]

NOT_FOUND = [
    # ... but not one named with an office or a senior rank: a person who reacts to the news
    (
        "A policeman was killed in a bomb attack in Kano on Monday. Governor Musa Bello, 62,"
        " condemned the attack and promised an inquiry.",
        ("Bello", "killed", A),
    ),
    (
        "A soldier was wounded in an ambush near Gao on Sunday. General Amadou Keita, 55, was"
        " flown to the town on Monday.",
        ("Keita", "wounded", A),
    ),
    (
        "A farmer was killed by gunmen in Benue on Monday. Colonel John Okafor, 51, led the"
        " search.",
        ("Okafor", "killed", A),
    ),
    (
        "A nurse was kidnapped in Jos on Friday. Mayor Ruth Adamu, 49, was in Abuja at the time.",
        ("Adamu", "captured", A),
    ),
    # ... nor when the description counts one more of a group ("a second hiker")
    (
        "A second hiker was found dead near Zermatt on Sunday. Anna Weber, 39, had been"
        " rescued on Saturday.",
        ("Weber", "killed", A),
    ),
]

GROUP_NOT_FOUND = [
    # "them" names the group only in the very next sentence
    (
        "Two of its surveyors had been released, the firm said. Talks went on for weeks."
        " Officials met in Tete. The firm later named them as Jan Visser and Tomas Mabote.",
        ("Visser", "released", A),
    ),
    # a name after "one of whom," is one of the plural before, not the noun between them
    (
        "Police said on Friday they had detained four men over the abduction of a shopkeeper,"
        " one of whom, Besnik Gashi, is a former guard.",
        ("Gashi", "captured", A),
    ),
    # "none of them" is negated once, by the trigger's own reading
    (
        "Gunmen seized three engineers, Omar Diallo, Ali Toure and Sidi Cisse, near Kidal in"
        " May. None of them was hurt, the company said on Friday.",
        ("Cisse", "wounded", A),
    ),
    # "with" on the trigger verb names no companion when it is the means
    (
        "The activist Ana Diaz was arrested with the help of a neighbour, Luis Soto, who had"
        " called police.",
        ("Soto", "arrested", A),
    ),
    # the proof of life is of the people seen in it, not of the last person named
    (
        "The army said Tunde Ola was killed in May. Two other hostages, Ada Eze and Musa Bako,"
        " were last seen in a proof-of-life video in June.",
        ("Ola", "alive", A),
    ),
    # a noun that is no person noun takes up only a group counted with that noun
    (
        "Soldiers arrested Ana Ruiz and Eva Soler on Monday. The villagers said the protesters"
        " had been freed.",
        ("Soler", "released", A),
    ),
]

test_found, test_not_found = row_tests(FOUND + GROUP_FOUND, NOT_FOUND + GROUP_NOT_FOUND)


# A group that speaks of itself: each member's claim is that member's own word.
# (text, surname, predicate, claimant's surname)
CLAIMANTS = [
    (
        "Two fishermen, Kofi Mensah and Yaw Boateng, were found safe on Monday, and both"
        " denied that they had been arrested by the navy.",
        "Boateng",
        "arrested",
        "Boateng",
    ),
    (
        "The climbers Ines Vidal and Marta Sola were rescued on Sunday. The two said they had"
        " never been arrested by the border police.",
        "Vidal",
        "arrested",
        "Vidal",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "claimant"), CLAIMANTS)
def test_group_speaks_for_each(claims_of, text, subject, predicate, claimant) -> None:
    found = [c for c in claims_of(text) if c.subject.endswith(subject) and c.predicate == predicate]
    assert found, claims_of(text)
    assert all((c.claimant or "").endswith(claimant) for c in found), found
