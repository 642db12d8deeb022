"""Who a claim is about when a story has several people (issue 6, subjects): a list of names
the parser hangs wrongly ("Police arrested A, B and C"), a member of a counted group named
by a rank word ("Two brothers were arrested. The elder, X, ..."), a given name coordinated
with a relative ("Nour and her husband Sami were arrested").

Sentences written for this table about fictional people, in several news styles.
text -> (last word of the subject, predicate, polarity) that must be found, or must not.
"""

from __future__ import annotations

from claims_rows import row_tests

A = "affirmed"

# Lists "A, B and C" (with ages, a serial comma, as objects and subjects).
LISTS = [
    (
        "Police arrested Luis Ortega, Diego Paz and Mateo Rivas in a dawn raid in Cali on Tuesday.",
        [("Ortega", "arrested"), ("Paz", "arrested"), ("Rivas", "arrested")],
    ),
    (
        "Hassan Ali, Omar Farah and Yusuf Abdi were killed when a bomb exploded at a "
        "checkpoint in Mogadishu on Thursday.",
        [("Ali", "killed"), ("Farah", "killed"), ("Abdi", "killed")],
    ),
    (
        "Gunmen kidnapped Peter Obi, John Eze, Mary Okafor and Paul Nwosu on the Enugu road on "
        "Sunday, police said.",
        [("Obi", "captured"), ("Eze", "captured"), ("Okafor", "captured"), ("Nwosu", "captured")],
    ),
    (
        "The dead were identified as Samuel Kiprop, 24, Daniel Rotich, 31, and Eliud Kosgei, 19.",
        [("Kiprop", "killed"), ("Rotich", "killed"), ("Kosgei", "killed")],
    ),
    (
        "Troops freed Anna Berg, Lars Holm, and Erik Dahl, the three Swedish engineers held "
        "since March, the army said.",
        [("Berg", "released"), ("Holm", "released"), ("Dahl", "released")],
    ),
    (
        "Activists Olga Ivanova, Pavel Smirnov and Irina Petrova were detained outside the "
        "court on Monday.",
        [("Ivanova", "arrested"), ("Smirnov", "arrested"), ("Petrova", "arrested")],
    ),
    (
        "Witnesses said soldiers shot Ibrahim Musa, Sani Bello, and Yakubu Dauda as they fled, "
        "killing all three.",
        [("Musa", "killed"), ("Bello", "killed"), ("Dauda", "killed")],
    ),
]

# The first name of "X, 33, and her sister Y were detained", which the parser leaves off the
# clause (as its root, or as the subject of a reporting verb before it).
FIRST_OF_PAIR = [
    (
        "Nasrin Karimi, 33, and her sister Parisa were detained at Tehran airport on Sunday.",
        [("Karimi", "arrested"), ("Parisa", "arrested")],
    ),
    (
        "Pedro Alves, a farmer, and his nephew Rui were shot dead on their land in Para state.",
        [("Alves", "killed"), ("Rui", "killed")],
    ),
    (
        "Police said Tariq Aziz, 24, and his cousin Bilal were detained overnight.",
        [("Aziz", "arrested"), ("Bilal", "arrested")],
    ),
    (
        "Marta Silva, 45, and her husband were kidnapped outside their farm near Tumaco on "
        "Monday.",
        [("Silva", "captured")],
    ),
]

# A member of a counted group, named by a rank word in a sentence after the group's.
RANKED = [
    (
        "Two brothers were arrested in Leeds on Tuesday over the robbery of a jeweller. The "
        "elder, Jamal Wright, 31, was later released on bail. The younger, Tyrell Sealey, 24, "
        "remains in custody.",
        [("Wright", "arrested"), ("Sealey", "arrested"), ("Wright", "released")],
    ),
    (
        "Two sisters were kidnapped from their home near Zaria on Sunday. The elder, Hauwa "
        "Sani, 19, escaped on Tuesday, police said.",
        [("Sani", "captured")],
    ),
    (
        "Three fishermen were detained by the coastguard on Friday. The youngest, Sione Taufa, "
        "17, was freed the same night.",
        [("Taufa", "arrested"), ("Taufa", "released")],
    ),
    (
        "Two hikers were reported missing on Ben Nevis on Saturday. The first, Callum Ross, was "
        "found on Sunday morning.",
        [("Ross", "other:missing")],
    ),
    (
        "Two aid workers were abducted in Darfur last week. The second woman, Helen Barker, a "
        "British nurse, appeared in a video on Monday.",
        [("Barker", "captured")],
    ),
    (
        "Four soldiers were wounded in the blast, the army said. The eldest, Sergeant Omar "
        "Khalid, 45, lost a leg.",
        [("Khalid", "wounded")],
    ),
    (
        "Two journalists were jailed in Baku in 2022. The older man, Rauf Aliyev, was pardoned "
        "in March; the other, Elvin Mammadov, is still in prison.",
        [("Aliyev", "arrested"), ("Mammadov", "arrested")],
    ),
    (
        "Three climbers died on K2 on Friday. Their guide, Nima Sherpa, survived. The second "
        "climber, Anna Weiss, was from Austria.",
        [("Weiss", "killed")],
    ),
    (
        "Two police officers were killed on Monday, the governor said. The first officer, Juma "
        "Ali, was a father of five.",
        [("Ali", "killed")],
    ),
]

# A given name joined by "and" to a person's name or to an owned relative, whatever the model
# tagged it.
GIVEN_NAMES = [
    (
        "Among those killed in the strike were Karim Haddad, a school teacher, and his two "
        "daughters, Lina and Rima, relatives said.",
        [("Haddad", "killed"), ("Lina", "killed"), ("Rima", "killed")],
    ),
    (
        "Nour and her husband Sami were arrested at their home in Aleppo. Sami was released "
        "after a week; Nour remains in detention.",
        [("Nour", "arrested"), ("Sami", "arrested"), ("Sami", "released")],
    ),
    (
        "Sana and Hiba, sisters aged 14 and 16, were abducted on their way to school on Monday.",
        [("Sana", "captured"), ("Hiba", "captured")],
    ),
    (
        "Ines and Tomas, both students, were arrested at the protest and released on Sunday.",
        [("Ines", "arrested"), ("Tomas", "arrested"), ("Ines", "released"), ("Tomas", "released")],
    ),
    (
        "Dalia, 9, and her brother Adam, 6, were pulled alive from the rubble on Tuesday, their "
        "aunt said.",
        [("Dalia", "alive"), ("Adam", "alive")],
    ),
    (
        "Rescuers found Ayse and her baby, Elif, alive after 60 hours under the rubble.",
        [("Ayse", "alive"), ("Elif", "alive")],
    ),
]

# A person described by one noun and named in the next sentence under another word for them:
# a synonym, an age, a demonym.
RENAMED = [
    (
        "A campaigner was arrested outside parliament on Monday. The activist, Lena Vogt, was "
        "released after six hours.",
        [("Vogt", "arrested"), ("Vogt", "released")],
    ),
    (
        "A prisoner died in custody in Tehran on Sunday, rights groups said. The inmate, Reza "
        "Karimi, had been on hunger strike.",
        [("Karimi", "killed")],
    ),
    (
        "A firefighter died while tackling a blaze in Lyon overnight. The fireman, Julien "
        "Moreau, was 34.",
        [("Moreau", "killed")],
    ),
    (
        "Gunmen abducted a businessman in Kano on Monday. The tycoon, Aliko Bello, was freed on "
        "Thursday.",
        [("Bello", "captured"), ("Bello", "released")],
    ),
    (
        "A pensioner was found alive in the rubble of her home in Latina on Wednesday. The "
        "81-year-old, Rosa Conti, had been trapped for 30 hours.",
        [("Conti", "alive")],
    ),
    (
        "A British tourist was shot and wounded during a robbery in Cape Town. The Briton, Paul "
        "Hayes, is in a stable condition.",
        [("Hayes", "wounded")],
    ),
    (
        "A local journalist has been missing since Tuesday, his newspaper said. The reporter, "
        "Ahmed Saleh, left his office in Aden in the afternoon.",
        [("Saleh", "other:missing")],
    ),
]

# A relative told of by an owned kin noun, then named in the next sentences.
KIN_NAMED_AFTER = [
    (
        "Leila Ahmadi said her husband had been arrested by security agents on Sunday. Her "
        "husband, Reza Tehrani, is a union organiser.",
        [("Tehrani", "arrested")],
    ),
    (
        "Amina Yusuf said her brother was shot dead at a checkpoint in 2016. Her brother, "
        "Ibrahim, was 22.",
        [("Ibrahim", "killed")],
    ),
    (
        "Carlos Vega says his son was taken by soldiers in 2019 and has not been seen since. The "
        "boy, Diego Marin, was 15.",
        [("Marin", "arrested")],
    ),
    (
        "Maria Santos, whose son disappeared in 2014, said she believed he was still alive. Her "
        "son, Joao Pires, was 19 when he vanished.",
        [("Pires", "alive")],
    ),
    (
        "Rosa Lima's husband was kidnapped on his way to work on Monday. Jorge Lima, a dentist, "
        "was freed on Friday after a ransom was paid.",
        [("Lima", "captured"), ("Lima", "released")],
    ),
    (
        "Her father was killed in the 2014 war, Noor Hamdan said. Khaled Hamdan was a fisherman.",
        [("Hamdan", "killed")],
    ),
    (
        "Dmitri Orlov said his wife had been detained at the border. Svetlana Orlova, 38, is a "
        "journalist.",
        [("Orlova", "arrested")],
    ),
]

# Two people described together ("a teacher and a nurse"), then named together, in order.
PAIRED = [
    (
        "A Malian journalist and a French researcher kidnapped in central Mali last year have "
        "been freed, the government said. Moussa Keita, a reporter, and Claire Martin, an "
        "anthropologist, were seized near Mopti in August.",
        [("Keita", "released"), ("Martin", "released")],
    ),
    (
        "A teacher and a nurse were arrested at the protest in Harare on Wednesday. Tendai Moyo "
        "and Ruth Banda were charged with public violence on Thursday.",
        [("Moyo", "arrested"), ("Banda", "arrested")],
    ),
    (
        "Gunmen abducted a priest and a seminarian from a parish in Kaduna on Saturday. Father "
        "Joseph Bako and Samuel Danjuma were taken into the forest, the diocese said.",
        [("Bako", "captured"), ("Danjuma", "captured")],
    ),
]

# "She was found" after a person went missing and someone else was named since: the one lost.
FOUND_AGAIN = [
    (
        "Anna Novak went missing on a hike on Saturday.\n\nHer friend, Eva Horvat, raised the "
        "alarm. She was found alive on Monday by a helicopter crew.",
        [("Novak", "alive")],
    ),
    (
        "Peter Sands disappeared while fishing off Cornwall on Friday. His friend, Mike Dunn, "
        "called the coastguard. He was found dead on Sunday.",
        [("Sands", "killed")],
    ),
    (
        "Gunmen abducted Father Luke Eze on Tuesday. A parishioner, John Obi, saw the car drive "
        "off. He was found unharmed two days later near Enugu.",
        [("Eze", "alive")],
    ),
]

TABLES = (LISTS, FIRST_OF_PAIR, RANKED, GIVEN_NAMES, RENAMED, KIN_NAMED_AFTER, PAIRED, FOUND_AGAIN)
FOUND = [(text, (who, pred, A)) for table in TABLES for text, rows in table for who, pred in rows]

NOT_FOUND = [
    # a rank needs a counted group: "treated wounded passengers" counts no one
    (
        "Ana Cruz, the nurse who treated wounded passengers on the deck, died in 2021.\n\n"
        "The youngest hostage, Joel Bautista, was eight years old.",
        ("Bautista", "wounded", A),
    ),
    # a member who died is not also the group's wounded
    (
        "Police said two men were shot in Moss Side on Sunday. The first, Leon Grant, 22, died "
        "at the scene.",
        ("Grant", "wounded", A),
    ),
    # the group's guide who survived is none of the dead
    (
        "Three climbers died on K2 on Friday. Their guide, Nima Sherpa, survived. The second "
        "climber, Anna Weiss, was from Austria.",
        ("Sherpa", "killed", A),
    ),
    # a list of acquitted people is no list of the jailed
    (
        "The court acquitted Juan Perez, Jose Gomez and Luis Diaz but jailed Ramon Cruz for ten "
        "years.",
        ("Gomez", "arrested", A),
    ),
    # a place joined to a person's name stays a place
    (
        "Sami Haddad and Jordan were named in the report; Sami Haddad was arrested in Amman.",
        ("Jordan", "arrested", A),
    ),
    # another word for another person: a photographer is not the journalist killed
    (
        "A journalist was killed in the strike on Tuesday. The photographer, Sami Nasser, who "
        "was with him, survived.",
        ("Nasser", "killed", A),
    ),
    (
        "A nurse was kidnapped near Kaduna on Sunday. The doctor, Musa Ibrahim, who worked with "
        "her, escaped.",
        ("Ibrahim", "captured", A),
    ),
    (
        "A soldier was killed in the ambush. The officer, Captain Ian Ross, said the convoy was "
        "hit twice.",
        ("Ross", "killed", A),
    ),
    # a relative named after is not the next person named under another relation
    (
        "Elena Moroz said on Wednesday that her husband had been killed by shelling. Her "
        "neighbour, Olga Shevchuk, 60, was wounded.",
        ("Shevchuk", "killed", A),
    ),
    # a speaker before "and" is no member of the pair after it
    (
        "Ali Musa spoke to reporters, and his brother was arrested an hour later.",
        ("Musa", "arrested", A),
    ),
    # a pair described is not the official named after it
    (
        "A British aid worker and a Kenyan driver were released on Friday. The charity's "
        "director, Helen Ward, said she was relieved.",
        ("Ward", "released", A),
    ),
    # the friend who raised the alarm is not the one found
    (
        "Anna Novak went missing on a hike on Saturday.\n\nHer friend, Eva Horvat, raised the "
        "alarm. She was found alive on Monday by a helicopter crew.",
        ("Horvat", "alive", A),
    ),
    (
        "Lucy Hart, 7, vanished from a park in Dorset on Sunday. Her mother, Kate Ross, said she "
        "had only looked away for a minute. She was found safe at a neighbour's house that "
        "evening.",
        ("Ross", "alive", A),
    ),
    # the speaker of a list is not on it
    (
        "Maria Lopez said Carlos Ruiz, Pedro Sanz and Javier Gil had been arrested.",
        ("Lopez", "arrested", A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
