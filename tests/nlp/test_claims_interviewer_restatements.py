"""An interviewer's turn that puts back to the interviewee a claim the story has told
already ("Q: The police say you died in that raid." after the introduction told the police
spokesman's claim) is the premise of the question, no second telling; a turn that brings
news the story has not told ("Q: There were reports that your brother was arrested in May")
is the reports' claim, and a broadcast transcript's presenter tells news in every turn
(issue 6). Texts written for this table about fictional people: text -> the number of
claims (subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

_INTRO = (
    "'I was never in that house': an interview with Viktor Hale\n\n"
    "A police spokesman, Captain Jonas Erkel, said in March that the smuggler Viktor Hale"
    " had been killed in a raid on a house near Vlora. Last week Hale met our reporter in a"
    " cafe in Tirana. The interview has been edited for length.\n\n"
)

TABLE = [
    (
        _INTRO + "Q: The police say you died in that raid.\n\n"
        "A: I was not even in Vlora that night. I was at my sister's wedding.\n\n"
        "Q: Why did they say it?\n\nA: Ask them.",
        # the spokesman's claim, put back to Hale: one telling
        {("Viktor Hale", "killed", A): 1},
    ),
    (
        _INTRO + "Q: There were reports that your brother, Tomas Hale, was arrested in May.\n\n"
        "A: That is true. He is in a prison in Durres.\n\n"
        "Q: Have you seen him?\n\nA: No.",
        # news the story had not told: the reports' claim, Hale's "That is true" and his
        # "He is in a prison"
        {("Tomas Hale", "arrested", A): 3},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
