"""Statements a story makes again.

* a custody told as an event and then, in a coordinated clause, as the state that goes on:
  "Police placed X under house arrest in 2020, and he remains there" (the arrest, and the
  custody now: a claim each, as the gold tells "was arrested in 2019 and remains in prison");
* a call with no one named as called, the sign of life a relative restates: '"He called!"',
  "she said he phoned on Wednesday night" (``alive``, as "X called his mother")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dateline.nlp.attribution_index import tables_of
from dateline.nlp.claims_context import Hit
from dateline.nlp.claims_grammar import has_neg, is_passive, subject_of
from dateline.nlp.entities_pronouns import _verb_above

# Who holds the person: the custody a "there" can take up.
_CUSTODY = frozenset({"arrested", "captured"})


def custody_goes_on_hits(hits: list[Hit]) -> list[Hit]:
    """The custody of a hit again, on a coordinated "remains / stays there" whose "there" is
    the place the custody put the person ("placed X under house arrest at his home ..., and
    he remains there"; "was jailed in Evin and is still there")."""
    out = []
    for h in hits:
        if h.predicate not in _CUSTODY or h.polarity_neg:
            continue
        verb = _verb_above(h.anchor, 4)  # ("arrest" of "placed X under house arrest")
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        for conj in (c for c in verb.children if c.dep_ == "conj"):
            if (
                conj.lemma_ in {"remain", "stay", "be"}
                and any(c.dep_ == "advmod" and c.lower_ == "there" for c in conj.children)
                and not any(c.dep_ in {"attr", "acomp", "expl"} for c in conj.children)
                and not has_neg(conj)
                and (subjects := subject_of(conj))
                # (the one held, by pronoun or name: not "and his brother remains there")
                and all(_same_one(t, h.subjects) for t in subjects)
            ):
                out.append(replace(h, anchor=conj, subjects=subjects, clause={conj.i}))
    return out


def _same_one(tok: Token, held: list[Token]) -> bool:
    """``tok`` names one of ``held`` again: a personal pronoun, or the same name."""
    return tok.lower_ in {"he", "she", "they"} or any(tok.text == t.text for t in held)


# The verbs of a voice call; "called" alone is a call when nothing follows but its time.
_CALLING = frozenset({"call", "phone", "telephone", "ring"})
# What makes "call" another verb: an object, a complement, a particle ("called off", "called
# in"), a preposition of summons or naming ("called for calm", "called on the government").
_NOT_A_CALL = frozenset(
    {"dobj", "oprd", "xcomp", "ccomp", "attr", "acomp", "prt", "dative", "agent"}
)


def bare_call_hits(sent: Span) -> list[Hit]:
    """``alive`` for a call with no callee by a person ('"He called!"', "said he phoned on
    Wednesday night"): the caller was alive then. Only a call that stands alone, or has
    nothing but its time ("on Wednesday night"), is read so."""
    out = []
    # (the verbs of calling from the tables: a Token per word cost more than the rule)
    tables, doc = tables_of(sent.doc), sent.doc
    lemma, pos = tables.lemma, tables.pos
    for verb in (doc[i] for i in range(sent.start, sent.end) if lemma[i] in _CALLING and pos[i] == "VERB"):
        if (
            verb.lemma_.lower() not in _CALLING
            or verb.pos_ != "VERB"
            or is_passive(verb)
            or has_neg(verb)
            or any(c.dep_ in _NOT_A_CALL for c in verb.children)
        ):
            continue
        subjects = [s for s in subject_of(verb) if s.pos_ == "PROPN" or s.lower_ in {"he", "she"}]
        preps = [c for c in verb.children if c.dep_ == "prep"]
        timed = any(t.ent_type_ in {"DATE", "TIME"} for c in verb.children for t in c.subtree)
        alone = verb.dep_ == "ROOT" and len([t for t in sent if not t.is_punct]) <= 3
        # (its time, or where the call came from: "phoned on Sunday from a harbour")
        if (
            subjects
            and all(_time_phrase(p) or p.lower_ == "from" for p in preps)
            and (timed or alone)
        ):
            out.append(Hit("alive", verb, subjects, {verb.i}))
    return out


def _time_phrase(prep: Token) -> bool:
    """ "on Wednesday night", "at dawn": a preposition whose object is a time."""
    return any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree)
