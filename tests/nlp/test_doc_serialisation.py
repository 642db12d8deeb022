"""Analysed docs survive spaCy's serialisation: ``Doc.to_bytes`` and ``nlp.pipe(n_process=2)``."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from dateline.nlp.pipeline import make_doc
from dateline.records import Document

ARTICLES = [
    "Port officials said on Tuesday that the missing trawler captain, Jonas Ekdahl, was "
    'found alive near the northern breakwater. "He is exhausted but well," his sister said.',
    "The militia's commander, Rafiq Taher, was killed in an air strike in March, two "
    "security officials said, though the group has denied it.",
    "An audio message attributed to Taher appeared online on Sunday; it could not be verified.",
]


def _outputs(doc: Doc) -> tuple:
    return (
        doc._.doc_id,
        doc._.published,
        doc._.timexes,
        doc._.statements,
        doc._.claims,
        doc._.entities,
    )


def _documents() -> list[Document]:
    return [
        Document(doc_id=f"d{i}", text=text, published=date(2020, 5, 12), outlet="Coast Courier")
        for i, text in enumerate(ARTICLES)
    ]


def test_to_bytes_round_trip_keeps_records(nlp):
    doc = nlp(make_doc(nlp, _documents()[1]))
    assert doc._.statements and doc._.timexes  # something to carry
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _outputs(copy) == _outputs(doc)
    assert isinstance(copy._.published, date)


def test_pipe_with_two_processes_equals_one(nlp):
    docs = [make_doc(nlp, d) for d in _documents()]
    single = [_outputs(doc) for doc in nlp.pipe(docs)]
    docs = [make_doc(nlp, d) for d in _documents()]
    double = [_outputs(doc) for doc in nlp.pipe(docs, n_process=2, batch_size=1)]
    assert double == single
    assert any(out[4] for out in single)  # claims were found, so the comparison means something
