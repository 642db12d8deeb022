"""Acts and verdicts that the verb lexicons cannot read by lemma alone, because the same verb
is no claim about a person with most objects (session 18, issue 6):

* joining an armed group, a movement or a strike: "joined the rebel movement in 1998", "have
  joined the hunger strike", "the front, which he joined in August" (``other:join``, but a
  hunger strike joined is ``other:strike``; "joined the talks", "joined his family" are none);
* crossing a border: "crossed into Chad with her children", "crossed the border illegally"
  (``other:cross``, beside the ``located_in`` the destination rules give);
* a verdict told by "found guilty" (``other:convict``; "found not guilty" is ``other:acquit``);
* a sentence handed or given to a person: "a tribunal handed him a life sentence", "was given a
  five-year prison term" (``other:sentence``);
* leaving for a country or a town: "left for Libya of her own free will" (``other:leave``, as
  "left the country"); a home or a building left by a finite verb of its own (the README's
  session-23 decision): the clause itself, "as / when / after he left the club", the "since"
  clause of a disappearance ("has not been seen since she left her home on Friday"), but not
  "last seen leaving his home" (``appeared``); a town the model took for a person ("left Vilnius by car") or a cave, a boat, a village
  left by a finite verb ("had seen him leave the town" is a sighting); "set off (alone) from
  the car park" ("set off for Kaduna" tells only where to).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_context import Hit
from dateline.nlp.claims_grammar import expand_conj, is_passive, patient_of, subject_of
from dateline.nlp.claims_seizures import verdict_people
from dateline.nlp.entities_gender import gender_of_given_name
from dateline.nlp.places_known import known_place_name

# What a person joins that tells of his status: an armed or political body, its ranks, a strike.
_JOINED_BODIES = lx.GROUP_HEADS | frozenset(
    {
        "rebel",
        "rebels",
        "rebellion",
        "insurgency",
        "insurgents",
        "militants",
        "front",
        "strike",
        "ranks",
        "jihad",
        "uprising",
        "guerrilla",
        "guerrillas",
        "fighters",
        "resistance",
        "cartel",
        "gang",
        "underground",
    }
)
_RELATIVE_WORDS = frozenset({"which", "that", "whom"})
_SENTENCE_WORDS = frozenset({"sentence", "term"})
_KEEPING_VERBS = frozenset({"ban", "bar", "prevent", "stop", "forbid", "block", "prohibit"})
# Places left that are no building, by a finite verb a departure wherever it stands: "left the
# cave on Saturday to look for a way down", "he left the boat in October", "left the town".
_LEFT_PLACES = frozenset({"cave", "boat", "ship", "vessel", "town", "city", "village", "island"})
_FINITE_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})
_SEEING = frozenset({"see", "watch", "spot", "notice", "observe", "film", "show", "hear"})
# Homes and buildings a person is last known to have left: "since she left her home / a
# friend's flat / a casino on the Strip" (not "school", "the army", "the party": a membership).
_LEFT_BUILDINGS = frozenset(
    {
        *("home", "house", "flat", "apartment", "villa", "hotel", "guesthouse", "hostel"),
        *("bar", "pub", "casino", "restaurant", "nightclub", "cafe", "café", "building"),
        *("office", "offices", "newsroom", "dormitory", "shop", "workplace", "compound"),
        *("farm", "residence", "lodge", "cabin", "hut", "tent", "hideout"),
        *("club", "station", "palace"),  # "left the club at midnight", "left the palace"
    }
)


def act_hits(verb: Token, lemma: str) -> list[Hit]:
    """The acts above that ``verb`` tells, or none."""
    if lemma == "join" and _joined_body(verb):
        # "have joined the hunger strike": the README's hunger strike joined is the strike itself
        # (``other:strike``, like "is on hunger strike"), not a membership
        joined = "other:strike" if _joined_hunger_strike(verb) else "other:join"
        return [Hit(joined, verb, subject_of(verb), {verb.i})]
    if lemma == "set" and _set_off_from(verb):
        return [Hit("other:leave", verb, subject_of(verb), {verb.i})]
    if lemma == "cross" and _crossed_border(verb):
        return [Hit("other:cross", verb, subject_of(verb), {verb.i})]
    if lemma == "find" and (verdict := _verdict(verb)):
        # ("a jury found X guilty": X the adjective's subject; claims_seizures)
        return [Hit(verdict, verb, patient_of(verb) or verdict_people(verb), {verb.i})]
    if lemma in {"hand", "give"} and (sentenced := _given_sentence(verb)):
        return [Hit("other:sentence", verb, sentenced, {verb.i})]
    return []


def _joined_body(verb: Token) -> bool:
    """ "joined the rebel movement", "joined the hunger strike", "the Front, which he joined"."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ in _RELATIVE_WORDS and verb.dep_ == "relcl":
            obj = verb.head  # the relative clause's antecedent is what was joined
        if obj.lemma_.lower() in _JOINED_BODIES or obj.lower_ in _JOINED_BODIES:
            return True
        if obj.ent_type_ == "ORG" and any(
            t.lower_ in _JOINED_BODIES for t in obj.subtree if t.ent_type_ == "ORG"
        ):
            return True  # "joined the Sudan Liberation Front"
    return False


def _joined_hunger_strike(verb: Token) -> bool:
    """ "joined the hunger strike", "joined a hunger strike begun by ..." (not "joined the
    strike at the docks": a walkout is a membership act, ``other:join``)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ in _RELATIVE_WORDS and verb.dep_ == "relcl":
            obj = verb.head
        if obj.lemma_.lower() == "strike" and any(
            t.lower_ == "hunger" for t in obj.doc[max(obj.left_edge.i, obj.i - 2) : obj.i]
        ):
            return True
    return False


def _set_off_from(verb: Token) -> bool:
    """ "set off alone from the car park on November 2": a departure from a place ("set off
    for Kaduna", "set off towards the highway" tell where to, not what was left)."""
    # (the parser may hang "from" on an adverb: "set off alone from the car park")
    holders = [verb, *(c for c in verb.children if c.dep_ == "advmod")]
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "set off a fire", "the alarm that he set off": a thing set off
    return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "from" for h in holders for c in h.children
    )


def _crossed_border(verb: Token) -> bool:
    """ "crossed into Chad", "crossed the border / the frontier"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "into"
        or c.dep_ == "dobj"
        and c.lemma_.lower() in {"border", "frontier"}
        for c in verb.children
    )


def _verdict(verb: Token) -> str | None:
    """ "was found guilty of sedition" (a conviction), "found not guilty" (an acquittal)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for c in [*verb.children, *(a for o in objects for a in o.children if a.dep_ == "amod")]:
        # (in "found X not guilty" the parser hangs the adjective on the object)
        if c.dep_ in {"oprd", "acomp", "ccomp", "xcomp", "amod"} and c.lower_ in {
            "guilty",
            "innocent",
        }:
            negated = any(n.dep_ == "neg" for n in c.children) or c.lower_ == "innocent"
            return "other:acquit" if negated else "other:convict"
    return None


def left_place(verb: Token) -> bool:
    """ "left prison / the country", "left Kanda" (a named place), "left for Libya"."""
    for c in verb.children:
        if c.dep_ == "dobj" and (
            c.lemma_.lower() in lx.LEAVE_OBJECTS or c.ent_type_ in {"GPE", "LOC"}
        ):
            return True
        # (a finite verb only: "had seen him leave the town" is a sighting, "to leave" a purpose)
        if (
            c.dep_ == "dobj"
            and _finite_departure(verb)
            and (c.lemma_.lower() in _LEFT_PLACES or _known_town_object(c))
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "for"
            # ("left for Kidal": a gazetteer town the model took for a person, too)
            and any(
                p.dep_ == "pobj" and (p.ent_type_ in {"GPE", "LOC"} or _known_town_object(p))
                for p in c.children
            )
        ):
            return True
    return _left_building_since(verb)


def _finite_departure(verb: Token) -> bool:
    """A finite "left" of its own: not an infinitive ("to leave the house": a purpose) nor a
    sighting ("had seen him leave the town")."""
    return verb.tag_ in _FINITE_TAGS and not (
        verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_.lower() in _SEEING
    )


def _known_town_object(obj: Token) -> bool:
    """ "Harelik left Vilnius by car": a town or country of the gazetteer that the model took
    for a person or a group (places_known), one proper noun with no "the" or "'s" and no
    given name ("left Jordan" stays a person)."""
    doc = obj.doc
    return (
        obj.pos_ == "PROPN"
        and obj.ent_type_ in {"PERSON", "ORG", "NORP", ""}
        and not any(c.dep_ in {"det", "poss", "compound", "case"} for c in obj.children)
        and not (obj.i + 1 < len(doc) and doc[obj.i + 1].pos_ == "PROPN")
        and obj.text[:1].isupper()
        and not obj.text.isupper()
        and gender_of_given_name(obj.text) is None
        and known_place_name(obj.text)
    )


def _left_building_since(verb: Token) -> bool:
    """A named person's departure from a home or a building told by a finite verb of its own
    (the README's session-23 decision): in a "since" clause of a disappearance ("has not been
    seen since she left her home on Friday"), in an "as / when / after" clause ("as he left
    the club", "when she left their flat") or as the clause itself ("He left the offices at
    about 7 p.m.", "has never left the compound", negated by the caller). A gerund ("since
    leaving his home"), an infinitive ("to leave the house") and a sighting ("saw him leave
    the house") stay out, and so does an organisation or an office ("left the army")."""
    if not _finite_departure(verb):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    # ("When he left the club": the parser hangs "when" as an advmod, not a mark)
    openers = marks | {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if verb.dep_ == "advcl":
        if not openers & {"since", "as", "when", "after"}:
            return False
    elif verb.dep_ not in {"ROOT", "conj", "ccomp", "relcl"} or marks:
        return False
    return any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _LEFT_BUILDINGS or c.lower_ in _LEFT_BUILDINGS)
        for c in verb.children
    )


def kept_from(verb: Token) -> bool:
    """ "banned from leaving the country", "barred from travelling": an act the person is kept
    from, not one he did (the ban is the claim)."""
    return (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "from"
        and verb.head.head.lemma_.lower() in _KEEPING_VERBS
    )


def _given_sentence(verb: Token) -> list[Token]:
    """Who was handed a sentence: "handed the commander X a life sentence", "was given a
    five-year prison term" (the passive subject), "handed down a sentence to X"."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if not any(o.lemma_.lower() in _SENTENCE_WORDS for o in objects):
        return []
    if is_passive(verb):
        return patient_of(verb)
    people = [o for o in objects if o.lemma_.lower() not in _SENTENCE_WORDS]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        people += [p for p in prep.children if p.dep_ == "pobj"]
    return expand_conj(people)
