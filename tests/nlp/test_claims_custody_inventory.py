"""Detention, captivity and release told the ways news prose tells them (issue 6):
a paraphrase inventory written from English news usage, not from the gold's articles. The
README's convention decides between the two custody predicates by WHO HOLDS the person:
the state's authorities (police, troops, courts, border guards, intelligence services, "the
authorities", a junta) make an arrest, even "captured by troops" or "seized by agents";
non-state captors (kidnappers, gunmen, militants, rebels, pirates, bandits, a rival faction,
a named armed group) make a capture, even "arrested by rebels". Release rows cover bail,
parole, acquittals, ransoms and swaps ("refused bail" is released NEGATED). Sentences written
for this test about fictional people: text -> (last word of the subject, predicate, polarity).
"""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A = "affirmed"
N = "negated"


def _gap(text: str, reason: str) -> str:
    """A row's text whose found row is a known gap (marked xfail with ``reason`` below)."""
    _GAPS[text] = reason
    return text


_GAPS: dict[str, str] = {}

# (text, surname, the predicate its holder makes: "arrested" for the state, "captured" for
# anyone else); each row also asserts the other custody predicate is NOT found.
_HELD = [
    # --- the state: police, courts, agents, border guards, troops ---
    ("Police arrested Tomas Keller, 34, at his home in Graz on Monday.", "Keller", "arrested"),
    (
        "Marta Oyelaran was detained at the airport by immigration officers on Friday.",
        "Oyelaran",
        "arrested",
    ),
    (
        "Authorities have taken the opposition activist Lina Haddad into custody, her lawyer said.",
        "Haddad",
        "arrested",
    ),
    (
        "Detectives picked up Ray Dunmore outside a pub in Leeds late on Saturday.",
        "Dunmore",
        "arrested",
    ),
    ("The blogger Sami Antar was jailed for three years on Tuesday.", "Antar", "arrested"),
    ("Kofi Mensah has been remanded in custody until his next hearing.", "Mensah", "arrested"),
    (
        "Former minister Petr Hradil is under house arrest at his villa outside Brno.",
        "Hradil",
        "arrested",
    ),
    (
        "The journalist Nadia Sorel has been in pre-trial detention since March.",
        "Sorel",
        "arrested",
    ),
    (
        "The mayor, Ruben Olmos, was handcuffed and led away by federal agents.",
        "Olmos",
        "arrested",
    ),
    (
        "Intelligence officers arrested the cleric Yahya Saleem at a checkpoint, the ministry said.",
        "Saleem",
        "arrested",
    ),
    (
        "Border guards detained the Canadian hiker Emma Ross after she crossed the frontier.",
        "Ross",
        "arrested",
    ),
    ("Military police took Colonel Hamid Zarif into custody on Thursday.", "Zarif", "arrested"),
    ("Imprisoned dissident Lev Aronov has begun a hunger strike.", "Aronov", "arrested"),
    (
        "Soldiers seized Joseph Kanu at a roadblock and handed him to the gendarmerie.",
        "Kanu",
        "arrested",
    ),
    (
        _gap(
            "Emeka Nwosu was seized by government troops near the river.",
            "the model's NER reads 'Emeka Nwosu' as an ORG, so no person is the subject",
        ),
        "Nwosu",
        "arrested",
    ),
    ("Karim Nasser was abducted by soldiers, his lawyer says.", "Nasser", "arrested"),
    ("Dina Haddad was kidnapped by intelligence agents, her husband says.", "Haddad", "arrested"),
    ("Rafael Cruz disappeared into police custody in 2020.", "Cruz", "arrested"),
    ("Karim Nasser was sent to prison for five years.", "Nasser", "arrested"),
    ("Among the detainees is the lawyer Tomas Keller.", "Keller", "arrested"),
    ("Tomas Keller remains detained, his lawyer said.", "Keller", "arrested"),
    ("The abduction of Tomas Keller by security forces sparked protests.", "Keller", "arrested"),
    ("Tomas Keller's kidnapping by soldiers was filmed by a neighbour.", "Keller", "arrested"),
    (
        _gap(
            "Tomas Keller is the third journalist detained this year.",
            "test_claims_count_per_clause reads 'X is the third commander killed this year' as a"
            " restatement, no claim of its own: the participle is not read",
        ),
        "Keller",
        "arrested",
    ),
    (
        _gap(
            "Tomas Keller became the latest activist to be detained.",
            "test_claims_count_per_clause reads 'X is the third commander killed this year' as a"
            " restatement, no claim of its own: the participle is not read",
        ),
        "Keller",
        "arrested",
    ),
    (
        "Police raided the house on Friday. Tomas Keller was seized during the raid.",
        "Keller",
        "arrested",
    ),
    ('"The police took me from my home at night," Tomas Keller said.', "Keller", "arrested"),
    ("Karim Nasser was remanded for 15 days.", "Nasser", "arrested"),
    ("Karim Nasser was incarcerated in 2018.", "Nasser", "arrested"),
    ("Karim Nasser was nabbed by police in Madrid.", "Nasser", "arrested"),
    ("Police led Tomas Keller away in front of his children.", "Keller", "arrested"),
    ("Karim Nasser's detention was extended by 30 days.", "Nasser", "arrested"),
    (
        "The government is holding the journalist Mira Novak without charge, rights groups say.",
        "Novak",
        "arrested",
    ),
    (
        "Haruto Sato has been held by the state security service for six weeks.",
        "Sato",
        "arrested",
    ),
    ("The arrest of Carla Mendes on Sunday sparked protests in the capital.", "Mendes", "arrested"),
    (
        "Police said they had detained Oleg Marin in connection with the shooting.",
        "Marin",
        "arrested",
    ),
    (
        "Hassan Dabo was among 40 people detained in the sweep, police said.",
        "Dabo",
        "arrested",
    ),
    (
        "Wang Lei, 45, is being held at a police station in the city centre.",
        "Lei",
        "arrested",
    ),
    ("A court in the capital jailed the journalist Deniz Kaya pending trial.", "Kaya", "arrested"),
    (
        "Marisol Vega, detained since June, has still not seen a lawyer.",
        "Vega",
        "arrested",
    ),
    (
        "Felix Arndt left his office at noon. He was arrested an hour later by anti-corruption"
        " investigators.",
        "Arndt",
        "arrested",
    ),
    (
        "A local driver, Moussa Traore, was detained by gendarmes at a checkpoint.",
        "Traore",
        "arrested",
    ),
    (
        "Police arrested Ivan Doru and Petra Lind on suspicion of fraud.",
        "Lind",
        "arrested",
    ),
    (
        "Among those arrested were the union leader Ben Okafor and two students.",
        "Okafor",
        "arrested",
    ),
    (
        "Nigerian police have arrested Chinedu Obi, a suspect in the killing of a lawmaker, a"
        " spokesman said.",
        "Obi",
        "arrested",
    ),
    (
        '"We have arrested Rafael Soto and he will face justice," the police chief said.',
        "Soto",
        "arrested",
    ),
    ("Mr Hale was placed under arrest at the scene.", "Hale", "arrested"),
    (
        "Kyle Brandt, 22, of Hull, was arrested on suspicion of arson and bailed until May.",
        "Brandt",
        "arrested",
    ),
    (
        "Dave Hollis, 41, of Croydon, was remanded in custody to appear at the Crown Court.",
        "Hollis",
        "arrested",
    ),
    (
        "Luis Ramirez was booked into the county jail and is being held on $50,000 bond.",
        "Ramirez",
        "arrested",
    ),
    ("Jamal Idris is in the custody of military intelligence.", "Idris", "arrested"),
    (
        "The junta is holding the deposed president, Alpha Sow, at a barracks in the capital.",
        "Sow",
        "arrested",
    ),
    (
        "Plainclothes officers abducted the dissident Omar Farouk from his home, his wife said.",
        "Farouk",
        "arrested",
    ),
    (
        "Security forces kidnapped the activist Amina Yusuf, her family says.",
        "Yusuf",
        "arrested",
    ),
    (
        "Soldiers surrounded the compound at dawn. Bakary Sani was led out in handcuffs.",
        "Sani",
        "arrested",
    ),
    (
        "Police raided a flat in Bradford on Friday. Two men, including Asif Khan, 31, were"
        " detained.",
        "Khan",
        "arrested",
    ),
    (
        "Amos Lugard was imprisoned twice by the colonial authorities before independence.",
        "Lugard",
        "arrested",
    ),
    ("Rosa Lindqvist spent three years in jail for her articles.", "Lindqvist", "arrested"),
    (
        "Yara Aziz was seized by intelligence agents in plain clothes outside her office.",
        "Aziz",
        "arrested",
    ),
    (
        "Jonas Palme is being held in a cell beneath the interior ministry, his lawyer said.",
        "Palme",
        "arrested",
    ),
    (
        "The navy intercepted the boat and detained its skipper, Marco Bellini.",
        "Bellini",
        "arrested",
    ),
    (
        "Sergio Paz was taken in for questioning by detectives on Tuesday.",
        "Paz",
        "arrested",
    ),
    (
        "Customs officers held the businessman Viktor Orel for eleven hours at the airport.",
        "Orel",
        "arrested",
    ),
    # --- non-state captors: kidnappers, gunmen, militants, rebels, pirates, armed groups ---
    (
        "Gunmen kidnapped the Italian engineer Paolo Conti from his car near Kaduna.",
        "Conti",
        "captured",
    ),
    ("Maria Santos was abducted by armed men on her way to school.", "Santos", "captured"),
    (
        "Militants seized the aid worker Johan Berg in an ambush on the convoy.",
        "Berg",
        "captured",
    ),
    (
        "Pirates took the ship's captain, Lars Eriksen, hostage after boarding the vessel.",
        "Eriksen",
        "captured",
    ),
    (
        "The French journalist Claire Dumas is being held by an armed group in the Sahel.",
        "Dumas",
        "captured",
    ),
    (
        "The Red Dawn Brigade said it was holding Corporal Ahmed Said.",
        "Said",
        "captured",
    ),
    (
        "Kidnappers demanding a ransom of two million dollars are holding the businessman Femi"
        " Adeyemi.",
        "Adeyemi",
        "captured",
    ),
    ("Anna Kowal has been held captive for 400 days.", "Kowal", "captured"),
    ("The missionary Ruth Walker remains in the hands of her captors.", "Walker", "captured"),
    (
        _gap(
            "Gunmen stormed the village on Tuesday and took dozens of people. Among those taken"
            " was the headmaster, Samuel Ode.",
            "'Among those taken was X': a bare 'taken' as a group's participle is not read",
        ),
        "Ode",
        "captured",
    ),
    ("Bandits snatched Ibrahim Musa from his farm on Monday night.", "Musa", "captured"),
    ("Karim Nasser was taken by gunmen on the road to Gao.", "Nasser", "captured"),
    (
        "Gunmen ambushed the aid convoy on Tuesday. Two drivers, Musa Bello and Tijani Abba,"
        " were taken.",
        "Abba",
        "captured",
    ),
    ("Karim Nasser remains captive, his brother said.", "Nasser", "captured"),
    ("Tomas Keller remains in rebel hands.", "Keller", "captured"),
    ("Karim Nasser, a hostage since 2019, appeared in a new video.", "Nasser", "captured"),
    ("Karim Nasser endured 300 days of captivity.", "Nasser", "captured"),
    (
        _gap(
            "Karim Nasser's captivity lasted nine months.",
            "a possessed 'captivity' is mostly a restatement in dev ('For most of his"
            " captivity he was kept chained'): the noun is not read alone",
        ),
        "Nasser",
        "captured",
    ),
    ("Karim Nasser was detained by militiamen at a roadblock.", "Nasser", "captured"),
    ("Karim Nasser was taken prisoner by the rebels.", "Nasser", "captured"),
    ("The rebel group said it had arrested Tomas Keller for spying.", "Keller", "captured"),
    ("The arrest of Tomas Keller by rebels was condemned by the UN.", "Keller", "captured"),
    ("Tomas Keller's detention by the militia has lasted three months.", "Keller", "captured"),
    ("The soldiers captured by the rebels include Sergeant Tomas Keller.", "Keller", "captured"),
    ("Tomas Keller is being held as a prisoner of war by the rebels.", "Keller", "captured"),
    (
        "Rebels overran the town on Friday and detained the mayor, Tomas Keller.",
        "Keller",
        "captured",
    ),
    (
        "The Crimson Brigade attacked the mine on Friday. Tomas Keller, an engineer, was seized"
        " during the attack.",
        "Keller",
        "captured",
    ),
    ("The hostages include Anna Kowal, a Dutch nurse.", "Kowal", "captured"),
    ("Among the hostages is the Dutch nurse Anna Kowal.", "Kowal", "captured"),
    ("Karim Nasser was freed after 14 months in the hands of the Brigade.", "Nasser", "captured"),
    (
        "Suspected militants abducted the district officer Juma Ali on Friday, police said.",
        "Ali",
        "captured",
    ),
    ("Police said gunmen had kidnapped Dr Ngozi Eze near her clinic.", "Eze", "captured"),
    ("The kidnapping of Luis Ortega has shocked the region.", "Ortega", "captured"),
    (
        "Anwar Hadi, who was abducted by a rival faction in March, is still missing.",
        "Hadi",
        "captured",
    ),
    (
        "The Crescent Movement seized the aid worker Mia Holt at a checkpoint.",
        "Holt",
        "captured",
    ),
    (
        "The hijackers are holding the pilot, Ahmed Zaki, and 40 passengers.",
        "Zaki",
        "captured",
    ),
    (
        "Tribesmen have detained the oil engineer Karl Weiss to press for jobs in the village.",
        "Weiss",
        "captured",
    ),
    (
        "A rival militia arrested Commander Yusuf Baba and is holding him in a school.",
        "Baba",
        "captured",
    ),
    (
        "Jihadists captured the soldier Oumar Keita during an attack on the base.",
        "Keita",
        "captured",
    ),
    (
        "Four foreigners, including the Briton Alan Price, were taken hostage.",
        "Price",
        "captured",
    ),
    ("Cartel gunmen abducted the reporter Luz Romero outside her home.", "Romero", "captured"),
    ("Abducted engineer Thomas Lutz appeared in a video released on Friday.", "Lutz", "captured"),
    ("Yara Aziz was seized by masked men outside her office.", "Aziz", "captured"),
    ("Jamal Idris is in the hands of the Popular Front.", "Idris", "captured"),
    (
        "Armed men stormed a hotel in the capital on Friday. They seized several guests,"
        " including the banker Raul Mendez.",
        "Mendez",
        "captured",
    ),
    (
        "Rebels arrested the town's mayor, Felix Ndong, and took him to their camp.",
        "Ndong",
        "captured",
    ),
    ("Sergeant Dan Cole was captured by the enemy during the retreat.", "Cole", "captured"),
    (
        "The group holding the missionary Peter Hale released a video on Sunday.",
        "Hale",
        "captured",
    ),
    ("Nina Petrov's captors have released a new video of her.", "Petrov", "captured"),
    (
        "Insurgents have been holding the nurse Grace Mwangi since August, the charity said.",
        "Mwangi",
        "captured",
    ),
    (
        "Sofia Marin spent eight months as a hostage of the militia.",
        "Marin",
        "captured",
    ),
    (
        "Abel Tesfaye was picked up by gunmen outside a bank in the capital.",
        "Tesfaye",
        "captured",
    ),
    (
        "Kidnappers freed the engineer Hans Vogel on Saturday after holding him for 40 days.",
        "Vogel",
        "captured",
    ),
]

# Other claims the same prose makes: releases (bail, parole, acquittal, ransom, swap),
# negations, and custody told with no custody verb.
FOUND = [(text, (name, pred, A)) for text, name, pred in _HELD] + [
    ("Police released Oleg Marin without charge on Sunday.", ("Marin", "released", A)),
    ("Marisol Vega was freed on bail of $5,000.", ("Vega", "released", A)),
    ("Jonas Meyer walked free from court after the jury acquitted him.", ("Meyer", "released", A)),
    (
        "The kidnappers let the priest, Father Tomas Ruiz, go after 40 days.",
        ("Ruiz", "released", A),
    ),
    (
        "Emma Clarke was set free on Tuesday after her family paid a ransom.",
        ("Clarke", "released", A),
    ),
    (
        "Sami Antar was released from prison on Wednesday after serving four years.",
        ("Antar", "released", A),
    ),
    (
        "Anna Kowal has been freed by her captors, the foreign ministry said.",
        ("Kowal", "released", A),
    ),
    ("Nadia Sorel was granted bail on Thursday.", ("Sorel", "released", A)),
    ("A judge refused bail to Kofi Mensah on Monday.", ("Mensah", "released", N)),
    ("Kofi Mensah was denied bail and will stay in custody.", ("Mensah", "released", N)),
    (
        "Lina Haddad was allowed to go home after 12 hours of questioning.",
        ("Haddad", "released", A),
    ),
    ("Mehmet Aydin was released on parole in May.", ("Aydin", "released", A)),
    ("The release of Peter Hale was negotiated by Qatar.", ("Hale", "released", A)),
    ("Freed hostage Ruth Walker returned home on Saturday.", ("Walker", "released", A)),
    (
        "Three aid workers, among them Johan Berg, were released unharmed.",
        ("Berg", "released", A),
    ),
    ("Ines Duarte has not been released, her lawyer said.", ("Duarte", "released", N)),
    ("Ines Duarte is still in custody, her lawyer said.", ("Duarte", "arrested", A)),
    ("Tomas Keller was released pending further inquiries.", ("Keller", "released", A)),
    (
        "Kareem Aziz was freed in a prisoner exchange for two soldiers.",
        ("Aziz", "released", A),
    ),
    (
        "Omar Shaikh, held by rebels since March, was handed over to Red Cross officials at the"
        " border.",
        ("Shaikh", "released", A),
    ),
    (
        "Guards released Mira Novak from the detention centre late on Friday.",
        ("Novak", "released", A),
    ),
    ("Ali Reza was freed in an amnesty marking the national holiday.", ("Reza", "released", A)),
    ("Luis Ramirez posted bond and was released on Saturday.", ("Ramirez", "released", A)),
    ("Dave Hollis was bailed to return to the police station in June.", ("Hollis", "released", A)),
    (
        "Kidnappers freed the engineer Hans Vogel on Saturday after holding him for 40 days.",
        ("Vogel", "released", A),
    ),
    # negated and denied custody
    ("Pablo Rojas was not arrested, police said.", ("Rojas", "arrested", N)),
    ("Police denied that they had detained Sara Ahmadi.", ("Ahmadi", "arrested", N)),
    (
        "The group denied that it had kidnapped the reporter Daniel Ames.",
        ("Ames", "captured", N),
    ),
    (
        "Her employer said Lotte Brandt had not been kidnapped but had lost her phone.",
        ("Brandt", "captured", N),
    ),
    # custody told along with another event
    (
        "Jailed for life in 2015, Ahmed Nour died in prison on Sunday.",
        ("Nour", "killed", A),
    ),
    (
        "Since her abduction in 2020, Sofia Marin has appeared in two videos.",
        ("Marin", "captured", A),
    ),
    (
        "Karim Nasser was allowed to leave the police station at midnight.",
        ("Nasser", "released", A),
    ),
    ("Karim Nasser emerged from jail after nine years.", ("Nasser", "released", A)),
    (
        "Tomas Keller was acquitted and walked out of court a free man.",
        ("Keller", "released", A),
    ),
    ("Karim Nasser was remanded on bail until June.", ("Nasser", "released", A)),
    ("Karim Nasser regained his freedom on Sunday.", ("Nasser", "released", A)),
    ("Tomas Keller was released on licence in 2019.", ("Keller", "released", A)),
    ("Tomas Keller was never arrested, his lawyer said.", ("Keller", "arrested", N)),
    ("The group denied holding Tomas Keller.", ("Keller", "captured", N)),
    (
        "The government has never acknowledged holding Tomas Keller.",
        ("Keller", "arrested", N),
    ),
    ("Ravi Kumar may have been abducted, police said.", ("Kumar", "captured", A)),
    (
        "Her detention has drawn condemnation. Mira Novak, a reporter, was held at the airport"
        " by state security agents.",
        ("Novak", "arrested", A),
    ),
]

# Demands, expectations, plans and modals tell no custody event; custody by the other kind of
# holder is checked by the _HELD rows.
_OTHER_KIND = {"arrested": "captured", "captured": "arrested"}
NOT_FOUND = [(text, (name, _OTHER_KIND[pred], A)) for text, name, pred in _HELD] + [
    ("Police may arrest Jon Berg if he returns to the country.", ("Berg", "arrested", A)),
    ("Activists called for the arrest of Victor Pell.", ("Pell", "arrested", A)),
    ("Police are seeking to arrest Diego Lamas, who fled on Sunday.", ("Lamas", "arrested", A)),
    ("Protesters demanded the release of Lev Aronov.", ("Aronov", "released", A)),
    ("Kenji Mori is expected to be released next week.", ("Mori", "released", A)),
    ("Tomas Keller will be released on Monday, his lawyer said.", ("Keller", "released", A)),
    ("The court ordered the release of Tomas Keller.", ("Keller", "released", A)),
    (
        "A warrant has been issued for the arrest of Tomas Keller.",
        ("Keller", "arrested", A),
    ),
    ("Tomas Keller went into hiding to avoid arrest.", ("Keller", "arrested", A)),
    (
        "Rights groups criticised the conditions of detention of Tomas Keller's brother.",
        ("Keller", "arrested", A),
    ),
    ("The patient, Karim Nasser, is in safe hands, doctors said.", ("Nasser", "captured", A)),
    ("Ricky Shaw remains at large, police said.", ("Shaw", "arrested", A)),
    (
        "Reza Tahmasbi was allowed to leave prison on a temporary furlough, his lawyer said.",
        ("Tahmasbi", "released", A),
    ),
    ("Marta Ivanova was allowed to go home from hospital on Friday.", ("Ivanova", "released", A)),
    (
        "Police said the injured driver, Tom Ray, was allowed to go home after treatment.",
        ("Ray", "released", A),
    ),
    (
        "Pablo Rojas was not arrested, police said.",
        ("Rojas", "arrested", A),
    ),
    ("A judge refused bail to Kofi Mensah on Monday.", ("Mensah", "released", A)),
    (
        "Ravi Kumar's family fear he could be kidnapped if he returns.",
        ("Kumar", "captured", A),
    ),
]

FOUND = [
    pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=_GAPS[text]))
    if text in _GAPS
    else (text, expected)
    for text, expected in FOUND
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
