"""The per-document index the attribution passes share, and the split module layout.

The index only caches what the parse already says: every column must equal the token
attribute it stands for, nothing may stay behind on the ``Doc`` after a call, and the
results of the component must not depend on whether the index is active.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.nlp import attribution_quotes
from dateline.nlp.attribution_index import (
    build_index,
    doc_dateline,
    doc_index,
    doc_text,
    indexed,
    paragraph_index,
)
from dateline.nlp.attribution_quotes import find_dateline
from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document

TEXTS = [
    "",
    "One line only.",
    "PORT ELLIS (Harbour Wire) \u2014 The ferry company said on Monday that crossings would "
    'resume.\n\n"We are ready," a spokeswoman said.\n\nResidents, officials said, had waited '
    "for weeks.",
    "  leading spaces\n\n\n\nand many blank lines \n \nbetween paragraphs says Ann Obi.",
]


def parsed(nlp, text: str):
    return run_pipeline(nlp, make_doc(nlp, Document.from_text(text)))


@pytest.mark.parametrize("text", TEXTS)
def test_columns_equal_token_attributes(nlp, text):
    doc = parsed(nlp, text)
    index = build_index(doc)
    assert index.text == doc.text
    assert index.paragraphs == attribution_quotes.paragraphs(doc.text)
    assert index.idx == [t.idx for t in doc]
    assert index.words == [t.text for t in doc]
    assert index.lower == [t.lower_ for t in doc]
    assert index.lemma == [t.lemma_.lower() for t in doc]
    assert index.cue == ["say" if t.lemma_.lower() == "says" else t.lemma_.lower() for t in doc]
    assert index.pos == [t.pos_ for t in doc]
    assert index.tag == [t.tag_ for t in doc]
    assert index.dep == [t.dep_ for t in doc]
    assert index.dateline == find_dateline(doc.text)
    # Paragraph numbers follow the line-based paragraphs of the text.
    for token, para in zip(doc, index.para, strict=True):
        if token.text.strip():
            start, end = index.paragraphs[para]
            assert start <= token.idx < end


def test_where_filters_by_column_and_tag(nlp):
    doc = parsed(nlp, "The mayor said the bridge would close, and she says it will reopen.")
    index = doc_index(doc)
    said = index.where(index.cue, frozenset({"say"}), pos=frozenset({"VERB", "AUX"}))
    assert [doc[i].text for i in said] == ["said", "says"]
    assert index.where(index.lower, frozenset({"bridge"})) == [4]


def test_index_lives_only_inside_the_block(nlp):
    doc = parsed(nlp, TEXTS[2])
    doc.user_data.clear()
    with indexed(doc) as outer:
        assert doc_index(doc) is outer
        assert doc_text(doc) is outer.text
        assert paragraph_index(doc) is outer.para
        assert doc_dateline(doc) == find_dateline(doc.text)
        with indexed(doc) as inner:  # nested blocks share the outer tables
            assert inner is outer
        assert doc_index(doc) is outer
    assert not doc.user_data
    # Outside a block every accessor still answers, from the doc itself.
    assert doc_text(doc) == doc.text
    assert paragraph_index(doc) == build_index(doc).para
    assert doc_dateline(doc) == find_dateline(doc.text)


def test_component_leaves_nothing_on_the_doc(nlp):
    doc = parsed(nlp, TEXTS[2])
    before = set(doc.user_data) - {("._.", "statements", None, None)}
    nlp.get_pipe("dateline_attribution")(doc)
    assert doc._.statements
    assert set(doc.user_data) - {("._.", "statements", None, None)} == before
    assert not [key for key in doc.user_data if "attribution" in str(key)]


def test_outlet_of_accepts_the_text(nlp):
    from dateline.nlp.attribution import outlet_of

    doc = parsed(nlp, TEXTS[2])
    doc._.outlet = None
    assert outlet_of(doc) == outlet_of(doc, text=doc.text) == "Harbour Wire"


def test_public_names_of_the_component_module():
    from dateline.nlp import attribution

    for name in ("AttributionComponent", "CUE_VERBS", "find_statements", "make_attribution"):
        assert hasattr(attribution, name)
    assert "say" in attribution.CUE_VERBS


# --- quotation marks: the regex scan must find exactly what a per-character scan finds ----


def _scan_by_character(text: str, start: int, end: int):
    """The plain reference: look at every character of the paragraph."""
    single = not any(
        ch in attribution_quotes.OPENING
        or ch in attribution_quotes.CLOSING
        or ch == attribution_quotes.STRAIGHT
        for ch in text[start:end]
    )
    pairs: list[tuple[int, int | None]] = []
    open_at = None
    for i in range(start, end):
        ch = text[i]
        if single:
            if ch not in "'\u2018\u2019":
                continue
            direction = attribution_quotes._single_direction(text, i, open_at is not None)
        elif ch in attribution_quotes.OPENING + attribution_quotes.CLOSING + '"':
            direction = attribution_quotes._is_opening(text, i, open_at is not None)
        else:
            continue
        if direction is True:
            if open_at is not None:
                pairs.append((open_at, None))
            open_at = i
        elif direction is False and open_at is not None:
            pairs.append((open_at, i))
            open_at = None
    return pairs, open_at


PIECES = ["a", "B", " ", ".", ",", "\n", '"', "'", "\u201c", "\u201d", "\u2018", "\u2019",
          "\u00ab", "\u00bb", "\u201e", "-", "\u2014", ":", "(", "don't", "he said"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(PIECES),
        max_size=30,
    ),
    st.integers(min_value=0, max_value=5),
)
def test_mark_scan_matches_a_character_scan(parts, cut):
    text = "".join(parts)
    start = min(cut, len(text))
    assert attribution_quotes._scan_paragraph(text, start, len(text)) == _scan_by_character(
        text, start, len(text)
    )
