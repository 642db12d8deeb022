"""Where a person is and that the person lives, in constructions of news prose the rules of
claims_states / claims_timeplace / claims_proof_of_life missed. Sentences
written for this test about fictional people: text → (last word of the subject, predicate,
polarity) of a claim that must be found, or one that must not."""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"

FOUND = [
    # "from" on the object of the verb: "leads the movement from exile in X" ("in X" hung on
    # the object beside "exile")
    (
        "The rebel leader's successor, Ilyas Umarov, still leads the movement's remnants from"
        " exile in Georgia, according to officials.",
        ("Umarov", "located_in", A),
    ),
    # "gave an interview from a camp in the jungle": a camp in wild country is a place
    (
        "Rebel commander Omar Talib died on Monday. In 1998 the army announced his death;"
        " weeks later he gave an interview to a Dutch weekly from a camp in the jungle.",
        ("Talib", "located_in", A),
    ),
    # "gave a radio interview from a camp in X" ("from" on the interview)
    (
        "Rebel commander Rosa Talib died on Monday. In 1992 a general said she had been killed"
        " in a bombing raid; three weeks later she gave a radio interview from a camp in Huila.",
        ("Talib", "located_in", A),
    ),
    # a witness saw the person somewhere: alive then, and there
    (
        "Father Paul Okoro was kidnapped in 2019. A freed hostage later told police he had seen"
        " Father Okoro in the camp shortly before he left.",
        ("Okoro", "alive", A),
    ),
    (
        "Father Paul Okoro was kidnapped in 2019. A freed hostage later told police he had seen"
        " Father Okoro in the camp shortly before he left.",
        ("Okoro", "located_in", A),
    ),
    # "had last seen X alive in a camp near Y": the adjective carries the person and place
    (
        "The engineer Marco Dizon was taken by pirates in 2010. A crewman said he had last seen"
        " Dizon alive in a camp near Eyl in 2016.",
        ("Dizon", "located_in", A),
    ),
    (
        "The engineer Marco Dizon was taken by pirates in 2010. A crewman said he had last seen"
        " Dizon alive in a camp near Eyl in 2016.",
        ("Dizon", "appeared", A),
    ),
    # "had seen X there": the place named before
    (
        "The report says Davlat Karimov was taken to a detention facility in Dushanbe. Two"
        " former detainees said they had seen Karimov there in January.",
        ("Karimov", "alive", A),
    ),
    # a visit "at" a place hung on the one visited, and "found him in reasonable health"
    (
        "The cyclist Pawel Zaremba has been detained in Doha, his wife said. The ministry said a"
        " consul had visited Zaremba at Al Wakra police station on Monday and found him in"
        " reasonable health.",
        ("Zaremba", "located_in", A),
    ),
    (
        "The cyclist Pawel Zaremba has been detained in Doha, his wife said. The ministry said a"
        " consul had visited Zaremba at Al Wakra police station on Monday and found him in"
        " reasonable health.",
        ("Zaremba", "alive", A),
    ),
    # "was being questioned in X": the one questioned is there
    (
        "The army said the rebels' quartermaster, Ousmane Tamboura, had been captured and was"
        " being questioned in Agadez.",
        ("Tamboura", "located_in", A),
    ),
    # "said by telephone from X": the speaker is there
    (
        '"My brother is not dead," Kemal Aydin said by telephone from Hamburg.',
        ("Aydin", "located_in", A),
    ),
    # "was last seen at a charity dinner in X": the gathering's place
    (
        "The tycoon Lau Chi-wai was last seen in public on May 28 at a charity dinner in Macau,"
        " according to his company.",
        ("Chi-wai", "located_in", A),
    ),
    # "remains in custody at X", "remains in a military prison in X": the named jail
    (
        "His co-defendant, Alice Kamau, 38, remains in custody at HMP Eastwood Park.",
        ("Kamau", "located_in", A),
    ),
    (
        "The rebel spokesman, Peter Ochola, who was captured in June, remains in a military"
        " prison in Gulu, his lawyer said.",
        ("Ochola", "located_in", A),
    ),
    # "was brought there": the place named before
    (
        "The opposition leader Joseph Kizza has not been seen since Saturday. A guard at the"
        " barracks in Masaka told our lawyer that Kizza was brought there on Sunday.",
        ("Kizza", "located_in", A),
    ),
    # "had spoken to X (by name) on Wednesday": the one reached lives
    (
        "The trader Moussa Keita was killed in the attack on Thursday. His brother, Amadou"
        " Keita, said he had spoken to Moussa on Wednesday morning, hours before the attack.",
        ("Keita", "alive", A),
    ),
]

NOT_FOUND = [
    # the outlet's own interview with a source is no claim about the source
    (
        "The lawyer Samir Khoury fled Aleppo in 2013. We spoke to Samir in Beirut.",
        ("Khoury", "alive", A),
    ),
    # "should be taken there" is a demand
    (
        "The opposition leader Joseph Kizza is ill. His lawyer said a clinic in Masaka could"
        " treat him and that Kizza should be taken there at once.",
        ("Kizza", "located_in", A),
    ),
    # custody without a place says no where ("remains in custody" is the arrest)
    (
        "His co-defendant, Alice Kamau, 38, remains in custody, the court heard.",
        ("Kamau", "located_in", A),
    ),
    # "must be treated in X" is an obligation, "said by telephone" names no place
    (
        "The court ruled that the prisoner Ousmane Tamboura must be treated in Niamey.",
        ("Tamboura", "located_in", A),
    ),
    (
        '"My brother is not dead," Kemal Aydin said by telephone on Monday.',
        ("Aydin", "located_in", A),
    ),
    # "found him guilty" is no state of health
    (
        "The cyclist Pawel Zaremba was tried in Doha. The court found him guilty on Monday.",
        ("Zaremba", "alive", A),
    ),
    # the last sighting dates a disappearance: no sign of life
    (
        "Aliyev's wife, Leyla, said she last saw her husband on the morning of the raid, when he"
        " left their flat.",
        ("Aliyev", "alive", A),
    ),
    # a question asks, a negation denies
    (
        "Commander Hamadou Intalla was reported killed. Has anyone actually seen Intalla since"
        " the strike?",
        ("Intalla", "alive", A),
    ),
    (
        "Commander Hamadou Intalla was reported killed. His aides said they had not seen Intalla"
        " since the strike.",
        ("Intalla", "alive", A),
    ),
    # seeing the person do something: the act is the claim
    (
        "Rebel commander Abu Dujana was killed on January 14, the army said. Residents had seen"
        " Abu Dujana leave the town two days earlier.",
        ("Dujana", "alive", A),
    ),
    # seen in a video: the recording's claim, not a witness's sighting
    (
        "Engineer Paolo Ferri was kidnapped in May. His sister said she had seen Ferri in a video"
        " released on Sunday.",
        ("Ferri", "located_in", A),
    ),
    # a leader who leads "from the front" is nowhere in particular
    (
        "Colonel Omar Talib still leads his brigade from the front, his aides said.",
        ("Talib", "located_in", A),
    ),
    # the interview came from a place that names nothing: "from a camp"
    (
        "Rebel commander Omar Talib died on Monday. Weeks after the army announced his death"
        " in 1998 he gave an interview to a Dutch weekly from a camp.",
        ("Talib", "located_in", A),
    ),
]


test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
