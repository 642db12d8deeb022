"""A second source that tells again a claim already told, naming it by a pro-form: "a
spokesman told reporters the navy stood by its statement", "The union made the same claim",
"Observers note the army made a similar claim in 2019" (issue 6, the "fewer" misses: the
claim the gold tells twice, the second time by another source). Not when no one new tells
it ("The army said it stood by its account"), nor a statement not yet made ("would make a
statement"). And the person a video shows, named: "could not confirm that the man in the
video was X" (X appeared, unconfirmed). Texts written for this table about fictional people: text -> the claims
(subject, predicate, claimant, certainty) the pipeline must find, and how many times."""

from __future__ import annotations

from collections import Counter

import pytest

TABLE = [
    (
        "A local website reported that the trader Nils Adler had been arrested in the port. "
        "Police corroborated the account.",
        {("Nils Adler", "arrested", "Police", "asserted"): 1},
    ),
    (
        "A local website reported that the trader Nils Adler had been arrested in the port. "
        "His lawyer did not confirm the report.",
        {("Nils Adler", "arrested", "His lawyer", "asserted"): 0},
    ),
    (
        "A local website reported that the trader Nils Adler had been arrested in the port. "
        "His lawyer repeated the claim on Monday.",
        {("Nils Adler", "arrested", "His lawyer", "reported"): 1},
    ),
    (
        "The rebels said the colonel Piet Sorm was killed in an ambush. The colonel's family "
        "stood by the rebels' account.",
        {("Piet Sorm", "killed", "The colonel's family", "reported"): 1},
    ),
    (
        "The rebels said the colonel Piet Sorm was killed in an ambush. His family said they "
        "would repeat the claim in court if asked.",
        {("Piet Sorm", "killed", "His family", "reported"): 0},
    ),
    (
        "The navy said on Monday that the smuggler Tomas Velk was killed in a raid on his "
        "boat last week. A navy spokesman, Lt. Maren Osk, told reporters on Friday that the "
        "navy stood by its statement.",
        {("Tomas Velk", "killed", "Maren Osk", "asserted"): 1},
    ),
    (
        "Police said the student Arno Feld had been detained at the border. The student "
        "union made the same claim.",
        {("Arno Feld", "arrested", "The student union", "reported"): 1},
    ),
    (
        "The army said in March that the rebel commander Joaquim Salas had been killed in an "
        "air strike. Observers note that the army made a similar claim in 2019.",
        {
            ("Joaquim Salas", "killed", "The army", "reported"): 1,
            ("Joaquim Salas", "killed", "The army", "asserted"): 1,
        },
    ),
    (
        "The army said on Monday that the rebel Ivo Brandt had been killed. Residents said "
        "Brandt spoke at a rally on Tuesday. The army said it stood by its account.",
        {
            ("Ivo Brandt", "killed", "The army", "asserted"): 1,
            ("Ivo Brandt", "appeared", "The army", "asserted"): 0,
        },
    ),
    (
        "Police said the student Arno Feld had been detained at the border. A man at his "
        "home said the family would make a statement soon.",
        {
            ("Arno Feld", "arrested", "the family", "asserted"): 0,
            ("Arno Feld", "arrested", "the family", "reported"): 0,
        },
    ),
]

# "the man in the video was X": X appeared in it, as surely as the source says so.
SHOWN = [
    (
        "A group released a video of the kidnapped engineer Paolo Rinaldi on Sunday. The "
        "foreign ministry said it could not confirm that the man in the video was Rinaldi.",
        {("Paolo Rinaldi", "appeared", "The foreign ministry", "unconfirmed"): 1},
    ),
    (
        "Police said the woman in the footage was the missing teacher Ines Marr.",
        {("Ines Marr", "appeared", "Police", "asserted"): 1},
    ),
    (
        "Police said the man in the car was the banker Otto Lind.",
        {("Otto Lind", "appeared", "Police", "asserted"): 0},
    ),
]

# "spoke of the death", "had been told of the death by a neighbour": the teller's, again.
TOLD_OF = [
    (
        "The party announced that the poet Emil Varga had died in exile. His cousin, Dora "
        "Varga, said on Monday that she had been told of the death by a neighbour.",
        {("Emil Varga", "killed", "Dora Varga", "asserted"): 1},
    ),
    (
        "State radio said the general Olek Brun had been killed on Friday. His brother spoke "
        "of the death at a vigil.",
        {("Olek Brun", "killed", "His brother", "asserted"): 1},
    ),
    (
        "State radio said the general Olek Brun had been killed on Friday. His brother never "
        "spoke of the death.",
        {("Olek Brun", "killed", "His brother", "asserted"): 0},
    ),
]

# "..., and that she now did not know what to believe": what she told is left open.
DOUBTED = [
    (
        "The party announced that the poet Emil Varga had died in exile. His cousin, Dora "
        "Varga, said on Monday that she had been told of the death by a neighbour, and that "
        "she now did not know what to believe.",
        {("Emil Varga", "killed", "Dora Varga", "unconfirmed"): 1},
    ),
    (
        "His cousin, Dora Varga, said the poet Emil Varga had been arrested, but that she did "
        "not know what to believe.",
        {("Emil Varga", "arrested", "Dora Varga", "unconfirmed"): 1},
    ),
    (
        "His cousin, Dora Varga, said the poet Emil Varga had been arrested, and that she knew "
        "what to do.",
        {("Emil Varga", "arrested", "Dora Varga", "asserted"): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE + SHOWN + TOLD_OF + DOUBTED)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.claimant, c.certainty) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
