"""Wounds, survival, messages and public appearances in wordings of English news prose that the
older tables do not hold (issue 6): "sustained head injuries", "was left with a broken leg",
"lost an eye", "escaped unhurt", "is recovering at home", "called home", "in a voice note",
"made his first public appearance", "was spotted at", and sentences that must give none of
them ("walked away from the talks", "suffered a defeat"). Fictional people and the writer's own
sentences; published 2021-06-10 by "Valley Wire" (tests/nlp/conftest.py).

Rows are (id, text, found, absent) of (subject, predicate) pairs (tests/helpers/subject_rows.py).
"""

from __future__ import annotations

import pytest
from subject_rows import subject_test


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


W, AL, AP, MR, K = "wounded", "alive", "appeared", "message_released", "killed"
ROWS = [
    # --- injuries: suffered / sustained / received
    (
        "i01",
        "Ama Owusu suffered second-degree burns when the gas cylinder exploded.",
        [("Owusu", W)],
        [],
    ),
    (
        "i02",
        "The driver, Kwesi Boateng, sustained head injuries and was airlifted to Accra.",
        [("Boateng", W)],
        [],
    ),
    (
        "i03",
        "Police said Dara Quinn, 24, sustained serious injuries in the collision.",
        [("Quinn", W)],
        [],
    ),
    (
        "i04",
        "Marisol Duarte received a gunshot wound to the thigh, her lawyer said.",
        [("Duarte", W)],
        [],
    ),
    (
        "i05",
        "A bystander, Olu Adeyemi, suffered a fractured wrist in the scuffle.",
        [("Adeyemi", W)],
        [],
    ),
    (
        "i06",
        "Halvard Moe sustained a spinal injury in the fall and may never walk again.",
        [("Moe", W)],
        [],
    ),
    (
        "i07",
        "Officer Gemma Rhys suffered cuts and bruises during the arrest, the force said.",
        [("Rhys", W)],
        [],
    ),
    (
        "i08",
        "According to the hospital, Yusuf Demirel had sustained multiple fractures.",
        [("Demirel", W)],
        [],
    ),
    (
        "i09",
        "Lina Saad, 12, suffered shrapnel injuries to her face, the charity said.",
        [("Saad", W)],
        [],
    ),
    ("i10", "Nikolai Orlov sustained burns to 30 percent of his body.", [("Orlov", W)], []),
    # --- was hurt / injured / wounded, varied
    (
        "i11",
        "Tariq Mansoor was hurt when a wall collapsed on the market stall.",
        [("Mansoor", W)],
        [],
    ),
    ("i12", "Two firefighters, one of them Declan Shea, were slightly hurt.", [("Shea", W)], []),
    (
        "i13",
        "Mirela Petrescu was badly hurt in the crash and is in hospital in Cluj.",
        [("Petrescu", W)],
        [],
    ),
    ("i14", "Jonas Weber was among those injured when the stand collapsed.", [("Weber", W)], []),
    (
        "i15",
        "The photographer, Ines Ribeiro, was one of 14 people injured in the blast.",
        [("Ribeiro", W)],
        [],
    ),
    ("i16", "Abebe Tesfaye was one of three soldiers wounded in the ambush.", [("Tesfaye", W)], []),
    ("i17", "Among the injured is the town's mayor, Pedro Salgado.", [("Salgado", W)], []),
    ("i18", "The injured include a schoolboy, Amir Haddad, 11.", [("Haddad", W)], []),
    ("i19", "Rescuers named one of the injured as Gloria Mbeki, a nurse.", [("Mbeki", W)], []),
    (
        "i20",
        "Hassan Kamara was seriously injured and had to be cut from the wreckage.",
        [("Kamara", W)],
        [],
    ),
    # --- left with, lost, broke
    ("i21", "The attack left Oksana Bilyk with a broken jaw.", [("Bilyk", W)], []),
    (
        "i22",
        "Diego Paredes was left with a broken leg after the horse threw him.",
        [("Paredes", W)],
        [],
    ),
    ("i23", "Rahim Baig lost an eye in the explosion.", [("Baig", W)], []),
    ("i24", "Chen Wei lost his left hand when the device went off.", [("Chen Wei", W)], []),
    ("i25", "Mariam Toure lost both legs in the mine blast in 2019.", [("Toure", W)], []),
    ("i26", "The beating left Kofi Asare partially blind, his family said.", [("Asare", W)], []),
    ("i27", "Alba Ferrer fractured her skull in the fall.", [("Ferrer", W)], []),
    ("i28", "The grenade left Samir Aziz with shrapnel lodged in his back.", [("Aziz", W)], []),
    # --- treated / hospitalised / surgery
    ("i29", "Paramedics treated Owen Pryce at the scene for a head wound.", [("Pryce", W)], []),
    (
        "i30",
        "Brigitte Laurent was treated in hospital for a stab wound to the arm.",
        [("Laurent", W)],
        [],
    ),
    (
        "i31",
        "Kemal Yavuz was treated for gunshot wounds at the district hospital.",
        [("Yavuz", W)],
        [],
    ),
    (
        "i32",
        "Marco Bellini underwent surgery to remove a bullet from his chest.",
        [("Bellini", W)],
        [],
    ),
    ("i33", "Abdul Rauf was hospitalised with severe burns.", [("Rauf", W)], []),
    ("i34", "Elif Kaya was rushed to hospital with stab wounds.", [("Kaya", W)], []),
    (
        "i35",
        "Doctors were treating Jakob Lenz for a gunshot wound to the stomach.",
        [("Lenz", W)],
        [],
    ),
    ("i36", "Surgeons amputated Samuel Ndlovu's left foot on Tuesday.", [("Ndlovu", W)], []),
    ("i37", "Luca Moretti was admitted to hospital with a fractured pelvis.", [("Moretti", W)], []),
    ("i38", "Fatou Diallo is being treated for burns at a clinic in Thies.", [("Diallo", W)], []),
    # --- wounded: pronoun and previous-sentence subjects
    (
        "i39",
        "Police named the cyclist as Ruth Adler. She suffered a broken collarbone.",
        [("Adler", W)],
        [],
    ),
    (
        "i40",
        "Colonel Viktor Kral was in the lead vehicle. He sustained minor injuries, the ministry said.",
        [("Kral", W)],
        [],
    ),
    (
        "i41",
        "Sipho Dlamini was on the platform when the train derailed. He was hurt but managed to walk.",
        [("Dlamini", W)],
        [],
    ),
    (
        "i42",
        "Nadia Farouk was caught in the crossfire. Doctors said she had been hit twice in the leg.",
        [("Farouk", W)],
        [],
    ),
    # --- critical / stable / serious condition
    (
        "i43",
        "Tomas Novak was in critical condition on Sunday night, a hospital official said.",
        [("Novak", AL)],
        [],
    ),
    ("i44", "Hospital officials described Aisha Bello's condition as stable.", [("Bello", AL)], []),
    ("i45", "Erik Sand remains in serious condition after the shooting.", [("Sand", AL)], []),
    ("i46", "Gustavo Pena is listed in fair condition at Mercy Hospital.", [("Pena", AL)], []),
    (
        "i47",
        "Rafael Ortiz, who was shot in the neck, is in a critical but stable condition.",
        [("Ortiz", W), ("Ortiz", AL)],
        [],
    ),
    (
        "i48",
        "Nour Khalil's condition has improved, her doctors said on Thursday.",
        [("Khalil", AL)],
        [],
    ),
    ("i49", "Priya Nair is in intensive care but her life is not in danger.", [("Nair", AL)], []),
    (
        "i50",
        "The boy, Ivan Koval, is out of danger, the health ministry said.",
        [("Koval", AL)],
        [],
    ),
    # --- survived / unhurt / escaped
    ("s01", "Hamid Sultani escaped unhurt when gunmen fired on his car.", [], [("Sultani", W)]),
    ("s02", "The minister, Adela Ruiz, escaped without injury.", [], [("Ruiz", W)]),
    (
        "s03",
        "Joseph Kiprono walked away from the wreck with only scratches.",
        [("Kiprono", AL)],
        [],
    ),
    (
        "s04",
        "Lena Braun walked away unharmed after her car plunged into the canal.",
        [],
        [("Braun", W)],
    ),
    ("s05", "Rashid Karimov emerged unscathed from the rubble.", [], [("Karimov", W)]),
    ("s06", "Sara Lindahl was unharmed, police said.", [("Lindahl", AL)], []),
    ("s07", "Dmitri Petrov escaped with minor cuts.", [("Petrov", AL)], []),
    (
        "s08",
        "Miraculously, Ana Costa survived the fall with only a sprained ankle.",
        [("Costa", AL)],
        [],
    ),
    pytest.param(
        *("s09", "Yaw Mensah was the only crew member to make it to shore.", [("Mensah", AL)], []),
        marks=_gap("'the only one to make it to shore': a survival told by reaching safety"),
    ),
    (
        "s10",
        "Carla Benitez lived through the siege by hiding in a cupboard.",
        [("Benitez", AL)],
        [],
    ),
    ("s11", "Aziz Noori narrowly escaped death when a rocket hit his office.", [("Noori", AL)], []),
    ("s12", "Officer Tom Reyes was not hurt in the exchange of fire.", [], [("Reyes", W)]),
    # --- recovering / doing well
    ("s13", "Omar Haidari is recovering at home, his brother said.", [("Haidari", AL)], []),
    ("s14", "Rosa Mendes is recovering well after surgery, her club said.", [("Mendes", AL)], []),
    (
        "s15",
        "Mehdi Rahimi is doing well and sends his thanks, his wife said.",
        [("Rahimi", AL)],
        [],
    ),
    ("s16", "His family says Luis Campos is now recovering from his wounds.", [("Campos", AL)], []),
    ("s17", "Kaveh Jafari is said to be recovering in a military hospital.", [("Jafari", AL)], []),
    ("s18", "Grace Nkosi is on the mend, her coach said on Monday.", [("Nkosi", AL)], []),
    ("s19", "Pieter de Wit is conscious and speaking, doctors said.", [("Wit", AL)], []),
    pytest.param(
        *(
            "s20",
            "Nils Berg was sitting up in bed and talking to nurses on Friday.",
            [("Berg", AL)],
            [],
        ),
        marks=_gap("'sitting up in bed and talking': a patient's activity as a sign of life"),
    ),
    (
        "s22",
        "Sami Nasser is in good spirits, his lawyer said after visiting him.",
        [("Nasser", AL)],
        [],
    ),
    # --- found safe / alive
    (
        "s23",
        "Ella Moreau, who vanished on a hike on Saturday, was found safe on Monday.",
        [("Moreau", AL)],
        [],
    ),
    ("s24", "Searchers found Jin Park alive in a ravine after three days.", [("Park", AL)], []),
    ("s25", "Bilal Shah has been located and is safe, police said.", [("Shah", AL)], []),
    ("s26", "Missing teenager Chloe Hart has been found unharmed in Bristol.", [("Hart", AL)], []),
    ("s27", "Lars Nygaard was rescued alive from the capsized trawler.", [("Nygaard", AL)], []),
    ("s28", "Rescuers reached Mei Lin, who was dehydrated but alive.", [("Mei Lin", AL)], []),
    # --- contact / calls / seen alive
    (
        "s29",
        "Khalid Rahman made contact with his family on Saturday for the first time since his abduction.",
        [("Rahman", AL)],
        [],
    ),
    (
        "s30",
        "Ayesha Siddiqui called home from Dubai on Tuesday, her father said.",
        [("Siddiqui", AL)],
        [],
    ),
    (
        "s31",
        "Patrick Onyango telephoned his wife from the border town on Sunday.",
        [("Onyango", AL)],
        [],
    ),
    (
        "s32",
        "Ruben Alvarez sent a text message to his sister saying he was safe.",
        [("Alvarez", AL)],
        [],
    ),
    ("s33", "A former cellmate said he saw Gabriel Sousa alive in March.", [("Sousa", AL)], []),
    (
        "s34",
        "Villagers said Idris Tahir was seen alive two days after the strike.",
        [("Tahir", AL)],
        [],
    ),
    (
        "s35",
        "Aid workers who saw Daniela Cruz last week said she was thin but in good health.",
        [("Cruz", AL)],
        [],
    ),
    (
        "s36",
        "His mother last heard from Adnan Bashir on March 3, when he called from a hospital.",
        [("Bashir", AL)],
        [],
    ),
    (
        "s37",
        "Ibrahim Keita's family received a phone call from him on Friday.",
        [("Keita", AL)],
        [],
    ),
    (
        "s38",
        "Negotiators say they have proof of life for the engineer, Martin Hale.",
        [("Hale", AL)],
        [],
    ),
    ("s39", "The kidnappers provided proof that Sofia Ricci is alive.", [("Ricci", AL)], []),
    (
        "s40",
        "Amina Yusuf posted on Instagram on Sunday that she was safe and back home.",
        [("Yusuf", AL)],
        [],
    ),
    (
        "s41",
        "Jamal Osei took to Twitter on Monday to reassure fans he was fine.",
        [("Osei", AL)],
        [],
    ),
    (
        "s42",
        "Reached by his newspaper on Thursday, Anton Rusu said he was unharmed.",
        [("Rusu", AL)],
        [],
    ),
    ("s43", "Ali Hassan spoke to reporters from his hospital bed on Monday.", [("Hassan", AL)], []),
    (
        "s44",
        "In a phone interview from the clinic, Leon Marx said he felt lucky to be alive.",
        [("Marx", AL)],
        [],
    ),
    (
        "s45",
        "The family of Malik Idris said they had heard his voice for the first time in months.",
        [("Idris", AL)],
        [],
    ),
    (
        "s46",
        "Bashir Kamal is still alive, according to a source close to the group.",
        [("Kamal", AL)],
        [],
    ),
    ("s47", "Ruth Njeri is believed to be alive and held in Somalia.", [("Njeri", AL)], []),
    ("s48", "Elias Haddad is very much alive, his spokesman told reporters.", [("Haddad", AL)], []),
    (
        "s50",
        "Colonel Yuri Lenko survived the strike and is back at work, the ministry said.",
        [("Lenko", AL)],
        [],
    ),
    # --- messages
    (
        "m01",
        "Abu Musa released an audio message on Friday denying he had been wounded.",
        [("Musa", MR)],
        [],
    ),
    (
        "m02",
        # a video one is seen in is an appearance, no message_released (fixtures README,
        # cases decided in session 25)
        "The group released a video message from its leader, Omar Faris, on Tuesday.",
        [("Faris", AP)],
        [("Faris", MR)],
    ),
    (
        "m03",
        "In a statement attributed to Hakim Sadr, the group vowed to fight on.",
        [("Sadr", MR)],
        [],
    ),
    (
        "m04",
        "In a voice note sent to his family, Yaw Darko said he was being held in a house.",
        [("Darko", MR)],
        [],
    ),
    pytest.param(
        *(
            "m05",
            "In a recording aired by Al-Sahel TV, Ahmed Jalo urged his men to keep fighting.",
            [("Jalo", MR)],
            [],
        ),
        marks=_gap(
            "'a recording aired by Y': an agent on the recording makes it not the speaker's"
        ),
    ),
    (
        "m06",
        "A new audio recording of Sheikh Idris Warsame surfaced online on Sunday.",
        [("Warsame", MR)],
        [],
    ),
    (
        "m07",
        "Rebel leader Joseph Tumba issued a video statement on Wednesday.",
        [("Tumba", MR)],
        [],
    ),
    (
        "m08",
        "Salim Bakr broke his silence on Monday in a video posted on the group's channel.",
        [("Bakr", AP)],
        [],
    ),
    (
        "m09",
        "An audio clip purportedly from Karim Aziz was circulated by his supporters.",
        [("Aziz", MR)],
        [],
    ),
    (
        "m10",
        "Yusuf Balde addressed his followers in a 12-minute recording posted on Telegram.",
        [("Balde", MR)],
        [],
    ),
    pytest.param(
        *(
            "m11",
            "The movement published a letter signed by its jailed founder, Ilya Sorin.",
            [("Sorin", MR)],
            [],
        ),
        marks=_gap("'a letter signed by X' published by a group: a letter noun is no recording"),
    ),
    (
        "m12",
        "Kidnapped aid worker Anna Berg appears in a video released by her captors.",
        [("Berg", AP)],
        [],
    ),
    (
        "m13",
        "In a handwritten note passed to his lawyers, Nikita Volkov said he was well.",
        [("Volkov", AL)],
        [("Volkov", MR)],
    ),
    ("m14", "Abdullahi Nur sent a voice message to his commanders on Sunday.", [("Nur", MR)], []),
    (
        "m15",
        "State television broadcast a recorded speech by General Amos Dube.",
        [("Dube", MR)],
        [],
    ),
    (
        "m17",
        "Ansar al-Haqq posted an audio recording of its commander, Saif Qasim, on Thursday.",
        [("Qasim", MR)],
        [],
    ),
    # --- appearances
    (
        "a01",
        "Kim Sung-ho appeared in public on Saturday for the first time in three weeks.",
        [("Kim Sung-ho", AP)],
        [],
    ),
    (
        "a02",
        "General Armand Kaba made his first public appearance since the coup on Monday.",
        [("Kaba", AP)],
        [],
    ),
    ("a03", "Rodrigo Vela was seen at a restaurant in Lima on Friday.", [("Vela", AP)], []),
    (
        "a04",
        "President Felix Ondo appeared on state television on Wednesday evening.",
        [("Ondo", AP)],
        [],
    ),
    ("a05", "The cleric Hussein Amin appeared at Friday prayers in Basra.", [("Amin", AP)], []),
    ("a06", "Witnesses saw Tarek Mahfouz at the funeral on Sunday.", [("Mahfouz", AP)], []),
    ("a07", "Marta Gil was spotted at a petrol station near Porto on Tuesday.", [("Gil", AP)], []),
    (
        "a08",
        "Mohamed Dahir showed up at the party congress, ending weeks of speculation.",
        [("Dahir", AP)],
        [],
    ),
    (
        "a09",
        "Boris Lebed attended a military parade in Minsk on Thursday, state media showed.",
        [("Lebed", AP)],
        [],
    ),
    ("a10", "Sheikh Nasir Awad resurfaced in a mosque in Mosul last week.", [("Awad", AP)], []),
    ("a11", "Dorota Nowak was photographed leaving the court on Monday.", [("Nowak", AP)], []),
    (
        "a12",
        "Viktor Sokol reappeared on Tuesday at a meeting of the security council.",
        [("Sokol", AP)],
        [],
    ),
    ("a13", "Moussa Ndiaye was last seen leaving a bar in Dakar on March 2.", [("Ndiaye", AP)], []),
    (
        "a14",
        "Ricardo Neves was filmed greeting supporters outside his home on Sunday.",
        [("Neves", AP)],
        [],
    ),
    (
        "a15",
        "Hassan Diab appeared before the tribunal on Tuesday looking pale.",
        [("Diab", AP)],
        [],
    ),
    ("a16", "Sergei Markin was pictured at a summit in Sochi on Friday.", [("Markin", AP)], []),
    ("a17", "Neighbours saw Lotte Visser in her garden on Saturday morning.", [("Visser", AP)], []),
    (
        "a18",
        "Farid Zaman made a brief appearance on the balcony of the palace.",
        [("Zaman", AP)],
        [],
    ),
    # --- subjects: descriptions, possessives, inversions, sentences before
    (
        "u01",
        "A friend of Okoro's, Dayo Bankole, was stabbed in the arm in the same attack.",
        [("Bankole", W)],
        [],
    ),
    (
        "u02",
        "A cousin of the victim's, Rania Hallak, suffered cuts to her face.",
        [("Hallak", W)],
        [],
    ),
    pytest.param(
        *(
            "u03",
            "The 34-year-old, named locally as Gareth Pugh, was hurt in the blast.",
            [("Pugh", W)],
            [],
        ),
        marks=_gap("'The 34-year-old, named locally as X': an age noun named by a participle"),
    ),
    (
        "u04",
        "Also injured was a passer-by, Mona Saleh, who was hit by flying glass.",
        [("Saleh", W)],
        [],
    ),
    (
        "u05",
        "Hurt in the attack were two guards, Ilyas Khan and Bilal Raza.",
        [("Khan", W), ("Raza", W)],
        [],
    ),
    ("u06", "Seriously injured was the bus conductor, Peter Mwangi.", [("Mwangi", W)], []),
    (
        "u07",
        "The pilot, Captain Aziz Farooqi, radioed the tower at 3.12 p.m. to say he was going down.",
        [("Farooqi", AL)],
        [],
    ),
    ("u08", "Sgt. Luis Ortega, 31, a father of two, was shot in the hand.", [("Ortega", W)], []),
    (
        "u09",
        "Dr. Helen Cho, who was treating patients in the ward, suffered a broken wrist.",
        [("Cho", W)],
        [],
    ),
    ("u10", "His daughter, Leila, 6, was wounded in the leg.", [("Leila", W)], []),
    (
        "u11",
        "Ahmed Nouri's wife, Salma Nouri, was injured when the roof fell in.",
        [("Salma Nouri", W)],
        [],
    ),
    ("u12", "Officers named the injured man as Craig Dunne, 27.", [("Dunne", W)], []),
    (
        "u13",
        "The injured woman, later identified as Julia Marsh, is in a stable condition.",
        [("Marsh", W)],
        [],
    ),
    (
        "u14",
        "Karim Zaki, a 19-year-old student, and his friend Adel Haddad were both hurt.",
        [("Zaki", W), ("Haddad", W)],
        [],
    ),
    (
        "u16",
        "Ricardo Luz was dragged from the water by fishermen. He is alive but in shock.",
        [("Luz", AL)],
        [],
    ),
    ("u17", "Police have spoken to Tanya Kerr, who is safe and well.", [("Kerr", AL)], []),
    (
        "u18",
        "The three hostages, including a nurse, Joy Adeyemi, are alive, the mediator said.",
        [("Adeyemi", AL)],
        [],
    ),
    (
        "u20",
        "Marek Zielinski was injured. Zielinski, 45, suffered burns to his arms.",
        [("Zielinski", W)],
        [],
    ),
    (
        "u21",
        "Gunmen shot at Sami Darwish as he left the mosque. Darwish, a local councillor, was hit twice.",
        [("Darwish", W)],
        [],
    ),
    (
        "u22",
        "Two of the climbers, Hans Brandt and Eva Lind, were flown to hospital with frostbite.",
        [("Brandt", W), ("Lind", W)],
        [],
    ),
    ("u23", "The blast also injured a security guard, Joseph Mutua.", [("Mutua", W)], []),
    ("u24", "Shrapnel hit a nurse, Amira Selim, in the shoulder.", [("Selim", W)], []),
    ("u25", "Fire crews freed the driver, Pavel Novak, who had leg injuries.", [("Novak", W)], []),
    ("u26", "A bullet grazed the reporter Tom Allen's head.", [("Allen", W)], []),
    (
        "u27",
        "Witnesses said Jorge Luna was bleeding heavily when he was carried out.",
        [("Luna", W)],
        [],
    ),
    ("u28", "Kwame Asiedu was still breathing when paramedics reached him.", [("Asiedu", AL)], []),
    ("u29", "Nilufar Rahimova remains on a ventilator, her family said.", [("Rahimova", AL)], []),
    ("u30", "The fall left Anders Holm paralysed.", [("Holm", W)], []),
    ("u31", "Teresa Vidal, 70, broke her hip when the crowd surged.", [("Vidal", W)], []),
    ("u32", "Mustafa Ali has a gunshot wound to the chest, his brother said.", [("Ali", W)], []),
    ("u33", "Samira Haddad needed 20 stitches to a head wound.", [("Haddad", W)], []),
    ("u34", "Doctors removed shrapnel from Rami Khoury's abdomen.", [("Khoury", W)], []),
    (
        "u36",
        "Ruth Okello was wounded by a stray bullet while hanging washing.",
        [("Okello", W)],
        [],
    ),
    # --- found or seen alive, feelings, voices, radio calls, bleeding, surgery, hits, maiming,
    # inverted participles, voice notes and audio recordings, prayers
    # -- found / seen in a state of life, passive
    ("v01", "The missing climber, Jonas Reiter, was found alive on Tuesday.", [("Reiter", AL)], []),
    (
        "v02",
        "Eight-year-old Mila Horvat was found unhurt in a neighbour's shed.",
        [("Horvat", AL)],
        [],
    ),
    (
        "v03",
        "Aldo Ferri, who vanished during the storm, has been found uninjured, police said.",
        [("Ferri", AL)],
        [],
    ),
    (
        "v04",
        "The fisherman, Kofi Badu, was spotted alive on a sandbank by a helicopter crew.",
        [("Badu", AL)],
        [],
    ),
    (
        "v05",
        "Nasser Qadri was last seen alive in a prison in 2019, his lawyer said.",
        [("Qadri", AL)],
        [],
    ),
    ("v07", "Hikmet Oral was not seen alive again.", [], [("Oral", AL)]),
    ("v08", "The body of Tomas Erben was found in the river.", [], [("Erben", AL)]),
    # -- the living by an attitude
    ("v09", "Sven Dahl says he is lucky to be alive after the avalanche.", [("Dahl", AL)], []),
    ("v10", "Rehana Begum told the BBC she was grateful to be alive.", [("Begum", AL)], []),
    ("v11", "Juan Perez, 17, feels fortunate to be alive, his mother said.", [("Perez", AL)], []),
    (
        "v12",
        "Joel Adams said he was glad to be alive and thanked the rescuers.",
        [("Adams", AL)],
        [],
    ),
    # -- on the mend
    (
        "v13",
        "Coach Rui Vitoria said his striker, Andre Sousa, was on the mend.",
        [("Sousa", AL)],
        [],
    ),
    ("v14", "Doctors say Laila Ahmadi is on the mend after two operations.", [("Ahmadi", AL)], []),
    # -- voice heard
    (
        "v15",
        "His wife, Olga Sidorova, said she had heard Igor Sidorov's voice on the phone on Monday.",
        [("Igor Sidorov", AL)],
        [],
    ),
    (
        "v16",
        "Relatives of the hostage, Pierre Vidal, heard his voice for the first time in a year.",
        [("Vidal", AL)],
        [],
    ),
    (
        "v17",
        "Until we hear Daniel Roth's voice, we will not believe it, his sister said.",
        [],
        [("Roth", AL)],
    ),
    ("v18", "The family has not heard Ayman Zaki's voice since June.", [], [("Zaki", AL)]),
    # -- radioed
    (
        "v19",
        "The captain, Li Wen, radioed for help shortly before the ferry capsized.",
        [("Li Wen", AL)],
        [],
    ),
    ("v20", "Pilot Marta Kowalska radioed that she had lost an engine.", [("Kowalska", AL)], []),
    (
        "v21",
        "Air traffic controllers said the pilot, Ben Ortiz, never radioed a distress call.",
        [],
        [("Ortiz", AL)],
    ),
    # -- state swallowed
    ("v22", "Her father said Lina Haddad was safe and back with her family.", [("Haddad", AL)], []),
    ("v23", "Officials said Omar Nur was alive and back in Mogadishu.", [("Nur", AL)], []),
    # -- bleeding
    ("v24", "Neighbours found Ivo Marek bleeding on the kitchen floor.", [("Marek", W)], []),
    ("v25", "Kemal Aksoy was bleeding from the head when officers arrived.", [("Aksoy", W)], []),
    (
        "v26",
        "Witnesses said the boy, Ali Reza, bled heavily from a cut to his leg.",
        [("Reza", W)],
        [],
    ),
    (
        "v27",
        "Rafael Gomez bled to death before the ambulance arrived.",
        [("Gomez", K)],
        [("Gomez", W)],
    ),
    ("v28", "The airline, run by Peter Hahn, is bleeding money.", [], [("Hahn", W)]),
    # -- surgery removed
    ("v29", "Surgeons removed a bullet from the leg of Yasin Kaya on Sunday.", [("Kaya", W)], []),
    ("v30", "Doctors extracted three pellets from Maria Souza's back.", [("Souza", W)], []),
    ("v31", "Police removed a bullet from the wall of Maria Souza's house.", [], [("Souza", W)]),
    # -- hit
    ("v32", "Police said Imran Qureshi was hit three times.", [("Qureshi", W)], []),
    ("v33", "The reporter, Hana Kim, was struck in the face.", [("Kim", W)], []),
    ("v34", "Farmer Joe Ames was hit hard by the drought.", [], [("Ames", W)]),
    ("v35", "Ruth Bauer was hit with a fine of 500 euros.", [], [("Bauer", W)]),
    ("v36", "Marco Riva was hit twice in the chest during the robbery.", [("Riva", W)], []),
    # -- left maimed
    ("v37", "The bomb left Hamid Kazemi paralysed from the neck down.", [("Kazemi", W)], []),
    ("v38", "The attack left the student, Ana Petrovic, blind in one eye.", [("Petrovic", W)], []),
    ("v39", "The scandal left Paul Graves isolated within his party.", [], [("Graves", W)]),
    # -- inverted participles
    (
        "v40",
        "Hurt in the collision were the driver, Tom Rees, and a passenger, Amy Cole.",
        [("Rees", W), ("Cole", W)],
        [],
    ),
    (
        "v41",
        "Injured in the blast were two policemen, Sabir Ali and Imran Shah.",
        [("Sabir Ali", W), ("Shah", W)],
        [],
    ),
    ("v42", "Wounded in the raid was a commander, Abu Hamza.", [("Hamza", W)], []),
    # -- voice notes, audio recordings
    (
        "v43",
        "In a voice message sent to supporters, Yahya Sinwar said he was unharmed.",
        [("Sinwar", MR)],
        [],
    ),
    (
        "v44",
        "Sheikh Omar Bakri said in a voice note on Sunday that he was safe.",
        [("Bakri", MR)],
        [],
    ),
    (
        "v45",
        "An audio recording of the kidnapped pastor, John Adebayo, was sent to his church.",
        [("Adebayo", MR)],
        [],
    ),
    ("v46", "The group released an audio clip of Tariq Aziz on Friday.", [("Aziz", MR)], []),
    ("v47", "In a statement, Carlos Ruiz said he was resigning.", [], [("Ruiz", MR)]),
    ("v48", "The group posted a video of Tariq Aziz on Friday.", [("Aziz", AP)], [("Aziz", MR)]),
    # -- prayers
    (
        "v50",
        "Grand Ayatollah Hossein Nouri appeared at evening prayer in Qom on Monday.",
        [("Nouri", AP)],
        [],
    ),
    # --- shown by a broadcaster, appearing by video link, recorded messages played or aired
    # -- shown by a broadcaster
    pytest.param(
        *(
            "w01",
            "State television showed the president, Alain Mbeki, chairing a cabinet meeting on Monday.",
            [("Mbeki", AP)],
            [],
        ),
        marks=_gap(
            "'showed the president, X, chairing a meeting': a role noun shown, its name in apposition"
        ),
    ),
    (
        "w02",
        "State TV showed General Paul Ancel shaking hands with officers in Port Mara.",
        [("Ancel", AP)],
        [],
    ),
    (
        "w03",
        "On Tuesday the state broadcaster showed Viktor Sokolov visiting a tank factory.",
        [("Sokolov", AP)],
        [],
    ),
    (
        "w04",
        "Al-Sahel television showed the captured soldier, Corporal Ali Dembele, answering questions.",
        [("Dembele", AP)],
        [],
    ),
    pytest.param(
        *(
            "w05",
            "Local television showed footage of the burned car of Omar Haddad.",
            [],
            [("Haddad", AP)],
        ),
        marks=_gap("'footage of the burned car of X': a thing of X's shown, not X"),
    ),
    ("w06", "Television pictures showed Abu Yahya Rahman leaving the court.", [("Rahman", AP)], []),
    # -- video link
    ("w07", "Farida Begum appeared by video link from Belmarsh prison.", [("Begum", AP)], []),
    (
        "w08",
        "The defendant, Nikolai Orlov, appeared by video link from a detention centre in Moscow.",
        [("Orlov", AP)],
        [],
    ),
    ("w09", "Rahim Sherzad appeared via videolink from Kabul.", [("Sherzad", AP)], []),
    pytest.param(
        *(
            "w10",
            "Marta Weiss took part in the hearing by video link from her cell.",
            [("Weiss", AP)],
            [],
        ),
        marks=_gap("'took part in the hearing by video link': an appearance told by taking part"),
    ),
    # -- messages broadcast from X
    (
        "w11",
        "The rebels broadcast a taped message from their jailed leader, Samuel Okoro.",
        [("Okoro", MR)],
        [],
    ),
    (
        "w12",
        "Radio Ghanim aired an audio message from Abu Talha al-Sudani on Friday.",
        [("al-Sudani", MR)],
        [],
    ),
    (
        "w13",
        "The movement posted a recorded message from its founder, Idris Kamara, on Sunday.",
        [("Kamara", MR)],
        [],
    ),
    (
        "w14",
        "Supporters played a taped message from the jailed opposition leader, Ruth Achieng, at the rally.",
        [("Achieng", MR)],
        [],
    ),
    ("w15", "The ministry released a statement from its spokesman, Paul Eze.", [], [("Eze", MR)]),
    (
        "w16",
        "Police released a video from a dashboard camera showing Tom Grey's car.",
        [],
        [("Grey", MR)],
    ),
    # --- wounds told by the body, prognoses, signs of life in custody
    ("x01", "Omar Saleh's left leg was broken in two places.", [("Saleh", W)], []),
    ("x02", "Nadia Aziz's arm was amputated below the elbow.", [("Aziz", W)], []),
    pytest.param(
        *("x03", "Tomas Gil appeared in court with his arm in a sling.", [("Gil", W)], []),
        marks=_gap("'with his arm in a sling': a wound told by its dressing"),
    ),
    pytest.param(
        *(
            "x04",
            "Pavel Ivanov, his head bandaged, spoke to reporters outside the hospital.",
            [("Ivanov", W)],
            [],
        ),
        marks=_gap("'his head bandaged': a wound told by its dressing, an absolute phrase"),
    ),
    ("x05", "Lucas Moreau is recovering from wounds sustained in the ambush.", [("Moreau", W)], []),
    ("x06", "Kofi Annor is nursing a broken arm after the attack.", [("Annor", W)], []),
    pytest.param(
        *("x07", "Julia Wolff arrived on crutches, her ankle in plaster.", [("Wolff", W)], []),
        marks=_gap("'her ankle in plaster': a wound told by its dressing"),
    ),
    pytest.param(
        *(
            "x08",
            "The injuries Hassan Omar suffered were serious, his doctor said.",
            [("Omar", W)],
            [],
        ),
        marks=_gap(
            "'The injuries X suffered were serious': the wound in a relative clause of its noun"
        ),
    ),
    ("x09", "Hassan Omar's injuries include a fractured skull.", [("Omar", W)], []),
    ("x10", "Maria Santos had burns on her arms and legs.", [("Santos", W)], []),
    (
        "x11",
        "Ahmed Saber has been in hospital since the blast, with shrapnel in his spine.",
        [("Saber", W)],
        [],
    ),
    ("x12", "Eleni Papas remains in a wheelchair after being shot in 2019.", [("Papas", W)], []),
    ("x13", "The blast tore off Yusuf Ali's right hand.", [("Yusuf Ali", W)], []),
    ("x14", "A bullet pierced the lung of Sergeant Dan Price.", [("Price", W)], []),
    pytest.param(
        *(
            "x15",
            "Rescuers said Anna Kurz had a broken pelvis and internal bleeding.",
            [("Kurz", W)],
            [],
        ),
        marks=_gap(
            "'had a broken pelvis and internal bleeding': the parser reads 'broken pelvis' as modifiers"
        ),
    ),
    (
        "x16",
        "Ali Mansour and his son, Karim Mansour, were both injured.",
        [("Ali Mansour", W), ("Karim Mansour", W)],
        [],
    ),
    (
        "x17",
        "Police said the victim, Sean Kelly, 22, had been stabbed several times.",
        [("Kelly", W)],
        [],
    ),
    (
        "x18",
        "Zainab Bibi, 60, and her grandson, Bilal, 8, were among the survivors.",
        [("Bibi", AL)],
        [],
    ),
    (
        "x19",
        "Hospital staff said Ivan Kolar's injuries were not life-threatening.",
        [("Kolar", W)],
        [],
    ),
    ("x20", "Grace Mwangi is expected to make a full recovery.", [], [("Mwangi", AL)]),
    ("x21", "Doctors expect Adam Nowak to survive.", [], [("Nowak", AL)]),
    ("x22", "Idris Bako was conscious and talking when he reached hospital.", [("Bako", AL)], []),
    ("x23", "Mariam Diallo was well enough to leave hospital on Friday.", [("Diallo", AL)], []),
    ("x24", "After surgery, Leo Marsh was moved out of intensive care.", [("Marsh", AL)], []),
    (
        "x25",
        "His brother told reporters Ali Farah was still alive when the soldiers took him away.",
        [("Farah", AL)],
        [],
    ),
    (
        "x26",
        "Jin Ho, the last of the miners, was brought to the surface alive on Friday.",
        [("Jin Ho", AL)],
        [],
    ),
    (
        "x27",
        "The kidnappers allowed Paul Adeyemi to speak to his wife on Sunday.",
        [("Adeyemi", AL)],
        [],
    ),
    (
        "x28",
        "Amira Nassar's family received a letter from her on Monday, the first since her arrest.",
        [("Nassar", AL)],
        [],
    ),
    (
        "x29",
        "Lawyers who visited Kemal Ozturk in prison on Monday said he was in good health.",
        [("Ozturk", AL)],
        [],
    ),
    (
        "x30",
        "Mohammed Diab's son said his father was alive but had lost a lot of weight.",
        [("Diab", AL)],
        [],
    ),
    # --- body parts hurt, prognoses (expectations: no claim), 'well enough', a captive let speak
    ("y01", "Striker Paulo Dias is nursing a fractured ankle.", [("Dias", W)], []),
    (
        "y02",
        "The senator, Ruth Gale, is nursing a broken wrist after a fall at home.",
        [("Gale", W)],
        [],
    ),
    ("y03", "Marco Neri is still nursing a grudge against his former party.", [], [("Neri", W)]),
    ("y04", "The explosion blew off Hamza Idris's left foot.", [("Idris", W)], []),
    ("y05", "Shrapnel severed an artery in the thigh of Private Tom Hale.", [("Hale", W)], []),
    ("y06", "A bullet shattered the jaw of the protester, Omid Karimi.", [("Karimi", W)], []),
    ("y07", "The machine crushed Nuno Reis's right hand.", [("Reis", W)], []),
    ("y08", "The storm tore off the roof of Abel Kato's house.", [], [("Kato", W)]),
    ("y09", "Doctors say Ines Vaz is expected to survive.", [], [("Vaz", AL)]),
    ("y10", "Lars Ek, who was stabbed on Friday, is expected to recover.", [], [("Ek", AL)]),
    (
        "y11",
        "Surgeons expect the boy, Yaw Boateng, to make a full recovery.",
        [],
        [("Boateng", AL)],
    ),
    ("y12", "Police expect to recover the stolen paintings, Ana Faria said.", [], [("Faria", AL)]),
    ("y13", "Hamid Nouri is not expected to survive, the hospital said.", [], []),
    ("y14", "Hugo Lenz was well enough to attend the ceremony on Sunday.", [("Lenz", AL)], []),
    ("y15", "Clara Berg knew the city well enough to avoid the checkpoints.", [], [("Berg", AL)]),
    ("y16", "Her captors let Noor Hassan telephone her parents on Eid.", [("Hassan", AL)], []),
    (
        "y17",
        "The militants allowed the engineer, Piotr Nowak, to talk to his employer by phone.",
        [("Nowak", AL)],
        [],
    ),
    (
        "y18",
        "Prison officials have not allowed Ilya Markov to speak to his lawyers.",
        [],
        [("Markov", AL)],
    ),
    ("y19", "Rescuers removed a steel splinter from the forehead of Aiko Sato.", [("Sato", W)], []),
    ("y20", "Doctors removed the tumour from Marek Zeman's liver.", [], [("Zeman", W)]),
    # --- projectiles lodged in the body, messages attributed to a person
    ("z02", "Doctors left a bullet lodged near the heart of Karim Fahd.", [("Fahd", W)], []),
    (
        "z03",
        "Rana Aziz still has shrapnel lodged in her leg from the 2016 bombing.",
        [("Aziz", W)],
        [],
    ),
    ("z04", "Pedro Alves lives with a bullet in his back.", [("Alves", W)], []),
    ("z05", "Hassan Omar's injuries include a fractured skull.", [("Omar", W)], []),
    pytest.param(
        *(
            "z06",
            "The injuries Hassan Omar suffered were serious, his doctor said.",
            [("Omar", W)],
            [],
        ),
        marks=_gap(
            "'The injuries X suffered were serious': the parser makes X an apposition of 'injuries'"
        ),
    ),
    ("z07", "Ali Reza died of the injuries he sustained in the crash.", [("Reza", K)], []),
    ("z08", "Nadia Kamal's wounds are healing, her family said.", [("Kamal", W)], []),
    (
        "z09",
        "Sofia Laine is being treated for the wounds she received in the attack.",
        [("Laine", W)],
        [],
    ),
    (
        "z10",
        "In a statement attributed to Hakim Sadr, the group vowed to fight on.",
        [("Sadr", MR)],
        [],
    ),
    (
        "z11",
        "An audio message attributed to Abu Khalid al-Shami was posted online on Friday.",
        [("al-Shami", MR)],
        [],
    ),
    pytest.param(
        *(
            "z12",
            "A recording purportedly of Sheikh Musa Bah circulated on Sunday.",
            [("Bah", MR)],
            [],
        ),
        marks=_gap("'A recording purportedly of X': a recording without 'audio' read as seen"),
    ),
    (
        "z13",
        "The group released an audio tape in which its leader, Omar Nasser, vows revenge.",
        [("Nasser", MR)],
        [],
    ),
    ("z14", "Surgeons said Leon Dubois still had a bullet lodged in his hip.", [("Dubois", W)], []),
    pytest.param(
        *("z15", "X-rays showed pellets in the chest of the boy, Ayan Roy.", [("Roy", W)], []),
        marks=_gap(
            "'X-rays showed pellets in the chest of the boy, X': the place hung on 'showed'"
        ),
    ),
    ("z16", "Hana Said went home with two fragments of shrapnel in her arm.", [("Said", W)], []),
    ("z17", "Police found a bullet in the car of Tom Hale.", [], [("Hale", W)]),
    ("z18", "A post-mortem found a bullet in the head of Rui Costa.", [], [("Costa", W)]),
    ("z19", "Investigators dug a bullet out of the wall of Ana Lima's house.", [], [("Lima", W)]),
    (
        "z20",
        "A letter attributed to the jailed poet, Ilya Vetrov, was read out at the rally.",
        [("Vetrov", MR)],
        [],
    ),
    (
        "z21",
        "A video attributed to the militia shows its commander, Abu Zaid, in a forest.",
        [("Zaid", AP)],
        [],
    ),
    (
        "z22",
        "Comments attributed to Maria Ortiz appeared in a local newspaper.",
        [],
        [("Ortiz", MR)],
    ),
    ("z23", "A statement attributed to the interior ministry denied the report.", [], []),
    (
        "z24",
        "Investigators say a voice recording attributed to Colonel Yusuf Dibo is authentic.",
        [("Dibo", MR)],
        [],
    ),
    # --- subjects named in the sentence before (epithets, titles, pronouns)
    (
        "r01",
        "Gunmen ambushed the convoy of Governor Ali Bako on Tuesday. The governor escaped with minor injuries.",
        [("Bako", W)],
        [],
    ),
    pytest.param(
        *(
            "r02",
            "Fire broke out at the home of Ama Serwaa, 71, on Friday. The pensioner was treated for smoke inhalation.",
            [("Serwaa", W)],
            [],
        ),
        marks=_gap(
            "'The pensioner' in the next sentence: a descriptor noun the epithet rules do not know"
        ),
    ),
    (
        "r03",
        "Rebels kidnapped the Italian priest Marco Ferri in March. The 64-year-old is alive, the bishop said on Sunday.",
        [("Ferri", AL)],
        [],
    ),
    (
        "r04",
        "Colonel Ivan Dorosh was in the building when the missile struck. The commander survived, the ministry said.",
        [("Dorosh", AL)],
        [],
    ),
    pytest.param(
        *(
            "r05",
            "Sara Okafor, a nurse, was driving home when the bridge collapsed. The mother of two suffered a broken leg.",
            [("Okafor", W)],
            [],
        ),
        marks=_gap("'The mother of two' in the next sentence: a descriptor with 'of'"),
    ),
    pytest.param(
        *(
            "r06",
            "The journalist Anton Rebrov vanished in Donetsk in May. His editor said on Monday that the reporter had called the newsroom.",
            [("Rebrov", AL)],
            [],
        ),
        marks=_gap("'the reporter had called the newsroom': a call to a workplace, by an epithet"),
    ),
    (
        "r07",
        "Police named the cyclist as Derek Hume, 58. Mr Hume was taken to hospital with head injuries.",
        [("Hume", W)],
        [],
    ),
    (
        "r08",
        "The militia said its commander, Abu Taher, was unharmed. The commander later appeared in a video.",
        [("Taher", AL), ("Taher", AP)],
        [],
    ),
    (
        "r09",
        "Kamala Rao, the mayor, was hit by a car on Monday. Rao is in a stable condition.",
        [("Rao", AL)],
        [],
    ),
    (
        "r10",
        "Rescuers pulled a man from the rubble on Thursday. He was later named as Yusuf Bakr, 33, and is in hospital with crush injuries.",
        [("Bakr", W)],
        [],
    ),
    (
        "r11",
        "A woman was stabbed in Leeds on Saturday. Police have named her as Ellen Shaw, 41. She is in a serious condition.",
        [("Shaw", W)],
        [],
    ),
    (
        "r12",
        "Father Luis Ortega was abducted on Monday. The priest has since spoken to his family by phone.",
        [("Ortega", AL)],
        [],
    ),
    (
        "r13",
        "Dr. Amal Haddad was among the staff at the clinic when it was shelled. The surgeon was unhurt.",
        [],
        [("Haddad", W)],
    ),
    (
        "r14",
        "Jonas Berg, a Swedish climber, went missing on K2 last week. The 29-year-old was found alive on Tuesday.",
        [("Berg", AL)],
        [],
    ),
    (
        "r15",
        "The opposition leader, Ruth Mensah, collapsed during a rally. Her spokesman said she was recovering.",
        [("Mensah", AL)],
        [],
    ),
    (
        "r16",
        "Soldiers shot Ahmad Nuri, a farmer, near the fence. The wounded man was taken to a hospital in Rafah.",
        [("Nuri", W)],
        [],
    ),
    (
        "r17",
        "Both brothers, Tariq and Omar Hamdan, were in the car. Tariq was killed; Omar survived.",
        [("Omar Hamdan", AL)],
        [],
    ),
    pytest.param(
        *(
            "r18",
            "The kidnappers released a video of the engineer, Piet de Vries. In it, the Dutchman says he is being treated well.",
            [("Vries", AL)],
            [],
        ),
        marks=_gap(
            "'In it, the Dutchman says he is being treated well': a captive's own word in a video"
        ),
    ),
    # --- recovery told under a reporting verb ('said she was recovering')
    (
        "t01",
        "Ruth Mensah collapsed during a rally. Her spokesman said she was recovering.",
        [("Mensah", AL)],
        [],
    ),
    ("t02", "Doctors said Omar Haddad was recovering well after surgery.", [("Haddad", AL)], []),
    (
        "t03",
        "The club said on Monday that its goalkeeper, Ivan Petrov, was recovering at home.",
        [("Petrov", AL)],
        [],
    ),
    (
        "t04",
        "A relative told reporters that Nadia Rahman was recovering from her burns.",
        [("Rahman", AL)],
        [],
    ),
    (
        "t05",
        "The army said the general, Musa Kone, was recovering from minor wounds.",
        [("Kone", AL)],
        [],
    ),
    (
        "t06",
        "Anan Sato, who was hit by a truck last month, was recovering when he caught pneumonia.",
        [],
        [("Sato", AL)],
    ),
    ("t07", "In 2015 Leo Brandt had been wounded but was recovering.", [], [("Brandt", AL)]),
    ("t08", "Police said the officer, Dan Reyes, was recovering in hospital.", [("Reyes", AL)], []),
    (
        "t09",
        "His brother said on Friday that Karim Saleh was slowly recovering.",
        [("Saleh", AL)],
        [],
    ),
    (
        "t10",
        "The team doctor said Mario Gomez was recovering the fitness he lost.",
        [],
        [("Gomez", AL)],
    ),
    # --- looks of health, weight lost, states suffered (and their literal senses)
    (
        "l01",
        "For a man declared dead three times, Colonel Amos Kiprop looks remarkably well.",
        [("Kiprop", AL)],
        [],
    ),
    ("l02", "Visitors said Rania Saad looked healthy but tired.", [("Saad", AL)], []),
    ("l03", "In the photograph, Tomas Weber looks thin but well.", [("Weber", AL)], []),
    pytest.param(
        *(
            "l04",
            "Her daughter said that when she last saw Mira Kovac, on May 3, she had lost weight.",
            [("Kovac", AL)],
            [],
        ),
        marks=_gap(
            "a weight loss as a sign of life: tried, dropped (dev gold: no claim in 4 of 6)"
        ),
    ),
    pytest.param(
        *(
            "l05",
            "Jamal Idris, 52, was taken to hospital in Marsa suffering from exposure.",
            [("Idris", AL)],
            [],
        ),
        marks=_gap(
            "'suffering from exposure' as a state of the living: tried, dropped (dev gold split 1-1)"
        ),
    ),
    pytest.param(
        *(
            "l06",
            "The three fishermen, including Ali Omar, were suffering from dehydration when they were found.",
            [("Omar", AL)],
            [],
        ),
        marks=_gap(
            "'suffering from dehydration' as a state of the living: tried, dropped (dev gold split 1-1)"
        ),
    ),
    (
        "l07",
        "The guard told the inquest that Kwame Boadu was breathing and talking when he was put in the cell.",
        [("Boadu", AL)],
        [],
    ),
    ("l08", "The soldier, Moussa Keita, is in our hands and in good health.", [("Keita", AL)], []),
    # ("pale": a health state, claims_lexicon.STATE_ADJECTIVES)
    (
        "l12",
        "Anna Berg was pale and shaking but able to speak, a rescuer said.",
        [("Berg", AL)],
        [],
    ),
    (
        "l13",
        "Her lawyer said Leyla Aliyeva was weak after the hunger strike but lucid.",
        [("Aliyeva", AL)],
        [],
    ),
    (
        "l14",
        "Hassan Nuri was hypothermic but conscious when the crew reached him.",
        [("Nuri", AL)],
        [],
    ),
    pytest.param(
        *(
            "l15",
            "Prison visitors say Dmitri Orlov has lost 20 kilos since his arrest.",
            [("Orlov", AL)],
            [],
        ),
        marks=_gap(
            "a weight loss as a sign of life: tried, dropped (dev gold: no claim in 4 of 6)"
        ),
    ),
    pytest.param(
        *(
            "l16",
            "The climber, Sven Olsen, was airlifted to Chamonix suffering from hypothermia.",
            [("Olsen", AL)],
            [],
        ),
        marks=_gap(
            "'suffering from hypothermia' as a state of the living: tried, dropped (dev gold split 1-1)"
        ),
    ),
    pytest.param(
        *(
            "l17",
            "Rescued migrants, among them Awa Diop, were suffering from exhaustion.",
            [("Diop", AL)],
            [],
        ),
        marks=_gap(
            "'suffering from exhaustion' as a state of the living: tried, dropped (dev gold split 1-1)"
        ),
    ),
    ("l18", "The company's shares lost value as Omar Sy looked on.", [], [("Sy", AL)]),
    ("l19", "The team lost weight-lifting gold, coach Ivan Duda said.", [], [("Duda", AL)]),
    (
        "l20",
        "The economy is suffering from a shortage of dollars, Ana Melo said.",
        [],
        [("Melo", AL)],
    ),
    (
        "l21",
        "Pablo Ruiz seemed fine when he left the office on Friday, colleagues said.",
        [("Ruiz", AL)],
        [],
    ),
    ("l22", "Lena Vogt looks set to win the vote.", [], [("Vogt", AL)]),
    # --- a likeness seen ('a man resembling X'), public greetings
    (
        "h01",
        "A man resembling Abu Musab al-Sahili can be seen in a video filmed on August 5.",
        [("al-Sahili", AP)],
        [],
    ),
    (
        "h02",
        "The footage shows a man resembling General Hamid Daglo greeting elders at a farm.",
        [("Daglo", AP)],
        [],
    ),
    (
        "h03",
        "A figure who closely resembles Omar Bashir appears at the end of the clip.",
        [("Bashir", AP)],
        [],
    ),
    (
        "h04",
        "A woman resembling the missing activist, Leila Nour, was filmed at a checkpoint on Tuesday.",
        [("Nour", AP)],
        [],
    ),
    pytest.param(
        *(
            "h05",
            "Omar Hassan, who had not been seen for months, greeted supporters outside the mosque on Friday.",
            [("Hassan", AP)],
            [],
        ),
        marks=_gap("'greeted supporters outside the mosque': a public greeting as an appearance"),
    ),
    ("h06", "General Ali Wardi waved to a crowd in the capital on Sunday.", [("Wardi", AP)], []),
    pytest.param(
        *(
            "h07",
            "Salma Idris shook hands with well-wishers after Friday prayers.",
            [("Idris", AP)],
            [],
        ),
        marks=_gap("'shook hands with well-wishers': a public greeting as an appearance"),
    ),
    ("h08", "The statue resembling Omar Bashir was unveiled in the square.", [], [("Bashir", AP)]),
    # --- negatives: things that must NOT give these claims
    ("n01", "Ama Owusu was treated for cancer for two years.", [], [("Owusu", W)]),
    ("n02", "Lena Braun walked away from the negotiations on Tuesday.", [], [("Braun", AL)]),
    ("n03", "The company's shares suffered heavy losses, Erik Sand said.", [], [("Sand", W)]),
    ("n04", "Jonas Weber appeared to reject the offer.", [], [("Weber", AP)]),
    ("n05", "Kofi Asare suffered a defeat in the election.", [], [("Asare", W)]),
    ("n06", "Rosa Mendes lost her seat in the election.", [], [("Mendes", W)]),
    ("n07", "Nadia Farouk's hopes were hurt by the decision.", [], [("Farouk", W)]),
    ("n08", "Tomas Novak's economy is in critical condition, Ana Ruiz said.", [], [("Ruiz", AL)]),
    ("n09", "Priya Nair released a statement on the budget on Tuesday.", [], []),
    ("n10", "Martin Hale recovered the ball and scored.", [], [("Hale", AL)]),
    ("n11", "Omar Haidari is recovering the stolen funds, the court heard.", [], [("Haidari", AL)]),
    ("n12", "Sofia Ricci lost the case in the appeals court.", [], [("Ricci", W)]),
    ("n13", "Bilal Shah was seen as the favourite to win the race.", [], [("Shah", AP)]),
    ("n14", "Hannah Weiss appeared as a witness in a documentary about the war.", [], []),
]

test_claim_subjects = subject_test(ROWS)
