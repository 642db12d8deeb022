"""People shown in a picture or a message (issue 6, the "absent" misses of ``appeared``): "a
video that (appeared to) show X" is X's appearance as "a video shows X" is, the relative
pronoun standing for the video, also when the parser hangs the relative clause on the verb
before it ("three days after a video circulated online that appeared to show him"). Texts
written for this table about fictional people: text -> the number of claims (last word of
the subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

SHOWN_BY_RELATIVE = [
    (
        # failed before
        "A video that appeared to show Tomas Hadley accepting cash was posted online on Friday.",
        {("Hadley", "appeared", A): 1},
    ),
    (
        # failed before: the relative clause hung on "resigned"
        "Tomas Hadley resigned on Monday, three days after a video circulated online that appeared to"
        " show him accepting cash from a contractor.",
        {("Hadley", "appeared", A): 1, ("Hadley", "resigned", A): 1},
    ),
    (
        "State television on Sunday broadcast footage that showed Tomas Hadley visiting a hospital.",
        {("Hadley", "appeared", A): 1},
    ),
    (
        "A video posted online on Monday appears to show Tomas Hadley addressing fighters.",
        {("Hadley", "appeared", A): 1},
    ),
    (
        # a report, no picture, that shows something: no sighting
        "Tomas Hadley resigned on Monday after an audit that showed he had misused funds.",
        {("Hadley", "appeared", A): 0},
    ),
]

TABLE = SHOWN_BY_RELATIVE


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_shown_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
