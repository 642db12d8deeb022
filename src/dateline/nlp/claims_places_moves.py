"""Places a person is moved through that the entity stage does not tag as places.

A part of a building named after the building it belongs to ("Block C of the Karatepe
central prison", "Ward 3 of the city hospital", "the basement of a house in Raqqa") is where
the person is, when the building after "of" is a place: the part itself carries no tag (the
small model reads "Block C" as a bare name with a compound, "the basement" as a common noun).

A move told with a sequence of destinations ("moved first to X and then to Y", "taken to a
police station, then to the central prison", "and then back to Y") puts the person in each
one (:func:`onward_move_hits`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.nlp.claims_context import Hit
from dateline.nlp.claims_grammar import is_passive, patient_of, subject_of

__all__ = [
    "ONWARD_MOVE_LEMMAS",
    "WHERE_STAY_LEMMAS",
    "onward_move_hits",
    "part_of_a_place",
    "relative_where_hits",
    "withheld_whereabouts",
]

# Parts of a building or compound one is kept or nursed in: "Block C of", "the east wing of",
# "a ward of", "the basement of", "cell 12 of", "the annex of".
_BUILDING_PARTS = frozenset(
    {"block", "wing", "ward", "cell", "basement", "annex", "annexe", "section", "floor"}
    | {"unit", "yard", "courtyard", "cellblock", "barracks", "dormitory", "hall", "pavilion"}
)


def part_of_a_place(tok: Token, prep: Token, is_place: Callable[[Token, Token], bool]) -> bool:
    """ "moved to Block C of the central prison", "held in the basement of a house in Raqqa":
    the object of ``prep`` names a part of a building (its own noun or the compound before a
    designator, "Block" of "Block C") whose "of" object is a place by ``is_place``."""
    words = {tok.lemma_.lower(), tok.lower_} | {
        c.lower_ for c in tok.children if c.dep_ == "compound"
    }
    if not words & _BUILDING_PARTS:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(p.dep_ == "pobj" and is_place(p, prep) for p in c.children)
        for c in tok.children
    )


# Verbs of staying or being kept somewhere: "the prison, where she shares a cell", "the town,
# where he has lived since 2019", "the camp where they are kept", "the jail, where he awaits
# trial", "the hospital, where she lies in a coma", "the embassy, where he is under protection"
# ("be" with no role after it), "Leipzig, where she was questioned" (a passive of custody).
# Not a verb of an event told there ("where he met", "was born", "pleaded guilty", "died"),
# nor a job ("Khartoum, where he worked as a translator": the move before it placed him).
WHERE_STAY_LEMMAS = frozenset(
    {"spend", "stay", "live", "remain", "share", "sleep", "hide", "shelter", "recover"}
    | {"languish", "hold", "keep", "detain", "imprison", "treat", "reside"}
    | {"be", "await", "wait", "lie", "question", "interrogate", "reunite"}
)
# ("hold", ..., "reunite": only in the passive, "where she is kept", "where he was questioned")
_PASSIVE_ONLY = frozenset(
    {"hold", "keep", "detain", "imprison", "treat", "question", "interrogate", "reunite"}
)


def relative_where_hits(verb: Token, lemma: str) -> list[Hit]:
    """ "was moved to the Karatepe prison, where she shares a cell", "the camp where they are
    kept": a relative clause opened by "where" on a place noun puts its subject in that place,
    when its verb is one of staying or being kept (``WHERE_STAY_LEMMAS``); the place is the
    noun the clause hangs on, so the clause itself names none. A verb of an event told there
    ("where he met a client", "where he was born", "where he pleaded guilty", "where he died")
    or of what others did ("where doctors describe his condition") places nobody by this rule:
    the lemma outside the set returns nothing, here and not only through the dispatch."""
    if lemma not in WHERE_STAY_LEMMAS:
        return []
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children
    ):
        return []
    from dateline.nlp.claims_timeplace import is_place  # (it imports this module)

    place = verb.head
    if place.dep_ != "pobj" or not is_place(place, place.head):
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    passive = is_passive(verb)
    if lemma in _PASSIVE_ONLY and not passive:
        return []
    if lemma == "be" and any(c.dep_ == "attr" for c in verb.children):
        return []  # a role held there, not a stay: "the town, where he is mayor"
    subjects = patient_of(verb) if passive else subject_of(verb)
    if not subjects:
        return []
    return [Hit("located_in", verb, subjects, {verb.i})]


# Verbs that move a person from one place of custody or care to the next: "was moved first
# to X and then to Y", "taken to a police station, then to the central prison".
ONWARD_MOVE_LEMMAS = frozenset({"move", "transfer", "relocate", "take", "send", "fly", "airlift"})
# Words that put a further destination after the first: "then to", "later to", "back to".
_SEQUENCE_WORDS = frozenset(
    {"then", "later", "afterwards", "subsequently", "finally", "eventually"}
)


def onward_move_hits(verb: Token, lemma: str) -> list[Hit]:
    """A move told with a sequence of destinations, each a place the person was in (the README:
    an enumeration of distinct occurrences is one claim per occurrence): "is moved twice,
    first to a colony in X and then to one in Y", "was taken to a police station in X, then
    to the central prison in Y", "moved her to a prison in X for two months, and then back to
    Y", "was transferred to X and later to a camp near Y". One ``located_in`` for each
    destination after the first (the verb's own rule reads the first), anchored on the
    destination noun; a destination with no sequence word ("to X and Y") is one move."""
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    passive = is_passive(verb)
    if (
        lemma in {"fly", "airlift", "take"}
        and not passive
        and not any(c.dep_ == "dobj" for c in verb.children)
    ):
        return []  # "flew to Paris, then to Rome": a trip, not a person moved
    firsts = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    if not firsts:
        return []
    first = firsts[0]
    onward = [c for c in firsts[1:] if _sequenced(c)]
    onward += [c for c in first.children if c.dep_ == "conj" and c.lower_ == "to" and _sequenced(c)]
    onward += [  # "..., and then back to Y": the parser makes "back" a conjunct of the verb
        p
        for c in verb.children
        if c.dep_ in {"conj", "advmod"} and c.lower_ == "back" and c.i > first.i
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "to"
    ]
    from dateline.nlp.claims_timeplace import is_place  # (it imports this module)

    places = [obj for prep in onward if (obj := _destination(prep, is_place)) is not None]
    if not places:
        return []
    subjects = (
        patient_of(verb)
        if passive or any(c.dep_ == "dobj" for c in verb.children)
        else subject_of(verb)
    )
    if not subjects:
        return []
    return [Hit("located_in", obj, subjects, {verb.i, obj.head.i, obj.i}) for obj in places]


def _sequenced(prep: Token) -> bool:
    """The preposition carries "then", "later", ... (or "back") before its object."""
    return any(c.dep_ == "advmod" and c.lower_ in _SEQUENCE_WORDS | {"back"} for c in prep.children)


def _destination(prep: Token, is_place: Callable[[Token, Token], bool]) -> Token | None:
    """The object of "to" when it is a place, or "one" with a place after it ("to one in
    Kirov")."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if is_place(obj, prep):
            return obj
        if obj.lower_ == "one" and any(
            c.dep_ == "prep" and any(p.dep_ == "pobj" and is_place(p, c) for p in c.children)
            for c in obj.children
        ):
            return obj
    return None


# Verbs of making a place known, whose negation withholds it: "did not disclose his whereabouts".
_DISCLOSING_VERBS = frozenset({"disclose", "reveal", "divulge", "specify", "publish", "announce"})


def withheld_whereabouts(anchor: Token) -> bool:
    """ "His whereabouts have not been disclosed", "the ministry did not reveal her location":
    the place is withheld, which claims nothing (the claims README: "did not say where X was"
    is no claim, unlike "has no idea where he is")."""
    if anchor.lemma_.lower() not in {"whereabouts", "whereabout", "location"}:
        return False
    head = anchor.head
    return (
        anchor.dep_ in {"nsubjpass", "dobj"}
        and head.lemma_.lower() in _DISCLOSING_VERBS
        and any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children)
    )
