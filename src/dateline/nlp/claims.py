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
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_time import fallback_timexes, interval_of, is_point
from dateline.nlp.entities import entity_at, quoted_spans
from dateline.nlp.extensions import register_extensions
from dateline.records import CERTAINTY_ORDER, Certainty, Claim, Entity, Statement, TimeExpression

if not Doc.has_extension("outlet"):
    Doc.set_extension("outlet", default=None)

_TITLE_WORDS = lx._words(
    "mr mrs ms dr capt col gen lt maj sgt brig adm cmdr prof rev sheikh father president minister"
)
_DATELINE_OUTLET = re.compile(r"(?:^|\n)[^\n]{0,60}?\(([A-Z][A-Za-z.&' ]{1,40})\)\s*[—–-]{1,2}")
_PERFECT_TAGS = {"VBN"}


@dataclass
class _Hit:
    """One trigger: predicate, the token that anchors the clause, the subject tokens."""

    predicate: str
    anchor: Token
    subjects: list[Token]
    clause: set[int] = field(default_factory=set)  # token indices of the trigger's clause
    polarity_neg: bool = False
    certainty: Certainty = "asserted"
    basis: str | None = None
    claimant: tuple[str, str | None, bool] | None = None  # name, entity_id, anonymous
    event: tuple[str | None, date | None, date | None] | None = None


@dataclass
class _Source:
    name: str
    entity_id: str | None
    anonymous: bool
    certainty: Certainty
    statement_id: str | None = None


@dataclass
class _Context:
    doc: Doc
    entities: list[Entity]
    timexes: list[TimeExpression]
    statements: list[Statement]
    quotes: list[tuple[int, int]]
    outlet: str | None
    published: date | None
    sent_of: dict[int, int]
    sents: list[Span]
    para_of_sent: list[int]
    para_starts: list[int] = field(default_factory=list)
    message_author: Entity | None = None
    message_claimant: _Source | None = None
    anonymous_sources: dict[str, str] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)


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


def _drop_restatements(ctx: _Context, sent: Span, hits: list[_Hit]) -> list[_Hit]:
    """An event noun that restates a verb's event in the same sentence ("who was wounded
    in May ... died of his injuries") adds no claim of its own."""
    verbal = {(h.predicate, s.i) for h in hits if h.anchor.pos_ in {"VERB", "AUX"} for s in h.subjects}
    out = []
    for h in hits:
        if h.anchor.pos_ == "NOUN" and h.anchor.lemma_.lower() in lx.EVENT_NOUNS and not _attached_timex(
            ctx, sent, set(h.clause) | {h.anchor.i}
        ):
            subjects = [s for s in h.subjects if not _same_referent(ctx, s, verbal, h.predicate)]
            if not subjects:
                continue
            h.subjects = subjects
        out.append(h)
    return out


def _same_referent(ctx: _Context, tok: Token, verbal: set[tuple[str, int]], predicate: str) -> bool:
    ent = _entity_in_name(ctx, tok)
    if ent is None:
        return False
    for pred, i in verbal:
        other = _entity_in_name(ctx, _relative_head(ctx.doc[i]))
        if pred == predicate and other is not None and other.entity_id == ent.entity_id:
            return True
    return False


def _context(doc: Doc, *, use_statements: bool) -> _Context:
    timexes = doc._.timexes
    if timexes is None or (not timexes and doc._.published is not None and any(
        e.label_ == "DATE" for e in doc.ents
    ) and not Doc.has_extension("timex_ran")):
        timexes = fallback_timexes(doc)
    sents = list(doc.sents)
    sent_of = {tok.i: n for n, s in enumerate(sents) for tok in s}
    para_of_sent, para = [], 0
    for n, s in enumerate(sents):
        if n and "\n\n" in doc.text[sents[n - 1].start_char : s.start_char + 1] or n and doc[s.start - 1].is_space and "\n" in doc[s.start - 1].text:
            para += 1
        para_of_sent.append(para)
    return _Context(
        doc=doc,
        entities=list(doc._.entities or ()),
        timexes=sorted(timexes or (), key=lambda t: t.start),
        statements=list(doc._.statements or ()) if use_statements else [],
        quotes=quoted_spans(doc.text),
        outlet=doc._.outlet or _outlet_from_dateline(doc.text),
        published=doc._.published,
        sent_of=sent_of,
        sents=sents,
        para_of_sent=para_of_sent,
        para_starts=[m.end() - 1 for m in re.finditer(r"(?:^|\n\s*\n)\S", doc.text)],
    )


def _para(ctx: _Context, pos: int) -> int:
    return bisect.bisect_right(ctx.para_starts, pos)


def _evidence(ctx: _Context, sent: Span, anchor: Token) -> str:
    """The sentence, clipped to the paragraph of the trigger (headlines and chrome off)."""
    n = _para(ctx, anchor.idx)
    lo = ctx.para_starts[n - 1] if n > 0 else 0
    hi = ctx.para_starts[n] if n < len(ctx.para_starts) else len(ctx.doc.text)
    start, end = max(sent.start_char, lo), min(sent.end_char, hi)
    return ctx.doc.text[start:end].strip().strip('"“”').strip()


def _outlet_from_dateline(text: str) -> str | None:
    """``(CNN) —`` / ``LONDON (Reuters) -`` at the start of a paragraph names the outlet."""
    m = _DATELINE_OUTLET.search(text[:3000])
    return m.group(1).strip() if m else None


def _in_quote(ctx: _Context, pos: int) -> tuple[int, int] | None:
    for s, e in ctx.quotes:
        if s <= pos < e:
            return s, e
    return None


# --- triggers ---------------------------------------------------------------------------


def _sentence_hits(ctx: _Context, sent: Span) -> list[_Hit]:
    hits: list[_Hit] = []
    for tok in sent:
        hits.extend(_token_hits(ctx, tok))
    hits.extend(_message_hits(ctx, sent))
    hits.extend(_anaphoric_denials(ctx, sent))
    hits.extend(_proof_of_life_hits(ctx, sent))
    return hits


def _token_hits(ctx: _Context, tok: Token) -> list[_Hit]:
    lemma = tok.lemma_.lower()
    if tok.lower_ == "missing" and tok.dep_ == "amod":
        return [_Hit("other:missing", tok, [tok.head], {tok.i})]
    if tok.lower_ == "missing" and (
        tok.dep_ in {"acomp", "oprd", "xcomp"}
        or tok.dep_ == "advcl" and tok.head.lemma_ in {"go", "remain", "be", "stay"}
        or any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
    ):
        head = tok if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) else tok.head
        return [_Hit("other:missing", head, _subject_of(head), {head.i, tok.i})]
    if tok.head.pos_ == "ADP" and tok.dep_ in {"pobj", "amod", "advmod"}:
        pred = lx.STATE_PPS.get((tok.head.lower_, tok.lower_))
        if tok.lemma_.lower() in {"health", "condition", "spirits"} and tok.head.lower_ == "in":
            pred = "alive"
        if pred:
            verb = tok.head.head
            barrier = False
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                barrier = barrier or verb.lower_ in lx.TEMPORAL_BARRIERS
                verb = verb.head  # "freed after three weeks in jail"
            if verb.lemma_.lower() in lx.PENALTY_VERBS:
                return []  # "sentenced to six years in prison" is a penalty, not (yet) a detention
            hit = _Hit(pred, verb, _subject_of(verb) or _patient_of(verb), {verb.i, tok.i})
            if barrier:
                hit.event = (None, None, None)  # the state came before the verb's event
            return [hit]
    if tok.pos_ in {"VERB", "AUX"} or tok.tag_ in {"VBN", "VBD"}:
        return _verb_hits(ctx, tok, lemma)
    if tok.pos_ == "ADJ" or tok.lower_ in lx.STATE_ADJECTIVES:
        return _adjective_hits(tok)
    if tok.pos_ == "NOUN" and lemma in lx.EVENT_NOUNS:
        return _noun_hits(tok, lemma)
    if tok.pos_ == "NOUN" and lemma in {"body", "remains", "corpse"} and tok.head.lemma_.lower() in lx.BODY_VERBS | {"of"}:
        return _body_hits(tok)
    return []


def _body_hits(noun: Token) -> list[_Hit]:
    """"X's body was found / identified", "the body of X was recovered" → killed."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    verb = noun.head
    if verb.lemma_.lower() not in lx.BODY_VERBS or not owners:
        return []
    return [_Hit("killed", verb, _expand_conj(owners), {verb.i, noun.i})]


def _verb_hits(ctx: _Context, verb: Token, lemma: str) -> list[_Hit]:
    if _irrealis(verb) or _future(verb):
        return []
    particle = next(
        (c.lower_ for c in verb.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in {"down", "over", "up"}),
        None,
    )
    if particle and (lemma, particle) in lx.PHRASAL_AGENT:
        pred = lx.PHRASAL_AGENT[(lemma, particle)]
        if pred == "leadership_change" and (_is_passive(verb) or not _leadership_object(verb, lemma)):
            return []  # "was handed over to police", "took over the building"
        return [_Hit(pred, verb, _subject_of(verb), {verb.i})]
    if lemma == "take":
        return _take_hits(verb)
    if lemma == "see" and _is_passive(verb) and any(c.lower_ in {"last", "publicly"} for c in verb.children):
        return [_Hit("appeared", verb, _subject_of(verb), {verb.i})]
    if lemma in {"see", "spot", "sight"} and not _is_passive(verb):
        seen = [c for c in verb.children if c.dep_ == "dobj"]
        return [_Hit("appeared", verb, _expand_conj(seen), {verb.i})] if seen else []
    showing = [*verb.children, *(verb.head.children if verb.dep_ == "xcomp" else ())]  # "appears to show"
    if lemma in {"show", "feature", "depict"} and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lx.MESSAGE_NOUNS | {"image", "photo", "photograph", "picture"}
        for c in showing
    ):
        shown = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "nsubj" and c.i > verb.i]
        shown += [n for c in verb.children if c.dep_ == "ccomp" for n in c.children if n.dep_ == "nsubj"]
        for tok in shown:  # the person a video shows is its purported speaker
            person = _entity_in_name(ctx, tok)
            if person is not None and person.kind == "person":
                ctx.message_author = person
        return [_Hit("appeared", verb, _expand_conj(shown), {verb.i})] if shown else []
    if lemma == "become" and any(
        c.dep_ in {"attr", "acomp", "oprd"} and c.lemma_.lower() in lx.LEADER_ROLES for c in verb.children
    ):
        return [_Hit("leadership_change", verb, _subject_of(verb), {verb.i})]
    if lemma in lx.APPOINT_VERBS and _as_leader(verb):
        return [_Hit("leadership_change", verb, _patient_of(verb), {verb.i})]
    if lemma == "hold":
        return _hold_hits(ctx, verb) + _location_hits(verb, lemma)
    if lemma in lx.LOCATING_VERBS:
        return _location_hits(verb, lemma)
    if lemma in lx.PATIENT_VERBS:
        if lx.PATIENT_VERBS[lemma].startswith("other:") and any(c.lower_ == "dead" for c in verb.children):
            return []  # "shot dead" is read as killed by the adjective rule
        if lemma in {"release", "free"} and (
            _message_object(verb) or verb.dep_ in {"acl", "relcl"} and verb.head.lemma_.lower() in lx.MESSAGE_NOUNS
        ):
            return []
        if lx.PATIENT_VERBS[lemma] == "leadership_change" and not _leadership_object(verb, lemma):
            return []  # "replaced the tyres", "relieved the pressure"
        subjects = _patient_of(verb)
        return [_Hit(lx.PATIENT_VERBS[lemma], verb, subjects, {verb.i})] if subjects else []
    if lemma in lx.AGENT_VERBS:
        pred = lx.AGENT_VERBS[lemma]
        if lemma in {"appear", "surface", "reappear", "resurface"} and not _public_appearance(verb):
            return []
        if lemma in {"hide", "live"} and not _place_of(verb):
            return []
        if lemma in {"succeed", "relinquish", "cede", "hand"} and not _leadership_object(verb, lemma):
            return []
        return [_Hit(pred, verb, _subject_of(verb), {verb.i})]
    if lemma == "be" and any(c.lower_ == "where" for c in verb.children):
        return [_Hit("located_in", verb, _subject_of(verb), {verb.i}, certainty="unconfirmed")]
    return []


def _irrealis(verb: Token) -> bool:
    """A bare infinitive or imperative ("just to release the pastor", "free him!") states
    a purpose or a demand, not an event."""
    if verb.tag_ != "VB":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb.head.lemma_.lower() not in lx.FACTIVE_INFINITIVE_HEADS
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
    if head.lower_ in {"for"} and head.head.lemma_.lower() in lx.DEMAND_VERBS:
        return True
    return noun.dep_ == "dobj" and head.lemma_.lower() in lx.DEMAND_VERBS


def _hold_hits(ctx: _Context, verb: Token) -> list[_Hit]:
    """"is being held" / "X is holding Y": detention by authorities (arrested) or by
    kidnappers (captured), told apart by the holder or by a kidnapping in the article."""
    if _is_passive(verb):
        subjects = _subject_of(verb)
        holder = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    else:
        subjects = [c for c in verb.children if c.dep_ == "dobj"]
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not subjects or holder is None:
            return []
    if any(c.lower_ in {"hostage", "captive"} for c in verb.children):
        pred = "captured"
    elif holder is not None:
        pred = "arrested" if holder.lemma_.lower() in lx.AUTHORITY_NOUNS else "captured"
    else:
        pred = "captured" if lx.KIDNAP_WORDS & {t.lemma_.lower() for t in ctx.doc} else "arrested"
    return [_Hit(pred, verb, subjects, {verb.i})]


def _as_leader(verb: Token) -> bool:
    """"named X as its new leader", "appointed X chief"."""
    for c in verb.subtree:
        if c.lemma_.lower() in lx.LEADER_ROLES and c.head.lower_ in {"as"} | {verb.lower_} and c.i > verb.i:
            return True
        if c.lemma_.lower() in lx.LEADER_ROLES and c.dep_ in {"oprd", "xcomp", "attr"}:
            return True
    return False


def _location_hits(verb: Token, lemma: str) -> list[_Hit]:
    """"is being held in a village near X", "was found in a camp", "is being treated in a
    hospital in Y": where the person is (or was) kept."""
    place = _place_of(verb)
    if place is None:
        return []
    subjects = _patient_of(verb) if _is_passive(verb) or lemma in {"hold", "find", "keep"} else _subject_of(verb)
    return [_Hit("located_in", verb, subjects, {verb.i})] if subjects else []


def _take_hits(verb: Token) -> list[_Hit]:
    """"taken into custody" → arrested; "taken hostage/captive" → captured."""
    words = {t.lower_ for t in verb.subtree if t.i > verb.i and t.i < verb.i + 4}
    if "custody" in words:
        return [_Hit("arrested", verb, _patient_of(verb), {verb.i})]
    if words & {"hostage", "captive", "prisoner"}:
        return [_Hit("captured", verb, _patient_of(verb), {verb.i})]
    if "over" in words and any(c.dep_ == "prt" for c in verb.children):
        return [_Hit("leadership_change", verb, _subject_of(verb), {verb.i})]
    return []


def _adjective_hits(adj: Token) -> list[_Hit]:
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
    if adj.dep_ == "advmod" and head.lemma_.lower() not in {"appear", "find", "remain", "surface"}:
        return []
    # "declared him dead", "found him dead": the object is the one who is dead.
    objects = [c for c in head.children if c.dep_ == "dobj"]
    own = [c for c in adj.children if c.dep_ == "nsubj"]  # "declared him dead" as a small clause
    if own:
        subjects = _expand_conj(own)
    elif objects and adj.dep_ in {"oprd", "ccomp", "xcomp"}:
        subjects = _expand_conj(objects)
    else:
        subjects = _subject_of(head)
    return [_Hit(pred, head, subjects, {head.i, adj.i}, polarity_neg=negated)]


def _noun_hits(noun: Token, lemma: str) -> list[_Hit]:
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
    elif noun.dep_ in {"dobj", "attr", "nsubj"} and noun.head.lemma_ in {"make", "suffer", "sustain", "have"}:
        anchor = noun.head
        clause.add(anchor.i)
        if not subjects:
            subjects = _subject_of(anchor)  # "he suffered shrapnel wounds"
    if pred == "released" and not subjects:
        return []
    return [_Hit(pred, anchor, _expand_conj(subjects), clause, basis=None)] if subjects else []


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
    copular = any(c.dep_ in {"acomp", "oprd"} for c in verb.children)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "on", "before", "during"}):
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
        if tok.lemma_.lower() in lx.LEADERSHIP_WORDS or tok.ent_type_ in {"ORG", "NORP"} and tok.dep_ == "dobj":
            return True
    return False


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl", "advcl"} and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _patient_of(verb: Token) -> list[Token]:
    """Who undergoes the verb: passive subject, object, or the noun a participle modifies."""
    passive = [_relative_head(c) for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        return _expand_conj(passive)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return _expand_conj(objects)
    # "was among those killed": the subject of the verb that governs "among".
    if verb.dep_ == "acl" and verb.head.lower_ in {"those", "people", "dozens", "victims"}:
        among = verb.head.head
        if among.lower_ == "among":
            return _subject_of(among.head)
    if verb.dep_ == "amod" or verb.tag_ == "VBN" and verb.dep_ == "acl":
        return [verb.head]  # "detained activist X", "the journalist detained last week"
    # "killed or injured the leader": conjuncts share the object; passive conjuncts the subject.
    shared = [_relative_head(c) for other in verb.conjuncts for c in other.children if c.dep_ in {"dobj", "nsubjpass"}]
    if shared:
        return _expand_conj(shared)
    if verb.dep_ == "conj":
        if any(c.dep_ == "auxpass" for c in verb.children):
            return _subject_of(verb.head)  # "lost consciousness and was hospitalized"
        return _patient_of(verb.head) if verb.head.lemma_ != verb.lemma_ else []
    if verb.dep_ == "xcomp" and verb.tag_ == "VBN":
        return _subject_of(verb.head)  # "was reported killed", "was found beaten"
    return []


def _subject_of(verb: Token) -> list[Token]:
    """Grammatical subject, inherited through xcomp / conj / relative clauses."""
    seen = 0
    while verb is not None and seen < 6:
        seen += 1
        subjects = [_relative_head(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return _expand_conj(subjects)
        if verb.dep_ in {"xcomp", "conj", "ccomp"} and verb.head != verb:
            if verb.dep_ == "ccomp":
                return []
            verb = verb.head
            continue
        if verb.dep_ in {"relcl", "acl"}:
            return [verb.head]
        return []
    return []


def _relative_head(tok: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("X, whose death ...")."""
    if tok.lower_ in {"who", "that", "which", "whom"} and tok.head.dep_ == "relcl":
        return tok.head.head
    if tok.lower_ == "whose":
        clause = tok.head
        while clause.dep_ != "relcl" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "relcl":
            return clause.head
    return tok


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


def _message_hits(ctx: _Context, sent: Span) -> list[_Hit]:
    """"a new audio message from its leader X", "recordings it claims are from X",
    "The audio message was published by ... on Wednesday" (the last message's author)."""
    hits = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lx.MESSAGE_NOUNS:
            continue
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
        hit = _Hit("message_released", anchor, [author], {anchor.i, noun.i})
        if release is not None:
            releaser = _releaser(ctx, release)
            if releaser is not None:
                hit.claimant = releaser
                hit.certainty = "reported"
        if any(c.lower_ in {"apparent", "purported", "alleged"} for c in noun.children):
            hit.certainty = _weaker(hit.certainty, "hedged")
        hits.append(hit)
    return hits


def _anaphoric_denials(ctx: _Context, sent: Span) -> list[_Hit]:
    """"The group denied the report" / "dismissed the army's claim": a denial of the
    latest claim made shortly before, by someone else."""
    hits = []
    for verb in sent:
        if verb.lemma_.lower() not in lx.DENIAL_VERBS | {"deny"}:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in {"report", "claim", "allegation", "rumor", "rumour", "account"}:
            continue
        if any(c.dep_ in {"acl", "relcl", "prep"} for c in obj.children):
            continue  # "denied reports that he was killed" is read by the path rules
        previous = [c for c in ctx.claims if c.polarity == "affirmed" and c.start < sent.start_char]
        if not previous or previous[-1].start < ctx.sents[max(0, ctx.sent_of[sent.start] - 3)].start_char:
            continue
        last = previous[-1]
        subject = _author_token(ctx, next((e for e in ctx.entities if e.entity_id == last.subject_id), None))
        if subject is None:
            continue
        hit = _Hit(last.predicate, verb, [subject], {verb.i}, polarity_neg=True, certainty="denied")
        hit.event = (None, None, None)
        denier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if denier is not None:
            hit.claimant = _name_of(ctx, denier)
        hits.append(hit)
    return hits


def _author_token(ctx: _Context, entity: Entity | None) -> Token | None:
    if entity is None or not entity.mentions:
        return None
    m = entity.mentions[0]
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None else ctx.doc[0]


def _message_author(ctx: _Context, noun: Token) -> Token | None:
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


def _releaser(ctx: _Context, verb: Token) -> tuple[str, str | None, bool] | None:
    for c in verb.children:
        if c.dep_ == "nsubj":
            return _name_of(ctx, c)
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return _name_of(ctx, p)
    return None


def _timex_under(ctx: _Context, tok: Token) -> TimeExpression | None:
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


def _proof_of_life_hits(ctx: _Context, sent: Span) -> list[_Hit]:
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
            hit = _Hit("alive", verb, [author_tok], {verb.i})
            hit.certainty = "reported"
            hit.basis = f"message mentions {what} ({earliest.isoformat()})"
            hit.event = (None, earliest, ctx.published)
            source = ctx.message_claimant
            hit.claimant = (source.name, source.entity_id, source.anonymous) if source else None
            hits.append(hit)
    return hits


def _mentioned_not_adverbial(ctx: _Context, verb: Token, tx: TimeExpression) -> bool:
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


def _is_message_speaker(ctx: _Context, subj: Token, author: Entity) -> bool:
    ent = entity_at(ctx.doc, subj.idx, subj.idx + len(subj))
    if ent is not None:
        return ent.entity_id == author.entity_id
    if subj.lemma_.lower() in lx.MESSAGE_NOUNS:
        return True
    return subj.lower_ in lx.MESSAGE_SPEAKER_NOUNS and any(c.lower_ == "the" for c in subj.children)


def _mentioned_phrase(ctx: _Context, verb: Token, tx: TimeExpression) -> str:
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
    ctx: _Context, hit: _Hit, source: _Source | None, entity: Entity
) -> tuple[str | None, str | None, bool]:
    """Name, entity id and anonymity of who makes the claim; narration → the outlet."""
    claimant: tuple[str | None, str | None, bool] | None = hit.claimant
    if claimant is None and source is not None:
        claimant = (source.name, source.entity_id, source.anonymous)
    # A message is released by someone else than its author, never "by himself".
    if claimant is not None and hit.predicate == "message_released" and claimant[1] == entity.entity_id:
        claimant = None
    return claimant if claimant is not None else (ctx.outlet, None, False)


def _claims_of_hit(ctx: _Context, sent: Span, hit: _Hit, n0: int) -> list[Claim]:
    out: list[Claim] = []
    for subj in hit.subjects:
        entity = _entity_in_name(ctx, _relative_head(subj))
        if entity is None or entity.kind != "person":
            continue
        negated, certainty, source = _path_reading(ctx, hit)
        polarity = negated != hit.polarity_neg
        claimant = _claimant_of(ctx, hit, source, entity)
        certainty = _weaker(certainty, hit.certainty)
        value, earliest, latest = hit.event or _event_time(ctx, sent, hit, source is not None)
        start = min(subj.idx, hit.anchor.idx)
        end = max(subj.idx + len(subj), hit.anchor.idx + len(hit.anchor))
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
                place=_place_of(hit.anchor),
                claimant=claimant[0],
                claimant_id=claimant[1],
                claimant_anonymous=claimant[2],
                certainty=certainty,
                statement_id=source.statement_id if source else None,
                start=start,
                end=end,
                evidence=_evidence(ctx, sent, hit.anchor),
                basis=hit.basis,
            )
        )
        if ctx.message_author is not None and hit.predicate == "message_released" and hit.claimant:
            ctx.message_claimant = _Source(hit.claimant[0], hit.claimant[1], hit.claimant[2], "reported")
    return out


def _weaker(a: Certainty, b: Certainty) -> Certainty:
    return a if CERTAINTY_ORDER.index(a) >= CERTAINTY_ORDER.index(b) else b


def _path_reading(ctx: _Context, hit: _Hit) -> tuple[bool, Certainty, _Source | None]:
    """Polarity, certainty and source from the trigger up to the sentence root.

    Hedges count only below the first reporting verb (they qualify the content); above it
    only negation and denial of the reporting act matter, and the outermost speaker wins.
    """
    anchor = hit.anchor
    para = _para(ctx, anchor.idx)
    negated = _negated(anchor) or any(_negated(t) for t in _clause_tokens(ctx, hit))
    certainty: Certainty = _local_hedge(anchor)
    if _conditional(anchor):
        certainty = "hedged"
    source: _Source | None = None
    nominal: _Source | None = None
    question = False
    background = False
    contested = False
    tok = anchor
    while tok.head != tok and _para(ctx, tok.head.idx) == para:
        dep, tok = tok.dep_, tok.head
        lemma = tok.lemma_.lower()
        # A relative clause is background: hedges of the main clause do not reach it.
        background = background or dep == "relcl" and tok.pos_ in {"NOUN", "PROPN"}
        content = source is None and not background  # below the first reporting verb
        if content and _conditional(tok):
            certainty = _weaker(certainty, "hedged")
        if tok.lower_ in lx.NOMINAL_SOURCES and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj"}:
            nominal = nominal or _Source("reports" if lemma == "report" else tok.text, None, True, "reported")
            if tok.head.lower_ in {"despite", "amid", "contrary"}:
                contested = True  # "is alive despite reports of his death": the reports claim it
                break
            if tok.dep_ in {"nsubj", "nsubjpass"} and any(
                c.dep_ in {"acomp", "attr"} and c.lower_ in lx.FALSE_WORDS for c in tok.head.children
            ):
                negated = not negated  # "reports that he was killed were false"
                certainty = _weaker(certainty, "denied")
        if lemma == "ask" and any(c.lower_ in {"whether", "if"} for c in tok.subtree):
            question = True
        if lemma in lx.INVESTIGATE_VERBS:
            certainty = _weaker(certainty, "unconfirmed")
        if tok.pos_ == "NOUN" and any(c.lower_ == "no" for c in tok.children) or _negated_have(tok):
            # "no evidence that P" / "no information that P": unconfirmed;
            # "no reason to believe P": the speaker rejects P.
            if lemma in {"evidence", "information", "indication", "confirmation", "proof", "sign", "word", "knowledge"}:
                certainty = _weaker(certainty, "unconfirmed")
            elif lemma == "reason":
                negated = not negated
                certainty = _weaker(certainty, "denied")
        if lemma in lx.CONFIRM_VERBS and _negated(tok):
            certainty = _weaker(certainty, "unconfirmed")  # "could not confirm"
        if content and lemma in lx.HEDGE_VERBS and dep == "xcomp":
            certainty = _weaker(certainty, "hedged")
        if content and (lemma in lx.HOPE_VERBS or tok.lower_.startswith("hope")) and dep in {"ccomp", "xcomp"}:
            certainty = _weaker(certainty, "hedged")  # "hoped he was alive", "fear he was tortured"
        if lemma in lx.DENIAL_VERBS and dep in {"ccomp", "xcomp", "dobj", "acl", "pobj", "nsubjpass"}:
            # what is denied is the verb's content, not a clause beside it ("..., saying P")
            negated = not negated
            certainty = _weaker(certainty, "denied")
        if lemma in lx.REPORTING_VERBS and tok.pos_ in {"VERB", "AUX"} and dep in {
            "ccomp", "xcomp", "dobj", "advcl", "parataxis", "acl", "relcl", "npadvmod", "prep", "nsubjpass",
        }:
            if _negated(tok) and lemma not in lx.DENIAL_VERBS:
                kids = _children_of_child(tok, anchor)
                if lemma in lx.CONFIRM_VERBS or any(c.lower_ in {"where", "whether", "if", "how", "when"} for c in kids):
                    certainty = _weaker(certainty, "unconfirmed")
                else:
                    negated = not negated
                    certainty = _weaker(certainty, "denied")
            found = _speaker_of(ctx, tok)
            if content:
                certainty = _weaker(certainty, _cue_certainty(tok))
            if found is not None and not (question and lemma in {"believe", "mean", "think"}):
                source = found
        if content:
            certainty = _weaker(certainty, _local_hedge(tok))
    if question and _answer(tok) is False:
        negated = not negated
    if nominal is not None and {t.lower_ for t in anchor.sent} & lx.UNCONFIRMED_WORDS:
        certainty = _weaker(certainty, "unconfirmed")
    if contested:
        source = nominal
    elif source is None or source.name.lower() in {"i", "we"}:
        source = (
            _quote_source(ctx, anchor) or _tail_attribution(ctx, anchor) or _statement_source(ctx, anchor)
            or source
        )
    if source is None and nominal is not None:
        source = nominal
    if source is not None:
        certainty = _weaker(certainty, source.certainty)
    return negated, certainty, source


def _negated_have(tok: Token) -> bool:
    """"did not have any evidence": a negated "have" above an evidence noun."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and _negated(tok.head) and tok.head.lemma_ == "have"


def _conditional(tok: Token) -> bool:
    """A clause with an "if"/"unless" condition attached."""
    for c in tok.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children):
            return True
    return False


def _children_of_child(head: Token, anchor: Token) -> list[Token]:
    """Children of the child of ``head`` that lies on the path to ``anchor``."""
    tok = anchor
    while tok.head != head and tok.head != tok:
        tok = tok.head
    return list(tok.children) if tok.head == head else []


def _clause_tokens(ctx: _Context, hit: _Hit) -> list[Token]:
    return [ctx.doc[i] for i in hit.clause if ctx.doc[i] != hit.anchor]


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in {"never", "no longer"} for c in tok.children):
        return True
    # "no official has ever claimed ..." / "nobody has claimed"
    for c in tok.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and (
            c.lower_ in {"nobody", "none", "noone"} or any(d.lower_ == "no" for d in c.children)
        ):
            return True
    return False


def _local_hedge(tok: Token) -> Certainty:
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in lx.HEDGE_MODALS:
            return "hedged"
        if c.dep_ == "advmod" and c.lower_ in lx.HEDGE_ADVERBS:
            return "hedged"
    # "It's believed ...", "He is believed to be ...", "is said to have"
    if (
        tok.lemma_.lower() in lx.IMPERSONAL_HEDGES | {"report", "say", "claim"}
        and any(c.dep_ == "auxpass" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
    ):
        # "He is believed to be ..." hedges; "he was reported killed" relays reports.
        return "reported" if tok.lemma_.lower() in {"report", "say", "claim"} else "hedged"
    if tok.lower_ in {"alleged", "purported", "apparent", "suspected"}:
        return "hedged"
    return "asserted"


def _cue_certainty(verb: Token) -> Certainty:
    lemma = verb.lemma_.lower()
    if lemma in lx.CLAIM_VERBS:
        return "reported"
    if lemma in {"suggest", "suspect", "fear", "speculate"}:
        return "hedged"
    return "asserted"


def _answer(root: Token) -> bool | None:
    """A one-word answer quoted after the reporting verb: "Urban said, 'Yes.'"."""
    for c in root.subtree:
        if c.lower_ in lx.ANSWER_YES and c.dep_ in {"intj", "dobj", "ccomp", "attr"}:
            return True
        if c.lower_ in lx.ANSWER_NO and c.dep_ in {"intj", "dobj", "ccomp", "attr"}:
            return False
    return None


def _speaker_of(ctx: _Context, verb: Token) -> _Source | None:
    """Subject (or passive agent) of a reporting verb as a source."""
    subj = None
    for c in verb.children:
        if c.dep_ == "nsubj":
            subj = c
        if c.dep_ == "agent":
            subj = next((p for p in c.children if p.dep_ == "pobj"), subj)
    if subj is None or subj.lower_ in {"it", "there"} and not any(
        e.kind in {"org", "gpe", "outlet"} for e in [entity_at(ctx.doc, subj.idx, subj.idx + 1)] if e
    ):
        return None
    name, entity_id, anonymous = _name_of(ctx, subj)
    certainty: Certainty = "reported" if anonymous else "asserted"
    return _Source(name, entity_id, anonymous, certainty)


def _name_of(ctx: _Context, tok: Token) -> tuple[str, str | None, bool]:
    """Canonical name of the entity a token refers to, or an anonymous description.

    Looks through titles and appositions ("A spokesman, Asad Khorasani,", "Brig. Gen. X"),
    resolves "the ministry" / "the group" to the organisation named earlier, and keeps
    unnamed sources as written ("several US officials"); "the officials" reuses the
    earlier description with the same head noun.
    """
    tok = _relative_head(tok)
    ent = _entity_in_name(ctx, tok)
    if ent is None and tok.lower_ in {"they", "it", "its", "their"}:
        ent = _recent_org(ctx, tok)
    if ent is None and tok.pos_ == "NOUN" and any(c.lower_ in {"the", "its"} for c in tok.children):
        ent = _definite_org(ctx, tok)
    if ent is not None:
        return ent.name, ent.entity_id, False
    if tok.lower_ in {"i", "we"}:
        q = _quote_source(ctx, tok)
        if q is not None:
            return q.name, q.entity_id, q.anonymous
    if tok.pos_ in {"NOUN", "PROPN", "NUM"}:
        kept = [
            t for t in tok.subtree
            if t.i <= tok.i and t.dep_ in {"det", "amod", "compound", "nummod", "quantmod", "nmod", "poss"}
            or t == tok
        ]
        desc = " ".join(t.text for t in kept)
        head = tok.lemma_.lower()
        if head in ctx.anonymous_sources and any(c.lower_ in {"the", "those", "these"} for c in tok.children):
            desc = ctx.anonymous_sources[head]
        else:
            ctx.anonymous_sources.setdefault(head, desc)
        possessed = any(c.dep_ == "poss" for c in tok.children)
        anonymous = not possessed and (head in lx.SOURCE_NOUNS or tok.tag_ == "NNS") and head not in lx.INSTITUTION_NOUNS
        return desc, None, anonymous
    return tok.text, None, False


def _entity_in_name(ctx: _Context, tok: Token) -> Entity | None:
    """The entity named by ``tok`` or by its title/compound/apposition tokens."""
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i != tok.i:
        tok = tok.head  # "activist" in "detained activist Karim Haddad"
    if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN":
        tok = tok.head  # "Paul Weber, a German guide who ..."
    ent = entity_at(ctx.doc, tok.idx, tok.idx + len(tok))
    if ent is not None and ent.kind != "gpe":
        return ent
    near = [c for c in tok.children if c.dep_ in {"appos", "compound", "flat"}]
    near += [c for c in tok.children if c.pos_ == "PROPN" and c.dep_ not in {"prep", "relcl", "acl", "poss"}]
    near += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]
    if tok.i + 1 < len(tok.doc) and (tok.text.rstrip(".").lower() in _TITLE_WORDS or tok.text == "."):
        near.append(tok.doc[tok.i + 1])
    for c in near:
        for t in [c, *c.subtree] if c.dep_ == "appos" else [c]:
            found = entity_at(ctx.doc, t.idx, t.idx + len(t))
            if found is not None and found.kind == "person":
                return found
    if ent is not None:
        return ent
    # "Brig. Gen. Saad Maan": the title token heads a run of name tokens.
    if tok.text.rstrip(".").lower() in _TITLE_WORDS:
        for t in tok.doc[tok.i + 1 : tok.i + 5]:
            found = entity_at(ctx.doc, t.idx, t.idx + len(t))
            if found is not None:
                return found
    return None


def _definite_org(ctx: _Context, tok: Token) -> Entity | None:
    """"the ministry" → the last organisation whose name ends in "Ministry"; "the group"
    / "the movement" → the last organisation mentioned."""
    head = tok.lemma_.lower()
    best, best_pos = None, -1
    for e in ctx.entities:
        if e.kind not in {"org", "outlet"}:
            continue
        last = e.name.split()[-1].lower()
        generic = head in lx.GROUP_HEADS and e.kind == "org"
        if last != head and last != tok.lower_ and not generic:
            continue
        for m in e.mentions:
            if best_pos < m.start < tok.idx:
                best, best_pos = e, m.start
    return best


def _recent_org(ctx: _Context, tok: Token) -> Entity | None:
    best, best_pos = None, -1
    sent_start = tok.sent.start_char
    for e in ctx.entities:
        if e.kind not in {"org", "gpe", "outlet"}:
            continue
        for m in e.mentions:
            if best_pos < m.start < tok.idx and m.start >= sent_start - 400:
                best, best_pos = e, m.start
    return best


def _quote_source(ctx: _Context, tok: Token) -> _Source | None:
    """The speaker of the quotation ``tok`` sits in.

    News attributes a quotation right after it in the same sentence (``"...," Urban
    said.``), right before it (``Urban said, "Yes."``), or once for a quotation that runs
    on over sentences and paragraphs; so look after, then before, then at the earlier
    quotes of the same run.
    """
    quote = _in_quote(ctx, tok.idx)
    if quote is None:
        return None
    k = ctx.quotes.index(quote)
    for j in range(k, max(-1, k - 6), -1):
        if j < k and not _same_run(ctx, j, j + 1):
            break
        for lo, hi, after in (*_after_window(ctx, j), True), (*_before_window(ctx, j), False):
            found = _speaker_in_window(ctx, lo, hi, after=after)
            if found is not None:
                return found
    return None


def _same_run(ctx: _Context, a: int, b: int) -> bool:
    """Quotes ``a`` and ``b`` belong to one speaker's run: same paragraph, or ``a`` left
    open at its paragraph's end and ``b`` opens the next one."""
    (_, ae), (bs, _) = ctx.quotes[a], ctx.quotes[b]
    if _para(ctx, ae - 1) == _para(ctx, bs):
        return True
    return "\n" in ctx.doc.text[ae : ae + 2] and _para(ctx, bs) == _para(ctx, ae - 1) + 1


def _after_window(ctx: _Context, j: int) -> tuple[int, int]:
    """From the end of quote ``j`` to the end of its sentence (or of a short next
    sentence, when the parser cut the attribution after an abbreviation)."""
    qs, qe = ctx.quotes[j]
    nxt = ctx.quotes[j + 1][0] if j + 1 < len(ctx.quotes) else len(ctx.doc.text)
    span = ctx.doc.char_span(max(qs, qe - 1), qe, alignment_mode="expand")
    if span is None:
        return qe, qe
    n = ctx.sent_of[span[-1].i]
    end = ctx.sents[n].end_char
    if end - qe < 3 and n + 1 < len(ctx.sents):
        end = ctx.sents[n + 1].end_char
    abbreviation = re.search(r"\b[A-Z][a-z]{0,4}\.$", ctx.sents[n].text.rstrip())
    if n + 1 < len(ctx.sents) and len(ctx.sents[n + 1]) <= 8 and abbreviation:
        end = max(end, ctx.sents[n + 1].end_char)
    p = _para(ctx, max(qs, qe - 1))
    para_end = ctx.para_starts[p] if p < len(ctx.para_starts) else len(ctx.doc.text)
    return qe, min(end, nxt, para_end)


def _before_window(ctx: _Context, j: int) -> tuple[int, int]:
    qs, _ = ctx.quotes[j]
    prev = ctx.quotes[j - 1][1] if j > 0 else 0
    span = ctx.doc.char_span(qs, qs + 1, alignment_mode="expand")
    if span is None:
        return qs, qs
    start = ctx.sents[ctx.sent_of[span[0].i]].start_char
    return max(prev, start), qs


def _speaker_in_window(ctx: _Context, lo: int, hi: int, *, after: bool) -> _Source | None:
    """A reporting verb close to the quote: within 8 tokens after it or 10 before it."""
    if hi <= lo:
        return None
    span = ctx.doc.char_span(lo, hi, alignment_mode="contract")
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space]
    tokens = tokens[:8] if after else tokens[-10:]
    for verb in tokens:
        if verb.lemma_.lower() in lx.REPORTING_VERBS | {"add", "continue"} and verb.pos_ == "VERB":
            found = _speaker_of(ctx, verb)
            if found is not None and found.name.lower() not in {"i", "we"}:
                return found
    return None


def _tail_attribution(ctx: _Context, anchor: Token) -> _Source | None:
    """"P, X said." or "P, according to X." when the parser did not link P to the verb:
    a reporting verb without a complement clause later in the same sentence or in a short
    fragment that follows it in the same paragraph."""
    n = ctx.sent_of[anchor.i]
    para = _para(ctx, anchor.idx)
    tokens = [t for t in ctx.sents[n] if t.i > anchor.i]
    if n + 1 < len(ctx.sents) and _para(ctx, ctx.sents[n + 1].start_char) == para and len(ctx.sents[n + 1]) <= 8:
        tokens += list(ctx.sents[n + 1])
    for t in [*ctx.sents[n], *tokens]:
        if t.lower_ == "according" and t.i + 1 < len(ctx.doc) and ctx.doc[t.i + 1].lower_ == "to":
            pobj = next((c for c in ctx.doc[t.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                name, entity_id, anonymous = _name_of(ctx, pobj)
                return _Source(name, entity_id, anonymous, "reported")
    for t in tokens:
        if (
            t.lemma_.lower() in lx.REPORTING_VERBS - lx.DENIAL_VERBS
            and t.pos_ == "VERB"
            and not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in t.children)
            and _in_quote(ctx, t.idx) is None
            and _parenthetical(t)
        ):
            found = _speaker_of(ctx, t)
            if found is not None:
                return found
    return None


def _parenthetical(verb: Token) -> bool:
    """", X said" / ", said X": a comma right before the verb or its subject."""
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    first = min(verb.i, subj.left_edge.i if subj is not None else verb.i)
    return first > 0 and doc[first - 1].text in {",", "—", "--"}


def _statement_source(ctx: _Context, tok: Token) -> _Source | None:
    """The speaker of an attributed statement (``doc._.statements``) covering ``tok``.

    The statement lends the speaker; the name and anonymity are read again here so that
    claimants look the same whichever rule found them, and the certainty is our own
    (anonymous sources and "according to"/"claimed" relay → reported).
    """
    for st in ctx.statements:
        if not (st.start <= tok.idx < st.end) or st.speaker is None:
            continue
        sp = st.speaker
        name, entity_id, anonymous = sp.name or sp.text, sp.entity_id, sp.anonymous
        if sp.start is not None and sp.end is not None:
            span = ctx.doc.char_span(sp.start, sp.end, alignment_mode="expand")
            if span is not None:
                name, entity_id, anonymous = _name_of(ctx, span.root)
        if sp.entity_id:
            ent = next((e for e in ctx.entities if e.entity_id == sp.entity_id), None)
            if ent is not None:
                name, entity_id = ent.name, ent.entity_id
        relay = (st.cue or "").lower() in {"according to", "claim", "allege", "report"}
        certainty: Certainty = "reported" if anonymous or relay else "asserted"
        return _Source(name, entity_id, anonymous, certainty, st.statement_id)
    return None


# --- time and place ---------------------------------------------------------------------


def _event_time(
    ctx: _Context, sent: Span, hit: _Hit, reported: bool
) -> tuple[str | None, date | None, date | None]:
    own = _own_timex(ctx, sent, hit)
    if own is not None:
        earliest, latest = own.earliest, own.latest
        if earliest is None and latest is None:
            earliest, latest = interval_of(own.value)
        return _not_after_publication(ctx, own, _tense(hit.anchor), (own.value, earliest, latest))
    anchor = hit.anchor
    tense = _tense(anchor)
    if tense == "present" and ctx.published is not None:
        return ctx.published.isoformat(), ctx.published, ctx.published
    if not reported and tense == "past":
        narrative = _narrative_time(ctx, sent)
        if narrative is not None:
            e, la = narrative.earliest, narrative.latest
            if e is None:
                e, la = interval_of(narrative.value)
            return narrative.value, e, la
    return None, None, ctx.published if tense != "future" else None


def _not_after_publication(
    ctx: _Context, tx: TimeExpression, tense: str, reading: tuple[str | None, date | None, date | None]
) -> tuple[str | None, date | None, date | None]:
    """A past event cannot postdate its report: a month or day written without a year
    ("went missing in July") that lands after publication belongs to the year before."""
    value, earliest, _ = reading
    if (
        ctx.published is None or tense not in {"past", "pluperfect", "perfect", "other"} or earliest is None
        or earliest <= ctx.published or re.search(r"\b\d{4}\b", tx.text) or not value
        or not re.match(r"^\d{4}-\d{2}", value)
    ):
        return reading
    shifted = f"{int(value[:4]) - 1}{value[4:]}"
    lo, hi = interval_of(shifted)
    return (shifted, lo, hi) if lo is not None else reading


def _own_timex(ctx: _Context, sent: Span, hit: _Hit) -> TimeExpression | None:
    """A calendar time attached to the trigger's clause; a time carried over from a
    coordinated or governing verb only when the clause has none of its own."""
    direct = _attached_timex(ctx, sent, set(hit.clause) | {hit.anchor.i})
    return direct or _attached_timex(ctx, sent, _extended_clause(hit))


def _attached_timex(ctx: _Context, sent: Span, clause: set[int]) -> TimeExpression | None:
    for tx in ctx.timexes:
        if not (sent.start_char <= tx.start < sent.end_char) or not is_point(tx.value):
            continue
        span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        for _ in range(8):
            if tok.i in clause:
                return tx
            if tok.lower_ in lx.TEMPORAL_BARRIERS or tok.head == tok:
                break
            if tok.pos_ in {"VERB", "AUX"} and tok.i not in clause:
                break
            tok = tok.head
    return None


def _extended_clause(hit: _Hit) -> set[int]:
    clause = set(hit.clause) | {hit.anchor.i}
    for c in hit.anchor.conjuncts:
        if c.i < hit.anchor.i:
            clause.add(c.i)
    # "had been wounded in May and had to relinquish control": the time of the first
    # conjunct carries over through xcomp / conj.
    tok = hit.anchor
    tense = _tense(tok)
    while tok.dep_ in {"xcomp", "conj"} and tok.head != tok and tok.head.lemma_.lower() not in lx.REPORTING_VERBS:
        if tok.dep_ == "conj" and "present" in {tense, _tense(tok.head)} and tense != _tense(tok.head):
            break  # "was abducted on April 3 and is being held": the present has its own time
        tok = tok.head
        clause.add(tok.i)
    return clause


def _tense(anchor: Token) -> str:
    verb = anchor
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {a.lower_ for a in auxes}
    if words & {"will", "would", "'ll"}:
        return "future"
    if verb.tag_ in {"VBZ", "VBP"} or words & {"is", "are", "'s", "am", "remains", "remain"}:
        if words & {"has", "have"}:
            return "perfect"
        return "present"
    if words & {"had"}:
        return "pluperfect"
    if verb.tag_ in {"VBD"} or words & {"was", "were"}:
        return "past"
    if verb.tag_ == "VBN" and words & {"has", "have"}:
        return "perfect"
    return "other"


def _narrative_time(ctx: _Context, sent: Span) -> TimeExpression | None:
    """The last point time mentioned earlier in the same paragraph."""
    n = ctx.sent_of[sent.start]
    para = ctx.para_of_sent[n]
    best = None
    for tx in ctx.timexes:
        if tx.start >= sent.start_char or not is_point(tx.value):
            continue
        span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            continue
        m = ctx.sent_of.get(span[0].i)
        if m is not None and ctx.para_of_sent[m] == para and n - m <= 2:
            best = tx
    return best


def _place_of(anchor: Token) -> str | None:
    """A place phrase attached to the clause: "near Raqqa", "in the al-Nuri Mosque in Mosul"."""
    frontier = [anchor]
    for depth in range(3):
        nxt = []
        for tok in frontier:
            for prep in (c for c in tok.children if c.dep_ == "prep"):
                for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                    if _is_place(pobj):
                        return _place_text(prep, pobj)
                    if depth < 2:
                        nxt.append(pobj)
        frontier = nxt
    return None


def _is_place(tok: Token) -> bool:
    if tok.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    if tok.ent_type_ == "ORG" and tok.text in {"Mosque", "Prison", "Hospital", "Square"}:
        return True
    if tok.lemma_.lower() in lx.KEEPING_PLACES:
        return True
    if tok.lemma_.lower() in lx.PLACE_NOUNS:
        return any(t.ent_type_ in {"GPE", "LOC", "FAC", "ORG"} or t.pos_ == "PROPN" for t in tok.subtree if t != tok)
    return False


def _place_text(prep: Token, pobj: Token) -> str:
    end = pobj.i
    for t in pobj.subtree:
        if t.i > pobj.i and (t.dep_ in {"relcl", "appos", "acl"} or t.text in {",", "—", "--"}):
            break
        end = max(end, t.i)
    start = min(t.i for t in pobj.subtree)
    doc = pobj.doc
    return f"{prep.text} {doc[start:end + 1].text}"


@Language.factory(
    "dateline_claims",
    assigns=["doc._.claims"],
    default_config={"use_statements": True},
)
def make_claim_extractor(nlp: Language, name: str, use_statements: bool = True) -> ClaimExtractor:
    register_extensions()
    return ClaimExtractor(use_statements=use_statements)
