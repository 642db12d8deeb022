"""spaCy component ``dateline_claims``: status and event claims about people.

For every sentence the component finds **triggers** (a verb, predicative adjective, state
phrase or event noun from :mod:`dateline.nlp.claims_lexicon`), the **subject** the trigger
is about (patient of "killed", subject of "died"/"is alive", possessor of "death"), and
then walks the dependency path from the trigger up to the sentence root to read:

* the **claimant**: the outermost reporting verb's subject ("Russia's Defense Ministry said
  it was investigating reports he had been killed"), the speaker of the quotation or
  statement around the trigger, a nominal source ("reports of his death"), else the
  outlet's own narration;
* the **polarity**: negation on the trigger or on a reporting verb above it ("no official
  has ever claimed he is dead"), denial verbs, a "No" answer to a "whether" question;
* the **certainty**: the weakest of the cues on the path (claim/allege → reported,
  investigate/cannot confirm → unconfirmed, modals, hedging adverbs and impersonal
  "it is believed" → hedged, denial → denied), anonymous speakers → reported;
* the **event time**: a time expression attached to the trigger's own clause; else, for
  narration, the narrative time of the paragraph; present-tense states take the
  publication date; past perfect in reported speech gets only an upper bound;
* the **place**: a place phrase attached to the clause ("near Raqqa", "in Mosul's
  al-Nuri Mosque", "on the outskirts of X").

Messages ("an audio message from X", "recordings it claims are from X") become
``message_released`` claims about their author, and what a message mentions with a date
becomes a proof-of-life ``alive`` claim bounded below by that date (DESIGN.md, "Dating").
The approach follows the event-factuality reading of FactBank (Saurí & Pustejovsky 2009):
the source chain and the cues on it decide whose claim it is and how firmly it is held.

Modules: this one finds triggers, subjects and messages; :mod:`claims_sources` reads the
source chain (claimant, polarity, certainty); :mod:`claims_timeplace` the event time and
place; :mod:`claims_context` holds the shared per-document state; :mod:`claims_lexicon`
the word lists; :mod:`claims_time` TIMEX3 intervals and a fallback tagger;
:mod:`claims_export` the export rows.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution import outlet_of
from dateline.nlp.attribution_quotes import find_dateline
from dateline.nlp.claims_context import (
    ClaimContext,
    Hit,
    Source,
    in_quote,
    paragraph_of,
    past_dateline,
    relative_head,
    stranded_subject,
    weaker,
)
from dateline.nlp.claims_sources import (
    denied_nominal,
    entity_in_name,
    name_of,
    path_reading,
    quote_source,
)
from dateline.nlp.claims_time import fallback_timexes, interval_of, is_point
from dateline.nlp.claims_timeplace import attached_timex, event_time_of, place_of
from dateline.nlp.entities import PERSON_NOUNS, entity_at, quoted_spans
from dateline.nlp.extensions import register_extensions
from dateline.records import Claim, Entity, TimeExpression

_PERFECT_TAGS = {"VBN"}


class ClaimExtractor:
    """Callable spaCy component; see the module docstring."""

    def __init__(self, *, use_statements: bool = True) -> None:
        self.use_statements = use_statements

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = extract_claims(doc, use_statements=self.use_statements)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def extract_claims(doc: Doc, *, use_statements: bool = True) -> list[Claim]:
    """All claims of ``doc`` (reads ``doc._.entities``, ``timexes``, ``statements``)."""
    ctx = _context(doc, use_statements=use_statements)
    claims: list[Claim] = []
    seen: set[tuple] = set()
    for n, sent in enumerate(ctx.sents):
        for hit in _drop_restatements(ctx, sent, _sentence_hits(ctx, sent)):
            for claim in _claims_of_hit(ctx, sent, hit, len(claims)):
                key = (claim.subject_id, claim.predicate, claim.polarity, n, claim.basis, claim.event_time)
                if key in seen:
                    continue
                seen.add(key)
                claims.append(claim)
                ctx.claims.append(claim)
    return claims


# --- context ----------------------------------------------------------------------------


def _drop_restatements(ctx: ClaimContext, sent: Span, hits: list[Hit]) -> list[Hit]:
    """An event noun that restates a verb's event in the same sentence ("who was wounded
    in May ... died of his injuries") adds no claim of its own."""
    verbal = {(h.predicate, s.i) for h in hits if h.anchor.pos_ in {"VERB", "AUX"} for s in h.subjects}
    out = []
    for h in hits:
        if h.anchor.pos_ == "NOUN" and h.anchor.lemma_.lower() in lx.EVENT_NOUNS and not attached_timex(
            ctx, sent, set(h.clause) | {h.anchor.i}
        ):
            subjects = [s for s in h.subjects if not _same_referent(ctx, s, verbal, h.predicate)]
            if not subjects:
                continue
            h.subjects = subjects
        out.append(h)
    return out


def _same_referent(ctx: ClaimContext, tok: Token, verbal: set[tuple[str, int]], predicate: str) -> bool:
    ent = entity_in_name(ctx, tok)
    if ent is None:
        return False
    for pred, i in verbal:
        other = entity_in_name(ctx, relative_head(ctx.doc[i]))
        if pred == predicate and other is not None and other.entity_id == ent.entity_id:
            return True
    return False


def _context(doc: Doc, *, use_statements: bool) -> ClaimContext:
    text = doc.text  # built once: Doc.text joins every token on each access
    timexes = doc._.timexes
    if not timexes:
        # No time component in this pipeline (or it found nothing): read calendar dates.
        timexes = fallback_timexes(doc)
    sents = list(doc.sents)
    para_starts = [m.end() - 1 for m in re.finditer(r"(?:^|\n\s*\n)\S", text)]
    dateline = find_dateline(text)
    return ClaimContext(
        doc=doc,
        text=text,
        entities=list(doc._.entities or ()),
        timexes=sorted(timexes, key=lambda t: t.start),
        statements=list(doc._.statements or ()) if use_statements else [],
        quotes=quoted_spans(text),
        outlet=outlet_of(doc),
        published=doc._.published,
        sent_of={tok.i: n for n, s in enumerate(sents) for tok in s},
        sents=sents,
        para_of_sent=[bisect.bisect_right(para_starts, s.start_char) for s in sents],
        para_starts=para_starts,
        dateline=(dateline.start, dateline.end) if dateline is not None else (0, 0),
    )


def _evidence(ctx: ClaimContext, sent: Span, anchor: Token) -> tuple[str, int, int]:
    """The sentence, clipped to the paragraph of the trigger (headlines and chrome off), and
    the character bounds of what is kept."""
    n = paragraph_of(ctx, anchor.idx)
    lo = ctx.para_starts[n - 1] if n > 0 else 0
    hi = ctx.para_starts[n] if n < len(ctx.para_starts) else len(ctx.text)
    start, end = max(sent.start_char, lo), min(sent.end_char, hi)
    raw = ctx.text[start:end]
    kept = raw.strip().strip('"“”').strip()
    first = start + raw.find(kept) if kept else start
    return kept, first, first + len(kept)


# --- triggers ---------------------------------------------------------------------------


# Tokens that can trigger by their part of speech, by their word, or as the object of a
# preposition ("in custody"); every other token is skipped before the trigger rules run.
_TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN"})
_TRIGGER_TAGS = frozenset({"VBN", "VBD"})
_INCLUDED_WORDS = frozenset({"dead", "victims", "fatalities", "wounded", "injured"})
_TRIGGER_WORDS = (
    _INCLUDED_WORDS
    | {"missing", "hands"}
    | set(lx.PARTICIPLE_MODIFIERS)
    | set(lx.STATE_ADJECTIVES)
    | set(lx.NEGATED_STATE_ADJECTIVES)
)
_PP_DEPS = frozenset({"pobj", "amod", "advmod"})


def _may_trigger(tok: Token) -> bool:
    """Cheap pre-filter for :func:`_token_hits` (same output; most tokens fail it)."""
    return (
        tok.pos_ in _TRIGGER_POS
        or tok.tag_ in _TRIGGER_TAGS
        or tok.lower_ in _TRIGGER_WORDS
        or tok.dep_ in _PP_DEPS and tok.head.pos_ == "ADP"
    )


def _sentence_hits(ctx: ClaimContext, sent: Span) -> list[Hit]:
    hits: list[Hit] = []
    for tok in sent:
        if _may_trigger(tok):
            hits.extend(_token_hits(ctx, tok))
    hits.extend(_message_hits(ctx, sent))
    hits.extend(_anaphoric_denials(ctx, sent))
    hits.extend(_proof_of_life_hits(ctx, sent))
    hits.extend(_dated_paper_hits(ctx, sent))
    return hits


def _token_hits(ctx: ClaimContext, tok: Token) -> list[Hit]:
    lemma = tok.lemma_.lower()
    if tok.lower_ in _INCLUDED_WORDS and tok.dep_ == "nsubj" and tok.head.lemma_ == "include":
        included = "wounded" if tok.lower_ in {"wounded", "injured"} else "killed"
        return [Hit(included, tok.head, _members_of(tok), {tok.head.i, tok.i})]  # "the dead included X"
    if tok.lower_ == "missing" and tok.dep_ == "amod":
        return [Hit("other:missing", tok, [tok.head], {tok.i})]
    if tok.lower_ == "missing" and (
        tok.dep_ in {"acomp", "oprd", "xcomp"}
        or tok.dep_ == "ccomp"
        and (any(c.dep_ == "dobj" for c in tok.head.children) or any(c.dep_ == "nsubj" for c in tok.children))
        or tok.dep_ == "advcl" and tok.head.lemma_ in {"go", "remain", "be", "stay"}
        or any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
    ):
        head = tok if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) else tok.head
        objects = [c for c in head.children if c.dep_ == "dobj"] if tok.dep_ in {"oprd", "xcomp", "ccomp"} else []
        return [Hit("other:missing", head, _expand_conj(objects) or _subject_of(head), {head.i, tok.i})]
    if tok.head.pos_ == "ADP" and tok.dep_ in {"pobj", "amod", "advmod"}:
        pred = lx.STATE_PPS.get((tok.head.lower_, tok.lower_))
        if tok.lemma_.lower() in {"health", "condition", "spirit", "shape"} and tok.head.lower_ == "in":
            pred = "alive"
        if pred:
            verb = tok.head.head
            barrier = False
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                barrier = barrier or verb.lower_ in lx.TEMPORAL_BARRIERS
                verb = verb.head  # "freed after three weeks in jail"
            if verb.lemma_.lower() in lx.PENALTY_VERBS or _future(verb):
                return []  # "sentenced to six years in prison" is a penalty, not (yet) a detention
            hit = Hit(pred, verb, _subject_of(verb) or _patient_of(verb), {verb.i, tok.i})
            if barrier:
                hit.event = (None, None, None)  # the state came before the verb's event
            return [hit]
    if tok.pos_ in {"VERB", "AUX"} or tok.tag_ in {"VBN", "VBD"}:
        return _verb_hits(ctx, tok, lemma)
    if tok.dep_ in {"amod", "compound"} and tok.lower_ in lx.PARTICIPLE_MODIFIERS and tok.head.pos_ in {"NOUN", "PROPN"}:
        # "its slain commander", tagged as a noun: the participle's event befell the head noun
        return [Hit(lx.PARTICIPLE_MODIFIERS[tok.lower_], tok, [tok.head], {tok.i})]
    if tok.pos_ == "ADJ" or tok.lower_ in lx.STATE_ADJECTIVES:
        return _adjective_hits(tok)
    if tok.pos_ == "NOUN" and lemma in lx.EVENT_NOUNS:
        return _noun_hits(tok, lemma)
    if tok.pos_ == "NOUN" and lemma in {"appointment", "election", "promotion", "nomination"} and any(
        t.lemma_.lower() in lx.LEADER_ROLES and t.head.lower_ in {"as", "to"} for t in tok.subtree
    ):
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return [Hit("leadership_change", tok, owners, {tok.i})] if owners else []  # "his appointment as commander"
    if tok.pos_ == "NOUN" and lemma in lx.LEADER_ROLES and (
        lemma == "successor" or any(c.dep_ == "amod" and c.lower_ in {"new", "acting", "interim", "newly"} for c in tok.children)
    ):
        # "X, the group's new leader" / "its new leader, X": a change of leader
        people = [tok.head] if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" else []
        people += [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        return [Hit("leadership_change", tok, people, {tok.i})] if people else []
    if tok.pos_ == "NOUN" and lemma in lx.HELD_NOUNS and (held := _held_noun_verb(tok)) is not None:
        return [Hit(lx.HELD_NOUNS[lemma], held, _subject_of(held), {held.i, tok.i})]
    if tok.lower_ == "hands" and tok.head.lower_ in {"in", "into"} and tok.dep_ == "pobj":
        return _hands_hits(tok)
    if tok.pos_ == "NOUN" and lemma in lx.BEREAVED_NOUNS:
        owners = [c for c in tok.children if c.dep_ == "poss" and c.lower_ not in {"his", "her", "their"}]
        owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return [Hit("killed", tok, owners, {tok.i})] if owners else []  # "X's widow", "the widow of X"
    if tok.pos_ == "NOUN" and lemma in {"body", "remains", "corpse"} and tok.head.lemma_.lower() in lx.BODY_VERBS | {"of"}:
        return _body_hits(tok)
    return []


def _held_noun_verb(noun: Token) -> Token | None:
    """The copula of "X remains a hostage" / "X is one of five hostages held by Y"."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in {"one", "among"}:
        tok = tok.head.head  # "one of five hostages"
    if tok.dep_ == "pobj" and tok.head.lower_ == "among":
        tok = tok.head
        return tok.head if tok.head.lemma_ in {"be", "remain"} else None
    if tok.dep_ in {"attr", "oprd"} and tok.head.lemma_ in {"be", "remain", "become"}:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in {"spend", "hold", "keep", "live", "remain"}:
        return tok.head.head  # "spent 14 months as a hostage"
    return None


def _hands_hits(hands: Token) -> list[Hit]:
    """"is in the hands of the rebels" → captured; "of the police" → arrested."""
    holder = next((p for c in hands.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children), None)
    verb = hands.head.head
    if holder is None or verb.pos_ not in {"VERB", "AUX"}:
        return []
    pred = "arrested" if holder.lemma_.lower() in lx.AUTHORITY_NOUNS else "captured"
    return [Hit(pred, verb, _subject_of(verb), {verb.i, hands.i})]


def _body_hits(noun: Token) -> list[Hit]:
    """"X's body was found / identified", "the body of X was recovered" → killed."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    verb = noun.head
    if verb.lemma_.lower() not in lx.BODY_VERBS or not owners:
        return []
    return [Hit("killed", verb, _expand_conj(owners), {verb.i, noun.i})]


def _verb_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit]:
    """Claims triggered by a verb: phrasal verbs, constructions with their own rule
    (take, see, show, become, name, hold), then the patient / agent lexicons."""
    if _irrealis(verb) or _future(verb):
        return []
    for rule in (_phrasal_hits, _construction_hits, _lexicon_hits):
        hits = rule(ctx, verb, lemma)
        if hits is not None:
            return hits
    return []


def _phrasal_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """"stepped down", "took over as leader" (not "was handed over to police")."""
    particle = next(
        (
            c.lower_
            for c in verb.children
            if c.dep_ == "prt"
            or c.dep_ == "advmod" and c.lower_ in {"down", "over", "up", "aside"}
            or c.dep_ == "prep" and c.lower_ == "out" and any(g.lower_ == "of" for g in c.children)
        ),
        None,
    )
    if lemma == "blow" and particle == "up" and any(c.lower_ in {"himself", "herself"} for c in verb.children):
        return [Hit("killed", verb, _subject_of(verb), {verb.i})]  # "blew himself up"
    particle = particle or next((c.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "away"), None)
    if particle and (lemma, particle) in lx.PHRASAL_PATIENT:
        if lemma == "pick" and not _state_agent(verb):
            return None  # "picked up by police", not "picked up by a friend"
        subjects = _patient_of(verb)
        return [Hit(lx.PHRASAL_PATIENT[(lemma, particle)], verb, subjects, {verb.i})] if subjects else []
    if lemma == "turn" and particle in {"in", None} and any(c.lower_ in {"himself", "herself"} for c in verb.children) and any(
        c.lower_ == "in" for c in verb.children
    ):
        return [Hit("other:surrender", verb, _subject_of(verb), {verb.i})]  # "turned himself in"
    if lemma == "hand" and particle == "over" and _is_passive(verb):
        to = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.subtree]
        if any(t.lemma_.lower() in lx.HANDOVER_RELEASE for t in to):
            return [Hit("released", verb, _patient_of(verb), {verb.i})]  # "handed over to the Red Cross"
    if not particle or (lemma, particle) not in lx.PHRASAL_AGENT:
        return None
    pred = lx.PHRASAL_AGENT[(lemma, particle)]
    if pred == "leadership_change" and (
        _is_passive(verb) or not (_leadership_object(verb, lemma) or _from_a_person(verb))
    ):
        return []
    return [Hit(pred, verb, _subject_of(verb), {verb.i})]


def _from_a_person(verb: Token) -> bool:
    """"took over from his father": succeeding someone named or described as a person."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            if pobj.ent_type_ == "PERSON" or pobj.lemma_.lower() in PERSON_NOUNS:
                return True
    return False


def _state_agent(verb: Token) -> bool:
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if agent is None and not _is_passive(verb):
        agent = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return agent is not None and agent.lemma_.lower() in lx.AUTHORITY_NOUNS


def _construction_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """Verbs whose claim depends on their complements; None when no rule applies."""
    if lemma in lx.ADDRESS_VERBS and _at_public_place(verb):
        return [Hit("appeared", verb, _subject_of(verb), {verb.i})]  # "addressed supporters at a rally"
    if lemma in lx.LEAD_VERBS - {"replace", "succeed"} and any(c.lower_ == "now" for c in verb.children) and any(
        c.dep_ == "dobj" for c in verb.children
    ):
        return [Hit("leadership_change", verb, _subject_of(verb), {verb.i})]  # "now leads the group"
    if lemma in lx.LEAD_VERBS - {"replace", "succeed"} and _is_passive(verb) and any(
        c.lower_ in {"now", "newly"} for c in verb.children
    ):
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        return [Hit("leadership_change", verb, _expand_conj(agents), {verb.i})] if agents else []  # "is now led by X"
    if lemma in {"take", "assume"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"role", "position", "post", "office", "mantle", "job"} for c in verb.children
    ) and any(t.lemma_.lower() in lx.LEADER_ROLES for t in verb.subtree if t.i > verb.i):
        return [Hit("leadership_change", verb, _subject_of(verb), {verb.i})]  # "assumed the role of commander"
    if lemma in lx.REMOVAL_VERBS and (_as_leader(verb) or _leadership_object(verb, lemma)) and _is_passive(verb):
        return [Hit("leadership_change", verb, _patient_of(verb), {verb.i})]  # "was removed as head"
    if lemma in {"hit", "strike", "graze"} and _is_passive(verb) and any(
        p.lemma_.lower() in lx.PROJECTILES for c in verb.children if c.dep_ == "agent" for p in c.children
    ):
        return [Hit("wounded", verb, _patient_of(verb), {verb.i})]  # "was hit by shrapnel"
    if lemma == "be" and (among := _among_the_dead(verb)) is not None:
        pred = "wounded" if among.lower_ in {"wounded", "injured"} else "killed"
        return [Hit(pred, verb, _subject_of(verb), {verb.i, among.i})]  # "(not) among the dead / the wounded"
    if lemma == "hit" and _is_passive(verb) and _in_body_part(verb):
        return [Hit("wounded", verb, _patient_of(verb), {verb.i})]  # "was hit in the leg"
    if lemma in {"take", "seek", "find"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"refuge", "shelter", "sanctuary", "cover"} for c in verb.children
    ):
        return _location_hits(verb, "stay")  # "took refuge in the embassy"
    if lemma in {"take", "assume", "seize"} and _takes_command(verb):
        return [Hit("leadership_change", verb, _subject_of(verb), {verb.i})]  # "took charge of", "assumed command"
    if lemma == "take":
        return _take_hits(verb)
    if lemma in lx.SEEN_VERBS and _is_passive(verb):
        return _seen_hits(verb)  # "was last seen", "has not been seen in public", "was shown in a video"
    if lemma == "swear" and any(c.lower_ == "in" and c.dep_ in {"prt", "advmod", "prep"} for c in verb.children):
        return [Hit("leadership_change", verb, _patient_of(verb), {verb.i})] if _as_leader(verb) else []
    if lemma in lx.PLACE_STATE_VERBS and any(c.lower_ == "where" for c in verb.children):
        # "declined to say where he was staying": whereabouts, not known
        return [Hit("located_in", verb, _patient_of(verb) if _is_passive(verb) else _subject_of(verb), {verb.i}, certainty="unconfirmed")]
    if lemma in {"be", "remain", "stay"} and (place_hit := _in_place_hit(verb)) is not None:
        return place_hit
    if lemma in {"receive", "undergo", "get"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"treatment", "care", "surgery"} for c in verb.children
    ):
        return _location_hits(verb, "stay")  # "receiving treatment at a military hospital"
    if lemma in {"see", "spot", "sight"} and not _is_passive(verb):
        seen = [c for c in verb.children if c.dep_ == "dobj"]
        return [Hit("appeared", verb, _expand_conj(seen), {verb.i})] if seen else []
    if lemma in {"show", "feature", "depict"}:
        return _shown_hits(ctx, verb)
    if lemma == "become" and any(
        c.dep_ in {"attr", "acomp", "oprd"} and c.lemma_.lower() in lx.LEADER_ROLES for c in verb.children
    ):
        return [Hit("leadership_change", verb, _subject_of(verb), {verb.i})]
    if lemma == "hole" and any(c.lower_ == "up" for c in verb.children):
        return _location_hits(verb, "stay")  # "is holed up in the mountains"
    if lemma in lx.APPOINT_VERBS and (_as_leader(verb) or _to_lead(verb) or _by_governing_body(verb)):
        return [Hit("leadership_change", verb, _patient_of(verb), {verb.i})]
    if lemma == "hold":
        return _hold_hits(ctx, verb) + _location_hits(verb, lemma)
    if lemma in lx.LOCATING_VERBS:
        return _location_hits(verb, lemma)
    return None


def _at_public_place(verb: Token) -> bool:
    """"at a rally", "in parliament", "at the funeral": a public occasion."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"at", "in", "to", "before", "during"}):
        if any(p.dep_ == "pobj" and p.lemma_.lower() in lx.APPEARANCE_PLACES | {"supporter", "crowd"} for p in prep.children):
            return True
    return any(
        c.dep_ == "dobj" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in lx.APPEARANCE_PLACES
            for g in c.children if g.dep_ == "prep" for p in g.children
        )
        for c in verb.children
    )


def _among_the_dead(verb: Token) -> Token | None:
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"):
        for p in prep.children:
            if p.dep_ == "pobj" and p.lower_ in {"dead", "victims", "casualties", "fatalities", "killed", "bodies", "wounded", "injured"}:
                return p
    return None


def _takes_command(verb: Token) -> bool:
    """"took charge of the council", "assumed command", "seized power", "took the helm"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lx.COMMAND_NOUNS for c in verb.children)


def _seen_hits(verb: Token) -> list[Hit]:
    """Passive "seen / spotted / shown / filmed": an appearance, unless "seen as" a kind
    of person or "seen to be" so (a judgement, not a sighting)."""
    if any(c.dep_ == "prep" and c.lower_ in {"as", "like"} or c.dep_ in {"xcomp", "oprd"} and c.lemma_ == "be" for c in verb.children):
        return []
    if any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return []
    lemma = verb.lemma_.lower()
    if lemma in {"show", "picture", "film", "photograph", "feature", "depict"} and not any(
        c.dep_ == "prep" and any(p.lemma_.lower() in lx.MESSAGE_NOUNS | lx.IMAGE_NOUNS for p in c.children)
        for c in verb.children
    ):
        return []  # "was shown the door"; a sighting needs the picture it is in
    return [Hit("appeared", verb, _subject_of(verb), {verb.i})]


def _in_place_hit(verb: Token) -> list[Hit] | None:
    """"was in a safe place", "is now back in Italy", "remains in Kesra": where a person is."""
    # "is in stable condition in a hospital in X": the place hangs on the state noun
    states = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in {"condition", "health", "shape", "spirit", "spirits"}
    ]
    for holder in (verb, *[c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back"], *states):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "inside"}):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                if pobj.lemma_.lower() in {"place", "location"} and not any(c.dep_ in {"amod", "det"} for c in pobj.children):
                    continue  # "remained in place"
                if (prep.lower_, pobj.lower_) in lx.STATE_PPS and not any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" for c in pobj.children
                ):
                    continue  # "in custody", "in hiding" have their own predicates ("in Evin prison" is a place too)
                if _place_pobj(pobj, prep) or pobj.lemma_.lower() in lx.PLACE_NOUNS and any(
                    c.lower_ in {"the", "that", "this"} for c in pobj.children
                ):  # "had not been in the area"
                    subjects = _subject_of(verb)
                    return [Hit("located_in", verb, subjects, {verb.i, prep.i})] if subjects else []
    return None


def _place_pobj(pobj: Token, prep: Token) -> bool:
    from dateline.nlp.claims_timeplace import is_place

    return pobj.lemma_.lower() in {"place", "location"} or is_place(pobj, prep)


def _shown_hits(ctx: ClaimContext, verb: Token) -> list[Hit] | None:
    """"A video shows X" / "appears to show X": X appeared, and is the video's speaker."""
    showing = [*verb.children, *(verb.head.children if verb.dep_ == "xcomp" else ())]
    if not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lx.MESSAGE_NOUNS | {"image", "photo", "photograph", "picture"}
        for c in showing
    ):
        return None
    shown = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "nsubj" and c.i > verb.i]
    shown += [n for c in verb.children if c.dep_ == "ccomp" for n in c.children if n.dep_ == "nsubj"]
    for tok in shown:
        person = entity_in_name(ctx, tok)
        if person is not None and person.kind == "person":
            ctx.message_author = person
    return [Hit("appeared", verb, _expand_conj(shown), {verb.i})] if shown else []


def _lexicon_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """Verbs of the patient lexicon (killed, arrested ...) and the agent lexicon (died,
    resigned, appeared ...), with the checks that keep their literal senses out."""
    if _to_death(verb):
        subjects = _patient_of(verb)
        return [Hit("killed", verb, subjects, {verb.i})] if subjects else []  # "beaten to death"
    if lemma in lx.PATIENT_VERBS and (group_verb := _group_verb(verb)) is not None:
        subjects = _patient_of(verb)  # "X was (not) among those arrested"
        return [Hit(lx.PATIENT_VERBS[lemma], verb, subjects, {verb.i, group_verb.i})] if subjects else []
    if lemma in lx.PATIENT_VERBS:
        pred = lx.PATIENT_VERBS[lemma]
        if pred.startswith("other:") and any(c.lower_ == "dead" for c in verb.children):
            return []  # "shot dead" is read as killed by the adjective rule
        if lemma in {"release", "free"} and (
            _message_object(verb) or verb.dep_ in {"acl", "relcl"} and verb.head.lemma_.lower() in lx.MESSAGE_NOUNS
        ):
            return []  # a message released, not a person
        if pred == "leadership_change" and lemma not in lx.OUSTING_VERBS and not _leadership_object(verb, lemma):
            return []  # "replaced the tyres", "relieved the pressure"
        if pred == "arrested" and _non_state_agent(verb):
            pred = "captured"  # "detained by gunmen": held by non-state captors
        subjects = _patient_of(verb)
        hits = [Hit(pred, verb, subjects, {verb.i})] if subjects else []
        if lemma in lx.JAILING_VERBS and hits:
            hits += _location_hits(verb, "hold")  # "jailed in Evin prison": kept there
        if lemma == "replace" and hits and _leadership_object(verb, lemma) and not _is_passive(verb):
            hits.append(Hit(pred, verb, _subject_of(verb), {verb.i}))  # "X replaced Y as commander": both
        if lemma in {"replace", "succeed"} and hits and _is_passive(verb):
            agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if agents:
                hits.append(Hit(pred, verb, _expand_conj(agents), {verb.i}))  # "X was replaced by Y": Y too
        return hits
    if lemma == "shoot" and _in_body_part(verb):
        subjects = _patient_of(verb)
        return [Hit("wounded", verb, subjects, {verb.i})] if subjects else []  # "shot in the leg"
    if lemma == "hang" and verb.lower_ == "hanged" and _is_passive(verb):
        return [Hit("killed", verb, _patient_of(verb), {verb.i})]  # "was hanged" (not "hung")
    if lemma == "leave" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lx.OFFICE_NOUNS and not any(d.dep_ in {"det", "compound"} or d.dep_ == "poss" and d.pos_ != "PRON" for d in c.children)
        for c in verb.children
    ):
        return [Hit("resigned", verb, _subject_of(verb), {verb.i})]  # "since he left office"
    if lemma == "do" and any(c.lower_ in {"well", "fine"} and c.dep_ == "advmod" for c in verb.children) and any(
        c.dep_ == "aux" for c in verb.children
    ):
        return [Hit("alive", verb, _subject_of(verb), {verb.i})]  # "is doing well"
    if lemma == "live" and any(c.dep_ == "prep" and c.lower_ == "through" for c in verb.children):
        return [Hit("alive", verb, _subject_of(verb), {verb.i})]  # "lived through the attack"
    if lemma == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children):
        return [Hit("killed", verb, _subject_of(verb), {verb.i})]  # "lost their lives"
    if lemma == "serve" and any(t.lemma_.lower() == "sentence" for t in verb.subtree if t.i > verb.i):
        return [Hit("arrested", verb, _subject_of(verb), {verb.i})]  # "after serving four years of a sentence"
    if lemma == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() in lx.BODY_PARTS | {"eye"} for c in verb.children):
        return [Hit("wounded", verb, _subject_of(verb), {verb.i})]  # "lost a leg in the blast"
    if lemma in {"grant", "give", "allow"} and _is_passive(verb) and any(
        c.dep_ in {"dobj", "attr", "oprd"} and c.lemma_.lower() == "bail" for c in verb.children
    ):
        return [Hit("released", verb, _patient_of(verb), {verb.i})]  # "was granted bail"
    if lemma == "leave" and (
        any(
            c.dep_ == "dobj" and (c.lemma_.lower() in lx.LEAVE_OBJECTS or c.ent_type_ in {"GPE", "LOC"})
            for c in verb.children
        )
        or _place_name_follows(verb)
    ):
        return [Hit("other:leave", verb, _subject_of(verb), {verb.i})]
    if lemma == "survive" and any(c.dep_ == "neg" for c in verb.children):
        # "did not survive the attack": a death; the negation is read by the source chain
        return [Hit("killed", verb, _subject_of(verb), {verb.i}, polarity_neg=True)]
    if lemma in {"take", "lead", "drag", "bundle", "force", "march"} and _is_passive(verb) and (carried := _carried_off(verb)):
        return [Hit(carried, verb, _patient_of(verb), {verb.i})]  # "was taken away by police", "bundled into a car"
    if lemma in lx.AGENT_VERBS:
        if lemma in {"appear", "surface", "reappear", "resurface"} and not _public_appearance(verb) and not (
            lemma != "appear" and place_of(verb)
        ):
            return []  # "resurfaced in Kanda" is a sighting; "appeared tired" is not
        if lemma in {"hide", "live"} and not place_of(verb):
            return []
        if lemma in {"succeed", "relinquish", "cede", "hand"} and not (
            _leadership_object(verb, lemma) or lemma == "succeed" and _person_object(verb)
        ):
            return []
        return [Hit(lx.AGENT_VERBS[lemma], verb, _subject_of(verb), {verb.i})]
    return None


def _place_name_follows(verb: Token) -> bool:
    """"had left Deir ez-Zor weeks before": a place name right after the verb is what it
    leaves even when the parser makes a later noun the object."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return nxt is not None and nxt.ent_type_ in {"GPE", "LOC"} and nxt.ent_iob_ == "B" and verb.tag_ in {"VBD", "VBN"}


def _carried_off(verb: Token) -> str | None:
    """"taken away by police" → arrested; "bundled into a car by gunmen" → captured."""
    away = any(c.lower_ in {"away", "off"} and c.dep_ in {"prt", "advmod"} for c in verb.children)
    into = any(
        c.dep_ == "prep" and c.lower_ == "into" and any(p.lemma_.lower() in lx.VEHICLES for p in c.children)
        for c in verb.children
    )
    if not (away or into):
        return None
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    words = {t.lemma_.lower() for t in verb.subtree}
    if agent is not None and agent.lemma_.lower() in lx.AUTHORITY_NOUNS or words & {"police", "security"}:
        return "arrested"
    if agent is not None and agent.lemma_.lower() in lx.NON_STATE_CAPTORS or words & {"gunman", "gunmen"}:
        return "captured"
    return None


def _person_object(verb: Token) -> bool:
    """"succeeded his father", "succeeded Abel Mori": the object is a person."""
    return any(
        c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in PERSON_NOUNS) for c in verb.children
    )


def _non_state_agent(verb: Token) -> bool:
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    return agent is not None and agent.lemma_.lower() in lx.NON_STATE_CAPTORS


def _to_death(verb: Token) -> bool:
    """"stabbed to death", "beaten to death", "burned to death" (not "sentenced to death")."""
    if verb.lemma_.lower() in lx.PENALTY_VERBS | {"put"}:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children) for c in verb.children
    )


def _in_body_part(verb: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ in {"in", "through"} and any(p.lemma_.lower() in lx.BODY_PARTS for p in c.children)
        for c in verb.children
    )


def _irrealis(verb: Token) -> bool:
    """A bare infinitive or imperative ("only to free the hostages", "free him!") states
    a purpose or a demand, not an event."""
    if verb.tag_ != "VB":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        head = verb.head
        if head.lemma_.lower() in lx.RAISING_REPORT_VERBS and any(c.dep_ == "auxpass" for c in head.children):
            return False  # "is believed to be in Turkey", "was last known to be in X"
        if head.lemma_.lower() in {"allow", "permit"} and any(c.dep_ == "neg" for c in head.children):
            return True  # "was not allowed to see"
        if head.lemma_.lower() in {"refuse", "decline"} or any(c.lower_ == "yet" for c in head.children):
            return False  # read as negated: "refused to resign", "has yet to be released"
        return head.lemma_.lower() not in lx.FACTIVE_INFINITIVE_HEADS
    if not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        # imperative ("Free him!") or bare infinitive ("help free him", "let him go")
        return verb.dep_ in {"ROOT", "xcomp", "ccomp", "advcl"}
    return False


def _future(verb: Token) -> bool:
    """"will be released", "would soon appear": not (yet) an event."""
    return any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in verb.children)


def _demanded(noun: Token) -> bool:
    """"called for the release of X", "demanded his release": wanted, not happened."""
    head = noun.head
    if head.lower_ in {"for"} and head.head.lemma_.lower() in lx.DEMAND_VERBS | lx.WANT_NOUNS:
        return True
    if head.lower_ == "for" and any(c.dep_ == "dobj" and c.lemma_.lower() in lx.WANT_NOUNS for c in head.head.children):
        return True  # "offered a reward for the capture of X", "issued a warrant for his arrest"
    if head.lower_ == "of" and head.head.lower_ in {"arrest", "capture", "release"} and _demanded(head.head):
        return True  # "a warrant for the arrest of X"
    if noun.dep_ == "compound" and head.lemma_.lower() in lx.WANT_NOUNS:
        return True  # "an arrest warrant"
    return noun.dep_ == "dobj" and head.lemma_.lower() in lx.DEMAND_VERBS


def _hold_hits(ctx: ClaimContext, verb: Token) -> list[Hit]:
    """"is being held" / "X is holding Y": detention by authorities (arrested) or by
    kidnappers (captured), told apart by the holder or by a kidnapping in the article."""
    if _is_passive(verb):
        subjects = _subject_of(verb)
        holder = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    else:
        subjects = [c for c in verb.children if c.dep_ == "dobj"]
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if holder is None and verb.dep_ in {"xcomp", "pcomp", "ccomp"}:
            holder = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "denied holding X"
        if holder is not None and holder.lower_ in {"they", "we"}:
            holder = _reporting_subject(verb) or holder  # "Police said they were not holding X"
        if not subjects or holder is None:
            return []
    if any(c.lower_ in {"hostage", "captive"} for c in verb.children):
        pred = "captured"
    elif holder is not None:
        pred = "arrested" if holder.lemma_.lower() in lx.AUTHORITY_NOUNS else "captured"
    else:
        pred = "captured" if lx.KIDNAP_WORDS & {t.lemma_.lower() for t in ctx.doc} else "arrested"
    return [Hit(pred, verb, subjects, {verb.i})]


def _by_governing_body(verb: Token) -> bool:
    """"was elected by the movement's council": a body that chooses leaders."""
    return verb.lemma_.lower() in {"elect", "choose", "select", "appoint", "pick"} and any(
        p.lemma_.lower() in lx.GOVERNING_BODIES for c in verb.children if c.dep_ == "agent" for p in c.children
    )


def _to_lead(verb: Token) -> bool:
    """"chose X to replace its commander", "picked X to lead the group"."""
    return any(
        c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in lx.LEAD_VERBS and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _reporting_subject(verb: Token) -> Token | None:
    tok = verb
    for _ in range(4):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.lemma_.lower() in lx.REPORTING_VERBS:
            return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return None


def _as_leader(verb: Token) -> bool:
    """"named X as its new leader", "appointed X chief"."""
    for c in verb.subtree:
        if c.lemma_.lower() in lx.LEADER_ROLES and c.head.lower_ in {"as", "to"} | {verb.lower_} and c.i > verb.i:
            return True
        if c.lemma_.lower() in lx.LEADER_ROLES and c.dep_ in {"oprd", "xcomp", "attr"}:
            return True
    return False


def _location_hits(verb: Token, lemma: str) -> list[Hit]:
    """"is being held in a village near X", "was found in a camp", "is being treated in a
    hospital in Y": where the person is (or was) kept."""
    place = place_of(verb)
    if place is None or any(c.lower_ == "dead" for c in verb.children):
        return []  # "found dead in a forest": where the body was, not where the person is
    subjects = _patient_of(verb) if _is_passive(verb) or lemma in {"hold", "find", "keep"} else _subject_of(verb)
    return [Hit("located_in", verb, subjects, {verb.i})] if subjects else []


def _take_hits(verb: Token) -> list[Hit]:
    """"taken into custody" → arrested; "taken hostage/captive" → captured; a person
    "taken" in a story of kidnapping ("who was taken in a similar raid") → captured."""
    words = {t.lower_ for t in verb.subtree if t.i > verb.i and t.i < verb.i + 4}
    if "custody" in words:
        return [Hit("arrested", verb, _patient_of(verb), {verb.i})]
    if words & {"hostage", "captive", "prisoner"}:
        return [Hit("captured", verb, _patient_of(verb), {verb.i})]
    if "over" in words and any(c.dep_ == "prt" for c in verb.children):
        return [Hit("leadership_change", verb, _subject_of(verb), {verb.i})]
    if (
        _is_passive(verb)
        and not any(c.dep_ in {"prep", "dobj"} and c.lower_ in {"to", "into", "away", "off", "from"} for c in verb.children)
        and not any(c.dep_ in {"xcomp", "oprd", "dobj"} for c in verb.children)
        and lx.KIDNAP_WORDS & {t.lemma_.lower() for t in verb.doc}
    ):
        return [Hit("captured", verb, _patient_of(verb), {verb.i})]
    carried = _carried_off(verb) if _is_passive(verb) else None
    return [Hit(carried, verb, _patient_of(verb), {verb.i})] if carried else []


def _adjective_hits(adj: Token) -> list[Hit]:
    pred = lx.STATE_ADJECTIVES.get(adj.lower_)
    negated = False
    if pred is None and adj.lower_ in lx.NEGATED_STATE_ADJECTIVES:
        pred, negated = lx.NEGATED_STATE_ADJECTIVES[adj.lower_], True
    if pred is None or adj.dep_ not in {"acomp", "oprd", "xcomp", "ccomp", "advcl", "conj", "advmod"}:
        return []
    head = adj.head
    while adj.dep_ == "conj" and head.dep_ in {"acomp", "oprd", "conj"} and head.head.i != head.i:
        head = head.head
    if adj.lower_ == "free" and head.lemma_ not in {"walk", "go", "be", "set", "remain"}:
        return []
    if adj.dep_ == "advmod" and head.lemma_.lower() not in {"appear", "find", "remain", "surface", "escape", "emerge", "survive", "walk", "return"}:
        return []
    # "declared him dead", "found him dead": the object is the one who is dead.
    objects = [c for c in head.children if c.dep_ == "dobj"]
    own = [c for c in adj.children if c.dep_ == "nsubj"]  # "declared him dead" as a small clause
    if own:
        subjects = _expand_conj(own)
    elif objects and (adj.dep_ in {"oprd", "ccomp", "xcomp"} or adj.dep_ == "acomp" and head.lemma_.lower() != "be"):
        subjects = _expand_conj(objects)  # "shot dead his escort", "found him dead"
    else:
        subjects = _subject_of(head)
    return [Hit(pred, head, subjects, {head.i, adj.i}, polarity_neg=negated)]


def _noun_hits(noun: Token, lemma: str) -> list[Hit]:
    pred = lx.EVENT_NOUNS[lemma]
    if _demanded(noun):
        return []
    subjects = [c for c in noun.children if c.dep_ == "poss"]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        subjects.extend(c for c in prep.children if c.dep_ == "pobj")
    clause = {noun.i}
    anchor = noun
    if not subjects and lemma == "appearance" and noun.dep_ in {"dobj", "attr"}:
        anchor = noun.head
        subjects = _subject_of(anchor)
        clause.add(anchor.i)
    elif not subjects and pred == "wounded" and noun.dep_ == "pobj" and noun.head.lower_ in {"from", "of", "with", "for"} and (
        noun.head.head.lemma_.lower()
        in {"recover", "recuperate", "heal", "suffer", "treat", "hospitalize", "admit", "rush", "take", "escape", "survive", "emerge"}
    ):
        anchor = noun.head.head  # "was recovering from a leg wound"
        clause.add(anchor.i)
        subjects = _patient_of(anchor) if _is_passive(anchor) else _subject_of(anchor)
    elif not subjects and lemma == "sentence" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in {
        "hand", "give", "receive", "serve", "impose"
    }:
        anchor = noun.head  # "was handed a three-year sentence", "is serving a life sentence" (in prison)
        clause.add(anchor.i)
        subjects = _subject_of(anchor)
        if anchor.lemma_.lower() == "serve":
            pred = "arrested"
    elif not subjects and pred == "wounded" and noun.dep_ == "pobj" and noun.head.lower_ == "without":
        anchor = noun.head.head  # "escaped without injury"
        clause.add(anchor.i)
        subjects = _patient_of(anchor) if _is_passive(anchor) else _subject_of(anchor)
        return [Hit(pred, anchor, _expand_conj(subjects), clause, polarity_neg=True)] if subjects else []
    elif noun.dep_ in {"dobj", "attr", "nsubj", "ccomp"} and noun.head.lemma_ in {"make", "suffer", "sustain", "have"}:
        anchor = noun.head
        clause.add(anchor.i)
        if not subjects:
            subjects = _subject_of(anchor)  # "he suffered shrapnel wounds"
    if pred == "released" and not subjects:
        return []
    return [Hit(pred, anchor, _expand_conj(subjects), clause, basis=None)] if subjects else []


def _message_object(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass", "ccomp"} and (
            c.lemma_.lower() in lx.MESSAGE_NOUNS or c.lower_ == "what"
        ):
            return True
    return False


def _public_appearance(verb: Token) -> bool:
    """"appeared in a video / in public / at a rally / before a judge", not "appeared to"
    or a bare "appeared tired"."""
    if any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return False
    copular = [c for c in verb.children if c.dep_ in {"acomp", "oprd"}]
    # "appears thin but unhurt in the video": the phrase may hang on the predicate
    holders = [verb, *copular, *[k for c in copular for k in c.conjuncts]]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "on", "before", "during"}]
    for prep in preps:
        for pobj in [p for c in prep.children for p in (c, *c.children) if c.dep_ == "pobj"]:
            if pobj.lemma_.lower() in lx.MESSAGE_NOUNS or (
                not copular and pobj.lemma_.lower() in lx.APPEARANCE_PLACES
            ):
                return True
    return any(c.lower_ == "publicly" for c in verb.children)


def _leadership_object(verb: Token, lemma: str) -> bool:
    """The verb is about leading something: "took over as commander", "took over the
    group", "relinquished control", not "took over the building"."""
    for tok in verb.subtree:
        if tok.i == verb.i:
            continue
        if tok.lemma_.lower() in lx.LEADERSHIP_WORDS or tok.lower_ in lx.LEADERSHIP_WORDS or (
            tok.ent_type_ in {"ORG", "NORP"} and tok.dep_ == "dobj"
        ):  # the list has plurals ("forces", "troops"): match the word as well as its lemma
            return True
    return False


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl", "advcl"} and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _patient_of(verb: Token) -> list[Token]:
    """Who undergoes the verb: passive subject, object, or the noun a participle modifies."""
    passive = [relative_head(c) for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        return _expand_conj(passive)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return _expand_conj(objects)
    if any(c.dep_ == "auxpass" for c in verb.children) and (stranded := stranded_subject(verb)) is not None:
        return [stranded]  # "a week after his predecessor, X, was killed": subject hung elsewhere
    # "was among those killed": the subject of the verb that governs "among".
    if verb.dep_ == "acl" and verb.head.lower_ in lx.GROUP_OF_PEOPLE:
        group = verb.head
        members = _members_of(group)
        if members:
            return members
    if verb.dep_ == "amod" or verb.tag_ == "VBN" and verb.dep_ in {"acl", "compound"}:
        return [verb.head]  # "detained activist X", "the journalist detained last week"
    # "killed or injured the leader": conjuncts share the object; passive conjuncts the subject.
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        return _subject_of(verb.head)  # "lost consciousness and was hospitalized"
    shared = [relative_head(c) for other in verb.conjuncts for c in other.children if c.dep_ in {"dobj", "nsubjpass"}]
    if shared:
        return _expand_conj(shared)
    if verb.dep_ == "conj":
        if any(c.dep_ == "auxpass" for c in verb.children):
            return _subject_of(verb.head)  # "lost consciousness and was hospitalized"
        return _patient_of(verb.head) if verb.head.lemma_ != verb.lemma_ else []
    if verb.dep_ == "xcomp" and verb.tag_ == "VBN":
        return _subject_of(verb.head)  # "was reported killed", "was found beaten"
    return []


def _group_verb(verb: Token) -> Token | None:
    """The "be" of "X was among those killed" / "X was one of three people killed"."""
    if verb.dep_ != "acl" or verb.head.lower_ not in lx.GROUP_OF_PEOPLE:
        return None
    tok = verb.head
    for _ in range(3):
        tok = tok.head
        if tok.lemma_ in {"be", "include"}:
            return tok
    return None


def _members_of(group: Token) -> list[Token]:
    """Who belongs to "those killed" / "three people killed" / "the dead": "X was among
    those killed", "X was one of three people killed", "those arrested include X"."""
    head = group.head
    if group.dep_ == "pobj" and head.lower_ == "among" and head.head.lemma_ in {"be", "include"}:
        return _subject_of(head.head)
    if group.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "one" and head.head.dep_ == "attr":
        return _subject_of(head.head.head)  # "was one of three people killed"
    if group.dep_ == "nsubj" and head.lemma_ == "include":
        return _expand_conj([c for c in head.children if c.dep_ == "dobj"])  # "those arrested include X"
    return []


def _subject_of(verb: Token) -> list[Token]:
    """Grammatical subject, inherited through xcomp / conj / relative clauses."""
    seen = 0
    while verb is not None and seen < 6:
        seen += 1
        subjects = [relative_head(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return _expand_conj(subjects)
        if (stranded := stranded_subject(verb)) is not None:
            return [stranded]  # the parser hung the subject elsewhere
        if verb.dep_ in {"xcomp", "conj", "ccomp"} and verb.head != verb:
            if verb.dep_ == "ccomp":
                return []
            verb = verb.head
            continue
        if verb.dep_ in {"acomp", "attr"} and verb.head.lemma_ in {"be", "remain", "seem", "stay"}:
            verb = verb.head  # "is alive and receiving treatment": through the predicate adjective
            continue
        if verb.dep_ in {"relcl", "acl"}:
            head = verb.head
            if head.dep_ == "pobj" and head.head.lower_ == "among" and head.head.head.lemma_ == "be":
                return _subject_of(head.head.head)  # "X was among the 12 fighters who died"
            return [head]
        if verb.dep_ == "advcl" and verb.tag_ in {"VBG", "VBN"} and verb.head != verb:
            verb = verb.head  # "appeared in a video, looking tired but unharmed": the main subject
            continue
        if verb.dep_ == "pcomp" and verb.tag_ in {"VBG", "VBN"} and verb.head.dep_ == "prep":
            verb = verb.head.head  # "returned home after being missing for a week"
            continue
        return []
    return []


def _expand_conj(tokens: list[Token]) -> list[Token]:
    """Coordinated and listed people: "X and Y", "two hostages, including X"."""
    out = []
    for t in tokens:
        out.append(t)
        out.extend(c for c in t.conjuncts if c.i > t.i)
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in {"including", "among"}):
            out.extend(p for p in prep.children if p.dep_ == "pobj")
    return out


# --- messages and proof of life ---------------------------------------------------------


def _shown_in_message(ctx: ClaimContext, noun: Token) -> list[Hit]:
    """"a video of hostage X": X appeared in it and is its purported speaker."""
    shown = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    people = [t for t in shown if (e := entity_in_name(ctx, t)) is not None and e.kind == "person"]
    if not people or noun.lemma_.lower() not in {"video", "footage", "clip", "image", "photo", "recording"}:
        return []
    ctx.message_author = entity_in_name(ctx, people[0])
    clause = {noun.i, noun.head.i} if noun.head.lemma_.lower() in lx.RELEASE_VERBS else {noun.i}
    return [Hit("appeared", noun, people, clause)]


def _message_hits(ctx: ClaimContext, sent: Span) -> list[Hit]:
    """"a fresh video statement from its chief X", "tapes it says are from X",
    "The video was posted by ... on Monday" (the last message's author)."""
    hits = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lx.MESSAGE_NOUNS:
            continue
        hits.extend(_shown_in_message(ctx, noun))
        author = _message_author(ctx, noun)
        release = _release_verb(noun)
        if author is not None:
            ctx.message_author = entity_at(ctx.doc, author.idx, author.idx + len(author))
        elif noun.lemma_.lower() not in {"statement", "address", "letter", "post"} and release is not None and (
            any(c.lower_ in {"the", "this", "that", "latest"} for c in noun.children)
        ):
            if ctx.message_author is None:
                continue
            author = _author_token(ctx, ctx.message_author)
        if author is None or release is None and not _timex_under(ctx, noun):
            continue
        anchor = release or noun
        hit = Hit("message_released", anchor, [author], {anchor.i, noun.i})
        if release is not None:
            releaser = _releaser(ctx, release)
            if releaser is not None:
                hit.claimant = releaser
                hit.certainty = "reported"
        if any(c.lower_ in {"apparent", "purported", "alleged"} for c in noun.children):
            hit.certainty = weaker(hit.certainty, "hedged")
        hits.append(hit)
    return hits


_CLAIM_NOUNS = frozenset({"report", "claim", "allegation", "rumor", "rumour", "account"})
_DENIAL_LEMMAS = frozenset(lx.DENIAL_VERBS | lx.RETRACT_VERBS | {"deny"})


def _anaphoric_denials(ctx: ClaimContext, sent: Span) -> list[Hit]:
    """"The group denied the report" / "dismissed the army's claim" / "the claim was
    false": a denial of the latest claim made shortly before, by someone else."""
    hits = []
    false_heads = {t.head.i for t in sent if t.lower_ in lx.FALSE_WORDS and t.dep_ in {"acomp", "attr"}}
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma in lx.CONFIRM_VERBS:
            hits.extend(_unconfirmed_anaphor(ctx, sent, verb))
            continue
        if lemma not in _DENIAL_LEMMAS and verb.i not in false_heads:
            continue  # neither a denial verb nor "the claim was false"
        if lemma in _DENIAL_LEMMAS:
            noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
        elif any(c.dep_ in {"acomp", "attr"} and c.lower_ in lx.FALSE_WORDS for c in verb.children):
            noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        else:
            continue
        if noun is None or noun.lemma_.lower() not in _CLAIM_NOUNS and not (
            noun.lower_ in {"it", "this", "them"} and lemma in lx.DENIAL_VERBS | {"deny"} and noun.dep_ == "dobj"
        ):
            continue  # "The group denied it": the pronoun takes up the claim just reported
        if any(c.dep_ in {"acl", "relcl", "prep"} for c in noun.children):
            continue  # "denied reports that he was killed" is read by the path rules
        last = _latest_claim(ctx, sent)
        subject = _author_token(ctx, next((e for e in ctx.entities if last and e.entity_id == last.subject_id), None))
        if last is None or subject is None:
            continue
        hit = Hit(last.predicate, verb, [subject], {verb.i}, polarity_neg=True, certainty="denied")
        hit.event = (None, None, None)
        if lemma in _DENIAL_LEMMAS:
            denier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if denier is not None and lemma in lx.RETRACT_VERBS and denier.pos_ == "PRON" and last.claimant:
                hit.claimant = (last.claimant, last.claimant_id, last.claimant_anonymous)  # "It withdrew the claim"
            elif denier is not None:
                hit.claimant = name_of(ctx, denier)
        elif any(c.lower_ in lx.HEDGE_ADVERBS for t in (verb, *verb.children) for c in t.children):
            hit.certainty = "hedged"  # "the claim was probably false"
        hits.append(hit)
    return hits


def _unconfirmed_anaphor(ctx: ClaimContext, sent: Span, verb: Token) -> list[Hit]:
    """""We can't confirm that," said X / "could not verify it": the speaker leaves the
    claim just reported open (unconfirmed). Only a pronoun object: "the reports" may
    gather several claims."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in {"that", "it", "this"}:
        return []
    if not _has_neg(verb) and not any(
        t.lower_ in {"unable", "cannot"} for t in verb.doc[max(sent.start, verb.i - 3) : verb.i]
    ):
        return []
    last = _latest_claim(ctx, sent)
    subject = _author_token(ctx, next((e for e in ctx.entities if last and e.entity_id == last.subject_id), None))
    if last is None or subject is None:
        return []
    # the negation sits on "confirm" itself, not on the claim: flip it back
    hit = Hit(last.predicate, verb, [subject], {verb.i}, polarity_neg=_has_neg(verb), certainty="unconfirmed")
    hit.event = (None, None, None)
    return [hit]


def _has_neg(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _latest_claim(ctx: ClaimContext, sent: Span) -> Claim | None:
    """The last affirmed claim of the three sentences before ``sent``."""
    previous = [c for c in ctx.claims if c.polarity == "affirmed" and c.start < sent.start_char]
    if not previous or previous[-1].start < ctx.sents[max(0, ctx.sent_of[sent.start] - 3)].start_char:
        return None
    return previous[-1]


_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})


def _epithet(tok: Token) -> bool:
    """A definite description that names one known person without a name: a leader role
    owned by a group ("the group's leader", "its commander") or a superlative person noun
    ("the most wanted man in the south", "the country's richest man")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or any(c.pos_ == "PROPN" or c.dep_ == "appos" for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    owned = any(c.dep_ == "poss" and c.lower_ not in {"his", "her", "my", "your", "our", "their"} for c in tok.children)
    if lemma in lx.LEADER_ROLES and owned:
        return True
    superlative = any(t.tag_ in _SUPERLATIVE_TAGS for c in tok.children if c.dep_ == "amod" for t in c.subtree)
    return lemma in PERSON_NOUNS | {"man", "woman"} and superlative and (
        owned or any(c.lower_ == "the" for c in tok.children)
    )


def _epithet_referent(ctx: ClaimContext, sent: Span, tok: Token) -> Entity | None:
    """The person an epithet takes up: the subject of the last claim of the three sentences
    before, unless that person speaks the sentence (a speaker does not call himself so)."""
    last = _latest_claim(ctx, sent)
    if last is None:
        return None
    source = quote_source(ctx, tok)
    if source is not None and source.entity_id == last.subject_id:
        return None
    return next((e for e in ctx.entities if e.entity_id == last.subject_id and e.kind == "person"), None)


def _author_token(ctx: ClaimContext, entity: Entity | None) -> Token | None:
    if entity is None or not entity.mentions:
        return None
    m = entity.mentions[0]
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None else ctx.doc[0]


def _message_author(ctx: ClaimContext, noun: Token) -> Token | None:
    candidates: list[Token] = []
    for c in noun.children:
        if c.dep_ == "poss":
            candidates.append(c)
        if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
            candidates.extend(p for p in c.children if p.dep_ == "pobj")
        if c.dep_ in {"acl", "relcl"}:
            for p in c.subtree:
                if p.dep_ == "pobj" and p.head.lower_ in {"to", "from", "by"} and p.head.head.lemma_ in {
                    "attribute", "be", "purport", "claim", "say", "come", "record", "make"
                }:
                    candidates.append(p)
    for cand in candidates:
        for tok in [cand, *[c for c in cand.children if c.dep_ == "appos"]]:
            ent = entity_at(ctx.doc, tok.idx, tok.idx + len(tok))
            if ent is not None and ent.kind == "person":
                return tok
    return None


def _release_verb(noun: Token) -> Token | None:
    """The release verb governing the message noun (possibly through "what X says is")."""
    tok = noun
    for _ in range(5):
        if tok.dep_ == "ROOT" and tok.head == tok:
            break
        head = tok.head
        if (
            head.lemma_.lower() in lx.RELEASE_VERBS
            and head.pos_ in {"VERB", "AUX"}
            and tok.dep_ in {"dobj", "nsubjpass", "ccomp", "nsubj"}
            and not any(c.dep_ in {"xcomp", "acomp", "oprd"} for c in head.children)  # "appeared to be"
        ):
            return head
        if tok.dep_ not in {"attr", "ccomp", "dobj", "relcl", "nsubj", "appos", "conj"}:
            break
        tok = head
    return None


def _releaser(ctx: ClaimContext, verb: Token) -> tuple[str, str | None, bool] | None:
    for c in verb.children:
        subj = past_dateline(ctx, c) if c.dep_ == "nsubj" else None
        if subj is not None and subj.lemma_.lower() in lx.MESSAGE_NOUNS:
            continue  # "a recording surfaced": the message itself, not who released it
        if subj is not None:
            return name_of(ctx, subj)
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return name_of(ctx, p)
    return None


def _timex_under(ctx: ClaimContext, tok: Token) -> TimeExpression | None:
    lo = min(t.idx for t in tok.subtree)
    hi = max(t.idx + len(t) for t in tok.subtree)
    for tx in ctx.timexes:
        if lo <= tx.start and tx.end <= hi and is_point(tx.value):
            span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            t = span.root if span is not None else tok
            while t != tok and t.head != t and t.lower_ not in lx.TEMPORAL_BARRIERS:
                t = t.head
            if t == tok:
                return tx
    return None


def _dated_paper_hits(ctx: ClaimContext, sent: Span) -> list[Hit]:
    """"She holds a copy of a newspaper dated June 14": the picture was made no earlier
    than the paper's date (the classic proof of life of hostage videos)."""
    hits = []
    for dated in sent:
        if dated.lower_ != "dated" or dated.head.lemma_.lower() not in lx.DATED_OBJECTS:
            continue
        tx = _timex_under(ctx, dated)
        if tx is None:
            continue
        tok = dated.head
        while tok.dep_ in {"pobj", "prep"} or tok.dep_ == "dobj" and tok.head.pos_ == "NOUN":
            tok = tok.head  # "a copy of a newspaper"
        verb = tok.head if tok.dep_ == "dobj" else None
        if verb is None or verb.lemma_.lower() not in lx.DISPLAY_VERBS:
            continue
        earliest = tx.earliest or interval_of(tx.value)[0]
        if earliest is None or ctx.published and earliest > ctx.published:
            continue
        basis = f"shown with {dated.head.text} dated {earliest.isoformat()}"
        hits.append(_message_life_hit(ctx, verb, _subject_of(verb), earliest, basis))
    return hits


def _message_life_hit(
    ctx: ClaimContext, verb: Token, subjects: list[Token], earliest: date, basis: str
) -> Hit:
    """A message or picture dated by what it shows: its subject was alive no earlier than
    ``earliest``, on the word of whoever put the message out (reported)."""
    hit = Hit("alive", verb, subjects, {verb.i})
    hit.certainty = "reported"
    hit.basis = basis
    hit.event = (None, earliest, ctx.published)
    source = ctx.message_claimant
    hit.claimant = (source.name, source.entity_id, source.anonymous) if source else None
    return hit


def _proof_of_life_hits(ctx: ClaimContext, sent: Span) -> list[Hit]:
    """What the message's speaker mentions with a date bounds when the message was made."""
    author = ctx.message_author
    if author is None or not author.mentions or sent.start_char < author.mentions[0].start:
        return []
    hits = []
    for verb in sent:
        if verb.lemma_.lower() not in lx.MENTION_VERBS or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if verb.lemma_.lower() == "make" and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in {"reference", "mention"} for c in verb.children
        ):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not _is_message_speaker(ctx, subj, author):
            continue
        for tx in ctx.timexes:
            if not (verb.sent.start_char <= tx.start < verb.sent.end_char) or not is_point(tx.value):
                continue
            if not _mentioned_not_adverbial(ctx, verb, tx):
                continue
            earliest = tx.earliest or interval_of(tx.value)[0]
            if earliest is None or ctx.published and earliest > ctx.published:
                continue
            what = _mentioned_phrase(ctx, verb, tx)
            author_tok = _author_token(ctx, author)
            if author_tok is None:
                continue
            basis = f"message mentions {what} ({earliest.isoformat()})"
            hits.append(_message_life_hit(ctx, verb, [author_tok], earliest, basis))
    return hits


def _mentioned_not_adverbial(ctx: ClaimContext, verb: Token, tx: TimeExpression) -> bool:
    """The date belongs to what is mentioned, not to when the mentioning happened."""
    span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
    if span is None:
        return False
    tok, steps = span.root, 0
    while tok.head != tok and tok.head != verb:
        tok, steps = tok.head, steps + 1
    if tok.head != verb:
        return False
    return not (steps <= 1 and tok.dep_ in {"prep", "npadvmod", "pobj"} and tok.lower_ in {"in", "on", "at", "during"} | {span.root.lower_})


def _is_message_speaker(ctx: ClaimContext, subj: Token, author: Entity) -> bool:
    ent = entity_at(ctx.doc, subj.idx, subj.idx + len(subj))
    if ent is not None:
        return ent.entity_id == author.entity_id
    if subj.lemma_.lower() in lx.MESSAGE_NOUNS:
        return True
    return subj.lower_ in lx.MESSAGE_SPEAKER_NOUNS and any(c.lower_ == "the" for c in subj.children)


def _mentioned_phrase(ctx: ClaimContext, verb: Token, tx: TimeExpression) -> str:
    span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
    tok = span.root if span is not None else verb
    while tok.head != tok and tok.head != verb and not (
        tok.pos_ == "NOUN" and tok.dep_ in {"pobj", "dobj"} and tok.head.head == verb
    ):
        tok = tok.head
    phrase = ctx.doc[tok.left_edge.i : tok.right_edge.i + 1].text
    return phrase if len(phrase) < 160 else tx.text


# --- from hits to claims ----------------------------------------------------------------


def _claimant_of(
    ctx: ClaimContext, hit: Hit, source: Source | None, entity: Entity
) -> tuple[str | None, str | None, bool]:
    """Name, entity id and anonymity of who makes the claim; narration → the outlet."""
    claimant: tuple[str | None, str | None, bool] | None = hit.claimant
    if claimant is None and source is not None:
        claimant = (source.name, source.entity_id, source.anonymous)
    # A message is released by someone else than its author, never "by himself".
    if claimant is not None and hit.predicate == "message_released" and claimant[1] == entity.entity_id:
        claimant = None
    return claimant if claimant is not None else (ctx.outlet, None, False)


def _speakers_relative(ctx: ClaimContext, tok: Token) -> Entity | None:
    """"My husband ..." in a quotation attributed to "X's wife": X."""
    quote = in_quote(ctx, tok.idx)
    if quote is None:
        return None
    n = ctx.sent_of[tok.i]
    window = [t for m in range(max(0, n - 1), min(len(ctx.sents), n + 2)) for t in ctx.sents[m]]
    for t in window:
        if t.lemma_.lower() in lx.KIN_NOUNS | {"lawyer", "attorney"} and t.dep_ == "nsubj" and in_quote(ctx, t.idx) is None and (
            t.head.lemma_.lower() in lx.REPORTING_VERBS
        ):
            for owner in (c for c in t.children if c.dep_ == "poss"):
                ent = entity_in_name(ctx, owner)
                if ent is not None and ent.kind == "person":
                    return ent
    return None


def _quoted_speaker(ctx: ClaimContext, tok: Token) -> Entity | None:
    """The person who speaks the quotation a first-person pronoun sits in."""
    if in_quote(ctx, tok.idx) is None:
        return None
    source = quote_source(ctx, tok)
    if source is None or source.entity_id is None:
        return None
    return next((e for e in ctx.entities if e.entity_id == source.entity_id and e.kind == "person"), None)


def _plural_referents(ctx: ClaimContext, tok: Token) -> list[Token]:
    """"X and Y were kidnapped in May. The two men / They were freed on Sunday": a plural
    subject takes up the last pair (or list) of people named together."""
    plural = tok.lower_ in {"they", "them", "both"} or (
        tok.tag_ == "NNS" and tok.lemma_.lower() in PERSON_NOUNS | {"man", "woman", "hostage", "journalist"}
        and any(c.lower_ in {"the", "both", "two", "three", "all"} for c in tok.children)
    )
    if not plural:
        return []
    n = ctx.sent_of[tok.i]
    for m in range(n, max(-1, n - 3), -1):
        for t in ctx.sents[m]:
            if m == n and t.i >= tok.i:
                break
            conj = [c for c in t.conjuncts if c.i > t.i]
            if not conj or t.dep_ == "conj":
                continue
            people = [x for x in [t, *conj] if (e := entity_in_name(ctx, x)) is not None and e.kind == "person"]
            if len(people) >= 2:
                return people
    return []


def _claims_of_hit(ctx: ClaimContext, sent: Span, hit: Hit, n0: int) -> list[Claim]:
    out: list[Claim] = []
    subjects: list[Token] = []
    for parsed in hit.subjects:
        if entity_in_name(ctx, relative_head(parsed)) is None and (group := _plural_referents(ctx, parsed)):
            subjects.extend(group)  # "The two men were freed"
        else:
            subjects.append(parsed)
    for parsed in subjects:
        subj = past_dateline(ctx, parsed)
        if subj is None:
            continue
        entity = entity_in_name(ctx, relative_head(subj))
        if entity is None and subj.lower_ in lx.FIRST_PERSON:
            entity = _quoted_speaker(ctx, subj)  # "I was kept in a basement," X said
        if entity is None and subj.lemma_.lower() in lx.KIN_NOUNS and any(c.lower_ in {"my", "our"} for c in subj.children):
            entity = _speakers_relative(ctx, subj)  # "My husband is alive," said X's wife
        if entity is None and _epithet(subj):
            entity = _epithet_referent(ctx, sent, subj)  # "the most wanted man", "the group's leader"
        if entity is None or entity.kind != "person":
            continue
        if hit.predicate == "appeared" and any(t.lemma_.lower() in lx.MESSAGE_NOUNS for t in hit.anchor.subtree):
            ctx.message_author = entity  # "X appeared in a video": what the video mentions dates X
        negated, certainty, source = path_reading(ctx, hit)
        if negated and hit.anchor.lemma_.lower() in {"whereabouts", "whereabout"}:
            negated, certainty = False, "unconfirmed"  # "denied any knowledge of his whereabouts"
        polarity = negated != hit.polarity_neg
        claimant = _claimant_of(ctx, hit, source, entity)
        certainty = weaker(certainty, hit.certainty)
        value, earliest, latest = hit.event or event_time_of(ctx, sent, hit, source is not None)
        evidence, lo, hi = _evidence(ctx, sent, hit.anchor)
        # The claim's words: subject and trigger, but only those inside the evidence sentence
        # (a subject found through a pronoun or a group noun may stand sentences before).
        words = [t for t in (subj, parsed, hit.anchor) if lo <= t.idx and t.idx + len(t) <= hi]
        words = words or [hit.anchor]
        start = min(t.idx for t in words)
        end = max(t.idx + len(t) for t in words)
        out.append(
            Claim(
                doc_id=ctx.doc._.doc_id or "",
                claim_id=f"{(ctx.doc._.doc_id or '')[:12]}:c{n0 + len(out)}",
                subject=entity.name,
                subject_id=entity.entity_id,
                predicate=hit.predicate,
                polarity="negated" if polarity else "affirmed",
                event_time=value,
                event_earliest=earliest,
                event_latest=latest,
                place=place_of(hit.anchor),
                claimant=claimant[0],
                claimant_id=claimant[1],
                claimant_anonymous=claimant[2],
                certainty=certainty,
                statement_id=source.statement_id if source else None,
                start=start,
                end=end,
                evidence=evidence,
                basis=hit.basis,
            )
        )
        if polarity and certainty == "denied" and hit.basis is None and (relayed := denied_nominal(ctx, hit)):
            # "dismissing reports that he had died": the reports claim it, the speaker denies it
            out.append(
                out[-1].model_copy(
                    update={
                        "claim_id": f"{(ctx.doc._.doc_id or '')[:12]}:c{n0 + len(out)}",
                        "polarity": "affirmed",
                        "claimant": relayed.name,
                        "claimant_id": None,
                        "claimant_anonymous": True,
                        "certainty": "reported",
                        "statement_id": None,
                    }
                )
            )
        if source is not None and _corrected(hit.anchor):
            # "Correction: An earlier version of this article said X was killed. He was
            # wounded.": the earlier version made the claim; the outlet now withdraws it.
            out[-1] = out[-1].model_copy(update={"certainty": weaker(out[-1].certainty, "reported")})
            out.append(
                out[-1].model_copy(
                    update={
                        "claim_id": f"{(ctx.doc._.doc_id or '')[:12]}:c{n0 + len(out)}",
                        "polarity": "negated" if out[-1].polarity == "affirmed" else "affirmed",
                        "claimant": ctx.outlet,
                        "claimant_id": None,
                        "claimant_anonymous": False,
                        "certainty": "denied",
                        "event_time": None,
                        "event_earliest": None,
                        "event_latest": None,
                        "statement_id": None,
                    }
                )
            )
        if ctx.message_author is not None and hit.predicate == "message_released" and hit.claimant:
            ctx.message_claimant = Source(hit.claimant[0], hit.claimant[1], hit.claimant[2], "reported")
    return out



_VERSION_NOUNS = frozenset({"version", "edition"})
_EARLIER_WORDS = frozenset({"earlier", "previous", "original", "first", "prior"})


def _corrected(anchor: Token) -> bool:
    """The trigger is what "an earlier version of this article" said: a correction notice."""
    for tok in anchor.ancestors:
        if tok.lemma_.lower() in lx.REPORTING_VERBS:
            return any(
                subj.dep_ in {"nsubj", "nsubjpass"}
                and subj.lemma_.lower() in _VERSION_NOUNS
                and any(c.lower_ in _EARLIER_WORDS for c in subj.children)
                for subj in tok.children
            )
    return False


@Language.factory(
    "dateline_claims",
    assigns=["doc._.claims"],
    default_config={"use_statements": True},
)
def make_claim_extractor(nlp: Language, name: str, use_statements: bool = True) -> ClaimExtractor:
    register_extensions()
    return ClaimExtractor(use_statements=use_statements)
