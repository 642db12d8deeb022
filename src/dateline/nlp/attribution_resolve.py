"""Speakers in document order: resolve each candidate's mention, then fill in inherited ones.

Pronouns and descriptions point back to what came before, so candidates are resolved in
text order while the subjects of narration between them are fed to the resolver. Quotes
without an attribution inherit a speaker (Muzny et al. 2017): their paragraph's speaker, the
speaker of the paragraph before, or the person the previous paragraph ended on.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_candidates import Candidate
from dateline.nlp.attribution_grammar import person_like
from dateline.nlp.attribution_index import doc_dateline, doc_index, paragraph_index
from dateline.nlp.attribution_issuers import STATEMENT_HEADING_RE, is_medium, issuer_of
from dateline.nlp.attribution_nouns import ORG_NOUNS
from dateline.nlp.attribution_quotes import QuoteSpan
from dateline.nlp.attribution_records import statement_record
from dateline.nlp.attribution_speakers import Referent, SpeakerResolver, speaker_mention
from dateline.records import Speaker, Statement


def resolve_statements(
    doc: Doc, candidates: list[Candidate], quotes: list[QuoteSpan], in_quote: list[bool]
) -> list[Statement]:
    entities = list(doc._.entities or []) if Doc.has_extension("entities") else []
    resolver = SpeakerResolver(doc, entities)
    events = _subject_events(doc, in_quote)
    doc_id = doc._.doc_id or ""
    prefix = doc_id[:12] or "doc"
    statements: list[Statement] = []
    last_by_paragraph: dict[int, Speaker] = {}
    last_speaker: tuple[int, Speaker] | None = None
    last_cue: str | None = None
    paras = doc_index(doc).paragraphs
    resolved: dict[int, Speaker | None] = {}
    for cand in sorted(candidates, key=lambda c: c.start):
        position = doc[cand.speaker.head].idx if cand.speaker else cand.start
        _observe_until(resolver, events, position)
        speaker = cand.fixed_speaker
        if cand.speaker is not None:
            speaker = resolver.resolve(cand.speaker)
            resolver.observe(resolver.referent_of(speaker, doc[cand.speaker.head], is_speaker=True))
        resolved[id(cand)] = speaker
    for cand in sorted(candidates, key=lambda c: c.start):
        speaker = resolved[id(cand)]
        para = _paragraph_of(paras, cand.start)
        if speaker is None and cand.inherit:
            speaker = _inherited(
                cand,
                candidates,
                resolved,
                last_by_paragraph,
                last_speaker,
                para,
                paras,
                resolver,
                in_quote,
            )
            if speaker is None:
                continue
            cand.cue = cand.cue or last_cue
        if speaker is not None and cand.kind in {"direct", "mixed", "answer"}:
            last_by_paragraph[para] = speaker
            last_speaker = (para, speaker)
            last_cue = cand.cue
        statements.append(statement_record(doc, cand, speaker, prefix, len(statements) + 1, quotes))
    return statements


def _inherited(
    cand: Candidate,
    candidates: list[Candidate],
    resolved: dict[int, Speaker | None],
    last_by_paragraph: dict[int, Speaker],
    last_speaker: tuple[int, Speaker] | None,
    para: int,
    paras: list[tuple[int, int]],
    resolver: SpeakerResolver,
    in_quote: list[bool],
) -> Speaker | None:
    """A quote with no attribution of its own: its paragraph's speaker, or the one it continues."""
    if para in last_by_paragraph:
        return last_by_paragraph[para]
    same = [
        c
        for c in candidates
        if c is not cand
        and c.quote is not None
        and resolved.get(id(c))
        and _paragraph_of(paras, c.start) == para
    ]
    if same:
        return resolved[id(same[0])]
    if last_speaker is not None and para - last_speaker[0] == 1:
        return last_speaker[1]
    introducer = _introducer(resolver, para, in_quote)
    if introducer is not None:
        return introducer
    if last_speaker is not None and para - last_speaker[0] <= 2:
        return last_speaker[1]
    return None


def _introducer(resolver: SpeakerResolver, para: int, in_quote: list[bool]) -> Speaker | None:
    """``He remembers the last shift.`` / ``"They told us ..."``: a quote paragraph without
    attribution speaks for the person the paragraph before it ended on."""
    doc = resolver.doc
    index = paragraph_index(doc)
    issuer = _document_issuer(doc, index, para, in_quote)
    if issuer is not None:
        return resolver.resolve(speaker_mention(issuer))
    subjects = [
        t
        for t in doc
        if index[t.i] == para - 1
        and t.dep_ == "nsubj"
        and t.head.dep_ == "ROOT"
        and not in_quote[t.i]
        and person_like(t)
    ]
    if not subjects:
        return None
    return resolver.resolve(speaker_mention(subjects[-1]))


def _document_issuer(doc: Doc, index: list[int], para: int, in_quote: list[bool]) -> Token | None:
    """ "The following is our translation of a statement issued by X." / "Soldiers read the
    following communique:": quote paragraphs after a paragraph that introduces a document
    are that document, in its issuer's voice, not the voice of whoever reads it out. The
    issuer named in the introduction, else in the document's own heading ("Communique No. 5
    of the Council.")."""
    intro = [doc[i] for i in range(len(doc)) if index[i] == para - 1 and not in_quote[i]]
    words = [t for t in intro if not t.is_space]
    if not words or not (any(t.lower_ == "following" for t in words) or words[-1].text == ":"):
        return None
    media = [t for t in words if is_medium(t)]
    if not media:
        return None
    for medium in media:
        issuer = issuer_of(medium)
        if issuer is not None:
            return issuer
    return _heading_issuer(doc, index, para, in_quote)


def _heading_issuer(doc: Doc, index: list[int], para: int, in_quote: list[bool]) -> Token | None:
    """The author a quoted document names in its own opening line ("Communique No. 5 of the
    National Council for Salvation."), read from the text: the parser takes such a line
    for a broken sentence."""
    quoted = next((i for i in range(len(doc)) if index[i] == para and in_quote[i]), None)
    if quoted is None:
        return None
    start = doc[quoted].idx
    text = doc.text[start : start + 200]
    first_line = re.split(r"(?<!\bNo)(?<!\bno)\.(?:\s|$)|\n", text, maxsplit=1)[0]
    found = STATEMENT_HEADING_RE.match(first_line)
    if found is None:
        return None
    span = doc.char_span(
        start + found.start("who"), start + found.end("who"), alignment_mode="expand"
    )
    return span.root if span is not None else None


def _paragraph_of(paras: list[tuple[int, int]], pos: int) -> int:
    for i, (start, end) in enumerate(paras):
        if start <= pos < end + 1:
            return i
    return len(paras)


def _subject_events(doc: Doc, in_quote: list[bool]) -> list[tuple[int, Token]]:
    """Subjects of narration that later pronouns may point back to."""
    events = []
    tables = doc_index(doc)
    pos, dep, idx, n = tables.pos, tables.dep, tables.idx, len(doc)
    heads = tables.head  # (indices: a Token per look would cost more than the look)
    # A dateline's place ("QADRA, Dec. 3 (Wire) -") is parsed as a subject but is never one.
    dateline = doc_dateline(doc)
    skip_below = dateline.end if dateline is not None else -1
    for first in _sentence_openings(doc):
        # The noun phrase that opens a sentence is what the next "he" is most likely about,
        # even when the parser did not make it the subject.
        j = first
        while j < n and pos[j] in {"DET", "ADJ", "NUM", "CCONJ", "ADV", "SPACE"}:
            j += 1
        hops = 0
        while j < n and dep[j] in {"compound", "amod"} and heads[j] > j and hops < 6:
            j, hops = heads[j], hops + 1
        if (
            j < n
            and pos[j] in {"NOUN", "PROPN"}
            and not in_quote[j]
            and dep[j] not in {"nsubj", "nsubjpass"}
            and not (dateline is not None and dateline.start <= idx[j] < skip_below)
        ):
            events.append((idx[j], doc[j]))
    # Every main-clause subject, people and organisations and things: "they" and "it" need
    # the non-human ones too ("The firms did not respond. One of them ..."). Only nominal
    # subjects and agents qualify, so only those tokens are looked at.
    for i in tables.where(dep, _SUBJECT_DEPS, pos=_NOMINAL):
        if in_quote[i] or (dateline is not None and dateline.start <= idx[i] < skip_below):
            continue
        head = heads[i]
        if dep[i] == "pobj":
            if dep[head] != "agent":
                continue
        elif not (
            dep[head] in {"ROOT", "conj"} or dep[heads[head]] == "ROOT" and dep[head] == "advcl"
        ):
            continue
        events.append((idx[i], doc[i]))
    events.sort(key=lambda e: e[0])
    return events


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "pobj"})
_NOMINAL = frozenset({"PROPN", "NOUN"})


def _sentence_openings(doc: Doc) -> list[int]:
    tables = doc_index(doc)
    index, words = tables.para, tables.words
    starts = {s.start for s in doc.sents}
    starts |= {i for i in range(1, len(doc)) if index[i] != index[i - 1]}
    starts |= {i + 1 for i in range(len(doc) - 1) if words[i] in {".", "!", "?"}}
    # (``Token.is_space`` is the word's ``str.isspace()``, read here without making a Token)
    return sorted(i for i in starts if i < len(doc) and not words[i].isspace())


def _observe_until(
    resolver: SpeakerResolver, events: list[tuple[int, Token]], position: int
) -> None:
    while events and events[0][0] < position:
        _, token = events.pop(0)
        if not (
            person_like(token) or token.tag_ in {"NNS", "NNPS"} or token.lemma_.lower() in ORG_NOUNS
        ):
            continue
        speaker = resolver.resolve(speaker_mention(token))
        ref: Referent = resolver.referent_of(speaker, token)
        resolver.observe(ref)
