"""Malformed and extreme input: no crash, sensible output."""

from __future__ import annotations

import pytest

from dateline.nlp.attribution_quotes import find_quotes
from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document


def statements(nlp, text: str, *, full: bool = True):
    """Statements of ``text``; ``full=False`` runs only spaCy's own pipes before attribution
    (the long inputs below would otherwise time the other components, not this one)."""
    doc = make_doc(nlp, Document.from_text(text))
    if full:
        doc = run_pipeline(nlp, doc)
    else:
        for name, component in nlp.pipeline:
            if not name.startswith("dateline_"):
                doc = component(doc)
        doc = nlp.get_pipe("dateline_attribution")(doc)
    for s in doc._.statements:
        assert doc.text[s.start : s.end] == s.text
        assert 0 <= s.start < s.end <= len(doc.text)
    return doc._.statements


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "hello', ["hello"]),
        (
            '"Unclosed at the start of a paragraph\n\nNext paragraph is narration.',
            ["Unclosed at the start of a paragraph"],
        ),
        ('\u201cCurly open, straight close," she said.', ["Curly open, straight close"]),
        ('"Straight open, curly close,\u201d she said.', ["Straight open, curly close"]),
        ("\"The sign said 'keep out' in red,\" he said.", ["The sign said 'keep out' in red"]),
        ("\u201cA \u2018nested\u2019 quote,\u201d she said.", ["A \u2018nested\u2019 quote"]),
        ('Only a stray " mark here.', ["mark here."]),
        ("No quotation marks at all.", []),
        ("", []),
    ],
)
def test_find_quotes(text, quoted):
    assert [text[q.start : q.end] for q in find_quotes(text)] == quoted


@pytest.mark.parametrize(
    "text",
    [
        'The minister said "the plan is dead.\n\nThe opposition said nothing.',
        '"""" "" " said she.',
        "\u201c\u201c\u201d\u201d he said \u201d\u201c",
        '"Yes," "no," "maybe," they said.',
        "said said said said",
        "...",
        "   \n\n  \n",
        "\u201cWe will win,\u201d said.",
        "According to",
        "Asked whether, he said.",
        "It is believed.",
        "(CNN) \u2014",
        "words without any sentence structure whatsoever lorem ipsum dolor sit amet " * 20,
        "\U0001f600 \u201c\U0001f600\u201d \U0001f600 said",
    ],
)
def test_malformed_input_does_not_crash(nlp, text):
    statements(nlp, text)


def test_unbalanced_quote_does_not_swallow_the_article(nlp):
    text = (
        'The mayor said "the bridge will reopen.\n\n'
        "Engineers said the repairs would take a year.\n\n"
        '"It is safe," the engineer added.'
    )
    found = statements(nlp, text)
    assert any(s.text == "the repairs would take a year" for s in found)
    assert any(s.text == "It is safe" and s.kind == "direct" for s in found)


def test_quote_inside_quote_is_one_statement(nlp):
    found = statements(
        nlp, "\"When I heard the words 'contact confirmed,' I cried,\" said Keiko Tanaka."
    )
    assert len(found) == 1
    assert found[0].text == "When I heard the words 'contact confirmed,' I cried"
    assert found[0].speaker.name == "Keiko Tanaka"


def test_mixed_curly_and_straight_marks(nlp):
    text = '\u201cWe are ready," the coach said. "We have trained for this.\u201d'
    found = statements(nlp, text)
    assert [s.text for s in found] == ["We are ready", "We have trained for this."]
    assert all(s.speaker is not None and s.speaker.text == "the coach" for s in found)


def test_five_thousand_word_quote(nlp):
    sentence = "We will keep building roads and schools in every village of this country. "
    quote = (sentence * (5000 // len(sentence.split()) + 1)).strip()
    text = f'The minister Ana Ruiz spoke for an hour.\n\n"{quote}" Ruiz said.'
    found = statements(nlp, text, full=False)
    direct = [s for s in found if s.kind == "direct"]
    assert len(direct) == 1
    assert len(direct[0].text.split()) >= 5000
    assert direct[0].speaker.name == "Ana Ruiz"


def test_five_thousand_word_unclosed_quote(nlp):
    words = " ".join(["blah"] * 5000)
    found = statements(nlp, f'She said "{words}', full=False)
    assert all(len(s.text) <= len(words) for s in found)


def test_text_without_sentences(nlp):
    text = "\n".join(f"item {i} | value {i * 3} | {'yes' if i % 2 else 'no'}" for i in range(200))
    assert statements(nlp, text, full=False) == []


def test_pipe_gives_the_same_statements(nlp):
    texts = ['"One," she said.', "Police said the road was closed.", ""]
    docs = []
    for text in texts:
        doc = make_doc(nlp, Document.from_text(text) if text else Document(doc_id="empty", text=""))
        docs.append(doc)
    piped = list(nlp.get_pipe("dateline_attribution").pipe(run_pipeline_upto(nlp, d) for d in docs))
    assert [len(d._.statements) for d in piped] == [1, 1, 0]


def run_pipeline_upto(nlp, doc):
    for name, component in nlp.pipeline:
        if name == "dateline_attribution":
            break
        doc = component(doc)
    return doc
