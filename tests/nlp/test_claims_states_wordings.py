"""Where people are and signs that they live, across the wordings of news prose (issue
6): dwelling, hiding, custody, journeys' ends, sightings, calls and contact, with
one to three people, pronouns and epithets. Sentences written for this test about fictional
people: text → (last word of the subject, predicate, polarity) of a claim that must be found,
or one that must not. Rows marked KNOWN_GAP are wordings the rules do not reach yet (strict:
the mark must go when they do)."""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A, N = "affirmed", "negated"
L, V, P, K = "located_in", "alive", "appeared", "killed"
R = "other:return"
KNOWN_GAP = pytest.mark.xfail(strict=True, reason="a wording the rules do not reach yet")

FOUND = [
    # where someone lives, stays or is based (a name, a relative clause, an apposition)
    (
        "Farid Osmani, a former deputy minister, now lives in Hamburg with his two sons.",
        ("Osmani", L, A),
    ),
    (
        "The defector Kim Sun-ho is living in a rented flat in Seoul, his lawyer said.",
        ("Sun-ho", L, A),
    ),
    (
        "After her release, Dalia Haddad settled in Marseille, where she teaches French.",
        ("Haddad", L, A),
    ),
    ("Rustam Aliev has settled in Tbilisi and opened a bakery, relatives said.", ("Aliev", L, A)),
    pytest.param(
        "The former governor is staying with relatives in Kano, an aide said. Bello Sani, 61, fled the capital last week.",
        ("Sani", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "Marko Petrovic is staying at a hotel in Skopje while his visa is reviewed, police said.",
        ("Petrovic", L, A),
    ),
    ("The group's spokesman, Idris Mahmud, is based in Doha, a diplomat said.", ("Mahmud", L, A)),
    (
        "Nadia Rahimi, who lives in Toronto, said she last spoke to her brother in March.",
        ("Rahimi", L, A),
    ),
    (
        "Opposition leader Samuel Ochieng, who has lived in London since 2015, said he would return.",
        ("Ochieng", L, A),
    ),
    ("The blogger Omar Zaki, now in Berlin, said he had received threats.", ("Zaki", L, A)),
    (
        "The writer Leila Karimi, in exile in Paris since 2019, called the verdict a farce.",
        ("Karimi", L, A),
    ),
    ("Pedro Alvarez spoke to reporters from his home in Cordoba on Tuesday.", ("Alvarez", L, A)),
    pytest.param(
        "Contacted at his home in Nablus, Yusuf Darwish declined to comment.",
        ("Darwish", L, A),
        marks=KNOWN_GAP,
    ),
    ("Anna Berg lives in Uppsala. She has not seen her father since 2020.", ("Berg", L, A)),
    # hiding, held, kept, in custody, sheltering, refuge
    (
        "Rebel commander Joseph Kony Malu is hiding in the forests of northern Congo, the army said.",
        ("Malu", L, A),
    ),
    (
        "Intelligence officials believe Hamid Rezai is hiding in the tribal areas near the border.",
        ("Rezai", L, A),
    ),
    (
        "The journalist Tomas Novak is being held in a detention centre in Minsk, his wife said.",
        ("Novak", L, A),
    ),
    (
        "Aid worker Claire Dubois is being held by gunmen in the hills near Gao, officials said.",
        ("Dubois", L, A),
    ),
    (
        "Ali Hassan is kept in a cell in the basement of the ministry, a former inmate said.",
        ("Hassan", L, A),
    ),
    pytest.param(
        "The activist Maria Lopes remains in custody in Luanda pending trial.",
        ("Lopes", L, A),
        marks=KNOWN_GAP,
    ),
    ("Viktor Orlov is in custody in Rostov, his lawyer said on Monday.", ("Orlov", L, A)),
    (
        "Former mayor Ivan Kuzmin remains in Lefortovo prison, where he has been since March.",
        ("Kuzmin", L, A),
    ),
    (
        "Thousands fled the fighting. Among them was Amina Yusuf, who is sheltering in a school in Maiduguri with her children.",
        ("Yusuf", L, A),
    ),
    (
        "Senator Rafael Quispe took refuge in the Brazilian embassy in La Paz on Sunday.",
        ("Quispe", L, A),
    ),
    ("The dissident Chen Wei has sought refuge in the US embassy, activists said.", ("Wei", L, A)),
    # moved, transferred, returned, fled, crossed, reached, arrived
    (
        "Prisoner Oleg Sidorov was moved to a penal colony in Mordovia last month, his family said.",
        ("Sidorov", L, A),
    ),
    (
        "Karim Benali was transferred to a high-security prison in Tlemcen on Friday.",
        ("Benali", L, A),
    ),
    (
        "Gulnara Iskakova was transferred to a hospital in Almaty after she fainted in court.",
        ("Iskakova", L, A),
    ),
    (
        "Hostage Peter Lang is now in Niamey and is in good health, the French foreign ministry said.",
        ("Lang", L, A),
    ),
    (
        "Hostage Peter Lang is now in Niamey and is in good health, the French foreign ministry said.",
        ("Lang", V, A),
    ),
    (
        "Ahmed Saleh returned to Sanaa on Saturday after two years abroad.",
        ("Saleh", "other:return", A),
    ),
    (
        "The ousted president, Jean-Paul Mbeki, fled to Gabon on Thursday, his aides said.",
        ("Mbeki", L, A),
    ),
    ("Ruslan Baev crossed into Georgia on foot on Monday, border guards said.", ("Baev", L, A)),
    ("After walking for nine days, Fatima Noor reached Kakuma camp in Kenya.", ("Noor", L, A)),
    # (session 18, claims_whereabouts: an arrival in a named town)
    (
        "The freed sailor, Juan Herrera, arrived in Manila on Wednesday to a hero's welcome.",
        ("Herrera", L, A),
    ),
    (
        "Tariq Aziz has arrived in Istanbul, a friend said. The 52-year-old flew from Baku.",
        ("Aziz", L, A),
    ),
    (
        "Kidnapped engineer Paolo Rossi was freed on Sunday. He is now in Tripoli, the Italian embassy said.",
        ("Rossi", L, A),
    ),
    # seen and spotted: appeared, and where
    ("Abu Salim al-Tikriti was seen in Mosul last week, residents said.", ("al-Tikriti", L, A)),
    ("Abu Salim al-Tikriti was seen in Mosul last week, residents said.", ("al-Tikriti", P, A)),
    (
        "The missing banker Hugo Lind was spotted in a cafe in Lisbon on Tuesday, a witness said.",
        ("Lind", L, A),
    ),
    (
        "The missing banker Hugo Lind was spotted in a cafe in Lisbon on Tuesday, a witness said.",
        ("Lind", P, A),
    ),
    ("Sara Mehta was last seen at a bus station in Pune on March 3.", ("Mehta", P, A)),
    # signs of life: alive, survived, safe, in good health, a call, contact, recovery
    ("Colonel Ahmad Jalali is alive, his brother told reporters on Monday.", ("Jalali", V, A)),
    (
        "Despite reports of his death, Musa Kamara survived the ambush, the army said.",
        ("Kamara", V, A),
    ),
    ("Hostage Emma Clarke is safe and well, the Foreign Office said.", ("Clarke", V, A)),
    (
        "The kidnapped priest, Father Luis Ramos, is in good health, the bishop said on Sunday.",
        ("Ramos", V, A),
    ),
    ("Daniel Ortiz spoke to his family by phone on Friday, his sister said.", ("Ortiz", V, A)),
    (
        "The detained reporter, Ines Moreau, called her husband from prison on Monday.",
        ("Moreau", V, A),
    ),
    ("Karl Weber is recovering in a hospital in Graz, police said.", ("Weber", V, A)),
    ("Karl Weber is recovering in a hospital in Graz, police said.", ("Weber", L, A)),
    (
        "Two soldiers were wounded in the blast. One of them, Sergeant Luka Horvat, is recovering, the ministry said.",
        ("Horvat", V, A),
    ),
    ("The missing hiker Ben Carter was found alive on Sunday, rescuers said.", ("Carter", V, A)),
    ("Yara Saad was found safe at a friend's house in Tyre, police said.", ("Saad", V, A)),
    ("Yara Saad was found safe at a friend's house in Tyre, police said.", ("Saad", L, A)),
    (
        "Weeks after he was reported killed, Omar Farouk turned up in a village near Idlib.",
        ("Farouk", P, A),
    ),
    (
        "Weeks after he was reported killed, Omar Farouk turned up in a village near Idlib.",
        ("Farouk", L, A),
    ),
    (
        "The pilot, Lt. Sam Adeyemi, made contact with his base on Tuesday, the air force said.",
        ("Adeyemi", V, A),
    ),
    ("Police believe the missing teenager, Lily Evans, is still alive.", ("Evans", V, A)),
    ("Officials said Ibrahim Dogan may still be alive.", ("Dogan", V, A)),
    (
        "Hassan Nouri is believed to be alive and hiding in the mountains, a commander said.",
        ("Nouri", V, A),
    ),
    (
        "Hassan Nouri is believed to be alive and hiding in the mountains, a commander said.",
        ("Nouri", L, A),
    ),
    (
        "The commander's voice was heard on the radio on Saturday. Zaid Khalil is alive, his fighters said.",
        ("Khalil", V, A),
    ),
    (
        "Relatives said Nikolai Petrenko sounded tired but well when he phoned his mother on Sunday.",
        ("Petrenko", V, A),
    ),
    ("Ali Reza, 27, survived. His cousin, Mehdi Reza, died at the scene.", ("Reza", V, A)),
    ("Ali Reza, 27, survived. His cousin, Mehdi Reza, died at the scene.", ("Reza", "killed", A)),
    (
        "The captain of the vessel, Ivan Demir, was unhurt, the company said. Two crew members were killed.",
        ("Demir", V, A),
    ),
    (
        "Diego Marin is not dead, his party said on Tuesday. He is in a clinic in Quito.",
        ("Marin", "killed", N),
    ),
    (
        "Diego Marin is not dead, his party said on Tuesday. He is in a clinic in Quito.",
        ("Marin", L, A),
    ),
    pytest.param(
        "Emily Stone sent a letter to her parents from the camp in July, the family said.",
        ("Stone", V, A),
        marks=KNOWN_GAP,
    ),
    # appeared (court, television, a rally) and how one looks in a video
    ("Rami Haddad appeared in court in Beirut on Monday charged with fraud.", ("Haddad", P, A)),
    (
        "The rebel leader Abu Karim appeared on state television on Tuesday evening.",
        ("Karim", P, A),
    ),
    (
        "General Moses Banda was seen at a rally in Lusaka on Saturday, ending rumours about his health.",
        ("Banda", P, A),
    ),
    ("In the video, Johan Nilsson appears thin but healthy.", ("Nilsson", V, A)),
    # two or three people, pronouns, epithets, the state told in the next sentence
    (
        "Police arrested Tom Price on Friday. His brother, Mark Price, lives in Leeds and was not charged.",
        ("Price", L, A),
    ),
    (
        "Aziz Karimov and his wife, Dilnoza Karimova, are living in a refugee camp near Mardan, aid workers said.",
        ("Karimov", L, A),
    ),
    (
        "Aziz Karimov and his wife, Dilnoza Karimova, are living in a refugee camp near Mardan, aid workers said.",
        ("Karimova", L, A),
    ),
    (
        "Jonas Meyer was kidnapped in 2019.\n\nThe 41-year-old engineer is being held in the Sahel, his employer said.",
        ("Meyer", L, A),
    ),
    pytest.param(
        "Salma Idris was arrested in Khartoum in May. She is now in Omdurman women's prison, her lawyer said.",
        ("Idris", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "Li Na went missing in October. She is alive and staying with friends in Chengdu, police said on Monday.",
        ("Na", V, A),
    ),
    (
        "Li Na went missing in October. She is alive and staying with friends in Chengdu, police said on Monday.",
        ("Na", L, A),
    ),
    (
        "The former minister Hugo Bastos has not been seen since June. His son said on Monday that he is safe and living in Porto.",
        ("Bastos", V, A),
    ),
    (
        "The former minister Hugo Bastos has not been seen since June. His son said on Monday that he is safe and living in Porto.",
        ("Bastos", L, A),
    ),
    (
        "Ahmad Wali was reported killed in a drone strike in May. He is alive and in Kandahar, his spokesman said.",
        ("Wali", V, A),
    ),
    (
        "Ahmad Wali was reported killed in a drone strike in May. He is alive and in Kandahar, his spokesman said.",
        ("Wali", L, A),
    ),
    (
        "PARIS (Wire) - Exiled journalist Reza Tehrani, who lives in Paris, said on Tuesday he had received death threats.",
        ("Tehrani", L, A),
    ),
    (
        "Naledi Mokoena, the missing student, is alive and well, police said. She was found in a guesthouse in Durban.",
        ("Mokoena", V, A),
    ),
    (
        "Naledi Mokoena, the missing student, is alive and well, police said. She was found in a guesthouse in Durban.",
        ("Mokoena", L, A),
    ),
]

NOT_FOUND = [
    (
        "Weeks after he was reported killed, Omar Farouk turned up in a village near Idlib.",
        ("Farouk", "killed", A),
    ),
    # no claim: no word from, a demand, going home, an expectation, an obligation
    (
        "There has been no word from Adam Kowal since he left for the front in April.",
        ("Kowal", V, A),
    ),
    (
        "There has been no word from Adam Kowal since he left for the front in April.",
        ("Kowal", L, A),
    ),
    ("Activists called for Yusuf Demir to be moved to a hospital in Izmir.", ("Demir", L, A)),
    ("Jana Novak went home on Friday after a week in hospital.", ("Novak", L, A)),
    ("Oscar Reyes is expected to arrive in Bogota on Thursday.", ("Reyes", L, A)),
    ("Viktor Hale must remain in Oslo until the trial, the judge ruled.", ("Hale", L, A)),
]

# A second probe set, written after the first rules, in more registers and with more people.
FOUND_WIDER = [
    # survivors and the dead in one report: alive beside killed
    (
        "14:05 - Our correspondent says Hamza Idris, the group's deputy, survived the strike that killed his driver, Ali Musa.",
        ("Idris", V, A),
    ),
    (
        "14:05 - Our correspondent says Hamza Idris, the group's deputy, survived the strike that killed his driver, Ali Musa.",
        ("Musa", K, A),
    ),
    (
        "The commander, Yusuf Barre, escaped the ambush unhurt. Two of his bodyguards died.",
        ("Barre", "wounded", N),
    ),
    ("Colonel Ismail Tahir was not among the dead, a spokesman said.", ("Tahir", K, N)),
    (
        "Reported killed in a drone strike in 2019, Abu Yahya al-Masri is alive and living in Idlib, two sources said.",
        ("al-Masri", V, A),
    ),
    (
        "Reported killed in a drone strike in 2019, Abu Yahya al-Masri is alive and living in Idlib, two sources said.",
        ("al-Masri", L, A),
    ),
    (
        "The rebel leader Moses Achebe, whom the army declared dead in March, is alive, his group said on Sunday.",
        ("Achebe", V, A),
    ),
    ("Farah Jama was wounded in the blast but survived, doctors said.", ("Jama", V, A)),
    (
        "His deputy, Hussein Farah, was killed. Omar Dahir himself survived with burns to his arms.",
        ("Farah", K, A),
    ),
    (
        "His deputy, Hussein Farah, was killed. Omar Dahir himself survived with burns to his arms.",
        ("Dahir", V, A),
    ),
    # videos and sightings: appeared, alive, and where
    (
        "Bashir Osman appeared in a video released on Monday, looking thin but healthy.",
        ("Osman", P, A),
    ),
    (
        "Bashir Osman appeared in a video released on Monday, looking thin but healthy.",
        ("Osman", V, A),
    ),
    (
        "A video posted on Friday shows the kidnapped nurse, Ingrid Holm, alive and speaking to the camera.",
        ("Holm", V, A),
    ),
    (
        "A video posted on Friday shows the kidnapped nurse, Ingrid Holm, alive and speaking to the camera.",
        ("Holm", P, A),
    ),
    (
        "The missing tycoon Li Jun resurfaced in Singapore on Thursday, a week after he vanished.",
        ("Jun", P, A),
    ),
    (
        "The missing tycoon Li Jun resurfaced in Singapore on Thursday, a week after he vanished.",
        ("Jun", L, A),
    ),
    pytest.param(
        "Witnesses said they saw Abdi Warsame at a market in Kismayo on Tuesday.",
        ("Warsame", P, A),
        marks=KNOWN_GAP,
    ),
    pytest.param(
        "Witnesses said they saw Abdi Warsame at a market in Kismayo on Tuesday.",
        ("Warsame", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "General Paul Kagera was seen at a funeral in Gulu on Saturday, ending weeks of speculation.",
        ("Kagera", P, A),
    ),
    (
        "General Paul Kagera was seen at a funeral in Gulu on Saturday, ending weeks of speculation.",
        ("Kagera", L, A),
    ),
    (
        "Neighbours say they have seen the 60-year-old businessman, Rajesh Nair, at his villa in Goa several times this month.",
        ("Nair", L, A),
    ),
    # places of custody
    (
        "Leyla Aliyeva is being held at a police station in Sumgait, her lawyer said.",
        ("Aliyeva", L, A),
    ),
    (
        "The two men, Ali Kaya and Deniz Aydin, are being held in a prison near Ankara, their families said.",
        ("Kaya", L, A),
    ),
    (
        "The two men, Ali Kaya and Deniz Aydin, are being held in a prison near Ankara, their families said.",
        ("Aydin", L, A),
    ),
    pytest.param(
        "Rights groups say the poet Said Hamdi is kept in solitary confinement in Tazmamart.",
        ("Hamdi", L, A),
        marks=KNOWN_GAP,
    ),
    pytest.param(
        "Kidnappers are holding the engineer, Marco Bianchi, in the forest near Ikom, police believe.",
        ("Bianchi", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "Yuri Sokolov has been moved to a prison hospital in St Petersburg, his wife wrote on Facebook.",
        ("Sokolov", L, A),
    ),
    (
        "Hassan Diab was flown to Cairo on Monday and handed over to Egyptian police.",
        ("Diab", L, A),
    ),
    # dwelling, staying, hiding, exile
    ("Since his release in 2020, Amir Tehrani has lived in Vienna.", ("Tehrani", L, A)),
    ("Khalid Omar is believed to be hiding somewhere in the Nuba Mountains.", ("Omar", L, A)),
    (
        "Zainab Bello went into hiding in Kaduna after the threats, her sister said.",
        ("Bello", L, A),
    ),
    ("The former president, Alpha Conde, lives in exile in Istanbul.", ("Conde", L, A)),
    (
        "Police say the suspect, Gary Holt, is holed up in a farmhouse outside Carlisle.",
        ("Holt", L, A),
    ),
    (
        "Mustafa Ozdemir, who is staying at a friend's apartment in Izmir, told reporters he feared for his life.",
        ("Ozdemir", L, A),
    ),
    # signs of life: calls, messages, posts, visits, condition
    (
        "Sergei Volkov phoned his wife from the detention centre on Saturday, she said.",
        ("Volkov", V, A),
    ),
    pytest.param(
        "The kidnapped priest, Father Tomas Pinto, was allowed to call his bishop on Sunday.",
        ("Pinto", V, A),
        marks=KNOWN_GAP,
    ),
    (
        "Olena Kravets posted a short message on Telegram on Monday saying she was safe.",
        ("Kravets", V, A),
    ),
    ("Her family last heard from Maya Cohen on October 2.", ("Cohen", V, A)),
    (
        "Relatives said they had spoken to Ahmed Yousef by phone and that he was in good spirits.",
        ("Yousef", V, A),
    ),
    (
        "The detained lawyer, Zhang Lei, is in good health, according to a relative who visited him on Friday.",
        ("Lei", V, A),
    ),
    (
        "Doctors said the journalist Irina Petrova was conscious and in stable condition.",
        ("Petrova", V, A),
    ),
    (
        "The 19-year-old, Kofi Mensah, is recovering at a hospital in Kumasi. His brother was killed.",
        ("Mensah", V, A),
    ),
    (
        "The 19-year-old, Kofi Mensah, is recovering at a hospital in Kumasi. His brother was killed.",
        ("Mensah", L, A),
    ),
    (
        '"I am alive and I am well," Samir Gharbi said in a voice message sent to his family on Tuesday.',
        ("Gharbi", V, A),
    ),
    (
        "Hostage Pierre Lambert is alive, according to a proof-of-life video received by his employer.",
        ("Lambert", V, A),
    ),
    # hedges and denials
    (
        "The army said the militant leader, Abu Bakr Sheikh, may have survived the strike.",
        ("Sheikh", V, A),
    ),
    ("There is no evidence that Idris Malik is still alive, the prosecutor said.", ("Malik", V, A)),
    ("Officials could not confirm whether the commander, Sadiq Noor, was alive.", ("Noor", V, A)),
    (
        "Paolo Greco is not in Italy, his lawyer insisted, declining to say where he was.",
        ("Greco", L, N),
    ),
    # journeys that end in a named place
    (
        "Freed on Tuesday, the two aid workers, Anna Weiss and Karl Brandt, were flown to Berlin on Wednesday.",
        ("Weiss", L, A),
    ),
    (
        "Freed on Tuesday, the two aid workers, Anna Weiss and Karl Brandt, were flown to Berlin on Wednesday.",
        ("Brandt", L, A),
    ),
    ("Nasir Ahmadi fled to Pakistan in 2021 and now lives in Peshawar.", ("Ahmadi", L, A)),
    ("Jorge Ramirez has crossed into Colombia, the Venezuelan opposition said.", ("Ramirez", L, A)),
    (
        "A plane carrying the released journalist, Evan Grant, landed in Doha on Thursday.",
        ("Grant", L, A),
    ),
    ("Bakary Sow has reached the Spanish enclave of Ceuta, his brother said.", ("Sow", L, A)),
    # transcripts and Q&A
    (
        "ANCHOR: Where is Mr. Haddad now?\nREPORTER: As far as we know, Nabil Haddad is in Amman, staying with his brother.",
        ("Haddad", L, A),
    ),
    pytest.param(
        "INTERVIEWER: Where are you speaking from?\nOSMAN SALIH: I am in Khartoum. I am safe.",
        ("Salih", L, A),
        marks=KNOWN_GAP,
    ),
    pytest.param(
        "INTERVIEWER: Where are you speaking from?\nOSMAN SALIH: I am in Khartoum. I am safe.",
        ("Salih", V, A),
        marks=KNOWN_GAP,
    ),
    # features and flashbacks, states in the next sentence
    (
        "For three years, Miriam Toure lived in a camp outside Bamako. Today she runs a shop in Dakar.",
        ("Toure", L, A),
    ),
    ("By 2015 Kemal Arslan was living in Brussels under a false name.", ("Arslan", L, A)),
    ("Peter Obi, 45, now lives in a village near Enugu with his mother.", ("Obi", L, A)),
    (
        "The dissident Wang Fang is under house arrest at her home in Guangzhou, activists said.",
        ("Fang", L, A),
    ),
    (
        "Ruth Kamau remains at large, police said. She is thought to be in Tanzania.",
        ("Kamau", V, A),
    ),
    (
        "Ruth Kamau remains at large, police said. She is thought to be in Tanzania.",
        ("Kamau", L, A),
    ),
    (
        "Efforts to find the pilot, Captain Leo Fischer, continued. He was last seen near the Austrian border.",
        ("Fischer", P, A),
    ),
    (
        "The trader Chidi Obi has been in Lagos since Monday, where he is staying with an uncle.",
        ("Obi", L, A),
    ),
    (
        "Ayesha Siddiqui told our reporter by phone from Karachi that she was unharmed.",
        ("Siddiqui", L, A),
    ),
    (
        "Ayesha Siddiqui told our reporter by phone from Karachi that she was unharmed.",
        ("Siddiqui", V, A),
    ),
    (
        "Two days after the quake, rescuers pulled Elif Demir alive from the rubble of her home in Antakya.",
        ("Demir", V, A),
    ),
    ("Sheikh Omar Bakri, 70, is in a hospital in Beirut, his son said.", ("Bakri", L, A)),
]

NOT_FOUND_WIDER = [
    (
        "14:05 - Our correspondent says Hamza Idris, the group's deputy, survived the strike that killed his driver, Ali Musa.",
        ("Idris", K, A),
    ),
    (
        "The commander, Yusuf Barre, escaped the ambush unhurt. Two of his bodyguards died.",
        ("Barre", K, A),
    ),
    ("Colonel Ismail Tahir was not among the dead, a spokesman said.", ("Tahir", K, A)),
    (
        "His deputy, Hussein Farah, was killed. Omar Dahir himself survived with burns to his arms.",
        ("Dahir", K, A),
    ),
    (
        "The family fears Daniel Okonkwo is dead. He has not been heard from since January.",
        ("Okonkwo", V, A),
    ),
]


# A third set for the rules written from the dev misses' constructions (visits, "never left").
FOUND_VISITS = [
    # a visit to a place of custody or a named place: the one visited is there
    (
        "Her lawyer, Ruth Mbeki, visited Grace Tembo at the detention centre on Friday.",
        ("Tembo", L, A),
    ),
    (
        "Her lawyer, Ruth Mbeki, visited Grace Tembo at the detention centre on Friday.",
        ("Tembo", P, A),
    ),
    (
        "Daniel Kovac's mother visited her son in the prison last week and said he had lost weight.",
        ("Kovac", L, A),
    ),
    ("The consul visited Arjun Mehta in his cell on Monday, the embassy said.", ("Mehta", L, A)),
    (
        "Sami Aziz was arrested in May.\n\nHis wife visited him in jail on Sunday for the first time.",
        ("Aziz", L, A),
    ),
    (
        "The lawyer said he had visited his client, Omar Nasser, at the police station on Tuesday.",
        ("Nasser", L, A),
    ),
    pytest.param(
        "Li Wei's brother visited him in Beijing last month.", ("Wei", L, A), marks=KNOWN_GAP
    ),
    ("Relatives visited Musa Dauda at his farm near Jos on Saturday.", ("Dauda", L, A)),
    # has never left, has not left a place: still there (not a bail condition, a belief, a home)
    ("Tom Okoth has never left the prison, his lawyer said.", ("Okoth", L, A)),
    (
        "Rafael Ortega has not left the embassy in Managua since he sought refuge there in 2022.",
        ("Ortega", L, A),
    ),
    ("Since her release, Amina Bello has never left Nigeria, her lawyer said.", ("Bello", L, A)),
    ("The former minister, Petr Novak, has not left the country, police believe.", ("Novak", L, A)),
    # alive after the object: the object lives (not wanted dead or alive)
    (
        "Soldiers captured the rebel commander, Jean Bosco, alive on Tuesday, the army said.",
        ("Bosco", V, A),
    ),
    ("Divers brought the fisherman, Manuel Cruz, out alive after two hours.", ("Cruz", V, A)),
    ("Rescuers found Petra Novak alive under the collapsed roof.", ("Novak", V, A)),
    # a place noun named by its of-phrase, reached
    pytest.param(
        "After a week at sea, the migrant Ousmane Diallo reached the island of Lampedusa.",
        ("Diallo", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "Kidnapped pilot Hans Berger reached the town of Agadez on foot, officials said.",
        ("Berger", L, A),
    ),
]

NOT_FOUND_VISITS = [
    ("Tom Okoth has never left the prison, his lawyer said.", ("Okoth", L, N)),
    (
        "Rafael Ortega has not left the embassy in Managua since he sought refuge there in 2022.",
        ("Ortega", L, N),
    ),
    ("The judge ordered that Jana Kral must not leave the country.", ("Kral", L, A)),
    ("Police do not believe Liam Hart has left the country.", ("Hart", L, A)),
    ("Kamal Haidar has not left his home since the attack, a neighbour said.", ("Haidar", L, A)),
    ("The poster said Farid Haq was wanted dead or alive.", ("Haq", V, A)),
]


FOUND_WORK = [
    # where one works now is where one lives (not a past job, a negated one, a plan, or a command from afar)
    (
        "Brigadier Paul Ndege surrendered in 2016 and now runs a transport company in the capital.",
        ("Ndege", L, A),
    ),
    (
        "Ana Ferreira now works as a nurse in Dublin, her former colleagues said.",
        ("Ferreira", L, A),
    ),
    ("The former hostage, Jonas Lind, teaches at a secondary school in Malmo.", ("Lind", L, A)),
    ("Tariq Jamil, 52, now owns a restaurant in Toronto.", ("Jamil", L, A)),
    (
        "Released in 2019, Hamid Qureshi currently studies law at a university in Lahore.",
        ("Qureshi", L, A),
    ),
]

NOT_FOUND_WORK = [
    ("Elena Sorin worked in Dubai for years before her arrest.", ("Sorin", L, A)),
    ("Marco Vidal does not work in Madrid any more, his sister said.", ("Vidal", L, A)),
    (
        "The commander, Ali Farah, runs the group's operations in the north, officials said.",
        ("Farah", L, A),
    ),
    ("Grace Njeri will teach at a school in Nairobi from September.", ("Njeri", L, A)),
]


FOUND_RETURNS = [
    # going back to a place is a return (like "returned to X"); flying home to it says where one lives
    pytest.param(
        "Yonas Tekle went back to Asmara in 2016 to see his mother and was detained at the airport.",
        ("Tekle", R, A),
        marks=KNOWN_GAP,
    ),
    (
        "After the ceasefire, Layla Hamdan went back to Homs with her children.",
        ("Hamdan", R, A),
    ),
    ("The freed engineer, Ole Dahl, flew home to Bergen on Thursday.", ("Dahl", L, A)),
    ("Released on Monday, Priya Nair flew back to Chennai two days later.", ("Nair", R, A)),
    (
        "Musa Kone, who fled to Senegal in 2012, came back to Bamako last year.",
        ("Kone", R, A),
    ),
    (
        "Daniel Haile went back to Asmara in 2016 to see his mother and was detained at the airport.",
        ("Haile", R, A),
    ),
    (
        "After the ceasefire, Sarah Hamdan went back to Homs with her children.",
        ("Hamdan", R, A),
    ),
    ("The freed engineer, Peter Dahl, flew home to Oslo on Thursday.", ("Dahl", L, A)),
    ("Released on Monday, Maria Nair flew back to Chennai two days later.", ("Nair", R, A)),
    (
        "Ahmed Kone, who fled to Senegal in 2012, came back to Bamako last year.",
        ("Kone", R, A),
    ),
]

NOT_FOUND_RETURNS: list = [
    # (session 19: "went back to X to see his mother" gives located_in beside other:return, the
    # README's session-18 decision on g323; the four rows that said it did not are now found in
    # tests/nlp/test_claims_misread_towns.py)
]


FOUND_STATES = [
    # where one is, said with a copula, a belief, a state: understood to be, now in, on holiday in, in a coma at a hospital in X, nobody knows where (unconfirmed)
    (
        "Ahmed Rashid is understood to be in Turkey, according to people close to him.",
        ("Rashid", L, A),
    ),
    (
        "The fugitive banker, Paul Girard, is now in Dubai, French prosecutors believe.",
        ("Girard", L, A),
    ),
    ("Sources said Omar Hadi was in Raqqa when the strike hit, but escaped.", ("Hadi", L, A)),
    ("Her family says Lina Saad is being kept at a secret site outside Damascus.", ("Saad", L, A)),
    ("Nobody knows where Ivan Petrov is.", ("Petrov", L, A)),
    ("The mayor, Carlos Mendes, is on holiday in Portugal, his office said.", ("Mendes", L, A)),
    (
        "Michael Obi is in hospital in Abuja with a gunshot wound to the leg, police said.",
        ("Obi", L, A),
    ),
    ("Farah Ali remains in a coma at a hospital in Nairobi.", ("Ali", L, A)),
    ("Farah Ali remains in a coma at a hospital in Nairobi.", ("Ali", V, A)),
    ("According to his lawyer, Yusuf Celik is still in Silivri.", ("Celik", L, A)),
    (
        "The singer Rosa Lima has been in Lisbon since March, where she is recording an album.",
        ("Lima", L, A),
    ),
    (
        "Officials say Abdullah Rahimi is alive but gravely ill in a hospital in Kabul.",
        ("Rahimi", V, A),
    ),
    (
        "Officials say Abdullah Rahimi is alive but gravely ill in a hospital in Kabul.",
        ("Rahimi", L, A),
    ),
    ("Jon Berg is safe and in Norway, the foreign ministry said.", ("Berg", V, A)),
    ("Jon Berg is safe and in Norway, the foreign ministry said.", ("Berg", L, A)),
]


test_found, test_not_found = row_tests(
    FOUND + FOUND_WIDER + FOUND_VISITS + FOUND_WORK + FOUND_RETURNS + FOUND_STATES,
    NOT_FOUND + NOT_FOUND_WIDER + NOT_FOUND_VISITS + NOT_FOUND_WORK + NOT_FOUND_RETURNS,
)
