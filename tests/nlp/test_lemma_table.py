"""The lemma table sets exactly the lemmas of the model's rule lemmatizer (issue 9).

The model's lemmatizer and the table around it run over sentences written for this file
(irregular plurals and verbs, contractions the attribute ruler lemmatises first, numbers,
whitespace, capitals), every token's lemma compared; a lemmatizer the table cannot stand in
for (one that overwrites) is kept.
"""

from __future__ import annotations

import pytest
import spacy

from dateline.nlp.attribute_table import replace_attribute_ruler
from dateline.nlp.lemma_table import LEMMATIZER, NAME, replace_lemmatizer
from dateline.nlp.pipeline import MODEL

TEXTS = [
    "The geese were flying over the mice, and the children ran; Ora Vance's oxen stood still.",
    "She ain't gonna say it, but they'd been told that we're better off, Lund Porter added.",
    "Prices rose 4.5% to $1,200 on Tuesday.  Nothing  changed.\n\nThe best-known leaders met.",
    "He WAS Seen leaving; the Councils' findings are being studied by its members' lawyers.",
    # the same word and POS, another form: the morphology decides ('found' past of 'find', or
    # the base form 'found')
    "The settlers found the valley in 1820. Rina Sol wants to found a school there.",
]


def lemmas(doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.pos_, t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def models():
    plain = spacy.load(MODEL)
    wrapped = spacy.load(MODEL)
    assert replace_attribute_ruler(wrapped)
    assert replace_lemmatizer(wrapped)
    assert LEMMATIZER not in wrapped.pipe_names
    assert wrapped.pipe_names.index(NAME) == plain.pipe_names.index(LEMMATIZER)
    return plain, wrapped


def test_same_lemmas(models) -> None:
    plain, wrapped = models
    for text in TEXTS:
        assert lemmas(wrapped(text)) == lemmas(plain(text)), text
    # (the ruler's own lemmas stay: 'ai' of "ain't" is 'be', 'na' of "gonna" is 'to')
    doc = wrapped(TEXTS[1])
    assert [t.lemma_ for t in doc if t.lower_ in ("ai", "na")] == ["be", "to"]
    assert [t.lemma_ for t in wrapped(TEXTS[0]) if t.lower_ in ("geese", "mice")] == [
        "goose",
        "mouse",
    ]
    assert [t.lemma_ for t in wrapped(TEXTS[4]) if t.lower_ == "found"] == ["find", "found"]


def test_small_cache_same_lemmas(models, monkeypatch) -> None:
    import dateline.nlp.lemma_table as lemma_table

    plain, _ = models
    wrapped = spacy.load(MODEL)
    replace_lemmatizer(wrapped)
    monkeypatch.setattr(lemma_table, "CACHE", 2)
    for text in TEXTS:
        assert lemmas(wrapped(text)) == lemmas(plain(text)), text
    assert len(wrapped.get_pipe(NAME)._lemmas) <= 2


def test_overwriting_lemmatizer_kept() -> None:
    nlp = spacy.load(MODEL, exclude=["ner"])
    nlp.get_pipe(LEMMATIZER).overwrite = True
    assert not replace_lemmatizer(nlp)
    assert LEMMATIZER in nlp.pipe_names and NAME not in nlp.pipe_names
