"""Who a claim is about (issue 6): the entity stage gives each pronoun,
description and bare surname to the one person it fits, never to the speaker quoted about
that person. Snippets written for this test about fictional people, in many registers (wire,
police brief, live blog, transcript, local paper): text -> claims that must be found and
claims that must not, each as (subject, predicate), affirmed. A subject with a space is the
full name (relatives share a surname); one word is the last word of the subject's name.

The constructions: a pronoun after another person's quote or across a paragraph break; an
age or nationality epithet ("the 35-year-old", "the Jordanian") for the one person the text
gave that age or nationality; a description named by a participle ("a student named X ...
the student"); a title's noun ("Dr X ... the doctor"); an ordinal over a listed plural ("Two
suspects, A and B ... the second suspect"); a given name the model tagged as a nationality;
a nationality alone is nobody's name ("A Briton and an Australian were kidnapped"); a lede's
definite epithet for the person it names next ("The Briton, 58, was freed ... Peter X had been
held"); the pronoun of an unnamed speaker likened to a person ("a man who sounded like X said
he was in good health"); the one of a group a participle names ("Two soldiers, one of them
identified by colleagues as X, were shot dead"), and never the body that names ("whom the
company named as X"); a plain object pronoun in a relative clause is never the noun the
clause describes ("His nephew, X, who was driving him,"); "the nephew" for the one nephew
named before; "Y said his client ..." for the client of Y, named as her lawyer further back; a
sentence-opening given name kept with a surname a relative shares ("Leyla X was arrested. Her
daughter, Nigar X, ..."); a relative clause of naming ("A third, whom they named as X, was
captured", "A man whom police identified as X was arrested"); an object pronoun under a control verb
("A friend, X, who tried to help him,"); "the aide", "the colleague", "the friend" for the
one person the text named with that noun ("His aide, X, ... the aide"); a bare "the woman" /
"the man" for the one person of that gender just named ("X and her husband, Y, were
abducted. The woman was released"), never when "a man" was described before; the pronoun
in what an officer of the person's employer, party or paper says is the person ("Her
employer's country director, Y, said she was alive"); "MP" is a title; after a paragraph
that only quotes an official ('"This is a great victory," said General Y, the army chief.'),
"He" is still the one the narration was about, the official's apposition speaking with him;
a closing quote cut off before a paragraph break is no sentence of its own (it pushed the
person three sentences back out of a pronoun's reach)."""

from __future__ import annotations

from subject_rows import Pair, subject_test

ROWS: list[tuple[str, str, list[Pair], list[Pair]]] = [
    (
        "q1",
        'Samir Khoury was shot outside his shop on Tuesday. "He was a good man," said his neighbour Rami Aziz. He died later in hospital.',
        [("Khoury", "wounded"), ("Khoury", "killed")],
        [("Aziz", "killed")],
    ),
    (
        "q2",
        'Police said Dana Whitlock, 41, was stabbed in a car park in Leeds on Friday night.\n\n"She did nothing to deserve this," her sister Claire told reporters.\n\nShe died in hospital on Saturday morning.',
        [("Whitlock", "wounded"), ("Whitlock", "killed")],
        [("Claire", "killed")],
    ),
    (
        "q3",
        'Militia commander Yusuf Bakr was wounded in an ambush near Kidal, a spokesman for the group, Ahmed Sow, said. "He is recovering," Sow said. He was later moved to a clinic in Gao.',
        [("Bakr", "wounded"), ("Bakr", "located_in")],
        [("Sow", "located_in"), ("Sow", "wounded")],
    ),
    (
        "q4",
        'The journalist Leila Haddad was detained at the airport on Monday, her employer said. "We have had no word from her," said its editor, Mark Evans.\n\nShe is being held at a police station in the capital.',
        [("Haddad", "arrested"), ("Haddad", "located_in")],
        [("Evans", "arrested"), ("Evans", "located_in")],
    ),
    (
        "q5",
        'Gunmen abducted the engineer Paolo Ricci on Sunday. His wife, Anna Ricci, said: "I just want him home." He was freed on Thursday.',
        [("Paolo Ricci", "captured"), ("Paolo Ricci", "released")],
        [("Anna Ricci", "released"), ("Anna Ricci", "captured")],
    ),
    (
        "q6",
        'Tomas Novak, a local councillor, said the fisherman Jan Dvorak had been missing since Friday. "We are all praying," Novak said. Dvorak was found alive on a sandbank on Monday.',
        [("Dvorak", "alive")],
        [("Novak", "alive")],
    ),
    (
        "q7",
        'Abu Khalid al-Tamimi was killed in a drone strike, the army said. His deputy, Faris Nouri, vowed revenge in an audio message. "Our leader is a martyr," he said.',
        [("al-Tamimi", "killed")],
        [("Nouri", "killed")],
    ),
    (
        "q8",
        '"He was unarmed," the lawyer Sara Malik said of her client Imran Shah, who was shot by officers on Sunday. He remains in a critical condition.',
        [("Shah", "wounded")],
        [("Malik", "wounded")],
    ),
    (
        "p1",
        "Maria Lopez and her colleague Juan Perez were kidnapped near the border on May 2.\n\nLopez was released on Friday. Perez is still being held, officials said.",
        [("Lopez", "captured"), ("Perez", "captured"), ("Lopez", "released")],
        [("Perez", "released")],
    ),
    (
        "p2",
        "The opposition leader Nadia Karimova was arrested on Tuesday. Her husband, Rustam Karimov, said he had not been allowed to see her.\n\nShe was charged with sedition on Wednesday and is being held in Tashkent.",
        [("Karimova", "arrested"), ("Karimova", "located_in")],
        [("Karimov", "located_in"), ("Karimov", "arrested")],
    ),
    (
        "p3",
        "The rebel commander Joseph Kony Odhiambo survived an air strike on Monday, his spokesman Peter Okello said.\n\nOkello said he had been at a camp near the river when the jets struck.",
        [("Odhiambo", "alive")],
        [("Okello", "alive")],
    ),
    (
        "p4",
        "Ahmed Rashid, a driver for the agency, was shot dead at a checkpoint. A second man, Karim Said, was wounded.\n\nSaid was taken to hospital in Mosul, where he is in a stable condition.",
        [("Rashid", "killed"), ("Said", "wounded")],
        [("Rashid", "wounded")],
    ),
    (
        "d1",
        "Omar Farouk, 34, was arrested at his home in Dover on Tuesday. The 34-year-old was charged on Wednesday with two counts of fraud, a police spokeswoman, Helen Price, said.",
        [("Farouk", "arrested")],
        [("Price", "arrested")],
    ),
    (
        "d2",
        "A British aid worker, Thomas Green, was kidnapped in Kano on Saturday, the Foreign Office said. The Briton was travelling with two Nigerian colleagues, who were released hours later.",
        [("Green", "captured")],
        [],
    ),
    (
        "d3",
        'Police named the victim as Kwame Mensah, a father of three. Mensah was killed when a lorry hit his car on the A40, Inspector Ruth Adams said. "The father of three died at the scene," she said.',
        [("Mensah", "killed")],
        [("Adams", "killed")],
    ),
    (
        "d4",
        "The cleric Sheikh Hassan Nasser was detained on Friday. His lawyer, Amal Yousef, said the cleric was being held in Evin prison.",
        [("Nasser", "arrested"), ("Nasser", "located_in")],
        [("Yousef", "located_in")],
    ),
    (
        "d5",
        "Colonel Ivan Petrov, the commander of the 5th Brigade, was killed by shelling near Bakhmut, his unit said. The commander had led the brigade since 2019.",
        [("Petrov", "killed")],
        [],
    ),
    (
        "d6",
        "Two men were arrested after a robbery in Kent. Police said the driver, Leon Carter, 27, was detained at the scene. The other man, Dean Fisher, was arrested in Margate on Sunday.",
        [("Carter", "arrested"), ("Fisher", "arrested")],
        [],
    ),
    (
        "d7",
        "The suspect, Ali Reza, was arrested on Monday. Detective Sergeant Mike Lowe said the suspect had been hiding in a flat in Croydon.",
        [("Reza", "arrested"), ("Reza", "located_in")],
        [("Lowe", "located_in")],
    ),
    (
        "d8",
        "The former minister Viktor Salo was detained at Kyiv airport on Thursday. Prosecutors said the former minister was held on suspicion of embezzlement.",
        [("Salo", "arrested")],
        [],
    ),
    (
        "d10",
        "The victim, a 19-year-old student named Li Wei, was stabbed on Saturday. A neighbour, Harold Brooks, called an ambulance. The student died in hospital on Sunday.",
        [("Wei", "wounded"), ("Wei", "killed")],
        [("Brooks", "killed")],
    ),
    (
        "d11",
        "The journalist Chen Bo was last seen in Wuhan in February. His friend Xu Ming said the journalist had been taken away by police.",
        [("Bo", "appeared")],
        [("Ming", "appeared")],
    ),
    (
        "d12",
        "Interior Minister Karl Weber said the gunman, Dirk Vogel, had been shot dead by police. The gunman had wounded three people.",
        [("Vogel", "killed")],
        [("Weber", "killed")],
    ),
    (
        "d13",
        "The teacher Grace Wanjiru, 52, was killed in the attack. The 52-year-old had taught at the school for 20 years, its head, Paul Otieno, said.",
        [("Wanjiru", "killed")],
        [("Otieno", "killed")],
    ),
    (
        "d14",
        "A Kenyan cleric, Sheikh Musa Abdi, was arrested in Mombasa. Police said the 60-year-old was being questioned.",
        [("Abdi", "arrested")],
        [],
    ),
    (
        "n1",
        "A 52-year-old teacher was killed when a bus overturned near Arusha on Monday.\n\nShe was named by police on Tuesday as Rehema Juma.",
        [("Juma", "killed")],
        [],
    ),
    (
        "n2",
        "A man was shot dead outside a bar in Salford late on Saturday. Police named him on Monday as Craig Dolan, 28.",
        [("Dolan", "killed")],
        [],
    ),
    (
        "n3",
        "A hiker who went missing on Ben Nevis has been found alive. The woman, named locally as Fiona Ross, was found by a mountain rescue team on Sunday.",
        [("Ross", "alive")],
        [],
    ),
    (
        "n4",
        "An off-duty police officer was stabbed in Nottingham on Friday. The officer, Sergeant Priya Patel, was taken to hospital, Chief Constable Neil Hart said.",
        [("Patel", "wounded")],
        [("Hart", "wounded")],
    ),
    (
        "s1",
        "Ali Haddad and his son Omar Haddad were arrested at a checkpoint on Tuesday. Omar was released the next day, a relative said.",
        [("Ali Haddad", "arrested"), ("Omar Haddad", "arrested"), ("Omar Haddad", "released")],
        [("Ali Haddad", "released")],
    ),
    (
        "s2",
        "The brothers Karim and Nabil Mansour were abducted in Benghazi. Karim was freed on Sunday; Nabil is still being held.",
        [("Karim Mansour", "released")],
        [("Nabil Mansour", "released")],
    ),
    (
        "s3",
        'Ruth Okafor, 70, was killed in the fire. Her daughter, Ada Okafor, escaped unhurt. "My mother saved us," Ada Okafor said.',
        [("Ruth Okafor", "killed")],
        [("Ada Okafor", "killed")],
    ),
    (
        "s4",
        "Pedro Alves, the mayor, was arrested on Monday. His brother Rui Alves said the mayor was innocent.",
        [("Pedro Alves", "arrested")],
        [("Rui Alves", "arrested")],
    ),
    (
        "s5",
        "Hamid Karzai Nazari was wounded in the blast. His wife, Farida Nazari, was unhurt, their son said.",
        [("Hamid Karzai Nazari", "wounded")],
        [("Farida Nazari", "wounded")],
    ),
    (
        "k1",
        "General Paul Mbeki said the rebel leader Simon Ngoy had been killed in the raid.",
        [("Ngoy", "killed")],
        [("Mbeki", "killed")],
    ),
    (
        "k2",
        "Speaking to reporters in Goma, Governor Alain Tshibanda said he had been told that the kidnapped priest, Father Luc Mbala, was alive.",
        [("Mbala", "alive")],
        [("Tshibanda", "alive")],
    ),
    (
        "k3",
        "Her lawyer, Jonas Berg, said Ingrid Solheim had been detained for three days without charge. He said she was being held in Tromso.",
        [("Solheim", "arrested"), ("Solheim", "located_in")],
        [("Berg", "located_in"), ("Berg", "arrested")],
    ),
    (
        "k4",
        "The spokesman, Idris Jama, said the group had released the two hostages. He said they were in good health.",
        [],
        [("Jama", "alive"), ("Jama", "released")],
    ),
    (
        "k5",
        "Rania Saleh told the BBC that her husband, Bassam Saleh, was arrested by security forces in March. She said she does not know where he is.",
        [("Bassam Saleh", "arrested")],
        [("Rania Saleh", "arrested")],
    ),
    (
        "k6",
        "Defence Secretary John Hale confirmed that a British soldier, Lance Corporal Ben Walsh, had been killed in Helmand. Hale said Walsh died on Thursday.",
        [("Walsh", "killed")],
        [("Hale", "killed")],
    ),
    (
        "o1",
        "Rebels seized the aid worker Anna Kowalska in March. They released her on Friday, her employer said.",
        [("Kowalska", "captured"), ("Kowalska", "released")],
        [],
    ),
    (
        "o2",
        "Police arrested Jamal Idris on Monday. His brother Yasin Idris said officers beat him during the arrest.",
        [("Jamal Idris", "arrested")],
        [("Yasin Idris", "arrested")],
    ),
    (
        "m1",
        "Sergio Rossi and Marco Bianchi were detained in Cairo last week. Rossi was released on Saturday and flew home. Bianchi remains in custody, the embassy said.",
        [("Rossi", "arrested"), ("Bianchi", "arrested"), ("Rossi", "released")],
        [("Bianchi", "released")],
    ),
    (
        "m2",
        "Ayesha Khan, 23, was shot on her way to school. Her friend Malala Yusuf, who was with her, was not hurt. Khan is in intensive care.",
        [("Khan", "wounded")],
        [("Yusuf", "wounded")],
    ),
    (
        "m3",
        "The president, Ahmed Baba, sacked his interior minister, Sidi Ould, on Monday. Ould was arrested hours later, his family said.",
        [("Ould", "arrested")],
        [("Baba", "arrested")],
    ),
    (
        "m4",
        "Farid Omar, a shopkeeper, was killed on Monday. His killer, a 19-year-old named Sami Lutfi, was arrested on Tuesday.",
        [("Omar", "killed"), ("Lutfi", "arrested")],
        [("Omar", "arrested"), ("Lutfi", "killed")],
    ),
    (
        "m5",
        "Police are questioning Dmitri Volkov over the death of his business partner, Sergei Orlov. Orlov was found dead in his flat on Saturday.",
        [("Orlov", "killed")],
        [("Volkov", "killed")],
    ),
    (
        "m6",
        "The coach driver, Alan Hughes, 58, died at the scene. A passenger, Beth Morris, was seriously injured. She was flown to hospital in Cardiff.",
        [("Hughes", "killed"), ("Morris", "wounded")],
        [("Hughes", "wounded")],
    ),
    (
        "r1",
        "POLICE BRIEF - A 45-year-old man from Hull was arrested on Friday after a woman was assaulted. The man, Gary Tate, was released on bail.",
        [("Tate", "arrested"), ("Tate", "released")],
        [],
    ),
    (
        "r2",
        "14:05 - The kidnapped engineer, Ravi Menon, has been freed, the state governor says.\n\n14:20 - Menon is said to be in good health. His family has been told.",
        [("Menon", "released"), ("Menon", "alive")],
        [],
    ),
    (
        "r3",
        "ANCHOR: What do we know about the commander?\n\nREPORTER: Well, the army says Colonel Aziz Tarek was killed in the strike. His deputy, Major Omar Sayed, was wounded.",
        [("Tarek", "killed"), ("Sayed", "wounded")],
        [("Tarek", "wounded"), ("Sayed", "killed")],
    ),
    (
        "r4",
        "BEIRUT (Reuters) - A senior Hezbollah official, Hussein Jaber, was killed in an Israeli strike in southern Lebanon on Monday, two security sources said.",
        [("Jaber", "killed")],
        [],
    ),
    (
        "r5",
        "The family of Dr Lena Vogt said on Sunday that the doctor, who was kidnapped in Mali last year, had been released.",
        [("Vogt", "captured"), ("Vogt", "released")],
        [],
    ),
    (
        "r6",
        "The mother of missing teenager Jack Brennan, Mary Brennan, made a fresh appeal on Monday. Jack was last seen in Galway on May 4.",
        [("Jack Brennan", "appeared")],
        [("Mary Brennan", "appeared")],
    ),
    (
        "t1",
        "Mayor Luisa Ortega was arrested on Tuesday. The mayor was later released on bail, her party said.",
        [("Ortega", "arrested"), ("Ortega", "released")],
        [],
    ),
    (
        "t2",
        "The minister, Paul Kagiso, was wounded when gunmen opened fire on his convoy. His driver, Thabo Nkosi, was killed.",
        [("Kagiso", "wounded"), ("Nkosi", "killed")],
        [("Kagiso", "killed"), ("Nkosi", "wounded")],
    ),
    (
        "t3",
        "The prosecutor, Ines Duarte, said the businessman Rafael Gomes had fled to Spain. Gomes was arrested in Madrid on Friday.",
        [("Gomes", "arrested"), ("Gomes", "located_in")],
        [("Duarte", "located_in"), ("Duarte", "arrested")],
    ),
    (
        "v1",
        'Hana Ito, 31, died after being hit by a car in Osaka on Friday. "She lit up every room," her father, Kenji Ito, said. He said she had been walking home.',
        [("Hana Ito", "killed")],
        [("Kenji Ito", "killed")],
    ),
    (
        "v2",
        "The body of the missing diver Erik Lund was recovered on Tuesday, the coastguard said. Captain Nils Berg said he had been found in 30 metres of water.",
        [("Lund", "killed")],
        [("Berg", "located_in"), ("Berg", "killed")],
    ),
    (
        "v3",
        "A police spokesman, Sergeant Tom Reid, said the woman, later named as Julie Marsh, was hit by a van. She died at the scene, he said.",
        [("Marsh", "killed")],
        [("Reid", "killed")],
    ),
    (
        "v4",
        'Sheikh Ali Hamdan, the tribal leader, said his nephew Khalil Hamdan had been seized by gunmen on Monday. "We will get him back," the sheikh said.',
        [("Khalil Hamdan", "captured")],
        [("Ali Hamdan", "captured")],
    ),
    (
        "v5",
        "Lucy Grant, whose son Ethan was killed in the crash, said she wanted answers.",
        [("Ethan", "killed")],
        [("Grant", "killed")],
    ),
    (
        "x1",
        "Two suspects, Adam Nowak and Piotr Zielinski, were arrested in Gdansk. The second suspect was released without charge on Sunday.",
        [("Nowak", "arrested"), ("Zielinski", "arrested"), ("Zielinski", "released")],
        [("Nowak", "released")],
    ),
    (
        "x2",
        "Farah Ali was arrested on Tuesday. Her husband, who was with her, was not detained, her lawyer Hassan Omar said.",
        [("Ali", "arrested")],
        [("Omar", "arrested")],
    ),
    (
        "x3",
        "The pilot, Captain Ben Ortiz, and his co-pilot, Lisa Chang, survived the crash landing. Ortiz broke a leg.",
        [("Ortiz", "alive"), ("Chang", "alive")],
        [],
    ),
    (
        "h1",
        "Mark Sutton, 62, and his neighbour Joe Lamb, 35, were attacked outside their homes on Friday. The 35-year-old was stabbed in the arm. The 62-year-old died in hospital on Saturday, police said.",
        [("Lamb", "wounded"), ("Sutton", "killed")],
        [("Lamb", "killed"), ("Sutton", "wounded")],
    ),
    (
        "h2",
        "A Briton and an Australian were kidnapped in the Sahel in January. The Australian, Helen Ward, was released on Monday, officials said. The Briton, Colin Drake, remains in captivity.",
        [("Ward", "released"), ("Drake", "captured")],
        [("Drake", "released")],
    ),
    (
        "h3",
        "The Frenchman Luc Bernard was arrested in Tehran in 2022. His sister, Camille Bernard, said on Tuesday that her brother had been moved to Evin prison.",
        [("Luc Bernard", "arrested"), ("Luc Bernard", "located_in")],
        [("Camille Bernard", "located_in")],
    ),
    (
        "h4",
        "Police said Wendy Hall, 29, and her partner, Sean Mott, 31, were found dead at their home in Bristol. A man, 40, has been arrested.",
        [("Hall", "killed"), ("Mott", "killed")],
        [("Hall", "arrested"), ("Mott", "arrested")],
    ),
    (
        "h5",
        'Rashid Dostum Karimi, the commander of the northern front, was killed on Monday, his aide said. "The commander died a hero," the aide, Wali Noor, told the BBC.',
        [("Karimi", "killed")],
        [("Noor", "killed")],
    ),
    (
        "h6",
        "Two brothers, Hassan and Hussein Jaafar, were detained in Basra. The younger brother, Hussein, was freed on Thursday, their mother said.",
        [("Hussein Jaafar", "released")],
        [("Hassan Jaafar", "released")],
    ),
    (
        "h7",
        'Said Ahmadi, a father of three, was shot dead on his way to work. His brother, Javad Ahmadi, said the family had received threats. "He was killed for his work," he said.',
        [("Said Ahmadi", "killed")],
        [("Javad Ahmadi", "killed")],
    ),
    (
        "h8",
        "The blogger Nguyen Van Tam was sentenced to nine years in prison on Thursday. His wife, Le Thi Hoa, said she had not seen him since his arrest in May.",
        [("Tam", "arrested")],
        [("Hoa", "arrested")],
    ),
    (
        "h9",
        "Anwar Sadiq and Bilal Qureshi were arrested on Sunday. Police said the two men had been planning an attack. Sadiq was released on Tuesday.",
        [("Sadiq", "arrested"), ("Qureshi", "arrested"), ("Sadiq", "released")],
        [("Qureshi", "released")],
    ),
    (
        "h10",
        "A spokeswoman for the hospital, Dr Amy Fox, said the injured boy, Noah Kent, was in a stable condition. She said he would stay in hospital for several days.",
        [("Kent", "alive")],
        [("Fox", "alive"), ("Fox", "located_in")],
    ),
    (
        "h11",
        'Jean Mukendi was abducted in Beni on March 3.\n\nHis wife, who asked not to be named, said the kidnappers had called her twice. "They say he is alive," she said.\n\nMukendi was freed on April 10.',
        [("Mukendi", "captured"), ("Mukendi", "alive"), ("Mukendi", "released")],
        [],
    ),
    (
        "h12",
        "The former general Aung Min was arrested in Yangon. The former general had led the army in the 1990s. His son, Kyaw Min, was also detained, according to a relative.",
        [("Aung Min", "arrested"), ("Kyaw Min", "arrested")],
        [],
    ),
    (
        "h13",
        "Gunmen killed the village chief, Moussa Traore, and wounded his son. The chief had received threats, a local official, Ibrahim Keita, said.",
        [("Traore", "killed")],
        [("Keita", "killed")],
    ),
    (
        "h14",
        "The victim was named as Patrick Doyle, 44. His partner, Sinead Byrne, was also injured in the attack and is in hospital.",
        [("Byrne", "wounded")],
        [("Doyle", "killed")],
    ),
    (
        "h15",
        "The mother of Amina Bello, one of the kidnapped schoolgirls, said her daughter had called her from captivity. Amina said she was being held in a forest.",
        [("Amina Bello", "captured")],
        [],
    ),
    (
        "h16",
        "Officers arrested a 23-year-old woman at the scene. The injured man, Craig Potts, was taken to hospital.",
        [("Potts", "wounded")],
        [("Potts", "arrested")],
    ),
    (
        "j1",
        'Kofi Boateng, a taxi driver, was abducted on Monday night.\n\nThe police commander for the region, Samuel Asante, said officers were searching the forest. "We will find him," Asante said.\n\nBoateng was found alive on Wednesday, tied to a tree.',
        [("Boateng", "captured"), ("Boateng", "alive")],
        [("Asante", "alive"), ("Asante", "captured")],
    ),
    (
        "j3",
        "The activist Zainab Musa was arrested in March. Her brother, Idris Musa, was detained a week later. She was released on bail in June; he is still in prison.",
        [("Zainab Musa", "arrested"), ("Idris Musa", "arrested"), ("Zainab Musa", "released")],
        [("Idris Musa", "released")],
    ),
    (
        "j4",
        'Carlos Vega, 34, was shot dead on Sunday. His killer has not been found. "He had no enemies," said the victim\'s mother, Elena Vega.',
        [("Carlos Vega", "killed")],
        [("Elena Vega", "killed")],
    ),
    (
        "j5",
        "Police Commissioner Dan Mwangi said a suspect, John Kariuki, had been arrested. He said the suspect was being held at Kilimani police station.",
        [("Kariuki", "arrested"), ("Kariuki", "located_in")],
        [("Mwangi", "located_in"), ("Mwangi", "arrested")],
    ),
    (
        "j6",
        "The Syrian Ahmad Hijazi and the Jordanian Omar Zoubi were kidnapped near Raqqa. The Jordanian was freed after ten days, his family said.",
        [("Hijazi", "captured"), ("Zoubi", "captured"), ("Zoubi", "released")],
        [("Hijazi", "released")],
    ),
    (
        "j7",
        "Gen. Robert Kasenga was reported killed last week. On Sunday the general appeared on state television, wearing a uniform.",
        [("Kasenga", "appeared")],
        [],
    ),
    (
        "j8",
        "Ivy Chen told police she saw a man push her neighbour, Rose Lam, down the stairs. Lam died two days later.",
        [("Lam", "killed")],
        [("Chen", "killed")],
    ),
    (
        "j9",
        "The Taliban released the American contractor Mark Frerichs on Monday in exchange for Bashir Noorzai, a drug lord who had been held in the United States.",
        [("Frerichs", "released")],
        [("Noorzai", "captured")],
    ),
    (
        "j10",
        "After the attack, the hospital director, Dr Fatima Zahra, said the wounded commander, Jamal Nasser, was conscious. She said he had lost a lot of blood.",
        [("Nasser", "wounded")],
        [("Zahra", "wounded")],
    ),
    (
        "j11",
        'Yusuf Ali, a spokesman for the family, said Abdullahi Hassan had been freed. "He is tired but well," Ali said.',
        [("Hassan", "released"), ("Hassan", "alive")],
        [("Ali", "alive"), ("Ali", "released")],
    ),
    (
        "j12",
        "Maya Levi was detained at the border on Tuesday. A friend travelling with her, Noa Katz, said she was taken to a room and questioned for six hours.",
        [("Levi", "arrested")],
        [("Katz", "arrested")],
    ),
    (
        "j13",
        "The father of three, Brian Kelly, drowned on Saturday while trying to save his son. The boy, 8, survived.",
        [("Kelly", "killed")],
        [("Kelly", "alive")],
    ),
    (
        "j14",
        "Ana Silva was killed and her husband, Jorge Silva, was injured when their car was hit. He was taken to a hospital in Porto.",
        [("Ana Silva", "killed"), ("Jorge Silva", "wounded")],
        [("Ana Silva", "wounded"), ("Jorge Silva", "killed")],
    ),
    (
        "j15",
        "Officials named the dead pilot as Captain Sam Rhodes. His co-pilot, First Officer Mia Holt, was injured. The 29-year-old is in a stable condition.",
        [("Rhodes", "killed"), ("Holt", "wounded")],
        [("Rhodes", "wounded")],
    ),
    (
        "u1",
        "On Monday the group's spokesman, Idris Malik, released a recording in which a man who sounded like Ahmed Sarraf said he was in good health.",
        [("Sarraf", "alive")],
        [("Malik", "alive")],
    ),
    (
        "u2",
        "The rebels posted a clip in which a woman who looked like the kidnapped nurse Grace Auma said she was being treated well.",
        [],
        [("Auma", "killed")],
    ),
    (
        "u3",
        'Hamza Toure, the village chief, was shot dead on Friday. His son, Bakary Toure, said two men on a motorbike had followed him for days. "They came for my father," Bakary said.',
        [("Hamza Toure", "killed")],
        [("Bakary Toure", "killed")],
    ),
    (
        "u4",
        "Officers detained Olga Petrenko and her son at a border post. The boy was released after an hour; his mother is still being held, according to her lawyer, Igor Sokol.",
        [("Petrenko", "arrested")],
        [("Sokol", "arrested"), ("Petrenko", "released")],
    ),
    (
        "u5",
        "The two men, Rafiq Noori and Asad Jalali, were shot as they left the mosque. Noori died at the scene. Jalali was taken to hospital, where he is in a serious condition, a doctor, Haris Baig, said.",
        [("Noori", "killed"), ("Jalali", "wounded")],
        [("Jalali", "killed"), ("Baig", "wounded"), ("Baig", "located_in")],
    ),
    (
        "u6",
        'Governor Tunde Bakare said the abducted priest, Father Emeka Obi, had been freed. "He is with us now and he is safe," the governor told reporters.',
        [("Obi", "released"), ("Obi", "alive")],
        [("Bakare", "alive"), ("Bakare", "released")],
    ),
    (
        "u7",
        "Sofia Marin, a nurse, said she had treated the injured guard, Victor Duca. He had been shot twice in the leg, she said.",
        [("Duca", "wounded")],
        [("Marin", "wounded")],
    ),
    (
        "u8",
        "The suspect, a 27-year-old man named Karl Huber, was detained in Linz. Prosecutor Eva Stein said the man had confessed.",
        [("Huber", "arrested")],
        [("Stein", "arrested")],
    ),
    (
        "u9",
        "Lt. Col. Anan Srisuk, who led the raid, said one suspect, Somchai Boonmee, was killed. The lieutenant colonel said a second suspect escaped.",
        [("Boonmee", "killed")],
        [("Srisuk", "killed"), ("Srisuk", "other:escape")],
    ),
    (
        "u10",
        "Abdi Warsame and his cousin Liban Warsame were seized by gunmen in Galkayo. Liban, 19, was released on Saturday. Abdi is still being held.",
        [("Liban Warsame", "released"), ("Abdi Warsame", "captured")],
        [("Abdi Warsame", "released")],
    ),
    (
        "u11",
        'Jana Horak, the wife of the detained blogger Petr Horak, said she last saw him in court in May. "He looked thin," she said.',
        [("Petr Horak", "arrested"), ("Petr Horak", "appeared")],
        [("Jana Horak", "arrested"), ("Jana Horak", "appeared")],
    ),
    (
        "u12",
        'The Briton, 58, was freed on Sunday, the Foreign Office said. Peter Lyle had been held for eight months in Yemen. His brother, Alan Lyle, said he was "overjoyed".',
        [("Peter Lyle", "released")],
        [("Alan Lyle", "released")],
    ),
    (
        "u13",
        "Mohammed Saeed was killed and his brother Ahmed was wounded in the strike, their cousin told Reuters. Ahmed is being treated in Gaza City.",
        [("Mohammed Saeed", "killed")],
        [("Mohammed Saeed", "wounded")],
    ),
    (
        "g1",
        "10:55 - Two soldiers, one of them identified by colleagues as Corporal Luc Moreau, were shot dead at the main gate this morning, a nurse tells us.",
        [("Moreau", "killed")],
        [],
    ),
    (
        "g2",
        "Two guards, one of them identified by relatives as Private Ahmed Jalil, were shot dead at the checkpoint.",
        [("Jalil", "killed")],
        [],
    ),
    (
        "g3",
        "Three fishermen, one of whom was named by the coastguard as Dan Pryce, were rescued from a life raft. The coastguard said Pryce was treated for hypothermia.",
        [],
        [("Pryce", "killed")],
    ),
    (
        "g4",
        "A 24-year-old man was arrested on Sunday. A second suspect, named by police as Leon Barker, 31, remains at large.",
        [("Barker", "alive")],
        [("Barker", "arrested")],
    ),
    (
        "g5",
        "Police have charged a man over the stabbing. The victim, named by relatives as Tariq Aziz, 19, died in hospital on Monday.",
        [("Aziz", "killed")],
        [],
    ),
    (
        "w1",
        'Nasser Khalil, 45, a bus driver from Irbid, died of his injuries on Tuesday. Four passengers were hurt. One of them, Rana Saleh, 22, said she had seen the gunmen. "They shot the driver first," she said.\n\nShe was treated for cuts and discharged.',
        [("Khalil", "killed")],
        [("Saleh", "killed")],
    ),
    (
        "w2",
        "Police said Tom Hardy, 52, had been arrested at his home. His wife, Lisa Hardy, 49, was questioned and released.",
        [("Tom Hardy", "arrested"), ("Lisa Hardy", "released")],
        [("Tom Hardy", "released")],
    ),
    (
        "w3",
        "The army said it had killed Abu Musab al-Masri, the group's commander in the north. His brother, who the army said was also a senior member, was captured.\n\nThe family denied that the commander was dead.",
        [("al-Masri", "killed")],
        [],
    ),
    (
        "w4",
        "Officials said the former minister, Karim Tabet, was detained in Algiers. His successor at the ministry, Nadia Larbi, said she had no comment. Tabet was later moved to El Harrach prison.",
        [("Tabet", "arrested"), ("Tabet", "located_in")],
        [("Larbi", "arrested"), ("Larbi", "located_in")],
    ),
    (
        "w5",
        '"My husband is innocent," said Amira Selim, whose husband Hossam Selim has been held since March. She said she had last seen him in court in June.',
        [("Hossam Selim", "arrested"), ("Hossam Selim", "appeared")],
        [("Amira Selim", "arrested"), ("Amira Selim", "appeared")],
    ),
    (
        "w6",
        "The journalist Elif Demir was released on Friday after eight months in custody. Her colleague, Zeynep Kaya, who was arrested with her, remains in prison.",
        [("Demir", "released"), ("Kaya", "arrested")],
        [("Kaya", "released")],
    ),
    (
        "w7",
        "Sgt. Mike Dunn said the driver of the van, a 40-year-old man from Leeds, was arrested at the scene. The pedestrian, Helen Cole, died in hospital.",
        [("Cole", "killed")],
        [("Dunn", "arrested"), ("Dunn", "killed")],
    ),
    (
        "w8",
        "A Canadian tourist, Emily Tran, was among those killed in the avalanche, her family said. Her partner, Luke Brandt, survived and is in hospital in Innsbruck.",
        [("Tran", "killed"), ("Brandt", "alive")],
        [("Tran", "alive"), ("Brandt", "killed")],
    ),
    (
        "w9",
        "The two men, a shopkeeper and his nephew, were abducted on Monday. The shopkeeper, Yaw Mensah, was freed on Wednesday. The nephew, Kojo Mensah, is still missing.",
        [("Yaw Mensah", "released")],
        [("Kojo Mensah", "released")],
    ),
    (
        "w10",
        "Inspector Ruth Hale said a woman, 34, had been found dead at a flat in Hull. She said a man, 36, had been arrested.",
        [],
        [("Hale", "killed"), ("Hale", "arrested")],
    ),
    (
        "w11",
        "The militia said its leader, Jean-Baptiste Amisi, had been wounded. A spokesman, Papy Kasongo, said he was being treated in Uganda.",
        [("Amisi", "wounded")],
        [("Kasongo", "wounded")],
    ),
    (
        "w12",
        "Raúl Ortega, the mayor of San Lucas, was shot dead on Sunday. His bodyguard was also killed. The mayor had received death threats, his daughter Carmen Ortega said.",
        [("Raúl Ortega", "killed")],
        [("Carmen Ortega", "killed")],
    ),
    (
        "k7",
        'KABUL - A former provincial governor, Mohammad Nabi Sarwari, was shot dead outside his home in Kabul on Tuesday, police said.\n\nHis nephew, Farid Sarwari, who was driving him, was wounded. "We heard three shots," a neighbour, Gul Agha, told reporters.\n\nSarwari, 63, had served two terms as governor of Ghazni. The nephew was taken to the Emergency hospital, where doctors said he was in a stable condition.',
        [
            ("Mohammad Nabi Sarwari", "killed"),
            ("Farid Sarwari", "wounded"),
            ("Farid Sarwari", "alive"),
        ],
        [("Mohammad Nabi Sarwari", "alive")],
    ),
    (
        "k8",
        "The opposition leader Maria Ivanova was sentenced to 11 years in prison on Monday. Her lawyer, Pavel Sokolov, said she would appeal.\n\nIvanova, 39, was arrested in September 2020 after she tore up her passport at the border. Her co-defendant, the lawyer Maxim Zorin, received ten years. He was also arrested in 2020.\n\nSokolov said his client was being held in a prison colony in Gomel.",
        [("Ivanova", "located_in")],
        [("Zorin", "located_in")],
    ),
    (
        "k10",
        "Gunmen seized the businessman Ade Bello on Monday. His driver, Sule Musa, who was with him, was released the same night. The driver told police the men had taken Bello into the forest.",
        [("Bello", "captured"), ("Musa", "released")],
        [("Bello", "released")],
    ),
    (
        "k11",
        "Leyla Aliyeva was arrested in Baku in May. Her daughter, Nigar Aliyeva, said she had not been allowed to see her mother since.",
        [("Leyla Aliyeva", "arrested")],
        [("Nigar Aliyeva", "arrested")],
    ),
    (
        "a1",
        "Security forces say two attackers have been killed. A third, whom they named as Ibrahim Sow, was captured alive.",
        [("Sow", "alive")],
        [],
    ),
    (
        "a2",
        "A man whom police identified as Tom Reed was arrested at the scene on Saturday.",
        [("Reed", "arrested")],
        [],
    ),
    (
        "a3",
        'LIVE: Siege at the Hotel Palmeraie\n\n10:40 - A hotel receptionist, Awa Diarra, tells us she escaped through the kitchen. "I saw them shoot the manager," she says. The manager, a Frenchman named Paul Girard, is believed to have been killed.\n\n13:20 - Girard\'s brother, Marc Girard, says the family has been told that Paul is alive but wounded. He is being treated at the Gabriel Toure hospital, Marc says.',
        [("Paul Girard", "killed"), ("Paul Girard", "alive")],
        [("Marc Girard", "alive"), ("Diarra", "killed")],
    ),
    (
        "b1",
        'Police said Daniel Okoro, 31, was stabbed outside a bar on Saturday. A friend, James Eze, who tried to help him, was also hurt.\n\n"Daniel was just trying to go home," Eze said.\n\nOkoro died in hospital on Sunday.',
        [("Okoro", "wounded"), ("Eze", "wounded"), ("Okoro", "killed")],
        [("Eze", "killed")],
    ),
    (
        "b2",
        "The army said it had killed Abu Yasir al-Jazrawi, the group's military chief, in an air strike near Hit. His aide, Abu Omar al-Shami, was wounded, a security source said. The source said the aide had been taken to a hospital in Raqqa.",
        [("al-Jazrawi", "killed"), ("al-Shami", "wounded"), ("al-Shami", "located_in")],
        [("al-Jazrawi", "located_in")],
    ),
    (
        "b3",
        "Two journalists were detained in Harare on Monday. One, Tendai Moyo, was freed on bail. His colleague, Farai Dube, remains in custody; his lawyer said the colleague had been moved to Chikurubi prison.",
        [("Moyo", "released"), ("Dube", "located_in")],
        [("Moyo", "located_in")],
    ),
    (
        "c1",
        "Fatima Bakr and her husband, Salim Bakr, were abducted from their farm on Monday. The woman was released on Wednesday; the man is still being held, police said.",
        [("Fatima Bakr", "released")],
        [("Salim Bakr", "released")],
    ),
    (
        "c2",
        "Joe Mills, 40, was stabbed on Friday. Police later arrested a man, 25, at a house nearby. The man was released on bail on Sunday.",
        [("Mills", "wounded")],
        [("Mills", "released"), ("Mills", "arrested")],
    ),
    (
        "c3",
        "Grace Obi and Ada Eze were kidnapped on their way to church. The woman who drove them, Joy Uche, escaped.",
        [("Obi", "captured"), ("Eze", "captured")],
        [("Obi", "other:escape"), ("Eze", "other:escape")],
    ),
    (
        "e1",
        'The aid worker Sarah Lind was kidnapped in Gao in April.\n\nHer employer\'s country director, Anne Moreau, said on Tuesday that the organisation had received proof that she was alive. "We saw a recent video," Moreau said.',
        [("Lind", "alive")],
        [("Moreau", "alive")],
    ),
    (
        "e2",
        "The opposition MP Ruth Banda was detained at a rally on Saturday. Her party's secretary general, Grace Phiri, said she was being held at Lilongwe police station.",
        [("Banda", "arrested"), ("Banda", "located_in")],
        [("Phiri", "located_in")],
    ),
    (
        "e3",
        "Reporter Tom Hale went missing in Sinaloa last week. His newspaper's editor, Mark Dean, said on Monday that he had been found alive.",
        [("Hale", "alive")],
        [("Dean", "alive")],
    ),
    (
        "f1",
        'The rebel commander Joseph Malu was killed in an air strike on Sunday, the army said.\n\n"This is a great victory," said General Patrick Oba, the army chief.\n\nHe was buried on Monday in his home village, his family said.',
        [("Malu", "killed"), ("Malu", "other:bury")],
        [("Oba", "killed"), ("Oba", "other:bury")],
    ),
    (
        "f2",
        'The journalist Ana Ruiz was found dead in her car on Friday.\n\n"We demand a full investigation," said Clara Soto, the head of the press union.\n\nShe had been shot twice, police said.',
        [("Ruiz", "killed"), ("Ruiz", "wounded")],
        [("Soto", "wounded")],
    ),
    (
        "f3",
        'Ivan Kral, 44, was arrested at his home on Monday.\n\n"The arrest was lawful," the police spokesman, Captain Petr Novy, told reporters.\n\nHe was released on bail on Wednesday.',
        [("Kral", "arrested"), ("Kral", "released")],
        [("Novy", "released")],
    ),
    (
        "f4",
        'The blogger Minh Tran was detained in Hanoi on Sunday, his wife said.\n\n"They came at night," said Lan Pham, a neighbour who saw the arrest. "Four men in plain clothes."\n\nHe is being held at the city\'s detention centre No. 1, according to a rights group.',
        [("Tran", "arrested"), ("Tran", "located_in")],
        [("Pham", "located_in"), ("Pham", "arrested")],
    ),
]


test_claim_subjects = subject_test(ROWS)
