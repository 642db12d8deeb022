"""Where a person is and that the person lives, read from general constructions of news
prose: the doer of an act of directing "from" a place; a bare name after
"lives in" / "is treated in" as a place; "was alive and in the mountains"; "alive and
leading operations"; one met by the press; "by phone from Korsk"; "returned home safely";
"said X was believed to be recovering". Sentences written for this test about fictional
people: text → (last word of the subject, predicate, polarity) of a claim that must be
found, or one that must not."""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"

FOUND = [
    # one who directs something from a place is there, in the present ...
    (
        "The militia's new chief, Colonel Ahmed Barre, now leads what remains of the force"
        " from a camp near Baidoa, diplomats say.",
        ("Barre", "located_in", A),
    ),
    (
        "The rebel leader Omar Tahiri runs the movement from a villa outside Benghazi,"
        " according to officials.",
        ("Tahiri", "located_in", A),
    ),
    # ... or in the past: a past place counts
    (
        "Prosecutors said the smuggler Omar Tahiri ran the network from a flat in Marseille"
        " until his arrest in 2019.",
        ("Tahiri", "located_in", A),
    ),
    (
        "The commander Viktor Lasko directed the assault by radio from a farmhouse in the"
        " hills, a witness told the court.",
        ("Lasko", "located_in", A),
    ),
    # a bare one-word name after "lives in" / "is being treated in" is a place, even when
    # the model tags it as a group
    (
        "The poet Layla Mansour, who lives in exile in Kenema, said she would not return.",
        ("Mansour", "located_in", A),
    ),
    (
        "A second passenger, Idris Kamal, suffered burns and is being treated in Garoua.",
        ("Kamal", "located_in", A),
    ),
    # a state and a place joined under one copula: the place is where the person is
    (
        "His cousin said the commander Issa Dembele was alive and in the mountains near the"
        " border.",
        ("Dembele", "located_in", A),
    ),
    (
        "The ministry said the kidnapped priest Father Luc Ngoy was unharmed and at a clinic in"
        " Kalemie.",
        ("Ngoy", "located_in", A),
    ),
    (
        "The ministry said the kidnapped priest Father Luc Ngoy was unharmed and at a clinic in"
        " Kalemie.",
        ("Ngoy", "alive", A),
    ),
    # "alive" only stands after a verb: one the parser hangs on the next noun is the state
    (
        "The group's spokesman, Omar Hassan, said the commander Abdullahi Farah was alive and"
        " leading operations.",
        ("Farah", "alive", A),
    ),
    (
        "The militia's spokesman said the commander Abdullahi Farah is alive and leading the"
        " fighters.",
        ("Farah", "alive", A),
    ),
    # the press met the person somewhere: he lived then (and was there)
    (
        "Last month the rebel commander Patrice Kabila met our correspondent in a camp near Fizi.",
        ("Kabila", "alive", A),
    ),
    (
        "When we met the fugitive general Amos Wekesa in May at a farm outside Kitale, he was"
        " mending a fence.",
        ("Wekesa", "alive", A),
    ),
    # one who speaks to the press by phone "from" a one-word name is there, whatever tag the
    # model gives the town
    (
        "Ivan Petrenko told The Eastern Courier by phone from Vorkuta on Wednesday that the"
        " road was closed.",
        ("Petrenko", "located_in", A),
    ),
    (
        "Ivan Petrenko told The Eastern Courier by phone from Kharp on Wednesday that the road"
        " was closed.",
        ("Petrenko", "located_in", A),
    ),
    # one who got somewhere "safely" lives
    (
        "Relatives said the freed sailor Joao Pinto had returned home safely to Porto on Sunday.",
        ("Pinto", "alive", A),
    ),
    (
        "The aid worker Sofia Lindahl arrived safely in Nairobi late on Friday, her employer said.",
        ("Lindahl", "alive", A),
    ),
    # "was believed to be recovering" under a reporting verb: the source's "is believed"
    (
        "A local official said the militia leader Hassan Gedi was believed to be recovering in"
        " a village near Jowhar.",
        ("Gedi", "alive", A),
    ),
]

NOT_FOUND = [
    # a past belief, reported by no one, is a stage of a story
    (
        "In 2019 the militia leader Hassan Gedi was believed to be recovering in a village near"
        " Jowhar.",
        ("Gedi", "alive", A),
    ),
    # a hope or a denial is no arrival
    (
        "The minister said the aid worker Sofia Lindahl would return home safely soon.",
        ("Lindahl", "alive", A),
    ),
    # a state with no place named
    (
        "Her office said the senator Ana Rivas was safe and in a secure location.",
        ("Rivas", "located_in", A),
    ),
    (
        "His lawyer said the activist Omar Tahiri was alive and in good health.",
        ("Tahiri", "located_in", A),
    ),
    # a past operation led "from" a place names where it set out, not where its leader
    # stayed (unless directed over a line, as above)
    (
        "In 2015 the commander Viktor Lasko led the raid from a camp near Kidal, the army said.",
        ("Lasko", "located_in", A),
    ),
    # a plan is no place where the person is
    (
        "The rebel chief Omar Tahiri will lead the talks from Geneva, his aides said.",
        ("Tahiri", "located_in", A),
    ),
    # a denied act places no one
    (
        "Omar Tahiri did not direct the attack from Tripoli, his lawyer said.",
        ("Tahiri", "located_in", A),
    ),
]


test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
