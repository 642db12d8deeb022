"""Whose claim it is when a pronoun or an epithet crosses sentences (issue 6): the
story's main person against the last-named person. Snippets written for this test about
fictional people: text -> claims that must be found and claims that must not, each as
(subject, predicate), affirmed. A subject with a space is the full name; one word is a word
of the subject's name.

The constructions: an official (a judge, a prosecutor, a police chief) acting on the story's
person in one sentence, and a pronoun of the next sentence that tells that person's state
("Judge X refused to free Y. He remains in custody"); a pronoun in a fronted clause pointing
ahead to the main clause's subject after a live blog's time stamp ("13:52 - As he was led
out, X said ..."); a relative's quotation about the relative ('X's mother said: "He is
thin, but he is alive."'); a fronted description of the subject pronoun ("A former commander
of the group, he is believed to be ..."); people introduced by role first ("a local
journalist, X,"); epithets by age or former office across paragraphs; an object pronoun is never its clause's
subject, also when the subject is a noun with the name set off beside it ("His commander,
Colonel X, visited him"); a new subject acting on the person carried on as the object
pronoun does not take the next sentence's pronoun ("A neighbour, Y, drove him to the
clinic. He was later flown to ...": centering's continued center); a person described before
being named whose naming clause the parser hung on another word ("a man suspected of
planting the bomb, whom they named as X", "arrested a man, later identified as X, at ...");
a quoted "my father" / "my brother" is the one other person of the speaker's surname whom
gender and the stated ages allow ('"My father built that house. Now we are burying him," he
said'); a person named in a phrase that opens the clause is not its subject pronoun ("Under
questioning from X, he admitted ...", "To his coach, X, he remains ...")."""

from __future__ import annotations

from typing import Any

import pytest
from subject_rows import subject_test

ROWS: list[Any] = [
    (
        "o1",
        "The blogger Tomas Varga was detained in May. On Monday Judge Peter Lorincz rejected a request to move Varga to house arrest. He remains in custody in Szeged.",
        [("Varga", "arrested")],
        [("Lorincz", "arrested"), ("Lorincz", "located_in")],
    ),
    (
        "o2",
        "The activist Nadia Karimova was arrested in March. Prosecutor Elena Voss charged Karimova with treason on Friday. She is being held in the central prison in Tashir.",
        [("Karimova", "located_in")],
        [("Voss", "located_in"), ("Voss", "arrested")],
    ),
    (
        "o3",
        "Opposition leader Samuel Banda was arrested last week. Police chief John Phiri said officers had questioned Banda for six hours. He is being held at the Lilongwe central police station.",
        [("Banda", "located_in")],
        [("Phiri", "located_in")],
    ),
    (
        "o4",
        "The journalist Omar Siddiqui was detained in April. Magistrate Daniel Okoye extended Siddiqui's detention by 30 days on Tuesday. He remains in jail.",
        [("Siddiqui", "arrested")],
        [("Okoye", "arrested")],
    ),
    (
        "o5",
        "Police officer Mark Doyle was charged on Monday with assaulting a protester. Doyle was suspended from duty. He remains in custody.",
        [("Doyle", "arrested")],
        [],
    ),
    (
        "o6",
        "The poet Arman Petrosyan, 35, was detained in July. His mother, Anna Petrosyan, and his sister, Mariam Petrosyan, watched from the gallery on Monday.\n\nJudge Hovik Sargsyan refused to release Petrosyan on bail. He remains in custody.",
        [("Arman Petrosyan", "arrested")],
        [("Sargsyan", "arrested")],
    ),
    (
        "c1",
        "The trial of Rafael Montes, 41, resumed on Monday.\n\n14:05 - Prosecutor Luis Vega calls his first witness.\n\n14:20 - As he was led out of the courtroom, Montes told reporters he had been held in a cell without light for a month.",
        [("Montes", "arrested")],
        [("Vega", "arrested"), ("Vega", "located_in")],
    ),
    (
        "c2",
        "Our reporter is following the hearing of Karim Taleb.\n\n11:05 - Judge Sami Haddad opens the session.\n\n11:40 - Shortly after he was brought into court, Taleb said he had been held in solitary confinement for a month.",
        [("Taleb", "arrested")],
        [("Haddad", "arrested")],
    ),
    (
        "q1",
        'The student Ilyas Rahimov was arrested in June. The judge, Farhad Aliyev, adjourned the hearing on Tuesday. Outside, Rahimov\'s mother, Leyla Rahimova, said: "He is thin, but he is alive."',
        [("Rahimov", "alive")],
        [("Aliyev", "alive")],
    ),
    (
        "q2",
        "The fisherman Tomas Kerr was rescued on Sunday after two days at sea. The lifeboat's coxswain, Brian Doyle, said the crew found him clinging to a buoy. Kerr's wife, Moira Kerr, said: \"He is exhausted but he is alive.\"",
        [("Tomas Kerr", "alive")],
        [("Doyle", "alive")],
    ),
    (
        "f1",
        "Security officials said on Monday that Abdullahi Warsame, the group's deputy leader, had been killed in an air strike. The strike also targeted Yusuf Aden. A former head of the group's intelligence wing, he is believed to be hiding in the Juba valley.",
        [("Warsame", "killed")],
        [],
    ),
    (
        "r1",
        "A local journalist, Amina Bello, was arrested on Monday in Kano, her colleagues said. The police spokesman, Abdullahi Haruna, declined to comment. She was released on bail on Wednesday.",
        [("Bello", "arrested"), ("Bello", "released")],
        [("Haruna", "released")],
    ),
    (
        "r2",
        "A retired teacher, Grace Wanjiru, was kidnapped from her home near Nyeri on Friday. Her neighbour, Joseph Kamau, said he heard shouting. The 67-year-old was found alive on Sunday.",
        [("Wanjiru", "captured"), ("Wanjiru", "alive")],
        [("Kamau", "alive")],
    ),
    (
        "r3",
        "The former interior minister, Viktor Hale, was arrested at his villa on Monday. The current minister, Lars Berg, said the arrest followed a long inquiry. The former minister was taken to a detention centre in the capital.",
        [("Hale", "arrested")],
        [("Berg", "arrested"), ("Berg", "located_in")],
    ),
    (
        "r4",
        "The cleric Sheikh Hamza Qureshi was detained at Lahore airport on Thursday. His lawyer, Imran Butt, said he had not been told of any charges. On Saturday the cleric was moved to Kot Lakhpat jail.",
        [("Qureshi", "arrested"), ("Qureshi", "located_in")],
        [("Butt", "located_in")],
    ),
    (
        "s1",
        "Gunmen abducted the businessman Chidi Okafor in Owerri on Monday. His driver, Emeka Nwosu, was shot in the leg. Okafor was released on Thursday after his family paid a ransom. He said he had been kept in a forest.",
        [("Chidi Okafor", "captured"), ("Chidi Okafor", "released"), ("Nwosu", "wounded")],
        [("Nwosu", "released")],
    ),
    (
        "s2",
        "Maria Santos and her brother Pedro Santos were arrested at a checkpoint on Friday. Pedro Santos was released on Sunday. Maria Santos remains in custody.",
        [("Pedro Santos", "released"), ("Maria Santos", "arrested")],
        [("Maria Santos", "released")],
    ),
    (
        "b1",
        "The aid worker Johan Lind, 51, was abducted in Gao in March.\n\nThe regional governor, Abdoulaye Sow, told reporters on Monday that talks with the kidnappers had stalled. Sow said the army would not attack the camp.\n\nThe 51-year-old is believed to be held near the border with Niger.",
        [("Lind", "located_in")],
        [("Sow", "located_in")],
    ),
    (
        "b2",
        'Gunmen kidnapped the Italian priest Marco Ferri in northern Cameroon on Sunday. "We are praying for him," said his bishop, Paul Ndong.\n\nHe was freed unharmed on Friday, the Italian foreign ministry said.',
        [("Ferri", "captured"), ("Ferri", "released")],
        [("Ndong", "released")],
    ),
    (
        "b4",
        "Opposition leader Grace Achieng was arrested at a rally in Kisumu on Saturday. Police commander Peter Otieno ordered his officers to disperse the crowd. She was released on bail on Monday.",
        [("Achieng", "arrested"), ("Achieng", "released")],
        [("Otieno", "released")],
    ),
    (
        "b5",
        "The journalist Pavel Marek was detained in Minsk in May. His colleague Ivan Sokol fled the country a week later.\n\nThe 38-year-old reporter was sentenced to four years on Tuesday. He remains in a pre-trial detention centre in Minsk.",
        [("Marek", "arrested"), ("Marek", "located_in")],
        [("Sokol", "located_in")],
    ),
    (
        "b7",
        "The cleric Abu Bakr Hussaini was arrested in Karachi on Friday. Officials said the arrest followed a tip from an informant, Rashid Ali. The cleric is being held at a counter-terrorism facility.",
        [("Hussaini", "arrested"), ("Hussaini", "located_in")],
        [("Ali", "located_in")],
    ),
    (
        "b8",
        "Former finance minister Jean Mbeki was arrested on Thursday. Prime Minister Luc Tshombe said the law applied to everyone. The former minister was flown to Kinshasa and is being held in Makala prison.",
        [("Mbeki", "located_in")],
        [("Tshombe", "located_in")],
    ),
    (
        "b10",
        "Police in Lagos arrested the musician Tunde Bakare on Monday. His manager, Femi Adeyemi, said he had done nothing wrong. Bakare was released without charge on Wednesday, Adeyemi said.",
        [("Bakare", "arrested"), ("Bakare", "released")],
        [("Adeyemi", "released"), ("Adeyemi", "arrested")],
    ),
    (
        "a1",
        "The journalist Sara Novak was detained on Friday. Her lawyer, Petra Horvat, visited her in the detention centre on Sunday. She is being held in Remetinec prison.",
        [("Novak", "located_in")],
        [("Horvat", "located_in")],
    ),
    (
        "a2",
        "Sergeant Ali Demir, 29, was wounded in an ambush near the border on Tuesday. His commander, Colonel Murat Kaya, visited him in hospital. He is in a stable condition, the army said.",
        [("Demir", "wounded"), ("Demir", "alive")],
        [("Kaya", "alive")],
    ),
    (
        "a3",
        "The farmer Juan Rojas was shot in the leg on Sunday. A neighbour, Pedro Lima, drove him to the clinic in Cobija. He was later flown to a hospital in La Paz.",
        [("Rojas", "wounded"), ("Rojas", "located_in")],
        [("Lima", "located_in")],
    ),
    (
        "a4",
        "The activist Leila Amini was arrested in Tehran in January. A fellow prisoner, Nasrin Karimi, saw her in the prison clinic in June. She is being held in Evin prison, her family said.",
        [("Amini", "located_in")],
        [("Karimi", "located_in")],
    ),
    (
        "a5",
        "Kidnappers seized the engineer Ahmed Bashir in Kaduna on Monday. The company's security chief, Yusuf Danjuma, last spoke to him on Sunday night. He was freed on Thursday.",
        [("Bashir", "captured"), ("Bashir", "released")],
        [("Danjuma", "released")],
    ),
    (
        "n1",
        "Detectives said on Friday that they had arrested a woman suspected of starting the warehouse fire, whom they named as Lina Ortiz, 45.",
        [("Ortiz", "arrested")],
        [],
    ),
    (
        "n2",
        "Police arrested a 25-year-old man, later identified as Tomas Berg, at a flat in Malmo on Monday.",
        [("Berg", "arrested")],
        [],
    ),
    (
        "n3",
        "Troops killed a senior militant commander in a raid on Sunday. The army identified him as Abu Saif al-Masri.",
        [("al-Masri", "killed")],
        [],
    ),
    (
        "n4",
        "A 40-year-old woman was abducted from her car in Culiacan on Friday. Prosecutors named her as Rosa Medina.",
        [("Medina", "captured")],
        [],
    ),
    (
        "n5",
        "Officers detained a suspect, whom they identified as Ivan Petrov, near the station on Monday night.",
        [("Petrov", "arrested")],
        [],
    ),
    (
        "n6",
        "A gunman who opened fire in the market was shot dead by police. Officials named him as Daniel Moss, 42.",
        [("Moss", "killed")],
        [],
    ),
    (
        "n7",
        "The body of a man found in the river on Sunday has been identified as that of the missing fisherman Liam Walsh, police said.",
        [("Walsh", "killed")],
        [],
    ),
    (
        "n8",
        "Security forces arrested a second suspect on Thursday. He was named as Omar Khalil, 27, a taxi driver from Tripoli.",
        [("Khalil", "arrested")],
        [],
    ),
    (
        "n9",
        "Soldiers captured a fighter carrying a rifle near the border, whom the army later identified as Musa Dia.",
        [("Dia", "arrested")],
        [],
    ),
    (
        "n10",
        "Kidnappers released a nurse, identified by her employer as Grace Obi, on Friday.",
        [("Obi", "released")],
        [],
    ),
    (
        "n11",
        "Police questioned a driver about a crash that killed a cyclist, whom they named as Ali Noor.",
        [("Noor", "killed")],
        [("Noor", "arrested")],
    ),
    (
        "n12",
        "Detectives arrested a teenager in connection with the stabbing, whom they named as Jordan Hale, 17.",
        [("Hale", "arrested")],
        [],
    ),
    (
        "n13",
        "Militants abducted an engineer, later named as Viktor Orlov, from a road near Kirkuk on Tuesday.",
        [("Orlov", "captured")],
        [],
    ),
    (
        "m1",
        'Shelling killed Levon Arakelyan, 61, in his orchard near Berd on Monday. His sons, Tigran Arakelyan, 34, and Hayk Arakelyan, 29, were not at home.\n\n"My father planted those trees himself. We will bury him there," Tigran said by phone.',
        [("Levon Arakelyan", "killed")],
        [("Hayk Arakelyan", "killed"), ("Tigran Arakelyan", "killed")],
    ),
    (
        "m2",
        'The journalist Nadia Farouk, 26, was arrested in Cairo on Sunday. Her father, Samir Farouk, 58, is a retired teacher. Her brother, Ali Farouk, 30, said: "My sister has done nothing wrong. They are holding her in Tora prison."',
        [("Nadia Farouk", "arrested"), ("Nadia Farouk", "located_in")],
        [("Samir Farouk", "located_in"), ("Ali Farouk", "located_in")],
    ),
    (
        "m3",
        'Gunmen abducted Peter Okoro, 70, from his farm near Enugu on Friday. His son, James Okoro, 41, said on Sunday: "My father is diabetic. We have not heard from the kidnappers since they took him."',
        [("Peter Okoro", "captured")],
        [("James Okoro", "captured")],
    ),
    (
        "m4",
        'A drone strike killed Oleh Marchenko near Kupiansk on Saturday. His grandson, Ivan Marchenko, 15, was hurt by flying glass.\n\nHis son, Petro Marchenko, 38, arrived from Kharkiv on Sunday. "My father kept bees for forty years. Tomorrow we will bury him in the village," he said.',
        [("Oleh Marchenko", "killed")],
        [("Ivan Marchenko", "killed"), ("Petro Marchenko", "killed")],
    ),
    (
        "m5",
        'Flooding swept away the car of Rosa Delgado, 44, near Valencia on Tuesday. Her daughter, Lucia Delgado, 19, escaped through a window. Rescuers found the body of a woman downstream on Thursday.\n\n"My mother pushed me out first. Then the water took her," Lucia said.',
        [],
        [("Lucia Delgado", "killed")],
    ),
    (
        "m6",
        'A landslide buried the house of Karlo Rustaveli near Shovi on Friday. His younger son, Giorgi Rustaveli, 20, was pulled out alive. He was flown to a hospital in Tbilisi on Saturday.\n\nThe elder son, Nika Rustaveli, 35, was working abroad and flew home on Sunday. "My father built that house with his own hands. Now we are burying him beside it," he said.',
        [],
        [("Giorgi Rustaveli", "killed"), ("Giorgi Rustaveli", "other:bury")],
    ),
    (
        "m7",
        'Soldiers shot dead Musa Keita, 52, at a checkpoint outside Mopti on Monday. His son, Adama Keita, 24, was arrested at the scene and released on Wednesday. His brother, Oumar Keita, 49, said: "My brother was unarmed. They killed him in front of his son."',
        [("Musa Keita", "killed")],
        [("Adama Keita", "killed")],
    ),
    (
        "p1",
        "Prosecution witness Sergeant Paul Hines testified on Tuesday that the defendant had fired first. Under questioning from defence lawyer Mark Evans, he admitted that he had not been at the scene.",
        [],
        [("Evans", "located_in")],
    ),
    (
        "p2",
        "The striker Diego Ramos was sent off in the first half. To his coach, Luis Ortega, he remains the best player in the league. He was arrested on Sunday after a fight in a bar.",
        [("Ramos", "arrested")],
        [("Ortega", "arrested")],
    ),
    (
        "p4",
        "Opposition leader Samuel Banda returned to Lilongwe on Sunday. After a meeting with Banda, the envoy Peter Moyo said he was in good health.",
        [("Banda", "alive")],
        [],
    ),
    pytest.param(
        "k1",
        "Villagers found the missing hiker, Tom Reid, alive at the bottom of a ravine on Sunday. A rescue team led by David Grant carried him out. He was taken to hospital in Fort William with a broken leg.",
        [("Reid", "located_in")],
        [("Grant", "located_in")],
    ),
]

test_claim_subjects = subject_test(ROWS)
