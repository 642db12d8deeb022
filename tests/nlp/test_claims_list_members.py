"""People named in lists and enumerations (issue 6): the claim a group gets
reaches every person a copula, a naming verb, a later back-reference, or an "among" /
"include" phrase names as its member, and no one else in the sentence (the officer who
named them, a survivor named beside the dead, speakers listed after "said"). Sentences
written for this test about fictional people: text -> (last word of the subject,
predicate, polarity) of a claim that must be found, or one that must not."""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"
K, W, R, C, F = "killed", "wounded", "arrested", "captured", "released"

_FOUND = [
    # copular identification: "The N people killed ... were A, B and C"
    (
        "A car bomb exploded outside a bakery in Tarvan on Saturday. The three people"
        " killed were Hassan Beydoun, 44, a baker; his nephew Karim Beydoun, 17; and"
        " Leila Farhat, 62.",
        [("Beydoun", K, A), ("Farhat", K, A)],
    ),
    (
        "The two men killed in Sunday's shooting were Darnell Hughes, 23, and Marcus"
        " Tillman, 31, both of Eastside, police said.",
        [("Hughes", K, A), ("Tillman", K, A)],
    ),
    (
        "The victims were Rosa Delgado, 71, and her husband, Ernesto Delgado, 74, the"
        " county coroner said on Monday.",
        [("Delgado", K, A)],
    ),
    (
        "Those killed were Pavel Orlov, a tractor driver, and Sergei Mironenko, a"
        " schoolteacher, the regional governor wrote on Telegram.",
        [("Orlov", K, A), ("Mironenko", K, A)],
    ),
    (
        "The five people who died in the crash were Amina Yusuf, 29; her sons Bashir"
        " Yusuf, 6, and Nuh Yusuf, 4; the driver, Abdi Farah, 51; and a passenger,"
        " Halima Warsame, 38.",
        [("Yusuf", K, A), ("Farah", K, A), ("Warsame", K, A)],
    ),
    (
        "The two activists arrested on Tuesday are Lena Vogt, 27, a student, and Jonas"
        " Brandt, 33, a nurse, the prosecutor's office said.",
        [("Vogt", R, A), ("Brandt", R, A)],
    ),
    (
        "The three hostages released on Friday were Pierre Lambert, Sophie Mercier and"
        " Luc Garnier, the foreign ministry said.",
        [("Lambert", F, A), ("Mercier", F, A), ("Garnier", F, A)],
    ),
    (
        "The four people injured in the stampede were Ravi Menon, 19; Priya Nair, 23;"
        " Arjun Pillai, 40; and Meera Das, 11, a hospital official said.",
        [("Menon", W, A), ("Nair", W, A), ("Pillai", W, A), ("Das", W, A)],
    ),
    (
        "Two soldiers died in the ambush on Thursday. They were Sergeant Kofi Mensah"
        " and Private Yaw Boateng, the army said.",
        [("Mensah", K, A), ("Boateng", K, A)],
    ),
    # naming verbs: "named X as A, B and C"
    (
        "Police named eight of those who died in the blaze as foreman Gustavo Pereira,"
        " 47; welders Tiago Nunes, 22, and Rui Matos, 35; and cleaner Ana Sousa, 58.",
        [("Pereira", K, A), ("Nunes", K, A), ("Matos", K, A), ("Sousa", K, A)],
    ),
    (
        "The statement named the two captured policemen as Sergeant Ousmane Diallo and"
        " Constable Ibrahima Bah.",
        [("Diallo", C, A), ("Bah", C, A)],
    ),
    (
        "Police have identified the dead as Kevin O'Rourke, 34, of Galway, and Sean"
        " Fitzgerald, 29, of Ennis.",
        [("O'Rourke", K, A), ("Fitzgerald", K, A)],
    ),
    (
        "The victims have been identified as Maria Kowalski and Tomasz Nowak, the"
        " prosecutor said on Wednesday.",
        [("Kowalski", K, A), ("Nowak", K, A)],
    ),
    (
        "Authorities named the arrested men as Bilal Hamdan, 24, and Yusuf Karaca, 30.",
        [("Hamdan", R, A), ("Karaca", R, A)],
    ),
    (
        "The ministry identified the three freed hostages as Henrik Larsen, Astrid Holm"
        " and Nils Berg.",
        [("Larsen", F, A), ("Holm", F, A), ("Berg", F, A)],
    ),
    (
        "Inspector Ruth Adeyemi named the dead as Chidi Okeke, 40, and Emeka Nwosu, 36,"
        " at a news conference in Enugu.",
        [("Okeke", K, A), ("Nwosu", K, A)],
    ),
    (
        "The injured were named as Dmitri Petrenko, 55, and Oksana Melnyk, 48, both from Kharkiv.",
        [("Petrenko", W, A), ("Melnyk", W, A)],
    ),
    (
        "Three miners were killed in the collapse. The company named them as shift"
        " leader Piotr Zielinski, 50, and drillers Marek Wozniak, 28, and Adam"
        " Kaczmarek, 33.",
        [("Zielinski", K, A), ("Wozniak", K, A), ("Kaczmarek", K, A)],
    ),
    # back-reference to a counted group
    (
        "Omar Haddad was one of three hostages shot dead when troops stormed the"
        " building. The other two were a cook, Salim Nasser, and a French teacher,"
        " Julien Roux.",
        [("Haddad", K, A), ("Nasser", K, A), ("Roux", K, A), ("Nasser", C, A), ("Roux", C, A)],
    ),
    (
        "Four fishermen held by pirates were freed on Tuesday. One of them, Jorge"
        " Alves, was taken to hospital. The others were Paulo Reis, Hugo Faria and"
        " Bruno Costa.",
        [("Reis", F, A), ("Costa", F, A)],
    ),
    (
        "Twelve students were abducted from the school in Kagara. Two escaped on"
        " Friday. The remaining ten, among them Aisha Bello, 14, are still being held,"
        " a teacher said.",
        [("Bello", C, A)],
    ),
    (
        "Five men were arrested after the raid. Three were released without charge on"
        " Sunday. The other two, Malik Osei and Kwame Asante, remain in custody.",
        [("Osei", R, A), ("Asante", R, A)],
    ),
    (
        "Two journalists were detained at the airport. The two, Hana Suzuki and Kenji"
        " Mori, were released after six hours.",
        [("Suzuki", F, A), ("Mori", F, A)],
    ),
    (
        "Three aid workers were kidnapped near Gao in March. The three, Elise Martin,"
        " Tom Becker and Ana Lopes, were freed on Monday.",
        [("Martin", F, A), ("Becker", F, A), ("Lopes", F, A)],
    ),
    # among ... were / include
    (
        "Among the dead were Fatima Zahra, 32, a teacher, and her son Yassine, 8, the"
        " health ministry said.",
        [("Zahra", K, A)],
    ),
    (
        "Among those detained were the lawyer Emine Kaya and the blogger Deniz Aksoy,"
        " their families said.",
        [("Kaya", R, A), ("Aksoy", R, A)],
    ),
    (
        "The dead include Jamal Saeed, a 19-year-old student, according to relatives.",
        [("Saeed", K, A)],
    ),
    (
        "The dead included Rahul Verma, 24, and Sunil Yadav, 36, both construction workers.",
        [("Verma", K, A), ("Yadav", K, A)],
    ),
    (
        "Gregor Mayer and Katrin Huber were among those arrested, police said.",
        [("Mayer", R, A), ("Huber", R, A)],
    ),
    (
        "Those freed include Mariam Ouedraogo, a nurse who was abducted in 2022.",
        [("Ouedraogo", F, A)],
    ),
    (
        "The injured, who include the mayor's driver, Felix Ndlovu, were taken to Mpilo hospital.",
        [("Ndlovu", W, A)],
    ),
    (
        "Among the injured are two firefighters, Ben Carter and Liam Price, the fire service said.",
        [("Carter", W, A), ("Price", W, A)],
    ),
    (
        "Among those killed was Ahmad Rahimi, a local shopkeeper, witnesses said.",
        [("Rahimi", K, A)],
    ),
    (
        "Those arrested included Viktor Horvat, 45, and his son Ivan Horvat, 20.",
        [("Horvat", R, A)],
    ),
    (
        "Among the wounded was Sergeant Tomas Silva, 28, who was shot in the leg.",
        [("Silva", W, A)],
    ),
    (
        "Those still missing include Lucia Romero, 63, and her sister Carmen Romero, 59.",
        [("Romero", "other:missing", A)],
    ),
    (
        "Among those released on Thursday were Nasrin Sotoudeh-Rad and Bahram Karimi,"
        " two teachers held since May.",
        [("Sotoudeh-Rad", F, A), ("Karimi", F, A)],
    ),
    (
        "The victims included a retired judge, Harold Finch, and a pharmacist, Grace Okafor.",
        [("Finch", K, A), ("Okafor", K, A)],
    ),
    # semicolon lists with titles, home towns, given names only
    (
        "Killed in the attack, the army said: Lieutenant Samir Kaddour, 29, of Blida;"
        " Corporal Amine Belkacem, 24, of Oran; and Private Nabil Saidi, 21.",
        [("Kaddour", K, A), ("Belkacem", K, A), ("Saidi", K, A)],
    ),
    (
        "Those detained: Alibek Nurlanov, a lawyer; Dana Serikova, a blogger; and Erlan"
        " Bekov, a student.",
        [("Nurlanov", R, A), ("Serikova", R, A), ("Bekov", R, A)],
    ),
    (
        "The two children who drowned were named as Ayaan, 7, and his sister Zara, 5,"
        " by their school.",
        [("Ayaan", K, A), ("Zara", K, A)],
    ),
    (
        "The three men charged were named in court as Callum Reid, 22, of Paisley;"
        " Jordan Boyle, 25, of Greenock; and Scott Muir, 19.",
        [("Reid", "other:charge", A), ("Boyle", "other:charge", A)],
    ),
    (
        "Police said the dead were brothers Anil and Vikram Sharma and their cousin Deepak Joshi.",
        [("Joshi", K, A)],
    ),
    # live blog / NGO register
    (
        "14:05 The interior ministry has named the four police officers killed in the"
        " overnight attack: Captain Luis Herrera, Sergeant Pablo Vega, and officers"
        " Diego Ruiz and Mario Castro.",
        [("Herrera", K, A), ("Vega", K, A), ("Ruiz", K, A), ("Castro", K, A)],
    ),
    (
        "The report lists the detainees still held at Camp Nord as Idris Mahamat,"
        " Zakaria Abakar and Youssouf Brahim.",
        [("Mahamat", R, A), ("Abakar", R, A)],
    ),
    (
        "The coastguard said the survivors were Samuel Tesfaye, 24, and Dawit Haile,"
        " 19, both from Eritrea.",
        [("Tesfaye", "alive", A), ("Haile", "alive", A)],
    ),
    (
        "The two pilots, Captain Erik Lund and First Officer Maja Strand, were killed"
        " instantly, investigators said.",
        [("Lund", K, A), ("Strand", K, A)],
    ),
    (
        "Two of the wounded, Rania Khalil and Omar Jaber, were in critical condition on Sunday.",
        [("Khalil", W, A), ("Jaber", W, A)],
    ),
    # precision: non-members in the same sentence
    (
        "Police spokesman Daniel Moreau named the dead as Claire Dubois and Antoine Girard.",
        [("Dubois", K, A), ("Girard", K, A)],
    ),
    (
        "Among the dead were Yusuf Demir and Elif Sahin, but a third passenger, Can"
        " Aydin, survived with burns.",
        [("Demir", K, A), ("Sahin", K, A)],
    ),
    (
        "The dead were named as Harriet Cole and Simon Pike, said Superintendent Mark Ellis.",
        [("Cole", K, A), ("Pike", K, A)],
    ),
    (
        "The officers who found them, Sergeant Anna Berg and Constable Ola Dahl, said"
        " the victims were Lars Engen and Nils Moen.",
        [("Engen", K, A), ("Moen", K, A)],
    ),
    (
        "The victims were named by the hospital's director, Dr Leyla Aliyeva, as Rashad"
        " Mammadov and Elnur Huseynov.",
        [("Mammadov", K, A), ("Huseynov", K, A)],
    ),
    (
        "The survivors, who include Moana Tupou, 12, told rescuers that the captain,"
        " Sione Fifita, had drowned.",
        [("Fifita", K, A)],
    ),
    (
        "Ali Reza, a survivor, named the two friends who died beside him as Mehdi"
        " Karimi and Hossein Tehrani.",
        [("Karimi", K, A), ("Tehrani", K, A)],
    ),
    # pronouns, epithets, paragraph breaks
    (
        "Four people were killed when a gas cylinder exploded in a restaurant in Kano"
        " on Friday.\n\nThe dead were the restaurant's owner, Musa Garba, 50; two"
        " waiters, Sani Aliyu and Umar Bello; and a customer, Hauwa Idris, 27.",
        [("Garba", K, A), ("Aliyu", K, A), ("Bello", K, A), ("Idris", K, A)],
    ),
    (
        "Gunmen seized two engineers on the road to Kidal on Monday.\n\nThe company"
        " identified them as Javier Soto, 41, a Spaniard, and Nikolai Popescu, 37, a"
        " Romanian.",
        [("Soto", C, A), ("Popescu", C, A)],
    ),
    # second batch, written after the first rules (unseen wordings)
    (
        "The three miners who died underground on Tuesday were named on Wednesday as"
        " Thabo Nkosi, 38, Sipho Dlamini, 42, and Lwazi Mthembu, 27.",
        [("Nkosi", K, A), ("Dlamini", K, A), ("Mthembu", K, A)],
    ),
    (
        "Two people were shot dead outside the club. Police said they were Jake Morris,"
        " 22, from Salford, and his friend Tyler Grant, 21.",
        [("Morris", K, A), ("Grant", K, A)],
    ),
    (
        "The six people detained on Friday were released on bail on Sunday. They were"
        " Hamid Rostami, Ali Ghorbani and four students whose names were not given.",
        [("Rostami", F, A), ("Ghorbani", F, A)],
    ),
    (
        "Those killed in the raid included a local commander, Abu Khalid, and two of"
        " his bodyguards, the army said.",
        [("Khalid", K, A)],
    ),
    (
        "Also among the dead was 17-year-old Kelechi Obi, a student at the local secondary school.",
        [("Obi", K, A)],
    ),
    (
        "Officers named the arrested pair as Daniel Webb, 31, and Kerry Webb, 29, of"
        " Hull, said Detective Inspector Sarah Cole.",
        [("Webb", R, A)],
    ),
    (
        "The hostages freed on Saturday were identified by the Foreign Office as Martin"
        " Hale, a British engineer, and Gerrit Visser, a Dutch pilot.",
        [("Hale", F, A), ("Visser", F, A)],
    ),
    (
        "A 14-year-old boy was among three people wounded in the shooting. The other"
        " two were Lamar Jones, 35, and Keisha Brown, 40, police said.",
        [("Jones", W, A), ("Brown", W, A)],
    ),
    # a counted group named clause by clause in the next sentence
    (
        "Two detainees named in the report have since been freed. The lawyer Rana"
        " Kassab was released on bail on February 2, and the poet Sami Azar was"
        " pardoned and released on February 15, the group said.",
        [("Kassab", F, A), ("Azar", F, A)],
    ),
    (
        "Two journalists were arrested in Minsk on Friday. Olga Sidorova was detained"
        " at her flat, and her colleague Pavel Gromov was seized outside the newsroom.",
        [("Sidorova", R, A), ("Gromov", R, A)],
    ),
    (
        "Two prisoners were freed by the rebels on Monday. Musa Danjuma was a former"
        " soldier, and Peter Okon had been a teacher in the town.",
        [("Danjuma", F, A), ("Okon", F, A)],
    ),
    # inverted participle copula
    (
        "Killed in the attack were Lieutenant Samir Haddou, 29, and Corporal Amine"
        " Rezki, 24, the army said.",
        [("Haddou", K, A), ("Rezki", K, A)],
    ),
    (
        "Also injured in the crash was the bus driver, Peter Mwangi, 52, police said.",
        [("Mwangi", W, A)],
    ),
    (
        "Arrested on Monday were the cousins Hakim Zerrouki and Walid Zerrouki, both 23.",
        [("Zerrouki", R, A)],
    ),
]

_NOT_FOUND = [
    # copular identification: "The N people killed ... were A, B and C"
    (
        "The victims were Rosa Delgado, 71, and her husband, Ernesto Delgado, 74, the"
        " county coroner said on Monday.",
        [("coroner", K, A)],
    ),
    # naming verbs: "named X as A, B and C"
    (
        "Inspector Ruth Adeyemi named the dead as Chidi Okeke, 40, and Emeka Nwosu, 36,"
        " at a news conference in Enugu.",
        [("Adeyemi", K, A)],
    ),
    # live blog / NGO register
    (
        "The coastguard said the survivors were Samuel Tesfaye, 24, and Dawit Haile,"
        " 19, both from Eritrea.",
        [("Tesfaye", K, A)],
    ),
    # precision: non-members in the same sentence
    (
        "Police spokesman Daniel Moreau named the dead as Claire Dubois and Antoine Girard.",
        [("Moreau", K, A)],
    ),
    (
        "Among the dead were Yusuf Demir and Elif Sahin, but a third passenger, Can"
        " Aydin, survived with burns.",
        [("Aydin", K, A)],
    ),
    (
        "The dead were named as Harriet Cole and Simon Pike, said Superintendent Mark Ellis.",
        [("Ellis", K, A)],
    ),
    (
        "Among those who spoke at the funeral were Nadia Petrova and Oleg Ivanov,"
        " friends of the family.",
        [("Petrova", K, A), ("Ivanov", K, A)],
    ),
    (
        "Witnesses, including Samira Haddou and Karim Lounes, said the gunmen fled on motorbikes.",
        [("Haddou", K, A), ("Lounes", K, A)],
    ),
    (
        "The officers who found them, Sergeant Anna Berg and Constable Ola Dahl, said"
        " the victims were Lars Engen and Nils Moen.",
        [("Berg", K, A), ("Dahl", K, A)],
    ),
    (
        "The victims were named by the hospital's director, Dr Leyla Aliyeva, as Rashad"
        " Mammadov and Elnur Huseynov.",
        [("Aliyeva", K, A)],
    ),
    (
        "Among the speakers were the mayor, Jan de Vries, and the bishop, Pieter Bakker.",
        [("Vries", K, A), ("Bakker", R, A)],
    ),
    (
        "The survivors, who include Moana Tupou, 12, told rescuers that the captain,"
        " Sione Fifita, had drowned.",
        [("Tupou", K, A)],
    ),
    (
        "Ali Reza, a survivor, named the two friends who died beside him as Mehdi"
        " Karimi and Hossein Tehrani.",
        [("Reza", K, A)],
    ),
    (
        "Those arrested were not named, but police said Inspector Kemal Uslu had led the raid.",
        [("Uslu", R, A)],
    ),
    (
        "The players named in the squad were Tiago Silva, Rui Costa and Nuno Gomes.",
        [("Silva", K, A), ("Costa", R, A)],
    ),
    (
        "The dead were not Marta Lis and Ewa Bak, as first reported, but two other"
        " workers, the mine said.",
        [("Lis", K, A), ("Bak", K, A)],
    ),
    # second batch, written after the first rules (unseen wordings)
    (
        "Nine crew members were rescued from the stricken tanker. The captain, Ivan"
        " Petrov, said the two still missing were the cook, Rolando Cruz, and an"
        " engineer, Mehmet Yilmaz.",
        [("Petrov", "other:missing", A)],
    ),
    (
        "Officers named the arrested pair as Daniel Webb, 31, and Kerry Webb, 29, of"
        " Hull, said Detective Inspector Sarah Cole.",
        [("Cole", R, A)],
    ),
    (
        "Prosecutor Elena Ionescu said the suspects detained on Monday were Radu Popa"
        " and Mihai Stan.",
        [("Ionescu", R, A)],
    ),
    (
        "The mourners included the dead man's brothers, Karim Said and Walid Said.",
        [("Said", K, A)],
    ),
    (
        "Among the guests at the wedding were Omar Farouk and Laila Mansour, who escaped unhurt.",
        [("Farouk", K, A), ("Mansour", K, A)],
    ),
    # a counted group named clause by clause in the next sentence
    (
        "Two hikers were rescued on Sunday. Anna Keller was found near the ridge, and"
        " Jonas Frei was spotted by a helicopter crew, the police said.",
        [("Keller", K, A), ("Frei", K, A)],
    ),
    # precision, third batch
    (
        "Two boys died when the roof collapsed. They were the sons of Mayor Ahmed"
        " Bello, neighbours said.",
        [("Bello", K, A)],
    ),
    (
        "Three protesters were arrested outside parliament. The others were members of"
        " the Green Youth movement, led by Clara Voss.",
        [("Voss", R, A)],
    ),
    (
        "The victims were mostly women, according to Dr Samuel Eto of the district hospital.",
        [("Eto", K, A)],
    ),
    (
        "Four miners were trapped for two days. They were rescued on Sunday, the"
        " company's chief, Ruth Banda, said.",
        [("Banda", F, A), ("Banda", C, A)],
    ),
    (
        "Two soldiers were killed in the ambush. Their commander, Colonel Idris Mahdi,"
        " said the attackers were members of a local militia.",
        [("Mahdi", K, A)],
    ),
    (
        "The dead were buried on Friday in the presence of Governor Femi Adeyemi.",
        [("Adeyemi", K, A)],
    ),
]

FOUND = [(text, t) for text, triples in _FOUND for t in triples]
NOT_FOUND = [(text, t) for text, triples in _NOT_FOUND for t in triples]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
