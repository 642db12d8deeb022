"""Who a pronoun or an epithet takes up, in multi-person stories (issue 6).

Each row is a short story written for this test about fictional people: two to four people
(a journalist and her driver, a commander and his deputy, a father and son, two hostages of
one gender, a victim, a suspect and a police spokesman), pronouns and epithets ("the
34-year-old", "the former minister", "the officer") reaching across sentences and
paragraphs, quotes by one person about another. ``found`` lists (subject, predicate,
polarity) triples the claims must hold, ``absent`` (subject, predicate) pairs no affirmed
claim may hold: the same event given to the wrong person. A subject with a space is a full
name and must match exactly; one word matches any word of the claim's subject.
"""

from __future__ import annotations

from typing import Any

import pytest
from subject_rows import has

STORIES: list[Any] = [
    (
        "s01",
        "Reporter Anna Lindqvist and her driver, Yusuf Kamara, were ambushed on the road to Bo on Monday. He was killed instantly. She was wounded in the leg and is being treated in Freetown, her editor said.",
        [("Kamara", "killed", "affirmed"), ("Lindqvist", "wounded", "affirmed"), ("Lindqvist", "located_in", "affirmed")],
        [("Lindqvist", "killed"), ("Kamara", "wounded")],
    ),
    (
        "s02",
        "The garrison's commander, Colonel Idrissa Sow, escaped unhurt when insurgents stormed the base at Menaka on Saturday. His deputy, Major Ali Toure, was not so lucky. He was shot dead near the armoury.",
        [("Toure", "killed", "affirmed")],
        [("Sow", "killed")],
    ),
    (
        "s03",
        "Farmer Joseph Banda, 61, and his son Peter were abducted from their fields near Mchinji on Thursday. The kidnappers released the father on Sunday. The 24-year-old is still being held, police said.",
        [("Joseph Banda", "released", "affirmed"), ("Peter", "captured", "affirmed")],
        [("Peter", "released")],
    ),
    (
        "s04",
        "Two French engineers, Marc Dubois and Luc Perrin, were seized by gunmen in the Niger Delta in March. Dubois was freed in June after a ransom was paid. Perrin, the younger of the two, is still held.\n\nSpeaking in Paris on Friday, Dubois said he had last seen his colleague in May. He was in poor health but alive, he said.",
        [("Dubois", "released", "affirmed"), ("Perrin", "captured", "affirmed"), ("Perrin", "alive", "affirmed")],
        [("Dubois", "alive"), ("Perrin", "released")],
    ),
    (
        "s05",
        "A 19-year-old man, Kevin Ortiz, was stabbed outside a nightclub in Valencia early on Sunday. Police arrested a suspect, Raul Mendez, 23, a few streets away.\n\nA police spokesman, Sergio Lara, said Ortiz was in a critical condition in hospital. Mendez is due in court on Tuesday.",
        [("Ortiz", "wounded", "affirmed"), ("Mendez", "arrested", "affirmed"), ("Ortiz", "alive", "affirmed")],
        [("Lara", "alive"), ("Mendez", "alive"), ("Ortiz", "arrested")],
    ),
    (
        "s06",
        "Maria Santos, 34, a nurse, and her colleague Ines Rocha, 52, were taken hostage when armed men raided the clinic in Pemba. The 52-year-old was freed on Wednesday. The nurse's family said she was still being held.",
        [("Rocha", "released", "affirmed"), ("Santos", "captured", "affirmed")],
        [("Santos", "released")],
    ),
    (
        "s07",
        "Jonas Meyer, a father of two from Leipzig, was arrested at Istanbul airport in January along with his travelling companion, Stefan Krug. Krug was released after a week. The father of two remains in detention in Silivri, according to the German foreign ministry.",
        [("Meyer", "arrested", "affirmed"), ("Krug", "released", "affirmed"), ("Meyer", "located_in", "affirmed")],
        [("Meyer", "released"), ("Krug", "located_in")],
    ),
    (
        "s08",
        "Former interior minister Hamid Karroubi was detained in Tabriz on Monday, along with his aide, Reza Nouri. The aide was freed on bail on Tuesday. The former minister was transferred to a prison in Tehran, his lawyer said.",
        [("Karroubi", "arrested", "affirmed"), ("Nouri", "released", "affirmed"), ("Karroubi", "located_in", "affirmed")],
        [("Karroubi", "released"), ("Nouri", "located_in")],
    ),
    (
        "s09",
        'The aid workers Tom Hale and Sam Reyes were abducted in northern Mali in 2022. Hale was released in April.\n\n"I was freed, but Sam is still there. I saw him two weeks before my release, and he was alive," Hale told reporters in London.',
        [("Hale", "released", "affirmed"), ("Reyes", "alive", "affirmed"), ("Reyes", "captured", "affirmed")],
        [("Hale", "alive"), ("Reyes", "released")],
    ),
    (
        "s10",
        "Sergeant Paul Mwangi and a colleague were shot while on patrol in Eastleigh on Friday night. The officer died on the way to hospital. His colleague, Constable Mary Achieng, was treated for a wound to the arm.",
        [("Mwangi", "killed", "affirmed"), ("Achieng", "wounded", "affirmed")],
        [("Achieng", "killed")],
    ),
    (
        "s11",
        "Opposition leader Kemal Aydin has been in prison since 2021. His wife, Selin Aydin, visited him on Monday. She was detained by police outside the prison gates hours later and questioned for six hours before being released.",
        [("Kemal Aydin", "arrested", "affirmed"), ("Selin Aydin", "arrested", "affirmed"), ("Selin Aydin", "released", "affirmed")],
        [("Kemal Aydin", "released")],
    ),
    (
        "s12",
        "Pilot Dmitri Volkov was killed when his helicopter crashed near Murmansk on Tuesday. His co-pilot, Oleg Sidorov, survived.\n\nSidorov was pulled from the wreckage by fishermen. He is being treated for burns at a hospital in Murmansk, the regional governor said.",
        [("Volkov", "killed", "affirmed"), ("Sidorov", "alive", "affirmed"), ("Sidorov", "located_in", "affirmed")],
        [("Volkov", "located_in"), ("Volkov", "alive")],
    ),
    (
        "s13",
        "Police in Lyon have arrested a man suspected of killing his former partner. Claire Morel, 41, was found dead in her flat on Saturday. The suspect, Julien Faure, 44, was detained at a relative's home on Sunday. He has been charged with murder.",
        [("Morel", "killed", "affirmed"), ("Faure", "arrested", "affirmed")],
        [("Morel", "arrested"), ("Faure", "killed")],
    ),
    (
        "s14",
        "Journalist Hana Sato was detained in Yangon on March 3. Her translator, Ko Min Thu, was detained with her.\n\nHe was released on March 10. She is still being held at Insein prison, her employer said.",
        [("Sato", "arrested", "affirmed"), ("Thu", "released", "affirmed"), ("Sato", "located_in", "affirmed")],
        [("Sato", "released"), ("Thu", "located_in")],
    ),
    (
        "s15",
        "Aid workers Helen Price and David Osei were kidnapped in Kidal in May. They were released on Sunday, the foreign ministry said.",
        [("Price", "released", "affirmed"), ("Osei", "released", "affirmed")],
        [],
    ),
    (
        "s16",
        "Ahmed Saleh and his brother Omar were arrested at a protest in Khartoum on Friday. Omar was freed the next day. Ahmed, the elder, is being held at Kober prison, their mother said.",
        [("Omar", "released", "affirmed"), ("Ahmed", "located_in", "affirmed")],
        [("Omar", "located_in"), ("Ahmed", "released")],
    ),
    (
        "s17",
        "Senator Lucia Ferreira said on Thursday that the activist Bruno Costa had been beaten in custody. She visited him in the detention centre in Manaus on Wednesday. He had bruises on his face, she said.",
        [("Costa", "arrested", "affirmed"), ("Costa", "appeared", "affirmed")],
        [("Ferreira", "arrested"), ("Ferreira", "appeared")],
    ),
    (
        "s18",
        "Police Inspector Samuel Ndlovu said a taxi driver, Thabo Mokoena, had been shot dead at a rank in Soweto on Monday. The officer said two men had been arrested.",
        [("Mokoena", "killed", "affirmed")],
        [("Ndlovu", "killed"), ("Ndlovu", "arrested"), ("Mokoena", "arrested")],
    ),
    (
        "s19",
        "Elena Petrova, who has died aged 88, was a dissident poet. She was arrested in 1971 with her husband, the painter Viktor Petrov, and spent five years in a labour camp. He died there in 1975.",
        [("Petrova", "killed", "affirmed"), ("Petrova", "arrested", "affirmed"), ("Petrov", "killed", "affirmed")],
        [],
    ),
    (
        "s20",
        "Judge Miriam Okoro on Tuesday denied bail to Charles Eze, the businessman accused of ordering the murder of his rival, Felix Obi. Obi was shot dead in Enugu in 2023. Eze will remain in custody until his trial, the judge ruled.",
        [("Obi", "killed", "affirmed"), ("Eze", "arrested", "affirmed")],
        [("Eze", "killed"), ("Okoro", "arrested"), ("Obi", "arrested")],
    ),
    (
        "s21",
        "14:05 - The army says its spokesman, Colonel Amadou Diallo, has been wounded in the attack on the base.\n\n14:20 - Diallo's deputy, Major Issa Keita, tells us the colonel is in stable condition. He says three soldiers were killed.",
        [("Diallo", "wounded", "affirmed"), ("Diallo", "alive", "affirmed")],
        [("Keita", "alive"), ("Keita", "wounded")],
    ),
    (
        "s22",
        "Rosa Gutierrez has not heard from her son, Mateo Gutierrez, since he crossed into Arizona in April. She said he called her from a detention centre in Tucson in May.",
        [("Mateo Gutierrez", "alive", "affirmed"), ("Mateo Gutierrez", "located_in", "affirmed")],
        [("Rosa Gutierrez", "located_in"), ("Rosa Gutierrez", "alive")],
    ),
    (
        "s23",
        "Gunmen stormed the village of Kaya on Sunday and abducted the headman, Salif Ouedraogo. They killed his nephew, Issa Sawadogo, who tried to stop them. Ouedraogo's family said on Tuesday that he was alive and had been taken into the forest.",
        [("Ouedraogo", "captured", "affirmed"), ("Sawadogo", "killed", "affirmed"), ("Ouedraogo", "alive", "affirmed")],
        [("Sawadogo", "alive"), ("Sawadogo", "captured")],
    ),
    (
        "s24",
        "Lieutenant Hugo Brandt led the patrol that came under fire near Gao on Thursday. He was wounded in the shoulder. A medic, Corporal Jan Weber, pulled him to safety. He was flown to a military hospital in Dakar on Friday.",
        [("Brandt", "wounded", "affirmed"), ("Brandt", "located_in", "affirmed")],
        [("Weber", "located_in"), ("Weber", "wounded")],
    ),
    (
        "s25",
        'Fatima Hassan\'s brother, Yusuf Hassan, was taken by soldiers in 2019. "We have not seen him since," she said. "I went to every prison in the city."',
        [("Yusuf Hassan", "arrested", "affirmed"), ("Yusuf Hassan", "appeared", "negated")],
        [("Fatima Hassan", "arrested")],
    ),
    (
        "s26",
        "Interior Minister Paul Etoundi said on Monday that his predecessor, Jean-Claude Mbarga, had been arrested in Douala. The former minister is accused of embezzling public funds. He is being held at Kondengui prison, Etoundi said.",
        [("Mbarga", "arrested", "affirmed"), ("Mbarga", "located_in", "affirmed")],
        [("Etoundi", "located_in"), ("Etoundi", "arrested")],
    ),
    (
        "s27",
        '"He is alive. I spoke to him on Friday," said Grace Adeyemi, the wife of the kidnapped engineer Tunde Adeyemi.',
        [("Tunde Adeyemi", "alive", "affirmed"), ("Tunde Adeyemi", "captured", "affirmed")],
        [("Grace Adeyemi", "alive")],
    ),
    (
        "s28",
        "Rebel commander Jean-Pierre Mugisha was captured by government troops in March, tried in Goma and sentenced to life. His second-in-command, Eric Habimana, fled to Uganda and has not been seen since.",
        [("Mugisha", "arrested", "affirmed"), ("Habimana", "located_in", "affirmed"), ("Habimana", "appeared", "negated")],
        [("Mugisha", "located_in"), ("Habimana", "arrested")],
    ),
    (
        "s29",
        "Nadia Rahimi, a women's rights activist, was arrested in Herat in September along with her brother, Farid Rahimi.\n\nHe was released after two weeks. She has been transferred to a prison in Kabul, a relative said.",
        [("Nadia Rahimi", "arrested", "affirmed"), ("Farid Rahimi", "released", "affirmed"), ("Nadia Rahimi", "located_in", "affirmed")],
        [("Farid Rahimi", "located_in"), ("Nadia Rahimi", "released")],
    ),
    (
        "s30",
        "A 67-year-old woman, Doris Whitfield, was knocked down and killed by a car in Harrogate on Saturday. The driver, Liam Price, 28, was arrested at the scene on suspicion of dangerous driving. He was later released under investigation.",
        [("Whitfield", "killed", "affirmed"), ("Price", "arrested", "affirmed"), ("Price", "released", "affirmed")],
        [("Whitfield", "arrested"), ("Whitfield", "released")],
    ),
    (
        "s31",
        "The militia leader known as General Kato was killed in an air strike on Tuesday, the army said. His deputy, Moses Okello, has taken command of the group. Okello was himself wounded in a strike last year.",
        [("Kato", "killed", "affirmed"), ("Okello", "leadership_change", "affirmed"), ("Okello", "wounded", "affirmed")],
        [("Okello", "killed"), ("Kato", "leadership_change")],
    ),
    (
        "s32",
        "Sisters Leyla Demir and Dilan Demir were detained at a checkpoint in Diyarbakir on Friday. Leyla, 19, was released the same evening. Dilan, who is 23, remains in custody.",
        [("Leyla Demir", "released", "affirmed"), ("Dilan Demir", "arrested", "affirmed")],
        [("Dilan Demir", "released")],
    ),
    (
        "s33",
        'Maryam Yusuf told reporters that her husband, Ibrahim Yusuf, had been taken from their home by soldiers on Sunday. "They beat him in front of our children," she said. "I do not know whether he is alive."',
        [("Ibrahim Yusuf", "arrested", "affirmed"), ("Ibrahim Yusuf", "alive", "affirmed")],
        [("Maryam Yusuf", "alive"), ("Maryam Yusuf", "arrested")],
    ),
    (
        "s34",
        "Colonel Abdel Rahman, a spokesman for the army, said on Sunday that the rebel commander Hassan Musa had been killed in a raid near Nyala. He said the raid had taken place on Saturday.",
        [("Musa", "killed", "affirmed")],
        [("Rahman", "killed")],
    ),
    (
        "s35",
        "Mechanic Tomas Novak, 34, and his employer, Karel Dvorak, 58, were arrested in Brno on Tuesday on suspicion of smuggling weapons. The 58-year-old was released on bail on Wednesday, while the 34-year-old remains in custody.",
        [("Dvorak", "released", "affirmed"), ("Novak", "arrested", "affirmed")],
        [("Novak", "released")],
    ),
    (
        "s36",
        "Pensioner Arthur Wells, 81, was attacked in his home in Bolton by a burglar on Friday night. Neighbours chased the intruder, later named by police as Dean Cole, 31, who was arrested nearby. The victim died in hospital on Sunday.",
        [("Wells", "killed", "affirmed"), ("Cole", "arrested", "affirmed")],
        [("Cole", "killed"), ("Wells", "arrested")],
    ),
    (
        "s37",
        "Sgt Kwame Asante was shot in the leg during the raid and flown to Accra for surgery, while his commanding officer, Captain Kofi Mensah, was killed.",
        [("Asante", "wounded", "affirmed"), ("Asante", "located_in", "affirmed"), ("Mensah", "killed", "affirmed")],
        [("Mensah", "located_in"), ("Asante", "killed")],
    ),
    (
        "s38",
        "For eleven years, Leila Noor searched for her husband. Karim Noor, a schoolteacher, disappeared in 2013 after he was stopped at a checkpoint in Homs.\n\nIn March a former detainee told her he had shared a cell with Karim in Saydnaya prison in 2016. He was thin but alive, the man said.",
        [("Karim Noor", "alive", "affirmed"), ("Karim Noor", "located_in", "affirmed")],
        [("Leila Noor", "alive"), ("Leila Noor", "located_in")],
    ),
    (
        "s39",
        "Dutch tourists Pieter de Vries and Anneke de Vries were kidnapped in Sabah in 2023. She was freed in a raid by Malaysian police in January. He is still being held, the Dutch foreign ministry said.",
        [("Anneke de Vries", "released", "affirmed"), ("Pieter de Vries", "captured", "affirmed")],
        [("Pieter de Vries", "released")],
    ),
    (
        "s40",
        "Gunmen abducted the businessman Chike Okonkwo and his secretary, Blessing Uche, in Owerri on Monday. She was freed on Wednesday and told police he had been taken to a forest near Orlu.",
        [("Uche", "released", "affirmed"), ("Okonkwo", "captured", "affirmed"), ("Okonkwo", "located_in", "affirmed")],
        [("Uche", "located_in"), ("Okonkwo", "released")],
    ),
    (
        "s41",
        "The opposition leader Samuel Kariuki was charged with treason on Monday. He denied the charge.\n\nHis co-accused, former MP Daniel Wekesa, was not in court. He is in hospital in Nairobi after collapsing in his cell last week, his lawyer said.",
        [("Wekesa", "located_in", "affirmed")],
        [("Kariuki", "located_in")],
    ),
    (
        "s42",
        "President Alain Moreau dismissed his defence minister, Gilles Ravel, on Friday, days after the army's chief of staff, General Luc Bertin, was killed in a helicopter crash. The former minister left the country on Saturday and is believed to be in Geneva.",
        [("Bertin", "killed", "affirmed"), ("Ravel", "located_in", "affirmed")],
        [("Moreau", "located_in"), ("Bertin", "located_in"), ("Ravel", "killed")],
    ),
    (
        "s43",
        "A 12-year-old boy was killed and his father, Ali Mansour, was wounded when a shell hit their house in Khan Younis on Tuesday. Mansour is being treated at Nasser hospital.",
        [("Mansour", "wounded", "affirmed")],
        [("Mansour", "killed")],
    ),
    (
        "s44",
        "The Briton Neil Carver and the Swede Olof Lind were taken from a mine in Ituri in 2024. Carver was released in February.\n\nLind, 63, has diabetes. He was shown in a video in April asking his government for help.",
        [("Carver", "released", "affirmed"), ("Lind", "appeared", "affirmed"), ("Lind", "captured", "affirmed")],
        [("Carver", "appeared"), ("Lind", "released")],
    ),
    (
        "s45",
        "Hussein Ali's son, Mahdi, was shot by police during a protest in Basra on Friday. He died of his wounds on Saturday, his father said.",
        [("Mahdi", "killed", "affirmed")],
        [("Hussein Ali", "killed")],
    ),
    (
        "s46",
        "Constable Rhys Evans, 29, was stabbed while arresting a man in Cardiff on Friday. The suspect, Gareth Hughes, 40, was detained at the scene. The officer is recovering in hospital.",
        [("Evans", "wounded", "affirmed"), ("Hughes", "arrested", "affirmed"), ("Evans", "alive", "affirmed")],
        [("Hughes", "alive"), ("Evans", "arrested")],
    ),
    (
        "s47",
        "Maria Lopez, a mother of three, was shot dead by her estranged husband, Carlos Ruiz, in Tijuana on Sunday. He fled and was arrested on Tuesday in Ensenada.",
        [("Lopez", "killed", "affirmed"), ("Ruiz", "arrested", "affirmed")],
        [("Lopez", "arrested"), ("Ruiz", "killed")],
    ),
    (
        "s48",
        "Former finance minister Omar Balde was arrested on Monday. Police also detained his brother-in-law, Ibrahima Fall.\n\nThe former minister was released on bail on Wednesday. Fall remains in custody.",
        [("Balde", "released", "affirmed"), ("Fall", "arrested", "affirmed")],
        [("Fall", "released")],
    ),
    (
        "s49",
        "The gunman, Karl Wendt, shot the bank guard, Peter Sommer, twice in the chest. He died at the scene. Wendt was arrested two hours later at a petrol station.",
        [("Sommer", "killed", "affirmed"), ("Wendt", "arrested", "affirmed")],
        [("Wendt", "killed"), ("Sommer", "arrested")],
    ),
    (
        "s50",
        "A police officer, Sergeant Alan Reid, was shot in Belfast on Tuesday night. Chief Constable Mark Doyle said the officer was in a serious but stable condition.",
        [("Reid", "wounded", "affirmed"), ("Reid", "alive", "affirmed")],
        [("Doyle", "alive"), ("Doyle", "wounded")],
    ),
    (
        "s51",
        "Activist Olga Ivanova was detained in Minsk on Friday. Her lawyer, Igor Sokolov, said he was prevented from seeing her. He was himself detained on Sunday and released on Monday.",
        [("Ivanova", "arrested", "affirmed"), ("Sokolov", "arrested", "affirmed"), ("Sokolov", "released", "affirmed")],
        [("Ivanova", "released")],
    ),
    (
        "s52",
        "The kidnappers freed the pastor, Emmanuel Adu, on Saturday but kept his driver, Kojo Mensah. Adu said he had last seen the driver on Thursday. The 40-year-old is believed to be held in the forest near Kumasi, police said.",
        [("Adu", "released", "affirmed"), ("Mensah", "captured", "affirmed")],
        [("Adu", "captured"), ("Mensah", "released")],
    ),
    (
        "s53",
        "Villagers found the body of Rahul Verma, a forest guard, near Kanha on Tuesday. His colleague, Suresh Yadav, had been missing since Sunday. He was found alive on Wednesday, tied to a tree.",
        [("Verma", "killed", "affirmed"), ("Yadav", "alive", "affirmed")],
        [("Verma", "alive")],
    ),
    (
        "s54",
        'The former rebel leader Joseph Lagu, 70, and his son, David, were arrested at their home in Juba. "They took my father, and they took my brother," said Lagu\'s daughter, Mary. "My father is sick. He needs his medicine."',
        [("Joseph Lagu", "arrested", "affirmed")],
        [("Mary", "arrested")],
    ),
    (
        "s55",
        "The Tunisian journalist Sami Belhadj was freed on Thursday after 18 months in prison. His colleague at the paper, Mehdi Jaziri, was arrested on the same day.\n\nJaziri was taken to Mornaguia prison, his lawyer said. He is accused of spreading false news.",
        [("Belhadj", "released", "affirmed"), ("Jaziri", "arrested", "affirmed"), ("Jaziri", "located_in", "affirmed")],
        [("Belhadj", "located_in"), ("Jaziri", "released")],
    ),
    (
        "s56",
        "Mohammed Darwish was killed in the strike on his car in Tyre on Monday, the group said. His bodyguard, Hassan Fares, survived.\n\nThe group named Darwish's deputy, Ali Haidar, as his successor on Tuesday.",
        [("Darwish", "killed", "affirmed"), ("Fares", "alive", "affirmed"), ("Haidar", "leadership_change", "affirmed")],
        [("Fares", "killed"), ("Darwish", "alive"), ("Fares", "leadership_change")],
    ),
    (
        "s57",
        "Marta Kowalczyk, 29, went missing while hiking in the Tatras on Saturday. Her boyfriend, Adam Zielinski, raised the alarm when she did not return.\n\nRescuers found her alive on Monday with a broken leg. She was airlifted to a hospital in Zakopane.",
        [("Kowalczyk", "alive", "affirmed"), ("Kowalczyk", "located_in", "affirmed")],
        [("Zielinski", "alive"), ("Zielinski", "located_in")],
    ),
    (
        "s58",
        "Two prison guards, Ivan Horvat and Marko Babic, were taken hostage during a riot at Lepoglava prison on Sunday. Horvat was freed after four hours. Babic was held overnight.\n\nHe was released on Monday morning with cuts to his face, the justice ministry said.",
        [("Horvat", "released", "affirmed"), ("Babic", "released", "affirmed"), ("Babic", "captured", "affirmed")],
        [],
    ),
    (
        "s59",
        "The environmental activist Ana Ruiz was shot dead outside her home in Tegucigalpa on Monday. Her husband, Jorge Mejia, was wounded in the attack. He is in intensive care, the police said.",
        [("Ruiz", "killed", "affirmed"), ("Mejia", "wounded", "affirmed"), ("Mejia", "alive", "affirmed")],
        [("Mejia", "killed"), ("Ruiz", "alive")],
    ),
    (
        "s60",
        "A 34-year-old British man, Daniel Hart, has been arrested in Dubai. His mother, Susan Hart, said she had not been allowed to speak to him.\n\nThe 34-year-old was detained at the airport on June 1, the Foreign Office said.",
        [("Daniel Hart", "arrested", "affirmed")],
        [("Susan Hart", "arrested")],
    ),
    (
        "s61",
        'Police said Ahmed Karimi, 31, was arrested on Friday at his shop in Shiraz. His brother, Javad Karimi, said the family had been given no reason. "He has done nothing wrong," he said.',
        [("Ahmed Karimi", "arrested", "affirmed")],
        [("Javad Karimi", "arrested")],
    ),
    (
        "s62",
        "The mayor of Ciudad Obregon, Raul Medina, said on Monday that the police chief, Arturo Salas, had been kidnapped from his home.\n\nHe was found alive on Wednesday on a road outside the city.",
        [("Salas", "captured", "affirmed"), ("Salas", "alive", "affirmed")],
        [("Medina", "alive"), ("Medina", "captured")],
    ),
    (
        "s63",
        'Nurse Amal Haddad was freed on Sunday after three weeks in captivity. Her colleague Rania Saleh is still held. "She is strong, but she is sick," Haddad told reporters.',
        [("Haddad", "released", "affirmed"), ("Saleh", "captured", "affirmed"), ("Saleh", "alive", "affirmed")],
        [("Haddad", "alive"), ("Saleh", "released")],
    ),
    (
        "s64",
        "09:40 - Lawyers for the jailed editor Kamal Osman say he has been moved to Kober prison.\n\n10:15 - His deputy at the paper, Adil Nur, who was arrested with him, has been released, the family says.",
        [("Osman", "located_in", "affirmed"), ("Nur", "released", "affirmed"), ("Osman", "arrested", "affirmed")],
        [("Osman", "released"), ("Nur", "located_in")],
    ),
    (
        "s65",
        "Haji Rahim Gul, the tribal elder who brokered the 2019 ceasefire, has died at 74. He was wounded in 2012 in a bombing that killed his eldest son, Najib.\n\nGul spent two years in a Pakistani jail in the 1990s.",
        [("Gul", "killed", "affirmed"), ("Gul", "wounded", "affirmed"), ("Najib", "killed", "affirmed"), ("Gul", "arrested", "affirmed")],
        [("Najib", "wounded"), ("Najib", "arrested")],
    ),
    (
        "s66",
        '"My client was tortured," the lawyer, Zeynep Kaya, told the court. The defendant, Murat Celik, 29, denied the charges. He has been in pre-trial detention since March.',
        [("Celik", "arrested", "affirmed")],
        [("Kaya", "arrested")],
    ),
    (
        "s67",
        "Army spokesman Brigadier General Ahmed Said said a soldier, Private Ali Hamdi, had been killed in the ambush. He said two other soldiers were wounded.",
        [("Hamdi", "killed", "affirmed")],
        [("Said", "killed"), ("Said", "wounded"), ("Hamdi", "wounded")],
    ),
    (
        "s68",
        "Police arrested Jana Novakova and her partner, Tomas Blaha, in Prague on Monday. The two were charged on Tuesday. She was released on bail; he remains in custody.",
        [("Novakova", "released", "affirmed"), ("Blaha", "arrested", "affirmed")],
        [("Blaha", "released")],
    ),
    (
        "s69",
        "Ruth Kamau was travelling with her bodyguard, James Mutua, when gunmen opened fire on their car near Garissa. Mutua returned fire, was hit twice and died at the scene. Kamau escaped unhurt.",
        [("Mutua", "killed", "affirmed"), ("Kamau", "alive", "affirmed")],
        [("Kamau", "killed")],
    ),
    (
        "s70",
        "The student Ayesha Malik, 20, was arrested at a protest in Lahore on Saturday.\n\nHer father, Tariq Malik, said he had been allowed to visit her on Monday. She was tired but unhurt, he said.",
        [("Ayesha Malik", "arrested", "affirmed"), ("Ayesha Malik", "alive", "affirmed")],
        [("Tariq Malik", "alive"), ("Tariq Malik", "arrested")],
    ),
    (
        "s71",
        "Police questioned the bar's owner, Ben Carter, and its manager, Luke Moss, on Sunday. The latter was arrested on suspicion of supplying drugs.",
        [("Moss", "arrested", "affirmed")],
        [("Carter", "arrested")],
    ),
    (
        "s72",
        "Soldiers detained the brothers Samir Aziz and Nabil Aziz at a checkpoint near Jenin. They were taken to Ofer prison. Samir was released on Thursday.",
        [("Samir Aziz", "released", "affirmed"), ("Nabil Aziz", "located_in", "affirmed")],
        [("Nabil Aziz", "released")],
    ),
    (
        "s73",
        '"He was shot in front of me," said Layla Omar, whose husband, Khaled Omar, died in hospital on Sunday.',
        [("Khaled Omar", "wounded", "affirmed"), ("Khaled Omar", "killed", "affirmed")],
        [("Layla Omar", "wounded"), ("Layla Omar", "killed")],
    ),
    (
        "s74",
        "The blast killed the provincial governor, Ahmed Khalil, on Monday. Khalil's bodyguard, Sami Nasser, survived with minor injuries and was taken to hospital in Kirkuk.",
        [("Khalil", "killed", "affirmed"), ("Nasser", "alive", "affirmed"), ("Nasser", "located_in", "affirmed")],
        [("Nasser", "killed"), ("Khalil", "located_in")],
    ),
    (
        "s75",
        "Police have arrested Maria Costa, 45, over the death of her neighbour, Ana Lima.\n\nLima, 71, was found dead in her garden on Sunday. She had been stabbed several times.\n\nCosta is due to appear in court on Monday.",
        [("Lima", "killed", "affirmed"), ("Costa", "arrested", "affirmed")],
        [("Costa", "killed"), ("Costa", "wounded")],
    ),
    (
        "s76",
        "Journalist Omar Farouk said his cameraman, Yasser Ali, had been detained at the border crossing on Tuesday. He said Ali was being held in Rafah.",
        [("Yasser Ali", "arrested", "affirmed"), ("Yasser Ali", "located_in", "affirmed")],
        [("Farouk", "located_in"), ("Farouk", "arrested")],
    ),
    (
        "s77",
        "Former rebel commander Thomas Okwera was released from prison on Monday after serving 14 years.\n\nHis former deputy, Bosco Ntamba, is still wanted by the International Criminal Court. He is believed to be hiding in South Sudan.",
        [("Okwera", "released", "affirmed"), ("Ntamba", "located_in", "affirmed")],
        [("Okwera", "located_in")],
    ),
    (
        "s78",
        "The photographer Elif Aksoy was detained in Van on Tuesday with her fixer, Baran Dogan. Police released him the same night.\n\nShe is being held at the city's anti-terror branch, her newspaper said.",
        [("Aksoy", "arrested", "affirmed"), ("Dogan", "released", "affirmed")],
        [("Aksoy", "released"), ("Dogan", "located_in")],
    ),
    (
        "s79",
        "Kidnappers seized the Italian priest Paolo Ricci and a Nigerian seminarian, John Eke, in Kaduna on Monday. The seminarian escaped on Wednesday and alerted the police.\n\nRicci is still being held. The bishop of Kaduna, Matthew Obi, said the priest had diabetes and needed medicine.",
        [("Ricci", "captured", "affirmed"), ("Eke", "other:escape", "affirmed")],
        [("Ricci", "other:escape")],
    ),
    (
        "s80",
        "Sergeant Tariq Mahmood was shot dead at a checkpoint in Quetta on Friday. His killer, a man in his twenties, fled on a motorcycle.\n\nPolice said on Saturday they had arrested a suspect, Gul Khan, 24. He was being questioned at the city's main police station.",
        [("Mahmood", "killed", "affirmed"), ("Khan", "arrested", "affirmed")],
        [("Mahmood", "arrested"), ("Mahmood", "located_in")],
    ),
    (
        "s81",
        "Karim Haddad, whose brother Fadi was killed by a sniper in 2014, was arrested in Beirut on Monday.",
        [("Fadi", "killed", "affirmed"), ("Karim Haddad", "arrested", "affirmed")],
        [("Karim Haddad", "killed"), ("Fadi", "arrested")],
    ),
    (
        "s82",
        "Colonel Moussa Sangare took command of the battalion after his predecessor, Colonel Drissa Keita, was killed in an ambush in May. Sangare was himself wounded in the same attack.",
        [("Keita", "killed", "affirmed"), ("Sangare", "leadership_change", "affirmed"), ("Sangare", "wounded", "affirmed")],
        [("Sangare", "killed"), ("Keita", "wounded")],
    ),
    (
        "s83",
        "The defence lawyer for Anton Kuzmin, Vera Orlova, said on Friday that her client had been moved to a prison hospital in Perm. She said his health had worsened since his arrest in March.",
        [("Kuzmin", "located_in", "affirmed"), ("Kuzmin", "arrested", "affirmed")],
        [("Orlova", "located_in"), ("Orlova", "arrested")],
    ),
    (
        "s84",
        "Aid worker Claire Dumont was abducted in Gao in 2021. Her kidnappers released a video of her in May 2022.\n\nHer mother, Sylvie Dumont, has campaigned for her release ever since. She met the French president in Paris on Tuesday.",
        [("Claire Dumont", "captured", "affirmed"), ("Claire Dumont", "appeared", "affirmed")],
        [("Sylvie Dumont", "captured"), ("Claire Dumont", "located_in")],
    ),
    (
        "s85",
        "Pastor Samuel Oyelaran was kidnapped on the Abuja-Kaduna road on Sunday. His wife, Deborah, said the kidnappers had called her on Tuesday and demanded a ransom. She said she had spoken to him briefly and he sounded weak.",
        [("Oyelaran", "captured", "affirmed"), ("Oyelaran", "alive", "affirmed")],
        [("Deborah", "alive"), ("Deborah", "captured")],
    ),
    (
        "s86",
        "The former army chief, General Ibrahim Tanko, was placed under house arrest on Wednesday. His successor, General Musa Danjuma, said he had been plotting a coup.\n\nTanko's family said he was being held at his home in Kaduna.",
        [("Tanko", "arrested", "affirmed"), ("Tanko", "located_in", "affirmed")],
        [("Danjuma", "arrested"), ("Danjuma", "located_in")],
    ),
    (
        "s87",
        "The journalist Nasser Barakat was freed on Thursday after six months in detention. His cellmate, the blogger Hamza Tarek, is still held. Barakat said he had last seen him on Monday, and that he had lost a lot of weight.",
        [("Barakat", "released", "affirmed"), ("Tarek", "arrested", "affirmed"), ("Tarek", "appeared", "affirmed")],
        [("Barakat", "appeared"), ("Tarek", "released")],
    ),
    (
        "s88",
        "Witnesses said the gunmen dragged the driver, Abdou Diop, from the bus and shot him. A passenger, Moustapha Fall, was also wounded. Diop died on the way to hospital.",
        [("Diop", "killed", "affirmed"), ("Fall", "wounded", "affirmed")],
        [("Fall", "killed"), ("Diop", "alive")],
    ),
    (
        "s89",
        "Police in Accra have arrested a man over the murder of the businesswoman Akua Asante. The suspect, Kojo Boateng, 33, was her driver. Asante was found dead in her car on Saturday.",
        [("Boateng", "arrested", "affirmed"), ("Asante", "killed", "affirmed")],
        [("Asante", "arrested"), ("Boateng", "killed")],
    ),
    (
        "s90",
        "Two cousins, Ali Reza Ahmadi and Hamid Ahmadi, were sentenced to death in Tehran on Sunday. Hamid's sentence was later commuted. Ali Reza was executed at dawn on Thursday, his lawyer said.",
        [("Ali Reza Ahmadi", "killed", "affirmed")],
        [("Hamid Ahmadi", "killed")],
    ),
    (
        "s91",
        "The rebel leader known as Commander Zulu was killed in a clash with troops on Friday, the army said. His bodyguard, who was wounded, was captured and is being questioned in Bunia.\n\nZulu, whose real name was Innocent Kabamba, had led the group since 2015.",
        [("Kabamba", "killed", "affirmed")],
        [("Kabamba", "arrested"), ("Kabamba", "located_in")],
    ),
    (
        "s92",
        "Rights activist Aliya Nurlanova, 38, was detained in Almaty on Saturday. Police also detained her husband, Bolat Nurlanov, but he was released the same day.\n\nShe was charged on Monday with organising an illegal protest and remains in custody.",
        [("Aliya Nurlanova", "arrested", "affirmed"), ("Bolat Nurlanov", "arrested", "affirmed"), ("Bolat Nurlanov", "released", "affirmed")],
        [("Aliya Nurlanova", "released")],
    ),
    (
        "s93",
        "The Islamic State commander Abu Hamza al-Iraqi was killed in a drone strike in Idlib on Tuesday, the US military said. His aide, Abu Bakr al-Shami, was wounded. He was taken to a hospital in Sarmada, residents said.",
        [("Abu Hamza al-Iraqi", "killed", "affirmed"), ("Abu Bakr al-Shami", "wounded", "affirmed"), ("Abu Bakr al-Shami", "located_in", "affirmed")],
        [("Abu Hamza al-Iraqi", "located_in"), ("Abu Hamza al-Iraqi", "wounded")],
    ),
    (
        "s94",
        "Moses Kiprop, 52, and his nephew, Brian Kiprop, 19, were swept away by floodwaters near Eldoret on Friday. The teenager was rescued by villagers. His uncle's body was recovered on Sunday.",
        [("Moses Kiprop", "killed", "affirmed")],
        [("Brian Kiprop", "killed")],
    ),
    (
        "s95",
        "Ines Moreau says the last time she saw her son, Theo, was at a bus station in Lyon in 2019. Theo, then 17, had told her he was going to work in Marseille. A year later he was detained in Syria.",
        [("Theo", "arrested", "affirmed"), ("Theo", "appeared", "affirmed")],
        [("Ines Moreau", "arrested")],
    ),
    (
        "s96",
        "Constable Sipho Khumalo shot dead a robbery suspect, Vusi Ndlovu, in a shootout in Durban on Monday. Khumalo was wounded in the arm.\n\nHe is recovering in hospital, a police spokeswoman said.",
        [("Ndlovu", "killed", "affirmed"), ("Khumalo", "wounded", "affirmed"), ("Khumalo", "alive", "affirmed")],
        [("Ndlovu", "alive"), ("Khumalo", "killed")],
    ),
    (
        "s97",
        'The widow of the murdered judge Paolo Conti testified on Tuesday. "He knew they would come for him," Giulia Conti told the court. Her husband was shot dead outside their home in Palermo in 1992.',
        [("Paolo Conti", "killed", "affirmed")],
        [("Giulia Conti", "killed")],
    ),
    (
        "s98",
        "Fishermen found the trawler's captain, Jonas Berg, clinging to a life raft on Thursday, two days after the boat sank. His first mate, Erik Lund, is still missing.\n\nBerg was flown to Bergen, where he was treated for hypothermia.",
        [("Berg", "alive", "affirmed"), ("Berg", "located_in", "affirmed")],
        [("Lund", "located_in"), ("Lund", "alive")],
    ),
    (
        "s99",
        "A French court on Monday convicted Karim Benali of murdering his former business partner, Didier Marchal, who disappeared in 2016. Marchal's body has never been found. Benali, who denied the charge, was sentenced to 25 years.",
        [("Benali", "other:convict", "affirmed")],
        [("Marchal", "other:convict")],
    ),
    (
        "s100",
        "Bashir Omar, 24, was shot by soldiers at a checkpoint near Nablus on Friday. His friend, Yazan Khalil, who was in the car with him, was unhurt. Omar was declared dead at the hospital.",
        [("Omar", "wounded", "affirmed"), ("Omar", "killed", "affirmed"), ("Khalil", "wounded", "negated")],
        [("Khalil", "killed")],
    ),
    (
        "s101",
        "The veteran commander Abu Khalid was killed in a strike on his car in southern Lebanon on Thursday, the group said. His son, Hussein, 22, was in the car with him and was seriously wounded.\n\nHe was taken to a hospital in Tyre, where doctors said he was in critical condition.",
        [("Abu Khalid", "killed", "affirmed"), ("Hussein", "wounded", "affirmed"), ("Hussein", "alive", "affirmed")],
        [("Abu Khalid", "alive"), ("Abu Khalid", "wounded")],
    ),
    (
        "s102",
        "General Tun Aung was killed when jets bombed his headquarters at Lay Kaw in February. His son, Saw Htoo, was with him that night. He lost a leg but survived, the group said.",
        [("Tun Aung", "killed", "affirmed"), ("Saw Htoo", "alive", "affirmed")],
        [("Tun Aung", "alive")],
    ),
    (
        "s103",
        "Rescuers pulled the climber Jakub Mazur from a crevasse on Sunday. His partner, Ewa Nowak, had walked for six hours to raise the alarm. She was unhurt.\n\nHe was flown to a hospital in Zakopane with a broken pelvis, the mountain rescue service said.",
        [("Mazur", "located_in", "affirmed"), ("Nowak", "wounded", "negated")],
        [("Nowak", "located_in")],
    ),
    (
        "s104",
        "Police have charged Dmitri Sokolov, 35, with the murder of Andrei Petrenko. He was found dead in his flat in Riga on March 3 with stab wounds.",
        [("Petrenko", "killed", "affirmed")],
        [("Sokolov", "killed")],
    ),
    (
        "s105",
        "Prosecutors say Femi Ade, 41, ordered the killing of the journalist Tunde Bakare. He was shot outside his home in Ibadan in January and died two days later.",
        [("Bakare", "killed", "affirmed")],
        [("Ade", "killed"), ("Ade", "wounded")],
    ),
    (
        "s106",
        "Anna Kowalska, 29, has been arrested over the death of her neighbour, Irena Nowak. She was found dead at her home in Lodz on Friday.",
        [("Kowalska", "arrested", "affirmed"), ("Nowak", "killed", "affirmed")],
        [("Kowalska", "killed")],
    ),
    (
        "s107",
        "Detectives arrested Ryan Cole, 27, over the death of his flatmate, Josh Bell. He was charged with murder on Tuesday and will appear in court on Wednesday.",
        [("Cole", "arrested", "affirmed"), ("Bell", "killed", "affirmed")],
        [("Bell", "other:charge"), ("Bell", "arrested")],
    ),
    (
        "s108",
        "Mohammed Yusuf was stabbed to death in Leicester on Saturday. His friend Amir Khan, 22, who tried to help him, suffered cuts to his hands. He was treated in hospital and released.",
        [("Yusuf", "killed", "affirmed"), ("Khan", "wounded", "affirmed"), ("Khan", "other:discharge", "affirmed")],
        [("Yusuf", "other:discharge"), ("Yusuf", "located_in")],
    ),
    (
        "s109",
        "The Mexican journalist Lucia Vargas and her photographer, Diego Ramos, went missing in Sinaloa on Friday. Ramos was found alive on Sunday. She is still missing, the state prosecutor said.",
        [("Ramos", "alive", "affirmed"), ("Vargas", "other:missing", "affirmed")],
        [("Vargas", "alive")],
    ),
    (
        "s110",
        "The wife of the jailed blogger Yahya Nasser, Huda Nasser, said on Monday that she had not been allowed to see him since August. He is being held in Tora prison, she said.",
        [("Yahya Nasser", "arrested", "affirmed"), ("Yahya Nasser", "located_in", "affirmed")],
        [("Huda Nasser", "located_in"), ("Huda Nasser", "arrested")],
    ),
    (
        "s111",
        'The student Nadia Karimi, 23, spent 14 months in Qarchak prison after the protests.\n\n"The cells were cold. There were twenty of us in one room. The guards shouted all night. Nobody told us anything. We did not know what day it was," she says.\n\nShe was released on bail in May and now lives in Istanbul.',
        [("Karimi", "released", "affirmed"), ("Karimi", "located_in", "affirmed")],
        [],
    ),
    (
        "s112",
        'Pavel Novak drove aid convoys into eastern Ukraine for two years. His friend and co-driver, Ondrej Kral, died when their truck hit a mine in 2023.\n\nThe road was quiet that morning. The fields on both sides had been burned. A dog ran out of a farmhouse. Then the front wheel went over something.\n\nHe was taken to a hospital in Dnipro, where he spent three months.',
        [("Kral", "killed", "affirmed"), ("Novak", "located_in", "affirmed")],
        [("Kral", "located_in")],
    ),
    (
        "s113",
        "The singer Tomas Lind was found dead at his home in Malmo on Sunday. He was 44.\n\nFans gathered outside the house on Monday. A neighbour said she had seen an ambulance arrive on Saturday night. Police said the driver of the ambulance had been questioned. He was released without charge.",
        [("Lind", "killed", "affirmed")],
        [("Lind", "released")],
    ),
]


# Rows not fixed this session, each with what it lacks (strict: a fix must lift the mark).
KNOWN_GAPS = {
    "s04": "'his colleague' (of two engineers named together) is no mention of the other, so 'He was ..., he said' means the speaker",
    "s11": "predicate: 'questioned for six hours before being released' gives no released claim",
    "s17": "predicate: a visitor 'in the detention centre' is read as arrested",
    "s20": "predicate: 'will remain in custody until his trial' gives no arrested claim",
    "s35": "the model tags 'Karel Dvorak' as an organisation, so 'The 58-year-old' has no person of that age",
    "s39": "the model tags 'Anneke de Vries' as an organisation, so 'She' has no antecedent",
    # s40 lifted: claims_where_beside reads 'taken to a forest near Orlu' (session 20)
    "s44": "predicate: 'were taken from a mine' gives no captured claim",
    "s52": "an age epithet whose age the text never gave ('The 40-year-old') goes to the story's main person",
    "s63": "predicate: 'She is strong, but she is sick' gives no alive claim",
    "s69": "predicate: 'returned fire, was hit twice and died at the scene' gives no claim; 'escaped unhurt' no alive",
    "s72": "plural 'They were taken to Ofer prison' gives no located_in to the brothers",
    "s73": "predicate: a quote's passive 'He was shot in front of me' gives no wounded claim",
    "s79": "'The seminarian' after 'a Nigerian seminarian, X' is not taken up",
    "s90": "the two-word given name 'Ali Reza' is not joined to 'Ali Reza Ahmadi'",
    "s94": "predicate: 'His uncle's body was recovered' gives no killed claim",
    "s95": "predicate: 'the last time she saw her son, X, was at a bus station' gives no appeared claim",
    "s96": "predicate: 'Constable X shot dead a robbery suspect, Y' gives no killed claim for Y",
    "s98": "predicate: 'found X clinging to a life raft' gives no alive claim",
}


def _rows() -> list[Any]:
    return [
        pytest.param(*row, id=row[0], marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[row[0]]))
        if row[0] in KNOWN_GAPS
        else pytest.param(*row, id=row[0])
        for row in STORIES
    ]


def _triples(claims) -> set[tuple[str, str, str]]:
    return {(c.subject, c.predicate, c.polarity) for c in claims}


@pytest.mark.parametrize(("row_id", "text", "found", "absent"), _rows())
def test_story_subjects(claims_of, row_id, text, found, absent) -> None:
    triples = _triples(claims_of(text))
    missing = []
    for subject, predicate, polarity in found:
        pairs = {(s, p) for s, p, q in triples if q == polarity}
        if not has(pairs, subject, predicate):
            missing.append((subject, predicate, polarity))
    affirmed = {(s, p) for s, p, q in triples if q == "affirmed"}
    wrong = [a for a in absent if has(affirmed, *a)]
    assert (missing, wrong) == ([], []), sorted(triples)
