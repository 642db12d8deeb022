"""Subjects the parser leaves in the wrong place in the body's-state constructions of
:mod:`claims_harm`, read by :func:`claims_context.stranded_subject` and
:func:`claims_grammar.subject_of` (so this module imports neither):

* "X, shot in the chest, died later in hospital": the parser makes the participle set off by
  commas the verb of X and the main verb its conjunct (or the participle an adverbial clause
  of a main verb left without a subject); X is the main verb's subject.
* "X, who was shot in the neck, underwent surgery and was in serious condition": a finite
  verb the parser joined to the name itself has the name as its subject.
* "X was lightly wounded, the group said, and is recovering": a conjunct after a
  parenthetical source continues the clause the source interrupts.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp.entities import PERSON_NOUNS

# Reporting verbs of a parenthetical source ("X was hurt, police said, and ...").
_REPORTING = frozenset("say tell add confirm report state announce claim".split())  # noqa: SIM905


def a_person(tok: Token) -> bool:
    """A name, a personal pronoun or a person noun."""
    return (
        tok.ent_type_ == "PERSON"
        or tok.lower_ in {"he", "she", "they", "him", "her", "them"}
        or tok.lemma_.lower() in PERSON_NOUNS
    )


def _no_auxiliary(verb: Token) -> bool:
    return not any(c.dep_ in {"aux", "auxpass", "nsubjpass"} for c in verb.children)


def set_off_participle(verb: Token) -> Token | None:
    """The subject of a participle the parser read as a past-tense verb of it, when commas set
    the participle off from its subject ("X, shot in the chest, ..."): no auxiliary, no object,
    a comma (and at most adverbs) between the subject's words and the participle's."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"} or not _no_auxiliary(verb):
        return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "dative"} for c in verb.children):
        return None  # "X, a former soldier, shot two guards": the active verb
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1 or not a_person(subjects[0]):
        return None
    subject = subjects[0]
    gap = verb.doc[subject.right_edge.i + 1 : verb.i]
    if subject.right_edge.lower_ != "," and not any(t.lower_ == "," for t in gap):
        return None
    if any(t.lower_ != "," and t.pos_ != "ADV" for t in gap):
        return None  # ("X, Y said, ..." / "X, who ...": no participle set off)
    return subject


def _comma_before(verb: Token) -> bool:
    """A comma right before the verb group (its first auxiliary or itself)."""
    first = min([c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}] + [verb.i])
    return first > verb.sent.start and verb.doc[first - 1].lower_ == ","


def main_verb_of_participle(participle: Token) -> Token | None:
    """The main verb a set-off participle stands before: its conjunct after a comma (no "and")
    or the verb it hangs on as an adverbial clause."""
    if participle.dep_ == "advcl" and participle.head.i > participle.i:
        main = participle.head
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in main.children) and _comma_before(main):
            return main
        return None
    for conj in participle.children:
        if conj.dep_ != "conj" or conj.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
            continue
        if any(c.dep_ == "cc" and c.i < conj.i for c in participle.children):
            continue  # "X, shot ..., and died": a coordination, not a reduced relative
        if _comma_before(conj):
            return conj
    return None


def reduced_relative_subject(verb: Token) -> Token | None:
    """ "X, shot in the chest, died later in hospital": the subject the parser gave the
    participle set off by commas is the subject of the main verb after it."""
    participle: Token | None
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        participle = verb.head
    else:
        participle = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i), None)
    if participle is None or (subject := set_off_participle(participle)) is None:
        return None
    main = main_verb_of_participle(participle)
    return subject if main is not None and main.i == verb.i else None


def noun_conjoined_subject(verb: Token) -> Token | None:
    """ "X, who was shot in the neck, underwent surgery and was in serious condition": the
    parser joined the finite verb to the name itself; the name is its subject."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if head.pos_ != "PROPN" or head.ent_type_ != "PERSON":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    return head


def parenthetical_conjunct_head(verb: Token) -> Token | None:
    """ "X was lightly wounded, the group said, and is recovering": the conjunct after a
    parenthetical source continues the clause the source interrupts (not the saying)."""
    said = verb.head
    if verb.dep_ != "conj" or said.dep_ != "parataxis" or said.lemma_ not in _REPORTING:
        return None
    if said.i > verb.i or said.head.i > said.i:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    return said.head
