"""The predecessor told again by a description ("the old chief", "the former commander", "the
previous leader") after a succession (issue 6, the "subject" misses: the claim went to the new
leader): the person the succession named as replaced or succeeded, or whose death the text
told ("after the death of his uncle, X"), not the new holder of the post
(``claims_assembly._predecessor``). Texts written for this table about fictional people: text
-> (last word of the subject, predicate, polarity) -> whether the pipeline must find it."""

from __future__ import annotations

import pytest

A = "affirmed"

TABLE = [
    (
        # failed before: the death went to the new chief
        "Kwame Mensah was installed as chief of Abetifi on Saturday, eight months after the death"
        " of his uncle, Yaw Asante. The old chief died in March at the age of 88.",
        {("Mensah", "killed", A): False, ("Asante", "killed", A): True},
    ),
    (
        # failed before: no claim
        "The militia named Hassan Dirie as its new commander on Monday, weeks after the death of"
        " Ahmed Farah. The former commander was killed in an air strike in May, the group said.",
        {("Dirie", "killed", A): False, ("Farah", "killed", A): True},
    ),
    (
        # failed before: the arrest went to the new leader
        "Maria Costa was elected head of the union on Friday. She succeeds Joao Pinto, who retired"
        " in June. The outgoing leader was arrested last year on fraud charges, police said.",
        {("Costa", "arrested", A): False, ("Pinto", "arrested", A): True},
    ),
    (
        # failed before: no claim
        "Ali Nur took over as leader of the group on Tuesday, replacing Omar Sheikh. The previous"
        " leader was killed in a drone strike last month, officials said.",
        {("Nur", "killed", A): False, ("Sheikh", "killed", A): True},
    ),
    (
        # the new leader is told of by "the new commander", not by "the former" one
        "The militia named Hassan Dirie as its new commander on Monday, weeks after the death of"
        " Ahmed Farah. The new commander was wounded in an ambush in May, the group said.",
        {("Dirie", "wounded", A): True, ("Farah", "wounded", A): False},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_predecessor_described(found_in, text: str, expected: dict) -> None:
    found = found_in(text)
    for triple, wanted in expected.items():
        assert (triple in found) == wanted, (triple, sorted(found))
