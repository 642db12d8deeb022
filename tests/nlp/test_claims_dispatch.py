"""The verb rules looked up by lemma (claims_dispatch): the table keeps each family's order,
calls the rules without a set for every verb, and each exported set holds every lemma its
rule compares the verb's lemma with (a lemma left out would silently switch a branch off)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lemma_tests import compared_lemmas

from dateline.nlp import (
    claims_dispatch,
    claims_places_again,
    claims_verbs,
    claims_where_beside,
    claims_whereabouts,
)
from dateline.nlp.claims_dispatch import LemmaRules


def _a(verb: str, lemma: str) -> list[str]:
    return ["a"] if lemma == "arrest" else []


def _b(verb: str, lemma: str) -> list[str]:
    return ["b"] if lemma in {"arrest", "flee"} else []


def _c(verb: str, lemma: str) -> list[str]:
    return ["c"]  # (reads more than the lemma: no set)


_RULES = LemmaRules([(_a, frozenset({"arrest"})), (_c, None), (_b, frozenset({"arrest", "flee"}))])


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        ("arrest", [_a, _c, _b]),  # every rule whose set holds it, in the family's order
        ("flee", [_c, _b]),
        ("say", [_c]),  # a lemma no set holds: the rules without a set only
    ],
)
def test_rules_of_a_lemma(
    lemma: str, expected: list[Callable[..., object]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(claims_dispatch, "_CHECK", False)  # (the check mode calls every rule)
    assert list(_RULES(lemma)) == expected


def test_check_mode_raises_on_a_rule_outside_its_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims_dispatch, "_CHECK", True)
    wrong = LemmaRules([(_b, frozenset({"arrest"}))])  # _b also fires on "flee"
    assert [h for rule in wrong("arrest") for h in rule("v", "arrest")] == ["b"]
    with pytest.raises(AssertionError, match="flee"):
        [h for rule in wrong("flee") for h in rule("v", "flee")]


def _tables() -> list[LemmaRules]:
    return [
        claims_where_beside._BESIDE_RULES,
        claims_whereabouts._SIDE_RULES,
        claims_places_again._RULES,
        claims_verbs._VERB_RULES,
    ]


@pytest.mark.parametrize(
    ("rule", "lemmas"),
    [(rule, lemmas) for table in _tables() for rule, lemmas in table._family if lemmas is not None],
    ids=lambda x: getattr(x, "__qualname__", ""),
)
def test_exported_set_holds_every_lemma_its_rule_compares(
    rule: Callable[..., object], lemmas: frozenset[str]
) -> None:
    assert compared_lemmas(rule, equal_or_in_only=True) - lemmas == set()
