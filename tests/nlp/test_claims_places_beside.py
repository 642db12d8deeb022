"""Whereabouts told beside another claim, and whereabouts said again (issue 6).

Sentences written for this test about fictional people, in several news styles (wire, police
brief, court report, live blog, Q&A, feature). Conventions of tests/fixtures/claims/README.md:
an appearance in a named place gives ``appeared`` and ``located_in`` (session 19); a move to a
place (extradited, deported, expelled, flown, taken) gives ``located_in`` beside its own lemma;
"returned / flew back to P" gives ``other:return`` and ``located_in``; a missing person "found"
in a named place is ``alive`` and ``located_in``; a video, call or message "from P" (or made in
P) gives ``located_in`` for its maker; a state said again in a later clause ("remains in P",
"is still there") counts each time. An arrest, a release or a kidnapping in a place is the event
only ("was released in northern Niger", g59); "returned home" names no place. text -> (last word
of the subject, predicate, polarity) that must be found, or must not.
"""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A = "affirmed"
L = "located_in"
# (a lone surname the tagger misses, a town it reads as a company, a name parsed as an object)
KNOWN_GAP = pytest.mark.xfail(strict=True, reason="a wording the rules do not reach yet")

FOUND = [
    # -- an appearance in a named place ---------------------------------------------------------
    (
        "Opposition leader Samuel Etoo appeared at a rally in Garoua on Sunday, witnesses said.",
        ("Etoo", L, A),
    ),
    (
        "The former minister Grace Wanjiru appeared before a magistrate in Nakuru on Monday.",
        ("Wanjiru", L, A),
    ),
    pytest.param(
        "Kamau, 48, appeared in court in Eldoret on Tuesday and denied the charges.",
        ("Kamau", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "Witnesses said the rebel commander Peter Lual appeared at a market in Bor on Friday.",
        ("Lual", L, A),
    ),
    (
        "Bishop Anselm Ude was seen at a wedding in Onitsha last weekend, parishioners said.",
        ("Ude", L, A),
    ),
    (
        "The missing banker Tobias Renner was spotted at a cafe in Lugano on Thursday, police said.",
        ("Renner", L, A),
    ),
    (
        "General Omar Bashiri addressed troops at a base near Kassala on Saturday, state television said.",
        ("Bashiri", L, A),
    ),
    pytest.param(
        "Rumours of his death were dispelled when Lwanga attended a funeral in Masaka on Wednesday.",
        ("Lwanga", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "The cleric Yusuf Dambatta led Friday prayers at the central mosque in Kano, his aides said.",
        ("Dambatta", L, A),
    ),
    pytest.param(
        "Maria Kovac, the detained editor, appeared in a Split courtroom on Monday looking pale.",
        ("Kovac", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "Hours after reports of his arrest, Felix Mwamba turned up at a press conference in Lubumbashi.",
        ("Mwamba", L, A),
    ),
    (
        "The singer Rosa Delgado was photographed at a restaurant in Oaxaca on Tuesday evening.",
        ("Delgado", L, A),
    ),
    # -- extradition, deportation, expulsion -------------------------------------------------------
    (
        "The drug trafficker Ramon Ochoa was extradited to the United States on Friday, prosecutors said.",
        ("Ochoa", L, A),
    ),
    ("Spain extradited the businessman Anatoly Grekov to Ukraine on Monday.", ("Grekov", L, A)),
    (
        "Helmut Brandt, 61, was arrested in Bogota in March and extradited to Germany in June.",
        ("Brandt", L, A),
    ),
    (
        "After being extradited to Peru last year, Julio Campos went on trial in Lima.",
        ("Campos", L, A),
    ),
    (
        "The activist Lin Wei has been deported to China, her lawyer said on Thursday.",
        ("Wei", L, A),
    ),
    (
        "The blogger Ahmed Salah was deported to Egypt on Wednesday, rights groups said.",
        ("Salah", L, A),
    ),
    (
        "Police said Kofi Mensah had been extradited from Ghana to Britain in October.",
        ("Mensah", L, A),
    ),
    (
        "The cleric Abdullah Farouk was expelled to Jordan after his visa was revoked.",
        ("Farouk", L, A),
    ),
    (
        "Amir Tehrani, who was extradited to France in 2021, is serving a sentence near Lyon.",
        ("Tehrani", L, A),
    ),
    (
        "The fugitive financier Laszlo Nagy was flown to Budapest on Saturday after his extradition was approved.",
        ("Nagy", L, A),
    ),
    pytest.param(
        "Prosecutors said Oscar Rios would be tried in Miami, where he was extradited in May.",
        ("Rios", L, A),
        marks=KNOWN_GAP,
    ),
    # -- returns after a release ------------------------------------------------------------------
    (
        "The aid worker Hanna Berg was released on Sunday and flew home to Oslo on Monday.",
        ("Berg", L, A),
    ),
    (
        "Released on Thursday, the journalist Tomas Ruiz returned to Madrid the next day.",
        ("Ruiz", L, A),
    ),
    (
        "The freed hostage Pierre Laval arrived in Paris on Saturday, the foreign ministry said.",
        ("Laval", L, A),
    ),
    (
        "Kwabena Owusu was freed in a prisoner swap and went back to Accra, his family said.",
        ("Owusu", L, A),
    ),
    (
        "Nadia Petrova, freed after nine months, is now back in Kyiv with her family, her husband said.",
        ("Petrova", L, A),
    ),
    (
        "The engineer Paolo Conti was released by his kidnappers on Friday and is back in Italy.",
        ("Conti", L, A),
    ),
    (
        "After his release, Yusuf Hamza returned to Mombasa, where he lives with his mother.",
        ("Hamza", L, A),
    ),
    (
        "Freed sailor Joel Santos landed in Manila on Tuesday morning, the shipping company said.",
        ("Santos", L, A),
    ),
    (
        "Sara Levi was freed late on Monday and has returned to Haifa, officials said.",
        ("Levi", L, A),
    ),
    (
        "The pastor Daniel Obi, freed on Wednesday, was taken to a hospital in Enugu for checks.",
        ("Obi", L, A),
    ),
    # -- found alive in a named place -------------------------------------------------------------
    (
        "The missing hiker Claire Dumont was found alive on Monday in a gully near Chamonix.",
        ("Dumont", L, A),
    ),
    (
        "A fisherman reported lost at sea, Jonah Mbeki, was found alive on an island off Beira.",
        ("Mbeki", L, A),
    ),
    pytest.param(
        "Rescuers found the climber Arjun Rai alive near Namche Bazaar on Thursday.",
        ("Rai", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "The schoolgirl Amina Bello, missing since Friday, has been found safe in Zaria, police said.",
        ("Bello", L, A),
    ),
    pytest.param(
        "Police said Tomasz Nowak, missing for a week, had been found alive and well in Gdansk.",
        ("Nowak", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "Search teams found the pilot, Erik Lund, alive in the forest north of Kiruna on Sunday.",
        ("Lund", L, A),
    ),
    (
        "The teenager, Lucy Harper, was found unharmed in Leeds on Tuesday evening.",
        ("Harper", L, A),
    ),
    (
        "Missing businessman Viktor Orlov was found in a hotel in Tbilisi, his lawyer said.",
        ("Orlov", L, A),
    ),
    (
        "The geologist Pedro Alves was found alive inside a cave near Cusco after five days.",
        ("Alves", L, A),
    ),
    (
        "The trekker Ines Moreau was located alive on Friday in a hut above Zermatt.",
        ("Moreau", L, A),
    ),
    # -- a message or recording from a place ------------------------------------------------------
    (
        "In an audio recording made in Idlib, Abu Bakr al-Tikriti denied reports of his death.",
        ("al-Tikriti", L, A),
    ),
    ("Musa Jalo spoke to the Sahel Tribune by telephone from Niamey on Wednesday.", ("Jalo", L, A)),
    (
        "In a video recorded in Istanbul, the exiled editor Kemal Aydin said he was safe.",
        ("Aydin", L, A),
    ),
    (
        "The dissident Pavel Sorin posted a video from Vilnius on Sunday, saying he was well.",
        ("Sorin", L, A),
    ),
    ("Abdi Nur called his mother from Mogadishu on Friday, she said.", ("Nur", L, A)),
    (
        "Speaking by phone from Kampala, Ruth Nakato said she had been released unharmed.",
        ("Nakato", L, A),
    ),
    (
        "Omar Sheikh sent a voice message from a hospital in Herat, his brother said.",
        ("Sheikh", L, A),
    ),
    ("Luis Mendoza gave an interview from his home in Quito on Tuesday.", ("Mendoza", L, A)),
    pytest.param(
        "The commander, Idris Kone, recorded a message in Bamako denying that he had been killed.",
        ("Kone", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "From Nairobi, Joseph Kiprono told the Rift Herald that he had fled to save his life.",
        ("Kiprono", L, A),
    ),
    # -- a whereabouts said again ------------------------------------------------------------------
    (
        "Yara Haddad was moved to Roumieh prison in March. She remains in Roumieh, her lawyer said.",
        ("Haddad", L, A),
    ),
    (
        "Pavel Lebedev has been held in Vladimir since May. He is still in Vladimir, his wife said.",
        ("Lebedev", L, A),
    ),
    (
        "Police placed Moses Oduya under house arrest at his home in Entebbe in June, and he remains there.",
        ("Oduya", L, A),
    ),
    (
        "Soldiers took Tomas Reyes to the base on Monday night, his colleagues said, and he is still there.",
        ("Reyes", L, A),
    ),
    (
        "Aziz Karimov fled to Almaty in 2019. He still lives in Almaty, friends say.",
        ("Karimov", L, A),
    ),
    ("Kemal Arslan arrived in Berlin in 2016 and has lived there ever since.", ("Arslan", L, A)),
    ("The former general Ali Mahdi is in Dubai, an aide said on Tuesday.", ("Mahdi", L, A)),
    (
        "Where is she now? Ahlam Saeed is in a prison in Sanaa, her brother told us.",
        ("Saeed", L, A),
    ),
    (
        "Nikolai Grushin remains in a military hospital in Rostov, officials said on Monday.",
        ("Grushin", L, A),
    ),
    (
        "Ibrahim Sesay is still in Freetown, where he is staying with relatives, his lawyer said.",
        ("Sesay", L, A),
    ),
    ("The poet Leyla Mammadova is now in Tbilisi, her publisher said.", ("Mammadova", L, A)),
    ("Anwar Qasim remained in Sanaa throughout the war, his family said.", ("Qasim", L, A)),
    # -- the README's list: hiding, exile, sheltering, staying, treatment, stranded, trapped ------
    (
        "The rebel leader Jean Kabila is hiding in the forests near Bunia, officials believe.",
        ("Kabila", L, A),
    ),
    ("Former president Moussa Traore lives in exile in Dakar.", ("Traore", L, A)),
    (
        "The activist Gulnara Saidova is believed to be sheltering in a safe house in Osh.",
        ("Saidova", L, A),
    ),
    ("Oleksandr Bondar is staying at a hotel in Lviv, his spokesman said.", ("Bondar", L, A)),
    ("The wounded driver, Samuel Kaba, is being treated at a hospital in Bouake.", ("Kaba", L, A)),
    ("Joao Matos is trapped in a shaft near Johannesburg, rescuers said.", ("Matos", L, A)),
    (
        "Dozens of tourists, among them the Briton Neil Carver, are stranded in Kathmandu.",
        ("Carver", L, A),
    ),
    pytest.param(
        "The miner Joao Matos is trapped in a shaft near Johannesburg, rescuers said.",
        ("Matos", L, A),
        marks=KNOWN_GAP,
    ),
    ("Hassan Diab was in Beirut when the explosion happened, his office said.", ("Diab", L, A)),
    (
        "The opposition leader Faisal Omar fled to Djibouti on Friday, his party said.",
        ("Omar", L, A),
    ),
    ("Tesfaye Alemu moved to Addis Ababa after his release in 2018.", ("Alemu", L, A)),
    (
        "The deposed mayor, Hugo Santos, took refuge in the Brazilian embassy in Asuncion.",
        ("Santos", L, A),
    ),
    ("Witnesses said the businessman Farid Khan was seen in Lahore last week.", ("Khan", L, A)),
    ("Arturo Vela, the union leader, is living in Madrid, his daughter said.", ("Vela", L, A)),
    (
        "The warlord's whereabouts are unknown, but Musa Hilal is thought to be in Darfur.",
        ("Hilal", L, A),
    ),
    (
        "Lucia Ferrer is being held at a military base outside Maracay, her family said.",
        ("Ferrer", L, A),
    ),
    (
        "Sources said the kidnapped engineer, Raj Patel, is being kept in a village near Jos.",
        ("Patel", L, A),
    ),
    ("Imran Baig has been in Karachi since January, his lawyer said.", ("Baig", L, A)),
    (
        "The captain, Ivan Petrov, is safe and in Djibouti, the shipping line said.",
        ("Petrov", L, A),
    ),
    ("Abu Hamza al-Masri was last seen in Raqqa in 2017.", ("al-Masri", L, A)),
    ("Elena Sokol crossed into Poland on Friday, her husband said.", ("Sokol", L, A)),
    (
        "The dissident Li Ming escaped to Taiwan in a fishing boat and now lives in Taipei.",
        ("Ming", L, A),
    ),
    (
        "Malik Aziz is recovering in a hospital in Peshawar after the attack, police said.",
        ("Aziz", L, A),
    ),
    ("Yusuf Abdi was evacuated to Nairobi for treatment on Sunday.", ("Abdi", L, A)),
    (
        "Prison officials said Ahmed Kamal had been transferred to Borg El Arab prison.",
        ("Kamal", L, A),
    ),
    # -- a stay said again with "there" -----------------------------------------------------------
    (
        "Pavel Lebedev was sent to a penal colony in Vladimir in 2022. He remains there, his wife said.",
        ("Lebedev", L, A),
    ),
    (
        "Jonas Berg was flown to Oslo on Tuesday. He is still there, recovering with his family.",
        ("Berg", L, A),
    ),
    (
        "Hamid Reza was jailed in Tabriz in 2020. He is being held there in solitary confinement.",
        ("Reza", L, A),
    ),
    (
        "Marta Quispe fled to La Paz in May. She is staying there with an aunt, friends say.",
        ("Quispe", L, A),
    ),
    (
        "Ali Hassan reached Mogadishu on Sunday.\n\nHe is there now, an aide said, and is safe.",
        ("Hassan", L, A),
    ),
    (
        "Viktor Petrenko was moved to a hospital in Kharkiv last week. He remains there under guard.",
        ("Petrenko", L, A),
    ),
    (
        "Sofia Mendes was taken to a shelter in Porto. She is still there, a social worker said.",
        ("Mendes", L, A),
    ),
    (
        "Abdul Karim was detained at a police station in Kunduz. He was still being held there on Monday.",
        ("Karim", L, A),
    ),
    # -- where a speaker speaks from, or is interviewed at -----------------------------------------
    (
        "Amina Yusuf, freed last week, spoke to the Sahel Tribune at her family's home in Kano on Sunday.",
        ("Yusuf", L, A),
    ),
    (
        '"They beat me every night," Leila Nassar said, speaking from her parents\' house in Irbid.',
        ("Nassar", L, A),
    ),
    (
        "Daniel Mensah spoke to the Coastal Ledger by phone from a hotel in Lome on Tuesday.",
        ("Mensah", L, A),
    ),
    (
        "Speaking from his flat in Vilnius, the exiled blogger Igor Sokolov said he would keep writing.",
        ("Sokolov", L, A),
    ),
    (
        "Yusuf Omar talked to the Horn Dispatch from a camp near Dadaab about his escape.",
        ("Omar", L, A),
    ),
    (
        "Ines Moreau told the Alpine Courier from a hospital bed in Grenoble that she remembered nothing.",
        ("Moreau", L, A),
    ),
    # -- a move to a place whose "where" clause tells another event --------------------------------
    (
        "Aziz Karimov was taken to Manchester Royal Infirmary, where he underwent surgery.",
        ("Karimov", L, A),
    ),
    (
        "Kwame Asante was rushed to St Luke's Hospital in Coventry, where he was pronounced dead.",
        ("Asante", L, A),
    ),
    (
        "The driver, Samuel Oti, was airlifted to a hospital in Nairobi, where doctors removed a bullet.",
        ("Oti", L, A),
    ),
    (
        "Police said Maria Lenz was taken to Leipzig, where she was questioned for six hours.",
        ("Lenz", L, A),
    ),
    # -- a finding told in the active, a guessed place with "somewhere" ----------------------------
    (
        "Search teams found the pilot, Erik Lund, alive in the forest north of Kiruna on Sunday.",
        ("Lund", L, A),
    ),
    ("Villagers found the boy, Samuel Ekong, safe in a barn outside Calabar.", ("Ekong", L, A)),
    (
        "The militia leader Jean-Bosco Ntare is believed to be somewhere in the Rwenzori foothills.",
        ("Ntare", L, A),
    ),
    ("Officials think Mahmoud Rashid is somewhere near the border with Iraq.", ("Rashid", L, A)),
    # -- a court named by its town or as a building, a message's place, a prisoner sent back ----
    ("Former minister Ibrahim Sow appeared at Kano Magistrates' Court on Monday.", ("Sow", L, A)),
    ("Lamine Toure appeared in the dock at the Old Bailey on Tuesday.", ("Toure", L, A)),
    (
        "Lamine Toure appeared at Westminster Magistrates' Court charged with fraud.",
        ("Toure", L, A),
    ),
    (
        "Amadou Koufa, speaking in an audio message recorded in the Inner Niger Delta, denied he"
        " had been killed.",
        ("Koufa", L, A),
    ),
    ("Jamal Bakr was sent back to Tora prison after the hearing.", ("Bakr", L, A)),
    ("Jamal Bakr was returned to Tora prison on Monday.", ("Bakr", L, A)),
    (
        "After the hearing, Nour Haddad was returned to her cell in Roumieh prison.",
        ("Haddad", L, A),
    ),
    (
        "Davit Beridze, missing since Tuesday, walked into a police station in Batumi on Friday.",
        ("Beridze", L, A),
    ),
    (
        "The lost hiker, Tom Reilly, staggered into a farmhouse near Sligo after three days.",
        ("Reilly", L, A),
    ),
    # -- an active move of a person to a place -------------------------------------------------------
    (
        "Police arrested Omar Diallo on Monday and took him to the police headquarters in Bamako.",
        ("Diallo", L, A),
    ),
    (
        "Soldiers seized the journalist Ana Reis at a checkpoint and drove her to a military base"
        " outside Beira.",
        ("Reis", L, A),
    ),
    ("Rescuers took the climber, Pavel Novak, to hospital in Zakopane.", ("Novak", L, A)),
    ("Medics flew the injured driver, Samuel Oti, to Nairobi on Sunday.", ("Oti", L, A)),
    ("Guards escorted Lena Frank to the prison clinic in Gera, her lawyer said.", ("Frank", L, A)),
    # -- a fellow prisoner's word: shared a cell with X, held with X, in a named place ---------------
    (
        "Salma Idrissi has been missing since August. A released prisoner, Anis Ferchichi, said he"
        " had shared a corridor with her at the Bouchoucha detention centre in Tunis in January.",
        ("Idrissi", L, A),
    ),
    (
        "A former cellmate said he had shared a cell with Omar Diallo at Kirikiri prison in Lagos in May.",
        ("Diallo", L, A),
    ),
    (
        '"I shared a tent with Father Luis Ortega in a camp near Tapachula," a freed hostage said.',
        ("Ortega", L, A),
    ),
    (
        "Released detainees said they had been held with Ahmed Kamal at a military base in Giza.",
        ("Kamal", L, A),
    ),
    # -- a sighting in the town named before ("in the city", "in the capital") -----------------------
    (
        "Lo Ka-wai has not been seen since a trip to Shenzhen. A colleague said he had been seen at a"
        " hotel in the city on February 2.",
        ("Ka-wai", L, A),
    ),
    (
        "Pedro Alves vanished in Lima in May. He was last seen in the capital on May 3, his sister said.",
        ("Alves", L, A),
    ),
    (
        "Police say Marta Ruiz, who went to Quito in June, was spotted at a bus station in the"
        " city a week later.",
        ("Ruiz", L, A),
    ),
    # -- a source placing a person, a move abroad ------------------------------------------------------
    (
        "Tesfaye Gebru is in hiding. One of the officials said informants had placed him near the"
        " town of Mekdela last week.",
        ("Gebru", L, A),
    ),
    (
        "Witnesses place the rebel commander, Idris Kone, in Kidal on the day of the attack.",
        ("Kone", L, A),
    ),
    ("The injured senator, Paul Biya, was flown abroad for treatment on Sunday.", ("Biya", L, A)),
    (
        "The former president, Alassane Kone, is in good health. Contrary to rumours on social"
        " networks, he has not been transferred abroad.",
        ("Kone", L, "negated"),
    ),
    # -- "there" said of a person by a description ---------------------------------------------------
    (
        "A radio station reports that Governor Patrice Ilunga is being treated at the general"
        " hospital in Kalemie. The hospital's director has denied that the governor is there.",
        ("Ilunga", L, "negated"),
    ),
    (
        "Police raided the farmhouse near Tete where the fugitive banker Ivan Popov had been hiding."
        " The banker was not there.",
        ("Popov", L, "negated"),
    ),
    (
        "The missing reporter Ana Lima was taken to a police station in Recife. The reporter is"
        " still there, her editor said.",
        ("Lima", L, A),
    ),
    # -- the one placed named by a description -------------------------------------------------------
    (
        "Daniel Okafor, 27, was stabbed outside a nightclub. The boxer was taken to Manchester Royal"
        " Infirmary, where he underwent surgery.",
        ("Okafor", L, A),
    ),
    (
        "The engineer Raj Patel was kidnapped in March. Sources said the engineer is being kept in a"
        " village near Jos.",
        ("Patel", L, A),
    ),
    (
        "Jamal Bakr, a blogger, was sentenced on Monday. The blogger was returned to Tora prison after"
        " the hearing.",
        ("Bakr", L, A),
    ),
    # -- a stay in a building of state that needs no town ----------------------------------------------
    (
        "Deputy minister Hodan Warsame was in the hotel when the attack began. The aide now tells us"
        " Warsame was evacuated by special forces and is at the presidential palace.",
        ("Warsame", L, A),
    ),
    (
        "The opposition leader, Juan Perez, remains at the Brazilian embassy, where he sought refuge"
        " in May.",
        ("Perez", L, A),
    ),
    (
        "The former president, Alassane Kone, is at his residence, where he is under protection.",
        ("Kone", L, A),
    ),
    ("Maria Lopez was not at the palace when the shooting began.", ("Lopez", L, "negated")),
]

NOT_FOUND = [
    # -- an arrest, a release, a kidnapping or a disappearance in a place is the event only -------
    ("Police arrested the blogger Omar Farouk in Alexandria on Monday.", ("Farouk", L, A)),
    (
        "The aid worker Anna Holm was released in northern Mali on Friday, officials said.",
        ("Holm", L, A),
    ),
    ("The engineer Marco Gallo was kidnapped near Maiduguri in March.", ("Gallo", L, A)),
    ("The journalist Karim Nasser disappeared in Tripoli in 2022.", ("Nasser", L, A)),
    (
        "Tariq Jamil was detained at the airport in Karachi on his return from Dubai.",
        ("Jamil", L, A),
    ),
    (
        "The hostage Erik Dahl was freed in the Sahel after four months, the ministry said.",
        ("Dahl", L, A),
    ),
    # -- no named place --------------------------------------------------------------------------
    ("The freed reporter Ines Duarte has returned home, her newspaper said.", ("Duarte", L, A)),
    ("Samir Haddad appeared in a video posted on Tuesday.", ("Haddad", L, A)),
    ("Paul Kagwa remains in custody, police said.", ("Kagwa", L, A)),
    ("Lena Kraus appeared in court on Monday and was remanded.", ("Kraus", L, A)),
    ("The missing hiker, Tom Becker, was found alive on Monday, police said.", ("Becker", L, A)),
    # -- a move to come, demanded or denied ------------------------------------------------------
    ("Prosecutors want Diego Luna extradited to the United States.", ("Luna", L, A)),
    ("The court ruled that Jorge Vidal could be extradited to Spain.", ("Vidal", L, A)),
    ("Hamid Rostami is expected to return to Tehran next week.", ("Rostami", L, A)),
    ("Ali Reza Amini fears he will be deported to Iran.", ("Amini", L, A)),
    ("Lawyers for Sergio Paz are fighting his extradition to Italy.", ("Paz", L, A)),
    # -- "there" that is no stay, a speaker placed by someone else's words --------------------------
    (
        "Kofi Annan flew to Accra on Monday. There is no sign of his aide, Ama Boateng.",
        ("Boateng", L, A),
    ),
    ("Hana Sato visited Osaka in May. She did not stay there long.", ("Sato", L, A)),
    (
        "Rosa Vidal said she had last spoken to her brother by phone from a port near Tangier.",
        ("Vidal", L, A),
    ),
    ("Our correspondent Lena Frei spoke to villagers from a checkpoint near Goma.", ("Frei", L, A)),
    (
        "Bosco Ntaganda appeared before the International Criminal Court on Monday.",
        ("Ntaganda", L, A),
    ),
    ("Jamal Bakr was returned to his family after the hearing.", ("Bakr", L, A)),
    ("The court ordered that Jamal Bakr be sent back to prison.", ("Bakr", L, A)),
    ("Gunmen took Father Luis Ortega to an unknown location.", ("Ortega", L, A)),
    ("Police took Omar Diallo home after questioning.", ("Diallo", L, A)),
    ("Prosecutors want to take Omar Diallo to court in Bamako.", ("Diallo", L, A)),
    ("Ahmed Kamal shared a flat with his brother in Cairo.", ("Kamal", L, A)),
    ("Marta Ruiz was not seen in the capital after May, her sister said.", ("Ruiz", L, A)),
    (
        "The former president, Alassane Kone, is in good health. Contrary to rumours on social"
        " networks, he has not been transferred abroad.",
        ("Kone", L, A),
    ),
    ("The spokesman, Ali Omar, is at the ministry of defence.", ("Omar", L, A)),
    (
        "The photographer Elif Aksoy was detained in Van on Tuesday with her fixer, Baran Dogan.",
        ("Dogan", L, A),
    ),
    ("A witness said Tomas Pinto had been seen at a bar in the city.", ("Pinto", L, A)),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
