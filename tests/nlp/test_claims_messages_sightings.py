"""Messages, proofs of life and sightings (issue 6; the README's proof-of-life convention and
its session-18 sighting rules). Texts written for this table about fictional people: text ->
the number of claims (last word of the subject, predicate, polarity) the pipeline must find,
and for a proof of life the lower bound (``event_earliest``) it must give."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

A, N = "affirmed", "negated"

# "holds up a newspaper dated D": the hostage-video proof of life ("hold up" is no idiom here;
# "holding X up as an example" still claims no custody)
HELD_UP_PAPERS = [
    (
        "In the video, Kemal Ersoy holds up a copy of a newspaper dated March 3, 2021.",
        {("Ersoy", "alive", A): 1},
        date(2021, 3, 3),
    ),
    (
        "In a clip released by her captors on Friday, the nurse Dina Ruiz holds up a newspaper"
        " dated May 9, 2020.",
        {("Ruiz", "alive", A): 1},
        date(2020, 5, 9),
    ),
    (
        "Police are holding Mark Ellis up as an example, his lawyer said.",
        {("Ellis", "arrested", A): 0, ("Ellis", "captured", A): 0},
        None,
    ),
]

# "has not been seen since <a gathering>": the gathering is the last sighting, an affirmed
# appeared beside the negated one (and where, when a place is named on it); an arrest is none
SEEN_SINCE_GATHERINGS = [
    (
        "Samir Khoury has not been seen in public since a rally in Sidon in March 2020.",
        {
            ("Khoury", "appeared", A): 1,
            ("Khoury", "appeared", N): 1,
            ("Khoury", "located_in", A): 1,
        },
        None,
    ),
    (
        "Farid Malik has not been seen since a wedding in Herat in 2019.",
        {("Malik", "appeared", A): 1, ("Malik", "appeared", N): 1, ("Malik", "located_in", A): 1},
        None,
    ),
    (
        # a month is no gathering ("since March": no march)
        "Abu Rami has not been seen in public since March.",
        {("Rami", "appeared", A): 0, ("Rami", "appeared", N): 1},
        None,
    ),
    (
        "Lena Ortiz has not been seen since her arrest in Quito in May.",
        {("Ortiz", "appeared", A): 0, ("Ortiz", "appeared", N): 1},
        None,
    ),
]

# "In the clip / video, X sits ...": seen in it ("clip" is a video; the parser may hang the
# fronted "in" on the subject), once per recording the story has told
IN_THE_CLIP = [
    (
        "In the clip, Anna Berg and Pia Lund sit on a mat under a tree.",
        {("Berg", "appeared", A): 1, ("Lund", "appeared", A): 1},
        None,
    ),
    (
        "In the video, Samir Khoury, wearing a black cap, sits at a desk.",
        {("Khoury", "appeared", A): 1},
        None,
    ),
    (
        "A video released by the group on Monday shows Omar Fadl seated on a chair. In the"
        " two-minute clip he asks the government for help.",
        {("Fadl", "appeared", A): 1},
        None,
    ),
]

# an exile's video link: "appeared on a giant screen above the stage" is an appearance
ON_A_SCREEN = [
    (
        "Mihail Popa appeared on a giant screen above the stage on Sunday and spoke for an hour.",
        {("Popa", "appeared", A): 1},
        None,
    ),
    (
        "A photograph of Mihail Popa appeared on a screen behind the speakers.",
        {("Popa", "appeared", A): 0},
        None,
    ),
]

# "was not among those captured or killed": the second participle is negated too
NOT_AMONG = [
    (
        "A spokesman said Omar Fadl was not among those captured or killed.",
        {("Fadl", "killed", N): 1, ("Fadl", "killed", A): 0},
        None,
    ),
    (
        # quoted, the parser hangs the "not" on "among"
        'A spokesman said Omar Fadl was "not among those killed".',
        {("Fadl", "killed", N): 1, ("Fadl", "killed", A): 0},
        None,
    ),
    (
        "Police said Nadia Rusk was among those killed in the raid.",
        {("Rusk", "killed", A): 1},
        None,
    ),
]

TABLE = HELD_UP_PAPERS + SEEN_SINCE_GATHERINGS + IN_THE_CLIP + ON_A_SCREEN + NOT_AMONG


@pytest.mark.parametrize(("text", "counts", "earliest"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict, earliest: date | None) -> None:
    claims = claims_of(text)
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims)
    assert {k: found.get(k, 0) for k in counts} == counts, found
    if earliest is not None:
        assert {c.event_earliest for c in claims if c.predicate == "alive"} == {earliest}
