"""Acts and measures short of custody that news tells of a person (issue 6):
summoned, suspended, banned or barred, poisoned, evacuated, confessed, collapsed, fainted,
joined an armed group or a strike, crossed a border, found guilty or not guilty, handed a
sentence; and the same verbs where they tell nothing of the person (joined the talks, crossed
the street, "banned from leaving" is no leaving). Sentences written for this test about
fictional people: text -> (last word of the subject, predicate, polarity)."""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"

FOUND = [
    (
        "The minister Ruth Okoye was summoned by an anti-corruption panel on Monday.",
        ("Okoye", "other:summon", A),
    ),
    (
        "The central bank governor, Felix Amadi, has been summoned to appear before the senate"
        " committee next week.",
        ("Amadi", "other:summon", A),
    ),
    (
        "The opposition MP Karim Nasser was suspended from parliament for a month.",
        ("Nasser", "other:suspend", A),
    ),
    (
        "The police officer Dan Kerr was suspended without pay after the video emerged.",
        ("Kerr", "other:suspend", A),
    ),
    (
        "The former general Viktor Orel confessed to ordering the shooting, state television"
        " reported.",
        ("Orel", "other:confess", A),
    ),
    (
        "The candidate Amal Idris was barred from running in the election.",
        ("Idris", "other:bar", A),
    ),
    (
        "The journalist Sergei Pavlov has been banned from leaving the country.",
        ("Pavlov", "other:ban", A),
    ),
    (
        "The striker Paulo Neto collapsed on the pitch during training and was taken to hospital.",
        ("Neto", "other:collapse", A),
    ),
    (
        "The prisoner Ahmed Kamal fainted in court on Tuesday, his lawyer said.",
        ("Kamal", "other:faint", A),
    ),
    (
        "The dissident Boris Lenkov was poisoned with a nerve agent in 2020, investigators say.",
        ("Lenkov", "other:poison", A),
    ),
    (
        # a hunger strike joined is the strike (README, session 19): other:strike
        "Two more detainees, Omar Saleh and Tarek Nabil, have joined the hunger strike.",
        ("Nabil", "other:strike", A),
    ),
    (
        "Born in 1962, Mahmoud Darwish joined the rebel movement as a teenager.",
        ("Darwish", "other:join", A),
    ),
    (
        "The teacher Amina Yusuf crossed into Chad with her three children last week.",
        ("Yusuf", "other:cross", A),
    ),
    (
        "The teacher Amina Yusuf crossed into Chad with her three children last week.",
        ("Yusuf", "located_in", A),
    ),
    (
        "The activist Pedro Lima crossed the border illegally, the ministry said.",
        ("Lima", "other:cross", A),
    ),
    (
        "The activist Musa Bello was found guilty of sedition and sentenced to five years in"
        " prison.",
        ("Bello", "other:convict", A),
    ),
    (
        "The activist Musa Bello was found guilty of sedition and sentenced to five years in"
        " prison.",
        ("Bello", "other:sentence", A),
    ),
    (
        "A court found the former mayor Ana Ruiz not guilty of fraud on Tuesday.",
        ("Ruiz", "other:acquit", A),
    ),
    (
        "A military tribunal handed the rebel commander Jean Mbala a life sentence.",
        ("Mbala", "other:sentence", A),
    ),
    (
        "The singer Yaw Boateng was given a two-year prison term for assault.",
        ("Boateng", "other:sentence", A),
    ),
]

NOT_FOUND = [
    (
        "The journalist Sergei Pavlov has been banned from leaving the country.",
        ("Pavlov", "other:leave", A),
    ),
    (
        "The delegates joined the talks in Geneva on Monday, said the envoy Omar Said.",
        ("Said", "other:join", A),
    ),
    (
        "The minister Lea Roth joined her family in Paris after the summit.",
        ("Roth", "other:join", A),
    ),
    (
        "The nurse Abdi Yusuf crossed the street to the clinic.",
        ("Yusuf", "other:cross", A),
    ),
    (
        "The central bank governor Felix Amadi suspended trading in the bank's shares.",
        ("Amadi", "other:suspend", A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
