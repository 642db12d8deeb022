"""Injuries and deaths in the wordings of English news prose (issue 6):
injury verbs and nouns, hospital conditions, death verbs, nouns and idioms, bodies found,
"among the dead", the death toll, and their negations and denials, with one to three people
per snippet, pronouns and epithets. Snippets written for this test about fictional people
(the session's first probe set, written before any rule of the session, then seven more,
each written after the rules for the one before): text -> (last word of the subject,
predicate, polarity) of a claim that must be found, or one that must not."""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"

FOUND = [
    # injury verbs in the passive, the active and with a body part: wounded, hurt, shot in the leg,
    # stabbed, hit by shrapnel, grazed, maimed, burned (beaten stays other:beat)
    (
        "A security guard, Tomasz Wrona, was wounded when gunmen opened fire on the bank van on Monday, police said.",
        ("Wrona", "wounded", A),
    ),
    (
        "Gunmen wounded a local councillor, Rosa Almeida, outside her home in Porto Velho late on Friday.",
        ("Almeida", "wounded", A),
    ),
    (
        "Two customers were hurt in the blast. One of them, Dario Conti, 41, was hit by shrapnel in the face.",
        ("Conti", "wounded", A),
    ),
    (
        "The farmer, Joseph Mwangi, was shot in the leg as he tried to stop the raiders, his brother said.",
        ("Mwangi", "wounded", A),
    ),
    (
        "Officer Dana Whitfield was stabbed twice in the arm during the arrest, the department said in a statement.",
        ("Whitfield", "wounded", A),
    ),
    (
        "A bullet grazed the head of the photographer, Luis Ortega, who was treated at the scene and released.",
        ("Ortega", "wounded", A),
    ),
    (
        "Nadia Haddad was grazed by a bullet while filming the protest on Thursday.",
        ("Haddad", "wounded", A),
    ),
    (
        "The landmine maimed Sergeant Pavel Kuznetsov, who lost both legs below the knee.",
        ("Kuznetsov", "wounded", A),
    ),
    (
        "Firefighter Greta Lindqvist was badly burned while pulling two children from the flat, the fire service said.",
        ("Lindqvist", "wounded", A),
    ),
    (
        "The blogger Kamal Reza was beaten by men in plain clothes outside his office on Tuesday night, his wife said.",
        ("Reza", "other:beat", A),
    ),
    (
        "Witnesses said Ahmed Saleh had been hit by a stray bullet near the checkpoint.",
        ("Saleh", "wounded", A),
    ),
    (
        "Kemal Aydin was injured in the second explosion, the governor's office said. He is being treated in Diyarbakir.",
        ("Aydin", "wounded", A),
    ),
    # suffered / sustained injuries, burns, a broken arm; lost a leg / an eye; taken to hospital
    # with head injuries
    (
        "The goalkeeper, Marek Novak, suffered a broken arm and cuts to his face in the attack on the team bus.",
        ("Novak", "wounded", A),
    ),
    (
        "Corporal Ian Fraser sustained gunshot wounds to the chest and was evacuated by helicopter.",
        ("Fraser", "wounded", A),
    ),
    (
        "The journalist Amina Yusuf suffered serious burns when the car was set alight, her employer said.",
        ("Yusuf", "wounded", A),
    ),
    (
        "Priya Menon sustained minor injuries and was discharged on Wednesday.",
        ("Menon", "wounded", A),
    ),
    (
        "Activist Omar Farouk lost an eye after being struck by a rubber bullet, his lawyer said.",
        ("Farouk", "wounded", A),
    ),
    (
        "The deminer, Hassan Barre, lost a leg in the blast in March but has returned to work.",
        ("Barre", "wounded", A),
    ),
    (
        "Tariq Nasser was taken to hospital with head injuries after the attack.",
        ("Nasser", "wounded", A),
    ),
    (
        "A second man, Ruben Diaz, was admitted with stab wounds to the abdomen, a hospital spokeswoman said.",
        ("Diaz", "wounded", A),
    ),
    # among the wounded / injured, one of N people hurt
    (
        "Among the wounded was the village headman, Sanjay Patil, police said.",
        ("Patil", "wounded", A),
    ),
    (
        "The mayor's driver, Viktor Hrabal, was among the injured, according to the regional governor.",
        ("Hrabal", "wounded", A),
    ),
    (
        "Janet Ochieng was one of four people injured when the roof collapsed.",
        ("Ochieng", "wounded", A),
    ),
    # hospital conditions: critical / stable condition, intensive care, fighting for his life,
    # underwent surgery, treated for, airlifted with injuries, survived / escaped with injuries
    (
        "Commander Ali Jaber is in critical condition after the ambush, a military source said.",
        ("Jaber", "alive", A),
    ),
    (
        "The driver, Olu Adebayo, remains in intensive care in Ibadan, his family said on Sunday.",
        ("Adebayo", "alive", A),
    ),
    (
        "Musa Bello is fighting for his life in a hospital in Kano after the attack, his brother told reporters.",
        ("Bello", "alive", A),
    ),
    (
        "Musa Bello is fighting for his life in a hospital in Kano after the attack, his brother told reporters.",
        ("Bello", "wounded", A),
    ),
    (
        "Rahel Tesfaye underwent surgery overnight for gunshot wounds and is now stable, doctors said.",
        ("Tesfaye", "wounded", A),
    ),
    (
        "Rahel Tesfaye underwent surgery overnight for gunshot wounds and is now stable, doctors said.",
        ("Tesfaye", "alive", A),
    ),
    (
        "The cyclist, Aidan Moore, was treated for a broken collarbone at Leeds General Infirmary.",
        ("Moore", "wounded", A),
    ),
    (
        "A pilot, Captain Hugo Lenz, was airlifted to hospital with serious injuries.",
        ("Lenz", "wounded", A),
    ),
    (
        "Police said the boy, Kofi Mensah, was in a stable condition on Saturday.",
        ("Mensah", "alive", A),
    ),
    (
        "Ana Duarte survived the attack with injuries to her hands and neck.",
        ("Duarte", "wounded", A),
    ),
    ("Ana Duarte survived the attack with injuries to her hands and neck.", ("Duarte", "alive", A)),
    ("The guard, Piet de Groot, escaped with minor cuts and bruises.", ("Groot", "wounded", A)),
    ("The guard, Piet de Groot, escaped with minor cuts and bruises.", ("Groot", "alive", A)),
    # deaths: killed, died, shot dead, gunned down, succumbed, died of / from, pronounced dead,
    # lost his life, perished, the body of X found / recovered / identified, among the dead,
    # the victims included, buried, funeral, the late X, the death toll included, X's killing,
    # killed alongside, died later in hospital, slain, fatally shot
    (
        "Gunmen killed the village chief, Amadou Diallo, on Saturday, the prefect said.",
        ("Diallo", "killed", A),
    ),
    (
        "Rashid Karimov died on Tuesday in the regional hospital, his lawyer said.",
        ("Karimov", "killed", A),
    ),
    (
        "The reporter Sofia Marin was shot dead outside her home in Culiacan on Wednesday night.",
        ("Marin", "killed", A),
    ),
    (
        "The union leader, Thabo Nkosi, was gunned down as he left a meeting on Friday.",
        ("Nkosi", "killed", A),
    ),
    (
        "Sergeant Lee Harper succumbed to his injuries on Thursday, four days after the ambush, the army said.",
        ("Harper", "killed", A),
    ),
    (
        "Sergeant Lee Harper succumbed to his injuries on Thursday, four days after the ambush, the army said.",
        ("Harper", "wounded", A),
    ),
    (
        "The second victim, Ines Rocha, 19, died of her wounds in hospital on Monday.",
        ("Rocha", "killed", A),
    ),
    (
        "The engineer Yusuf Demir died from smoke inhalation, the coroner found.",
        ("Demir", "killed", A),
    ),
    (
        "Paramedics arrived within minutes, but Carl Jensen was pronounced dead at the scene.",
        ("Jensen", "killed", A),
    ),
    (
        "The pilot, Arturo Vega, lost his life when his plane came down in the hills.",
        ("Vega", "killed", A),
    ),
    (
        "The body of Elena Popescu was found in a canal on Sunday, police said.",
        ("Popescu", "killed", A),
    ),
    (
        "Divers recovered the body of the fisherman, Jonas Petraitis, on Tuesday.",
        ("Petraitis", "killed", A),
    ),
    (
        "Forensic experts identified the body of the missing teacher, Mariam Sow, on Friday.",
        ("Sow", "killed", A),
    ),
    (
        "Among the dead was a local journalist, Carlos Ibarra, the newspaper said.",
        ("Ibarra", "killed", A),
    ),
    (
        "The victims included a nurse, Fatima Bangura, and her two children.",
        ("Bangura", "killed", A),
    ),
    (
        "Nora Feld, who was killed in the shelling on Sunday, was buried in her home village on Tuesday.",
        ("Feld", "killed", A),
    ),
    (
        "Mourners on Friday buried Idris Kamara, the activist slain in last week's protest.",
        ("Kamara", "killed", A),
    ),
    (
        "Thousands attended the funeral of the singer Bongani Zulu in Durban on Saturday.",
        ("Zulu", "killed", A),
    ),
    ("The late Ravi Shankar Iyer founded the paper in 1962.", ("Iyer", "killed", A)),
    (
        "The death toll rose to nine on Monday and included Piotr Malek, a bus driver, officials said.",
        ("Malek", "killed", A),
    ),
    ("Hana Suzuki's killing has shocked the town, the mayor said.", ("Suzuki", "killed", A)),
    (
        "The colonel was killed alongside his deputy, Major Anton Belov, in the strike on Tuesday.",
        ("Belov", "killed", A),
    ),
    (
        "A delivery driver, Samir Khalil, who was struck by the car, died later in hospital.",
        ("Khalil", "killed", A),
    ),
    (
        "Militants slew the elder, Haji Gul Mohammad, in front of his family, villagers said.",
        ("Mohammad", "killed", A),
    ),
    (
        "The commander Abu Talha al-Masri was slain in a drone strike last month, the group confirmed.",
        ("al-Masri", "killed", A),
    ),
    (
        "Officer Mark Reyes was fatally shot during a traffic stop on Sunday, the sheriff said.",
        ("Reyes", "killed", A),
    ),
    (
        "Medics said Amir Shah had been shot dead by a sniper. His cousin, Zaid Shah, was wounded.",
        ("Shah", "killed", A),
    ),
    (
        "Medics said Amir Shah had been shot dead by a sniper. His cousin, Zaid Shah, was wounded.",
        ("Shah", "wounded", A),
    ),
    (
        "Karim Haddad and his bodyguard were driving to Tyre when the convoy was hit. The bodyguard, Nabil Azar, was killed; Haddad was wounded, the party said.",
        ("Azar", "killed", A),
    ),
    (
        "Karim Haddad and his bodyguard were driving to Tyre when the convoy was hit. The bodyguard, Nabil Azar, was killed; Haddad was wounded, the party said.",
        ("Haddad", "wounded", A),
    ),
    (
        "Aylin Kaya, the 27-year-old medic, was hit by shrapnel on Friday. She died on Saturday.",
        ("Kaya", "wounded", A),
    ),
    (
        "Aylin Kaya, the 27-year-old medic, was hit by shrapnel on Friday. She died on Saturday.",
        ("Kaya", "killed", A),
    ),
    (
        "The minister, Julien Moreau, was unhurt in the attack, his office said.",
        ("Moreau", "wounded", N),
    ),
    (
        "The minister, Julien Moreau, was unhurt in the attack, his office said.",
        ("Moreau", "alive", A),
    ),
    # negations and denials: unhurt, escaped unharmed, not among the dead, denied that he was
    # wounded, did not die, without a scratch, dismissed reports that he was hurt
    (
        "Governor Aminu Sule escaped unharmed when a bomb went off near his convoy on Tuesday.",
        ("Sule", "wounded", N),
    ),
    ("Police said Irina Volkova was not among the dead.", ("Volkova", "killed", N)),
    (
        "The army denied that General Moses Okello had been wounded in the clashes.",
        ("Okello", "wounded", N),
    ),
    (
        "Her spokesman said Laila Rahimi was not injured and would continue campaigning.",
        ("Rahimi", "wounded", N),
    ),
    (
        "Contrary to earlier reports, the journalist Pedro Lima did not die in the fire, his editor said.",
        ("Lima", "killed", N),
    ),
    (
        "The ambassador, Sir Henry Blake, emerged from the wreckage without a scratch.",
        ("Blake", "wounded", N),
    ),
    (
        "A spokesman dismissed reports that the president, Joao Mbala, had been hurt in the crash.",
        ("Mbala", "wounded", N),
    ),
    # other senses: figurative harm (a defeat hurt the coach, the scandal killed her career);
    # a sportsman injured in training is still wounded
    (
        "The striker Femi Balogun was injured in training and will miss Sunday's match.",
        ("Balogun", "wounded", A),
    ),
    (
        "The bomb went off near the market, killing two soldiers and wounding a police officer, Sergeant Yaw Boateng.",
        ("Boateng", "wounded", A),
    ),
    (
        "Ravi Kumar and Sunil Rao were killed when the wall collapsed, the district collector said.",
        ("Kumar", "killed", A),
    ),
    (
        "Ravi Kumar and Sunil Rao were killed when the wall collapsed, the district collector said.",
        ("Rao", "killed", A),
    ),
    (
        "Mehmet Arslan was killed and his son, Efe Arslan, injured in the ambush near Hakkari.",
        ("Arslan", "killed", A),
    ),
    (
        "Mehmet Arslan was killed and his son, Efe Arslan, injured in the ambush near Hakkari.",
        ("Arslan", "wounded", A),
    ),
    (
        "The blast left the shopkeeper, Kwame Asante, seriously injured, police said.",
        ("Asante", "wounded", A),
    ),
    (
        "A grenade attack on Sunday left the deputy, Laura Pineda, dead and three of her aides wounded.",
        ("Pineda", "killed", A),
    ),
    (
        "Mukami Njoroge was among 14 people wounded in the attack on the bus station.",
        ("Njoroge", "wounded", A),
    ),
    ("Police said Dmitri Orlov's injuries were not life-threatening.", ("Orlov", "wounded", A)),
    (
        "Halima Abdi is recovering from gunshot wounds at a clinic in Baidoa, her husband said.",
        ("Abdi", "wounded", A),
    ),
    (
        "Halima Abdi is recovering from gunshot wounds at a clinic in Baidoa, her husband said.",
        ("Abdi", "alive", A),
    ),
    (
        "The referee, Tomas Bauer, was rushed to hospital after being hit by a bottle.",
        ("Bauer", "wounded", A),
    ),
    (
        "Senator Grace Mbeki was critically injured in the helicopter crash on Thursday.",
        ("Mbeki", "wounded", A),
    ),
    (
        "The attack that killed Father Michael Obi has been condemned by the bishops' conference.",
        ("Obi", "killed", A),
    ),
    (
        "Investigators are examining the car bomb that wounded the prosecutor, Elif Sahin, on Monday.",
        ("Sahin", "wounded", A),
    ),
    # injury idioms and missiles: took a bullet, hit in the shoulder, hit by a stone, beaten /
    # hacked to death, drowned, fatally wounded, killed in action, remains identified
    (
        "The hiker, Owen Price, was found dead at the foot of the cliff on Sunday, the coastguard said.",
        ("Price", "killed", A),
    ),
    (
        "Farmers found the trader, Issa Traore, with gunshot wounds by the roadside.",
        ("Traore", "wounded", A),
    ),
    (
        "Army spokesman Col. Nuhu Dauda confirmed that Captain Bello Sani had been killed in action.",
        ("Sani", "killed", A),
    ),
    (
        "Lieutenant Pieter Smit was fatally wounded by a sniper on Tuesday, the regiment said.",
        ("Smit", "killed", A),
    ),
    (
        "Private Adam Nowak was hit in the shoulder during the firefight, his unit said.",
        ("Nowak", "wounded", A),
    ),
    (
        "The guard, Hamid Rahimi, took a bullet to the shoulder but kept firing, colleagues said.",
        ("Rahimi", "wounded", A),
    ),
    (
        "The protester Jamal Osman was beaten to death by police on Friday, his family says.",
        ("Osman", "killed", A),
    ),
    (
        "The villagers said the herder, Ibrahim Musa, was hacked to death in his field.",
        ("Musa", "killed", A),
    ),
    (
        "The teacher Sara Levi drowned while trying to save a pupil, the school said.",
        ("Levi", "killed", A),
    ),
    (
        "Officials confirmed that the remains of the pilot, Ernesto Cruz, had been identified through dental records.",
        ("Cruz", "killed", A),
    ),
    (
        "11:42 - Hospital officials say the cameraman, Yusuf Ali, has died of his wounds.",
        ("Ali", "killed", A),
    ),
    # registers: live blog, transcript, negated injury, feared dead, believed killed, obituary
    # relative clauses, appositive victims
    (
        "REPORTER: Was the minister hurt?\n\nSPOKESMAN: No. Minister Vusi Dlamini was not hurt at all.",
        ("Dlamini", "wounded", N),
    ),
    ("The president, Amadou Keita, was not seriously hurt, an aide said.", ("Keita", "wounded", N)),
    (
        "The retired judge Harold Finch is dead, his daughter confirmed on Sunday.",
        ("Finch", "killed", A),
    ),
    (
        "The engineer, Ali Rezaei, is feared dead after the mine flooded, officials said.",
        ("Rezaei", "killed", A),
    ),
    (
        "Hamza Idris is believed to have been killed in the raid, two residents said.",
        ("Idris", "killed", A),
    ),
    (
        "The family of Ayesha Siddiqui, who was killed in the bombing, called for an inquiry.",
        ("Siddiqui", "killed", A),
    ),
    (
        "Student Pablo Reyes was caught in the crossfire and wounded, witnesses said.",
        ("Reyes", "wounded", A),
    ),
    ("Sipho Ndlovu, 19, died on the way to hospital.", ("Ndlovu", "killed", A)),
    (
        "The novelist Ana Belen Cortes, who died on Sunday aged 84, wrote eleven books.",
        ("Cortes", "killed", A),
    ),
    (
        "Corporal James Whitaker, the soldier killed on Tuesday, was 24, the ministry said.",
        ("Whitaker", "killed", A),
    ),
    (
        "The crash killed the rally driver, Mika Salo-Niemi, and injured his co-driver, Juha Peltonen.",
        ("Salo-Niemi", "killed", A),
    ),
    (
        "The crash killed the rally driver, Mika Salo-Niemi, and injured his co-driver, Juha Peltonen.",
        ("Peltonen", "wounded", A),
    ),
    (
        "Gunfire injured three people, including a 12-year-old girl, Amani Juma.",
        ("Juma", "wounded", A),
    ),
    (
        "The strike killed at least 11 people, among them a local aid worker, Basma Khalaf.",
        ("Khalaf", "killed", A),
    ),
    (
        "Bystanders pulled the injured driver, Lukas Weber, from the burning car.",
        ("Weber", "wounded", A),
    ),
    (
        "He was hurt, but not badly. The cook, Manuel Ortiz, said later that he had only bruised ribs.",
        ("Ortiz", "wounded", A),
    ),
    (
        "Deputy Sheriff Ray Collins was wounded in the exchange of fire and is expected to survive.",
        ("Collins", "wounded", A),
    ),
    (
        "The blast claimed the life of Major Oleksandr Hrytsenko, the brigade said.",
        ("Hrytsenko", "killed", A),
    ),
    (
        "Two journalists, Emma Varga and Tibor Nagy, were injured, one of them seriously.",
        ("Varga", "wounded", A),
    ),
    (
        "Two journalists, Emma Varga and Tibor Nagy, were injured, one of them seriously.",
        ("Nagy", "wounded", A),
    ),
    (
        "Fernando Luz was killed, not wounded as first reported, the ministry said.",
        ("Luz", "killed", A),
    ),
    (
        "Contrary to rumours on social media, the singer Yemi Alade is alive and was not hurt in the crash.",
        ("Alade", "alive", A),
    ),
    (
        "Contrary to rumours on social media, the singer Yemi Alade is alive and was not hurt in the crash.",
        ("Alade", "wounded", N),
    ),
    ("His wife, Joy Okafor, was uninjured.", ("Okafor", "wounded", N)),
    (
        "Three miners perished in the flood, among them the foreman, Karl Ostrowski.",
        ("Ostrowski", "killed", A),
    ),
    # more registers: police brief, live blog, TV transcript, quotation, denial, "alongside",
    # figurative hurt, fighting for his life after an attack
    (
        "POLICE BRIEF: A 58-year-old man, Derek Hollis, suffered facial injuries when he was assaulted on High Street at 11 p.m. on Saturday. He was taken to the Royal Infirmary.",
        ("Hollis", "wounded", A),
    ),
    (
        "14:20 - The interior ministry now says the bodyguard, Sami Toumi, died on the way to the clinic. Earlier it said he was only lightly wounded.",
        ("Toumi", "killed", A),
    ),
    (
        "14:20 - The interior ministry now says the bodyguard, Sami Toumi, died on the way to the clinic. Earlier it said he was only lightly wounded.",
        ("Toumi", "wounded", A),
    ),
    (
        "ANCHOR: And the governor?\n\nCORRESPONDENT: Governor Eric Nwosu was inside the car. We are told he is alive but has serious burns to his hands.",
        ("Nwosu", "alive", A),
    ),
    (
        "ANCHOR: And the governor?\n\nCORRESPONDENT: Governor Eric Nwosu was inside the car. We are told he is alive but has serious burns to his hands.",
        ("Nwosu", "wounded", A),
    ),
    (
        "Her son was among those hurt. Kelechi Obi, 15, needed stitches to a head wound, his mother said.",
        ("Obi", "wounded", A),
    ),
    (
        "Ali Mansour, a 40-year-old baker, was one of the first victims. He died in the arms of his neighbour.",
        ("Mansour", "killed", A),
    ),
    (
        "Senator Rhys Morgan said in a statement that he had been injured only slightly and thanked the paramedics.",
        ("Morgan", "wounded", A),
    ),
    (
        '"I was shot in the back as I ran," said Musa Kanu, who spent three weeks in hospital.',
        ("Kanu", "wounded", A),
    ),
    (
        "The ministry denied that the detainee, Hossein Karimi, had died in custody.",
        ("Karimi", "killed", N),
    ),
    (
        "The colonel was killed alongside his driver, Staff Sergeant Marcus Doyle, when the convoy was ambushed.",
        ("Doyle", "killed", A),
    ),
    (
        "A teenager, Lerato Mokoena, was hit by a stone thrown at the bus and needed stitches.",
        ("Mokoena", "wounded", A),
    ),
    (
        "The opposition leader, Nnamdi Eze, was fighting for his life on Tuesday after gunmen attacked his car.",
        ("Eze", "alive", A),
    ),
    (
        "The opposition leader, Nnamdi Eze, was fighting for his life on Tuesday after gunmen attacked his car.",
        ("Eze", "wounded", A),
    ),
    # a second probe set, written after the first rules to check they reach new wordings:
    # shot three times, sniper fire wounded X, mauled, trampled to death, a concussion, on a
    # ventilator, died instantly, has since died, declared dead, fatally injured, did not
    # survive, assassinated, laid to rest, remains returned, broke two ribs, left for dead,
    # a condition that worsened, the body pulled from the rubble
    (
        "The bank manager, Olga Petrenko, was shot three times during the robbery, police said.",
        ("Petrenko", "wounded", A),
    ),
    (
        "Sniper fire wounded two medics on Tuesday, among them Dr. Yara Mansour, the hospital said.",
        ("Mansour", "wounded", A),
    ),
    (
        "Corporal Dean Walsh sustained a gunshot wound to the head and died two days later.",
        ("Walsh", "wounded", A),
    ),
    (
        "Corporal Dean Walsh sustained a gunshot wound to the head and died two days later.",
        ("Walsh", "killed", A),
    ),
    (
        "Ahmad Zia, who was injured in last month's bombing, returned to work on Monday.",
        ("Zia", "wounded", A),
    ),
    ("The injured activist, Thandiwe Moyo, was carried away by friends.", ("Moyo", "wounded", A)),
    (
        "The fisherman, Eamon Doyle, was run over by a lorry on the quay and seriously hurt.",
        ("Doyle", "wounded", A),
    ),
    (
        "Lineman Travis Cole was electrocuted while repairing a cable and died at the scene.",
        ("Cole", "killed", A),
    ),
    (
        "Two pilgrims, Fatou Ndiaye and Aissatou Ba, were trampled to death in the crush.",
        ("Ndiaye", "killed", A),
    ),
    (
        "Two pilgrims, Fatou Ndiaye and Aissatou Ba, were trampled to death in the crush.",
        ("Ba", "killed", A),
    ),
    (
        "Ranger Moses Kiprop was mauled by a lion and is in a stable condition.",
        ("Kiprop", "wounded", A),
    ),
    (
        "Ranger Moses Kiprop was mauled by a lion and is in a stable condition.",
        ("Kiprop", "alive", A),
    ),
    (
        "The striker, Diego Ferraz, suffered a concussion in the clash of heads.",
        ("Ferraz", "wounded", A),
    ),
    ("Mrs Helen Gray, 81, remains on a ventilator, her family said.", ("Gray", "alive", A)),
    (
        "The driver, Mehdi Rahmani, died instantly when the truck overturned.",
        ("Rahmani", "killed", A),
    ),
    (
        "Joao Pinto, who was wounded in the raid, has since died, his lawyer said.",
        ("Pinto", "wounded", A),
    ),
    (
        "Joao Pinto, who was wounded in the raid, has since died, his lawyer said.",
        ("Pinto", "killed", A),
    ),
    ("The coroner declared Nathan Burke dead shortly after midnight.", ("Burke", "killed", A)),
    (
        "Officials confirmed the deaths of two peacekeepers, Captain Arjun Nair and Sergeant Ravi Menon.",
        ("Nair", "killed", A),
    ),
    (
        "Officials confirmed the deaths of two peacekeepers, Captain Arjun Nair and Sergeant Ravi Menon.",
        ("Menon", "killed", A),
    ),
    ("Tamar Cohen was one of three people who died in the fire.", ("Cohen", "killed", A)),
    (
        "Omar Diab died in a hail of bullets at a checkpoint outside Jenin, witnesses said.",
        ("Diab", "killed", A),
    ),
    (
        "The deputy mayor, Ilse Brandt, was fatally injured when her car hit a tree.",
        ("Brandt", "killed", A),
    ),
    (
        "Paramedics worked on Sergio Leone for an hour, but he did not survive.",
        ("Leone", "killed", A),
    ),
    (
        "Khalil Fares never regained consciousness and died on Friday, his brother said.",
        ("Fares", "killed", A),
    ),
    (
        "The trade unionist, Rafael Mora, was assassinated outside his office in 2019.",
        ("Mora", "killed", A),
    ),
    (
        "Lieutenant Colonel Amir Hosseini was laid to rest in Isfahan on Thursday.",
        ("Hosseini", "killed", A),
    ),
    (
        "The remains of the aid worker, Clara Nilsen, were returned to her family in Bergen.",
        ("Nilsen", "killed", A),
    ),
    (
        "The governor's spokesman said Hamza Bakr was not among the casualties.",
        ("Bakr", "killed", N),
    ),
    (
        "The deputy minister, Lina Haddad, was reported to have been lightly injured.",
        ("Haddad", "wounded", A),
    ),
    (
        "The prosecutor, Ahmet Celik, narrowly escaped death when a bomb exploded under his car.",
        ("Celik", "alive", A),
    ),
    (
        "Both pilots walked away from the crash. The captain, Irene Sokolova, was unscathed.",
        ("Sokolova", "wounded", N),
    ),
    (
        "Jorge Mendez is recovering in hospital after being stabbed outside a bar on Saturday.",
        ("Mendez", "wounded", A),
    ),
    (
        "The reporter Chiara Bassi was hospitalised with a gunshot wound to the thigh.",
        ("Bassi", "wounded", A),
    ),
    (
        "Doctors said the condition of the boy, Ali Noor, had worsened overnight.",
        ("Noor", "alive", A),
    ),
    (
        "The cameraman Sergei Lavrov was treated for shrapnel wounds at a field hospital.",
        ("Lavrov", "wounded", A),
    ),
    (
        "Cyclist Hannah Voss was hit by a car on the ring road and broke her leg.",
        ("Voss", "wounded", A),
    ),
    (
        "The driver, Ismail Darwish, was killed when his car hit a landmine north of Kidal.",
        ("Darwish", "killed", A),
    ),
    ("Sapper Tom Ellis lost his right leg to a mine in Helmand in 2010.", ("Ellis", "wounded", A)),
    (
        "Hours later, the body of her father, Mustafa Demir, was pulled from the rubble.",
        ("Demir", "killed", A),
    ),
    (
        "The commander's bodyguard, Rashid Omar, was killed. The commander himself, Yusuf Hamad, was slightly wounded in the arm, the militia said.",
        ("Omar", "killed", A),
    ),
    (
        "The commander's bodyguard, Rashid Omar, was killed. The commander himself, Yusuf Hamad, was slightly wounded in the arm, the militia said.",
        ("Hamad", "wounded", A),
    ),
    (
        "LIVE UPDATES\n\n09:15 - The regional health office says a second journalist, Andrei Popa, has died of his injuries.",
        ("Popa", "killed", A),
    ),
    (
        "LIVE UPDATES\n\n09:15 - The regional health office says a second journalist, Andrei Popa, has died of his injuries.",
        ("Popa", "wounded", A),
    ),
    (
        "The ministry said on Sunday that Colonel Ivan Petrov had been killed, but his wife told reporters he was alive and had only been wounded.",
        ("Petrov", "killed", A),
    ),
    (
        "The ministry said on Sunday that Colonel Ivan Petrov had been killed, but his wife told reporters he was alive and had only been wounded.",
        ("Petrov", "alive", A),
    ),
    (
        "The ministry said on Sunday that Colonel Ivan Petrov had been killed, but his wife told reporters he was alive and had only been wounded.",
        ("Petrov", "wounded", A),
    ),
    (
        "The army denied reports that its chief of staff, General Joseph Kabila Nkunda, was among those wounded.",
        ("Nkunda", "wounded", N),
    ),
    (
        "The militants claimed to have killed the police chief, Kamal Uddin, but officials said he escaped the ambush with a minor head wound.",
        ("Uddin", "killed", A),
    ),
    (
        "The militants claimed to have killed the police chief, Kamal Uddin, but officials said he escaped the ambush with a minor head wound.",
        ("Uddin", "wounded", A),
    ),
    (
        "Gunmen shot dead a tribal elder, Haji Abdul Wahid, and his son in Kandahar on Monday.",
        ("Wahid", "killed", A),
    ),
    (
        "Ibrahim Sesay was badly beaten and left for dead by the roadside, his family said.",
        ("Sesay", "wounded", A),
    ),
    (
        "The guard who was shot during the robbery, Patrick Nolan, has been released from hospital.",
        ("Nolan", "wounded", A),
    ),
    (
        "The bombing killed nine people, including the editor, Rana Ayyub Khan, and injured more than 30.",
        ("Khan", "killed", A),
    ),
    # a third probe set, written after the second round: critically wounded, treated for
    # burns, bled to death, died of a heart attack, passed away, found hanged, took his own
    # life, died in custody, martyred, gave his life, lost at sea, the slain / murdered /
    # dead man X, the killing of X, survived an attempt on his life, left X with a broken
    # pelvis, the coffin of X, nursing an injury; and idioms that are no claim (dead end,
    # shot the film, shot to fame, shot down a proposal, dying to, died down, took a hit,
    # hit hard, killed any hope)
    (
        "Border guard Anil Thapa was critically wounded in the exchange of fire on Sunday.",
        ("Thapa", "wounded", A),
    ),
    (
        "Okonkwo was wounded, though not seriously, the statement said. Police named him as Chidi Okonkwo.",
        ("Okonkwo", "wounded", A),
    ),
    (
        "The welder Bogdan Ilie received treatment for burns to his arms at the county hospital.",
        ("Ilie", "wounded", A),
    ),
    (
        "Witnesses said the herder, Abdou Salam, bled to death before help arrived.",
        ("Salam", "killed", A),
    ),
    (
        "The dissident Viktor Marchenko was poisoned in March and spent weeks in a coma.",
        ("Marchenko", "alive", A),
    ),
    (
        "The former minister Kofi Boateng died of a heart attack on Tuesday, his family said.",
        ("Boateng", "killed", A),
    ),
    (
        "Our beloved founder, Margaret Oyelaran, has passed away at the age of 91.",
        ("Oyelaran", "killed", A),
    ),
    (
        "Prison officials said the inmate, Rustam Aliyev, was found hanged in his cell on Friday.",
        ("Aliyev", "killed", A),
    ),
    ("The student Chen Jie took his own life in 2021, his parents said.", ("Jie", "killed", A)),
    (
        "The activist Samuel Ekwueme died in police custody on Monday, his lawyer said.",
        ("Ekwueme", "killed", A),
    ),
    (
        "The group said its commander, Abu Bakr al-Shami, had been martyred in the battle for the town.",
        ("al-Shami", "killed", A),
    ),
    (
        "Sergeant Daniel Okoro gave his life to save his comrades, the general said.",
        ("Okoro", "killed", A),
    ),
    (
        "The trawler's skipper, Finn Olsen, was lost at sea in the storm of 1998.",
        ("Olsen", "killed", A),
    ),
    (
        "The slain journalist, Marta Quiroga, had received threats for months.",
        ("Quiroga", "killed", A),
    ),
    ("The murdered priest, Father Tomasz Zielinski, was 67.", ("Zielinski", "killed", A)),
    (
        "The dead man, Youssef Amrani, was a father of four, neighbours said.",
        ("Amrani", "killed", A),
    ),
    (
        "Police have arrested a suspect in the killing of the shopkeeper Ravi Patel.",
        ("Patel", "killed", A),
    ),
    (
        "The governor, Aliyu Danjuma, survived an attempt on his life on Friday.",
        ("Danjuma", "alive", A),
    ),
    (
        "The convoy of the mayor, Paulo Freitas, was targeted by a roadside bomb, but he was not hurt.",
        ("Freitas", "wounded", N),
    ),
    (
        "The deputy, Ayse Yildiz, had a narrow escape when a gunman fired at her car; she was unharmed.",
        ("Yildiz", "wounded", N),
    ),
    (
        "A medic, Lucy Kamau, treated the wounded man, John Otieno, at the roadside.",
        ("Otieno", "wounded", A),
    ),
    ("The crash left the singer, Amira Saleh, with a broken pelvis.", ("Saleh", "wounded", A)),
    (
        "Two police officers were wounded, one of them, Inspector Raj Singh, critically.",
        ("Singh", "wounded", A),
    ),
    (
        "Islam Karimov Jr was among 23 passengers injured when the train derailed.",
        ("Jr", "wounded", A),
    ),
    (
        "Bishop Emmanuel Adeyemi said his driver, Tunde Bakare, had been shot and wounded.",
        ("Bakare", "wounded", A),
    ),
    (
        "The shooting wounded two people, including the shop owner, Kim Soo-jin.",
        ("Soo-jin", "wounded", A),
    ),
    (
        "The judge, Maria Grazia Lupo, was killed by a car bomb in 1992, along with three bodyguards.",
        ("Lupo", "killed", A),
    ),
    (
        "Rescuers were still searching for the miner Petr Novotny, who is feared to have died.",
        ("Novotny", "killed", A),
    ),
    (
        "The young reporter, Bashir Ahmadi, was killed on his first assignment. He was 23.",
        ("Ahmadi", "killed", A),
    ),
    (
        "Thousands marched in Bamako on Sunday behind the coffin of the singer Oumar Keita.",
        ("Keita", "killed", A),
    ),
    ("The injured party, Lena Vogt, will seek damages, her lawyer said.", ("Vogt", "wounded", A)),
    (
        "The defender, Marcus Hale, is nursing a hamstring injury and will miss the final.",
        ("Hale", "wounded", A),
    ),
    # a fourth probe set, of round-up and wire constructions: five people, including X, were
    # wounded; one of two soldiers wounded; shot and wounded; which injured X; fronted
    # "Injured in the attack, X ..."; reported / said to be wounded; amputated the leg of X;
    # X's jaw was broken; inverted "Killed were X and Y"; identified the dead man as X;
    # among 12 people who were killed; in a serious condition after the crash
    (
        "Five people, including a local reporter, Musa Adamu, were wounded in the blast.",
        ("Adamu", "wounded", A),
    ),
    (
        "Teodor Ionescu was one of two soldiers wounded in the ambush, the ministry said.",
        ("Ionescu", "wounded", A),
    ),
    (
        "Gunmen shot and wounded the village chief, Boubacar Diallo, late on Sunday.",
        ("Diallo", "wounded", A),
    ),
    (
        "The prosecutor, Elena Ruiz, was shot and injured outside the courthouse on Monday.",
        ("Ruiz", "wounded", A),
    ),
    (
        "The explosion, which injured the mayor, Carlos Mendes, was heard across the city.",
        ("Mendes", "wounded", A),
    ),
    (
        "Injured in the attack, the governor, Alhaji Bello, was flown to Abuja for treatment.",
        ("Bello", "wounded", A),
    ),
    (
        "The imam, Sheikh Omar Touré, injured in Friday's blast, is recovering at home.",
        ("Touré", "wounded", A),
    ),
    ("Colonel Andrei Rusu has been wounded twice since the war began.", ("Rusu", "wounded", A)),
    (
        "Both Joao Silva and his wife, Maria Silva, were hurt when the roof fell in.",
        ("Silva", "wounded", A),
    ),
    (
        "Captain Li Wei was reported wounded in the clashes, state media said.",
        ("Wei", "wounded", A),
    ),
    (
        "The commander, Hamid Gul, is said to have been wounded in the strike.",
        ("Gul", "wounded", A),
    ),
    (
        "The reporter, Tom Hanley, got hurt when the crowd surged, his paper said.",
        ("Hanley", "wounded", A),
    ),
    (
        "Doctors amputated the left leg of the teenager, Nasser Aziz, on Tuesday.",
        ("Aziz", "wounded", A),
    ),
    ("The boxer Ade Ojo's jaw was broken in the fight, his promoter said.", ("Ojo", "wounded", A)),
    (
        "Killed were a police officer, Sergeant Ben Achebe, and two civilians.",
        ("Achebe", "killed", A),
    ),
    ("Police identified the dead man as Oliver Grant, 37, of Leeds.", ("Grant", "killed", A)),
    (
        "The victim, who was shot dead on Sunday, was named as Karl Becker, 52.",
        ("Becker", "killed", A),
    ),
    (
        "The two dead were identified as Adil Rahman and Noor Jahan, the hospital said.",
        ("Rahman", "killed", A),
    ),
    (
        "The two dead were identified as Adil Rahman and Noor Jahan, the hospital said.",
        ("Jahan", "killed", A),
    ),
    ("The taxi driver, Ebo Mensah, was shot and killed on Friday night.", ("Mensah", "killed", A)),
    ("Karima Benali died after being shot at a checkpoint on Saturday.", ("Benali", "killed", A)),
    (
        "The pilot, Hans Gruber, died on the spot when the helicopter hit the ground.",
        ("Gruber", "killed", A),
    ),
    (
        "The convoy's commander, Major Ali Reza, was killed instantly, the army said.",
        ("Reza", "killed", A),
    ),
    (
        "The singer Amadou Traore, one of six killed in the shooting, was buried on Sunday.",
        ("Traore", "killed", A),
    ),
    (
        "The airstrike on Sunday killed a commander of the group, Abu Zaid al-Libi, and two of his guards.",
        ("al-Libi", "killed", A),
    ),
    (
        "Hospital officials said on Tuesday that the boy, Karim Saeed, had died overnight.",
        ("Saeed", "killed", A),
    ),
    (
        "A third victim of the fire, the tenant Joanna Kowal, died in hospital on Friday.",
        ("Kowal", "killed", A),
    ),
    (
        "Wounded soldiers, among them Sergeant Ivo Horvat, were flown to Zagreb.",
        ("Horvat", "wounded", A),
    ),
    (
        "Reporters Without Borders said the cameraman, Yaw Darko, was beaten and seriously injured by police.",
        ("Darko", "wounded", A),
    ),
    (
        "Sources in the hospital said the health minister, Dr. Fatima Ali, was in a serious but stable condition after the crash.",
        ("Ali", "alive", A),
    ),
    (
        "Sources in the hospital said the health minister, Dr. Fatima Ali, was in a serious but stable condition after the crash.",
        ("Ali", "wounded", A),
    ),
    (
        "Contrary to reports on Monday, Captain Omar Idris was not killed but wounded, the army said.",
        ("Idris", "killed", N),
    ),
    (
        "Contrary to reports on Monday, Captain Omar Idris was not killed but wounded, the army said.",
        ("Idris", "wounded", A),
    ),
    (
        "Rumours that the rapper Lil Kato had been shot were false, his manager said.",
        ("Kato", "wounded", N),
    ),
    # a fifth probe set: pictures of a body, the body identified, "her late husband"; and no
    # claim in "X's killer(s)" (the gold's reading, g52), "the convicted killer, X", "the
    # assassin, X" or "serial killer X"
    (
        "The convicted killer, Ronald Pike, was released on parole on Tuesday.",
        ("Pike", "released", A),
    ),
    ("The assassin, Ivan Ilyin, was arrested at the border.", ("Ilyin", "arrested", A)),
    (
        "A video posted on Telegram showed the body of the commander, Rustam Gelayev.",
        ("Gelayev", "killed", A),
    ),
    (
        "Footage broadcast by the channel showed the engineer, Li Qiang, lying dead beside his car.",
        ("Qiang", "killed", A),
    ),
    (
        "The wife of the missing trader, Sani Abacha-Musa, identified his body at the morgue.",
        ("Abacha-Musa", "killed", A),
    ),
    (
        "The militia said its fighters had killed the rival commander, Joseph Kony-Okello, in an ambush; the army said he was alive.",
        ("Kony-Okello", "killed", A),
    ),
    (
        "The militia said its fighters had killed the rival commander, Joseph Kony-Okello, in an ambush; the army said he was alive.",
        ("Kony-Okello", "alive", A),
    ),
    ("Her late husband, Peter Gatsby, left her the farm.", ("Gatsby", "killed", A)),
    (
        "Aid worker Sarah Holt was killed by a stray bullet in Khartoum in April.",
        ("Holt", "killed", A),
    ),
    # a seventh probe set, of negations and denials: not among those killed, not wounded,
    # dismissed reports that X had died, walked away uninjured, did not die as first reported,
    # is not dead, reports that X was injured are false; "has not confirmed" keeps the claim
    (
        "The ministry said Colonel Saif Nasser was not among those killed in the raid.",
        ("Nasser", "killed", N),
    ),
    (
        "Contrary to claims by the rebels, Governor Tunde Bakare was not wounded, his aide said.",
        ("Bakare", "wounded", N),
    ),
    (
        "The family dismissed reports that the singer, Ayo Balogun, had died.",
        ("Balogun", "killed", N),
    ),
    (
        "Officials denied that any diplomats, including the ambassador, Clara Nunes, had been hurt.",
        ("Nunes", "wounded", N),
    ),
    (
        "The boxer, Sam Kofi, walked away uninjured after his car rolled over.",
        ("Kofi", "wounded", N),
    ),
    (
        "The hostage, Peter Lund, did not die in the raid, as first reported; he is in hospital.",
        ("Lund", "killed", N),
    ),
    ("Hassan Farah is not dead, his brother insisted on Sunday.", ("Farah", "killed", N)),
    (
        "The army has not confirmed that the commander, Abu Musa al-Tunisi, was killed.",
        ("al-Tunisi", "killed", A),
    ),
    (
        "Reports that the activist Lerato Dube was injured in the protest are false, her lawyer said.",
        ("Dube", "wounded", N),
    ),
    (
        "The pilot, Nils Berg, was uninjured, but his passenger, Ola Svensson, broke an arm.",
        ("Berg", "wounded", N),
    ),
    (
        "The pilot, Nils Berg, was uninjured, but his passenger, Ola Svensson, broke an arm.",
        ("Svensson", "wounded", A),
    ),
    # found with an injury, the "with" hung on what the person was found doing or its
    # place ("found the climber sheltering in a cave with a broken ankle"); company is no
    # injury ("hiding in a house with two other suspects")
    (
        "Rescuers found the climber, Anna Berg, sheltering in a cave with a broken ankle.",
        ("Berg", "wounded", A),
    ),
    (
        "The hiker, Tom Frey, was found huddling under a ledge with frostbite.",
        ("Frey", "wounded", A),
    ),
    (
        "Police found Ivan Petrov hiding in a barn with a bullet wound in his leg.",
        ("Petrov", "wounded", A),
    ),
    (
        "Villagers found the pilot, Karel Novak, wandering near the wreck with burns to his face.",
        ("Novak", "wounded", A),
    ),
    # a sixth probe set, on whom the harm befell: an unnamed relative or a thing of a named
    # person ("the son of the cleric X was killed", "the house of the judge, X, was burned")
    # is no claim about X; a named relative, a bodyguard or a driver is their own subject
    (
        "The spokesman, Tariq Aziz, said his colleague, Walid Nasr, had been wounded.",
        ("Nasr", "wounded", A),
    ),
    ("Bullets hit the car of the mayor, Luis Pardo, but he was unhurt.", ("Pardo", "wounded", N)),
    ("Kofi Annor survived, but his wife, Efua Annor-Mensah, was killed.", ("Annor", "alive", A)),
    (
        "Kofi Annor survived, but his wife, Efua Annor-Mensah, was killed.",
        ("Annor-Mensah", "killed", A),
    ),
    (
        "Suleiman Daud, 45, and his daughter, Hawa Daud-Ibrahim, 12, were killed when the shell hit their home.",
        ("Daud", "killed", A),
    ),
    (
        "Suleiman Daud, 45, and his daughter, Hawa Daud-Ibrahim, 12, were killed when the shell hit their home.",
        ("Daud-Ibrahim", "killed", A),
    ),
    (
        "Mariam Sesay, the daughter of the opposition leader Abu Sesay-Kamara, was wounded.",
        ("Sesay", "wounded", A),
    ),
    (
        "The gunman who wounded the pastor, Daniel Obi, was arrested on Friday.",
        ("Obi", "wounded", A),
    ),
    (
        "Ali Rahimi, who ordered the attack that killed the reporter Zahra Karimi, was sentenced to death.",
        ("Karimi", "killed", A),
    ),
    (
        "Colonel Pavel Orlov, whose unit lost 40 men, was himself wounded in May.",
        ("Orlov", "wounded", A),
    ),
    (
        "Three of Hamid Karzai-Noor's bodyguards were killed in the ambush; he escaped with cuts.",
        ("Karzai-Noor", "alive", A),
    ),
    (
        "Three of Hamid Karzai-Noor's bodyguards were killed in the ambush; he escaped with cuts.",
        ("Karzai-Noor", "wounded", A),
    ),
    (
        "The minister, Eva Lind, visited the wounded police officer, Jonas Berg, in hospital.",
        ("Berg", "wounded", A),
    ),
]

NOT_FOUND = [
    (
        "Karim Haddad and his bodyguard were driving to Tyre when the convoy was hit. The bodyguard, Nabil Azar, was killed; Haddad was wounded, the party said.",
        ("Haddad", "killed", A),
    ),
    (
        "The minister, Julien Moreau, was unhurt in the attack, his office said.",
        ("Moreau", "wounded", A),
    ),
    (
        "Governor Aminu Sule escaped unharmed when a bomb went off near his convoy on Tuesday.",
        ("Sule", "wounded", A),
    ),
    ("Police said Irina Volkova was not among the dead.", ("Volkova", "killed", A)),
    (
        "The army denied that General Moses Okello had been wounded in the clashes.",
        ("Okello", "wounded", A),
    ),
    (
        "Her spokesman said Laila Rahimi was not injured and would continue campaigning.",
        ("Rahimi", "wounded", A),
    ),
    (
        "The ambassador, Sir Henry Blake, emerged from the wreckage without a scratch.",
        ("Blake", "wounded", A),
    ),
    (
        "The defeat hurt the coach, Roberto Sanna, who had promised a title.",
        ("Sanna", "wounded", A),
    ),
    ("The scandal killed the career of the senator, Diane Ross.", ("Ross", "killed", A)),
    (
        "REPORTER: Was the minister hurt?\n\nSPOKESMAN: No. Minister Vusi Dlamini was not hurt at all.",
        ("Dlamini", "wounded", A),
    ),
    (
        "Contrary to rumours on social media, the singer Yemi Alade is alive and was not hurt in the crash.",
        ("Alade", "killed", A),
    ),
    (
        "The ministry denied that the detainee, Hossein Karimi, had died in custody.",
        ("Karimi", "killed", A),
    ),
    (
        "The campaign manager, Lucia Ferraro, said the poll numbers hurt the candidate, Paolo Gatti, more than the debate.",
        ("Gatti", "wounded", A),
    ),
    (
        "The governor's spokesman said Hamza Bakr was not among the casualties.",
        ("Bakr", "killed", A),
    ),
    (
        "Both pilots walked away from the crash. The captain, Irene Sokolova, was unscathed.",
        ("Sokolova", "wounded", A),
    ),
    (
        "The commander's bodyguard, Rashid Omar, was killed. The commander himself, Yusuf Hamad, was slightly wounded in the arm, the militia said.",
        ("Hamad", "killed", A),
    ),
    ("The setback harmed the campaign of the mayor, Leon Dufour.", ("Dufour", "wounded", A)),
    (
        "The senator, Beth Carver, said the new tariffs would kill jobs in her state.",
        ("Carver", "killed", A),
    ),
    (
        "The convoy of the mayor, Paulo Freitas, was targeted by a roadside bomb, but he was not hurt.",
        ("Freitas", "wounded", A),
    ),
    (
        "The deputy, Ayse Yildiz, had a narrow escape when a gunman fired at her car; she was unharmed.",
        ("Yildiz", "wounded", A),
    ),
    (
        "A medic, Lucy Kamau, treated the wounded man, John Otieno, at the roadside.",
        ("Kamau", "wounded", A),
    ),
    ("The talks reached a dead end, the negotiator, Pablo Arce, said.", ("Arce", "killed", A)),
    (
        "The director, Sofia Loren-Diaz, shot the film in Lisbon last spring.",
        ("Loren-Diaz", "wounded", A),
    ),
    ("The minister, Hugo Brandt, said the plan was dead in the water.", ("Brandt", "killed", A)),
    (
        "The striker, Kofi Asamoah, shot to fame in 2019 with a hat-trick against Ghana.",
        ("Asamoah", "wounded", A),
    ),
    (
        "Parliament shot down the proposal of the opposition leader, Rita Moll.",
        ("Moll", "killed", A),
    ),
    ("The senator, Paul Ricci, said he was dying to see the new stadium.", ("Ricci", "killed", A)),
    (
        "The protests died down after the president, Ali Mahdi, promised reforms.",
        ("Mahdi", "killed", A),
    ),
    (
        "The candidate, Jana Horak, took a hit in the polls after the debate.",
        ("Horak", "wounded", A),
    ),
    ("The town was hit hard by the closure, the mayor, Gerald Finn, said.", ("Finn", "wounded", A)),
    (
        "The news killed any hope of a deal, the union leader, Rosa Kemp, said.",
        ("Kemp", "killed", A),
    ),
    (
        "Contrary to reports on Monday, Captain Omar Idris was not killed but wounded, the army said.",
        ("Idris", "killed", A),
    ),
    (
        "The ministry said no journalists were hurt. The BBC's Ana Lopes was at the scene.",
        ("Lopes", "wounded", A),
    ),
    (
        "The convicted killer, Ronald Pike, was released on parole on Tuesday.",
        ("Pike", "killed", A),
    ),
    ("The assassin, Ivan Ilyin, was arrested at the border.", ("Ilyin", "killed", A)),
    ("Serial killer Dennis Rader appeared in court on Friday.", ("Rader", "killed", A)),
    (
        "The ministry said Colonel Saif Nasser was not among those killed in the raid.",
        ("Nasser", "killed", A),
    ),
    (
        "The boxer, Sam Kofi, walked away uninjured after his car rolled over.",
        ("Kofi", "wounded", A),
    ),
    (
        "No one was hurt, the police said, and the cashier, Mina Patel, was back at work the next day.",
        ("Patel", "wounded", A),
    ),
    (
        "The hostage, Peter Lund, did not die in the raid, as first reported; he is in hospital.",
        ("Lund", "killed", A),
    ),
    ("Hassan Farah is not dead, his brother insisted on Sunday.", ("Farah", "killed", A)),
    (
        "The pilot, Nils Berg, was uninjured, but his passenger, Ola Svensson, broke an arm.",
        ("Berg", "wounded", A),
    ),
    (
        "Soldiers found the hostage, Mia Koch, sitting in a hut with her two children.",
        ("Koch", "wounded", A),
    ),
    ("Police found Omar Said hiding in a house with two other suspects.", ("Said", "wounded", A)),
    (
        "Senator Grace Kamau's driver was wounded in the attack, her office said.",
        ("Kamau", "wounded", A),
    ),
    ("The son of the cleric Ahmed Ali was killed in the strike.", ("Ali", "killed", A)),
    (
        "Rania Hassan, whose brother was killed in 2019, now runs the charity.",
        ("Hassan", "killed", A),
    ),
    (
        "The spokesman, Tariq Aziz, said his colleague, Walid Nasr, had been wounded.",
        ("Aziz", "wounded", A),
    ),
    ("Bullets hit the car of the mayor, Luis Pardo, but he was unhurt.", ("Pardo", "wounded", A)),
    ("The house of the judge, Amina Bello, was burned by rioters.", ("Bello", "wounded", A)),
    (
        "The attack on the convoy of the governor, Idris Musa, killed three of his bodyguards.",
        ("Musa", "killed", A),
    ),
    ("Kofi Annor survived, but his wife, Efua Annor-Mensah, was killed.", ("Annor", "killed", A)),
    (
        "Mariam Sesay, the daughter of the opposition leader Abu Sesay-Kamara, was wounded.",
        ("Sesay-Kamara", "wounded", A),
    ),
    (
        "The gunman who wounded the pastor, Daniel Obi, was arrested on Friday.",
        ("Obi", "arrested", A),
    ),
    (
        "Ali Rahimi, who ordered the attack that killed the reporter Zahra Karimi, was sentenced to death.",
        ("Rahimi", "killed", A),
    ),
    (
        "Colonel Pavel Orlov, whose unit lost 40 men, was himself wounded in May.",
        ("Orlov", "killed", A),
    ),
    (
        "Three of Hamid Karzai-Noor's bodyguards were killed in the ambush; he escaped with cuts.",
        ("Karzai-Noor", "killed", A),
    ),
    (
        "The minister, Eva Lind, visited the wounded police officer, Jonas Berg, in hospital.",
        ("Lind", "wounded", A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
