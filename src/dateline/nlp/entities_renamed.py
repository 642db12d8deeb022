"""A described person named under another word (issue 6, subjects): news introduces someone
by one noun and names them in the next sentence under another: "A campaigner was arrested on
Monday. The activist, X, was released"; "A pensioner was found alive. The 81-year-old, X, had
been trapped"; "A British tourist was shot. The Briton, X, is stable". The later phrase is
"the" + a word for the same person (a synonym of the noun, the person's age, a demonym) with
the name set off by commas after it.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp.entities_lexicon import DEMONYM_NOUNS, ROLE_SYNONYMS

# Words for one kind of person beyond the entity lexicon's role synonyms: one group each.
_MORE_SYNONYMS = (
    frozenset({"activist", "campaigner", "protester", "dissident"}),
    frozenset({"doctor", "surgeon", "physician"}),
    frozenset({"firefighter", "fireman", "firewoman"}),
    frozenset({"prisoner", "detainee", "inmate", "convict"}),
    frozenset({"politician", "figure", "lawmaker", "legislator", "mp", "senator", "deputy"}),
    frozenset({"soldier", "serviceman", "servicewoman", "trooper", "private", "conscript"}),
    frozenset({"officer", "policeman", "policewoman", "constable"}),
    frozenset({"tourist", "holidaymaker", "visitor", "traveller", "traveler", "backpacker"}),
    frozenset({"teenager", "teen", "youth", "boy", "girl"}),
    frozenset({"pensioner", "retiree"}),
    frozenset({"fisherman", "fishermen", "sailor", "seaman", "crewman"}),
    frozenset({"hiker", "walker", "trekker", "climber", "mountaineer"}),
    frozenset({"businessman", "businesswoman", "entrepreneur", "tycoon", "executive"}),
    frozenset({"farmer", "herder", "shepherd", "villager"}),
)
_SYNONYM_GROUPS = (*ROLE_SYNONYMS, *_MORE_SYNONYMS)


def _synonyms(a: str, b: str) -> bool:
    return a != b and any(a in group and b in group for group in _SYNONYM_GROUPS)


def _age_epithet(tok: Token) -> bool:
    """ "the 81-year-old": "old" with "year" under it (the parser's reading of the hyphens)."""
    return tok.lower_ == "old" and any(c.lower_ in {"year", "years"} for c in tok.children)


def _name_after_comma(tok: Token) -> Token | None:
    """The person's name in apposition right after ``tok`` and a comma."""
    doc = tok.doc
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON":
            first = c.left_edge.i
            if first == tok.i + 2 and doc[tok.i + 1].text == ",":
                return c
    return None


def renamed_description(described: Token, later: Token) -> Token | None:
    """The name of ``later`` ("The activist, X,") when ``later`` is "the" + another word for
    the person ``described`` introduced ("a campaigner"): a synonym, an age, a demonym;
    None otherwise."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in later.children):
        return None
    word = later.lower_
    if later.pos_ == "NOUN" and _synonyms(described.lower_, word):
        pass  # "a campaigner ... The activist, X,"
    elif _age_epithet(later) or word in DEMONYM_NOUNS and described.pos_ == "NOUN":
        # "a pensioner ... The 81-year-old, X,", "a British tourist ... The Briton, X,": any
        # person fits, so only the one described last
        if _described_between(described, later):
            return None
    else:
        return None
    return _name_after_comma(later)


def _described_between(described: Token, later: Token) -> bool:
    """Another person is introduced by "a" / "an" between the two ("A woman was arrested
    after a man was stabbed. The 23-year-old, X,": the nearer one)."""
    return any(
        t.pos_ == "NOUN"
        and t.dep_ in {"nsubj", "nsubjpass", "dobj"}
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
        for t in described.doc[described.i + 1 : later.i]
    )
