"""Scans rewritten for speed must give what the plain loops gave (issue 9).

``entities_doc.sentence_index`` reads the offsets table inside an :func:`indexed` block and
gives a whole sentence its number at once when no paragraph break lies inside it; the walk
over ``Token`` objects outside the block is the reference.
"""

from __future__ import annotations

import pytest

from dateline.nlp.attribution_index import indexed
from dateline.nlp.entities_doc import sentence_index
from dateline.records import Document

_TEXTS = [
    # a headline with no full stop: the parser may run it into the first paragraph
    "Flood closes river road\n\nMARLOW - Water closed the river road on Monday, the council said.",
    "Quiet night\n\nYes\n\nThe ferry ran again, its captain Tova Brennic said. Nobody was hurt.",
    'Lina Osk, 40, was found on Sunday.\n\n"She is well," her brother said.\n\nPolice thanked the public',
    "One sentence only, with no break at all.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_sentence_index_from_tables_is_the_token_walk(nlp, text):
    doc = nlp(Document.from_text(text).text)
    expected = sentence_index(doc)  # (no tables kept: the walk over Tokens)
    with indexed(doc):
        assert list(sentence_index(doc).items()) == list(expected.items())


def _one_sentence(nlp, text: str):
    """``text`` as one sentence, as the parser sometimes runs a headline into a paragraph."""
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.is_sent_start = tok.i == 0
    return doc


@pytest.mark.parametrize(
    "text",
    [
        "Flood closes river road\n\nMARLOW - Water closed the road.\n\nYes\n\nIt did.",
        'A quote ends here."\n\n"And another begins," said Pell Arno.',
        "No break in this one at all.",
    ],
)
def test_sentence_index_splits_a_sentence_at_its_paragraph_breaks(nlp, text):
    doc = _one_sentence(nlp, text)
    expected = sentence_index(doc)
    with indexed(doc):
        assert list(sentence_index(doc).items()) == list(expected.items())
    assert max(expected.values()) == text.count("\n\n")
