"""A broadcast transcript whose turns are labelled by surname ("OTIENO:", "MWANGI:"): the
introduction naming the presenter ("The presenter, X, speaks to ...") makes that surname's
turns the asking ones; a surname label shared by several people in the story (a mother and
her sons) names the one the introduction presents first (the guest); an interviewer's turn
that puts a claim and asks only "Is that true?" has the claim denied by an answer "That is
not true."; and a named person "is free" is the custody NEGATED, as "He is free" (the
README's session-23 decision). Texts written for this table about fictional people:
text -> {(last word of the subject, predicate, polarity, claimant or None): count}."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

_TRANSCRIPT = (
    "TRANSCRIPT - Evening News, Riverside Radio\n\n"
    "The presenter, Paul Otieno, speaks to Grace Mwangi, whose sons Peter Mwangi and John"
    " Mwangi were kidnapped near Garissa on 3 May.\n\n"
    "OTIENO: Mrs Mwangi, thank you for joining us. Peter is free?\n\n"
    "MWANGI: Yes. Peter was released on Sunday and he phoned me from Garissa last night.\n\n"
    "OTIENO: A website reported that John had been shot. Is that true?\n\n"
    "MWANGI: That is not true. John is being held by the gang, and he is not hurt.\n\n"
    "OTIENO: Grace Mwangi, thank you."
)

TABLE = [
    (
        # the labelled answers are the guest's, not the outlet's narration
        _TRANSCRIPT,
        {
            ("Mwangi", "released", A, "Grace Mwangi"): 1,
            ("Mwangi", "released", A, None): 0,
        },
    ),
    (
        # "Peter is free?" / "Yes.": the custody negated, no second release
        _TRANSCRIPT,
        {("Mwangi", "captured", N, "Grace Mwangi"): 1},
    ),
    (
        # "Is that true?" / "That is not true.": the put report is denied by the guest
        _TRANSCRIPT,
        {("Mwangi", "wounded", A, "A website"): 1},
    ),
]


def _key(c) -> tuple[str, str, str, str | None]:
    return (c.subject.split()[-1], c.predicate, c.polarity, c.claimant)


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter(_key(c) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found


def test_put_report_denied_by_the_guest(claims_of) -> None:
    denials = [
        c
        for c in claims_of(_TRANSCRIPT)
        if c.predicate == "wounded" and c.polarity == N and c.certainty == "denied"
    ]
    assert [c.claimant for c in denials] == ["Grace Mwangi"], denials


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            'Gunmen seized the driver Ali Hassan on Monday. "Ali Hassan is free," his brother'
            " said on Friday.",
            {("Hassan", "captured", N): 1, ("Hassan", "released", A): 0},
        ),
        (
            # "free on bail" stays a release on conditions
            "Police arrested the lawyer Maria Lopes in June. Maria Lopes is free on bail,"
            " her office said.",
            {("Lopes", "arrested", N): 0},
        ),
    ],
)
def test_named_person_is_free(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
