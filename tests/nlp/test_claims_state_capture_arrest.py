"""A capture whose holder is the state is one arrest, not also a capture (issue 6;
the README: detention by authorities -> arrested, non-state captors -> captured). Troops,
soldiers, the army, police, security forces, a named state agency or "government forces"
who capture a person make an arrest only; rebels, gunmen, militants, kidnappers, pirates, a
named armed group or a rival faction make a capture only. Sentences written for this test
about fictional people: text -> (last word of the subject, predicate, polarity)."""

from __future__ import annotations

from claims_rows import row_tests

A = "affirmed"

# (text, surname, the holder is the state)
_PROBES = [
    # active, the state's forces as subject
    (
        "Troops captured Ramon Etxeberria near the border town of Arlit on Tuesday.",
        "Etxeberria",
        True,
    ),
    (
        "Soldiers captured the rebel commander Idris Bakay after a two-day siege, officials said.",
        "Bakay",
        True,
    ),
    (
        "Government forces captured Tomasz Nowak, the militia's spokesman, in a dawn raid.",
        "Nowak",
        True,
    ),
    (
        "Police captured the fugitive banker Aldo Ferrante at a ski resort on Sunday.",
        "Ferrante",
        True,
    ),
    (
        "Security forces captured Kareem Nasser in the old quarter, the interior ministry said.",
        "Nasser",
        True,
    ),
    ("The army captured Yusuf Hamdan alive during an operation in the hills.", "Hamdan", True),
    ("Marines captured the smuggler Joaquin Prieto off the coast, the navy said.", "Prieto", True),
    # passive with a state agent
    ("Salim Ouattara was captured by the army near Kidal last week.", "Ouattara", True),
    ("The warlord Goran Vukic was captured by government troops in a forest camp.", "Vukic", True),
    (
        "Local officials said Hamid Rostami had been captured by police in a safe house.",
        "Rostami",
        True,
    ),
    (
        "Piotr Zielinski, 41, was captured by security forces at a checkpoint outside Gao.",
        "Zielinski",
        True,
    ),
    ("The 29-year-old bomb-maker Rafiq Osmani was captured by soldiers in battle.", "Osmani", True),
    (
        "Ines Carvalho was captured alive by paratroopers, the defence ministry said.",
        "Carvalho",
        True,
    ),
    (
        "The fugitive Viktor Lenz was captured by the National Intelligence Service in Nairobi.",
        "Lenz",
        True,
    ),
    # reported: the state says it captured
    (
        "The army said it had captured Abdi Warsame, a senior commander of the group.",
        "Warsame",
        True,
    ),
    ("Police said they captured Dario Mancuso as he tried to cross into France.", "Mancuso", True),
    ("The military announced that troops had captured Feliks Baran near the river.", "Baran", True),
    # noun
    ("The capture of Hassan Jaber by troops in March ended a decade on the run.", "Jaber", True),
    (
        "Officials hailed the capture of the guerrilla leader Anibal Ortega by the army.",
        "Ortega",
        True,
    ),
    # non-state holders
    ("Rebels captured Lieutenant Mikhail Sorokin near the airstrip on Friday.", "Sorokin", False),
    ("Gunmen captured the engineer Paolo Bertini on the road to Zinder.", "Bertini", False),
    (
        "Militants captured the aid worker Hanna Lindgren in an ambush, her employer said.",
        "Lindgren",
        False,
    ),
    ("Pirates captured the captain, Erik Solberg, when they boarded the tanker.", "Solberg", False),
    (
        "The kidnappers captured Luisa Ferreira outside her school in the morning.",
        "Ferreira",
        False,
    ),
    ("The soldier Jean Mbeki was captured by rebels in battle, the army said.", "Mbeki", False),
    ("Omar Diallo was captured by al-Shabaab fighters near Baidoa in 2019.", "Diallo", False),
    (
        "The pilot Andrei Popescu was captured alive by militants after his plane came down.",
        "Popescu",
        False,
    ),
    ("Samuel Okoro was captured by a rival faction and held for three weeks.", "Okoro", False),
    (
        "The insurgents said they had captured Corporal Diego Alvarez near the pass.",
        "Alvarez",
        False,
    ),
    (
        "The capture of Nikolai Petrov by separatist fighters was filmed and posted online.",
        "Petrov",
        False,
    ),
    ("Gunmen captured two policemen and the driver, Ahmed Karim, at a roadblock.", "Karim", False),
    (
        "Fighters of the Front captured the journalist Clara Boyer in the town of Tessalit.",
        "Boyer",
        False,
    ),
    ("Three soldiers, among them Sergeant Ali Demir, were captured by guerrillas.", "Demir", False),
    (
        "The Northern Liberation Army captured Father Michael Hughes on the road to the mission.",
        "Hughes",
        False,
    ),
    ("Rebel forces captured the district governor, Samuel Mensah, on Saturday.", "Mensah", False),
    ("Hospital staff said the nurse Grace Achieng had been captured by bandits.", "Achieng", False),
    # more state wordings: a wire report, a police brief, a live blog, a quote
    (
        "Kenyan troops captured Mohamed Farah, 27, in a raid on a camp near Kismayo, the military said.",
        "Farah",
        True,
    ),
    (
        "UPDATE 14:05 - Border guards have captured the escaped convict Daniel Novak, police confirm.",
        "Novak",
        True,
    ),
    (
        '"We captured Ricardo Silva at his farm without a shot being fired," an army spokesman said.',
        "Silva",
        True,
    ),
    (
        "The general said his soldiers had captured Khalid Mansour and two of his bodyguards.",
        "Mansour",
        True,
    ),
    # no captor named, but the captive went on to the state's prison or punishment
    (
        "Her cousin, Nabil Aswad, was captured in the same raid and is in prison in Homs.",
        "Aswad",
        True,
    ),
    (
        "The gang's accountant, Pavel Orlov, was captured in 2015 and is serving a nine-year"
        " sentence.",
        "Orlov",
        True,
    ),
    (
        "The surveyor Tom Hale was captured in the ambush and remains in the hands of his"
        " kidnappers.",
        "Hale",
        False,
    ),
]

FOUND = [(text, (name, "arrested" if state else "captured", A)) for text, name, state in _PROBES]
NOT_FOUND = [
    (text, (name, "captured" if state else "arrested", A)) for text, name, state in _PROBES
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
