"""Claims never found at all (issue 6, the "absent" misses): where a person is
("is being held at", "was moved to", "lives in exile in", "has taken refuge in", "remains in
hospital in", "is believed to be hiding in", "was seen in", "returned to"), that a person
lives ("survived", "is recovering", "was rescued", "walked out", "is in stable condition",
"spoke to reporters from his bed"), appearances ("addressed the rally", "showed up", "made his
first public appearance") and harm ("suffered burns", "was hurt", "sustained injuries", "was
hospitalised with"). Sentences written for this test about fictional people:
text -> (surname, predicate, polarity)."""

from __future__ import annotations

from claims_rows import row_tests

A = "affirmed"
N = "negated"

FOUND = [
    # whereabouts
    (
        "Activist Lena Morozova is being held at a pre-trial detention centre in Kazan.",
        ("Morozova", "located_in", A),
    ),
    (
        "Prison officials said Omar Faris was moved to a high-security jail in Tanta last week.",
        ("Faris", "located_in", A),
    ),
    ("The former minister, Ruben Salas, lives in exile in Madrid.", ("Salas", "located_in", A)),
    (
        "Opposition leader Tendai Moyo has taken refuge in the Dutch embassy in Harare.",
        ("Moyo", "located_in", A),
    ),
    ("Karin Aho remains in hospital in Tampere, her husband said.", ("Aho", "located_in", A)),
    (
        "Warlord Issa Koroma is believed to be hiding in the forests near Kailahun.",
        ("Koroma", "located_in", A),
    ),
    (
        "Witnesses said Farid Zaman was seen in a market in Peshawar on Monday.",
        ("Zaman", "located_in", A),
    ),
    (
        "Officers booked Dale Harper into the county jail on Friday night.",
        ("Harper", "located_in", A),
    ),
    (
        "A local man, Ray Dunn, 31, was taken to St Luke's Hospital with a gunshot wound.",
        ("Dunn", "located_in", A),
    ),
    (
        "Nadia Ferhat spent three months in a police cell in Oran before her trial.",
        ("Ferhat", "located_in", A),
    ),
    (
        "Jorge Ibarra now lives in a small flat in Valencia, his lawyer said.",
        ("Ibarra", "located_in", A),
    ),
    # survival
    ("The pilot, Anton Weiss, survived the crash with minor injuries.", ("Weiss", "alive", A)),
    ("Hana Kovac is recovering at a hospital in Split, doctors said.", ("Kovac", "alive", A)),
    ("Teacher Mira Sen walked out of the rubble unaided on Wednesday.", ("Sen", "alive", A)),
    ("Police said Tom Reilly was in stable condition at Mercy Hospital.", ("Reilly", "alive", A)),
    ("Pedro Alves spoke to reporters from his hospital bed on Thursday.", ("Alves", "alive", A)),
    (
        "Police said the injuries of shopkeeper Amit Rao were not life-threatening.",
        ("Rao", "alive", A),
    ),
    (
        "Samir Nouri was shot in the leg during the raid but is recovering, his brother said.",
        ("Nouri", "alive", A),
    ),
    (
        "The driver, Elias Berhane, was in serious condition on Friday morning, a nurse said.",
        ("Berhane", "alive", A),
    ),
    # appearances
    (
        "Rebel commander Yusuf Adan addressed a rally in Kismayo on Saturday.",
        ("Adan", "appeared", A),
    ),
    (
        "General Ilya Petrenko made his first public appearance since the coup on Monday.",
        ("Petrenko", "appeared", A),
    ),
    ("Mayor Lucia Ferro showed up at the council meeting on Tuesday.", ("Ferro", "appeared", A)),
    (
        "Bishop Paul Nwosu was seen at a church service in Enugu on Sunday.",
        ("Nwosu", "appeared", A),
    ),
    ("The accused, Arif Khan, was led into the courtroom in handcuffs.", ("Khan", "appeared", A)),
    # harm
    ("Factory worker Ana Ruiz suffered burns to her arms in the blast.", ("Ruiz", "wounded", A)),
    ("A bystander, Jacob Mills, was hurt when the wall collapsed.", ("Mills", "wounded", A)),
    (
        "Journalist Ali Demir sustained injuries to his head during the protest.",
        ("Demir", "wounded", A),
    ),
    (
        "Nurse Ewa Nowak was hospitalised with a broken arm after the attack.",
        ("Nowak", "wounded", A),
    ),
    (
        "Their neighbour, Hakan Ozturk, got out alive with a broken leg, he said.",
        ("Ozturk", "wounded", A),
    ),
    ("Rescuers said Emre Kaya, 9, was found alive with cuts and bruises.", ("Kaya", "wounded", A)),
    (
        "Nikos Vlahos was beaten during his arrest and has a broken arm, his lawyer said.",
        ("Vlahos", "wounded", A),
    ),
    ("Police said Amit Rao's injuries were not life-threatening.", ("Rao", "alive", A)),
    (
        "Hospital staff said the condition of Greta Lind was not life-threatening.",
        ("Lind", "alive", A),
    ),
    (
        "A former inmate said he had shared a cell with Karim Jaber at Tadmor prison in 2016.",
        ("Jaber", "located_in", A),
    ),
    (
        "He spent a year in Evin prison, in a cell he shared with a student, Reza Moradi.",
        ("Moradi", "located_in", A),
    ),
    (
        "A former inmate said he had shared a cell with Karim Jaber at Tadmor prison in 2016.",
        ("Jaber", "arrested", A),
    ),
    (
        "Omar Bakri lies in a bed in the trauma ward at Al-Shifa Hospital, his leg in a cast.",
        ("Bakri", "located_in", A),
    ),
    (
        "Ali Dogan, who officials say is now living in the Qandil mountains, declined to comment.",
        ("Dogan", "located_in", A),
    ),
    (
        "His wife said Musa Camara was alive and being treated at a clinic in Kankan.",
        ("Camara", "located_in", A),
    ),
    (
        "Her deputy, Oleg Rudin, was shot in the arm and spent a month in a hospital in Sochi.",
        ("Rudin", "located_in", A),
    ),
    (
        "The engineer Lars Brun was detained in Brazil for eleven months in 2019.",
        ("Brun", "located_in", A),
    ),
    (
        "Rescuers pulled Aylin Demir out of the rubble with a broken leg on Tuesday.",
        ("Demir", "wounded", A),
    ),
    ("The boy, Emre Oz, escaped the fire with burns to his hands.", ("Oz", "wounded", A)),
    (
        "Their neighbour, Hakan Ozturk, got out alive with a broken leg, he said.",
        ("Ozturk", "alive", A),
    ),
    (
        "Doctors said Rita Mbeki was on a ventilator in the intensive care unit at Groote Schuur Hospital.",
        ("Mbeki", "located_in", A),
    ),
    # batch 2, written after the rules, in other words
    (
        "Survivor Lea Roth crawled from the wreckage with a fractured skull.",
        ("Roth", "wounded", A),
    ),
    (
        "Farmer Ivo Petric emerged from the collapsed barn with bruises on Sunday.",
        ("Petric", "wounded", A),
    ),
    (
        "Doctors said the wounds of Sami Aziz were not life threatening.",
        ("Aziz", "alive", A),
    ),
    (
        "Tariq Nasser said he shared a cell with the blogger Omar Saleh in Evin prison.",
        ("Saleh", "located_in", A),
    ),
    (
        "The businessman Li Wen was detained in Minsk for three weeks last year.",
        ("Wen", "located_in", A),
    ),
    (
        "Sara Holm lay in a bed in the trauma ward of Ullevaal Hospital on Monday.",
        ("Holm", "located_in", A),
    ),
    (
        "The defendant, Piotr Nowak, was escorted into the dock by two police officers.",
        ("Nowak", "appeared", A),
    ),
    ("Jake Ross was booked into the Harris County jail on Tuesday.", ("Ross", "located_in", A)),
    ("Tomas Kral, a miner, walked out of the flooded shaft on Friday.", ("Kral", "alive", A)),
    (
        "Bruno Alves is in a hospital in Porto, where doctors describe his condition as critical.",
        ("Alves", "alive", A),
    ),
    ("Nurses described the condition of Omar Haidari as stable.", ("Haidari", "alive", A)),
    # the victim's next verb, joined by the parser to the attack's time clause
    (
        "Pavel Ilyin was wounded when gunmen attacked the convoy and later died in a hospital"
        " in Sochi.",
        ("Ilyin", "killed", A),
    ),
    (
        "Rosa Mejia was shot when police raided the market and was flown to a hospital in Cali.",
        ("Mejia", "located_in", A),
    ),
    (
        "Her deputy, Oleg Rudin, was shot in the shoulder when troops stormed the building and"
        " spent a month in a hospital in Sochi.",
        ("Rudin", "located_in", A),
    ),
    # a relative clause's second verb, hung by the parser on the main verb
    (
        "The report names the lawyer Sara Haddad, who was arrested in March and, according to"
        " her family, has been held in Evin prison since.",
        ("Haddad", "located_in", A),
    ),
    # a participle on a group the named person is part of, or on a second description
    (
        "Ali Hassan, one of the men arrested in May, was released on Friday.",
        ("Hassan", "arrested", A),
    ),
    (
        "Omar Diallo, the youngest of the hostages freed on Monday, is recovering in Niamey.",
        ("Diallo", "released", A),
    ),
    (
        "Vera Dunne, a teacher and the only woman freed in the exchange, went back to Cork.",
        ("Dunne", "released", A),
    ),
    # the verb's subject taken by a reduced relative inside the aside
    (
        "Pavel Sokol, the best known of the prisoners freed that day, had spent six years in"
        " the Kresty prison.",
        ("Sokol", "located_in", A),
    ),
    (
        "Maria Gomez, the most senior of the officials detained last week, had served two"
        " terms as mayor of the town before her arrest.",
        ("Gomez", "arrested", A),
    ),
    ("Pilot Ahmed Karim ended up in a refugee camp in Jordan.", ("Karim", "located_in", A)),
    ("The guide, Pemba Sherpa, made a full recovery.", ("Sherpa", "alive", A)),
    (
        "Colonel Idris Nur appeared on Monday at peace talks with the government.",
        ("Nur", "appeared", A),
    ),
    ("Senator Ruth Obi spoke at a vigil for the victims in Abuja.", ("Obi", "appeared", A)),
    (
        "Weeks after his reported death, Omar Khalil gave a long interview to a Qatari"
        " television channel.",
        ("Khalil", "appeared", A),
    ),
    (
        "Three miners, among them Jan Novak, are trapped in a shaft near Kell.",
        ("Novak", "located_in", A),
    ),
    (
        "An avalanche trapped the mountain guide Karl Moser in a hut below the Jungfrau.",
        ("Moser", "located_in", A),
    ),
    (
        "Ali Demir remains trapped under the rubble of his house in Antakya, his brother said.",
        ("Demir", "located_in", A),
    ),
    (
        "Survivors included the pilot, Jan Berg, and a nurse, Ana Lopez.",
        ("Lopez", "alive", A),
    ),
    (
        "Speaking from his base in the Qandil mountains, commander Cemil Bayik denied the report.",
        ("Bayik", "located_in", A),
    ),
    (
        "Speaking from her bed at Zelin regional hospital on Thursday, the climber Eva Horak"
        " described the storm.",
        ("Horak", "located_in", A),
    ),
    (
        "The nurse Greta Lund spent 14 months as a hostage in the Sahel.",
        ("Lund", "located_in", A),
    ),
    (
        "Hostage Anna Kohl is being held in the Sahel by her kidnappers, officials said.",
        ("Kohl", "located_in", A),
    ),
    ("Suspect Kwesi Boateng is believed to have fled to Togo.", ("Boateng", "located_in", A)),
    # a role noun and the described name both read as subjects of the verb
    (
        "A fellow hostage, the French engineer Luc Moreau, was killed by the kidnappers.",
        ("Moreau", "captured", A),
    ),
    (
        "A fellow prisoner, the blogger Emin Huseynov, remains in Shuvalan, his wife said.",
        ("Huseynov", "arrested", A),
    ),
]

NOT_FOUND = [
    ("Ali Demir said he felt trapped at home during the lockdown.", ("Demir", "located_in", A)),
    ("Omar Khalil gave an interview to a French magazine in May.", ("Khalil", "appeared", A)),
    ("Doctors hope Pemba Sherpa will make a full recovery.", ("Sherpa", "alive", A)),
    (
        "Ana Ruiz, the lawyer of the men arrested in May, spoke to reporters on Friday.",
        ("Ruiz", "arrested", A),
    ),
    (
        "Omar Tahir was killed when gunmen stormed the hotel and seized twelve guests.",
        ("Tahir", "captured", A),
    ),
    ("Critics described the plan of Omar Haidari as critical.", ("Haidari", "alive", A)),
    ("Hana Lee was taken to court by her former employer.", ("Lee", "appeared", A)),
    ("Nurse Ewa Lis could be transferred to a hospital in Gdansk.", ("Lis", "located_in", A)),
    ("The journalist Aras Demir walked out of Silivri prison on Tuesday.", ("Demir", "alive", A)),
    (
        "A released prisoner said he had shared a cell with Yusuf Nader in 2019.",
        ("Nader", "located_in", A),
    ),
    (
        "Activist Lena Morozova could be moved to a jail in Kazan, her lawyer warned.",
        ("Morozova", "located_in", A),
    ),
    ("Relatives called for Omar Faris to be returned to Cairo.", ("Faris", "located_in", A)),
    ("Police charged Tariq Aziz with causing burns to a neighbour.", ("Aziz", "wounded", A)),
    ("Marta Gil was treated with antibiotics for an infection.", ("Gil", "wounded", A)),
    ("Guards threatened Pavel Orlov with a broken bottle.", ("Orlov", "wounded", A)),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
