"""The token tables the attribution and claims components share (issue 9: speed).

The tables only cache what the parse already says: heads, children and span texts must
equal spaCy's, the claims pre-filter must pick exactly the tokens the Token-level test
picks, and the tables handed from attribution to claims never outlive one hand-over.
"""

from __future__ import annotations

import pytest

from dateline.nlp.attribution_index import _HANDED_ON, build_index, indexed
from dateline.nlp.claims_triggers import (
    _PP_DEPS,
    _TRIGGER_POS,
    _TRIGGER_TAGS,
    _TRIGGER_WORDS,
    trigger_candidates,
)
from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document

TEXTS = [
    "One line only.",
    "KANDA (Harbour Wire) \u2014 Rebel commander Tarek Vantoro was killed in an airstrike "
    'on Monday, the army said.\n\n"He is still at large," his brother told reporters, '
    "adding that the missing fighters were in good health.",
    "The dead included two aides. She remains in intensive care, officials said.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [run_pipeline(nlp, make_doc(nlp, Document.from_text(t))) for t in TEXTS]


def test_heads_and_children_match_the_parse(docs):
    for doc in docs:
        tables = build_index(doc)
        assert tables.head == [t.head.i for t in doc]
        assert tables.children == [[c.i for c in t.children] for t in doc]


def test_text_of_is_the_span_text(docs):
    for doc in docs:
        tables = build_index(doc)
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 8) + 1):
                assert tables.text_of(start, end) == doc[start:end].text


def test_trigger_candidates_are_the_token_level_filter(docs):
    for doc in docs:
        expected = [
            t.i
            for t in doc
            if t.pos_ in _TRIGGER_POS
            or t.tag_ in _TRIGGER_TAGS
            or t.lower_ in _TRIGGER_WORDS
            or t.dep_ in _PP_DEPS
            and t.head.pos_ == "ADP"
        ]
        assert trigger_candidates(build_index(doc), 0, len(doc)) == expected


def test_handed_on_tables_are_taken_once(docs):
    doc = docs[1]
    with indexed(doc, hand_on=True) as first:
        pass
    assert _HANDED_ON.get(doc) is first
    with indexed(doc, take_over=True) as second:
        assert second is first
    assert doc not in _HANDED_ON
    assert "dateline_attribution_index" not in doc.user_data
    with indexed(doc, take_over=True) as third:
        assert third is not first  # nothing handed on: built afresh
