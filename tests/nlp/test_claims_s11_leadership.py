"""Leadership changes, denials and messages read in session 11 (task CC). Sentences written
for this test about fictional people: text -> (subject surname, predicate, polarity) of a
claim that must be found, or one that must not."""

from __future__ import annotations

import pytest

A, N = "affirmed", "negated"

FOUND = [
    # an appointee who closes an apposition, the office after an "as" with a possessive
    # ("the group's new leader") that runs past the words the name is looked for in
    (
        "The audio message named his nephew, Daud Ilmi Warsame, as the movement's new leader"
        " and urged fighters to stay loyal.",
        ("Warsame", "leadership_change", A),
    ),
    # the appointee closes an apposition and the office follows the comma ("Y, acting chair")
    (
        "The union's board named its treasurer, Marta Kowalczyk, acting chair while he is away.",
        ("Kowalczyk", "leadership_change", A),
    ),
    (
        "The council named Anil Desai, a retired judge, as the district's new governor.",
        ("Desai", "leadership_change", A),
    ),
]

NOT_FOUND = [
    # a possessor is no appointee ("named Osei's deputy, X")
    (
        "The party named Osei's deputy, Kofi Mensah, as interim chairman.",
        ("Osei", "leadership_change", A),
    ),
    # a naming that gives no office ("named his cousin, X, as a suspect")
    (
        "Police named his cousin, Tomasz Wrobel, as a suspect in the robbery.",
        ("Wrobel", "leadership_change", A),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(found_in, text, expected) -> None:
    found = found_in(text)
    assert expected in found, found


@pytest.mark.parametrize(("text", "absent"), NOT_FOUND)
def test_not_found(found_in, text, absent) -> None:
    found = found_in(text)
    assert absent not in found, found
