"""A paraphrase inventory of deaths and leadership (issue 6): the words,
grammar and subject positions English news prose uses to tell that someone was killed or died,
that someone took over, was ousted or stepped down, and their negated and hedged forms; and who
claims a death (the source a sentence names, or the outlet for narration). Snippets written for
this test about fictional people (published 2021-06-10 by "Valley Wire"): text -> (last word of
the subject, predicate, polarity) of a claim that must be found, or one that must not."""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A, N = "affirmed", "negated"


def KNOWN_GAP(reason: str) -> pytest.MarkDecorator:  # noqa: N802 - reads as a mark
    return pytest.mark.xfail(strict=True, reason=reason)


KILLED = [
    # --- verbs, active and passive, wire and police-brief style
    (
        "The rebel commander Tarek Mansour was killed in an air strike on Monday, the army said.",
        ("Mansour", "killed", A),
    ),
    (
        "Gunmen shot dead the journalist Lina Haddad outside her home in the capital on Friday.",
        ("Haddad", "killed", A),
    ),
    pytest.param(
        "The mayor of a northern town, Pedro Alves, was gunned down as he left a restaurant on"
        " Saturday.",
        ("Alves", "killed", A),
        marks=KNOWN_GAP("the parser hangs the name on 'town', so the subject is the unnamed mayor"),
    ),
    (
        "Police said the businessman Viktor Lenz was murdered at his villa near the coast.",
        ("Lenz", "killed", A),
    ),
    (
        "Security forces executed the rebel leader Omar Tahir at dawn, state television said.",
        ("Tahir", "killed", A),
    ),
    (
        "The prime minister's adviser, Karl Brandt, was assassinated in a car bombing in March.",
        ("Brandt", "killed", A),
    ),
    (
        "Two fishermen, Ade Bello and Musa Ibrahim, drowned when their canoe overturned on the"
        " lake.",
        ("Bello", "killed", A),
    ),
    (
        "Two fishermen, Ade Bello and Musa Ibrahim, drowned when their canoe overturned on the"
        " lake.",
        ("Ibrahim", "killed", A),
    ),
    (
        "The commander Salim Qadri perished in the blast, the group said in a statement.",
        ("Qadri", "killed", A),
    ),
    (
        "The student Chen Wei was slain by a gang on his way home from school.",
        ("Wei", "killed", A),
    ),
    (
        "The cartel boss Ramon Vega was shot dead in a gunfight with marines on Thursday.",
        ("Vega", "killed", A),
    ),
    (
        "Sergeant Mark Hughes, 27, was killed by a roadside bomb in Helmand, the Ministry of"
        " Defence said.",
        ("Hughes", "killed", A),
    ),
    (
        "The commander Yusuf Barre was killed along with four of his bodyguards.",
        ("Barre", "killed", A),
    ),
    (
        "Private Dean Carter was killed in action on Tuesday, the regiment said.",
        ("Carter", "killed", A),
    ),
    # --- "to death", "fatally", manner adverbs
    (
        "Police named the victim as Maria Costa. She was stabbed to death in a park on Saturday.",
        ("Costa", "killed", A),
    ),
    (
        "The farmer Joseph Mwangi was hacked to death by raiders who stole his cattle.",
        ("Mwangi", "killed", A),
    ),
    (
        "The protester Ali Reza was beaten to death in custody, his family said.",
        ("Reza", "killed", A),
    ),
    (
        "The boxer Tony Reyes was fatally shot outside a nightclub early on Sunday.",
        ("Reyes", "killed", A),
    ),
    (
        "The singer Ana Lima was fatally stabbed on Saturday night, police said.",
        ("Lima", "killed", A),
    ),
    (
        "The teenager Jamal Price was burned to death when the house caught fire.",
        ("Price", "killed", A),
    ),
    (
        "The shepherd Nikos Pappas was crushed to death by a falling rock.",
        ("Pappas", "killed", A),
    ),
    # --- intransitive "die" and its idioms
    (
        "The former minister Samuel Okoro died in hospital on Tuesday, his family said.",
        ("Okoro", "killed", A),
    ),
    (
        "A police officer, Daniel Musa, 45, died of his wounds on Thursday.",
        ("Musa", "killed", A),
    ),
    (
        "The driver, Kwame Boateng, succumbed to his injuries in hospital overnight.",
        ("Boateng", "killed", A),
    ),
    (
        "The fisherman Tomas Silva lost his life when his boat capsized off the coast.",
        ("Silva", "killed", A),
    ),
    (
        "Lucia Ferraro, 81, died peacefully at her home on Sunday.",
        ("Ferraro", "killed", A),
    ),
    pytest.param(
        "The veteran broadcaster Harold Finch has died. He was 79.",
        ("Finch", "killed", A),
        marks=KNOWN_GAP("'broadcaster' is read as an outlet, not a person"),
    ),
    (
        "The opposition leader Kemal Arslan passed away on Sunday after a long illness.",
        ("Arslan", "killed", A),
    ),
    (
        "The reporter Sara Kim died on Tuesday from injuries sustained in the attack.",
        ("Kim", "killed", A),
    ),
    (
        "The jailed dissident Pavel Sokolov died in prison on Monday.",
        ("Sokolov", "killed", A),
    ),
    (
        "The activist Selim Aydin, who was shot on Friday, died in hospital on Sunday.",
        ("Aydin", "killed", A),
    ),
    (
        "The group said its commander, Abu Tariq al-Kurdi, was martyred in the battle for the"
        " airport.",
        ("al-Kurdi", "killed", A),
    ),
    (
        "The miner Goran Petrovic was killed instantly when the tunnel roof collapsed.",
        ("Petrovic", "killed", A),
    ),
    # --- states: dead, found dead, pronounced dead, confirmed / presumed dead
    (
        "The opposition activist Marta Rivas was found dead in her flat on Sunday.",
        ("Rivas", "killed", A),
    ),
    (
        "The kidnapped priest, Father John Obi, was found dead on a roadside near Enugu.",
        ("Obi", "killed", A),
    ),
    (
        "Rafael Ortiz, the founder of the cartel, is dead, police said.",
        ("Ortiz", "killed", A),
    ),
    (
        "The general Viktor Orlov has been confirmed dead, the ministry said.",
        ("Orlov", "killed", A),
    ),
    (
        "The climber Erik Lund is presumed dead after an avalanche swept the route.",
        ("Lund", "killed", A),
    ),
    (
        "The driver, a 34-year-old man named as Kofi Asante, was pronounced dead at the scene.",
        ("Asante", "killed", A),
    ),
    (
        "Authorities confirmed that the missing journalist Ivan Petrov is dead.",
        ("Petrov", "killed", A),
    ),
    (
        "The rebel spokesman Hakim Jaber is believed dead after the raid, officials said.",
        ("Jaber", "killed", A),
    ),
    # --- bodies and remains
    (
        "The body of the missing hiker, Jonas Weber, was recovered from a ravine on Wednesday.",
        ("Weber", "killed", A),
    ),
    (
        "The body found in the river on Tuesday was identified as that of the missing banker"
        " Stefan Kraus.",
        ("Kraus", "killed", A),
    ),
    (
        "The remains of the pilot, Captain Ruth Adler, were recovered from the wreck.",
        ("Adler", "killed", A),
    ),
    (
        "An autopsy on the body of Leon Marsh showed he had been strangled.",
        ("Marsh", "killed", A),
    ),
    (
        "Police identified the man killed in the crash as Dmitri Volkov, 52.",
        ("Volkov", "killed", A),
    ),
    # --- lists of the dead
    (
        "Among the dead was the village headman, Ali Karimi.",
        ("Karimi", "killed", A),
    ),
    (
        "The dead included a nurse, Grace Achieng, and a teacher, Peter Otieno.",
        ("Achieng", "killed", A),
    ),
    (
        "The dead included a nurse, Grace Achieng, and a teacher, Peter Otieno.",
        ("Otieno", "killed", A),
    ),
    (
        "The victims were named as Sean Doyle, 34, and Liam Byrne, 29.",
        ("Doyle", "killed", A),
    ),
    (
        "The victims were named as Sean Doyle, 34, and Liam Byrne, 29.",
        ("Byrne", "killed", A),
    ),
    (
        "The group's spokesman, Bakr Shami, was among those killed in the raid.",
        ("Shami", "killed", A),
    ),
    (
        "The death toll rose to 12 on Monday after a farmer, Juan Perez, died of burns.",
        ("Perez", "killed", A),
    ),
    # --- nouns: death, killing, funeral, the late X, claimed the life of
    (
        "The militia confirmed the death of its founder, Hamid Rostami.",
        ("Rostami", "killed", A),
    ),
    (
        "Hundreds of mourners attended the funeral of the slain reporter Nadia Karam on Friday.",
        ("Karam", "killed", A),
    ),
    (
        "The killing of the lawyer Rosa Mendes has sparked protests across the country.",
        ("Mendes", "killed", A),
    ),
    (
        "The late Ibrahim Sow founded the movement in 1998.",
        ("Sow", "killed", A),
    ),
    (
        "The accident claimed the life of the cyclist Emma Novak.",
        ("Novak", "killed", A),
    ),
    (
        "The fire claimed the lives of the caretaker, Bruno Rossi, and his wife.",
        ("Rossi", "killed", A),
    ),
    (
        "The militant leader Hamza Idrisi was killed in a drone strike. His death was confirmed"
        " by the group on Thursday.",
        ("Idrisi", "killed", A),
    ),
    (
        "Relatives of Hassan Nouri, who was killed in the shelling, gathered at the morgue.",
        ("Nouri", "killed", A),
    ),
    (
        "Villagers buried the teacher Ahmed Jalali on Saturday, a day after he was shot.",
        ("Jalali", "killed", A),
    ),
    (
        "Mourners carried the coffin of the firefighter Paul Dumas through the town.",
        ("Dumas", "killed", A),
    ),
    (
        "Flags flew at half mast after the murder of the judge Clara Vidal.",
        ("Vidal", "killed", A),
    ),
    (
        "Carlos Mena's death was announced by his family on Wednesday.",
        ("Mena", "killed", A),
    ),
    # --- pronoun and epithet in the next sentence
    (
        "The businessman Arjun Mehta vanished in March. He was found dead in a forest on Monday.",
        ("Mehta", "killed", A),
    ),
    (
        "Police named the cyclist as Oskar Nilsson. The 42-year-old died at the scene.",
        ("Nilsson", "killed", A),
    ),
    # --- negated and denied
    (
        "The army denied that the commander Idris Bashir had been killed.",
        ("Bashir", "killed", N),
    ),
    (
        "His family insists that the preacher Idris Bashir is not dead.",
        ("Bashir", "killed", N),
    ),
    (
        "The militant leader Musa Darwish dismissed rumours of his death in an audio message.",
        ("Darwish", "killed", N),
    ),
    (
        "The group said its leader, Salah Omar, had not been killed in the strike.",
        ("Omar", "killed", N),
    ),
    (
        "Officials rejected reports that the general Omar Dabo had died.",
        ("Dabo", "killed", N),
    ),
    # --- hedged or unconfirmed still a claim
    (
        "The commander Faris Hamdan may have been killed in the strike, a security source said.",
        ("Hamdan", "killed", A),
    ),
    (
        "The warlord Amin Gul was reportedly killed in a clash with a rival faction.",
        ("Gul", "killed", A),
    ),
    (
        "It was not possible to confirm whether the commander Yasin Noor was among the dead.",
        ("Noor", "killed", A),
    ),
]

NOT_KILLED = [
    # left for dead, and lived
    (
        "Gunmen left the reporter Ali Sharif for dead, but he survived.",
        ("Sharif", "killed", A),
    ),
    # a death sentence is no death
    (
        "The activist Hani Zaki was sentenced to death by a military court on Monday.",
        ("Zaki", "killed", A),
    ),
    # threats, purposes, plots: no event
    (
        "The judge Maria Lopez has received death threats since the trial began.",
        ("Lopez", "killed", A),
    ),
    (
        "The police chief Amir Khan vowed to kill the gang leader Rico Diaz.",
        ("Diaz", "killed", A),
    ),
    (
        "Prosecutors say the men plotted to assassinate the governor, Ruth Oduya.",
        ("Oduya", "killed", A),
    ),
    # the killer is not the killed
    (
        "The gang leader Rico Diaz killed three people in the attack, police said.",
        ("Diaz", "killed", A),
    ),
    # a survivor
    (
        "The miner Paul Osei survived the collapse and was pulled out alive on Friday.",
        ("Osei", "killed", A),
    ),
    (
        "The driver, Musa Kone, escaped death when a bomb exploded near his car.",
        ("Kone", "killed", A),
    ),
    (
        "The commander Ali Saleh narrowly escaped an assassination attempt on Monday.",
        ("Saleh", "killed", A),
    ),
]

LEADERSHIP = [
    (
        "The general Marcus Obi took over as head of the army on Monday.",
        ("Obi", "leadership_change", A),
    ),
    (
        "Sara Lindqvist succeeded Johan Berg as chief executive in March.",
        ("Lindqvist", "leadership_change", A),
    ),
    (
        "The party elected Ana Ruiz as its new leader on Saturday.",
        ("Ruiz", "leadership_change", A),
    ),
    (
        "The council appointed Colonel Amadou Diallo as interim president.",
        ("Diallo", "leadership_change", A),
    ),
    (
        "The group named Abu Khalid al-Masri as its new commander.",
        ("al-Masri", "leadership_change", A),
    ),
    (
        "Abdul Rahim was named leader of the movement after the death of its founder.",
        ("Rahim", "leadership_change", A),
    ),
    (
        "The vice-president, Nora Keller, was sworn in as president on Friday.",
        ("Keller", "leadership_change", A),
    ),
    (
        "The board replaced the chief executive, Tom Hardy, with his deputy, Lisa Crane.",
        ("Hardy", "leadership_change", A),
    ),
    (
        "The board replaced the chief executive, Tom Hardy, with his deputy, Lisa Crane.",
        ("Crane", "leadership_change", A),
    ),
    (
        "The group's new leader, Hamza Qureshi, is a former schoolteacher.",
        ("Qureshi", "leadership_change", A),
    ),
    (
        "His successor, Ismail Darwish, was chosen by the shura council.",
        ("Darwish", "leadership_change", A),
    ),
    (
        "Mustafa Aziz has been acting leader of the group since the arrest of its chief.",
        ("Aziz", "leadership_change", A),
    ),
    (
        "The army chief, General Paul Mensah, was ousted in a coup on Wednesday.",
        ("Mensah", "leadership_change", A),
    ),
    (
        "The coach Diego Ferrer was removed as head of the federation on Tuesday.",
        ("Ferrer", "leadership_change", A),
    ),
    (
        "The commander Aziz Karimov handed over command to his deputy, Rustam Ali.",
        ("Karimov", "leadership_change", A),
    ),
    (
        "The commander Aziz Karimov handed over command to his deputy, Rustam Ali.",
        ("Ali", "leadership_change", A),
    ),
    (
        "The rebels chose Ibrahim Tall to lead them after their founder was killed.",
        ("Tall", "leadership_change", A),
    ),
    (
        "Elena Popescu became head of the agency in 2019.",
        ("Popescu", "leadership_change", A),
    ),
    (
        "Brigadier Sam Okafor was appointed army chief of staff on Thursday.",
        ("Okafor", "leadership_change", A),
    ),
    (
        "Jorge Campos was elected president of the federation on Sunday.",
        ("Campos", "leadership_change", A),
    ),
    (
        "The junta installed Colonel Ba Traore as head of state.",
        ("Traore", "leadership_change", A),
    ),
    pytest.param(
        "The fighters pledged allegiance to their new emir, Abu Anas al-Harbi.",
        ("al-Harbi", "leadership_change", A),
        marks=KNOWN_GAP("the parser hangs the name on the verb (npadvmod), not on 'emir'"),
    ),
    (
        "The party's interim leader, Dara Singh, called for calm on Monday.",
        ("Singh", "leadership_change", A),
    ),
    (
        "After the founder's death, leadership of the group passed to his son, Yusuf Adan.",
        ("Adan", "leadership_change", A),
    ),
    (
        "The deputy commander, Omar Sheikh, has replaced the slain leader, the group said.",
        ("Sheikh", "leadership_change", A),
    ),
    (
        "The police chief Kofi Mensah was dismissed on Monday after the prison break.",
        ("Mensah", "leadership_change", A),
    ),
    (
        "The embattled chief executive, Mark Reid, was forced out by the board in May.",
        ("Reid", "leadership_change", A),
    ),
    (
        "Leila Nasser was voted in as chair of the committee on Tuesday.",
        ("Nasser", "leadership_change", A),
    ),
    (
        "The cleric Abdullah Farouk assumed leadership of the movement in 2017.",
        ("Farouk", "leadership_change", A),
    ),
    (
        "The former deputy Nabil Aoun now leads the group, having taken command last year.",
        ("Aoun", "leadership_change", A),
    ),
    (
        "The party's founder, Ivo Marek, was deposed by his deputy, Tomas Hruby.",
        ("Hruby", "leadership_change", A),
    ),
    (
        "The party's founder, Ivo Marek, was deposed by his deputy, Tomas Hruby.",
        ("Marek", "leadership_change", A),
    ),
    # negated
    (
        "The commander Ali Hassan denied that he had been removed from his post.",
        ("Hassan", "leadership_change", N),
    ),
]

NOT_LEADERSHIP = [
    # an active "X succeeded Y" is X's change only (gold g43)
    (
        "Sara Lindqvist succeeded Johan Berg as chief executive in March.",
        ("Berg", "leadership_change", A),
    ),
    (
        "Daud Karimi, the group's leader since 2018, gave a speech on Friday.",
        ("Karimi", "leadership_change", A),
    ),
    # a tenure is no change
    (
        "The group has been led by Karim Zaki since 2015.",
        ("Zaki", "leadership_change", A),
    ),
    # a leader's death is not his alive
    (
        "The group named Abu Khalid al-Masri as its new commander.",
        ("al-Masri", "alive", A),
    ),
    (
        "His successor, Ismail Darwish, was chosen by the shura council.",
        ("Darwish", "alive", A),
    ),
]

RESIGNED = [
    (
        "The chairman Victor Lang stepped down on Tuesday.",
        ("Lang", "resigned", A),
    ),
    (
        "The health minister, Ruth Abebe, resigned over the scandal.",
        ("Abebe", "resigned", A),
    ),
    (
        "The mayor, Jan Novak, quit on Monday after a corruption inquiry.",
        ("Novak", "resigned", A),
    ),
    (
        "The prime minister, Lars Holm, announced his resignation on Friday.",
        ("Holm", "resigned", A),
    ),
    (
        "The coach Piet de Vries tendered his resignation after the defeat.",
        ("Vries", "resigned", A),
    ),
    (
        "The head of the agency, Mona Said, stood down with immediate effect.",
        ("Said", "resigned", A),
    ),
    (
        "The chief executive Hugo Lamb will step down at the end of the year, the company said.",
        ("Lamb", "resigned", A),
    ),
    (
        "The minister Petra Vogel has not resigned, her office said.",
        ("Vogel", "resigned", N),
    ),
    (
        "The company denied reports that its chairman, Felix Braun, had stepped down.",
        ("Braun", "resigned", N),
    ),
]

NOT_RESIGNED = [
    # a demand is no event
    (
        "The union called on the chairman Felix Braun to step down.",
        ("Braun", "resigned", A),
    ),
    (
        "Protesters demanded the resignation of the governor, Ruth Oduya.",
        ("Oduya", "resigned", A),
    ),
]

# --- a second inventory (session 18): courts, suicides and accidents, rites, lists, bodies,
# nominalised and stand-in leadership, resignation nouns
MORE = [
    (
        "Three men were charged on Friday with the murder of the shopkeeper Anil Kapoor.",
        ("Kapoor", "killed", A),
    ),
    (
        "A jury convicted the former soldier of killing the student Megan Hart in 2019.",
        ("Hart", "killed", A),
    ),
    (
        "Police are hunting the killers of the activist Jorge Ramos.",
        ("Ramos", "killed", A),
    ),
    (
        "The teacher Sunil Rao took his own life in March, his family said.",
        ("Rao", "killed", A),
    ),
    (
        "The singer Nina Vos died by suicide at her home, her manager said.",
        ("Vos", "killed", A),
    ),
    (
        "The banker Otto Kranz was found hanged in his cell on Sunday.",
        ("Kranz", "killed", A),
    ),
    (
        "The worker Dario Conti was electrocuted while repairing a power line.",
        ("Conti", "killed", A),
    ),
    (
        "The pensioner Alma Reed died after being hit by a bus in the city centre.",
        ("Reed", "killed", A),
    ),
    (
        "The cyclist Henrik Dahl was killed when a lorry struck him on the A1.",
        ("Dahl", "killed", A),
    ),
    (
        "The rally driver Pierre Gautier died in a crash during the final stage.",
        ("Gautier", "killed", A),
    ),
    (
        "Doctors were unable to save the boy, Samir Haddou, who had been shot in the chest.",
        ("Haddou", "killed", A),
    ),
    (
        "The commander Rashid Omar did not survive his wounds, the group said.",
        ("Omar", "killed", A),
    ),
    (
        "The general Anton Petrov, 68, has died of cancer, the ministry announced.",
        ("Petrov", "killed", A),
    ),
    (
        "The former president Julius Banda dies at 88.\n\nThe former president Julius Banda has died at the age of 88, his family said.",
        ("Banda", "killed", A),
    ),
    (
        "The actress Vera Holm, who starred in more than 40 films, died on Saturday aged 91.",
        ("Holm", "killed", A),
    ),
    (
        "Tributes poured in on Monday for the footballer Luis Pardo, who died in a car crash on Sunday.",
        ("Pardo", "killed", A),
    ),
    (
        "The bishop Emeka Nwosu was laid to rest in his home village on Friday.",
        ("Nwosu", "killed", A),
    ),
    (
        "A memorial service for the aid worker Claire Dubois was held in Geneva on Tuesday.",
        ("Dubois", "killed", A),
    ),
    (
        "Among those killed were two doctors, Ahmad Nazari and Reza Tavakoli.",
        ("Nazari", "killed", A),
    ),
    (
        "Among those killed were two doctors, Ahmad Nazari and Reza Tavakoli.",
        ("Tavakoli", "killed", A),
    ),
    (
        "Those who died included the bus driver, Jacob Mwale, and a schoolgirl.",
        ("Mwale", "killed", A),
    ),
    (
        "Officials identified the dead as Karim Bensaid, 40, and his son Yanis, 12.",
        ("Bensaid", "killed", A),
    ),
    (
        "The deceased has been identified as Lucas Moreau, a 28-year-old mechanic.",
        ("Moreau", "killed", A),
    ),
    (
        "One of the dead was a local journalist, Farid Karimi.",
        ("Karimi", "killed", A),
    ),
    (
        "The 12 soldiers killed in the ambush included Captain Ivan Dragic.",
        ("Dragic", "killed", A),
    ),
    (
        "Corporal Ben Ellis and two other soldiers were killed when their vehicle hit a mine.",
        ("Ellis", "killed", A),
    ),
    (
        "Killed in the attack were the imam, Yahya Sadiq, and his two sons.",
        ("Sadiq", "killed", A),
    ),
    (
        "The attack left the governor's bodyguard, Moses Ochieng, dead.",
        ("Ochieng", "killed", A),
    ),
    pytest.param(
        "A body believed to be that of the missing student Laura Stein was found in woods on Friday.",
        ("Stein", "killed", A),
        marks=KNOWN_GAP("the parser hangs the name on 'found', not on 'that of'"),
    ),
    (
        "DNA tests confirmed that the remains were those of the pilot, Hugo Brandt.",
        ("Brandt", "killed", A),
    ),
    (
        "The corpse of the kidnapped trader Sani Garba was dumped near a market.",
        ("Garba", "killed", A),
    ),
    (
        "The journalist Tariq Aziz's body was handed over to his family on Thursday.",
        ("Aziz", "killed", A),
    ),
    (
        "Rescuers pulled the body of the miner Jan Kowalski from the rubble on Sunday.",
        ("Kowalski", "killed", A),
    ),
    (
        "The navy recovered the bodies of two sailors, Leo Marin and Raul Soto.",
        ("Marin", "killed", A),
    ),
    (
        "Since the death of its founder, Kamal Haidar, in 2015, the group has split.",
        ("Haidar", "killed", A),
    ),
    (
        "The slain commander, Abu Jandal, was buried in Idlib on Friday.",
        ("Jandal", "killed", A),
    ),
    (
        "The widow of the murdered lawyer Sergio Blanco spoke to reporters on Monday.",
        ("Blanco", "killed", A),
    ),
    (
        "The dead man, Rui Pinto, was a father of three.",
        ("Pinto", "killed", A),
    ),
    (
        "The assassination of the minister Anwar Latif in 2018 shocked the country.",
        ("Latif", "killed", A),
    ),
    (
        "The execution of the dissident Kamran Javadi drew international condemnation.",
        ("Javadi", "killed", A),
    ),
    (
        "Gunmen ambushed and killed the district chief, Ali Ahmadi, on the road to the capital.",
        ("Ahmadi", "killed", A),
    ),
    (
        "Unknown assailants shot and killed the priest Tomas Kral outside his church.",
        ("Kral", "killed", A),
    ),
    (
        "The police officer Jake Morgan was shot and killed during a traffic stop.",
        ("Morgan", "killed", A),
    ),
    (
        "The soldiers opened fire, killing the protester Adel Mansour.",
        ("Mansour", "killed", A),
    ),
    (
        "The strike hit the house, killing the commander Hassan Nasrallah and his wife.",
        ("Nasrallah", "killed", A),
    ),
    (
        "An air strike on Tuesday killed the senior commander Abu Bilal al-Tunisi, the coalition said.",
        ("al-Tunisi", "killed", A),
    ),
    (
        "The blast killed at least six people, including the local police chief, Omar Wardak.",
        ("Wardak", "killed", A),
    ),
    (
        "The mayor, Pedro Alves, was gunned down on Saturday.",
        ("Alves", "killed", A),
    ),
    (
        "The commander Ahmed Jalal was reported killed on Sunday.",
        ("Jalal", "killed", A),
    ),
    (
        "The commander Ahmed Jalal is said to have been killed in the fighting.",
        ("Jalal", "killed", A),
    ),
    (
        "The commander Ahmed Jalal was among at least 20 fighters who died in the clashes.",
        ("Jalal", "killed", A),
    ),
    (
        "Witnesses saw the body of the commander Ahmed Jalal being carried from the building.",
        ("Jalal", "killed", A),
    ),
    (
        "Photographs circulated online appeared to show the dead body of the rebel leader Juma Laku.",
        ("Laku", "killed", A),
    ),
    (
        '"My son Kofi is dead," said his mother, Ama Owusu.',
        ("Kofi", "killed", A),
    ),
    (
        '"They killed my husband," said the widow of Sami Rahal.',
        ("Rahal", "killed", A),
    ),
    (
        "The rebel leader Juma Laku is still alive, his spokesman said, denying reports of his death.",
        ("Laku", "killed", N),
    ),
    (
        "The army said reports that the commander Ahmed Jalal had been killed were untrue.",
        ("Jalal", "killed", N),
    ),
    (
        "The commander Ahmed Jalal was not among the dead, the group said.",
        ("Jalal", "killed", N),
    ),
    (
        "The group dismissed claims that its leader, Juma Laku, had been killed as propaganda.",
        ("Laku", "killed", N),
    ),
    (
        "Contrary to earlier reports, the commander Ahmed Jalal was not killed but wounded.",
        ("Jalal", "killed", N),
    ),
    (
        "The miner Paul Osei survived the collapse and was pulled out alive on Friday.",
        ("Osei", "alive", A),
    ),
    (
        "The ruling council took over the country on Monday, naming General Idris Kane as head of state.",
        ("Kane", "leadership_change", A),
    ),
    (
        "Idris Kane takes the helm of the army at a difficult time.",
        ("Kane", "leadership_change", A),
    ),
    (
        "The newly appointed army chief, General Idris Kane, visited the front on Monday.",
        ("Kane", "leadership_change", A),
    ),
    pytest.param(
        "The appointment of Hana Sato as chief executive was announced on Tuesday.",
        ("Sato", "leadership_change", A),
        marks=KNOWN_GAP(
            "the tagger gives 'Hana Sato' no PERSON type; claims_precision reads the noun as 'the dismissal of the case'"
        ),
    ),
    (
        "Hana Sato's election as party leader was a surprise to many.",
        ("Sato", "leadership_change", A),
    ),
    (
        "The board has tapped Hana Sato to lead the company.",
        ("Sato", "leadership_change", A),
    ),
    (
        "Hana Sato was picked to lead the party after the election defeat.",
        ("Sato", "leadership_change", A),
    ),
    (
        "The shura council chose Abu Yasir al-Halabi to head the group.",
        ("al-Halabi", "leadership_change", A),
    ),
    (
        "Abu Yasir al-Halabi inherited the leadership of the group from his brother.",
        ("al-Halabi", "leadership_change", A),
    ),
    (
        "Colonel Idris Kane seized power in a coup on Tuesday.",
        ("Kane", "leadership_change", A),
    ),
    (
        "Colonel Idris Kane came to power in a coup in 2019.",
        ("Kane", "leadership_change", A),
    ),
    (
        "Hana Sato replaces Lars Berg, who is retiring after ten years.",
        ("Sato", "leadership_change", A),
    ),
    (
        "Hana Sato replaces Lars Berg, who is retiring after ten years.",
        ("Berg", "leadership_change", A),
    ),
    (
        "The president sacked the army chief, General Moses Tembo, on Friday.",
        ("Tembo", "leadership_change", A),
    ),
    (
        "General Moses Tembo was relieved of his command on Friday.",
        ("Tembo", "leadership_change", A),
    ),
    (
        "The president fired his defence minister, Alan Moyo, on Monday.",
        ("Moyo", "leadership_change", A),
    ),
    (
        "The veteran leader Alan Moyo was overthrown in a military coup in 2017.",
        ("Moyo", "leadership_change", A),
    ),
    (
        "The ousted president, Alan Moyo, fled to South Africa.",
        ("Moyo", "leadership_change", A),
    ),
    (
        "Alan Moyo's removal as party chairman was announced on state television.",
        ("Moyo", "leadership_change", A),
    ),
    (
        "Alan Moyo was voted out as party leader on Thursday.",
        ("Moyo", "leadership_change", A),
    ),
    (
        "The deputy, Grace Phiri, will serve as acting leader until a congress is held.",
        ("Phiri", "leadership_change", A),
    ),
    (
        "Grace Phiri, the group's acting commander, gave the order.",
        ("Phiri", "leadership_change", A),
    ),
    (
        "The caretaker prime minister, Grace Phiri, met the envoy on Monday.",
        ("Phiri", "leadership_change", A),
    ),
    (
        "Grace Phiri was promoted to commander of the northern brigade.",
        ("Phiri", "leadership_change", A),
    ),
    pytest.param(
        "Grace Phiri has been in charge of the group since its leader was arrested in May.",
        ("Phiri", "leadership_change", A),
        marks=KNOWN_GAP("'in charge since' a vacancy: no rule reads 'in charge' as an office yet"),
    ),
    (
        "The commander Sultan Bek ceded control of the brigade to his nephew, Timur Aliev.",
        ("Bek", "leadership_change", A),
    ),
    (
        "The chairman Victor Lang handed in his resignation on Tuesday.",
        ("Lang", "resigned", A),
    ),
    (
        "The resignation of the chairman, Victor Lang, was accepted by the board.",
        ("Lang", "resigned", A),
    ),
    (
        "Following the resignation of Victor Lang, the board named an interim chair.",
        ("Lang", "resigned", A),
    ),
    (
        "Victor Lang stepped aside as chairman pending an inquiry.",
        ("Lang", "resigned", A),
    ),
    (
        "The minister Victor Lang has resigned from the cabinet, his office said.",
        ("Lang", "resigned", A),
    ),
    (
        "The minister Victor Lang quit the government in protest on Monday.",
        ("Lang", "resigned", A),
    ),
    (
        "Victor Lang left office in 2019 after a scandal.",
        ("Lang", "resigned", A),
    ),
    (
        "Victor Lang said on Monday he was stepping down as party leader.",
        ("Lang", "resigned", A),
    ),
    (
        "The minister Victor Lang denied that he had resigned.",
        ("Lang", "resigned", N),
    ),
    (
        "Kamal Haidar, who died in 2015, founded the group in 1990.",
        ("Haidar", "killed", A),
    ),
    (
        "A local driver, Musa Bello, was among the passengers. He died on the way to hospital.",
        ("Bello", "killed", A),
    ),
    (
        "The gunmen stormed the compound at dawn. The guard, Peter Mwita, 52, was shot dead at the gate.",
        ("Mwita", "killed", A),
    ),
    (
        "Rescuers found the climber, Anna Kovac, on Tuesday. She had died of exposure, a police spokesman said.",
        ("Kovac", "killed", A),
    ),
    (
        "The rebel commander, known as Abu Dujana, was killed in an ambush, according to the army.",
        ("Dujana", "killed", A),
    ),
    (
        '"We lost our brother Khalid Anwar in the battle," the group said in a statement.',
        ("Anwar", "killed", A),
    ),
    (
        "14:32 - Police confirm that the second victim, Maya Lind, 19, has died in hospital.",
        ("Lind", "killed", A),
    ),
    (
        "The crash killed the pilot and his co-pilot, Lt. Sam Reyes.",
        ("Reyes", "killed", A),
    ),
    (
        "The attack on the convoy killed the aid worker Jonas Meier and wounded two others.",
        ("Meier", "killed", A),
    ),
    pytest.param(
        "The fighting claimed dozens of lives, among them the commander Bashir Adnan.",
        ("Adnan", "killed", A),
        marks=KNOWN_GAP("'among them X' after a casualty count: no rule"),
    ),
    (
        "Both brothers, Hamid and Rahim Jaffar, died in the fire.",
        ("Jaffar", "killed", A),
    ),
    (
        "The chief, Omar Bakri, and two aides were killed, and a fourth man was wounded.",
        ("Bakri", "killed", A),
    ),
    (
        "The man killed in the shooting on Friday was named by police as Tom Harris, 31.",
        ("Harris", "killed", A),
    ),
    (
        "The 67-year-old, Rosa Klein, had been dead for several days when neighbours raised the alarm.",
        ("Klein", "killed", A),
    ),
    (
        "Activists said the prisoner Yusuf Demir died under torture in a police station.",
        ("Demir", "killed", A),
    ),
    (
        "Ten years after the assassination of Farouk Nadim, no one has been convicted.",
        ("Nadim", "killed", A),
    ),
    (
        "Officers found Lisa Grant dead in her car on Sunday morning.",
        ("Grant", "killed", A),
    ),
    (
        "The bodies of Ali Musa and his driver were found on Tuesday, two days after they were kidnapped.",
        ("Musa", "killed", A),
    ),
    (
        "The rebel leader, who was killed in 2018, was succeeded by his brother, Daud Karimi.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "After Hassan Ali's death in 2018, his brother Daud Karimi took command of the group.",
        ("Karimi", "leadership_change", A),
    ),
    pytest.param(
        "The group's new chief, a former schoolteacher named Daud Karimi, issued his first statement.",
        ("Karimi", "leadership_change", A),
        marks=KNOWN_GAP("the name after 'named' in an apposition is read as a naming verb"),
    ),
    (
        "Daud Karimi became the movement's third leader in five years when he was named emir in May.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "The general Daud Karimi was named the new commander of the army on Friday, replacing General Sami Nur.",
        ("Nur", "leadership_change", A),
    ),
    (
        "The general Daud Karimi was named the new commander of the army on Friday, replacing General Sami Nur.",
        ("Karimi", "leadership_change", A),
    ),
    pytest.param(
        "The group announced that Daud Karimi would lead it.",
        ("Karimi", "leadership_change", A),
        marks=KNOWN_GAP("a future 'would lead it' with a pronoun object: no rule"),
    ),
    (
        "The rebels said Daud Karimi had taken over from the slain commander.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "Daud Karimi, 45, is now in charge of the group.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "The party leader, Ana Ruiz, lost a leadership vote on Tuesday and was replaced by her deputy, Carlos Gil.",
        ("Ruiz", "leadership_change", A),
    ),
    (
        "The party leader, Ana Ruiz, lost a leadership vote on Tuesday and was replaced by her deputy, Carlos Gil.",
        ("Gil", "leadership_change", A),
    ),
    (
        "Carlos Gil was confirmed as the party's leader on Tuesday.",
        ("Gil", "leadership_change", A),
    ),
    (
        "Carlos Gil will take over as party leader next month.",
        ("Gil", "leadership_change", A),
    ),
    (
        "The board named Carlos Gil chief executive, effective immediately.",
        ("Gil", "leadership_change", A),
    ),
    (
        "Carlos Gil, the interim president, said elections would be held in a year.",
        ("Gil", "leadership_change", A),
    ),
    (
        "The minister Carlos Gil was forced to resign after the leak.",
        ("Gil", "resigned", A),
    ),
    (
        "The minister Carlos Gil offered his resignation on Monday, but the prime minister refused it.",
        ("Gil", "resigned", A),
    ),
    (
        "Carlos Gil's resignation as finance minister took effect on Monday.",
        ("Gil", "resigned", A),
    ),
    (
        "The commander Carlos Gil was not removed from his post, the ministry said.",
        ("Gil", "leadership_change", N),
    ),
]

# --- a third inventory (session 18): successions said by other verbs, removals, resignations
# in quotes and infinitives, deaths told by state and by a declaration
MORE_SUCCESSIONS = [
    (
        "Daud Karimi emerged as the group's new leader after a week of infighting.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "Daud Karimi emerged as the new leader of the group.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "Daud Karimi survived a leadership challenge and took control of the party.",
        ("Karimi", "leadership_change", A),
    ),
    pytest.param(
        "Daud Karimi returned as party leader on Sunday.",
        ("Karimi", "leadership_change", A),
        marks=KNOWN_GAP("a past 'returned as leader' is read as other:return only"),
    ),
    (
        "Daud Karimi was chosen as the group's leader, the statement said.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "Daud Karimi, who was named commander in May, appeared in a video on Friday.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "The group's leadership council met on Friday and named Daud Karimi to succeed the slain commander.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "Following the death of the founder, Daud Karimi was proclaimed the new emir.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "Daud Karimi stepped in as interim leader after the arrest of the chairman.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "Daud Karimi stepped into the role of acting chief on Monday.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "Daud Karimi has taken the reins of the party.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "Daud Karimi now runs the militia, having taken over from his father, who was killed in 2019.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "Daud Karimi was installed as the group's leader.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "The militia announced that its commander, Salim Nur, had been martyred and that Daud Karimi would take his place.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "The militia announced that its commander, Salim Nur, had been martyred and that Daud Karimi would take his place.",
        ("Nur", "killed", A),
    ),
    (
        "Daud Karimi rose to the leadership of the group in 2016.",
        ("Karimi", "leadership_change", A),
    ),
    pytest.param(
        "Daud Karimi is the group's third leader since 2010.",
        ("Karimi", "leadership_change", A),
        marks=KNOWN_GAP("an ordinal leader ('the third leader since 2010'): no rule"),
    ),
    (
        "The general Salim Nur was sacked as army chief on Monday.",
        ("Nur", "leadership_change", A),
    ),
    (
        "The general Salim Nur lost his post as army chief in a reshuffle.",
        ("Nur", "leadership_change", A),
    ),
    (
        "The general Salim Nur was stripped of his command on Monday.",
        ("Nur", "leadership_change", A),
    ),
    (
        "The general Salim Nur was replaced as army chief on Monday.",
        ("Nur", "leadership_change", A),
    ),
    (
        "The general Salim Nur was toppled in a palace coup.",
        ("Nur", "leadership_change", A),
    ),
    (
        "The junta deposed the president, Salim Nur, on Tuesday.",
        ("Nur", "leadership_change", A),
    ),
    pytest.param(
        "The general Salim Nur was demoted after the defeat.",
        ("Nur", "leadership_change", A),
        marks=KNOWN_GAP("'demoted' is no office change in the lexicon"),
    ),
    (
        "The governor, Salim Nur, was suspended from office on Monday.",
        ("Nur", "leadership_change", A),
    ),
    (
        "The CEO Salim Nur stepped down and was replaced by Daud Karimi.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "The CEO Salim Nur stepped down and was replaced by Daud Karimi.",
        ("Nur", "resigned", A),
    ),
    pytest.param(
        "The CEO Salim Nur left the company on Friday after 20 years at the helm.",
        ("Nur", "resigned", A),
        marks=KNOWN_GAP("'left the company after years at the helm': no rule"),
    ),
    (
        "The minister Salim Nur has quit, his spokesman confirmed.",
        ("Nur", "resigned", A),
    ),
    pytest.param(
        "The minister Salim Nur offered to resign on Monday.",
        ("Nur", "resigned", A),
        marks=KNOWN_GAP("'offered to resign': an infinitive after 'offer' is not read as done"),
    ),
    (
        "The minister Salim Nur resigned his seat in parliament.",
        ("Nur", "resigned", A),
    ),
    (
        "The minister Salim Nur was forced out of office by the scandal.",
        ("Nur", "leadership_change", A),
    ),
    pytest.param(
        '"I have decided to step down," the minister Salim Nur told reporters.',
        ("Nur", "resigned", A),
        marks=KNOWN_GAP("'decided to step down' in a quotation: no rule"),
    ),
    (
        'He said the commander, Salim Nur, had been killed. "He died a martyr," he said.',
        ("Nur", "killed", A),
    ),
    (
        "The commander Salim Nur died a hero, his brother said.",
        ("Nur", "killed", A),
    ),
    (
        "The commander Salim Nur was laid to rest in his home village.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur's killing was confirmed by police on Monday.",
        ("Nur", "killed", A),
    ),
    (
        "The rebels announced the death of their commander, Salim Nur, in a post on Telegram.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur, 54, is dead.",
        ("Nur", "killed", A),
    ),
    (
        "The 54-year-old commander, Salim Nur, did not survive.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur was one of three men shot dead at the checkpoint.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur and his driver were killed instantly.",
        ("Nur", "killed", A),
    ),
    (
        "The bomb killed Salim Nur and his driver instantly.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur is feared dead after the ferry sank.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur is thought to have died in the fire.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur was declared dead on arrival at the hospital.",
        ("Nur", "killed", A),
    ),
    (
        "Doctors declared Salim Nur dead at 3am.",
        ("Nur", "killed", A),
    ),
]
# "the attack took place": no succession
NOT_SUCCESSIONS = [
    (
        "The attack took place on Monday in the village of Daud Karimi.",
        ("Karimi", "leadership_change", A),
    ),
]

# --- a fourth inventory (session 18): deaths in multi-sentence stories, quotes, lists and
# rankings, executions, causes of death; a vacancy named with its holder; stand-in leaders
MORE_STORIES = [
    (
        "Salim Nur had led the brigade since 2015. He was killed in an ambush on Monday, the army said.",
        ("Nur", "killed", A),
    ),
    (
        "The brigade was led by Salim Nur. The 52-year-old commander died in an ambush on Monday.",
        ("Nur", "killed", A),
    ),
    pytest.param(
        "Villagers found two bodies on Tuesday. One was identified as Salim Nur, a shepherd.",
        ("Nur", "killed", A),
        marks=KNOWN_GAP(
            "'One was identified as X' after a count of bodies: the pronoun 'one' is not read as a body"
        ),
    ),
    (
        '"My father Salim Nur was killed by soldiers," his son told reporters.',
        ("Nur", "killed", A),
    ),
    (
        '"They killed Salim," his wife, Amina Nur, said. Salim Nur, 40, was a farmer.',
        ("Nur", "killed", A),
    ),
    (
        "Gunmen attacked the bus on Monday. Among the victims was the driver, Salim Nur.",
        ("Nur", "killed", A),
    ),
    (
        "Two people died in the crash: the driver, Salim Nur, and a passenger.",
        ("Nur", "killed", A),
    ),
    (
        "The crash killed two people, the driver, Salim Nur, 44, and a passenger, police said.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur, a father of four, was the third journalist killed this year.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur became the latest victim of the violence when he was shot dead outside his shop.",
        ("Nur", "killed", A),
    ),
    (
        "The family of Salim Nur, who died in the blast, demanded an inquiry.",
        ("Nur", "killed", A),
    ),
    (
        "The death of Salim Nur, a local councillor, has shocked the town.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur's death in custody sparked protests.",
        ("Nur", "killed", A),
    ),
    pytest.param(
        "The shooting dead of Salim Nur by police was captured on video.",
        ("Nur", "killed", A),
        marks=KNOWN_GAP("'the shooting dead of X': a gerund noun with 'dead' is no event noun"),
    ),
    pytest.param(
        "Police confirmed the identity of the dead man as Salim Nur.",
        ("Nur", "killed", A),
        marks=KNOWN_GAP("'the identity of the dead man as X': no rule"),
    ),
    (
        "The man who died has been named locally as Salim Nur.",
        ("Nur", "killed", A),
    ),
    (
        "Friends paid tribute to Salim Nur, who was killed on Saturday.",
        ("Nur", "killed", A),
    ),
    (
        "A man, Salim Nur, was killed and three others were injured in the blast.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur, a 23-year-old student, was among four protesters killed on Friday.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur was killed. So was his brother, Omar Nur.",
        ("Nur", "killed", A),
    ),
    (
        "The commander and his deputy, Salim Nur, were both killed.",
        ("Nur", "killed", A),
    ),
    (
        "Both Salim Nur and his deputy were killed in the strike.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur, who had survived three previous attempts on his life, was killed on Friday.",
        ("Nur", "killed", A),
    ),
    (
        "The rebels executed Salim Nur and posted a video of the killing.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur was hanged at dawn on Thursday, the judiciary said.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur was put to death by lethal injection in Texas on Wednesday.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur was sentenced to death in 2019 and executed on Monday.",
        ("Nur", "killed", A),
    ),
    (
        "The boat sank on Monday. Salim Nur, 12, was one of the 30 people who drowned.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur died of Covid-19 at the age of 71.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur died of a heart attack in his cell, officials said.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur died while in police custody on Saturday.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur died two days after he was shot.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur was 71 when he died.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur, who died last week, was buried on Sunday.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur was not killed in the strike, as first reported, but was wounded.",
        ("Nur", "killed", N),
    ),
    (
        "Salim Nur did not die in the fire, as reported earlier; he escaped.",
        ("Nur", "killed", N),
    ),
    pytest.param(
        "Salim Nur was wrongly reported dead last week.",
        ("Nur", "killed", N),
        marks=KNOWN_GAP("'wrongly reported dead': a report and its correction in one clause"),
    ),
    (
        "The reports of Salim Nur's death were false.",
        ("Nur", "killed", N),
    ),
    (
        "Daud Karimi has led the group since its founder, Salim Nur, died in 2018.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "Daud Karimi stands in for the jailed leader, Salim Nur.",
        ("Karimi", "leadership_change", A),
    ),
    (
        "Daud Karimi has been deputising for the chairman since May.",
        ("Karimi", "leadership_change", A),
    ),
]
NOT_IN_STORIES = [
    # a stand-in for a player is no leader
    (
        "The goalkeeper Daud Karimi filled in for the injured captain.",
        ("Karimi", "leadership_change", A),
    ),
    # a tenure without a vacancy
    (
        "Daud Karimi has led the group since 2018.",
        ("Karimi", "leadership_change", A),
    ),
    # "put" without "to death"
    (
        "The singer Salim Nur put his heart into the song.",
        ("Nur", "killed", A),
    ),
]

# --- a fifth inventory (session 18): obituary, live-blog and wire styles, hedged and denied
# deaths, idioms of dying; successions by election, promotion and handover, retirements
MORE_STYLES = [
    (
        "Salim Nur, the founder of the movement, has died aged 84.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur, who founded the movement in 1971, died on Sunday at his home in Cairo. He was 84.",
        ("Nur", "killed", A),
    ),
    pytest.param(
        "Salim Nur (1937-2021) founded the movement in 1971.",
        ("Nur", "killed", A),
        marks=KNOWN_GAP(
            "a life span in brackets after a name: no rule (a factbox's tenure span looks the same)"
        ),
    ),
    (
        "11:05 GMT - The governor's office says Salim Nur, 34, has died of his injuries.",
        ("Nur", "killed", A),
    ),
    (
        "UPDATE: Police now say the man shot on Friday, Salim Nur, has died.",
        ("Nur", "killed", A),
    ),
    (
        "BAGHDAD (Reuters) - A senior commander, Salim Nur, was killed on Monday in a drone strike, security sources said.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur is believed to have been killed in the strike, but his death has not been confirmed.",
        ("Nur", "killed", A),
    ),
    (
        "It is unclear whether Salim Nur survived the strike.",
        ("Nur", "alive", A),
    ),
    (
        "Salim Nur may have died in the strike, officials said.",
        ("Nur", "killed", A),
    ),
    (
        "There are unconfirmed reports that Salim Nur was killed.",
        ("Nur", "killed", A),
    ),
    (
        "The group has not commented on reports of Salim Nur's death.",
        ("Nur", "killed", A),
    ),
    (
        "The army claimed to have killed Salim Nur, a claim the group denied.",
        ("Nur", "killed", A),
    ),
    (
        "The army claimed to have killed Salim Nur, a claim the group denied.",
        ("Nur", "killed", N),
    ),
    (
        "Salim Nur's supporters insist he is still alive.",
        ("Nur", "alive", A),
    ),
    (
        "Salim Nur has been declared dead several times before.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur had been reported killed in 2017, but resurfaced a year later.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur escaped with his life.",
        ("Nur", "alive", A),
    ),
    (
        "Salim Nur narrowly survived the attack, which killed his driver.",
        ("Nur", "alive", A),
    ),
    (
        "Salim Nur is dead, long live Salim Nur's son.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur fell in battle near Aleppo, the group said.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur gave his life for the cause, the group said.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur breathed his last on Friday.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur met his death in the mountains.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur was found lifeless in his cell.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur's lifeless body was found on a beach.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur was killed by a stray bullet.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur was one of the victims of the massacre.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur, killed in 2019, was the group's second leader.",
        ("Nur", "killed", A),
    ),
    (
        "Killed in 2019, Salim Nur was the group's second leader.",
        ("Nur", "killed", A),
    ),
    (
        "Salim Nur's assassination was ordered by the regime, the report said.",
        ("Nur", "killed", A),
    ),
    (
        "Maria Lopez will become the company's next chief executive in January.",
        ("Lopez", "leadership_change", A),
    ),
    (
        "Maria Lopez was tapped as the party's new leader on Sunday.",
        ("Lopez", "leadership_change", A),
    ),
    (
        "Maria Lopez won the party leadership contest on Saturday.",
        ("Lopez", "leadership_change", A),
    ),
    (
        "Maria Lopez won the presidential run-off and was inaugurated on Monday.",
        ("Lopez", "leadership_change", A),
    ),
    (
        "Maria Lopez clinched the leadership of the party in a run-off.",
        ("Lopez", "leadership_change", A),
    ),
    (
        "The militia's founder, Salim Nur, was succeeded by his son after his death in 2018.",
        ("Nur", "leadership_change", A),
    ),
    (
        "The party chose Maria Lopez over two rivals to lead it into the election.",
        ("Lopez", "leadership_change", A),
    ),
    (
        "Maria Lopez, who took office in May, is the first woman to lead the country.",
        ("Lopez", "leadership_change", A),
    ),
    (
        "Maria Lopez was handed the leadership of the group by its shura council.",
        ("Lopez", "leadership_change", A),
    ),
    pytest.param(
        "Maria Lopez heads the transitional council formed after the coup.",
        ("Lopez", "leadership_change", A),
        marks=KNOWN_GAP(
            "a present 'heads the transitional council' (no future, no 'new'): no rule"
        ),
    ),
    (
        "Maria Lopez was made chief of staff on Tuesday.",
        ("Lopez", "leadership_change", A),
    ),
    (
        "Maria Lopez has been promoted to head of the intelligence service.",
        ("Lopez", "leadership_change", A),
    ),
    (
        "Maria Lopez, the incoming president, met her predecessor on Monday.",
        ("Lopez", "leadership_change", A),
    ),
    (
        "The outgoing president, Salim Nur, handed power to Maria Lopez on Sunday.",
        ("Nur", "leadership_change", A),
    ),
    (
        "The outgoing president, Salim Nur, handed power to Maria Lopez on Sunday.",
        ("Lopez", "leadership_change", A),
    ),
    (
        "Salim Nur was impeached and removed from office on Friday.",
        ("Nur", "leadership_change", A),
    ),
    (
        "Salim Nur lost power in a coup in 2019.",
        ("Nur", "leadership_change", A),
    ),
    (
        "Salim Nur was expelled from the party and stripped of its leadership.",
        ("Nur", "leadership_change", A),
    ),
    (
        "Salim Nur abdicated in favour of his son.",
        ("Nur", "resigned", A),
    ),
    (
        "Salim Nur announced his retirement as party leader on Monday.",
        ("Nur", "other:retire", A),
    ),
    (
        "Salim Nur will step down as chairman at the annual meeting in June.",
        ("Nur", "resigned", A),
    ),
    (
        "Salim Nur said he was quitting as coach with immediate effect.",
        ("Nur", "resigned", A),
    ),
    pytest.param(
        "Salim Nur's resignation letter was read out in parliament.",
        ("Nur", "resigned", A),
        marks=KNOWN_GAP(
            "'X's resignation letter': the compound noun is not read as the resignation"
        ),
    ),
    (
        "Salim Nur vacated the post in March.",
        ("Nur", "resigned", A),
    ),
    (
        "Salim Nur relinquished control of the company to his daughter.",
        ("Nur", "leadership_change", A),
    ),
]
MORE_STYLES += [
    # "them" takes up the dead of the sentence before
    (
        "Three people died in the crash. Among them was Salim Nur, a teacher.",
        ("Nur", "killed", A),
    ),
    (
        "According to police, two men died. One of them was Salim Nur, a 40-year-old farmer.",
        ("Nur", "killed", A),
    ),
]
NOT_IN_STYLES = [
    # "them" that are not the dead
    (
        "Three people were arrested in the raid. Among them was Salim Nur, a teacher.",
        ("Nur", "killed", A),
    ),
    # a supposed handover is no change
    (
        "If the president dies, the constitution gives power to the speaker, Maria Lopez.",
        ("Lopez", "leadership_change", A),
    ),
    # a survivor is alive, not dead
    (
        "Salim Nur narrowly survived the attack, which killed his driver.",
        ("Nur", "killed", A),
    ),
]


test_killed, test_not_killed = row_tests(KILLED, NOT_KILLED)
test_leadership, test_not_leadership = row_tests(LEADERSHIP, NOT_LEADERSHIP)
test_resigned, test_not_resigned = row_tests(RESIGNED, NOT_RESIGNED)
test_more, _ = row_tests(MORE, [])
test_more_successions, test_not_successions = row_tests(MORE_SUCCESSIONS, NOT_SUCCESSIONS)
test_stories, test_not_in_stories = row_tests(MORE_STORIES, NOT_IN_STORIES)
test_styles, test_not_in_styles = row_tests(MORE_STYLES, NOT_IN_STYLES)


# Who claims a death: the source the sentence names, or the outlet for its own narration.
CLAIMANTS = [
    (
        "Police said the taxi driver Omar Farah was killed in a robbery.",
        ("Farah", "killed", A),
        "police",
    ),
    (
        "The taxi driver Omar Farah was killed in a robbery on Sunday.",
        ("Farah", "killed", A),
        "valley wire",
    ),
    (
        "According to his brother, the activist Rami Saleh died in custody.",
        ("Saleh", "killed", A),
        "brother",
    ),
    (
        "The journalist Dina Aziz was killed in the strike, her newspaper said on Monday.",
        ("Aziz", "killed", A),
        "newspaper",
    ),
    (
        "Local officials said the commander Ahmed Galal died of his wounds.",
        ("Galal", "killed", A),
        "officials",
    ),
    (
        "The death of the commander Omar Haddad was announced by the group in a statement.",
        ("Haddad", "killed", A),
        "group",
    ),
    (
        "The hospital confirmed that the driver, Kwame Boateng, had died overnight.",
        ("Boateng", "killed", A),
        "hospital",
    ),
    (
        "The mayor Pedro Alves was shot dead on Saturday, his party said in a statement.",
        ("Alves", "killed", A),
        "party",
    ),
    (
        "The army denied that the commander Idris Bashir had been killed.",
        ("Bashir", "killed", N),
        "army",
    ),
    (
        "The opposition leader Kemal Arslan passed away on Sunday after a long illness.",
        ("Arslan", "killed", A),
        "valley wire",
    ),
    (
        "Police named the victim as Maria Costa. She was stabbed to death in a park on Saturday.",
        ("Costa", "killed", A),
        "valley wire",
    ),
    (
        "The group said in a statement that its leader, Salah Omar, had been martyred.",
        ("Omar", "killed", A),
        "group",
    ),
    (
        "The chairman Victor Lang stepped down on Tuesday, the company said.",
        ("Lang", "resigned", A),
        "company",
    ),
    (
        "The party elected Ana Ruiz as its new leader on Saturday.",
        ("Ruiz", "leadership_change", A),
        "valley wire",
    ),
]

# Who claims a death, in a second inventory (session 18): bodies and media as sources, a
# source named in the sentence before ("The army issued a statement. It said ...")
CLAIMANTS_MORE = [
    (
        "Salim Nur was killed in the strike, the group's media wing said on Telegram.",
        ("Nur", "killed", A),
        "media wing",
    ),
    (
        "Salim Nur was killed, the Syrian Observatory for Human Rights said.",
        ("Nur", "killed", A),
        "observatory",
    ),
    (
        "Salim Nur was killed, state media reported.",
        ("Nur", "killed", A),
        "state media",
    ),
    (
        "Salim Nur's death was announced by his party.",
        ("Nur", "killed", A),
        "party",
    ),
    (
        "The party announced Salim Nur's death on Monday.",
        ("Nur", "killed", A),
        "party",
    ),
    (
        "His family said in a statement that Salim Nur had died peacefully.",
        ("Nur", "killed", A),
        "family",
    ),
    (
        "A source close to the family said Salim Nur had died.",
        ("Nur", "killed", A),
        "source",
    ),
    (
        "Salim Nur died on Sunday, a relative told AFP.",
        ("Nur", "killed", A),
        "relative",
    ),
    (
        "Salim Nur has died, according to a post on his official Facebook page.",
        ("Nur", "killed", A),
        "post",
    ),
    (
        "Salim Nur was killed, his movement said, blaming the army.",
        ("Nur", "killed", A),
        "movement",
    ),
    (
        "The army said it had killed Salim Nur in a raid.",
        ("Nur", "killed", A),
        "army",
    ),
    (
        "Troops killed Salim Nur in a raid, the army said.",
        ("Nur", "killed", A),
        "army",
    ),
    (
        "Residents said Salim Nur was among the dead.",
        ("Nur", "killed", A),
        "residents",
    ),
    (
        "A local official, Omar Bakr, said Salim Nur was killed.",
        ("Nur", "killed", A),
        "bakr",
    ),
    (
        "Salim Nur was killed, said Omar Bakr, a local official.",
        ("Nur", "killed", A),
        "bakr",
    ),
    (
        "Police gave details on Monday. The driver, Salim Nur, was killed instantly, they said.",
        ("Nur", "killed", A),
        "police",
    ),
    (
        '"Salim Nur was killed instantly," said the police chief, Omar Bakr. "He had no chance."',
        ("Nur", "killed", A),
        "bakr",
    ),
    (
        'The police chief, Omar Bakr, spoke to reporters. "Salim Nur died at the scene," he said.',
        ("Nur", "killed", A),
        "bakr",
    ),
    (
        "The army issued a statement on Monday. It said the commander Salim Nur had been killed.",
        ("Nur", "killed", A),
        "army",
    ),
    (
        "Omar Bakr, a witness, described the attack. He said Salim Nur was shot dead by a sniper.",
        ("Nur", "killed", A),
        "bakr",
    ),
    (
        "The ministry said three people died. Among them was Salim Nur, a teacher, it said.",
        ("Nur", "killed", A),
        "ministry",
    ),
    pytest.param(
        'The group\'s statement was brief: "Our commander Salim Nur has been martyred."',
        ("Nur", "killed", A),
        "group",
        marks=KNOWN_GAP(
            "a quotation after a colon that names its document ('The group's statement was brief: \"...\"') is read as the outlet's"
        ),
    ),
    (
        "In a video, the group's spokesman said Salim Nur had been killed.",
        ("Nur", "killed", A),
        "spokesman",
    ),
    (
        "Salim Nur was killed on Monday, the group said. He was 45.",
        ("Nur", "killed", A),
        "group",
    ),
]


@pytest.mark.parametrize(("text", "triple", "word"), CLAIMANTS + CLAIMANTS_MORE)
def test_claimant(claims_of, text: str, triple: tuple, word: str) -> None:
    claimants = [
        (c.claimant or "").lower()
        for c in claims_of(text)
        if (c.subject.split()[-1], c.predicate, c.polarity) == triple
    ]
    assert any(word in c for c in claimants), claimants
