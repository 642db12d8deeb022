"""Messages whose author the message noun's own phrase does not name
(issue 6): the voice heard on a tape is its author's, and the one whose silence a message
ends put it out; a statement "in his name" is not his, and a voice that is not a
person's names nobody. Sentences written for this test about fictional people:
text -> (last word of the subject, predicate, polarity)."""

from __future__ import annotations

from claims_rows import row_tests

A = "affirmed"

FOUND = [
    (
        "Joseph Kamau's voice could be heard on a tape aired by a local radio station on Saturday.",
        ("Kamau", "message_released", A),
    ),
    (
        "Joseph Kamau has not been seen since March. His voice could be heard on a tape aired"
        " by a local radio station on Saturday, in which he threatened new attacks.",
        ("Kamau", "message_released", A),
    ),
    (
        "The voice of the rebel commander Idris Bello was heard in a recording posted online"
        " on Monday.",
        ("Bello", "message_released", A),
    ),
    (
        "The cleric Omar Bakri broke his silence on Friday with an audio message.",
        ("Bakri", "message_released", A),
    ),
    (
        "Omar Bakri ended months of silence with a recorded message posted on Telegram on Friday.",
        ("Bakri", "message_released", A),
    ),
    (
        "The militia leader Hassan Darwish broke a long silence on Tuesday with a statement"
        " denying reports of his death.",
        ("Darwish", "message_released", A),
    ),
]

NOT_FOUND = [
    (
        "Abu Khalid al-Rashidi has not appeared in public for a year. On Wednesday, his"
        " spokesman read out a statement in his name calling for calm.",
        ("al-Rashidi", "message_released", A),
    ),
    (
        "The group broke its silence with a statement on Sunday. Its leader, Musa Kano, has not"
        " been heard from since May.",
        ("Kano", "message_released", A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
