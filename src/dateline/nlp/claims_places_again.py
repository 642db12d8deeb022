"""Whereabouts said again, or told by a clause that names another act.

The README puts a person in a place in clauses the older rules read only in part; each rule
here names its construction of English news prose:

* a stay said again with "there" for the place named before, in a short clause the older
  rules pass over: "He remains there", "She is still there", "He is being held there"
  (README, session 19: each clause restating a state counts again; "was not there" is the
  stay denied, g187);
* a speaker placed by where one speaks from or is interviewed at: "spoke to the Courier from
  his brother's flat in Beirut", "said, speaking from her parents' house in Irbid", "spoke to
  the Courier at her family's home in Khartoum" (README: an interview "from P" gives
  ``located_in``; g349);
* a searcher's finding told in the active: "Rescuers found the climber X alive near Y"
  (README, session 18: a missing person found is ``alive``, and ``located_in`` with a named
  place);
* an extradition or a handing over in the active whose object is a role noun with the name
  beside it: "Spain extradited the businessman X to Ukraine", "handed over the cartel boss X
  to the United States" (README, session 19: a move to a place);
* a guess at a place with "somewhere": "is believed to be somewhere in the Rwenzori
  foothills".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.nlp.attribution_index import tables_of
from dateline.nlp.claims_context import Hit
from dateline.nlp.claims_dispatch import LemmaRules
from dateline.nlp.claims_grammar import is_passive, patient_of, subject_of
from dateline.nlp.claims_whereabouts import named_place, negated_verb
from dateline.nlp.places_known import known_place_name

__all__ = ["places_again_hits"]

# Verbs of a stay a "there" can say again.
_STAYING = frozenset({"be", "remain", "stay", "live", "hide", "shelter"})
# Verbs of being kept that a "there" can say again ("is being held there").
_KEPT = frozenset({"hold", "keep", "treat"})
# ("was detained / jailed in X" is the event, which gives no located_in: README, session 19)
# Verbs of speaking whose "from P" is where the speaker was.
_SPEAKING = frozenset({"speak", "talk", "say", "tell", "reply", "answer", "testify", "write"})
# Verbs of an interview whose "at / in P" is where the one interviewed was.
_INTERVIEWED = frozenset({"speak", "talk"})
# Verbs of sending a person to another state.
_HANDING = frozenset({"extradite", "deport", "expel", "repatriate", "hand"})
# States a missing person is found in.
_FOUND_STATES = frozenset({"alive", "safe", "unharmed", "unhurt", "well"})
# Kin and friends one speaks to by phone, whose "from P" may be their own place.
_KIN = frozenset(
    {"son", "daughter", "brother", "sister", "mother", "father", "wife", "husband", "family"}
    | {"parent", "child", "cousin", "uncle", "aunt", "nephew", "niece", "friend", "relative"}
)
# Entity types of places.
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Words of the outlet's own staff, whose place is no claim (README: g143).
_STAFF = frozenset({"correspondent", "reporter", "editor", "presenter", "host", "anchor"})


def _preps(head: Token, words: frozenset[str] | set[str]) -> list[tuple[Token, Token]]:
    """(object, preposition) of each phrase under ``head`` opened by one of ``words``."""
    # read from the shared tables: a Token only for each pair kept (asked of every verb)
    doc, tables = head.doc, tables_of(head.doc)
    kids, dep, low = tables.children, tables.dep, tables.lower
    return [
        (doc[p], doc[c])
        for c in kids[head.i]
        if dep[c] == "prep" and low[c] in words
        for p in kids[c]
        if dep[p] == "pobj"
    ]


def _placed(pobj: Token, prep: Token) -> bool:
    """ "from Beirut", "from his brother's flat in Beirut", "at her home near Irbid": a named
    place, or a place with one hung on it."""
    return named_place(pobj, prep) or any(
        named_place(q, g)
        for t in (pobj, *[q for q, _ in _preps(pobj, {"of"})])  # "the forest north of X"
        for q, g in _preps(t, {"in", "near", "outside", "at", "of"})
    )


def _persons(tokens: list[Token]) -> list[Token]:
    """The people among ``tokens``: a name, "he" / "she", or a role noun with a name beside
    it (the name then stands for it: "the businessman X")."""
    out = []
    for t in tokens:
        if t.ent_type_ == "PERSON" or t.lower_ in {"he", "she"}:
            out.append(t)
        elif t.pos_ == "NOUN" and t.lemma_.lower() not in _STAFF:
            out += [c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    return out


def _epithets(tokens: list[Token]) -> list[Token]:
    """ "the governor", "the missing reporter": a definite description of one person, which
    the subject resolution (claims_context) takes back to the person named before."""
    return [
        t
        for t in tokens
        if t.pos_ == "NOUN"
        and t.tag_ == "NN"
        and t.lemma_.lower() not in _STAFF
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        and not any(c.dep_ == "appos" for c in t.children)
    ]


def _who(tokens: list[Token]) -> list[Token]:
    """The people among a clause's subjects: names, "he" / "she", and descriptions."""
    bare = [  # "Warsame was evacuated and is at the palace": a surname the tagger left untyped
        t
        for t in tokens
        if t.pos_ == "PROPN" and t.ent_type_ == "" and not known_place_name(t.text)
    ]
    return _persons(tokens) + _epithets(tokens) + bare


def _staff(tokens: list[Token]) -> bool:
    return any(t.lemma_.lower() in _STAFF for s in tokens for t in s.subtree)


def _there(verb: Token) -> bool:
    """ "remains there"; "was staying with a cousin there" (the parser hangs the "there" on the
    object of the verb's "with")."""
    if any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children):
        return True
    return any(
        t.dep_ == "advmod" and t.lower_ == "there"
        for obj, _ in _preps(verb, {"with"})
        for t in obj.children
    )


def _there_again(verb: Token, lemma: str) -> list[Hit]:
    """ "He remains there", "She is still there", "He is being held there": a stay in the
    place named before (the story's first sentence has none before it)."""
    if not _there(verb) or verb.sent.start == 0:
        return []
    if lemma in _STAYING and not is_passive(verb):
        if any(c.dep_ in {"expl", "attr"} for c in verb.children):
            return []  # "there is", "he was there a guest"
        if lemma != "be" and negated_verb(verb):
            return []  # ("did not stay there": no stay; "was not there" is denied, g187)
        people = _persons(subject_of(verb)) + _epithets(subject_of(verb))
    elif lemma in _KEPT and is_passive(verb) and not negated_verb(verb):
        people = _who(patient_of(verb))
    else:
        return []
    return [Hit("located_in", verb, people, {verb.i})] if people else []


def _kept_in_misread(verb: Token, lemma: str) -> list[Hit]:
    """ "is being kept in a village near Jos": the parser makes the "in" a complement of the
    passive, so no place phrase hangs on the verb."""
    if lemma not in _KEPT or not is_passive(verb) or negated_verb(verb):
        return []
    if any(
        c.dep_ in {"oprd", "advmod", "acomp"}
        and c.lower_ in {"in", "at", "near", "inside"}
        and any(_placed(p, c) for p in c.children if p.dep_ == "pobj")
        for c in verb.children
    ):
        people = _who(patient_of(verb))
        return [Hit("located_in", verb, people, {verb.i})] if people else []
    return []


def _speaker(verb: Token) -> list[Token]:
    """The one speaking: the verb's subject, or for "X said, speaking from ..." the subject
    of the verb the participle hangs on."""
    own = subject_of(verb)
    if not own and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        own = subject_of(verb.head)
    return [] if _staff(own) else _persons(own)


# Messages one speaks in; the verbs that say where one was made.
_MESSAGES = frozenset({"message", "video", "recording", "audio", "clip", "tape", "broadcast"})
_MAKING = frozenset({"record", "make", "film", "tape", "shoot"})


def _message_made_in(noun: Token) -> bool:
    """ "an audio message recorded in the Y delta", "a video from Idlib": a message with its
    place."""
    if noun.lemma_.lower() not in _MESSAGES:
        return False
    return any(_placed(p, c) for p, c in _preps(noun, {"from"})) or any(
        a.dep_ == "acl"
        and a.lemma_.lower() in _MAKING
        and any(
            _placed(p, c) or any(t.ent_type_ in _PLACE_TYPES for t in p.subtree)
            for p, c in _preps(a, {"in", "near", "at"})
        )
        for a in noun.children
    )


def _spoken_from(verb: Token, lemma: str) -> list[Hit]:
    """ "spoke to the Courier from his brother's flat in Beirut", "said, speaking from her
    parents' house in Irbid", "spoke to the Courier at her family's home in Khartoum"."""
    if lemma not in _SPEAKING or is_passive(verb) or negated_verb(verb):
        return []
    hearers = [p for p, _ in _preps(verb, {"to", "with"})]
    if (
        _persons(hearers)
        or any(p.lower_ in {"him", "her", "them"} or p.lemma_.lower() in _KIN for p in hearers)
        or any(c.dep_ == "advmod" and c.lower_ == "last" for c in verb.children)
    ):
        return []  # "had last spoken to her brother by phone from a port near X": his place
    heads = [verb] + [  # "by phone from X": the "from" may hang on the phone
        p for p, _ in _preps(verb, {"by", "over", "via"})
    ]
    placed = any(
        _placed(p, c) and (verb.tag_ != "VBG" or p.pos_ == "NOUN")
        for h in heads
        for p, c in _preps(h, {"from"})
    )  # ("X, speaking from Paris at a briefing, said": an official's errand, not a claim)
    if not placed and verb.tag_ == "VBG":
        # "X, speaking in an audio message recorded in the Y delta, denied ...": the
        # message's own place (a fronted "In a video recorded in X" is claims_where_beside's)
        placed = any(_message_made_in(p) for p, _ in _preps(verb, {"in", "on"}))
    if not placed and lemma in _INTERVIEWED and hearers:
        # "spoke to the Courier at her home in X": an interview there (the parser may hang
        # the "at" on the outlet)
        placed = any(
            p.pos_ == "NOUN" and _placed(p, c)
            for h in (verb, *hearers)
            for p, c in _preps(h, {"at", "in"})
        )
    if not placed:
        return []
    people = _speaker(verb)
    return [Hit("located_in", verb, people, {verb.i})] if people else []


def _found_there(verb: Token, lemma: str) -> list[Hit]:
    """ "Rescuers found the climber X alive near Y", "found him safe in a hut above Y": the
    active finding of a missing person in a named place."""
    if lemma not in {"find", "locate"} or is_passive(verb) or negated_verb(verb):
        return []
    states = [
        c
        for c in verb.children
        if c.dep_ in {"ccomp", "xcomp", "oprd", "acomp", "advcl"} and c.lower_ in _FOUND_STATES
    ]
    found = [c for c in verb.children if c.dep_ == "dobj"] + [
        c for s in states for c in s.children if c.dep_ in {"nsubj", "nsubjpass"}
    ]
    for o in [c for c in verb.children if c.dep_ == "dobj"]:
        states += [c for c in o.children if c.dep_ in {"amod", "acl"} and c.lower_ in _FOUND_STATES]
    people = _persons(found)
    if not people or not states:
        return []
    if any(
        _placed(p, c)
        for h in (verb, *states)
        for p, c in _preps(h, {"in", "at", "near", "on", "inside", "outside"})
    ):
        return [Hit("located_in", verb, people, {verb.i})]
    return []


# Verbs that carry a person to a place: "was taken / rushed / flown to X".
_CARRYING = frozenset(
    {"take", "rush", "fly", "airlift", "bring", "move", "transfer", "drive", "evacuate", "escort"}
)
# Places one is carried to and kept in, named or not (README, session 19).
_KEEPING_PLACES = frozenset(
    {"hospital", "infirmary", "clinic", "prison", "jail", "camp", "base", "station"}
    | {"barracks", "centre", "center", "facility", "colony", "unit", "ward"}
)


def _carried_where(verb: Token, lemma: str) -> list[Hit]:
    """ "was taken to Manchester Royal Infirmary, where he underwent surgery", "was rushed to
    St Luke's Hospital in Coventry, where he was pronounced dead": a move to a place whose
    "where" clause tells another event there (not the stay itself)."""
    if lemma not in _CARRYING or not is_passive(verb) or negated_verb(verb):
        return []
    for dest, _ in _preps(verb, {"to", "into"}):
        wheres = [
            r
            for r in dest.children
            if r.dep_ == "relcl" and any(a.lower_ == "where" for a in r.children)
        ]
        if not wheres or any(r.lemma_.lower() in _STAYING | _KEPT for r in wheres):
            continue  # ("to X, where he is being held": the stay is the clause's own claim)
        kept = dest.lemma_.lower() in _KEEPING_PLACES or any(
            t.lemma_.lower() in _KEEPING_PLACES
            for t in dest.lefts
            if t.dep_ in {"compound", "amod"}
        )
        if (
            kept
            or _placed(dest, dest.head)
            or dest.pos_ == "PROPN"
            and any(t.lower_ in _KEEPING_PLACES for t in dest.subtree if t.i < dest.i + 1)
        ):
            people = _who(patient_of(verb))
            return [Hit("located_in", verb, people, {verb.i})] if people else []
    return []


def _stuck_there(verb: Token, lemma: str) -> list[Hit]:
    """ "is trapped in a shaft near Johannesburg", "were stranded at the airport in Lome":
    caught in a place (README's list: "stranded in", "trapped in")."""
    if lemma not in {"trap", "strand"} or negated_verb(verb):
        return []
    if not any(
        _placed(p, c) for p, c in _preps(verb, {"in", "at", "near", "inside", "on", "under"})
    ):
        return []
    people = _who(patient_of(verb) if is_passive(verb) else subject_of(verb))
    return [Hit("located_in", verb, people, {verb.i})] if people else []


# Places a carrying does not put one on the map: "took him home", "to safety".
_NO_PLACES = frozenset({"home", "safety", "location", "place", "destination", "somewhere"})


def _took_them_to(verb: Token, lemma: str) -> list[Hit]:
    """ "Police arrested X on Monday and took him to the police headquarters in Bamako",
    "soldiers drove her to a hospital in Kano": the active move of a person to a place
    (README, session 19: a move to a named place or a facility, named or not)."""
    if lemma not in _CARRYING or is_passive(verb) or negated_verb(verb):
        return []
    moved = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and (c.lower_ in {"him", "her"} or _persons([c]))
    ]
    roles = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    moved += [
        c
        for c in verb.children
        if c.dep_ in {"npadvmod", "appos"}
        and c.ent_type_ == "PERSON"
        and any(r.i < c.i for r in roles)
    ]  # "took the climber, X, to hospital": the parser hangs the name on the verb
    if not moved:
        return []
    for dest, c in _preps(verb, {"to", "into"}):
        if dest.lemma_.lower() in _NO_PLACES:
            return []  # ("to an unknown location", "took him home")
        if dest.lemma_.lower() in _KEEPING_PLACES or _placed(dest, c):
            people = [m for m in moved if m.lower_ in {"him", "her"}] + _persons(moved)
            people = list(dict.fromkeys(people))
            return [Hit("located_in", verb, people, {verb.i})]
    return []


# Rooms prisoners and hostages share.
_SHARED_ROOMS = frozenset({"cell", "room", "corridor", "tent", "ward", "wing", "hut", "container"})


def _shared_with(verb: Token, lemma: str) -> list[Hit]:
    """ "told us he had shared a corridor with her at the Bouchoucha detention centre in
    Tunis", "had been held with X at a base in Giza": a fellow prisoner's word puts the one
    shared with in the named place."""
    if negated_verb(verb):
        return []
    if lemma == "share":
        rooms = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _SHARED_ROOMS]
        if not rooms:
            return []
    elif lemma in _KEPT and is_passive(verb):
        rooms = []
    else:
        return []
    mates = [p for h in (verb, *rooms) for p, _ in _preps(h, {"with"})]
    people = [m for m in mates if m.lower_ in {"him", "her"}] + _persons(mates)
    if people and any(
        _placed(p, c) for h in (verb, *rooms) for p, c in _preps(h, {"in", "at", "near"})
    ):
        return [Hit("located_in", verb, people, {verb.i})]
    return []


def _placed_by(verb: Token, lemma: str) -> list[Hit]:
    """ "informants had placed him near the town of Mekdela last week", "witnesses place her
    in Gao": a source's word putting a person in a named place ("placed under house arrest"
    is custody, read elsewhere)."""
    if lemma != "place" or is_passive(verb) or negated_verb(verb):
        return []
    moved = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and (c.lower_ in {"him", "her"} or _persons([c]))
    ]
    if not moved or _preps(verb, {"under"}):
        return []
    if any(_placed(p, c) for p, c in _preps(verb, {"in", "near", "at", "outside", "around"})):
        people = [m for m in moved if m.lower_ in {"him", "her"}] + _persons(moved)
        return [Hit("located_in", verb, list(dict.fromkeys(people)), {verb.i})]
    return []


def _moved_abroad(verb: Token, lemma: str) -> list[Hit]:
    """ "he has not been transferred abroad", "was flown abroad for treatment": a move out
    of the country (denied with the verb's "not", as "was not there")."""
    if lemma not in _CARRYING | {"send"} or not is_passive(verb):
        return []
    if any(c.dep_ == "advmod" and c.lower_ == "abroad" for c in verb.children):
        people = _who(patient_of(verb))
        return [Hit("located_in", verb, people, {verb.i})] if people else []
    return []


# Buildings one is sheltered or kept in that need no town to be a place: "the presidential
# palace", "the French embassy" ("at the ministry" alone is an employer, claims_states).
_SEATS = frozenset({"palace", "embassy", "consulate", "residence", "compound"})


def _at_a_seat(verb: Token, lemma: str) -> list[Hit]:
    """ "She is safe and is at the presidential palace", "remains at the French embassy",
    "is at his residence, where he is under protection": a stay in a building of state."""
    if lemma not in {"be", "remain", "stay"} or is_passive(verb):
        return []
    if lemma != "be" and negated_verb(verb):
        return []
    if any(c.dep_ in {"expl", "attr"} for c in verb.children):
        return []
    if not any(p.lemma_.lower() in _SEATS for p, _ in _preps(verb, {"at", "in", "inside"})):
        return []
    people = _who(subject_of(verb))
    return [Hit("located_in", verb, people, {verb.i})] if people else []


# Nouns that name again a town the story named before: "in the city", "the capital".
_TOWN_AGAIN = frozenset({"city", "capital", "town", "village"})
# Verbs of a sighting.
_SEEING = frozenset({"see", "spot", "sight", "photograph", "film"})


def _the_town(pobj: Token) -> bool:
    return pobj.lemma_.lower() in _TOWN_AGAIN and any(
        c.dep_ == "det" and c.lower_ == "the" for c in pobj.children
    )


def _town_named_before(verb: Token) -> bool:
    """A town or country named in the story before the verb."""
    return any(
        t.pos_ == "PROPN"
        and (t.ent_type_ == "GPE" or t.ent_type_ == "" and known_place_name(t.text))
        for t in verb.doc[: verb.i]
    )


def _seen_in_the_city(verb: Token, lemma: str) -> list[Hit]:
    """ "A third person said he had been seen at a hotel in the city on February 2": a
    sighting in the town the story named before (README: a sighting in a named place gives
    ``located_in``; "the city" names it again)."""
    if lemma not in _SEEING or not is_passive(verb) or negated_verb(verb):
        return []
    if any(
        _the_town(p) or any(_the_town(q) for q, _ in _preps(p, {"in", "near", "outside"}))
        for p, _ in _preps(verb, {"in", "at", "near", "outside"})
    ) and _town_named_before(verb):  # ("at a hotel in the city" with no town before: none)
        people = _who(patient_of(verb))
        return [Hit("located_in", verb, people, {verb.i})] if people else []
    return []


def _sent_back(verb: Token, lemma: str) -> list[Hit]:
    """ "was returned to Tora prison after the hearing", "was sent back to his cell in
    Silivri prison": a prisoner moved back to a place of custody (README, session 19: a move
    to a facility, named or not)."""
    if lemma not in {"return", "send"} or not is_passive(verb) or negated_verb(verb):
        return []
    heads = [verb] + [
        c for c in verb.children if c.dep_ in {"advmod", "prt"} and c.lower_ == "back"
    ]
    for dest, c in (pc for h in heads for pc in _preps(h, {"to", "into"})):
        jail = dest.lemma_.lower() in _JAILS
        if jail or (lemma == "return" and dest.pos_ == "PROPN" and named_place(dest, c)):
            people = _who(patient_of(verb))
            return [Hit("located_in", verb, people, {verb.i})] if people else []
    return []


# Places of custody a prisoner is sent back to.
_JAILS = frozenset({"prison", "jail", "cell", "colony", "camp", "barracks", "penitentiary"})
# Ways of walking in on one's own.
_WALKING = frozenset({"walk", "stroll", "stagger", "limp", "wander", "stumble"})


def _walked_in(verb: Token, lemma: str) -> list[Hit]:
    """ "walked into a police station in Batumi", "staggered into a village near X": a
    missing person come to a place on foot is there."""
    if lemma not in _WALKING or negated_verb(verb):
        return []
    if any(_placed(p, c) for p, c in _preps(verb, {"into"})):
        people = _who(subject_of(verb))
        return [Hit("located_in", verb, people, {verb.i})] if people else []
    return []


# The lines one appears over from elsewhere: "by video link".
_LINKS = frozenset({"link", "videolink", "video", "videoconference", "feed"})
# Words of a court's name.
_COURTS = frozenset({"court", "tribunal", "bailey"})


def _at_named_court(verb: Token, lemma: str) -> list[Hit]:
    """ "appeared at Westminster Magistrates' Court", "at Kano High Court", "in the dock at the
    Old Bailey": an appearance in a court named by its town or as a building (README: an
    appearance in a named place; "appeared in court" alone names none)."""
    if lemma != "appear" or negated_verb(verb):
        return []
    if any(p.lemma_.lower() in _LINKS for p, _ in _preps(verb, {"via", "by", "over"})):
        return []  # "appeared at X Court by video link from Y prison": at the prison
    courts = [
        p
        for h in (verb, *[q for q, _ in _preps(verb, {"in"}) if q.lower_ == "dock"])
        for p, _ in _preps(h, {"at", "in", "before"})
        if p.lemma_.lower() in _COURTS or p.ent_type_ == "FAC"
    ]
    if any(
        t.ent_type_ in _PLACE_TYPES or known_place_name(t.text)
        for p in courts
        for t in p.subtree
        if t.i <= p.i and t.pos_ == "PROPN"
    ):
        people = _persons(subject_of(verb))
        return [Hit("located_in", verb, people, {verb.i})] if people else []
    return []


def _handed_to(verb: Token, lemma: str) -> list[Hit]:
    """ "Spain extradited the businessman X to Ukraine", "handed over the cartel boss X to
    the United States": the role noun's name is the one moved to the named state."""
    if lemma not in _HANDING or is_passive(verb) or negated_verb(verb):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    people = _persons(objects)
    if not people:
        return []
    heads = [verb] + [
        c for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ in {"over", "back"}
    ]
    if any(
        p.pos_ == "PROPN" and named_place(p, c) and not any(r.dep_ == "relcl" for r in p.children)
        for h in heads
        for p, c in _preps(h, {"to"})
    ):
        return [Hit("located_in", verb, people, {verb.i})]
    return []


def _somewhere(verb: Token, lemma: str) -> list[Hit]:
    """ "is believed to be somewhere in the Rwenzori foothills": a guessed place."""
    if lemma != "be" or negated_verb(verb):
        return []
    for adv in (c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "somewhere"):
        if any(
            _placed(p, c)
            or any(t.pos_ == "PROPN" or t.ent_type_ in _PLACE_TYPES for t in p.subtree)
            for h in (verb, adv)
            for p, c in _preps(h, {"in", "near", "around", "along"})
        ):  # ("somewhere in the Rwenzori foothills": a name after "somewhere in" is a place's)
            people = _who(subject_of(verb))
            return [Hit("located_in", verb, people, {verb.i})] if people else []
    return []


def places_again_hits(verb: Token, lemma: str) -> list[Hit]:
    """The whereabouts ``verb`` tells that the older rules miss (see the module's list)."""
    if is_passive(verb) and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children):
        return []  # "ordered that X be sent back to prison", "wants him to be moved": not yet
    return [h for rule in _RULES(lemma) for h in rule(verb, lemma)]


# The rules above in order, each with the lemmas its first test opens on, looked up by the
# verb's lemma (claims_dispatch); a rule given None (one that reads more than the lemma
# first, or one added without a set) runs for every verb.
_RULES: LemmaRules[Callable[[Token, str], list[Hit]]] = LemmaRules(
    [
        (_there_again, _STAYING | _KEPT),
        (_spoken_from, _SPEAKING),
        (_found_there, frozenset({"find", "locate"})),
        (_handed_to, _HANDING),
        (_carried_where, _CARRYING),
        (_kept_in_misread, _KEPT),
        (_stuck_there, frozenset({"trap", "strand"})),
        (_sent_back, frozenset({"return", "send"})),
        (_took_them_to, _CARRYING),
        (_shared_with, _KEPT | {"share"}),
        (_seen_in_the_city, _SEEING),
        (_placed_by, frozenset({"place"})),
        (_moved_abroad, _CARRYING | {"send"}),
        (_at_a_seat, frozenset({"be", "remain", "stay"})),
        (_walked_in, _WALKING),
        (_at_named_court, frozenset({"appear"})),
        (_somewhere, frozenset({"be"})),
    ]
)
