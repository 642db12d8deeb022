"""A custody told before an active verb that ends or moves it (issue 6, the "predicate"
misses: the release was found, the custody it ended was not): "a court freed X on bail after
41 days in detention", "rebels freed X after five months in captivity", "prosecutors charged X
after three weeks in custody" -- the custody is the object's, not the court's, the captors' or
the prosecutors' (``claims_triggers``: the state phrase's subject past a temporal barrier). Texts
written for this table about fictional people: text -> (last word of the subject, predicate,
polarity) -> whether the pipeline must find it."""

from __future__ import annotations

import pytest

A = "affirmed"

TABLE = [
    (
        # failed before: only the release
        "A court on Wednesday freed the union leader Dina Karimova on bail after 41 days in"
        " detention.",
        {("Karimova", "released", A): True, ("Karimova", "arrested", A): True},
    ),
    (
        # failed before
        "Rebels freed the priest Marco Neri on Sunday after five months in captivity.",
        {("Neri", "released", A): True, ("Neri", "captured", A): True},
    ),
    (
        # failed before
        "The authorities deported the reporter Anna Weiss to Austria on Monday after ten days in"
        " detention.",
        {("Weiss", "other:deport", A): True, ("Weiss", "arrested", A): True},
    ),
    (
        # the passive had it already
        "The union leader Dina Karimova was freed on bail on Wednesday after 41 days in pre-trial"
        " detention.",
        {("Karimova", "arrested", A): True},
    ),
    (
        # the custody of the clause's own subject
        "After two years in prison, Karim Nassar wrote a book about his trial.",
        {("Nassar", "arrested", A): True},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_custody_before_release(found_in, text: str, expected: dict) -> None:
    found = found_in(text)
    for triple, wanted in expected.items():
        assert (triple in found) == wanted, (triple, sorted(found))
