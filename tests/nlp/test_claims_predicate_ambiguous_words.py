"""Which predicate a clause takes when it holds more than one event word, or a word with
more than one sense (issue 6): a stop at an airport or a border that the
state turns into custody ("stopped by police", "and questioned") against a bare "stopped at
the airport"; a rescue from danger (other:rescue) against a hostage's rescue (released);
"free to" (a permission, no release); a person seen or found "among the wounded / the dead";
the holder deciding arrested against captured; "found dead" against "found"; "turned up";
strike nouns. Sentences written for this test about fictional people: text -> (last word of
the subject, predicate, polarity) of a claim that must be found, or one that must not."""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"

FOUND = [
    # A. a stop by the state at an airport, a border or a checkpoint, that holds the person
    (
        "The former minister Rafael Soto was stopped by police at Lisbon airport on Friday as"
        " he was about to board a flight to Brazil.",
        ("Soto", "arrested", A),
    ),
    (
        "The activist Mira Petrenko was stopped at the border on Sunday and questioned for six"
        " hours, her lawyer said.",
        ("Petrenko", "arrested", A),
    ),
    (
        "The businessman Omar Said was stopped by customs officers at Heathrow on Tuesday and"
        " detained for questioning.",
        ("Said", "arrested", A),
    ),
    (
        "Border guards stopped the blogger Ivan Kostov at the airport and held him overnight.",
        ("Kostov", "arrested", A),
    ),
    (
        "The rapper Dele Ade was stopped by border guards at the Seme crossing on Monday, his"
        " manager said.",
        ("Ade", "arrested", A),
    ),
    (
        "Police stopped the activist Mira Lenko at the airport on Friday and confiscated her"
        " passport.",
        ("Lenko", "arrested", A),
    ),
    (
        "The journalist Omar Diallo was stopped at a checkpoint by soldiers and taken to a"
        " military camp.",
        ("Diallo", "arrested", A),
    ),
    # a stop at the border told with a refused crossing ("and turned back") is no custody
    (
        "The opposition MP Kemi Ade was stopped at the border and turned back on Sunday.",
        ("Ade", "other:stop", A),
    ),
    # a bare stop at an airport or a border is the state's: arrested (README, session 18, g95)
    (
        "The banker Tomas Hale tried to leave the country in May and was stopped at the airport.",
        ("Hale", "arrested", A),
    ),
    # B. a rescue from danger, in a story that tells of no one held
    (
        "The climber Anna Berg was rescued on Sunday after two nights on the glacier, the park"
        " service said.",
        ("Berg", "other:rescue", A),
    ),
    (
        "The fisherman Kofi Mensah was rescued by a passing trawler after drifting for three days.",
        ("Mensah", "other:rescue", A),
    ),
    (
        "Flood waters swept away the farmer Juma Said's house. He was rescued from a rooftop by"
        " a navy helicopter on Tuesday.",
        ("Said", "other:rescue", A),
    ),
    # a hostage's rescue frees him from his captors: released
    (
        "The kidnapped engineer Paul Weber was rescued by special forces in a raid on a camp on"
        " Friday.",
        ("Weber", "released", A),
    ),
    (
        "The hostage Maria Costa was rescued by troops on Tuesday, six weeks after gunmen"
        " seized her.",
        ("Costa", "released", A),
    ),
    ("The aid worker Tim Cole was rescued by commandos on Friday.", ("Cole", "released", A)),
    (
        "The sailor Jon Berg was rescued by a navy helicopter after his yacht capsized.",
        ("Berg", "other:rescue", A),
    ),
    # C. seen or found among the casualties
    (
        "A witness said he had seen the farmer Ali Musa among the wounded being carried into"
        " the clinic.",
        ("Musa", "wounded", A),
    ),
    (
        "A witness said he had seen the farmer Ali Musa among the wounded being carried into"
        " the clinic.",
        ("Musa", "appeared", A),
    ),
    ("A neighbour said she saw the tailor Ibrahim Lawal among the dead.", ("Lawal", "killed", A)),
    (
        "Relatives found the teacher Grace Obi among the injured at the district hospital on"
        " Tuesday.",
        ("Obi", "wounded", A),
    ),
    # D. the holder decides arrested or captured (rows that passed before this session)
    (
        "The journalist Omar Tahir was seized by security forces at a checkpoint on Sunday.",
        ("Tahir", "arrested", A),
    ),
    (
        "The aid worker Lena Vogt was seized by gunmen on the road to Gao on Sunday.",
        ("Vogt", "captured", A),
    ),
    (
        "The rebel commander Jean Bosco was captured by government troops in a raid on Saturday.",
        ("Bosco", "arrested", A),
    ),
    (
        "The student Amir Khan was picked up by plainclothes officers outside his dormitory on"
        " Tuesday.",
        ("Khan", "arrested", A),
    ),
    ("Gunmen snatched the doctor Mary Okon from her clinic on Tuesday.", ("Okon", "captured", A)),
    # taken by men of no known kind, then held by the state: the state took him
    (
        "The opposition leader Ibrahima Kone was abducted by hooded men on Friday night. His"
        " party later learned that he is being held by the State Security services.",
        ("Kone", "arrested", A),
    ),
    (
        "The activist Lina Haddad was seized by unidentified men outside her home on Monday."
        " She is being held by police in Bamako, her lawyer said.",
        ("Haddad", "arrested", A),
    ),
    (
        "The engineer Paul Weber was abducted by gunmen on Friday. He is being held by the"
        " militia in the hills, police said.",
        ("Weber", "captured", A),
    ),
    # taken alive in a fight, no captor named, in a story of the state's forces: an arrest
    (
        "The army said the operation killed the militia commander Abu Hafsa. His deputy,"
        " Mohamed Hassan Ali, was wounded and captured alive.",
        ("Ali", "arrested", A),
    ),
    (
        "Q: What about his deputies? A: Two of them, Hassan Farah and Mohamed Ilmi, were"
        " captured alive, the army spokesman said.",
        ("Ilmi", "arrested", A),
    ),
    (
        "The gunman, Karl Brandt, was captured alive after a four-hour siege, police said.",
        ("Brandt", "arrested", A),
    ),
    # the state's own fighters captured alive are the enemy's captives
    (
        "The ministry said the soldier Ali Baba was captured alive during the ambush.",
        ("Baba", "captured", A),
    ),
    (
        "The rebels said the pilot Omar Sy was captured alive after his plane came down near"
        " the army base.",
        ("Sy", "captured", A),
    ),
    # a prisoner handed back to his own side is freed
    (
        "The captured pilot Omar Sy was handed back to his government at the border on Friday.",
        ("Sy", "released", A),
    ),
    (
        "The rebels handed back the soldier Jean Mbala and two others on Tuesday, the Red"
        " Cross said.",
        ("Mbala", "released", A),
    ),
    # recognised in a picture: the one recognised appears in it
    (
        "His mother said she had recognised her son, Amir Khan, in the video.",
        ("Khan", "appeared", A),
    ),
    (
        "The family said they had recognised Omar Sy in the photograph released by the militants.",
        ("Sy", "appeared", A),
    ),
    (
        "The soldier Abdou Salifou was recognised by his father in the footage.",
        ("Salifou", "appeared", A),
    ),
    # a patient sent home from hospital is discharged, not released from a custody
    (
        "The fisherman Paddy Rooney was treated for a minor head injury on Monday and was"
        " released from hospital the same day.",
        ("Rooney", "other:discharge", A),
    ),
    (
        "The singer Lara Mendes was treated for smoke inhalation and released, officials said.",
        ("Mendes", "other:discharge", A),
    ),
    (
        "The activist Rami Aziz was released from the military hospital where he had been held"
        " since May.",
        ("Aziz", "released", A),
    ),
    # "who" after a description ending in a place is about the person, not the place
    (
        "Fingerprints showed he was Hector Ruiz, a 44-year-old mechanic from Navolato, who was"
        " released without charge on Tuesday.",
        ("Ruiz", "released", A),
    ),
    (
        "Officials named him as Peter Lado, a teacher at a school in Juba, who was abducted in"
        " May.",
        ("Lado", "captured", A),
    ),
    # a bare participle after a while- or after-clause is the main passive verb's conjunct
    (
        "The reporter Aigerim Toktosunova was briefly arrested on March 8, 2024, while covering"
        " a protest outside parliament and released without charge the next day.",
        ("Toktosunova", "released", A),
    ),
    (
        "The blogger Sami Nour was detained on Monday after posting a video and freed on bail"
        " two days later.",
        ("Nour", "released", A),
    ),
    # harm told by what it left or cost
    (
        "The attack left the driver Peter Kamau dead and his colleague Ali Musa wounded.",
        ("Musa", "wounded", A),
    ),
    (
        "The attack left the driver Peter Kamau dead and his colleague Ali Musa wounded.",
        ("Kamau", "killed", A),
    ),
    ("The fire cost the firefighter Jan Novak his life.", ("Novak", "killed", A)),
    # E. found dead / found alive / turned up
    (
        "The hiker Tom Berg was found dead in a ravine on Sunday, police said.",
        ("Berg", "killed", A),
    ),
    (
        "The fisherman Sean Doyle was found drowned near the harbour on Monday.",
        ("Doyle", "killed", A),
    ),
    ("Rescuers found the climber Jan Novak alive under the snow on Friday.", ("Novak", "alive", A)),
    (
        "The missing banker Ravi Menon turned up at a police station in Goa on Thursday.",
        ("Menon", "appeared", A),
    ),
    (
        "Three weeks after she vanished, the singer Lara Mendes turned up in Lisbon.",
        ("Mendes", "appeared", A),
    ),
    # F. strike nouns: the hunger strike of a prisoner, the air strike that kills
    ("The jailed blogger Ali Reza has been on hunger strike since May.", ("Reza", "arrested", A)),
    (
        "The commander Abu Zaid was killed in an air strike on his convoy on Monday.",
        ("Zaid", "killed", A),
    ),
    (
        "The militant leader Hamid Rauf survived a drone strike on Friday, officials said.",
        ("Rauf", "alive", A),
    ),
]

NOT_FOUND = [
    # no stop is other:stop any more (a bare stop at an airport is arrested, above)
    (
        "The banker Tomas Hale tried to leave the country in May and was stopped at the airport.",
        ("Hale", "other:stop", A),
    ),
    (
        "The former minister Rafael Soto was stopped by police at Lisbon airport on Friday as"
        " he was about to board a flight to Brazil.",
        ("Soto", "other:stop", A),
    ),
    (
        "The activist Mira Petrenko was stopped at the border on Sunday and questioned for six"
        " hours, her lawyer said.",
        ("Petrenko", "other:stop", A),
    ),
    (
        "The army said the operation killed the militia commander Abu Hafsa. His deputy,"
        " Mohamed Hassan Ali, was wounded and captured alive.",
        ("Ali", "captured", A),
    ),
    (
        "The ministry said the soldier Ali Baba was captured alive during the ambush.",
        ("Baba", "arrested", A),
    ),
    (
        "The police handed back the passport of the activist Mira Lenko on Monday.",
        ("Lenko", "released", A),
    ),
    (
        "Relatives identified the body of the teacher Ali Musa at the morgue.",
        ("Musa", "appeared", A),
    ),
    (
        "The militia recognised Abu Zaid as its new leader.",
        ("Zaid", "appeared", A),
    ),
    (
        "The fisherman Paddy Rooney was treated for a minor head injury on Monday and was"
        " released from hospital the same day.",
        ("Rooney", "released", A),
    ),
    (
        "The opposition leader Ibrahima Kone was abducted by hooded men on Friday night. His"
        " party later learned that he is being held by the State Security services.",
        ("Kone", "captured", A),
    ),
    (
        "The activist Lina Haddad was seized by unidentified men outside her home on Monday."
        " She is being held by police in Bamako, her lawyer said.",
        ("Haddad", "captured", A),
    ),
    (
        "The opposition MP Kemi Ade was stopped at the border and turned back on Sunday.",
        ("Ade", "arrested", A),
    ),
    ("The scandal cost the minister Omar Sy his job.", ("Sy", "killed", A)),
    (
        "The attack left the driver Peter Kamau dead and his colleague Ali Musa wounded.",
        ("Kamau", "wounded", A),
    ),
    # a rescue from danger frees no one from captors
    (
        "The climber Anna Berg was rescued on Sunday after two nights on the glacier, the park"
        " service said.",
        ("Berg", "released", A),
    ),
    (
        "The fisherman Kofi Mensah was rescued by a passing trawler after drifting for three days.",
        ("Mensah", "released", A),
    ),
    # "free to" is a permission
    (
        "The opposition leader Joseph Abah is free to receive visitors, the government says.",
        ("Abah", "released", A),
    ),
    (
        "The detained journalist Sara Nadir is free to see her lawyer, officials said.",
        ("Nadir", "released", A),
    ),
    # seen among the casualties: not told alive
    (
        "A witness said he had seen the farmer Ali Musa among the wounded being carried into"
        " the clinic.",
        ("Musa", "alive", A),
    ),
    ("A neighbour said she saw the tailor Ibrahim Lawal among the dead.", ("Lawal", "alive", A)),
    # the holder decides: not both
    (
        "The journalist Omar Tahir was seized by security forces at a checkpoint on Sunday.",
        ("Tahir", "captured", A),
    ),
    (
        "The aid worker Lena Vogt was seized by gunmen on the road to Gao on Sunday.",
        ("Vogt", "arrested", A),
    ),
    # found dead is no sign of life; an air strike is no strike of the person's own
    ("The hiker Tom Berg was found dead in a ravine on Sunday, police said.", ("Berg", "alive", A)),
    (
        "The hiker Tom Berg was found dead in a ravine on Sunday, police said.",
        ("Berg", "appeared", A),
    ),
    (
        "The commander Abu Zaid was killed in an air strike on his convoy on Monday.",
        ("Zaid", "other:strike", A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
