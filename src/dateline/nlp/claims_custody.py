"""Detention, captivity and release decided by who holds the person (session 18, issue 6).

The gold README's convention: the state's authorities (police, troops, courts, agents,
border guards, "the authorities") make an arrest, whatever the verb ("abducted by security
forces", "seized by soldiers"); non-state captors (gunmen, kidnappers, militants, rebels,
pirates, an armed group by name) make a capture ("taken by gunmen", "picked up by armed
men"). The rules here read the holder wherever English puts it (the by-agent, the active
subject, the subject of the clause an "after holding him" hangs on) and tell the custody
and release constructions the older verb rules leave out: "sent to prison", "refused bail",
"allowed to go home after questioning", "handcuffed", "disappeared into police custody",
and the conditional future that tells no event ("may arrest X if he returns")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution_index import tables_of
from dateline.nlp.claims_complements import (
    holder_kind,
    non_state_agent,
    state_agent,
    state_taker_noun,
)
from dateline.nlp.claims_context import ClaimContext, Hit
from dateline.nlp.claims_grammar import (
    expand_conj,
    is_passive,
    patient_of,
    prep_children,
    subject_of,
)
from dateline.nlp.entities import PERSON_NOUNS

_CUSTODY_PREDICATES = frozenset({"arrested", "captured", "released"})
# Verbs of coming out of a place: "emerged from jail", "walked from prison".
_EMERGING_VERBS = frozenset({"emerge", "walk", "come"})
# Verbs a freed person leaves by "a free man": "walked out of court a free man".
_FREE_MAN_VERBS = frozenset({"walk", "leave", "emerge", "step", "go"})
# Spans a custody is counted in: "endured 300 days of captivity".
_PERIODS = frozenset({"day", "week", "month", "year", "hour", "night", "decade"})
# Custody nouns of such a span: "months of captivity", "two years of detention".
_CUSTODY_SPAN_NOUNS = {"captivity": "captured", "detention": "arrested"}
# Verbs of kidnapping, whose captor is the state when the text names the state's men
# ("abducted by soldiers", "Security forces kidnapped X"): an arrest by the README.
_KIDNAP_LEMMAS = frozenset({"kidnap", "abduct"})
# The state's places of punishment one is sent to: "was sent to prison for five years".
_PRISONS = frozenset({"prison", "jail", "gaol", "penitentiary", "custody", "detention"})
# Words that make a release a release from custody: "allowed to go home after questioning".
_CUSTODY_CONTEXT = frozenset(
    {"questioning", "interrogation", "custody", "detention", "station", "cell"}
    | {"arrest", "arrested", "detained", "held", "bail", "charge", "charges", "jail", "prison"}
)
# A prisoner's leave that is no release: "on a temporary furlough", "on medical leave".
_TEMPORARY_LEAVE = frozenset({"furlough", "temporary", "temporarily"})
# Words of medical care: one allowed home after them is a patient discharged.
_CARE_WORDS = frozenset({"hospital", "treatment", "treat", "clinic", "doctor", "discharge"})
# Where a freed person goes: "allowed to go home", "allowed to leave the police station".
_GOING_VERBS = frozenset({"go", "leave", "return", "walk"})
# Prepositions of the clause an "after holding him" hangs on: the captivity came before.
_BEFORE_PREPS = frozenset({"after", "before"})
# Modals of a possible future: "may arrest X if he returns", "could be kidnapped if".
_POSSIBLE_MODALS = frozenset({"may", "might", "could"})


def holder_predicate(verb: Token) -> str | None:
    """ "arrested" when the verb's holder (by-agent or active subject) is the state's,
    "captured" when it is a non-state captor, None when the text names neither."""
    if non_state_agent(verb):
        return "captured"
    if state_agent(verb):
        return "arrested"
    return None


def state_kidnapping(verb: Token, lemma: str) -> bool:
    """ "was abducted by soldiers", "Security forces kidnapped X", "Plainclothes officers
    abducted X": the verb of a kidnapping, but the state holds the person (an arrest)."""
    return lemma in _KIDNAP_LEMMAS and holder_predicate(verb) == "arrested"


def custody_verb_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """Custody and release told by a verb the lexicon does not read that way; None when no
    rule here applies (the other verb rules then run)."""
    pred = lx.PATIENT_VERBS.get(lemma)
    if pred in _CUSTODY_PREDICATES and (name := participle_before_described_name(verb)):
        return [Hit(pred, verb, [name], {verb.i})]  # "Imprisoned dissident X"
    if pred in _CUSTODY_PREDICATES and (listed := _group_participle_members(verb)):
        # "The soldiers captured by the rebels include Sergeant X"
        return [Hit(_by_holder(pred, verb), verb, listed, {verb.i})]
    if lemma in _FREE_MAN_VERBS and _as_a_free_man(verb):
        # "walked out of court a free man"
        return [Hit("released", verb, subject_of(verb), {verb.i})]
    if pred in _CUSTODY_PREDICATES and (kept := _remains_participle(verb)):
        return [Hit(holder_predicate(verb) or pred, verb, kept, {verb.i})]  # "X remains detained"
    if lemma in {"take", "pick"} and (taken := _taken_by_captors(verb, lemma)) is not None:
        return taken
    if lemma == "send" and _sent_to_prison(verb):
        subjects = patient_of(verb)  # "was sent to prison for five years"
        return [Hit("arrested", verb, subjects, {verb.i})] if subjects else None
    if lemma in _REFUSING and (refused := _refused_bail(verb)):
        return [Hit("released", verb, refused, {verb.i}, polarity_neg=True)]
    if lemma in {"allow", "let"} and (let_go := _allowed_home(verb)):
        return [Hit("released", verb, let_go, {verb.i})]
    if lemma in {"remain", "be", "stay"} and any(
        c.dep_ in {"acomp", "oprd"} and c.lower_ == "captive" for c in verb.children
    ):
        return [Hit("captured", verb, subject_of(verb), {verb.i})]  # "X remains captive"
    if lemma == "resist" and all(c.dep_ != "neg" for c in verb.children) and _resisted_arrest(verb):
        # "testified that X resisted arrest": the police idiom of a struggle while being
        # arrested, so an arrest (not "resisted capture": evading it)
        subjects = subject_of(verb)
        return [Hit("arrested", verb, subjects, {verb.i})] if subjects else None
    if lemma == "handcuff":
        subjects = patient_of(verb)  # "was handcuffed and led away"
        return [Hit("arrested", verb, subjects, {verb.i})] if subjects else None
    if lemma == "hold" and (held := _held_before(verb)) is not None:
        return held
    if lemma in _EMERGING_VERBS and any(
        p.lemma_.lower() in _PRISONS | {"captivity"} for p in prep_children(verb, {"from"})
    ):
        # "emerged from jail after nine years", "walked from prison a free man"
        return [Hit("released", verb, subject_of(verb), {verb.i})]
    if lemma == "remand" and (subjects := patient_of(verb)):
        # "was remanded for 15 days" (held until trial); "remanded on bail" (British: let go
        # on conditions until trial)
        bailed = any(p.lower_ == "bail" for p in prep_children(verb, {"on"}))
        return [Hit("released" if bailed else "arrested", verb, subjects, {verb.i})]
    return None


# Every lemma custody_verb_hits opens on (each of its rules tests the lemma, or the lexicon's
# custody predicate of the lemma, first): claims_verbs looks the family up by it (issue 9).
CUSTODY_VERB_LEMMAS = (
    frozenset(lemma for lemma, pred in lx.PATIENT_VERBS.items() if pred in _CUSTODY_PREDICATES)
    | _FREE_MAN_VERBS
    | _EMERGING_VERBS
    | frozenset({"take", "pick", "send", "refuse", "deny", "allow", "let", "remain", "be"})
    | frozenset({"reject", "dismiss"})  # "rejected X's request for bail"
    | frozenset({"stay", "resist", "handcuff", "hold", "remand"})
)


def _resisted_arrest(verb: Token) -> bool:
    """ "resisted arrest": a bare "arrest" as the object, or the noun the parser hangs the
    verb on as a modifier ("that X resisted arrest" read as "X [resisted arrest]")."""
    if verb.dep_ == "amod" and verb.head.lemma_.lower() == "arrest" and verb.head.i > verb.i:
        return any(c.dep_ == "nsubj" for c in verb.children)
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() == "arrest"
        and not any(d.dep_ in {"poss", "det"} for d in c.children)
        for c in verb.children
    )


def custody_side_hits(verb: Token, lemma: str) -> list[Hit]:
    """Custody a verb of another claim tells beside it: "disappeared into police custody"
    (other:disappear and arrested)."""
    if lemma in {"disappear", "vanish"} and any(
        p.lemma_.lower() in {"custody", "detention"} for p in prep_children(verb, {"into"})
    ):
        return [Hit("arrested", verb, subject_of(verb), {verb.i})]
    return []


def _taken_by_captors(verb: Token, lemma: str) -> list[Hit] | None:
    """ "was taken by gunmen on the road to Gao", "was picked up by armed men": a passive
    taking whose agent is a non-state captor is a capture, wherever the person was taken."""
    if not is_passive(verb) or not any(c.dep_ == "agent" for c in verb.children):
        return None
    if lemma == "pick" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    if lemma == "take" and any(c.dep_ in {"prt", "dobj", "oprd", "xcomp"} for c in verb.children):
        return None  # "taken over by", "taken hostage by" (read by the take rules)
    if not non_state_agent(verb):
        return None
    subjects = patient_of(verb)
    return [Hit("captured", verb, subjects, {verb.i})] if subjects else None


def _sent_to_prison(verb: Token) -> bool:
    return any(p.lemma_.lower() in _PRISONS for p in prep_children(verb, {"to", "into"}))


# Verbs of a court turning bail down: "refused / denied him bail", "rejected his bail request".
_REFUSING = frozenset({"refuse", "deny", "reject", "dismiss"})
_BAIL_ASKING = frozenset({"request", "application", "bid", "plea", "petition", "appeal"})


def _refused_bail(verb: Token) -> list[Token]:
    """ "A judge refused bail to X", "X was denied bail", "refused him bail", "refused bail
    for X": the person the bail was refused (released NEGATED, as the gold README says);
    also "rejected X's request / application for bail", "dismissed his bail application",
    and "denied him bail" where the parser reads "him bail" as a clause ("him" the subject of
    a verb "bail")."""
    for c in verb.children:
        if (
            c.dep_ in {"dobj", "nsubjpass"}
            and c.lemma_.lower() in _BAIL_ASKING
            and (
                any(p.lemma_.lower() == "bail" for p in prep_children(c, {"for"}))
                or any(m.lower_ == "bail" for m in c.children if m.dep_ in {"compound", "amod"})
            )
        ):
            return expand_conj([p for p in c.children if p.dep_ == "poss"])
        if c.dep_ == "ccomp" and c.lower_ == "bail" and verb.lemma_.lower() in {"refuse", "deny"}:
            return [s for s in c.children if s.dep_ == "nsubj" and s.pos_ in {"PRON", "PROPN"}]
    if verb.lemma_.lower() not in {"refuse", "deny"}:
        return []
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == "bail" for c in verb.children):
        return []
    if is_passive(verb):
        return patient_of(verb)
    return bail_receivers(verb)


def bail_receivers(verb: Token) -> list[Token]:
    """Whom an active "grant" / "refuse" of bail is about: the dative ("granted X bail",
    "refused him bail"), the object of "to" on the verb or on the bail itself ("granted bail
    of R500,000 to X", also hung on the sum), or of "for" on the bail ("refused bail for
    X"); each with its conjuncts. Empty when the verb has no object "bail"."""
    bail = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "bail"]
    if not bail:
        return []
    people = [c for c in verb.children if c.dep_ in {"dative", "iobj"} and c.lower_ != "to"]
    people += [
        p
        for to in verb.children
        if to.dep_ in {"dative", "prep"} and to.lower_ == "to"
        for p in to.children
        if p.dep_ == "pobj"
    ]
    people += [
        p  # (also hung on the sum: "bail of 50,000 rand to X")
        for prep in bail[0].subtree
        if prep.dep_ == "prep" and prep.lower_ in {"to", "for"}
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    return expand_conj(people)


def _allowed_home(verb: Token) -> list[Token]:
    """ "was allowed to go home after 12 hours of questioning", "Police let him go home":
    the person let go from custody (the sentence must speak of custody: "allowed to go
    home" after a hospital stay is no release)."""
    going = [
        c
        for c in verb.children
        if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in _GOING_VERBS
    ]
    if not going or not any(t.lower_ in _CUSTODY_CONTEXT for t in verb.sent):
        return []
    if any(t.lower_ in _TEMPORARY_LEAVE for t in verb.sent):
        return []  # "allowed to leave prison on a temporary furlough": still a prisoner
    if any(t.lemma_.lower() in _CARE_WORDS for t in verb.sent):
        return []  # "allowed to go home after treatment": a patient, no prisoner
    go = going[0]
    if any(c.dep_ == "neg" for c in (*verb.children, *go.children)):
        return []  # "was not allowed to leave": still held
    home = any(c.lower_ == "home" for c in go.children) or go.lemma_.lower() == "leave"
    if not home:
        return []
    if is_passive(verb):
        return patient_of(verb)
    people = [c for c in verb.children if c.dep_ == "dobj"]
    people += [c for c in go.children if c.dep_ == "nsubj"]  # "let him go"
    return [
        p
        for p in expand_conj(people)
        if p.ent_type_ == "PERSON" or p.lower_ in {"him", "her", "them"} or p.lemma_ in PERSON_NOUNS
    ]


def _held_before(verb: Token) -> list[Hit] | None:
    """ "Kidnappers freed X on Saturday after holding him for 40 days": the gerund after
    "after" shares the clause's subject, its holder (captured for non-state captors,
    arrested for the state's)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in _BEFORE_PREPS:
        return None
    clause = verb.head.head
    if clause.pos_ not in {"VERB", "AUX"}:
        return None
    held = [c for c in verb.children if c.dep_ == "dobj"]
    if not held:
        return None
    kind = holder_predicate(clause)
    return [Hit(kind, verb, expand_conj(held), {verb.i})] if kind else None


def conditional_future(verb: Token) -> bool:
    """ "Police may arrest X if he returns", "he could be kidnapped if he travels": a modal
    verb governing a present-tense condition tells a possible future, no event."""
    if not any(c.dep_ == "aux" and c.lower_ in _POSSIBLE_MODALS for c in verb.children):
        return False
    return any(
        c.dep_ == "advcl"
        and c.tag_ in {"VBZ", "VBP"}
        and any(
            m.dep_ == "mark" and m.lower_ in {"if", "unless", "once", "when"} for m in c.children
        )
        for c in verb.children
    )


def participle_before_described_name(verb: Token) -> Token | None:
    """ "Imprisoned dissident Lev Aronov", "jailed activist X": a participle before a
    describing word before the name (the parser hangs it on the describing word)."""
    head = verb.head
    if verb.dep_ != "amod" or head.dep_ not in {"amod", "compound"} or head.i > head.head.i:
        return None
    name = head.head
    return name if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None


# Nouns of people held whose group a list names: "The hostages include X".
_HELD_GROUP_NOUNS = frozenset({"hostage", "captive", "detainee", "prisoner"})


def held_group_hits(noun: Token, pred: str, freed: str | None) -> list[Hit] | None:
    """ "The hostages include X", "The detainees included X and Y", "Among the hostages is
    the Dutch nurse X" (the parser making the name an attribute of the copula, with no
    subject): the people named are held (freed when the noun's participle says so: "The
    hostages freed on Sunday include X"). None when the noun is in neither construction."""
    if noun.lemma_.lower() not in _HELD_GROUP_NOUNS or any(
        c.lower_ in {"former", "ex", "onetime"} for c in noun.children
    ):
        return None
    head = noun.head
    if noun.dep_ == "appos" and head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
        # "X, a hostage since 2019, appeared in a new video": the name set beside the noun
        return [Hit(freed or pred, noun, [head], {noun.i})]
    if noun.dep_ in {"advcl", "npadvmod"} and head.pos_ == "VERB" and noun.i < head.i:
        # "A third captive, their driver, X, was freed in October": the noun set before the
        # clause describes its subject (the parser hangs it on the verb)
        held = patient_of(head) or subject_of(head)
        if held and all(h.i > noun.i for h in held):
            return [Hit(pred, head, held, {head.i, noun.i})]
        return None
    if noun.dep_ == "nsubj" and head.lemma_ == "include":
        named = expand_conj([c for c in head.children if c.dep_ == "dobj"])
    elif (
        noun.dep_ == "pobj"
        and head.lower_ == "among"
        and head.head.lemma_ in {"be", "remain"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.head.children)
    ):
        head = head.head
        attrs = [c for c in head.children if c.dep_ == "attr"]
        named = [a for t in attrs for a in t.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
        named = expand_conj(named or attrs)
    else:
        return None
    return [Hit(freed or pred, head, named, {head.i, noun.i})] if named else None


def holder_adjective(hands: Token) -> Token | None:
    """ "in rebel hands", "in militant hands", "in government hands": the holder told by an
    adjective of a kind of captor or authority ("in safe hands", "in good hands" are none)."""
    return next(
        (
            c
            for c in hands.children
            if c.dep_ == "amod" and c.lemma_.lower() in lx.INSURGENT_MARKS | lx.AUTHORITY_NOUNS
        ),
        None,
    )


def hands_clause(hands: Token) -> tuple[Token, bool]:
    """The clause an "in the hands of" phrase tells of, and whether a time phrase stands
    between ("was freed after 14 months in the hands of the Brigade": the custody came
    before the release, so it takes no time of the clause's own)."""
    verb, barrier = hands.head.head, False
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        barrier = barrier or verb.lower_ in lx.TEMPORAL_BARRIERS
        verb = verb.head
    return verb, barrier


# Who attacks before taking people: "Gunmen ambushed the convoy. Two drivers were taken."
_CAPTOR_SUBJECTS = lx.NON_STATE_CAPTORS | frozenset({"kidnapper", "bandit", "pirate"})


def captors_before(verb: Token, *, sentences: int = 2) -> bool:
    """A non-state captor is the subject of a clause of this or the sentences just before
    ("Gunmen stormed the village. ... were taken"): a bare "was taken" there is a capture."""
    # ("Armed men ambushed the convoy", "Masked men stormed the clinic": unnamed takers their
    # marks make captors, as holder_kind reads them; session 20, CUSTODY)
    return any(
        t.lemma_.lower() in _CAPTOR_SUBJECTS or holder_kind(t) == "captured"
        for t in _subjects_before(verb, sentences)
    )


def state_takers_before(verb: Token, *, sentences: int = 2) -> bool:
    """The state's takers, and no captor, are the subjects of the clauses of this or the
    sentences just before ("Police raided the house on Friday. X was seized during the
    raid"): a seizure that names no captor there is the state's, an arrest."""
    subjects = _subjects_before(verb, sentences)
    # (not who says it: "The army denied that X had been captured", "The ministry said X was
    # captured alive" name a claimant, no taker)
    takers = [t for t in subjects if t.head.lemma_.lower() not in lx.REPORTING_VERBS]
    return any(state_taker_noun(t) for t in takers) and not any(
        t.lemma_.lower() in _CAPTOR_SUBJECTS for t in subjects
    )


def _subjects_before(verb: Token, sentences: int) -> list[Token]:
    """The active subjects from the start of the ``sentences`` sentences before ``verb``'s
    own up to the verb."""
    doc = verb.doc
    start = verb.sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return [t for t in doc[start : verb.i] if t.dep_ == "nsubj"]


def custody_span(noun: Token) -> str | None:
    """ "endured 300 days of captivity", "after two years of detention": the span's custody
    noun says the person was held (not "the conditions of detention": no span)."""
    pred = _CUSTODY_SPAN_NOUNS.get(noun.lower_)
    span = noun.head.head
    if pred is None or noun.head.lower_ != "of" or span.lemma_.lower() not in _PERIODS:
        return None
    return pred


def _remains_participle(verb: Token) -> list[Token]:
    """ "X remains detained", "X stays jailed": the parser makes "remains" a passive
    auxiliary and X its active subject, so no passive subject names the one held."""
    stays = [c for c in verb.children if c.dep_ == "auxpass" and c.lemma_.lower() in _STAYING]
    if not stays:
        return []
    # (the parser hangs the subject on the verb or on "remains" itself)
    return expand_conj([c for t in (verb, *stays) for c in t.children if c.dep_ == "nsubj"])


# Verbs of staying the parser may take for a passive auxiliary: "remains detained".
_STAYING = frozenset({"remain", "remains", "stay", "stays"})


def _by_holder(pred: str, verb: Token) -> str:
    """A custody predicate decided by the verb's holder when the text names one."""
    if pred in {"arrested", "captured"}:
        return holder_predicate(verb) or pred
    return pred


def _group_participle_members(verb: Token) -> list[Token]:
    """ "The soldiers captured by the rebels include X", "the activists detained on Friday
    included X and Y": the group a participle describes is listed by "include"."""
    group = verb.head
    if verb.dep_ != "acl" or group.dep_ != "nsubj" or group.head.lemma_ != "include":
        return []
    return expand_conj([c for c in group.head.children if c.dep_ == "dobj"])


def noun_holder_predicate(noun: Token, pred: str) -> str:
    """The custody an event noun tells, by the holder its "by" names: "the abduction of X by
    security forces" is an arrest, "the arrest of X by rebels" a capture."""
    if pred not in {"arrested", "captured"}:
        return pred
    kinds = {
        holder_kind(h)
        for p in prep_children(noun, {"by"})
        if p.dep_ == "pobj"
        for h in expand_conj([p])
    }
    if "captured" in kinds:
        return "captured"
    return "arrested" if kinds == {"arrested"} else pred


def _as_a_free_man(verb: Token) -> bool:
    return any(
        c.dep_ in {"oprd", "attr", "npadvmod", "dobj", "advcl"}
        and c.lemma_.lower() in {"man", "woman", "person"}
        and any(a.dep_ == "amod" and a.lower_ == "free" for a in c.children)
        for c in verb.subtree
    )


# Verbs of keeping a person held that no custody rule reads: "Nobody is guarding me"
# ("No one is holding him" is the "hold" rule's, negated by its subject).
_KEEPING_VERBS = frozenset({"guard", "keep"})


def nobody_holding(verb: Token) -> list[Token]:
    """ "Nobody is guarding me", "No one is keeping him here": a present verb of keeping
    whose subject is nobody denies the custody of the person it names (the README: after a
    reported "placed under guard", "Nobody is guarding me" is the custody NEGATED, as "I am
    free" is; ``claims_precision.settle_hit`` picks the story's kind of custody)."""
    if verb.lemma_.lower() not in _KEEPING_VERBS or verb.tag_ not in {"VBG", "VBZ", "VBP"}:
        return []
    if verb.tag_ == "VBG" and not any(
        c.dep_ == "aux" and c.lower_ in {"is", "are", "'s", "'re"} for c in verb.children
    ):
        return []  # ("was guarding", "had been holding": a past custody, not denied now)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (
        subject.lower_ in {"nobody", "noone"}
        or subject.lower_ == "one"
        and any(c.lower_ == "no" for c in subject.children)
    ):
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"PRON", "PROPN"}]


def unheld_hits(sent: Span) -> list[Hit]:
    """The custody a "nobody is guarding X" denies (:func:`nobody_holding`), as a release
    the settling reads like "I am free" (custody, its polarity turned), here turned back
    first: the clause's own negative subject, "nobody", negates the claim."""
    hits = []
    lemma = tables_of(sent.doc).lemma  # (the lemma from the table: no Token per word)
    for i in range(sent.start, sent.end):
        if lemma[i] not in _KEEPING_VERBS:
            continue
        verb = sent.doc[i]
        if verb.pos_ == "VERB" and (held := nobody_holding(verb)):
            hits.append(Hit("released", verb, held, {verb.i}, polarity_neg=True))
    return hits
