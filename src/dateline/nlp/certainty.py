"""How sure the text is of a statement or claim: asserted, reported, hedged, unconfirmed, denied.

Certainty is read from three places, and the weakest reading wins
(:data:`dateline.records.CERTAINTY_ORDER`):

* the **cue** that introduces the content ("denied" → denied, "suggested" → hedged,
  a negated "confirm"/"verify" → unconfirmed);
* the **speaker** (anonymous sources and sources whose identity the text leaves open, such
  as "the man on the recording", make the content second-hand: reported);
* **local markers** inside the content ("may", "likely", "believed" → hedged;
  "alleged", "purportedly", "could not be verified", "investigating reports" → unconfirmed).

The functions accept a spaCy ``Span``/``Doc`` or plain text, so the claims component can
grade narration sentences with the same rules (``grade_certainty(sent)``).
Denial and negated confirmation follow the FactBank distinctions (Saurí & Pustejovsky 2009)
reduced to the five grades dateline stores.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from dateline.records import CERTAINTY_ORDER, Certainty, Speaker

DENIAL_CUES = frozenset(
    {"deny", "dismiss", "reject", "refute", "dispute", "rebut", "disavow", "contradict", "debunk"}
)
HEDGE_CUES = frozenset(
    {
        "suggest",
        "speculate",
        "believe",
        "think",
        "suspect",
        "estimate",
        "guess",
        "hint",
        "fear",
        "assume",
        "expect",
        "imply",
        "predict",
        "reckon",
        "surmise",
        "hypothesize",
    }
)
UNCONFIRMED_CUES = frozenset({"allege", "purport", "rumor", "rumour"})
REPORTED_CUES = frozenset({"claim", "report", "according to", "quote", "cite"})
CONFIRMATION_VERBS = frozenset({"confirm", "verify", "corroborate", "substantiate", "authenticate"})

_HEDGE_WORDS = (
    "might",
    "could",
    "possibly",
    "perhaps",
    "probably",
    "likely",
    "unlikely",
    "apparently",
    "appear",
    "appears",
    "appeared",
    "seem",
    "seems",
    "seemed",
    "believed",
    "thought",
    "suspected",
    "presumably",
    "supposedly",
    "reportedly",
    "potentially",
    "maybe",
    "estimated",
    "rumored",
    "rumoured",
    "possible",
    "probable",
)
# "may" only in lower case: "May" is the month.
_HEDGE_RE = re.compile(
    r"\b(?:may|" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _HEDGE_WORDS) + r")\b"
)
_UNCONFIRMED_RE = re.compile(
    r"\b(?:allegedly|purportedly|(?:is|are|was|were) (?:alleged|purported) to|unconfirmed|unverified"
    r"|claimed to be"
    r"|(?:could|can|cannot|can't|couldn't|has not been able to|have not been able to|was unable to"
    r"|were unable to|is unable to|are unable to)\s+(?:not\s+)?(?:be\s+)?(?:independently\s+)?"
    r"(?:confirm|verif|corroborat|authenticat)\w*"
    r"|not (?:been )?(?:independently )?(?:confirmed|verified|corroborated|authenticated)"
    r"|investigat\w+ (?:the )?(?:reports?|claims?|allegations?)"
    r"|unconfirmed (?:reports?|claims?))\b",
    re.IGNORECASE,
)
_DENIAL_RE = re.compile(
    r"\b(?:denied|denies|deny|denying|dismissed|rejected|refuted"
    r"|no (?:\w+ ){0,4}(?:has|have|had) ever (?:claimed|said|confirmed))\b",
    re.IGNORECASE,
)
ANONYMOUS_RE = re.compile(
    r"\b(?:anonymity|anonymously|not authori[sz]ed|declined to be (?:named|identified)"
    r"|asked not to be (?:named|identified)|who (?:did not|didn't) want to be (?:named|identified)"
    r"|familiar with|close to the|briefed on|with knowledge of|speaking on background"
    r"|who spoke exclusively|unnamed|unidentified)\b"
    r"|^(?:a|an|one|two|three|four|five|several|some|many|multiple|other|various|senior|multiple)\s"
    r"(?:[\w.-]+\s){0,4}(?:sources?|officials?|diplomats?|aides?|insiders?|people|persons?"
    r"|officers?|analysts? familiar|nurses?|workers?|employees?|staff)\b"
    r"|^(?:sources?|insiders?)\b|not (?:to )?be (?:named|identified)|on condition"
    # "Rebel sources", "sources close to": a source is anonymous by trade.
    r"|^(?:[\w.-]+\s){0,3}(?:sources|insiders)\b"
    # "two former advisers", "three employees": counted but unnamed people.
    r"|^(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s(?:[\w.-]+\s){0,3}[a-z]+s\b(?!\s+(?:of|from)\s+[A-Z])",
    re.IGNORECASE,
)
_UNIDENTIFIED_RE = re.compile(
    r"^(?:the|a|this|that)\s+(?:\w+\s+)?(?:man|woman|voice|speaker|narrator|caller|person|figure"
    r"|individual|militant|gunman|presenter)\b",
    re.IGNORECASE,
)


def weakest(grades: Iterable[Certainty | None]) -> Certainty:
    """The least committed grade among ``grades`` (``asserted`` when none is given)."""
    found = [g for g in grades if g is not None]
    if not found:
        return "asserted"
    return max(found, key=CERTAINTY_ORDER.index)


def cue_certainty(cue: str | None, *, negated: bool = False) -> Certainty | None:
    """What the reporting cue alone says: ``deny`` → denied, negated ``confirm`` → unconfirmed."""
    if cue is None:
        return None
    cue = cue.lower()
    if cue in CONFIRMATION_VERBS:
        return "unconfirmed" if negated else None
    if cue in DENIAL_CUES:
        return None if negated else "denied"
    if negated and cue in {"say", "claim", "believe", "think", "know"}:
        return "hedged"
    if cue in HEDGE_CUES:
        return "hedged"
    if cue in UNCONFIRMED_CUES:
        return "unconfirmed"
    if cue in REPORTED_CUES:
        return "reported"
    return None


def is_anonymous(description: str) -> bool:
    """Whether a speaker description hides who speaks ("a source familiar with ...")."""
    return bool(ANONYMOUS_RE.search(description.strip()))


def speaker_certainty(speaker: Speaker | None) -> Certainty | None:
    """Anonymous or unidentified speakers make the content second-hand: ``reported``."""
    if speaker is None:
        return None
    if speaker.anonymous:
        return "reported"
    described = (speaker.name or speaker.text).strip()
    if _UNIDENTIFIED_RE.match(described):
        return "reported"
    return None


def _text_of(span_or_text: Span | Doc | str) -> str:
    return span_or_text if isinstance(span_or_text, str) else span_or_text.text


def local_hedge(
    span_or_text: Span | Doc | str, *, quoted: bool = False, denials: bool = False
) -> Certainty | None:
    """Certainty markers inside the content itself, or None when there are none.

    With ``quoted=True`` (a speaker's own words) only the opening sentence is read, so that a
    long quote is not graded by a "may" in its fifth sentence. ``denials=True`` also reads
    denial words ("denied", "rejected") — right for narration ("He denied the report"),
    wrong for reported content, where the speaker asserts that someone else denied.
    """
    text = _text_of(span_or_text)
    if quoted:
        text = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0][:200]
    if denials and _DENIAL_RE.search(text):
        return "denied"
    if _UNCONFIRMED_RE.search(text):
        return "unconfirmed"
    if _FIRST_PERSON_HEDGE_RE.match(text):
        return "hedged"
    if isinstance(span_or_text, str):
        return "hedged" if _HEDGE_RE.search(_NEGATED_MODAL_RE.sub("", text)) else None
    span = span_or_text[:] if isinstance(span_or_text, Doc) else span_or_text
    if _HEARSAY_RE.match(text) and _passes_on_a_clause(span):
        return "reported"
    return (
        "hedged"
        if main_clause_hedged(_first_sentence(span) if quoted else span, quoted=quoted)
        else None
    )


_FIRST_PERSON_HEDGE_RE = re.compile(
    r"^(?:I|We)(?: (?:just|really|still|also))? (?:think|believe|suspect|hope|guess|expect|fear|assume|imagine)\b"
)
# Hearsay opening the content: "They say he died here", "We were told she was freed",
# "Word is he fled": the speaker passes on what others said, so the content is second-hand.
_HEARSAY_RE = re.compile(
    r"^(?:(?:They|People|Locals|Residents|Villagers|Neighbou?rs) (?:say|said|told (?:me|us))"
    r"|(?:I|We)(?: had| have|'ve|'d)? (?:heard|(?:was|were|been) told)"
    r"|Word is|Rumou?r has it)\b"
)


def _passes_on_a_clause(span: Span) -> bool:
    """The hearsay verb opening ``span`` governs a clause ("They say [he died here]"), so it
    passes on what others said; "They told us at ten" or "I was told to leave" do not."""
    return any(
        token.lemma_.lower() in HEARSAY_VERBS
        and token.pos_ in {"VERB", "AUX"}
        and any(c.dep_ in {"ccomp", "advcl"} and c.pos_ in {"VERB", "AUX"} for c in token.children)
        for token in span[:6]
    )


HEARSAY_VERBS = frozenset({"say", "tell", "hear", "be"})  # "be": "Word is he fled"


_NEGATED_MODAL_RE = re.compile(r"\b(?:could|might|may)(?: not|n't)\b", re.IGNORECASE)
HEDGE_MODALS = frozenset({"may", "might", "could"})
HEDGE_MODIFIERS = frozenset(
    {
        "possibly",
        "perhaps",
        "probably",
        "likely",
        "unlikely",
        "apparently",
        "presumably",
        "supposedly",
        "reportedly",
        "maybe",
        "potentially",
        "possible",
        "probable",
        "allegedly",
        "seemingly",
    }
)
HEDGE_PREDICATES = frozenset(
    {
        "appear",
        "seem",
        "believe",
        "think",
        "suspect",
        "expect",
        "estimate",
        "hope",
        "suggest",
        "guess",
        "rumor",
        "rumour",
        "speculate",
        "assume",
    }
)


def _first_sentence(span: Span) -> Span:
    for token in span:
        if token.text in {".", "!", "?"} and token.i > span.start:
            return span.doc[span.start : token.i + 1]
    return span


def _impersonal(predicate: Token) -> bool:
    """ "more rain was expected", "we believe", "forecasters expect": hedges of the speaker's
    own claim; "people think X" reports a third party's view instead."""
    subjects = [c for c in predicate.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if predicate.tag_ == "VBD" and any(c.lower_ in {"i", "we"} for c in subjects):
        return False  # "I thought that was the end": narrative, not a hedge
    if not subjects or any(
        c.dep_ == "nsubjpass" or c.lower_ in {"i", "we", "it"} for c in subjects
    ):
        return True
    return predicate.lemma_.lower() in {"expect", "estimate", "appear", "seem"}


def main_clause_hedged(span: Span, *, quoted: bool = False) -> bool:
    """Whether the clause's main predicate is hedged: a modal or hedge adverb on it, or a
    hedging verb as the predicate itself ("more rain was expected", "they may have fled").

    Hedges inside subordinate clauses ("as long as we could") do not count.
    """
    if len(span) == 0:
        return False
    roots = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
    main = {t.i for t in roots}
    main |= {
        c.i
        for t in roots
        for c in t.children
        if c.dep_ in {"conj", "xcomp"} and span.start <= c.i < span.end
    }
    for token in span:
        # The cheap word checks first; only a hedge modal or hedging verb needs the
        # negation check over its head's children.
        lower = token.lower_
        if (
            lower in HEDGE_MODALS
            and token.dep_ == "aux"
            and token.head.i in main
            and not _head_negated(token)
        ):
            return True
        if lower in HEDGE_MODIFIERS and (token.head.i in main or token.i in main):
            return True
        if (
            token.i in main
            and token.lemma_.lower() in HEDGE_PREDICATES
            and not _head_negated(token)
            and (not quoted or _impersonal(token))
        ):
            return True
    return False


def _head_negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.head.children)


def grade_certainty(
    span_or_text: Span | Doc | str,
    *,
    cue: str | None = None,
    speaker: Speaker | None = None,
    negated: bool = False,
    quoted: bool = False,
) -> Certainty:
    """Grade one statement or claim: the weakest of cue, speaker and local markers.

    ``span_or_text`` is the content (or, for narration, the whole sentence); ``cue`` the
    reporting verb's lemma or phrase; ``negated`` whether the cue is negated.
    Narration without cue or speaker is ``asserted`` unless the sentence itself hedges.
    """
    by_cue = cue_certainty(cue, negated=negated)
    if by_cue == "denied":
        return "denied"
    narration = cue is None and speaker is None
    local = local_hedge(span_or_text, quoted=quoted, denials=narration)
    if local == "denied":
        return "denied"
    return weakest([by_cue, speaker_certainty(speaker), local])
