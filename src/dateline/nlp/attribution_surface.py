"""Attributions read by surface, where the small parser is known to fail.

``P, the officials added.`` / ``P, said the ministry.`` (sentence-final), ``The suspect,
police said, had fled`` (parenthetical) and ``According to X, P`` / ``P, according to X``:
the token pattern is more reliable than the parse for these, which often hangs the
attribution on the wrong clause or across a paragraph break.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_candidates import Candidate, covered
from dateline.nlp.attribution_cues import INVERTING_CUES, TRAILING_CUES, VERBAL
from dateline.nlp.attribution_grammar import (
    according_mention,
    clip_to_paragraph,
    cue_lemma,
    is_negated,
    sentence_frame,
    strip_span,
)
from dateline.nlp.attribution_index import doc_index, paragraph_index
from dateline.nlp.attribution_nouns import TITLES
from dateline.nlp.attribution_speakers import speaker_mention

_TRAILING_TAIL = frozenset(
    {"ADP", "DET", "PROPN", "NOUN", "NUM", "ADJ", "ADV", "PUNCT", "SPACE", "CCONJ", "PART"}
)


def trailing_attributions(
    doc: Doc, in_quote: list[bool], direct: list[Candidate]
) -> list[Candidate]:
    """``P, the director said (on Monday).`` / ``P, said the ministry.``: by surface, not parse.

    The attribution closes the sentence; the content is everything before its comma. The
    small parser often mis-attaches such clauses, so this pass reads the token pattern.
    """
    found: list[Candidate] = []
    tables = doc_index(doc)
    index, words, pos, dep = tables.para, tables.words, tables.pos, tables.dep
    for i in tables.where(tables.cue, TRAILING_CUES, pos=VERBAL):
        if in_quote[i]:
            continue
        verb = doc[i]
        if is_negated(verb):
            continue
        lemma = tables.cue[i]
        end = i + 1
        while (
            end < len(doc)
            and index[end] == index[i]
            and (words[end] not in {".", "!", "?"} or _title_stop(doc, end))
        ):
            if (
                pos[end] not in _TRAILING_TAIL
                or in_quote[end]
                or words[end] in {'"', "\u201c", "\u201d"}
            ):
                break
            if dep[end] == "dobj" and doc[end].head.i == i and lemma not in {"tell", "inform"}:
                break  # "..., rejected the accusation": an object, not an attribution
            end += 1
        parenthetical = _closes_parenthetical(doc, verb, end, index)
        if (
            parenthetical is None
            and end < len(doc)
            and index[end] == index[i]
            and words[end] not in {".", "!", "?"}
        ):
            continue
        if words[end - 1] == ":":
            continue  # "In a statement, the minister said:" introduces a quote
        comma = _attribution_comma(doc, verb, index)
        if comma is None:
            continue
        subject = _trailing_subject(doc, verb, comma, end)
        if subject is None:
            continue
        left = comma
        while left > 0 and index[left - 1] == index[i] and words[left - 1] not in {".", "!", "?"}:
            left -= 1
        span = strip_span(doc, left, comma if parenthetical is None else parenthetical)
        if span is None or len(span) < 3 or in_quote[span.start] or in_quote[span.end - 1]:
            continue
        if not any(pos[j] in VERBAL for j in range(span.start, span.end) if j < comma or j > i):
            continue  # "In a statement, X said": no clause, no content
        if covered(span.start_char, span.end_char, direct, 0.3):
            continue
        found.append(
            Candidate(
                span.start_char,
                span.end_char,
                "indirect",
                lemma,
                speaker_mention(subject),
                frame=(doc[comma].idx, doc[min(end, len(doc) - 1)].idx + 1),
                cue_token=verb.i,
            )
        )
    return found


def _title_stop(doc: Doc, i: int) -> bool:
    """``said Lt. Matt Harris``: the full stop of a title's abbreviation, not a sentence's."""
    return (
        doc[i].text == "."
        and i > 0
        and i + 1 < len(doc)
        and doc[i - 1].lower_ in TITLES
        and doc[i - 1].is_title
        and doc[i + 1].is_title
    )


def _closes_parenthetical(doc: Doc, verb: Token, end: int, index: list[int]) -> int | None:
    """``The suspect, police said, had fled``: the sentence end when the attribution sits
    between commas inside the reported sentence, else None."""
    if end >= len(doc) or end - 1 <= verb.i or doc[end - 1].text != ",":
        return None
    if doc[end].pos_ not in {"VERB", "AUX"} or index[end] != index[verb.i]:
        return None
    stop = end
    while (
        stop < len(doc) and index[stop] == index[verb.i] and doc[stop].text not in {".", "!", "?"}
    ):
        stop += 1
    return stop


def _attribution_comma(doc: Doc, verb: Token, index: list[int]) -> int | None:
    """The comma that opens a sentence-final attribution, at most eight tokens before the cue."""
    tables = doc_index(doc)  # (read from the tables: no Token per position looked at)
    words, pos, tag = tables.words, tables.pos, tables.tag
    for i in range(verb.i - 1, max(-1, verb.i - 10), -1):
        if index[i] != index[verb.i] or words[i] in {".", "!", "?", '"', "\u201c", "\u201d"}:
            return None
        if words[i] == ",":
            if i + 1 == verb.i:  # ", said X": inverted
                return i
            if all(
                pos[j] in {"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM", "PUNCT"} or tag[j] == "POS"
                for j in range(i + 1, verb.i)
            ):
                return i
            return None
    return None


def _trailing_subject(doc: Doc, verb: Token, comma: int, end: int) -> Token | None:
    if comma + 1 == verb.i:  # inverted: the noun phrase after the cue
        if cue_lemma(verb) not in INVERTING_CUES:
            return None
        for j in range(verb.i + 1, end):
            if doc[j].pos_ in {"PROPN", "NOUN"}:
                while j + 1 < end and doc[j + 1].pos_ in {"PROPN", "NOUN"}:
                    j += 1
                return doc[j]
        return None
    candidates = [t for t in doc[comma + 1 : verb.i] if t.pos_ in {"PROPN", "NOUN", "PRON"}]
    return candidates[-1] if candidates else None


_ACCORDING = frozenset({"according"})


def according_to(doc: Doc, in_quote: list[bool], existing: list[Candidate]) -> list[Candidate]:
    """``According to X, P`` / ``P, according to X``: the rest of the sentence is the content."""
    found: list[Candidate] = []
    tables = doc_index(doc)
    for i in tables.where(tables.lower, _ACCORDING):
        if in_quote[i]:
            continue
        token = doc[i]
        sent = token.sent
        mention = according_mention(doc, token.i, token.i + 2)
        if mention is None:
            continue
        phrase_end = max(mention.end, token.i + 2)
        index = paragraph_index(doc)
        initial = (
            token.i - sent.start <= 1
            or token.i == 0
            or index[token.i - 1] != index[token.i]
            or doc[token.i - 1].text in {".", "!", "?"}
            or doc[token.i - 1].is_space
        )
        if initial:  # sentence-initial: content follows the comma
            left, right = phrase_end, sent.end
        else:
            left, right = sent.start, token.i
        span = strip_span(doc, *clip_to_paragraph(doc, token, left, right))
        if span is None or len(span) < 3:
            continue
        if covered(span.start_char, span.end_char, existing, 0.5):
            continue
        found.append(
            Candidate(
                span.start_char,
                span.end_char,
                "indirect",
                "according to",
                mention,
                frame=sentence_frame(sent),
            )
        )
    return found
