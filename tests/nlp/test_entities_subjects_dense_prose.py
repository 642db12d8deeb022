"""Whose claim it is in dense prose (issue 6): the entity stage gives each role
noun, pronoun, kin noun and given name to the person it means, never to the speaker quoted
about that person. Snippets written for this test about fictional people, in many registers
(wire, police brief, live blog, transcript, feature, sports copy): text -> claims that must be
found and claims that must not, each as (subject, predicate), affirmed. A subject with a space
is the full name (relatives share a surname); one word is a word of the subject's name.

The constructions: a role noun that points back ("the player" for a striker, "the surgeon",
"the detainee" / "the inmate" for a prisoner, "the 16-year-old"); "the teenager", "the girl",
"the boy" for the one person given an age that noun allows; a pronoun whose antecedent is the
story's person, not the official or relative who speaks ("The army's spokesman, Captain X, said
he was alive", also when the speaker's noun is "the army's spokesman" / "a coalition
spokesman"); a third-person pronoun inside a quotation is never the quotation's own speaker
('"He is tired, but he is fine," Y said'); the object of "to" / "of" / "about" / "for" in a
clause is not the clause's subject ("The camp commander, a man the guards called X, was in
charge of her"); a kin noun named through a role noun in apposition ("Her husband, the
activist X, ... her husband"); kin of the same surname; pronouns across paragraph breaks and
quotes; given-name-only mentions; the speaker's own pronoun inside indirect speech ("Major X
said he had been wounded"); named people in lists and relative clauses ("Among them is the
student leader X, 24, who was arrested")."""

from __future__ import annotations

from subject_rows import Pair, subject_test

ROWS: list[tuple[str, str, list[Pair], list[Pair]]] = [
    (
        "a1",
        "Striker Kofi Mensah was arrested at Accra airport on Tuesday. The club's coach, Daniel Osei, said he had spoken to the player on Wednesday night. The player was released on bail on Thursday.",
        [("Mensah", "arrested"), ("Mensah", "released")],
        [("Osei", "released"), ("Osei", "arrested")],
    ),
    (
        "a2",
        "Dr Leila Farouk, a surgeon at the city hospital, was abducted outside her clinic on Monday. Her colleague Samir Nader said the surgeon had received threats for weeks. The surgeon was freed on Saturday, police said.",
        [("Farouk", "captured"), ("Farouk", "released")],
        [("Nader", "released")],
    ),
    (
        "a3",
        "The activist Tomas Reyes has been held without charge since March. His lawyer, Ines Galvan, visited the detainee in La Modelo prison on Friday.",
        [("Reyes", "arrested")],
        [("Galvan", "arrested"), ("Galvan", "located_in")],
    ),
    (
        "a4",
        "A 16-year-old boy, Jamal Idris, was stabbed near his school on Friday. His headteacher, Paul Grant, said the 16-year-old was popular with staff. The teenager died in hospital on Saturday.",
        [("Idris", "wounded"), ("Idris", "killed")],
        [("Grant", "killed")],
    ),
    (
        "a5",
        "The midfielder Carlos Duarte was detained by immigration officers in Lisbon. His agent, Rui Matos, told reporters the midfielder was being held at the airport.",
        [("Duarte", "arrested"), ("Duarte", "located_in")],
        [("Matos", "located_in")],
    ),
    (
        "a6",
        "Pilot Anna Berg was captured after her plane came down near the border. The army's spokesman, Colonel Erik Lund, said the pilot was alive.",
        [("Berg", "captured"), ("Berg", "alive")],
        [("Lund", "alive")],
    ),
    (
        "a7",
        "Reporter Hana Sato went missing in the north last week. Her editor, Ken Mori, said the reporter had been seen alive in Kunar on Sunday.",
        [("Sato", "alive")],
        [("Mori", "alive")],
    ),
    (
        "a8",
        "The rebel commander Ibrahim Tall was killed in an air strike, the army said. His deputy, Moussa Keita, took over the group, a spokesman said. The commander was buried on Sunday.",
        [("Tall", "killed"), ("Keita", "leadership_change")],
        [("Keita", "killed")],
    ),
    (
        "a9",
        "Farmer Jan de Wit, 62, was shot on his land on Sunday. A neighbour, Piet Bos, said he found the farmer lying in the yard. The 62-year-old died on the way to hospital.",
        [("Wit", "wounded"), ("Wit", "killed")],
        [("Bos", "killed")],
    ),
    (
        "a10",
        "Blogger Nguyen Van Long was arrested in Hanoi on Friday. A friend, Tran Minh, said the blogger had been taken to a police station in Dong Da district.",
        [("Long", "arrested")],
        [("Minh", "arrested")],
    ),
    (
        "a11",
        "Prisoner Omar Haddou escaped from Blida jail on Sunday. The prison's governor, Karim Belaid, said the inmate was recaptured hours later.",
        [("Haddou", "other:escape"), ("Haddou", "arrested")],
        [("Belaid", "arrested")],
    ),
    (
        "a12",
        "Student Aisha Bello was among 30 people detained at the protest. Her roommate, Grace Nwosu, said the student was released late on Monday.",
        [("Bello", "arrested"), ("Bello", "released")],
        [("Nwosu", "released")],
    ),
    (
        "b1",
        "The opposition leader Musa Kante was detained at dawn. His spokesman, Amadou Diallo, said he had not been told where he was being held.",
        [("Kante", "arrested")],
        [("Diallo", "arrested")],
    ),
    (
        "b2",
        "The aid worker Emma Hart was kidnapped in May. Her brother, Luke Hart, said on Friday that she was alive and had called the family.",
        [("Emma Hart", "captured"), ("Emma Hart", "alive")],
        [("Luke Hart", "alive")],
    ),
    (
        "b3",
        "The journalist Pavel Orlov has been held in Lefortovo since January. His wife, Irina, said he had lost weight and was allowed no visits.",
        [("Orlov", "arrested")],
        [("Irina", "arrested")],
    ),
    (
        "b4",
        "General Samuel Obi was reported killed in an ambush on Tuesday. The army's spokesman, Captain John Eze, said on Wednesday that he was alive and in Abuja.",
        [("Obi", "alive")],
        [("Eze", "alive"), ("Eze", "located_in")],
    ),
    (
        "b5",
        "Student leader Yasmin Haddad was arrested on Monday. Her lawyer, Karim Saleh, said she was being held at a police station in Tunis.",
        [("Haddad", "arrested"), ("Haddad", "located_in")],
        [("Saleh", "located_in")],
    ),
    (
        "b6",
        "Police said Mark Doyle, 35, was shot in the leg on Saturday night. A witness, Sean Kelly, said he had seen him fall outside the pub.",
        [("Doyle", "wounded")],
        [("Kelly", "wounded")],
    ),
    (
        "b7",
        "Engineer Rafael Cruz was abducted on the road to Maiduguri. The company's director, Helen Park, said he was believed to be held in the Sambisa forest.",
        [("Cruz", "captured"), ("Cruz", "located_in")],
        [("Park", "located_in")],
    ),
    (
        "b8",
        "The former minister Alain Roux was released from prison on Thursday. Speaking outside, his lawyer Claire Vidal said he would appeal.",
        [("Roux", "released")],
        [("Vidal", "released")],
    ),
    (
        "c1",
        "Ousmane Salifou, 19, was shot dead at a checkpoint. Salifou's father, Ali Salifou, said he had recognised his son from a photograph.",
        [("Ousmane Salifou", "killed")],
        [("Ali Salifou", "killed")],
    ),
    (
        "c2",
        "Nadia Karimi, a teacher, was arrested on Sunday. Her husband, Reza Karimi, said she was taken from their home by men in plain clothes.",
        [("Nadia Karimi", "arrested")],
        [("Reza Karimi", "arrested")],
    ),
    (
        "c3",
        "Peter Okafor was kidnapped in Enugu on Friday. His brother, James Okafor, told reporters he had paid a ransom and that Peter was freed on Sunday.",
        [("Peter Okafor", "captured"), ("Peter Okafor", "released")],
        [("James Okafor", "released"), ("James Okafor", "captured")],
    ),
    (
        "c4",
        "Lina Haddad, 24, was detained at the border. Her mother, Rania Haddad, said she had not been allowed to see her daughter.",
        [("Lina Haddad", "arrested")],
        [("Rania Haddad", "arrested")],
    ),
    (
        "c5",
        "Farid Azizi died in custody on Tuesday. His sister, Layla Azizi, said the family had last seen him in March.",
        [("Farid Azizi", "killed")],
        [("Layla Azizi", "killed")],
    ),
    (
        "c6",
        "Joseph Banda was killed in the crash. His son, Michael Banda, was injured and taken to Kamuzu Central Hospital.",
        [("Joseph Banda", "killed"), ("Michael Banda", "wounded")],
        [("Joseph Banda", "wounded"), ("Michael Banda", "killed")],
    ),
    (
        "c7",
        "The businessman Viktor Petrov vanished in Cyprus in 2019. His daughter, Olga Petrova, said on Monday she believed her father was alive.",
        [("Petrov", "alive")],
        [("Petrova", "alive")],
    ),
    (
        "c8",
        "Samuel Mwangi was arrested on Friday. His cousin, David Mwangi, said Samuel had been beaten by officers and was released on Saturday.",
        [("Samuel Mwangi", "arrested"), ("Samuel Mwangi", "released")],
        [("David Mwangi", "released")],
    ),
    (
        "c9",
        "Her mother told researchers she was last allowed to visit in August. Zainab Yusuf, 23, has been held in Evin prison since her arrest in June.",
        [("Yusuf", "located_in")],
        [],
    ),
    (
        "c10",
        "Zainab Yusuf, 23, has been held in Evin prison since June. Her mother told researchers she was last allowed to visit in August, when her daughter looked thin.",
        [("Yusuf", "located_in")],
        [("mother", "located_in")],
    ),
    (
        "d2",
        'Hamid Rahimi was arrested at his home in Herat on Monday.\n\n"They took him without a warrant," his neighbour Bashir Noori said.\n\nHe was released on Thursday after paying a fine.',
        [("Rahimi", "arrested"), ("Rahimi", "released")],
        [("Noori", "released")],
    ),
    (
        "d3",
        'The cameraman Felix Adeyemi was wounded by a stray bullet.\n\n"We were filming when the shooting started," said his colleague Ruth Ojo.\n\nHe is in stable condition at a hospital in Jos.',
        [("Adeyemi", "wounded"), ("Adeyemi", "located_in")],
        [("Ojo", "located_in")],
    ),
    (
        "d4",
        'Police are looking for Ella Stone, 15, who was last seen on Friday.\n\nHer teacher, Mr Robert Finch, described her as quiet. "She never missed a class," he said.\n\nShe was found safe on Sunday in Bristol, police said.',
        [("Stone", "alive")],
        [("Finch", "alive"), ("Finch", "located_in")],
    ),
    (
        "d5",
        'Militia leader Abu Saleh was killed in a drone strike, the coalition said.\n\n"This is a major blow to the group," a coalition spokesman, Colonel Mark Reed, told reporters.\n\nHis body was recovered near Deir ez-Zor.',
        [("Saleh", "killed")],
        [("Reed", "killed")],
    ),
    (
        "d6",
        'Siddiq Bakr, the mayor of Zinder, was arrested on corruption charges.\n\nHis party\'s leader, Hassan Garba, called the charges political. "He is innocent," Garba said.\n\nBakr was freed on bail on Friday.',
        [("Bakr", "arrested"), ("Bakr", "released")],
        [("Garba", "released"), ("Garba", "arrested")],
    ),
    (
        "e1",
        "Kwame Asante, 28, was stabbed during a brawl outside a bar. Kwame was trying to pull people apart, a friend said. He died at the scene.",
        [("Asante", "wounded"), ("Asante", "killed")],
        [],
    ),
    (
        "e2",
        "Maria Lopez was arrested at the protest. Maria was held for two days and released without charge, her sister said.",
        [("Lopez", "arrested"), ("Lopez", "released")],
        [],
    ),
    (
        "e3",
        "Ahmed Yassin and Karim Fawzi were detained at the checkpoint. Ahmed was released the next day; Karim is still being held in Tanta.",
        [
            ("Yassin", "arrested"),
            ("Yassin", "released"),
            ("Fawzi", "arrested"),
            ("Fawzi", "located_in"),
        ],
        [("Fawzi", "released")],
    ),
    (
        "e4",
        "Sofia Marin, 9, went missing from a park in Cluj on Saturday. Sofia was found alive in a barn the next morning.",
        [("Marin", "alive")],
        [],
    ),
    (
        "e5",
        "Diego Ramos was killed and his friend Luis Vega wounded when gunmen opened fire. Luis is recovering in hospital, his mother said.",
        [("Ramos", "killed"), ("Vega", "wounded")],
        [("Ramos", "located_in")],
    ),
    (
        "e6",
        "Emre Yalcin, the team's goalkeeper, was detained in Istanbul. Emre was released on bail later that day, the club said.",
        [("Yalcin", "arrested"), ("Yalcin", "released")],
        [],
    ),
    (
        "f1",
        "Colonel Ali Harouna confirmed that two soldiers were missing after the attack.",
        [],
        [("Harouna", "other:missing")],
    ),
    (
        "f2",
        "The army spokesman, Major Paul Kone, said he had been wounded in the attack on the base.",
        [("Kone", "wounded")],
        [],
    ),
    (
        "f3",
        "Sergeant Ama Owusu said she was held by the rebels for three days before she escaped.",
        [("Owusu", "captured"), ("Owusu", "other:escape")],
        [],
    ),
    (
        "f4",
        "The governor, Ahmed Lawal, said the kidnapped schoolgirls had been freed.",
        [],
        [("Lawal", "released")],
    ),
    (
        "f5",
        "Interior minister Rui Pinto announced that the fugitive Marco Silva had been arrested in Porto.",
        [("Silva", "arrested")],
        [("Pinto", "arrested")],
    ),
    (
        "f6",
        "Police chief Nadia Okoye said officers had arrested three suspects and that a fourth was still at large.",
        [],
        [("Okoye", "arrested")],
    ),
    (
        "f7",
        "Asked about the missing journalist, foreign minister Jean Moreau said he had no information.",
        [],
        [("Moreau", "other:missing"), ("Moreau", "alive")],
    ),
    (
        "g1",
        "The report names 14 people held without trial. Among them is the student leader Yasmin Haddad, 24, who was arrested in March.",
        [("Haddad", "arrested")],
        [],
    ),
    (
        "g2",
        "Three journalists remain in custody. One of them, Ali Rahman, who was detained in 2020, is held in Insein prison.",
        [("Rahman", "arrested"), ("Rahman", "located_in")],
        [],
    ),
    (
        "g3",
        "Among the dead was Fatima Nour, 31, a nurse who had been treating the wounded.",
        [("Nour", "killed")],
        [],
    ),
    (
        "g4",
        "The victims included Hassan Omar, a 52-year-old taxi driver, who was killed instantly.",
        [("Omar", "killed")],
        [],
    ),
    (
        "g5",
        "Among those freed was the engineer Tariq Malik, who had been held for eight months.",
        [("Malik", "released")],
        [],
    ),
    (
        "h1",
        "POLICE BRIEF: A 34-year-old man, named locally as Gary Hunt, was arrested on Friday after a woman was stabbed in Leith. The woman, Jane Scott, 29, is in a stable condition. Hunt remains in custody.",
        [("Hunt", "arrested"), ("Scott", "wounded")],
        [("Hunt", "wounded"), ("Scott", "arrested")],
    ),
    (
        "h2",
        "10:42 - Opposition figure Leon Mbeki has been detained at the airport, his party says.\n\n10:58 - His lawyer, Sipho Dube, says he was taken to Johannesburg Central police station.",
        [("Mbeki", "arrested"), ("Mbeki", "located_in")],
        [("Dube", "located_in")],
    ),
    (
        "h3",
        "The family of Youssef Amrani, the fisherman missing since a storm on Sunday, say they have not given up hope. His brother Hicham said the coast guard had found his boat but not him.",
        [],
        [("Hicham", "other:missing")],
    ),
    (
        "h5",
        "Rescuers pulled Amira Saad, 7, from the rubble after 40 hours. Her uncle, Khaled Saad, who had been digging alongside them, said the girl was alive and talking.",
        [("Amira Saad", "alive")],
        [("Khaled Saad", "alive")],
    ),
    (
        "h6",
        "Ruth Achieng, 45, was killed when her bus overturned. Her husband, Tom Otieno, who was also on board, was injured.",
        [("Achieng", "killed"), ("Otieno", "wounded")],
        [("Otieno", "killed"), ("Achieng", "wounded")],
    ),
    (
        "h7",
        "The detained lawyer Sara Nasser has been moved to Qarchak prison, her colleague Mehdi Rahimi said on Tuesday. He said she had been on hunger strike for a week.",
        [("Nasser", "located_in")],
        [("Rahimi", "located_in")],
    ),
    (
        "h8",
        "Fighters loyal to commander Idris Deby said on Monday they had captured two soldiers. Army spokesman Colonel Ali Mahamat denied that any soldiers were held.",
        [],
        [("Mahamat", "captured"), ("Deby", "captured")],
    ),
    (
        "h10",
        "The Nigerian striker Victor Ekong was arrested in Madrid on Tuesday. Ekong's manager, Pedro Gil, said he had spoken to the 27-year-old by phone and that he was being held at a police station in the city centre.",
        [("Ekong", "arrested"), ("Ekong", "located_in")],
        [("Gil", "located_in")],
    ),
    (
        "h11",
        "Nurse Grace Mutua was kidnapped in Wajir. The hospital's director, Dr Paul Kariuki, said the nurse had been freed unharmed on Friday.",
        [("Mutua", "captured"), ("Mutua", "released")],
        [("Kariuki", "released")],
    ),
    (
        "h12",
        "Omar Sharif Khan, the detainee at the centre of the case, was transferred to Adiala jail. The judge, Justice Fazal Ahmed, ordered that the detainee be produced in court.",
        [("Khan", "located_in")],
        [("Ahmed", "located_in")],
    ),
    (
        "i1",
        'Winger Kofi Boateng was released on bail on Thursday. "He is tired, but he is fine," his coach, Daniel Osei, said.',
        [("Boateng", "released"), ("Boateng", "alive")],
        [("Osei", "alive")],
    ),
    (
        "i2",
        'The missing climber Tom Reilly was found on Sunday. "He is alive and in good spirits," said rescue team leader Gavin Moore.',
        [("Reilly", "alive")],
        [("Moore", "alive")],
    ),
    (
        "i3",
        'Aid worker Lucy Grant was freed after six weeks. "She is safe and with her family in Nairobi," her employer\'s director, Paul Ndegwa, said on Monday.',
        [("Grant", "released"), ("Grant", "alive")],
        [("Ndegwa", "alive"), ("Ndegwa", "located_in")],
    ),
    (
        "i4",
        'Our correspondent Sami Aoun was detained in Beirut on Tuesday. "He is being held at a military barracks," the station\'s news director, Joseph Khalil, said.',
        [("Aoun", "arrested"), ("Aoun", "located_in")],
        [("Khalil", "located_in")],
    ),
    (
        "j4",
        "The dead included a nurse, Helen Achieng, 30, and a driver, Peter Ouma, 41, the county commissioner said.",
        [("Achieng", "killed"), ("Ouma", "killed")],
        [],
    ),
    (
        "k1",
        "Her captor was a man the fighters called Colonel Baraka.\n\nA Dutch engineer, Pieter Smit, was held in the same hut. He was moved away in 2024.\n\nShe later learned that Baraka had been killed in an army raid and that his deputy, Joseph Mbala, had taken over the camp.",
        [("Baraka", "killed")],
        [("Smit", "killed"), ("Mbala", "killed")],
    ),
    (
        "k2",
        "Lena Varga's husband, the activist Emil Varga, disappeared on September 2.\n\nA former detainee told Lena Varga that he had seen her husband in the yard of a remand centre in mid-September.",
        [("Emil Varga", "appeared")],
        [("Lena Varga", "appeared"), ("Lena Varga", "alive")],
    ),
    (
        "k3",
        "The kidnappers released a video in December in which the surgeon Claire Dubois held up a newspaper.\n\nIn it she looked thin but well, her son Marc said.",
        [("Claire Dubois", "appeared")],
        [("Marc", "appeared")],
    ),
    (
        "k4",
        "In March the group released a video in which she held up a copy of a newspaper, three months after the doctor Anne Roche was seized.",
        [("Roche", "captured")],
        [],
    ),
    (
        "k5",
        "The student Yara Saad, 22, has been held since October.\n\nHer mother told researchers she was last allowed to visit on January 10 and found her thin and frightened.",
        [("Saad", "arrested")],
        [("mother", "alive")],
    ),
    (
        "i5",
        'Forward Kojo Mensah was freed on bail on Wednesday. The club\'s manager, Tomas Berg, said he had spoken to the player on Wednesday night. "He is tired and ashamed, but he is fine," Berg said.',
        [("Mensah", "alive")],
        [("Berg", "alive")],
    ),
    (
        "i6",
        'Aid worker Lisa Moreau was released by her captors on Monday. "She is exhausted, but she is well," the charity\'s director, Hans Vogel, said.',
        [("Moreau", "alive")],
        [("Vogel", "alive")],
    ),
    (
        "k6",
        "Nurse Ruth Amani was held by the militia for three years. A Dutch engineer, Pieter Smit, was moved away in 2024.\n\nThe camp commander, a man the guards called Major Tembo, was in charge of her for two years. Amani remembers him as cold. She later learned that he had been killed in a raid.",
        [("Tembo", "killed")],
        [("Smit", "killed")],
    ),
    (
        "y1",
        "Two brothers, Ali Rahimi, 17, and Hassan Rahimi, 15, were arrested at a protest in Mashhad. The teenager was released on Sunday.",
        [("Ali Rahimi", "arrested"), ("Hassan Rahimi", "arrested")],
        [("Ali Rahimi", "released"), ("Hassan Rahimi", "released")],
    ),
    (
        "y2",
        "Gunmen seized Lucy Achieng, 14, and her teacher, Mary Wambui, 41, on Monday. The girl was freed on Thursday, police said.",
        [("Achieng", "captured"), ("Achieng", "released")],
        [("Wambui", "released")],
    ),
    (
        "y3",
        "A bus driver, Peter Njoroge, 52, and a passenger, Brian Otieno, 17, were wounded in the attack. The teenager died in hospital later that night.",
        [("Otieno", "killed")],
        [("Njoroge", "killed")],
    ),
    (
        "y4",
        "Tomas Novak, 8, went missing from a campsite on Friday. His mother, Eva Novak, 34, said the boy had wandered off. The boy was found alive on Saturday morning.",
        [("Tomas Novak", "alive")],
        [("Eva Novak", "alive")],
    ),
    (
        "m1",
        'The goalkeeper Andre Silva was detained in Lagos on Monday. "We have not been able to reach him," the club\'s president, Carlos Mendes, told reporters. "He is being held at a police station, we understand."',
        [("Silva", "arrested"), ("Silva", "located_in")],
        [("Mendes", "located_in")],
    ),
    (
        "m2",
        'Journalist Rania Aziz was arrested in Cairo on Sunday, her paper said.\n\nShe is being held at Tora prison, the paper\'s editor, Khaled Fahmy, said on Monday. "We demand her release," Fahmy said.',
        [("Aziz", "arrested"), ("Aziz", "located_in")],
        [("Fahmy", "located_in")],
    ),
    (
        "m3",
        'Kidnapped engineer Marco Bianchi appeared in a video released on Friday. His wife, Giulia Bianchi, said she had recognised her husband at once. "He looked tired, but he is alive," she said.',
        [("Marco Bianchi", "appeared"), ("Marco Bianchi", "alive")],
        [("Giulia Bianchi", "alive")],
    ),
    (
        "m5",
        "Farouk Said, 19, was shot dead by police during the protest, his uncle said. Farouk had gone out to buy bread, the uncle, Nasser Said, told the Herald.",
        [("Farouk Said", "killed")],
        [("Nasser Said", "killed")],
    ),
    (
        "m7",
        "Inmate Jorge Reyes died in his cell at Puente Grande prison on Sunday. The prisoner had complained of chest pains, his sister Maria Reyes said.",
        [("Jorge Reyes", "killed")],
        [("Maria Reyes", "killed")],
    ),
    (
        "m8",
        "Dr Samira Khan, a surgeon with the charity, was kidnapped in Kunduz. The doctor was released unharmed on Friday, the charity's spokesman, Tom Harris, said.",
        [("Khan", "captured"), ("Khan", "released")],
        [("Harris", "released")],
    ),
    (
        "m9",
        "Activist Li Wei was detained in Shanghai. Her husband, Zhang Hua, said he had been told she was being held at a detention centre in Pudong.",
        [("Li Wei", "arrested"), ("Li Wei", "located_in")],
        [("Zhang Hua", "located_in"), ("Zhang Hua", "arrested")],
    ),
    (
        "m10",
        'The rapper Kofi Owusu was arrested after the concert. "He has done nothing wrong," said his manager, Ama Boateng. Owusu was released on Sunday.',
        [("Owusu", "arrested"), ("Owusu", "released")],
        [("Boateng", "released")],
    ),
    (
        "m11",
        "Yusuf Bello, 15, was among those arrested at the rally. The boy's father, Musa Bello, said his son was being held at a police station in Kano.",
        [("Yusuf Bello", "arrested"), ("Yusuf Bello", "located_in")],
        [("Musa Bello", "located_in")],
    ),
    (
        "m12",
        "Witnesses said the pilot, Captain Omar Farah, was pulled alive from the wreckage. The 45-year-old was taken to a hospital in Mogadishu, where he is in a serious condition.",
        [("Farah", "alive"), ("Farah", "located_in")],
        [],
    ),
    (
        "n1",
        "Tunisian police said they had arrested a man suspected of organising the crossing, Karim Jlassi, in Sfax on Monday night.",
        [("Jlassi", "arrested")],
        [],
    ),
    (
        "n2",
        "Officers detained a woman who had driven the getaway car, Sandra Moss, 31, at a house in Hull.",
        [("Moss", "arrested")],
        [],
    ),
    (
        "n3",
        "Gunmen abducted a priest serving in the parish, Father Paul Okeke, on Sunday evening, the diocese said.",
        [("Okeke", "captured")],
        [],
    ),
    (
        "n4",
        "Police arrested a man seen running from the scene, and later released him. A second man, Dean Walsh, 24, was charged.",
        [],
        [("Walsh", "arrested"), ("Walsh", "released")],
    ),
    (
        "p1",
        'Photographer Lars Holm was wounded by shrapnel in Kharkiv on Tuesday. "He is conscious and talking," said the agency\'s editor, Nina Berg. "Doctors say he will recover."',
        [("Holm", "wounded"), ("Holm", "alive")],
        [("Berg", "alive")],
    ),
    (
        "p2",
        'The trade unionist Jonas Meyer was detained in Minsk in May.\n\nHis wife, Olga, last saw him at his trial in October. "He was thin and pale," she said. "But he smiled at me."',
        [("Meyer", "arrested"), ("Meyer", "appeared")],
        [("Olga", "appeared")],
    ),
    (
        "p3",
        'Rebel commander Sani Musa was captured by troops on Friday, the army said. His spokesman, Ibrahim Lawal, denied it. "He is free and with his men," Lawal said in a voice message.',
        [("Musa", "arrested")],  # troops hold for the state: arrested (README)
        [("Lawal", "alive"), ("Lawal", "released")],
    ),
    (
        "p4",
        "Mehmet Aydin, 67, was pulled alive from the rubble on Thursday. His grandson, Emre, 12, was killed. The boy had been sleeping in the next room, relatives said.",
        [("Aydin", "alive"), ("Emre", "killed")],
        [("Mehmet Aydin", "killed")],
    ),
    (
        "p5",
        'The detained lawyer Farida Aliyeva has been moved to a prison hospital, her colleague Rashad Mammadov said. "She has been on hunger strike for 20 days," he said.',
        [("Aliyeva", "located_in")],
        [("Mammadov", "located_in")],
    ),
    (
        "p6",
        "Grace Mwale was kidnapped from her farm in 2021. Her captors released her a year later. She told the court that her kidnapper, a man called Tembo, had been shot dead by police in 2023.",
        [("Mwale", "captured"), ("Mwale", "released"), ("Tembo", "killed")],
        [("Mwale", "killed")],
    ),
    (
        "p7",
        "Sergeant Paul Mbeki was killed and two of his men were wounded when their patrol hit a mine, the army said. The sergeant had served for 12 years.",
        [("Mbeki", "killed")],
        [],
    ),
    (
        "p8",
        "Kamal Haddad, the editor of the weekly, was arrested on Monday. The editor's brother, Sami Haddad, said he had been taken to the state security headquarters.",
        [("Kamal Haddad", "arrested")],
        [("Sami Haddad", "arrested")],
    ),
    (
        "q1",
        'Striker Yaw Boateng, 28, was detained by police on Monday.\n\nHis lawyer, Somchai Chai, said on Thursday that Boateng denied hitting anyone. "Yaw was trying to pull people apart. He was not the aggressor, and we will prove that," he said, adding that the player was staying at a hotel near the court.',
        [("Boateng", "arrested"), ("Boateng", "located_in")],
        [("Chai", "located_in")],
    ),
    (
        "q2",
        'Aid worker Claire Martin was freed on Friday after three months.\n\nHer colleague, Dominique Lefevre, said the charity had paid no ransom. "She is tired but well, and she is with her family in Lyon," she added.',
        [("Martin", "released"), ("Martin", "alive")],
        [("Lefevre", "alive"), ("Lefevre", "located_in")],
    ),
    (
        "q3",
        'The reporter Ali Hassan went missing in Idlib on Monday.\n\nThe network\'s bureau chief, Omar Nasser, said on Tuesday that he had spoken to him. "He is alive and unhurt," he told us.',
        [("Hassan", "alive")],
        [("Nasser", "alive")],
    ),
    (
        "r1",
        "The activist Maria Nowak was arrested in Minsk on Saturday. Her lawyer, Anna Kowalska, said she had visited her in the detention centre on Okrestina Street on Monday.",
        [("Nowak", "arrested"), ("Nowak", "appeared"), ("Nowak", "located_in")],
        [("Kowalska", "appeared")],
    ),
    (
        "r2",
        "Farhan Ali, 30, disappeared after leaving his office in Karachi on June 3. His brother, Tariq Ali, said he had last seen him alive that morning.",
        [("Farhan Ali", "alive")],
        [("Tariq Ali", "alive")],
    ),
    (
        "r3",
        "The missing sailor Jon Dahl was found alive on Sunday. The coast guard captain, Erik Sund, said he had spoken to him by radio.",
        [("Dahl", "alive")],
        [("Sund", "alive")],
    ),
    (
        "s1",
        'The statement named the captured soldiers as Corporal Abdou Salifou and Private Hamidou Garba.\n\nSalifou\'s father, Ali Salifou, said he had recognised his son in the photograph. "He is alive, thank God," he told the Dispatch by phone from Tillaberi.',
        [("Abdou Salifou", "alive")],
        [("Ali Salifou", "alive")],
    ),
    (
        "s2",
        "The activist Omar Zaki was detained on Friday. His lawyer, Hassan Fathy, said he had visited his client in Tora prison on Sunday.",
        [("Zaki", "located_in")],
        [("Fathy", "located_in"), ("Fathy", "appeared")],
    ),
]


test_claim_subjects = subject_test(ROWS)
