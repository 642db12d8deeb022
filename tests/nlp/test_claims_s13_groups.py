"""Who a claim is about when the subject is not one named person (session 13, CGRP): a
lede's unnamed "a/an <person>" named in the next sentence, and a group of named people
taken up by a plural ("the pair", "both", "the two journalists", "them"). Sentences written
for this test about fictional people: text → (last word of the subject, predicate, polarity)
of a claim that must be found, or one that must not."""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"

FOUND = [
    # the lede convention: the unnamed person of the lede is the one the next sentence names
    (
        "A fisherman missing since Friday has been found alive off the coast. Peter Lindgren,"
        " 47, was spotted by a helicopter crew.",
        ("Lindgren", "alive", A),
    ),
]

NOT_FOUND = [
    # ... but not one named with an office or a senior rank: a person who reacts to the news
    (
        "A policeman was killed in a bomb attack in Kano on Monday. Governor Musa Bello, 62,"
        " condemned the attack and promised an inquiry.",
        ("Bello", "killed", A),
    ),
    (
        "A soldier was wounded in an ambush near Gao on Sunday. General Amadou Keita, 55, was"
        " flown to the town on Monday.",
        ("Keita", "wounded", A),
    ),
    (
        "A farmer was killed by gunmen in Benue on Monday. Colonel John Okafor, 51, led the"
        " search.",
        ("Okafor", "killed", A),
    ),
    (
        "A nurse was kidnapped in Jos on Friday. Mayor Ruth Adamu, 49, was in Abuja at the time.",
        ("Adamu", "captured", A),
    ),
    # ... nor when the description counts one more of a group ("a second hiker")
    (
        "A second hiker was found dead near Zermatt on Sunday. Anna Weber, 39, had been"
        " rescued on Saturday.",
        ("Weber", "killed", A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
