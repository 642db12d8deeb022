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
from itertools import islice

from spacy.tokens import Doc, Span, Token

from dateline.nlp.attribution_index import DocIndex, active_index, doc_index, doc_text, tables_of
from dateline.records import CERTAINTY_ORDER, Certainty, Claim, Speaker

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
    if isinstance(span_or_text, str):
        return span_or_text
    if isinstance(span_or_text, Doc):
        return doc_text(span_or_text)
    tables = active_index(span_or_text.doc)
    if tables is None or not len(span_or_text):
        return span_or_text.text
    return tables.text_of(span_or_text.start, span_or_text.end)  # (Span.text re-joins tokens)


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
    words = doc_index(span.doc).words
    for i in range(span.start + 1, span.end):
        if words[i] in {".", "!", "?"}:
            return span.doc[span.start : i + 1]
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
    # the parse as lists (kept while a component runs): no Token object per word and head
    tables = doc_index(span.doc)
    head, lower, lemma, dep = tables.head, tables.lower, tables.lemma, tables.dep
    start, end = span.start, span.end
    roots = {i for i in range(start, end) if not start <= head[i] < end or head[i] == i}
    main = roots | {
        i
        for i in range(start, end)
        if head[i] in roots and head[i] != i and dep[i] in {"conj", "xcomp"}
    }
    doc = span.doc
    for i in range(start, end):
        # The cheap word checks first; only a hedge modal or hedging verb needs the
        # negation check over its head's children.
        word = lower[i]
        if (
            word in HEDGE_MODALS
            and dep[i] == "aux"
            and head[i] in main
            and not _head_negated(doc[i])
        ):
            return True
        if word in HEDGE_MODIFIERS and (head[i] in main or i in main):
            return True
        if (
            i in main
            and lemma[i] in HEDGE_PREDICATES
            and not _head_negated(doc[i])
            and (not quoted or _impersonal(doc[i]))
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


# --- Frames and scopes of news prose (claims) -------------------------------------------

BELIEF_CUES = frozenset(
    {
        "believe",
        "think",
        "suspect",
        "fear",
        "suggest",
        "speculate",
        "assume",
        "guess",
        "reckon",
        "suppose",
        "presume",
        "surmise",
    }
)
"""A belief is not knowledge: "he believes she is held", "I thought she was dead" → hedged."""


def belief_certainty(verb: Token) -> Certainty:
    """A belief verb's grade: a person's or the speaker's own belief ("he believes",
    "I thought", "we suspect") is hedged; what unnamed people believe ("officials believe",
    "they believe") is how news passes on an unnamed source's account: reported."""
    if _asked(verb):
        return "asserted"  # "asked whether officials believe he is alive, X said 'Yes'"
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(s.lower_ == "they" or s.tag_ == "NNS" for s in subjects):
        return "reported"
    return "hedged"


_CONJECTURE_CUES = frozenset({"suggest", "suspect", "fear", "speculate"})
_HEARSAY_SUBJECTS = frozenset({"they", "people", "locals", "residents", "villagers", "neighbours"})


def verb_certainty(verb: Token) -> Certainty | None:
    """What a reporting verb above a claim says of it, beyond the speaker: a belief
    (:func:`belief_certainty`), or hearsay, "They say he was moved", "We were told he is
    alive", "I heard he fled" → reported (the speaker passes on what others said)."""
    lemma = verb.lemma_.lower()
    if lemma in _CONJECTURE_CUES:
        return "hedged"  # "analysts suggest", "police suspect": a guess whoever makes it
    if lemma in BELIEF_CUES:
        return belief_certainty(verb)
    if lemma not in {"say", "tell", "hear"}:
        return None
    tables = tables_of(verb.doc)  # (read from the tables: no Token per child)
    dep, lower, kids = tables.dep, tables.lower, tables.children[verb.i]
    subjects = [lower[c] for c in kids if dep[c] in {"nsubj", "nsubjpass"}]
    if (
        lemma == "say"
        and tables.tag[verb.i] in {"VBP"}
        and any(s in _HEARSAY_SUBJECTS for s in subjects)
    ):
        return "reported"
    if (
        lemma in {"tell", "hear"}
        and any(s in {"i", "we"} for s in subjects)
        and (lemma == "hear" or any(dep[c] == "auxpass" for c in kids))
    ):
        return "reported"
    return None


def _asked(verb: Token) -> bool:
    """The belief is what a question asks about ("whether officials believe P")."""
    tok = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in tok.children):
            return True
        if tok.head == tok:
            return False
        tok = tok.head
    return False


_STATE_OUTLET_RE = re.compile(
    r"\bstate(?:[- ](?:run|owned|controlled))?\s+(?:media|television|tv|radio|news\s+agency"
    r"|news|broadcaster|press|newspapers?|channels?|outlets?)\b",
    re.IGNORECASE,
)


def is_state_outlet(description: str) -> bool:
    """ "Iraqi state media", "Syrian state TV", "state-run television": the named outlets of a
    government speak on the record, unlike "media reports" or "local media"."""
    return bool(_STATE_OUTLET_RE.search(description))


_VERDICT_PASSIVES = frozenset({"declare", "pronounce", "proclaim"})
_COUNT_NOUNS = frozenset({"count", "account", "accounts", "reckoning", "tally", "estimate"})
_UNKNOWN_WORDS = frozenset({"unknown", "unclear", "uncertain", "unconfirmed", "mystery"})
_LOCATION_NOUNS = frozenset({"whereabouts", "location", "fate"})


def frame_certainty(tok: Token) -> Certainty | None:
    """Frames on a clause head that grade what the clause says, or None.

    * "as far as we are concerned / we know / I can tell", "to our knowledge" → hedged;
    * a passive verdict without a single named giver: "has been declared dead four times",
      "was pronounced dead by three governments and two factions" → reported (it relays
      declarations, like "has been reported dead");
    * "by his enemies' count", "by some accounts" → reported;
    * "the whereabouts / fate of X remain unknown" → unconfirmed.
    """
    doc = tok.doc
    tables = tables_of(doc)  # (read from the tables: a Token only for "as far as" phrases)
    dep, lower, lemmas, children = tables.dep, tables.lower, tables.lemma, tables.children
    kids = children[tok.i]
    lemma = lemmas[tok.i]
    for c in kids:
        d, word = dep[c], lower[c]
        if d in {"advcl", "prep", "advmod"} and _as_far_as_at(tables, c) and _as_far_as(doc[c]):
            return "hedged"
        if (
            d == "prep"
            and word == "to"
            and any(dep[p] == "pobj" and lemmas[p] == "knowledge" for p in children[c])
        ):
            return "hedged"  # "to our knowledge", "to the best of my knowledge"
        if d in {"prep", "agent"} and word == "by":
            pobj = next((p for p in children[c] if dep[p] == "pobj"), None)
            if pobj is not None and lower[pobj] in _COUNT_NOUNS:
                return "reported"
    if lemma in _VERDICT_PASSIVES and any(dep[c] == "auxpass" for c in kids):
        agent = next((c for c in kids if dep[c] == "agent"), None)
        givers = [p for p in children[agent] if dep[p] == "pobj"] if agent is not None else []
        if not givers or any(
            tables.tag[g] in {"NNS", "NNPS"} or any(dep[d] == "conj" for d in children[g])
            for g in givers
        ):
            return "reported"
    if (
        lemma in {"remain", "be", "stay"}
        and any(
            dep[c] in {"acomp", "attr"}
            and (
                lower[c] in _UNKNOWN_WORDS
                # "are not (yet) known": a negation on the copula or on the adjective
                or lower[c] == "known"
                and any(dep[n] == "neg" for n in (*kids, *children[c]))
            )
            for c in kids
        )
        and any(
            dep[c] == "nsubj"
            and any(
                lemmas[n] in _LOCATION_NOUNS | {"whereabout"}
                for n in (c, *(a for a in children[c] if dep[a] == "appos"))
            )  # "- Baku: The whereabouts of X remain unknown" (a round-up's place label)
            for c in kids
        )
    ):
        return "unconfirmed"
    if (
        lemma == "know"
        and any(dep[c] == "neg" for c in kids)
        and any(dep[c] == "nsubjpass" and lemmas[c] in _LOCATION_NOUNS for c in kids)
    ):
        return "unconfirmed"  # "his whereabouts are not known", parsed as a passive
    if _doubted(tables, kids):
        return "unconfirmed"  # "is not sure he died", "no longer had certainty about his death"
    return None


_SURE_WORDS = frozenset({"sure", "certain", "convinced", "positive"})
_CERTAINTY_NOUNS = frozenset({"certainty", "proof", "confirmation"})


def _doubted(tables: DocIndex, kids: list[int]) -> bool:
    """A negated certainty on the clause that governs the claim (``kids``, its head's
    children): "not sure", "no longer certain", "had no certainty", "unsure whether"."""
    dep, lower, children = tables.dep, tables.lower, tables.children
    negated = any(
        dep[c] == "neg" or lower[c] == "longer" and any(lower[d] == "no" for d in children[c])
        for c in kids
    )
    for c in kids:
        if dep[c] == "acomp" and lower[c] in {"unsure", "uncertain"}:
            return True
        if dep[c] == "acomp" and lower[c] in _SURE_WORDS and negated:
            return True
        if (
            dep[c] == "dobj"
            and tables.lemma[c] in _CERTAINTY_NOUNS
            and (negated or any(lower[d] == "no" for d in children[c]))
        ):
            return True
    return False


def _as_far_as_at(tables: DocIndex, i: int) -> bool:
    """The cheap first test of :func:`_as_far_as`: the subtree of token ``i`` starts with
    "as" (its leftmost child's leftmost child ..., read from the tables)."""
    children = tables.children
    first = i
    while children[first] and children[first][0] < first:
        first = children[first][0]
    return tables.lower[first] == "as"


def _as_far_as(tok: Token) -> bool:
    """ "as far as we are concerned": the clause holds only for the speaker."""
    first = tok
    while (left := next(iter(first.lefts), None)) is not None:
        first = left  # the subtree's first word (what ``subtree`` yields first), found cheaply
    if first.lower_ != "as":
        return False  # (walking ``subtree`` rescans each left child's span: costly, rarely needed)
    words = [t.lower_ for t in islice(tok.subtree, 3)]  # (not the whole subtree)
    return words == ["as", "far", "as"]


# "We have not been able to confirm either account", "We have no way of checking that",
# "This could not be independently verified": the narration withholds its word on claims
# made before it (README convention: a claim the text says could not be verified).
_CHECK = r"(?:independently\s+)?(?:confirm|verify|check|corroborate|authenticate)\w*"
_REFERENT = (
    r"(?P<what>(?:either|neither|each)\s+(?:account|claim|report|version|statement)"
    r"|both\s+(?:accounts|claims|reports|versions|statements)"
    r"|(?:these|those|the|such)\s+(?:accounts|claims|reports|versions|statements)"
    r"|(?:that|this|the|his|her|their|its)\s+(?:account|claim|report|version|statement)"
    r"|that|this|it|them|any\s+of\s+(?:this|these|it|them))"
)
_ACTIVE_CAVEAT_RE = re.compile(
    r"^\W*(?:we|I|this\s+(?:newspaper|paper|station|network|agency|reporter|correspondent"
    r"|magazine|site|channel|programme|program|publication|outlet))\s+(?:still\s+|also\s+)?"
    r"(?:(?:has|have|had)\s+(?:not|never)\s+been\s+able\s+to"
    r"|(?:has|have|had)\s+(?:so\s+far\s+)?been\s+unable\s+to"
    r"|(?:could|can|was|were|is|are)\s*(?:not|n't|unable\s+to|not\s+able\s+to)"
    r"|cannot|(?:has|have|had)\s+no\s+(?:way|means)\s+(?:of|to))"
    rf"\s+{_CHECK}\s+{_REFERENT}\s*[.;,]",
    re.IGNORECASE,
)
_PASSIVE_CAVEAT_RE = re.compile(
    r"^\W*(?P<what>(?:this|that|it|neither|none\s+of\s+(?:this|these|them|it))"
    r"(?:\s+(?:account|claim|report|version|statement))?"
    r"|the\s+(?:\w+['\u2019]s\s+)?(?:account|claim|report|version|statement)"  # "The claim could not"
    r"|(?:the|these|those|both|such)\s+(?:accounts|claims|reports|versions|statements))"
    r"\s+(?:could|can|has|have|had)\s*(?:not|n't)?\s*(?:yet\s+)?be(?:en)?\s+"
    r"(?:independently\s+)?(?:confirmed|verified|corroborated|authenticated)\b",
    re.IGNORECASE,
)
# The same withheld word inside the sentence it doubts: "X said he was killed, a claim that
# could not be independently verified" / "..., but this could not be confirmed".
_NOT_CHECKED = (
    r"(?:could|can|has|have|had)\s*(?:not|n't)\s+(?:yet\s+|immediately\s+|independently\s+)?"
    r"be(?:en)?\s+(?:independently\s+|immediately\s+)?(?:confirmed|verified|corroborated)\b"
)
_INLINE_CAVEAT_RE = re.compile(
    r"(?:,|;|\u2014|--)\s*(?:"
    r"(?:an?\s+)?(?:claim|assertion|account|allegation|version)\s+(?:that|which)\s+"
    r"|which\s+"
    r"|(?:but|though|although|and)\s+(?:this|that|it|the\s+(?:claim|report|account))\s+"
    rf"){_NOT_CHECKED}",
    re.IGNORECASE,
)
_TIMESTAMP_RE = re.compile(r"^\W*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-\u2013\u2014:|]*\s*)")
_PLURAL_REFERENT_RE = re.compile(
    r"^(?:either|neither|each|both|these|those|the\s+\w+s|such|none)\b", re.I
)


def verification_caveat(sentence: str, *, outlet: str | None = None) -> str | None:
    """What the narration says it could not check: ``"plural"`` (either account, these
    claims: the accounts just given), ``"single"`` (that, this claim: the last one), or None
    when the sentence is no such caveat. Only the outlet's own voice counts ("We", "This
    newspaper", the outlet by name, an agentless passive): "the police said they could not
    confirm his account" is the police's doubt, one more account."""
    sentence = _TIMESTAMP_RE.sub("", sentence, count=1)
    if outlet:
        # the outlet by name, with or without its article ("The Gulf Courier has been unable")
        bare = outlet[4:] if outlet.lower().startswith("the ") else outlet
        for name in (f"The {bare}", f"the {bare}", bare):
            if sentence.lstrip().startswith(name):
                sentence = "We" + sentence.lstrip()[len(name) :]
                break
    m = _ACTIVE_CAVEAT_RE.search(sentence) or _PASSIVE_CAVEAT_RE.search(sentence)
    if m is None:
        return None
    what = m.group("what").strip()
    if not re.search(r"(?:not|n.t|neither|none|unable|never|no way|no means)\b", m.group(0), re.I):
        return None  # "the claims could be verified": no caveat
    return "plural" if _PLURAL_REFERENT_RE.match(what) else "single"


def apply_verification_caveats(
    claims: list[Claim],
    sentences: list[tuple[int, int, int]],
    text: str,
    *,
    quotes: Iterable[tuple[int, int]] = (),
    outlet: str | None = None,
) -> list[Claim]:
    """Make the attributed claims a caveat sentence refers to ``unconfirmed``.

    ``sentences`` are (start, end, paragraph) in text order. A singular caveat ("We have no
    way of checking that") reaches the claims of the sentence before it; a plural one
    ("either account", "these claims") the claims of the last two sources before it, back
    to the paragraph before. Claims in the narration's own voice and denials keep their grade.
    """
    quoted = list(quotes)
    out = list(claims)
    caveats: list[tuple[int, int]] = []
    for n, (start, end, para) in enumerate(sentences):
        if any(s <= start < e for s, e in quoted):
            continue
        inline = _INLINE_CAVEAT_RE.search(text, start, end)
        if inline is not None and not any(s <= inline.start() < e for s, e in quoted):
            out = _unconfirm(out, start, inline.start(), outlet)
        scope = verification_caveat(text[start:end], outlet=outlet)
        if scope is None:
            continue
        caveats.append((start, end))
        if scope == "single":
            window = [sentences[n - 1]] if n and sentences[n - 1][2] == para else []
        else:
            window = [s for s in sentences[max(0, n - 8) : n] if para - 1 <= s[2] <= para]
        lo = window[0][0] if window else start
        picked = [
            i
            for i, c in enumerate(out)
            if lo <= c.start < start
            and c.claimant is not None
            and c.claimant != outlet
            and c.certainty not in {"denied", "unconfirmed"}
        ]
        if scope == "plural":
            sources: list[str] = []
            for i in reversed(picked):
                claimant = out[i].claimant or ""
                if claimant not in sources:
                    sources.append(claimant)
            keep = set(sources[:2])
            picked = [i for i in picked if out[i].claimant in keep]
        for i in picked:
            out[i] = out[i].model_copy(update={"certainty": "unconfirmed"})
    # The outlet's caveat is a word on the claims before it, not a claim of its own ("The
    # Courier has been unable to verify this" restates none of them on the outlet's word).
    return [
        c
        for c in out
        if not (
            c.claimant in {None, outlet}
            and c.certainty == "unconfirmed"
            and any(s <= c.start < e for s, e in caveats)
        )
    ]


def _unconfirm(claims: list[Claim], lo: int, hi: int, outlet: str | None) -> list[Claim]:
    """The attributed claims between ``lo`` and ``hi`` (the words an inline caveat doubts)
    made ``unconfirmed``; the narration's own and denials keep their grade."""
    return [
        c.model_copy(update={"certainty": "unconfirmed"})
        if lo <= c.start < hi
        and c.claimant is not None
        and c.claimant != outlet
        and c.certainty not in {"denied", "unconfirmed"}
        else c
        for c in claims
    ]
