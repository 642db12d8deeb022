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

from dateline.nlp import claims_custody, claims_harm, claims_states, claims_verbs
from dateline.nlp.claims_complements import removed_from_office
from dateline.nlp.pipeline import load_pipeline


def _opens_on_lemma(test: ast.expr, names: frozenset[str] = frozenset({"lemma"})) -> bool:
    """``lemma == "x" and ...``, ``lemma in X and ...``, ``lemma in A or lemma in B and ...``,
    ``(lemma in A and ... or lemma == "x") and ...`` (``names``: what stands for the lemma)."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        return all(_opens_on_lemma(v, names) for v in test.values)
    if isinstance(test, ast.BoolOp):
        return _opens_on_lemma(test.values[0], names)
    return (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and test.left.id in names
        and all(isinstance(op, ast.Eq | ast.In) for op in test.ops)
    )


def _body(rule: Callable[..., object]) -> list[ast.stmt]:
    return ast.parse(textwrap.dedent(inspect.getsource(rule))).body[0].body  # type: ignore[attr-defined]


def _ungated(body: list[ast.stmt], names: frozenset[str] = frozenset({"lemma"})) -> list[str]:
    """The statements of ``body`` that may act on a verb of any lemma."""
    found = []
    for statement in body:
        if isinstance(statement, ast.If) and not statement.orelse:
            if _opens_on_lemma(statement.test, names):
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


def test_custody_verb_rules_open_on_the_lemma_or_its_custody_predicate() -> None:
    """claims_custody.custody_verb_hits (looked up by CUSTODY_VERB_LEMMAS): every rule opens
    on the lemma or on ``pred``, the lexicon's predicate of the lemma, which the set reads."""
    body = _body(claims_custody.custody_verb_hits)
    assert ast.unparse(body[1]) == "pred = lx.PATIENT_VERBS.get(lemma)"
    assert _ungated(body[2:], frozenset({"lemma", "pred"})) == ["return None"]
    assert compared_lemmas(claims_custody.custody_verb_hits) <= claims_custody.CUSTODY_VERB_LEMMAS
    custody = {
        k for k, v in claims_custody.lx.PATIENT_VERBS.items() if v in {"arrested", "released"}
    }
    assert custody <= claims_custody.CUSTODY_VERB_LEMMAS


def test_harm_verb_rules_open_on_the_lemma() -> None:
    """claims_harm.harm_verb_hits (looked up by HARM_VERB_LEMMAS): its two helpers open on the
    lemma (a key of _RELATIVE_HARM, a judging verb); after the passive test comes the lemma's
    if / elif whose else returns None, and nothing acts before it."""
    body = _body(claims_harm.harm_verb_hits)
    assert [ast.unparse(s).splitlines()[0] for s in body[1:3]] == [
        "if (hits := reduced_relative_hits(ctx, verb, lemma)) is not None:",
        "if (hits := condition_told_hits(ctx, verb, lemma)) is not None:",
    ]
    gate = body[5]
    assert isinstance(gate, ast.If) and _opens_on_lemma(gate.test)
    elif_ = gate.orelse[0]
    assert isinstance(elif_, ast.If) and _opens_on_lemma(elif_.test)
    assert ast.unparse(elif_.orelse[0]) == "return None"
    helpers = compared_lemmas(claims_harm.condition_told_hits) | set(claims_harm._RELATIVE_HARM)
    assert helpers | compared_lemmas(claims_harm.harm_verb_hits) <= claims_harm.HARM_VERB_LEMMAS


def _ifs_opening_on(rule: Callable[..., object], lemma: str) -> list[str]:
    """The first lines of ``rule``'s top-level ifs whose lemma tests hold ``lemma`` or that
    test no lemma (a helper asked of every lemma)."""
    scope = vars(inspect.getmodule(rule))
    found = []
    for statement in _body(rule):
        if not isinstance(statement, ast.If):
            continue
        lemmas: set[str] = set()
        for node in ast.walk(statement.test):
            if isinstance(node, ast.Compare) and getattr(node.left, "id", None) == "lemma":
                for right in node.comparators:
                    value = eval(compile(ast.Expression(right), "<lemmas>", "eval"), scope)  # noqa: S307
                    lemmas |= {value} if isinstance(value, str) else set(value)
        if lemma in lemmas or not lemmas:
            found.append(ast.unparse(statement.test))
    return found


def test_the_rules_of_be_are_the_construction_rules_that_open_on_be() -> None:
    """_construction_hits hands "be" to _be_construction_hits at once: every other rule of its
    chain that could open on "be" must be asked there, in the same order."""
    assert _ifs_opening_on(claims_verbs._construction_hits, "be") == [
        "lemma == 'be'",
        "(mourned := _mourned_hits(ctx, verb, lemma)) is not None",
        "(removed := removed_from_office(verb, lemma))",
        "lemma in _NEW_LEADER_LEMMAS and (leader_hits := _new_leader_hits(verb, lemma)) is not None",
        "lemma in lx.PLACE_STATE_VERBS and (where := _where_not_told(verb)) is not None",
    ]
    assert "be" not in compared_lemmas(removed_from_office)
    asked = [ast.unparse(s.test) for s in _body(claims_verbs._be_construction_hits)[1:-1]]
    assert asked == [
        "(mourned := _mourned_hits(ctx, verb, 'be')) is not None",
        "(among := among_the_dead(verb)) is not None",
        "(leader_hits := _new_leader_hits(verb, 'be')) is not None",
        "'be' in lx.PLACE_STATE_VERBS and (where := _where_not_told(verb)) is not None",
        "(place_hit := _in_place_hit(verb)) is not None",
    ]


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


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The courier Ilse Varga was punched in the face by a customer on Monday.", "wounded"),
        ("The cyclist Ruben Okafor was hit by a delivery van in the town centre.", "wounded"),
        ("Jailed poet Dario Fenwick was moved to another prison last week.", "arrested"),
        ("The farmer Lotte Brandt walked out of court a free man on Tuesday.", "released"),
        ("The shop owner Karim Nasser remains detained, his lawyer said.", "arrested"),
    ],
)
def test_harm_and_custody_verbs_still_read(nlp, text: str, predicate: str) -> None:  # noqa: ANN001
    """The harm and custody families reach their verbs through the lemma look-up."""
    doc = nlp(text)
    assert any(c.predicate == predicate for c in doc._.claims), [
        (c.predicate, c.subject) for c in doc._.claims
    ]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Two fishermen, Pavel Orlik and Sean Doyle, were among the dead.", "killed"),
        ("The trader Ana Ruiz is in a hospital in Leeds, her brother said.", "located_in"),
        ("Her son refused to say where Tomas Brill was.", "located_in"),
    ],
)
def test_be_still_read(nlp, text: str, predicate: str) -> None:  # noqa: ANN001
    """The rules of "be" reached through _be_construction_hits."""
    doc = nlp(text)
    assert any(c.predicate == predicate for c in doc._.claims), [
        (c.predicate, c.subject) for c in doc._.claims
    ]
