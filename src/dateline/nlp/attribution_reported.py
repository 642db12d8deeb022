"""Pass 2, reported speech by the parse: ``X said (that) P`` and its variants.

A reporting verb with a clausal complement (``said that P``, ``saying P``, ``denied P``,
``calls on X to do P``, ``documents show that P``) is an *indirect* statement, *mixed* when
P carries quoted words; a communication verb carrying a quoted fragment (``called it
"reckless"``) is mixed too. Sentence-final attributions the parse gets wrong are read by
surface first (:mod:`attribution_surface`) and take precedence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_candidates import Candidate, overlap
from dateline.nlp.attribution_cues import BELIEF_CUES, CUE_VERBS, FRAGMENT_CUES, REPORTING, VERBAL
from dateline.nlp.attribution_grammar import (
    clip_to_paragraph,
    content_span,
    cue_lemma,
    is_negated,
    person_like,
    same_paragraph,
    sentence_frame,
    subject_of,
)
from dateline.nlp.attribution_index import doc_index, paragraph_index
from dateline.nlp.attribution_nouns import FIRST_SECOND
from dateline.nlp.attribution_quotes import QuoteSpan
from dateline.nlp.attribution_speakers import speaker_mention
from dateline.nlp.attribution_surface import trailing_attributions
from dateline.nlp.certainty import CONFIRMATION_VERBS, DENIAL_CUES
from dateline.records import StatementKind

_PROPOSITION_OBJECT_CUES = (
    DENIAL_CUES
    | CONFIRMATION_VERBS
    | {
        "acknowledge",
        "admit",
        "note",
        "claim",
        "recall",
    }
)
"""Cues whose noun-phrase object is itself a proposition ("denied the report")."""


def reported_speech(
    doc: Doc, quotes: list[QuoteSpan], in_quote: list[bool], direct: list[Candidate]
) -> list[Candidate]:
    """``X said (that) P`` and its variants; *mixed* when P carries quoted words."""
    found = trailing_attributions(doc, in_quote, direct)
    handled = {c.cue_token for c in found}
    index = doc_index(doc)
    # Only cue words can start a statement: visit those, not every token of the document.
    for i in index.where(index.cue, REPORTING, pos=VERBAL):
        if in_quote[i]:
            continue
        verb = doc[i]
        lemma = index.cue[i]
        appeal = lemma == "call" and any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children
        )
        if lemma in FRAGMENT_CUES and not appeal:
            cand = _fragment_statement(doc, verb, quotes, in_quote)
            if cand is not None:
                found.append(cand)
            continue
        if (lemma not in CUE_VERBS and not appeal) or _inside_question(verb):
            continue
        if lemma in CONFIRMATION_VERBS and is_negated(verb):
            continue  # negated confirmation: pass 5
        if verb.i in handled or _not_a_statement(verb, lemma):
            continue
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
            verb.tag_ == "VBN"
            and verb.dep_ == "acl"
            and any(c.dep_ == "xcomp" for c in verb.children)
        ):
            continue  # "is expected to last", "a deal said to be worth": passive, no speaker
        subject = subject_of(verb)
        bounds = _complement_bounds(verb, lemma)
        if bounds is None:
            continue
        if subject is None:
            subject = _subject_before(doc, verb)
        if subject is None:
            continue
        if subject.lower_ in FIRST_SECOND and lemma in BELIEF_CUES:
            continue
        if lemma in BELIEF_CUES and not person_like(subject):
            continue
        if lemma == "ask" and not any(c.dep_ == "xcomp" for c in verb.children):
            continue  # "asked whether P" is a question, not a statement
        left, right = clip_to_paragraph(doc, verb, *bounds)
        for i in range(left, right - 1):  # (the words table: no Token per position)
            if index.words[i] == ":" and in_quote[min(i + 2, len(doc) - 1)]:
                right = i  # "called on supporters to act: "..."": the quote is its own statement
                break
        if right - left < (1 if lemma in DENIAL_CUES else 2):
            continue
        start, end = doc[left].idx, doc[right - 1].idx + len(doc[right - 1])
        overlapping = [c for c in direct if overlap(c.start, c.end, start, end) > 0]
        if overlapping:
            _lend_attribution(overlapping, lemma, verb, subject)
            if _mostly_inside(start, end, overlapping):
                continue
        kind: StatementKind = (
            "mixed" if any(start <= q.start and q.end <= end + 1 for q in quotes) else "indirect"
        )
        sent = verb.sent
        found.append(
            Candidate(
                start,
                end,
                kind,
                lemma,
                speaker_mention(subject),
                negated=is_negated(verb),
                frame=sentence_frame(sent),
                cue_token=verb.i,
                floor="reported" if _distanced(verb) else None,
            )
        )
    return found


def _complement(verb: Token, lemma: str) -> Token | None:
    # Parses run across paragraphs: only complements in the cue's paragraph, the right one first.
    comps = [c for c in verb.children if c.dep_ == "ccomp" and same_paragraph(c, verb)]
    comps.sort(key=lambda c: (c.i < verb.i, abs(c.i - verb.i)))
    if comps:
        return comps[0]
    for child in verb.children:
        if child.dep_ == "xcomp" and lemma in {
            "claim",
            "deny",
            "promise",
            "vow",
            "threaten",
            "pledge",
            "urge",
            "warn",
            "tell",
            "call",
            "expect",
        }:
            return child
    # Noun-phrase objects that are propositions: "denied the report", "acknowledged that
    # limitation", "claimed responsibility"; not acts such as "announced the sentence".
    if lemma in _PROPOSITION_OBJECT_CUES:
        for child in verb.children:
            if child.dep_ == "dobj":
                return child
    if lemma in {"warn", "urge", "call"}:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in {"of", "against", "for", "on"}:
                return child
    return None


def _complement_bounds(verb: Token, lemma: str) -> tuple[int, int] | None:
    """Token bounds of what the cue reports, by the parse or, when it fails, by "that"."""
    doc = verb.doc
    if lemma in {"call", "urge"} and any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children
    ):
        # "calls on X to do Y" / "urged X to do Y": an appeal, content = X + Y.
        rights = [c for c in verb.children if c.i > verb.i and c.dep_ in {"prep", "dobj", "xcomp"}]
        if rights:
            return rights[0].left_edge.i + (1 if rights[0].dep_ == "prep" else 0), max(
                c.right_edge.i for c in rights
            ) + 1
    comp = _complement(verb, lemma)
    if comp is not None:
        left, right = content_span(verb, comp)
        if verb.dep_ == "relcl" and not any(c.dep_.startswith("nsubj") for c in comp.children):
            left = min(left, verb.head.left_edge.i)  # "messages that it claims are from X"
        return left, right
    # The small parser often hangs "that P" somewhere else: "warned at the time that P".
    for j in range(verb.i + 1, min(len(doc), verb.i + 8)):
        token = doc[j]
        if (
            token.lower_ == "that"
            and token.tag_ != "DT"
            and j + 2 < len(doc)
            and not doc[j + 1].is_punct
        ):
            end = verb.sent.end
            return _content_span_raw(doc, j + 1, end)
        if token.pos_ in {"VERB", "AUX"} or token.is_punct:
            break
    return None


def _content_span_raw(doc: Doc, left: int, right: int) -> tuple[int, int]:
    while (
        right > left
        and (doc[right - 1].is_punct or doc[right - 1].is_space)
        and doc[right - 1].text not in {'"', "\u201d"}
    ):
        right -= 1
    return left, right


def _distanced(verb: Token) -> bool:
    """``released what it says is a new message``: the narration repeats the source's own
    description in a free relative without taking it up."""
    window = verb.doc[max(0, verb.i - 4) : verb.i]
    return any(t.lower_ == "what" for t in window)


def _not_a_statement(verb: Token, lemma: str) -> bool:
    """Cues that report no proposition: "declined to say how", "would announce", "never disclosed".

    Evidence verbs ("documents show that P") count only with a clause."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
    if (
        lemma in {"show", "find", "conclude"}
        and following.lower_ != "that"
        and not any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return True
    if lemma in DENIAL_CUES:
        return False
    if is_negated(verb):
        return True
    if any(
        c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall", "to"}
        for c in verb.children
    ):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {
        "decline",
        "refuse",
        "plan",
        "want",
        "fail",
    }


def _subject_before(doc: Doc, verb: Token) -> Token | None:
    """No subject in the parse: the name just before the cue ("one of the victims, Ann Lee, said")."""
    index = paragraph_index(doc)
    i = verb.i - 1
    while (
        i >= 0
        and index[i] == index[verb.i]
        and (doc[i].text == "," or doc[i].pos_ in {"AUX", "ADV", "PART"})
    ):
        i -= 1
    if (
        i >= 0
        and index[i] == index[verb.i]
        and doc[i].pos_ in {"PROPN", "NOUN"}
        and not doc[i].is_punct
    ):
        return doc[i]
    return None


def _inside_question(verb: Token) -> bool:
    """Verbs inside "asked whether ..." are part of a question, not statements."""
    for ancestor in verb.ancestors:
        if not same_paragraph(ancestor, verb):
            break
        if ancestor.lemma_.lower() in {"ask", "wonder", "inquire", "question"}:
            return True
        if ancestor.dep_ == "ROOT":
            break
    return False


def _lend_attribution(direct: list[Candidate], lemma: str, verb: Token, subject: Token) -> None:
    """``X said, "..."``: the parse links the quote to the cue; use that speaker if none yet."""
    for cand in direct:
        if cand.speaker is None:
            cand.cue, cand.speaker, cand.inherit = lemma, speaker_mention(subject), False
            cand.frame = (verb.sent.start_char, verb.sent.end_char)


def _mostly_inside(start: int, end: int, cands: list[Candidate]) -> bool:
    inside = sum(overlap(c.start, c.end, start, end) for c in cands)
    return inside >= 0.6 * (end - start)


def _fragment_statement(
    doc: Doc, verb: Token, quotes: list[QuoteSpan], in_quote: list[bool]
) -> Candidate | None:
    """``He refers to X, "quoted words"``: a communication verb carrying a quoted fragment."""
    sent = verb.sent
    subject = subject_of(verb)
    if subject is None or not person_like(subject):
        return None
    right_edge = verb.right_edge.i + 1
    inside = [
        q
        for q in quotes
        if verb.idx < q.start
        and q.end <= doc[right_edge - 1].idx + len(doc[right_edge - 1]) + 2
        and q.end <= sent.end_char + 2
    ]
    if not inside:
        return None
    start = doc[verb.i + 1].idx if verb.i + 1 < len(doc) else verb.idx
    end = inside[-1].end
    return Candidate(
        start, end, "mixed", cue_lemma(verb), speaker_mention(subject), frame=sentence_frame(sent)
    )
