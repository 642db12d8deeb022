"""Two people described together, then named together (issue 6, subjects): "A Malian
journalist and a French researcher kidnapped last year have been freed. X, a reporter, and Y,
an anthropologist, were seized in August". News names such a pair in the order it described
them, so the first description is the first name and the second the second.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_index import tables_of
from dateline.nlp.entities_doc import Cluster, full_text

_REACH = 2  # sentences after the pair in which the names may come
_DESCRIBED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_GENDERED = {"man": "m", "boy": "m", "woman": "f", "girl": "f"}


def _indefinite_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)


def _span_of(tok: Token) -> tuple[int, int]:
    """Characters of the description: its determiner and modifiers up to the noun."""
    first = min([tok.i] + [c.i for c in tok.children if c.dep_ in {"det", "amod", "compound", "nummod"} and c.i < tok.i])
    return tok.doc[first].idx, tok.idx + len(tok)


def _named_pair(doc: Doc, clusters: list[Cluster], sent_index: dict[int, int], after: Token) -> tuple[int, int] | None:
    """The two people first named in one sentence of the :data:`_REACH` after ``after``'s,
    joined by "and": their clusters in text order."""
    here = sent_index[after.i]
    text = full_text(doc)
    for sent in doc.sents:
        distance = sent_index[sent.start] - here
        if distance <= 0:
            continue
        if distance > _REACH:
            return None
        firsts = sorted(
            (named, i)
            for i, c in enumerate(clusters)
            if c.kind == "person" and sent.start_char <= (named := _first_named(c)) < sent.end_char
        )
        if len(firsts) == 2 and " and " in text[firsts[0][0] : firsts[1][0]]:
            return firsts[0][1], firsts[1][1]
        if firsts:
            return None  # someone else is named first: not the pair
    return None


def paired_descriptions(doc: Doc, clusters: list[Cluster], sent_index: dict[int, int]) -> list[tuple[int, int]]:
    """Joins each of two coordinated indefinite descriptions ("a journalist and a researcher"),
    none of them anyone's mention yet, to the two people a following sentence names together
    for the first time. Returns the characters of the descriptions added."""
    added: list[tuple[int, int]] = []
    tables = tables_of(doc)  # (the candidates from the tables: a Token only for a noun)
    dep, tag = tables.dep, tables.tag
    for first in [doc[i] for i, d in enumerate(dep) if d in _DESCRIBED_DEPS and tag[i] == "NN"]:
        if not _indefinite_noun(first):
            continue
        second = next((c for c in first.children if c.dep_ == "conj" and _indefinite_noun(c)), None)
        if second is None:
            continue
        pair = _named_pair(doc, clusters, sent_index, first)
        if pair is None or any(_first_named(clusters[p]) < first.idx for p in pair):
            continue
        if any(_disagree(t, clusters[p]) for t, p in zip((first, second), pair, strict=True)):
            continue  # "a man and a woman" named as two women: not this pair
        owners = [_owner(clusters, t) for t in (first, second)]
        if any(o is not None and o != p for o, p in zip(owners, pair, strict=True)):
            continue  # a description another rule gave someone else
        for t, p, o in zip((first, second), pair, owners, strict=True):
            if o is not None:
                continue  # (already this person's: "A teacher" by the lede convention)
            lo, hi = _span_of(t)
            clusters[p].add(lo, hi, full_text(doc)[lo:hi], name=False)
            added.append((lo, hi))
    return added


def _disagree(noun: Token, person: Cluster) -> bool:
    """The description's sex ("a man") is not the named person's."""
    sex = _GENDERED.get(noun.lower_)
    return sex is not None and person.gender is not None and sex != person.gender


def _owner(clusters: list[Cluster], tok: Token) -> int | None:
    """The cluster a mention over ``tok`` already belongs to."""
    return next((i for i, c in enumerate(clusters) if any(s <= tok.idx < e for s, e, _ in c.mentions)), None)


def _first_named(person: Cluster) -> int:
    """Where the text first calls the person by name (a description joined before may come
    earlier)."""
    return min((s for s, _, text in person.mentions if text in person.names), default=10**9)
