"""The model's rule ``lemmatizer``, applied through arrays: the same lemmas, a fifth of the time.

Why: spaCy's ``Lemmatizer.__call__`` makes a ``Token`` for every token and asks it for its text,
POS and morphology, even though the rule lemmatizer's answer is cached by exactly
(ORTH, POS, MORPH) (``rule_lemmatize``: the English ``is_base_form`` reads the same three).
:class:`LemmaTable` reads those columns with one ``Doc.to_array``, looks each token's triple up in
its own table (asking the wrapped lemmatizer, through a ``Token``, only for a triple it has not
seen: the same call, the same warnings) and writes the lemmas with one ``Doc.from_array``.
Tokens whose lemma an earlier component set keep it (``overwrite`` false, the model's setting);
a lemmatizer in another mode, or one that overwrites, is left in place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

LEMMATIZER = "lemmatizer"
FACTORY = "dateline_lemma_table"
NAME = "lemma_table"
"""Not ``dateline_``-prefixed: it is the model's step (see ``attribute_table.NAME``)."""

CACHE = 200_000
"""Triples remembered at most (then forgotten at once)."""


class LemmaTable:
    """Sets what the model's rule lemmatizer sets; see the module docstring."""

    def __init__(self, lemmatizer: Any, name: str = NAME) -> None:
        self.lemmatizer = lemmatizer
        self.name = name
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        columns: list[int | str] = [ORTH, POS, MORPH, LEMMA]
        array = doc.to_array(columns)
        lemmas = array[:, 3].copy()
        todo = numpy.flatnonzero(lemmas == 0)
        if not len(todo):
            return doc
        known = self._lemmas
        strings = doc.vocab.strings
        found = []
        for i, key in zip(todo.tolist(), map(tuple, array[todo, :3].tolist()), strict=True):
            lemma = known.get(key)
            if lemma is None:
                lemma = strings.add(lemmatizer.lemmatize(doc[i])[0])
                if len(known) >= CACHE:
                    known.clear()
                known[key] = lemma
            found.append(lemma)
        lemmas[todo] = found
        doc.from_array([LEMMA], cast(Any, lemmas.reshape(-1, 1)))
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)


@Language.factory(FACTORY)
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    """An empty wrapper: :func:`replace_lemmatizer` hands it the model's lemmatizer."""
    return LemmaTable(None, name)


def replace_lemmatizer(nlp: Language) -> bool:
    """Put a :class:`LemmaTable` around ``nlp``'s rule lemmatizer, in its place; False (the
    lemmatizer kept) when there is none or it is not a rule lemmatizer keeping earlier lemmas."""
    if LEMMATIZER not in nlp.pipe_names or NAME in nlp.pipe_names:
        return False
    lemmatizer = cast(Any, nlp.get_pipe(LEMMATIZER))
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return False
    table = cast(LemmaTable, nlp.add_pipe(FACTORY, name=NAME, before=LEMMATIZER))
    table.lemmatizer = lemmatizer
    nlp.remove_pipe(LEMMATIZER)
    return True
