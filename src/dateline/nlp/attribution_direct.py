"""Pass 1, direct quotes: a full-sentence quote and the attribution window around it.

``X said: "..."`` puts the speaker before the quote; ``"...," X said`` / ``"...," said X`` /
``"...," he adds`` after it. A quote whose window names no cue is marked to inherit the
speaker of its paragraph or of the quote it continues (resolved later, in document order).
Quoted fragments inside a sentence are not direct statements: they make reported speech
*mixed* (:mod:`attribution_reported`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_candidates import Candidate
from dateline.nlp.attribution_cues import CUE_VERBS
from dateline.nlp.attribution_grammar import (
    according_mention,
    cue_lemma,
    is_negated,
    person_like,
    subject_of,
    token_span,
)
from dateline.nlp.attribution_index import doc_index, doc_text
from dateline.nlp.attribution_quotes import QuoteSpan
from dateline.nlp.attribution_speakers import Mention, speaker_mention

_SENTENCE_END_RE = re.compile(
    # (the look-ahead first: the look-behinds are tried only where a stop stands, not at
    # every character: same matches, some 20 times faster)
    r"(?=[.!?])"
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bMrs)(?<!\bGen)(?<!\bCol)"
    r"(?<!\bCapt)(?<!\bSgt)(?<!\bLt)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bProf)(?<!\bMaj)(?<!\bAdm)"
    r"(?<!\bRev)(?<!\bNo)(?<!\bvs)(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\bU\.S)"
    r"[.!?](?=\s|$)"
)


def _is_full_quote(text: str, q: QuoteSpan, para_start: int) -> bool:
    """A quote that is (or opens) a sentence of its own, as opposed to a quoted fragment."""
    words = text[q.start : q.end]
    if not words or not (words[0].isupper() or words[0].isdigit() or words[0] in ".\u2026'\u2018"):
        return False
    before = text[para_start : q.open_at].rstrip()
    if not before or before[-1] in '.!?:,\u2014\u2013-"\u201d)':
        return True
    return bool(re.search(r"[.!?,]$", words)) and len(words.split()) > 2


def _continues_quote(text: str, q: QuoteSpan, found: list[Candidate]) -> bool:
    """``"We are devastated," the family wrote, "and we ask for privacy."``: the second part
    of an interrupted quote may start in lower case."""
    previous = found[-1].quote if found else None
    if previous is None or previous.close_at is None:
        return False
    between = text[previous.close_at + 1 : q.open_at]
    return (
        previous.last_paragraph == q.paragraph
        and text[previous.start : previous.end + 1].rstrip().endswith(",")
        and between.rstrip().endswith(",")
        and len(between.split()) <= 12
        and not re.search(r"[.!?]", between)
    )


def direct_quotes(doc: Doc, quotes: list[QuoteSpan]) -> list[Candidate]:
    """Direct statements: one per full-sentence quote, with the attribution around it."""
    tables = doc_index(doc)
    text, paras = tables.text, tables.paragraphs
    found: list[Candidate] = []
    for q in quotes:
        pstart, pend = paras[q.paragraph][0], paras[q.last_paragraph][1]
        if not _is_full_quote(text, q, pstart) and not _continues_quote(text, q, found):
            continue
        cand = Candidate(q.start, q.end, "direct", None, quote=q)
        after = _attribution_after(doc, q, quotes, pend)
        before = _attribution_before(doc, q, quotes, paras[q.paragraph][0])
        for window in (after, before):
            if window is not None and window[0] is not None:
                cand.cue, cand.speaker, cand.frame = window[0], window[1], window[2]
                cand.negated = window[3]
                break
        else:
            cand.inherit = True
        found.append(cand)
    return found


_LOWER_NEXT_RE = re.compile(r"\s*(?:[a-z]|[\u2014\u2013]|--)")


def _window_end(text: str, start: int, quotes: list[QuoteSpan], limit: int) -> int:
    nxt = [q.open_at for q in quotes if start <= q.open_at < limit]
    end = min(nxt) if nxt else limit
    stop = _SENTENCE_END_RE.search(text, start, end)
    return stop.end() if stop else end


def _attribution_after(
    doc: Doc, q: QuoteSpan, quotes: list[QuoteSpan], limit: int
) -> tuple[str | None, Mention | None, tuple[int, int], bool] | None:
    """``"...," X said.`` / ``"...," said X, a ...`` / ``"...," he adds``."""
    if q.close_at is None:
        return None
    start = q.close_at + 1
    text = doc_text(doc)
    # `"Full sentence." Next sentence` — attribution only if the next words are lowercase.
    ends_sentence = text[q.start : q.end].rstrip()[-1:] in {".", "!", "?"}
    if ends_sentence and not _LOWER_NEXT_RE.match(text, start, limit):
        return None
    end = _window_end(text, start, quotes, limit)
    return _attribution_in(doc, start, end, prefer="first")


def _attribution_before(
    doc: Doc, q: QuoteSpan, quotes: list[QuoteSpan], para_start: int
) -> tuple[str | None, Mention | None, tuple[int, int], bool] | None:
    """``X said: "..."`` / ``X said, "..."`` / ``According to X, "..."``."""
    text = doc_text(doc)
    before = text[para_start : q.open_at].rstrip()
    if not before or before[-1] not in ":,\u2014\u2013-":
        return None
    closes = [p.outer_end for p in quotes if para_start <= p.outer_end <= q.open_at]
    start = max([para_start, *closes])
    ends = list(_SENTENCE_END_RE.finditer(text, start, q.open_at))
    if ends:
        start = ends[-1].end()
    result = _attribution_in(doc, start, q.open_at, prefer="last")
    if result is None and before[-1] == ":":
        return _colon_subject(doc, start, q.open_at)
    return result


def _attribution_in(
    doc: Doc, start: int, end: int, *, prefer: str
) -> tuple[str | None, Mention | None, tuple[int, int], bool] | None:
    """The reporting cue and its subject inside a short attribution window."""
    span = token_span(doc, start, end)
    if span is None or len(span) > 60:
        return None
    lo, hi = span.start, span.end
    according = according_mention(doc, lo, hi)
    if according is not None:
        return "according to", according, (start, end), False
    tables = doc_index(doc)  # (each token's cue lemma and tag, without a Token per word)
    cues = [
        doc[i]
        for i in range(lo, hi)
        if tables.cue[i] in CUE_VERBS and tables.pos[i] in {"VERB", "AUX", "NOUN"}
    ]
    if not cues:
        return None
    verb = cues[0] if prefer == "first" else cues[-1]
    subject = subject_of(verb, lo, hi)
    if subject is None:
        subject = _adjacent_subject(doc, verb, lo, hi)
    if subject is None:
        return None
    return cue_lemma(verb), speaker_mention(subject, lo=lo, hi=hi), (start, end), is_negated(verb)


def _colon_subject(
    doc: Doc, start: int, end: int
) -> tuple[str | None, Mention | None, tuple[int, int], bool] | None:
    """``The speaker called on supporters to act: "..."`` — a person-like subject before a colon."""
    span = token_span(doc, start, end)
    if span is None:
        return None
    for token in span:
        if token.dep_ in {"nsubj"} and token.head.i >= span.start and person_like(token):
            return (
                cue_lemma(token.head),
                speaker_mention(token, lo=span.start, hi=span.end),
                (start, end),
                False,
            )
    # "The speaker gave his blessing ... and called on supporters to act: "..."": the verb
    # before the colon shares its subject with an earlier conjunct.
    for verb in reversed(span):
        if verb.pos_ == "VERB":
            subject = subject_of(verb)
            if subject is not None and subject.i < span.start and person_like(subject):
                return cue_lemma(verb), speaker_mention(subject), (start, end), False
    return None


def _adjacent_subject(doc: Doc, verb: Token, lo: int, hi: int) -> Token | None:
    """When the parse gives no subject: the noun right before the cue, or right after it."""
    i = verb.i - 1
    while i >= lo and doc[i].pos_ in {"AUX", "ADV", "PART"}:
        i -= 1
    if i >= lo and doc[i].pos_ in {"PROPN", "PRON", "NOUN"}:
        return doc[i]
    for j in range(verb.i + 1, min(hi, verb.i + 6)):
        if doc[j].pos_ in {"PROPN", "NOUN"} or doc[j].lower_ in {"he", "she", "they"}:
            while (
                j + 1 < hi
                and doc[j + 1].pos_ == doc[j].pos_
                and doc[j + 1].dep_ in {"compound", "flat", "nsubj"}
            ):
                j += 1
            return doc[j]
    return None
