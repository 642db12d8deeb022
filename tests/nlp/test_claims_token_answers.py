"""Token helpers asked two or three times per verb (is_passive, _negated, obliged,
negated_verb) keep each answer per token index in the document's tables (issue 9): the
answer is the same as the parse gives, it is computed once per token, and another
document's tables start empty."""

from __future__ import annotations

import pytest

from dateline.nlp import claims_states
from dateline.nlp.attribution_index import indexed, tables_of
from dateline.nlp.claims_grammar import is_passive
from dateline.nlp.claims_whereabouts import negated_verb


def _verb(doc, word: str):  # noqa: ANN202
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "passive", "negated", "obliged"),
    [
        ("Tomas Verlaine was arrested in Ostend on Friday.", "arrested", True, False, False),
        (
            "Greta Lindqvist has not spoken to her brother since March.",
            "spoken",
            False,
            True,
            False,
        ),
        ("Pavel Ostrov must remain in the city until the hearing.", "remain", False, False, True),
        ("Ines Carvalho never called the office again.", "called", False, True, False),
    ],
)
def test_the_answers_are_the_parse_s(nlp, text, word, passive, negated, obliged) -> None:  # noqa: ANN001
    doc = nlp(text)
    with indexed(doc):
        verb = _verb(doc, word)
        for _ in range(2):  # (the second ask reads the kept answer)
            assert is_passive(verb) is passive
            assert claims_states._negated(verb) is negated
            assert negated_verb(verb) is negated
            assert claims_states.obliged(verb) is obliged


def test_each_answer_is_kept_once_per_token_in_the_document_s_tables(nlp) -> None:  # noqa: ANN001
    first = nlp("Tomas Verlaine was arrested in Ostend on Friday.")
    second = nlp("Greta Lindqvist was not arrested.")
    with indexed(first):
        tables = tables_of(first)
        verb = _verb(first, "arrested")
        is_passive(verb)
        claims_states._negated(verb)
        claims_states.obliged(verb)
        negated_verb(verb)
        assert tables.passive_at == {verb.i: True}
        assert tables.negated_at == {verb.i: False}
        assert tables.obliged_at == {verb.i: False}
        assert tables.negated_verb_at == {verb.i: False}
        with indexed(second):
            other = _verb(second, "arrested")
            assert tables_of(second).negated_at == {}
            assert claims_states._negated(other) is True
            assert negated_verb(other) is True
        assert tables.negated_at == {verb.i: False}


def test_the_source_rules_negation_is_kept_per_token(nlp) -> None:  # noqa: ANN001
    from dateline.nlp import claims_sources

    doc = nlp("Officials said Greta Lindqvist has yet to be released.")
    with indexed(doc):
        verb = _verb(doc, "released")
        assert claims_sources._negated(verb) is True
        assert claims_sources._negated(verb) is True
        assert tables_of(doc).clause_negated_at == {verb.i: True}
        said = _verb(doc, "said")
        assert claims_sources._negated(said) is False
