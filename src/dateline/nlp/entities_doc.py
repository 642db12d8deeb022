"""What the entity stage's passes share about one document.

The working records (:class:`NameSpan` for a repaired name, :class:`Cluster` for an entity
being built), the per-document caches of the text and tokens, lookups of the cluster at a
place in the text, sentence numbers and quoted stretches.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_index import DocIndex, active_index, doc_index
from dateline.nlp.entities_lexicon import TITLES, match_key
from dateline.records import EntityKind

# Per-document caches, set by resolve_entities while the passes run.
TEXT_KEY = "dateline.entities.text"
TOKENS_KEY = "dateline.entities.tokens"


@dataclass
class Cluster:
    kind: EntityKind
    names: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    role_nouns: list[tuple[str, int | None]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    gender: str | None = None
    weak_gender: bool = False  # from a given name the list barely knows: a pronoun may overrule it
    parent: int | None = None
    first: int = 10**9
    outlet: bool = False
    real_name: str | None = None  # the name the text gives as the real one of an alias

    @property
    def canonical(self) -> str:
        if not self.names:
            return ""  # merged into another entity ("known as X")
        if self.real_name in self.names:
            return self.real_name  # "Y, the nom de guerre of X": X, however long Y is
        return max(self.names, key=lambda n: (len(match_key(n).split()), len(n)))

    def add(self, start: int, end: int, text: str, *, name: bool = True) -> None:
        # A span emptied by an earlier repair (its tokens given to a longer name) is no mention.
        if end <= start or not text.strip():
            return
        if any(s == start and e == end for s, e, _ in self.mentions):
            return
        self.mentions.append((start, end, text))
        self.first = min(self.first, start)
        if name and text not in self.names:
            self.names.append(text)


@dataclass
class NameSpan:
    start: int  # token indices
    end: int
    kind: EntityKind
    title: str | None = None
    role_noun: str | None = None
    role_org: int | None = None  # index into the spans list
    role_org_span: tuple[int, int] | None = None
    parent_span: tuple[int, int] | None = None  # token span of the owner ("ISIS" media wing X)
    outlet: bool = False  # described as a news outlet ("the X news agency")
    evidenced: bool = False  # the text shows a person ("X, 47,"): no organisation's words undo it


def full_text(doc: Doc) -> str:
    cached = doc.user_data.get(TEXT_KEY)
    return cached if cached is not None else doc.text


def doc_tokens(doc: Doc) -> list[Token]:
    cached = doc.user_data.get(TOKENS_KEY)
    return cached if cached is not None else list(doc)


def doc_tables(doc: Doc) -> DocIndex:
    """The token tables of ``doc`` (words, lower-case forms, tags, relations as plain lists):
    the ones :func:`dateline.nlp.entities.resolve_entities` keeps while its passes run, so a
    scan of the whole document reads lists instead of making a ``Token`` per position."""
    return doc_index(doc)


def is_title(token: Token) -> bool:
    return token.lower_.rstrip(".") in TITLES and token.text[:1].isupper()


def span_text(doc: Doc, s: NameSpan) -> str:
    return text_between(doc, s.start, s.end)


def text_between(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, cut from the text table while the passes run (a ``Span``
    joins its tokens anew on every ``.text``)."""
    tables = active_index(doc)
    if tables is None or not 0 <= start < end <= len(tables.words):
        return doc[start:end].text
    return tables.text_of(start, end)


def cluster_at(clusters: list[Cluster], start: int, end: int, kinds: tuple[str, ...]) -> int | None:
    for idx, c in enumerate(clusters):
        if c.kind in kinds:
            for s, e, _ in c.mentions:  # a plain loop: this runs for every pronoun and noun
                if s <= start and end <= e:
                    return idx
    return None


def token_cluster(doc: Doc, tok: Token, clusters: list[Cluster], kinds: tuple[str, ...]) -> int | None:
    return cluster_at(clusters, tok.idx, tok.idx + len(tok), kinds)


def recent_cluster(clusters: list[Cluster], at: int, kinds: tuple[str, ...]) -> int | None:
    best, best_pos = None, -1
    for idx, c in enumerate(clusters):
        if c.kind not in kinds:
            continue
        for s, _, _ in c.mentions:
            if best_pos < s < at:
                best, best_pos = idx, s
    return best


def most_mentioned(
    clusters: list[Cluster],
    at: int,
    accept: Callable[[int, Cluster], bool],
    counted: Callable[[int], bool] = lambda start: True,
) -> int | None:
    """The accepted cluster with the most (``counted``) mentions before ``at``, when no other
    is mentioned as often: whom a stretch of text is about, or nobody when that is unclear."""
    counts = []
    for idx, c in enumerate(clusters):
        if accept(idx, c):
            n = sum(1 for s, _, _ in c.mentions if s < at and counted(s))
            if n:
                counts.append((n, idx))
    counts.sort(reverse=True)
    if not counts or len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    return counts[0][1]


def _has_words(text: str, start: int, end: int) -> bool:
    """A "sentence" the parser cut off that holds no word (a closing quote and a paragraph
    break, '" \n\n') is part of the sentence before it, not one more sentence back."""
    return any(ch.isalnum() for ch in text[start:end])


def sentence_index(doc: Doc) -> dict[int, int]:
    """Token index → sentence number, with a paragraph break always ending a sentence
    (the parser sometimes runs a headline or a one-word answer into the next paragraph)."""
    index: dict[int, int] = {}
    n = -1
    text = full_text(doc)
    previous = 0  # offset of the token before ``tok`` (used only inside a sentence)
    tables = active_index(doc)
    if tables is not None:  # the same walk over the offsets table, without a Token per word
        idx = tables.idx
        for sent in doc.sents:
            if n < 0 or _has_words(text, idx[sent.start], sent.end_char):
                n += 1
            first, end = sent.start, sent.end
            if "\n\n" not in text[idx[first] : idx[end - 1]]:
                # (most sentences: no break between any two of its tokens' offsets, so
                # every token gets ``n``, with no slice per token)
                index.update(dict.fromkeys(range(first, end), n))
                continue
            for i in range(first, end):
                at = idx[i]
                if i > first and "\n\n" in text[previous:at]:
                    n += 1
                index[i] = n
                previous = at
        return index
    for sent in doc.sents:
        if n < 0 or _has_words(text, sent.start_char, sent.end_char):
            n += 1
        for tok in sent:
            if tok.i > sent.start and "\n\n" in text[previous : tok.idx]:
                n += 1
            index[tok.i] = n
            previous = tok.idx
    return index


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks; an unclosed quote at a paragraph end continues
    into the next paragraph that opens with a quote mark (the news convention)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in re.finditer(r"[\"“”]|\n\s*\n", text):
        ch = m.group(0)
        if ch.strip() == "":
            if open_at is not None:
                nxt = text[m.end() : m.end() + 1]
                if nxt not in {'"', "“"}:
                    spans.append((open_at, m.start()))
                    open_at = None
                else:
                    spans.append((open_at, m.start()))
                    open_at = None
            continue
        if ch == "“" or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = m.end()
        else:
            if open_at is not None:
                spans.append((open_at, m.start()))
                open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans
