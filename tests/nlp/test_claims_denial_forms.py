"""Denials in their many forms, plural denials, claims reported inside a relative clause and
the yes/no answers of a printed interview. Sentences written for this test
about fictional people: text → (last word of the subject, predicate, polarity, claimant,
certainty) of a claim that must be found, or one that must not."""

from __future__ import annotations

import pytest

A, N = "affirmed", "negated"

FOUND = [
    # a reported claim inside a relative clause: the inner speaker claims it
    (
        "Moses Wafula is a cousin of Salim Okech, who the army said was killed in an air"
        " strike in May.",
        ("Okech", "killed", A, "the army", "asserted"),
    ),
    (
        "Governor Patrice Ilunga, who witnesses said was wounded in the ambush, is safe.",
        ("Ilunga", "wounded", A, "witnesses", "reported"),
    ),
    # a plural report denied by anaphora: one denial for each person the report named
    (
        "Daudi Kisanga and Emmanuel Lyimo were arrested in Mwanza on Sunday, their party said."
        " Police denied the allegation on Tuesday.",
        ("Lyimo", "arrested", N, "Police", "denied"),
    ),
    (
        "Daudi Kisanga and Emmanuel Lyimo were arrested in Mwanza on Sunday, their party said."
        " Police denied the allegation on Tuesday.",
        ("Kisanga", "arrested", N, "Police", "denied"),
    ),
    # "dismissed as false reports that P"
    (
        "The group on Thursday dismissed as false reports that its commander, Abu Dujana, had"
        " been killed in an air strike.",
        ("Dujana", "killed", N, "The group", "denied"),
    ),
    # "called the reports of X fabricated"
    (
        "Grace Akinyi called the reports of her death fabricated.",
        ("Akinyi", "killed", N, "Grace Akinyi", "denied"),
    ),
    # "contrary to reports that P" and "contrary to reports, X is alive"
    (
        "Sheikh Abu Hafs is alive and well, contrary to reports that he was killed in the strike.",
        ("Hafs", "killed", N, None, "denied"),
    ),
    (
        "Contrary to the posts, Grace Akinyi is alive.",
        ("Akinyi", "killed", N, None, "denied"),
    ),
    # "far from being dead"
    (
        "Far from being dead, Rashid Kaya gave an interview to a Turkish channel last week.",
        ("Kaya", "killed", N, None, "asserted"),
    ),
]

NOT_FOUND = [
    # the anaphoric denial takes up only the claims of the report's own predicate
    (
        "Rebels said Amir Haddad was killed in the raid and Karim Nasser was wounded. The army"
        " denied the report.",
        ("Haddad", "wounded", N),
    ),
    # a relative clause about the speaker is no report of its own
    (
        "Salim Okech, who the army said had fled, was killed on Monday, police said.",
        ("Okech", "killed", N),
    ),
    # "contrary to expectations" sets nothing against a report
    (
        "Contrary to expectations, Grace Akinyi is alive and at home.",
        ("Akinyi", "killed", N),
    ),
    # "far from" that is no state ("far from the front")
    (
        "Far from the front line, Rashid Kaya was arrested in Erbil on Monday.",
        ("Kaya", "killed", N),
    ),
    # "called" with no word of falsehood denies nothing
    (
        "Grace Akinyi called the reports of her death shocking.",
        ("Akinyi", "killed", N),
    ),
]


def _found(claims_of, text: str) -> set[tuple[str, str, str, str | None, str]]:
    return {
        (
            c.subject.split()[-1],
            c.predicate,
            c.polarity,
            None if c.claimant == "Valley Wire" else c.claimant,
            c.certainty,
        )
        for c in claims_of(text)
    }


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(claims_of, text, expected) -> None:
    found = _found(claims_of, text)
    assert expected in found, found


@pytest.mark.parametrize(("text", "absent"), NOT_FOUND)
def test_not_found(found_in, text, absent) -> None:
    found = found_in(text)
    assert absent not in found, found


INTERVIEW = (
    "'Yes, he is alive': a commander's deputy speaks\n\n"
    "Colonel Omar Haidari, who commands the Kunar Brigade, has not been seen since March."
    " His deputy, Walid Sarraf, spoke to the Valley Wire on Monday. The interview has been"
    " edited.\n\n"
    "Q: Is it true that Colonel Haidari was wounded in the raid on Asadabad?\n\n"
    "A: No. I saw him the next day.\n\n"
    "Q: Was his driver, Jamil Noori, killed in the raid?\n\n"
    "A: Yes. We buried him on Friday.\n\n"
    "Q: The army says your brother, Karim Sarraf, surrendered in April.\n\n"
    "A: That is a lie. Karim is with me.\n\n"
    "Q: Where is the colonel now?\n\n"
    "A: I will not say."
)


def test_interview_answers(claims_of) -> None:
    found = _found(claims_of, INTERVIEW)
    # a "No" settles the question negated, in the interviewee's word
    assert ("Haidari", "wounded", N, "Walid Sarraf", "asserted") in found, found
    # a "Yes" affirms it
    assert ("Noori", "killed", A, "Walid Sarraf", "asserted") in found, found
    # "That is a lie" denies the claim the question put
    assert ("Sarraf", "other:surrender", N, "Walid Sarraf", "denied") in found, found
    # the question itself, and an answer that is no yes or no, claim nothing
    assert not any(c[0] == "Haidari" and c[1] == "wounded" and c[2] == A for c in found), found
    assert not any(c[0] == "Haidari" and c[1] == "located_in" for c in found), found
