"""Claims triggered by a verb, tried in order: phrasal verbs ("stepped down", "took
over"), constructions whose claim depends on their complements (take, see, show, become,
name, hold, be in a place), then the patient and agent lexicons of
:mod:`claims_lexicon` (killed, arrested ... / died, resigned, appeared ...)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution_index import tables_of
from dateline.nlp.claims_acts import act_hits, kept_from, left_place
from dateline.nlp.claims_captors import SEIZURE_LEMMAS, captor_custody
from dateline.nlp.claims_complements import (
    allegiance_to,
    among_the_dead,
    appointed_on_surface,
    as_leader,
    at_public_place,
    by_governing_body,
    carried_off,
    described_before,
    from_a_person,
    in_body_part,
    injury_noun,
    insurgent_marked,
    leadership_object,
    message_object,
    named_in_apposition,
    non_state_agent,
    person_object,
    place_name_follows,
    place_pobj,
    public_appearance,
    removed_from_office,
    replaces_a_leader,
    state_agent,
    takes_command,
    to_death,
    to_lead,
    treated_injury,
)
from dateline.nlp.claims_context import ClaimContext, Hit, doc_lemmas, in_quote
from dateline.nlp.claims_custody import (
    CUSTODY_VERB_LEMMAS,
    captors_before,
    conditional_future,
    custody_side_hits,
    custody_verb_hits,
    state_kidnapping,
    state_takers_before,
)
from dateline.nlp.claims_dispatch import LemmaRules
from dateline.nlp.claims_grammar import (
    expand_conj,
    group_copula,
    has_neg,
    irrealis,
    is_future,
    is_passive,
    may_be_unrealised,
    patient_of,
    prep_children,
    reporting_subject,
    subject_of,
)
from dateline.nlp.claims_harm import HARM_VERB_LEMMAS, LOOK_WORDS
from dateline.nlp.claims_harm import harm_verb_hits as health_verb_hits
from dateline.nlp.claims_seizures import (
    CUSTODY_S20_LEMMAS,
    custody_s20_hits,
    quarry_captured,
    rescued_from_danger,
)
from dateline.nlp.claims_sources import (
    entity_in_name,
)
from dateline.nlp.claims_states import (
    JAIL_WORDS,
    STATE_LEMMAS,
    held_in_jail,
    obliged,
    side_hits,
    state_hits,
)
from dateline.nlp.claims_time import calendar_value, interval_of, is_point
from dateline.nlp.claims_timeplace import is_place, place_of
from dateline.nlp.claims_where_beside import where_beside_hits
from dateline.nlp.entities import PERSON_NOUNS

# Verbs of motion towards power: "rose / swept / returned / was restored to power".
_TO_POWER_VERBS = frozenset(
    {"rise", "ascend", "come", "return", "sweep", "restore", "propel", "catapult", "vault"}
)
# Offices won outright: "won the presidency" ("won power" too; not "won the command's backing").
_WON_OFFICES = frozenset(
    {"presidency", "premiership", "chairmanship", "power", "throne", "mayoralty"}
)


def verb_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit]:
    """Claims triggered by a verb: phrasal verbs, constructions with their own rule
    (take, see, show, become, name, hold), then the patient / agent lexicons."""
    if lemma == "hold" and (holders := _believed_holders(verb)):
        # "the separatist group believed to be holding her" (a reduced relative the parser
        # reads as "the group believed"): held by them, by belief
        held = [c for c in verb.children if c.dep_ == "dobj"]
        k = verb.i + 1
        while not held and k < verb.sent.end and verb.doc[k].ent_type_ == "PERSON":
            k += 1  # the name right after "holding", taken by the parser for the next verb's
        if not held and k > verb.i + 1:
            held = [verb.doc[k - 1]]
        hit = Hit("captured", verb, held, {verb.i})
        hit.certainty = "hedged"
        return [hit] if hit.subjects and holders else []
    if (led := _came_to_lead(verb, lemma)) is not None:
        return led
    if (
        may_be_unrealised(ctx, verb)
        and not _perceived_event(verb)
        and (
            irrealis(verb)
            or is_future(verb)
            or _can_or_if(verb)
            or obliged(verb)
            or conditional_future(verb)  # "Police may arrest X if he returns"
        )
    ):
        return []
    if lemma == "hand" and (freed := _hostage_handed_over(ctx, verb) or _handed_back(verb)):
        return [Hit("released", verb, freed, {verb.i})]
    if lemma == "cost" and (lost := _cost_a_life(verb)):
        # "The fire cost the firefighter X his life": he died of it
        return [Hit("killed", verb, lost, {verb.i})]
    if lemma == "stop" and (stopped := _stopped_and_held(verb)):
        # "was stopped by police at the airport", "was stopped at the border and questioned":
        # the state holds the person it stops (a bare "stopped at the airport" is other:stop)
        return [Hit("arrested", verb, stopped, {verb.i})] + side_hits(verb, lemma)
    for rule in _VERB_RULES(lemma):  # (the families in order, at the end of the module)
        hits = rule(ctx, verb, lemma)
        if hits is not None or rule is _lexicon_word_hits:
            hits = captor_custody(verb, lemma, hits)  # (claims_captors: the captor decides)
        if hits is not None:
            if (members := _among_those_members(verb)) is not None:
                for hit in hits:
                    if hit.anchor is verb and hit.subjects == [verb.head]:
                        # ("remember X, the teacher who was among those killed": the
                        # description the parser hung elsewhere is X's)
                        hit.subjects = [_described_person(ctx, m) for m in members]
            for hit in hits:
                if hit.anchor is verb and not hit.subjects:
                    # "has not been seen since being taken by gunmen": the main clause's
                    hit.subjects = adjunct_gerund_subject(verb, hit.predicate)
                if hit.anchor is verb and hit.subjects and hit.predicate in _HARMED:
                    hit.subjects = hit.subjects + _alongside(verb)
            # ("saw X among the wounded": the sighting's side claims give way too)
            beside = (
                _brought_in_injured(verb, lemma, hits)
                + _seen_in_custody(verb, lemma, hits)
                + side_hits(verb, lemma)
                + act_hits(verb, lemma)
                + custody_side_hits(verb, lemma)
            )
            return _among_casualties(verb, beside + where_beside_hits(verb, lemma, beside))
    beside = (
        _brought_in_injured(verb, lemma, [])
        + side_hits(verb, lemma)
        + act_hits(verb, lemma)
        + custody_side_hits(verb, lemma)  # "disappeared into police custody"
    )
    return beside + where_beside_hits(verb, lemma, beside)  # (claims_where_beside: session 20)


# The casualties a person is counted among: "seen X among the wounded", "among the dead".
_CASUALTY_GROUPS = {
    "dead": "killed",
    "killed": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "hurt": "wounded",
}
# What seeing or finding a person tells by itself (told instead by the group he is among).
_SIGHTING_PREDICATES = frozenset({"alive", "appeared", "located_in"})


def _among_casualties(verb: Token, hits: list[Hit]) -> list[Hit]:
    """ "had seen X among the wounded being carried away", "found X among the dead": the
    person seen or found is one of the casualties, a claim beside the sighting (appeared),
    and the sighting's "alive" gives way to it (a copula, "was among the dead", has its rule)."""
    if verb.lemma_.lower() in {"be", "remain"}:
        return hits
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    groups = [p for h in holders for p in prep_children(h, {"among"})]
    pred = next((_CASUALTY_GROUPS[g.lower_] for g in groups if g.lower_ in _CASUALTY_GROUPS), None)
    sightings = [h for h in hits if h.anchor is verb and h.predicate in _SIGHTING_PREDICATES]
    if pred is None or not sightings:
        return hits
    people = list(dict.fromkeys(s for h in sightings for s in h.subjects))
    kept = [h for h in hits if not (h.predicate == "alive" and any(h is x for x in sightings))]
    hit = Hit(pred, verb, people, {verb.i, *(g.i for g in groups)})
    hit.polarity_neg, hit.certainty = sightings[0].polarity_neg, sightings[0].certainty
    return [*kept, hit]


# The marks of a place of detention in its description: "a remand centre", "the police
# station's cells", "a prison yard".
_DETENTION_MARKS = frozenset({"police", "prison", "detention", "remand", "jail", "penal"})


def _in_detention(place: Token) -> bool:
    """A place of detention, or a part of one ("the exercise yard of a remand centre", "the
    cells of a security-service building")."""
    for p in (place, *(o for o in prep_children(place, {"of"}) if o.dep_ == "pobj")):
        if p.lemma_.lower() in JAIL_WORDS | {"cell"} or any(
            c.dep_ in {"compound", "amod"} and c.lower_ in _DETENTION_MARKS for c in p.children
        ):
            return True
    return False


def _seen_in_custody(verb: Token, lemma: str, hits: list[Hit]) -> list[Hit]:
    """ "had seen her husband in the exercise yard of a remand centre", "was seen in a
    prison cell": a sighting inside a place of detention tells that the person is held
    there (besides the sighting's own claims)."""
    if lemma != "see" or any(h.predicate in {"arrested", "captured"} for h in hits):
        return []
    places = [p for p in prep_children(verb, {"in", "at", "inside"}) if p.dep_ == "pobj"]
    if not any(_in_detention(p) for p in places):
        return []
    seen = (
        patient_of(verb)
        if is_passive(verb)
        else [c for c in verb.children if c.dep_ == "dobj" and _a_person(c)]
    )
    return [Hit("arrested", verb, seen, {verb.i})] if seen else []


# Verbs of perception whose bare infinitive tells what happened: "saw police push him".
_PERCEPTION_VERBS = frozenset({"see", "watch", "witness", "hear", "notice", "observe", "film"})


def _perceived_event(verb: Token) -> bool:
    """ "Neighbours saw officers push him into a van", "watched soldiers drag her away": the
    bare infinitive after a verb of perception is an event someone saw happen, no purpose or
    demand (the mood test reads a bare verb as one)."""
    head = verb.head
    return (
        verb.tag_ in {"VB", "VBP"}
        and verb.dep_ in {"ccomp", "xcomp"}
        and head.lemma_.lower() in _PERCEPTION_VERBS
        and not any(c.dep_ == "aux" for c in verb.children)
        and not any(c.dep_ == "aux" for c in head.children if c.lower_ in {"will", "would"})
    )


def _doers(verb: Token) -> list[Token]:
    """Who does what ``verb`` tells: its subject, or, for an event seen ("saw security
    officers push him": the parser hangs the doers on "saw"), the object of the verb of
    perception."""
    if _perceived_event(verb) and not any(c.dep_ == "nsubj" for c in verb.children):
        seen = [c for c in verb.head.children if c.dep_ == "dobj"]
        if seen:
            return expand_conj(seen)
    return subject_of(verb)


# Verbs of coming out of a wreck or an attack: "emerged from the rubble without a scratch".
_CAME_OUT_VERBS = frozenset({"emerge", "escape", "walk", "crawl", "climb", "come", "survive"})


def _found_injured(verb: Token) -> list[Token]:
    """Who is found with an injury when the "with" hangs on the one found or on what the
    person was found doing (or on its place): "found the trader, X, with gunshot wounds",
    "found the climber sheltering in a cave with a broken ankle", "X was found huddling
    under a ledge with frostbite" (a "with" on "found" itself is read by the noun rules)."""
    found = patient_of(verb) if is_passive(verb) else [c for c in verb.children if c.dep_ == "dobj"]
    doing = [
        c
        for c in verb.children
        if c.dep_ in {"xcomp", "advcl"}
        and c.tag_ == "VBG"
        # "found X hiding in a barn": the parser's clause with X as its subject
        or c.dep_ == "ccomp"
        and any(g.dep_ == "nsubj" for g in c.children)
    ]
    if not found:
        found = [g for d in doing if d.dep_ == "ccomp" for g in d.children if g.dep_ == "nsubj"]
    doing += [c for f in found for c in f.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    places = [p for d in doing for p in prep_children(d, lx.PLACE_PREPS | {"under", "behind"})]
    # ("Paramedics found X with two broken ribs": the "with" on the active verb is X's)
    holders = [*([] if is_passive(verb) else [*found, verb]), *doing, *places]
    if not any(treated_injury(h, frozenset({"with"})) is not None for h in holders):
        return []
    return [named_in_apposition(f) for f in found]


def _without_injury_on_place(verb: Token) -> Token | None:
    """The injury noun of a "without" phrase the parser hung on the object of the verb's own
    preposition ("emerged from the wreckage without a scratch"), else None (a "without" on
    the verb itself is read by the noun rules)."""
    for place in prep_children(verb, {"from", "out", "of"}):
        for word in prep_children(place, {"without"}):
            if word.dep_ == "pobj" and lx.EVENT_NOUNS.get(word.lemma_.lower()) == "wounded":
                return word
    return None


# Prepositions of fleeing a place of captivity: "escaped from prison with a broken leg".
_FLED_FROM = frozenset({"from", "out", "across", "to", "into"})
# Verbs of coming through an attack, whose object can carry the "with" of an injury.
_CAME_THROUGH = frozenset({"survive", "escape"})
# Verbs of being or getting somewhere whose "with" phrase can name an injury one has.
_WITH_INJURY_VERBS = frozenset(
    {"be", "remain", "lie", "stay", "arrive", "return", "turn", "come", "walk", "emerge"}
    # ("is recovering in a hospital in Kathmandu with frostbite")
    | {"escape", "survive", "crawl", "limp", "recover"}
)


# Harms one shares with the people named after "alongside" (an arrest "alongside X" is
# left out: the gold reads "who was arrested alongside Sy" as no new claim about Sy, g184).
_HARMED = frozenset({"killed", "wounded"})


def _alongside(verb: Token) -> list[Token]:
    """Who the same harm befell, named after "alongside": "was killed alongside his deputy,
    X", "died alongside two of his guards" (the grammar's companions read "along with" and
    "together with")."""
    return [
        named_in_apposition(p)
        for p in expand_conj([p for p in prep_children(verb, {"alongside"}) if p.dep_ == "pobj"])
    ]


def _hostage_handed_over(ctx: ClaimContext, verb: Token) -> list[Token]:
    """Who is handed over to someone in a story of kidnapping: "X was handed over to
    Nigerien troops near the border", "the kidnappers handed her to tribal elders" (the
    captive freed; outside such a story a suspect handed to police is arrested instead)."""
    if not any(w.startswith(lx.KIDNAP_STEMS) for w in doc_lemmas(ctx)):
        return []
    if not any(p.dep_ == "pobj" for p in prep_children(verb, {"to"})):
        return []
    people = (
        patient_of(verb) if is_passive(verb) else [c for c in verb.children if c.dep_ == "dobj"]
    )
    return [p for p in people if p.pos_ in {"PROPN", "PRON"} or p.ent_type_ == "PERSON"]


def _handed_back(verb: Token) -> list[Token]:
    """Who is "handed back" ("was handed back to his government at the border", "the rebels
    handed back two soldiers"): a prisoner or captive returned to his own side, freed."""
    if not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children):
        return []
    people = (
        patient_of(verb) if is_passive(verb) else [c for c in verb.children if c.dep_ == "dobj"]
    )
    return [
        p
        for p in people
        if p.pos_ in {"PROPN", "PRON"}
        or p.ent_type_ == "PERSON"
        or p.lemma_.lower() in PERSON_NOUNS
    ]


# Verbs of knowing a face: "recognised him in the video", "identified her in a photograph".
_RECOGNISING_VERBS = frozenset({"recognise", "recognize", "identify"})
# Pictures a person is recognised in.
_PICTURES = frozenset(
    {"video", "photograph", "photo", "picture", "image", "footage", "film", "clip"}
    | {"videos", "photographs", "photos", "pictures", "images", "recording"}
)


def _recognised_in_picture(verb: Token) -> list[Token]:
    """The people a verb of recognising finds "in" a picture ("recognised his son, X, in
    the photograph"); [] for any other recognising ("identified the body", "recognised as
    leader")."""
    if not any(
        p.lemma_.lower() in _PICTURES or p.lower_ in _PICTURES for p in prep_children(verb, {"in"})
    ):
        return []
    people = (
        patient_of(verb)
        if is_passive(verb)
        else expand_conj([c for c in verb.children if c.dep_ == "dobj"])
    )
    return [
        p
        for p in people
        if p.pos_ in {"PROPN", "PRON"}
        or p.ent_type_ == "PERSON"
        or p.lemma_.lower() in PERSON_NOUNS
    ]


def _cost_a_life(verb: Token) -> list[Token]:
    """The people "cost ... his life" names ("The fire cost the firefighter X his life",
    "the raid cost two guards their lives"); [] when no life is what it cost."""
    kids = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    words = [w for k in kids for w in (k, *k.children)]
    if not any(w.lemma_.lower() in {"life", "lives"} for w in words):
        return []
    people = [k for k in kids if k.lemma_.lower() not in {"life", "lives"}]
    return [
        p
        for p in expand_conj(people)
        if p.ent_type_ == "PERSON" or p.pos_ == "PROPN" or p.lemma_.lower() in PERSON_NOUNS
    ]


def _left_harmed(verb: Token, pred: str) -> list[Token]:
    """ "The attack left the driver X dead and his colleague Y wounded": the parser reads the
    second small clause as Y doing the wounding, a conjunct of "left"; Y is the one hurt."""
    if pred not in {"wounded", "killed"} or verb.dep_ != "conj" or verb.head.lemma_ != "leave":
        return []
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    return expand_conj([c for c in verb.children if c.dep_ == "nsubj"])


def _conjunct_across_adjunct(verb: Token) -> list[Token]:
    """ "X was arrested on March 8 while covering a protest and released the next day": the
    parser joins the bare participle to the gerund of the while-clause, but it is the main
    passive verb's conjunct and shares its subject; [] for any other verb."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN":
        return []
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return []
    gerund = verb.head
    if gerund.tag_ != "VBG" or gerund.dep_ not in {"advcl", "pcomp"}:
        return []
    main = gerund.head.head if gerund.dep_ == "pcomp" else gerund.head
    return patient_of(main) if is_passive(main) else []


def _blinded_by_harm(verb: Token) -> bool:
    """ "blinded in one eye", "blinded by shrapnel / in the blast": a hurt that took sight
    (not "blinded by ambition", "by the sun")."""
    objects = [
        p
        for c in verb.children
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by"}
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return any(
        p.lemma_.lower() in {"eye", "eyes"} | lx.PROJECTILES | lx.HARMING_CAUSES for p in objects
    )


def _patient_or_shared(verb: Token) -> list[Token]:
    """Who undergoes ``verb``, or, for a passive conjunct with no subject of its own ("was
    beaten and carried back unconscious"), the first conjunct's."""
    if (is_passive(verb) or any(c.dep_ == "dobj" for c in verb.children)) and (
        found := patient_of(verb)
    ):
        return found
    if verb.dep_ == "conj" and is_passive(verb.head):
        return patient_of(verb.head)
    return []


# Where a death sends a person, in the words of those who boast of it: "sent to hell".
_DEATH_DESTINATIONS = frozenset({"hell", "grave", "death", "deaths"})
# What places a person somewhere by telling of it: "a lawyer's account placed him in X".
_PLACING_SOURCES = frozenset(
    {"account", "report", "reports", "source", "sources", "witness", "witnesses", "testimony"}
    | {"record", "records", "sighting", "sightings", "rumour", "rumor", "information"}
)


def _sent_to_death(verb: Token) -> list[Hit] | None:
    """ "were sent to hell", "sent the general to his grave": killed, in the words of those
    who claim the killing (a militant statement's boast)."""
    if not any(p.lemma_.lower() in _DEATH_DESTINATIONS for p in prep_children(verb, {"to"})):
        return None
    dead = patient_of(verb)
    return [Hit("killed", verb, dead, {verb.i})] if dead else None


def _placed_by_an_account(verb: Token) -> list[Hit] | None:
    """ "Another account placed him in the cells of X", "Witnesses placed her at the
    checkpoint": where a source says the person was."""
    if is_passive(verb) or not any(
        s.lemma_.lower() in _PLACING_SOURCES or s.lower_ in _PLACING_SOURCES
        for s in subject_of(verb)
    ):
        return None
    placed = [c for c in verb.children if c.dep_ == "dobj" and _a_person(c)]
    places = [p for p in prep_children(verb, {"in", "at", "inside"}) if p.dep_ == "pobj"]
    if not placed or not places:
        return None
    hits = [Hit("located_in", verb, placed, {verb.i})]
    if any(_in_detention(p) for p in places):
        # "placed him in the cells of a security-service building": held there
        hits.append(Hit("arrested", verb, placed, {verb.i}))
    return hits


# Verbs of putting a person somewhere by force or not: "put", "bundled", "loaded".
_PUTTING_VERBS = frozenset(
    {"put", "place", "bundle", "push", "force", "shove", "throw", "drag", "load", "march"}
)
# The state's marks on a vehicle: "a police car", "an army truck", "a prison van".
_STATE_VEHICLE_MARKS = frozenset({"police", "army", "military", "prison", "security", "patrol"})


# Keepers of a held person: "the guards", "his jailers", "the captors".
_KEEPER_NOUNS = frozenset({"guard", "guards", "jailer", "jailers", "warder", "warders"})


def _brought_back_by_keepers(ctx: ClaimContext, verb: Token) -> list[Hit] | None:
    """ "the guards brought him back two days later", "Police brought the escaped prisoner
    back to the jail": returned into the keepers' custody (captured in a story of captivity
    or by non-state takers, arrested by the state's); "Rescuers brought her back" is none."""
    if not any(c.lower_ == "back" and c.dep_ in {"prt", "advmod"} for c in verb.children):
        return None
    keepers = _takers(verb)
    kind = _taker_kind(keepers)
    if kind is None and any(k.lemma_.lower() in _KEEPER_NOUNS for k in keepers):
        # guards: the story's own words tell whose ("his captivity": the captors')
        lemmas = doc_lemmas(ctx)
        kidnap = any(w.startswith(lx.KIDNAP_STEMS) for w in lemmas)
        kind = "captured" if kidnap else "arrested"
    if kind is None:
        return None
    if is_passive(verb):
        back = patient_of(verb)
    else:
        back = [c for c in verb.children if c.dep_ == "dobj" and _a_person(c)]
    return [Hit(kind, verb, back, {verb.i})] if back else None


# What a person is "caught" in or by that is no captor: "caught in the crossfire", "caught
# up in", "caught off guard", "caught on camera" (the recording media are read before).
_CAUGHT_IN_WORDS = frozenset({"in", "up", "off", "on", "out", "between", "short", "unaware"})


def _caught(verb: Token) -> list[Hit] | None:
    """A person "was caught" (a fugitive, an escaper, someone crossing a border): taken by
    the catchers, arrested by the state's or when none is named, captured by others; "was
    never caught" is the same claim negated. None for "caught in the crossfire", "caught up
    in", "caught off guard", "caught by his rival"."""
    if not is_passive(verb) or any(
        c.lower_ in _CAUGHT_IN_WORDS and c.dep_ in {"prep", "prt", "advmod"} for c in verb.children
    ):
        return None
    caught = [p for p in patient_of(verb) if _a_person(p) or p.pos_ == "PROPN"]
    if not caught:
        return None
    catchers = [t for t in _takers(verb) if t.dep_ == "pobj"]
    kind = _taker_kind(catchers)
    if kind is None and catchers:
        return None  # "was caught by his rival at the line": no captor
    # (with no catchers named, the hunters of a fugitive are the state's: a hijacker "was
    # never caught" in a story of hostages is still one the army hunted)
    return [Hit(kind or "arrested", verb, caught, {verb.i})]


def _put_in_a_state_vehicle(verb: Token) -> list[Hit] | None:
    """ "They put him in a police car", "was pushed into an army truck": whoever does it, a
    person put into the state's vehicle is taken into its custody."""
    vehicles = [
        p
        for p in prep_children(verb, {"in", "into"})
        if p.dep_ == "pobj" and p.lemma_.lower() in lx.VEHICLES
    ]
    if not any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _STATE_VEHICLE_MARKS
        for v in vehicles
        for c in v.children
    ):
        return None
    if is_passive(verb):
        put = patient_of(verb)
    else:
        put = [c for c in verb.children if c.dep_ == "dobj" and _a_person(c)]
    return [Hit("arrested", verb, put, {verb.i})] if put else None


def _a_person(tok: Token) -> bool:
    """A name, a personal pronoun or a person noun ("him", "the driver", "X")."""
    return (
        tok.ent_type_ == "PERSON"
        or tok.lower_ in {"him", "her", "them", "me", "us", "he", "she", "they", "i", "we"}
        or tok.lemma_.lower() in PERSON_NOUNS
    )


def _with_injury_clause(verb: Token) -> bool:
    """ "was admitted to hospital on Saturday with a head wound" read by the parser as a clause
    ("with" its mark, "wound" its verb): the injury one was brought in with."""
    return any(
        c.dep_ == "advcl"
        and injury_noun(c)
        and any(m.dep_ == "mark" and m.lower_ == "with" for m in c.children)
        for c in verb.children
    )


def _brought_in_injured(verb: Token, lemma: str, hits: list[Hit]) -> list[Hit]:
    """ "was taken to hospital with a broken leg", "was rushed to hospital with gunshot
    wounds": brought in injured (a wounded claim besides the verb's own)."""
    if (
        lemma in _CARRYING_VERBS
        and is_passive(verb)
        and not any(h.predicate == "wounded" for h in hits)
        and (
            any(
                treated_injury(h, frozenset({"with"})) is not None
                # (the "with" may hang on "hospital", or on "to hospital" read as a verb, or
                # on the day or place after it: "admitted to hospital on Saturday with ...")
                for h in (
                    verb,
                    *[c for c in verb.children if c.dep_ == "xcomp"],
                    *prep_children(verb, {"to", "on", "at", "in"}),
                )
            )
            or _with_injury_clause(verb)
        )
        and (hurt := patient_of(verb))
    ):
        return [*hits, Hit("wounded", verb, hurt, {verb.i})]
    if (
        lemma in _CARRYING_VERBS
        and not is_passive(verb)
        and not any(h.predicate == "wounded" for h in hits)
        and treated_injury(verb, frozenset({"with"})) is not None
        and (hurt := [c for c in verb.children if c.dep_ == "dobj" and _a_person(c)])
    ):
        # "the guards brought him back with a broken arm", "Medics carried her out with
        # burns": the one brought has the injury
        return [*hits, Hit("wounded", verb, hurt, {verb.i})]
    if (
        lemma in _CARRYING_VERBS | {"drag", "leave", "find", "dump"}
        and not any(h.predicate == "wounded" for h in hits)
        and any(
            c.dep_ in {"oprd", "acomp", "xcomp", "advmod", "advcl", "ccomp"}
            and c.lower_ in {"unconscious", "senseless", "bleeding"}
            for c in verb.children
        )
        and (hurt := _patient_or_shared(verb))
    ):
        # "was carried back to his cell unconscious", "found him bleeding": hurt
        return [*hits, Hit("wounded", verb, hurt, {verb.i})]
    if (
        lemma in {"undergo", "need", "require", "receive"}
        and not any(h.predicate == "wounded" for h in hits)
        and any(
            treated_injury(h, frozenset({"for", "to", "on"})) is not None
            for h in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
        )
        and (hurt := [s for s in subject_of(verb) if _a_person(s)])
    ):
        # "underwent surgery for a gunshot wound", "needed stitches to a head wound"
        return [*hits, Hit("wounded", verb, hurt, {verb.i})]
    if (
        lemma == "blind"
        and is_passive(verb)
        and not any(h.predicate == "wounded" for h in hits)
        and _blinded_by_harm(verb)
        and (hurt := patient_of(verb))
    ):
        # "was blinded in one eye by a rubber bullet", "was blinded in the blast"
        return [*hits, Hit("wounded", verb, hurt, {verb.i})]
    if (
        lemma == "have"
        and verb.dep_ not in {"aux", "auxpass"}
        and not any(h.predicate == "wounded" for h in hits)
        and any(c.dep_ == "dobj" and injury_noun(c) for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)
        and (hurt := [s for s in subject_of(verb) if _a_person(s)])
    ):
        # "has a broken arm", "still has a scar above his eye": the person bears the injury
        return [*hits, Hit("wounded", verb, hurt, {verb.i})]
    if (
        lemma in _WITH_INJURY_VERBS
        and not any(h.predicate == "wounded" for h in hits)
        and _with_phrase_below(verb, lemma)
        and any(
            treated_injury(h, frozenset({"with"})) is not None
            # (the "with" may hang on the place: "is in hospital with burns", or on what
            # one came through: "survived the attack with injuries to her hands")
            for h in (
                verb,
                *prep_children(verb, {"in", "at"}),
                *(c for c in verb.children if c.dep_ == "dobj" and lemma in _CAME_THROUGH),
            )
        )
        and (hurt := subject_of(verb))
    ):
        # "is in hospital with burns", "turned back with frostbite": one who has an injury
        return [*hits, Hit("wounded", verb, hurt, {verb.i})]
    if (
        lemma in {"be", "remain"}
        and not any(h.predicate == "wounded" for h in hits)
        and _in_serious_condition(verb)
        and _harm_named_after(verb)
        and (hurt := subject_of(verb))
    ):
        # "was in a serious but stable condition after the crash": hurt in the crash
        return [*hits, Hit("wounded", verb, hurt, {verb.i})]
    if (
        lemma == "find"
        and not any(h.predicate == "wounded" for h in hits)
        and (hurt := _found_injured(verb))
    ):
        return [*hits, Hit("wounded", verb, hurt, {verb.i})]
    if lemma in _CAME_OUT_VERBS and (unhurt := _without_injury_on_place(verb)) is not None:
        # "emerged from the wreckage without a scratch": the "without" hung on the place one
        # came out of still says the person was not hurt
        return [
            *hits,
            Hit("wounded", verb, subject_of(verb), {verb.i, unhurt.i}, polarity_neg=True),
        ]
    if (
        lemma in {"beat", "knock", "batter", "kick", "club"}
        and not any(h.predicate == "wounded" for h in hits)
        and any(
            c.dep_ in {"oprd", "acomp", "xcomp", "advmod", "ccomp", "advcl"}
            and c.lower_ in {"unconscious", "senseless"}
            for c in verb.children
        )
        and (hurt := patient_of(verb))
    ):
        # "was beaten unconscious", "soldiers beat him unconscious"
        return [*hits, Hit("wounded", verb, hurt, {verb.i})]
    return hits


def _with_phrase_below(verb: Token, lemma: str) -> bool:
    """Whether a "with" preposition hangs on one of the words the injury-with rule of
    :func:`_brought_in_injured` reads (the verb, the words under its "in" / "at", its object
    after a verb of coming through): that rule's need, read from the tables first (most
    copulas have none)."""
    tables, i = tables_of(verb.doc), verb.i
    dep, lower, kids = tables.dep, tables.lower, tables.children
    holders = [i]
    holders += [
        g for c in kids[i] if dep[c] == "prep" and lower[c] in {"in", "at"} for g in kids[c]
    ]
    if lemma in _CAME_THROUGH:
        holders += [c for c in kids[i] if dep[c] == "dobj"]
    return any(dep[w] == "prep" and lower[w] == "with" for h in holders for w in kids[h])


# Words that call someone dead: "a fallen hero", "the late founder", "a martyr".
# ("the late founder" is read by the trigger rules for participle modifiers)
_DEAD_EPITHETS = frozenset({"fallen", "slain", "martyred", "departed"})
_CALLING_VERBS = frozenset({"call", "hail", "describe", "eulogise", "eulogize", "honour", "honor"})


def _mourned_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """Euphemisms and epithets of death: "X is no longer with us"; "the faction called X a
    'fallen hero'", "hailed X as a martyr", "described X as the 'late' founder" (killed,
    on the word of the one calling). None when no rule applies."""
    if (
        lemma == "be"
        and any(
            c.dep_ == "advmod"
            and c.lower_ == "longer"
            and any(n.lower_ == "no" for n in (*c.children, verb.doc[c.i - 1]))
            for c in verb.children
        )
        and any(p.lower_ == "us" for p in prep_children(verb, {"with"}))
    ):
        hit = Hit("killed", verb, subject_of(verb), {verb.i})
        hit.polarity_neg = True  # the "no" of "no longer" (read as a negation) denies nothing
        return [hit]
    if lemma in {"identify", "name"} and (dead := _identified_dead(verb)):
        return [Hit("killed", verb, dead, {verb.i})]
    if lemma in _CONFIRMING_VERBS and (dead := _identity_by_remains(verb)):
        return [Hit("killed", verb, dead, {verb.i})]
    if lemma in {"claim", "take", "cost"} and (dead := _life_claimed(verb)):
        return [Hit("killed", verb, dead, {verb.i})]
    if lemma not in _CALLING_VERBS:
        return None
    epithets = [c for c in verb.children if c.dep_ in {"oprd", "xcomp"} and c.pos_ == "NOUN"]
    epithets += [p for p in prep_children(verb, {"as"}) if p.pos_ == "NOUN"]
    if not any(
        e.lemma_.lower() == "martyr"
        or any(m.dep_ == "amod" and m.lower_ in _DEAD_EPITHETS for m in e.children)
        for e in epithets
    ):
        return None
    named = [
        c
        for c in verb.children
        if c.dep_ in {"dobj", "oprd", "nsubjpass"} and c.pos_ in {"PROPN", "PRON"}
    ]
    if not named:
        return None
    hit = Hit("killed", verb, expand_conj(named), {verb.i})
    _lister_claims(ctx, verb, hit)
    return [hit]


def _lister_claims(ctx: ClaimContext, verb: Token, hit: Hit) -> None:
    """ "a police report describes her as missing", "A photo caption described X as the
    'late' founder": the one listing or describing says so (an unsigned document relays)."""
    lister = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if lister is None and verb.dep_ == "acl" and verb.head.i < verb.i:
        lister = verb.head  # "the faction called X a fallen hero", read as a reduced relative
    if lister is None or lister.pos_ not in {"NOUN", "PROPN"}:
        return
    words = [t for t in lister.subtree if t.i < verb.i and not t.is_punct]
    source_ent = entity_in_name(ctx, lister)
    text = verb.doc[words[0].i : words[-1].i + 1].text if words else lister.text
    document = source_ent is None and lister.lemma_.lower() in lx.LISTING_DOCUMENTS
    hit.claimant = (
        source_ent.name if source_ent is not None else text,
        source_ent.entity_id if source_ent is not None else None,
        document,
    )
    if document:
        hit.certainty = "reported"


_DEAD_NOUNS = frozenset({"body", "remains", "corpse", "dead"})  # (not "victim": of a robbery)


_CONFIRMING_VERBS = frozenset({"confirm", "establish", "verify", "determine"})
# What identifies a body: "confirmed by DNA tests", "through dental records".
_FORENSIC_WORDS = frozenset({"dna", "dental", "forensic", "autopsy", "post-mortem", "postmortem"})


def _identity_by_remains(verb: Token) -> list[Token]:
    """ "X's identity had been confirmed by DNA tests", "the identity of X was established
    through dental records": a body identified as X's (forensic identification is of the
    dead); the one whose identity it is."""
    if not is_passive(verb) or has_neg(verb):
        return []
    owners: list[Token] = []
    for c in verb.children:
        if c.dep_ != "nsubjpass" or c.lemma_.lower() != "identity":
            continue
        owners += [p for p in c.children if p.dep_ == "poss" and p.pos_ in {"PROPN", "PRON"}]
        owners += [g for g in prep_children(c, {"of"}) if g.pos_ in {"PROPN", "NOUN"}]
        # "The identity of the militant X was confirmed", the parser making X a second subject
        owners += [
            n for n in verb.children if n.dep_ == "nsubjpass" and n.pos_ == "PROPN" and n.i > c.i
        ]
    if not owners:
        return []
    means = [
        t
        for c in verb.children
        if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "through", "with", "from", "using"}
        for t in c.subtree
    ]
    if not any(t.lower_ in _FORENSIC_WORDS for t in means):
        return []
    return [named_in_apposition(o) for o in owners]


def _life_claimed(verb: Token) -> list[Token]:
    """ "The attack also claimed the life of the bus driver, X", "the crash took the lives
    of X and Y", "cost him his life": killed."""
    if has_neg(verb) or is_passive(verb):
        return []
    for c in verb.children:
        if c.dep_ != "dobj" or c.lemma_.lower() != "life":
            continue
        dead = [named_in_apposition(g) for g in prep_children(c, {"of"})]
        if not dead and verb.lemma_.lower() == "cost":
            dead = [d for d in verb.children if d.dep_ == "dative"]  # "cost him his life"
        if not dead and any(p.dep_ == "poss" for p in c.children) and verb.lemma_.lower() != "take":
            dead = [p for p in c.children if p.dep_ == "poss" and p.pos_ in {"PROPN", "PRON"}]
        return expand_conj([d for d in dead if d.pos_ in {"PROPN", "PRON"}])
    return []


def _identified_dead(verb: Token) -> list[Token]:
    """ "Police identified the victim as X", "The dead man was identified as X", "The body
    was identified as that of X": the dead named; [] when what is identified is no dead
    person (a suspect, a man arrested)."""
    named = []
    for p in prep_children(verb, {"as"}):
        if p.lower_ == "that":
            # "as that of X", "as that of Lau's assistant, X"
            named += [named_in_apposition(g) for g in prep_children(p, {"of"})]
            named = [g for g in named if g.pos_ == "PROPN"]
        elif p.pos_ == "PROPN":
            named.append(p)
    if not named:
        return []
    things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not any(
        t.lemma_.lower() in _DEAD_NOUNS
        or t.lower_ == "remains"
        or any(m.lower_ in {"dead", "slain", "murdered"} for m in t.children if m.dep_ == "amod")
        for t in things
    ):
        return []
    return expand_conj(named)


# Verbs of carrying someone to care: "was taken / rushed / airlifted to hospital with X".
_CARRYING_VERBS = frozenset(
    {"take", "rush", "admit", "fly", "airlift", "bring", "evacuate", "carry", "ferry"}
    | {"hospitalize", "hospitalise", "medevac", "transfer", "drive"}
)


# Where a captive is taken from besides a home or a car: "taken from a clinic".
_TAKEN_FROM_WORKPLACES = frozenset(
    {"clinic", "hospital", "farm", "church", "mosque", "compound", "residence", "workplace"}
)
# What films someone: "captured on camera", "caught on CCTV".
_RECORDING_MEDIA = frozenset(
    {"camera", "cameras", "cctv", "film", "video", "tape", "footage", "photograph", "photo"}
)


def _believed_holders(verb: Token) -> list[Token]:
    """The group of "the group believed to be holding X" (misparsed as "the group
    believed"): a non-state holder thought to hold someone; [] otherwise."""
    head = verb.head
    if (
        verb.tag_ != "VBG"
        or verb.dep_ != "xcomp"
        or not any(c.lower_ == "be" for c in verb.children)
        or head.lemma_.lower() not in {"believe", "think", "suspect"}
        or any(c.dep_ in {"dobj", "auxpass", "aux"} for c in head.children)
    ):
        return []
    return [
        c
        for c in head.children
        if c.dep_ == "nsubj" and c.lemma_.lower() in lx.GROUP_HEADS | lx.NON_STATE_CAPTORS
    ]


_POLICE_NOUNS = frozenset(
    {"police", "policeman", "policemen", "gendarme", "gendarmes", "gendarmerie", "detective"}
    | {"detectives", "investigators", "authorities", "prosecutors", "officer", "officers"}
)


def _police_agent(verb: Token) -> bool:
    """ "was captured by police", "Police captured X": the police's capture is an arrest."""
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not is_passive(verb):
        agents += [c for c in verb.children if c.dep_ == "nsubj"]
    return any(p.lemma_.lower() in _POLICE_NOUNS or p.lower_ in _POLICE_NOUNS for p in agents)


# The state's armed forces, whose captives are its prisoners ("captured by troops").
_ARMED_STATE_NOUNS = frozenset(
    {"army", "military", "troops", "troop", "soldier", "soldiers", "marines", "marine", "navy"}
    | {"forces", "force", "commandos", "paratroopers", "government", "authorities"}
)


# Who speaks for a force: "an army spokesman", "a police spokeswoman".
_SPOKESMEN = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _armed_state_agent(verb: Token) -> bool:
    """The capturer is the state's army or police: "captured by government troops",
    "Soldiers captured X", "was recaptured by police", "Troops killed two gunmen and
    captured a third" (the subject a coordinated verb shares)."""
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not is_passive(verb):
        agents += subject_of(verb)
    if agents and all(a.lower_ in {"it", "they", "we"} for a in agents):
        # "The army says it captured X", "Troops said they had captured X": the pronoun is
        # the speaker who says it made the capture
        agents = [reporting_subject(verb) or agents[0]]
        # ' "We captured X," an army spokesman said': the speaker speaks for the force
        # his title names ("an army spokesman", "the police's spokeswoman")
        agents += [
            c
            for a in agents
            if a.lemma_.lower() in _SPOKESMEN
            for c in a.children
            if c.dep_ in {"compound", "poss"}
        ]
    return any(
        (
            p.lemma_.lower() in _ARMED_STATE_NOUNS | _POLICE_NOUNS
            or p.lower_ in _ARMED_STATE_NOUNS
            or _state_guard(p)
            or _named_state_agency(p)
        )
        and not insurgent_marked(p)
        for p in agents
    )


# The last word of a state agency's proper name: "the National Intelligence Service", "the
# Federal Security Bureau", "the Border Police".
_STATE_AGENCY_HEADS = frozenset(
    {"service", "agency", "bureau", "directorate", "police", "gendarmerie", "guard"}
)


def _named_state_agency(noun: Token) -> bool:
    """ "was captured by the National Intelligence Service": a state agency by its name."""
    return noun.pos_ == "PROPN" and noun.lemma_.lower() in _STATE_AGENCY_HEADS


# Guards a state posts: "border guards", "the coast guard", "prison guards".
_STATE_GUARD_KINDS = frozenset(
    {"border", "coast", "prison", "national", "presidential", "republican"}
)


def _state_guard(noun: Token) -> bool:
    """ "Border guards captured X", "was caught by prison guards": guards of the state, by
    the compound or modifier that names what they guard (a bare "the guards" may be a camp's)."""
    return noun.lemma_.lower() == "guard" and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _STATE_GUARD_KINDS for c in noun.children
    )


def _capture_in_a_story_of_arrest(ctx: ClaimContext, verb: Token, lemma: str) -> bool:
    """A capture that names no captor ("was captured alive", "had been illegally seized") in
    a story that speaks of arrest or custody and of no kidnapping: the state took him."""
    if lemma not in lx.CAPTURE_LEMMAS | lx.SEIZING_LEMMAS:
        return False
    if any(c.dep_ in {"agent", "nsubj"} for c in verb.children):
        return False
    lemmas = doc_lemmas(ctx)
    # ("the kidnapped priest", "his captivity": the kidnap words in any of their forms)
    kidnap = any(w.startswith(lx.KIDNAP_STEMS) for w in lemmas)
    # ("Police raided the house. X was seized during the raid": the state's takers before)
    return not kidnap and (bool(lx.CUSTODY_WORDS & lemmas) or state_takers_before(verb))


# Who frees hostages by force, and how: "rescued by a special forces unit", "by commandos",
# "in a raid" (a navy or a coastguard rescues people at sea: no force of arms).
_ARMED_RESCUERS = frozenset(
    {"troops", "soldiers", "commandos", "forces", "force", "police", "marines", "army"}
    | {"paratroopers", "military", "raid", "operation", "assault"}
)


def _rescued_by_force(verb: Token) -> bool:
    """ "was rescued by a special forces unit", "rescued by troops in a raid on a camp": a
    rescue by arms, from captors."""
    words = [p for c in verb.children if c.dep_ in {"agent", "prep"} for p in c.children]
    # the rescuers as subject: "troops rescued X", "Security forces say they have rescued X"
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "ccomp" and any(d.pos_ == "PRON" for d in doers):
        doers += [c for c in verb.head.children if c.dep_ == "nsubj"]
    words += doers
    words += [c for w in words for c in w.children if c.dep_ in {"compound", "amod"}]
    return any(w.lemma_.lower() in _ARMED_RESCUERS or w.lower_ in _ARMED_RESCUERS for w in words)


# The state's fighting men, whom an enemy captures: "two soldiers were captured alive".
_STATE_FIGHTERS = frozenset(
    {"soldier", "soldiers", "troops", "officer", "officers", "policeman", "policemen"}
    | {"pilot", "marine", "marines", "sergeant", "corporal", "private", "lieutenant", "captain"}
)
# A story's words for the state's forces in the field.
_STATE_FORCE_WORDS = frozenset({"army", "troops", "soldier", "military", "police", "ministry"})


def _captured_alive_by_the_state(
    ctx: ClaimContext, verb: Token, lemma: str, captives: list[Token]
) -> bool:
    """ "His deputy, X, was wounded and captured alive", "Two of them were captured alive"
    (an army spokesman on an operation): taken alive in a fight, with no captor named, in a
    story of the state's forces, is taken by them, an arrest; not when the captives are the
    state's own fighters ("two soldiers were captured alive": the enemy holds them) or the
    speaker is a non-state group ("the rebels said")."""
    # ("was wounded and captured alive": the conjunct shares the first verb's passive)
    if lemma not in lx.CAPTURE_LEMMAS or not (
        is_passive(verb) or verb.dep_ == "conj" and is_passive(verb.head)
    ):
        return False
    if not any(
        c.dep_ in {"oprd", "acomp", "advmod"} and c.lower_ == "alive" for c in verb.children
    ):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    if not _STATE_FORCE_WORDS & doc_lemmas(ctx):
        return False
    for person in captives:
        words = [person, *(c for c in person.children if c.dep_ in {"compound", "appos"})]
        if any(w.lemma_.lower() in _STATE_FIGHTERS or w.lower_ in _STATE_FIGHTERS for w in words):
            return False
    speaker = reporting_subject(verb)
    return speaker is None or not (
        speaker.lemma_.lower() in lx.NON_STATE_CAPTORS or insurgent_marked(speaker)
    )


def _saved_from_danger(ctx: ClaimContext, verb: Token, lemma: str) -> str | None:
    """ "was rescued after drifting for two days", "rescued from the glacier", "among those
    rescued" from a flood: saved from danger, not freed from anyone's hands (a hostage's
    rescue is a release)."""
    if lemma == "rescue" and (danger := rescued_from_danger(verb)) is not None:
        return "other:rescue" if danger else None  # (its own clause decides; claims_seizures)
    if lemma == "rescue" and not (_story_of_captivity(ctx) or _rescued_by_force(verb)):
        return "other:rescue"
    return None


def _story_of_captivity(ctx: ClaimContext) -> bool:
    """The story tells of someone held: a kidnapping, hostages or captors in any of their
    forms, a capture or seizure, custody, or non-state captors ("gunmen", "rebels")."""
    lemmas = doc_lemmas(ctx)
    return (
        any(w.startswith((*lx.KIDNAP_STEMS, "captur", "seiz")) for w in lemmas)
        or bool(lx.CUSTODY_WORDS & lemmas)
        or bool(lx.NON_STATE_CAPTORS & lemmas)
    )


def _among_those_members(verb: Token) -> list[Token] | None:
    """The subject of "X was among the recruits killed in the strike", "X is one of the
    hostages freed on Monday", "X was among 12 people who were killed": the participle or
    relative clause befell the plural noun, and X is one of them; None when the verb is no
    such participle or relative clause."""
    noun = verb.head
    # ("among 12 people who were killed / who died": a relative clause on the plural noun)
    relative = verb.dep_ == "relcl" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "that"} for c in verb.children
    )
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN"
    if not (participle or relative) or noun.dep_ != "pobj" or noun.tag_ != "NNS":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "one":
        prep = prep.head  # "one of the hostages freed"
    if prep.lower_ not in {"among", "one"}:
        return None
    copula = prep.head
    if copula.lemma_.lower() not in {"be", "remain"}:
        return None
    members = [c for c in copula.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return expand_conj(members) or None


def _can_or_if(verb: Token) -> bool:
    """ "They can sentence me a hundred times": an ability, no event; "if the president
    does die": a condition on the future (not "if he is dead", a hedged present state)."""
    if any(c.dep_ == "aux" and c.lower_ in {"can", "ca"} for c in verb.children):
        return True
    if (
        any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children)
        and verb.dep_ == "advcl"
        and is_future(verb.head)
    ):
        return True  # "he would be removed if he did not resign": a condition, no event
    return (
        verb.lemma_ != "be"
        and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children)
        and (
            verb.tag_ in {"VBZ", "VBP"}
            or any(c.dep_ == "aux" and c.lower_ in {"does", "do"} for c in verb.children)
        )
    )


# The lemmas _phrasal_hits opens on (claims_dispatch): its particle pairs' verbs and the
# verbs of its own rules.
_PHRASAL_LEMMAS = frozenset(
    {v for v, _ in lx.PHRASAL_PATIENT}
    | {v for v, _ in lx.PHRASAL_AGENT}
    | {"blow", "turn", "hand", "give"}
)


def _phrasal_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """ "stepped down", "took over as leader" (not "was handed over to police")."""
    # (the children from the document's tables: no Token per child)
    kids, dep, lower = ctx.tables.children, ctx.tables.dep, ctx.tables.lower
    particle = next(
        (
            lower[c]
            for c in kids[verb.i]
            if dep[c] == "prt"
            or dep[c] == "advmod"
            and (
                lower[c] in {"down", "over", "up", "aside"}
                or lower[c] == "in"
                and lemma == "step"
                or lower[c] == "away"
                and lemma in {"pass", "get"}  # "passed / got away", the adverb read as a modifier
                or lower[c] == "through"
                and lemma == "pull"  # "has pulled through", the particle read as an adverb
            )
            or dep[c] == "prep"
            and lower[c] == "out"
            and any(lower[g] == "of" for g in kids[c])
        ),
        None,
    )
    if (
        lemma == "blow"
        and particle == "up"
        and any(c.lower_ in {"himself", "herself"} for c in verb.children)
    ):
        return [Hit("killed", verb, subject_of(verb), {verb.i})]  # "blew himself up"
    particle = particle or next(
        (lower[c] for c in kids[verb.i] if dep[c] == "prep" and lower[c] == "away"), None
    )
    if particle and (lemma, particle) in lx.PHRASAL_PATIENT:
        if lemma == "pick" and not state_agent(verb):
            return None  # "picked up by police", not "picked up by a friend"
        subjects = patient_of(verb)
        return (
            [Hit(lx.PHRASAL_PATIENT[(lemma, particle)], verb, subjects, {verb.i})]
            if subjects
            else []
        )
    if (
        lemma in {"turn", "hand", "give"}
        and particle in {"in", "up", None}
        and any(c.lower_ in {"himself", "herself", "themselves"} for c in verb.children)
        and any(
            c.lower_ == ("up" if lemma == "give" else "in") and c.dep_ in {"prt", "advmod", "prep"}
            for c in verb.children
        )
    ):
        # "turned himself in", "handed herself in at a police station", "gave himself up"
        return [Hit("other:surrender", verb, subject_of(verb), {verb.i})]
    if lemma == "hand" and particle in {"over", None} and _passive_or_its_conjunct(verb):
        to = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.subtree]
        if any(t.lemma_.lower() in lx.HANDOVER_RELEASE for t in to) or (
            any(t.lemma_.lower() in lx.HANDOVER_AUTHORITIES for t in to)
            and lx.KIDNAP_WORDS & doc_lemmas(ctx)
        ):
            # "handed over to the Red Cross"; a hostage "handed to soldiers"
            return [Hit("released", verb, patient_of(verb), {verb.i})]
    if not particle or (lemma, particle) not in lx.PHRASAL_AGENT:
        return None
    pred = lx.PHRASAL_AGENT[(lemma, particle)]
    if lemma == "get" and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return []  # "got away with a fine": no escape
    if pred == "resigned" and not _left_an_office(verb, "from"):
        return []  # "stepped down from the stage"
    if pred == "leadership_change" and (
        _passive_or_its_conjunct(verb)
        or not (
            leadership_object(verb, lemma)
            or from_a_person(verb)
            or _bare_take_over(verb, lemma)
            or _deputy_takes_over(verb, lemma)
            or _after_a_vacancy(verb)
            or _as_a_post(verb)
        )
    ):
        return []
    return [Hit(pred, verb, subject_of(verb), {verb.i})]


# Posts besides a group's lead that one takes over or steps in to fill ("took over as coach",
# "stepped in as finance minister").
_POSTS_TAKEN = frozenset({"coach", "manager", "minister", "rector", "principal", "headmaster"})


def _as_a_post(verb: Token) -> bool:
    """ "stepped in as interim coach", "took over as caretaker manager", "stepped up as
    acting principal": the "as" phrase names a post (one of a club, a cabinet or a school,
    or any held in someone's stead but a person noun: "as interim spokesman"), so taking
    over is taking that post."""
    return any(
        p.lemma_.lower() in _POSTS_TAKEN
        or any(m.lower_ in lx.STOPGAP_WORDS for m in p.children)
        and p.pos_ == "NOUN"
        and p.lemma_.lower() not in PERSON_NOUNS - _POSTS_TAKEN - lx.LEADER_ROLES
        for p in prep_children(verb, {"as"})
    )


def _passive_or_its_conjunct(verb: Token) -> bool:
    """A passive verb, or a participle coordinated with one that shares its subject ("was
    abducted by the militia and later handed over to the army": handed, not handing)."""
    return is_passive(verb) or (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and is_passive(verb.head)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in verb.children)
    )


def _left_an_office(verb: Token, prep: str | None) -> bool:
    """What one resigns from or quits is an office, a body or a job ("quit the cabinet",
    "stepped down from the board"), not "quit smoking" or "stepped down from the stage";
    True when nothing is named."""
    left = [c for c in verb.children if c.dep_ == "dobj" and prep is None]
    left += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == prep
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return all(
        t.pos_ == "PROPN"
        or t.ent_type_ in {"ORG", "NORP", "GPE"}
        or t.lemma_.lower() in lx.LEADERSHIP_WORDS | lx.OFFICE_NOUNS | lx.OFFICE_BODIES
        or t.lower_ in lx.LEADERSHIP_WORDS | lx.OFFICE_BODIES
        for t in left
    )


# Who leaves the lead that someone then takes over: "after his predecessor ... died".
_PREDECESSOR_NOUNS = lx.LEADER_ROLES | {"predecessor", "founder"}


def _after_a_vacancy(verb: Token) -> bool:
    """ "took over the Union in 2011, after its founder, X, died", "took over Y when his
    predecessor was killed": a clause of the verb names the vacancy (a predecessor,
    founder or leader leaving it), so what was taken over is the lead."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
            m.dep_ in {"mark", "advmod"} and m.lower_ in {"after", "when"} for m in clause.children
        ):
            continue
        if any(
            s.lemma_.lower() in _PREDECESSOR_NOUNS and any(p.dep_ == "poss" for p in s.children)
            for s in clause.children
            if s.dep_ in {"nsubj", "nsubjpass"}
        ):
            return True
    return False


def _bare_take_over(verb: Token, lemma: str) -> bool:
    """ "X, who took over last year", "Haddu took over in 2019": a named person who "took
    over" with no object took over the lead (what was taken over is the group in the story;
    "rebels took over" has no named person and makes no person's claim)."""
    return (
        lemma == "take"
        and not any(
            c.dep_ in {"dobj", "prep"} and c.lower_ not in {"in", "on", "after"}
            for c in verb.children
        )
        and any(
            s.pos_ == "PROPN"
            and s.ent_type_ == "PERSON"
            # "His deputy, X, took over": a role noun named by its apposition
            or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in s.children)
            for s in subject_of(verb)
        )
    )


# Nouns of the one next in line: "his deputy, X, took over the camp".
_SECONDS = frozenset({"deputy", "successor", "second-in-command", "understudy"})


def _deputy_takes_over(verb: Token, lemma: str) -> bool:
    """ "His deputy, X, took over the camp / the ward office": a named deputy (or successor)
    taking over whatever the story's leader held takes over the lead, whatever its object
    names (a place run, an office); "rebels took over the camp" names no deputy."""
    if lemma != "take":
        return False
    for s in subject_of(verb):
        nouns = [s, *(a for a in s.children if a.dep_ == "appos")]
        if s.dep_ == "appos":
            nouns.append(s.head)
        named = any(n.ent_type_ == "PERSON" for n in nouns)
        if named and any(n.lemma_.lower() in _SECONDS and n.pos_ == "NOUN" for n in nouns):
            return True
    return False


def _since_clauses(verb: Token) -> list[Token]:
    """The verbs of "since X died" and of "since 2016, when X died" under ``verb``."""
    found = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.lower_ == "since" and m.dep_ == "mark" for m in c.children)
    ]
    found += [
        r
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "since"
        for p in c.children
        if p.dep_ == "pobj"
        for r in p.children
        if r.dep_ == "relcl" and any(w.lower_ == "when" for w in r.children)
    ]
    # "Since 2019, when her predecessor resigned, the union has been headed by X": the
    # fronted "when" clause hangs on the verb beside the "since" date
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children):
        found += [
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and any(w.lower_ == "when" and w.dep_ == "advmod" for w in c.children)
        ]
    # "since his predecessor's arrest", "since the death of its founder"
    found += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "since"
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.lemma_.lower() in lx.EVENT_NOUNS
    ]
    # "since its founder, X, died in 2018": the parser makes the founder the object of
    # "since" and hangs "died", subjectless, on the verb right after it
    ends = [p.right_edge.i for p in prep_children(verb, {"since"}) if p.dep_ == "pobj"]
    found += [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and any(0 < c.i - end <= 2 for end in ends)
        and not any(d.dep_ in {"nsubj", "nsubjpass", "mark"} for d in c.children)
    ]
    return found


def _vacancy_time(ctx: ClaimContext, clause: Token) -> tuple[str | None, date | None, date | None]:
    """The time of the clause that left the post vacant ("was killed in 2018"), or of the
    "since" date a "when" clause hangs on ("since 2016, when ..."); no time: unknown."""
    holders = [t for t in clause.subtree if t.dep_ == "pobj" and t.head.head == clause]
    if clause.dep_ == "relcl":
        holders.append(clause.head)
    elif clause.dep_ == "advcl" and any(w.lower_ == "when" for w in clause.children):
        # "Since 2019, when her predecessor resigned, ...": the "since" date beside it
        holders += [p for p in prep_children(clause.head, {"since"}) if p.dep_ == "pobj"]
    for tx in ctx.timexes:
        if not is_point(tx.value):
            continue
        if any(h.idx <= tx.start < h.idx + len(h) or tx.start <= h.idx < tx.end for h in holders):
            earliest, latest = tx.earliest, tx.latest
            if earliest is None and latest is None:
                earliest, latest = interval_of(tx.value)
            return calendar_value(tx.value), earliest, latest
    return None, None, None


# The sets the construction rules test a lemma against, built once (not per verb).
_LEADING_VERBS = lx.LEAD_VERBS - {"replace", "succeed"}


def _led_by(verb: Token) -> list[Token]:
    """The leaders of a passive "has been led / headed by X": the agent, a person."""
    if not is_passive(verb):
        return []
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return [
        named_in_apposition(a)
        for a in expand_conj(agents)
        if a.ent_type_ == "PERSON" or a.lemma_.lower() in PERSON_NOUNS | lx.LEADER_ROLES
    ]


def _came_to_lead(verb: Token, lemma: str) -> list[Hit] | None:
    """ "went on to lead one of the militias", "rose to command the brigade in 2015": the
    start of a lead, by the subject of "went on" / "rose" (a bare "led the group" only says
    who led it). The infinitive is realised, though it looks like one of purpose (the parser
    may read it so)."""
    if (
        lemma in _LEADING_VERBS
        and verb.dep_ in {"xcomp", "advcl"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and leadership_object(verb, lemma)
        # (not "went on to lead the team to victory": leading somewhere, not heading it)
        and not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
        and _came_to(verb.head)
        and not any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.head.children)
    ):
        return [Hit("leadership_change", verb, subject_of(verb.head), {verb.i})]
    return None


def _came_to(verb: Token) -> bool:
    """ "went on (to)", "rose (to)": verbs that bring about the state their infinitive names
    ("went on to lead", "rose through the ranks to command"; "came to Paris to lead the
    protest" is a purpose)."""
    lemma = verb.lemma_.lower()
    if lemma == "go":
        return any(c.lower_ == "on" and c.dep_ in {"prt", "advmod", "prep"} for c in verb.children)
    return lemma == "rise"


def _oath_of_office(verb: Token) -> bool:
    """ "took the oath of office", "took the oath as acting governor / as president": an oath
    that names an office or a leader's role (a witness's "took the oath" names none)."""
    oaths = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "oath"]
    if not oaths:
        return False
    if any(p.lemma_.lower() == "office" for o in oaths for p in prep_children(o, {"of"})):
        return True
    roles = [p for h in (verb, *oaths) for p in prep_children(h, {"as"})]
    return any(r.lemma_.lower() in lx.LEADER_ROLES for r in roles)


def _held_as_possession(ctx: ClaimContext, verb: Token) -> list[Hit] | None:
    """Custody told as a possession: "The police have him", "The rebels still have the
    pilot, X", "They have my husband" (a present "have" whose object is a person, never "a
    son"): arrested by the state's takers, captured by anyone else's; a bare "they" takes the
    story's words (custody, none of kidnapping: arrested). None for any other "have"."""
    if verb.dep_ in {"aux", "auxpass"} or verb.tag_ not in {"VBP", "VBZ"}:
        return None
    if any(c.dep_ in {"xcomp", "ccomp", "acomp", "prt"} for c in verb.children):
        return None  # "have him arrested", "have him back", "have to"
    held = [
        o
        for o in expand_conj([c for c in verb.children if c.dep_ == "dobj"])
        if o.lower_ in {"him", "her"}
        or o.ent_type_ == "PERSON"
        and not any(d.dep_ == "det" for d in o.children)
        or o.lemma_.lower() in PERSON_NOUNS
        and any(d.dep_ == "poss" or d.dep_ == "det" and d.lower_ == "the" for d in o.children)
        and not any(d.dep_ in {"amod", "nummod"} for d in o.children)
    ]
    if not held:
        return None
    holders = subject_of(verb)
    if not holders:
        return None
    if all(h.lower_ == "they" for h in holders):
        # "They have my husband": the story's own words tell who "they" are
        lemmas = doc_lemmas(ctx)
        if any(w.startswith(lx.KIDNAP_STEMS) for w in lemmas):
            kind: str | None = "captured"
        else:
            kind = "arrested" if lx.CUSTODY_WORDS & lemmas else None
    else:
        kind = _taker_kind(holders)
    if kind is None:
        return None
    return [Hit(kind, verb, [named_in_apposition(h) for h in held], {verb.i})]


# Verbs of leading a person away besides "take": "Police led X away", "marched him off".
_LEADING_AWAY = frozenset({"lead", "march", "escort", "drag", "haul", "whisk", "frogmarch"})


# Blows a person deals with the hand: "a guard hit him", "officers slapped her brother".
_BLOWS = frozenset({"hit", "slap"})
# Who deals a blow, besides a named person or a person noun: "Nobody hit me", "they hit him".
_HITTERS = frozenset(
    {"nobody", "someone", "somebody", "anybody", "he", "she", "they", "police", "policeman"}
    | {"policemen", "jailer", "jailers", "warder", "warders", "interrogator", "interrogators"}
)
_STRUCK_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})


def _struck_by_a_person(verb: Token) -> list[Token]:
    """The people a person strikes by hand ("Nobody hit me", "He told me a guard hit him in
    the van", "Neema said officers had slapped her brother", "was punched by a guard"): a
    beating, other:beat (README, session 23), whatever body part the blow found; a blow by a
    shell, a car or no one named ("was hit in the chest", "hit by shrapnel") is read by the
    wound rules. Empty when the striker is no person."""
    if is_passive(verb):
        hitters = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
        struck = patient_of(verb)
    else:
        hitters = subject_of(verb)
        struck = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(
        h.lower_ in _HITTERS
        or h.ent_type_ == "PERSON"
        or (h.pos_ == "NOUN" and h.lemma_.lower() in PERSON_NOUNS)
        or (h.lower_ == "one" and any(d.lower_ == "no" for d in h.children))
        for h in hitters
    ):
        return []
    return [
        t
        for t in struck
        if t.lower_ in _STRUCK_PRONOUNS
        or t.ent_type_ == "PERSON"
        or (t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_NOUNS)
    ]


def _construction_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """Verbs whose claim depends on their complements; None when no rule applies."""
    if lemma == "be":  # (the commonest verb: its few rules without the chain's other tests)
        return _be_construction_hits(ctx, verb)
    if (mourned := _mourned_hits(ctx, verb, lemma)) is not None:
        return mourned
    if lemma == "have" and (held := _held_as_possession(ctx, verb)) is not None:
        return held  # "The police have him", "They have my husband"
    if lemma == "send" and (sent := _sent_to_death(verb)) is not None:
        return sent  # "were sent to hell"
    if lemma == "place" and (placed := _placed_by_an_account(verb)) is not None:
        return placed  # "a lawyer's account placed him in the cells of X"
    if lemma in _PUTTING_VERBS and (put := _put_in_a_state_vehicle(verb)) is not None:
        return put  # "They put him in a police car"
    if lemma == "bring" and (back := _brought_back_by_keepers(ctx, verb)) is not None:
        return back  # "the guards brought him back two days later"
    if lemma == "catch" and (caught := _caught(verb)) is not None:
        return caught  # "escaped by speedboat and was never caught"
    if lemma in _LEADING_AWAY and (carried := _carried_by(verb)) is not None:
        return carried  # "Police led X away", "Gunmen marched X off" (claims_custody)
    if lemma in {"capture", "catch"} and any(
        p.lemma_.lower() in _RECORDING_MEDIA
        for c in verb.children
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"on", "in", "by"}
        for p in c.children
    ):
        return []  # "was captured on camera", "caught on CCTV": filmed, not seized
    if (
        lemma in {"lead", "take", "escort", "march", "drag", "bundle", "walk"}
        and is_passive(verb)
        and any(p.lower_ == "handcuffs" for p in prep_children(verb, {"in"}))
    ):
        return [Hit("arrested", verb, patient_of(verb), {verb.i})]  # "was led away in handcuffs"
    if (
        lemma in {"lead", "take", "march", "drag", "bundle", "force", "walk", "drive", "hold"}
        and is_passive(verb)
        and not any(c.dep_ == "agent" for c in verb.children)  # ("by police": the agent's)
        and any(p.lower_ == "gunpoint" for p in prep_children(verb, {"at"}))
        and not has_neg(verb)
    ):
        # "was taken from his home at gunpoint", "was marched away at gunpoint": seized by
        # armed men the sentence does not name, a capture (README: unknown captors)
        return [Hit("captured", verb, patient_of(verb), {verb.i})]
    if lemma in {"hand", "give", "receive", "serve", "impose", "get"} and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() == "term"
        and any(m.lower_ in {"prison", "jail"} for m in c.children)
        for c in verb.children
    ):
        # "was handed a ten-year prison term"; "is serving a prison term" (in prison)
        pred = "arrested" if lemma == "serve" else "other:sentence"
        return [Hit(pred, verb, subject_of(verb), {verb.i})]
    if lemma in {"walk", "come", "step", "emerge"} and any(
        c.dep_ == "prep"
        and c.lower_ == "out"
        and any(
            g.lower_ == "of" and any(p.lemma_.lower() in lx.DETENTION_PLACES for p in g.children)
            for g in c.children
        )
        or c.dep_ == "prep"
        and c.lower_ == "from"
        and any(p.lemma_.lower() in lx.DETENTION_PLACES for p in c.children)
        and lemma == "walk"
        for c in verb.children
    ):
        return [Hit("released", verb, subject_of(verb), {verb.i})]  # "walked out of prison"
    if lemma in {"regain", "win", "recover"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"freedom", "liberty"} for c in verb.children
    ):
        return [Hit("released", verb, subject_of(verb), {verb.i})]  # "regained his freedom"
    if (
        lemma in {"exchange", "swap", "trade"}
        and is_passive(verb)
        and (
            any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
            # a person exchanged or swapped is a prisoner freed in the swap: "who was
            # exchanged alongside X", "X and Y were swapped in November" ("traded" without
            # "for" is a player's transfer)
            or lemma != "trade"
        )
    ):
        return [
            Hit("released", verb, patient_of(verb), {verb.i})
        ]  # "was exchanged for two soldiers"
    if (
        lemma == "take"
        and is_passive(verb)
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
        and any(p.lemma_.lower() in lx.LETHAL_STRIKES for p in prep_children(verb, {"in", "by"}))
    ):
        return [
            Hit("killed", verb, patient_of(verb), {verb.i})
        ]  # "was taken out in a drone strike"
    if lemma in {"receive", "get"} and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in {"year", "month"}
        and any(n.dep_ == "nummod" for n in c.children)
        for c in verb.children
    ):
        # "received eight years", "got six months": a prison sentence
        return [Hit("other:sentence", verb, subject_of(verb), {verb.i})]
    if lemma in {"attain", "achieve", "gain", "win", "earn", "receive"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "martyrdom" for c in verb.children
    ):
        return [Hit("killed", verb, subject_of(verb), {verb.i})]  # "has attained martyrdom"
    if lemma == "walk" and any(
        p.lemma_.lower() in {"limp", "cane", "crutch", "crutches"}
        for p in prep_children(verb, {"with"})
    ):
        return [Hit("wounded", verb, subject_of(verb), {verb.i})]  # "walks with a limp"
    if lemma == "meet" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lx.PRESS_NOUNS for c in verb.children
    ):
        return [Hit("appeared", verb, subject_of(verb), {verb.i})]  # "met this reporter"
    if lemma in {"speak", "talk"}:
        heard = [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in {"to", "with"}
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if any(p.lemma_.lower() in lx.PRESS_NOUNS for p in heard):
            if _press_talk_withheld(verb):
                # "declined to speak to reporters", "did not talk to journalists": a comment
                # withheld, no absence (the person is there and says nothing): no claim
                return []
            return [Hit("appeared", verb, subject_of(verb), {verb.i})]  # "spoke to reporters"
        if any(
            t.lemma_.lower() in {"phone", "telephone"} and t.head.lower_ in {"by", "on", "over"}
            for t in verb.subtree
        ):
            # "she spoke to him by phone": the one reached is alive; else the caller
            people = [p for p in heard if p.pos_ == "PROPN" or p.lower_ in {"him", "her"}]
            return [Hit("alive", verb, expand_conj(people) or subject_of(verb), {verb.i})]
    if (
        lemma in lx.SPEAKING_VERBS
        and any(p.lemma_.lower() in lx.VIDEO_NOUNS for p in prep_children(verb, {"in"}))
        and (speaker := subject_of(verb))
    ):
        # "'I will not stop,' X said in a video posted after the verdict": seen in it
        hits = [Hit("appeared", verb, speaker, {verb.i})]
        hits[0].claimant = None
        return hits if lemma != "appear" else None
    if lemma in lx.PLEDGE_VERBS and (leader := _allegiance_as_leader(verb)) is not None:
        # "pledged allegiance to X as emir of the group"
        return [Hit("leadership_change", verb, [leader], {verb.i})]
    if (
        lemma in lx.APPOINT_VERBS
        and verb.tag_ == "VBN"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and any(
            c.dep_ in {"dobj", "oprd"}
            and c.lemma_.lower() in lx.LEADER_ROLES
            and not any(d.dep_ in {"det", "poss"} for d in c.children)
            for c in verb.children
        )
    ):
        # "X, appointed commander in May, spoke ...": the parser reads an active "X appointed
        # commander"; a past participle between commas with a bare role is X's appointment
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
    if lemma in lx.LISTING_VERBS and (listed := _listed_as(verb)) is not None:
        # "was listed as missing", "describes her as missing", "listed him as killed in
        # action", "is listed among the dead"
        hit = Hit(listed, verb, patient_of(verb), {verb.i})
        _lister_claims(ctx, verb, hit)
        return [hit]
    if lemma == "let" and not irrealis(verb):
        gone = [
            c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.lemma_ in {"go", "walk"}
        ]
        freed = [
            s
            for g in gone
            for s in (*g.children, *verb.children)
            if s.dep_ in {"nsubj", "dobj"} and s.i < g.i and s.i > verb.i
        ]
        if freed:
            # "they let her go after three days", "let him walk free"
            return [Hit("released", verb, expand_conj(freed), {verb.i, gone[0].i})]
    if lemma in {"hand", "submit", "tender", "send", "deliver", "give"} and any(
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() == "resignation"
            or any(m.lemma_.lower() == "resignation" for m in c.children if m.dep_ == "compound")
            # "handed in his notice" (not "gave notice of appeal", "handed in a notice")
            or c.lower_ == "notice"
            and any(d.dep_ == "poss" for d in c.children)
            and not any(d.dep_ == "prep" for d in c.children)
        )
        for c in verb.children
    ):
        # "handed in her resignation", "submitted his resignation letter to the president"
        return [Hit("resigned", verb, subject_of(verb), {verb.i})]
    if lemma in lx.ADDRESS_VERBS and at_public_place(verb):
        # "addressed supporters at a rally"
        return [Hit("appeared", verb, subject_of(verb), {verb.i})]
    if (
        lemma in _LEADING_VERBS
        and any(c.lower_ == "now" for c in verb.children)
        and any(c.dep_ == "dobj" for c in verb.children)
        # (not "now runs a transport company": a business of one's own, no succession)
        and not any(
            c.dep_ == "dobj"
            and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)
            for c in verb.children
        )
    ):
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]  # "now leads the group"
    if (
        lemma in _LEADING_VERBS
        and is_passive(verb)
        and any(c.lower_ in {"now", "newly"} for c in verb.children)
    ):
        agents = [
            p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
        ]
        # "is now led by X"
        return [Hit("leadership_change", verb, expand_conj(agents), {verb.i})] if agents else []
    if (
        lemma in _LEADING_VERBS
        and (any(c.dep_ == "dobj" for c in verb.children) or _led_by(verb))
        and any(c.lower_ in {"has", "have", "had"} and c.dep_ == "aux" for c in verb.children)
        and (
            vacated := [
                c
                for c in _since_clauses(verb)
                if lx.PATIENT_VERBS.get(c.lemma_.lower()) in lx.VACATING_PREDICATES
                or lx.AGENT_VERBS.get(c.lemma_.lower()) in lx.VACATING_PREDICATES
                or c.pos_ == "NOUN"
                and lx.EVENT_NOUNS.get(c.lemma_.lower()) in lx.VACATING_PREDICATES
            ]
        )
    ):
        # "has led the group since its founder was killed in 2018", "since 2016, when his
        # predecessor died": took over when the post fell vacant, at that clause's time (a
        # bare "has led it since 2016" only says how long, no change of leader)
        # ("has been led by X since ...": the agent leads)
        hit = Hit("leadership_change", verb, _led_by(verb) or subject_of(verb), {verb.i})
        hit.event = _vacancy_time(ctx, vacated[0])
        return [hit]
    if (
        lemma in {"take", "assume"}
        and any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in {"role", "position", "post", "office", "mantle", "job"}
            for c in verb.children
        )
        and any(t.lemma_.lower() in lx.LEADER_ROLES for t in verb.subtree if t.i > verb.i)
    ):
        # "assumed the role of commander"
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
    if (
        lemma in lx.REMOVAL_VERBS
        and (as_leader(verb) or leadership_object(verb, lemma))
        and is_passive(verb)
    ):
        return [Hit("leadership_change", verb, patient_of(verb), {verb.i})]  # "was removed as head"
    if removed := removed_from_office(verb, lemma):
        # "The board removed X as chairman", "dismissed her from her post": the active voice
        return [Hit("leadership_change", verb, removed, {verb.i})]
    if (
        lemma in {"hit", "strike", "graze"}
        and is_passive(verb)
        and any(
            p.lemma_.lower() in lx.PROJECTILES
            for c in verb.children
            if c.dep_ == "agent"
            for p in c.children
        )
    ):
        return [Hit("wounded", verb, patient_of(verb), {verb.i})]  # "was hit by shrapnel"
    if lemma in {"hit", "strike", "graze", "pierce"} and (struck := _struck_by_a_missile(verb)):
        return [Hit("wounded", verb, struck, {verb.i})]  # "a bullet grazed his head"
    if lemma == "hit" and is_passive(verb) and in_body_part(verb):
        return [Hit("wounded", verb, patient_of(verb), {verb.i})]  # "was hit in the leg"
    if lemma in _BLOWS and (beaten := _struck_by_a_person(verb)):
        return [Hit("other:beat", verb, beaten, {verb.i})]  # "Nobody hit me", "a guard hit him"
    if lemma in {"take", "seek", "find"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"refuge", "shelter", "sanctuary", "cover"}
        for c in verb.children
    ):
        return _location_hits(verb, "stay")  # "took refuge in the embassy"
    if lemma in _NEW_LEADER_LEMMAS and (leader_hits := _new_leader_hits(verb, lemma)) is not None:
        return leader_hits
    if lemma in {"take", "assume"} and any(
        c.dep_ == "dobj" and c.lower_ == "office" and not list(c.children) for c in verb.children
    ):
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]  # "took office"
    if lemma in {"take", "swear"} and _oath_of_office(verb):
        # "took the oath as acting governor", "took the oath of office": sworn into a post
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
    if lemma in {"take", "assume", "seize", "inherit", "wrest", "grab"} and takes_command(verb):
        # "took charge of", "assumed command"
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
    if lemma in lx.TAKE_A_HIT_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lx.PROJECTILES for c in verb.children
    ):
        # "took a bullet to the shoulder", "caught shrapnel in the leg": the idiom of being hit
        return [Hit("wounded", verb, subject_of(verb), {verb.i})]
    if lemma == "take":
        return _take_hits(verb)
    if lemma in lx.SEEN_VERBS and is_passive(verb):
        # "was last seen", "has not been seen in public", "was shown in a video"
        return _seen_hits(verb)
    if lemma in lx.PLEDGE_VERBS and (sworn_to := allegiance_to(verb)) is not None:
        # "pledged allegiance to the new leader": the one sworn to leads now
        return [Hit("leadership_change", verb, [sworn_to], {verb.i})]
    if lemma == "swear" and any(
        c.lower_ == "in" and c.dep_ in {"prt", "advmod", "prep"} for c in verb.children
    ):
        return (
            [Hit("leadership_change", verb, patient_of(verb), {verb.i})] if as_leader(verb) else []
        )
    if lemma in lx.PLACE_STATE_VERBS and (where := _where_not_told(verb)) is not None:
        return where
    if lemma in {"remain", "stay"} and (place_hit := _in_place_hit(verb)) is not None:
        return place_hit
    if lemma in {"receive", "undergo", "get"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"treatment", "care", "surgery"}
        for c in verb.children
    ):
        there = _location_hits(verb, "stay")  # "receiving treatment at a military hospital"
        if any(c.dep_ == "dobj" and treated_injury(c) is not None for c in verb.children):
            # "received treatment for burns to his arms": treated for an injury, so hurt
            there = [*there, Hit("wounded", verb, subject_of(verb), {verb.i})]
        return there
    if lemma in _RECOGNISING_VERBS and (shown := _recognised_in_picture(verb)):
        # "had recognised his son in the photograph", "was identified in the footage by his
        # wife": the one recognised appears in the picture
        return [Hit("appeared", verb, shown, {verb.i})]
    if lemma in {"see", "spot", "sight"} and not is_passive(verb):
        seen = [c for c in verb.children if c.dep_ == "dobj"]
        seen = seen or [
            # "a cousin spotted him buying cigarettes": the parser makes him the subject
            g
            for c in verb.children
            if c.dep_ in {"ccomp", "xcomp"} and c.tag_ == "VBG"
            for g in c.children
            if g.dep_ == "nsubj" and g.i < c.i
        ]
        return [Hit("appeared", verb, expand_conj(seen), {verb.i})] if seen else []
    if lemma in {"show", "feature", "depict"}:
        return _shown_hits(ctx, verb)
    if lemma == "become" and any(
        c.dep_ in {"attr", "acomp", "oprd"} and c.lemma_.lower() in lx.LEADER_ROLES
        for c in verb.children
    ):
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
    if lemma == "hole" and any(c.lower_ == "up" for c in verb.children):
        return _location_hits(verb, "stay")  # "is holed up in the mountains"
    if (
        lemma in lx.APPOINT_VERBS
        and (surface := appointed_on_surface(verb)) is not None
        and not (as_leader(verb) or to_lead(verb) or by_governing_body(verb))
    ):
        # the parser hung the "as" phrase elsewhere: read the words
        return [Hit("leadership_change", verb, [surface], {verb.i})]
    if lemma in lx.APPOINT_VERBS and (as_leader(verb) or to_lead(verb) or by_governing_body(verb)):
        # "named X, a veteran commander, as its new leader": the parser may make X a predicate
        named = patient_of(verb) or [
            c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"
        ]
        if any(t.lower_ in {"himself", "herself"} for t in (*named, *verb.subtree)):
            named = subject_of(verb)  # "proclaimed himself caliph"
        return [Hit("leadership_change", verb, named, {verb.i})]
    if (
        lemma in lx.APPOINT_VERBS
        and is_passive(verb)
        and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in lx.LEADER_ROLES for c in verb.children
        )
        and (
            named := [
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ == "PROPN"
            ]
        )
    ):
        # "the group's new leader was named as X": the name after "as" is the leader
        return [Hit("leadership_change", verb, named, {verb.i})]
    if lemma == "hold":
        return _hold_hits(ctx, verb) + _location_hits(verb, lemma)
    if lemma in lx.TREATING_VERBS and (injury := treated_injury(verb)) is not None:
        # "is being treated for a broken leg": injured, and kept where the treatment is
        wounded = [Hit("wounded", verb, patient_of(verb), {verb.i, injury.i})]
        return wounded + _location_hits(verb, lemma)
    if lemma in lx.MOVING_VERBS or lemma in lx.CARRIED_VERBS and is_passive(verb):
        return _moved_hits(verb)
    if lemma == "send" and verb.dep_ != "acl" and is_passive(verb) and (sent := _moved_hits(verb)):
        # "his brother was sent to a facility in Olomouc", "was sent to a clinic in X": where
        # the one sent now is ("sent to trial" is no place; "sent to prison": claims_custody;
        # a participle after a noun is most often a message "the group sent to radio stations")
        return sent
    if lemma in lx.LOCATING_VERBS:
        return _location_hits(verb, lemma)
    if (
        lemma == "place"
        and not is_passive(verb)
        and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ in {"in", "near", "at"} for c in verb.children)
    ):
        return _location_hits(verb, "locate")  # "sources placed him in Raqqa last week"
    if lemma in {"remain", "stay"} and (there := _where_relative_hits(ctx, verb, lemma)):
        return there
    return None


def _be_construction_hits(ctx: ClaimContext, verb: Token) -> list[Hit] | None:
    """_construction_hits' rules that open on "be", in the chain's order (its other rules
    test lemmas without it: tests/nlp/test_claims_dispatch_families.py checks the list)."""
    if (mourned := _mourned_hits(ctx, verb, "be")) is not None:
        return mourned
    if (among := among_the_dead(verb)) is not None:
        pred = "wounded" if among.lower_ in {"wounded", "injured"} else "killed"
        # "(not) among the dead / the wounded"
        return [Hit(pred, verb, subject_of(verb), {verb.i, among.i})]
    if (leader_hits := _new_leader_hits(verb, "be")) is not None:
        return leader_hits
    if "be" in lx.PLACE_STATE_VERBS and (where := _where_not_told(verb)) is not None:
        return where
    if (place_hit := _in_place_hit(verb)) is not None:
        return place_hit
    return _where_relative_hits(ctx, verb, "be") or None


def _where_not_told(verb: Token) -> list[Hit] | None:
    """ "declined to say where he was staying": whereabouts, not known (a relative "the
    hospital, where he remains" says where he is)."""
    if verb.dep_ == "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return None
    subjects = patient_of(verb) if is_passive(verb) else subject_of(verb)
    return [Hit("located_in", verb, subjects, {verb.i}, certainty="unconfirmed")]


def _where_relative_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit]:
    """ "taken to the county hospital, where he remains in a serious condition"; and what
    else the clause says ("where his condition is stable")."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return []
    there = _location_hits(verb, lemma)
    return there + (_lexicon_hits(ctx, verb, lemma) or []) if there else []


# The verbs the two rule groups below read (checked first: most verbs are none of them).
_PERSON_STATE_LEMMAS = frozenset(
    {
        "be",
        "regain",
        "breathe",
        "suffer",
        "sustain",
        "escape",
        "cheat",
        "evade",
        "bury",
        "lay",
        "discharge",
        "have",
    }
    | lx.LIFE_STRUGGLE_VERBS
    | lx.CONDITION_CHANGE_VERBS
)
_NEW_LEADER_LEMMAS = frozenset(
    {"be", "emerge", "become", "win", "pass", "succeed", "secure", "clinch", "capture"}
    | {"give", "hand", "put", "elevate", "promote", "appoint", "name", "elect"}
    | {"fall", "go", "devolve"}
    | _TO_POWER_VERBS
)


def _struck_by_a_missile(verb: Token) -> list[Token]:
    """Who a missile strikes, with the missile as the active subject: "a stray bullet hit
    the boy", "a bullet grazed the head of the photographer" (the person whose body part it
    is); nobody when the subject is no missile ("the storm hit the coast")."""
    if is_passive(verb) or not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lx.PROJECTILES for c in verb.children
    ):
        return []
    struck: list[Token] = []
    for obj in expand_conj([c for c in verb.children if c.dep_ == "dobj"]):
        if obj.lemma_.lower() in lx.BODY_PARTS:
            # "his head" / "the head of the photographer": the body's owner
            owners = [c for c in obj.children if c.dep_ == "poss"]
            owners += [p for p in prep_children(obj, {"of"}) if p.dep_ == "pobj"]
            struck += [named_in_apposition(o) for o in owners]
        elif obj.pos_ in {"PROPN", "PRON"} or obj.lemma_.lower() in PERSON_NOUNS:
            struck.append(obj)
    return struck


def _life_struggle_hits(verb: Token) -> list[Hit] | None:
    """ "is fighting for his life", "was battling for her life", "clings to life": alive, in
    mortal danger; hurt too when the sentence names the attack or crash that put the person
    there ("fighting for his life after gunmen attacked his car")."""
    if not any(
        p.dep_ == "pobj" and p.lemma_.lower() == "life" for p in prep_children(verb, {"for", "to"})
    ):
        return None
    subjects = subject_of(verb)
    hits = [Hit("alive", verb, subjects, {verb.i})]
    if _harm_named_after(verb):
        hits.append(Hit("wounded", verb, subjects, {verb.i}))
    return hits


def _harm_named_after(verb: Token) -> bool:
    """The clause names the attack or crash a condition follows ("after the crash", "after
    gunmen attacked his car"), and no word of its own tells the injury ("after being shot"
    is read by the verb "shot": no second claim)."""
    after = [t for t in verb.subtree if t.i > verb.i]
    if any(
        lx.PATIENT_VERBS.get(lemma := t.lemma_.lower()) in {"wounded", "killed"}
        or lemma in lx.FATAL_VERBS
        or lx.EVENT_NOUNS.get(lemma) == "wounded"
        for t in after
    ):
        return False
    return any(t.lemma_.lower() in lx.INJURING_EVENTS for t in after)


def _in_serious_condition(verb: Token) -> bool:
    """ "is in a serious / critical condition", "is in intensive care" said of the verb's
    subject."""
    return any(
        p.dep_ == "pobj"
        and (
            p.lemma_.lower() == "condition"
            and any(a.lower_ in {"serious", "critical", "grave"} for a in p.children)
            or p.lemma_.lower() == "care"
            and any(a.lower_ == "intensive" for a in p.children)
        )
        for p in prep_children(verb, {"in"})
    )


def _state_of_person_hits(verb: Token, lemma: str) -> list[Hit] | None:
    """What a person's condition, life or burial says: "his condition is stable", "her life
    is not in danger", "regained consciousness" (alive); "was buried", "laid to rest"
    (a burial, other:bury, and the death); "is a free man", "discharged from prison" (released). None when no rule applies."""
    if lemma in lx.LIFE_STRUGGLE_VERBS:
        return _life_struggle_hits(verb)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    owner = next((c for c in subj.children if c.dep_ == "poss"), None) if subj is not None else None
    if owner is None and subj is not None and subj.lemma_.lower() == "condition":
        # "the condition of the boy, X, is stable / has worsened": the of-phrase's person
        owner = next(
            (named_in_apposition(p) for p in prep_children(subj, {"of"}) if p.dep_ == "pobj"),
            None,
        )
    if lemma in lx.CONDITION_CHANGE_VERBS:
        if owner is not None and subj is not None and subj.lemma_.lower() == "condition":
            return [Hit("alive", verb, [owner], {verb.i})]  # "his condition has worsened"
        return None
    if lemma == "be" and owner is not None and subj is not None:
        if subj.lemma_.lower() == "condition" and any(
            c.dep_ == "acomp" and c.lower_ in lx.CONDITION_WORDS for c in verb.children
        ):
            return [Hit("alive", verb, [owner], {verb.i})]  # "his condition is stable"
        if subj.lemma_.lower() == "life" and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "danger" for p in c.children)
            for c in verb.children
        ):
            # "her life is not in danger": negated danger, affirmed life
            return [Hit("alive", verb, [owner], {verb.i}, polarity_neg=has_neg(verb))]
    if lemma in {"escape", "cheat", "evade"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lx.DEADLY_THREATS for c in verb.children
    ):
        return [
            Hit("alive", verb, subject_of(verb), {verb.i})
        ]  # "escaped death", "an assassination attempt"
    if lemma in {"escape", "emerge", "survive"} and (
        unhurt := next((c for c in verb.children if c.lower_ in lx.NEGATED_STATE_ADJECTIVES), None)
    ):
        # "escaped unharmed", "emerged unhurt": not wounded (the gold's reading, g119: no
        # escape, and no separate alive); the adjective's own trigger reads it unless the
        # parser made it the verb's object
        if unhurt.dep_ != "dobj":
            return []
        hurt = lx.NEGATED_STATE_ADJECTIVES[unhurt.lower_]
        return [Hit(hurt, verb, subject_of(verb), {verb.i, unhurt.i}, polarity_neg=True)]
    if lemma in {"suffer", "sustain", "have"} and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in lx.BODY_PARTS
        and any(a.lower_ in lx.INJURED_PART_WORDS for a in c.children)
        for c in verb.children
    ):
        return [Hit("wounded", verb, subject_of(verb), {verb.i})]  # "suffered a broken arm"
    if lemma == "breathe" and any(
        c.dep_ in {"dobj", "advmod", "npadvmod"} and c.lower_ == "last" for c in verb.children
    ):
        return [Hit("killed", verb, subject_of(verb), {verb.i})]  # "breathed his last"
    if lemma == "regain" and any(
        c.dep_ == "dobj" and c.lower_ == "consciousness" for c in verb.children
    ):
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    if lemma == "bury" and not any(
        c.dep_ in {"prep", "acomp", "oprd", "advmod"}
        and (
            c.lower_ in {"under", "beneath", "alive"}
            or c.lower_ == "in"
            and not any(_burial_ground(p) for p in c.children)
        )
        for c in verb.children
    ):
        # "was buried on Monday", "was buried in his home village": a burial, its own
        # event (the gold's other:bury, dated by its own clause), and the death it tells
        # of; "has been buried, by his enemies' count, three times" is a death told again
        # and again, no burial
        counted = any(
            c.lower_ in {"twice", "thrice", "again"}
            or c.lemma_.lower() == "time"
            and any(n.dep_ == "nummod" for n in c.children)
            for c in verb.children
        )
        buried = patient_of(verb)
        if counted:
            return [Hit("killed", verb, buried, {verb.i})]
        return [Hit("other:bury", verb, buried, {verb.i}), Hit("killed", verb, buried, {verb.i})]
    if lemma == "lay" and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(p.lower_ == "rest" for p in c.children)
        or c.dep_ == "xcomp"
        and c.lower_ == "rest"
        for c in verb.children
    ):
        buried = patient_of(verb)  # "was laid to rest": a burial, and the death
        return [Hit("other:bury", verb, buried, {verb.i}), Hit("killed", verb, buried, {verb.i})]
    if lemma == "be" and any(
        c.dep_ == "attr"
        and c.lemma_.lower() in {"man", "woman"}
        and any(a.lower_ == "free" for a in c.children)
        for c in verb.children
    ):
        return [Hit("released", verb, subject_of(verb), {verb.i})]  # "is a free man"
    if lemma == "discharge" and any(
        p.lemma_.lower() in lx.DETENTION_PLACES for p in prep_children(verb, {"from"})
    ):
        return [Hit("released", verb, patient_of(verb), {verb.i})]  # "discharged from prison"
    return None


# Where the dead are buried ("in his home village", "in a cemetery in X", "in Split"); not
# what buries the living or things ("buried in rubble", "in snow", "in paperwork").
_BURIAL_GROUNDS = frozenset(
    {"village", "cemetery", "graveyard", "grave", "tomb", "mausoleum", "churchyard"}
    | {"hometown", "town", "city", "forest", "garden", "courtyard", "compound", "plot"}
    | {"shrine", "mosque", "church", "cathedral", "crypt", "vault", "ground", "grounds"}
)


def _burial_ground(place: Token) -> bool:
    """The object of a burial's "in": a named place or a burial ground."""
    return place.dep_ == "pobj" and (
        place.pos_ == "PROPN" or place.lemma_.lower() in _BURIAL_GROUNDS
    )


def _held_now(verb: Token) -> bool:
    """ "is detained at a military base", "remains detained in X": where the person is kept
    now (not "was detained at the airport", where the arrest took place)."""
    return any(
        c.dep_ in {"auxpass", "aux"} and c.lower_ in {"is", "are", "remains", "remain"}
        for c in verb.children
    )


def _new_leader_hits(verb: Token, lemma: str) -> list[Hit] | None:
    """A person now leading: "is the new leader of", "emerged as the new commander", "is
    now in charge of", "was succeeded by X" (X leads). None when no rule applies."""
    roles = [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
    roles += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if lemma in {"be", "emerge", "become"} and any(_new_role(r) for r in roles):
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
    if lemma == "be" and any(c.dep_ == "nsubj" and _new_role(c) for c in verb.children):
        # "the group's new emir is X"
        named = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
        return [Hit("leadership_change", verb, named, {verb.i})] if named else None
    if (
        lemma == "be"
        and any(c.lower_ == "now" for c in verb.children)
        and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "charge" for p in c.children)
            for c in verb.children
        )
    ):
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
    if (
        lemma in {"give", "hand"}
        and is_passive(verb)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in lx.COMMAND_NOUNS for c in verb.children)
    ):
        return [Hit("leadership_change", verb, patient_of(verb), {verb.i})]  # "was given command"
    if (
        lemma == "put"
        and is_passive(verb)
        and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "charge" for p in c.children)
            for c in verb.children
        )
    ):
        return [Hit("leadership_change", verb, patient_of(verb), {verb.i})]  # "was put in charge"
    if (
        lemma in {"elevate", "promote", "appoint", "name", "elect"}
        and is_passive(verb)
        and any(p.lemma_.lower() in lx.HIGH_OFFICE_NOUNS for p in prep_children(verb, {"to"}))
    ):
        # "was elevated to the leadership", "was promoted to the command"
        return [Hit("leadership_change", verb, patient_of(verb), {verb.i})]
    if lemma in _TO_POWER_VERBS and any(
        p.lemma_.lower() in lx.HIGH_OFFICE_NOUNS
        and not any(d.dep_ == "poss" for d in p.children)  # ("returned to his command post")
        for p in prep_children(verb, {"to"})
    ):
        # a verb of motion towards power: "rose to power", "swept to power", "returned to
        # power", "was restored to the presidency", "was propelled to the leadership"
        who = patient_of(verb) if is_passive(verb) else subject_of(verb)
        return [Hit("leadership_change", verb, who, {verb.i})] if who else []
    if lemma in {"win", "secure", "clinch", "capture"} and any(
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() in lx.CONTEST_NOUNS | {"leadership"}
            and any(t.lemma_.lower() in lx.LEADERSHIP_WORDS for t in c.subtree)
            # an office won outright: "won the presidency", "secured the chairmanship"
            or c.lemma_.lower() in _WON_OFFICES
            and not any(d.dep_ in {"poss", "prep"} for d in c.children)
            and lemma != "capture"
        )
        for c in verb.children
    ):
        return [
            Hit("leadership_change", verb, subject_of(verb), {verb.i})
        ]  # "won the leadership contest", "won the presidency"
    if lemma in {"pass", "fall", "go", "devolve"} and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lx.HIGH_OFFICE_NOUNS | {"control"}
        for c in verb.children
    ):
        # the lead moving on: "the leadership passed to X", "control of the group fell to
        # X", "the post went to X" (persons only, by assembly; "fell to the rebels" names none)
        heirs = [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return [Hit("leadership_change", verb, expand_conj(heirs), {verb.i})] if heirs else []
    if lemma == "succeed" and is_passive(verb):
        agents = [
            p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
        ]
        if not agents:
            return []
        hits = [Hit("leadership_change", verb, expand_conj(agents), {verb.i})]
        predecessor = patient_of(verb)
        if predecessor:
            # "Y was succeeded by X": Y loses the lead, as in "Y was replaced by X"
            hits.append(Hit("leadership_change", verb, predecessor, {verb.i}))
        return hits
    return None


_LISTED_STATES = {
    "missing": "other:missing",
    "dead": "killed",
    "killed": "killed",
    "deceased": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "alive": "alive",
}


def _listed_as(verb: Token) -> str | None:
    """The state a listing verb puts a person in: "as missing", "as a missing person", "as
    killed in action", "among the dead"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"as", "among"}:
            for p in c.children:
                if p.dep_ in {"pcomp", "pobj", "amod", "acomp"} and p.lower_ in _LISTED_STATES:
                    return _LISTED_STATES[p.lower_]
                if (
                    p.dep_ == "pobj"
                    and c.lower_ == "as"
                    and p.lemma_.lower() in {"person", "man", "woman"}
                    and any(a.dep_ == "amod" and a.lower_ == "missing" for a in p.children)
                ):
                    return "other:missing"
        if (
            c.dep_ == "advcl"
            and c.lower_ in _LISTED_STATES
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
        ):
            return _LISTED_STATES[c.lower_]
    return None


def _allegiance_as_leader(verb: Token) -> Token | None:
    """ "pledged allegiance to X as emir": X is named to lead."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in lx.ALLEGIANCE_NOUNS for c in verb.children):
        return None
    for t in verb.subtree:
        if t.lower_ == "as" and any(
            r.lemma_.lower() in lx.LEADER_ROLES for r in t.children if r.dep_ == "pobj"
        ):
            to = [
                p
                for c in (*verb.children, *(g for c in verb.children for g in c.children))
                if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            return to[0] if to else None
    return None


def _new_role(tok: Token) -> bool:
    """ "the new leader", "its interim chief": a leader role described as new."""
    return tok.lemma_.lower() in lx.LEADER_ROLES and any(
        c.dep_ == "amod" and c.lower_ in {"new", "interim", "acting"} for c in tok.children
    )


_PICTURED_PREPS = frozenset({"with", "alongside", "beside", "at", "during"})
_CAMERAS = frozenset({"camera", "phone", "telephone", "drone", "lens", "mobile", "smartphone"})


def _pictured_with(verb: Token) -> bool:
    """ "was pictured with his wife", "photographed alongside the minister", "filmed at a
    rally", "pictured during the ceremony": a picture taken of the person in company or at an
    occasion; not the means ("filmed with a phone", "with a hidden camera")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in _PICTURED_PREPS
        and any(
            p.dep_ == "pobj" and p.lemma_.lower() not in _CAMERAS and p.pos_ in {"NOUN", "PROPN"}
            for p in c.children
        )
        for c in verb.children
    )


def _seen_hits(verb: Token) -> list[Hit]:
    """Passive "seen / spotted / shown / filmed": an appearance, unless "seen as" a kind
    of person or "seen to be" so (a judgement, not a sighting)."""
    if any(
        c.dep_ == "prep"
        and c.lower_ in {"as", "like"}
        or c.dep_ in {"xcomp", "oprd"}
        and c.lemma_ == "be"
        for c in verb.children
    ):
        return []
    if any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return []
    lemma = verb.lemma_.lower()
    if (
        lemma in {"show", "picture", "film", "photograph", "feature", "depict"}
        and not any(
            c.dep_ == "prep"
            and any(p.lemma_.lower() in lx.MESSAGE_NOUNS | lx.IMAGE_NOUNS for p in c.children)
            for c in verb.children
        )
        # "was photographed in Kanda last week": a sighting at a place
        and not (lemma in {"film", "photograph", "picture"} and place_of(verb))
        # "was pictured with the president", "photographed at the ceremony": seen in company
        # or at an occasion (not "filmed with a phone")
        and not (lemma in {"film", "photograph", "picture"} and _pictured_with(verb))
    ):
        return []  # "was shown the door"; a sighting needs the picture it is in
    return [Hit("appeared", verb, subject_of(verb), {verb.i})]


def _in_place_hit(verb: Token) -> list[Hit] | None:
    """ "was in a safe place", "is now back in Italy", "remains in Kesra": where a person is."""
    # "is in stable condition in a hospital in X": the place hangs on the state noun
    states = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj"
        and p.lemma_.lower() in {"condition", "health", "shape", "spirit", "spirits"}
    ]
    for holder in (
        verb,
        # "is now back in Italy", "is thought to be somewhere in northern Mali"
        *[
            c
            for c in verb.children
            if c.dep_ == "advmod" and c.lower_ in {"back", "somewhere", "still", "now"}
        ],
        *states,
    ):
        for prep in (
            c
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in {"in", "at", "inside", "near", "along", "outside"}
        ):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                if pobj.lemma_.lower() in {"place", "location"} and not any(
                    c.dep_ in {"amod", "det"} for c in pobj.children
                ):
                    continue  # "remained in place"
                if (prep.lower_, pobj.lower_) in lx.STATE_PPS and not any(
                    c.dep_ == "compound"
                    and c.pos_ == "PROPN"
                    or c.dep_ == "prep"
                    and c.lower_ in {"in", "near", "outside"}
                    and any(place_pobj(p, c) for p in c.children if p.dep_ == "pobj")
                    for c in pobj.children
                ):
                    # "in custody", "in hiding" have their own predicates ("in Evin prison",
                    # "in a prison in Combita" are places too)
                    continue
                # "had not been in the area"
                if (
                    place_pobj(pobj, prep)
                    or pobj.lemma_.lower() in lx.PLACE_NOUNS
                    and any(c.lower_ in {"the", "that", "this"} for c in pobj.children)
                    or _at_venue(verb, prep, pobj)
                ):
                    subjects = subject_of(verb)
                    return [Hit("located_in", verb, subjects, {verb.i, prep.i})] if subjects else []
    return None


# Venues a person is said to be at: "was at the club with friends", "who was with him at the
# bar" (a facility the README counts, named or not; "at home", "at work" are none).
_VENUES = frozenset(
    {
        *("club", "nightclub", "bar", "pub", "hotel", "restaurant", "cafe", "café", "casino"),
        *("stadium", "cinema", "theatre", "theater", "mall", "nightspot", "disco"),
    }
)


def _at_venue(verb: Token, prep: Token, pobj: Token) -> bool:
    """ "was at the club", "was at a bar in Leith": the copula itself (not "is" of a role,
    "is a doorman at the club") with "at" a venue with its determiner or name."""
    return (
        verb.lemma_ == "be"
        and prep.lower_ == "at"
        and pobj.lemma_.lower() in _VENUES
        and not any(c.dep_ in {"attr", "acomp"} for c in verb.children)
        and any(c.dep_ in {"det", "poss", "compound"} for c in pobj.children)
    )


def _shown_hits(ctx: ClaimContext, verb: Token) -> list[Hit] | None:
    """ "A video shows X" / "appears to show X": X appeared, and is the video's speaker."""
    showing = [*verb.children, *(verb.head.children if verb.dep_ == "xcomp" else ())]
    if not any(c.dep_ == "nsubj" and _showing_noun(_antecedent(c)) for c in showing):
        return None
    shown = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "nsubj" and c.i > verb.i]
    shown += [
        n for c in verb.children if c.dep_ == "ccomp" for n in c.children if n.dep_ == "nsubj"
    ]
    for tok in shown:
        person = entity_in_name(ctx, tok)
        if person is not None and person.kind == "person":
            ctx.message_author = person
    return [Hit("appeared", verb, expand_conj(shown), {verb.i})] if shown else []


def _showing_noun(tok: Token | None) -> bool:
    return tok is not None and tok.lemma_.lower() in lx.MESSAGE_NOUNS | _STILL_PICTURES


_STILL_PICTURES = frozenset({"image", "photo", "photograph", "picture"})


def _antecedent(subject: Token) -> Token | None:
    """What a relative pronoun subject stands for: "a video that (appeared to) show X" (the
    relative clause's noun), also when the parser hangs the clause elsewhere ("three days
    after a video circulated online that appeared to show him": the picture or message noun
    at most four words before the pronoun); any other subject is itself."""
    if subject.lower_ not in {"that", "which"} or subject.tag_ != "WDT":
        return subject
    clause = subject.head
    if clause.dep_ == "relcl":
        return clause.head
    doc = subject.doc
    for i in range(subject.i - 1, max(subject.i - 5, -1), -1):
        if _showing_noun(doc[i]) and doc[i].pos_ == "NOUN":
            return doc[i]
    return None


def _has_to_phrase(ctx: ClaimContext, verb: Token) -> bool:
    """A "to" preposition under the verb, read from the document's tables: what "beaten to
    death" needs before its own test walks the children (most verbs have none)."""
    tables = ctx.tables
    dep, lower = tables.dep, tables.lower
    return any(dep[c] == "prep" and lower[c] == "to" for c in tables.children[verb.i])


def _lexicon_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """Verbs of the patient lexicon (killed, arrested ...) and the agent lexicon (died,
    resigned, appeared ...), with the checks that keep their literal senses out; first
    "beaten to death", said of any verb."""
    if (died := _to_death_hits(ctx, verb, lemma)) is not None:
        return died
    return _lexicon_word_hits(ctx, verb, lemma)


def _to_death_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """ "beaten / stabbed / burned to death": killed, whatever the verb (None without a "to
    death" under it)."""
    if _has_to_phrase(ctx, verb) and to_death(verb):
        subjects = patient_of(verb)
        return [Hit("killed", verb, subjects, {verb.i})] if subjects else []
    return None


# What one is charged with when it is a task, not a crime: "is charged with the interim
# management of the ministry", "charged with overseeing the talks" (not "charged with
# organising an unauthorised strike", "charged with forming an armed group", "with killing":
# a gerund of doing is most often the crime).
_DUTY_NOUNS = frozenset(
    {
        "management", "task", "responsibility", "duty", "duties", "oversight", "supervision",
        "administration", "direction", "mission", "portfolio", "stewardship",
    }
)  # fmt: skip
_DUTY_GERUNDS = frozenset({"managing", "overseeing", "supervising", "administering"})


def _charged_with_a_duty(verb: Token) -> bool:
    """ "X is charged with the interim management of Y": "with" names a task (a duty noun
    or a gerund of managing), so the verb gives a charge of office, no criminal charge."""
    return any(
        p.dep_ in {"pobj", "pcomp"}
        and (p.lemma_.lower() in _DUTY_NOUNS or p.lower_ in _DUTY_GERUNDS)
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
    )


def _lexicon_word_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """:func:`_lexicon_hits` past its "to death" rule: every rule opens on the lemma
    (:data:`_LEXICON_LEMMAS`)."""
    if lemma in lx.PATIENT_VERBS and (group_verb := group_copula(verb)) is not None:
        # "X was (not) among those arrested", "X, the teacher who was among those killed"
        subjects = [_described_person(ctx, s) if s.pos_ == "NOUN" else s for s in patient_of(verb)]
        pred = _saved_from_danger(ctx, verb, lemma) or lx.PATIENT_VERBS[lemma]
        # ('was "not among those killed"': the parser hangs a quoted "not" on the "among")
        among = [p.i for p in group_verb.children if p.dep_ == "prep" and p.lower_ == "among"]
        return [Hit(pred, verb, subjects, {verb.i, group_verb.i, *among})] if subjects else []
    if lemma in lx.FATAL_VERBS and any(
        c.dep_ == "advmod" and c.lower_ in lx.FATAL_ADVERBS for c in verb.children
    ):
        subjects = patient_of(verb)  # "was fatally shot", "fatally wounded"
        return [Hit("killed", verb, subjects, {verb.i})] if subjects else []
    if lemma in lx.PATIENT_VERBS:
        pred = lx.PATIENT_VERBS[lemma]
        if pred.startswith("other:") and any(c.lower_ == "dead" for c in verb.children):
            return []  # "shot dead" is read as killed by the adjective rule
        if pred in {"killed", "wounded"} and _figurative_harm(verb, lemma):
            return []  # "the scandal killed her career", "the defeat hurt the coach"
        if lemma in {"release", "free"} and (
            message_object(verb)
            or verb.dep_ in {"acl", "relcl"}
            and verb.head.lemma_.lower() in lx.MESSAGE_NOUNS
        ):
            return []  # a message released, not a person
        if (
            pred == "leadership_change"
            and lemma not in lx.OUSTING_VERBS
            and not leadership_object(verb, lemma)
            and not replaces_a_leader(verb)
        ):
            return []  # "replaced the tyres", "relieved the pressure"
        if lemma == "charge" and _charged_with_a_duty(verb):
            return []  # "is charged with the interim management of the ministry": a task
        pred = _saved_from_danger(ctx, verb, lemma) or pred
        if pred == "arrested" and non_state_agent(verb):
            pred = "captured"  # "detained by gunmen": held by non-state captors
        elif pred == "captured" and lemma == "capture" and _police_agent(verb):
            # "was captured by police in Huancayo": an arrest ("captured by the army" is
            # both, below)
            pred = "arrested"
        elif (
            pred == "captured"
            and lemma in lx.SEIZING_LEMMAS
            and _taker_kind(_takers(verb)) == "arrested"
        ):
            # "was seized by men in plain clothes", "Police seized X at the airport": the
            # verb names no kind of captor, its takers do
            pred = "arrested"
        elif pred == "captured" and state_kidnapping(verb, lemma):
            pred = "arrested"  # "abducted by soldiers", "Security forces kidnapped X"
        subjects = (
            _inverted_subjects(verb)
            # (before patient_of, which gives the participle the gerund's object)
            or _conjunct_across_adjunct(verb)
            or _left_harmed(verb, pred)
            or patient_of(verb)
            or adjunct_gerund_subject(verb, pred)
        )
        # "the brother of X, the reporter detained last month", "X, the teacher who was among
        # those killed": the noun describes the name before it, whatever its parsed head
        subjects = [_described_person(ctx, s) if s.pos_ == "NOUN" else s for s in subjects]
        if pred in {"killed", "wounded"}:
            # "the son of X was killed", "the house of the judge was burned": someone else's
            # (for custody the parser's "chief of staff" and "X's team" mislead it)
            subjects = [s for s in subjects if not _anothers_relative_or_thing(s)]
        hits = [Hit(pred, verb, subjects, {verb.i})] if subjects else []
        if hits and ctx.outlet is not None and _described_in_speaker(ctx, verb):
            # "The family of X, a reporter detained last month, said ...": the participle
            # describes who the speaker is, in the narration's words, not the speaker's
            hits[0].claimant = (ctx.outlet, None, False)
        if hits and pred == "captured" and lemma in lx.CAPTURE_LEMMAS and _armed_state_agent(verb):
            # "was captured by government troops", "Soldiers captured X", "The army said it
            # had captured X": taken by the state's forces, the person is its prisoner, an
            # arrest and not also a capture (the README: detention by authorities)
            hits[0].predicate = "arrested"
        elif (
            hits
            and pred == "captured"
            and (
                _capture_in_a_story_of_arrest(ctx, verb, lemma)
                or _captured_alive_by_the_state(ctx, verb, lemma, subjects)
                or quarry_captured(ctx, verb, lemma, subjects)  # (claims_seizures)
            )
        ):
            # a capture naming no captor in a story of arrests ("was captured alive"): the
            # holder, unknown, is the state's: an arrest only (both readings are kept for an
            # alternative, "reported killed or captured", that tells no capture of its own)
            alternative = any(
                c.dep_ == "cc" and c.lower_ == "or" for c in (*verb.children, *verb.head.children)
            )
            if alternative:
                hits.append(Hit("arrested", verb, subjects, {verb.i}))
            else:
                hits[0].predicate = "arrested"
        if hits and (lemma in lx.JAILING_VERBS or lemma == "detain" and _held_now(verb)):
            hits += _location_hits(verb, "hold")  # "jailed in Evin prison": kept there
        if (
            lemma == "replace"
            and hits
            and (leadership_object(verb, lemma) or replaces_a_leader(verb))
            and not is_passive(verb)
            # (not "reshuffled her cabinet, replacing four ministers": replacing others in
            # their posts is no change of her own)
            and not all(
                c.tag_ == "NNS" and not any(a.dep_ == "appos" for a in c.children)
                for c in verb.children
                if c.dep_ == "dobj"
            )
        ):
            # "X replaced Y as commander": both
            hits.append(Hit(pred, verb, subject_of(verb), {verb.i}))
            # "The board replaced Y with X": X takes Y's place
            # (the parser may hang "with X" on the replaced person)
            holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            named = [
                named_in_apposition(p)
                for h in holders
                for p in prep_children(h, {"with"})
                if p.dep_ == "pobj"
            ]
            newcomers = [p for p in named if p.ent_type_ == "PERSON" or p.pos_ == "PROPN"]
            if newcomers:
                hits.append(Hit(pred, verb, expand_conj(newcomers), {verb.i}))
        if lemma in {"replace", "succeed"} and hits and is_passive(verb):
            agents = [
                p
                for c in verb.children
                if c.dep_ == "agent"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            # "was replaced as commander by Y": the parser may hang "by Y" on the role
            agents += [
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for r in c.children
                if r.dep_ == "pobj" and r.lemma_.lower() in lx.LEADER_ROLES
                for b in r.children
                if b.dep_ in {"prep", "agent"} and b.lower_ == "by"
                for p in b.children
                if p.dep_ == "pobj" and p.pos_ == "PROPN"
            ]
            # "was replaced by his first deputy, X": the name in apposition is who takes over
            agents = [named_in_apposition(p) for p in agents]
            if agents:
                # "X was replaced by Y": Y too
                hits.append(Hit(pred, verb, expand_conj(agents), {verb.i}))
        return hits
    if lemma == "shoot" and in_body_part(verb):
        subjects = patient_of(verb)
        # "shot in the leg"
        return [Hit("wounded", verb, subjects, {verb.i})] if subjects else []
    if lemma == "hang" and verb.lower_ == "hanged" and is_passive(verb):
        return [Hit("killed", verb, patient_of(verb), {verb.i})]  # "was hanged" (not "hung")
    if (
        lemma == "hang"
        and verb.lower_ == "hanged"
        and any(c.dep_ == "dobj" and c.lower_ in {"himself", "herself"} for c in verb.children)
    ):
        return [Hit("killed", verb, subject_of(verb), {verb.i})]  # "hanged himself in his cell"
    if lemma in {"leave", "vacate"} and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in lx.OFFICE_NOUNS
        and not any(
            d.dep_ == "compound"
            or d.dep_ == "det"
            # ("left the presidency", "vacated the post": the office itself, not a place)
            and not (
                lemma == "vacate" or c.lemma_.lower() in {"presidency", "premiership", "throne"}
            )
            or d.dep_ == "poss"
            and (d.pos_ != "PRON" or c.lemma_.lower() == "office")
            for d in c.children
        )
        for c in verb.children
    ):
        # "since he left office", "left his post" (not "left his office in Ningbo": a room)
        return [Hit("resigned", verb, subject_of(verb), {verb.i})]
    if (
        lemma == "do"
        and any(
            c.lower_ in {"well", "fine", "okay", "ok"} and c.dep_ in {"advmod", "acomp", "dobj"}
            for c in verb.children
        )
        and any(c.dep_ == "aux" for c in verb.children)
    ):
        return [Hit("alive", verb, subject_of(verb), {verb.i})]  # "is doing well"
    if lemma in {"escape", "survive", "emerge", "flee", "get"} and any(
        p.lemma_.lower() == "life" for p in prep_children(verb, {"with"})
    ):
        return [Hit("alive", verb, subject_of(verb), {verb.i})]  # "escaped with his life"
    if lemma == "leave" and any(
        c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"}
        and c.lower_ in lx.MAIMED_WORDS
        # "was beaten and left for dead": so badly hurt he was taken for dead
        or c.dep_ == "prep"
        and c.lower_ == "for"
        and any(p.lower_ == "dead" for p in c.children)
        for c in verb.children
    ):
        # "was left paralysed", "the blast left him blind"
        return [
            Hit(
                "wounded",
                verb,
                patient_of(verb) if not is_passive(verb) else subject_of(verb),
                {verb.i},
            )
        ]
    if (
        lemma in _PERSON_STATE_LEMMAS
        and (state_hits := _state_of_person_hits(verb, lemma)) is not None
    ):
        return state_hits
    if lemma == "commit" and any(c.dep_ == "dobj" and c.lower_ == "suicide" for c in verb.children):
        return [Hit("killed", verb, subject_of(verb), {verb.i})]  # "committed suicide"
    if lemma == "live" and any(c.dep_ == "prep" and c.lower_ == "through" for c in verb.children):
        return [Hit("alive", verb, subject_of(verb), {verb.i})]  # "lived through the attack"
    if lemma == "lose" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children
    ):
        return [Hit("killed", verb, subject_of(verb), {verb.i})]  # "lost their lives"
    if lemma == "serve" and any(
        t.lemma_.lower() == "sentence" for t in verb.subtree if t.i > verb.i
    ):
        # "after serving four years of a sentence"
        return [Hit("arrested", verb, subject_of(verb), {verb.i})]
    if lemma in lx.BODY_HARM_VERBS and (hurt := _body_part_owners(verb, lemma)):
        return [Hit("wounded", verb, hurt, {verb.i})]  # "broke two ribs", "his jaw was broken"
    if lemma in lx.CARE_RECEIVING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "treatment" and treated_injury(c) is not None
        for c in verb.children
    ):
        return [Hit("wounded", verb, subject_of(verb), {verb.i})]  # "needed treatment for burns"
    if lemma in lx.BEARING_VERBS and any(
        c.dep_ == "dobj" and lx.EVENT_NOUNS.get(c.lemma_.lower()) == "wounded"
        for c in verb.children
    ):
        return [Hit("wounded", verb, subject_of(verb), {verb.i})]  # "is nursing a knee injury"
    if lemma in {"give", "lay", "sacrifice"} and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() == "life"
        and any(d.dep_ == "poss" for d in c.children)
        for c in verb.children
    ):
        # "gave his life to save his comrades", "laid down her life" (not "gave life to")
        return [Hit("killed", verb, subject_of(verb), {verb.i})]
    if (
        lemma == "lose"
        and is_passive(verb)
        and any(p.lower_ == "sea" for p in prep_children(verb, {"at"}))
    ):
        return [Hit("killed", verb, patient_of(verb), {verb.i})]  # "was lost at sea"
    if lemma == "leave" and (left := _left_with_injury(verb)):
        return [Hit("wounded", verb, left, {verb.i})]  # "the crash left her with a broken pelvis"
    if lemma in lx.STITCHED_VERBS and any(
        c.dep_ == "dobj" and c.lower_ == "stitches" for c in verb.children
    ):
        return [Hit("wounded", verb, subject_of(verb), {verb.i})]  # "needed stitches"
    if lemma == "include" and any(s.lemma_.lower() == "toll" for s in subject_of(verb)):
        # "the death toll included a bus driver, X": one of the dead
        dead = expand_conj([c for c in verb.children if c.dep_ == "dobj"])
        return [Hit("killed", verb, dead, {verb.i})] if dead else None
    if (
        lemma in {"escape", "emerge"}
        and treated_injury(verb, frozenset({"with"})) is not None
        and not any(c.dep_ in {"dobj", "prep"} and c.lower_ in _FLED_FROM for c in verb.children)
        and not any(c.dep_ == "dobj" for c in verb.children)
    ):
        # "escaped with minor cuts", "emerged with burns to his hands": came through an
        # attack alive (the injury is read by the "with" rule), no escape from captivity
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    if lemma == "lose" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lx.BODY_PARTS | {"eye"} for c in verb.children
    ):
        return [Hit("wounded", verb, subject_of(verb), {verb.i})]  # "lost a leg in the blast"
    if lemma == "lose" and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() == "blood"
        or c.dep_ == "dobj"
        and c.lower_ in {"lot", "deal"}
        and any(t.lemma_.lower() == "blood" for t in c.subtree)
        for c in verb.children
    ):
        return [Hit("wounded", verb, subject_of(verb), {verb.i})]  # "he lost a lot of blood"
    if (
        lemma in {"grant", "give", "allow"}
        and is_passive(verb)
        and any(
            c.dep_ in {"dobj", "attr", "oprd"} and c.lemma_.lower() == "bail" for c in verb.children
        )
    ):
        return [Hit("released", verb, patient_of(verb), {verb.i})]  # "was granted bail"
    if lemma == "leave" and (left_place(verb) or place_name_follows(verb)) and not kept_from(verb):
        return [Hit("other:leave", verb, subject_of(verb), {verb.i})]
    if lemma == "survive" and any(c.dep_ == "neg" for c in verb.children):
        # "did not survive the attack": a death; the negation is read by the source chain
        return [Hit("killed", verb, subject_of(verb), {verb.i}, polarity_neg=True)]
    if (
        lemma in {"take", "lead", "drag", "bundle", "force", "march", "carry", "whisk", "spirit"}
        and is_passive(verb)
        and (carried := carried_off(verb))
    ):
        # "was taken away by police", "bundled into a car", "carried off by bandits"
        return [Hit(carried, verb, patient_of(verb), {verb.i})]
    if lemma in _CARRYING_LEMMAS and (carried_hits := _carried_by(verb)) is not None:
        return carried_hits
    if (
        lemma in {"force", "bundle", "push", "drag", "throw", "shove"}
        and not is_passive(verb)
        and any(p.lemma_.lower() in lx.VEHICLES for p in _into_vehicle(verb))
        and (takers := _doers(verb))
        and (taken := expand_conj([c for c in verb.children if c.dep_ == "dobj"]))
    ):
        # "four armed men had forced X into a pickup truck": by police an arrest, by anyone
        # else an abduction
        pred = (
            "arrested"
            if any(t.lemma_.lower() in lx.AUTHORITY_NOUNS for t in takers)
            else "captured"
        )
        return [Hit(pred, verb, taken, {verb.i})]
    if lemma in {"drag", "pull", "haul", "snatch", "grab"} and (taker := _taken_from_by(verb)):
        # "Armed men dragged X from his car", "was snatched from her home by gunmen": by
        # police an arrest, else an abduction
        pred = "arrested" if _state_taker(taker) else "captured"
        taken = (
            patient_of(verb)
            if is_passive(verb)
            else expand_conj([c for c in verb.children if c.dep_ == "dobj"])
        )
        return [Hit(pred, verb, taken, {verb.i})] if taken else None
    if lemma in {"appear", "look", "seem"} and any(
        c.dep_ in {"acomp", "oprd", "xcomp"} and c.lower_ in lx.HEALTHY_WORDS | LOOK_WORDS
        for c in verb.children
    ):
        # "in the video he appears / looks healthy": looking well is a sign of life, not an
        # appearance
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    if (
        lemma == "escape"
        and any(
            c.dep_ in {"acomp", "oprd", "advmod", "advcl"} and c.lower_ in lx.UNHURT_WORDS
            for c in verb.children
        )
        and not any(c.dep_ in {"dobj", "prep"} and c.lower_ != "in" for c in verb.children)
    ):
        return []  # "escaped unharmed": came through an attack (the adjective says unhurt)
    if lemma == "serve" and any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(
            p.lemma_.lower() in lx.LEADER_ROLES
            and any(m.lower_ in lx.STOPGAP_WORDS for m in p.children)
            for p in c.children
        )
        for c in verb.children
    ):
        # "served as acting leader", "serves as interim president": a stand-in took the lead
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
    if lemma in lx.AGENT_VERBS:
        if (
            lemma in {"appear", "surface", "reappear", "resurface"}
            and not public_appearance(verb)
            and not (lemma != "appear" and place_of(verb))
        ):
            return []  # "resurfaced in Kanda" is a sighting; "appeared tired" is not
        if (
            lemma == "live"
            and not place_of(verb)
            and any(c.lower_ == "still" for c in verb.children)
        ):
            return [Hit("alive", verb, subject_of(verb), {verb.i})]  # "he is still living"
        if lemma == "quit" and not _left_an_office(verb, None):
            return []  # "quit smoking"
        if lemma in {"hide", "live"} and not place_of(verb):
            return []
        if lemma in {"succeed", "relinquish", "cede", "hand"} and not (
            leadership_object(verb, lemma) or lemma == "succeed" and person_object(verb)
        ):
            return []
        if lemma == "hand" and not any(
            c.dep_ == "dobj"
            and (c.lemma_.lower() in lx.LEADERSHIP_WORDS or c.lower_ in lx.LEADERSHIP_WORDS)
            for c in verb.children
        ):
            return []  # "handed the letter to the president": the lead word is the recipient
        if lemma == "survive" and any(c.dep_ == "agent" for c in verb.children):
            return []  # "she is survived by her daughter": an obituary's line, she is dead
        if lemma == "surrender" and any(
            c.dep_ == "dobj" and c.lower_ not in {"himself", "herself", "themselves"}
            for c in verb.children
        ):
            return []  # "must surrender her passport": a thing handed in, not a person
        if lemma == "die" and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children
        ):
            return []  # "he was dying to see the stadium": eager, not dying
        pred = lx.AGENT_VERBS[lemma]
        subjects = subject_of(verb) or adjunct_gerund_subject(verb, pred)
        return [Hit(pred, verb, subjects, {verb.i})]
    return None


def _inverted_subjects(verb: Token) -> list[Token]:
    """Who a fronted participle befell in the inverted copula of a round-up: "Killed were a
    police officer, X, and two civilians", "Injured was the driver, Y" (the parser makes the
    participle the subject of "were" and the people its attribute)."""
    if verb.dep_ != "nsubj" or verb.tag_ != "VBN" or verb.head.lemma_.lower() != "be":
        return []
    people = expand_conj([c for c in verb.head.children if c.dep_ == "attr"])
    return [named_in_apposition(p) for p in people]


def _body_part_owners(verb: Token, lemma: str) -> list[Token]:
    """Whose body part the verb harms: the possessor or of-phrase of the part ("amputated the
    left leg of X", "X's jaw was broken"), else, for an active verb with its own part, the
    subject ("broke two ribs"); nobody when the object is no body part ("broke the record")."""
    parts = (
        [c for c in verb.children if c.dep_ == "nsubjpass"]
        if is_passive(verb)
        else [c for c in verb.children if c.dep_ == "dobj"]
    )
    parts = [p for p in expand_conj(parts) if p.lemma_.lower() in lx.BODY_PARTS]
    if not parts:
        return []
    owners = [c for p in parts for c in p.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners += [o for p in parts for o in prep_children(p, {"of"}) if o.dep_ == "pobj"]
    if owners:
        return [named_in_apposition(o) for o in owners]
    if is_passive(verb) or lemma == "amputate":
        return []
    return subject_of(verb)  # "he broke his leg", "broke two ribs": the subject's own


def _anothers_relative_or_thing(noun: Token) -> bool:
    """The patient is an unnamed relative or a thing of the person named in it ("the son of
    the cleric X", "X's daughter", "the house of the judge, X"): the event befell another,
    never X. A named relative ("his son, Y"), a body part ("X's leg") and a person's role
    ("the driver of X", "the commander's bodyguard, Y") are not."""
    if noun.pos_ != "NOUN" or noun.ent_type_ == "PERSON":
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [p for p in prep_children(noun, {"of"}) if p.dep_ == "pobj"]
    if not any(o.pos_ == "PROPN" or o.ent_type_ == "PERSON" or o.pos_ == "NOUN" for o in owners):
        return False
    word = noun.lemma_.lower()
    if word in lx.KIN_NOUNS:
        return not any(c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" for c in noun.children)
    if (
        word in lx.BODY_PARTS
        or word in PERSON_NOUNS
        or word in lx.LEADER_ROLES
        or word in lx.GROUP_OF_PEOPLE
        or word in lx.SOURCE_NOUNS
        or word in lx.NON_STATE_CAPTORS
    ):
        return False
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children):
        # a name in apposition is the noun's own ("the owner of the shop, X"), unless the
        # of-phrase names a person it better fits ("the house of the judge, X")
        return any(o.lemma_.lower() in PERSON_NOUNS | lx.KIN_NOUNS for o in owners)
    return True  # "X's house was burned", "the car of the activist"


def _left_with_injury(verb: Token) -> list[Token]:
    """Who is left with an injury: "the crash left the singer, X, with a broken pelvis" (the
    object), "she was left with a fractured skull" (the passive subject); the "with" may
    hang on the verb or on its object."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *objects]
    if not any(treated_injury(h, frozenset({"with"})) is not None for h in holders):
        return []
    if is_passive(verb):
        return patient_of(verb)
    return [named_in_apposition(o) for o in expand_conj(objects)]


# What hurts feelings, not bodies: "deeply hurt", "hurt by the decision / his remarks".
_FEELING_ADVERBS = frozenset({"deeply", "profoundly", "personally", "very", "so", "really"})
_HURTFUL_THINGS = frozenset(
    """decision decisions remark remarks comment comments word words criticism treatment
    betrayal dismissal sacking rejection accusation accusations allegation allegations
    silence insult insults verdict ruling snub""".split()  # noqa: SIM905
)


def _figurative_harm(verb: Token, lemma: str) -> bool:
    """An active verb of killing or hurting used of a person's fortunes: its object is a
    career or a chance ("killed the career of X", "hurt her chances"), or, for "hurt" /
    "harm", its subject is no person, attack or accident ("the defeat hurt the coach", "the
    poll numbers hurt the candidate"; "the blast hurt five people" stays); and a passive
    "hurt" of the feelings: "was deeply hurt", "was hurt by the decision" ("badly hurt in the
    crash", "hurt by a falling wall" stay)."""
    if lemma == "hurt" and is_passive(verb):
        return any(
            c.dep_ == "advmod" and c.lower_ in _FEELING_ADVERBS for c in verb.children
        ) or any(
            p.dep_ == "pobj" and p.pos_ == "NOUN" and p.lemma_.lower() in _HURTFUL_THINGS
            for a in verb.children
            if a.dep_ == "agent"
            for p in a.children
        )
    if is_passive(verb) or verb.dep_ in {"amod", "acl"}:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in lx.FIGURATIVE_OBJECTS for c in verb.children):
        return True
    if lemma not in {"hurt", "harm"}:
        return False
    return any(
        c.dep_ == "nsubj"
        and c.pos_ == "NOUN"
        and c.ent_type_ != "PERSON"
        and (word := c.lemma_.lower()) not in lx.HARMING_CAUSES
        and word not in PERSON_NOUNS
        and word not in lx.GROUP_OF_PEOPLE | lx.NON_STATE_CAPTORS | lx.AUTHORITY_NOUNS
        for c in verb.children
    )


def _described_person(ctx: ClaimContext, noun: Token) -> Token:
    """The person named just before ``noun``'s description when the parser hung the
    description on another head (:func:`claims_complements.described_before`); else
    ``noun``."""
    named = described_before(noun)
    if named is noun or (person := entity_in_name(ctx, named)) is None:
        return noun
    return named if person.kind == "person" else noun


# Relations inside a noun phrase, from a modifier up to the phrase's head.
_NOUN_PHRASE_DEPS = frozenset({"appos", "pobj", "prep", "compound", "conj"})


def _described_in_speaker(ctx: ClaimContext, verb: Token) -> bool:
    """The participle ``verb`` is a reduced relative inside the subject of a reporting verb
    ("The lawyer of X, the blogger jailed in 2019, said ..."), outside any quotation."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or in_quote(ctx, verb.idx):
        return False
    tok = verb.head
    for _ in range(8):
        if tok.dep_ == "nsubj":
            return tok.head.lemma_.lower() in lx.REPORTING_VERBS and tok.head.i > verb.i
        if tok.dep_ not in _NOUN_PHRASE_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# Prepositions of time whose gerund clause takes its subject from the clause it modifies
# ("after being freed, X flew home", "since resigning in 2019, X has ...").
_GERUND_TIME_PREPS = frozenset({"after", "since", "upon", "on", "following"})
# "before" / "until" clauses say the event happened only when it ends the custody the main
# clause tells ("was held for nine days before being released"); "died before being freed",
# "fled before being arrested" say it did not.
_ENDING_PREPS = frozenset({"before", "until", "till"})
_CUSTODY_PREDICATES = frozenset({"arrested", "captured", "located_in"})
_CUSTODY_LEMMAS = frozenset({"hold", "keep", "spend", "serve", "remain", "stay"})
# What ends such a custody: a release, or being sent out of the country ("was held for a
# week before being deported / extradited / expelled").
_CUSTODY_ENDINGS = frozenset({"released", "other:deport", "other:extradite", "other:expel"})


# Auxiliaries that leave a clause's event unrealised ("will be deported", "may be charged").
_UNREALISED_AUXILIARIES = frozenset({"will", "would", "may", "might", "could", "should", "must"})


def _unrealised_clause(verb: Token) -> bool:
    """The clause of ``verb`` tells a future, possible or required event, not one that
    happened, or one a speaker denies ("denied that X was beaten after being detained": the
    detention is taken for granted, not denied, and the polarity read up the path would deny
    it)."""
    return (
        is_future(verb)
        or any(c.dep_ == "aux" and c.lower_ in _UNREALISED_AUXILIARIES for c in verb.children)
        or any(a.lemma_.lower() in lx.DENIAL_VERBS for a in verb.ancestors)
    )


def adjunct_gerund_subject(verb: Token, pred: str) -> list[Token]:
    """The subject of a gerund clause under a preposition of time, which has none of its
    own: the subject of the clause the phrase modifies (subject control): "After being freed
    in March, X flew to Oslo", "X has lost weight since being detained", "X was held for nine
    days before being released without charge"; likewise a perfect participle clause,
    "Having been freed in May, X flew home". Empty for any other verb."""
    if (
        verb.dep_ == "advcl"
        and verb.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
        and not any(c.dep_ == "mark" for c in verb.children)
    ):
        return [] if _unrealised_clause(verb.head) else subject_of(verb.head)
    prep = verb.head
    if (
        verb.dep_ != "pcomp"
        or prep.i == verb.i
        or prep.lower_ not in _GERUND_TIME_PREPS | _ENDING_PREPS
    ):
        return []
    gerund = verb.tag_ == "VBG" or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"being", "having"} for c in verb.children
    )
    main = prep.head
    if not gerund or main.pos_ not in {"VERB", "AUX"}:
        return []  # "his first interview since being freed": a noun's phrase, not a clause's
    if _unrealised_clause(main):
        return []  # "will be deported after being released": as unrealised as its clause
    if prep.lower_ in _ENDING_PREPS and not (
        pred in _CUSTODY_ENDINGS
        and (
            main.lemma_.lower() in _CUSTODY_LEMMAS
            or lx.PATIENT_VERBS.get(main.lemma_.lower()) in _CUSTODY_PREDICATES
        )
    ):
        return []
    return subject_of(main)


def _hold_hits(ctx: ClaimContext, verb: Token) -> list[Hit]:
    """ "is being held" / "X is holding Y": detention by authorities (arrested) or by
    kidnappers (captured), told apart by the holder or by a kidnapping in the article."""
    if is_passive(verb) or (
        # "was arrested by the faction and held for five months": the passive carries over
        verb.dep_ == "conj"
        and is_passive(verb.head)
        and not any(c.dep_ in {"nsubj", "dobj"} for c in verb.children)
    ):
        subjects = _held_for_a_span(verb) or subject_of(verb)
        holder = next(
            (
                p
                # "arrested by the faction and held": the first conjunct's agent
                for v in ((verb, verb.head) if verb.dep_ == "conj" else (verb,))
                for c in v.children
                if c.dep_ == "agent"
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
    else:
        # ("holding two soldiers, X and Y": the list the parser hangs beside the object)
        subjects = expand_conj([c for c in verb.children if c.dep_ == "dobj"])
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if holder is None and verb.dep_ == "conj":
            holder = next(iter(subject_of(verb)), None)  # "took them ... and held them"
        if holder is None and verb.dep_ in {"xcomp", "pcomp", "ccomp"}:
            # "denied holding X"
            holder = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if (
            holder is None
            and verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and verb.head.lemma_.lower() in lx.GROUP_HEADS | lx.NON_STATE_CAPTORS
        ):
            holder = verb.head  # "the group holding X", "the gunmen holding her"
        if holder is not None and holder.lower_ in {"they", "we"}:
            holder = reporting_subject(verb) or holder  # "Police said they were not holding X"
        if not subjects or holder is None:
            return []
    if any(c.lower_ in {"hostage", "captive"} for c in verb.children):
        pred = "captured"
    elif holder is not None:
        state = holder.lemma_.lower() in lx.AUTHORITY_NOUNS or holder.lower_ in lx.AUTHORITY_NOUNS
        # "detained by military counter-intelligence and held at Lefortovo prison": a
        # holder that is no known captor, holding someone in a prison, is the state
        state = state or (
            holder.lemma_.lower() not in lx.NON_STATE_CAPTORS | lx.GROUP_HEADS
            and held_in_jail(verb)
        )
        pred = "arrested" if state else "captured"  # ("forces" is lemmatised "force")
    elif held_in_jail(verb) or held_by_the_state(verb):
        pred = "arrested"  # "held in solitary confinement", "the prison where he is held"
    else:
        # (a story of kidnapping in any of its words: "the long captivity of X", "her captors")
        kidnap = lx.KIDNAP_WORDS & doc_lemmas(ctx) or any(
            w.startswith(lx.KIDNAP_STEMS) for w in doc_lemmas(ctx)
        )
        # (or a story of militias, rebels or fighters that tells no custody of the state:
        # "fighters overran the hospital ... she is being held in the town of X")
        kidnap = kidnap or (
            lx.NON_STATE_CAPTORS & doc_lemmas(ctx)
            and not (lx.CUSTODY_WORDS | {"police", "court"}) & doc_lemmas(ctx)
        )
        pred = "captured" if kidnap else "arrested"
    return [Hit(pred, verb, subjects, {verb.i})]


_SPAN_NOUNS = frozenset({"hour", "day", "week", "month", "year"})


def _held_for_a_span(verb: Token) -> list[Token]:
    """The person of "was freed after 14 months held by the brigade": the participle hangs
    on a span of time after "after" / "following", and the one held is the clause's
    subject (the span is no person)."""
    span = verb.head
    if verb.dep_ != "acl" or span.lemma_.lower() not in _SPAN_NOUNS or span.dep_ != "pobj":
        return []
    if span.head.lower_ not in {"after", "following"}:
        return []
    clause = span.head.head
    return patient_of(clause) if is_passive(clause) else subject_of(clause)


# Words naming a state's security organs in a place's name ("the headquarters of the State
# Security Agency", "the intelligence directorate's offices", "a military barracks").
_STATE_ORGAN_WORDS = frozenset(
    {"security", "intelligence", "police", "agency", "ministry", "interior", "army"}
    | {"military", "gendarmerie", "prosecutor", "prosecutors", "directorate", "counter-terrorism"}
)
_SITE_NOUNS = frozenset(
    {"headquarters", "office", "offices", "building", "compound", "facility", "barracks", "base"}
)


def held_by_the_state(verb: Token) -> bool:
    """ "held on remand (at Nsawam prison)", "held in pre-trial detention", "is being held at
    the headquarters of the State Security Agency": kept by the state, whatever kidnapping
    the story also tells of."""
    places = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"in", "at", "on"}
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if any(p.lemma_.lower() in {"remand", "custody", "detention"} for p in places):
        return True
    return any(
        p.lemma_.lower() in _SITE_NOUNS
        and any(
            t.lower_ in _STATE_ORGAN_WORDS
            for t in p.subtree
            if t.i != p.i and t.dep_ in {"compound", "amod", "pobj", "poss"}
        )
        for p in places
    )


# Verbs that withhold what their infinitive says: "declined to speak to reporters".
_WITHHOLDING_VERBS = frozenset({"decline", "refuse", "refrain"})


def _press_talk_withheld(verb: Token) -> bool:
    """ "did not speak to reporters", "declined / refused to talk to journalists": talking to
    the press negated or refused."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WITHHOLDING_VERBS
    )


def _moved_hits(verb: Token) -> list[Hit]:
    """ "was moved / transferred to a prison colony near X", "has since moved to a village
    in the hills": where the person now is; "moved to an unknown location": a move only.
    The person is the one moved (passive subject or object), else the one who moved."""
    destinations = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if not destinations:
        return []
    moved = (
        patient_of(verb)
        if is_passive(verb) or any(c.dep_ == "dobj" for c in verb.children)
        else subject_of(verb)
    )
    if not moved:
        return []
    dest = destinations[0]
    if dest.lemma_.lower() in {"location", "place", "destination"} and any(
        c.lower_ in {"unknown", "undisclosed", "secret"} for c in dest.children
    ):
        return [Hit("other:move", verb, moved, {verb.i})]
    if not is_place(dest, dest.head):
        return []
    return [Hit("located_in", verb, moved, {verb.i})]


def _location_hits(verb: Token, lemma: str) -> list[Hit]:
    """ "is being held in a village near X", "was found in a camp", "is being treated in a
    hospital in Y": where the person is (or was) kept."""
    place = place_of(verb)
    if place is None or any(c.lower_ == "dead" for c in verb.children):
        return []  # "found dead in a forest": where the body was, not where the person is
    subjects = (
        patient_of(verb)
        if is_passive(verb) or lemma in {"hold", "find", "keep", "locate", "track"}
        else subject_of(verb)
    )
    return [Hit("located_in", verb, subjects, {verb.i})] if subjects else []


def _taken_from_by(verb: Token) -> Token | None:
    """The people who took a person "from his home / car / office" ("was taken from his car
    at a checkpoint by men in plain clothes"): the agent, when both phrases are there."""
    if not any(p.lemma_.lower() in lx.TAKEN_FROM_PLACES for p in prep_children(verb, {"from"})):
        return None
    if is_passive(verb):
        agent = next(
            (p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
            None,
        )
    elif any(c.dep_ == "dobj" for c in verb.children):
        # "armed men took them from their boat"
        agent = next(iter(subject_of(verb)), None)
    else:
        return None
    if (
        agent is None
        or agent.lemma_.lower() not in lx.TAKERS | lx.AUTHORITY_NOUNS | lx.NON_STATE_CAPTORS
    ):
        return None
    return agent


# Verbs of moving a person by force: "hauled off", "led X away", "bundled into a van".
_CARRYING_LEMMAS = frozenset(
    {"take", "lead", "drag", "bundle", "force", "march", "carry", "whisk", "haul", "escort"}
    | {"push", "shove", "frogmarch", "spirit"}
)
# Men the text does not name as state or non-state: "three masked men", "men in plain clothes".
_UNNAMED_TAKERS = frozenset({"man", "men", "person", "people", "assailant", "assailants"})
# What marks such men as the state's: "men in plain clothes", "plainclothes officers".
_STATE_DRESS = frozenset({"plainclothes", "plain", "uniform", "uniforms", "uniformed"})


def _taker_kind(takers: list[Token]) -> str | None:
    """arrested when the takers are the state's (police, soldiers, "men in plain clothes"
    unless the story calls it an abduction), captured when they are not ("gunmen", "three
    masked men"); None for anyone else."""
    for t in takers:
        lemma = t.lemma_.lower()
        if any(c.dep_ == "poss" for c in t.children):
            continue  # "carried away by his men": his own people, no captors
        if lemma in lx.AUTHORITY_NOUNS | _POLICE_NOUNS | _ARMED_STATE_NOUNS:
            return "arrested"
        if lemma in lx.NON_STATE_CAPTORS:
            return "captured"
        if lemma in _UNNAMED_TAKERS | {"gunman", "gunmen"}:
            # (men in plain clothes in a story that calls it an abduction: its writer's word)
            dress = {w.lower_ for w in t.subtree}
            abduction = any(w.lower_.startswith(lx.KIDNAP_STEMS) for w in t.doc)
            return "arrested" if dress & _STATE_DRESS and not abduction else "captured"
    return None


def _state_taker(taker: Token) -> bool:
    """A taker the text names as the state's: "police", "the authorities", "soldiers" (unnamed
    "men in plain clothes" who take a person from a car may be anyone's)."""
    lemma = taker.lemma_.lower()
    return lemma in lx.AUTHORITY_NOUNS | _POLICE_NOUNS | _ARMED_STATE_NOUNS


def _takers(verb: Token) -> list[Token]:
    """Who does the taking: the agent of a passive ("by men in plain clothes"), else the
    subject."""
    if is_passive(verb):
        return [p for c in verb.children if c.dep_ == "agent" for p in c.children]
    return _doers(verb)


# The parts of a vehicle a person is pushed into: "into the boot of a car".
_VEHICLE_PARTS = frozenset({"boot", "trunk", "back", "rear"})


def _into_vehicle(verb: Token) -> list[Token]:
    """The nouns after "into" under ``verb``, with the vehicle of "into the boot / back of a
    car" (the part names no vehicle itself)."""
    into = list(prep_children(verb, {"into"}))
    return into + [
        o
        for p in into
        if p.lemma_.lower() in _VEHICLE_PARTS
        for o in prep_children(p, {"of"})
        if o.dep_ == "pobj"
    ]


def _carried_by(verb: Token) -> list[Hit] | None:
    """A person moved by force, away or into a vehicle, custody or detention, by takers the
    sentence names: "Officers led X away in handcuffs", "Security agents took X into
    custody", "was hauled off by security forces", "was forced into a car by three masked
    men" (arrested by the state's men, captured by anyone else). None when the verb moves
    no one that way or names no such takers."""
    away = any(c.lower_ in {"away", "off"} and c.dep_ in {"prt", "advmod"} for c in verb.children)
    # "hauled X off a bus", "dragged her out of the car": taken away from a vehicle
    away = away or any(p.lemma_.lower() in lx.VEHICLES for p in prep_children(verb, {"off"}))
    into = {p.lemma_.lower() for p in _into_vehicle(verb)}
    cuffed = any(p.lower_ == "handcuffs" for p in prep_children(verb, {"in"}))
    custody = bool(into & {"custody", "detention"})
    if not (away or cuffed or custody or into & lx.VEHICLES):
        return None
    takers = _takers(verb)
    if is_passive(verb):
        taken = patient_of(verb)
    else:
        taken = expand_conj([c for c in verb.children if c.dep_ == "dobj"])
        taken = [t for t in taken if t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_NOUNS]
    kind = _taker_kind(takers)
    if custody and (not takers or kind is None):
        kind = "arrested"  # "they had taken X into custody": custody by takers of no known kind
    if kind is None or not taken:
        return None
    return [Hit(kind, verb, taken, {verb.i})]


# Where the state stops and takes people: "was taken at a checkpoint / at the border".
_STOPPING_PLACES = frozenset({"checkpoint", "roadblock", "border", "crossing", "airport"})
# Prepositions that send a "taken" person somewhere or on something (a journey, a tour, to
# hospital), not into anyone's hands; "from" is read by _taken_from_by.
_TAKEN_ALONG_PREPS = frozenset(
    {"to", "into", "on", "for", "around", "through", "across", "along", "from"}
)


# What the state does to a person it has stopped and keeps: "stopped at the airport and
# questioned for six hours", "... and held overnight".
_HELD_AFTER_STOPPING = frozenset(
    {"question", "interrogate", "hold", "detain", "search", "arrest", "keep", "hand", "take"}
)


def _stopped_and_held(verb: Token) -> list[Token]:
    """The people "stopped" at a place where the state stops travellers whom the clause tells
    held by the state: the stoppers are its own ("was stopped by police at the airport", "at a
    checkpoint by soldiers", "Border guards stopped X at the crossing") or a coordinated verb
    holds them ("and questioned", "and detained", "and taken to a camp"). Empty for a bare
    "was stopped at the airport" (kept from leaving, other:stop) and for stops by anyone
    else."""
    if is_passive(verb):
        stopped = patient_of(verb)
        stoppers = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
    else:
        stopped = expand_conj([c for c in verb.children if c.dep_ == "dobj"])
        stopped = [
            p for p in stopped if p.ent_type_ == "PERSON" or p.lemma_.lower() in PERSON_NOUNS
        ]
        stoppers = _doers(verb)
    # ("stopped by police at Lisbon airport": the parser may hang the place on the agent)
    places = [p for h in (verb, *stoppers) for p in prep_children(h, {"at", "on"})]
    if not any(p.lemma_.lower() in _STOPPING_PLACES | {"frontier", "port"} for p in places):
        return []
    # ("was stopped at a checkpoint by soldiers": the stoppers hung on the place)
    stoppers += [b for p in places for b in prep_children(p, {"by"})]
    kind = _taker_kind(stoppers) if stoppers else None
    if any(_state_guard(a) for a in stoppers):
        kind = "arrested"  # "by border guards at the crossing"
    held = any(c.dep_ == "conj" and c.lemma_.lower() in _HELD_AFTER_STOPPING for c in verb.children)
    if kind == "arrested" or kind is None and not stoppers and held:
        return stopped
    return []


def _bare_taking(verb: Token) -> list[Hit] | None:
    """A bare "take" of a person with no destination: custody by its takers ("Security
    officers took the poet X in June": arrested; "took X from his car" is left to
    _taken_from_by),
    or a passive "taken at a checkpoint" (where the state stops people: arrested, unless the
    takers are named as non-state). None when the verb sends the person anywhere ("took him
    to hospital", "on a tour"), or names no takers and no such place."""
    if any(c.dep_ in {"prt", "xcomp", "oprd", "ccomp", "dative"} for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in _TAKEN_ALONG_PREPS and not any(
            p.ent_type_ in {"DATE", "TIME"} for p in prep.children
        ):
            return None
    if is_passive(verb):
        taken = patient_of(verb)
        stopped = any(
            p.lemma_.lower() in _STOPPING_PLACES for p in prep_children(verb, {"at", "on"})
        )
    else:
        objects = expand_conj([c for c in verb.children if c.dep_ == "dobj"])
        taken = [
            o
            for o in objects
            if o.ent_type_ == "PERSON"
            or o.lower_ in {"him", "her", "them"}
            or o.lemma_.lower() in PERSON_NOUNS
        ]
        stopped = False
    if not taken:
        return None
    kind = _taker_kind(_takers(verb))
    if kind is None and stopped:
        kind = "arrested"
    return [Hit(kind, verb, taken, {verb.i})] if kind else None


def _take_hits(verb: Token) -> list[Hit]:
    """ "taken into custody" → arrested; "taken hostage/captive" → captured; a person
    "taken" in a story of kidnapping ("who was taken in a similar raid") → captured."""
    if (carried := _carried_by(verb)) is not None:
        return carried  # "Security agents took X into custody", "taken away by police"
    words = {t.lower_ for t in verb.subtree if t.i > verb.i and t.i < verb.i + 4}
    if "custody" in words or words & {"questioning", "interrogation"} and "in" in words:
        # "taken into custody", "taken in for questioning"
        return [Hit("arrested", verb, patient_of(verb), {verb.i})]
    if words & {"hostage", "captive", "prisoner"}:
        return [Hit("captured", verb, patient_of(verb), {verb.i})]
    if (bare := _bare_taking(verb)) is not None:
        return bare  # "was taken at a checkpoint", "Security officers took X in June"
    if "over" in words and any(c.dep_ == "prt" for c in verb.children):
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
    if (taker := _taken_from_by(verb)) is not None:
        # "taken from his car by men in plain clothes": by police → arrested, else captured
        pred = "arrested" if _state_taker(taker) else "captured"
        return [Hit(pred, verb, patient_of(verb), {verb.i})]
    if (
        not is_passive(verb)
        and lx.KIDNAP_WORDS & {t.lemma_.lower() for t in verb.doc}
        and any(
            s.lower_ in {"they", "he"} or s.lemma_.lower() in lx.NON_STATE_CAPTORS
            for s in subject_of(verb)
        )
        and not any(
            c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in {"to", "into", "away", "off"}
            for c in verb.children
        )
        and (
            taken := [
                c
                for c in expand_conj([c for c in verb.children if c.dep_ == "dobj"])
                if c.ent_type_ == "PERSON"
                or c.lower_ in {"me", "him", "her", "them", "us"}
                or c.lemma_.lower() in PERSON_NOUNS
            ]
        )
    ):
        # "Four men stopped the car. They took me and my interpreter": a kidnapping
        return [Hit("captured", verb, taken, {verb.i})]
    if (
        is_passive(verb)
        and not any(
            c.dep_ in {"prep", "dobj"} and c.lower_ in {"to", "into", "away", "off", "from"}
            for c in verb.children
        )
        and not any(c.dep_ in {"xcomp", "oprd", "dobj"} for c in verb.children)
        and (lx.KIDNAP_WORDS & {t.lemma_.lower() for t in verb.doc} or captors_before(verb))
    ):
        return [Hit("captured", verb, patient_of(verb), {verb.i})]
    if (
        is_passive(verb)
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(
            p.lemma_.lower() in lx.TAKEN_FROM_PLACES | _TAKEN_FROM_WORKPLACES
            for p in prep_children(verb, {"from"})
        )
        and lx.KIDNAP_WORDS & {t.lemma_.lower() for t in verb.doc}
    ):
        # "was taken from a clinic near Bamenda on January 19" in a story of a kidnapping
        return [Hit("captured", verb, patient_of(verb), {verb.i})]
    if (
        is_passive(verb)
        and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children)
        and (
            dest := [
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children
                if p.dep_ == "pobj" and is_place(p, c)
            ]
        )
        and any(t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC"} for t in dest[0].subtree)
    ):
        # "has been taken to a hospital in Homs": where the person now is (the perfect says
        # the person is still there; "was taken to X" tells the journey)
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    carried_pred = carried_off(verb) if is_passive(verb) else None
    return [Hit(carried_pred, verb, patient_of(verb), {verb.i})] if carried_pred else []


# Every lemma _construction_hits opens on: each of its rules tests the lemma first, and so do
# the two helpers it asks first (_mourned_hits, removed_from_office); any other verb gets None.
_CONSTRUCTION_LEMMAS = (
    frozenset(
        {
            *("achieve", "assume", "attain", "be", "become", "bring", "bundle", "capture"),
            *("catch", "come", "deliver", "depict", "drag", "drive", "earn", "emerge"),
            *("escort",),
            *("exchange", "feature", "find", "gain", "get", "give", "grab", "graze", "hand"),
            *("have", "hit", "hold", "hole", "impose", "inherit", "lead", "let", "march"),
            *("slap",),  # (_BLOWS)
            *("meet", "pierce", "place", "receive", "recover", "regain", "remain", "see"),
            *("seek", "seize", "send", "serve", "show", "sight", "speak", "spot", "stay"),
            *("step", "strike", "submit", "swap", "swear", "take", "talk", "tender", "trade"),
            *("undergo", "walk", "win", "wrest"),
            *("claim", "cost", "identify", "name"),  # (_mourned_hits)
        }
    )
    | lx.LOCATING_VERBS
    | _PUTTING_VERBS
    | _LEADING_AWAY
    | lx.SPEAKING_VERBS
    | lx.PLEDGE_VERBS
    | lx.APPOINT_VERBS
    | lx.LISTING_VERBS
    | lx.ADDRESS_VERBS
    | _LEADING_VERBS
    | lx.REMOVAL_VERBS
    | _NEW_LEADER_LEMMAS
    | lx.TAKE_A_HIT_VERBS
    | lx.SEEN_VERBS
    | lx.PLACE_STATE_VERBS
    | _RECOGNISING_VERBS
    | lx.TREATING_VERBS
    | lx.MOVING_VERBS
    | lx.CARRIED_VERBS
    | _CALLING_VERBS
    | _CONFIRMING_VERBS
)
# Every lemma _lexicon_word_hits opens on, and every lemma whose None verb_hits still hands
# to claims_captors.captor_custody (a seizure no lexicon rule read: "taken alive by the army").
_LEXICON_LEMMAS = (
    frozenset(
        {
            *("allow", "appear", "bundle", "capture", "carry", "cede", "commit", "detain"),
            *("die", "do", "drag", "emerge", "escape", "flee", "force", "free", "get", "give"),
            *("grab", "grant", "hand", "hang", "haul", "hide", "include", "lay", "lead"),
            *("leave", "live", "look", "lose", "march", "pull", "push", "quit", "reappear"),
            *("release", "relinquish", "replace", "resurface", "sacrifice", "seem", "serve"),
            *("shoot", "shove", "snatch", "spirit", "succeed", "surface", "surrender"),
            *("survive", "take", "throw", "vacate", "whisk"),
        }
    )
    | frozenset(lx.PATIENT_VERBS)
    | frozenset(lx.AGENT_VERBS)
    | lx.FATAL_VERBS
    | _PERSON_STATE_LEMMAS
    | lx.BODY_HARM_VERBS
    | lx.CARE_RECEIVING_VERBS
    | lx.BEARING_VERBS
    | lx.STITCHED_VERBS
    | _CARRYING_LEMMAS
    | lx.CAPTURE_LEMMAS
    | lx.JAILING_VERBS
    | lx.SEIZING_LEMMAS
    | SEIZURE_LEMMAS
)


# The families verb_hits tries in order, the first that returns something other than None
# winning, each with the lemmas it opens on, looked up once per lemma (claims_dispatch).
# A family given None instead of a set (one that reads more than the lemma first, or one
# added without a set) is still called for every verb: a family added here without a set
# keeps working, only slower.
_VERB_RULES: LemmaRules[Callable[[ClaimContext, Token, str], list[Hit] | None]] = LemmaRules(
    [
        (health_verb_hits, HARM_VERB_LEMMAS),  # (claims_harm: session 20)
        (custody_s20_hits, CUSTODY_S20_LEMMAS),  # (claims_seizures: session 20)
        (custody_verb_hits, CUSTODY_VERB_LEMMAS),
        (state_hits, STATE_LEMMAS),
        (_phrasal_hits, _PHRASAL_LEMMAS),
        (_construction_hits, _CONSTRUCTION_LEMMAS),
        (_to_death_hits, None),
        (_lexicon_word_hits, _LEXICON_LEMMAS),
    ],
    first_found=True,
)
