"""People a story names only through a group, a list, a count or a relation (issue 6,
the "unknown-subject" misses): short stories written for this test about fictional
people, each with the (subject, predicate) pairs its affirmed claims must hold and those they
must not. A subject with a space is the full name; one word is a word of the subject's name.

The inventory varies over: a bare count taken up by a list or an "including" (c); "among" and
"the dead included" partitives (a); lists after a colon, a dash or an inverted copula (l);
"his client" for the lawyer who speaks (w); "the other two", "a second man", "a third" (o);
relatives named by relation and then by name (k); people named by a given name or a title and
a surname only (g); a person described before being named (d); and the named people of a
story that must not take an unnamed person's claim (x). Styles: round-up, police brief,
disaster, court, hostage story."""

from __future__ import annotations

from typing import Any

import pytest
from subject_rows import subject_test

K, W, R, C, F, L, P, LC = (
    "killed",
    "wounded",
    "arrested",
    "captured",
    "released",
    "alive",
    "located_in",
    "leadership_change",
)

ROWS: list[Any] = [
    # --- a bare count taken up by a list or "including" (c) ---
    (
        "c01",
        "Dozens were injured in a crush at the stadium in Kumasi on Saturday, including a 14-year-old girl, Abena Mensah, and her father, Kofi Mensah.\n\nPolice said three people were killed: Yaw Boateng, Kwame Asante and Efua Owusu.",
        [("Abena Mensah", W), ("Kofi Mensah", W), ("Boateng", K), ("Asante", K), ("Owusu", K)],
        [],
    ),
    (
        "c02",
        "Three were killed when the roof of the covered market in Mopti gave way on Thursday: Amadou Sangaré, a trader; his wife, Mariam Sangaré; and a porter, Issa Coulibaly. Seven others were hurt.",
        [("Amadou Sangaré", K), ("Mariam Sangaré", K), ("Coulibaly", K)],
        [],
    ),
    (
        "c03",
        "Gunmen stormed a wedding party near Zamfara on Friday night. Four guests were shot dead, among them the groom's uncle, Bello Yakubu.\n\nTwelve others were abducted, including the bride's cousin, Hauwa Sani, the police commissioner said.",
        [("Yakubu", K), ("Sani", C)],
        [],
    ),
    (
        "c04",
        "Eleven people were hurt when a minibus overturned outside Kisumu, including the driver, Tom Ochieng, who was trapped for an hour.",
        [("Ochieng", W)],
        [],
    ),
    (
        "c05",
        "Five men were arrested after the raid in Tetouan, among them a former customs officer, Rachid Benali. Police said the others were not known to them.",
        [("Benali", R)],
        [],
    ),
    (
        "c06",
        "Two died at the scene, police said. They were Gareth Lloyd, 58, and his neighbour Alun Pryce, 61, who had both gone out to check on their sheep.",
        [("Lloyd", K), ("Pryce", K)],
        [],
    ),
    (
        "c07",
        "A fire swept through a hostel in Lodz early on Sunday. Six residents died and nine were injured, including Krzysztof Wrona, 19, who jumped from a second-floor window.",
        [("Wrona", W)],
        [("Wrona", K)],
    ),
    (
        "c08",
        "Nine fishermen were rescued after two days adrift off Mindanao, the coast guard said on Monday. All nine, including the boat's captain, Rodel Abaya, were in stable condition.",
        [("Abaya", L)],
        [],
    ),
    # --- "among" and "the dead included" partitives (a) ---
    (
        "a01",
        "Gunmen abducted at least eleven worshippers from a church in Kaduna state on Sunday. Among those taken was Father Tomasz Nowak, a Polish priest who has run the mission since 2009.",
        [("Nowak", C)],
        [],
    ),
    (
        "a02",
        "A suicide bomber killed at least nine people at a bus station in Herat on Wednesday. The dead included Hamid Karimi, a shopkeeper, and Reza Ahmadi, a teacher, the provincial governor said.",
        [("Karimi", K), ("Ahmadi", K)],
        [],
    ),
    (
        "a03",
        "Lucia Fernández, a nurse at the clinic, was among the dead, her sister told reporters.",
        [("Fernández", K)],
        [],
    ),
    (
        "a04",
        "Floodwaters swept through the valley overnight. Among the missing are a shepherd, Gheorghe Popa, and his two grandsons.",
        [("Popa", "other:missing")],
        [],
    ),
    (
        "a05",
        "Riot police detained dozens of students outside the parliament. Among them was Nilufar Rashidova, the daughter of an opposition deputy, her mother said.",
        [("Rashidova", R)],
        [],
    ),
    (
        "a06",
        "At least 30 people were wounded in the blast. Among the injured were two journalists, Omar Haddad and Lina Saab.",
        [("Haddad", W), ("Saab", W)],
        [],
    ),
    (
        "a07",
        "The survivors included Jonah Tuilagi, a fisherman from Apia, who clung to a fuel drum for nine hours.",
        [("Tuilagi", L)],
        [],
    ),
    (
        "a08",
        "Rebels freed 14 hostages on Tuesday. Among the freed was Ingrid Dahl, a Norwegian nurse seized in March.",
        [("Dahl", F)],
        [],
    ),
    (
        "a09",
        "Three police officers were killed in the attack on the checkpoint. One of the dead was Sergeant Karim Mansouri, 29, the ministry said.",
        [("Mansouri", K)],
        [],
    ),
    (
        "a10",
        "Also arrested was Viktor Sokolov, a former deputy mayor of the city, prosecutors said.",
        [("Sokolov", R)],
        [],
    ),
    # --- lists after a colon, a dash or an inverted copula (l) ---
    (
        "l01",
        "The hospital released the names of the injured on Tuesday. The injured are: Peter Otieno, 34, a taxi driver; Grace Wanjiru, 19, a student; and Samuel Kiprop, 52.",
        [("Otieno", W), ("Wanjiru", W), ("Kiprop", W)],
        [],
    ),
    (
        "l02",
        "Killed were Hassan Jaber, 40, Sami Jaber, 17, and Nour Khalil, 23, the health ministry said.",
        [("Hassan Jaber", K), ("Sami Jaber", K), ("Khalil", K)],
        [],
    ),
    (
        "l03",
        "The hostages - Marco Bellini, Sven Larsen and Ahmed Farouk - were freed on Sunday after 93 days in captivity.",
        [("Bellini", F), ("Larsen", F), ("Farouk", F)],
        [],
    ),
    (
        "l04",
        "Police have named the two men killed in the crash on the A9 as Callum Fraser, 22, and Ewan McLeod, 24, both from Inverness.",
        [("Fraser", K), ("McLeod", K)],
        [],
    ),
    (
        "l05",
        "Three activists were detained at dawn on Friday: Yerlan Abenov, Dana Sultanova and Timur Ospanov. Their lawyer said they were being held at the city police headquarters.",
        [("Abenov", R), ("Sultanova", R), ("Ospanov", R)],
        [],
    ),
    (
        "l06",
        "The victims have been identified as Maria Lopes, 67, and her granddaughter, Beatriz Lopes, 8, the fire service said.",
        [("Maria Lopes", K), ("Beatriz Lopes", K)],
        [],
    ),
    (
        "l07",
        "The three crew members still held by the pirates are the ship's cook, Ramil Santos; an engineer, Joel Dizon; and the second officer, Arnel Cruz.",
        [("Santos", C), ("Dizon", C), ("Cruz", C)],
        [],
    ),
    (
        "l08",
        "Two people were wounded in the shooting in Malmo on Saturday night: a 31-year-old man, Amir Hosseini, and a passer-by, Elin Berg.",
        [("Hosseini", W), ("Berg", W)],
        [],
    ),
    # --- "his client" for the speaking lawyer (w) ---
    (
        "w01",
        "The activist Marek Zielinski was detained on Friday. His lawyer, Piotr Wojcik, said his client was being held at a police station in Gdansk and had not been charged.",
        [("Zielinski", R), ("Zielinski", P)],
        [("Wojcik", P), ("Wojcik", R)],
    ),
    (
        "w02",
        "Rights lawyer Amal Nasser said on Monday that her client, the blogger Tarek Salem, had been moved to Tora prison without notice.",
        [("Salem", P)],
        [("Nasser", P)],
    ),
    (
        "w03",
        "Journalist Ana Duarte has been in pre-trial detention since June.\n\n\"My client is being held in solitary confinement,\" her lawyer, Rui Pinto, told the court on Wednesday.",
        [("Duarte", R)],
        [("Pinto", R)],
    ),
    # --- "the other two", "a second man", "a third" (o) ---
    (
        "o01",
        "Four miners were trapped when the shaft flooded at Obuasi on Monday. Rescuers pulled out Kojo Badu and Yaw Darko alive on Wednesday.\n\nThe bodies of the other two, Kwesi Appiah and Nana Agyeman, were recovered on Friday.",
        [("Badu", L), ("Darko", L), ("Appiah", K), ("Agyeman", K)],
        [],
    ),
    (
        "o02",
        "Police in Leeds arrested a 23-year-old man, Daniel Hughes, on Tuesday. A second man, Ryan Cole, 25, was arrested on Wednesday, and a third suspect remains at large.",
        [("Hughes", R), ("Cole", R)],
        [],
    ),
    (
        "o03",
        "Two of the kidnapped engineers, Li Wei and Zhang Hao, were released on Thursday. The other two, Chen Bo and Wang Lei, are still being held, the embassy said.",
        [("Li Wei", F), ("Zhang Hao", F), ("Chen Bo", C), ("Wang Lei", C)],
        [("Chen Bo", F), ("Wang Lei", F)],
    ),
    (
        "o04",
        "One hiker, Tomas Novak, was found dead at the foot of the ridge. A second, Jan Dvorak, was airlifted to hospital in Innsbruck with a broken leg.",
        [("Novak", K), ("Dvorak", W)],
        [("Dvorak", K)],
    ),
    (
        "o05",
        "The first victim, Alice Martin, 71, died at the scene. A third person, Paul Girard, died in hospital on Sunday.",
        [("Martin", K), ("Girard", K)],
        [],
    ),
    # --- relatives named by relation and then by name (k) ---
    (
        "k01",
        "The shelling killed a farmer, Arsen Grigoryan, on Tuesday and wounded his brother, a teacher, Levon Grigoryan.",
        [("Arsen Grigoryan", K), ("Levon Grigoryan", W)],
        [("Levon Grigoryan", K)],
    ),
    (
        "k02",
        "Ahmed Salem and his wife were wounded when the shell hit their house. Their son Omar, 7, was killed.",
        [("Ahmed Salem", W), ("Omar", K)],
        [("Ahmed Salem", K)],
    ),
    (
        "k03",
        "Mrs Okafor said her husband, Chidi, was taken by gunmen from their farm on Friday evening.",
        [("Chidi", C)],
        [("Okafor", C)],
    ),
    (
        "k04",
        "The journalist Karim Benali was arrested in Algiers on Tuesday. His brother, Yacine, a student, was detained the next day, their mother said.",
        [("Benali", R), ("Yacine", R)],
        [],
    ),
    (
        "k05",
        "Survivors of the ferry sinking include a mother and her daughter, Rosa and Clara Mendes, who were pulled from the water by fishermen.",
        [("Mendes", L)],
        [],
    ),
    (
        "k06",
        "The cartel boss's son, Julio Arce, was arrested in Culiacan on Monday, the army said. His father remains at large.",
        [("Arce", R)],
        [],
    ),
    (
        "k07",
        "Hamza Oduya, 60, and his son Tunde, 12, were among six people injured in the blast in Maiduguri.",
        [("Oduya", W), ("Tunde", W)],
        [],
    ),
    (
        "k08",
        "Her husband, a pilot named Erik Lund, was killed in the crash, the airline said.",
        [("Lund", K)],
        [],
    ),
    (
        "k09",
        "Nadia Haddad's husband was detained at the airport on Monday. She named him as Fares Haddad, a 41-year-old engineer.",
        [("Fares Haddad", R)],
        [("Nadia Haddad", R)],
    ),
    (
        "k10",
        "Her son was killed in the shelling on Monday. Amira Saleh said her son had been on his way to school.",
        [],
        [("Saleh", K)],
    ),
    # --- given names and title + surname (g) ---
    (
        "g01",
        "The Polish priest Tomasz Nowak was seized by gunmen in May.\n\nFather Tomasz was freed on Monday, the diocese said in a statement.",
        [("Nowak", C), ("Nowak", F)],
        [],
    ),
    (
        "g02",
        "Grace Okafor, 44, was shot in the leg in the attack on the bus. Mrs Okafor is recovering in hospital in Enugu, her pastor said.",
        [("Okafor", W), ("Okafor", L)],
        [],
    ),
    (
        "g03",
        "Two girls, Amina and Zainab, were taken from the school by the gunmen, a teacher said. Amina escaped on Thursday and walked to a nearby village.",
        [("Amina", C), ("Zainab", C)],
        [],
    ),
    (
        "g04",
        "Dr Ruth Achieng had run the clinic for a decade. On Monday Dr Achieng was kidnapped on the road to Garissa, police said.",
        [("Achieng", C)],
        [],
    ),
    # --- a person described before being named (d) ---
    (
        "d01",
        "A 12-year-old boy was killed when a shell hit a school in Horlivka on Monday. Local officials named him as Artem Bondarenko.",
        [("Bondarenko", K)],
        [],
    ),
    (
        "d02",
        "A British aid worker was abducted in northern Mali on Saturday, officials said. The woman, named by her employer as Helen Carter, 38, was seized near Menaka.",
        [("Carter", C)],
        [],
    ),
    (
        "d03",
        "A man has died after being stabbed outside a nightclub in Cardiff. He has been named as Liam Evans, 27, from Barry.",
        [("Evans", K)],
        [],
    ),
    (
        "d04",
        "A young woman who went missing on the mountain on Sunday has been found alive. Chloe Dubois, 24, was found by a helicopter crew near the summit, the police said.",
        [("Dubois", L)],
        [],
    ),
    (
        "d05",
        "The militia has a new commander. The man chosen by its council on Friday is Abdirahman Farah, a former deputy of the late leader.",
        [("Farah", LC)],
        [],
    ),
    (
        "d06",
        "A prison guard was killed and two inmates escaped during the riot. The guard was identified as Sergio Rojas, a father of three.",
        [("Rojas", K)],
        [],
    ),
    # --- round-up, court and hostage styles (mixed) ---
    (
        "r01",
        "In Sokoto, gunmen kidnapped two traders, Musa Abubakar and Sani Lawal, on the Gusau road. In Kano, police arrested three men over the killing of a vigilante, Garba Idris.",
        [("Abubakar", C), ("Lawal", C), ("Idris", K)],
        [],
    ),
    (
        "r02",
        "The court convicted four of the defendants and acquitted two, Farid Aziz and Samir Bakri, who were freed after the hearing.",
        [("Aziz", F), ("Bakri", F)],
        [],
    ),
    (
        "r03",
        "Of the six aid workers seized in April, two - Paula Reyes and Jean Mbeki - have been released. The rest, including the team leader, Hugo Blanc, are believed to be held in the Ituri forest.",
        [("Reyes", F), ("Mbeki", F), ("Blanc", P)],
        [],
    ),
    (
        "r04",
        "The party named a new leadership on Saturday. Its new chairman is Daniel Moyo, and his deputy is Ruth Chanda.",
        [("Moyo", LC)],
        [],
    ),
    (
        "r05",
        "Both brothers, Ali and Hassan Nouri, were detained at the airport on their return from Istanbul, a relative said.",
        [("Nouri", R)],
        [],
    ),
    (
        "r06",
        "Those freed on Wednesday were the ship's master, Captain Dmitri Orlov, and two deckhands, Pavel Ivanov and Oleg Petrov.",
        [("Orlov", F), ("Ivanov", F), ("Petrov", F)],
        [],
    ),
    # --- dense stories over several paragraphs (b) ---
    (
        "b01",
        "Gunmen opened fire on a bus carrying market traders near Bunia on Tuesday, killing four people and wounding eleven, a local official said.\n\nThe dead included the driver, Jean-Pierre Mukendi, 45, and a mother of three, Esther Kahindo. The wounded, among them a nine-year-old boy, Josue Baraka, were taken to the general hospital in Bunia.\n\nA second bus escaped the ambush.",
        [("Mukendi", K), ("Kahindo", K), ("Baraka", W)],
        [("Mukendi", W)],
    ),
    (
        "b02",
        "Rescue teams recovered three more bodies from the river on Thursday, bringing the flood's death toll to nine. Among them were two sisters, Ana and Marta Silva, aged 7 and 10.\n\nFour people are still missing, including a farmer, Joao Pereira, who was swept away trying to save his cattle.",
        [("Silva", K), ("Pereira", "other:missing")],
        [],
    ),
    (
        "b03",
        "Police said on Monday they had arrested four men over the robbery of a jewellery shop in Antwerp. Two of them, Bram Peeters and Jonas Claes, were charged on Tuesday and remanded in custody.\n\nThe other two were released without charge.",
        [("Peeters", R), ("Claes", R)],
        [("Peeters", F), ("Claes", F)],
    ),
    (
        "b04",
        "The kidnappers freed three of the seven hostages on Saturday. The three - a nurse, Amal Idris, and two drivers, Osman Ali and Yusuf Nur - were handed to village elders near Baidoa.\n\nThe other four remain captive, the elders said.",
        [("Idris", F), ("Ali", F), ("Nur", F)],
        [],
    ),
    (
        "b05",
        "Two brothers, Karim and Nabil Haddad, were detained at a checkpoint outside Tripoli on Friday, their father said. Karim, 24, was released on Sunday. Nabil is still being held at a military base near the airport.",
        [("Karim", R), ("Nabil", R), ("Karim", F)],
        [("Nabil", F)],
    ),
    (
        "b06",
        "A landslide buried six homes in the village of Kalimpong overnight. Firefighters pulled a woman, Priya Gurung, 31, from the mud alive on Wednesday morning. Her husband and their two children are missing.",
        [("Gurung", L)],
        [],
    ),
    (
        "b07",
        "Two aid workers were kidnapped in South Kivu last month. One of them, a Belgian doctor, Luc Janssens, was freed on Friday. The other, a Congolese nurse, Aline Mwamba, is still being held, the charity said.",
        [("Janssens", C), ("Mwamba", C), ("Janssens", F)],
        [("Mwamba", F)],
    ),
    (
        "b08",
        "The court in Almaty sentenced three journalists on Wednesday. Two of them, Arman Zhakenov and Saule Ibraeva, were jailed for five years. The third, Daniyar Kaliev, received a suspended sentence and was freed in the courtroom.",
        [("Kaliev", F)],
        [("Zhakenov", F), ("Ibraeva", F)],
    ),
    (
        "b09",
        "Three climbers were caught by the avalanche on Mont Blanc. The first, Pierre Lambert, dug himself out and raised the alarm. A second, Hugo Morel, was found alive under a metre of snow. The third, Julien Roux, died at the scene.",
        [("Morel", L), ("Roux", K)],
        [("Lambert", K), ("Morel", K)],
    ),
    (
        "b10",
        "Ten people were hurt when a gas cylinder exploded at a restaurant in Lahore on Friday, including the owner, Tariq Mehmood, and his cook, Bilal Ahmed, police said. Mehmood later died of his burns.",
        [("Mehmood", W), ("Ahmed", W), ("Mehmood", K)],
        [("Ahmed", K)],
    ),
    (
        "b11",
        "Soldiers detained several opposition activists in Conakry on Thursday, among them the party's youth leader, Mamadou Bah, and its spokeswoman, Fatoumata Camara.",
        [("Bah", R), ("Camara", R)],
        [],
    ),
    (
        "b12",
        "The pirates released the tanker's crew of 19 on Monday. The ship's master, Captain Nikos Papadakis, said in a message to his family that all were unhurt.",
        [],
        [("Papadakis", K)],
    ),
    (
        "b13",
        "Among the five people arrested on Sunday were a local councillor, Ivan Horvat, and his son, Marko, prosecutors said.",
        [("Horvat", R), ("Marko", R)],
        [],
    ),
    (
        "b14",
        "Six miners have been rescued from the collapsed shaft in Zacatecas. The last two to be brought up, Raul Mendoza and Efrain Ortiz, had been trapped for five days.",
        [],
        [("Mendoza", K), ("Ortiz", K)],
    ),
    (
        "b15",
        "Police named the three men arrested after the riot as Dylan Hart, 19, Kyle Moss, 22, and Lewis Grant, 20. All three were released on bail on Saturday.",
        [("Hart", R), ("Moss", R), ("Grant", R), ("Hart", F), ("Moss", F), ("Grant", F)],
        [],
    ),
    (
        "b16",
        "Villagers said the militiamen took away twelve men, among them the village chief, Sadou Maiga. Eight were released the next day.\n\nMaiga and three others are still missing, his son said.",
        [("Maiga", C), ("Maiga", "other:missing")],
        [],
    ),
    (
        "b17",
        "The health ministry said 14 people had died in the attack. It named two of the victims as Farid Noori, a student, and Wahid Saberi, a taxi driver.",
        [("Noori", K), ("Saberi", K)],
        [],
    ),
    (
        "b18",
        "Ruth Mensah, 67, and her grandson were at the market when the bomb went off. The boy, Kwabena, was killed instantly. Mrs Mensah was wounded in the arm.",
        [("Kwabena", K), ("Mensah", W)],
        [("Mensah", K)],
    ),
    (
        "b19",
        "A second suspect, named by police as Ahmet Yilmaz, was detained at his home in Izmir on Saturday.",
        [("Yilmaz", R)],
        [],
    ),
    (
        "b20",
        "The militia released a video of three captured soldiers on Monday. The army identified them as Sergeant Paul Otim, Private Denis Okello and Private Moses Ouma.",
        [("Otim", C), ("Okello", C), ("Ouma", C)],
        [],
    ),
    # --- groups and kin taken up across sentences and paragraphs (t) ---
    (
        "t01",
        "Three journalists, Sara Novak, Emil Horvat and Iva Babic, were detained at the border on Monday.\n\nThe three are being held at a police station in Subotica, their editor said.",
        [("Novak", P), ("Horvat", P), ("Babic", P)],
        [],
    ),
    (
        "t02",
        "The family of four - Omar Khalil, his wife Rania and their two sons - had been missing since the quake.\n\nAll four are alive, a cousin said on Thursday after rescuers reached the village.",
        [("Khalil", L), ("Rania", L)],
        [],
    ),
    (
        "t03",
        "The commander, Abu Bakr al-Tikriti, was killed in an air strike on Friday, the group said. His deputy, Harun Saleh, has taken over.",
        [("Saleh", LC), ("al-Tikriti", K)],
        [],
    ),
    (
        "t04",
        "The rebel leader's eldest son, Yusuf Garang, was named the movement's new chairman on Sunday, a week after his father died of a heart attack.",
        [("Garang", LC)],
        [],
    ),
    (
        "t05",
        "Fishermen found two of the missing sailors, Ramon Cruz and Dante Reyes, clinging to a buoy on Tuesday. Both were dehydrated but alive.",
        [("Cruz", L), ("Reyes", L)],
        [],
    ),
    (
        "t06",
        "A teacher and her pupil were shot on the way to school in Quetta. The teacher, Nasreen Baloch, died in hospital. The girl, Hina, 11, was wounded in the shoulder.",
        [("Baloch", K), ("Hina", W)],
        [("Hina", K), ("Baloch", W)],
    ),
    (
        "t07",
        "Gunmen seized two French engineers, Paul Mercier and Louis Garnier, from a construction site near Agadez on Wednesday.\n\nThe two men are believed to be held in the Air mountains, a security source said.",
        [("Mercier", C), ("Garnier", C), ("Mercier", P), ("Garnier", P)],
        [],
    ),
    (
        "t08",
        "Police in Nairobi said they had rescued a kidnapped businessman, David Kamau, and arrested his three captors on Saturday. One of them, Peter Njoroge, was shot in the leg during the raid.",
        [("Kamau", F), ("Njoroge", W)],
        [("Kamau", W)],
    ),
    (
        "t09",
        "Six people were killed when a tanker exploded on the highway near Onitsha. Among the dead was the tanker's driver, Musa Danladi, the road safety agency said.\n\nHis assistant, Ibrahim Sule, survived with burns.",
        [("Danladi", K), ("Sule", L)],
        [("Sule", K)],
    ),
    (
        "t10",
        "The court in Tunis jailed five activists on Thursday. The defendants included Amira Bouzid, a blogger, and Sami Trabelsi, a trade unionist.",
        [("Bouzid", R), ("Trabelsi", R)],
        [],
    ),
    (
        "t11",
        "Her two brothers, Khaled and Tarek, were arrested in 2019. Khaled was freed last year. Tarek remains in Saydnaya prison, she said.",
        [("Khaled", R), ("Tarek", R), ("Khaled", F), ("Tarek", P)],
        [("Tarek", F)],
    ),
    (
        "t12",
        "Two soldiers were wounded in the ambush. One of them, Corporal Jean Mbala, was flown to Goma for surgery, the army said.",
        [("Mbala", W), ("Mbala", P)],
        [],
    ),
    # --- casualty lists of disasters: survivors, parts of the injured, crews (v) ---
    (
        "v01",
        "The pirates are holding six crew members: the captain, Ivan Petrov; the cook, Ramil Santos; and four deckhands.",
        [("Petrov", C), ("Santos", C)],
        [],
    ),
    (
        "v02",
        "The boat capsized off Lesbos on Sunday. The survivors are Ahmad Rahimi, 17, his cousin Jawad, 15, and a Syrian woman, Layla Hamdan.",
        [("Rahimi", L), ("Jawad", L), ("Hamdan", L)],
        [],
    ),
    (
        "v03",
        "Twelve people were taken to hospital. Five of the injured are in critical condition, including a nine-year-old girl, Aisha Bello, doctors said.",
        [("Bello", W), ("Bello", L)],
        [],
    ),
    (
        "v04",
        "Nine people were wounded in the blast at the market in Maiduguri. Three of them, including a trader, Usman Bukar, were in a serious condition.",
        [("Bukar", W), ("Bukar", L)],
        [],
    ),
    (
        "v05",
        "The two survivors, Kemal Aydin and his nephew Emre, were treated for hypothermia.",
        [("Aydin", L), ("Emre", L)],
        [],
    ),
    (
        "v06",
        "Also hurt were the bus conductor, Kofi Annor, and a passenger, Ama Serwaa.",
        [("Annor", W), ("Serwaa", W)],
        [],
    ),
    (
        "v07",
        "Maria Costa, 52, and her daughter Ines, 19, were among those pulled alive from the rubble on Thursday.",
        [("Costa", L), ("Ines", L)],
        [],
    ),
    (
        "v08",
        "Two climbers died on the mountain. Their guide, Tenzing Sherpa, survived.",
        [("Sherpa", L)],
        [("Sherpa", K)],
    ),
    # --- a described person named by a participle (n) ---
    (
        "n01",
        "A taxi driver named Hamza Idrissi was injured in the attack.",
        [("Idrissi", W)],
        [],
    ),
    (
        "n02",
        "A woman identified by police as Mary Wanjiku was arrested at the scene.",
        [("Wanjiku", R)],
        [],
    ),
    (
        "n03",
        "A man called Tom Baker was killed in the crash, the coroner said.",
        [("Baker", K)],
        [],
    ),
    (
        "n04",
        "The opposition named Elena Marquez as its interim leader after its founder, Julio Pacheco, was jailed last month.",
        [("Marquez", LC)],
        [("Marquez", R)],
    ),
    (
        "v09",
        "The dead, Juma Otieno and Peter Ouma, were buried in Kisumu on Sunday.",
        [("Otieno", K), ("Ouma", K), ("Ouma", "other:bury")],
        [],
    ),
    # --- named people that must not take an unnamed person's claim (x) ---
    (
        "x01",
        "A driver was killed when the convoy hit a mine near Kidal. Colonel Ibrahim Touré said the rest of the patrol was unhurt.",
        [],
        [("Touré", K)],
    ),
    (
        "x02",
        "Two children were injured in the fire, the fire chief, Mark Jensen, said. Their mother, Sofie Holm, was treated for smoke inhalation.",
        [],
        [("Jensen", W)],
    ),
    (
        "x03",
        "The mayor, Luis Ortega, visited the families of the three men killed in the landslide on Tuesday.",
        [],
        [("Ortega", K)],
    ),
]

# Rows not read yet, by id: the reason (each row stays, marked a known gap)
GAPS = {
    "t02": "'All four' over a family listed with two unnamed sons ('Omar Khalil, his wife Rania and their two sons'): the count takes up named and unnamed members",
    "d05": "'The man chosen by its council is X': a copula naming a leader after a described choice",
    "r01": "'over the killing of a vigilante, X': the parser hangs the name on the verb",
}


def _marked(row: Any) -> Any:
    if row[0] in GAPS:
        return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=GAPS[row[0]]))
    return row


test_claim_subjects = subject_test([_marked(r) for r in ROWS])
