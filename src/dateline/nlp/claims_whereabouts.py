"""Whereabouts and appearances read beside a verb's main claim (session 18, issue 6).

Constructions of English news prose that say where a person is, or that the person was seen,
and that the older rules of :mod:`claims_states` leave out (each rule names its construction):

* arriving: "landed in Beirut", "arrived in Madrid after three years in captivity", "made it
  to Beirut" → ``located_in``;
* held fast: "is stuck in Kabul" → ``located_in``;
* hiding: "went into hiding in Manaus" → ``located_in`` (the README's "hiding in");
* custody in a named jail: "was detained at Evin prison", "was sent to Evin prison in X" →
  ``located_in`` (README: "held in a prison" is ``located_in`` as well as ``arrested``);
* where a recording was made: "appeared in a video filmed in his office in Idlib" →
  ``located_in`` beside the appearance;
* public appearances: "took part in a televised debate", "was among the mourners at the
  funeral", "was filmed greeting fighters", "led Friday prayers" → ``appeared``.

:func:`not_a_whereabouts` is the other side: "is popular in Moscow" (a reputation, not a
place one is in) and "was found safe at home" (the README: "at home" names no place) are no
``located_in``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.nlp.attribution_index import tables_of
from dateline.nlp.claims_context import Hit
from dateline.nlp.claims_dispatch import LemmaRules
from dateline.nlp.claims_grammar import is_passive, patient_of, prep_children, subject_of
from dateline.nlp.claims_places_moves import (
    ONWARD_MOVE_LEMMAS,
    WHERE_STAY_LEMMAS,
    onward_move_hits,
    relative_where_hits,
)
from dateline.nlp.claims_timeplace import is_place

__all__ = [
    "nominal_place_hits",
    "not_a_sighting",
    "not_a_whereabouts",
    "seen_since_gathering_hits",
    "whereabouts_side_hits",
]

# Verbs of getting to a place: "landed in Doha", "arrived in Madrid".
_ARRIVAL_VERBS = frozenset({"land", "arrive"})
# Verbs of custody whose "at / in" a jail says where the person is kept.
_CUSTODY_VERBS = frozenset({"detain", "imprison", "jail", "incarcerate", "intern", "lock"})
# Verbs that send a person to a jail: "was sent / transferred to Evin prison".
_SENDING_VERBS = frozenset({"send", "transfer", "move", "take", "remand", "return"})
# Buildings of custody: "at Evin prison", "in a penal colony in Perm", "a police station".
_JAIL_NOUNS = frozenset({"prison", "jail", "gaol", "penitentiary", "colony", "station"})
_JAIL_MODIFIERS = frozenset({"police", "prison", "detention", "penal", "military", "jail"})
# Recordings whose making has a place: "a video filmed in X", "footage shot at Y".
_RECORDING_NOUNS = frozenset({"video", "footage", "clip", "recording", "film", "photo", "picture"})
_RECORDING_VERBS = frozenset({"film", "shoot", "record", "make", "take", "tape", "photograph"})
# Gatherings one takes part in or is among the people of, seen there.
_TAKING_PART_PLACES = frozenset(
    {"debate", "rally", "march", "ceremony", "parade", "protest", "demonstration", "prayers"}
    | {"prayer", "procession", "funeral", "service", "summit", "talks", "conference", "meeting"}
)
_CROWD_MEMBERS = frozenset(
    {"mourner", "guest", "attendee", "speaker", "delegate", "spectator", "worshipper"}
    | {"worshiper", "participant", "marcher", "protester", "dignitary"}
)
# Verbs of being filmed or photographed doing something: "was filmed greeting fighters".
_CAUGHT_ON_CAMERA = frozenset({"film", "photograph", "picture", "videotape", "televise"})
# What one leads in public: "led Friday prayers", "led a march through the capital".
# ("led a march" is told of activists' past protests, no sighting the gold counts)
_LED_IN_PUBLIC = frozenset({"prayer", "prayers", "mass", "sermon"})
# Adjectives of repute, whose "in X" is where others hold the view, not where one is.
_REPUTE_ADJECTIVES = frozenset(
    {"popular", "unpopular", "famous", "known", "notorious", "respected", "admired", "feared"}
    | {"revered", "loved", "hated", "influential", "powerful", "wanted", "despised"}
)


def negated_verb(verb: Token) -> bool:
    # (the verb's children from the tables, once per token: nine rules ask it of every verb)
    tables, i = tables_of(verb.doc), verb.i
    found = tables.negated_verb_at.get(i)
    if found is None:
        dep, lower = tables.dep, tables.lower
        found = tables.negated_verb_at[i] = any(
            dep[c] == "neg" or lower[c] in {"never", "not", "n't"} for c in tables.children[i]
        )
    return found


def named_place(pobj: Token, prep: Token) -> bool:
    """The object of ``prep`` is a place a reader can put on a map: "in Beirut", "at a
    petrol station in Enugu", "at Evin prison"."""
    return is_place(pobj, prep) and any(
        t.ent_type_ in {"GPE", "LOC", "FAC"}
        or t.pos_ == "PROPN"
        and t.ent_type_ not in {"DATE", "TIME"}
        for t in pobj.subtree
    )


# States whose "in X" can only be a place: "in hiding in Manaus", "detention in Lyon".
_STATES_IN_PLACES = frozenset({"hiding", "exile", "detention", "custody", "confinement"})


def _bare_town(pobj: Token, prep: Token) -> bool:
    """ "in hiding in Manaus", "in pre-trial detention in Lyon": a one-word name the small
    model tags ORG, after a state that is only ever had in a place (no group is "in
    detention in" anything)."""
    head = prep.head
    return (
        prep.lower_ == "in"
        and (
            head.lower_ in _STATES_IN_PLACES
            # "went into hiding in Manaus": the town hung on the verb beside the state
            or any(
                g.dep_ == "prep"
                and g.lower_ in {"in", "into"}
                and any(q.lower_ in _STATES_IN_PLACES for q in g.children)
                for g in head.children
            )
        )
        and pobj.pos_ == "PROPN"
        and pobj.ent_type_ == "ORG"
        and pobj.text.isalpha()
        and not pobj.text.isupper()
        and not any(c.dep_ in {"det", "compound", "poss"} for c in pobj.children)
    )


def _misread_town(pobj: Token, prep: Token) -> bool:
    """ "escaped to Paraguay", "landed in Lyon": a one-word capitalised name after a verb of
    going or arriving, which the small model tags ORG, NORP or PERSON (one flees to or lands
    in a place, not in a group or a person; "the Taliban" has its article, "ISIS" is upper)."""
    return (
        prep.lower_ in {"to", "in", "into"}
        and pobj.pos_ == "PROPN"
        and pobj.ent_type_ in {"ORG", "NORP", "PERSON"}
        and pobj.text.isalpha()
        and not pobj.text.isupper()
        and pobj.text[:1].isupper()
        and not any(c.dep_ in {"det", "compound", "poss", "prep"} for c in pobj.children)
        and not (pobj.i + 1 < len(pobj.doc) and pobj.doc[pobj.i + 1].pos_ == "PROPN")
    )


def _named_place_on(
    head: Token, preps: set[str], town: Callable[[Token, Token], bool] = _bare_town
) -> bool:
    """A named place after one of ``preps`` on ``head``, or a one-word town the model misread
    (``town`` says which misreadings count: a town after a state only ever had in a place, by
    default, or after a verb of going or arriving, ``_misread_town``)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in preps
        and any(p.dep_ == "pobj" and (named_place(p, c) or town(p, c)) for p in c.children)
        for c in head.children
    )


def _named_jail(pobj: Token) -> bool:
    """ "Evin prison", "a penal colony in Perm", "a police station in Guangzhou": a building of
    custody with a name on it or a named town beside it ("prison" alone names none)."""
    if pobj.lemma_.lower() not in _JAIL_NOUNS:
        return False
    if pobj.lemma_.lower() in {"colony", "station"} and not any(
        c.lower_ in _JAIL_MODIFIERS for c in pobj.children
    ):
        return False  # "a bus station", "a former colony"
    return any(
        t.i != pobj.i
        and (t.ent_type_ in {"GPE", "LOC", "FAC"} or t.pos_ == "PROPN")
        and t.ent_type_ not in {"DATE", "TIME"}
        for t in pobj.subtree
    )


def _jail_objects(verb: Token, preps: set[str], deps: set[str]) -> list[Token]:
    return [
        p
        for c in verb.children
        if c.dep_ in deps and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj" and _named_jail(p)
    ]


# What a visitor comes for: "arrived in Doha for talks", "landed in Kyiv on a visit".
_ERRANDS = frozenset(
    {"talks", "talk", "meeting", "meetings", "visit", "summit", "conference", "negotiations"}
    | {"tour", "trip", "ceremony", "funeral", "match", "game", "consultations"}
)


def _on_an_errand(verb: Token) -> bool:
    """ "arrived in Doha for talks on Monday", "landed in Kyiv on a two-day visit", "arrived in
    Paris to attend the summit": a visitor's trip, no whereabouts (test_claims_states)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"for", "on"}
        and any(p.dep_ == "pobj" and p.lemma_.lower() in _ERRANDS for p in c.children)
        or c.dep_ in {"advcl", "xcomp"}
        and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    ) or any(
        g.dep_ == "prep"
        and g.lower_ == "for"
        and any(q.lemma_.lower() in _ERRANDS for q in g.children)
        for c in verb.children
        if c.dep_ == "prep"
        for p in c.children
        for g in p.children
    )


# The lemmas _arrival_hits opens on (claims_dispatch).
_ARRIVAL_LEMMAS = _ARRIVAL_VERBS | {"make"}


def _arrival_hits(verb: Token, lemma: str) -> list[Hit]:
    if (
        lemma in _ARRIVAL_VERBS
        and not is_passive(verb)
        and not any(c.dep_ == "dobj" for c in verb.children)
        and not _on_an_errand(verb)
        and _named_place_on(verb, {"in", "at"}, town=_misread_town)
    ):
        # "landed in Beirut on Tuesday", "arrived in Madrid after three years in captivity":
        # the one who got there is there ("landed a job in Berlin" has an object)
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (
        lemma == "make"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        and _named_place_on(verb, {"to", "into", "across"})
    ):
        # "made it to Beirut", "made it across the border into Turkey": got there
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    return []


# The lemmas _flight_hits opens on (claims_dispatch).
_FLIGHT_LEMMAS = frozenset({"flee", "escape"})


def _flight_hits(verb: Token, lemma: str) -> list[Hit]:
    if (
        lemma in {"flee", "escape"}
        and not is_passive(verb)
        and any(
            c.dep_ == "prep"
            and c.lower_ in {"to", "into"}
            and any(p.dep_ == "pobj" and _misread_town(p, c) for p in c.children)
            for c in verb.children
        )
    ):
        # "escaped to Paraguay", "fled to Lyon" with the town tagged ORG (the older rule,
        # claims_states._destination_hits, reads a well-tagged town)
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    return []


# The lemmas _hiding_and_stuck_hits opens on (claims_dispatch).
_HIDING_AND_STUCK_LEMMAS = frozenset({"stick", "go"})


def _hiding_and_stuck_hits(verb: Token, lemma: str) -> list[Hit]:
    if lemma == "stick" and is_passive(verb) and _named_place_on(verb, {"in", "at"}):
        # "is stuck in Kabul, unable to get a flight out": held fast there
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    if lemma == "go":
        hiding = [
            p
            for p in prep_children(verb, {"into"})
            if p.dep_ == "pobj" and p.lower_ == "hiding"
        ]
        if hiding and (
            _named_place_on(verb, {"in", "near", "outside"})
            or _named_place_on(hiding[0], {"in", "near", "outside"})
        ):
            # "went into hiding in Manaus": the README's "hiding in X"
            return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    return []


# Verbs of waiting out a custody: "is languishing in an Ankara jail".
_LANGUISHING_VERBS = frozenset({"languish", "rot", "waste"})
# Places of custody a person is sent back to or kept in, beside a named jail or town.
_CELL_NOUNS = frozenset({"cell", "prison", "jail", "gaol", "penitentiary", "camp"})


def _sent_to_cell_in_place(verb: Token) -> bool:
    """ "sent to a prison in Ankara" with "in Ankara" hung on the verb, "returned to his cell
    in Ankara prison": a jail or cell the verb's own place phrase names."""
    return any(
        p.dep_ == "pobj" and p.lemma_.lower() in _CELL_NOUNS
        for c in verb.children
        if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
        for p in c.children
    ) and (
        _named_place_on(verb, {"in", "near", "outside"})
        or bool(_jail_objects(verb, {"in", "at"}, {"prep"}))
    )


def _lasting_since(verb: Token) -> bool:
    """ "has been detained ... since May / for three weeks": a present perfect with a span
    ("had been detained in X" narrates a past arrest; "has been detained in Paris" alone is
    the news of one)."""
    return any(
        c.dep_ == "aux" and c.lower_ in {"has", "have", "'s", "'ve"} for c in verb.children
    ) and any(c.dep_ == "prep" and c.lower_ in {"since", "for"} for c in verb.children)


# The lemmas _custody_hits opens on (claims_dispatch).
_CUSTODY_LEMMAS = (
    _CUSTODY_VERBS
    | _SENDING_VERBS
    | _LANGUISHING_VERBS
    | {"hold", "keep", "detain", "remand", "intern", "place", "put"}
)


def _custody_hits(verb: Token, lemma: str) -> list[Hit]:
    if (
        lemma in {"hold", "keep", "detain"}
        and verb.dep_ == "conj"
        and is_passive(verb)
        and any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children)
        and _named_place_on(verb.head, {"in", "at"})
    ):
        # "was arrested in Ankara and is being held there": the first verb's town
        return [Hit("located_in", verb, patient_of(verb.head), {verb.i})]
    if (
        lemma in _SENDING_VERBS | {"remand"}
        and (is_passive(verb) or verb.dep_ == "conj" and is_passive(verb.head))
        and _sent_to_cell_in_place(verb)
    ):
        # "was sentenced to ten years and sent to a prison in Ankara", "was returned to his
        # cell in Ankara prison": kept there
        people = patient_of(verb) or patient_of(verb.head)
        return [Hit("located_in", verb, people, {verb.i})]
    if lemma in _LANGUISHING_VERBS and _jail_objects(verb, {"in", "at"}, {"prep"}):
        # "is languishing in an Ankara jail", "has been rotting in Evin prison for years"
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (
        lemma in {"detain", "intern", "hold"}
        and is_passive(verb)
        and any(
            p.dep_ == "pobj" and p.lemma_.lower() == "camp" and _named_place_on(p, {"in", "near"})
            for p in prep_children(verb, {"in"})
        )
    ):
        # "was interned / detained in a camp in Xinjiang": kept there
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    if (
        lemma == "detain"
        and is_passive(verb)
        and _lasting_since(verb)
        and _named_place_on(verb, {"in", "at"})
    ):
        # "has been detained in Ankara since May": a custody lasting there (the README's
        # span in a named place; "was detained in Dubai on Monday" is where the arrest was)
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    if lemma in _CUSTODY_VERBS and is_passive(verb) and _jail_objects(verb, {"at", "in"}, {"prep"}):
        # "was detained at Evin prison in Tehran", "detained at Evin prison since May": the
        # named jail is where the person is kept ("detained in Dubai" is where the arrest was)
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    if lemma in _SENDING_VERBS and is_passive(verb) and _jail_objects(verb, {"to"}, {"dative"}):
        # "was sent to Evin prison in Tehran" (the parser's dative "to"): sent into custody there
        people = patient_of(verb)
        return [Hit("located_in", verb, people, {verb.i}), Hit("arrested", verb, people, {verb.i})]
    if lemma == "remand" and _jail_objects(verb, {"to", "in", "at"}, {"prep"}):
        # "was remanded to Fleury-Merogis prison", "remanded in custody at HMP Pentonville"
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    if (
        lemma in _SENDING_VERBS
        and verb.dep_ == "conj"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and is_passive(verb.head)
        and _jail_objects(verb, {"to"}, {"prep", "dative"})
    ):
        # "was arrested and taken to a police station in Marseille": the second participle
        # shares the first one's "was" and its subject
        return [Hit("located_in", verb, patient_of(verb.head), {verb.i})]
    if lemma in {"place", "put", "keep"} and is_passive(verb) and _custody_in_named_place(verb):
        # "was placed in pre-trial detention in Lyon", "was put in solitary confinement at
        # Evin prison": the README's "held in X" (the custody itself is the verbs' own rule)
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    return []


# States of custody one is placed in: "placed in pre-trial detention in X".
_CUSTODY_STATES = frozenset({"detention", "custody", "confinement", "isolation"})


def _custody_in_named_place(verb: Token) -> bool:
    states = [
        p
        for p in prep_children(verb, {"in"})
        if p.dep_ == "pobj" and p.lemma_.lower() in _CUSTODY_STATES
    ]
    return bool(states) and (
        any(_named_place_on(s, {"in", "at", "near"}) for s in states)
        or any(_jail_objects(s, {"in", "at"}, {"prep"}) for s in states)
        or _named_place_on(verb, {"at"})
        or bool(_jail_objects(verb, {"at"}, {"prep"}))
    )


def _filmed_in_place(verb: Token) -> bool:
    """ "appeared in a video filmed in his office in Idlib city": the recording's own place
    (a named place anywhere under the participle's "in / at")."""
    recordings = [
        p
        for p in prep_children(verb, {"in"})
        if p.dep_ == "pobj" and p.lemma_.lower() in _RECORDING_NOUNS
    ]
    return any(
        a.dep_ == "acl"
        and a.lemma_.lower() in _RECORDING_VERBS
        and any(
            g.dep_ == "prep"
            and g.lower_ in {"in", "at", "near", "outside"}
            and any(
                t.ent_type_ in {"GPE", "LOC", "FAC"}
                or t.pos_ == "PROPN"
                and t.ent_type_ not in {"DATE", "TIME", "PERSON", "ORG", "NORP"}
                for t in g.subtree
            )
            for g in a.children
        )
        for p in recordings
        for a in p.children
    )


def _in_a_town(verb: Token) -> bool:
    """ "appeared in Tehran", "appeared in public in Kabul": a town or country hung on the
    verb, its only place (not a court, a video or a rally: "appeared in court in Tehran",
    "before a judge in X" and "at a rally in X" are the appearance only, as g24 and g47)."""
    places = [
        p
        for p in prep_children(verb, {"in", "at", "before", "on", "inside"})
        if p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"} and p.lower_ != "public"
    ]
    return bool(places) and all(
        p.ent_type_ in {"GPE", "LOC"} and p.head.lower_ == "in" for p in places
    )


def _at_an_event_in_a_town(verb: Token) -> bool:
    """ "appeared at a rally in Nasir", "appeared before a judge in Vesterby", "in court in
    Tehran": an appearance at an event or before people in a named place gives ``located_in``
    too (README, session 18: g24, g47); a video or a broadcast is no place one is seen in."""
    return any(
        p.dep_ == "pobj"
        and p.lemma_.lower() not in _RECORDING_NOUNS | {"broadcast", "message", "public"}
        and any(
            named_place(q, g)
            for g in p.children
            if g.dep_ == "prep" and g.lower_ in {"in", "near", "outside"}
            for q in g.children
            if q.dep_ == "pobj"
        )
        for p in prep_children(verb, {"at", "before", "in", "on"})
    )


# The lemmas _appearance_hits opens on (claims_dispatch).
_APPEARANCE_LEMMAS = (
    _CAUGHT_ON_CAMERA | {"appear", "take", "be", "lead", "present", "parade", "greet", "wave"}
)


def _appearance_hits(verb: Token, lemma: str) -> list[Hit]:
    hits: list[Hit] = []
    if lemma == "appear" and not any(
        c.dep_ in {"xcomp", "acomp", "oprd", "attr", "ccomp"} for c in verb.children
    ):
        if _in_a_town(verb):
            # "appeared in Tehran on Friday", "appeared in public in Kabul": seen in that town,
            # like the README's "was seen in Dubai" (appeared and located_in)
            hits.append(Hit("appeared", verb, subject_of(verb), {verb.i}))
            hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
        elif _filmed_in_place(verb) or _at_an_event_in_a_town(verb):
            # "appeared in a video filmed in his office in Idlib city": where he was filmed;
            # "appeared at a rally in Nasir", "before a judge in Vesterby": where he was seen
            hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
    if (
        lemma == "take"
        and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        and any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(
                p.dep_ == "pobj" and p.lemma_.lower() in _TAKING_PART_PLACES for p in c.children
            )
            for c in verb.children
        )
    ):
        # "took part in a televised debate", "took part in Friday prayers": seen there
        hits.append(Hit("appeared", verb, subject_of(verb), {verb.i}))
    if lemma == "be" and any(
        c.dep_ == "prep"
        and c.lower_ == "among"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in _CROWD_MEMBERS for p in c.children)
        for c in verb.children
    ):
        # "was among the mourners at the funeral", "was among the guests": seen there
        hits.append(Hit("appeared", verb, subject_of(verb), {verb.i}))
    if lemma == "be" and any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(p.dep_ == "pobj" and p.lower_ == "attendance" for p in c.children)
        for c in verb.children
    ):
        # "was in attendance at the funeral": present there, seen
        hits.append(Hit("appeared", verb, subject_of(verb), {verb.i}))
    if (
        lemma in _CAUGHT_ON_CAMERA
        and is_passive(verb)
        and any(c.dep_ in {"xcomp", "advcl", "ccomp"} and c.tag_ == "VBG" for c in verb.children)
    ):
        # "was filmed greeting fighters", "was photographed leaving the embassy": a sighting
        hits.append(Hit("appeared", verb, patient_of(verb), {verb.i}))
    if lemma == "lead" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _LED_IN_PUBLIC for c in verb.children
    ):
        # "led Friday prayers in Kano", "led the Easter mass": before a congregation
        hits.append(Hit("appeared", verb, subject_of(verb), {verb.i}))
    if lemma in {"present", "parade"} and is_passive(verb) and _to_the_press(verb):
        # "was presented to the press in Algiers", "was paraded in front of the cameras":
        # shown in public, like "paraded before reporters"
        hits.append(Hit("appeared", verb, patient_of(verb), {verb.i}))
    if _greeted_a_crowd(verb, lemma):
        # "greeted supporters outside the court", "waved to the crowd from a balcony": seen
        # by a crowd
        hits.append(Hit("appeared", verb, subject_of(verb), {verb.i}))
    return hits


# Gatherings one is seen at, whose mention after "not seen since" is the last sighting.
_SEEN_AT_GATHERINGS = _TAKING_PART_PLACES | frozenset(
    {"wedding", "liturgy", "mass", "sermon", "speech", "congress", "celebration", "concert"}
    | {"reception", "rite", "vigil", "gathering", "interview", "appearance", "hearing", "match"}
)


def seen_since_gathering_hits(verb: Token, lemma: str) -> list[Hit]:
    """ "has not been seen in public since a funeral in Karak in March 2025", "since a
    wedding in Herat": the gathering is the last sighting, an affirmed ``appeared`` at its time
    beside the negated one (README, session 18: "has not been seen since E", E itself a
    sighting), and ``located_in`` when a place is named on it; "since his arrest" is no
    gathering."""
    if lemma != "see" or not is_passive(verb) or not negated_verb(verb):
        return []
    hits: list[Hit] = []
    for since in prep_children(verb, {"since"}):
        if (
            since.dep_ != "pobj"
            or since.pos_ != "NOUN"  # ("since March": a month, no march)
            or since.ent_type_ in {"DATE", "TIME"}
            or since.lemma_.lower() not in _SEEN_AT_GATHERINGS
        ):
            continue
        seen = patient_of(verb)
        hits.append(Hit("appeared", since, seen, {since.i}))
        if _named_place_on(since, {"in", "at"}):
            hits.append(Hit("located_in", since, seen, {since.i}))
    return hits


# Those before whom one is shown: "presented to the press", "in front of the cameras".
_PRESS_WORDS = frozenset({"press", "media", "reporter", "journalist", "camera", "television"})
# Crowds one greets or waves to in public.
_CROWD_WORDS = frozenset(
    {"supporter", "crowd", "crowds", "well-wisher", "wellwisher", "follower", "worshipper"}
    | {"worshiper", "onlooker", "cheering", "throng"}
)


def _to_the_press(verb: Token) -> bool:
    return any(
        t.lemma_.lower() in _PRESS_WORDS
        for c in verb.children
        if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "before", "in"}
        for t in c.subtree
    )


def _greeted_a_crowd(verb: Token, lemma: str) -> bool:
    if lemma == "greet" and not is_passive(verb):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _CROWD_WORDS for c in verb.children)
    if lemma == "wave":
        return any(
            c.dep_ == "prep"
            and c.lower_ in {"to", "at"}
            and any(p.dep_ == "pobj" and p.lemma_.lower() in _CROWD_WORDS for p in c.children)
            for c in verb.children
        )
    return False


# Nouns of a talk from afar: "In a phone interview from Istanbul, X said".
_REMOTE_TALK_NOUNS = frozenset({"interview", "call", "conversation", "message", "statement"})


# The lemmas _state_hits opens on (claims_dispatch).
_STATE_LEMMAS = frozenset({"be", "exile", "say", "tell", "speak", "talk", "make", "confine"})


def _state_hits(verb: Token, lemma: str) -> list[Hit]:
    hits: list[Hit] = []
    if lemma == "be" and any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(
            p.dep_ == "pobj" and p.lower_ == "run" and _named_place_on(p, {"in", "near"})
            for p in c.children
        )
        for c in verb.children
    ):
        # "is on the run in Pakistan": a fugitive's whereabouts
        hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
    if lemma == "exile" and is_passive(verb) and _named_place_on(verb, {"in", "to"}):
        # "X, exiled in Paris since 2015, denied ...", "was exiled to Siberia": lives there
        hits.append(Hit("located_in", verb, patient_of(verb), {verb.i}))
    tables = tables_of(verb.doc)  # (a saying's many children read from the tables)
    dep, lower, children = tables.dep, tables.lower, tables.children
    if lemma in {"say", "tell", "speak", "talk"} and any(
        dep[c] == "prep"
        and lower[c] in {"in", "during"}
        and any(
            dep[p] == "pobj"
            and tables.lemma[p] in _REMOTE_TALK_NOUNS
            and _named_place_on(verb.doc[p], {"from"})
            for p in children[c]
        )
        for c in children[verb.i]
    ):
        # "In a phone interview from Istanbul, X said he was safe": the speaker is there
        hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
    if lemma == "be" and any(
        c.dep_ == "attr"
        and c.lemma_.lower() in {"resident", "inhabitant"}
        and _named_place_on(c, {"of", "in"})
        for c in verb.children
    ):
        # "is a resident of Caracas", "is a long-time resident in Lyon": lives there
        hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
    if (
        lemma == "make"
        and not is_passive(verb)
        and any(
            c.dep_ == "dobj" and c.lower_ == "home" and _named_place_on(c, {"in"})
            for c in verb.children
        )
    ):
        # "has made his home in Caracas": lives there
        hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
    if (
        lemma == "confine"
        and is_passive(verb)
        and any(
            p.dep_ == "pobj"
            and p.lemma_.lower()
            in {"cell", "home", "house", "room", "quarters", "compound"} | _JAIL_NOUNS
            and (_named_place_on(p, {"in", "at", "near", "outside"}) or _named_jail(p))
            for p in prep_children(verb, {"to"})
        )
    ):
        # "was confined to a cell in Rebibbia prison", "is confined to his home in Rome"
        hits.append(Hit("located_in", verb, patient_of(verb), {verb.i}))
    if (
        lemma == "be"
        and any(c.dep_ == "acomp" and c.lower_ in {"unknown", "unclear"} for c in verb.children)
        and (owners := _location_owners(verb))
    ):
        # "X's location is unknown", "his current location is unclear": like the README's
        # "whereabouts" (located_in, unconfirmed)
        hits.append(Hit("located_in", verb, owners, {verb.i}, certainty="unconfirmed"))
    return hits


# States of being all right that a place phrase may follow: "is safe and sound in X".
_WELL_WORDS = frozenset({"safe", "sound", "well", "fine", "alive", "unharmed", "unhurt", "back"})
# What a person sends or posts from where he is: "sent a message from Istanbul".
_SENT_THINGS = frozenset({"message", "video", "letter", "note", "recording", "photo", "selfie"})
_SENDING_ONES_WORD = frozenset({"send", "post", "record", "write", "film", "upload"})


def _well_in_place(verb: Token) -> bool:
    """ "is safe and sound in Istanbul", "is well and back in Istanbul": a state of being all
    right, or a conjunct of it, with a named place hung on it."""
    states = [c for c in verb.children if c.dep_ in {"acomp", "advmod"} and c.lower_ in _WELL_WORDS]
    words = states + [t for s in states for t in s.conjuncts if t.lower_ in _WELL_WORDS]
    return any(_named_place_on(w, {"in", "at"}) for w in words)


def _person_sender(verb: Token) -> list[Token]:
    return [
        t for t in subject_of(verb) if t.ent_type_ == "PERSON" or t.lower_ in {"he", "she", "i"}
    ]


# The lemmas _more_state_hits opens on (claims_dispatch).
_MORE_STATE_LEMMAS = _SENDING_ONES_WORD | {"be", "do", "reach"}


def _more_state_hits(verb: Token, lemma: str) -> list[Hit]:
    hits: list[Hit] = []
    if lemma == "be" and _well_in_place(verb):
        # "is safe and sound in Istanbul", "is well and back in Istanbul": there, and well
        hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
    if (
        lemma == "do"
        and any(c.dep_ == "advmod" and c.lower_ in {"well", "fine", "ok"} for c in verb.children)
        and _named_place_on(verb, {"in", "at"})
    ):
        # "is doing well in Istanbul, his sister said"
        hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
    if (
        lemma in _SENDING_ONES_WORD
        and not is_passive(verb)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _SENT_THINGS for c in verb.children)
        and _named_place_on(verb, {"from"})
        and (senders := _person_sender(verb))
    ):
        # "sent a message to his family from Istanbul", "posted a video from Istanbul": the
        # sender was there (a group's release names no one's whereabouts)
        hits.append(Hit("located_in", verb, senders, {verb.i}))
    if (
        lemma == "reach"
        and verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and _named_place_on(verb, {"in", "at"})
    ):
        # "X, reached in Istanbul, said he was fine": the README's "Reached by phone (in X)"
        hits.append(Hit("located_in", verb, [verb.head], {verb.i}))
    return hits


# Whose keeping one is in: "in the care of the Red Cross", "under the protection of the army".
_KEEPING_NOUNS = frozenset({"care", "protection", "charge"})
# Verbs that carry a person "from A to B": "was evacuated from Aleppo to Gaziantep".
_FROM_TO_VERBS = frozenset({"evacuate", "fly", "airlift", "move", "transfer", "take", "bring"})


# The lemmas _journey_hits opens on (claims_dispatch).
_JOURNEY_LEMMAS = _FROM_TO_VERBS | {"make", "find", "wend", "fight", "work", "be"}


def _journey_hits(verb: Token, lemma: str) -> list[Hit]:
    hits: list[Hit] = []
    if lemma in {"make", "find", "wend", "fight", "work"} and any(
        c.dep_ == "dobj"
        and c.lower_ == "way"
        and any(d.dep_ == "poss" for d in c.children)
        and (_named_place_on(c, {"to", "into", "across"}) or _named_place_on(verb, {"to", "into"}))
        for c in verb.children
    ):
        # "made her way to Gaziantep", "found his way to a camp near Gaziantep": got there
        hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
    if (
        lemma in _FROM_TO_VERBS
        and is_passive(verb)
        and any(
            c.dep_ == "prep"
            and c.lower_ == "from"
            and (
                _named_place_on(c, {"to", "into"})
                or any(p.dep_ == "pobj" and _named_place_on(p, {"to", "into"}) for p in c.children)
            )
            for c in verb.children
        )
    ):
        # "was evacuated from Aleppo to Gaziantep" (the parser hangs "to" on "from" or on the
        # first town)
        hits.append(Hit("located_in", verb, patient_of(verb), {verb.i}))
    if lemma == "be" and any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "under"}
        and any(
            p.dep_ == "pobj"
            and p.lemma_.lower() in _KEEPING_NOUNS
            and any(
                t.dep_ == "prep"
                and t.lower_ in {"in", "at", "near"}
                and any(q.dep_ == "pobj" and named_place(q, t) for q in t.children)
                for t in p.subtree
            )
            for p in c.children
        )
        for c in verb.children
    ):
        # "is now in the care of the Red Cross in Gaziantep", "under the protection of the
        # army in X": kept there
        hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
    return hits


# Verbs of a journey that "back" makes a return: "went / came / flew / moved back to Oaxaca".
_BACK_VERBS = frozenset({"go", "come", "fly", "move", "head", "travel", "sail", "drive"})


# The lemmas _return_hits opens on (claims_dispatch).
_RETURN_LEMMAS = _BACK_VERBS | {"return"}


def _return_hits(verb: Token, lemma: str) -> list[Hit]:
    """ "returned to Colombia last month", "went back to Asmara in 2016 to visit his mother":
    a return to a named place gives ``located_in`` beside ``other:return`` (the README's
    session-18 decision, g41, g261, g323, g425), whatever the errand; not "was returned to
    his cell" (sent, claims_states) nor "returned the money", "returned to the talks"."""
    if lemma == "return":
        if is_passive(verb) or any(c.dep_ in {"dobj", "obj"} for c in verb.children):
            return []
    elif not (
        lemma in _BACK_VERBS
        and any(c.dep_ == "advmod" and c.lower_ == "back" for c in verb.children)
    ):
        return []
    if _named_place_on(verb, {"to", "into"}, town=_misread_town) or any(
        # "went back home to Kano": the "to" hangs on "back" / "home"
        c.dep_ == "advmod" and c.lower_ in {"back", "home"} and _named_place_on(c, {"to"})
        for c in verb.children
    ):
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    return []


# Verbs of carrying a person somewhere, which "back" makes a carrying back: "was taken back to
# Baku", "were brought back to the prison", "was driven back to Kabul".
_CARRIED_BACK_VERBS = frozenset(
    {"take", "bring", "drive", "fly", "send", "escort", "carry", "ship", "smuggle", "airlift"}
)

# Back to where one already was inside a place, no new whereabouts: "sent back to his cell".
_NO_NEW_PLACE = frozenset({"cell", "room", "ward", "bed", "home", "house"})


def _carried_back_hits(verb: Token, lemma: str) -> list[Hit]:
    """ "was taken back to Baku", "were brought back to the prison in Gao": a person carried
    back to a place is there (the README's move to a place, named or a facility); the parser
    hangs the "to" on "back", where the plain move rules ("was taken to Baku") do not look.
    A passive only ("took back his words" takes no one anywhere); the one carried is the
    passive subject, or the first participle's in "was seized and taken back to X"."""
    if lemma not in _CARRIED_BACK_VERBS:
        return []
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if [(c.lower_, c.tag_) for c in aux] == [("be", "VB")]:
        return []  # "ordered that X be sent back to prison": the order's content, no event
    back = [c for c in verb.children if c.dep_ in {"advmod", "prt"} and c.lower_ == "back"]
    if not back:
        return []
    if is_passive(verb):
        people = patient_of(verb)
    elif (
        verb.dep_ == "conj"
        and is_passive(verb.head)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in verb.children)
    ):
        people = patient_of(verb.head)  # "was abducted and taken back to Baku"
    else:
        return []
    if not people:
        return []
    for head in [verb, *back]:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"to", "into"}:
                continue
            for dest in prep.children:
                if (
                    dest.dep_ == "pobj"
                    and dest.lemma_.lower() not in _NO_NEW_PLACE
                    and is_place(dest, prep)
                ):
                    return [Hit("located_in", verb, people, {verb.i})]
    return []


def _location_owners(verb: Token) -> list[Token]:
    return [
        o
        for c in verb.children
        if c.dep_ == "nsubj" and c.lemma_.lower() in {"location", "whereabouts"}
        for o in c.children
        if o.dep_ == "poss"
    ]


def whereabouts_side_hits(verb: Token, lemma: str) -> list[Hit]:
    """Whereabouts and appearances ``verb`` tells beside its main claim (see the module's
    list); nothing for a negated verb."""
    rules = _SIDE_RULES(lemma)
    if not rules or negated_verb(verb):
        return []
    return [h for rule in rules for h in rule(verb, lemma)]


# The rules of :func:`whereabouts_side_hits` in order, each with the lemmas it opens on,
# looked up by the verb's lemma (claims_dispatch); a rule given None instead of a set (one
# that reads more than the lemma first, or one added without a set) runs for every verb.
_SIDE_RULES: LemmaRules[Callable[[Token, str], list[Hit]]] = LemmaRules(
    [
        (_arrival_hits, _ARRIVAL_LEMMAS),
        (_flight_hits, _FLIGHT_LEMMAS),
        (_hiding_and_stuck_hits, _HIDING_AND_STUCK_LEMMAS),
        (_custody_hits, _CUSTODY_LEMMAS),
        (_appearance_hits, _APPEARANCE_LEMMAS),
        (_state_hits, _STATE_LEMMAS),
        (_more_state_hits, _MORE_STATE_LEMMAS),
        (_journey_hits, _JOURNEY_LEMMAS),
        (_return_hits, _RETURN_LEMMAS),  # (session 19)
        (_carried_back_hits, _CARRIED_BACK_VERBS),  # "was taken back to Baku"
        (relative_where_hits, WHERE_STAY_LEMMAS),  # the place a "where" clause hangs on
        (onward_move_hits, ONWARD_MOVE_LEMMAS),  # "moved first to X and then to Y"
    ]
)


def not_a_whereabouts(hit: Hit) -> bool:
    """A ``located_in`` whose place is no whereabouts: "is popular / well known / wanted in
    Moscow" (a reputation held there), "was found safe at home", "is recovering at home" (the
    README: "at home" names no place)."""
    if hit.predicate != "located_in":
        return False
    verb = hit.anchor
    if verb.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in _REPUTE_ADJECTIVES for c in verb.children
    ):
        return True
    places = [
        p
        for p in prep_children(verb, {"in", "at", "near", "inside", "outside", "to", "into"})
        if p.dep_ == "pobj"
    ]
    if verb.lemma_.lower() == "be":
        return False  # ("was at home with his family": the older gold, g91, counts it)
    return bool(places) and all(
        p.lower_ == "home" and not any(c.dep_ == "prep" for c in p.children) for p in places
    )


def not_a_sighting(hit: Hit) -> bool:
    """An ``appeared`` that is a judgement, not a sighting: "was seen by many as a moderate"
    (the "as" hung on the agent, where the older "seen as" test does not look)."""
    if hit.predicate != "appeared" or hit.anchor.lemma_.lower() != "see":
        return False
    return any(
        c.dep_ == "agent"
        and any(t.dep_ == "prep" and t.lower_ in {"as", "like"} for t in c.subtree)
        for c in hit.anchor.children
    )


# Nouns of being somewhere: "his exile in Paris", "her arrival in Oslo", "the detention of X
# in an Ankara prison", "his presence in the city".
_BEING_THERE_NOUNS = frozenset(
    {"exile", "arrival", "stay", "presence", "detention", "imprisonment"}
    | {"incarceration", "internment", "confinement"}
)
# Nouns of custody, whose own rules tell the arrest: "the detention of X in Evin prison".
_CUSTODY_NOUNS = frozenset({"detention", "imprisonment", "incarceration", "internment"})
# Heads that make the noun a wish, not a fact: "called for his detention in X".
_WISHING_HEADS = frozenset({"order", "demand", "call", "seek", "request", "want", "urge", "for"})


# Words that make the noun a plan or a prospect: "his expected arrival", "ahead of her stay".
_PROSPECT_WORDS = frozenset(
    {"expected", "planned", "scheduled", "imminent", "proposed", "possible", "rumoured"}
    | {"rumored", "intended", "future", "upcoming", "anticipated", "ahead", "before", "pending"}
    | {"until", "await", "expect", "plan", "prepare", "delay", "postpone", "cancel", "block"}
    | {"prevent", "oppose"}
)


def _not_yet(noun: Token) -> bool:
    """ "ahead of his arrival in Paris", "his expected arrival", "before his arrival", "his
    stay was cancelled", "his detention in Paris would be illegal": not (yet) a fact."""
    head = noun.head
    if any(c.lemma_.lower() in _PROSPECT_WORDS for c in noun.children if c.dep_ == "amod"):
        return True
    if head.lemma_.lower() in _PROSPECT_WORDS or head.head.lemma_.lower() in _PROSPECT_WORDS:
        return True  # "before his arrival", "ahead of his arrival", "awaiting his arrival"
    return noun.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD" for c in head.children
    )


def nominal_place_hits(tok: Token) -> list[Hit] | None:
    """ "Since his arrival in Paris", "X's exile in Paris began in 2015", "the detention of X
    in an Ankara prison": a noun of being somewhere, its owner (a possessive or an "of X")
    and a named place after its "in" (``tok`` is the place); None when no rule applies."""
    # (the first tests from the tables: most objects of a preposition are no place of a
    # noun of being somewhere, and a Token for the preposition and its noun cost more)
    tables, i = tables_of(tok.doc), tok.i
    at = tables.head[i]
    if (
        tables.dep[i] != "pobj"
        or tables.lower[at] not in {"in", "at"}
        or tables.pos[tables.head[at]] != "NOUN"
        or tables.lemma[tables.head[at]] not in _BEING_THERE_NOUNS
    ):
        return None
    prep = tok.head
    noun = prep.head
    if (
        tok.dep_ != "pobj"
        or prep.lower_ not in {"in", "at"}
        or noun.pos_ != "NOUN"
        or noun.lemma_.lower() not in _BEING_THERE_NOUNS
        or not (named_place(tok, prep) or _named_jail(tok) or _bare_town(tok, prep))
        or noun.head.lemma_.lower() in _WISHING_HEADS
        or _not_yet(noun)
    ):
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in {"PROPN", "PRON"}]
    owners += [
        p
        for p in prep_children(noun, {"of"})
        if p.dep_ == "pobj" and p.ent_type_ == "PERSON"
    ]
    if not owners:
        return None
    if tok.lemma_.lower() in _CELL_NOUNS and noun.lemma_.lower() not in _CUSTODY_NOUNS:
        return None  # ("his stay in Evin prison": the jail's own rules tell the custody)
    return [Hit("located_in", noun, owners, {noun.i, prep.i, tok.i})]
