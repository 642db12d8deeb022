"""The shared tables the claims rules read instead of making spaCy Tokens (issue 9: speed).

``claims_leadership._RULE_LEMMAS`` lets ``leadership_hits`` skip a verb no rule of the
module reads: it must hold every lemma a rule there tests. ``tables_of`` must give the
parse spaCy gives, inside and outside an ``indexed`` block, and ``DocIndex.memo`` must not
carry one pass's results over to the next.
"""

from __future__ import annotations

import pytest
from lemma_tests import compared_lemmas

from dateline.nlp import claims_leadership
from dateline.nlp.attribution_index import indexed, tables_of
from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document


def test_rule_lemmas_hold_every_lemma_a_leadership_rule_tests():
    tested = compared_lemmas(claims_leadership)  # every lemma == / in test of the module
    assert len(tested) > 100  # (the parse found the module's rules)
    assert tested - claims_leadership._RULE_LEMMAS == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb outside the rule lemmas still gets its own claims
        ("The rebels released Tarek Vantoro on Monday.", [("Tarek Vantoro", "released")]),
        ("Police arrested Mira Olsen in Kanda.", [("Mira Olsen", "arrested")]),
        # the lemma-free gerund rule still holds for such a verb: not (yet) done
        ("The rebels ruled out releasing Tarek Vantoro.", []),
        ("The rebels are considering releasing Tarek Vantoro.", []),
    ],
)
def test_verbs_outside_the_rule_lemmas(nlp, text, expected):
    doc = run_pipeline(nlp, make_doc(nlp, Document.from_text(text)))
    assert [(c.subject, c.predicate) for c in doc._.claims] == expected


@pytest.fixture(scope="module")
def doc(nlp):
    text = (
        "Police said the commander, who was freed on Monday, is now in charge. He will not resign."
    )
    return run_pipeline(nlp, make_doc(nlp, Document.from_text(text)))


def test_tables_of_reads_the_parse_outside_and_inside_a_block(doc):
    outside = tables_of(doc)
    assert outside.children == [[c.i for c in t.children] for t in doc]
    assert outside.dep == [t.dep_ for t in doc]
    assert tables_of(doc) is outside  # (built once while the Doc lives)
    with indexed(doc) as tables:
        assert tables_of(doc) is tables
    assert tables_of(doc).head == [t.head.i for t in doc]


def test_memo_starts_empty_for_a_new_owner(doc):
    class Owner:
        pass

    tables = tables_of(doc)
    first, second = Owner(), Owner()
    tables.memo(first)["seen"] = 1
    assert tables.memo(first) == {"seen": 1}
    assert tables.memo(second) == {}
    assert tables.memo(first) == {}  # (one owner at a time: the pass that runs)
