"""The time of a wound (or a death, or anything suffered in an attack): the time the text
gives the attack, wherever English puts it (session 18, issue 6).

News prose tells an injury with its cause and dates the cause, not the injury: "was wounded
and two guards were killed when their car hit a mine on Sunday" (the time in the "when"
clause of the coordinated verb), "The strike that killed X on May 20 also wounded Y" (the
time in the attack's own relative clause), "an ambush in 2014 in which he was shot" (the
time of the noun a "in which" clause hangs on), "was hurt in the same blast" / "in the
explosion" (the incident told before, under any of its names).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.nlp.claims_context import ClaimContext, Hit
from dateline.nlp.claims_grammar import when_clauses
from dateline.records import TimeExpression

# Nouns of a violent incident or accident that a person is hurt or killed in: a definite one
# ("the blast") points back at the incident told before, whatever word told it.
INCIDENT_NOUNS = frozenset(
    [
        "attack",
        "strike",
        "airstrike",
        "air-strike",
        "raid",
        "ambush",
        "bombing",
        "blast",
        "explosion",
        "fighting",
        "clash",
        "clashes",
        "crash",
        "accident",
        "shooting",
        "assault",
        "shelling",
        "battle",
        "incident",
        "riot",
        "stampede",
        "crush",
        "fire",
        "collapse",
        "collision",
        "explosion",
        "bombardment",
        "firefight",
        "gunfight",
        "shootout",
        "skirmish",
        "offensive",
        "operation",
        "massacre",
        "rampage",
        "siege",
        "onslaught",
        "violence",
        "unrest",
        "earthquake",
        "quake",
        "flood",
        "storm",
        "landslide",
        "avalanche",
        "derailment",
        "sinking",
    ]
)
# The verbs and nouns that tell such an incident (lemmas): "a bomb exploded", "gunmen
# attacked", "a drone struck", "shells hit", "a car rammed".
INCIDENT_WORDS = INCIDENT_NOUNS | frozenset(
    [
        "attack",
        "strike",
        "hit",
        "bomb",
        "explode",
        "detonate",
        "shell",
        "storm",
        "ambush",
        "raid",
        "open",
        "fire",
        "shoot",
        "ram",
        "crash",
        "collapse",
        "overrun",
        "assault",
        "target",
        "blow",
        "stab",
    ]
)


def _attached(ctx: ClaimContext, sent: Span, tokens: set[int]) -> TimeExpression | None:
    from dateline.nlp.claims_timeplace import attached_timex  # (the module imports this one)

    return attached_timex(ctx, sent, tokens)


def coordinated_when_time(ctx: ClaimContext, sent: Span, anchor: Token) -> TimeExpression | None:
    """ "X was wounded and two guards were killed when their car hit a mine on Sunday": a
    "when" clause after coordinated clauses dates them all, though the parser hangs it on the
    last one."""
    for conj in anchor.children:
        if conj.dep_ != "conj" or conj.pos_ not in {"VERB", "AUX"}:
            continue
        for when in when_clauses(conj):
            if (tx := _attached(ctx, sent, {t.i for t in when.subtree})) is not None:
                return tx
    return None


def incident_subject_time(ctx: ClaimContext, sent: Span, anchor: Token) -> TimeExpression | None:
    """ "The strike that killed X on May 20 also wounded Y", "the blast on Sunday injured
    Y": an incident as the subject of the harm carries its time in its own relative clause
    or phrase."""
    if anchor.pos_ != "VERB":
        return None
    subject = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in INCIDENT_NOUNS:
        return None
    tokens = {subject.i} | {
        t.i for c in subject.children if c.dep_ in {"relcl", "acl", "prep"} for t in c.subtree
    }
    return _attached(ctx, sent, tokens)


def in_which_time(ctx: ClaimContext, sent: Span, anchor: Token) -> TimeExpression | None:
    """ "an ambush in 2014 in which he was shot", "the raid on Monday during which she was
    hurt": a relative clause opened by "in which" / "during which" happens at the time of the
    incident it hangs on (or at the time itself when the parser hangs it there)."""
    if anchor.dep_ != "relcl":
        return None
    opener = any(
        p.dep_ == "prep"
        and p.lower_ in {"in", "during"}
        and any(w.lower_ == "which" for w in p.children)
        for p in anchor.children
    )
    if not opener:
        return None
    head = anchor.head
    if head.pos_ != "NOUN" or head.lemma_.lower() in INCIDENT_NOUNS:
        tokens = {head.i} | {t.i for c in head.children if c.dep_ == "prep" for t in c.subtree}
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            tokens |= {head.head.i, head.head.head.i}  # "in 2014, in which": the time itself
        return _attached(ctx, sent, tokens)
    return None


# Verbs of coming through an event alive: "survived a roadside bomb", "escaped the ambush".
SURVIVING_VERBS = frozenset({"survive", "escape", "outlive"})


def survived_event_time(ctx: ClaimContext, sent: Span, anchor: Token) -> TimeExpression | None:
    """ "survived a roadside bomb that killed two of his guards in Swat on Saturday",
    "survived an ambush on Monday": one lives through the event at its time, told in the
    object's own relative clause or phrase."""
    if anchor.lemma_.lower() not in SURVIVING_VERBS:
        return None
    tokens = {
        t.i
        for o in anchor.children
        if o.dep_ == "dobj" and o.tag_ != "NNS"  # ("survived two attacks, including one in 2014")
        for c in o.children
        if c.dep_ in {"relcl", "acl", "prep"}
        for t in c.subtree
    }
    return _attached(ctx, sent, tokens) if tokens else None


def _moment_clauses(verb: Token) -> list[Token]:
    """The verb's clauses of the same moment: "when the bus overturned", "as he left the
    club", "while crossing the square"."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and any(
            m.dep_ in {"advmod", "mark"} and m.lower_ in {"when", "as", "while"} and m.i < c.i
            for m in c.children
        )
    ]


def moment_clause_time(ctx: ClaimContext, sent: Span, anchor: Token) -> TimeExpression | None:
    """ "was hurt when the bus overturned on the M6 on Tuesday evening", "was hit twice as he
    left the club shortly after 2 a.m. on Sunday": a clause of the same moment dates the
    harm, wherever in it the parser hangs the time (a participle on its noun, a phrase under
    "after")."""
    for clause in _moment_clauses(anchor):
        if (tx := _attached(ctx, sent, {t.i for t in clause.subtree})) is not None:
            return tx
    return None


def incident_clause_time(ctx: ClaimContext, sent: Span, anchor: Token) -> TimeExpression | None:
    """ "suffered burns in the fire, which broke out at 3 a.m. on Sunday", "was hurt in a
    blast that hit the market on Monday": the incident's own relative clause dates it."""
    holders = [anchor, *(o for o in anchor.children if o.dep_ == "dobj")]  # ("burns in the fire")
    tokens = {
        t.i
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in {"in", "during"}
        for p in prep.children
        if p.dep_ == "pobj" and p.lemma_.lower() in INCIDENT_NOUNS
        for c in p.children
        if c.dep_ in {"relcl", "acl"}
        for t in c.subtree
    }
    return _attached(ctx, sent, tokens) if tokens else None


def same_moment_time(ctx: ClaimContext, sent: Span, anchor: Token) -> TimeExpression | None:
    """The time of the attack a clause's harm came from, told in the same sentence (see the
    module docstring)."""
    return (
        coordinated_when_time(ctx, sent, anchor)
        or incident_subject_time(ctx, sent, anchor)
        or in_which_time(ctx, sent, anchor)
        or survived_event_time(ctx, sent, anchor)
        or moment_clause_time(ctx, sent, anchor)
        or incident_clause_time(ctx, sent, anchor)
    )


# Words that make a definite incident another one than the one told before ("the second
# blast", "a new attack", "the previous raid").
_OTHER_INCIDENT = frozenset(
    [
        "second",
        "third",
        "fourth",
        "first",
        "latest",
        "last",
        "earlier",
        "previous",
        "new",
        "another",
        "next",
        "later",
        "subsequent",
        "separate",
        "other",
    ]
)



def _incident_told_before(noun: Token) -> bool:
    """ "the blast", "the same strike": a definite incident noun with no clause or "other" of
    its own, so it points back at an incident the story told before."""
    return (
        noun.lemma_.lower() in INCIDENT_NOUNS
        and any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children)
        and not any(d.dep_ in {"acl", "relcl"} or d.lower_ in _OTHER_INCIDENT for d in noun.children)
    )

def incident_antecedent_time(
    ctx: ClaimContext, sent: Span, anchor: Token, kin_of: dict[str, set[str]]
) -> TimeExpression | None:
    """ "was hurt in the same blast", "had been wounded in the strike", "was shot during the
    attack": a definite incident noun (with "same" or a describing adjective: "the deadly
    blast") points back at the incident told before; its time is the time it was told with,
    under its own words first ("the blast" / "exploded"), else under any word of an attack
    ("a bomb went off ... in the explosion", "gunmen stormed ... during the attack")."""
    noun = next(
        (
            p
            for prep in anchor.children
            if prep.dep_ == "prep" and prep.lower_ in {"in", "during"}
            for p in prep.children
            if p.dep_ == "pobj" and _incident_told_before(p)
        ),
        None,
    )
    if noun is None and anchor.lemma_.lower() in SURVIVING_VERBS:
        # "survived the strike", "escaped the ambush": what one came through, told before
        noun = next(
            (
                o
                for o in anchor.children
                if o.dep_ == "dobj" and _incident_told_before(o)
            ),
            None,
        )
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    for kin in (kin_of.get(lemma, {lemma}), INCIDENT_WORDS):
        if (told := _told_before(ctx, sent, noun, kin)) is not None:
            return told
    return _sentence_before(ctx, sent)


def _sentence_before(ctx: ClaimContext, sent: Span) -> TimeExpression | None:
    """ "The tanker was hijacked on February 2. An officer was shot during the attack": with
    no word of the incident before it, "the attack" is the event the sentence just before (in
    the same paragraph) told, at the time of that sentence's main clause."""
    from dateline.nlp.claims_context import paragraph_of

    n = ctx.sent_of[sent.start]
    if n == 0:
        return None
    before = ctx.sents[n - 1]
    if paragraph_of(ctx, before.start_char) != paragraph_of(ctx, sent.start_char):
        return None
    return _attached(ctx, before, {before.root.i})


def _told_before(
    ctx: ClaimContext, sent: Span, noun: Token, kin: set[str] | frozenset[str]
) -> TimeExpression | None:
    """The time the nearest earlier word of ``kin`` was told with, looking 20 sentences up (a
    story's incident may be told far above its wounded) and through any adverbial clause
    ("escaped early on Sunday after gunmen attacked the gate")."""
    from dateline.nlp.claims_timeplace import time_told_before  # (the module imports this one)

    return time_told_before(ctx, sent, noun, kin, back=20, any_clause=True)


# Participles and adjectives of harm that a coordinated state may carry: "is alive but badly
# hurt", "was conscious but injured".
_HURT_WORDS = frozenset({"hurt", "injured", "wounded", "burned", "burnt", "bruised"})
# Verbs of medical care whose active object is the patient: "Paramedics treated X for cuts".
_CARE_VERBS = frozenset({"treat", "bandage"})


# What one comes through alive: "came through the operation / the ordeal / the crash".
_ORDEALS = INCIDENT_NOUNS | frozenset({"operation", "surgery", "ordeal", "night", "illness"})


def _people(tokens: list[Token]) -> list[Token]:
    from dateline.nlp.entities import PERSON_NOUNS

    return [
        t
        for t in tokens
        if t.pos_ in {"PROPN", "PRON"}
        or t.lemma_.lower() in PERSON_NOUNS
        or any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in t.children)  # "the patient, X,"
    ]


def _comfortable_patient(verb: Token) -> list[Hit]:
    """ "The patient, X, was comfortable on Tuesday", "X is comfortable in hospital": a
    hospital's word for a patient's condition (not "comfortable with the decision")."""
    from dateline.nlp.claims_grammar import subject_of

    if any(c.dep_ == "neg" for c in verb.children):
        return []
    for state in (c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "comfortable"):
        if any(c.dep_ in {"prep", "xcomp", "ccomp"} for c in state.children):
            return []
        people = _people(subject_of(verb))
        return [Hit("alive", verb, people, {verb.i, state.i})] if people else []
    return []


# The lemmas injury_side_hits reads (beside a harm word read as "among"'s object).
_SIDE_LEMMAS = frozenset({"be", "revive", "come"}) | _CARE_VERBS


def injury_side_hits(verb: Token, lemma: str) -> list[Hit]:
    """Injuries a clause tells beside its main claim (hooked into claims_states.side_hits):
    a harm word coordinated with a state ("X is alive but badly hurt": the state's own rule
    reads "alive") and the patient of active care for an injury ("Paramedics treated X at
    the scene for cuts to her face")."""
    if lemma not in _SIDE_LEMMAS and verb.lower_ not in _HURT_WORDS:
        return []  # (no rule below reads this verb: the tests below each open on these)
    from dateline.nlp.claims_complements import injury_noun
    from dateline.nlp.claims_grammar import patient_of, subject_of

    if lemma == "be" and not any(c.dep_ == "neg" for c in verb.children):
        # "is alive but badly hurt", "was conscious and injured": the second state is harm
        for state in (c for c in verb.children if c.dep_ == "acomp"):
            for hurt in (h for h in state.children if h.dep_ == "conj" and h.lower_ in _HURT_WORDS):
                if not any(n.dep_ == "neg" or n.lower_ in {"not", "never"} for n in hurt.children):
                    return [Hit("wounded", verb, subject_of(verb), {verb.i, hurt.i})]
    if (
        verb.lower_ in _HURT_WORDS
        and verb.dep_ == "pobj"
        and verb.head.lower_ == "among"
        and any(d.lower_ == "those" for d in verb.children)
        and verb.head.head.lemma_ == "be"
    ):
        # "Among those hurt was X": the parser reads the irregular participle as the object
        # of "among", with "those" its determiner; the copula's subject is one of them
        copula = verb.head.head
        return [Hit("wounded", copula, subject_of(copula), {copula.i, verb.i})]
    if lemma == "be" and (alive := _comfortable_patient(verb)):
        return alive
    if lemma == "revive" and (revived := _people(patient_of(verb))):
        # "Medics revived X at the scene", "X was revived by paramedics": brought back, alive
        return [Hit("alive", verb, revived, {verb.i})]
    if lemma == "come" and any(
        c.lower_ == "through"
        and any(
            p.lemma_.lower() in _ORDEALS for p in (c, *c.children) if p.dep_ in {"pobj", "dobj"}
        )
        for c in (*verb.children, *(o for o in verb.children if o.dep_ == "dobj"))
    ):
        # "came through the operation well", "came through the crash": lived through it
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    if lemma in _CARE_VERBS and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        # "Paramedics treated X, 64, at the scene for cuts to her face": the "for" phrase
        # (wherever the parser hangs it in the clause) names the patient's injury
        patients = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"PROPN", "PRON"}]
        injured = any(
            t.dep_ == "pobj" and t.head.lower_ == "for" and injury_noun(t)
            for t in verb.subtree
            if t.i > verb.i
        )
        if patients and injured:
            return [Hit("wounded", verb, patients, {verb.i})]
    return []


def hurt_label_time(ctx: ClaimContext, sent: Span, anchor: Token) -> TimeExpression | None:
    """ "The wounded officers, X and Y, were taken to hospital", "Among the injured was X",
    "The injured, who included X, ...": a definite label of the hurt names the people the
    story's attack hurt, so the claim takes the time that attack was told with (the nearest
    word of an attack before it)."""
    label = anchor if anchor.lower_ in _HURT_WORDS else None
    if label is None:
        label = next(
            (
                p
                for prep in anchor.children
                if prep.dep_ == "prep" and prep.lower_ == "among"
                for p in prep.children
                if p.dep_ == "pobj" and p.lower_ in _HURT_WORDS
            ),
            None,
        )
    if label is None:
        return None
    definite = any(d.dep_ == "det" and d.lower_ in {"the", "those"} for d in label.children)
    among_those = (
        label.dep_ == "acl"
        and label.head.lower_ == "those"
        and label.head.dep_ == "pobj"
        and label.head.head.lower_ == "among"
    )
    if not (
        among_those  # "X was among those wounded"
        or label.dep_ == "amod"
        and any(d.dep_ == "det" and d.lower_ == "the" for d in label.head.children)
        or label.dep_ == "pobj"
        and label.head.lower_ == "among"
        and definite
        or label.dep_ in {"nsubj", "nsubjpass"}
        and definite
    ):
        return None
    return _told_before(ctx, sent, label, INCIDENT_WORDS)
