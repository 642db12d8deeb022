"""Proof of life from what a message mentions, in the wordings where the mentioning verb has
no subject of its own (issue 6, the `alive` misses of messages): a verb coordinated after
the speaker's first verb ("says she is tired and mentions the storm of May 2"), a
participle on the message read out ("reads a statement praising the attack of May 2"), and
a voice note named in the sentence that names its speaker ("a voice note in which she
..."); a date the parser hangs on the present "mentions" is the event's ("He mentions the
resignation of X on May 30"), and the making of the recording ("which suggests the
recording was made in June") is no event mentioned; "a voice" in a recording is its
speaker, and a coordinated verb that does not agree with the relative clause's subject it
was hung on ("a voice that analysts say is his mocks X and refers to Y") takes the noun
the clause is on; "X appeared in a video, in which he mentions ..." is X's message, and a
date the parser hangs on the verb of that "in which" clause is the event's. The alive
claim takes the mentioned date as its earliest bound. Texts written for this table about
fictional people (published 2021-06-10, a Thursday): text -> (subject, earliest) of the
alive claims with a bound."""

from __future__ import annotations

import datetime as dt

import pytest

TABLE = [
    (
        "The family of Lena Moravec, the aid worker abducted in March, said on Wednesday that "
        "they had received a voice note in which she says she is tired and mentions the storm "
        "that hit the coast on June 2.",
        {("Lena Moravec", dt.date(2021, 6, 2))},
    ),
    (
        "A television channel aired a new video message from Pavel Kriz on Tuesday. In the "
        "video, Kriz sits at a desk and reads a statement praising fighters who attacked a "
        "police post on June 4.",
        {("Pavel Kriz", dt.date(2021, 6, 4))},
    ),
    (
        "Rebels released a recording of Jan Sebek on Monday. In it, he sits by a window and "
        "refers to the floods of May 30.",
        {("Jan Sebek", dt.date(2021, 5, 30))},
    ),
    (
        # the recording's own making ("was made in June") is no event it mentions
        "A video released on Monday by the rebels shows Karel Dvorak asking for help. He "
        "mentions the death of a former prime minister on May 30, which suggests the recording "
        "was made in June.",
        {("Karel Dvorak", dt.date(2021, 5, 30))},
    ),
    (
        # the parser hangs "on May 30" on "mentions": the present of the content has no time
        "A video released on Monday by the rebels shows Karel Dvorak asking for help. He "
        "mentions the resignation of the interior minister on May 30.",
        {("Karel Dvorak", dt.date(2021, 5, 30))},
    ),
    (
        # "a voice" is the one heard; "refers" does not agree with "linguists"
        "A recording attributed to Tomas Rehak was posted online late on Tuesday.\n\nIn the "
        "12-minute audio message, a voice that two linguists who have studied his earlier "
        "sermons said was almost certainly Rehak's mocks the report of his death and refers to "
        "the bombing of the Dolni bridge, which took place on Sunday.",
        {("Tomas Rehak", dt.date(2021, 6, 6))},
    ),
    (
        "A recording attributed to Tomas Rehak was posted online late on Tuesday.\n\nIn the "
        "audio message, a voice that two scholars said was his praises the fighters and refers "
        "to the bombing of the Dolni bridge, which took place on Sunday.",
        {("Tomas Rehak", dt.date(2021, 6, 6))},
    ),
    (
        # the speaker is the one who appeared in the video the "in which" clause is on
        "Karel Dvorak appeared in a video on Monday, in which he mentions the floods of May 30.",
        {("Karel Dvorak", dt.date(2021, 5, 30))},
    ),
    (
        # a date on the verb of an "in which" clause is the event's, not the mentioning's
        "Karel Dvorak last appeared in a video in March, in which he referred to clashes near "
        "the town of Lidice on February 27.",
        {("Karel Dvorak", dt.date(2021, 2, 27))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_alive_earliest(claims_of, text: str, expected: set) -> None:
    found = {
        (c.subject, c.event_earliest)
        for c in claims_of(text)
        if c.predicate == "alive" and c.event_earliest is not None and c.event_time is None
    }
    assert found == expected, found
