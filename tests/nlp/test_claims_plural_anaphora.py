"""Plural anaphora (issue 6): a definite plural subject ("both men", "all three",
"the pair", "the couple", "the two journalists", "the hostages", "they") that takes up
people named together before it gives each of them the claim, when the count matches; no
person gets it when the count does not match. Sentences written for this test about
fictional people: text -> (last word of the subject, predicate, polarity) of a claim that
must be found, or one that must not."""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"
K, W, R, C, F, L = "killed", "wounded", "arrested", "captured", "released", "alive"

_FOUND = [
    # a number word over a group named across sentences
    (
        "Gunmen seized the engineer Marta Quiroga near the mine on Sunday. Ana Ruiz and"
        " Tomas Vidal were seized on Monday. All three were freed on Friday.",
        [("Quiroga", F, A), ("Ruiz", F, A), ("Vidal", F, A)],
    ),
    (
        "Rebels kidnapped Jonas Eklund and Pieter Smit on the road to Gao. Both men were"
        " freed on Tuesday.",
        [("Eklund", F, A), ("Smit", F, A)],
    ),
    (
        "Police arrested Karim Haddad and Yusuf Benali at the border crossing. The pair"
        " remain in custody.",
        [("Haddad", R, A), ("Benali", R, A)],
    ),
    (
        "The journalists Ines Moreau and Lucas Perrin were detained in Goma in March. The"
        " two journalists were released on Saturday.",
        [("Moreau", F, A), ("Perrin", F, A)],
    ),
    (
        "Hannah Weiss and Daniel Kroll went missing while hiking on Tuesday. They were"
        " later found alive.",
        [("Weiss", L, A), ("Kroll", L, A)],
    ),
    (
        "Omar Saleh, Ali Saleh and Hamid Saleh were abducted from their farm. The three"
        " brothers were released unharmed two weeks later.",
        [("Saleh", F, A)],
    ),
    (
        "Militants seized Grace Obi, Peter Nwosu, Chika Eze and Musa Bello from a bus."
        " All four hostages were freed by the army on Wednesday.",
        [("Obi", F, A), ("Nwosu", F, A), ("Eze", F, A), ("Bello", F, A)],
    ),
    (
        "Bandits kidnapped the businessman Paolo Ferri and his wife, Lucia Ferri, near"
        " Kaduna. The couple were freed on Sunday.",
        [("Ferri", F, A)],
    ),
    (
        "Armed men abducted Farid Noori and Bashir Rahimi in Herat on Monday. Both were"
        " killed the next day.",
        [("Noori", K, A), ("Rahimi", K, A)],
    ),
    (
        "Soldiers detained Adel Mansour and Rami Khalil at a checkpoint. Both men were"
        " released without charge.",
        [("Mansour", F, A), ("Khalil", F, A)],
    ),
    (
        "Nadia Petrova, Olga Ivanova and Irina Smirnova were kidnapped in Kherson. The"
        " three women were later released in a prisoner exchange.",
        [("Petrova", F, A), ("Ivanova", F, A), ("Smirnova", F, A)],
    ),
    (
        "Sami Aziz and Fadi Nasser were shot near the market. Both men died in hospital.",
        [("Aziz", K, A), ("Nasser", K, A)],
    ),
    (
        "Gunmen kidnapped the aid workers Claire Dubois and Marc Lefevre in Niger. The aid"
        " workers were freed after four months.",
        [("Dubois", F, A), ("Lefevre", F, A)],
    ),
    (
        "Kofi Mensah and Ama Owusu were seized by gunmen in Kumasi. Police said the pair"
        " had been found alive.",
        [("Mensah", L, A), ("Owusu", L, A)],
    ),
    (
        "Fishermen Tariq Jamil and Asif Khan were detained by the coast guard. The two"
        " were freed on Sunday.",
        [("Jamil", F, A), ("Khan", F, A)],
    ),
    (
        "Lena Fischer and Jonas Wagner, both 24, were stabbed outside a bar. The two"
        " students died at the scene.",
        [("Fischer", K, A), ("Wagner", K, A)],
    ),
    (
        "Security forces arrested Huda Saeed, Layla Omar and Mona Fathi in Khartoum on"
        " Monday. All three activists were released on Thursday.",
        [("Saeed", F, A), ("Omar", F, A), ("Fathi", F, A)],
    ),
    (
        "The bodies of Viktor Lang and Stefan Horn were found in the river. The two men"
        " had been shot, police said.",
        [("Lang", K, A), ("Horn", K, A)],
    ),
    (
        "Rescuers reached the climbers Ben Carter and Sam Hollis on Tuesday. Both were"
        " found alive.",
        [("Carter", L, A), ("Hollis", L, A)],
    ),
    (
        "Police arrested the activist Yara Haddad on Monday. Her colleague Rania Aoun was"
        " detained on Tuesday. Both women were released on bail.",
        [("Haddad", F, A), ("Aoun", F, A)],
    ),
    (
        "Mohamed Said was shot dead at a checkpoint, and Khaled Amin was wounded. Both"
        " men were civilians, the mayor, Rachid Bouzid, said. The two were buried on"
        " Friday.",
        [("Said", K, A), ("Amin", W, A)],
    ),
    (
        "Divers pulled Emma Novak and her son Luka Novak from the lake on Saturday. The"
        " pair were found alive.",
        [("Novak", L, A)],
    ),
    (
        "Ivan Petrenko, Oleh Bondar and Taras Melnyk were captured near Bakhmut. All"
        " three were later returned in an exchange, the ministry said.",
        [("Petrenko", C, A), ("Bondar", C, A), ("Melnyk", C, A)],
    ),
    (
        "Investigators said Ruth Adler had been detained in Izmir. Her husband, Noam"
        " Adler, was detained in Ankara. The couple were released on Monday.",
        [("Adler", F, A)],
    ),
    # (batch 2, written after the first rules)
    (
        "Gunmen shot Paolo Ferri and his wife Lucia outside their shop in Naples. The couple were taken to hospital with gunshot wounds.",
        [("Ferri", W, A)],
    ),
    (
        "Rebels kidnapped Jonas Eklund and Pieter Smit in May. Soldiers freed the two men on Friday.",
        [("Eklund", F, A), ("Smit", F, A)],
    ),
    (
        "Rebels kidnapped Jonas Eklund and Pieter Smit in May. The army said on Friday that it had freed both hostages.",
        [("Eklund", F, A), ("Smit", F, A)],
    ),
    (
        "Police detained Nikolai Orlov and Dmitri Sokolov after the protest. The pair remain in custody, their lawyer said.",
        [("Orlov", R, A), ("Sokolov", R, A)],
    ),
    (
        "Aline Mukamana was killed in the attack on the market. Jean Habimana and Eric Nsengiyumva also died. All three victims were buried on Sunday.",
        [("Mukamana", K, A), ("Habimana", K, A), ("Nsengiyumva", K, A)],
    ),
    (
        "The aid workers Sofia Lind and Karl Berg, who were seized in Mali in 2023, appeared in a video on Monday. The two hostages said they were in good health.",
        [("Lind", L, A), ("Berg", L, A)],
    ),
    (
        "Leyla Aliyeva was arrested in Baku on Monday, and her colleague Nigar Mammadova was detained a day later. Both journalists were released on Friday.",
        [("Aliyeva", F, A), ("Mammadova", F, A)],
    ),
    (
        "Hassan Diab and his brother Walid Diab were arrested at the airport. The brothers were freed on bail on Tuesday.",
        [("Diab", F, A)],
    ),
    (
        "Miguel Torres and Jorge Ruiz were last seen on Friday. Their bodies were found on Monday. Both had been shot.",
        [("Torres", K, A), ("Ruiz", K, A)],
    ),
    (
        "The climbers Ana Costa and Rui Pinto went missing on Mont Blanc. Rescuers found the pair alive on Sunday.",
        [("Costa", L, A), ("Pinto", L, A)],
    ),
    (
        "Three people were wounded: Ahmed Bakr, his wife Mona Bakr and their driver, Tarek Fawzi. All three were taken to hospital.",
        [("Bakr", W, A), ("Fawzi", W, A)],
    ),
    (
        "Kenji Sato and Hiro Tanaka were detained in Pyongyang in 2019. The two Japanese nationals were freed last week.",
        [("Sato", F, A), ("Tanaka", F, A)],
    ),
    (
        "The soldiers Corporal Ali Demir and Private Emre Kaya were captured in the raid. Both soldiers were later killed by their captors.",
        [("Demir", K, A), ("Kaya", K, A)],
    ),
    # a person and the companions a verb of theirs names after "with" make a counted group
    (
        "Father Tomas Rivera is being held with two other people, his driver, Luis Ortega,"
        " and a nun, Rosa Medina, the diocese said. All three were abducted on the coast"
        " road on Monday.",
        [("Rivera", C, A), ("Ortega", C, A), ("Medina", C, A)],
    ),
    (
        "Bishop Daniel Okafor said he was seized with two aides, Paul Uche and John Obi. All"
        " three were released on Friday.",
        [("Okafor", F, A), ("Uche", F, A), ("Obi", F, A)],
    ),
    # (batch 4) siblings: the people of one family name named just before
    (
        "Thomas Berg was arrested at his home. His brother Erik Berg was detained at the"
        " airport. The brothers were released on bail on Friday.",
        [("Berg", F, A)],
    ),
    (
        "Police detained Amal Nasser on Monday and her sister Huda Nasser on Tuesday. The"
        " sisters were freed on bail on Thursday.",
        [("Nasser", F, A)],
    ),
    # (batch 5) an uncounted plural and a short run of people named in turn
    (
        "Anna Berg went missing on Friday. Her friend Lisa Holm disappeared the same night."
        " They were found alive on Sunday.",
        [("Berg", L, A), ("Holm", L, A)],
    ),
    (
        "Rebels seized Jonas Eklund in March. Pieter Smit was taken in April. The hostages"
        " were freed on Tuesday.",
        [("Eklund", F, A), ("Smit", F, A)],
    ),
    # (batch 6) four people named in two pairs
    (
        "Gunmen abducted Tariq Aziz and Bilal Shah on Monday. Kamran Ali and Danish Raza"
        " were seized on Tuesday. All four hostages were freed on Saturday.",
        [("Aziz", F, A), ("Shah", F, A), ("Ali", F, A), ("Raza", F, A)],
    ),
]

_NOT_FOUND = [
    # a count that matches no group named before: nobody
    (
        "Rebels kidnapped Jonas Eklund and Pieter Smit on the road to Gao. All three"
        " hostages were freed on Tuesday.",
        [("Eklund", F, A), ("Smit", F, A)],
    ),
    (
        "Police questioned Karim Haddad at the border crossing. The pair were arrested on Friday.",
        [("Haddad", R, A)],
    ),
    (
        "Anna Kowalski and Piotr Nowak were seized in Lviv. The four hostages were freed"
        " on Sunday.",
        [("Kowalski", F, A), ("Nowak", F, A)],
    ),
    # a speaker is no member of the group the plural takes up
    (
        "Militants seized Grace Obi and Peter Nwosu from a bus, the governor, Musa Bello,"
        " said. Both were freed by the army on Wednesday.",
        [("Bello", F, A)],
    ),
    # people named apart, not together, are no group a count can take up
    (
        "Captain Leo Marsh spoke to reporters on Monday. Rebels kidnapped Jonas Eklund and"
        " Pieter Smit on the road to Gao. Both men were freed on Tuesday.",
        [("Marsh", F, A)],
    ),
    (
        "The militants who seized Ahmed Raza were killed in a raid, said Colonel Ian Park.",
        [("Raza", K, A)],
    ),
    # a speaker told in the sentence before is no member of a counted group
    (
        "Armed men abducted Farid Noori and Bashir Rahimi in Herat on Monday, the police"
        " chief, Wali Karimi, told reporters. Both were killed the next day.",
        [("Karimi", K, A)],
    ),
    (
        "Lena Fischer was stabbed outside a bar on Friday. Her friends Jonas Wagner and"
        " Max Roth were arrested. The two students were released on Sunday.",
        [("Fischer", F, A)],
    ),
    # (batch 2)
    (
        "Rebels kidnapped Jonas Eklund and Pieter Smit in May, said the mayor, Hans Olsen. Soldiers freed the two men on Friday.",
        [("Olsen", F, A)],
    ),
    (
        "Police arrested Jamal Bashir and Omar Farouk on Monday. Two other men were released without charge.",
        [("Bashir", F, A), ("Farouk", F, A)],
    ),
    (
        "Rebels kidnapped Jonas Eklund and Pieter Smit in May. Three hostages were freed on Friday.",
        [("Eklund", F, A), ("Smit", F, A)],
    ),
    (
        "Lena Fischer met Jonas Wagner at a cafe on Friday. Two students were arrested at the scene.",
        [("Fischer", R, A), ("Wagner", R, A)],
    ),
    (
        "Police arrested Karim Haddad on Monday. His lawyer, Sami Aoun, said on Tuesday that the two men had been freed.",
        [("Aoun", F, A)],
    ),
    # (batch 3) a count of things takes up no people; the one who names a group is none of it
    (
        "Ali Reza met his counterpart, Omar Nabil, in Doha on Monday. Both ships were"
        " seized by pirates on Friday.",
        [("Reza", C, A), ("Nabil", C, A)],
    ),
    (
        "Ali Reza and Omar Nabil met in Doha on Monday. Both ships were seized by pirates"
        " on Friday.",
        [("Reza", C, A), ("Nabil", C, A)],
    ),
    (
        "Pirates boarded two tankers off Somalia, the Aurora and the Nordic Star. Their"
        " captains, Jan Olsen and Erik Dahl, said both ships were seized without a shot.",
        [("Olsen", C, A), ("Dahl", C, A)],
    ),
    (
        "Inspector Ruth Kamau identified the two suspects as Peter Mwangi and John Otieno."
        " All three were arrested on Friday.",
        [("Kamau", R, A)],
    ),
    (
        "Police arrested Karim Saleh and Omar Aziz at a checkpoint. The brothers were"
        " freed on bail on Thursday.",
        [("Saleh", F, A), ("Aziz", F, A)],
    ),
    (
        "Anna Berg went missing on Friday, her brother, Nils Berg, said. They were found"
        " alive on Sunday.",
        [("Berg", L, A)],
    ),
    # (batch 6) an unnamed person ends the run; more people than the count give nothing
    (
        "Judge Maria Lopez refused bail to Omar Ali on Monday. His neighbour was also"
        " charged. Both were released on Friday.",
        [("Lopez", F, A)],
    ),
    (
        "Gunmen abducted Tariq Aziz and Bilal Shah on Monday. Kamran Ali and Danish Raza"
        " were seized on Tuesday. All three hostages were freed on Saturday.",
        [("Aziz", F, A), ("Shah", F, A), ("Ali", F, A), ("Raza", F, A)],
    ),
]

FOUND = [(text, t) for text, triples in _FOUND for t in triples]
NOT_FOUND = [(text, t) for text, triples in _NOT_FOUND for t in triples]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
