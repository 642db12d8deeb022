"""Where a person is, that the person lives, and how the person is hurt, read from general
constructions of news prose: a search that finds someone at a site, a
speaker interviewed in a town, a condition that implies life or harm. Sentences written for
this test about fictional people: text → (last word of the subject, predicate, polarity) of
a claim that must be found, or one that must not."""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"

FOUND = [
    # a passive verb of finding with a site no name is needed for: where the person was
    (
        "The shepherd Emre Kaplan was found alive near a disused quarry on Friday, the"
        " gendarmerie said.",
        ("Kaplan", "located_in", A),
    ),
    (
        "Two days after she vanished, the student Ilona Varga was found in a hunting cabin"
        " above the village, police said.",
        ("Varga", "located_in", A),
    ),
    (
        "The kayaker Tom Reilly was discovered on Sunday on a sandbank in the estuary, the"
        " coastguard said.",
        ("Reilly", "located_in", A),
    ),
    # the site hangs on what the person was doing when found (or on the noun before it)
    (
        "Anwar Qasim was spotted by a drone crew on Monday crossing a dry river bed some 40"
        " kilometres south of Tindouf.",
        ("Qasim", "located_in", A),
    ),
    (
        "The climber Lars Nyberg was found sheltering behind a boulder below the summit, the"
        " rescue service said.",
        ("Nyberg", "located_in", A),
    ),
    (
        "Teenager Mia Kowalczyk was located on Tuesday evening at a relative's flat in Gdansk,"
        " officers said.",
        ("Kowalczyk", "located_in", A),
    ),
    # a copula with "unhurt" / "unharmed": not wounded, and so alive
    (
        "The driver, Paul Okafor, was unhurt, police said.",
        ("Okafor", "alive", A),
    ),
    (
        "Police said the herder Musa Leleti was thirsty but unharmed when they reached him.",
        ("Leleti", "alive", A),
    ),
    (
        "Her colleague, Ana Ruiz, is uninjured, the embassy said on Tuesday.",
        ("Ruiz", "alive", A),
    ),
    # a patient's condition: "stable" said of a person
    (
        "A clinic spokeswoman said on Friday that Omar Diallo was stable and awake.",
        ("Diallo", "alive", A),
    ),
    # an injury one carries: a hurt body part, nouns of injury
    (
        "Rescuers said the climber Jan Novak had a dislocated shoulder and frostbite.",
        ("Novak", "wounded", A),
    ),
    (
        "The lawyer of the activist Sara Amini said she had bruises on her arms.",
        ("Amini", "wounded", A),
    ),
    (
        "Goalkeeper Ivan Petrov suffered a sprained ankle in the crash, his club said.",
        ("Petrov", "wounded", A),
    ),
    # an interview given in a named town: where the speaker is
    (
        "The exiled poet Lina Haddad spoke to this newspaper in Amman last week.",
        ("Haddad", "located_in", A),
    ),
    (
        "Former minister Ivo Horvat talked to the Adriatic Times in Split about the case.",
        ("Horvat", "located_in", A),
    ),
    # "there" points back to a place named before; denied with "not" / "no longer"
    (
        "When agents searched the union's offices in Sfax, its chairman, Nabil Trabelsi, was"
        " not there.",
        ("Trabelsi", "located_in", N),
    ),
    (
        "Troops surrounded the farmhouse at dawn, but Omar Sy was no longer there, villagers said.",
        ("Sy", "located_in", N),
    ),
    (
        "Colleagues say the reporter Juan Ortega was driven to an army base near Tepic and is"
        " still there.",
        ("Ortega", "located_in", A),
    ),
    # carried to a place of care whose town the parser hangs elsewhere
    (
        "The diver Yusuf Kaya, 47, was taken to hospital in Bodrum suffering from cold.",
        ("Kaya", "located_in", A),
    ),
    # reported speech shifts "is recovering at X" back to "was recovering at X"
    (
        "A party official said Idris Nour was recovering at a clinic in Abeche after the ambush.",
        ("Nour", "alive", A),
    ),
    # a copula with a building that has a town named on it
    (
        "The army says General Ruth Obote is safe and is at the ministry in Entebbe.",
        ("Obote", "located_in", A),
    ),
    (
        "The mayor, Ines Kabila, was at her office in Goma when the shelling began.",
        ("Kabila", "located_in", A),
    ),
    (
        "Former minister Ali Rezai is not at the embassy in Vienna, a spokesman said.",
        ("Rezai", "located_in", N),
    ),
    # an interview given in a town, in the passive
    (
        "The exiled editor Omar Haddad was interviewed by Radio Cedar in Beirut on Monday.",
        ("Haddad", "located_in", A),
    ),
    # awake: a living body's condition
    (
        "Doctors said the striker Samir Khalil was awake on Tuesday evening.",
        ("Khalil", "alive", A),
    ),
    # moving about within an area, in the progressive
    (
        "Officials believe the rebel chief Omar Sy is moving between hideouts in the hills"
        " near Kidal.",
        ("Sy", "located_in", A),
    ),
    (
        "The rebel chief Omar Sy has been roaming around northern Mali since the strike,"
        " officials say.",
        ("Sy", "located_in", A),
    ),
    # a quantifier picks the place out of a set: "in any of our facilities"
    (
        '"Karimova is not in any of our facilities," the ministry\'s spokesman, Ruslan Ali, said.',
        ("Karimova", "located_in", N),
    ),
    (
        "Officials believe the rebel chief Omar Sy is in one of the group's camps near Kidal.",
        ("Sy", "located_in", A),
    ),
    # a call to one's family from a named place: alive, and where
    (
        "The jailed blogger Omar Sy called his wife from a prison in Tripoli on Sunday.",
        ("Sy", "located_in", A),
    ),
    # a body that breathes lives
    (
        "Paramedics said the driver, Tariq Osman, was breathing and talking when they arrived.",
        ("Osman", "alive", A),
    ),
    # the company one keeps somewhere named
    (
        "The freed nurse Ana Lind was released on Friday and is now with her family in Malmo.",
        ("Lind", "located_in", A),
    ),
    (
        '"Samira Haddad is safe and is with our staff in Mopti," the charity\'s director said.',
        ("Haddad", "located_in", A),
    ),
    # placed in solitary confinement at a named prison
    (
        "Nasrin Karimi has been placed in solitary confinement at Qarchak prison near Tehran.",
        ("Karimi", "located_in", A),
    ),
    # a sighting at a checkpoint near a named town
    (
        "The missing trader Ali Musa was photographed at a checkpoint near Gao on Monday.",
        ("Musa", "located_in", A),
    ),
    # "was in / at" anything one can be in, with a named town on it
    (
        "Samir Khalil was in a café in Paris on Monday when the police called him.",
        ("Khalil", "located_in", A),
    ),
    (
        "Samir Khalil was at the funeral in Cairo, his brother said.",
        ("Khalil", "located_in", A),
    ),
    # reunited with one's family somewhere named; landed ashore; turned up somewhere
    (
        "The freed sailor Samir Khalil was reunited with his family in Paris on Sunday.",
        ("Khalil", "located_in", A),
    ),
    (
        "The fisherman Samir Khalil was brought ashore in Lampedusa on Monday, officials said.",
        ("Khalil", "located_in", A),
    ),
    (
        "The missing teenager Samir Khalil turned up at a police station in Cairo on Friday.",
        ("Khalil", "located_in", A),
    ),
    # the present perfect progressive of dwelling goes on up to now: alive now
    (
        "Villagers say the militia chief Sam Kamara, declared dead in 2020, has been living in"
        " a farmhouse outside Bo ever since.",
        ("Kamara", "alive", A),
    ),
    (
        "Police say the gang is led by Bashir Tanko, who has been hiding in the forest since"
        " he escaped from prison.",
        ("Tanko", "alive", A),
    ),
    # taken to or held at an office of the police or the security services
    (
        "Police detained Yasir Omer on Monday. Omer was taken to the military intelligence"
        " headquarters, his family said.",
        ("Omer", "located_in", A),
    ),
    (
        "Lena Marovic is being held at the headquarters of the financial crimes agency.",
        ("Marovic", "located_in", A),
    ),
    (
        "Lena Marovic was taken to a police station in Podgora, the spokesman said.",
        ("Marovic", "located_in", A),
    ),
]

NOT_FOUND = [
    # a party's or a bus company's office is no place of custody
    (
        "Samir Khalil was taken to the party headquarters after the rally.",
        ("Khalil", "located_in", A),
    ),
    # the pluperfect is a stage of a past story
    (
        "The banker Samir Khalil had been living in Paris when he was arrested in 2019.",
        ("Khalil", "alive", A),
    ),
    (
        "The witness Samir Khalil turned up late for the hearing on Friday.",
        ("Khalil", "located_in", A),
    ),
    # company, but nowhere named
    (
        "The freed nurse Ana Lind is with her lawyer, her family said.",
        ("Lind", "located_in", A),
    ),
    (
        "Paramedics said the driver, Tariq Osman, was not breathing when they arrived.",
        ("Osman", "alive", A),
    ),
    # a quantifier over no places
    (
        "The rebel chief Omar Sy is in one of his rages, his aides joked.",
        ("Sy", "located_in", A),
    ),
    # what one moves is not where one is
    (
        "General Omar Sy is moving troops between bases in northern Mali.",
        ("Sy", "located_in", A),
    ),
    # a town-less interview
    (
        "The exiled editor Omar Haddad was interviewed by police about the fire.",
        ("Haddad", "located_in", A),
    ),
    # a building with no town is an employer, not a place
    (
        "Ali Rezai is at the ministry, where he advises on trade.",
        ("Rezai", "located_in", A),
    ),
    # "was recovering at the time": a stage of a past story
    (
        "A nurse who treated him in 2019 said Idris Nour was recovering in a hospital in"
        " Abeche at the time.",
        ("Nour", "alive", A),
    ),
    # an existential "there" says nothing of where a person is
    (
        "There was no news of the missing trawlerman Ali Baba on Sunday.",
        ("Baba", "located_in", A),
    ),
    # a quotation's frame: where the quote was given, not a claim of the gold
    (
        '"He is alive," his sister Nadia Sami told reporters in Cairo.',
        ("Sami", "located_in", A),
    ),
    # the town is the tarmac's, where a statement was made in passing
    (
        "The freed pilot Marc Roux spoke briefly to reporters on the tarmac in Vienna.",
        ("Roux", "located_in", A),
    ),
    # "stable" of a situation, not of a person
    (
        "The situation around the camp where Omar Diallo lives is stable, the army said.",
        ("Diallo", "alive", A),
    ),
    # a trip home is no recovery
    (
        "Foreign minister Lena Vogt is expected to go home to Berlin after the summit.",
        ("Vogt", "alive", A),
    ),
    # released or escaped "unharmed": the release's manner, not a separate sign of life
    (
        "The engineer Tomas Kral was freed unharmed on Monday after a ransom was paid.",
        ("Kral", "alive", A),
    ),
    # a body is found, not a person where he now is
    (
        "The hiker Pavel Hruby was found dead in a ravine near the pass on Sunday.",
        ("Hruby", "located_in", A),
    ),
    # a search that has not found anyone
    (
        "The fisherman Kwesi Boateng has not been found, and divers are searching the lake.",
        ("Boateng", "located_in", A),
    ),
    # a verdict is no finding of a person
    (
        "Former mayor Dario Lenz was found guilty of bribery on Monday.",
        ("Lenz", "located_in", A),
    ),
    # a sighting with no place a reader could find on a map
    (
        "A witness said the banker Rui Moreira had been seen at a hotel in the city in May.",
        ("Moreira", "located_in", A),
    ),
]


test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
