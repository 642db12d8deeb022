"""Statements a clause makes again (session 19, RESTATE, issue 6): a custody told as an event
and then, in a coordinated clause, as the state that goes on, "Police placed X under house
arrest in 2020, and he remains there" (the arrest, and the custody now: a claim each, as the
gold tells "was arrested in 2019 and remains in prison")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.nlp.claims_context import Hit
from dateline.nlp.claims_grammar import has_neg, subject_of

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
        verb = _verb_of(h.anchor)
        for conj in (c for c in verb.children if c.dep_ == "conj") if verb is not None else ():
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


def _verb_of(tok: Token) -> Token | None:
    """The verb whose clause ``tok`` is in ("arrest" of "placed X under house arrest")."""
    for _ in range(4):
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _same_one(tok: Token, held: list[Token]) -> bool:
    """``tok`` names one of ``held`` again: a personal pronoun, or the same name."""
    return tok.lower_ in {"he", "she", "they"} or any(tok.text == t.text for t in held)
