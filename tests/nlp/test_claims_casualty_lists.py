"""Casualty lists of names with ages, home towns and kin nouns ("Among the injured were X,
41, of Brenna, Y, 29, and her son Z, 6"): the parser hangs the later names on an age or a
town, so the list is read from the words (claims_name_lists); every listed person gets the
list's claim. Sentences written for this test about fictional people (published 2021-06-10,
as in tests/nlp/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name", "predicate"),
    [
        (
            "Among the injured were Halim Dervish, 41, of Brenna, Oksana Vell, 29, and her son"
            " Emil, 6.",
            "Oksana Vell",
            "wounded",
        ),
        (
            "Among the injured were Halim Dervish, 41, of Brenna, Oksana Vell, 29, and her son"
            " Emil, 6.",
            "Emil",
            "wounded",
        ),
        pytest.param(
            "Police arrested Karim Nouri, 33, of Sidon, Walid Haddad, 28, and his cousin Rami,"
            " 19, at a checkpoint on Monday.",
            "Walid Haddad",
            "arrested",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the model does not tag the list's first name as PERSON, so the word"
                " list reader (which starts from a model PERSON) never opens",
            ),
        ),
        (
            "Police arrested Karim Nouri, 33, of Sidon, Walid Haddad, 28, and his cousin Rami,"
            " 19, at a checkpoint on Monday.",
            "Rami",
            "arrested",
        ),
    ],
)
def test_every_listed_name_gets_the_claim(claims_of, text, name, predicate):
    claims = claims_of(text)
    assert any(c.subject == name and c.predicate == predicate for c in claims), [
        (c.subject, c.predicate) for c in claims
    ]


def test_a_home_town_is_no_member(claims_of):
    text = "Among the injured were Halim Dervish, 41, of Brenna, and Oksana Vell, 29."
    assert not any(c.subject == "Brenna" for c in claims_of(text))
