"""The verb rule families looked up by lemma since issue 9's session-23 cut (claims_states.state_hits,
claims_verbs._construction_hits, claims_verbs._lexicon_word_hits): a family is skipped for a verb
whose lemma its set lacks, which is right only while every rule of the family opens on the lemma
and every helper it asks before its lemma tests opens on lemmas of the same set."""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections.abc import Callable

import pytest
from lemma_tests import compared_lemmas

from dateline.nlp import claims_states, claims_verbs
from dateline.nlp.claims_complements import removed_from_office
from dateline.nlp.pipeline import load_pipeline


def _opens_on_lemma(test: ast.expr) -> bool:
    """``lemma == "x" and ...``, ``lemma in X and ...``, ``lemma in A or lemma in B and ...``,
    ``(lemma in A and ... or lemma == "x") and ...``."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        return all(_opens_on_lemma(v) for v in test.values)
    if isinstance(test, ast.BoolOp):
        return _opens_on_lemma(test.values[0])
    return (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and test.left.id == "lemma"
        and all(isinstance(op, ast.Eq | ast.In) for op in test.ops)
    )


def _body(rule: Callable[..., object]) -> list[ast.stmt]:
    return ast.parse(textwrap.dedent(inspect.getsource(rule))).body[0].body  # type: ignore[attr-defined]


def _ungated(body: list[ast.stmt]) -> list[str]:
    """The statements of ``body`` that may act on a verb of any lemma."""
    found = []
    for statement in body:
        if isinstance(statement, ast.If) and not statement.orelse:
            if _opens_on_lemma(statement.test):
                continue
        elif isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            continue  # the docstring
        found.append(ast.unparse(statement).splitlines()[0])
    return found


# What each family may do before (or besides) its own lemma tests, each reviewed: a pure
# assignment, a helper that opens on lemmas of the family's set, the final None.
_REVIEWED = {
    claims_states.state_hits: {
        "touch = not _CONTACT_NOUNS.isdisjoint(doc_lemmas(ctx))",
        "return _contact_and_movement_hits(verb, lemma)",
    },
    claims_verbs._construction_hits: {
        "if (mourned := _mourned_hits(ctx, verb, lemma)) is not None:",
        "if (removed := removed_from_office(verb, lemma)):",
        "return None",
    },
    claims_verbs._lexicon_word_hits: {"return None"},
}


@pytest.mark.parametrize("rule", list(_REVIEWED), ids=lambda r: r.__qualname__)
def test_every_rule_of_a_looked_up_family_opens_on_the_lemma(rule: Callable[..., object]) -> None:
    assert set(_ungated(_body(rule))) <= _REVIEWED[rule]


def test_side_state_rules_past_the_early_return_open_on_the_lemma() -> None:
    """claims_states._side_state_hits returns [] for a lemma outside its set after its first
    three rules (which read more than the lemma): every rule after that must open on it."""
    body = _body(claims_states._side_state_hits)
    check = next(
        k for k, s in enumerate(body) if "lemma not in _SIDE_STATE_LEMMAS" in ast.unparse(s)
    )
    assert len(_ungated(body[:check])) == 2  # _destination_hits, _object_left_alive
    assert _ungated(body[check + 1 :]) == ["return []"]
    lemmas = compared_lemmas(claims_states._side_state_hits, equal_or_in_only=True)
    assert lemmas - claims_states._SIDE_STATE_LEMMAS == set()


@pytest.mark.parametrize(
    ("helper", "lemmas"),
    [
        (claims_states._contact_and_movement_hits, claims_states.STATE_LEMMAS),
        (claims_verbs._mourned_hits, claims_verbs._CONSTRUCTION_LEMMAS),
        (removed_from_office, claims_verbs._CONSTRUCTION_LEMMAS),
    ],
    ids=lambda x: getattr(x, "__qualname__", ""),
)
def test_helpers_asked_first_open_on_lemmas_of_the_set(
    helper: Callable[..., object], lemmas: frozenset[str]
) -> None:
    assert compared_lemmas(helper) - lemmas == set()


def test_a_seizure_no_lexicon_rule_reads_still_reaches_the_captor() -> None:
    """verb_hits hands the lexicon family's None to claims_captors.captor_custody for a
    seizure verb: the set must hold those lemmas too."""
    from dateline.nlp.claims_captors import SEIZURE_LEMMAS

    assert SEIZURE_LEMMAS <= claims_verbs._LEXICON_LEMMAS


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return load_pipeline()


@pytest.mark.parametrize(
    "text",
    [
        "Villagers said the farmer Tomas Ibarra was clubbed to death by the raiders on Sunday.",
        "Police said the night guard Amos Keller was kicked to death outside the depot.",
    ],
)
def test_to_death_of_any_verb_is_still_a_killing(nlp, text: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert any(c.predicate == "killed" for c in doc._.claims)
