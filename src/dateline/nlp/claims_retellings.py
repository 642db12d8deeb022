"""A person a later telling of an event names in a way the parse loses.

* a leader coordinated with a part of his own followers: "X and two of his lieutenants, A and
  B, were killed", 'X and "at least four of his fighters" were killed', "X and his two sons
  were arrested". The small model often misparses the name before "and" (a preposition, a
  complement, an adverb), so the trigger's subject is the partitive or the followers' noun
  alone and X, whom the sentence tells the event of first, is lost. Read by the words, not the
  parse: a person's name right before "and" (past an opening quotation mark), then a subject
  whose own words hang the followers on a possessive ("of his lieutenants", "his sons").
* a definite description told again ("the tycoon" after "The 58-year-old tycoon"; "the
  blogger" after "X, a blogger"): the one person the text described by that noun before."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_context import ClaimContext, Hit
from dateline.nlp.claims_sources import entity_in_name
from dateline.records import Entity

# The possessives that tie followers to the person named before them.
_OWNER_WORDS = frozenset({"his", "her", "their"})
# What may stand between "and" and the followers' first word.
_SKIPPED = frozenset({'"', "“", "'", "‘"})


def leader_with_followers(ctx: ClaimContext, hit: Hit) -> list[Token]:
    """The named person in "X and N of his Ys" / "X and his Ys" when the trigger's subjects
    are the followers only, or the names the followers are listed by ("X and two of his
    lieutenants, A and B, were killed"): see the module doc; [] otherwise."""
    out: list[Token] = []
    doc = hit.anchor.doc
    for subj in hit.subjects:
        noun = _followers_noun(subj)
        if noun is None and subj.left_edge.i >= 2 and doc[subj.left_edge.i - 1].text == ",":
            listed_after = doc[subj.left_edge.i - 2]  # "two of his lieutenants, A and B"
            noun = listed_after if _owned_plural(listed_after) else None
        if noun is None:
            continue
        i = _phrase_start(noun) - 1
        if i < 1 or doc[i].lower_ != "and":
            continue
        name = doc[i - 1]
        if name.pos_ != "PROPN" or any(name.i == s.i for s in hit.subjects):
            continue
        entity = entity_in_name(ctx, name)
        if entity is None or entity.kind != "person":
            continue
        if any(t.i == name.i for s in hit.subjects for t in s.conjuncts):
            continue  # parsed as a conjunct already: the subject's own expansion names X
        out.append(name)
    return out


def _followers_noun(subj: Token) -> Token | None:
    """The owned plural of a subject that is the followers: "his two sons" (the noun itself),
    "two of his lieutenants", "at least four of his fighters" (the noun after "of")."""
    if _owned_plural(subj):
        return subj
    if subj.tag_ == "CD" or subj.lower_ in _QUANTIFIERS:
        for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if _owned_plural(pobj):
                    return pobj
    return None


def _owned_plural(tok: Token) -> bool:
    return tok.tag_ == "NNS" and any(
        c.dep_ == "poss" and c.lower_ in _OWNER_WORDS for c in tok.children
    )


def _phrase_start(noun: Token) -> int:
    """The first word of the followers' phrase ending in ``noun``, by the words before it
    (quantities, "of", the possessive, adjectives, an opening quotation mark)."""
    doc = noun.doc
    i = noun.i - 1
    while i >= 0 and (
        doc[i].lower_ in _PHRASE_WORDS
        or doc[i].tag_ == "CD"
        or doc[i].text in _SKIPPED
        or doc[i].pos_ == "ADJ"
    ):
        i -= 1
    return i + 1


_QUANTIFIERS = frozenset({"some", "several", "many", "most", "all", "both", "one"})
_PHRASE_WORDS = _OWNER_WORDS | _QUANTIFIERS | {"of", "at", "least", "more", "than", "up", "to"}


def described_again(ctx: ClaimContext, subj: Token) -> Entity | None:
    """A definite description told again: "the tycoon" after "The 58-year-old tycoon" or
    "X, a property tycoon," / "the blogger" after "X, a blogger," is the one person the text
    described by that noun before (a mention of theirs ending in it, or a role the entities
    gave them), when exactly one person was so described. A description picked out anew (a
    possessor, a relative clause, a prepositional phrase, a name after it) is someone else."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    if any(c.dep_ in _PICKED_OUT for c in subj.children):
        return None
    if subj.i + 1 < len(subj.doc) and subj.doc[subj.i + 1].pos_ == "PROPN":
        return None  # "the tycoon X": a noun before a name
    word = subj.lower_
    found = [
        e
        for e in ctx.entities
        if e.kind == "person"
        and (
            word in (r.lower() for r in e.roles)
            or any(m.end <= subj.idx and m.text.lower().split()[-1:] == [word] for m in e.mentions)
            or any(
                m.end <= subj.idx and _titled(m.text, subj.doc.text[: m.start], word)
                for m in e.mentions
            )
        )
    ]
    # "X, a shipping magnate,": the noun in apposition to a person's name before; a name the
    # entities missed ("X, a magnate, and Y, a magnate") is one more person so described
    for t in subj.doc[: subj.i]:
        if t.lower_ == word and t.dep_ == "appos" and t.head.pos_ == "PROPN":
            named = entity_in_name(ctx, t.head)
            if named is None or named.kind != "person":
                return None
            if named not in found:
                found.append(named)
    return found[0] if len(found) == 1 else None


def _titled(mention: str, before: str, word: str) -> bool:
    """ "Bishop Paolo Cerri", "Patriarch X": a title before a name (in the mention or right
    before it), which "the bishop" / "the patriarch" takes up."""
    if word in lx.LEADER_ROLES:
        return False  # "Commander X ... after the commander's death": the vacancy rules' own
    words = mention.split()
    title = word.capitalize()
    return len(words) >= 2 and words[0] == title or before.split()[-1:] == [title]


# What picks a description out anew: "the tycoon's son", "the tycoon who ...", "the tycoon in
# the video", "the tycoon, X".
_PICKED_OUT = frozenset({"poss", "relcl", "acl", "prep", "appos", "compound"})
