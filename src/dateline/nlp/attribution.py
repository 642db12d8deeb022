"""spaCy component ``dateline_attribution``: who said what, in which words, and how sure.

Sets ``doc._.statements`` to a list of :class:`dateline.records.Statement`, in text order.
It reads ``doc._.timexes`` (time of utterance) and ``doc._.entities`` (speaker ids) when the
earlier components set them, and works without them.

Passes, each one construction of news prose:

1. quotation marks (:mod:`attribution_quotes`): a full-sentence quote is a *direct*
   statement whose speaker sits in the attribution before it (``X said: "..."``) or after it
   (``"...," X said`` / ``"...," said X`` / ``"...," he adds``), else is inherited from the
   paragraph's other quotes or from the quote it continues;
2. reported speech: sentence-final and parenthetical attributions read by surface
   (``P, the officials added.``, ``The suspect, police said, had fled``), then reporting
   verbs with a clausal complement by the parse (``X said (that) P``, ``saying P``,
   ``X denied P``, ``calls on X to do P``, ``documents show that P``): *indirect*, or *mixed*
   when P carries quoted words; ``according to X, P``; communication verbs carrying a
   quoted fragment (``called it "reckless"``);
3. answers: ``Asked whether P, X said, "Yes."`` → *answer* with content P;
4. unattributed hedges: ``It is believed P``, ``it was reported P``, ``X is thought to ...``;
5. negated confirmation: ``CNN cannot independently confirm P`` (speaker CNN), ``We could
   not verify P`` (the outlet of the ``(Outlet) —`` dateline), ``The video could not be
   verified`` (no speaker: the text names none).

Parses of the small model run across paragraphs and mis-attach attributions; every pass
keeps to the cue's paragraph and falls back on surface patterns where the parse is known
to fail.

Speakers are resolved in document order (:mod:`attribution_speakers`); certainty is graded
by :func:`dateline.nlp.certainty.grade_certainty`. The design follows the quotation
attribution literature for news (Pareti 2012, PARC 3.0; Muzny et al. 2017 for speaker
inheritance across paragraphs) as plain rules over a dependency parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.nlp.attribution_quotes import (
    QuoteSpan,
    find_dateline,
    find_quotes,
    paragraph_index,
    paragraphs,
)
from dateline.nlp.attribution_speakers import (
    FIRST_SECOND,
    GROUP_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    Mention,
    Referent,
    SpeakerResolver,
    speaker_mention,
)
from dateline.nlp.certainty import CONFIRMATION_VERBS, DENIAL_CUES, grade_certainty, weakest
from dateline.nlp.extensions import register_extensions
from dateline.records import Certainty, Speaker, Statement, StatementKind

CUE_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "warn",
        "claim",
        "deny",
        "confirm",
        "acknowledge",
        "admit",
        "announce",
        "insist",
        "argue",
        "state",
        "explain",
        "note",
        "report",
        "assert",
        "maintain",
        "allege",
        "predict",
        "caution",
        "stress",
        "write",
        "tweet",
        "post",
        "testify",
        "reiterate",
        "concede",
        "contend",
        "recall",
        "suggest",
        "speculate",
        "estimate",
        "reply",
        "respond",
        "answer",
        "ask",
        "continue",
        "declare",
        "complain",
        "boast",
        "vow",
        "promise",
        "pledge",
        "threaten",
        "urge",
        "demand",
        "agree",
        "disclose",
        "reveal",
        "emphasize",
        "emphasise",
        "observe",
        "remark",
        "comment",
        "describe",
        "dismiss",
        "reject",
        "refute",
        "dispute",
        "inform",
        "assure",
        "mention",
        "quip",
        "joke",
        "lament",
        "acknowledge",
        "concur",
        "counter",
        "charge",
        "accuse",
        "believe",
        "think",
        "indicate",
        "signal",
        "hint",
        "fear",
        "predict",
        "forecast",
        "verify",
        "expect",
        "show",
        "find",
        "conclude",
    ]
)
"""Verbs whose clausal complement is something someone said or holds true."""
FRAGMENT_CUES = frozenset(
    {"refer", "reference", "mention", "call", "describe", "term", "dub", "label", "accuse"}
)
"""Verbs that report speech only when they carry quoted words ("called it 'a disgrace'")."""
BELIEF_CUES = frozenset(
    {"believe", "think", "fear", "expect", "suspect", "know", "understand", "feel"}
)
HEDGE_PASSIVES = frozenset(
    [
        "believe",
        "think",
        "understand",
        "report",
        "say",
        "allege",
        "rumor",
        "rumour",
        "expect",
        "fear",
        "know",
        "estimate",
        "claim",
        "suspect",
        "suggest",
        "feel",
        "consider",
        "presume",
        "assume",
        "reckon",
    ]
)
ANSWER_VERBS = frozenset({"say", "reply", "answer", "respond", "tell", "add", "nod", "shrug"})
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
_SENTENCE_END_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bMrs)(?<!\bGen)(?<!\bCol)"
    r"(?<!\bCapt)(?<!\bSgt)(?<!\bLt)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bProf)(?<!\bMaj)(?<!\bAdm)"
    r"(?<!\bRev)(?<!\bNo)(?<!\bvs)(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\bU\.S)"
    r"[.!?](?=\s|$)"
)


@dataclass
class Candidate:
    """A statement before speaker resolution and grading."""

    start: int
    end: int
    kind: StatementKind
    cue: str | None
    speaker: Mention | None = None
    inherit: bool = False
    negated: bool = False
    certainty: Certainty | None = None
    frame: tuple[int, int] | None = None  # char span of the attribution, for said_at
    quote: QuoteSpan | None = None
    fixed_speaker: Speaker | None = None
    cue_token: int | None = None
    floor: Certainty | None = None  # the least a construction lowers certainty to


class AttributionComponent:
    """The ``dateline_attribution`` pipe."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.statements = find_statements(doc)
        return doc

    def pipe(self, docs: Any, batch_size: int = 32) -> Any:
        for doc in docs:
            yield self(doc)


@Language.factory("dateline_attribution", assigns=["doc._.statements"])
def make_attribution(nlp: Language, name: str) -> AttributionComponent:
    register_extensions()
    return AttributionComponent()


def find_statements(doc: Doc) -> list[Statement]:
    """All statements of a parsed ``doc``, speakers resolved and certainty graded."""
    text = doc.text
    if not text.strip():
        return []
    quotes = find_quotes(text)
    in_quote = _quote_mask(doc, quotes)
    candidates = direct_quotes(doc, quotes)
    candidates += reported_speech(doc, quotes, in_quote, candidates)
    candidates += according_to(doc, in_quote, candidates)
    candidates = answers(doc, in_quote, candidates)
    candidates += unattributed_hedges(doc, in_quote, candidates)
    candidates += negated_confirmations(doc, in_quote, candidates, outlet=outlet_of(doc))
    return _finish(doc, _dedupe(doc, candidates), quotes, in_quote)


# --- 1. quotation marks -------------------------------------------------------------------


def _same_paragraph(a: Token, b: Token) -> bool:
    index = paragraph_index(a.doc)
    return index[a.i] == index[b.i]


def _clip_to_paragraph(doc: Doc, anchor: Token, left: int, right: int) -> tuple[int, int]:
    index = paragraph_index(doc)
    para = index[anchor.i]
    while left < right and index[left] != para:
        left += 1
    while right > left and index[right - 1] != para:
        right -= 1
    return left, right


def _quote_mask(doc: Doc, quotes: list[QuoteSpan]) -> list[bool]:
    """For each token: does it sit inside quotation marks?"""
    mask = [False] * len(doc)
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                mask[i] = True
    return mask


def _token_span(doc: Doc, start: int, end: int) -> Span | None:
    if end <= start:
        return None
    return doc.char_span(start, end, alignment_mode="expand")


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
    text = doc.text
    paras = paragraphs(text)
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
    text = doc.text
    # `"Full sentence." Next sentence` — attribution only if the next words are lowercase.
    ends_sentence = text[q.start : q.end].rstrip()[-1:] in {".", "!", "?"}
    if ends_sentence and not re.match(r"\s*(?:[a-z]|[\u2014\u2013]|--)", text[start:limit]):
        return None
    end = _window_end(text, start, quotes, limit)
    return _attribution_in(doc, start, end, prefer="first")


def _attribution_before(
    doc: Doc, q: QuoteSpan, quotes: list[QuoteSpan], para_start: int
) -> tuple[str | None, Mention | None, tuple[int, int], bool] | None:
    """``X said: "..."`` / ``X said, "..."`` / ``According to X, "..."``."""
    text = doc.text
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
    span = _token_span(doc, start, end)
    if span is None or len(span) > 60:
        return None
    lo, hi = span.start, span.end
    according = _according_in(doc, lo, hi)
    if according is not None:
        return "according to", according, (start, end), False
    cues = [t for t in span if _cue_lemma(t) in CUE_VERBS and t.pos_ in {"VERB", "AUX", "NOUN"}]
    if not cues:
        return None
    verb = cues[0] if prefer == "first" else cues[-1]
    subject = _subject_of(verb, lo, hi)
    if subject is None:
        subject = _adjacent_subject(doc, verb, lo, hi)
    if subject is None:
        return None
    return _cue_lemma(verb), speaker_mention(subject, lo=lo, hi=hi), (start, end), _negated(verb)


def _colon_subject(
    doc: Doc, start: int, end: int
) -> tuple[str | None, Mention | None, tuple[int, int], bool] | None:
    """``The speaker called on supporters to act: "..."`` — a person-like subject before a colon."""
    span = _token_span(doc, start, end)
    if span is None:
        return None
    for token in span:
        if token.dep_ in {"nsubj"} and token.head.i >= span.start and _person_like(token):
            return (
                _cue_lemma(token.head),
                speaker_mention(token, lo=span.start, hi=span.end),
                (start, end),
                False,
            )
    # "The speaker gave his blessing ... and called on supporters to act: "..."": the verb
    # before the colon shares its subject with an earlier conjunct.
    for verb in reversed(span):
        if verb.pos_ == "VERB":
            subject = _subject_of(verb)
            if subject is not None and subject.i < span.start and _person_like(subject):
                return _cue_lemma(verb), speaker_mention(subject), (start, end), False
    return None


def _cue_lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    if lemma == "says":
        return "say"
    return lemma


def _subject_of(verb: Token, lo: int = 0, hi: int | None = None) -> Token | None:
    """The verb's own subject, or the subject it shares as a conjunct or participle."""
    hi = len(verb.doc) if hi is None else hi
    for child in verb.children:
        if child.dep_ == "nsubj" and lo <= child.i < hi and _same_paragraph(child, verb):
            if child.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
                return verb.head  # "Sami Okoro, who said P": the relative pronoun's antecedent
            return _after_dateline(child, verb)
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "the village had been warned": a passive cue has no speaker subject
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return verb.head  # "A magazine reported last week that P", parsed as a noun phrase
    if (
        verb.tag_ == "VBG"
        and verb.dep_ in {"advcl", "xcomp", "conj", "acl", "pcomp"}
        or verb.dep_ == "conj"
    ):
        # "X admits P, saying Q": the participle shares the subject of the reporting verb above.
        for ancestor in verb.ancestors:
            if _cue_lemma(ancestor) in CUE_VERBS | FRAGMENT_CUES | {"quote", "cite"}:
                found = _own_subject(ancestor, lo, hi)
                if found is not None and _same_paragraph(found, verb):
                    return found
    head = verb.head
    if verb.dep_ in {"conj", "advcl", "xcomp"} and head is not verb and lo <= head.i < hi:
        if verb.dep_ == "advcl" and verb.tag_ != "VBG":
            return None
        found = _own_subject(head, lo, hi)
        if found is not None and _same_paragraph(found, verb):
            return found
    return None


def _after_dateline(subject: Token, verb: Token) -> Token:
    """``NAIROBI (Wire) - Kenya's commission said``: the subject is after the dateline's dash."""
    doc = verb.doc
    breaks = [
        t.i
        for t in doc[subject.i + 1 : verb.i]
        if t.text in {"-", "\u2014", "\u2013", "--"}
        and t.is_punct
        and (t.text != "-" or bool(t.whitespace_))
    ]
    if not breaks:
        return subject
    nouns = [
        t
        for t in doc[breaks[-1] + 1 : verb.i]
        if t.pos_ in {"NOUN", "PROPN", "PRON"} and t.dep_ in {"nsubj", "appos", "ROOT"}
    ]
    if not nouns:
        nouns = [t for t in doc[breaks[-1] + 1 : verb.i] if t.pos_ in {"NOUN", "PROPN"}]
    return nouns[-1] if nouns else subject


def _own_subject(verb: Token, lo: int, hi: int) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj" and lo <= child.i < hi:
            return _after_dateline(child, verb)
        if (
            child.dep_ == "nsubjpass"
            and verb.lemma_.lower() in {"quote", "cite"}
            and lo <= child.i < hi
        ):
            return child  # "The minister was quoted as saying P"
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


def _negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in {"never", "cannot"} for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in {"decline", "refuse", "fail", "unable"}


def _person_like(token: Token) -> bool:
    named = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)
    return named or (
        token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or token.lower_ in PERSON_NOUNS | GROUP_NOUNS
        or token.lemma_.lower() in PERSON_NOUNS
        or token.pos_ == "PROPN"
        or token.lower_ in {"he", "she", "they", "others", "some", "many", "most"}
    )


# --- 2. reported speech -------------------------------------------------------------------


def _content_span(verb: Token, comp: Token) -> tuple[int, int]:
    """Token span of a complement clause, without a leading "that" and without the cue."""
    left, right = comp.left_edge.i, comp.right_edge.i + 1
    doc = verb.doc
    if left <= verb.i < right:
        left = verb.i + 1
    clause = comp.pos_ in {"VERB", "AUX"}

    def complementiser(token: Token) -> bool:
        if token.lower_ in {"whether", "if"}:
            return True
        return token.lower_ == "that" and token.i != comp.i and (token.dep_ == "mark" or clause)

    while left < right and (
        doc[left].is_space or doc[left].text in {",", ":"} or complementiser(doc[left])
    ):
        left += 1
    while (
        right > left
        and (doc[right - 1].is_punct or doc[right - 1].is_space)
        and doc[right - 1].text not in {'"', "\u201d"}
    ):
        right -= 1
    return left, right


def _complement(verb: Token, lemma: str) -> Token | None:
    # Parses run across paragraphs: only complements in the cue's paragraph, the right one first.
    comps = [c for c in verb.children if c.dep_ == "ccomp" and _same_paragraph(c, verb)]
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
    if lemma in DENIAL_CUES | CONFIRMATION_VERBS | {
        "acknowledge",
        "admit",
        "note",
        "claim",
        "recall",
    }:
        for child in verb.children:
            if child.dep_ == "dobj":
                return child
    if lemma in {"warn", "urge", "call"}:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in {"of", "against", "for", "on"}:
                return child
    return None


def reported_speech(
    doc: Doc, quotes: list[QuoteSpan], in_quote: list[bool], direct: list[Candidate]
) -> list[Candidate]:
    """``X said (that) P`` and its variants; *mixed* when P carries quoted words."""
    found = trailing_attributions(doc, in_quote, direct)
    handled = {c.cue_token for c in found}
    for verb in doc:
        lemma = _cue_lemma(verb)
        if in_quote[verb.i] or verb.pos_ not in {"VERB", "AUX"}:
            continue
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
        if lemma in CONFIRMATION_VERBS and _negated(verb):
            continue  # negated confirmation: pass 5
        if verb.i in handled or _not_a_statement(verb, lemma):
            continue
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
            verb.tag_ == "VBN"
            and verb.dep_ == "acl"
            and any(c.dep_ == "xcomp" for c in verb.children)
        ):
            continue  # "is expected to last", "a deal said to be worth": passive, no speaker
        subject = _subject_of(verb)
        bounds = _complement_bounds(verb, lemma)
        if bounds is None:
            continue
        if subject is None:
            subject = _subject_before(doc, verb)
        if subject is None:
            continue
        if subject.lower_ in FIRST_SECOND and lemma in BELIEF_CUES:
            continue
        if lemma in BELIEF_CUES and not _person_like(subject):
            continue
        if lemma == "ask" and not any(c.dep_ == "xcomp" for c in verb.children):
            continue  # "asked whether P" is a question, not a statement
        left, right = _clip_to_paragraph(doc, verb, *bounds)
        for i in range(left, right - 1):
            if doc[i].text == ":" and in_quote[min(i + 2, len(doc) - 1)]:
                right = i  # "called on supporters to act: "..."": the quote is its own statement
                break
        if right - left < (1 if lemma in DENIAL_CUES else 2):
            continue
        start, end = doc[left].idx, doc[right - 1].idx + len(doc[right - 1])
        overlapping = [c for c in direct if _overlap(c.start, c.end, start, end) > 0]
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
                negated=_negated(verb),
                frame=_frame(sent),
                cue_token=verb.i,
                floor="reported" if _distanced(verb) else None,
            )
        )
    return found


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
    if _negated(verb):
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


TRAILING_CUES = frozenset(
    {
        "say",
        "add",
        "tell",
        "write",
        "explain",
        "warn",
        "insist",
        "argue",
        "note",
        "claim",
        "report",
        "confirm",
        "announce",
        "state",
        "continue",
        "reply",
        "recall",
        "estimate",
        "allege",
        "believe",
        "caution",
        "conclude",
        "suggest",
        "acknowledge",
        "admit",
        "tweet",
        "post",
    }
)
"""Cues that close a sentence as its attribution: ``P, the ministry said.``"""
INVERTING_CUES = frozenset(
    {"say", "add", "write", "continue", "explain", "reply", "recall", "tell"}
)
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
    index = paragraph_index(doc)
    for verb in doc:
        lemma = _cue_lemma(verb)
        if (
            lemma not in TRAILING_CUES
            or in_quote[verb.i]
            or verb.pos_ not in {"VERB", "AUX"}
            or _negated(verb)
        ):
            continue
        end = verb.i + 1
        while (
            end < len(doc) and index[end] == index[verb.i] and doc[end].text not in {".", "!", "?"}
        ):
            if (
                doc[end].pos_ not in _TRAILING_TAIL
                or in_quote[end]
                or doc[end].text in {'"', "\u201c", "\u201d"}
            ):
                break
            if (
                doc[end].dep_ == "dobj"
                and doc[end].head.i == verb.i
                and lemma not in {"tell", "inform"}
            ):
                break  # "..., rejected the accusation": an object, not an attribution
            end += 1
        parenthetical = _closes_parenthetical(doc, verb, end, index)
        if (
            parenthetical is None
            and end < len(doc)
            and index[end] == index[verb.i]
            and doc[end].text not in {".", "!", "?"}
        ):
            continue
        if doc[end - 1].text == ":":
            continue  # "In a statement, the minister said:" introduces a quote
        comma = _attribution_comma(doc, verb, index)
        if comma is None:
            continue
        subject = _trailing_subject(doc, verb, comma, end)
        if subject is None:
            continue
        left = comma
        while (
            left > 0
            and index[left - 1] == index[verb.i]
            and doc[left - 1].text not in {".", "!", "?"}
        ):
            left -= 1
        span = _strip(doc, left, comma if parenthetical is None else parenthetical)
        if span is None or len(span) < 3 or in_quote[span.start] or in_quote[span.end - 1]:
            continue
        if not any(t.pos_ in {"VERB", "AUX"} for t in span if t.i < comma or t.i > verb.i):
            continue  # "In a statement, X said": no clause, no content
        if _covered(span.start_char, span.end_char, direct, 0.3):
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
    for i in range(verb.i - 1, max(-1, verb.i - 10), -1):
        if index[i] != index[verb.i] or doc[i].text in {".", "!", "?", '"', "\u201c", "\u201d"}:
            return None
        if doc[i].text == ",":
            if i + 1 == verb.i:  # ", said X": inverted
                return i
            if all(
                t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM", "PUNCT"} or t.tag_ == "POS"
                for t in doc[i + 1 : verb.i]
            ):
                return i
            return None
    return None


def _trailing_subject(doc: Doc, verb: Token, comma: int, end: int) -> Token | None:
    if comma + 1 == verb.i:  # inverted: the noun phrase after the cue
        if _cue_lemma(verb) not in INVERTING_CUES:
            return None
        for j in range(verb.i + 1, end):
            if doc[j].pos_ in {"PROPN", "NOUN"}:
                while j + 1 < end and doc[j + 1].pos_ in {"PROPN", "NOUN"}:
                    j += 1
                return doc[j]
        return None
    candidates = [t for t in doc[comma + 1 : verb.i] if t.pos_ in {"PROPN", "NOUN", "PRON"}]
    return candidates[-1] if candidates else None


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
        left, right = _content_span(verb, comp)
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


def _inside_question(verb: Token) -> bool:
    """Verbs inside "asked whether ..." are part of a question, not statements."""
    for ancestor in verb.ancestors:
        if not _same_paragraph(ancestor, verb):
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
    inside = sum(_overlap(c.start, c.end, start, end) for c in cands)
    return inside >= 0.6 * (end - start)


def _fragment_statement(
    doc: Doc, verb: Token, quotes: list[QuoteSpan], in_quote: list[bool]
) -> Candidate | None:
    """``He refers to X, "quoted words"``: a communication verb carrying a quoted fragment."""
    sent = verb.sent
    subject = _subject_of(verb)
    if subject is None or not _person_like(subject):
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
        start, end, "mixed", _cue_lemma(verb), speaker_mention(subject), frame=_frame(sent)
    )


def _according_in(doc: Doc, lo: int, hi: int) -> Mention | None:
    for token in doc[lo:hi]:
        if (
            token.lower_ == "according"
            and token.i + 2 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects:
                return speaker_mention(objects[0])
            return Mention(token.i + 2, min(token.i + 3, len(doc)), token.i + 2)
    return None


def according_to(doc: Doc, in_quote: list[bool], existing: list[Candidate]) -> list[Candidate]:
    """``According to X, P`` / ``P, according to X``: the rest of the sentence is the content."""
    found: list[Candidate] = []
    for token in doc:
        if token.lower_ != "according" or in_quote[token.i]:
            continue
        sent = token.sent
        mention = _according_in(doc, token.i, token.i + 2)
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
        span = _strip(doc, *_clip_to_paragraph(doc, token, left, right))
        if span is None or len(span) < 3:
            continue
        if _covered(span.start_char, span.end_char, existing, 0.5):
            continue
        found.append(
            Candidate(
                span.start_char,
                span.end_char,
                "indirect",
                "according to",
                mention,
                frame=_frame(sent),
            )
        )
    return found


def _strip(doc: Doc, left: int, right: int) -> Span | None:
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > left and (doc[right - 1].is_punct or doc[right - 1].is_space):
        right -= 1
    return doc[left:right] if right > left else None


# --- 3. answers ----------------------------------------------------------------------------


def answers(doc: Doc, in_quote: list[bool], candidates: list[Candidate]) -> list[Candidate]:
    """``Asked whether P, X said, "Yes."``: the answer's content is the question's P."""
    out = list(candidates)
    for token in doc:
        if (
            token.lemma_.lower() != "ask"
            or in_quote[token.i]
            or token.dep_ not in {"advcl", "ROOT", "conj"}
        ):
            continue
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
        if answer_verb is None or _cue_lemma(answer_verb) not in ANSWER_VERBS:
            continue
        reply = [c for c in out if c.start > answer_verb.idx and c.start - answer_verb.idx < 30]
        reply_text = doc.text[reply[0].start : reply[0].end] if reply else _bare_reply(answer_verb)
        if reply_text is None or not (
            _SHORT_ANSWER_RE.match(reply_text.strip())
            or _ANSWER_OPENING_RE.match(reply_text.strip())
        ):
            continue
        left, right = _content_span(token, question)
        start, end = doc[left].idx, doc[right - 1].idx + len(doc[right - 1])
        subject = _subject_of(answer_verb)
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
                _cue_lemma(answer_verb),
                mention,
                certainty=certainty,
                inherit=mention is None,
                frame=_frame(sent),
                cue_token=answer_verb.i,
            )
        )
    return out


def _bare_reply(verb: Token) -> str | None:
    """``Asked whether P, he said yes.``"""
    following = [t for t in verb.doc[verb.i + 1 : verb.sent.end] if not t.is_punct]
    return " ".join(t.text for t in following[:3]) if following else None


# --- 4. unattributed hedges ---------------------------------------------------------------


def unattributed_hedges(
    doc: Doc, in_quote: list[bool], existing: list[Candidate]
) -> list[Candidate]:
    """``It is believed P`` / ``it was reported P`` / ``He is thought to have fled``."""
    found: list[Candidate] = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        if in_quote[verb.i] or lemma not in HEDGE_PASSIVES or verb.tag_ != "VBN":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None or any(c.dep_ == "agent" for c in verb.children):
            continue
        if subject.lower_ == "it":
            comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            if comp is None:
                continue
            left, right = _content_span(verb, comp)
        else:
            comp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if comp is None or not any(c.lower_ == "to" for c in comp.children):
                continue
            left, right = subject.left_edge.i, comp.right_edge.i + 1
        span = _strip(doc, left, right)
        if span is None or len(span) < 2:
            continue
        if _covered(span.start_char, span.end_char, existing):
            continue
        found.append(
            Candidate(
                span.start_char,
                span.end_char,
                "unattributed",
                lemma,
                None,
                frame=_frame(verb.sent),
                cue_token=verb.i,
            )
        )
    return found


# --- 5. negated confirmation -------------------------------------------------------------


def outlet_of(doc: Doc) -> str | None:
    """The outlet speaking in narration: ``doc._.outlet`` if set, else a ``(CNN) —`` dateline."""
    if Doc.has_extension("outlet") and doc._.outlet:
        return str(doc._.outlet)
    dateline = find_dateline(doc.text)
    return dateline.outlet if dateline is not None else None


def _outlet_self_reference(subject: Token) -> bool:
    """ "we", "this newspaper", "this station": the outlet referring to itself in narration."""
    if subject.lower_ == "we":
        return True
    return any(c.lower_ == "this" for c in subject.children) and subject.lemma_.lower() in {
        "newspaper",
        "paper",
        "station",
        "network",
        "agency",
        "publication",
        "site",
        "channel",
        "programme",
        "program",
        "magazine",
        "broadcaster",
        "outlet",
        "reporter",
        "correspondent",
    }


def negated_confirmations(
    doc: Doc, in_quote: list[bool], existing: list[Candidate], *, outlet: str | None
) -> list[Candidate]:
    """``CNN cannot independently confirm P`` / ``The video could not be verified``."""
    found: list[Candidate] = []
    for verb in doc:
        if in_quote[verb.i] or verb.lemma_.lower() not in CONFIRMATION_VERBS or not _negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None and verb.dep_ == "xcomp":
            # "X was unable to verify P": the subject sits on the copula above "unable".
            holder = verb.head.head if verb.head.dep_ == "acomp" else verb.head
            subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.dep_ == "nsubjpass":
            span = _strip(doc, subject.left_edge.i, subject.right_edge.i + 1)
            mention = None
        else:
            rights = [
                c for c in verb.children if c.i > verb.i and c.dep_ not in {"punct", "advmod"}
            ]
            if not rights:
                continue
            span = _strip(doc, rights[0].left_edge.i, max(c.right_edge.i for c in rights) + 1)
            mention = speaker_mention(subject)
        if span is None:
            continue
        if _covered(span.start_char, span.end_char, existing):
            continue
        # "The video could not be verified": the text names no one, so no speaker is invented
        # (the outlet, see outlet_of(), is the natural reading; the claims stage may use it).
        # "We could not verify P" / "This newspaper could not confirm P" in narration is the
        # outlet speaking in the first person: name it when the dateline gives it.
        fixed = None
        if mention is not None and outlet and _outlet_self_reference(subject):
            words = doc[mention.start : mention.end]
            fixed = Speaker(
                text=words.text, name=outlet, start=words.start_char, end=words.end_char
            )
            mention = None
        kind: StatementKind = "indirect" if mention is not None or fixed else "unattributed"
        found.append(
            Candidate(
                span.start_char,
                span.end_char,
                kind,
                verb.lemma_.lower(),
                mention,
                negated=True,
                certainty="unconfirmed",
                fixed_speaker=fixed,
                frame=_frame(verb.sent),
                cue_token=verb.i,
            )
        )
    return found


# --- resolution, grading, records ---------------------------------------------------------


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _covered(start: int, end: int, existing: list[Candidate], share: float = 0.6) -> bool:
    """Whether an existing candidate already covers most of ``start:end``."""
    return any(_overlap(c.start, c.end, start, end) >= share * (end - start) for c in existing)


def _dedupe(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """One statement per content span; nested reports cut out of the one that contains them."""
    kept: list[Candidate] = []
    for cand in candidates:
        if any(k.start == cand.start and k.end == cand.end for k in kept):
            continue
        kept.append(cand)
    # A quoted fragment already inside another statement is not a statement of its own.
    kept = [
        c
        for c in kept
        if not (
            c.cue in FRAGMENT_CUES
            and any(
                o is not c
                and o.cue not in FRAGMENT_CUES
                and _overlap(o.start, o.end, c.start, c.end) > 0
                for o in kept
            )
        )
    ]
    for outer in kept:
        if outer.kind not in {"indirect", "mixed"}:
            continue
        for inner in kept:
            if inner is outer or inner.cue_token is None:
                continue
            cue = doc[inner.cue_token]
            speaker_at = doc[inner.speaker.head].idx if inner.speaker is not None else -1
            if cue.tag_ != "VBG" and not (
                cue.dep_ in {"advcl", "conj"} and not outer.start <= speaker_at < outer.end
            ):
                # only "..., saying Q" / "... and warned Q" (the same speaker, outside the
                # content) split a statement in two; "he was X but had told Y" stays whole.
                continue
            cue_at = cue.idx
            if (
                outer.start < cue_at < outer.end
                and inner.start > cue_at
                and inner.end >= outer.end - 2
            ):
                # "admits that P, saying Q": P ends before ", saying".
                cut = doc.text[outer.start : cue_at].rstrip(" ,;:\u2014-")
                cut = re.sub(r"(?:,?\s+(?:and|but|while))$", "", cut)
                outer.end = outer.start + len(cut)
    kept = [c for c in kept if c.end > c.start]
    # A report inside another report's content ("X said investigators believed P") is part
    # of that statement, not a statement of its own.
    kept = [
        c
        for c in kept
        if c.cue_token is None
        or doc[c.cue_token].dep_ in {"advcl", "relcl", "acl"}
        or not any(
            o is not c and o.kind != "unattributed" and o.start <= doc[c.cue_token].idx < o.end
            for o in kept
        )
    ]
    kept.sort(key=lambda c: (c.start, c.end))
    return kept


def _finish(
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
    paras = paragraphs(doc.text)
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
        statements.append(_statement(doc, cand, speaker, prefix, len(statements) + 1, quotes))
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
    subjects = [
        t
        for t in doc
        if index[t.i] == para - 1
        and t.dep_ == "nsubj"
        and t.head.dep_ == "ROOT"
        and not in_quote[t.i]
        and _person_like(t)
    ]
    if not subjects:
        return None
    return resolver.resolve(speaker_mention(subjects[-1]))


def _frame(sent: Span) -> tuple[int, int]:
    """The character span of a sentence, cut at paragraph breaks the parser ran across."""
    doc = sent.doc
    left, right = _clip_to_paragraph(doc, sent.root, sent.start, sent.end)
    if right <= left:
        return sent.start_char, sent.end_char
    return doc[left].idx, doc[right - 1].idx + len(doc[right - 1])


def _paragraph_of(paras: list[tuple[int, int]], pos: int) -> int:
    for i, (start, end) in enumerate(paras):
        if start <= pos < end + 1:
            return i
    return len(paras)


def _subject_events(doc: Doc, in_quote: list[bool]) -> list[tuple[int, Token]]:
    """Subjects of narration that later pronouns may point back to."""
    events = []
    # A dateline's place ("QADRA, Dec. 3 (Wire) -") is parsed as a subject but is never one.
    dateline = find_dateline(doc.text)
    skip_below = dateline.end if dateline is not None else -1
    for first in _sentence_openings(doc):
        # The noun phrase that opens a sentence is what the next "he" is most likely about,
        # even when the parser did not make it the subject.
        j = first
        while j < len(doc) and doc[j].pos_ in {"DET", "ADJ", "NUM", "CCONJ", "ADV", "SPACE"}:
            j += 1
        hops = 0
        while (
            j < len(doc) and doc[j].dep_ in {"compound", "amod"} and doc[j].head.i > j and hops < 6
        ):
            j, hops = doc[j].head.i, hops + 1
        if (
            j < len(doc)
            and doc[j].pos_ in {"NOUN", "PROPN"}
            and not in_quote[j]
            and doc[j].dep_ not in {"nsubj", "nsubjpass"}
            and not (dateline is not None and dateline.start <= doc[j].idx < skip_below)
        ):
            events.append((doc[j].idx, doc[j]))
    for token in doc:
        # Every main-clause subject, people and organisations and things: "they" and "it"
        # need the non-human ones too ("The firms did not respond. One of them ...").
        is_agent = token.dep_ == "pobj" and token.head.dep_ == "agent"
        main = (
            token.head.dep_ in {"ROOT", "conj"}
            or token.head.head.dep_ == "ROOT"
            and token.head.dep_ == "advcl"
        )
        if (
            (token.dep_ in {"nsubj", "nsubjpass"} and main or is_agent)
            and not in_quote[token.i]
            and token.pos_ in {"PROPN", "NOUN"}
            and not (dateline is not None and dateline.start <= token.idx < skip_below)
        ):
            events.append((token.idx, token))
    events.sort(key=lambda e: e[0])
    return events


def _sentence_openings(doc: Doc) -> list[int]:
    index = paragraph_index(doc)
    starts = {s.start for s in doc.sents}
    starts |= {i for i in range(1, len(doc)) if index[i] != index[i - 1]}
    starts |= {i + 1 for i, t in enumerate(doc[:-1]) if t.text in {".", "!", "?"}}
    return sorted(i for i in starts if i < len(doc) and not doc[i].is_space)


def _observe_until(
    resolver: SpeakerResolver, events: list[tuple[int, Token]], position: int
) -> None:
    while events and events[0][0] < position:
        _, token = events.pop(0)
        if not (
            _person_like(token)
            or token.tag_ in {"NNS", "NNPS"}
            or token.lemma_.lower() in ORG_NOUNS
        ):
            continue
        speaker = resolver.resolve(speaker_mention(token))
        ref: Referent = resolver.referent_of(speaker, token)
        resolver.observe(ref)


def _statement(
    doc: Doc, cand: Candidate, speaker: Speaker | None, prefix: str, n: int, quotes: list[QuoteSpan]
) -> Statement:
    content = doc.text[cand.start : cand.end]
    if cand.kind in {"indirect", "mixed"}:
        # Mixed: reported speech that carries the speaker's own words in quotation marks.
        quoted = any(cand.start <= q.start and q.end <= cand.end + 1 for q in quotes)
        cand.kind = "mixed" if quoted else "indirect"
    if speaker is not None and not speaker.anonymous and _anonymity_in_frame(doc, cand):
        speaker = speaker.model_copy(update={"anonymous": True})
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    certainty = cand.certainty or weakest(
        [
            grade_certainty(
                span if span is not None else content,
                cue=cand.cue,
                speaker=speaker,
                negated=cand.negated,
                quoted=cand.kind == "direct",
            ),
            cand.floor,
        ]
    )
    return Statement(
        doc_id=doc._.doc_id or "",
        statement_id=f"{prefix}:s{n}",
        start=cand.start,
        end=cand.end,
        text=content,
        kind=cand.kind,
        speaker=speaker,
        cue=cand.cue,
        said_at=_said_at(doc, cand),
        certainty=certainty,
    )


_ANONYMITY_RE = re.compile(
    r"\b(?:on condition of anonymity|speaking anonymously|on (?:the )?condition (?:that )?(?:they|he|she) "
    r"(?:not|would not) be (?:named|identified)|(?:was|were|is|are) not authori[sz]ed to"
    r"|asked not to be (?:named|identified)|declined to be (?:named|identified)|on background)\b",
    re.IGNORECASE,
)


def _anonymity_in_frame(doc: Doc, cand: Candidate) -> bool:
    """ "..., a senior official said on condition of anonymity": the attribution, not the
    speaker's noun phrase, says the source is anonymous."""
    if cand.frame is None:
        return False
    f0, f1 = cand.frame
    outside = doc.text[f0 : min(cand.start, f1)] + " " + doc.text[max(cand.end, f0) : f1]
    return bool(_ANONYMITY_RE.search(outside))


def _said_at(doc: Doc, cand: Candidate) -> str | None:
    """The TIMEX3 value of a time expression in the attribution, outside the content.

    For a reporting verb the expression must hang from the verb itself ("said in February",
    "told reporters Wednesday"), not from its complement; for a quote it must sit in the
    attribution window around the quote.
    """
    if cand.frame is None:
        return None
    timexes = (doc._.timexes or []) if Doc.has_extension("timexes") else []
    f0, f1 = cand.frame
    for timex in timexes:
        if not (f0 <= timex.start and timex.end <= f1) or _overlap(
            timex.start, timex.end, cand.start, cand.end
        ):
            continue
        if timex.type not in {"DATE", "TIME"} or not timex.value:
            continue
        if cand.cue_token is not None and not _hangs_from(doc, timex.start, timex.end, cand):
            continue
        return str(timex.value)
    return None


def _hangs_from(doc: Doc, start: int, end: int, cand: Candidate) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or cand.cue_token is None:
        return False
    for ancestor in span.root.ancestors:
        if ancestor.i == cand.cue_token:
            return True
        if cand.start <= ancestor.idx < cand.end:
            return False
    return False


__all__ = [
    "AttributionComponent",
    "CUE_VERBS",
    "find_statements",
    "make_attribution",
]
