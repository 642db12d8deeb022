"""Injuries and survival in the wordings of English news prose (issue 6): a
paraphrase inventory written from knowledge of news English, not from the gold set's articles,
varying the words (hurt, injured, wounded, shot in the leg, stabbed, burns, fractures, "in
critical condition", "survived", "is safe", "pulled alive"), the grammar (passive, active with
the harm as subject, participles, relative clauses, nominalisations, lists, coordination,
negation, hedges) and the subject's position (named, described then named, pronoun, epithet).
Fictional people; published 2021-06-10 (a Thursday) by "Valley Wire" (tests/nlp/conftest.py).

``FOUND`` / ``NOT_FOUND``: (text, (last word of the subject, predicate, polarity)).
``DATED``: (text, (last word of the subject, predicate, polarity, event time)): the time of a
wound is the time of the attack it was suffered in, wherever the text tells it."""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A, N = "affirmed", "negated"


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


FOUND = [
    # --- wounded: verbs in the passive, with a manner or a body part
    (
        "Police constable Arjun Mehta was injured when a car rammed the checkpoint on Friday.",
        ("Mehta", "wounded", A),
    ),
    (
        "A teacher, Olga Brandt, was slightly hurt by flying glass, the school said.",
        ("Brandt", "wounded", A),
    ),
    (
        "Rescuers said the miner Pedro Salas was badly injured in the rockfall.",
        ("Salas", "wounded", A),
    ),
    (
        "The shopkeeper, Viktor Hale, was shot in the stomach during the robbery.",
        ("Hale", "wounded", A),
    ),
    (
        "Farid Nouri, 22, was stabbed in the neck outside a bar in Leeds early on Sunday.",
        ("Nouri", "wounded", A),
    ),
    (
        "Opposition activist Rania Saab was beaten badly and suffered two broken ribs, her lawyer said.",
        ("Saab", "wounded", A),
    ),
    (
        "Sergeant Colm Daly was seriously wounded by a roadside bomb in Helmand.",
        ("Daly", "wounded", A),
    ),
    (
        "The cameraman, Tiago Neves, was hit by a rubber bullet and needed stitches.",
        ("Neves", "wounded", A),
    ),
    (
        "A pensioner, Edna Pike, 81, was bruised and shaken after the robbers pushed her to the ground.",
        ("Pike", "wounded", A),
    ),
    (
        "Musa Kamara was critically injured in a head-on collision on the A40, police said.",
        ("Kamara", "wounded", A),
    ),
    # --- the harm or the attacker as the subject of an active verb
    (
        "The blast injured a police officer, Karim Oufkir, and two passers-by.",
        ("Oufkir", "wounded", A),
    ),
    ("A sniper wounded Corporal Jana Novak near the bridge on Tuesday.", ("Novak", "wounded", A)),
    pytest.param(
        "Shrapnel tore into the legs of the reporter Ilse Braun, her newspaper said.",
        ("Braun", "wounded", A),
        marks=_gap(
            "the harm as the subject of a verb of damage with the body part of X as its object"
        ),
    ),
    ("The attack left the village chief, Hamadou Sy, with serious injuries.", ("Sy", "wounded", A)),
    pytest.param(
        "The explosion left Bianca Ferro, 30, badly burned.",
        ("Ferro", "wounded", A),
        marks=_gap('"left X burned": a resultative participle after "left"'),
    ),
    # --- suffered / sustained / received / has injuries
    (
        "Driver Lars Holm suffered a fractured skull and was airlifted to hospital.",
        ("Holm", "wounded", A),
    ),
    (
        "The referee, Tomas Berg, sustained a head injury when a bottle struck him.",
        ("Berg", "wounded", A),
    ),
    (
        "Marta Kowal received burns to her hands while trying to put out the fire.",
        ("Kowal", "wounded", A),
    ),
    ("Rescuers said Imran Qadir had cuts and bruises but was conscious.", ("Qadir", "wounded", A)),
    (
        "Deputy mayor Sofia Lund suffered minor injuries in the crash, her office said.",
        ("Lund", "wounded", A),
    ),
    (
        "Lieutenant Ravi Das suffered gunshot wounds to both legs in the ambush.",
        ("Das", "wounded", A),
    ),
    ("The striker, Paulo Reis, broke his leg when the stand collapsed.", ("Reis", "wounded", A)),
    # --- treated / hospitalised for injuries
    (
        "Amir Haddad was treated for smoke inhalation and released, the fire brigade said.",
        ("Haddad", "wounded", A),
    ),
    (
        "Firefighter Nora Quinn was hospitalised with burns after the warehouse fire.",
        ("Quinn", "wounded", A),
    ),
    (
        "The photographer Selin Aksoy was taken to hospital with a gunshot wound to the arm.",
        ("Aksoy", "wounded", A),
    ),
    (
        "Jorge Pena underwent surgery for a bullet wound to the chest, the hospital said.",
        ("Pena", "wounded", A),
    ),
    # --- participles, relative clauses, appositions, fronted modifiers
    (
        "Wounded in the leg, Captain Emil Rusu kept directing his men, the army said.",
        ("Rusu", "wounded", A),
    ),
    ("The injured guard, Piotr Zielinski, was flown to Krakow.", ("Zielinski", "wounded", A)),
    (
        "The mayor visited Aisha Bello, who was hurt in the stampede, at the district hospital.",
        ("Bello", "wounded", A),
    ),
    (
        "Doctors are treating Lukas Frey, a cyclist injured when a lorry hit him on Monday.",
        ("Frey", "wounded", A),
    ),
    (
        "Hannah Voss, one of the students wounded in the shooting, spoke to reporters from her hospital bed.",
        ("Voss", "wounded", A),
    ),
    # --- lists and counts: among the injured, including, N people hurt
    ("Among the injured was the local imam, Yusuf Demir, police said.", ("Demir", "wounded", A)),
    ("The wounded included a nurse, Clara Stein, and her two sons.", ("Stein", "wounded", A)),
    ("Six people were hurt, including the bus driver, Owen Price.", ("Price", "wounded", A)),
    (
        "Kofi Mensah, 34, was among 11 people injured when the roof gave way.",
        ("Mensah", "wounded", A),
    ),
    (
        "Two officers, Dan Tully and Ben Ashe, were wounded in the exchange of fire.",
        ("Ashe", "wounded", A),
    ),
    (
        "Nine people, among them the journalist Ines Moreau, were injured in the clashes.",
        ("Moreau", "wounded", A),
    ),
    # --- nominalisations and possessives
    (
        "Rahul Nair's injuries are not thought to be life-threatening, police said.",
        ("Nair", "wounded", A),
    ),
    (
        "Doctors said the wounds of the driver, Ali Karimi, were superficial.",
        ("Karimi", "wounded", A),
    ),
    # --- pronoun and epithet in the next sentence
    (
        "Gunmen attacked the convoy of the governor, Ibrahim Lawal, on Monday. He was wounded in the arm.",
        ("Lawal", "wounded", A),
    ),
    pytest.param(
        "Police named the victim as Greta Olsen, 27. The 27-year-old suffered stab wounds to the back.",
        ("Olsen", "wounded", A),
        marks=_gap('an age epithet ("the 27-year-old") after "named the victim as X, 27"'),
    ),
    # --- hedged, attributed and quoted
    (
        "Local media reported that the commander, Abu Yasin, had been wounded in the strike.",
        ("Yasin", "wounded", A),
    ),
    (
        "Colonel Omar Kassem is believed to have been wounded, a security source said.",
        ("Kassem", "wounded", A),
    ),
    ('"I was shot in the shoulder," said Marco Ruiz, 45.', ("Ruiz", "wounded", A)),
    (
        "Reports that the minister, Aldo Conte, was injured could not be verified.",
        ("Conte", "wounded", A),
    ),
    # --- negated injury
    ("Police said the driver, Leon Marsh, was not injured.", ("Marsh", "wounded", N)),
    (
        "The ambassador, Greta Holm, was not harmed in the attack, the embassy said.",
        ("Holm", "wounded", N),
    ),
    (
        "Officials denied that the general, Ahmed Rashidi, had been wounded.",
        ("Rashidi", "wounded", N),
    ),
    ("Sheikh Hamid Nur escaped with minor injuries, his aides said.", ("Nur", "wounded", A)),
    # --- alive: survived, survivor
    ("Clara Benz survived the crash that killed her husband.", ("Benz", "alive", A)),
    ("Rescuers pulled Emre Yilmaz, 8, alive from the rubble on Wednesday.", ("Yilmaz", "alive", A)),
    pytest.param(
        "The only survivor, a fisherman named Juan Ortiz, clung to a cooler for 30 hours.",
        ("Ortiz", "alive", A),
        marks=_gap(
            '"the only survivor, a fisherman named X": survivor noun with a "named" apposition'
        ),
    ),
    ("Pilot Anna Kurz was the sole survivor of the crash, the airline said.", ("Kurz", "alive", A)),
    ("Jonas Lind survived being shot three times, his family said.", ("Lind", "alive", A)),
    pytest.param(
        "Among the survivors was a nine-year-old girl, Mira Tan.",
        ("Tan", "alive", A),
        marks=_gap('"Among the survivors was X": inverted copula with the survivors noun'),
    ),
    (
        "The miners, including foreman Bruno Kraus, survived for five days on rainwater.",
        ("Kraus", "alive", A),
    ),
    # --- alive: found / pulled out / rescued alive, walked out, made it out ("escaped unhurt" is
    # wounded negated, no alive: the gold's reading of g119)
    (
        "Hikers found the missing botanist, Elsa Berg, alive near a stream on Tuesday.",
        ("Berg", "alive", A),
    ),
    (
        "Divers brought the trapped caver, Simon Hurst, out alive after 18 hours.",
        ("Hurst", "alive", A),
    ),
    pytest.param(
        "Nadim Aziz walked out of the collapsed building on his own, witnesses said.",
        ("Aziz", "alive", A),
        marks=_gap('"walked out of the rubble": leaving a disaster on one\'s own feet'),
    ),
    ("Teresa Gil escaped unhurt when a shell hit her house.", ("Gil", "wounded", N)),
    ("Her son, Alex Rowe, made it out alive, she said.", ("Rowe", "alive", A)),
    # --- alive: condition and recovery
    (
        "The senator, Ruth Calder, is in critical condition at St Mary's hospital.",
        ("Calder", "alive", A),
    ),
    (
        "Ivan Petrov remains in a serious but stable condition, doctors said.",
        ("Petrov", "alive", A),
    ),
    pytest.param(
        "Hospital officials described the condition of the singer, Lola Mars, as fair.",
        ("Mars", "alive", A),
        marks=_gap(
            '"described the condition of X as fair": the condition noun with an "as" complement'
        ),
    ),
    ("The boy, Tariq Hussein, is on a ventilator in intensive care.", ("Hussein", "alive", A)),
    (
        "Former president Joao Dias is recovering in hospital after a fall, his office said.",
        ("Dias", "alive", A),
    ),
    ("Lena Ahn is conscious and talking, her brother told reporters.", ("Ahn", "alive", A)),
    ("Doctors said Peter Okoro was out of danger.", ("Okoro", "alive", A)),
    ("The guard, Samir Attia, is fighting for his life in hospital.", ("Attia", "alive", A)),
    # --- alive: safe, well, proof of life
    (
        "The aid worker Ruth Mwale is safe and well, her organisation said on Tuesday.",
        ("Mwale", "alive", A),
    ),
    ("Family members said the student, Ayaan Khan, was safe.", ("Khan", "alive", A)),
    (
        "Lucas Moreno is alive and in good spirits, his lawyer said after visiting him.",
        ("Moreno", "alive", A),
    ),
    (
        "The kidnapped priest, Father Paul Eze, spoke to his family by phone on Sunday.",
        ("Eze", "alive", A),
    ),
    ("Journalist Mina Park is doing well, her editor said.", ("Park", "alive", A)),
    (
        "A video released on Monday shows the hostage, Dirk Vos, looking thin but alive.",
        ("Vos", "alive", A),
    ),
    (
        "Officials said there was no reason to doubt that Samuel Ito was still alive.",
        ("Ito", "alive", A),
    ),
    (
        '"My father is alive," said Sara Iqbal, whose father Tariq Iqbal went missing in March.',
        ("Iqbal", "alive", A),
    ),
    (
        "Relatives of the climber, Igor Lenz, said on Wednesday that he had been found alive.",
        ("Lenz", "alive", A),
    ),
    # --- a second set, police-brief, wire and feature wordings
    (
        "A 34-year-old man, Craig Dunn, was taken to hospital with non-life-threatening injuries.",
        ("Dunn", "wounded", A),
    ),
    (
        "Cyclist Emma Hart suffered life-changing injuries in the collision, police said.",
        ("Hart", "wounded", A),
    ),
    (
        "Gunmen opened fire on the car, wounding its driver, Omar Dabbagh.",
        ("Dabbagh", "wounded", A),
    ),
    (
        "The device went off at 9 a.m., injuring four people, including a street cleaner, Paula Reyes.",
        ("Reyes", "wounded", A),
    ),
    (
        "Security guard Nikos Pappas was rushed to hospital with gunshot wounds.",
        ("Pappas", "wounded", A),
    ),
    (
        "The protester, Kenji Mori, was knocked unconscious by a police baton.",
        ("Mori", "wounded", A),
    ),
    ("Sami Haddad lost an eye when a tear gas canister hit him.", ("Haddad", "wounded", A)),
    ("Nurse Julia Roos was left paralysed by the attack.", ("Roos", "wounded", A)),
    (
        "The goalkeeper, Iker Sanz, needed 12 stitches after being hit by a flare.",
        ("Sanz", "wounded", A),
    ),
    (
        "Officer Dale Byrne was shot and wounded while responding to a call.",
        ("Byrne", "wounded", A),
    ),
    (
        "A cleric, Sheikh Adnan Faris, and his son were injured when their house was shelled.",
        ("Faris", "wounded", A),
    ),
    ("The mob beat the reporter, Chidi Obi, leaving him with a broken jaw.", ("Obi", "wounded", A)),
    (
        "Claudia Weiss, whose arm was broken in the crush, said the gates had been locked.",
        ("Weiss", "wounded", A),
    ),
    (
        "Sergeant Abel Tesfaye was lightly injured, the army said in a statement.",
        ("Tesfaye", "wounded", A),
    ),
    (
        "Rescuers reached the hiker, Martin Kerr, who had fallen and broken his ankle.",
        ("Kerr", "wounded", A),
    ),
    (
        "Activist Laila Hamdan was admitted to hospital with a head wound on Saturday.",
        ("Hamdan", "wounded", A),
    ),
    ("The bullet struck Hector Ruiz in the thigh.", ("Ruiz", "wounded", A)),
    (
        "The commander, Abu Bakr Issa, was gravely wounded, according to the group.",
        ("Issa", "wounded", A),
    ),
    pytest.param(
        "A guard, Jean Lemaire, was among the casualties taken to hospital.",
        ("Lemaire", "wounded", A),
        marks=_gap('"among the casualties taken to hospital" read as killed'),
    ),
    (
        "Tomasz Nowak, the driver, was trapped in the wreckage for an hour and suffered leg injuries.",
        ("Nowak", "wounded", A),
    ),
    # --- alive: a second set
    (
        "Witnesses said the businessman, Karl Engel, cheated death when the bomb under his car failed to explode.",
        ("Engel", "alive", A),
    ),
    # (read since session 20: claims_harm.one_to_survive_hit)
    ("Ayesha Malik, 7, was the only member of her family to survive.", ("Malik", "alive", A)),
    ("The survivors included a pilot, Kurt Lange, and two passengers.", ("Lange", "alive", A)),
    (
        "Olu Adeyemi, who survived the massacre by hiding under bodies, testified on Tuesday.",
        ("Adeyemi", "alive", A),
    ),
    (
        "Doctors said Amal Rahim had regained consciousness and was breathing on her own.",
        ("Rahim", "alive", A),
    ),
    (
        "The missing teenager, Zoe Clark, was found safe and well in Bristol, police said.",
        ("Clark", "alive", A),
    ),
    ("Bishop Thomas Okoye is fine and resting, a church spokesman said.", ("Okoye", "alive", A)),
    (
        "The abducted engineer, Paolo Conti, is in good health, the negotiators said.",
        ("Conti", "alive", A),
    ),
    (
        "Her husband, Diego Paz, sent her a text message on Monday saying he was OK.",
        ("Paz", "alive", A),
    ),
    ("In the video, the hostage Erik Sand appears tired but healthy.", ("Sand", "alive", A)),
    pytest.param(
        "Pablo Vera's condition has improved and he is now stable, the clinic said.",
        ("Vera", "alive", A),
        marks=_gap('"X\'s condition has improved and he is now stable"'),
    ),
    (
        "Lucia Gomez lived through the siege and now runs a bakery in the city.",
        ("Gomez", "alive", A),
    ),
    ("The climber, Nils Berg, is still alive, rescuers believe.", ("Berg", "alive", A)),
    (
        "A fisherman, Kwame Boateng, turned up alive on a beach two days after his boat sank.",
        ("Boateng", "alive", A),
    ),
    ("Reza Tehrani did not survive the crash, the police said.", ("Tehrani", "killed", A)),
    ("Eva Lund was not among the survivors, the airline confirmed.", ("Lund", "alive", N)),
    # --- a third set, round-up and hospital wordings with the person in a group, a care verb or
    # a coordinated state
    (
        "The injured, who included a 12-year-old boy, Sami Rahal, were taken to the Al-Shifa hospital.",
        ("Rahal", "wounded", A),
    ),
    (
        "Paramedics treated Ruth Adler, 64, at the scene for cuts to her face.",
        ("Adler", "wounded", A),
    ),
    (
        "A second man, named locally as Dean Foster, is in hospital with serious injuries.",
        ("Foster", "wounded", A),
    ),
    (
        "Two of the wounded, Hassan Ali and his cousin Omar Ali, remain in intensive care.",
        ("Ali", "wounded", A),
    ),
    ("Officer Maria Santos was injured in the line of duty on Friday.", ("Santos", "wounded", A)),
    ("A bodyguard of the minister, Sergei Volkov, was among those hurt.", ("Volkov", "wounded", A)),
    (
        "His daughter, Noor Hamdi, was pulled from the wreckage with minor injuries.",
        ("Hamdi", "wounded", A),
    ),
    (
        "The attack wounded 14 people, among them the mayor's aide, Carlos Ruiz.",
        ("Ruiz", "wounded", A),
    ),
    (
        "Dozens were injured, including Pedro Gomez, a photographer for the Daily Post.",
        ("Gomez", "wounded", A),
    ),
    (
        "Doctors amputated the right leg of the soldier, Ivan Shevchenko, after the blast.",
        ("Shevchenko", "wounded", A),
    ),
    ("Ali Reza is alive but badly hurt, his uncle said.", ("Reza", "wounded", A)),
    ("Ali Reza is alive but badly hurt, his uncle said.", ("Reza", "alive", A)),
    (
        "Ambulance crews took Priya Shah to hospital, where she was treated for a head injury.",
        ("Shah", "wounded", A),
    ),
    ("Kamal Uddin's wounds were dressed at a field clinic.", ("Uddin", "wounded", A)),
    (
        "Nobody was seriously hurt, though the driver, Ahmed Zaki, had a cut on his forehead.",
        ("Zaki", "wounded", A),
    ),
    (
        "The survivor, Joy Okafor, told reporters she hid under a table for an hour.",
        ("Okafor", "alive", A),
    ),
    ("Karin Holt emerged from the rubble alive after 40 hours.", ("Holt", "alive", A)),
    (
        "The three children, including Amir Saleh, are alive, a Red Crescent official said.",
        ("Saleh", "alive", A),
    ),
    (
        "Paul Renard, who had been feared dead, is alive and well in a hospital in Lyon.",
        ("Renard", "alive", A),
    ),
    ("Tariq Aziz was lucky to be alive, doctors told his family.", ("Aziz", "alive", A)),
    ("Relatives say Selim Ozturk is recovering well after surgery.", ("Ozturk", "alive", A)),
    ("Julia Weiss is stable and breathing on her own, the hospital said.", ("Weiss", "alive", A)),
    pytest.param(
        "Rescuers found Greta Sommer conscious but with a broken leg at the foot of the cliff.",
        ("Sommer", "wounded", A),
        marks=_gap(
            '"found X conscious but with a broken leg": an injury in a "with" phrase coordinated with a state'
        ),
    ),
    ("The blast tore off the hand of a street vendor, Musa Diallo.", ("Diallo", "wounded", A)),
    # --- a fifth set: hospital and rescue wordings of survival
    (
        'Hospital spokeswoman Carla Diaz said the patient, Omar Bakri, was "comfortable" on Tuesday.',
        ("Bakri", "alive", A),
    ),
    ("Medics revived Paulo Mendes at the scene.", ("Mendes", "alive", A)),
    ("Lucas Pereira came through the operation well, doctors said.", ("Pereira", "alive", A)),
    (
        "Our correspondent Mark Hayes, who was caught in the crossfire, is unharmed.",
        ("Hayes", "alive", A),
    ),
    (
        "His wife said she had received a call from Yusuf Adam on Monday evening.",
        ("Adam", "alive", A),
    ),
    (
        "The footballer Diego Lopez, who collapsed on the pitch on Saturday, is awake and talking.",
        ("Lopez", "alive", A),
    ),
    ("Two climbers were rescued alive on Saturday, among them Jan Novak.", ("Novak", "alive", A)),
    ("The teenager, Jake Ford, is in a medically induced coma.", ("Ford", "alive", A)),
    (
        "Authorities said the crew, including the captain, Lars Eriksen, were safe.",
        ("Eriksen", "alive", A),
    ),
    ("Daniel Kim was conscious when he was pulled from the water.", ("Kim", "alive", A)),
    pytest.param(
        "Survivors, including a seven-year-old, Nia Bello, were taken to a shelter.",
        ("Bello", "alive", A),
        marks=_gap('bare "Survivors, including X," as a subject'),
    ),
    pytest.param(
        "The only person to survive the crash was a flight attendant, Rosa Kim.",
        ("Kim", "alive", A),
        marks=_gap('"the only person to survive ... was X": an infinitive relative on the subject'),
    ),
    # (a quotation's "he" with nobody before it: the person the attribution names who is not its speaker)
    ("\"He's alive. He's hurt, but he's alive,\" his brother Ali Hassan said of Karim Hassan.", ("Hassan", "wounded", A)),
    # --- alive: negated and hedged
    ("Officials fear the missing diver, Hugo Brandt, is no longer alive.", ("Brandt", "alive", N)),
    ("The family said they had no proof that Nasser Aziz was still alive.", ("Aziz", "alive", A)),
]

NOT_FOUND = [
    # figurative harm and non-person injury
    ("The scandal badly hurt the campaign of senator Paul Greer.", ("Greer", "wounded", A)),
    ("Coach Ana Silva said the defeat hurt, but the team would recover.", ("Silva", "wounded", A)),
    ("The floods injured the economy, finance minister Ken Obi said.", ("Obi", "wounded", A)),
    (
        "Officials said no one was hurt when the roof of minister Lea Roth's office collapsed.",
        ("Roth", "wounded", A),
    ),
    # a survivor's family, a survived-by obituary line, survived a vote: no alive for X
    ("Arthur Kemp is survived by his wife and three children.", ("Kemp", "alive", A)),
    ("Prime minister Dana Kovac survived a confidence vote on Tuesday.", ("Kovac", "alive", A)),
    # a wound done by X to another is no wound of X
    ("Police said Jake Moss stabbed his neighbour twice in the arm.", ("Moss", "wounded", A)),
    ("The gunman, Rob Hart, wounded three people before he was arrested.", ("Hart", "wounded", A)),
    # expectations and predictions are no claims (README: "is expected to return" is none)
    ("Police said the victim, Helen Shaw, was expected to survive.", ("Shaw", "alive", A)),
    ("Victor Ramos is expected to make a full recovery, his agent said.", ("Ramos", "alive", A)),
    ("Medics said the wounded soldier, Petro Bondar, would survive.", ("Bondar", "alive", A)),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)


# The time of a wound: the attack's time, wherever the text tells it (published Thursday
# 2021-06-10: Sunday 06-06, Monday 06-07, Tuesday 06-08, Wednesday 06-09).
DATED = [
    # "in the same strike", "in the blast", "during the attack": the incident told before
    (
        "An airstrike killed two fighters near Kafr Aya on Monday. Their commander, Hadi Sultan, was wounded in the same strike, the officials said.",
        ("Sultan", "wounded", A, "2021-06-07"),
    ),
    (
        "A drone struck a car near Sirte on Tuesday, killing its driver. A militia spokesman said the commander, Salem Warfalli, had been wounded in the same strike.",
        ("Warfalli", "wounded", A, "2021-06-08"),
    ),
    (
        "A bomb exploded at a bus stop in Kano on Sunday, killing five people. A trader, Bala Musa, was also hurt in the blast.",
        ("Musa", "wounded", A, "2021-06-06"),
    ),
    (
        "Gunmen attacked a police post in Tillaberi early on Tuesday, the ministry said. An officer, Issa Garba, was shot in the arm during the attack.",
        ("Garba", "wounded", A, "2021-06-08"),
    ),
    (
        "Soldiers were ambushed near Gao on Monday. A security source said Private Moussa Cisse had been wounded in the leg during the ambush.",
        ("Cisse", "wounded", A, "2021-06-07"),
    ),
    (
        "A roadside bomb hit an army truck near Kidal on Sunday. Two soldiers died and a third, Yaya Sangare, was hurt in the explosion.",
        ("Sangare", "wounded", A, "2021-06-06"),
    ),
    # the attack's time in a when-clause shared by a coordinated clause
    (
        "The colonel, Felix Mbala, was wounded and two of his guards were killed when their car hit a mine on Sunday, the army said.",
        ("Mbala", "wounded", A, "2021-06-06"),
    ),
    # the attack as the subject, its time in its own relative clause or phrase
    (
        "The strike that killed the group's leader on May 20 also wounded his bodyguard, Samir Jaber, a medical source said.",
        ("Jaber", "wounded", A, "2021-05-20"),
    ),
    (
        "Tuesday's bombing in the market injured a local councillor, Amina Diallo, officials said.",
        ("Diallo", "wounded", A, "2021-06-08"),
    ),
    # a possessive time on the incident noun and an incident in a relative clause
    (
        "Ahmed Tahir was wounded in Monday's attack on the border post, his brother said.",
        ("Tahir", "wounded", A, "2021-06-07"),
    ),
    pytest.param(
        "Okello has survived two attacks, including an ambush in 2014 in which he was shot in the leg.",
        ("Okello", "wounded", A, "2014"),
        marks=_gap('the pronoun "he" inside an "in which" clause is not resolved to X (no claim)'),
    ),
    (
        "The raid took place on March 3. Among the wounded was a shepherd, Ali Nasri, villagers said.",
        ("Nasri", "wounded", A, "2021-03-03"),
    ),
    # the wound's own time
    (
        "Corporal Lina Varga was shot in the hand on Wednesday night, the army said.",
        ("Varga", "wounded", A, "2021-06-09TNI"),
    ),
    (
        "A security guard, Tom Weir, was stabbed at about 2 a.m. on Sunday.",
        ("Weir", "wounded", A, "2021-06-06T02:00"),
    ),
    # surviving an attack: at the attack's time, in the object's own clause or told before
    (
        "A senior commander, Rahim Gul, survived a roadside bomb that killed two of his guards in Swat on Saturday, police said.",
        ("Gul", "alive", A, "2021-06-05"),
    ),
    (
        "A drone hit a convoy near Idlib on Tuesday. The Observatory says Fadi Haddad, who was also in the convoy, survived the strike and is being treated at a hospital.",
        ("Haddad", "alive", A, "2021-06-08"),
    ),
    # a definite label of the hurt ("the wounded officers", "among the injured"): the story's attack
    (
        "Gunmen opened fire on a patrol at 4:30 a.m. on Tuesday. The wounded officers, Sergeant Luis Mera and Corporal Ana Pincay, were taken to the police hospital.",
        ("Mera", "wounded", A, "2021-06-08T04:30"),
    ),
    # a fourth set: clauses of the same moment, the incident's own clause, "among those wounded",
    # a relative clause on the name beside a hospital state
    (
        "Boxer Dwayne Cole was hit twice in the chest as he left a club shortly after 2 a.m. on Sunday.",
        ("Cole", "wounded", A, "2021-06-06T02:00"),
    ),
    (
        "Ravi Kumar was hurt when the bus overturned on the M6 on Tuesday evening.",
        ("Kumar", "wounded", A, "2021-06-08TEV"),
    ),
    (
        "Svetlana Orlova suffered burns in the fire, which broke out at 3 a.m. on Sunday.",
        ("Orlova", "wounded", A, "2021-06-06T03:00"),
    ),
    (
        "On Friday night, gunmen attacked a wedding party in the village. Musa Bako was among those wounded.",
        ("Bako", "wounded", A, "2021-06-04TNI"),
    ),
    (
        "Ahmed Noor, 34, who was shot on Monday, remains in hospital.",
        ("Noor", "wounded", A, "2021-06-07"),
    ),
    (
        "Farah Ismail, who was injured in Sunday's attack, is recovering at home.",
        ("Ismail", "wounded", A, "2021-06-06"),
    ),
    (
        "In the attack on Tuesday, a guard, Peter Lwanga, was wounded.",
        ("Lwanga", "wounded", A, "2021-06-08"),
    ),
    ("Nadia Amin lost her leg in a 2019 bombing in Kabul.", ("Amin", "wounded", A, "2019")),
    (
        "Police said the shooting happened at 11 p.m. on Saturday. Kevin Doyle, 23, was hit in the leg.",
        ("Doyle", "wounded", A, "2021-06-05T23:00"),
    ),
    (
        "Ella Stone has been in hospital since she was stabbed on Friday.",
        ("Stone", "wounded", A, "2021-06-04"),
    ),
    (
        "The ambush on the Gao road on Monday left Ibrahim Toure with a broken arm.",
        ("Toure", "wounded", A, "2021-06-07"),
    ),
    (
        "A car bomb exploded outside the ministry on Wednesday morning. The deputy minister, Laila Nasser, suffered cuts to her face.",
        ("Nasser", "wounded", A, "2021-06-09TMO"),
    ),
    (
        "The fire broke out on Monday night. A firefighter, Dan Okoye, was treated for burns.",
        ("Okoye", "wounded", A, "2021-06-07TNI"),
    ),
    (
        "Gunmen stormed the hotel on Saturday. A guest, Lisa Brown, was shot in the arm but managed to hide.",
        ("Brown", "wounded", A, "2021-06-05"),
    ),
    (
        "On May 4, rebels shelled the town of Kiri. Among those hurt was the local priest, Father John Obi.",
        ("Obi", "wounded", A, "2021-05-04"),
    ),
    pytest.param(
        "On May 4, rebels shelled the town of Kiri. Among those hurt were Ada Eze and Rose Uba.",
        ("Uba", "wounded", A, "2021-05-04"),
        marks=_gap(
            '"Among those hurt were X and Y": the parser makes "hurt" a noun, which no trigger reads'
        ),
    ),
    # the state of the survivor: the publication date
    (
        "The teacher, Rosa Lima, is in a stable condition, the hospital said.",
        ("Lima", "alive", A, "2021-06-10"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED)
def test_dated(claims_of, text, expected) -> None:
    surname, predicate, polarity, when = expected
    found = [
        (c.subject.split()[-1], c.predicate, c.polarity, c.event_time) for c in claims_of(text)
    ]
    assert (surname, predicate, polarity, when) in found, found
