"""Speed rewrites of the entity stage must give what the plain code gave (issue 9).

``_org_written`` finds a name with ``str.find`` and tests the word boundaries itself; its
reference is the pair of patterns it replaced. The entity stage builds the token tables and
hands them to the attribution stage.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.nlp.attribution_index import _HANDED_ON
from dateline.nlp.entities_kinds import _org_written, _org_written_by_pattern
from dateline.nlp.pipeline import make_doc
from dateline.records import Document

_PIECES = [
    "the ", "The ", "he ", "Rising Dawn", "Dawn", "Dawn ", " movement", " Movement", " group",
    " groups", " media", "_", "9", "é", "Écho", "(", ")", "-", ", ", ".", "\n", " ", "a", "X",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=14).map("".join),
    st.sampled_from(["Rising Dawn", "Dawn", "X", "Écho", "a", "Dawn-", "_X", "9 X", "e"]),
)
def test_org_written_is_the_pattern_test(text, name):
    assert _org_written(name, text) == _org_written_by_pattern(name, text)


def test_org_written_cases():
    assert _org_written("Rising Dawn", "Fighters of the Rising Dawn said")
    assert _org_written("Rising Dawn", "The Rising Dawn movement")
    assert _org_written("Dawn", "a Dawn group statement")
    assert not _org_written("Dawn", "the Dawning of an era")
    assert not _org_written("Dawn", "bathe Dawn")
    assert not _org_written("Dawn", "Dawn said on Monday")


def test_entity_stage_hands_its_tables_to_attribution(nlp):
    doc = make_doc(nlp, Document.from_text("Rebel leader Tarek Vantoro was killed, the army said."))
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == "dateline_entities":
            tables = _HANDED_ON.get(doc)
            assert tables is not None and tables.text == doc.text
            assert "dateline_attribution_index" not in doc.user_data
        if name == "dateline_attribution":
            assert _HANDED_ON.get(doc) is tables  # taken over, then handed on to claims
    assert doc._.entities and doc._.statements


def test_entities_are_read_where_the_extension_keeps_them(nlp):
    from dateline.nlp.entities import _entities_of

    doc = make_doc(nlp, Document.from_text("A short text."))
    assert _entities_of(doc) is None and doc._.entities is None
    marker: list = []
    doc._.entities = marker
    assert _entities_of(doc) is marker


def test_entity_stage_alone_hands_nothing_on(nlp):
    from dateline.nlp.entities import resolve_entities

    doc = make_doc(nlp, Document.from_text("Rebel leader Tarek Vantoro was killed."))
    for name, component in nlp.pipeline:
        if name.startswith("dateline_") and name != "dateline_paragraphs":
            break
        doc = component(doc)
    resolve_entities(doc)  # a direct call (no attribution component to take the tables)
    assert doc not in _HANDED_ON


def test_attribution_alone_hands_nothing_on(nlp):
    from dateline.nlp.attribution import find_statements

    doc = make_doc(nlp, Document.from_text('"We are safe," the mayor said.'))
    for name, component in nlp.pipeline:
        if name == "dateline_attribution":
            break
        doc = component(doc)
    _HANDED_ON.pop(doc, None)
    find_statements(doc)  # a direct call (no claims component to take the tables)
    assert doc not in _HANDED_ON
