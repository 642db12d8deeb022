"""Per-document tables the attribution passes share, read from the parse once per document.

spaCy rebuilds ``Doc.text`` by joining every token on each access and creates a new
``Token`` object for every ``doc[i]`` and every step of ``for token in doc``. The passes of
:mod:`dateline.nlp.attribution` each scan the whole document for their cue words and slice
the text many times, so most of the component's time went into re-creating the same
objects. :func:`indexed` reads the text, the paragraphs and the few token attributes the
scans filter on into plain lists once; the passes then visit only the tokens that can be
their cue. The tables live on ``doc.user_data`` only while one ``find_statements`` call runs
(they would otherwise be serialised with every ``Doc``); the attribution component then
hands them on to the claims component, which runs next on the same parse (see
:func:`indexed`), through a weak table that never outlives the ``Doc``.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter

import numpy
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc

from dateline.nlp.attribution_quotes import Dateline, find_dateline, paragraphs

_KEY = "dateline_attribution_index"
_UNSET: Dateline = Dateline(-1, -1, "")


@dataclass
class DocIndex:
    """What the passes read again and again, one list entry per token.

    ``lemma`` is the lower-cased lemma and ``cue`` the same with the lemmatiser's "says"
    repaired (see :func:`cue_lemma`); ``para`` is the paragraph (line) a token sits in,
    because the small model's parses and sentences run across paragraph breaks; ``head``
    is the index of each token's syntactic head.
    """

    text: str
    paragraphs: list[tuple[int, int]]
    para: list[int]
    idx: list[int]
    words: list[str]
    lower: list[str]
    lemma: list[str]
    cue: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int] = field(default_factory=list)
    _dateline: Dateline | None = field(default=_UNSET, repr=False)
    _memo: tuple[weakref.ref, dict] | None = field(default=None, repr=False)
    # Answers of token helpers that read only the parse around one token and are asked
    # two or three times per verb by rules with no context (``claims_grammar.is_passive``,
    # ``claims_states._negated`` / ``obliged``, ``claims_whereabouts.negated_verb``): token
    # index -> answer, filled on first ask (the parse does not change under the tables).
    passive_at: dict[int, bool] = field(default_factory=dict, repr=False)
    negated_at: dict[int, bool] = field(default_factory=dict, repr=False)
    obliged_at: dict[int, bool] = field(default_factory=dict, repr=False)
    negated_verb_at: dict[int, bool] = field(default_factory=dict, repr=False)
    clause_negated_at: dict[int, bool] = field(default_factory=dict, repr=False)  # claims_sources

    @property
    def dateline(self) -> Dateline | None:
        if self._dateline is _UNSET:
            self._dateline = find_dateline(self.text)
        return self._dateline

    def text_of(self, start: int, end: int) -> str:
        """The text of ``doc[start:end]`` (``start < end``), without joining its tokens."""
        return self.text[self.idx[start] : self.idx[end - 1] + len(self.words[end - 1])]

    @cached_property
    def children(self) -> list[list[int]]:
        """Each token's syntactic children, in order (``Token.children`` as indices); built
        on first use, then a plain attribute (the rules read it tens of thousands of times)."""
        children: list[list[int]] = [[] for _ in self.head]
        for i, head in enumerate(self.head):
            if head != i:
                children[head].append(i)
        return children

    def memo(self, owner: object) -> dict:
        """A scratch dict for what a pass reads once per document and asks for again and
        again (a sentence's times, a token's place): results of the parse and of ``owner``,
        the pass's per-document state, so a new owner starts an empty one."""
        if self._memo is None or self._memo[0]() is not owner:
            self._memo = (weakref.ref(owner), {})
        return self._memo[1]

    def where(
        self, column: list[str], values: frozenset[str], *, pos: frozenset[str] | None = None
    ) -> list[int]:
        """Indices of the tokens whose ``column`` value (and coarse tag) is one of ``values``."""
        if pos is None:
            return [i for i, value in enumerate(column) if value in values]
        tags = self.pos
        return [i for i, value in enumerate(column) if value in values and tags[i] in pos]


_COLUMNS = [ORTH, LOWER, LEMMA, POS, TAG, DEP, IDX, SPACY, HEAD]
_STRINGS: dict[int, str] = {}
"""Hash → string, shared by all documents (spaCy's string hashes do not depend on the vocab)."""
_LEMMAS: dict[int, tuple[str, str]] = {}
"""Lemma hash → (lower-cased lemma, cue lemma), shared like :data:`_STRINGS`."""
_STRINGS_LIMIT = 200_000


def _strings_of(hashes: list[int], strings: StringStore) -> list[str]:
    cache = _STRINGS
    try:
        # (nearly always: words recur across documents; map runs the look-ups in C)
        return list(map(cache.__getitem__, hashes))
    except KeyError:
        for key in hashes:
            if key not in cache:
                cache[key] = strings[key]
        return list(map(cache.__getitem__, hashes))


def _lemmas_of(hashes: list[int], strings: StringStore) -> tuple[list[str], list[str]]:
    """The lower-cased lemmas and the cue lemmas (see :func:`cue_lemma`) of ``hashes``."""
    cache = _LEMMAS
    for key in set(hashes).difference(cache):
        lemma = strings[key].lower()
        cache[key] = (lemma, "say" if lemma == "says" else lemma)
    pairs = list(map(cache.__getitem__, hashes))
    return list(map(itemgetter(0), pairs)), list(map(itemgetter(1), pairs))


def build_index(doc: Doc) -> DocIndex:
    """Read the columns with one ``Doc.to_array`` call instead of a ``Token`` per position."""
    if len(_STRINGS) > _STRINGS_LIMIT or len(_LEMMAS) > _STRINGS_LIMIT:
        _STRINGS.clear()  # a long ingest must not grow the caches without bound
        _LEMMAS.clear()
    array = doc.to_array(_COLUMNS)
    orth, lower, lemma_raw, pos, tag, dep = array[:, :6].T.tolist()
    idx_column = array[:, 6]
    idx = idx_column.tolist()
    strings = doc.vocab.strings
    words = _strings_of(orth, strings)
    # Doc.text is exactly each token's text plus its one trailing space, if any.
    text = "".join(
        [
            word + " " if spaced else word
            for word, spaced in zip(words, array[:, 7].tolist(), strict=True)
        ]
    )
    bounds = paragraphs(text)
    # a token's paragraph: the last one starting at or before it (the first if none does)
    starts = numpy.array([start for start, _ in bounds[1:]], dtype="uint64")
    para = numpy.searchsorted(starts, idx_column, side="right").tolist()
    lemma, cue = _lemmas_of(lemma_raw, strings)
    # (HEAD is stored as an offset from the token, negative ones wrapped round in uint64)
    head = (array[:, 8].astype("int64") + numpy.arange(len(idx), dtype="int64")).tolist()
    return DocIndex(
        text,
        bounds,
        para,
        idx,
        words,
        _strings_of(lower, strings),
        lemma,
        cue,
        _strings_of(pos, strings),
        _strings_of(tag, strings),
        _strings_of(dep, strings),
        head,
    )


def doc_index(doc: Doc) -> DocIndex:
    """The tables of ``doc``: the ones :func:`indexed` keeps, else built afresh."""
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, DocIndex) and len(cached.para) == len(doc):
        return cached
    return build_index(doc)


def active_index(doc: Doc) -> DocIndex | None:
    """The tables :func:`indexed` keeps for ``doc`` while its block runs, else None."""
    cached = doc.user_data.get(_KEY)
    return cached if isinstance(cached, DocIndex) else None


_BUILT: weakref.WeakKeyDictionary[Doc, DocIndex] = weakref.WeakKeyDictionary()
"""Tables built for a rule called outside any :func:`indexed` block (see :func:`tables_of`)."""

_INNERMOST: tuple[Doc | None, DocIndex | None] = (None, None)
"""The ``Doc`` of the innermost running :func:`indexed` block that owns its tables, and those
tables: :func:`tables_of` is asked some 130,000 times per 200 articles by token-level helpers
(``is_passive``, ``prep_children``, ...) that have no rule context to read the tables from
(issue 9); one tuple, so that a thread reads a matching pair."""


def tables_of(doc: Doc) -> DocIndex:
    """The tables a rule reads a token's neighbours from (``children``, ``dep``, ...), so
    that it makes a ``Token`` only for the ones it keeps: those of the running
    :func:`indexed` block, else (a rule called on its own, as tests do) built once and
    kept while the ``Doc`` lives."""
    innermost, tables = _INNERMOST
    if innermost is doc:
        return tables  # type: ignore[return-value]
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, DocIndex):
        return cached
    built = _BUILT.get(doc)
    if built is None or len(built.para) != len(doc):
        built = _BUILT[doc] = build_index(doc)
    return built


def doc_text(doc: Doc) -> str:
    """``doc.text``, without re-joining the tokens while :func:`indexed` is active."""
    cached = doc.user_data.get(_KEY)
    return cached.text if isinstance(cached, DocIndex) else doc.text


_HANDED_ON: weakref.WeakKeyDictionary[Doc, DocIndex] = weakref.WeakKeyDictionary()
"""Tables one component leaves for the next one on the same ``Doc`` (see :func:`indexed`)."""


@contextmanager
def indexed(doc: Doc, *, hand_on: bool = False, take_over: bool = False) -> Iterator[DocIndex]:
    """Keep ``doc``'s tables on the doc for the duration of the block, then drop them.

    ``hand_on``: leave the tables for the next component on the same ``Doc``;
    ``take_over``: start from tables a component before left (the attribution component
    hands its tables to the claims component: no component between them changes the
    tokens or the parse). Handed-on tables are taken once and die with the ``Doc``.
    """
    owner = _KEY not in doc.user_data
    handed = _HANDED_ON.pop(doc, None) if take_over else None
    if handed is not None and owner and len(handed.para) == len(doc):
        index = handed
    else:
        index = doc_index(doc)
    global _INNERMOST
    outer = _INNERMOST
    if owner:
        doc.user_data[_KEY] = index
        _INNERMOST = (doc, index)
    try:
        yield index
    finally:
        if owner:
            _INNERMOST = outer
            doc.user_data.pop(_KEY, None)
            if hand_on:
                _HANDED_ON[doc] = index


def paragraph_index(doc: Doc) -> list[int]:
    """The paragraph number of every token (parses run across paragraphs)."""
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, DocIndex) and len(cached.para) == len(doc):
        return cached.para
    # Outside a find_statements call: cached on the doc, as callers may ask token by token.
    stored = doc.user_data.get("dateline_paragraph_index")
    if stored is not None and len(stored) == len(doc):
        return stored
    index = build_index(doc).para
    doc.user_data["dateline_paragraph_index"] = index
    return index


def doc_dateline(doc: Doc) -> Dateline | None:
    """The wire dateline opening ``doc`` (found once per :func:`indexed` block)."""
    cached = doc.user_data.get(_KEY)
    return cached.dateline if isinstance(cached, DocIndex) else find_dateline(doc.text)
