"""Moved-to places, negated whereabouts and speaking from a place (issue 6).

A person "taken / flown / driven / brought / moved / airlifted to" a named town is there
(``located_in``, the README's "was transferred to X" convention); "taken to hospital" with no
name, "taken to court", "taken to task" are no place. "was not at the factory at the time" is
a negated ``located_in``; "has not been in X since 2019" is a bound, no claim. "Speaking by
telephone from Goma, X said" puts X there, alive. Sentences written for this test about
fictional people: text -> (last word of the subject, predicate, polarity) of a claim that must
be found, or one that must not.
"""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A, N = "affirmed", "negated"
L, V = "located_in", "alive"
KNOWN_GAP = pytest.mark.xfail(strict=True, reason="a wording the rules do not reach yet")

FOUND = [
    # a place of care, named or not (decided in session 19)
    ("Marta Oyelaran was taken to hospital with minor injuries.", ("Oyelaran", L, A)),
    # moved to a named town: where the person is (the README's "transferred to X")
    ("Marta Oyelaran was taken to Kisumu by helicopter on Tuesday.", ("Oyelaran", L, A)),
    (
        "The two freed engineers were flown to Nairobi. Pavel Sorokin said he was tired.",
        ("Sorokin", V, A),
    ),
    ("After his release, Pavel Sorokin was flown to Nairobi.", ("Sorokin", L, A)),
    ("Juan Echeverri, 41, was driven to Cucuta under escort, police said.", ("Echeverri", L, A)),
    (
        "The wounded reporter, Lise Hartmann, was airlifted to Ramstein on Sunday.",
        ("Hartmann", L, A),
    ),
    ("Yusuf Demir was brought to Ankara late on Friday.", ("Demir", L, A)),
    ("Officials said Nadia Brahimi had been moved to Oran for her own safety.", ("Brahimi", L, A)),
    (
        "Kofi Mensah was freed in the morning. He was later taken to Tamale, his brother said.",
        ("Mensah", L, A),
    ),
    ("Ibrahim Sall was flown to Paris to meet his family.", ("Sall", L, A)),
    ("Ana Moreira is being transferred to Lisbon, the ministry said.", ("Moreira", L, A)),
    ("Li Wen, the 34-year-old driver, was taken to Lanzhou overnight.", ("Wen", L, A)),
    ("Rescuers said Elena Petrova was airlifted to Tromso with hypothermia.", ("Petrova", L, A)),
    ("Omar Faris, who was shot twice, was taken to a hospital in Mosul.", ("Faris", L, A)),
    # a negated whereabouts: he was not there (the README's polarity convention)
    ("Police said Henrik Aalto was not at the factory at the time of the fire.", ("Aalto", L, N)),
    ("Her lawyer said Sofia Reyes was not in the country when the bomb went off.", ("Reyes", L, N)),
    (
        "Tariq Nasser was not in Aleppo on the night of the raid, his family insists.",
        ("Nasser", L, N),
    ),
    ("Witnesses say Grace Achieng was nowhere near the stadium that evening.", ("Achieng", L, N)),
    ("The army said Colonel Dmitri Volkov was not in Bakhmut at the time.", ("Volkov", L, N)),
    # speaking from a place: a participle clause before the speaker
    (
        "Speaking by telephone from Goma, Claire Dubois said she had been treated well.",
        ("Dubois", L, A),
    ),
    (
        "Speaking by telephone from Goma, Claire Dubois said she had been treated well.",
        ("Dubois", V, A),
    ),
    (
        "Speaking from his hospital bed in Lagos, Chidi Okafor said he remembered nothing.",
        ("Okafor", L, A),
    ),
    # the parser hangs the epithet and the name on the town, leaving "said" no subject
    (
        "Talking by phone from Herat, the freed engineer, Amir Karimi, said he was well.",
        ("Karimi", L, A),
    ),
    (
        "Speaking by telephone from Goma, the aid worker Claire Dubois said she was well.",
        ("Dubois", L, A),
    ),
    (
        "Speaking by phone from Kabul, the engineer's wife, Mina Rahimi, said he was safe.",
        ("Rahimi", L, A),
    ),
    (
        "Talking by phone from Herat, the freed engineer, Amir Karimi, said he was well.",
        ("Karimi", V, A),
    ),
    ('"I am fine," said Rosa Lindqvist, speaking by phone from Kiruna.', ("Lindqvist", L, A)),
    (
        "Speaking via video link from Kharkiv, Oleg Marchenko said the shelling had stopped.",
        ("Marchenko", L, A),
    ),
]

NOT_FOUND = [
    # no place: a court, a task ("taken to hospital" is one: decided in session 19)
    ("Juan Echeverri was taken to court on Monday.", ("Echeverri", L, A)),
    ("The coach, Yusuf Demir, was taken to task by the board.", ("Demir", L, A)),
    ("Pavel Sorokin was brought to justice in 2019.", ("Sorokin", L, A)),
    ("Lise Hartmann was moved to tears by the verdict.", ("Hartmann", L, A)),
    # a bound, not a whereabouts
    pytest.param(
        "Tariq Nasser had not been in Aleppo since 2019.",
        ("Nasser", L, N),
        # passed while the tagger's NORP hid the town; "in Damascus" gives it on HEAD too
        marks=pytest.mark.xfail(strict=True, reason="a past absence from a town is read"),
    ),
    ("Tariq Nasser had not been in Aleppo since 2019.", ("Nasser", L, A)),
    # a negated whereabouts is no affirmed one
    ("Police said Henrik Aalto was not at the factory at the time of the fire.", ("Aalto", L, A)),
    # a speaker at a briefing, not on a line from afar; a speaker is not the one spoken of
    # ("told reporters at a news conference in Kabul" is no claim in test_claims_states)
    pytest.param(
        "Speaking to reporters in Geneva, the envoy Ruth Adler said talks would resume.",
        ("Adler", L, A),
        marks=KNOWN_GAP,
    ),
    (
        "Speaking to reporters in Geneva, the envoy Ruth Adler said talks would resume.",
        ("Adler", V, A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
