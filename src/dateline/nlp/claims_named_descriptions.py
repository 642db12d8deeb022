"""A person described by what befell them, then named by a copula (issue 6, the
"unknown-subject" misses): "The guard who was released is X", "The man who was killed was X,
a farmer", "The hostage freed on Monday was X".

The relative clause or participle tells the event of a description ("the guard"), which no
rule can give to anyone; the copula then says who the description is. The claim of the event
goes to the name the copula gives, anchored on the event's own verb (its time and place are
that clause's). Plural groups so named ("The four people killed were X, Y and Z") are
``claims.listed_group_hits``'s; a naming verb ("The woman who died was named as X") is read
by the entity stage, which joins the description to the name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_context import ClaimContext, Hit, lemma_tokens
from dateline.nlp.claims_sources import entity_in_name
from dateline.nlp.entities import PERSON_NOUNS

# Events a relative clause's subject does itself: "the man who died", "the prisoner who
# escaped" (not "who lives next door", "who hid them": no claim of the one described).
_OWN_EVENTS = frozenset(
    {"killed", "resigned", "appeared", "other:disappear", "other:flee", "other:escape"}
)
_DETERMINERS = frozenset({"the", "that"})
_RELATIVES = frozenset({"who", "whom", "that"})
_BE = frozenset({"be"})


def described_then_named_hits(ctx: ClaimContext, sent: Span, told: list[Hit]) -> list[Hit]:
    """ "The guard who was released is X": the event of a singular person noun's relative
    clause or participle goes to the name a copula after it gives ("is X", "was Sergeant X,
    a driver"), when the noun is the copula's subject and nothing negates either verb."""
    hits: list[Hit] = []
    for be in lemma_tokens(ctx, sent, _BE):  # (from the lemma table: no Token per word)
        if be.lemma_ != "be" or be.pos_ not in {"AUX", "VERB"}:
            continue
        if any(c.dep_ == "neg" for c in be.children):
            continue
        noun = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
        if (
            noun is None
            or noun.tag_ != "NN"
            or noun.lemma_.lower() not in PERSON_NOUNS
            or not any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in noun.children)
        ):
            continue
        name = next(
            (
                c
                for c in be.children
                if c.dep_ == "attr"
                and c.pos_ == "PROPN"
                and (c.ent_type_ == "PERSON" or _a_person(ctx, c))
            ),
            None,
        )
        if name is None:
            continue
        for event in (c for c in noun.children if c.dep_ in {"relcl", "acl"}):
            pred = _event_predicate(event)
            if pred is None or any(
                h.anchor.i == event.i and h.predicate == pred and name in h.subjects for h in told
            ):
                continue
            hits.append(Hit(pred, event, [name], {t.i for t in event.subtree}))
    return hits


def _a_person(ctx: ClaimContext, name: Token) -> bool:
    """The entity stage took the name for a person ("is Corporal Emil Varro", untagged)."""
    ent = entity_in_name(ctx, name)
    return ent is not None and ent.kind == "person"


def _event_predicate(verb: Token) -> str | None:
    """What a relative clause or participle on a person noun tells of that person: a passive
    or a bare participle of a verb done to someone ("who was released", "freed on Monday"),
    or an active verb of the person's own ("who died", "who escaped"); None for an active
    verb done to another ("the man who killed her") or a negated one."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN"
    )
    if passive:
        return lx.PATIENT_VERBS.get(lemma)
    if verb.dep_ != "relcl":
        return None
    relative = next((c for c in verb.children if c.lower_ in _RELATIVES), None)
    if relative is None:
        return None
    if relative.dep_ == "dobj":
        return lx.PATIENT_VERBS.get(lemma)  # "the man whom police arrested"
    own = lx.AGENT_VERBS.get(lemma)
    return own if relative.dep_ == "nsubj" and own in _OWN_EVENTS else None
