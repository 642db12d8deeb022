"""Whereabouts, signs of life and custody told by narration (issue 6):
contact from a place, survival and escape, freed and moved, captivity as a period, visits and
sightings, present residence and occupation, remaining in custody; wire, local, police-brief
and feature registers, with names, pronouns and epithets. Sentences written for this test about
fictional people: text -> (last word of the subject, predicate, polarity) of a claim that must
be found, or one that must not. Rows marked KNOWN_GAP are wordings the rules do not reach yet
(strict: the mark must go when they do)."""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A, N = "affirmed", "negated"
L, V, P, W = "located_in", "alive", "appeared", "wounded"
C, AR, RE, ESC = "captured", "arrested", "released", "other:escape"
KNOWN_GAP = pytest.mark.xfail(strict=True, reason="a wording the rules do not reach yet")

FOUND = [
    # contact from a place: by phone from X, from a hospital bed, reached by phone
    (
        'Tomas Ferreira told the Courier by phone from the Santa Lucia Hospital that he was "shaken but fine".',
        ("Ferreira", L, A),
    ),
    (
        'Tomas Ferreira told the Courier by phone from the Santa Lucia Hospital that he was "shaken but fine".',
        ("Ferreira", V, A),
    ),
    (
        "Speaking by telephone from Goma, the aid worker Claire Dubois said she had been treated well.",
        ("Dubois", L, A),
    ),
    (
        "Speaking by telephone from Goma, the aid worker Claire Dubois said she had been treated well.",
        ("Dubois", V, A),
    ),
    (
        "Rania Khoury called her sister from a police station in Tripoli on Sunday night.",
        ("Khoury", L, A),
    ),
    (
        "Rania Khoury called her sister from a police station in Tripoli on Sunday night.",
        ("Khoury", V, A),
    ),
    (
        "Ahmad Saleh, speaking from his hospital bed in Kirkuk, said the convoy had been ambushed.",
        ("Saleh", L, A),
    ),
    (
        "Ahmad Saleh, speaking from his hospital bed in Kirkuk, said the convoy had been ambushed.",
        ("Saleh", V, A),
    ),
    (
        "Mr. Kovacs wrote to his wife from the prison in Szeged that he was eating again. Peter Kovacs was jailed in May.",
        ("Kovacs", L, A),
    ),
    (
        "Mr. Kovacs wrote to his wife from the prison in Szeged that he was eating again. Peter Kovacs was jailed in May.",
        ("Kovacs", V, A),
    ),
    pytest.param(
        "In a video call from the camp at Dadaab, Halima Yusuf, 19, said her parents had died.",
        ("Yusuf", L, A),
        marks=KNOWN_GAP,
    ),
    pytest.param(
        "In a video call from the camp at Dadaab, Halima Yusuf, 19, said her parents had died.",
        ("Yusuf", V, A),
        marks=KNOWN_GAP,
    ),
    (
        "Our correspondent Mark Ellison, reporting from Kabul, said Rahim Noori had been freed.",
        ("Noori", RE, A),
    ),
    (
        "Zainab Idris spoke to Reuters from Khartoum on Monday and said her husband was still missing.",
        ("Idris", L, A),
    ),
    (
        "Reached by phone in Lviv, Oksana Melnyk said she was safe.",
        ("Melnyk", L, A),
    ),
    (
        "Reached by phone in Lviv, Oksana Melnyk said she was safe.",
        ("Melnyk", V, A),
    ),
    (
        "Ali Samir was kidnapped in March. Reached by phone last week, he said he remembered little of the first days.",
        ("Samir", V, A),
    ),
    (
        "The coach, Henrik Dahl, said he had spoken to the striker, Emeka Obi, on Wednesday night.",
        ("Obi", V, A),
    ),
    (
        '"He is tired, but he is fine," said Lars Holm, the lawyer of Erik Sand, after speaking to him in custody.',
        ("Sand", V, A),
    ),
    pytest.param(
        "The engineer's wife, Mei Tan, said she had last spoken to her husband, Jun Tan, by phone on Saturday from a hotel in Juba.",
        ("Tan", L, A),
        marks=KNOWN_GAP,
    ),
    # survival and escape: out of a fire or a crash lives; an escape from custody is only the escape
    (
        "A fire swept through the garment factory on Tuesday. Karim Haddad, 27, escaped by climbing down a drainpipe.",
        ("Haddad", V, A),
    ),
    (
        "Two of the hostages, Ana Ruiz and Luis Mora, escaped during the night and reached a village.",
        ("Ruiz", ESC, A),
    ),
    (
        "Two of the hostages, Ana Ruiz and Luis Mora, escaped during the night and reached a village.",
        ("Mora", ESC, A),
    ),
    (
        "Daniel Price, 34, managed to flee the burning building, police said.",
        ("Price", V, A),
    ),
    (
        "Amina Bello survived by hiding under a truck.",
        ("Bello", V, A),
    ),
    (
        "The pilot, Ivan Petrov, walked away from the crash with cuts and bruises.",
        ("Petrov", V, A),
    ),
    (
        "Sergei Antonov is alive and being treated for burns at a military hospital in Rostov, his wife said.",
        ("Antonov", V, A),
    ),
    (
        "Sergei Antonov is alive and being treated for burns at a military hospital in Rostov, his wife said.",
        ("Antonov", W, A),
    ),
    (
        "Sergei Antonov is alive and being treated for burns at a military hospital in Rostov, his wife said.",
        ("Antonov", L, A),
    ),
    (
        "His brother, Idrissa Diallo, said on Tuesday that Moussa was alive and being treated for a head wound at a private clinic in the north of the city. Moussa Diallo was shot on Sunday.",
        ("Diallo", V, A),
    ),
    (
        "His brother, Idrissa Diallo, said on Tuesday that Moussa was alive and being treated for a head wound at a private clinic in the north of the city. Moussa Diallo was shot on Sunday.",
        ("Diallo", W, A),
    ),
    (
        "Officials said Yuri Belov was alive and recovering at a clinic in Tomsk.",
        ("Belov", V, A),
    ),
    (
        "Officials said Yuri Belov was alive and recovering at a clinic in Tomsk.",
        ("Belov", L, A),
    ),
    (
        "The prisoner Tariq Aziz broke out of the compound and walked for two days to the border.",
        ("Aziz", ESC, A),
    ),
    (
        "His deputy, Samir Fadel, escaped by boat during the raid.",
        ("Fadel", ESC, A),
    ),
    (
        "Mohamed Farah, the only survivor, was pulled from the wreckage on Friday.",
        ("Farah", V, A),
    ),
    # freed and moved: flown to X after the release, brought ashore, carried to a named place
    (
        "Sophie Laurent, an aid worker, was freed on September 18 and flown to Paris two days later.",
        ("Laurent", RE, A),
    ),
    (
        "Sophie Laurent, an aid worker, was freed on September 18 and flown to Paris two days later.",
        ("Laurent", L, A),
    ),
    (
        "Abdi Warsame was taken to Lampedusa with the other survivors.",
        ("Warsame", L, A),
    ),
    (
        "Freed late on Monday, the engineer Li Wei was flown to Beijing on a military plane.",
        ("Wei", RE, A),
    ),
    (
        "Freed late on Monday, the engineer Li Wei was flown to Beijing on a military plane.",
        ("Wei", L, A),
    ),
    (
        "Marta Kowalska was released from Evin prison and flown to Warsaw, where she was reunited with her family.",
        ("Kowalska", RE, A),
    ),
    (
        "Marta Kowalska was released from Evin prison and flown to Warsaw, where she was reunited with her family.",
        ("Kowalska", L, A),
    ),
    (
        "Pierre Blanc, 50, was arrested at the border. He was later transferred to a hospital in Lyon.",
        ("Blanc", AR, A),
    ),
    (
        "Pierre Blanc, 50, was arrested at the border. He was later transferred to a hospital in Lyon.",
        ("Blanc", L, A),
    ),
    (
        "She was freed on Friday. Nadia Petrova was then driven to Tallinn, her lawyer said.",
        ("Petrova", L, A),
    ),
    (
        "After his release on Monday, Oleg Marin was flown home to Chisinau.",
        ("Marin", RE, A),
    ),
    (
        "After his release on Monday, Oleg Marin was flown home to Chisinau.",
        ("Marin", L, A),
    ),
    (
        "The survivors, among them a teacher, Amadou Sy, were brought ashore at Lampedusa on Monday.",
        ("Sy", L, A),
    ),
    ("Rescuers took Hana Mori to a shelter in Sendai.", ("Mori", L, A)),
    # captivity as a period: as a prisoner / hostage of a group, N months in captivity, in a cell
    (
        "Jonas Berg spent four years as a prisoner of the militia in the hills above Bunia.",
        ("Berg", C, A),
    ),
    (
        "Jonas Berg spent four years as a prisoner of the militia in the hills above Bunia.",
        ("Berg", L, A),
    ),
    (
        "Ines Moreau spent 14 months in the hands of kidnappers.",
        ("Moreau", C, A),
    ),
    (
        "Rafael Duarte spent eight months in captivity in Mali before he was freed in 2019.",
        ("Duarte", C, A),
    ),
    (
        "Rafael Duarte spent eight months in captivity in Mali before he was freed in 2019.",
        ("Duarte", L, A),
    ),
    (
        "Rafael Duarte spent eight months in captivity in Mali before he was freed in 2019.",
        ("Duarte", RE, A),
    ),
    (
        "Kamal Nasser was held by the rebels in the same camp from late 2022.",
        ("Nasser", C, A),
    ),
    (
        "Kamal Nasser was held by the rebels in the same camp from late 2022.",
        ("Nasser", L, A),
    ),
    (
        "Grace Mwangi spent three years as a hostage of al-Shabab in Somalia before her release in 2021.",
        ("Mwangi", C, A),
    ),
    (
        "Grace Mwangi spent three years as a hostage of al-Shabab in Somalia before her release in 2021.",
        ("Mwangi", L, A),
    ),
    (
        "Grace Mwangi spent three years as a hostage of al-Shabab in Somalia before her release in 2021.",
        ("Mwangi", RE, A),
    ),
    (
        "For 200 days, Victor Lindqvist was a hostage of the Popular Front.",
        ("Lindqvist", C, A),
    ),
    (
        "Omar Bakri spent most of 2020 in a cell in Tora prison.",
        ("Bakri", AR, A),
    ),
    (
        "Omar Bakri spent most of 2020 in a cell in Tora prison.",
        ("Bakri", L, A),
    ),
    pytest.param(
        "Ruth Adeyemi was a captive of the gang for 11 days.",
        ("Adeyemi", C, A),
        marks=KNOWN_GAP,
    ),
    (
        "A Danish nurse, Freja Holm, was held in the same compound from early 2021.",
        ("Holm", L, A),
    ),
    (
        "The surgeon, Paul Amiel, spent the next two years as a prisoner of the Liberation Front.",
        ("Amiel", C, A),
    ),
    # visits and sightings: allowed to visit and found her thin, seen in a prison yard
    pytest.param(
        "Leyla Aliyeva, 24, has been held since December. Her mother was last allowed to visit on January 10 and found her thin.",
        ("Aliyeva", P, A),
        marks=KNOWN_GAP,
    ),
    pytest.param(
        "Leyla Aliyeva, 24, has been held since December. Her mother was last allowed to visit on January 10 and found her thin.",
        ("Aliyeva", V, A),
        marks=KNOWN_GAP,
    ),
    (
        "His lawyer visited Ahmed Mansour at the Borg el-Arab prison on Thursday and said he looked exhausted.",
        ("Mansour", P, A),
    ),
    (
        "His lawyer visited Ahmed Mansour at the Borg el-Arab prison on Thursday and said he looked exhausted.",
        ("Mansour", L, A),
    ),
    (
        "Diplomats saw Michael Grant in Evin prison last week, the Foreign Office said.",
        ("Grant", P, A),
    ),
    (
        "Diplomats saw Michael Grant in Evin prison last week, the Foreign Office said.",
        ("Grant", L, A),
    ),
    (
        "Neighbours said they had seen Rashid Karimov at the market in Osh two days later.",
        ("Karimov", P, A),
    ),
    pytest.param(
        "Neighbours said they had seen Rashid Karimov at the market in Osh two days later.",
        ("Karimov", L, A),
        marks=KNOWN_GAP,
    ),
    pytest.param(
        "Elena Sokolova's husband was allowed a 20-minute visit on Saturday and said she was in good spirits.",
        ("Sokolova", P, A),
        marks=KNOWN_GAP,
    ),
    (
        "Elena Sokolova's husband was allowed a 20-minute visit on Saturday and said she was in good spirits.",
        ("Sokolova", V, A),
    ),
    (
        "The last time anyone saw Nour Hamdan was outside her office in Beirut on March 2.",
        ("Hamdan", P, A),
    ),
    (
        "Kenji Sato was spotted at a train station in Osaka on Friday, police said.",
        ("Sato", P, A),
    ),
    (
        "Kenji Sato was spotted at a train station in Osaka on Friday, police said.",
        ("Sato", L, A),
    ),
    (
        "A former inmate told the family he had seen Viktor Hrabal in the exercise yard of the remand prison in Brno in May.",
        ("Hrabal", P, A),
    ),
    (  # (mark lifted: claims_where_beside, a sighting in a named place)
        "A former inmate told the family he had seen Viktor Hrabal in the exercise yard of the remand prison in Brno in May.",
        ("Hrabal", L, A),
    ),
    # present residence and occupation: is 71 and lives in X, is studying in X now, runs a shop in X
    (
        "Sunil Perera is 71 and lives in Kandy.",
        ("Perera", L, A),
    ),
    (
        "Sunil Perera is 71 and lives in Kandy.",
        ("Perera", V, A),
    ),
    (
        "Niran Chai is studying in Chiang Mai now.",
        ("Chai", L, A),
    ),
    (
        "The youngest, Aung Min, was hurt in the shelling. He is studying in Chiang Mai now.",
        ("Min", L, A),
    ),
    (
        "Today Maria Santos teaches at a primary school in Cebu.",
        ("Santos", L, A),
    ),
    (
        "Joseph Otieno, now 58, runs a car wash in Kisumu.",
        ("Otieno", L, A),
    ),
    (
        "Anna Weber works as a nurse at a clinic in Graz.",
        ("Weber", L, A),
    ),
    (
        "Hamid Qureshi, who was released in 2018, now lives quietly in Peshawar with his daughters.",
        ("Qureshi", RE, A),
    ),
    (
        "Hamid Qureshi, who was released in 2018, now lives quietly in Peshawar with his daughters.",
        ("Qureshi", L, A),
    ),
    (
        "Odette Lacombe survived the camp. She is 83 now and still lives in the family house in Tulle.",
        ("Lacombe", V, A),
    ),
    (
        "Odette Lacombe survived the camp. She is 83 now and still lives in the family house in Tulle.",
        ("Lacombe", L, A),
    ),
    (
        "Ibrahim Sow is in Dakar now, running a small hotel.",
        ("Sow", L, A),
    ),
    pytest.param(
        "The former hostage, Carlos Vidal, is 64 and farms near Tarija.",
        ("Vidal", L, A),
        marks=KNOWN_GAP,
    ),
    # remaining in custody: remains in the detention centre, placed in the cells of a building in X
    (
        "Vusi Dlamini was arrested on Friday. He remains in the city's main detention centre.",
        ("Dlamini", AR, A),
    ),
    (
        "Vusi Dlamini was arrested on Friday. He remains in the city's main detention centre.",
        ("Dlamini", L, A),
    ),
    (
        "Sipho Ndlovu was detained after the march. The 19-year-old remains in police custody in Durban.",
        ("Ndlovu", AR, A),
    ),
    pytest.param(
        "Sipho Ndlovu was detained after the march. The 19-year-old remains in police custody in Durban.",
        ("Ndlovu", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "Andrei Kozlov was stopped at the airport on Sunday. Officers placed him in the cells of a security-service building in Minsk.",
        ("Kozlov", L, A),
    ),
    (
        "Andrei Kozlov was stopped at the airport on Sunday. Officers placed him in the cells of a security-service building in Minsk.",
        ("Kozlov", AR, A),
    ),
    (
        "A second account placed Bogdan Ilic in the cells of a police building in Nis.",
        ("Ilic", L, A),
    ),
    (
        "A second account placed Bogdan Ilic in the cells of a police building in Nis.",
        ("Ilic", AR, A),
    ),
    (
        "Giorgi Beridze is still being held at the pre-trial detention centre in Rustavi.",
        ("Beridze", AR, A),
    ),
    (
        "Giorgi Beridze is still being held at the pre-trial detention centre in Rustavi.",
        ("Beridze", L, A),
    ),
    (
        "Li Ming has been in a detention centre in Shenyang since March.",
        ("Ming", AR, A),
    ),
    (
        "Li Ming has been in a detention centre in Shenyang since March.",
        ("Ming", L, A),
    ),
    (
        "Yasmin Adel is still in jail in Cairo, her family said.",
        ("Adel", AR, A),
    ),
    (
        "Yasmin Adel is still in jail in Cairo, her family said.",
        ("Adel", L, A),
    ),
    (
        "Dmitri Volkov is still behind bars in Moscow.",
        ("Volkov", AR, A),
    ),
    (
        "Dmitri Volkov is still behind bars in Moscow.",
        ("Volkov", L, A),
    ),
    (
        "Ruslan Gadzhiev was sentenced to ten days in jail and remains in the city's detention centre, his lawyer said.",
        ("Gadzhiev", AR, A),
    ),
    (
        "Ruslan Gadzhiev was sentenced to ten days in jail and remains in the city's detention centre, his lawyer said.",
        ("Gadzhiev", L, A),
    ),
    (
        "Officers put Martin Sosa in a police car outside the rally, his wife said.",
        ("Sosa", AR, A),
    ),
    (
        "Lamin Jatta was arrested at his home in Banjul on Thursday morning.",
        ("Jatta", AR, A),
    ),
    # more wordings of the same families: a flight back, the only survivor, a police van, a visit
    (
        "Yaw Boateng was released without charge on Tuesday. He flew back to Accra the same night, his club said.",
        ("Boateng", L, A),
    ),
    (
        "The lone survivor, Ana Ruiz, 9, was flown to Lima.",
        ("Ruiz", V, A),
    ),
    (
        'Hussein Jaber was charged on Friday. "They put him in a police van in front of his children," his wife said.',
        ("Jaber", AR, A),
    ),
    (
        "The manager said he had spoken to the goalkeeper, Tomas Ek, on Sunday.",
        ("Ek", V, A),
    ),
    (
        "His sister visited Omar Nabil on Monday and found him weak.",
        ("Nabil", P, A),
    ),
    (
        "His sister visited Omar Nabil on Monday and found him weak.",
        ("Nabil", V, A),
    ),
    (
        "The driver, Paulo Reis, fled the blaze, firefighters said.",
        ("Reis", V, A),
    ),
    (
        "Pavel Hruby escaped from the prison by climbing over a wall.",
        ("Hruby", ESC, A),
    ),
    (
        "Jaan Lind is 88 now.",
        ("Lind", V, A),
    ),
    (
        "Contacted by phone, the former minister, Ines Roca, declined to comment.",
        ("Roca", V, A),
    ),
    (
        "Karim Aziz lost a leg in the blast. Speaking from his hospital bed in Mosul, he said he wanted to go home.",
        ("Aziz", V, A),
    ),
    (
        "Karim Aziz lost a leg in the blast. Speaking from his hospital bed in Mosul, he said he wanted to go home.",
        ("Aziz", L, A),
    ),
    (
        "Andrei Popa spent two nights in a police cell in Iasi.",
        ("Popa", AR, A),
    ),
    (
        "Andrei Popa spent two nights in a police cell in Iasi.",
        ("Popa", L, A),
    ),
    (
        "Elif Kaya, the only survivor of the crash, is in intensive care in Van.",
        ("Kaya", V, A),
    ),
    (
        "Nour Haddad vanished in March. The last time anyone saw her was outside her office in Beirut on March 2.",
        ("Haddad", P, A),
    ),
    pytest.param(
        "The last time anyone in his family saw Emeka Obi was on the night of June 2, when he left for work.",
        ("Obi", P, A),
        marks=KNOWN_GAP,
    ),
    (
        "Jonas Weber, who is serving four years for fraud, wrote to his mother from prison last month.",
        ("Weber", V, A),
    ),
    (
        "Jonas Weber, who is serving four years for fraud, wrote to his mother from prison last month.",
        ("Weber", L, A),
    ),
    # a second batch over all the families, written before its rules were
    (
        "Interviewed by telephone from his cell in Evin prison, Reza Karimi said he had not been charged.",
        ("Karimi", V, A),
    ),
    (
        "Interviewed by telephone from his cell in Evin prison, Reza Karimi said he had not been charged.",
        ("Karimi", L, A),
    ),
    (
        'Asked about his health, Paul Ndege, speaking by phone from Nairobi, said he was "much better".',
        ("Ndege", V, A),
    ),
    (
        'Asked about his health, Paul Ndege, speaking by phone from Nairobi, said he was "much better".',
        ("Ndege", L, A),
    ),
    pytest.param(
        "Lina Park sent a text message to her brother from the ship at 3 a.m.",
        ("Park", V, A),
        marks=KNOWN_GAP,
    ),
    (
        "The hostage, a French engineer named Louis Bernard, telephoned his family from the camp on Sunday.",
        ("Bernard", V, A),
    ),
    (
        "Kofi Mensah survived the ambush by playing dead, police said.",
        ("Mensah", V, A),
    ),
    pytest.param(
        "Six passengers, including the driver, Ali Osman, crawled out of the wreckage alive.",
        ("Osman", V, A),
        marks=KNOWN_GAP,
    ),
    (
        "The teenager, Lea Brun, escaped the flames by jumping from a second-floor window.",
        ("Brun", V, A),
    ),
    (
        "Imran Khalid broke out of the Kandahar jail in 2011 along with 400 other inmates.",
        ("Khalid", ESC, A),
    ),
    pytest.param(
        "Hours after her release, Amal Saeed was driven to the Jordanian border and handed to diplomats.",
        ("Saeed", RE, A),
        marks=KNOWN_GAP,
    ),
    (
        "The freed crew, among them the captain, Ivan Dimitrov, were flown to Mombasa on Thursday.",
        ("Dimitrov", L, A),
    ),
    (
        "Released in a prisoner swap last week, Viktor Shevchuk is now back in Kyiv.",
        ("Shevchuk", RE, A),
    ),
    (
        "Released in a prisoner swap last week, Viktor Shevchuk is now back in Kyiv.",
        ("Shevchuk", L, A),
    ),
    (
        "Peter Moll was held by pirates for nine months off the Somali coast.",
        ("Moll", C, A),
    ),
    (
        "Sara Lind spent 17 months in the hands of an armed gang in the Sahel.",
        ("Lind", C, A),
    ),
    (
        "Sara Lind spent 17 months in the hands of an armed gang in the Sahel.",
        ("Lind", L, A),
    ),
    (
        "After four years as a captive of the cartel, Juan Perez was freed in June.",
        ("Perez", C, A),
    ),
    (
        "After four years as a captive of the cartel, Juan Perez was freed in June.",
        ("Perez", RE, A),
    ),
    (
        "Mikhail Orlov, a political prisoner, has spent six years in a penal colony in Perm.",
        ("Orlov", AR, A),
    ),
    (
        "Mikhail Orlov, a political prisoner, has spent six years in a penal colony in Perm.",
        ("Orlov", L, A),
    ),
    pytest.param(
        "Her lawyer saw Nadia Rahim at the police station in Herat on Monday and said she was well.",
        ("Rahim", P, A),
        marks=KNOWN_GAP,
    ),
    pytest.param(
        "Her lawyer saw Nadia Rahim at the police station in Herat on Monday and said she was well.",
        ("Rahim", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "Her lawyer saw Nadia Rahim at the police station in Herat on Monday and said she was well.",
        ("Rahim", V, A),
    ),
    (
        "Consular staff visited Tom Reed in Insein prison on Friday and found him in good health.",
        ("Reed", P, A),
    ),
    (
        "Consular staff visited Tom Reed in Insein prison on Friday and found him in good health.",
        ("Reed", L, A),
    ),
    (
        "Consular staff visited Tom Reed in Insein prison on Friday and found him in good health.",
        ("Reed", V, A),
    ),
    (
        "Witnesses said they saw Ahmed Bari in a market in Gao a week after his reported death.",
        ("Bari", P, A),
    ),
    (
        "Witnesses said they saw Ahmed Bari in a market in Gao a week after his reported death.",
        ("Bari", L, A),
    ),
    pytest.param(
        "The family has not been allowed to visit Farid Nouri since his arrest.",
        ("Nouri", P, N),
        marks=KNOWN_GAP,
    ),
    (
        "Now 70, Mariam Diallo lives with her grandchildren in Bamako.",
        ("Diallo", L, A),
    ),
    (
        "Ali Hassan, who was freed in 2016, now drives a taxi in Erbil.",
        ("Hassan", L, A),
    ),
    (
        "Today the former rebel commander, Jean Bosco, teaches history at a school in Goma.",
        ("Bosco", L, A),
    ),
    (
        "Yusuf Ali, 58, is alive and well and living in Hargeisa, his daughter said.",
        ("Ali", V, A),
    ),
    (
        "Yusuf Ali, 58, is alive and well and living in Hargeisa, his daughter said.",
        ("Ali", L, A),
    ),
    (
        "Dmitri Sokolov was detained in March and remains in a pre-trial detention centre in Moscow.",
        ("Sokolov", AR, A),
    ),
    (
        "Dmitri Sokolov was detained in March and remains in a pre-trial detention centre in Moscow.",
        ("Sokolov", L, A),
    ),
    (
        "Omar Farouk is still being held at the counter-terrorism unit in Lahore, his brother said.",
        ("Farouk", AR, A),
    ),
    (
        "Omar Farouk is still being held at the counter-terrorism unit in Lahore, his brother said.",
        ("Farouk", L, A),
    ),
    (
        "Three days after her arrest, Aisha Bello remains behind bars in Kano.",
        ("Bello", AR, A),
    ),
    (
        "Three days after her arrest, Aisha Bello remains behind bars in Kano.",
        ("Bello", L, A),
    ),
    (
        "Police locked Tariq Said in a cell at the central station in Basra overnight.",
        ("Said", AR, A),
    ),
    # a third batch over all the families, written before its rules were
    (
        '"I am fine, they feed us," Musa Bello said in a voice note sent to his wife from the camp.',
        ("Bello", V, A),
    ),
    (
        "Speaking to the BBC from a safe house in Kharkiv, Oleh Moroz described the shelling.",
        ("Moroz", L, A),
    ),
    pytest.param(
        "Speaking to the BBC from a safe house in Kharkiv, Oleh Moroz described the shelling.",
        ("Moroz", V, A),
        marks=KNOWN_GAP,
    ),
    (
        "Hana Suzuki called her parents from Narita airport on Tuesday to say she was safe.",
        ("Suzuki", V, A),
    ),
    pytest.param(
        "Hana Suzuki called her parents from Narita airport on Tuesday to say she was safe.",
        ("Suzuki", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "Somehow, Grace Achieng survived three days trapped under the rubble.",
        ("Achieng", V, A),
    ),
    (
        "Of the 40 people on board, only one, a nurse named Rosa Lima, made it out of the burning bus.",
        ("Lima", V, A),
    ),
    # (session 18, claims_whereabouts: a landing in a named town)
    (
        "Freed on Sunday, the two journalists, Marc Dupont and Elsa Berg, landed in Paris on Monday night.",
        ("Dupont", L, A),
    ),
    (
        "Freed on Sunday, the two journalists, Marc Dupont and Elsa Berg, landed in Paris on Monday night.",
        ("Berg", L, A),
    ),
    (
        "Once released, Karim Nassar was escorted to the border and expelled to Jordan.",
        ("Nassar", RE, A),
    ),
    (
        "Nils Strand, who spent 11 months in captivity in Syria, died on Tuesday.",
        ("Strand", C, A),
    ),
    (
        "Nils Strand, who spent 11 months in captivity in Syria, died on Tuesday.",
        ("Strand", L, A),
    ),
    (
        "During her three years in an Iranian jail, Lisa Moore went on hunger strike twice.",
        ("Moore", AR, A),
    ),
    pytest.param(
        "Jorge Diaz was kept chained in a cave by the guerrillas for eight months.",
        ("Diaz", C, A),
        marks=KNOWN_GAP,
    ),
    (
        "Sami Haddad's wife saw him for ten minutes at Saydnaya prison on Thursday.",
        ("Haddad", P, A),
    ),
    pytest.param(
        "Sami Haddad's wife saw him for ten minutes at Saydnaya prison on Thursday.",
        ("Haddad", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "A Red Cross delegate was able to see Pierre Lenoir on Monday and said he was in good health.",
        ("Lenoir", P, A),
    ),
    (
        "A Red Cross delegate was able to see Pierre Lenoir on Monday and said he was in good health.",
        ("Lenoir", V, A),
    ),
    (
        "Villagers reported seeing the rebel leader, Joseph Kony Jr, near the border town of Obo last month.",
        ("Jr", P, A),
    ),
    (
        "These days, Amira Said runs a bakery in Tunis and rarely speaks about her ordeal.",
        ("Said", L, A),
    ),
    (
        "Kenji Mori, 81, still lives in the house in Nagasaki where he was born.",
        ("Mori", L, A),
    ),
    (
        "Ruth Okafor is 45 and works as a nurse in Leeds.",
        ("Okafor", V, A),
    ),
    (
        "Ruth Okafor is 45 and works as a nurse in Leeds.",
        ("Okafor", L, A),
    ),
    (
        "Yuri Danko remains in pre-trial detention in Minsk, his lawyer said.",
        ("Danko", AR, A),
    ),
    (
        "Yuri Danko remains in pre-trial detention in Minsk, his lawyer said.",
        ("Danko", L, A),
    ),
    (
        "Police said Omar Aziz was still in custody at Paddington Green station.",
        ("Aziz", AR, A),
    ),
    (
        "Police said Omar Aziz was still in custody at Paddington Green station.",
        ("Aziz", L, A),
    ),
    (
        "Ana Costa has been in a Venezuelan prison for 14 months.",
        ("Costa", AR, A),
    ),
]

NOT_FOUND = [
    # contact from a place: by phone from X, from a hospital bed, reached by phone
    (
        "Our correspondent Mark Ellison, reporting from Kabul, said Rahim Noori had been freed.",
        ("Ellison", L, A),
    ),
    # survival and escape: out of a fire or a crash lives; an escape from custody is only the escape
    (
        "His deputy, Samir Fadel, escaped by boat during the raid.",
        ("Fadel", V, A),
    ),
    (
        "The prisoners who tried to escape, including Jonah Reid, were shot dead.",
        ("Reid", V, A),
    ),
    # captivity as a period: as a prisoner / hostage of a group, N months in captivity, in a cell
    (
        "Jonas Berg spent four years as a prisoner of the militia in the hills above Bunia.",
        ("Berg", AR, A),
    ),
    (
        "Tom Hale spent four years as a correspondent in Moscow.",
        ("Hale", C, A),
    ),
    (
        "Tom Hale spent four years as a correspondent in Moscow.",
        ("Hale", AR, A),
    ),
    (
        "The surgeon, Paul Amiel, spent the next two years as a prisoner of the Liberation Front.",
        ("Amiel", AR, A),
    ),
    # visits and sightings: allowed to visit and found her thin, seen in a prison yard
    (
        "The minister, Jean Roux, visited Lampedusa on Monday.",
        ("Roux", P, A),
    ),
    # present residence and occupation: is 71 and lives in X, is studying in X now, runs a shop in X
    (
        "Carlos Mendes must remain in Lisbon until the trial, the judge ruled.",
        ("Mendes", L, A),
    ),
    # remaining in custody: remains in the detention centre, placed in the cells of a building in X
    (
        "Lamin Jatta was arrested at his home in Banjul on Thursday morning.",
        ("Jatta", L, A),
    ),
    # more wordings of the same families: a flight back, the only survivor, a police van, a visit
    # (session 19: "flew back to Lisbon to see his mother" gives located_in, README on g323)
    (
        "A Holocaust survivor, Hanna Weiss, died on Sunday at 94.",
        ("Weiss", V, A),
    ),
    (
        "The gang put Lina Haddad in a car and drove off.",
        ("Haddad", AR, A),
    ),
    (
        "The court found Ivo Maric guilty on Friday.",
        ("Maric", V, A),
    ),
    (
        "Pavel Hruby escaped from the prison by climbing over a wall.",
        ("Hruby", V, A),
    ),
    # a second batch over all the families, written before its rules were
    (
        "Reporting from Kyiv, our correspondent Anna Holt said sirens sounded overnight.",
        ("Holt", L, A),
    ),
    (
        "Imran Khalid broke out of the Kandahar jail in 2011 along with 400 other inmates.",
        ("Khalid", V, A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
