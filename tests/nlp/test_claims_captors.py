"""Who took the person decides between ``arrested`` and ``captured`` (issue 6), and custody
held in a place gives ``located_in`` beside it.

The conventions are those of tests/fixtures/claims/README.md: a seizure by a state's forces
(police, troops, security forces, border guards, intelligence agents, the coastguard, "the
authorities") is ``arrested`` however it is worded ("captured", "grabbed", "picked up",
"rounded up", "nabbed"); a seizure by non-state actors (gunmen, kidnappers, rebels, pirates, a
gang, "unknown men") is ``captured`` however it is worded ("detained by rebels", "the group
arrested"); an unnamed captor with kidnap wording is ``captured``. The captor may stand in a
"by" phrase, as the active subject, in an earlier sentence, behind a pronoun or as the subject
of a later clause. Custody as a state in a place ("held in X prison", "detained at a police
station in Y", "kept in a safe house near Z") also gives ``located_in``.

Sentences written for this table about fictional people, in several news styles.
text -> (last word of the subject, predicate, polarity) that must be found, or must not.
"""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A = "affirmed"
R, C, L = "arrested", "captured", "located_in"

# A state's forces, in wordings of seizing, taking and kidnapping: arrested, never captured.
STATE_TAKERS = [
    ("Riot police grabbed Tomasz Wielgus as he left the rally on Saturday.", "Wielgus"),
    ("Tomasz Wielgus was grabbed by riot police as he left the rally on Saturday.", "Wielgus"),
    ("Soldiers captured the rebel paymaster Kofi Asante near the river crossing.", "Asante"),
    ("The rebel paymaster Kofi Asante was captured by soldiers near the river crossing.", "Asante"),
    ("The coastguard intercepted the skiff and seized its skipper, Ruben Castellano.", "Castellano"),
    ("Ruben Castellano, the skipper, was seized by the coastguard off Lampedusa.", "Castellano"),
    ("Intelligence agents snatched the blogger Farid Nazari from a cafe in Herat.", "Nazari"),
    ("The blogger Farid Nazari was snatched from a cafe by intelligence agents.", "Nazari"),
    ("Farid Nazari was abducted by security agents outside his home on Monday night.", "Nazari"),
    ("State security agents abducted Farid Nazari outside his home on Monday night.", "Nazari"),
    ("Border guards picked up the smuggler Yusuf Demir on the mountain pass.", "Demir"),
    ("Yusuf Demir was picked up by border guards on the mountain pass.", "Demir"),
    ("Federal agents nabbed the fugitive banker Carl Vossberg at a marina in Florida.", "Vossberg"),
    ("Carl Vossberg was nabbed by federal agents at a marina in Florida.", "Vossberg"),
    ("Troops took Abdi Warsame prisoner during the assault on the town.", "Warsame"),
    ("Abdi Warsame was taken prisoner by government troops during the assault.", "Warsame"),
    ("The authorities seized the activist Leyla Osmanova at the airport, her lawyer said.", "Osmanova"),
    ("The activist Leyla Osmanova was seized by the authorities at the airport.", "Osmanova"),
    ("Security forces rounded up Hamid Rezaei and a dozen other students overnight.", "Rezaei"),
    ("Hamid Rezaei was among those rounded up by security forces overnight.", "Hamid Rezaei"),
    ("Police officers kidnapped Jorge Salcedo, his family alleges.", "Salcedo"),
    ("Jorge Salcedo was kidnapped by police officers, his family alleges.", "Salcedo"),
    ("The gendarmes hauled Jorge Salcedo off the bus at the checkpoint.", "Salcedo"),
    ("Paratroopers captured Commander Bashir Wardak alive after a two-hour firefight.", "Wardak"),
    ("Marine commandos grabbed the pirate leader Abdullahi Farah from his skiff.", "Farah"),
    ("Special forces captured Abu Talha, the group's bomb-maker, in a night raid.", "Talha"),
    ("The army said its men had captured Bashir Wardak in the hills.", "Wardak"),
    ("Bashir Wardak was taken alive by the army, a spokesman said.", "Wardak"),
    ("Army troops stormed the hideout on Sunday. They captured Bashir Wardak and two aides.", "Wardak"),
    ("Dozens of policemen surrounded the house on Friday. They took Jorge Salcedo away in handcuffs.", "Salcedo"),
    ("Soldiers surrounded the village at dawn. Kofi Asante was captured as he tried to flee.", "Asante"),
    ("Kofi Asante, captured by the army in March, has not been seen by his lawyers.", "Asante"),
    ("The Interior Ministry said its officers had seized Leyla Osmanova in Baku.", "Osmanova"),
    ("Navy sailors boarded the dhow and seized Abdullahi Farah and six crewmen.", "Farah"),
    ("Omar Haddad was snatched off the street by plainclothes officers on Tuesday.", "Haddad"),
    ("Plainclothes officers bundled Omar Haddad into an unmarked car, witnesses said.", "Haddad"),
    # the state's men named by their unit, agency or trade
    ("Naval sailors detained Yusuf Demir aboard a fishing boat off Izmir.", "Demir"),
    ("Customs officers grabbed Yusuf Demir at the port with a suitcase of cash.", "Demir"),
    ("Immigration officers picked up Marisol Vega at her workplace in Houston.", "Vega"),
    ("Marisol Vega was picked up by immigration agents at her workplace in Houston.", "Vega"),
    ("Agents of the secret police seized Arash Tehrani at his flat.", "Tehrani"),
    ("Arash Tehrani was seized by Revolutionary Guards at his flat in Shiraz.", "Tehrani"),
    ("Members of the presidential guard dragged Ousmane Keita from his car.", "Keita"),
    ("Ousmane Keita was dragged from his car by members of the presidential guard.", "Keita"),
    ("National Guard troops captured Ousmane Keita near the palace.", "Keita"),
    ("Sheriff's deputies caught Dale Whitcombe hiding in a barn.", "Whitcombe"),
    ("Park rangers captured the poacher Simon Mwangi after a chase.", "Mwangi"),
    ("Gendarmes rounded up Ibrahim Sow and forty other migrants on the beach.", "Sow"),
    ("Ibrahim Sow was rounded up with forty other migrants by gendarmes.", "Sow"),
    # the captor in an apposition, a previous sentence or a later clause
    ("Dimitri Zerva was seized by the Hawks, an elite police unit, on Friday.", "Zerva"),
    ("Marines raided the compound on Sunday. Bashir Wardak was seized during the raid.", "Wardak"),
    ("A police patrol stopped the car near Lyon. The officers took Dimitri Zerva away.", "Zerva"),
    ("Dimitri Zerva was grabbed outside his office on Monday. Police later confirmed that they were holding him.", "Zerva"),
    ("Soldiers manning a checkpoint stopped the bus. They pulled Ahmed Jibril off and drove him away.", "Jibril"),
    ("Ahmed Jibril, who was captured by the army in March, appeared in court on Monday.", "Jibril"),
    ("The army announced the capture of Ahmed Jibril, a senior rebel commander.", "Jibril"),
    # the state's operation, a national force, a participle or a relative clause
    ("Kwame Boateng was captured in a military operation near the border.", "Boateng"),
    ("Kwame Boateng was seized during a police raid on his farm.", "Boateng"),
    ("Kwame Boateng was picked up in a counter-terrorism sweep last week.", "Boateng"),
    ("Kwame Boateng was captured by Nigerian troops in the Sambisa forest.", "Boateng"),
    ("Kwame Boateng was taken prisoner by Ukrainian forces near Kupiansk.", "Boateng"),
    ("Kwame Boateng, seized by troops in 2020, is still awaiting trial.", "Boateng"),
    ("The soldiers who seized Kwame Boateng handed him to the police.", "Boateng"),
    ("Kwame Boateng was captured in a joint operation by the army and police.", "Boateng"),
    ("Kwame Boateng has been held by the state security service since 2019.", "Boateng"),
    ("Kwame Boateng is in police custody, the ministry said.", "Boateng"),
    ("Kwame Boateng was snatched by agents of the junta outside the mosque.", "Boateng"),
    ("Kwame Boateng was grabbed by the regime's agents as he left the embassy.", "Boateng"),
    ("Kwame Boateng was kidnapped by state agents, his party says.", "Boateng"),
    # agencies by acronym, countries as captors, opponents in a clash, more of the state's men
    ("Anton Kravets was detained by the FSB at Sheremetyevo airport.", "Kravets"),
    ("Anton Kravets was seized by the SBU in a raid in Kharkiv.", "Kravets"),
    ("FBI agents grabbed Anton Kravets at a motel in Ohio.", "Kravets"),
    ("The National Directorate of Security (NDS) said on Monday that its agents had captured Abdul Rahimi. The NDS captured Rahimi in Jalalabad.", "Rahimi"),
    ("Russia captured Anton Kravets during the battle for the town.", "Kravets"),
    ("Anton Kravets was captured by Russia in 2022 and exchanged a year later.", "Kravets"),
    ("Iran seized the British sailor Tom Ashby in the Gulf.", "Ashby"),
    ("Abdul Rahimi was captured during clashes with government forces in Kunar.", "Rahimi"),
    ("Security personnel grabbed Abdul Rahimi outside the mosque.", "Rahimi"),
    ("Law enforcement officers picked up Abdul Rahimi at dawn.", "Rahimi"),
    ("Mutinous soldiers seized the president, Alain Kaboré, at his residence.", "Kaboré"),
    ("Marta Kowal was apprehended by the coastguard off Malta.", "Kowal"),
    ("Marta Kowal ended up in the hands of the army.", "Kowal"),
    ("Marta Kowal was picked up by the Revolutionary Guards.", "Kowal"),
    # the state's vehicle, custody after a semicolon, a prisoner a captor's statement names
    ("Officers pushed Rafael Ortiz into a police van outside the courthouse.", "Ortiz"),
    ("Rafael Ortiz was shoved into an army truck at the checkpoint.", "Ortiz"),
    ("Rafael Ortiz was thrown into the back of a police pickup, witnesses said.", "Ortiz"),
    ("\"They put him in a police car in front of everyone,\" Rafael Ortiz's mother said of her son.", "Ortiz"),
    ("Rafael Ortiz remains in custody; his next hearing is set for May 2.", "Ortiz"),
    ("Rafael Ortiz was seized at a police checkpoint near the bridge.", "Ortiz"),
    ("Rafael Ortiz was grabbed at a checkpoint manned by soldiers.", "Ortiz"),
    # the state's quarry taken with no captor named
    ("The fugitive warlord Joseph Kamanda was captured on Friday after eight years on the run.", "Kamanda"),
    ("Joseph Kamanda, wanted for war crimes, was captured near the border on Friday.", "Kamanda"),
    ("Joseph Kamanda, who led the insurgency for a decade, was captured on Friday.", "Kamanda"),
    ("The gang leader Joseph Kamanda was seized in a dawn raid on his villa.", "Kamanda"),
    ("Joseph Kamanda was captured at his hideout after a tip-off, officials said.", "Kamanda"),
    ("Joseph Kamanda, who escaped from prison in May, was recaptured on Sunday.", "Kamanda"),
    ("Joseph Kamanda was extradited to the United States after his capture in Panama.", "Kamanda"),
    ("The drug lord Joseph Kamanda was nabbed at a roadblock outside Medellin.", "Kamanda"),
    # stories: an offensive or a raid told before, a kidnapper caught
    ("Troops launched an offensive on the rebel stronghold of Kilo on Monday. By Wednesday the town had fallen. Among those captured was the rebel spokesman Idris Mensah.", "Mensah"),
    ("Police in Lagos said on Friday that they had broken up a kidnapping ring. Its leader, Chidi Okeke, was captured in a raid on a hotel.", "Okeke"),
    ("The alleged ringleader of the kidnapping gang, Chidi Okeke, was captured on Sunday.", "Okeke"),
    ("Chidi Okeke, a suspected kidnapper, was caught at a bus station in Enugu.", "Okeke"),
    ("The suspected gunman, Chidi Okeke, was captured after a three-day manhunt.", "Okeke"),
    # relative clauses, lists, first person and "they" after a reporting verb
    ("Among those detained by the army on Sunday was the poet Karim Haddad.", "Haddad"),
    ("Karim Haddad, whom soldiers seized at a checkpoint in 2019, is still missing.", "Haddad"),
    ("Soldiers searched the village on Sunday. Residents said they grabbed Karim Haddad and two of his sons.", "Haddad"),
    ("The soldiers said Karim Haddad tried to flee. They caught him at the river.", "Haddad"),
    ("Karim Haddad fell into the hands of the army after a week on the run.", "Haddad"),
]

# Non-state captors, in wordings of arrest, detention and custody: captured, never arrested.
NON_STATE_HOLDERS = [
    ("Rebels detained the aid worker Ingrid Halvorsen at a roadblock near Bria.", "Halvorsen"),
    ("The aid worker Ingrid Halvorsen was detained by rebels at a roadblock near Bria.", "Halvorsen"),
    ("The Taliban arrested the former governor Nasir Ahmadzai in Kandahar.", "Ahmadzai"),
    ("The former governor Nasir Ahmadzai was arrested by the Taliban in Kandahar.", "Ahmadzai"),
    ("Pirates have held the chief engineer, Dmitri Sokolov, since the tanker was boarded.", "Sokolov"),
    ("The chief engineer, Dmitri Sokolov, has been held by pirates since March.", "Sokolov"),
    ("A drug cartel detained the reporter Mariana Fuentes for two days.", "Fuentes"),
    ("The reporter Mariana Fuentes was detained for two days by a drug cartel.", "Fuentes"),
    ("Militants arrested the village elder Gul Khan and accused him of spying.", "Khan"),
    ("Gul Khan was arrested by militants who accused him of spying.", "Khan"),
    ("Tobias Lindqvist remains in the custody of the armed group.", "Lindqvist"),
    ("Tobias Lindqvist is in the custody of the kidnappers, his employer said.", "Lindqvist"),
    ("A gang seized Paolo Ferretti as he closed his shop on Friday evening.", "Ferretti"),
    ("Paolo Ferretti was seized by a gang as he closed his shop.", "Ferretti"),
    ("Unknown men picked up Paolo Ferretti outside the church.", "Ferretti"),
    ("Paolo Ferretti was picked up by unknown men outside the church.", "Ferretti"),
    ("Insurgents took the contractor Gareth Pryce from his vehicle at gunpoint.", "Pryce"),
    ("The contractor Gareth Pryce was taken from his vehicle by insurgents.", "Pryce"),
    ("Gunmen stormed the guest house before dawn. They took Gareth Pryce away.", "Pryce"),
    ("Bandits raided the farm on Tuesday night. They seized Elijah Okafor and his son.", "Okafor"),
    ("Armed men blocked the road near Kaduna. Elijah Okafor was taken from his car.", "Okafor"),
    ("Separatist fighters are holding Elijah Okafor in the forest, the governor said.", "Okafor"),
    ("Elijah Okafor is being held by separatist fighters, the governor said.", "Okafor"),
    ("The militia detained Samir Aoun and three colleagues for crossing its lines.", "Aoun"),
    ("A rival faction arrested Samir Aoun at his office in the port.", "Aoun"),
    ("Samir Aoun, the mayor, was taken by an armed group on Monday.", "Aoun"),
    ("The armed group that took Samir Aoun has made no demands.", "Aoun"),
    ("Kidnappers grabbed Lucia Moreno from her car in Cuernavaca.", "Moreno"),
    ("Lucia Moreno was grabbed by kidnappers from her car in Cuernavaca.", "Moreno"),
    ("Lucia Moreno was kidnapped on her way to school, police said.", "Moreno"),
    ("Lucia Moreno was abducted near her home on Thursday, police said.", "Moreno"),
    ("Unidentified gunmen snatched Lucia Moreno on Thursday.", "Moreno"),
    ("Lucia Moreno was snatched by men in balaclavas, police said.", "Moreno"),
    ("The jihadists who seized Father Anselm Kuyper in 2019 released a video.", "Kuyper"),
    ("Father Anselm Kuyper was taken hostage in 2019 and has not been heard from since.", "Kuyper"),
    ("Father Anselm Kuyper has been held captive since 2019.", "Kuyper"),
    # named groups and non-state takers in wordings of arrest and custody
    ("Al-Shabaab fighters detained the teacher Hodan Abdi at a checkpoint.", "Abdi"),
    ("Hodan Abdi is being held by al-Shabaab in a village near Jilib.", "Abdi"),
    ("Boko Haram arrested the village chief Musa Gana last week.", "Gana"),
    ("The Houthis have detained Hisham Qasim since last year.", "Qasim"),
    ("Fighters of the Eastern Liberation Army arrested Pierre Mukendi in Goma.", "Mukendi"),
    ("Pierre Mukendi was detained by fighters of the Eastern Liberation Army.", "Mukendi"),
    ("Vigilantes seized Pierre Mukendi and handed him over to a local chief.", "Mukendi"),
    ("Smugglers locked up Amare Tesfaye in a warehouse until his family paid.", "Tesfaye"),
    ("Traffickers held Amare Tesfaye for three months in a compound in the desert.", "Tesfaye"),
    ("Amare Tesfaye was held by traffickers for three months.", "Tesfaye"),
    ("Dimitri Zerva was seized by the Red Wolves, a criminal gang, on Friday.", "Zerva"),
    ("Masked men broke into the house at night. The men dragged Hugo Brandt into a van.", "Brandt"),
    ("Hugo Brandt was bundled into a van on Monday. His captors demanded a ransom.", "Brandt"),
    ("Hugo Brandt was seized outside his hotel. His kidnappers have not made contact.", "Brandt"),
    ("Extremists took Hugo Brandt captive in the Sahel in 2021.", "Brandt"),
    ("Hugo Brandt, who was abducted in Niamey in 2021, was freed on Sunday.", "Brandt"),
    ("Hugo Brandt is a prisoner of the rebels, his wife said.", "Brandt"),
    ("Hugo Brandt is in the hands of a gang, police believe.", "Brandt"),
    # non-state custody told with the state's words
    ("Jonas Albrecht is in rebel custody, according to the mission.", "Albrecht"),
    ("Jonas Albrecht is in Taliban custody in Kabul.", "Albrecht"),
    ("Jonas Albrecht has been in the custody of the Liberation Front since June.", "Albrecht"),
    ("Jonas Albrecht was jailed by the rebels in a makeshift prison.", "Albrecht"),
    ("Jonas Albrecht was imprisoned by the insurgents for two years.", "Albrecht"),
    ("Jonas Albrecht was arrested by members of a self-defence militia.", "Albrecht"),
    ("Jonas Albrecht was detained by a clan militia near Baidoa.", "Albrecht"),
    ("The militants said they were holding Jonas Albrecht.", "Albrecht"),
    ("The group said it was holding Jonas Albrecht and would free him for a ransom.", "Albrecht"),
    ("Jonas Albrecht, detained by rebels in 2020, was freed on Monday.", "Albrecht"),
    ("The rebels who arrested Jonas Albrecht accused him of spying.", "Albrecht"),
    ("Jonas Albrecht is a prisoner of the Crimson Brigade.", "Albrecht"),
    ("Jonas Albrecht was detained by the group's fighters at a checkpoint.", "Albrecht"),
    ("Jonas Albrecht was captured during clashes with rebels near the lake.", "Albrecht"),
    ("Jonas Albrecht was detained by the group's security wing in Idlib.", "Albrecht"),
    # an unmarked raid in a sentence of captivity, after captors acted
    ("Gunmen attacked the village on Monday. Lena Marx was taken in the raid and spent a month in captivity.", "Marx"),
    # the state's own man, captured with no captor named, is the enemy's captive
    ("Sergeant Ali Tanko, a soldier who escaped an ambush last year, was captured on Friday.", "Tanko"),
    ("Jonas Albrecht has been held in a rebel jail since March.", "Albrecht"),
    ("Jonas Albrecht is being held by his abductors in the forest.", "Albrecht"),
    ("Jonas Albrecht was arrested by fighters loyal to a local warlord.", "Albrecht"),
    ("Jonas Albrecht was arrested by the Islamic State in Raqqa in 2014.", "Albrecht"),
    ("Rebels named the two captured soldiers as Corporal Ali Tanko and Private Sani Bako.", "Tanko"),
    ("The militants released a list naming the captured guards as Issa Maiga and Oumar Cisse.", "Maiga"),
    ("Jonas Albrecht was detained at a rebel checkpoint outside Goma.", "Albrecht"),
    ("Jonas Albrecht was placed under arrest by the militia.", "Albrecht"),
    ("Jonas Albrecht was taken into custody by the rebels on Monday.", "Albrecht"),
    ("Jonas Albrecht got arrested by the Taliban at a checkpoint.", "Albrecht"),
    ("Jonas Albrecht was detained at a checkpoint manned by the militia.", "Albrecht"),
    ("Jonas Albrecht was stopped and detained at a checkpoint run by the Crimson Brigade.", "Albrecht"),
    ("Jonas Albrecht is being held in a prison run by the militia in Misrata.", "Albrecht"),
    ("Ines Duarte, whom rebels seized in 2019, was freed on Sunday.", "Duarte"),
    ("Ines Duarte was one of twelve people seized by the militia.", "Duarte"),
    ("Masked gunmen stopped the bus. Witnesses said they forced Ines Duarte into a car.", "Duarte"),
    ("Ines Duarte was arrested by the group's religious police in Raqqa.", "Duarte"),
    ("Ines Duarte was abducted by suspected jihadists near the border.", "Duarte"),
    ("Ines Duarte fell into the hands of the rebels after her convoy was ambushed.", "Duarte"),
    ("\"I was arrested by the Taliban at a checkpoint,\" Ines Duarte said.", "Duarte"),
    ("The soldier Sani Bako, taken prisoner by the mujahideen at Tessit, is in good health, the group said.", "Bako"),
]

# Custody held in a place: located_in beside the custody predicate.
HELD_IN = [
    ("Nima Karimi is being held in Evin prison, his sister said.", "Karimi", R),
    ("Nima Karimi has been held in Evin prison since April.", "Karimi", R),
    ("Nima Karimi was detained at a police station in Tabriz for three days.", "Karimi", R),
    ("Nima Karimi is being detained at a police station in Tabriz.", "Karimi", R),
    ("Police are holding Nima Karimi at a station in central Tabriz.", "Karimi", R),
    ("Nima Karimi remains in custody at a military base outside Mosul.", "Karimi", R),
    ("Nima Karimi is locked up in Qezel Hesar prison, his lawyer said.", "Karimi", R),
    ("Nima Karimi is being kept in solitary at Gohardasht prison near Karaj.", "Karimi", R),
    ("Nima Karimi was jailed in Tabriz after the protests.", "Karimi", R),
    ("The kidnappers kept Lena Hartmann in a safe house near Sabha.", "Hartmann", C),
    ("Lena Hartmann was kept in a safe house near Sabha by her kidnappers.", "Hartmann", C),
    ("Lena Hartmann is being held by gunmen in a village near Sabha.", "Hartmann", C),
    ("The rebels held Lena Hartmann in a cave in the Nafusa mountains for a year.", "Hartmann", C),
    ("Lena Hartmann was held hostage in a farmhouse near Sabha for six weeks.", "Hartmann", C),
    ("Pirates are holding Lena Hartmann in a village on the coast near Eyl.", "Hartmann", C),
    ("Amina Yusuf is being held at a detention centre in Kano, her family said.", "Yusuf", R),
    ("Amina Yusuf has spent the last month in a cell at the Central Police Station in Kano.", "Yusuf", R),
    ("Amina Yusuf has been detained at Kirikiri prison since her arrest.", "Yusuf", R),
    ("Authorities are holding Amina Yusuf at a military barracks in Kaduna.", "Yusuf", R),
    ("Amina Yusuf, who is being held in a jail in Abuja, has not been charged.", "Yusuf", R),
    ("Amina Yusuf is imprisoned in Kuje prison.", "Yusuf", R),
    ("Amina Yusuf remains behind bars in Kuje prison.", "Yusuf", R),
    ("Amina Yusuf is being kept in a villa outside Kano by the gunmen who seized her.", "Yusuf", C),
    ("Her captors are holding Amina Yusuf in a forest camp near Birnin Gwari.", "Yusuf", C),
    ("Amina Yusuf was held in a cave near Birnin Gwari for a month by the kidnappers.", "Yusuf", C),
    ("Karim Bouzid is being held incommunicado at a facility in Annaba.", "Bouzid", R),
    ("Karim Bouzid remains jailed in Annaba pending trial.", "Bouzid", R),
    ("Karim Bouzid is languishing in a prison in Annaba, rights groups say.", "Bouzid", R),
    ("Karim Bouzid is behind bars in Annaba after his conviction.", "Bouzid", R),
    ("Karim Bouzid is serving a ten-year sentence in El Harrach prison.", "Bouzid", R),
    ("Karim Bouzid is incarcerated at a high-security jail outside Oran.", "Bouzid", R),
    ("Karim Bouzid is in detention at a military camp near Blida.", "Bouzid", R),
    ("Karim Bouzid is in police custody in Annaba, the ministry said.", "Bouzid", R),
    ("The prison near Oran where Karim Bouzid is being held is overcrowded.", "Bouzid", R),
    ("Karim Bouzid was being held at a police station in Oran when he fell ill.", "Bouzid", R),
    ("Karim Bouzid had been held at a barracks in Blida for a week before he was charged.", "Bouzid", R),
    ("Karim Bouzid is locked in a cell at the central police station in Oran.", "Bouzid", R),
    ("For six weeks Karim Bouzid was held in a basement cell in Oran.", "Bouzid", R),
    ("Karim Bouzid, held since March at a prison in Oran, is on hunger strike.", "Bouzid", R),
    ("Sara Lindholm was held for eight months in a hut in the jungle by the rebels.", "Lindholm", C),
    ("Sara Lindholm spent eight months as a hostage in a camp in the Sahel.", "Lindholm", C),
    ("The rebels kept Sara Lindholm chained in a hut near the border.", "Lindholm", C),
    ("Police arrested Omid Farahani in May. He is being held in Evin prison.", "Farahani", R),
    ("Omid Farahani remains detained in Minsk, his wife told reporters.", "Farahani", R),
    ("Omid Farahani is in jail in Mashhad, according to his lawyer.", "Farahani", R),
    ("Omid Farahani is in Evin prison, his wife said on Tuesday.", "Farahani", R),
    ("\"He is being held in solitary confinement at Evin,\" Omid Farahani's wife said.", "Farahani", R),
    ("Omid Farahani is being held in the capital, state media reported.", "Farahani", R),
    ("Omid Farahani has been jailed at Rajaei Shahr since his conviction.", "Farahani", R),
    ("The notorious Saydnaya prison, where Omid Farahani is held, is north of Damascus.", "Farahani", R),
    ("Gunmen seized Claire Dubois in Niger in 2022. She is believed to be held in northern Mali.", "Dubois", C),
    ("Claire Dubois is being held hostage in the Sahel, the French government said.", "Dubois", C),
    ("Claire Dubois was held captive in a village near Menaka for a year.", "Dubois", C),
    ("Claire Dubois is held by the kidnappers somewhere in the desert near Kidal.", "Dubois", C),
    ("Claire Dubois, who is held by jihadists in Mali, appeared in a video on Sunday.", "Dubois", C),
    ("Daniel Okoro is being held at an undisclosed location in Abuja, his lawyer said.", "Okoro", R),
    ("Daniel Okoro is held in a detention facility run by the secret police in Abuja.", "Okoro", R),
    ("Police arrested Daniel Okoro in May. He has been kept at a military base near Jos since then.", "Okoro", R),
    ("Police arrested Daniel Okoro and Musa Bello on Friday. Both men are being held in Jos.", "Bello", R),
    ("Daniel Okoro has been in detention in Jos for six months.", "Okoro", R),
    ("Daniel Okoro is in custody at Central police station in Jos.", "Okoro", R),
    ("Daniel Okoro, held in Jos since May, has not seen a lawyer.", "Okoro", R),
    ("Daniel Okoro spent the night in a police cell in Jos.", "Okoro", R),
    ("Daniel Okoro spent five years in Kirikiri prison.", "Okoro", R),
    ("Daniel Okoro, who spent a decade in jail in Lagos, is now a senator.", "Okoro", R),
    ("Daniel Okoro is being held at the Kuje detention centre.", "Okoro", R),
    ("Daniel Okoro was held in Jos until his release in June.", "Okoro", R),
    ("Daniel Okoro fell ill while in custody in Jos.", "Okoro", R),
    ("Gunmen abducted Daniel Okoro on Monday. He is being held in a forest near Kaduna, police said.", "Okoro", C),
    ("Daniel Okoro was abducted in March. His captors are holding him in a forest near Kaduna.", "Okoro", C),
    ("Daniel Okoro spent 14 months as a hostage in northern Mali.", "Okoro", C),
    ("Farhad Rahimi was freed after two years in Evin prison.", "Rahimi", R),
    ("After six months in Kirikiri prison, Daniel Okoro was released on bail.", "Okoro", R),
    ("Viktor Hale is being held at Lefortovo, his lawyer said.", "Hale", R),
    ("Viktor Hale is held at Belmarsh pending extradition.", "Hale", R),
    ("Viktor Hale has been held at Guantanamo since 2004.", "Hale", R),
    ("Viktor Hale is being held in Ward 209 of Evin prison.", "Hale", R),
    ("Viktor Hale is being held in the basement of the security service building in Minsk.", "Hale", R),
    ("Viktor Hale was detained at Camp Ashraf for two years.", "Hale", R),
    ("Viktor Hale is locked up at the Lubyanka, the family believes.", "Hale", R),
    ("Viktor Hale is in an NSS facility in Juba, according to his brother.", "Hale", R),
    ("Viktor Hale remains at Lefortovo prison in Moscow.", "Hale", R),
    ("Nour Saleh, who was arrested at her home on May 3 and, according to her lawyer, has been held in solitary confinement at Evin prison since, began a hunger strike.", "Saleh", R),
]

# An agentless holding after a kidnapping is captivity; after an arrest, custody.
STORY_HOLDINGS = [
    ("Gunmen kidnapped the priest Tomas Vidal on June 14. Officials believe he is being held in the mountains.", "Vidal", C),
    ("Lena Marx was abducted in Sabha in May. She is being held somewhere in the south, her employer said.", "Marx", C),
    ("The engineer Lena Marx, who was kidnapped in March, is being held in a village near Sabha, the mayor said.", "Marx", C),
    ("Lena Marx was arrested in Tehran in May. She is being held in Evin prison.", "Marx", R),
    ("Police detained Lena Marx at the airport. She is being held at a police station in Mashhad.", "Marx", R),
]

# Nouns of taking whose captor is the owner or the subject that announces the taking.
TAKING_NOUNS = [
    ("The Taliban's detention of Nasir Ahmadzai drew protests.", "Ahmadzai", C),
    ("Rebels claimed the capture of two soldiers, Ali Tanko and Sani Bako.", "Tanko", C),
    ("Police announced the arrest of Rafael Ortiz on Friday.", "Ortiz", R),
    ("The army's capture of Ahmed Jibril ended a ten-year hunt.", "Jibril", R),
    ("The army announced the capture of Ahmed Jibril, a senior rebel commander.", "Jibril", R),
    ("The government condemned the kidnapping of the engineer Lena Marx.", "Marx", C),
    ("The army confirmed the abduction of Lena Marx by gunmen near Sabha.", "Marx", C),
]

# Denials and claims of a taking keep the captor's custody (found with the polarity).
DENIALS = [
    ("The army denied that its soldiers had seized Karim Haddad.", "Haddad", R, "negated"),
    ("Police denied detaining Karim Haddad.", "Haddad", R, "negated"),
    ("The rebels denied holding Ines Duarte.", "Duarte", C, "negated"),
    ("The militia denied that it had detained Ines Duarte.", "Duarte", C, "negated"),
    ("The group claimed responsibility for seizing Ines Duarte.", "Duarte", C, A),
    ("14:05 - Border police say they have detained Karim Haddad near the crossing.", "Haddad", R, A),
    ("Q: Who took you? A: Soldiers. They grabbed me outside my house, said Karim Haddad.", "Haddad", R, A),
    ("The court heard that Ines Duarte was seized by members of the gang in 2019.", "Duarte", C, A),
]

# A later agentless mention of a taking keeps the captor the first named (both sentences'
# claims must have it: the not-found row checks that no claim has the other predicate).
LATER_MENTIONS = [
    ("Soldiers captured the militia commander Paul Ndoli on Monday. A relative said Ndoli had been captured while visiting his mother.", "Ndoli", R),
    ("The army said it had captured Paul Ndoli. His brother confirmed that Ndoli had been taken prisoner, but said he was unarmed.", "Ndoli", R),
    ("Rebels seized the nurse Agnes Tumwine in May. Her family says Tumwine was detained while treating the wounded.", "Tumwine", C),
]

# Rows the rules do not reach yet: text -> (what stands in the way, the rows that fail: the
# custody's, the place's or both).
GAPS = {
    "Park rangers captured the poacher Simon Mwangi after a chase.": (
        "the name parsed apart", "custody"),
    "Dimitri Zerva was grabbed outside his office on Monday. Police later confirmed that they"
    " were holding him.": ("the later holding by the police's 'they' is not read", "custody"),
    "Rafael Ortiz was thrown into the back of a police pickup, witnesses said.": (
        "a pickup is not among the vehicles", "custody"),
    "Jonas Albrecht was stopped and detained at a checkpoint run by the Crimson Brigade.": (
        "the stop rule decides before the checkpoint's holder is read", "custody"),
    "Viktor Hale is in an NSS facility in Juba, according to his brother.": (
        "a facility the acronym of an agency marks", "custody"),
    "Viktor Hale remains at Lefortovo prison in Moscow.": ("staying 'at' a prison", "custody"),
    "Joseph Kamanda, wanted for war crimes, was captured near the border on Friday.": (
        "the parser takes 'wanted' for the main verb", "custody"),
    "Q: Who took you? A: Soldiers. They grabbed me outside my house, said Karim Haddad.": (
        "'they' of a verbless answer, 'me' of the speaker named after", "custody"),
    "Ines Duarte, whom rebels seized in 2019, was freed on Sunday.": (
        "the parser takes 'rebels' for the relative clause's verb", "custody"),
    "Viktor Hale is held at Belmarsh pending extradition.": (
        "the prison's bare name after 'held at', before 'pending'", "place"),
    "Traffickers held Amare Tesfaye for three months in a compound in the desert.": (
        "the name tagged as a product", "both"),
    "Hugo Brandt was bundled into a van on Monday. His captors demanded a ransom.": (
        "a captor noun with a pronoun owner after an agentless seizure", "custody"),
    "The rebels kept Sara Lindholm chained in a hut near the border.": (
        "the place after a participle complement", "place"),
    "Omid Farahani remains detained in Minsk, his wife told reporters.": (
        "the given name not tagged as a person's here", "both"),
    '"He is being held in solitary confinement at Evin," Omid Farahani\'s wife said.': (
        "a pronoun before its name (cataphora)", "both"),
    "Omid Farahani is being held in the capital, state media reported.": (
        "a place named only as the capital", "place"),
}


def _row(text: str, expected: tuple[str, str, str]):
    reason, failing = GAPS.get(text, ("", ""))
    if failing == "both" or failing == ("place" if expected[1] == L else "custody"):
        return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason))
    return (text, expected)


FOUND = (
    [_row(t, (who.split()[-1], R, A)) for t, who in STATE_TAKERS]
    + [_row(t, (who.split()[-1], C, A)) for t, who in NON_STATE_HOLDERS]
    + [_row(t, (who, pred, A)) for t, who, pred in HELD_IN]
    + [_row(t, (who, L, A)) for t, who, _pred in HELD_IN]
    + [_row(t, (who, pred, A)) for t, who, pred in TAKING_NOUNS]
    + [_row(t, (who, pred, A)) for t, who, pred in STORY_HOLDINGS]
    + [_row(t, (who, pred, pol)) for t, who, pred, pol in DENIALS]
    + [_row(t, (who, pred, A)) for t, who, pred in LATER_MENTIONS]
)

NOT_FOUND = (
    [(t, (who.split()[-1], C, A)) for t, who in STATE_TAKERS if t not in GAPS]
    + [(t, (who.split()[-1], R, A)) for t, who in NON_STATE_HOLDERS if t not in GAPS]
    + [(t, (who, {R: C, C: R}[pred], A)) for t, who, pred in HELD_IN]
    + [(t, (who, {R: C, C: R}[pred], A)) for t, who, pred in TAKING_NOUNS]
    + [(t, (who, {R: C, C: R}[pred], A)) for t, who, pred in STORY_HOLDINGS]
    + [(t, (who, {R: C, C: R}[pred], pol)) for t, who, pred, pol in DENIALS]
    + [(t, (who, {R: C, C: R}[pred], A)) for t, who, pred in LATER_MENTIONS]
)

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
