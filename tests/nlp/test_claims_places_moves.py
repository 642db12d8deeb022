"""People moved through places the entity stage does not tag as places (issue 6, WHERE).

Sentences written for this test about fictional people, in detention, hostage, exile and
hospital stories. The conventions are those of tests/fixtures/claims/README.md: a move to a
place or custody in a place gives ``located_in``; a part of a building named after the building
("Block C of the central prison", "the cardiac ward of the Al-Nur hospital", "the basement of a
house in Raqqa") is a place when the building is one; a relative clause opened by "where" on a
place noun, with a verb of staying or being kept ("the prison, where she shares a cell"), puts
its subject there. The gap rows are constructions found in blind articles that the rules do not
reach yet: the place named by a relative clause on a subject ("Karatepe prison, where X has
spent the past year, is overcrowded"), the place carried by "there" from the sentence before. An
undisclosed whereabouts ("his whereabouts have not been disclosed") is no claim, like the
README's "did not say where X was". text -> (last word of
the subject, predicate, polarity) that must be found, or must not.
"""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A = "affirmed"
L = "located_in"
KNOWN_GAP = pytest.mark.xfail(strict=True, reason="a construction the rules do not reach yet")


def gap(text: str, expected: tuple[str, str, str]):
    return pytest.param(text, expected, marks=KNOWN_GAP)


FOUND = [
    # -- a part of a building whose building is a place ----------------------------------------
    (
        "The opposition lawmaker Selin Kavak was moved on Saturday to Block C of the Karatepe central prison.",
        ("Kavak", L, A),
    ),
    (
        "Her lawyer said Ines Morel had been transferred to Block D of the women's prison in Rennes.",
        ("Morel", L, A),
    ),
    (
        "The journalist Omar Farouk was taken on Monday to the cardiac ward of the Al-Nur hospital.",
        ("Farouk", L, A),
    ),
    (
        "The reporter Anna Keller was held in the basement of a house in Raqqa for two months.",
        ("Keller", L, A),
    ),
    (
        "Guards moved the dissident Pavel Orlov to Wing 4 of Lefortovo prison last week.",
        ("Orlov", L, A),
    ),
    (
        "The hostage Moussa Traore was flown to the east wing of the Central Hospital in Goma.",
        ("Traore", L, A),
    ),
    (
        "Police said Hassan Guled is being kept in Cell 12 of the regional police headquarters.",
        ("Guled", L, A),
    ),
    # -- a "where" clause on a place noun, with a verb of staying or being kept -----------------
    (
        "Guards showed reporters around the Karatepe prison, where the lawmaker Selin Kavak shares a cell with two women.",
        ("Kavak", L, A),
    ),
    (
        "The press visited a hotel in Goma, where the former minister Rustam Aliyev sleeps under guard.",
        ("Aliyev", L, A),
    ),
    (
        "Relatives drove to the barracks in Kano, where the student Musa Bello is held without charge.",
        ("Bello", L, A),
    ),
    (
        "The charity runs a shelter in Calais, where the teenager Ali Rezaei has stayed since June.",
        ("Rezaei", L, A),
    ),
    # a stay told with "await", "lie", "be" (no role after it), a passive of custody
    (
        "Reporters were shown the jail in Kumasi, where the activist Kojo Mensah awaits trial.",
        ("Mensah", L, A),
    ),
    (
        "Doctors at the clinic in Herat, where the aid worker Lena Vogt lies in a coma, gave no update.",
        ("Vogt", L, A),
    ),
    (
        "The airport in Doha, where the pilot Yusuf Kaya was questioned for five hours, reopened.",
        ("Kaya", L, A),
    ),
    (
        "Guards patrol the villa in Entebbe, where the former minister Grace Akello is under house arrest.",
        ("Akello", L, A),
    ),
    # -- gaps: the place told elsewhere ---------------------------------------------------------
    gap(
        "Karatepe prison, where the lawmaker Selin Kavak has spent the past year, is badly overcrowded, her lawyer said.",
        ("Kavak", L, A),
    ),
    gap(
        "Rustam Aliyev lives in Tbilisi. His wife, Leyla Aliyeva, joined him there in January.",
        ("Aliyeva", L, A),
    ),
]

NOT_FOUND = [
    # a building part of no place a reader can name
    ("The lawyer Omar Farouk has an office in a block of flats.", ("Farouk", L, A)),
    # a "where" clause of an event, not a stay
    ("The lawyer Omar Farouk went to Evin prison, where he met a client.", ("Farouk", L, A)),
    ("The rebel Abdi Warsame admired the town of Eyl, where he was born.", ("Warsame", L, A)),
    # an event told in the place, or what others did there, places nobody by the "where" rule
    (
        "Reporters visited the hospital in Jos, where the miner Peter Gyang died last year.",
        ("Gyang", L, A),
    ),
    (
        "The lawyer Nadia Rahim wrote about the court in Izmir, where her client Erol Dogan pleaded guilty.",
        ("Dogan", L, A),
    ),
    (
        "Reporters toured the clinic in Mopti, where nurses describe the patient Awa Keita as stable.",
        ("Keita", L, A),
    ),
    (
        "The novelist Tomas Berg wrote fondly of Lisbon, where he met his wife.",
        ("Berg", L, A),
    ),
    (
        "The envoy Karl Weiss praised the city of Geneva, where the talks have a new venue.",
        ("Weiss", L, A),
    ),
    ("The nurse Anna Keller was praised in the annual report of the charity.", ("Keller", L, A)),
    # a withheld place claims nothing (README: "did not say where X was")
    (
        "The minister said the whereabouts of the lawmaker Burak Onal have not been disclosed.",
        ("Onal", L, A),
    ),
    ("Police did not reveal the location of the fugitive banker Ivo Petrov.", ("Petrov", L, A)),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
