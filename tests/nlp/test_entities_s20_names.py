"""Named people the entity stage gets wrong (session 20, issue 6): short stories written for this
test about fictional people, each with the claims whose subject must come out right.
text -> claims that must be found and claims that must not, each as (subject, predicate),
affirmed. A subject with a space is the full name; one word is a word of the subject's name.

The inventory varies over: given names the name list does not know, whose gender the text
states (g); aliases, noms de guerre, kunyas and nicknames (a); names the model tags as an
organisation, a place or a nationality (n); two people introduced together, then "both", "the
pair", "his colleague", "the second suspect" (w); people sharing a surname (s); a given name
alone after the full name (f)."""

from __future__ import annotations

from typing import Any

import pytest
from subject_rows import subject_test

ROWS: list[Any] = [
 # --- gender from the text for given names the list does not know (g) ---
 ("g01", "Gunmen abducted Kwame Asante and Ngozi Eze on the road to Kumasi on Friday. Mrs Eze was freed on Monday. He was found dead on Wednesday, police said.",
  [("Asante","killed"),("Eze","released")], [("Eze","killed")]),
 ("g02", "Suresh Nair, a 52-year-old father of three, was arrested in Kochi on Friday. His lawyer, Anjali Menon, said she had not been allowed to see him. He was released on bail on Sunday.",
  [("Nair","arrested"),("Nair","released")], [("Menon","released")]),
 ("g03", "The 29-year-old woman, Nkechi Okafor, was shot outside her shop in Onitsha. Her brother Emeka Okafor said she died on the way to hospital.",
  [("Nkechi Okafor","killed")], [("Emeka Okafor","killed")]),
 ("g04", "Tunde Adeyemi and his wife, Folake, were abducted on the Lagos-Ibadan road on Saturday. Kidnappers freed her on Tuesday. He remains in captivity.",
  [("Adeyemi","captured"),("Folake","released")], [("Adeyemi","released")]),
 ("g05", "Police in Harare arrested Tendai Moyo, a mother of two, and her cousin Farai Ncube on Wednesday. Ms Moyo was released without charge on Thursday. He was charged with public violence.",
  [("Moyo","arrested"),("Moyo","released")], [("Ncube","released")]),
 ("g06", "Chidi Nwosu, 40, was stabbed in Aba on Sunday. His sister, Adaeze Nwosu, told reporters she had found him bleeding outside the house. He is in a stable condition.",
  [("Chidi Nwosu","wounded"),("Chidi Nwosu","alive")], [("Adaeze Nwosu","wounded"),("Adaeze Nwosu","alive")]),
 ("g07", "Aid worker Thandiwe Dube was kidnapped in Beira along with a driver, Joao Matsinhe. Dube, who had worked in the region for a decade, was released on Friday after her employer paid a ransom. The driver was found dead.",
  [("Dube","captured"),("Dube","released"),("Matsinhe","killed")], [("Dube","killed")]),
 ("g08", "Yaw Boateng was detained at Kotoka airport on Monday. His partner, Akosua Frimpong, said she had not heard from him since. Officials said he was being questioned.",
  [("Boateng","arrested")], [("Frimpong","arrested")]),
 ("g09", "Minh Tran, a 33-year-old mother, was among the passengers rescued from the capsized ferry. Her husband, Tuan Le, was still missing on Sunday. She was taken to hospital in Da Nang.",
  [("Tran","located_in")], [("Le","located_in")]),
 ("g10", "Bongani Khumalo and Lindiwe Zulu were injured in the blast. Khumalo, a miner, lost his left hand. Zulu was treated for cuts and she was discharged on Monday.",
  [("Khumalo","wounded"),("Zulu","wounded")], []),
 ("g11", "Prosecutors charged Oluwaseun Bakare with fraud on Tuesday. Bakare, who denies the charges, said in a statement that she had been framed. She was remanded in custody.",
  [("Bakare","arrested")], []),
 ("g12", "Rescuers pulled Yuki Sato, a 19-year-old student, from the rubble in Wajima. Her father, Hiroshi Sato, said she was conscious. She is in hospital with a broken leg.",
  [("Yuki Sato","wounded")], [("Hiroshi Sato","wounded")]),
 # --- aliases (a) ---
 ("a01", "Police in Medellin arrested Jhon Fredy Rua, also known as El Zorro, on Thursday. Rua is accused of running a kidnapping ring. El Zorro was flown to Bogota on Friday.",
  [("Rua","arrested"),("Rua","located_in")], []),
 ("a02", "The commander, whose real name is Idris Mahamat, goes by Abu Talha. Abu Talha was killed in an air strike near Diffa on Monday, the army said.",
  [("Mahamat","killed")], []),
 ("a03", "Abu Qatada al-Somali, the nom de guerre of Hassan Dahir Warsame, was captured in a raid on Tuesday. Warsame was taken to Mogadishu.",
  [("Warsame","captured")], []),
 ("a04", "Gang leader Wilson Otieno, better known as Mzee Kobe, was shot dead by police in Nairobi on Saturday.",
  [("Otieno","killed")], []),
 ("a05", "Militant leader Ahmad Siddiqui, known by his kunya Abu Musab, was arrested in Peshawar. Abu Musab had evaded capture for a decade, officials said.",
  [("Siddiqui","arrested")], []),
 ("a06", "The rapper Kofi Mensah, who goes by the stage name K-Flex, was arrested in Accra on Monday. K-Flex was released on bail the next day.",
  [("Mensah","arrested"),("Mensah","released")], []),
 ("a07", "Border police detained a smuggler, Ruslan Aliev (known as Chechen), near Sarpi on Friday. Aliev was handed to prosecutors on Saturday.",
  [("Aliev","arrested")], []),
 ("a08", "The suspected gang boss, Carlos \"El Flaco\" Mendoza, escaped from La Joya prison on Sunday. El Flaco was recaptured in Colon two days later.",
  [("Mendoza","other:escape"),("Mendoza","arrested")], []),
 ("a09", "Dmitri Volkov, who uses the alias Grom, was detained in Tbilisi. Grom is wanted in three countries. He was placed in pre-trial detention.",
  [("Volkov","arrested")], []),
 ("a10", "Sheikh Omar Farah, alias Abu Yusuf, was killed in a drone strike near Jilib. His deputy, Ali Gedi, was wounded.",
  [("Farah","killed"),("Gedi","wounded")], [("Farah","wounded")]),
 # --- names the model tags as ORG / GPE / NORP (n) ---
 ("n01", "Soldiers detained Kwabena Ofori at a roadblock in Tamale. Ofori was released on Wednesday.",
  [("Ofori","arrested"),("Ofori","released")], []),
 ("n02", "Gunmen killed Chukwuemeka Eze in Owerri on Monday. Eze, 45, was a local councillor.",
  [("Eze","killed")], []),
 ("n03", "Hauwa Liman, a midwife, was abducted from a clinic in Rann. Liman was released in Maiduguri on Friday.",
  [("Liman","captured"),("Liman","released")], []),
 ("n04", "Nyasha Chikwanha was arrested in Bulawayo. Chikwanha, 31, appeared in court on Thursday.",
  [("Chikwanha","arrested"),("Chikwanha","appeared")], []),
 ("n05", "Jakarta police arrested Bambang Sutrisno on Monday. Sutrisno, 58, was freed on bail two days later.",
  [("Sutrisno","arrested"),("Sutrisno","released")], []),
 ("n06", "Kazakh police detained Bakhyt Nurpeisov, an opposition activist, in Almaty. Nurpeisov was sentenced to 15 days in jail.",
  [("Nurpeisov","arrested"),("Nurpeisov","other:sentence")], []),
 # --- two people then who is who (w) ---
 ("w01", "Police arrested two men, Jonas Petraitis and Andrius Kazlauskas, in Vilnius on Monday. Both were charged with arson.",
  [("Petraitis","arrested"),("Kazlauskas","arrested")], []),
 ("w02", "Reporters Amal Nasser and Rami Saad were detained at a checkpoint near Jenin. The pair were released on Thursday.",
  [("Nasser","released"),("Saad","released")], []),
 ("w03", "Mariam Sesay and her cellmate, Fatmata Kamara, escaped from Pademba Road prison on Sunday. Her cellmate was recaptured the same night.",
  [("Kamara","arrested")], [("Sesay","arrested")]),
 ("w04", "Brothers Ahmed and Karim Benali were arrested in Oran. Both men were released on Tuesday.",
  [("Ahmed Benali","released"),("Karim Benali","released")], []),
 ("w05", "The couple, Petra Novak and Milan Novak, were kidnapped in Kidal in April. They were freed on Sunday.",
  [("Petra Novak","released"),("Milan Novak","released")], []),
 ("w06", "Two suspects, Dario Conti and Marco Ferri, were detained in Naples. The second suspect was released on Wednesday.",
  [("Ferri","released")], [("Conti","released")]),
 ("w07", "Journalist Ines Moreau was travelling with her colleague, Paul Girard, when their car was hit. Her colleague was killed instantly. Moreau was wounded.",
  [("Girard","killed"),("Moreau","wounded")], [("Moreau","killed")]),
 ("w08", "Sergeant Tomas Ruiz and Corporal Luis Vega were ambushed near Tumaco. The other man, Vega, survived.",
  [("Vega","alive")], [("Ruiz","alive")]),
 ("w09", "Hakim Dridi and Sami Ferchichi were arrested in Sfax on Friday. The two men were later released.",
  [("Dridi","released"),("Ferchichi","released")], []),
 ("w10", "Police stopped Lena Berg and Jonas Falk at the border. The two were held overnight in Malmo.",
  [("Berg","arrested"),("Falk","arrested")], []),
 # --- same surname (s) ---
 ("s01", "Rashid Karimov was arrested in Tashkent on Monday. His wife, Dilnoza Karimova, said he had been beaten. Mr Karimov was transferred to a prison in Navoi.",
  [("Rashid Karimov","arrested"),("Rashid Karimov","located_in")], [("Dilnoza Karimova","located_in")]),
 ("s02", "Joseph Mwangi and his son David Mwangi were shot in a land dispute in Nyeri. The elder Mwangi died at the scene. His son was taken to hospital.",
  [("Joseph Mwangi","killed"),("David Mwangi","wounded")], [("David Mwangi","killed")]),
 ("s03", "Farida Osman was detained at Khartoum airport. Her husband, Tariq Osman, said Mrs Osman had been taken to Kober prison.",
  [("Farida Osman","arrested"),("Farida Osman","located_in")], [("Tariq Osman","located_in")]),
 ("s04", "Ana Lima and her brother Pedro Lima were abducted in Cabo Delgado. Pedro was released on Sunday. Ana is still missing.",
  [("Pedro Lima","released")], [("Ana Lima","released")]),
 ("s05", "Olena Kovalenko, 34, was killed in the strike on Kharkiv. Her husband, Taras Kovalenko, was injured. Mr Kovalenko is in hospital.",
  [("Olena Kovalenko","killed"),("Taras Kovalenko","wounded")], [("Taras Kovalenko","killed"),("Olena Kovalenko","wounded")]),
 ("s06", "The Haddad brothers, Samir and Walid, were detained in Beirut. Samir Haddad was released on Friday. Walid Haddad remains in custody.",
  [("Samir Haddad","released"),("Walid Haddad","arrested")], [("Walid Haddad","released")]),
 ("s07", "Miguel Torres, the mayor of San Rafael, was arrested on Tuesday. His son, Diego Torres, was arrested a day later. The younger Torres was released on bail.",
  [("Diego Torres","released")], [("Miguel Torres","released")]),
 ("s08", "Gloria Mensah said her husband, Kojo Mensah, had been detained since March. Mensah, a fisherman, is held in Lome, she said.",
  [("Kojo Mensah","arrested"),("Kojo Mensah","located_in")], [("Gloria Mensah","located_in")]),
 # --- given name alone after a full name (f) ---
 ("f01", "Nadia Rahimi, 24, went missing in Herat in May. Her mother said Nadia was found alive on Friday in a village near the border.",
  [("Rahimi","alive")], []),
 ("f02", "Oksana Melnyk and Ivan Bondar were detained in Donetsk. Oksana was freed in a prisoner exchange in June.",
  [("Melnyk","released")], [("Bondar","released")]),
 ("f03", "Kwame Owusu was injured in the crash. \"Kwame is awake and talking,\" his brother said on Monday.",
  [("Owusu","wounded"),("Owusu","alive")], []),
 ("f04", "Leila Karam and Hoda Saleh were arrested in Cairo in March. Hoda was released in May; Leila remains in prison.",
  [("Saleh","released")], [("Karam","released")]),
 ("f05", "Ravi Shankar, a fisherman from Rameswaram, was arrested by the Sri Lankan navy. Ravi was released after two weeks.",
  [("Shankar","arrested"),("Shankar","released")], []),
 ("f06", "Amina Diallo, 17, and her cousin Aissata Barry were kidnapped near Kayes. Aissata escaped on Sunday.",
  [("Barry","other:escape")], [("Diallo","other:escape")]),
]


test_claim_subjects = subject_test(ROWS)
