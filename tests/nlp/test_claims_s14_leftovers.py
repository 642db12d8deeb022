"""Leftovers of session 14 (XF, issue 6): an appearance that also tells where the person is
or that the person lives ("resurfaced in Lisbon", "a video shows X alive"). Sentences
written for this test about fictional people: text -> (last word of the subject, predicate,
polarity) of a claim that must be found, or one that must not."""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"
L, V, P, K, AR = "located_in", "alive", "appeared", "killed", "arrested"

FOUND = [
    # resurfaced / reappeared in a place: the appearance, and where the person is
    (
        "The missing banker Tomas Ruiz resurfaced in Lisbon on Tuesday, ten days after he disappeared.",
        ("Ruiz", L, A),
    ),
    (
        "The missing banker Tomas Ruiz resurfaced in Lisbon on Tuesday, ten days after he disappeared.",
        ("Ruiz", P, A),
    ),
    (
        "Opposition leader Amadou Kone reappeared in Abidjan on Monday after weeks out of sight.",
        ("Kone", L, A),
    ),
    (
        "After months in hiding, the warlord Joseph Mbala has resurfaced in Goma, residents said.",
        ("Mbala", L, A),
    ),
    (
        "The activist Lena Fischer reappeared at a police station in Minsk on Friday, her husband said.",
        ("Fischer", L, A),
    ),
    (
        "Jia Wen went missing on a hike. She reappeared in Kunming three days later, police said.",
        ("Wen", L, A),
    ),
    ("The businessman Carlos Duarte resurfaced on Thursday, his lawyer said.", ("Duarte", P, A)),
    (
        "Rumours that Ali Reza had died ended when he reappeared on state television on Sunday.",
        ("Reza", P, A),
    ),
    # a video or a broadcast that shows the person alive: the appearance and that he lives
    (
        "A video released on Sunday shows the abducted engineer, Paolo Conti, alive and sitting on a chair.",
        ("Conti", V, A),
    ),
    (
        "A video released on Sunday shows the abducted engineer, Paolo Conti, alive and sitting on a chair.",
        ("Conti", P, A),
    ),
    ("The footage shows Sara Haddad alive, her family said.", ("Haddad", V, A)),
    (
        "State television showed the general, Ivan Petrov, alive and in uniform on Saturday.",
        ("Petrov", V, A),
    ),
    ("The photograph shows the journalist Omar Bakri alive in a cell.", ("Bakri", V, A)),
]

NOT_FOUND = [
    # not resurfaced: no place; a video that does not show him alive
    ("The fugitive Marek Nowak has not resurfaced since the raid, police said.", ("Nowak", L, A)),
    ("The video does not show Sami Nour alive, investigators said.", ("Nour", V, A)),
    # a reappearance with no place named gives no whereabouts
    ("The businessman Carlos Duarte resurfaced on Thursday, his lawyer said.", ("Duarte", L, A)),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
