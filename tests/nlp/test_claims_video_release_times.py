"""An appearance in a video takes the video's release time (issue 6; the gold README: "a
video's appearance takes its release time"): "A video released on Tuesday shows X" and
"appeared in a video released on Tuesday" are Tuesday (before any time the parser hangs
on "appeared"), "appeared in a video, released on June 2, in which ..." June 2 (the
parser hangs the participle set off by commas on "appeared"); when the sentence does not
date the video ("A video released by his captors shows him seated on a mat", "Footage
shows him waving"), the appearance has no time, not the publication date of the present
tense "shows". Texts written for this table about fictional people (published 2021-06-10,
a Thursday): text -> event times of the subject's appeared claims."""

from __future__ import annotations

import pytest

TABLE = [
    (
        "A video released by the captors of the surveyor Karel Dvorak shows him seated on a mat.",
        "Karel Dvorak",
        {None},
    ),
    ("Footage shows Karel Dvorak waving to the crowd.", "Karel Dvorak", {None}),
    (
        "A video released on Tuesday by the rebels shows Karel Dvorak asking his government "
        "to free him.",
        "Karel Dvorak",
        {"2021-06-08"},
    ),
    (
        "The video, first posted online on Monday, shows Karel Dvorak reading a statement.",
        "Karel Dvorak",
        {"2021-06-07"},
    ),
    (
        "Karel Dvorak appeared in a video, released on June 2, in which he denies that he was "
        "arrested.",
        "Karel Dvorak",
        {"2021-06-02"},
    ),
    (
        # the parser hangs the abduction's "last month" on "appeared"
        "An Anglican vicar abducted in the eastern province of Morland last month appeared in "
        "a video released on Tuesday, saying he was being fed and asking the police to "
        "negotiate with his captors.\n\nIn the clip, Father Emil Hartmann, 58, looks thin.",
        "Emil Hartmann",
        {"2021-06-08"},
    ),
]


@pytest.mark.parametrize(("text", "subject", "expected"), TABLE)
def test_appeared_time(claims_of, text: str, subject: str, expected: set) -> None:
    found = {
        c.event_time for c in claims_of(text) if c.predicate == "appeared" and c.subject == subject
    }
    assert found == expected, found
