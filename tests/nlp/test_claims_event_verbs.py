"""Event verbs (arrested, captured, killed, wounded, released).
Sentences written for this test about fictional people: text -> (subject surname,
predicate, polarity) of a claim that must be found, or one that must not."""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"

FOUND = [
    # a capture by the state's armed forces is an arrest ("captured by troops"; README:
    # detention by authorities -> arrested, and the capture is not told twice)
    (
        "In 1994 Amos Keter was captured by government troops near the border.",
        ("Keter", "arrested", A),
    ),
    (
        "Soldiers captured the militia commander Obi Nwosu at a farm on Tuesday, the army said.",
        ("Nwosu", "arrested", A),
    ),
    # a reduced relative the parser reads as a main verb with a passive conjunct
    (
        "A second journalist detained at the same march, Ines Varga, was released on Friday,"
        " the interior ministry said.",
        ("Varga", "arrested", A),
    ),
    (
        "Omar Sidibe, the Malian women's rights lawyer detained in Bamako since June, was"
        " released on Friday, three colleagues said.",
        ("Sidibe", "arrested", A),
    ),
    # a finite passive joined to an infinitive of purpose: the main clause's subject
    (
        "Lena Moravec flew home in 2019 to see her father and was arrested at the airport.",
        ("Moravec", "arrested", A),
    ),
    (
        "A fourth student detained at the same rally, Pavel Horak, was released on Sunday,"
        " the police said.",
        ("Horak", "arrested", A),
    ),
    # "along with Y" hung on the last noun of the verb's place phrase: Y shares the event
    (
        "Leila Navabi was arrested in 1983 at a safe house in Tehran along with her husband,"
        " Kamran Sohrabi.",
        ("Sohrabi", "arrested", A),
    ),
    # a capture that names no captor, in a story of arrests and custody
    (
        "Two of the raiders, Hassan Farah and Omar Ilmi, were captured alive, the police said."
        " Five other suspects remain in custody.",
        ("Ilmi", "arrested", A),
    ),
    (
        "Police confirmed that three men are in custody over the fraud. Pavlo Hrytsenko had"
        " been seized at the airport, his lawyer said.",
        ("Hrytsenko", "arrested", A),
    ),
    # a timeline's present-tense verb tagged as a noun with an object
    (
        "June 2018 - Police arrest Juan Ruiz's wife, Dina Paucar, in Lima.",
        ("Paucar", "arrested", A),
    ),
    # the holder of "in X's hands" as a possessor or modifier, not only an of-phrase
    (
        "Amina Sule was never in their hands, the spokesman said.",
        ("Sule", "captured", N),
    ),
    (
        "Amina Sule is now in police hands.",
        ("Sule", "arrested", A),
    ),
    # a captive handed over to someone, in a story of kidnapping: freed
    (
        "Elise Moreau, the aid worker kidnapped in July, was handed over to Nigerien troops"
        " late on Thursday near the border.",
        ("Moreau", "released", A),
    ),
    # an event noun whose of-phrase the parser hangs on the event's date
    (
        "The union welcomed the release on Tuesday of the cameraman Tomas Duarte, who had been"
        " held for a week.",
        ("Duarte", "released", A),
    ),
    # a participle tagged as a past tense in a reduced relative
    (
        "Iryna Sas, the photographer freed on bail on June 6, is now in Germany for medical"
        " treatment, according to a friend.",
        ("Sas", "released", A),
    ),
    # an injury in a "with" phrase of being somewhere or getting back
    (
        "His son, Saleh Yafai, was in the convoy and is in hospital in Aden with burns,"
        " according to the hospital's director.",
        ("Yafai", "wounded", A),
    ),
    (
        "The guide, Pasang Lama, who turned back at the last camp with frostbite, was flown to"
        " Kathmandu, the organiser said.",
        ("Lama", "wounded", A),
    ),
    # names in apposition to a prisoner noun are held
    (
        "Two other prisoners, Samir Latif and Adel Mansour, have joined the hunger strike,"
        " according to a rights group.",
        ("Mansour", "arrested", A),
    ),
    # "on hunger strike": a state phrase of the striker
    (
        "Pavel Kuzmin has been on hunger strike since May, his lawyer said.",
        ("Kuzmin", "other:strike", A),
    ),
    (
        "The ministry denied that Nodar Beridze had been on hunger strike.",
        ("Beridze", "other:strike", N),
    ),
]

NOT_FOUND = [
    (
        "In 1994 Amos Keter was captured by government troops near the border.",
        ("Keter", "captured", A),
    ),
    # a capture the police tell of with no captor named is their own: an arrest, not a capture
    (
        "Two of the raiders, Hassan Farah and Omar Ilmi, were captured, the police said."
        " Five other suspects remain at large.",
        ("Ilmi", "captured", A),
    ),
    # captured by rebels: a kidnapping, no arrest
    (
        "The engineer Lars Holm was captured by rebels near the dam in May.",
        ("Holm", "arrested", A),
    ),
    # a capture that names no captor in a story of a kidnapping stays a capture only
    (
        "Aid worker Lena Holm was captured alive near Gao. Her kidnappers have asked for a"
        " ransom, and two of them are in prison.",
        ("Holm", "arrested", A),
    ),
    # a suspect handed to police outside a kidnapping story is arrested, not freed
    (
        "Residents caught Ali Musa and handed him over to police.",
        ("Musa", "released", A),
    ),
    # "with" naming others who are hurt, not an injury of one's own
    (
        "Dr Amina Sule is at the clinic with burns victims.",
        ("Sule", "wounded", A),
    ),
    # a former or released prisoner is no longer held
    (
        "A former detainee, Omar Bakri, said he had seen her in January.",
        ("Bakri", "arrested", A),
    ),
]


test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
