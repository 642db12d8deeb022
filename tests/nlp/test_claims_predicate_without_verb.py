"""Which predicate custody, injury and office take when the story tells them without the
usual verb (issue 6): custody told by a vehicle, a possession or a bare
"taken" (the holder's kind decides arrested or captured), harm told by "beaten" or by an
injury someone comes back with, a release "on bail", an oath of office, and a "since" that
names the vacancy. Near misses must not give the predicate: a sports "beat", a figurative
"captured", a witness's oath. Sentences written for this test about fictional people:
text -> (last word of the subject, predicate, polarity) of a claim that must be found, or
one that must not."""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"

FOUND = [
    # A. custody told by a vehicle: the holder pushes, bundles or drags the person into it
    (
        "Two neighbours saw police officers push the teacher Arman Seitov into a white van"
        " outside his school on Monday.",
        ("Seitov", "arrested", A),
    ),
    (
        "Witnesses said masked gunmen bundled the engineer Paolo Bruni into a pickup truck near"
        " the mine.",
        ("Bruni", "captured", A),
    ),
    (
        "Men in plain clothes forced the blogger Dina Morad into an unmarked car outside her"
        " office on Tuesday evening, her sister said.",
        ("Morad", "arrested", A),
    ),
    (
        "The kidnappers shoved Sara Lind into the boot of a car and sped off, police said.",
        ("Lind", "captured", A),
    ),
    (
        "14:05 - Witnesses say soldiers bundled the opposition MP Kwabena Adu into a military"
        " truck outside parliament.",
        ("Adu", "arrested", A),
    ),
    (
        "Soldiers dragged the farmer Kofi Asante from his car at a roadblock and drove him"
        " away, his wife said.",
        ("Asante", "arrested", A),
    ),
    (
        "Security agents hauled the student leader Yusuf Kaya off a bus at the border"
        " crossing on Sunday.",
        ("Kaya", "arrested", A),
    ),
    (
        "Dmitri Sokol has not been seen since Friday. His wife said plainclothes officers"
        " pushed him into a grey van outside their building.",
        ("Sokol", "arrested", A),
    ),
    # B. custody told by a possession: "the police have him"
    (
        'Daniel Mensah has not been seen since Friday. "The police have him, and they will not'
        ' tell us where," his mother said.',
        ("Mensah", "arrested", A),
    ),
    (
        "The rebels still have the pilot, Jonas Ek, the defence ministry said on Monday.",
        ("Ek", "captured", A),
    ),
    (
        'Security officers took the poet Pavel Rudak in June. "They have my husband, and now'
        ' they want his brother," his wife said.',
        ("Rudak", "arrested", A),
    ),
    # C. a bare "taken" / "captured" whose taker is the state: arrested
    (
        "Aliyu Bello was taken at a checkpoint near Kano by soldiers on Sunday.",
        ("Bello", "arrested", A),
    ),
    (
        "The army said it captured the rebel intelligence chief, Min Thant, in May.",
        ("Thant", "arrested", A),
    ),
    (
        "The army said on Tuesday that it had captured Kamal Haddad, a commander of the"
        " rebel group.",
        ("Haddad", "arrested", A),
    ),
    (
        "Border guards captured the smuggler Ilir Hoxha as he crossed the river.",
        ("Hoxha", "arrested", A),
    ),
    (
        "Police captured the fugitive Dario Russo after a three-day manhunt.",
        ("Russo", "arrested", A),
    ),
    (
        "Erik Sand was taken from his home by police in the early hours of Thursday, his"
        " lawyer said.",
        ("Sand", "arrested", A),
    ),
    (
        "Q: The army says it captured your deputy, Ko Aung, in May. Is that true?\n\nA: That"
        " is correct. He was taken at a checkpoint near the river.",
        ("Aung", "arrested", A),
    ),
    (
        "Police arrested the activist Tomas Brod on Monday. His colleague, Emil Hrad, was"
        " taken at a checkpoint outside the city the next day.",
        ("Hrad", "arrested", A),
    ),
    (
        "Nadia Fares was led away in handcuffs after the verdict.",
        ("Fares", "arrested", A),
    ),
    (
        "Officers led the mayor, Rui Costa, out of the town hall in handcuffs on Wednesday.",
        ("Costa", "arrested", A),
    ),
    # D. a taker outside the state: captured
    (
        "Gunmen took the priest Tomas Lenz from his parish house on Sunday night.",
        ("Lenz", "captured", A),
    ),
    (
        "The militia says it captured two government soldiers and the pilot Anders Holm.",
        ("Holm", "captured", A),
    ),
    # E. "beaten": other:beat, as the dev gold has it (g13, g129, g287, g308 ...); wounded
    # too when the sentence tells the injury ("unconscious", "has a scar")
    (
        "A fellow prisoner said Omar Sabry was beaten during interrogation and carried back"
        " to his cell unconscious.",
        ("Sabry", "wounded", A),
    ),
    (
        "The captain, Juan Dela Rosa, was beaten by the hijackers on the second day and still"
        " has a scar above his eye.",
        ("Rosa", "wounded", A),
    ),
    (
        "The journalist Hamid Rezai was badly beaten by police at the protest, his newspaper said.",
        ("Rezai", "other:beat", A),
    ),
    (
        "Tarek Nasser said guards had beaten him with cables in the basement of the prison.",
        ("Nasser", "other:beat", A),
    ),
    (
        "Protesters beat the reporter Anna Kim with sticks outside the stadium on Saturday.",
        ("Kim", "other:beat", A),
    ),
    (
        "Villagers said the soldiers beat Samuel Ochieng unconscious before taking him away.",
        ("Ochieng", "wounded", A),
    ),
    (
        "Reza Karimi, 41, was held at a prison in the capital for six months. He was beaten"
        " during interrogation, his lawyer said.",
        ("Karimi", "other:beat", A),
    ),
    (
        "Hassan Diab was beaten to death by a mob on Friday, police said.",
        ("Diab", "killed", A),
    ),
    # F. harm told by what the person comes back or is found with
    (
        "The engineer Luc Moreau was held by the militia for two years. He tried to escape"
        " in March; the guards brought him back two days later with a broken arm.",
        ("Moreau", "wounded", A),
    ),
    (
        "The engineer Luc Moreau was held by the militia for two years. He tried to escape"
        " in March; the guards brought him back two days later with a broken arm.",
        ("Moreau", "captured", A),
    ),
    (
        "Rosa Lima returned from captivity with a broken leg, her brother said.",
        ("Lima", "wounded", A),
    ),
    (
        "Paramedics found the climber Joel Tan with two broken ribs and a head wound.",
        ("Tan", "wounded", A),
    ),
    (
        "Ahmed Khalil was taken to hospital with a broken arm after the crash.",
        ("Khalil", "wounded", A),
    ),
    # G. a release on bail: released
    (
        "The footballer Kwesi Boateng was released on bail on Wednesday, two days after his"
        " arrest.",
        ("Boateng", "released", A),
    ),
    (
        "Jon Berg was freed on bail pending trial, his lawyer said.",
        ("Berg", "released", A),
    ),
    (
        "Police released Liam Doyle on bail and ordered him to surrender his passport.",
        ("Doyle", "released", A),
    ),
    (
        "A 32-year-old man, Dean Walsh, has been bailed pending further inquiries, police said.",
        ("Walsh", "released", A),
    ),
    (
        "The activist Meral Aksoy walked free on Thursday after a judge granted her bail.",
        ("Aksoy", "released", A),
    ),
    (
        "Sofia Marin was released under investigation on Monday, police said.",
        ("Marin", "released", A),
    ),
    # H. an oath of office: a leadership change
    (
        "Deputy Governor Ama Owusu took the oath as acting governor on Monday.",
        ("Owusu", "leadership_change", A),
    ),
    (
        "Fatima Zahra took the oath of office as president before parliament on Saturday.",
        ("Zahra", "leadership_change", A),
    ),
    (
        "After the governor's death, his deputy, Kojo Mensah, took the oath of office on"
        " Sunday night.",
        ("Mensah", "leadership_change", A),
    ),
    (
        "Kenji Mori was sworn in as interim mayor on Friday.",
        ("Mori", "leadership_change", A),
    ),
    # I. a "since" that names the vacancy: a change then
    (
        "The group has been led by Abu Yahya since 2022, when its founder was killed in a"
        " drone strike.",
        ("Yahya", "leadership_change", A),
    ),
    (
        "Since 2019, when her predecessor resigned, the union has been headed by Maria Lopes.",
        ("Lopes", "leadership_change", A),
    ),
    (
        "Carlos Vega has run the cartel since 2021, when his brother was arrested.",
        ("Vega", "leadership_change", A),
    ),
    (
        "Pierre Ndong took the helm of the party in March after the death of its founder.",
        ("Ndong", "leadership_change", A),
    ),
    # J. where a person lives now, how a person got out: located_in / alive, not appeared
    (
        "Rami Saleh, 34, now lives in a rented flat in Lyon, his cousin said.",
        ("Saleh", "located_in", A),
    ),
    (
        "The former minister Igor Lenkov lives in exile in Vienna.",
        ("Lenkov", "located_in", A),
    ),
    (
        "Captain Ramon Cruz, who steered the ferry, is 71 and lives in Cebu City.",
        ("Cruz", "alive", A),
    ),
    (
        "Captain Ramon Cruz, who steered the ferry, is 71 and lives in Cebu City.",
        ("Cruz", "located_in", A),
    ),
    (
        "Mina Park was last seen on Friday leaving her office in Busan.",
        ("Park", "appeared", A),
    ),
    (
        "A former detainee said he had seen Ivan Petrov in the exercise yard of a remand"
        " centre outside the capital in October.",
        ("Petrov", "arrested", A),
    ),
    (
        "Giorgi Beridze was detained on Monday. A lawyer's account placed him in the cells of"
        " a police station in Gori.",
        ("Beridze", "located_in", A),
    ),
    # K. a death among the named
    (
        "Officials said Yara Haddad was among the dead, while her husband survived.",
        ("Haddad", "killed", A),
    ),
    (
        '"General Amadou Diallo and eleven of his guards were sent to hell," the group'
        " said in a statement.",
        ("Diallo", "killed", A),
    ),
    # L. custody told by whose hands or keeping the person is in
    (
        "The aid worker Clara Jensen remains in the hands of her kidnappers, the charity said.",
        ("Jensen", "captured", A),
    ),
    (
        "The pilot, Arjun Mehta, fell into the hands of the rebels when his plane came down.",
        ("Mehta", "captured", A),
    ),
    (
        "By nightfall the fugitive Stefan Kral was in the hands of the police.",
        ("Kral", "arrested", A),
    ),
    (
        "The engineer Sami Nour spent 14 months as a prisoner of the militia, his family said.",
        ("Nour", "captured", A),
    ),
    # M. giving oneself up: other:surrender, as the dev gold has it (g31, g157, g232)
    (
        "The former mayor Pablo Ruiz turned himself in to police on Thursday.",
        ("Ruiz", "other:surrender", A),
    ),
    (
        "Ivan Drago surrendered to police in Split after a week on the run, officers said.",
        ("Drago", "other:surrender", A),
    ),
    (
        "After three days in hiding, Musa Kone handed himself in at a police station in Bouake.",
        ("Kone", "other:surrender", A),
    ),
    (
        "The fugitive banker Omar Lahlou gave himself up to border guards on Sunday.",
        ("Lahlou", "other:surrender", A),
    ),
    # N. state custody in its own words
    (
        "The blogger Farid Aziz was remanded in custody on Monday.",
        ("Aziz", "arrested", A),
    ),
    (
        "The opposition leader Nana Boateng is behind bars, her party said.",
        ("Boateng", "arrested", A),
    ),
    (
        "Rights groups say the activist Leyla Amini is being held incommunicado.",
        ("Amini", "arrested", A),
    ),
    (
        "The businessman Kenji Ito was bundled into a police car outside his office.",
        ("Ito", "arrested", A),
    ),
    # O. death and survival in other words
    (
        "The fisherman Tomas Vidal lost his life when his boat capsized off Vigo.",
        ("Vidal", "killed", A),
    ),
    (
        "The driver, Rui Santos, was pronounced dead at the scene.",
        ("Santos", "killed", A),
    ),
    (
        "Rescuers pulled the 7-year-old Amira Saleh alive from the rubble on Tuesday.",
        ("Saleh", "alive", A),
    ),
    (
        "Two of the crew drowned. The captain, Erik Lund, was plucked alive from the sea by a"
        " trawler.",
        ("Lund", "alive", A),
    ),
    # P. a new leader in other words
    (
        "The council installed Abu Bakr al-Masri as emir on Friday.",
        ("al-Masri", "leadership_change", A),
    ),
    (
        "After the general's death, his deputy, Oumar Sy, was put in charge of the brigade.",
        ("Sy", "leadership_change", A),
    ),
    (
        "The party's new chairman, Peter Obi, was elected on Saturday.",
        ("Obi", "leadership_change", A),
    ),
    # Q. put into the state's vehicle; an account that places the person somewhere
    (
        "Witnesses said officers put the student Ali Reza in a police van outside the university.",
        ("Reza", "arrested", A),
    ),
    (
        '"They put Martin Sosa in a police car in front of hundreds of supporters," his wife said.',
        ("Sosa", "arrested", A),
    ),
    (
        "Nour Haddad has not been seen since Monday. A witness's account placed her in the"
        " cells of a police station in Tyre.",
        ("Haddad", "located_in", A),
    ),
    (
        "Nour Haddad has not been seen since Monday. A witness's account placed her in the"
        " cells of a police station in Tyre.",
        ("Haddad", "arrested", A),
    ),
    (
        "Several sightings place the fugitive Karl Berger in a village near Salzburg.",
        ("Berger", "located_in", A),
    ),
    # R. brought back by keepers after an escape: custody again
    (
        "In the long captivity of the nurse Ana Silva there was one escape. She ran in May;"
        " the guards brought her back two days later.",
        ("Silva", "captured", A),
    ),
    (
        "Police brought the escaped prisoner Dan Ode back to the jail on Friday.",
        ("Ode", "arrested", A),
    ),
    # S. sightings, survival, death, custody and freedom in the words news uses for them
    (
        "The fugitive tycoon Lars Eklund was spotted at a market in Marbella last week, a"
        " witness said.",
        ("Eklund", "located_in", A),
    ),
    (
        "The fugitive tycoon Lars Eklund was spotted at a market in Marbella last week, a"
        " witness said.",
        ("Eklund", "appeared", A),
    ),
    (
        "Months after he vanished, the banker Omar Fadel resurfaced in Dubai.",
        ("Fadel", "located_in", A),
    ),
    (
        "The missing teenager, Lily Ward, turned up at her aunt's house in Leeds on Sunday.",
        ("Ward", "located_in", A),
    ),
    (
        "The opposition leader Sam Okoro has been living in hiding in the hills since March.",
        ("Okoro", "located_in", A),
    ),
    (
        "The guide, Pemba Sherpa, is recovering in a hospital in Kathmandu with frostbite.",
        ("Sherpa", "wounded", A),
    ),
    (
        "The guide, Pemba Sherpa, is recovering in a hospital in Kathmandu with frostbite.",
        ("Sherpa", "located_in", A),
    ),
    (
        "His lawyer said the detained editor Ilya Sorin is in good health.",
        ("Sorin", "alive", A),
    ),
    (
        "The kidnapped nurse, Grace Obi, is safe and well, the army said on Friday.",
        ("Obi", "alive", A),
    ),
    (
        "The pilot, Dan Moss, survived the crash with minor injuries.",
        ("Moss", "alive", A),
    ),
    (
        "The pilot, Dan Moss, survived the crash with minor injuries.",
        ("Moss", "wounded", A),
    ),
    (
        "The second victim, Karim Aziz, succumbed to his injuries on Thursday.",
        ("Aziz", "killed", A),
    ),
    (
        "The soldier Juma Said died of his wounds in a field hospital.",
        ("Said", "killed", A),
    ),
    (
        "The informant Leo Marsh was found dead in his car on Monday.",
        ("Marsh", "killed", A),
    ),
    (
        "The miner Tomas Reyes did not survive the surgery, his employer said.",
        ("Reyes", "killed", A),
    ),
    (
        "The dissident Ahmad Rahimi was executed by firing squad at dawn, state media said.",
        ("Rahimi", "killed", A),
    ),
    (
        "The former minister Ana Duarte was placed under house arrest on Tuesday.",
        ("Duarte", "arrested", A),
    ),
    (
        "The journalist Mehmet Kaya was taken in for questioning by police on Monday night.",
        ("Kaya", "arrested", A),
    ),
    (
        "The mayor, Rui Lopes, is being questioned by police, a spokesman said.",
        ("Lopes", "other:question", A),
    ),
    (
        "The mayor, Rui Lopes, was questioned for six hours and released without charge.",
        ("Lopes", "released", A),
    ),
    (
        "The engineer Tom Harris was snatched from his car by armed men near Port Harcourt.",
        ("Harris", "captured", A),
    ),
    (
        "The businessman Ali Jaber is being held for ransom, his family said.",
        ("Jaber", "captured", A),
    ),
    (
        "The kidnappers of the priest Marco Rossi are demanding a ransom of $1 million.",
        ("Rossi", "captured", A),
    ),
    (
        "The activist Leyla Demir was hauled before a judge in Ankara on Friday.",
        ("Demir", "appeared", A),
    ),
    (
        "The former general Ivo Marek appeared in court in Prague on Tuesday.",
        ("Marek", "appeared", A),
    ),
    (
        "Police said the suspect, Dean Cole, was in custody.",
        ("Cole", "arrested", A),
    ),
    (
        "The rebels paraded the captured pilot, Ravi Nair, on television.",
        ("Nair", "captured", A),
    ),
    (
        "Troops freed the hostage Ingrid Berg in a dawn raid.",
        ("Berg", "released", A),
    ),
    # T. captivity, injury, appearance and custody in more wordings, several registers
    (
        "The aid worker Nadia Karim has been in the hands of al-Shabaab since 2021.",
        ("Karim", "captured", A),
    ),
    (
        "Officials are in contact with the militants who are holding the pilot, Jan Novak.",
        ("Novak", "captured", A),
    ),
    (
        "The captors of the journalist Omar Said released a new video on Sunday.",
        ("Said", "captured", A),
    ),
    (
        "Two years on, the engineer Piet de Wit remains a hostage.",
        ("Wit", "captured", A),
    ),
    (
        "The teacher Ruth Banda was freed after five months in captivity.",
        ("Banda", "captured", A),
    ),
    (
        "The photographer Jonas Falk suffered a broken leg in the stampede.",
        ("Falk", "wounded", A),
    ),
    (
        "The cameraman Luis Ortega was grazed by a bullet during the clashes.",
        ("Ortega", "wounded", A),
    ),
    (
        "The shopkeeper Hamid Noor lost an eye in the blast.",
        ("Noor", "wounded", A),
    ),
    (
        "The driver, Ken Otieno, was treated for shrapnel wounds at the district hospital.",
        ("Otieno", "wounded", A),
    ),
    (
        "The nurse Mary Achieng was left with burns to her hands.",
        ("Achieng", "wounded", A),
    ),
    (
        "The officer, Sgt. Paul Kiprop, was hit in the shoulder.",
        ("Kiprop", "wounded", A),
    ),
    (
        "The former president Joseph Banda made his first public appearance since the "
        "coup on Friday.",
        ("Banda", "appeared", A),
    ),
    (
        "The detained general Ivan Sokolov was shown on state television on Monday.",
        ("Sokolov", "appeared", A),
    ),
    (
        "The cleric Sheikh Adnan Rifai addressed a rally of thousands in Tripoli on Friday.",
        ("Rifai", "appeared", A),
    ),
    (
        "The fugitive Marc Dubois was photographed leaving a hotel in Geneva.",
        ("Dubois", "located_in", A),
    ),
    (
        "The student leader Aung Min was rounded up along with 20 others on Tuesday.",
        ("Min", "arrested", A),
    ),
    (
        "The lawyer Sara Haddad was held overnight at a police station in Sfax.",
        ("Haddad", "arrested", A),
    ),
    (
        "The editor Paulo Neves has been in jail since 2020.",
        ("Neves", "arrested", A),
    ),
    (
        "The 34-year-old poet Dmitri Orlov is being held at Butyrka prison.",
        ("Orlov", "arrested", A),
    ),
    (
        "Rebels released the Red Cross delegate Hans Meier on Friday after 40 days.",
        ("Meier", "released", A),
    ),
    (
        "Moussa Traore, the group's new emir, took over after his predecessor was killed in March.",
        ("Traore", "leadership_change", A),
    ),
    (
        "She said her son, Ali Hassan, was alive but had been badly tortured.",
        ("Hassan", "alive", A),
    ),
    (
        "Soldiers shot the protester Nuru Ally in the leg on Saturday.",
        ("Ally", "wounded", A),
    ),
    # U. 'was (never) caught': custody by the catchers (the state's when none is named)
    (
        "His deputy, Hamid Jaafar, escaped by speedboat during the assault and was never caught.",
        ("Jaafar", "arrested", N),
    ),
    (
        "Police searched for the killer for a decade, but Ron Tate was never caught.",
        ("Tate", "arrested", N),
    ),
    (
        "The escaped inmate Joel Sims was caught by police two days later near the border.",
        ("Sims", "arrested", A),
    ),
    (
        "The smuggler Ali Baba was caught trying to cross into Turkey, officials said.",
        ("Baba", "arrested", A),
    ),
    (
        "The hostage Tom Reed ran from the camp but was caught by the rebels within hours.",
        ("Reed", "captured", A),
    ),
    # V. office and appearance in more wordings (an oath, a vacancy, a video, a last sighting)
    (
        "The deputy mayor, Lina Park, was sworn in as acting mayor on Monday.",
        ("Park", "leadership_change", A),
    ),
    (
        "Colonel Aung Naing became commander of the brigade in February, after his "
        "predecessor was killed.",
        ("Naing", "leadership_change", A),
    ),
    (
        "Since the founder's death in 2019, the group has been run by his son, Omar Haddad.",
        ("Haddad", "leadership_change", A),
    ),
    (
        "Grace Obi was elected party leader at a congress on Saturday.",
        ("Obi", "leadership_change", A),
    ),
    (
        "The board appointed Sara Lind chief executive with immediate effect.",
        ("Lind", "leadership_change", A),
    ),
    (
        "The vice-president, Ana Silva, took the oath as president hours after the "
        "president's death.",
        ("Silva", "leadership_change", A),
    ),
    (
        "The missing singer Tom Hale appeared in a video posted on Sunday.",
        ("Hale", "appeared", A),
    ),
    (
        "In the video, the kidnapped engineer Jan Kos appears thin but healthy.",
        ("Kos", "alive", A),
    ),
    (
        "The activist Mira Sen was last seen on March 3 in Goma.",
        ("Sen", "located_in", A),
    ),
    (
        "The activist Mira Sen was last seen on March 3 in Goma.",
        ("Sen", "appeared", A),
    ),
    # W. harm told by its injury, its treatment or its cause
    (
        "The farmer Peter Okello was among the injured, officials said.",
        ("Okello", "wounded", A),
    ),
    (
        "Doctors said the injuries of the driver, Sam Kariuki, were not life-threatening.",
        ("Kariuki", "wounded", A),
    ),
    (
        "The boy, Adam Musa, needed 20 stitches to a head wound.",
        ("Musa", "wounded", A),
    ),
    (
        "The night guard Felix Ngugi underwent surgery for a gunshot wound on Monday.",
        ("Ngugi", "wounded", A),
    ),
    (
        "The student Halima Ade lost both legs in the explosion.",
        ("Ade", "wounded", A),
    ),
    (
        "The reporter Luis Vega was blinded in one eye by a rubber bullet.",
        ("Vega", "wounded", A),
    ),
    (
        "The shopkeeper Raj Patel was stabbed in the neck during the robbery.",
        ("Patel", "wounded", A),
    ),
    (
        "The shopkeeper Raj Patel was stabbed to death during the robbery.",
        ("Patel", "killed", A),
    ),
    (
        "Shrapnel struck the medic Ines Cruz in the back.",
        ("Cruz", "wounded", A),
    ),
    (
        "A bullet hit the photographer Omar Zaki in the leg.",
        ("Zaki", "wounded", A),
    ),
    (
        "The miner Juan Perez is in intensive care after the explosion.",
        ("Perez", "wounded", A),
    ),
]

NOT_FOUND = [
    # a sports or contest "beat" harms nobody
    (
        "Arsenal beat Chelsea 2-0 on Sunday, with the striker Bukayo Osei scoring twice.",
        ("Osei", "wounded", A),
    ),
    (
        "The champion Rafael Nunes beat his rival Dmitri Volkov in straight sets on Friday.",
        ("Volkov", "wounded", A),
    ),
    (
        "The champion Rafael Nunes beat his rival Dmitri Volkov in straight sets on Friday.",
        ("Volkov", "other:beat", A),
    ),
    (
        "Mehmet Aydin beat the odds to win the seat by 400 votes.",
        ("Aydin", "wounded", A),
    ),
    (
        "The striker Ade Bello was beaten to the ball by the goalkeeper in the last minute.",
        ("Bello", "wounded", A),
    ),
    (
        "The incumbent, Laura Pinto, was beaten by a newcomer in the mayoral race.",
        ("Pinto", "wounded", A),
    ),
    # a figurative "capture"
    (
        "The documentary captured the mood of the city, its director Lena Holt said.",
        ("Holt", "captured", A),
    ),
    (
        "The photographer Ines Abreu captured the moment the wall fell.",
        ("Abreu", "captured", A),
    ),
    (
        "Kenji Sato captured gold in the 400 metres on Saturday.",
        ("Sato", "captured", A),
    ),
    (
        "Troops captured the town of Kela on Friday, Colonel Amadou Sy said.",
        ("Sy", "arrested", A),
    ),
    # a witness's oath, a tenure without a vacancy
    (
        "The witness, Carla Reyes, took the oath and told the court she had seen the car.",
        ("Reyes", "leadership_change", A),
    ),
    (
        "Juan Perez took the oath as a witness at the inquest on Monday.",
        ("Perez", "leadership_change", A),
    ),
    (
        "The union has been led by Grace Obi since 2015.",
        ("Obi", "leadership_change", A),
    ),
    # bail refused or only discussed: no release
    (
        "The bail hearing for Tom Hale was postponed until next week.",
        ("Hale", "released", A),
    ),
    (
        "Prosecutors opposed bail for Nina Kraus, who remains in custody.",
        ("Kraus", "released", A),
    ),
    (
        "A judge refused bail for Oleg Petrenko on Tuesday.",
        ("Petrenko", "released", A),
    ),
    # "have" a thing, not a person; a vehicle, a hospital, an escort that holds nobody
    (
        "The police have a suspect, Inspector Maria Ortiz said.",
        ("Ortiz", "arrested", A),
    ),
    (
        "Yusuf Demir pushed his daughter into the car and drove her to school.",
        ("Demir", "captured", A),
    ),
    (
        "Ahmed Khalil was taken to hospital with a broken arm after the crash.",
        ("Khalil", "arrested", A),
    ),
    (
        "Police escorted the minister, Laila Noor, to the podium.",
        ("Noor", "arrested", A),
    ),
    (
        "The guards brought the prisoner Amir Tavakoli his lunch at noon.",
        ("Tavakoli", "wounded", A),
    ),
    (
        "Soldiers took the reporter Tim Clarke on a tour of the camp on Friday.",
        ("Clarke", "arrested", A),
    ),
    (
        "Hassan Diab was beaten to death by a mob on Friday, police said.",
        ("Diab", "alive", A),
    ),
    # hands and keeping that are no custody
    (
        "The decision is in the hands of the minister, Ana Costa, officials said.",
        ("Costa", "arrested", A),
    ),
    (
        "The striker Yaw Boateng handed himself a red card with a reckless tackle.",
        ("Boateng", "arrested", A),
    ),
    (
        "The general, Paul Kagiso, surrendered the initiative to the rebels in March.",
        ("Kagiso", "arrested", A),
    ),
    (
        "The mayor, Ruth Adler, lost her seat in the election.",
        ("Adler", "killed", A),
    ),
    (
        "The coach, Ivo Petrov, said he put his trust in the police.",
        ("Petrov", "arrested", A),
    ),
    (
        "The report placed the blame on the mayor, Lina Sousa.",
        ("Sousa", "located_in", A),
    ),
    (
        "Rescuers brought the climber Eva Lind back to base camp on Sunday.",
        ("Lind", "captured", A),
    ),
    (
        "Rescuers brought the climber Eva Lind back to base camp on Sunday.",
        ("Lind", "arrested", A),
    ),
    # a sighting, a call for an arrest, a committee's questions, a TV appearance: no custody
    (
        "The striker Lars Eklund was spotted by scouts at a youth tournament.",
        ("Eklund", "located_in", A),
    ),
    (
        "The minister, Ana Duarte, called for the arrest of the suspects.",
        ("Duarte", "arrested", A),
    ),
    (
        "The committee questioned the mayor, Rui Lopes, about the budget for six hours.",
        ("Lopes", "arrested", A),
    ),
    (
        "The band's singer, Ivo Marek, appeared on television on Tuesday.",
        ("Marek", "arrested", A),
    ),
    (
        "The judge freed up time for the lawyer, Ingrid Berg, to speak.",
        ("Berg", "released", A),
    ),
    (
        "The pilot, Dan Moss, survived the crash with minor injuries.",
        ("Moss", "killed", A),
    ),
    # figures of speech on a captivity, an injury, a showing
    (
        "The minister, Nadia Karim, said the decision was in the hands of parliament.",
        ("Karim", "captured", A),
    ),
    (
        "The singer Piet de Wit remains a hostage to his own success.",
        ("Wit", "captured", A),
    ),
    (
        "The company, led by Jonas Falk, suffered a broken supply chain.",
        ("Falk", "wounded", A),
    ),
    (
        "The striker Luis Ortega was shown a red card in the 80th minute.",
        ("Ortega", "appeared", A),
    ),
    (
        "The plan lost its appeal, said the planner Hamid Noor.",
        ("Noor", "wounded", A),
    ),
    # caught in the crossfire, off guard, up in a scandal, by a rival: no custody
    (
        "The photographer Sami Rahal was caught in the crossfire and wounded in the arm.",
        ("Rahal", "arrested", A),
    ),
    (
        "The minister, Ana Berg, was caught off guard by the question.",
        ("Berg", "arrested", A),
    ),
    (
        "The runner Eliud Kiprop was caught in the final metres by his rival.",
        ("Kiprop", "arrested", A),
    ),
    (
        "The mayor, Paul Hahn, was caught up in the scandal.",
        ("Hahn", "arrested", A),
    ),
    (
        "The race leader, Tom Pidcock, was caught by the chasing pack on the last climb.",
        ("Pidcock", "arrested", A),
    ),
    # a witness sworn in, jurors' oath, 'appeared to be'; a lawsuit's injured parties, a
    # stab in the back, a tax that struck, a song that hit
    (
        "The interpreter, Lina Berg, was sworn in as a witness on Tuesday.",
        ("Berg", "leadership_change", A),
    ),
    (
        "The jurors took the oath before the trial of the banker Karl Roth began.",
        ("Roth", "leadership_change", A),
    ),
    (
        "The singer Tom Hale appeared to be tired after the concert.",
        ("Hale", "appeared", A),
    ),
    (
        "The farmer Peter Okello was among the injured parties in the lawsuit.",
        ("Okello", "wounded", A),
    ),
    (
        "The shopkeeper Raj Patel was stabbed in the back by his business partner, who "
        "sold the firm.",
        ("Patel", "killed", A),
    ),
    (
        "The new tax struck the trader Ines Cruz hard.",
        ("Cruz", "wounded", A),
    ),
    (
        "The song hit the singer Omar Zaki with its success.",
        ("Zaki", "killed", A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
