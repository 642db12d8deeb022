""" "His client" in the words of a lawyer named by a title (issue 6, the "predicate" and
"subject" misses): "Defence lawyer Y said his client had been hospitalised" names no client,
so the client is the person the text has named most often before: the defendant, not the
lawyer, a judge or a prosecutor (``claims_assembly._defendant_before``). Texts written for this
table about fictional people: text -> (last word of the subject, predicate, polarity) ->
whether the pipeline must find it."""

from __future__ import annotations

import pytest

A = "affirmed"

TABLE = [
    (
        # failed before: "his client" resolved to no one
        "The trial of the businessman Pavel Sokol opened on Monday. Defence lawyer Ivan Rudko said"
        " his client had been hospitalised with heart trouble in May and remained in poor health.",
        {("Sokol", "other:hospitalize", A): True, ("Rudko", "other:hospitalize", A): False},
    ),
    (
        # failed before: the prosecutor named by a title is not the client
        "Prosecutor Elena Marin told the court that Radu Ionescu had tried to flee the country in"
        " March. Defence lawyer Victor Dima said his client had been hospitalised with heart trouble"
        " in April.",
        {("Ionescu", "other:hospitalize", A): True, ("Marin", "other:hospitalize", A): False},
    ),
    (
        # failed before
        "The singer Lucia Ferro was charged with tax fraud on Tuesday. Attorney Mark Owens said his"
        " client was in good health and would plead not guilty.",
        {("Ferro", "alive", A): True, ("Owens", "alive", A): False},
    ),
    (
        # the lawyer's client named by the text stays the client
        "The trial of the businessman Pavel Sokol opened on Monday. His lawyer, Ivan Rudko, said his"
        " client had been hospitalised in May.",
        {("Sokol", "other:hospitalize", A): True},
    ),
    (
        # a judge is nobody's client
        "Judge Rita Holm adjourned the case. Defence lawyer Victor Dima said his client had been"
        " hospitalised in April.",
        {("Holm", "other:hospitalize", A): False, ("Dima", "other:hospitalize", A): False},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_titled_lawyers_client(found_in, text: str, expected: dict) -> None:
    found = found_in(text)
    for triple, wanted in expected.items():
        assert (triple in found) == wanted, (triple, sorted(found))
