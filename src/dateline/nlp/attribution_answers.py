"""Pass 3, answers: ``Asked whether P, X said, "Yes."`` is X stating (or denying) P.

A short reply carries no content of its own; the question supplies it. The reply's polarity
sets the certainty (``No.`` → denied).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_candidates import Candidate
from dateline.nlp.attribution_cues import ANSWER_VERBS
from dateline.nlp.attribution_grammar import content_span, cue_lemma, sentence_frame, subject_of
from dateline.nlp.attribution_index import doc_index, doc_text
from dateline.nlp.attribution_speakers import speaker_mention
from dateline.records import Certainty

_SHORT_ANSWER_RE = re.compile(
    r"^(?:yes|yeah|yep|no|nope|absolutely|certainly|definitely|of course|correct|right|never"
    r"|not at all|that's right|that is correct|i do|i don't|we do|we don't|it is|it isn't|"
    r"absolutely not|certainly not|no comment)\W*$",
    re.IGNORECASE,
)


_ANSWER_OPENING_RE = re.compile(
    r"^(?:yes|no|yeah|nope|absolutely|never|of course)\s*[,.;!\u2014-]", re.I
)


_NEGATIVE_ANSWER_RE = re.compile(
    r"^(?:no|nope|never|not at all|absolutely not|certainly not|i don't|we don't|it isn't)\b", re.I
)


_ASK = frozenset({"ask"})


def answers(doc: Doc, in_quote: list[bool], candidates: list[Candidate]) -> list[Candidate]:
    """``Asked whether P, X said, "Yes."``: the answer's content is the question's P."""
    out = list(candidates)
    tables = doc_index(doc)
    for i in tables.where(tables.lemma, _ASK):
        if in_quote[i] or tables.dep[i] not in {"advcl", "ROOT", "conj"}:
            continue
        token = doc[i]
        question = next(
            (
                c
                for c in token.children
                if c.dep_ in {"ccomp", "advcl", "xcomp"}
                and any(m.lower_ in {"whether", "if"} for m in c.children if m.dep_ == "mark")
            ),
            None,
        )
        if question is None:
            continue
        answer_verb = token.head if token.dep_ == "advcl" else None
        if answer_verb is None or cue_lemma(answer_verb) not in ANSWER_VERBS:
            continue
        reply = [c for c in out if c.start > answer_verb.idx and c.start - answer_verb.idx < 30]
        reply_text = (
            doc_text(doc)[reply[0].start : reply[0].end] if reply else _bare_reply(answer_verb)
        )
        if reply_text is None or not (
            _SHORT_ANSWER_RE.match(reply_text.strip())
            or _ANSWER_OPENING_RE.match(reply_text.strip())
        ):
            continue
        left, right = content_span(token, question)
        start, end = doc[left].idx, doc[right - 1].idx + len(doc[right - 1])
        subject = subject_of(answer_verb)
        mention = speaker_mention(subject) if subject is not None else None
        if reply:
            out.remove(reply[0])
            mention = reply[0].speaker or mention
        certainty: Certainty = (
            "denied" if _NEGATIVE_ANSWER_RE.match(reply_text.strip()) else "asserted"
        )
        sent = answer_verb.sent
        out.append(
            Candidate(
                start,
                end,
                "answer",
                cue_lemma(answer_verb),
                mention,
                certainty=certainty,
                inherit=mention is None,
                frame=sentence_frame(sent),
                cue_token=answer_verb.i,
            )
        )
    return out


def _bare_reply(verb: Token) -> str | None:
    """``Asked whether P, he said yes.``"""
    following = [t for t in verb.doc[verb.i + 1 : verb.sent.end] if not t.is_punct]
    return " ".join(t.text for t in following[:3]) if following else None
