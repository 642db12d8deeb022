"""Precision guards (``dateline.nlp.claims_precision``): trigger words in senses that claim
nothing about a person, beside look-alike sentences that do claim.

Every sentence is written for these tests. ``absent`` rows give (surname, predicate) that
must not be found; ``present`` rows give (surname, predicate, polarity) that must be found.
"""

from __future__ import annotations

import pytest

from dateline.nlp.claims_precision import english_text

ABSENT = [
    # contests: scores, titles, shows, polls
    ("Brazil beat Peru behind Marta Lind's 6-3, 6-1 win over Rosa Quell.", ("Quell", "other:beat")),
    (
        "Tomas Varga had beaten Ivo Brankovic 7-5, 6-4 in the opening round.",
        ("Brankovic", "other:beat"),
    ),
    (
        "In the 200 metre freestyle, Dale Orrin was beaten out by Sam Keel for first place.",
        ("Orrin", "other:beat"),
    ),
    (
        "Local Republicans beat incumbent Mayor Frank Tolley in the spring primary.",
        ("Tolley", "other:beat"),
    ),
    ("Singer Nora Vale has been eliminated from the talent show.", ("Vale", "killed")),
    ("Winger Leo Marsh returned to the game in the third period.", ("Marsh", "other:return")),
    (
        "When Paul Ostrow returns from injury, the coach will probably start him.",
        ("Ostrow", "other:return"),
    ),
    # idioms and metaphorical objects
    ("Senator Ruth Calder returned to the issue later in the hearing.", ("Calder", "other:return")),
    (
        "Investor Dev Anand later returned the money after public criticism.",
        ("Anand", "other:return"),
    ),
    ("Officials asked how inmate Gary Pell escaped notice for so long.", ("Pell", "other:escape")),
    ("After the vote, Governor Ada Lusk was licking her wounds in private.", ("Lusk", "wounded")),
    ("Pilot Carl Moss was shot down in his jet over the sea in 1968.", ("Moss", "wounded")),
    ('"It grabbed me by the heart," Kim Soto said of the film.', ("Soto", "captured")),
    (
        "Critics say Mayor Ian Pratt has replaced Dora Kemp as the new face of the party.",
        ("Pratt", "leadership_change"),
    ),
    # predictions, questions, counterfactuals
    ("If the inquiry goes on, Deputy Chief Owen Hale might be indicted.", ("Hale", "other:indict")),
    ("Whether Ray Kolby will return is still an open question.", ("Kolby", "other:return")),
    (
        "His sentencing is scheduled for May 4, prosecutors said of Jon Ferris.",
        ("Ferris", "other:sentence"),
    ),
    ('"I almost died out there," climber Tess Ward said, laughing.', ("Ward", "killed")),
    ("The shop stocks many brands (though where is Hal Brandt?!).", ("Brandt", "located_in")),
    (
        "At the same time, Locke and his student Ian Cole (who now runs his own lab at the "
        "University of Leeds) were studying the signals.",
        ("Cole", "leadership_change"),
    ),
    (
        "Editor Ann Vole left publishing in 1998. "
        "Her anger over the affair helped push her further out of the industry.",
        ("Vole", "leadership_change"),
    ),
    (
        "Comedian Jo Mace was under near-constant attack last month as a new leader in the polls.",
        ("Mace", "leadership_change"),
    ),
    (
        '"We will need a big rocket," astronaut Dan Reese said of returning to Mars.',
        ("Reese", "other:return"),
    ),
    (
        "Polls show that Governor Tom Kerr is almost back to where he was in popularity.",
        ("Kerr", "located_in"),
    ),
    ("Whether Ray Kolby’ll return soon is still an open question.", ("Kolby", "other:return")),
    (
        "A judge ruled that the banker Emil Hart should remain in jail until his trial.",
        ("Hart", "arrested"),
    ),
    (
        '"I didn’t see him coming," goalkeeper Jan Brody said of the striker Lou Pike.',
        ("Pike", "appeared"),
    ),
    (
        "Winger Leo Marsh made his much-anticipated return after winning the title.",
        ("Marsh", "other:return"),
    ),
    ("Aide Tom Reyes took over as point man for the trade talks.", ("Reyes", "leadership_change")),
]

PRESENT = [
    # the status senses of the same words
    (
        "Activist Mira Solano was beaten by police in the capital on Monday.",
        ("Solano", "other:beat", "affirmed"),
    ),
    (
        "Militant commander Adil Basri was eliminated in an airstrike near Idlib.",
        ("Basri", "killed", "affirmed"),
    ),
    (
        "Dissident Ana Rubio returned to Caracas on Sunday after six years in exile.",
        ("Rubio", "other:return", "affirmed"),
    ),
    ("Prisoner Milo Steyn escaped from the jail on Friday.", ("Steyn", "other:escape", "affirmed")),
    (
        "Police said commander Rafi Anwar may have been killed in the raid.",
        ("Anwar", "killed", "affirmed"),
    ),
    (
        "Officials said the detained reporter Lea Brun could be released this week.",
        ("Brun", "released", "affirmed"),
    ),
    (
        "Party officials said his deputy, Vera Holm, would run the party on an interim basis.",
        ("Holm", "leadership_change", "affirmed"),
    ),
    (
        "RAVA, May 2 (Coast Wire) - The Western Front said it had seized engineer Omar Bakri.",
        ("Bakri", "captured", "affirmed"),
    ),
    (
        "Coach Ray Dunn won two league titles and returned to Portugal to manage a club in 2016.",
        ("Dunn", "other:return", "affirmed"),
    ),
    (
        "Businessman Tom Kerr was arrested in May. Kerr has denied the allegations.",
        ("Kerr", "arrested", "affirmed"),
    ),
    (
        "Activist Lia Dorn is in custody. Her lawyer said she had last seen her client on Monday.",
        ("Dorn", "appeared", "affirmed"),
    ),
    ("Journalist Rita Lowe was gunned down outside her home.", ("Lowe", "killed", "affirmed")),
    ("Omar Sayed now leads the movement from Doha.", ("Sayed", "leadership_change", "affirmed")),
    # a denial does not reach a relative clause on a name
    (
        "The minister denied meeting the businessman Ivan Petrov, who was arrested in May.",
        ("Petrov", "arrested", "affirmed"),
    ),
    (
        "The senator denied meeting the jailed businessman Ivan Petrov in 2019.",
        ("Petrov", "arrested", "affirmed"),
    ),
    ("Police denied that Ivan Petrov had been arrested.", ("Petrov", "arrested", "negated")),
    (
        "Aide Karim Nasser's family has not heard from him. "
        '"We have no reason to believe he is dead," a spokesman said.',
        ("Nasser", "killed", "negated"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), ABSENT, ids=[a[1][0] for a in ABSENT])
def test_no_claim(found_in, text, absent):
    found = {(s, p) for s, p, _ in found_in(text)}
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected"), PRESENT, ids=[p[1][0] + "-" + p[1][1] for p in PRESENT]
)
def test_claim_kept(found_in, text, expected):
    assert expected in found_in(text)


def test_foreign_page_yields_no_claims(claims_of):
    text = (
        "Durch die neue Regelung wird die Akte für alle Patienten eingeführt. "
        "Die Daten werden nicht an Dritte weitergegeben und der Patient entscheidet selbst. "
        "Auch die Kliniken sind mit dem System verbunden."
    )
    assert not english_text(text)
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said the suspect Hans Weber, 41, was arrested in Des Moines on Monday.",
        "Rebels said Juan de la Cruz died in El Paso.",
    ],
)
def test_english_with_foreign_names(text):
    assert english_text(text)


def test_denied_allegations_deny_no_arrest(found_in):
    text = "Businessman Tom Kerr was arrested in May. Kerr has denied the allegations."
    assert ("Kerr", "arrested", "negated") not in found_in(text)
