"""Verb constructions that state where a person is, that the person lives, or how a
custody ended, read from the verb's complements (called by :mod:`claims_verbs` before its
own constructions; None when no rule here applies):

* convalescence: "is recovering in a hospital in X", "... and is recovering" → ``alive``
  (and ``located_in`` where the recovery is);
* contact: "has been in contact with his family", "remains in touch with his lawyers" →
  ``alive``;
* carried to care or detention: "was taken / rushed / brought to a hospital in X", "taken
  to a detention facility in X" (a named place; "taken to hospital for checks" is a step of
  the story), also as the second of two passive verbs ("was wounded and taken to a clinic in
  X", "was freed and flown to X"), "was moved into Mali" → ``located_in``;
* custody: "is serving her sentence in a colony in X" → ``arrested`` + ``located_in``;
  "was let go" → ``released``; "was stopped at the airport / border" → ``arrested``;
  "was (not) part of the prisoner exchange" → ``released``; "is back home in X" →
  ``located_in``;
* harm: "bled to death" → ``killed``;
* where and whether one lives, read beside the main claim (:func:`side_hits`): "leads the
  group from a base near X", "directed the siege by phone from a village" → ``located_in``;
  "was alive and in the mountains" → ``located_in``; '"alive and leading operations"' (a
  misparse) → ``alive``; "met our correspondent in a village near X" → ``alive`` and
  ``located_in``; "returned home safely" → ``alive``;
* where one dwells, named or not (:func:`side_hits`): "is hiding in the tribal areas near the
  border" → ``located_in``; "was spotted in a cafe in Lisbon", "reached the enclave of X",
  "surfaced in X" → ``located_in``; "visited his client in the prison" → ``appeared`` and
  ``located_in``; "has never left the prison" → ``located_in`` (not a negated leave); "now
  works as a nurse in Dublin", "now runs a company in the capital" → ``located_in``; "went
  back to Asmara" → ``other:return`` (like "returned to"), "flew home to X" → ``located_in``;
  "remains in a coma at a hospital in X", "is alive but gravely ill in a hospital in X" →
  ``located_in`` (the place hung on the state);
* signs of life: "made / regained contact with his family", "pulled X alive from the
  rubble" → ``alive``;
* told by narration (session 15): "Reached by phone (in X), he said" → ``alive`` (and
  ``located_in``); "he said from his hospital bed (in X)" → ``alive`` (and ``located_in``);
  "is 71 and lives in X" → ``alive``; "is studying in X now" → ``located_in``; "was allowed
  to visit and found her thin" → ``appeared`` and ``alive``; "fled the burning building",
  "walked away from the crash" → ``alive``; "was freed in a deal brokered by Y and flown to
  X" → ``located_in``;
* obligations and conditions are no states: "must remain in Singapore until the trial",
  "should be released" (a demand) give nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution_index import DocIndex, tables_of
from dateline.nlp.claims_complements import injury_noun, named_in_apposition
from dateline.nlp.claims_context import ClaimContext, Hit, doc_lemmas
from dateline.nlp.claims_grammar import (
    expand_conj,
    is_passive,
    patient_of,
    prep_children,
    subject_of,
)
from dateline.nlp.claims_injury import injury_side_hits
from dateline.nlp.claims_sources import name_of
from dateline.nlp.claims_timeplace import is_place, place_of
from dateline.nlp.claims_whereabouts import seen_since_gathering_hits, whereabouts_side_hits
from dateline.nlp.entities import PERSON_NOUNS, entity_at
from dateline.nlp.places_known import known_place_name

__all__ = [
    "appositive_place_hits",
    "freed_participle",
    "held_in_jail",
    "obliged",
    "side_hits",
    "state_hits",
]

# Verbs of getting better: the one who recovers is alive.
CONVALESCING_VERBS = frozenset({"recover", "recuperate", "convalesce", "heal"})
# Places of care and of detention: being brought there says where the person is kept (an
# unnamed one, "taken to hospital for checks", is a step of the story; a named town, "was
# taken to Mexico City", is where the person is, as "was transferred to X").
CARE_PLACES = frozenset(
    {"hospital", "clinic", "infirmary", "hospice", "ward", "icu", "sanatorium", "sanitorium"}
    | {"prison", "jail", "gaol", "penitentiary", "colony", "facility", "centre", "center"}
    | {"camp", "base", "barracks"}
)
# Words that make a "facility" / "centre" a place of detention or care.
KEEPING_MODIFIERS = frozenset(
    {"detention", "prison", "penal", "correctional", "holding", "medical", "military", "police"}
)

# Verbs of carrying a person somewhere, passive: "was taken / rushed / brought to".
CARRYING_VERBS = frozenset(
    {"take", "rush", "bring", "carry", "drive", "transport", "evacuate", "airlift", "fly"}
    | {"medevac", "transfer", "move", "admit", "send", "ferry"}
)
# Removals of a person from a country by its state, which say where the person was sent.
_EXPULSION_VERBS = frozenset({"extradite", "deport", "expel", "repatriate"})
# Offices of the police and the security services where people are taken and held: "taken
# to the military intelligence headquarters", "held at a police station in Bara".
CUSTODY_OFFICES = frozenset(
    {"station", "headquarters", "headquarter", "hq", "precinct", "barracks", "building"}
)
# Who keeps such an office: "police station", "the agency's headquarters", "State Security
# headquarters".
CUSTODY_KEEPERS = KEEPING_MODIFIERS | frozenset(
    {"intelligence", "security", "agency", "gendarmerie", "army", "counter-intelligence"}
    | {"counterintelligence", "investigation", "investigations", "crimes", "directorate"}
)
# Where the state stops people it then holds or questions: "stopped at the airport".
STOPPING_PLACES = frozenset({"airport", "border", "frontier", "crossing", "port"})
# What a prisoner swap is called: "was (not) part of the exchange".
SWAP_NOUNS = frozenset({"exchange", "swap", "release", "releases", "handover"})
# A state's places of detention: "held in solitary confinement", "in Belmarsh prison".
JAIL_WORDS = frozenset({"prison", "jail", "gaol", "penitentiary", "confinement", "custody"})
# Words of a death near a shooting: the shot killed.
DEATH_WORDS = frozenset(
    {"die", "died", "dead", "death", "kill", "killed", "body", "bodies", "corpse", "murder"}
    | {"fatally", "mortally", "succumb", "funeral", "buried", "remains"}
)
# Whom a suspect is handed to: "handed over to the police".
ARRESTING_BODIES = frozenset(
    {"police", "prosecutor", "prosecutors", "gendarmes", "gendarmerie", "fbi", "interpol"}
)
# States one is taken "into", which are no places: "taken into custody".
INTO_STATES = frozenset({"custody", "captivity", "detention", "hiding", "exile", "care", "account"})
# Verbs of a phone call or a message: "called his mother from the colony", "texted his wife",
# "contacted his family".
CALL_VERBS = frozenset({"call", "phone", "telephone", "ring", "text", "email", "contact", "reach"})
# Whom a captive or prisoner calls, a sign that the caller lives.
CALLED_PEOPLE = lx.KIN_NOUNS | lx.LAWYER_NOUNS | frozenset({"family", "relatives", "parents"})
# Harm one is left with: "left him with shrapnel in his back".
LEFT_WITH_HARM = lx.INJURY_NOUNS | frozenset(
    {"shrapnel", "wound", "wounds", "injury", "injuries", "scar", "scars", "limp"}
)
# What carries people and lands or arrives: "a plane carrying X has landed in Y".
CRAFTS = lx.VEHICLES | frozenset({"plane", "flight", "aircraft", "jet", "helicopter", "ship"})
# Verbs of arriving somewhere: "has arrived at a colony in X", "landed in Doha".
ARRIVE_VERBS = frozenset({"arrive", "land"})
# Modals of obligation and demand: "must remain in X", "should be freed".
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
# Verbs of catching sight of someone, passive: "was seen / spotted in Dubai" (also where).
SIGHTING_VERBS = frozenset({"see", "spot", "sight", "photograph", "film", "glimpse"})
# Verbs of coming upon a missing person, passive: "was found / located / spotted near X"
# (where the searchers came upon the person is where the person was; one "rescued" is
# taken away from there).
FINDING_VERBS = SIGHTING_VERBS | frozenset({"find", "locate", "discover", "trace"})
# Where searchers come upon someone out of doors or in hiding, no name needed: "in a snow
# hole", "near an abandoned mine", "walking along a dry riverbed", "at a friend's house".
FINDING_SITES = (
    frozenset(
        {"mine", "hole", "riverbed", "river", "stream", "ridge", "slope", "summit", "glacier"}
        | {"crevasse", "field", "road", "roadside", "highway", "track", "trail", "path", "lake"}
        | {"wreckage", "rubble", "sea", "raft", "dinghy", "lifeboat", "shelter", "ruins", "park"}
        | {"wadi", "dune", "dunes", "plateau", "quarry", "orchard", "barn", "cabin", "garage"}
        | {"house", "flat", "apartment", "hotel", "motel", "hostel", "mall", "station", "stop"}
        | {"sandbank", "bank", "ledge", "cliff", "rocks", "bridge", "canal", "pier", "harbour"}
        | {"harbor", "market", "square", "street", "alley", "woods", "scrub", "bushes", "bed"}
        | {"checkpoint", "roadblock", "crossing", "border", "junction", "bus", "train"}
    )
    | lx.KEEPING_PLACES
)
# Buildings of a state, a business or a faith that are somewhere only with a town named on
# them: "is at the ministry in Port Mara", "was at his office in Goma" ("at the ministry"
# alone is an employer, not a place).
INSTITUTION_PLACES = frozenset(
    {"ministry", "office", "offices", "headquarters", "palace", "parliament", "court"}
    | {"courthouse", "studio", "stadium", "cathedral", "university", "campus", "hall"}
    | {"presidency", "residence", "embassy", "consulate", "hotel", "restaurant", "shop"}
)
# Verbs of moving about within an area, in the progressive: "is moving between camps in
# the Ituri forest", "has been roaming the border area" (where the person is now).
ROAMING_VERBS = frozenset({"move", "roam", "shuttle", "wander", "drift", "circulate"})
# The prepositions of where one is found: "in", "near", "along", "below the summit".
FINDING_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "along", "below", "beneath", "under", "beside"}
    | {"behind", "on", "off", "by", "among"}
)
# What a captive or prisoner writes to his family: a letter is a sign of life.
WRITTEN_WORDS = frozenset(
    {"letter", "letters", "message", "note", "card", "postcard", "text", "email", "word"}
)
# What a family receives from a captive: "received a letter / call from him".
RECEIVED_WORDS = WRITTEN_WORDS | frozenset({"call", "calls", "phone", "phonecall", "video"})
# Verbs of staying somewhere for a while, in the present progressive: "is resting at his
# farm in X", "who is travelling in Singapore", "said he was resting at home in X" (the
# simple past "travelled to Paris" is a trip).
STAYING_VERBS = frozenset({"rest", "travel", "holiday", "vacation", "camp", "lodge", "sleep"})
# A living body's condition, said of a person or heard in a voice: "he is exhausted / lucid",
# "she was thin but defiant", "he sounded tired but happy" (how one looks in a video, "looked
# thin", is the appearance's, not a separate sign of life in this gold).
BODILY_STATE_WORDS = frozenset(
    {"thin", "thinner", "gaunt", "frail", "weak", "weaker", "emaciated", "haggard", "exhausted"}
    | {"tired", "lucid", "alert", "coherent", "conscious", "unwell", "feverish", "awake"}
)
# How a voice on the phone sounds: any of these is a sign that the speaker lives.
VOICE_STATE_WORDS = BODILY_STATE_WORDS | frozenset(
    {"calm", "happy", "relaxed", "cheerful", "upbeat", "strong", "fine", "well", "okay", "ok"}
    | {"confident", "composed", "defiant", "scared", "frightened", "afraid", "worried", "sad"}
)
# How one's health or spirits were found, good or bad, each a state of the living: "found
# him in good / reasonable / poor health", "in high spirits", "in stable condition".
HEALTH_STATES = frozenset(
    {"good", "high", "fine", "stable", "excellent", "reasonable", "decent", "satisfactory"}
    | {"normal", "poor", "frail", "fragile"}
)
# Hurts a body part takes besides a break: "had a sprained ankle", "a dislocated shoulder".
HURT_PART_WORDS = lx.INJURED_PART_WORDS | frozenset(
    {"sprained", "dislocated", "twisted", "bruised", "burned", "burnt", "swollen", "cracked"}
    | {"punctured", "gashed", "bloodied", "bandaged"}
)
# Nouns of knowing that a "where" clause hangs on: "no idea where he is".
NOT_KNOWING_NOUNS = frozenset({"idea", "clue", "information", "knowledge", "indication", "word"})
# Where one takes refuge: "sought refuge / asylum in X", "was granted asylum in X".
REFUGE_NOUNS = frozenset({"refuge", "asylum", "shelter", "sanctuary"})
REFUGE_VERBS = frozenset({"seek", "find", "claim", "receive", "get", "apply", "grant", "give"})
# Verbs of getting across into a country: "crossed (the border) into Turkey".
CROSSING_VERBS = frozenset({"cross", "slip", "sneak", "smuggle"})
# Verbs of going somewhere to stay: "fled to Vienna", "escaped to Togo", "emigrated to
# Canada" (where one goes to live or hide is where one is; "travelled to Paris" is a trip,
# and the gold set reads "returned to Colombia" as the return only).
GOING_TO_STAY_VERBS = frozenset({"flee", "escape", "emigrate", "defect", "relocate"})
# Verbs of a journey that ends at home: "flew home to Ljubljana", "went back to Tunis".
HOMEWARD_VERBS = frozenset({"fly", "go", "head", "travel", "sail", "drive", "come"})
# Interviews and the like given from somewhere: "gave a radio interview from a camp in X".
INTERVIEW_NOUNS = frozenset({"interview", "interviews"})
# The line a speaker is heard over: "told us by phone from Paris", "spoke over the phone
# from his cell", "via video link from The Hague" (the "from" hangs on the line).
LINE_NOUNS = frozenset({"phone", "telephone", "telephones", "video", "link", "satphone", "radio"})
# Verbs of care or questioning done to someone where he is held: "is being treated in
# Erbil", "was being questioned in Agadez".
CARED_FOR_VERBS = frozenset({"treat", "question", "interrogate", "nurse", "operate"})
# Gatherings a person is seen at: "seen at a charity dinner in Hong Kong".
GATHERINGS = frozenset(
    {"dinner", "rally", "wedding", "funeral", "ceremony", "meeting", "conference", "party"}
    | {"reception", "event", "gathering", "parade", "prayers", "summit", "match", "concert"}
)
# Verbs of directing people or an operation, whose doer is where the "from" says: "leads the
# group from a base near X", "directed the siege from a village", "runs it from exile".
DIRECTING_VERBS = frozenset(
    {"lead", "run", "direct", "command", "coordinate", "orchestrate", "oversee", "mastermind"}
)
# Wild country a reader can put on a map without a name: "a camp in the jungle".
WILD_PLACES = frozenset(
    {"jungle", "forest", "forests", "mountains", "hills", "bush", "desert", "swamps", "marshes"}
)
# Public speaking seen by an audience: "gave a speech", "addressed a rally".
SPEECH_NOUNS = frozenset({"speech", "address", "sermon", "lecture", "eulogy"})
AUDIENCE_NOUNS = frozenset(
    {"rally", "crowd", "crowds", "supporters", "followers", "gathering", "meeting", "conference"}
    | {"summit", "nation", "parliament", "congress", "assembly", "session", "reporters"}
    | {"journalists", "troops", "fighters", "mourners", "worshippers", "delegates", "students"}
)
# Words of a recording, in which a speech is heard ("in the audio message he addressed ..."),
# or of a video, which is its own appearance ("a video shows X addressing fighters").
RECORDED_WORDS = frozenset({"audio", "recording", "tape", "message", "statement", "letter"}) | (
    lx.VIDEO_NOUNS | {"clip", "broadcast"}
)


def obliged(verb: Token) -> bool:
    """ "She must surrender her passport and remain in Singapore", "he should be freed":
    an obligation or a demand, not a state ("must have been killed" is an inference).
    Read from the document's tables (no Token per child: every verb asks, most have no
    auxiliary at all), once per token (the rules of one copula ask up to seven times)."""
    tables, i = tables_of(verb.doc), verb.i
    found = tables.obliged_at.get(i)
    if found is None:
        found = tables.obliged_at[i] = _obliged_at(tables, i)
    return found


def _obliged_at(tables: DocIndex, i: int) -> bool:
    """:func:`obliged` of token ``i``, on the tables."""
    dep, lower, kids, heads = tables.dep, tables.lower, tables.children, tables.head
    for tok in (i, heads[i] if dep[i] == "conj" else i):
        auxes = [lower[c] for c in kids[tok] if dep[c] == "aux"]
        if not auxes:
            continue  # (every test below needs an auxiliary)
        if not OBLIGATION_MODALS.isdisjoint(auxes) and "have" not in auxes:
            return True
        if "to" in auxes and any(
            dep[c] == "mark"
            and lower[c] == "for"
            and (c == 0 or tables.words[c - 1].lower() != "only")
            for c in kids[tok]
        ):
            return True  # "calls for X to be freed": a demand ("only for X to appear" is not)
        head = heads[tok]
        if (
            "to" in auxes
            and tables.lemma[head] == "have"
            and any(dep[c] == "nsubj" for c in kids[head])
            and not any(lower[c] == "yet" for c in kids[head])  # "has yet to be freed"
        ):
            return True  # "has to remain in the country"
    return False


def _negated(verb: Token) -> bool:
    """ "has not spoken to him since March", "never called" (read from the tables, once
    per token: the rules of one copula ask up to twelve times)."""
    tables, i = tables_of(verb.doc), verb.i
    found = tables.negated_at.get(i)
    if found is None:
        dep, lower = tables.dep, tables.lower
        found = tables.negated_at[i] = any(
            dep[c] == "neg" or lower[c] in {"never", "not"} for c in tables.children[i]
        )
    return found


def _no_longer(verb: Token) -> bool:
    """ "is no longer", "was no longer": a state that has ended (read from the tables)."""
    tables, i = tables_of(verb.doc), verb.i
    lower, kids = tables.lower, tables.children
    return any(
        lower[c] == "longer"
        and (
            any(lower[n] == "no" for n in kids[c])
            or any(lower[n] == "no" and n == c - 1 for n in kids[i])
        )
        for c in kids[i]
    )


# What one is in when one leads: "in command", "in charge", "in power", "in office".
_LEAD_STATES = frozenset({"command", "charge", "power", "office", "control"})


def _lead_state(verb: Token) -> bool:
    """The copula says its subject leads: "(is) in command / in charge", "(is) the
    leader / its president"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(p.dep_ == "pobj" and p.lower_ in _LEAD_STATES for p in c.children)
        or c.dep_ == "attr"
        and c.lemma_.lower() in lx.LEADER_ROLES
        for c in verb.children
    )


def _staff_of_outlet(verb: Token) -> bool:
    """ "Our political correspondent Farai Dube is at the hospital": where the outlet's
    own reporter stands is no news about a person."""
    return any(
        c.dep_ == "nsubj"
        and any(t.lower_ == "our" for t in c.subtree)
        and any(t.lemma_.lower() in lx.PRESS_NOUNS for t in c.subtree)
        for c in verb.children
    )


def held_in_jail(verb: Token) -> bool:
    """ "has been held in solitary confinement", "Belmarsh prison, where he has been held":
    a state's prison, whoever else in the story was kidnapped."""
    places = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"in", "at"}
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        places.append(verb.head)
    return any(
        p.lemma_.lower() in JAIL_WORDS
        # "a police station in Bara", "a detention centre", "a prison hospital"
        or any(
            c.dep_ in {"compound", "amod"} and c.lower_ in {"police", "prison", "detention"}
            for c in p.children
        )
        for p in places
    )


def _death_near(verb: Token) -> bool:
    """A death in the verb's sentence or the one before: "shot dead", "shot and killed",
    "The body of X was found ... X had been shot", "was shot in the leg" is not one."""
    sent = verb.sent
    start = sent.start
    if start > 0:
        start = verb.doc[start - 1].sent.start
    return any(
        (t.lemma_.lower() in DEATH_WORDS or t.lower_ in DEATH_WORDS)
        and not (t.lower_ == "remains" and t.pos_ in {"VERB", "AUX"})  # "remains in hospital"
        for t in verb.doc[start : sent.end]
    )


# States set off beside a name whose own "in X" is where the person is (session 20).
_SET_OFF_STATES = frozenset({"exile", "hiding", "custody", "detention"})


def appositive_place_hits(tok: Token) -> list[Hit] | None:
    """ "X, now in exile in London, denied ...", "X, currently in Kanda, said ...": a place
    phrase set off beside a person's name says where the person is (``tok`` is the object
    of its "in")."""
    prep = tok.head
    person = prep.head
    if person.ent_type_ != "PERSON":
        # "The blogger Omar Zaki, now in Berlin, said": the parser hangs the phrase on the
        # title noun whose appositive is the name
        person = next(
            (c for c in person.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), person
        )
    # "X, in exile in Paris since 2019, said", "X, in custody in Caracas, has not ..."
    state = tok.lower_ in _SET_OFF_STATES
    if (
        tok.dep_ != "pobj"
        or prep.lower_ != "in"
        or prep.dep_ != "prep"
        or person.ent_type_ != "PERSON"
        or not state
        and not any(
            c.dep_ == "advmod" and c.lower_ in {"now", "currently", "still"} for c in prep.children
        )
        or not _set_off_by_comma(person, prep)
    ):
        return None
    if not is_place(tok, prep) and not (
        tok.lower_ in _SET_OFF_STATES
        and any(c.dep_ == "prep" and any(is_place(p, c) for p in c.children) for c in tok.children)
    ):
        return None
    # anchored on the phrase itself: the verb of the sentence ("denied the charges") is
    # not what the phrase says
    return [Hit("located_in", prep, [person], {prep.i, tok.i})]


def _set_off_by_comma(person: Token, prep: Token) -> bool:
    """The place phrase stands between commas after the name ("X, now in Y,"): a comma on
    the name, or just before the phrase (or its "now")."""
    if any(c.dep_ == "punct" and c.lower_ == "," for c in person.children):
        return True
    first = min([prep.i] + [c.i for c in prep.children if c.dep_ == "advmod" and c.i < prep.i])
    return first > 0 and prep.doc[first - 1].text == "," and first > person.i


def freed_participle(noun: Token) -> str | None:
    """ "one of the hostages freed on Monday", "among the prisoners released": the group
    noun's participle says the person was freed (not held)."""
    for c in noun.children:
        if (
            c.dep_ == "acl"
            and c.tag_ == "VBN"
            and lx.PATIENT_VERBS.get(c.lemma_.lower()) == ("released")
        ):
            return "released"
    return None


def _handed_to_police(ctx: ClaimContext, verb: Token) -> list[Token]:
    """Who is handed to the police or prosecutors, outside a story of kidnapping."""
    to = [p for p in prep_children(verb, {"to"}) if p.dep_ == "pobj"]
    if not any(p.lemma_.lower() in ARRESTING_BODIES or p.lower_ in ARRESTING_BODIES for p in to):
        return []
    if lx.KIDNAP_WORDS & doc_lemmas(ctx):
        return []
    if is_passive(verb):
        return patient_of(verb)
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.lemma_.lower() not in lx.LEADERSHIP_WORDS | {"power"}
    ]


def _spoken_to_hits(verb: Token) -> list[Hit] | None:
    """ "she spoke to him an hour ago", "had spoken to his father on Wednesday night": the
    one reached lives; "X spoke briefly to the bishop during that call": the caller does."""
    if _negated(verb) or verb.lemma_.lower() not in {"speak", "talk"}:
        return None
    reached = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"to", "with"}
        for p in c.children
        if p.dep_ == "pobj"
        and (
            p.lower_ in {"him", "her"}
            or p.lemma_.lower() in lx.KIN_NOUNS
            and any(d.dep_ == "poss" for d in p.children)
            # "I last spoke to Daniel on April 19", "had spoken to Issoufou on Wednesday"
            # ("we spoke to Samir in Beirut" is the outlet's interview with a source)
            or p.pos_ == "PROPN"
            and _a_person(p)
            and not any(t.lower_ == "we" for t in subject_of(verb))
        )
    ]
    if reached:
        hits = [Hit("alive", verb, reached, {verb.i})]
        if _phoned_home(verb, reached):
            # "the general spoke to his mother by phone on Tuesday": the caller lives too,
            # as "called his mother" does
            hits.append(Hit("alive", verb, subject_of(verb), {verb.i}))
        return hits
    if any(p.lemma_.lower() == "call" for p in prep_children(verb, {"during", "in", "on"})):
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    if not any(t.lower_ == "we" for t in subject_of(verb)):
        # "had spoken to the striker, Emeka Obi", "had spoken to the player on Wednesday":
        # a role noun, named beside it or standing for a person the story named
        reached = [
            next((a for a in p.children if a.dep_ == "appos" and a.pos_ == "PROPN"), p)
            for p in prep_children(verb, {"to", "with"})
            if p.dep_ == "pobj"
            and p.pos_ == "NOUN"
            and (
                any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in p.children)
                or p.lemma_.lower() in PERSON_NOUNS
                and any(d.lower_ == "the" for d in p.children)
            )
        ]
    if reached:
        return [Hit("alive", verb, reached, {verb.i})]
    return None


# What a call is made by: "spoke to his mother by phone", "on the telephone", "over the phone".
_PHONES = frozenset({"phone", "telephone", "cellphone", "mobile", "satphone"})


def _phoned_home(verb: Token, reached: list[Token]) -> bool:
    """ "X spoke to his mother by phone", "talked with her family on the telephone": a call to
    the speaker's own kin (a possessive kin noun), by phone; the speaker is a third person
    (not the outlet's "we", nor "I" or "he" of a relative telling of his own call)."""
    return (
        any(
            p.lemma_.lower() in CALLED_PEOPLE and any(d.dep_ == "poss" for d in p.children)
            for p in reached
        )
        and any(
            p.lemma_.lower() in _PHONES
            for p in prep_children(verb, {"by", "on", "over"})
            if p.dep_ == "pobj"
        )
        and any(
            s.pos_ == "PROPN"
            # ("Her husband said he had spoken to his wife by phone": the one who tells of
            # his own call reports the kin reached, the captive, not himself)
            or (s.lower_ in {"he", "she"} and verb.dep_ != "ccomp")
            or s.lemma_.lower() in PERSON_NOUNS
            for s in subject_of(verb)
        )
    )


# The outlet's people and papers: "told reporters", "spoke to this newspaper".
_NEWS_HOUSE = lx.PRESS_NOUNS | {"newspaper", "magazine", "paper"}
_NEWS_HOUSE_OR_AGENCY = _NEWS_HOUSE | {"agency"}


def _to_the_press(verb: Token) -> bool:
    """ "told Horizon", "spoke to the Weekend Review", "told us", "spoke to this reporter":
    an interview with the outlet (a minister "speaking from Paris" at a briefing is not)."""
    heard = [c for c in verb.children if c.dep_ in {"dobj", "dative"}] + [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"to", "with"}
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return any(
        h.pos_ == "PROPN" or h.lower_ in {"us", "me"} or h.lemma_.lower() in _NEWS_HOUSE_OR_AGENCY
        for h in heard
    )


def _spoke_from(verb: Token) -> list[Token]:
    """The named person (or "he" / "she") who speaks "from" a named place or "at his home
    in X"; "his son, Patrice": the name."""
    speakers = [
        next((c for c in s.children if c.dep_ == "appos" and c.pos_ == "PROPN"), s)
        for s in subject_of(verb)
        if s.pos_ == "PROPN"
        or s.lower_ in lx.THIRD_PERSON
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in s.children)
    ]
    if not speakers or not _to_the_press(verb):
        return []
    if _from_places(verb):
        return speakers  # "spoke from Kabul", "told us by phone from Paris"
    if verb.lemma_.lower() in {"speak", "talk"} and not any(
        c.dep_ in {"ccomp", "xcomp"} for c in verb.children
    ):
        # "X spoke to the Observer in Zagreb on Thursday": an interview given in a town (not
        # a quotation's frame, '"...," she told reporters in Cairo', nor "spoke to reporters
        # on the tarmac in Vienna", where the town is the tarmac's)
        heard = [p for p in prep_children(verb, {"to", "with"}) if p.dep_ == "pobj"]
        if any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(p.dep_ == "pobj" and _named_place(p, c) for p in c.children)
            for h in (verb, *heard)  # "in X" often hangs on the paper spoken to
            for c in h.children
        ):
            return speakers
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "at":
            continue
        for p in (p for p in c.children if p.dep_ == "pobj"):
            if p.lemma_.lower() not in {"home", "house", "flat", "apartment"}:
                continue  # "told reporters at a news conference in Kabul": where he spoke
            if is_place(p, c) and any(
                t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC"} for t in p.subtree
            ):
                return speakers
    return []


def side_hits(verb: Token, lemma: str) -> list[Hit]:
    """Claims a verb makes beside its main one: those of :func:`_side_state_hits` and an
    injury the person came through with (:func:`_came_through_hurt`)."""
    hits = _side_state_hits(verb, lemma) + _came_through_hurt(verb, lemma)
    if lemma == "share" and (mates := _cellmates(verb)) and _cell_in_jail(verb):
        # "he had shared a cell with X at Saydnaya prison", "in a cell he shared with a
        # clerk, X" (after "spent months in the military prison"): the cellmate was held
        # there by the state ("shared a cell with X in 2019" names no place)
        hits += [Hit("located_in", verb, mates, {verb.i}), Hit("arrested", verb, mates, {verb.i})]
    if (
        lemma in {"be", "lie", "remain", "stay"}
        and not any(h.predicate == "located_in" for h in hits)
        and _patient_in_named_care(verb)
    ):
        # "lies in bed 14 of the burns ward at Azadi Teaching Hospital", "was on a
        # ventilator in the intensive care unit at X Hospital": a patient's bed or machine
        # in a named hospital is where the patient is
        hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
    if (
        lemma == "end"
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
        and not _negated(verb)
        and not obliged(verb)
        and (_at_place(verb) or _in_site_in_named_place(verb))
    ):
        # "ended up in a refugee camp in Jordan": where the journey left the person
        hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
    if (
        lemma == "make"
        and not _negated(verb)
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and any(c.dep_ == "dobj" and c.lemma_.lower() == "recovery" for c in verb.children)
    ):
        # "made a full recovery", "is making a good recovery": the patient lives
        hits.append(Hit("alive", verb, subject_of(verb), {verb.i}))
    if lemma in {"speak", "talk"} and (speakers := _speaking_from_place(verb)):
        # "Speaking from his base in the Qandil mountains, commander X denied the report":
        # the opening participle's place is where the main clause's speaker is
        hits.append(Hit("located_in", verb, speakers, {verb.i}))
    if lemma in _TRAPPING_HOLDERS and (trapped := _trapped_there(verb, lemma)):
        # "are trapped in a shaft near Kell", "a storm trapped them near the top of Mount
        # Kerem", "remains trapped under the rubble of his house": where the person is held
        # fast (alive or not: only the place)
        hits.append(Hit("located_in", verb, trapped, {verb.i}))
    if lemma == "give" and not _negated(verb) and _televised_interview(verb):
        # "gave a two-hour interview to a Turkish television channel", "gave a televised
        # interview": seen on screen, an appearance (a magazine or radio interview is none)
        hits.append(Hit("appeared", verb, subject_of(verb), {verb.i}))
    if lemma in _COURT_BRINGING and (brought := _brought_before_court(verb)):
        # "was led into the courtroom in handcuffs", "is brought in by two guards and placed
        # in the glass dock": the accused appears in court
        hits.append(Hit("appeared", verb, brought, {verb.i}))
    if lemma in {"sit", "stand"} and (accused := _in_the_dock(verb)):
        # "X sits in the dock in a grey suit", "stood in the dock on Monday": a court
        # reporter's way of telling the accused's appearance
        hits.append(Hit("appeared", verb, accused, {verb.i}))
    if lemma == "book" and (booked := _booked_into_jail(verb)):
        # "was booked into the county jail", "officers booked X into jail": where he is kept
        hits.append(Hit("located_in", verb, booked, {verb.i}))
    if lemma in _SPAN_CUSTODY_VERBS and _custody_span_in_place(verb):
        # "was detained in Brazil for eleven months in 2019", "has been detained in Dubai for
        # more than two weeks": a span of custody in a named place says where the person was
        # kept (the README's convention; "was detained in Dubai on Monday" is where the
        # arrest took place)
        hits.append(Hit("located_in", verb, patient_of(verb), {verb.i}))
    hits += injury_side_hits(verb, lemma)  # (claims_injury: session 18)
    return hits + whereabouts_side_hits(verb, lemma)  # (claims_whereabouts: session 18)


def _speaking_from_place(verb: Token) -> list[Token]:
    """The named speaker of the main clause an opening "Speaking from <place>," hangs on,
    the place named or in a named place ("from his base in the Qandil mountains"); a
    "from" phrase on the line ("by telephone from Goma") is the other rules'."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i > verb.head.i or _negated(verb):
        return []
    if any(
        p.dep_ == "pobj" and p.lemma_.lower() in LINE_NOUNS
        for p in prep_children(verb, {"by", "over", "via", "on"})
    ):
        return []  # ("by telephone from Goma": the line's rules)
    places = [p for p in prep_children(verb, {"from"}) if p.dep_ == "pobj"]
    if not any(
        _named_place(p, p.head)
        or _in_site_in_named_place_word(p)
        or _in_wild_place(p)
        or _spot_in_named_care(p)  # "from her bed at Zelin regional hospital"
        or p.lemma_.lower() in _PATIENT_SPOTS  # (the hospital's "at" hung on the verb)
        and any(
            q.lemma_.lower() in CARE_PLACES and _named_care_place(q)
            for q in prep_children(verb, {"at", "in"})
            if q.dep_ == "pobj"
        )
        for p in places
    ):
        return []
    return [s for s in subject_of(verb.head) if _one_person(s) or s.lower_.endswith("year-old")]


# Verbs that hold a trapped person: "trapped", "remains / is trapped", "pinned", "buried".
_TRAPPING_HOLDERS = frozenset({"trap", "pin", "strand", "remain", "be", "lie"})
_TRAP_WORDS = frozenset({"trapped", "pinned", "stranded"})
_TRAP_PREPS = frozenset({"in", "on", "under", "near", "inside", "beneath", "below", "at"})


def _trapped_there(verb: Token, lemma: str) -> list[Token]:
    """Who is trapped somewhere: the passive's patient or the active's object of "trap",
    "pin", "strand", or the subject of "remains trapped"; the place an "in / under / near"
    phrase on the verb or on "trapped" ("at home" is none), or a "where" clause's place."""
    if _negated(verb) or obliged(verb):
        return []
    if lemma in {"remain", "be", "lie"}:
        states = [
            c for c in verb.children if c.dep_ in {"acomp", "oprd"} and c.lower_ in _TRAP_WORDS
        ]
        if not states:
            return []
        holders, people = [verb, *states], subject_of(verb)
    else:
        holders = [verb]
        people = patient_of(verb)
    placed = any(
        p.dep_ == "pobj" and p.lower_ != "home"
        for h in holders
        for p in prep_children(h, _TRAP_PREPS)
    ) or (verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children))
    return people if placed else []


# Words of a broadcast one is seen in: "a television channel", "a televised interview".
_SCREEN_WORDS = frozenset({"television", "tv", "televised", "broadcaster", "channel", "camera"})


def _televised_interview(verb: Token) -> bool:
    """An interview the verb gives on television: the word on the interview or in its "to" /
    "on" phrase."""
    for interview in (c for c in verb.children if c.dep_ == "dobj"):
        if interview.lemma_.lower() not in INTERVIEW_NOUNS:
            continue
        words = [t.lower_ for t in interview.subtree] + [
            t.lower_
            for p in (*prep_children(verb, {"to", "on"}), *prep_children(interview, {"to", "on"}))
            for t in p.subtree
        ]
        if not _SCREEN_WORDS.isdisjoint(words):
            return True
    return False


# Verbs of bringing a prisoner before the court: "led / brought / escorted / wheeled into
# the courtroom", "placed in the dock".
_COURT_BRINGING = frozenset(
    {"lead", "bring", "escort", "wheel", "march", "carry", "usher", "place", "take", "help"}
)
# The court's rooms: "into the courtroom", "in the glass dock".
_COURT_ROOMS = frozenset({"courtroom", "court", "dock", "courthouse", "tribunal"})


def _brought_before_court(verb: Token) -> list[Token]:
    """The prisoner a passive verb of bringing puts in the court's room ("was led into the
    courtroom", "placed in the dock", and "brought in ... and placed in the dock" for the
    first verb's patient)."""
    if not is_passive(verb) and not (verb.dep_ == "conj" and is_passive(verb.head)):
        return []
    if (
        _negated(verb)
        or obliged(verb)
        or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    ):
        return []
    if not any(
        p.dep_ == "pobj"
        and p.lemma_.lower() in _COURT_ROOMS
        and (p.head.lower_ != "to" or p.lemma_.lower() != "court")  # "taken to court": sued
        for p in prep_children(verb, {"in", "into", "to", "before"})
    ):
        return []
    return patient_of(verb) or (patient_of(verb.head) if verb.dep_ == "conj" else [])


def _in_the_dock(verb: Token) -> list[Token]:
    """Who sits or stands "in the dock" (the accused's place in court; not "in the
    courtroom", where a judge or a relative sits too): the verb's subject, a person."""
    if _negated(verb) or obliged(verb) or any(c.tag_ == "MD" for c in verb.children):
        return []
    if not any(
        p.dep_ == "pobj" and p.lemma_.lower() == "dock" for p in prep_children(verb, {"in"})
    ):
        return []
    return [s for s in subject_of(verb) if s.pos_ in {"PROPN", "PRON"} or _one_person(s)]


def _booked_into_jail(verb: Token) -> list[Token]:
    """The one "booked into the county jail": the passive's patient or the active's object."""
    if _negated(verb) or not any(
        p.dep_ == "pobj" and p.lemma_.lower() in JAIL_WORDS
        for p in prep_children(verb, {"into", "in"})
    ):
        return []
    if is_passive(verb):
        return patient_of(verb)
    return [c for c in verb.children if c.dep_ == "dobj" and _one_person(c)]


# A patient's bed, machine or ward: "in bed 14", "on a ventilator", "on life support".
_PATIENT_SPOTS = frozenset(
    {"bed", "ventilator", "respirator", "support", "drip", "oxygen", "ward", "unit", "icu"}
)


def _spot_in_named_care(spot: Token) -> bool:
    """A patient's spot with a named place of care down its "of / in / at" phrases."""
    if spot.lemma_.lower() not in _PATIENT_SPOTS:
        return False
    level = [spot]
    for _ in range(3):
        level = [p for t in level for p in prep_children(t, {"of", "in", "at"}) if p.dep_ == "pobj"]
        if any(p.lemma_.lower() in CARE_PLACES and _named_care_place(p) for p in level):
            return True
    return False


def _patient_in_named_care(verb: Token) -> bool:
    """ "in bed 14 of the burns ward at X Hospital", "on a ventilator in the unit at X
    Hospital": a patient's spot under the verb's "in" / "on", with a named place of care
    down its chain of "of" / "in" / "at" phrases (three at most)."""
    if _negated(verb) or obliged(verb):
        return False
    return any(
        p.dep_ == "pobj" and _spot_in_named_care(p) for p in prep_children(verb, {"in", "on"})
    )


# Verbs of custody that tell where a person was kept only with a span ("detained in X for
# two weeks"); "jailed" / "held" tell it on their own (claims_verbs).
_SPAN_CUSTODY_VERBS = frozenset({"detain", "intern"})
# Units of a span of time: "for eleven months", "for more than two weeks".
_SPAN_UNITS = frozenset({"day", "week", "month", "year", "hour", "decade"})


def _custody_span_in_place(verb: Token) -> bool:
    """A passive custody verb with a named place and a "for" span of time on it."""
    if not is_passive(verb) or _negated(verb) or obliged(verb) or not _at_place(verb):
        return False
    return any(
        p.dep_ == "pobj" and p.lemma_.lower() in _SPAN_UNITS for p in prep_children(verb, {"for"})
    )


# Rooms shared by people held together: "shared a cell / a hut with X" (not a flat or an
# office: people live and work together freely).
_SHARED_ROOMS = frozenset({"cell", "hut", "tent"})


def _cellmates(verb: Token) -> list[Token]:
    """The people one "shared a cell with": the "with" phrase on the verb or on the room
    (the room as object, or as the noun the verb's relative clause describes)."""
    if _negated(verb) or obliged(verb):
        return []
    rooms = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _SHARED_ROOMS]
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in _SHARED_ROOMS:
        rooms.append(verb.head)
    if not rooms:
        return []
    mates = [
        named_in_apposition(p)
        for h in (verb, *rooms)
        for p in prep_children(h, {"with"})
        if p.dep_ == "pobj"
    ]
    return [m for m in mates if _one_person(m) and m.lower_ not in lx.THIRD_PERSON]


def _cell_in_jail(verb: Token) -> bool:
    """The shared room lies in a jail named in its clause: "at Saydnaya prison", "spent
    months in the military prison, in a cell he shared with X" (the verb the room's "in"
    hangs on)."""
    heads = [verb, *_cellmates(verb)]  # (the place may hang on the cellmate's name)
    heads += [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and verb.head.dep_ == "pobj":
        heads.append(verb.head.head.head)
    return any(
        p.lemma_.lower() in JAIL_WORDS
        for h in heads
        for g in h.children
        if g.dep_ == "prep" and g.lower_ in {"in", "at", "inside"}
        for p in g.children
        if p.dep_ == "pobj"
    )


# Verbs whose "with" phrase is read by other rules (carried to care with an injury, left
# with harm, hospitalised, treated) or names no injury of the verb's person.
_NOT_CAME_THROUGH = CARRYING_VERBS | frozenset(
    {"hospitalize", "hospitalise", "leave", "treat", "charge", "threaten", "hit", "strike"}
    | {"wound", "injure", "hurt", "harm", "shoot", "stab", "beat", "attack", "burn"}
)
# States a person comes through in: "got out alive with a broken leg".
_CAME_THROUGH_STATES = frozenset({"alive", "safe", "conscious", "awake", "out"})


def _came_through_hurt(verb: Token, lemma: str) -> list[Hit]:
    """ "got out alive with a broken leg", "was found alive with cuts and bruises", "escaped
    the fire with burns to his hands", "pulled X out of the rubble with a broken leg": a
    manner "with" phrase naming an injury says the one who came through bears it, the
    verb's object when it is a person, else its patient or subject (the "with" may hang on
    the verb, on a state such as "alive", or on the place left: an injury is only a
    person's)."""
    if verb.i not in _under_with(tables_of(verb.doc)):
        return []  # (no "with" phrase within the reach of the holders below: the common case)
    if lemma in _NOT_CAME_THROUGH or verb.pos_ not in {"VERB", "AUX"} or _negated(verb):
        return []
    holders = [verb] + [
        c
        for c in verb.children
        if (
            c.dep_ in {"acomp", "oprd", "advcl", "xcomp", "advmod", "prt"}
            and c.lower_ in _CAME_THROUGH_STATES
        )
        or (c.dep_ == "prep" and c.lower_ in {"out", "from"})
    ]
    holders += [
        p
        for h in holders
        for g in h.children
        if g.dep_ == "prep"
        for p in g.children
        if p.dep_ == "pobj" and not _a_person(p)
    ]
    if not any(
        w.dep_ == "prep"
        and w.lower_ == "with"
        and any(t.dep_ == "pobj" and injury_noun(t) for t in w.children)
        for h in holders
        for w in h.children
    ):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and _a_person(c)]
    hurt = objects or (patient_of(verb) if is_passive(verb) else subject_of(verb))
    if not any(
        _one_person(t) or any(_one_person(a) for a in t.children if a.dep_ == "appos") for t in hurt
    ):
        return []  # ("their neighbour, X": the named apposition)
    return [Hit("wounded", verb, hurt, {verb.i})]


_LAST_UNDER_WITH: list = [None, frozenset()]


def _under_with(tables: DocIndex) -> frozenset[int]:
    """The tokens one to four heads above a "with" preposition that has an object: the only
    verbs :func:`_came_through_hurt` can read a "with" phrase on (it hangs on the verb, on one
    of its children, or on the object of a phrase of either); once per document."""
    if _LAST_UNDER_WITH[0] is tables:
        return _LAST_UNDER_WITH[1]
    lower, dep, head, children = tables.lower, tables.dep, tables.head, tables.children
    above: set[int] = set()
    for i, word in enumerate(lower):
        if word == "with" and dep[i] == "prep" and any(dep[c] == "pobj" for c in children[i]):
            k = i
            for _ in range(4):
                if head[k] == k:
                    break
                k = head[k]
                above.add(k)
    _LAST_UNDER_WITH[:] = [tables, frozenset(above)]
    return _LAST_UNDER_WITH[1]


def _one_person(tok: Token) -> bool:
    """A person's name, a third-person pronoun or a noun for a person."""
    return _a_person(tok) or tok.lower_ in lx.THIRD_PERSON or tok.lemma_.lower() in PERSON_NOUNS


def _side_state_hits(verb: Token, lemma: str) -> list[Hit]:
    """Claims a verb makes beside its main one (added to what the other rules find):
    "has led the movement from Lithuania since 2021", "runs the group from exile in X"
    → where the leader is; "was seen in Dubai" → where he is (beside the sighting);
    "is serving a sentence (in a colony)" → the sentence (beside the custody); "placed
    under house arrest at his residence in X" → where (beside the custody); "fled to
    Vienna", "reached Berlin", "flew home to Ljubljana" → where the person went (beside
    the flight); "met our correspondent in a village near X" → where."""
    if (
        lemma == "interview"
        and is_passive(verb)
        and verb.dep_ != "xcomp"  # ("declined / agreed to be interviewed")
        and not _negated(verb)
        and _by_the_press(verb)
    ):
        # "X was interviewed by a local newspaper on Monday", "was interviewed on state
        # television": the one interviewed lives, as one who "gave an interview" (not "was
        # interviewed by police", a questioning)
        return [Hit("alive", verb, patient_of(verb), {verb.i})]
    if (there := _destination_hits(verb, lemma)) is not None:
        return there
    if (
        lemma in DIRECTING_VERBS
        and not _negated(verb)
        and not obliged(verb)
        and (verb.tag_ in {"VBZ", "VBP"} or _perfect(verb) or _directed_from_afar(verb))
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and _led_from(verb)
    ):
        # the one who directs something from a place is there: "leads the group from a base
        # near X", "ran the network from a flat in X", "directed the siege by phone from a
        # village in the hills" (a past place counts, as "spent two years in prison"); "will
        # lead it from X" is a plan
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if not _negated(verb) and (kept := _object_left_alive(verb)):
        # "rescuers pulled X alive from the rubble", "the video shows X alive and speaking":
        # the object the verb leaves in that state lives
        return [Hit("alive", verb, kept, {verb.i})]
    if lemma not in _SIDE_STATE_LEMMAS:
        return []  # (every rule below opens on the lemma; most verbs are none of them)
    if (
        lemma in {"surface", "resurface", "reappear"}
        and not _negated(verb)
        and not obliged(verb)
        and (_at_place(verb) or _in_site_in_named_place(verb))
    ):
        # "the missing tycoon surfaced in Singapore", "reappeared at a police station in
        # Minsk": a sighting there (the verb's own rule gives appeared), so there
        # ("resurfaced", "reappeared" are claims_leadership's, which adds these side hits)
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (
        lemma in WORKING_VERBS
        and (verb.tag_ in {"VBZ", "VBP"} or _present_progressive(verb))
        and not _negated(verb)
        and not obliged(verb)
        and (lemma in DAILY_WORK_VERBS or _now(verb))
        and _works_in_place(verb)
    ):
        # "now works as a nurse in Dublin", "teaches at a school in Leeds", "now runs a
        # transport company in the capital": where one works now is where one lives (a past
        # job, "worked in Dubai for years", is a stage of a life story)
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (
        lemma in DWELLING_VERBS
        and not _negated(verb)
        and not obliged(verb)
        and place_of(verb) is None
        and _in_unnamed_area(verb)
    ):
        # "is hiding in the tribal areas near the border", "lives in a district of the
        # capital": where one dwells needs no name to be a whereabouts (the verb's own rule
        # wants a place a map shows)
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (
        lemma in SIGHTING_VERBS
        and is_passive(verb)
        and not _negated(verb)
        and (
            _at_place(verb)
            # "was spotted in a cafe in Lisbon": a building or room in a named town
            or _in_site_in_named_place(verb)
            or _at_event_in_place(verb)
            # "was last seen leaving his villa in Budva": where he was seen doing it
            or any(
                c.dep_ in {"xcomp", "advcl", "oprd"} and c.tag_ == "VBG" and _at_place(c)
                for c in verb.children
            )
        )
    ):
        # a sighting in a place says where the person was then ("was seen in a video" is
        # none: a video is no place)
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    if (
        lemma in ROAMING_VERBS
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)
        and not any(c.dep_ == "dobj" for c in verb.children)  # "moving troops between bases"
        and not _negated(verb)
        and any(
            c.dep_ == "prep"
            and c.lower_ in {"between", "around", "across", "among", "within", "in", "about"}
            and any(p.dep_ == "pobj" and _named_in(p) for p in c.children)
            for c in verb.children
        )
    ):
        # "is believed to be moving between camps across the border in Burkina Faso", "has
        # been moving around northern Mali": somewhere within that area now ("moved to X" is
        # a transfer, the carrying rules')
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (
        lemma == "reunite"
        and is_passive(verb)
        and not _negated(verb)
        and _with_people_in_place(verb)
    ):
        # "was reunited with his family in Paris": where the reunion, and the person, is
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    if (
        lemma in CARRYING_VERBS
        and is_passive(verb)
        and not _negated(verb)
        and any(c.dep_ == "advmod" and c.lower_ in {"ashore", "aboard"} for c in verb.children)
        and _at_place(verb)
    ):
        # "was brought ashore in Lampedusa": landed there
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    if (
        lemma in {"turn", "show"}
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
        and not _negated(verb)
        and _at_site(verb, named=True)
    ):
        # "turned up at a police station in Leeds", "showed up at his office in Goma": a
        # missing person is there
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if lemma in FINDING_VERBS and (found := _found_at_site(verb)):
        # "was found alive near an abandoned mine", "was spotted from a helicopter walking
        # along a riverbed east of X", "was found in a snow hole below the ridge": where
        # the searchers came upon the person (a named place counts wherever it hangs)
        return [Hit("located_in", verb, found, {verb.i})]
    if lemma == "see" and (since_gathering := seen_since_gathering_hits(verb, lemma)):
        # "has not been seen in public since a funeral in Karak in March 2025": the
        # gathering is the last sighting (claims_whereabouts)
        return since_gathering
    if lemma == "see" and (last := _last_time_seen(verb)) is not None:
        # "The last time anyone saw X was on the evening of March 2": the last sighting, on
        # the copula's date (no sign of life now: the story of a disappearance)
        anchor, seen = last
        return [Hit("appeared", anchor, seen, {verb.i, anchor.i})]
    if lemma in {"see", "spot"} and (seen := _witnessed(verb)):
        # "a fellow hostage said he had seen Father X in the camp", "a neighbour had seen her
        # husband in Mostar last week": a witness's sighting says the one seen was alive then
        # (the sighting itself is claims_verbs' appeared), and where, when a place is named
        # or "there" points back to one
        # "she last saw him on Sunday, when the men drove him away": the last sighting
        # dates a disappearance, not a sign of life (unless the witness says "alive")
        last_seen = any(c.dep_ == "advmod" and c.lower_ == "last" for c in verb.children)
        # ("saw him buying cigarettes": a sighting of what he did, which the gold keeps as
        # the sighting alone, no separate sign of life)
        doing = any(_seen_doing(d) for c in (verb, *seen) for d in c.children)
        hits = (
            []
            if last_seen and not _seen_states(verb) or doing
            else [Hit("alive", verb, seen, {verb.i})]
        )
        if not any(c.dep_ == "dobj" for c in verb.children):
            # "had last seen X alive": no object for claims_verbs' sighting to read
            hits.append(Hit("appeared", verb, seen, {verb.i}))
        # the place may hang on the one seen: "saw X in Evin prison last week"
        if (
            any(_at_any_place(t) for t in (verb, *_seen_states(verb), *seen))
            or _at_site(verb, named=True)  # "at the police station in Herat"
            or any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children)
        ):
            hits.append(Hit("located_in", verb, seen, {verb.i}))
        return hits
    if (
        lemma in CARED_FOR_VERBS
        and is_passive(verb)
        and not _negated(verb)
        and not obliged(verb)
        and _at_place(verb)
    ):
        # "is being treated in Erbil", "was being questioned in Agadez", "was treated at
        # Kessler hospital in Hove": the one treated or questioned is there
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    if (
        lemma in {"remain", "be", "stay"}
        and not _negated(verb)
        and not obliged(verb)
        and _kept_in_named_jail(verb)
    ):
        # "remains in custody at HMP Bronzefield", "remains in a military prison in Mbale":
        # the custody is the state's rule, the named jail is where the person is
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (
        lemma in {"escape", "flee", "walk", "make"}
        and not _negated(verb)
        and _got_out_of_danger(verb)
    ):
        # "managed to flee the burning building", "walked away from the crash", "escaped by
        # climbing down a drainpipe" (in a story of a fire): one who got out of a danger
        # lives (an escape from custody is only the escape)
        return [Hit("alive", verb, subject_of(verb) or subject_of(verb.head), {verb.i})]
    if lemma in {"reach", "contact", "interview"} and (reached := _reached_by_line(verb)):
        # "Reached by phone last week, he said ...", "Contacted by telephone in Lviv, X
        # said ...": the one the outlet reached lives (and is where the call found him)
        hits = [Hit("alive", verb, reached, {verb.i})]
        if _at_place(verb) or _from_places(verb):
            # "in Lviv", "from his cell in Evin prison" (the "from" on the line)
            hits.append(Hit("located_in", verb, reached, {verb.i}))
        return hits
    if lemma in {"say", "tell", "speak", "talk", "write"} and (bed := _from_sickbed(verb)):
        # '"I thought I would die," he said from his hospital bed', "X, speaking from his
        # hospital bed in Kirkuk, said ...": the speaker lives (and is where the bed is)
        speakers = _speakers_of(verb)
        hits = [Hit("alive", verb, speakers, {verb.i})]
        if _at_place(verb) or any(
            g.dep_ == "prep" and g.lower_ in {"in", "at"} and _named_place(q, g)
            for g in bed.children
            for q in g.children
            if q.dep_ == "pobj"
        ):
            hits.append(Hit("located_in", verb, speakers, {verb.i}))
        return hits
    if lemma in {"speak", "talk"} and (hung := _speaker_hung_on_town(verb)):
        # "Speaking by telephone from Goma, the aid worker X said ...": the parser hangs the
        # speaker on the town as its apposition and leaves "said" without a subject; the
        # one who speaks from the town is there (whether the call is a sign of life is the
        # opening participle's own rule, as for a named subject)
        return [Hit("located_in", verb, hung, {verb.i})]
    if lemma in {"say", "tell", "speak", "talk"} and (where := _said_over_the_line(verb)):
        # '"He is not dead," his brother said by telephone from Hamburg': the speaker's place
        return [Hit("located_in", verb, where, {verb.i})]
    if (
        lemma in {"place", "put", "keep", "hold"}
        and is_passive(verb)
        and not _negated(verb)
        and any(
            p.lower_ in {"arrest", "guard", "detention", "custody", "confinement", "isolation"}
            for p in prep_children(verb, {"under", "in"})
        )
        and _at_place(verb)
    ):
        # "were placed under house arrest at their residences in Ouagadougou": the custody
        # is the state's rule, where it is kept is this one
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    if (
        lemma in lx.PLACE_STATE_VERBS
        and verb.dep_ == "relcl"
        and verb.head.lemma_.lower() in NOT_KNOWING_NOUNS
        and any(c.lower_ == "where" for c in verb.children)
    ):
        # "has no idea where he is", "no information on where she is held": whereabouts not
        # known (the relative clause hangs on the noun of knowing, not on a place)
        people = patient_of(verb) if is_passive(verb) else subject_of(verb)
        return [Hit("located_in", verb, people, {verb.i}, certainty="unconfirmed")]
    if (
        lemma in {"be", "remain", "stay", "live"}
        and not obliged(verb)
        and (lemma != "live" or not _negated(verb))  # "lives with her children in X"
        and not any(c.dep_ in {"attr", "acomp"} and c.i < verb.i for c in verb.children)
        and _with_people_in_place(verb)
    ):
        # "is now with his family in Nairobi", '"Claire is safe and is with our team in
        # N'Djamena"': the company one keeps is somewhere named
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if lemma in {"be", "remain", "stay"} and not obliged(verb) and _in_one_of_places(verb):
        # "is not in any of our facilities", "is in one of the group's camps": the place is
        # the noun under the quantifier (denied with the verb's "not")
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if lemma in {"be", "remain", "stay"} and not obliged(verb) and _at_named_building(verb):
        # "General X is safe and is at the ministry in Port Mara", "was at his office in
        # Goma when the shelling began": where the person is (or is denied to be)
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (
        lemma == "be"
        and any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children)
        and not any(c.dep_ in {"attr", "acomp", "expl"} for c in verb.children)
        and verb.i > verb.sent.start + 1
        and any(
            s.pos_ == "PROPN"
            or s.lower_ in lx.THIRD_PERSON
            or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in s.children)
            for s in subject_of(verb)
        )
    ):
        # "its leader, X, was not there" (when police raided the offices), "she was there
        # when the bomb went off": the place named before, or denied (the verb's "not")
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (
        lemma in {"live", "stay", "hide", "settle", "remain"}
        and not _negated(verb)
        and any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children)
        and place_of(verb) is None
        and verb.i > verb.sent.start + 1
    ):
        # "fled to Equatorial Guinea and has lived there ever since": the place named before
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (lemma in {"allow", "permit"} and is_passive(verb) or lemma == "be") and (
        seen := _let_see(verb)
    ):
        # "his family has been able to visit him" → appeared; "the family had not been
        # allowed to see him" → appeared, negated (nobody has seen him)
        # (the verb's "not" negates it; a "neither ... nor" subject is negated here)
        nobody = any(
            t.lower_ in {"neither", "nobody", "no", "none"}
            for c in verb.children
            if c.dep_ in {"nsubj", "nsubjpass"}
            for t in c.subtree
        )
        return [Hit("appeared", verb, seen, {verb.i}, polarity_neg=nobody and not _negated(verb))]
    if lemma == "be" and not _negated(verb) and _of_an_age(verb):
        # "Captain X is 71 and lives in Y", "She is 83 now": a person's present age says
        # the person lives
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    if lemma == "find" and (found := _found_on_a_visit(verb)):
        # "was last allowed to visit on January 10 and found her thin", "visited him and
        # found him weak": the one a visitor finds in some state lives, and was seen (the
        # visit verb names no one: the found one is the one visited); both hang on the
        # visit, whose clause holds the date
        visit = _visit_verbs(verb)[-1]
        hits = [Hit("alive", visit, found, {verb.i, visit.i})]
        if not any(c.dep_ == "dobj" for c in visit.children):
            hits.append(Hit("appeared", visit, found, {verb.i, visit.i}))
        return hits
    if lemma == "be" and (reached := _able_to_speak_to(verb)):
        # "his family was able to speak with him by phone on Monday": the one reached lives
        return [Hit("alive", verb, reached, {verb.i})]
    if lemma in {"be", "sound"} and _bodily_state(verb, lemma):
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    if lemma == "be" and not _negated(verb) and _said_stable(verb):
        # "a hospital spokesman said he was stable", "she is stable but sedated": a
        # patient's condition, so alive
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    if lemma == "be" and not _negated(verb) and _unhurt_state(verb):
        # "Carter is unhurt", "he was weak but unhurt": the one said to be unhurt lives (the
        # adjective's own trigger gives the wounded, negated); "is unhurt and at a clinic in
        # Gao" also says where
        hits = [Hit("alive", verb, subject_of(verb), {verb.i})]
        if not obliged(verb) and _state_and_place(verb):
            hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
        return hits
    if lemma == "be" and _negated(verb) and _unwell(verb):
        # '"I am not well"', "he is not fine": ill, so alive (the negation is the health's,
        # not the life's; claims_precision drops the adjective's own negated reading)
        return [Hit("alive", verb, subject_of(verb), {verb.i}, polarity_neg=True)]
    if (
        lemma == "serve"
        and not _negated(verb)
        and (
            sentences := [
                c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "sentence"
            ]
        )
    ):
        # "is serving a 12-year sentence (in a colony in X)": the sentence itself ("served
        # two terms as mayor" is an office)
        hits = [Hit("other:sentence", verb, subject_of(verb), {verb.i})]
        if place_of(verb) is None and any(_at_place(s) for s in sentences):
            # "serving a sentence at Makala prison in Kinshasa": the place hangs on the noun
            # (on the verb, the custody rule says it)
            hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
        return hits
    if (
        lemma in {"live", "hide", "stay", "shelter", "reside", "work"}
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'s", "'ve"} for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children)
        and not _negated(verb)
    ):
        # "X, who was reported dead in 2019, has been living in a farmhouse outside Talu",
        # "has been hiding in the forest since he escaped": going on up to now, so alive now
        # (the pluperfect "had been living there" is a stage of a past story)
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    if lemma == "be" and not _negated(verb) and not obliged(verb) and _state_and_place(verb):
        # "was alive and in the mountains", "is safe and at a clinic in Gao": a state and a
        # place joined under one copula; the place is where the person is (after the rules
        # above, which read the state itself: "unhurt" → alive)
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (
        lemma in SAFE_ARRIVAL_VERBS
        and not _negated(verb)
        and not obliged(verb)
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and any(
            c.dep_ in {"advmod", "acomp", "oprd", "xcomp"} and c.lower_ in {"safely", "safe"}
            for c in verb.children
        )
    ):
        # "has returned home safely", "arrived safe in Doha": the one who got there safe lives
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    if lemma == "be" and not _negated(verb) and not obliged(verb) and _alive_misread(verb):
        # '"was alive and leading operations"': "alive" only stands after a verb, so one the
        # parser hangs on the noun after it ("alive ... operations") is the copula's state
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    return []


# Every lemma a rule of _destination_hits tests.
_DESTINATION_LEMMAS = GOING_TO_STAY_VERBS | HOMEWARD_VERBS | {"reach", "give", "meet"}


# Verbs of getting somewhere, which "safely" makes a sign of life: "returned home safely".
SAFE_ARRIVAL_VERBS = frozenset({"return", "arrive", "reach", "land", "get", "make", "come"})
# Adjectives English uses only after a verb ("he is alive", never "an alive man").
PREDICATIVE_ONLY_LIFE = frozenset({"alive"})


def _alive_misread(verb: Token) -> bool:
    """ "was alive and leading operations" parsed as "was [alive and leading] operations":
    the copula's noun carries "alive" as a modifier, which the adjective cannot be (read
    from the tables)."""
    tables, i = tables_of(verb.doc), verb.i
    dep, lower, kids = tables.dep, tables.lower, tables.children
    return any(
        dep[c] == "attr"
        and any(
            dep[a] == "amod" and lower[a] in PREDICATIVE_ONLY_LIFE and i < a < c for a in kids[c]
        )
        for c in kids[i]
    )


def _state_and_place(verb: Token) -> bool:
    """ "was alive and in the mountains", "is unhurt and at a clinic in Gao": a predicative
    adjective with a place phrase coordinated to it (the parser hangs the "in" on the
    adjective as its conjunct); a place with a name or wild country ("in the mountains")
    counts, "alive and in good health" and "safe and in a secure location" do not."""
    tables = tables_of(verb.doc)
    dep, pos, lower, kids = tables.dep, tables.pos, tables.lower, tables.children
    if not any(
        dep[c] == "conj" and pos[c] == "ADP" and lower[c] in {"in", "at", "near"}
        for a in kids[verb.i]
        if dep[a] in {"acomp", "attr"} and pos[a] == "ADJ"
        for c in kids[a]
    ):
        return False  # (no place phrase joined to an adjective: from the tables first)
    for adj in (c for c in verb.children if c.dep_ in {"acomp", "attr"} and c.pos_ == "ADJ"):
        for prep in (
            c
            for c in adj.children
            if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in {"in", "at", "near"}
        ):
            for p in (p for p in prep.children if p.dep_ == "pobj"):
                if p.lemma_.lower() in _STATE_NOUNS or p.lower_ in {"health", "shape"}:
                    continue
                if _named_place(p, prep) or p.lower_ in WILD_PLACES or _in_wild_place(p):
                    return True  # ("safe and in a secure location" names no place)
    return False


def _destination_hits(verb: Token, lemma: str) -> list[Hit] | None:
    """Where a person went to stay, or was met by the press; None when no rule applies."""
    if lemma not in _DESTINATION_LEMMAS or _negated(verb) or is_passive(verb):
        return None  # (the lemma first: the negation test walks the tree)
    homeward = lemma in HOMEWARD_VERBS and any(
        c.dep_ == "advmod" and c.lower_ in {"home", "back"} for c in verb.children
    )
    if (
        homeward
        and not any(c.dep_ == "advmod" and c.lower_ == "home" for c in verb.children)
        and (_went_to_place(verb) or _flown_to_town(verb, lemma))
    ):
        # "went back to Asmara in 2016 to visit his mother": a return, like "returned to X"
        # (a trip back may be a visit; "flew home to X" is where one lives)
        back = [Hit("other:return", verb, subject_of(verb), {verb.i})]
        if _flown_to_town(verb, lemma) and not any(
            c.dep_ in {"advcl", "xcomp"} and any(a.lower_ == "to" for a in c.children)
            for c in verb.children
        ):
            # "flew back to Accra the same night": a flight back with no errand is home
            # (also where he is)
            back.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
        return back
    if (lemma in GOING_TO_STAY_VERBS or homeward) and (
        _went_to_place(verb) or homeward and _flown_to_town(verb, lemma)
    ):
        # "fled to Vienna in 2023 and has lived there since", "flew home to Ljubljana" (the
        # "to" may hang on "home"); "fled to safety" names no place
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if lemma == "reach" and any(
        c.dep_ == "dobj" and (_place_name(c) or _named_site_object(c)) for c in verb.children
    ):
        # "a year later she reached Berlin" ("could not reach him" is a call)
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if lemma == "give" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in INTERVIEW_NOUNS for c in verb.children
    ):
        # "weeks later he gave an interview to a French magazine from a camp in the jungle":
        # the one interviewed lives, and was where he spoke from
        hits = [Hit("alive", verb, subject_of(verb), {verb.i})]
        if _from_places(verb):
            hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
        return hits
    if lemma == "meet" and _at_place(verb):
        # "Ndayizeye met our correspondent in a village near Uvira", "when we met him at
        # his farm outside Minova": where the one the press met was, and, as one who gave
        # an interview, that he lived then
        subjects = subject_of(verb)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        met = []
        if any(_is_press(t) for t in objects):
            met = subjects
        elif objects and subjects and all(_is_press(t) for t in subjects):
            met = objects
        if met:
            return [Hit("located_in", verb, met, {verb.i}), Hit("alive", verb, met, {verb.i})]
    return None


# Verbs of dwelling somewhere: "lives / is hiding / is staying / is sheltering in X".
DWELLING_VERBS = frozenset({"live", "hide", "stay", "shelter", "reside", "settle"})
# Stretches of land or town a reader takes as a whereabouts without a name: "hiding in the
# tribal areas", "living in a poor quarter of the city" ("at home" is no whereabouts).
AREA_NOUNS = (lx.PLACE_NOUNS - {"home", "house", "mosque", "prison", "jail", "hospital"}) | {
    "areas",
    "neighbourhood",
    "neighborhood",
    "quarter",
    "slum",
    "slums",
    "countryside",
    "highlands",
    "lowlands",
    "borderlands",
    "interior",
    "territory",
    "enclave",
    "zone",
    "north",
    "south",
    "east",
    "west",
}


def _object_left_alive(verb: Token) -> list[Token]:
    """The person object of a verb that "alive" follows, however the parser hangs it:
    "pulled X alive from the rubble" (an adverbial "alive" on the verb), "shows the nurse,
    X, alive and speaking" (an "alive" misread as the noun's modifier: it only stands after
    a verb). Not "wanted dead or alive", not "kept the story alive" (no person). Only the
    verb's children and grandchildren can be either, so only they are looked at (the
    verb's whole subtree, for every verb, cost 4-5% of the claims stage)."""
    tables, i = tables_of(verb.doc), verb.i
    head = tables.head
    if not any(
        p != i and (head[p] == i or head[p] != p and head[p] != i and head[head[p]] == i)
        for p in _alive_words(tables)
    ):
        return []  # (most verbs: no "alive" among their children and grandchildren)
    alive = sorted(
        (
            t
            for c in verb.children
            for t in (c, *c.children)
            if t.lower_ == "alive"
            and (
                t.head == verb
                and t.dep_ in {"advcl", "oprd", "xcomp", "acomp", "advmod"}
                or t.dep_ == "amod"
                and t.head.head == verb
                and t.head.dep_ == "dobj"
                and t.i > t.head.i
            )
        ),
        key=lambda t: t.i,
    )
    if not alive or any(
        t.lower_ == "dead" for a in alive for t in (*a.children, a.head) if t.dep_ == "conj"
    ):
        return []
    objects = [
        # "the kidnapped nurse, X, alive": the name in apposition is the one
        next((a for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN"), None)
        or _name_set_off_after(verb, c)
        or c
        for c in verb.children
        if c.dep_ == "dobj"
        and c.i < alive[0].i
        and (
            c.pos_ == "PROPN"
            or c.lower_ in {"him", "her", "them"}
            or c.lemma_.lower() in PERSON_NOUNS
            or any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in c.children)
            or _name_set_off_after(verb, c) is not None
        )
    ]
    return expand_conj(objects)


_LAST_ALIVE: list = [None, []]
"""The tables and the positions of the word "alive" of the last document asked about."""


def _alive_words(tables: DocIndex) -> list[int]:
    """The positions of the word "alive" in the document of ``tables`` (read once per
    document: every verb asks whether one hangs on it)."""
    if _LAST_ALIVE[0] is not tables:
        _LAST_ALIVE[:] = [tables, [k for k, word in enumerate(tables.lower) if word == "alive"]]
    return _LAST_ALIVE[1]


def _name_set_off_after(verb: Token, obj: Token) -> Token | None:
    """The name set off by commas right after a verb's object, which the parser hung on the
    verb instead of the object ("pulled the boy, Adam Kral, out alive": an apposition)."""
    doc, k = obj.doc, obj.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    name = doc[k + 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    return (
        name if name.head == verb and name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None
    )


# Verbs of one's work, whose place in the present tense says where one lives: the daily ones
# alone ("works in Dublin"), the others with "now" ("now runs a company in the capital"; "runs
# the group in the north" may be a command from afar).
DAILY_WORK_VERBS = frozenset({"work", "teach", "study", "practise", "practice"})
WORKING_VERBS = DAILY_WORK_VERBS | {"run", "own", "manage", "drive", "farm", "preach"}


def _now(verb: Token) -> bool:
    """ "now runs a company", "is studying in X now", and "X, now 58, runs a car wash in Y"
    (the "now" of the age set off after the subject)."""
    heads = (verb, *(a for s in subject_of(verb) for a in s.children if a.dep_ == "appos"))
    return any(
        c.dep_ in {"advmod", "npadvmod"}
        and c.lower_ in {"now", "currently", "nowadays", "today"}
        # "These days, X runs a bakery in Tunis"
        or c.dep_ == "npadvmod"
        and c.lower_ == "days"
        and any(d.lower_ == "these" for d in c.children)
        for t in heads
        for c in t.children
    )


def _present_progressive(verb: Token) -> bool:
    """ "is studying", "are working": a present "be" with the -ing form."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"is", "are", "'s", "'re", "am"} for c in verb.children
    )


def _of_an_age(verb: Token) -> bool:
    """ "X is 71", "she is 83 now": a present copula whose complement is a number of years
    and whose subject is a person."""
    return (
        verb.tag_ in {"VBZ", "VBP"}
        and any(
            c.dep_ in {"attr", "acomp"}
            and c.like_num
            and c.ent_type_ in {"DATE", "CARDINAL"}
            and c.text.isdecimal()  # ("²" is a digit int() cannot read)
            and 0 < int(c.text) < 120
            and not any(g.dep_ == "prep" for g in c.children)  # "is 71 of the 300 dead"
            for c in verb.children
        )
        and any(_person_word(s) for s in subject_of(verb))
    )


def _works_in_place(verb: Token) -> bool:
    """An "in" / "at" place on the verb, on its object or on its "as" role ("works as a
    nurse in Dublin"): a named place, or "the capital"."""
    heads = [verb] + [
        c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "as"
    ]
    heads += [p for h in heads if h.dep_ == "prep" for p in h.children if p.dep_ == "pobj"]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
            for p in (p for p in prep.children if p.dep_ == "pobj"):
                if _named_place(p, prep) or _in_site_in_named_place_word(p):
                    return True
                if p.lemma_.lower() == "capital" and any(d.lower_ == "the" for d in p.children):
                    return True
    return False


def _in_site_in_named_place_word(site: Token) -> bool:
    """ "a school in Leeds": a common noun with a named place below it."""
    return site.pos_ == "NOUN" and any(
        _named_place(q, c)
        for c in site.children
        if c.dep_ == "prep" and c.lower_ in {"in", "near", "outside"}
        for q in c.children
        if q.dep_ == "pobj"
    )


def _in_unnamed_area(verb: Token) -> bool:
    """An "in" / "near" phrase on a dwelling verb naming a stretch of land or town, named
    or not ("in the tribal areas near the border", "in a suburb of the capital")."""
    return any(
        p.lemma_.lower() in AREA_NOUNS or p.lower_ in AREA_NOUNS
        for p in prep_children(verb, {"in", "near", "inside", "around"})
        if p.dep_ == "pobj" and p.pos_ == "NOUN"
    )


def _in_site_in_named_place(verb: Token) -> bool:
    """ "in a cafe in Lisbon", "at a market outside Kano": a common noun of a site with a
    named place below it (a recording is no site: "seen in a video from Idlib")."""
    recorded = RECORDED_WORDS | {"photo", "photograph", "picture", "image", "tv", "footage"}
    return any(
        p.pos_ == "NOUN"
        and p.lemma_.lower() not in recorded
        and p.lower_ not in recorded
        and any(
            q.dep_ == "pobj" and _named_place(q, c)
            for c in p.children
            if c.dep_ == "prep" and c.lower_ in {"in", "near", "outside", "of"}
            for q in c.children
        )
        for p in prep_children(verb, {"in", "at"})
        if p.dep_ == "pobj"
    )


def _named_site_object(obj: Token) -> bool:
    """ "reached Kakuma camp (in Kenya)", "reached a village near X": a noun of a place the
    journey ended at, with a name of its own or a named place around it."""
    if obj.lemma_.lower() not in lx.KEEPING_PLACES | AREA_NOUNS:
        return False
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children):
        return True
    heads = [obj, obj.head]
    return any(
        _named_place(q, c)
        for h in heads
        for c in h.children
        # "the enclave of Ceuta", "the town of X": the name is the noun's own
        if c.dep_ == "prep"
        and c.lower_ in {"in", "near", "outside"} | ({"of"} if h == obj else set())
        for q in c.children
        if q.dep_ == "pobj"
    )


# Verbs of a journey by craft or road, whose "back / home to X" can only name a place.
JOURNEY_VERBS = frozenset({"fly", "sail", "drive", "travel"})


def _flown_to_town(verb: Token, lemma: str) -> bool:
    """ "flew back to Chennai", "flew home to Bergen": a one-word name after a journey's
    "back / home to", whatever the tagger calls it (one flies to towns, not to firms or
    people; "went back to X" may be a return to an employer, so only journeys)."""
    if lemma not in JOURNEY_VERBS:
        return False
    heads = [verb] + [
        c for c in verb.children if c.dep_ == "advmod" and c.lower_ in {"home", "back"}
    ]
    return any(
        p.pos_ == "PROPN"
        and p.text.isalpha()
        and not p.text.isupper()
        and p.ent_type_ not in {"DATE", "TIME"}
        and not any(d.dep_ in {"det", "compound", "poss"} for d in p.children)
        for h in heads
        for p in prep_children(h, {"to"})
        if p.dep_ == "pobj"
    )


def _went_to_place(verb: Token) -> bool:
    """A "to" / "into" phrase naming a place on the verb or on its "home" / "back"."""
    preps = [c for c in verb.children if c.dep_ == "prep"] + [
        g
        for c in verb.children
        if c.dep_ == "advmod" and c.lower_ in {"home", "back"}
        for g in c.children
        if g.dep_ == "prep"
    ]
    return any(
        c.lower_ in {"to", "into"}
        and any(p.dep_ == "pobj" and _named_place(p, c) for p in c.children)
        for c in preps
    )


_BROADCASTS = frozenset({"television", "tv", "radio", "air", "camera", "podcast"})


def _by_the_press(verb: Token) -> bool:
    """The "by" phrase names the press ("by a local newspaper", "by reporters", "by this
    correspondent"), or the interview went out "on state television / on the radio"."""
    return any(
        c.dep_ == "agent"
        and any(p.dep_ == "pobj" and _is_press(p) for p in c.children)
        or c.dep_ == "prep"
        and c.lower_ == "on"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in _BROADCASTS for p in c.children)
        for c in verb.children
    )


def _is_press(tok: Token) -> bool:
    """ "we", "our correspondent", "reporters", "this newspaper": the outlet's people."""
    return tok.lower_ in {"we", "us", "i", "me"} or tok.lemma_.lower() in _NEWS_HOUSE


def _named_place(tok: Token, prep: Token) -> bool:
    """A place a reader can put on a map: "to Vienna", "from a camp in Caqueta"."""
    return is_place(tok, prep) and any(
        t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC"} for t in tok.subtree
    )


def _place_name(tok: Token) -> bool:
    """A direct object that names a place: "reached Berlin"."""
    return tok.ent_type_ in {"GPE", "LOC", "FAC"} or (
        (ent := entity_at(tok.doc, tok.idx, tok.idx + len(tok))) is not None and ent.kind == "gpe"
    )


def _at_place(verb: Token) -> bool:
    """A named place hung on the verb itself: "was seen in Dubai", "spotted at a villa in
    Kyrenia" ("seen leaving a mosque in X": the place is the leaving's; "seen at a hotel in
    the city" names no place a reader can put on a map; "seen walking along Woodhouse
    Lane": a named street)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "at", "near", "outside", "along"}
        and any(
            p.dep_ == "pobj"
            and is_place(p, c)
            and any(
                t.ent_type_ in {"GPE", "LOC", "FAC"}
                or t.pos_ == "PROPN"
                and t.ent_type_ not in {"DATE", "TIME"}  # "in May"
                for t in p.subtree
            )
            for p in c.children
        )
        for c in verb.children
    )


def _bodily_state(verb: Token, lemma: str) -> bool:
    """ "He is exhausted and has lost weight", "she was 'thin but defiant'", "he is lucid",
    "he sounded tired but happy": a person's condition, a sign of life (not "the evidence is
    weak": the subject is a name or a pronoun; not "exhausted but unhurt", where the gold
    reads the unhurt as the claim; not "tired of politics")."""
    known = VOICE_STATE_WORDS if lemma == "sound" else BODILY_STATE_WORDS
    if known.isdisjoint(_complement_words(verb)):
        return False  # (the test below that needs a condition word, from the tables first)
    if _negated(verb) or any(c.dep_ in {"dobj", "xcomp", "attr"} for c in verb.children):
        return False
    words = [
        a
        for c in verb.children
        if c.dep_ in {"acomp", "oprd"}
        for a in (c, *[d for d in c.children if d.dep_ == "conj"])
    ]
    if any(
        a.lower_ in lx.NEGATED_STATE_ADJECTIVES or a.lower_ in lx.STATE_ADJECTIVES for a in words
    ):
        return False  # "unhurt", "alive", "safe": the state adjective rules say it
    known = VOICE_STATE_WORDS if lemma == "sound" else BODILY_STATE_WORDS
    if not any(a.lower_ in known and not any(d.dep_ == "prep" for d in a.children) for a in words):
        return False
    return any(
        s.pos_ == "PROPN"
        or s.lower_ in lx.THIRD_PERSON | {"i"}
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in s.children)  # "the striker, X"
        for s in subject_of(verb)
    )


def _hurt_objects(verb: Token) -> list[Token]:
    """The injuries a verb of having or suffering takes: "a sprained ankle" (a body part with
    a hurt on it), "cuts and bruises" (nouns of injury)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [d for o in objs for d in o.conjuncts]
    return [
        o
        for o in objs
        if o.lemma_.lower() in lx.INJURY_NOUNS
        or o.lower_ in lx.INJURY_NOUNS
        or o.lemma_.lower() in lx.BODY_PARTS
        and any(a.dep_ == "amod" and a.lower_ in HURT_PART_WORDS for a in o.children)
    ]


def _said_stable(verb: Token) -> bool:
    """A copula of a person whose complement is "stable" ("he was stable", "is stable but
    sedated"): a patient's condition (not "the situation is stable")."""
    if "stable" not in _complement_words(verb):
        return False
    return any(s.pos_ == "PROPN" or s.lower_ in lx.THIRD_PERSON for s in subject_of(verb))


def _with_people_in_place(verb: Token) -> bool:
    """ "with his family in Nairobi", "with our team in N'Djamena": people hung on a "with"
    of the copula, and a named place on them or on the copula (not "with his lawyer",
    nowhere named)."""
    if not _prep_objects(tables_of(verb.doc), verb.i, {"with"}):
        return False  # (no company: read from the tables before the subject)
    if not any(
        s.pos_ == "PROPN"
        or s.lower_ in lx.THIRD_PERSON
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in s.children)
        for s in subject_of(verb)
    ):
        return False
    company = [p for p in prep_children(verb, {"with"}) if p.dep_ == "pobj"]
    if not company:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "at", "near"}
        and any(q.dep_ == "pobj" and _named_place(q, c) for q in c.children)
        for h in (verb, *company)
        for c in h.children
    )


_IN_AT = frozenset({"in", "at", "inside"})


def _prep_objects(tables: DocIndex, i: int, words: set[str] | frozenset[str]) -> list[int]:
    """The objects (``pobj``) of token ``i``'s prepositions ``words``, as indices (the
    ``pobj`` ones of :func:`prep_children`, without a Token each)."""
    dep, lower, children = tables.dep, tables.lower, tables.children
    return [
        g
        for c in children[i]
        if dep[c] == "prep" and lower[c] in words
        for g in children[c]
        if dep[g] == "pobj"
    ]


def _prep_objects_with_prep(
    verb: Token, words: set[str] | frozenset[str], inner: set[str] | frozenset[str]
) -> bool:
    """An object of one of ``verb``'s prepositions ``words`` carries a preposition of
    ``inner`` ("at the ministry in X"): the shape the place rules need, from the tables."""
    tables = tables_of(verb.doc)
    dep, lower, children = tables.dep, tables.lower, tables.children
    return any(
        dep[g] == "prep" and lower[g] in inner
        for p in _prep_objects(tables, verb.i, words)
        for g in children[p]
    )


# Quantifiers that pick places out of a set: "in any of our facilities", "in one of the camps".
_PLACE_QUANTIFIERS = frozenset({"any", "one", "none", "some", "either", "each", "neither"})


def _in_one_of_places(verb: Token) -> bool:
    """ "in any of our facilities", "at one of the camps": a quantifier whose "of" names
    places, on a copula of a person."""
    tables = tables_of(verb.doc)
    if not any(
        tables.lower[q] in _PLACE_QUANTIFIERS for q in _prep_objects(tables, verb.i, _IN_AT)
    ):
        return False  # (the last test's need, read from the tables first)
    if not any(
        s.pos_ == "PROPN"
        or s.lower_ in lx.THIRD_PERSON
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in s.children)
        for s in subject_of(verb)
    ):
        return False
    return any(
        q.lower_ in _PLACE_QUANTIFIERS
        and any(is_place(p, g) for g in q.children if g.lower_ == "of" for p in g.children)
        for q in prep_children(verb, {"in", "at", "inside"})
        if q.dep_ == "pobj"
    )


def _at_named_building(verb: Token) -> bool:
    """ "at the ministry in Port Mara", "in his office in Goma", "in a café in Tunis": a
    building of :data:`INSTITUTION_PLACES`, or any thing one can be at or in that is no
    state (:data:`_STATE_NOUNS`), with a named town hung on it, on a copula of a person."""
    if not _prep_objects_with_prep(verb, {"at", "in", "inside"}, {"in", "near", "outside"}):
        return False  # (the last test's need, read from the tables first: most copulas fail)
    if any(c.dep_ in {"attr", "acomp", "expl"} and c.i < verb.i for c in verb.children):
        return False
    if _staff_of_outlet(verb):
        return False  # "Our correspondent X is at the hospital in Kanda": at work
    if not any(
        s.pos_ == "PROPN"
        or s.lower_ in lx.THIRD_PERSON
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in s.children)
        for s in subject_of(verb)
    ):
        return False
    return any(
        (
            p.lemma_.lower() in INSTITUTION_PLACES
            or p.pos_ == "NOUN"
            and p.lemma_.lower() not in _STATE_NOUNS
            and p.lower_ not in _STATE_NOUNS
        )
        and any(
            g.dep_ == "prep"
            and g.lower_ in {"in", "near", "outside"}
            and any(q.dep_ == "pobj" and _named_place(q, g) for q in g.children)
            for g in p.children
        )
        for p in prep_children(verb, {"at", "in", "inside"})
        if p.dep_ == "pobj"
    )


# What one is "in" or "at" that is no place, even with a town after it: "in charge of the
# unit in Gao", "in power in Libya", "at war with the army in X", "in contact with ...".
_STATE_NOUNS = frozenset(
    {"charge", "power", "office", "command", "control", "contact", "touch", "favour", "favor"}
    | {"war", "odds", "risk", "danger", "trouble", "debt", "love", "doubt", "line", "talks"}
    | {"negotiation", "negotiations", "dispute", "conflict", "competition", "race", "lead"}
    | {"opposition", "league", "business", "partnership", "government", "exile", "hiding"}
    | {"custody", "detention", "captivity", "prison", "jail", "fact", "case", "process"}
    | {"position", "role", "post", "job", "favour", "support", "talk", "discussion"}
)


def _unhurt_state(verb: Token) -> bool:
    """A copula whose complement (or one of its conjuncts) is "unhurt", "unharmed"."""
    return not lx.UNHURT_WORDS.isdisjoint(_complement_words(verb))


def _complement_words(verb: Token) -> list[str]:
    """The words of a verb's adjectival complements ("acomp", "oprd") and of their
    conjuncts ("tired but unhurt"), read from the tables (the copula rules ask in turn)."""
    tables = tables_of(verb.doc)
    dep, lower, kids = tables.dep, tables.lower, tables.children
    return [
        lower[a]
        for c in kids[verb.i]
        if dep[c] in {"acomp", "oprd"}
        for a in (c, *[d for d in kids[c] if dep[d] == "conj"])
    ]


def _unwell(verb: Token) -> bool:
    """The verb's complement is a word of good health ("well", "fine", "OK") and nothing else."""
    words = [
        c for c in verb.children if c.dep_ in {"acomp", "advmod"} and c.lower_ in lx.WELL_WORDS
    ]
    return bool(words) and not any(c.dep_ in {"attr", "dobj", "xcomp"} for c in verb.children)


# Armed operations one leads in the field: "led the attack from a base" says where the
# attack started, not where its leader stayed.
OPERATION_NOUNS = lx.LETHAL_STRIKES | frozenset(
    {"assault", "siege", "offensive", "invasion", "bombing", "charge", "incursion", "attacks"}
)


def _directed_from_afar(verb: Token) -> bool:
    """A past act of directing whose doer stayed at the "from" place: a standing body run
    from there ("ran the network from a flat in X") or an operation directed over a line
    ("directed the siege by phone from a village"); "led the attack from a base in X" names
    where the attack set out."""
    if verb.tag_ != "VBD":
        return False
    over_line = any(
        c.dep_ == "prep"
        and c.lower_ in {"by", "over", "via"}
        and any(p.dep_ == "pobj" and p.lemma_.lower() in LINE_NOUNS for p in c.children)
        for c in verb.children
    )
    operation = any(c.dep_ == "dobj" and c.lemma_.lower() in OPERATION_NOUNS for c in verb.children)
    return over_line or not operation


def _led_from(verb: Token) -> bool:
    """ "has led the movement from Lithuania", "runs the group from exile in London",
    "leads the movement's remnants from exile in Turkey" (the "in" on the object), "leads
    what is left of the group from a base near X" (the "from" on the free relative the
    model makes the object clause: "what is left")."""
    if _from_places(verb):
        return True
    return any(
        c.dep_ in {"ccomp", "xcomp"}
        and any(w.lower_ == "what" and w.dep_ in {"nsubj", "nsubjpass", "dobj"} for w in c.children)
        and _from_places(c)
        for c in verb.children
    )


def _from_places(verb: Token) -> list[Token]:
    """The places a verb's "from" names, the "from" hung on the verb, on its object ("gave
    an interview from a camp in X", "leads the movement from exile in X") or on the line it
    went over ("told us by phone from Paris"): a named place, a camp "in the jungle", or
    "exile in X" (its "in" on "exile" or, as the model often has it, on the same head)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    lines = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"by", "over", "via", "on"}
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in LINE_NOUNS
    ]
    heads += lines
    found = []
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"):
            for p in (p for p in prep.children if p.dep_ == "pobj"):
                if lines and _bare_town(p):
                    # "told us by phone from Korsk": one calls from a place, whatever tag
                    # the model gave the town's name
                    found.append(p)
                elif p.lower_ == "exile":
                    # "from exile in Turkey": "in Turkey" on "exile" or on the same head
                    ins = [c for c in (*p.children, *head.children) if c.dep_ == "prep"]
                    if any(
                        c.lower_ == "in" and c.i > p.i and any(is_place(q, c) for q in c.children)
                        for c in ins
                    ):
                        found.append(p)
                elif _named_place(p, prep) or _in_wild_place(p):
                    found.append(p)
    return found


def _bare_town(tok: Token) -> bool:
    """A one-word name no one took for a person, a group or a date: "Korsk", "Tinzaouaten"
    (the model may tag a rare town a product or a nationality)."""
    ent = entity_at(tok.doc, tok.idx, tok.idx + len(tok))
    return (
        tok.pos_ == "PROPN"
        and tok.text.isalpha()
        and not tok.text.isupper()
        and tok.ent_type_ not in {"PERSON", "ORG", "DATE", "TIME", "CARDINAL"}
        and not any(c.dep_ in {"det", "compound", "poss"} for c in tok.children)
        and (ent is None or ent.kind == "gpe")
    )


def _in_wild_place(place: Token) -> bool:
    """ "a camp in the jungle", "a hideout in the mountains", "a farmhouse in the hills": a
    place no name is needed for."""
    dwellings = {"hideout", "village", "cave", "farmhouse", "farm", "hut", "cabin", "compound"}
    return place.lemma_.lower() in CARE_PLACES | dwellings and any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "deep"}
        and any(q.dep_ == "pobj" and q.lower_ in WILD_PLACES for q in c.children)
        for c in place.children
    )


def _kept_in_named_jail(verb: Token) -> bool:
    """ "in custody at HMP X", "in a military prison in Mbale", "in detention at the X
    centre": a place of custody with a name hung on it (or on the verb)."""
    for jail in prep_children(verb, {"in"}):
        if jail.lemma_.lower() not in JAIL_WORDS | {"detention", "cell"}:
            continue
        for g in jail.children:
            if g.dep_ != "prep" or g.lower_ not in {"at", "in", "near", "outside"}:
                continue
            for q in (q for q in g.children if q.dep_ == "pobj"):
                if q.pos_ == "PROPN" and q.ent_type_ not in {"DATE", "TIME", "ORG", "NORP"}:
                    return True  # "at HMP Bronzefield", "in Mbale" (whatever the tagger says)
                if _named_place(q, g):
                    return True
        if _at_place(verb):
            return True
    return False


def _at_event_in_place(verb: Token) -> bool:
    """ "was last seen at a charity dinner in Hong Kong", "seen at a rally in Kano": the
    event's named place is where the one seen was."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"at", "during"}
        and any(
            p.dep_ == "pobj"
            and p.lemma_.lower() in GATHERINGS
            and any(
                g.dep_ == "prep" and g.lower_ in {"in", "near"} and _named_place(q, g)
                for g in p.children
                for q in g.children
                if q.dep_ == "pobj"
            )
            for p in c.children
        )
        for c in verb.children
    )


def _said_over_the_line(verb: Token) -> list[Token]:
    """The named speaker (or "his brother, X") who said something "by telephone from X"."""
    lines = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"by", "over", "via"}
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in LINE_NOUNS
    ]
    if not lines or not _from_places(verb):
        return []
    return [
        next((c for c in s.children if c.dep_ == "appos" and c.pos_ == "PROPN"), s)
        for s in subject_of(verb)
        if s.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in s.children)
    ]


def _speaker_hung_on_town(verb: Token) -> list[Token]:
    """The speaker of an opening "Speaking / Talking by phone from X, [the aid worker] Y,
    said" whom the parser hung on the town X as an apposition (its "said" then has no
    subject): the apposition that runs up to the comma before the speaking verb."""
    head = verb.head
    if (
        verb.tag_ != "VBG"
        or verb.dep_ not in {"advcl", "csubj"}
        or verb.i > head.i
        or head.lemma_.lower() not in lx.SPEAKING_VERBS
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children)
        or _negated(verb)
    ):
        return []
    lines = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"by", "over", "via", "on"}
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in LINE_NOUNS
    ]
    for prep in (c for h in (verb, *lines) for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for town in (p for p in prep.children if p.dep_ == "pobj"):
            if not (
                town.pos_ == "PROPN"
                and town.text.isalpha()
                and not town.text.isupper()
                and town.ent_type_ not in {"DATE", "TIME", "CARDINAL"}
            ):
                continue
            for appos in (c for c in town.children if c.dep_ == "appos" and _person_word(c)):
                last = max(t.i for t in appos.subtree)
                if all(t.is_punct for t in verb.doc[last + 1 : head.i]):
                    name = next(
                        (c for c in appos.children if c.dep_ == "appos" and c.pos_ == "PROPN"),
                        appos,
                    )
                    return [name]
    return []


def _person_word(tok: Token) -> bool:
    """A name, "he" / "she", or a noun with a name in apposition ("his son, Patrice")."""
    return (
        tok.pos_ == "PROPN"
        or tok.lower_ in lx.THIRD_PERSON
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)
    )


def _speakers_of(verb: Token) -> list[Token]:
    """Who speaks: the subject of "he said", the person a participle hangs on ("X,
    speaking from ..., said"), or the main clause's subject of an opening participle
    ("Speaking from ..., X said")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        people = [verb.head]
    elif verb.dep_ == "advcl" and verb.tag_ in {"VBG", "VBN"}:
        people = subject_of(verb.head)
    else:
        people = subject_of(verb)
    return [p for p in people if _person_word(p)]


# Dangers one escapes with one's life: "fled the blaze", "escaped the explosion".
DANGER_NOUNS = frozenset(
    {"fire", "blaze", "flame", "flames", "inferno", "smoke", "explosion", "blast", "crash"}
    | {"wreck", "wreckage", "rubble", "flood", "floodwater", "floodwaters", "collapse"}
    | {"shelling", "gunfire", "massacre", "ambush", "bombing", "avalanche", "landslide"}
)
# Places one flees while they burn or fall: "the burning building", "the sinking ship".
_PERILS = frozenset({"burning", "blazing", "collapsing", "sinking", "flooded", "flooding"})
# What a story of a disaster is about, when an escape names no danger: "a fire swept the
# factory ... X escaped by climbing down a drainpipe".
_DISASTER_WORDS = frozenset({"fire", "blaze", "inferno", "explosion", "collapse", "flood"})


def _got_out_of_danger(verb: Token) -> bool:
    """ "escaped / fled the fire", "fled the burning building", "walked away from the
    crash", and "escaped by climbing out of a window" in a story of a fire or collapse (not
    from a prison, a camp or captors: the escape's own rule)."""
    lemma = verb.lemma_.lower()
    if lemma == "make" and not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return False  # "made it out of the burning bus" (and no other "make")
    away = [c for c in verb.children if c.lower_ in {"away", "out"}]  # "walked away from"
    dangers = [c for c in verb.children if c.dep_ == "dobj"] + [
        p
        for h in (verb, *away)
        for p in prep_children(h, {"from", "out"} if h is verb else {"from", "of"})
        if p.dep_ == "pobj"
    ]
    if lemma == "walk" and not away:
        return False  # ("walked out of the rubble": out of a danger below; "walked out of
        # prison" names none)
    if any(
        d.lemma_.lower() in DANGER_NOUNS or any(c.lower_ in _PERILS for c in d.children)
        for d in dangers
    ):
        return True
    return (
        lemma == "escape"
        and not dangers
        and any(
            c.dep_ == "prep" and c.lower_ == "by" and any(g.tag_ == "VBG" for g in c.children)
            for c in verb.children
        )
        and not _DISASTER_WORDS.isdisjoint(t.lemma_.lower() for t in verb.doc)
        and lx.KIDNAP_WORDS.isdisjoint(t.lemma_.lower() for t in verb.doc)
    )


def _reached_by_line(verb: Token) -> list[Token]:
    """ "Reached by phone (in X), he said": an opening passive participle of reaching over a
    line, whose one reached is the main clause's subject."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i > verb.head.i or _negated(verb):
        return []
    if not any(
        c.dep_ in {"prep", "agent"}
        and c.lower_ in {"by", "over", "via"}
        and any(p.lemma_.lower() in LINE_NOUNS for p in c.children if p.dep_ == "pobj")
        for c in verb.children
    ):
        return []
    if verb.head.lemma_.lower() not in lx.SPEAKING_VERBS | {"tell", "decline", "refuse"}:
        return []
    return _speakers_of(verb)


def _from_sickbed(verb: Token) -> Token | None:
    """The bed of "said from his hospital bed", "speaking from her sickbed in X"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        for bed in (p for p in prep.children if p.dep_ == "pobj"):
            if bed.lower_ in {"sickbed", "deathbed"} or (
                bed.lemma_.lower() == "bed"
                and any(c.lower_ in {"hospital", "sick"} for c in bed.children)
            ):
                return bed
    return None


def _last_time_seen(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "The last time anyone saw X was on May 2": the copula that dates the sighting and the
    one seen (the parser hangs "the last time" on "saw" and makes X the copula's subject,
    or keeps X as the object and "saw" a relative clause of "time")."""
    time = verb.head if verb.dep_ == "relcl" else None
    time = time or next((c for c in verb.children if c.dep_ == "npadvmod"), None)
    if (
        time is None
        or time.lemma_.lower() != "time"
        or not any(c.dep_ == "amod" and c.lower_ == "last" for c in time.children)
        or _negated(verb)
    ):
        return None
    for c in verb.children:
        if c.dep_ == "ccomp" and c.lemma_.lower() == "be":
            seen = [s for s in c.children if s.dep_ == "nsubj" and _person_word(s)]
            if seen:
                return c, seen
    seen = [c for c in verb.children if c.dep_ == "dobj" and _person_word(c)]
    if seen and time.head.lemma_.lower() == "be":
        return time.head, seen  # "The last time anyone saw him was in May"
    return None


def _witnessed(verb: Token) -> list[Token]:
    """The people an eyewitness says he saw: "had seen Father X in the camp", "saw her
    husband in Mostar", "had seen the sheikh on Tuesday evening". Not a sighting in a
    video or photo (the recording's own claim), not a question ("Has anyone seen him?"), not
    a negated one, not one that sees the person do something ("seen him leave the town",
    "saw him die": the act is the claim), and not "we" or "I" in a story's own voice
    seeing a person on a screen."""
    if is_passive(verb) or _negated(verb) or verb.tag_ not in {"VBD", "VBN"}:
        return []
    if verb.dep_ in {"relcl", "acl"}:
        return []  # "a party official who saw him this morning told me ...": who speaks
    if any(t.text == "?" for t in verb.sent):
        return []
    if any(
        c.dep_ in {"ccomp", "xcomp", "oprd"} and c.pos_ in {"VERB", "AUX"} and not _seen_doing(c)
        for c in verb.children
    ):
        return []
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    if any(
        c.dep_ == "nsubj"
        and (c.lower_ in {"nobody", "none"} or any(d.lower_ == "no" for d in c.children))
        for c in verb.children
    ):
        return []  # "Nobody has seen him since", "No one saw her": no witness, no sign of life
    if any(
        t.lemma_.lower() in RECORDED_WORDS | {"photo", "photograph", "picture", "image", "tv"}
        for c in verb.children
        if c.dep_ == "prep"
        for t in c.subtree
    ):
        return []  # "saw him in a video", "on television"
    seen = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and not any(
            d.dep_ in {"acl", "relcl", "ccomp", "xcomp"} and not _seen_doing(d) for d in c.children
        )
        and (
            c.pos_ == "PROPN"
            or c.lower_ in {"him", "her", "them"}
            or (c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_NOUNS)
            or (
                c.pos_ == "NOUN"
                and any(d.dep_ == "poss" for d in c.children)
                and c.lemma_.lower() in lx.KIN_NOUNS
            )
        )
    ] or [
        # "had last seen X alive in a camp": the parser makes X the adjective's subject
        d
        for c in _seen_states(verb)
        for d in c.children
        if d.dep_ == "nsubj" and (d.pos_ == "PROPN" or d.lower_ in {"him", "her", "them"})
    ]
    doing = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and _seen_doing(c)]
    seen = seen or [
        # "saw X walking to the bus", "had seen X, 59, dining at a hotel": the parser makes X
        # the participle's subject, or (after an apposition) a loose modifier of "seen"
        d
        for d in (
            *(d for c in doing for d in c.children if d.dep_ == "nsubj"),
            *(c for c in verb.children if c.dep_ == "npadvmod" and doing),
        )
        if d.pos_ == "PROPN" or d.lower_ in {"him", "her", "them"}
    ]
    return expand_conj(seen)


# what no witness sees a person "doing" alive: the act is the claim ("saw him dying")
_NOT_SEEN_ALIVE = frozenset({"die", "bleed", "drown", "fall", "burn", "lie"})


def _seen_doing(verb: Token) -> bool:
    """ "had seen Villacorta dining at a hotel", "saw her walking to the bus": a present
    participle tells what the person was doing when seen, a sighting of him alive (unlike
    the bare infinitive of "saw him leave the town", "saw him die", where the act is the
    claim)."""
    return (
        verb.tag_ == "VBG"
        and verb.lemma_.lower() not in _NOT_SEEN_ALIVE
        # (a bare participle: "and that he was walking" is a clause of its own)
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


# What a person found in these states is not found where he now is (a body, a verdict).
_NOT_FOUND_ALIVE = frozenset(
    {"dead", "hanged", "murdered", "drowned", "guilty", "innocent", "responsible", "liable"}
)


def _found_at_site(verb: Token) -> list[Token]:
    """The people a passive verb of finding comes upon at a site: the site hung on the verb
    ("found near a mine"), or on what they were doing ("spotted walking along a riverbed",
    with the participle often misattached to the noun before it). Not a body ("found dead",
    "his body was found"), not a search that failed ("has not been found"), not a sighting
    in a recording ("seen in a video": no site)."""
    if not is_passive(verb) or _negated(verb) or obliged(verb):
        return []
    if any(c.lower_ in _NOT_FOUND_ALIVE for c in verb.children):
        return []  # "found dead in a field", "found guilty by a court in X"
    found = [p for p in patient_of(verb) if p.lemma_.lower() not in {"body", "remains", "corpse"}]
    if not found:
        return []
    doers = [
        t
        for t in verb.subtree
        if t.tag_ == "VBG" and t.dep_ in {"xcomp", "advcl", "acl", "oprd", "ccomp"}
    ]
    # a sighting needs a place with a name ("seen at a hotel in the city" is a rumour's
    # vagueness); a search that finds someone may end anywhere ("in a snow hole")
    named = verb.lemma_.lower() in SIGHTING_VERBS
    return (
        found
        if any(_at_site(t, named=named) for t in (verb, *doers))
        or any(_crossed_site(t) and (not named or _named_in(t)) for t in doers)
        else []
    )


def _crossed_site(doer: Token) -> bool:
    """A site that what the person was doing crosses or walks, its object: "spotted crossing
    a dry river bed south of X"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in FINDING_SITES for c in doer.children)


def _named_in(place: Token) -> bool:
    """A place name anywhere in the phrase ("a riverbed east of X"; not a date in it)."""
    return any(
        t.ent_type_ in {"GPE", "LOC", "FAC"}
        or t.pos_ == "PROPN"
        and t.ent_type_ not in {"DATE", "TIME"}
        for t in place.subtree
    )


def _at_site(head: Token, *, named: bool) -> bool:
    """A place phrase on ``head`` where a person can be found: a place ("near Kosti", "at a
    farm near X") or a site out of doors or indoors ("in a snow hole", "along a riverbed");
    ``named``: only a phrase with a place name in it ("along a riverbed east of X")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in FINDING_PREPS
        and any(
            p.dep_ == "pobj"
            and p.ent_type_ not in {"DATE", "TIME", "ORG", "NORP", "PERSON"}
            and (is_place(p, c) or p.lemma_.lower() in FINDING_SITES)
            and (not named or _named_in(p))
            for p in c.children
        )
        for c in head.children
    )


def _seen_states(verb: Token) -> list[Token]:
    """The state a witness saw a person in: "seen him alive", "saw her (looking) thin"."""
    return [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"} and c.pos_ == "ADJ"]


def _at_any_place(verb: Token) -> bool:
    """A place hung on the verb, named or not: "in the camp", "in Mostar", "at a checkpoint
    near X"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "at", "near", "outside", "inside"}
        and any(p.dep_ == "pobj" and is_place(p, c) for p in c.children)
        for c in verb.children
    )


def _still_here(verb: Token) -> bool:
    """'"I am still here," he said': the speaker lives."""
    advs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    return (
        {"still", "here"} <= advs
        and not _negated(verb)
        and any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in verb.children)
    )


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'s", "'ve"} for c in verb.children)


def _carried_in(verb: Token) -> list[Token]:
    """The people a landing plane or arriving convoy carries: "a plane carrying X"."""
    if not any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "at"}
        and any(p.dep_ == "pobj" and is_place(p, c) for p in c.children)
        for c in verb.children
    ):
        return []
    return [
        o
        for s in verb.children
        if s.dep_ == "nsubj" and s.lemma_.lower() in CRAFTS
        for a in s.children
        if a.dep_ in {"acl", "relcl"} and a.lemma_.lower() in {"carry", "bring", "transport"}
        for o in a.children
        if o.dep_ == "dobj"
    ]


def _casualty(noun: Token) -> str | None:
    """ "the dead", "the victims", "the bodies" → killed; "the wounded" → wounded."""
    word = noun.lower_
    if word in {"dead", "victims", "bodies", "killed", "deceased"}:
        return "killed"
    if word in {"wounded", "injured"}:
        return "wounded"
    return None


def _named_casualties(verb: Token) -> list[Hit] | None:
    """ "The report names the dead as X and Y", "the victims were named as X and Y"."""
    group = next(
        (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and _casualty(c)), None
    )
    if group is None:
        return None
    named = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "PROPN"
    ]
    if not named:
        return None
    return [Hit(_casualty(group) or "killed", verb, expand_conj(named), {verb.i})]


def _one_of_casualties(verb: Token) -> str | None:
    """ "was one of the dead / the wounded"."""
    for c in verb.children:
        if c.dep_ == "attr" and c.lower_ == "one":
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ == "of":
                    for p in g.children:
                        if p.dep_ == "pobj" and (pred := _casualty(p)):
                            return pred
    return None


def _contacted_person(verb: Token) -> list[Token]:
    """ "in contact / touch with him / with X"."""
    return [
        q
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in {"contact", "touch"}
        for w in p.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for q in w.children
        if q.dep_ == "pobj" and (q.lower_ in {"him", "her"} or q.ent_type_ == "PERSON")
    ]


def _custody_office(verb: Token) -> bool:
    """A "to" / "at" / "in" phrase on the verb naming an office of the police or the security
    services ("the agency's headquarters", "a police station in X", "the headquarters of
    the State Security Agency")."""
    for office in prep_children(verb, {"to", "at", "in"}):
        if office.dep_ != "pobj" or office.lemma_.lower() not in CUSTODY_OFFICES:
            continue
        keepers = [t for t in office.subtree if t.i != office.i]
        if any(t.lower_ in CUSTODY_KEEPERS or t.lemma_.lower() in CUSTODY_KEEPERS for t in keepers):
            return True
    return False


def _shares_passive(verb: Token) -> bool:
    """ "was wounded and taken to a clinic": the second participle shares the first one's
    "was" (and its subject)."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"} for c in verb.children
        )
        and is_passive(verb.head)
    )


def _passive_across_phrase(verb: Token) -> Token | None:
    """The passive verb of "was freed in a deal brokered by Qatar and flown to Paris", where
    the parser joins the second participle ("flown") to the one inside the first verb's
    phrase ("brokered"); None for any other shape."""
    inner = verb.head
    if not (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and inner.dep_ == "acl"
        and inner.tag_ == "VBN"
        and not any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"} for c in verb.children
        )
        and inner.head.dep_ == "pobj"
        and inner.head.head.dep_ == "prep"
    ):
        return None
    first = inner.head.head.head
    return first if first.pos_ == "VERB" and is_passive(first) else None


# Sites a person is or is not at when something happens: "was not at the factory at the
# time of the fire", "not in the country when ...".
_ALIBI_SITES = frozenset(
    {"factory", "plant", "house", "home", "building", "office", "scene", "country", "city"}
    | {"town", "village", "hotel", "compound", "club", "bar", "restaurant", "mosque", "church"}
    | {"school", "stadium", "flat", "apartment", "camp", "base", "station", "market", "shop"}
    | {"warehouse", "farm", "party", "wedding", "rally", "meeting", "premises", "site"}
)
# Nouns that name a point of time an absence is told at: "at the time", "on the night of".
_ALIBI_TIMES = frozenset({"time", "night", "day", "evening", "morning", "afternoon", "moment"})


def _care_place_below(tables: DocIndex, i: int) -> bool:
    """Whether a place of care (:data:`CARE_PLACES`) is the object of an "in" / "at" under
    one of the states :func:`_state_in_care_place` reads on token ``i`` (indices only)."""
    dep, pos, lemma, kids = tables.dep, tables.pos, tables.lemma, tables.children
    states = _prep_objects(tables, i, {"in"})
    states += [c for c in kids[i] if dep[c] in {"acomp", "attr"} and pos[c] == "ADJ"]
    states += [c for s in states for c in kids[s] if dep[c] == "conj" and pos[c] == "ADJ"]
    return any(
        lemma[p] in CARE_PLACES and p != s
        for s in states
        for p in _prep_objects(tables, s, _IN_AT_ONLY)
    )


_IN_AT_ONLY = frozenset({"in", "at"})


def _absent_at_the_time(verb: Token) -> tuple[Token, bool] | None:
    """The "in" / "at" / "near" of a copula that denies a whereabouts at an event's time
    ("was not at the factory at the time of the fire", "was not in the country when the bomb
    went off", "was nowhere near the stadium that evening"), with whether the denial is the
    word "nowhere" (which the polarity reading does not see); None otherwise. A "since"
    ("had not been in X since 2019") is a bound, not a time of an event."""
    tables = tables_of(verb.doc)
    nowhere = any(
        tables.dep[c] == "advmod" and tables.lower[c] == "nowhere" for c in tables.children[verb.i]
    )
    if not (nowhere or _negated(verb)) or obliged(verb) or not subject_of(verb):
        return None
    if any(c.dep_ == "prep" and c.lower_ in {"since", "for"} for c in verb.children):
        return None
    timed = any(
        c.dep_ == "advcl"
        and any(m.lower_ in {"when", "while", "as"} for m in c.children)
        or c.dep_ == "npadvmod"
        and c.lemma_.lower() in _ALIBI_TIMES
        or c.dep_ == "prep"
        and c.lower_ in {"at", "on", "during"}
        and any(
            p.lemma_.lower() in _ALIBI_TIMES or p.ent_type_ in {"DATE", "TIME"}
            for p in c.children
            if p.dep_ == "pobj"
        )
        for c in verb.children
    )
    if not timed:
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "nowhere")]
    for prep in (c for h in holders for c in h.children):  # "near" may hang on "nowhere"
        if prep.dep_ != "prep" or prep.lower_ not in ({"near"} if nowhere else {"in", "at"}):
            continue
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            if pobj.lemma_.lower() in _ALIBI_TIMES or pobj.ent_type_ in {"DATE", "TIME"}:
                continue  # "at the time" is the time, not the place
            if (
                is_place(pobj, prep)
                or _town_misread(pobj)
                or pobj.lemma_.lower() in _ALIBI_SITES
                and any(c.dep_ in {"det", "poss"} for c in pobj.children)
            ):
                return prep, nowhere
    return None


def _town_misread(dest: Token) -> bool:
    """ "was flown to Kisumu" with the town tagged as a group or a nationality: one bare
    capitalised word after a carrying verb's "to" (people are carried to places; an acronym
    or "the X" may still be a body: "handed to the UN", "taken to ICE")."""
    ent = entity_at(dest.doc, dest.idx, dest.idx + len(dest))
    return (
        dest.ent_type_ in {"ORG", "NORP"}
        and dest.text[:1].isupper()
        and dest.text.isalpha()
        and not dest.text.isupper()
        and not any(c.dep_ in {"det", "compound", "poss", "amod"} for c in dest.children)
        and (ent is None or ent.kind in {"org", "gpe"})
    )


def _destination(verb: Token) -> Token | None:
    """The object of the verb's "to" / "into": "taken to a hospital in X" → hospital."""
    return next(
        (
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in {"to", "into"}
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )


def _named_care_place(place: Token, *, named: bool = True) -> bool:
    """ "a hospital in Kanda", "the Al-Shifa hospital", "a detention facility in X": a named
    place of care or detention, which says where the person is kept; a relative clause
    "where he is being treated" says it itself."""
    if any(t.dep_ == "relcl" for t in place.subtree):
        return False  # "the hospital in Millau, where she is being treated"
    if place.lemma_.lower() in {"facility", "centre", "center", "colony"} and not any(
        t.lower_ in KEEPING_MODIFIERS for t in place.subtree
    ):
        return False  # "a shopping centre in X", "a sports facility"
    if not named:
        return True
    return any(
        t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC"}
        for t in place.subtree
        if t.i != place.i
    )


def _where_clause_beside(verb: Token, dest: Token) -> bool:
    """ "taken to the hospital in Kanda, where he is being treated": the place hung on the
    verb after the destination carries a relative clause that tells the stay itself."""
    return any(
        p.dep_ == "pobj" and p.i > dest.i and any(t.dep_ == "relcl" for t in p.subtree)
        for p in prep_children(verb, {"in", "near", "outside"})
    )


def _place_beside(verb: Token, dest: Token) -> bool:
    """ "taken to a detention facility in Kanda" with "in Kanda" hung on the verb."""
    return (
        not any(t.dep_ == "relcl" for t in dest.subtree)
        and any(
            c.dep_ == "prep"
            and c.lower_ in {"in", "near", "outside"}
            and c.i > dest.i
            and (
                any(
                    p.dep_ == "pobj"
                    and (p.pos_ == "PROPN" or p.ent_type_ in {"GPE", "LOC", "FAC"})
                    and not any(t.dep_ == "relcl" for t in p.subtree)  # "in X, where he is"
                    for p in c.children
                )
                # "taken to hospital in Tobruk suffering from exposure": the parser makes
                # the town the participle's subject; the name still follows the "in"
                or c.nbor().ent_type_ in {"GPE", "LOC"}
                and c.nbor() in c.subtree
                and c.nbor().dep_ != "pobj"
            )
            for c in verb.children
        )
        and _named_care_place(dest, named=False)
    )


def _backshifted_under_saying(verb: Token) -> bool:
    """ "Her spokesman said she was recovering": the clause a reporting verb governs, its
    present shifted back (a "was recovering" joined to a past event is a stage of the story)."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in lx.REPORTING_VERBS
        and any(c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
        # ("said X was recovering from a leg wound at the time": a stage of a past story)
        and not any(t.lower_ in {"time", "then"} for t in verb.subtree if t.i > verb.i)
    )


def _recovery_hits(verb: Token) -> list[Hit] | None:
    """ "is recovering (from his wounds) in hospital": alive now; "was recovering at the
    time", "had recovered" (stages of a past story) and "recovered the bodies" are not."""
    if any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in verb.children):
        return None
    raised = (  # "is said / believed to be recovering"
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in lx.RAISING_REPORT_VERBS
        and any(
            c.dep_ == "auxpass"
            and (
                c.lower_ in {"is", "are"}
                # "an official said X was believed to be recovering": the tense shifted back
                # under the reporting verb, the official's "is believed"
                or c.lower_ in {"was", "were"}
                and verb.head.dep_ == "ccomp"
                and verb.head.head.lemma_.lower() in lx.REPORTING_VERBS
            )
            for c in verb.head.children
        )
    )
    if (
        verb.tag_ != "VBG"
        or not raised
        and not any(
            c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'s", "'re"} for c in verb.children
        )
        and not _backshifted_at_place(verb)
        and not _backshifted_under_saying(verb)
    ):
        return None  # "had been wounded but was recovering": a stage of a past story
    subjects = _reported_subject(verb) or subject_of(verb)
    if not subjects:
        return None
    hits = [Hit("alive", verb, subjects, {verb.i})]
    place = place_of(verb)
    if place is not None and not _JUST_HOME.match(place):
        # ("recovering at home" names no place: the gold's "at home" is no located_in)
        hits.append(Hit("located_in", verb, subjects, {verb.i}))
    return hits


def _backshifted_at_place(verb: Token) -> bool:
    """ "a spokesman said X was recovering at a clinic in Mongo": the past progressive of
    reported speech, the tense shifted back from the speaker's "is recovering", with the
    place where it goes on (without one, "said X had been wounded but was recovering" is
    read as a stage of the story; "was recovering at the time" is one)."""
    if not any(c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in verb.children):
        return False
    head = verb
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in {"say", "tell"}:
        return False
    if any(t.lower_ == "time" for c in verb.children if c.dep_ == "prep" for t in c.subtree):
        return False  # "at the time"
    place = place_of(verb)
    return place is not None and not _JUST_HOME.match(place)


_HARM_VERBS = frozenset({"wound", "injure", "hurt", "harm"})


# Verbs telling a patient's condition: "describe / list / rate his condition as stable".
_CONDITION_TELLING = frozenset({"describe", "list", "rate", "call", "classify", "class"})


def _condition_described(verb: Token) -> list[Token]:
    """The patient whose "condition" the verb's object names, told "as stable / critical"
    (or "called it critical"): the possessive or the of-phrase's person."""
    if _negated(verb):
        return []
    conditions = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "condition"]
    told = [p for p in prep_children(verb, {"as"}) if p.dep_ in {"pobj", "amod", "acomp"}]
    told += [c for c in verb.children if c.dep_ in {"oprd", "acomp", "xcomp"}]
    told += [g for c in conditions for p in prep_children(c, {"as"}) for g in (p,)]
    if not conditions or not any(t.lower_ in lx.CONDITION_WORDS for t in told):
        return []
    return _owners_of(conditions)


def _owners_of(nouns: list[Token]) -> list[Token]:
    """Whose "condition" or "injuries" these are: the possessive ("his injuries", "Rao's
    condition") or the of-phrase's one person ("the condition of X")."""
    owners = [g for n in nouns for g in n.children if g.dep_ == "poss"]
    owners += [
        named_in_apposition(p)
        for n in nouns
        for p in prep_children(n, {"of"})
        if p.dep_ == "pobj" and _one_person(named_in_apposition(p))
    ]
    return owners


# Nouns of a patient's harm whose danger to life is judged: "his injuries are not
# life-threatening".
_JUDGED_HARMS = frozenset({"injury", "injuries", "wound", "wounds", "condition", "burns"})


def _injuries_judged(verb: Token) -> list[Token]:
    """The owner of the injuries or condition a copula calls (not) "life-threatening": the
    possessive ("his injuries", "Rao's wounds") or the of-phrase's person ("the condition
    of X")."""
    if not any(
        c.dep_ == "acomp"
        and (
            c.lower_ == "life-threatening"
            or (c.lower_ == "threatening" and any(g.lower_ == "life" for g in c.children))
        )
        for c in verb.children
    ):
        return []
    harms = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _JUDGED_HARMS]
    return _owners_of(harms)


def _predicative_conjunct_subjects(verb: Token) -> list[Token]:
    """The subject of "was tired but not wounded", "is weak but unhurt" for the second
    predicate: a participle joined to a copula's adjective (the parser hangs it on "was")."""
    head = verb.head
    if (
        verb.dep_ != "conj"
        or verb.tag_ != "VBN"
        or head.lemma_.lower() != "be"
        or not any(c.dep_ == "acomp" and c.i < verb.i for c in head.children)
        or any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "aux"} for c in verb.children)
    ):
        return []
    return subject_of(head)


# A home that names no place: "at home", "at his home", "in their flat".
_JUST_HOME = re.compile(
    r"(?:at|in) (?:his |her |their |the family |the |a )?(?:own )?(?:home|house|flat|apartment)$",
    re.IGNORECASE,
)


def _reported_subject(verb: Token) -> list[Token]:
    """ "X was freed on Friday, the group said, and is recovering at home": the parser joins
    the second predicate to the inserted "said", but it goes on with the reported clause's
    subject (X), not the group's."""
    head = verb.head
    if verb.dep_ != "conj" or head.lemma_.lower() not in lx.REPORTING_VERBS:
        return []
    told = [c for c in head.children if c.dep_ == "ccomp" and c.i < head.i]
    if not told:
        return []
    return patient_of(told[0]) if is_passive(told[0]) else subject_of(told[0])


def _in_contact(verb: Token) -> bool:
    """ "has been / remains in contact (touch) with his family / lawyers" (a negotiator "in
    contact with the kidnappers" is no sign of anyone's life)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(
            p.dep_ == "pobj"
            and p.lemma_.lower() in {"contact", "touch"}
            and any(
                w.dep_ == "prep"
                and w.lower_ == "with"
                and any(q.lemma_.lower() in CALLED_PEOPLE for q in w.children)
                for w in p.children
            )
            for p in c.children
        )
        for c in verb.children
    )


def _state_in_care_place(verb: Token) -> bool:
    """A named place of care or detention under the copula's state: "in a coma at a hospital
    in X" (on the state noun), "gravely ill in a hospital in X" (on the adjective or its
    conjunct)."""
    if not _care_place_below(tables_of(verb.doc), verb.i):
        return False  # (no place of care where the test below looks: from the tables first)
    states = [p for p in prep_children(verb, {"in"}) if p.dep_ == "pobj"]
    states += [c for c in verb.children if c.dep_ in {"acomp", "attr"} and c.pos_ == "ADJ"]
    states += [c for s in states for c in s.children if c.dep_ == "conj" and c.pos_ == "ADJ"]
    return any(
        p.dep_ == "pobj" and p.lemma_.lower() in CARE_PLACES and p.i != s.i and _named_care_place(p)
        for s in states
        for p in prep_children(s, {"in", "at"})
    )


def _never_left_place(verb: Token) -> bool:
    """ "has never left the prison", "has not left the militia's compound in Bama": a
    leaving negated on the verb itself, of a place a person can stay in (the country, a
    building, a town; "has not left his home" names no place), not a belief about it
    ("we do not believe he has left": the negation is the belief's)."""
    if not any(
        c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "never" for c in verb.children
    ):
        return False
    if obliged(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "must not leave the country": a bail condition
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.ent_type_ in {"GPE", "LOC", "FAC"}:
            return True
        if obj.pos_ == "PROPN" and known_place_name(obj.text):
            return True  # "has not left Lome since March" (a known town, misread)
        word = obj.lemma_.lower()
        if word in {"home", "house", "side", "room", "bed"}:
            continue
        if word in lx.KEEPING_PLACES | AREA_NOUNS | {"country", "island", "compound"}:
            return True
    return False


def _made_contact(verb: Token) -> list[Hit]:
    """ "made / regained contact with his family / his unit": the one who made it lives
    (contact with a stranger, "made contact with the kidnappers", is a negotiation)."""
    if (
        _negated(verb)
        or obliged(verb)
        or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    ):
        return []
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "contact"):
        withs = [*prep_children(obj, {"with"}), *prep_children(verb, {"with"})]
        if any(
            w.lemma_.lower() in CALLED_PEOPLE or any(d.dep_ == "poss" for d in w.children)
            for w in withs
        ):
            return [Hit("alive", verb, subject_of(verb), {verb.i})]
    return []


# Sets the state rules test a lemma against, built once (not per verb).
_CONTACT_NOUNS = frozenset({"contact", "touch"})  # "in contact / touch with"
_VOICE_CALL_VERBS = CALL_VERBS - {"contact", "reach", "email", "text"}
_MOVED_VERBS = lx.MOVING_VERBS | lx.CARRIED_VERBS


def state_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """The claims of the constructions listed in the module docstring; None when none
    applies (the caller's own rules then run)."""
    if lemma in CONVALESCING_VERBS:
        return _recovery_hits(verb)
    if lemma in _HARM_VERBS and (shared := _predicative_conjunct_subjects(verb)):
        # '"He was tired but not wounded"': the participle shares the copula's subject
        return [Hit("wounded", verb, shared, {verb.i, verb.head.i})]
    if lemma in _CONDITION_TELLING and (patients := _condition_described(verb)):
        # "doctors describe her condition as stable", "described the condition of X as
        # critical": a patient's condition told by the carers, so the patient lives, on
        # their word
        hit = Hit("alive", verb, patients, {verb.i})
        teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if teller is not None and teller.pos_ != "PRON":
            hit.claimant = name_of(ctx, teller)
            hit.certainty = "reported" if hit.claimant[2] else "asserted"
        return [hit]
    if lemma == "be" and (owners := _injuries_judged(verb)):
        # "police said his injuries were not life-threatening", "the condition of X is
        # life-threatening": a judgement of a living patient's danger, so alive either way
        # (the "not" denies the danger, not the life: polarity flipped back)
        return [Hit("alive", verb, owners, {verb.i}, polarity_neg=_negated(verb))]
    if lemma == "be" and (absence := _absent_at_the_time(verb)) is not None:
        # "police said he was not at the factory at the time of the fire", "was not in the
        # country when the bomb went off", "was nowhere near the stadium that evening": a
        # whereabouts denied at an event's time is located_in, negated (the README's
        # polarity convention); "had not been in X since 2019" is a bound (no time named)
        prep, nowhere = absence
        return [Hit("located_in", verb, subject_of(verb), {verb.i, prep.i}, polarity_neg=nowhere)]
    if lemma == "be" and _no_longer(verb) and _lead_state(verb):
        # "is no longer in command", "is no longer the party's leader": the post is lost
        # (the "no" of "no longer", read as a negation, denies nothing: polarity flipped)
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i}, polarity_neg=True)]
    touch = not _CONTACT_NOUNS.isdisjoint(doc_lemmas(ctx))  # (both rules below need one)
    if lemma in {"be", "remain", "stay", "keep"} and touch and _in_contact(verb):
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "has not been in contact since March": no sign of life
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    if (
        lemma in {"be", "remain", "lie", "stay"}
        and not _negated(verb)
        and not obliged(verb)
        and _state_in_care_place(verb)
    ):
        # "remains in a coma at a hospital in Nairobi", "is alive but gravely ill in a
        # hospital in Kabul": the place hangs on the state, not the verb; still where one is
        # (the state's own rules read the state)
        return [Hit("located_in", verb, subject_of(verb), {verb.i})] + (
            [Hit("alive", verb, subject_of(verb), {verb.i})]
            if any(c.lower_ == "alive" for c in verb.children)
            else []
        )
    if lemma == "leave" and _never_left_place(verb):
        # "he has never left the prison", "has not left the compound in Bama since": still
        # there (the verb's "not" negates the leaving, not the place: polarity flipped), and
        # the leaving itself negated beside it (the README's session-23 decision, as g226)
        return [
            Hit("located_in", verb, subject_of(verb), {verb.i}, polarity_neg=True),
            Hit("other:leave", verb, subject_of(verb), {verb.i}),
        ]
    if lemma in {"make", "establish", "regain"} and touch and (made := _made_contact(verb)):
        # "made contact with his base", "regained contact with his family": a missing
        # person who reaches his own people lives
        return made
    if (
        lemma in {"be", "remain", "stay"}
        and touch
        and not _negated(verb)
        and any(s.lemma_.lower() in CALLED_PEOPLE for s in subject_of(verb))
        and (reached := _contacted_person(verb))
    ):
        # "his family has been in contact with him": the one they reach lives
        return [Hit("alive", verb, reached, {verb.i})]
    if (
        lemma == "take"
        and is_passive(verb)
        and (dest := _destination(verb)) is not None
        and dest.head.lower_ == "into"
        and dest.lower_ in {"detention", "custody"}
    ):
        return [Hit("arrested", verb, patient_of(verb), {verb.i})]  # "taken into detention"
    if lemma == "take" and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() == "life"
        and any(m.lower_ == "own" for m in c.children)
        for c in verb.children
    ):
        return [Hit("killed", verb, subject_of(verb), {verb.i})]  # "took his own life"
    if (
        lemma == "hang"
        and verb.lower_ == "hanged"
        and verb.dep_ in {"xcomp", "oprd"}
        and verb.head.lemma_.lower() == "find"
    ):
        # "was found hanged in his cell"
        found = patient_of(verb.head) if is_passive(verb.head) else []
        return [Hit("killed", verb, found, {verb.i, verb.head.i})] if found else None
    if lemma == "lose" and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in {"battle", "fight", "struggle"}
        and any(g.dep_ == "prep" and g.lower_ in {"with", "against"} for g in c.children)
        for c in verb.children
    ):
        return [Hit("killed", verb, subject_of(verb), {verb.i})]  # "lost his battle with cancer"
    if (
        lemma in {"break", "fracture", "dislocate"}
        and not is_passive(verb)
        and any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in lx.BODY_PARTS
            and any(d.dep_ == "poss" for d in c.children)
            for c in verb.children
        )
    ):
        return [Hit("wounded", verb, subject_of(verb), {verb.i})]  # "broke his arm in the blast"
    if (
        lemma in {"have", "suffer", "sustain"}
        and not is_passive(verb)
        and not _negated(verb)
        and not obliged(verb)
        and (hurt := _hurt_objects(verb))
    ):
        # "had a sprained ankle", "has cuts and bruises on her face", "suffered a dislocated
        # shoulder": an injury the person carries
        return [Hit("wounded", verb, subject_of(verb), {verb.i, *(h.i for h in hurt)})]
    if lemma == "have" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"bullet", "shrapnel", "pellet", "pellets"}
        for c in verb.children
    ):
        return [Hit("wounded", verb, subject_of(verb), {verb.i})]  # "has a bullet in his spine"
    if (
        lemma in {"escort", "lead", "take", "bring", "drive", "carry"}
        and is_passive(verb)
        and any(
            c.dep_ in {"prep", "prt", "advmod"}
            and c.lower_ == "out"
            and any(
                g.lower_ == "of" and any(p.lemma_.lower() in JAIL_WORDS for p in g.children)
                for g in c.children
            )
            for c in verb.children
        )
    ):
        return [Hit("released", verb, patient_of(verb), {verb.i})]  # "escorted out of prison"
    if lemma == "have" and any(
        c.dep_ in {"ccomp", "oprd", "xcomp"}
        and c.lower_ in {"amputated", "broken", "fractured", "shattered", "severed"}
        and any(
            d.dep_ in {"nsubj", "nsubjpass"} and d.lemma_.lower() in lx.BODY_PARTS
            for d in c.children
        )
        for c in verb.children
    ):
        return [Hit("wounded", verb, subject_of(verb), {verb.i})]  # "had his leg amputated"
    if (
        lemma in CARRYING_VERBS
        and is_passive(verb)
        and _destination(verb) is None
        and any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children)
        and not _negated(verb)
        and not obliged(verb)
        and verb.i > verb.sent.start + 1
    ):
        # "a guard at the barracks in Mbarara said X was brought there on Sunday": the place
        # named before
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    if (
        lemma in CARRYING_VERBS | {"hold", "keep", "detain"}
        and is_passive(verb)
        and not _negated(verb)
        and not obliged(verb)
        and _custody_office(verb)
    ):
        # "was taken to the military intelligence headquarters", "is being held at the
        # headquarters of the financial crimes agency", "taken to a police station in X":
        # where the person is kept (hold and detain: the custody is the verbs' own rule)
        hits = [Hit("located_in", verb, patient_of(verb), {verb.i})]
        if lemma in {"hold", "keep", "detain"}:
            hits.append(Hit("arrested", verb, patient_of(verb), {verb.i}))
        return hits
    if (
        lemma in _MOVED_VERBS
        and (first := _passive_across_phrase(verb)) is not None
        and (dest := _destination(verb)) is not None
        and is_place(dest, dest.head)
        and not _negated(verb)
    ):
        # "was freed on May 2 in a deal brokered by Qatar and flown to Paris": the parser
        # joins "flown" to the participle inside the phrase; it shares the first "was"
        return [Hit("located_in", verb, patient_of(first), {verb.i})]
    if (
        lemma in CARRYING_VERBS
        and is_passive(verb)
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
        and _destination(verb) is not None
    ):
        # "could be moved to a jail in Kazan", "may be flown to X": a possible move to come
        # ("may have been taken to Kutum" is a hedged past one, kept)
        return []
    if (
        lemma in _EXPULSION_VERBS
        and is_passive(verb)
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)  # "could be"
        and (dest := _destination(verb)) is not None
        and dest.head.lower_ == "to"
        and is_place(dest, dest.head)
        and not _negated(verb)
        and not obliged(verb)
    ):
        # "was extradited to Miami", "deported to Algeria": the act, and the person at the
        # destination
        moved = patient_of(verb)
        act = lx.PATIENT_VERBS.get(lemma, f"other:{lemma}")
        return [Hit(act, verb, moved, {verb.i}), Hit("located_in", verb, moved, {verb.i})]
    if (
        lemma in CARRYING_VERBS
        and (is_passive(verb) or _shares_passive(verb))
        and (dest := _destination(verb)) is not None
    ):
        if dest.lemma_.lower() in CARE_PLACES:
            if not _named_care_place(dest, named=False) or _where_clause_beside(verb, dest):
                return None  # "taken to a hospital (in X), where he is being treated": said there
            # "was rushed to a hospital in X", "was wounded and taken to the Y Clinic",
            # "was taken to hospital": a move to a place of care or detention, named or not,
            # puts the person there
            return [Hit("located_in", verb, patient_of(verb), {verb.i})]
        if (
            _shares_passive(verb)
            and lemma in _MOVED_VERBS
            or dest.head.lower_ == "into"
            and dest.lower_ not in INTO_STATES
        ) and is_place(dest, dest.head):
            # "was freed and flown to Gao": as "was flown to Gao"; "moved / taken into Mali"
            return [Hit("located_in", verb, patient_of(verb), {verb.i})]
        if (
            dest.head.lower_ == "to"
            and (dest.pos_ == "PROPN" and is_place(dest, dest.head) or _town_misread(dest))
            and not _negated(verb)
            and not obliged(verb)
        ):
            # "was taken / flown / driven / airlifted to Kisumu": a person carried to a
            # named town is there (the README's "was transferred to X" is located_in, at
            # the carrying's time); "to hospital", "to court", "to task", "to justice",
            # "to tears", "to an unknown location", "to a state security building" name no
            # town (a common noun is left to the care-place rule above and to "moved")
            return [Hit("located_in", verb, patient_of(verb), {verb.i})]
        return None
    if lemma == "serve" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"sentence", "term"} for c in verb.children
    ):
        # "is serving her sentence in a women's colony in Nurek": where she is held
        if place_of(verb) is not None:
            return [
                Hit("arrested", verb, subject_of(verb), {verb.i}),
                Hit("located_in", verb, subject_of(verb), {verb.i}),
            ]
        return None
    if lemma == "go" and any(
        p.lower_ in {"hiding", "exile"} for p in prep_children(verb, {"into"})
    ):
        # "went into hiding in the mountains": where the person is (a place is needed)
        if place_of(verb) is not None:
            return [Hit("located_in", verb, subject_of(verb), {verb.i})]
        return None
    if lemma in {"be", "remain", "stay"} and (
        home := next(
            (c for c in verb.children if c.dep_ == "advmod" and c.lower_ in {"home", "back"}),
            None,
        )
    ):
        # "is back home in Vilnius", "is back with her family in Maiduguri": where she is
        holders = [home] + [
            p
            for c in home.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if any(
            c.dep_ == "prep" and c.lower_ == "in" and any(is_place(p, c) for p in c.children)
            for h in holders
            for c in h.children
        ):
            return [Hit("located_in", verb, subject_of(verb), {verb.i})]
        return None
    if (
        lemma in {"be", "hide", "live", "stay", "remain", "settle"}
        and any(c.dep_ == "advmod" and c.lower_ in {"abroad", "overseas"} for c in verb.children)
        and not _negated(verb)
    ):
        # "was hiding abroad", "now lives overseas": out of the country
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (
        lemma == "interview"
        and is_passive(verb)
        and not _negated(verb)
        and any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(p.dep_ == "pobj" and _named_place(p, c) for p in c.children)
            for h in (verb, *(p for a in verb.children if a.dep_ == "agent" for p in a.children))
            for c in h.children
        )
    ):
        # "X was interviewed by the BBC in Beirut on Monday": as "spoke to the BBC in
        # Beirut", an interview given in a town ("in X" on the verb or on the interviewer)
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    if lemma in {"speak", "talk", "tell"} and (where := _spoke_from(verb)):
        # "He spoke to the Review at his home in Uppsala", "his son, Patrice, told us by
        # phone from Paris": where a named speaker is
        return [Hit("located_in", verb, where, {verb.i})] + (_spoken_to_hits(verb) or [])
    if lemma in {"speak", "talk"}:
        return _spoken_to_hits(verb)
    if (
        lemma == "write"
        and not is_passive(verb)
        and not _negated(verb)
        and not obliged(verb)
        and any(p.lemma_.lower() in CALLED_PEOPLE for p in prep_children(verb, {"to"}))
        and (
            _from_places(verb)
            or any(
                p.lemma_.lower() in JAIL_WORDS | {"hospital"} for p in prep_children(verb, {"from"})
            )
        )
    ):
        # "wrote to his wife from the prison in Szeged", "wrote to his mother from prison": a
        # letter home is a sign of life, and says where it was written (as "held in a prison")
        return [
            Hit("alive", verb, subject_of(verb), {verb.i}),
            Hit("located_in", verb, subject_of(verb), {verb.i}),
        ]
    if (
        lemma in CALL_VERBS
        and not is_passive(verb)
        and not _negated(verb)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in CALLED_PEOPLE for c in verb.children)
    ):
        hits = [Hit("alive", verb, subject_of(verb), {verb.i})]  # "called his mother"
        if _from_places(verb):
            # "called his wife from a prison in Tripoli": and where the call came from (a
            # named place; "from a hotel" names none)
            hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
        return hits
    if (
        lemma in CALL_VERBS
        and not is_passive(verb)
        and not _negated(verb)
        and any(c.dep_ == "dobj" and c.lower_ in {"him", "her", "me", "us"} for c in verb.children)
        and (froms := [p for p in prep_children(verb, {"from"}) if p.dep_ == "pobj"])
    ):
        # "his father had called him from the airport", "she called me from a number I did
        # not know": the caller lives (and was where the call came from)
        hits = [Hit("alive", verb, subject_of(verb), {verb.i})]
        if any(
            is_place(p, p.head)
            and not (
                any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in p.children)
                and not any(
                    t.pos_ == "PROPN" and t.ent_type_ not in {"DATE", "TIME"} for t in p.subtree
                )
            )
            for p in froms
        ):
            # ("from a hotel", one unnamed place of many, says no whereabouts: g08)
            hits.append(Hit("located_in", verb, subject_of(verb), {verb.i}))
        return hits
    if (
        lemma in _VOICE_CALL_VERBS
        and not is_passive(verb)
        and not _negated(verb)
        and any(c.dep_ == "dobj" and c.lower_ in {"him", "her", "me", "us"} for c in verb.children)
        and not any(
            c.dep_ in {"oprd", "xcomp", "ccomp", "attr", "acomp", "prt"} for c in verb.children
        )
        and any(t.ent_type_ in {"DATE", "TIME"} for c in verb.children for t in c.subtree)
    ):
        # "He had called her on Sunday": the caller lives (a dated call; "called him a
        # traitor" names, "called him in" summons)
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    if (
        lemma == "breathe"
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)
        and not _negated(verb)
    ):
        # '"he was breathing and talking" when he was left in the cell', "is breathing on
        # his own": a living body
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    if lemma == "be" and _still_here(verb):
        return [Hit("alive", verb, subject_of(verb), {verb.i})]  # '"I am still here"'
    if lemma in ARRIVE_VERBS and (carried := _carried_in(verb)):
        # "a plane carrying X has landed in Doha": X is there
        return [Hit("located_in", verb, carried, {verb.i})]
    if (
        lemma in ARRIVE_VERBS
        and not _negated(verb)
        and (_perfect(verb) or verb.tag_ in {"VBZ", "VBP"})  # a minister "arrived" for talks
        and any(
            c.dep_ == "prep"
            and c.lower_ in {"in", "at"}
            and any(p.dep_ == "pobj" and is_place(p, c) for p in c.children)
            for c in verb.children
        )
    ):
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]  # "has arrived in Doha"
    if (
        lemma == "leave"
        and not is_passive(verb)
        and any(p.lemma_.lower() in LEFT_WITH_HARM for p in prep_children(verb, {"with"}))
        and (left := [c for c in verb.children if c.dep_ == "dobj"])
    ):
        return [Hit("wounded", verb, left, {verb.i})]  # "left him with shrapnel in his back"
    if (
        lemma in {"live", "hide", "stay", "settle", "shelter"}
        and verb.dep_ == "relcl"
        and any(c.lower_ == "where" for c in verb.children)
        and is_place(verb.head, verb.head.head)
        and not _negated(verb)
    ):
        # "went into exile in Havana, where he lived until 2016": the antecedent is the place
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if lemma == "lose" and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in {"use", "sight", "hearing"}
        and (
            c.lemma_.lower() != "use"
            or any(
                g.dep_ == "prep"
                and g.lower_ == "of"
                and any(p.lemma_.lower() in lx.BODY_PARTS for p in g.children)
                for g in c.children
            )
        )
        for c in verb.children
    ):
        # "lost the use of his legs after being beaten", "lost the sight of one eye"
        return [Hit("wounded", verb, subject_of(verb), {verb.i})]
    if lemma == "be" and _staff_of_outlet(verb):
        return []  # "Our correspondent X is at the hospital": the outlet's reporter at work
    if (
        lemma == "grant"
        and is_passive(verb)
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in {"release", "parole", "freedom", "bail"}
            for c in verb.children
        )
    ):
        return [Hit("released", verb, patient_of(verb), {verb.i})]  # "granted early release"
    if lemma in {"hospitalize", "hospitalise"} and is_passive(verb):
        # "is hospitalised in Kanda": the event, and where the person is
        hits = [Hit("other:hospitalize", verb, patient_of(verb), {verb.i})]
        if place_of(verb) is not None:
            hits.append(Hit("located_in", verb, patient_of(verb), {verb.i}))
        return hits
    if lemma == "hold" and is_passive(verb):
        # "is held hostage in Kanda": the place hangs on "hostage"
        held = [
            c
            for c in verb.children
            if c.dep_ == "oprd" and c.lemma_.lower() in {"hostage", "captive", "prisoner"}
        ]
        if held and any(
            c.dep_ == "prep"
            and c.lower_ in {"in", "at", "near"}
            and any(is_place(p, c) for p in c.children)
            for c in held[0].children
        ):
            return [
                Hit("captured", verb, patient_of(verb), {verb.i}),
                Hit("located_in", verb, patient_of(verb), {verb.i}),
            ]
        return None
    if lemma in {"shoot", "stab"} and is_passive(verb) and not _death_near(verb):
        # "was shot twice when gunmen opened fire", "was stabbed outside his home": hurt;
        # beside a death ("shot dead", "The body of X was found. X had been shot") it is
        # how the person died
        return [Hit("wounded", verb, patient_of(verb), {verb.i})]
    if lemma == "hand" and (handed := _handed_to_police(ctx, verb)):
        # "was handed over to the police", "residents caught him and handed him over to
        # police": a suspect taken into custody (a hostage handed to troops is freed)
        return [Hit("arrested", verb, handed, {verb.i})]
    if lemma == "let" and is_passive(verb):
        if any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_ in {"go", "walk"} for c in verb.children):
            return [Hit("released", verb, patient_of(verb), {verb.i})]  # "was let go"
        return None
    if (
        lemma == "stop"
        and is_passive(verb)
        and any(p.lemma_.lower() in STOPPING_PLACES for p in prep_children(verb, {"at"}))
        and not any(
            p.lemma_.lower() in lx.NON_STATE_CAPTORS
            for c in verb.children
            if c.dep_ == "agent"
            for p in c.children
        )
    ):
        # "was stopped at the airport / the border": those who stop travellers there are the
        # state's (police, border officials), so a custody (README, session 18: "stopped / held
        # at the airport" is ``arrested``, g95), unless the clause names other stoppers; "and
        # turned back / sent back" is a refused crossing, no custody (other:stop)
        refused = any(
            c.dep_ == "conj"
            and c.lemma_.lower() in {"turn", "send"}
            and any(
                p.dep_ in {"prt", "advmod"} and p.lower_ in {"back", "away"} for p in c.children
            )
            for c in verb.children
        )
        return [Hit("other:stop" if refused else "arrested", verb, patient_of(verb), {verb.i})]
    if lemma == "be" and any(
        c.dep_ == "attr"
        and c.lower_ == "part"
        and any(
            g.dep_ == "prep"
            and g.lower_ == "of"
            and any(p.lemma_.lower() in SWAP_NOUNS for p in g.children)
            for g in c.children
        )
        for c in verb.children
    ):
        # "was (not) part of the exchange": (not) freed in it; the negation is the verb's
        return [Hit("released", verb, subject_of(verb), {verb.i})]
    if lemma in {"name", "identify", "list"} and (named := _named_casualties(verb)) is not None:
        return named
    if (
        lemma == "fall"
        and any(
            p.lemma_.lower() in {"battle", "combat", "action"} for p in prep_children(verb, {"in"})
        )
        and not _negated(verb)
    ):
        return [Hit("killed", verb, subject_of(verb), {verb.i})]  # "fell in battle in 2015"
    if lemma == "be" and (one_of := _one_of_casualties(verb)) is not None:
        return [Hit(one_of, verb, subject_of(verb), {verb.i})]  # "was one of the dead"
    if lemma in {"bleed", "starve", "freeze", "suffocate", "choke"} and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children)
        for c in verb.children
    ):
        return [Hit("killed", verb, subject_of(verb), {verb.i})]  # "bled / starved to death"
    return _contact_and_movement_hits(verb, lemma)


# Every lemma a rule of _contact_and_movement_hits tests: any other verb has none of them.
_CONTACT_AND_MOVEMENT_LEMMAS = (
    frozenset(
        {
            *("visit", "find", "write", "send", "pen", "receive", "get", "hear", "make"),
            *("come", "wake", "emerge", "awake", "awaken", "regain"),
            *("improve", "stabilize", "stabilise", "relocate", "put", "pass", "hand"),
            *("discharge", "be", "remain", "stay"),
            *("fly", "go", "travel", "head", "drive", "sail", "chair", "preside"),
            *("give", "deliver", "address", "hold"),
        }
    )
    | REFUGE_VERBS
    | CROSSING_VERBS
    | STAYING_VERBS
)

# Every lemma state_hits opens on: each of its rules tests the lemma first and the last one
# (_contact_and_movement_hits) its own set, so any other verb gets None without a call
# (claims_verbs._VERB_RULES looks the family up by it; issue 9, throughput).
STATE_LEMMAS = (
    frozenset(
        {
            *("be", "remain", "stay", "keep", "lie", "leave", "make", "establish", "regain"),
            *("take", "hang", "lose", "break", "fracture", "dislocate", "have", "suffer"),
            *("sustain", "escort", "lead", "bring", "drive", "carry", "hold", "detain"),
            *("serve", "go", "hide", "live", "settle", "interview", "speak", "talk", "tell"),
            *("write", "breathe", "shelter", "grant", "hospitalize", "hospitalise", "shoot"),
            *("stab", "hand", "let", "stop", "name", "identify", "list", "fall", "bleed"),
            *("starve", "freeze", "suffocate", "choke"),
        }
    )
    | CONVALESCING_VERBS
    | _HARM_VERBS
    | _CONDITION_TELLING
    | CARRYING_VERBS
    | _MOVED_VERBS
    | _EXPULSION_VERBS
    | CALL_VERBS
    | ARRIVE_VERBS
    | _CONTACT_AND_MOVEMENT_LEMMAS
)

# Every lemma the rules of _side_state_hits after its first three open on: any other verb
# leaves there with none (issue 9, throughput: 5,000 verbs of the bench's 200 articles
# were asked some 50 lemma tests each).
_SIDE_STATE_LEMMAS = (
    frozenset(
        {
            *("surface", "resurface", "reappear", "reunite", "turn", "show", "see", "spot"),
            *("remain", "be", "stay", "escape", "flee", "walk", "make", "reach", "contact"),
            *("interview", "say", "tell", "speak", "talk", "write", "place", "put", "keep"),
            *("hold", "live", "hide", "settle", "find", "sound", "serve", "shelter", "reside"),
            *("work", "allow", "permit"),
        }
    )
    | DIRECTING_VERBS
    | WORKING_VERBS
    | DWELLING_VERBS
    | SIGHTING_VERBS
    | ROAMING_VERBS
    | CARRYING_VERBS
    | FINDING_VERBS
    | CARED_FOR_VERBS
    | lx.PLACE_STATE_VERBS
    | SAFE_ARRIVAL_VERBS
    | DAILY_WORK_VERBS
)


def _contact_and_movement_hits(verb: Token, lemma: str) -> list[Hit] | None:
    """Signs of life from contact with the person, and movements that say where a person
    is:

    * a visit: "his mother visited him on Saturday", "was visited by his lawyer" →
      ``appeared`` (seen by the visitor; "were not allowed to visit him" is none);
    * found in a state: "found him in good spirits / well" → ``alive``;
    * a letter or call: "wrote to his wife", "sent his family a letter", "his family
      received a call from him" → ``alive`` (a letter "to the president" is a message);
    * waking: "came out of a coma", "regained consciousness" → ``alive``; "his condition
      has improved / stabilised" → ``alive`` for the possessor;
    * refuge: "sought refuge / asylum in X", "was granted asylum in X"; crossing: "crossed
      (the border) into X", "was smuggled into X"; "relocated to X" → ``located_in``;
    * "was discharged (from hospital)" → ``other:discharge``;
    * on the line: "he put the priest on the line" → ``alive``; "at home with his family
      in X" → ``located_in``;
    * going home: "flew home to Trondheim" → ``located_in``;
    * staying: "is resting at his farm in X", "who is travelling in Singapore" →
      ``located_in``;
    * chairing: "chaired a meeting", "presided over a cabinet session" → ``appeared``;
    * a speech or address to an audience: "gave a speech in X", "addressed a rally" →
      ``appeared`` (not in a recording: "in the audio message he addressed his followers";
      a video "showing X addressing fighters" is its own appearance).
    """
    if (
        lemma not in _CONTACT_AND_MOVEMENT_LEMMAS
        or lemma == "be"
        and not _at_home_in_place(verb)  # (the one rule below that reads "be")
        or _negated(verb)
        or _under_negation(verb)
    ):
        return None  # (the lemma first: the negation tests walk the tree, most verbs are none)
    if lemma == "visit" and (seen := _visited(verb)):
        if _at_place(verb) or any(_at_place(t) for t in seen) or _in_custody_place(verb):
            # (the parser may hang "at the station" on the one visited)
            # "after visiting him at Wadi el-Natrun prison on Wednesday": and where he is
            return [Hit("appeared", verb, seen, {verb.i}), Hit("located_in", verb, seen, {verb.i})]
        return [Hit("appeared", verb, seen, {verb.i})]
    if lemma == "find" and not is_passive(verb) and (found := _found_well(verb)):
        return [Hit("alive", verb, found, {verb.i})]
    if lemma in {"write", "send"} and not is_passive(verb) and _wrote_home(verb):
        return [Hit("alive", verb, subject_of(verb), {verb.i})]
    if (
        lemma in {"write", "pen"}
        and not is_passive(verb)
        and _of_a_letter(verb)
        and place_of(verb) is not None
        and any(p.pos_ == "PROPN" or p.lower_ in lx.THIRD_PERSON for p in subject_of(verb))
    ):
        # "a letter he had written in Silivri prison on September 8": he was alive, and
        # there, when he wrote it
        return [
            Hit("alive", verb, subject_of(verb), {verb.i}),
            Hit("located_in", verb, subject_of(verb), {verb.i}),
        ]
    if lemma in {"receive", "get"} and (sender := _heard_from(verb)):
        return [Hit("alive", verb, sender, {verb.i})]
    if (
        lemma == "hear"
        and any(s.lemma_.lower() in CALLED_PEOPLE for s in subject_of(verb))
        and (
            heard := [
                p
                for p in prep_children(verb, {"from"})
                if p.dep_ == "pobj" and (p.lower_ in {"him", "her"} or p.pos_ == "PROPN")
            ]
        )
    ):
        return [Hit("alive", verb, heard, {verb.i})]  # "his family heard from him on Monday"
    if lemma == "hear" and not _negated(verb) and (voiced := _heard_voicing(verb)):
        # "she heard him speak in the background": alive when heard (the time on either verb)
        return [Hit("alive", v.head, [v], {verb.i, v.head.i}) for v in voiced]
    if (
        lemma == "make"
        and any(c.dep_ == "dobj" and c.lemma_.lower() == "contact" for c in verb.children)
        and any(
            p.lemma_.lower() in CALLED_PEOPLE
            for h in (verb, *[c for c in verb.children if c.dep_ == "dobj"])
            for p in prep_children(h, {"with"})
        )
    ):
        return [Hit("alive", verb, subject_of(verb), {verb.i})]  # "made contact with his family"
    if lemma in {"come", "wake", "emerge", "awake", "awaken"} and any(
        t.lower_ == "coma" and t.dep_ == "pobj" and t.head.lower_ in {"of", "from"}
        for t in verb.subtree
    ):
        return [Hit("alive", verb, subject_of(verb), {verb.i})]  # "came out of a coma"
    if lemma == "regain" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "consciousness" for c in verb.children
    ):
        return [Hit("alive", verb, subject_of(verb), {verb.i})]  # "regained consciousness"
    if lemma in {"improve", "stabilize", "stabilise"} and not any(
        c.dep_ == "dobj" for c in verb.children
    ):
        owners = [
            p
            for s in verb.children
            if s.dep_ == "nsubj" and s.lemma_.lower() in {"condition", "health"}
            for p in s.children
            if p.dep_ == "poss"
        ]
        # "his condition has improved": he is alive (the state, not an event)
        return [Hit("alive", verb, owners, {verb.i})] if owners else None
    if lemma in REFUGE_VERBS and (refuge := _refuge_in_place(verb)) is not None:
        return [Hit("located_in", verb, refuge, {verb.i})]
    if lemma in CROSSING_VERBS and _into_place(verb):
        # "crossed into Turkey", "crossed the border into Mali", "was smuggled into Iran"
        people = patient_of(verb) if is_passive(verb) else subject_of(verb)
        return [Hit("located_in", verb, people, {verb.i})]
    if (
        lemma == "relocate"
        and not is_passive(verb)
        and any(is_place(p, p.head) for p in prep_children(verb, {"to"}) if p.dep_ == "pobj")
    ):
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]  # "relocated to Turkey"
    if (
        lemma in STAYING_VERBS
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)
        and _at_place(verb)
    ):
        # "is resting at his farm in Molo", "who is travelling in Singapore": where he is now
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (
        lemma in {"put", "pass", "hand"}
        and not is_passive(verb)
        and any(p.lower_ in {"line", "phone"} for p in prep_children(verb, {"on"}))
        and (put := [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "it"])
    ):
        # "He put the priest on the line": the captive spoke, a proof of life
        return [Hit("alive", verb, put, {verb.i})]
    if (
        lemma == "discharge"
        # ("was treated for a leg wound and discharged": the conjunct shares the passive)
        and (is_passive(verb) or verb.dep_ == "conj" and is_passive(verb.head))
        and not any(p.lemma_.lower() in lx.DETENTION_PLACES for p in prep_children(verb, {"from"}))
    ):
        # "was discharged (from hospital) on Sunday" ("discharged from prison" is a release,
        # the verbs' own rule)
        return [Hit("other:discharge", verb, patient_of(verb), {verb.i})]
    if lemma in {"be", "remain", "stay"} and _at_home_in_place(verb):
        # 'he was safe and "at home with his family" in Rostov': where he is
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (
        lemma in {"fly", "go", "come", "travel", "head", "drive", "sail"}
        and not is_passive(verb)
        and any(c.lower_ == "home" and c.dep_ in {"advmod", "npadvmod"} for c in verb.children)
        and any(is_place(p, p.head) for p in prep_children(verb, {"to"}) if p.dep_ == "pobj")
    ):
        # "flew home to Trondheim two days later": home is where he now is
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if (lemma in {"chair", "preside"} and (verb.tag_ == "VBD" or _perfect(verb))) and any(
        p.lemma_.lower() in AUDIENCE_NOUNS | {"plenum", "cabinet", "council", "ceremony"}
        for p in [c for c in verb.children if c.dep_ == "dobj"]
        + list(prep_children(verb, {"over"}))
    ):
        # "chaired a politburo meeting on March 3", "presided over a cabinet session" (one
        # meeting; "has been running the country, chairing cabinet meetings" is a role)
        return [Hit("appeared", verb, subject_of(verb), {verb.i})]
    if lemma in {"give", "deliver", "address", "hold"} and _spoke_in_public(verb, lemma):
        return [Hit("appeared", verb, subject_of(verb), {verb.i})]
    return None


def _at_home_in_place(verb: Token) -> bool:
    """ "was ... at home with his family in X": an "at home" phrase (read as a second
    predicate of "was" after a coordinated adjective) with a named place under it."""
    return any(
        c.dep_ == "conj"
        and c.lower_ == "at"
        and any(p.lower_ == "home" for p in c.children if p.dep_ == "pobj")
        and any(is_place(p, p.head) for p in prep_children(c, {"in"}) if p.dep_ == "pobj")
        for c in verb.children
    )


def _able_to_speak_to(verb: Token) -> list[Token]:
    """ "was able to speak with him by phone" (not negated: "has not been able to speak to
    her" is no sign of life, and no claim)."""
    tables = tables_of(verb.doc)
    if not any(
        tables.dep[a] == "acomp" and tables.lower[a] == "able" for a in tables.children[verb.i]
    ):
        return []  # (no "able": the test below, from the tables first)
    if _negated(verb):
        return []
    return [
        p
        for a in verb.children
        if a.dep_ == "acomp" and a.lower_ == "able"
        for x in a.children
        if x.dep_ == "xcomp" and x.lemma_.lower() in {"speak", "talk"}
        for p in prep_children(x, {"to", "with"})
        if p.dep_ == "pobj" and (p.lower_ in {"him", "her"} or p.ent_type_ == "PERSON")
    ]


# Verdicts one is "found", which say nothing of one's body: "found him guilty".
_VERDICT_WORDS = frozenset({"guilty", "innocent", "liable", "responsible", "dead", "fit"})


def _visit_verbs(verb: Token) -> list[Token]:
    """The visit a "found" is joined to: "was allowed to visit ... and found", "visited him
    and found"."""
    first = verb.head if verb.dep_ == "conj" else None
    if first is None:
        return []
    return [
        t
        for t in (first, *(c for c in first.children if c.dep_ == "xcomp"))
        if t.lemma_.lower() in {"visit", "see"}
    ]


def _found_on_a_visit(verb: Token) -> list[Token]:
    """The person a visitor "found thin", "found her in tears" after a visit joined to the
    verb; not a verdict ("found him guilty")."""
    if _negated(verb) or is_passive(verb) or not _visit_verbs(verb):
        return []
    found = []
    for c in verb.children:
        if c.dep_ in {"ccomp", "oprd", "xcomp"} and c.pos_ in {"ADJ", "VERB"}:
            # "found her thin": the parser reads "her thin" as a small clause
            found += [s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
            state = c
        elif c.dep_ == "dobj":
            found.append(c)
            complement = next((d for d in verb.children if d.dep_ in {"oprd", "acomp"}), None)
            if complement is None:
                continue
            state = complement
        else:
            continue
        if state.lower_ in _VERDICT_WORDS:
            return []
    return [f for f in found if _person_word(f)]


def _let_see(verb: Token) -> list[Token]:
    """The one a visitor was (not) able or allowed to see: "has been able to visit him",
    "had not been allowed to see him" (the visit verb is the complement)."""
    tables = tables_of(verb.doc)
    if tables.lemma[verb.i] == "be" and not any(
        tables.dep[a] == "acomp" and tables.lower[a] == "able" for a in tables.children[verb.i]
    ):
        return []  # (a copula without "able", from the tables: the test below)
    heads = [verb] + [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "able"]
    if len(heads) == 1 and verb.lemma_.lower() == "be":
        return []
    return [
        o
        for h in heads
        for x in h.children
        if x.dep_ == "xcomp" and x.lemma_.lower() in {"visit", "see", "meet"}
        for o in x.children
        if o.dep_ == "dobj" and (o.lower_ in {"him", "her"} or o.ent_type_ == "PERSON")
    ]


def _under_negation(verb: Token) -> bool:
    """ "were not allowed to visit him", "has never been able to see him": the verb is the
    complement of a negated head."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in {"xcomp", "ccomp", "acomp"} or tok.head is tok:
            return False
        tok = tok.head
        if _negated(tok) or any(
            t.lower_ in {"neither", "nobody", "no", "none"}
            for c in tok.children
            if c.dep_ in {"nsubj", "nsubjpass"}
            for t in c.subtree
        ):
            return True  # "neither his family nor his lawyers have been allowed to see him"
    return False


def _visited(verb: Token) -> list[Token]:
    """Who is visited: the object ("visited him", "visited Rezai in prison"), or the
    subject of the passive ("was visited by his lawyer"); never a place ("visited Paris")."""
    if is_passive(verb):
        if not any(c.dep_ == "agent" for c in verb.children):
            return []
        return [s for s in patient_of(verb) if s.pos_ == "PROPN" or s.lower_ in lx.THIRD_PERSON]
    return [
        # "visited the detained journalist X": the name in apposition to the object
        next(
            (a for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN" and _a_person(a)),
            c,
        )
        for c in verb.children
        if c.dep_ == "dobj"
        and (
            c.lower_ in {"him", "her"}
            or c.pos_ == "PROPN"
            and _a_person(c)
            # "visited his client / her son": a kin or client noun of someone named before
            or c.pos_ == "NOUN"
            and c.lemma_.lower() in lx.KIN_NOUNS
            and any(d.dep_ == "poss" for d in c.children)
            or c.pos_ == "NOUN"
            and any(a.dep_ == "appos" and a.pos_ == "PROPN" and _a_person(a) for a in c.children)
        )
    ]


# Where the state keeps people, which a visit there places the one visited in without a
# name: "visited his client in the prison", "at the detention centre".
VISITED_CUSTODY_PLACES = (
    JAIL_WORDS
    | {"cell", "colony", "detention", "station"}
    | {
        "centre",
        "center",
        "facility",
    }
)


def _in_custody_place(verb: Token) -> bool:
    """ "visited his client in the prison on Monday": a place of custody, named or not,
    hung on the verb of the visit (or on its object)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        p.lemma_.lower() in VISITED_CUSTODY_PLACES and p.dep_ == "pobj"
        for h in heads
        for p in prep_children(h, {"in", "at"})
    )


def _a_person(tok: Token) -> bool:
    """A name the model or the entity stage takes for a person's (the model may tag a rare
    name a work of art: the entity stage's reading wins)."""
    ent = entity_at(tok.doc, tok.idx, tok.idx + len(tok))
    if ent is not None:
        return ent.kind == "person"
    return tok.ent_type_ == "PERSON"


def _found_well(verb: Token) -> list[Token]:
    """ "found him in good spirits / in good health", "found her well": the one
    found in that state (not "found him guilty", "found the body")."""
    found = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and (c.lower_ in {"him", "her"} or c.pos_ == "PROPN")
    ] + [  # "found him thin but defiant", read as a small clause
        s
        for c in verb.children
        if c.dep_ in {"ccomp", "oprd", "xcomp"}
        for s in c.children
        if s.dep_ == "nsubj" and (s.lower_ in {"him", "her"} or s.pos_ == "PROPN")
    ]
    if not found:
        return []
    states = [
        t
        for c in verb.children
        if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp", "advmod"}
        for t in (c, *[d for d in c.children if d.dep_ == "conj"])
    ] + list(prep_children(verb, {"in"}))
    for obj in found:  # "found him in good spirits" with the phrase hung on "him"
        states += [p for p in prep_children(obj, {"in"})]
        states += [c for c in obj.children if c.dep_ in {"amod", "acomp"}]
    if any(
        t.lower_ in lx.HEALTHY_WORDS | {"alive"}
        or t.lemma_.lower() in {"spirit", "health", "condition", "shape"}
        and any(m.lower_ in HEALTH_STATES for m in t.children)
        for t in states
    ):
        return found
    return []


def _wrote_home(verb: Token) -> bool:
    """ "wrote to his wife from prison", "sent a letter to his mother", "sent his family a
    note": a letter to the family or a lawyer."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "send" and not any(o.lower_ in WRITTEN_WORDS for o in objs):
        return False
    if verb.lemma_.lower() == "write" and any(o.lower_ not in WRITTEN_WORDS for o in objs):
        return False  # "wrote a book", "wrote the song"
    readers = [
        p
        for h in (verb, *objs)
        for c in h.children
        if c.dep_ in {"prep", "dative"} and c.lower_ == "to"  # ("to" read as a dative)
        for p in c.children
        if p.dep_ == "pobj"
    ]
    readers += [c for c in verb.children if c.dep_ == "dative" and c.lower_ != "to"]
    return any(
        r.lemma_.lower() in CALLED_PEOPLE and any(d.dep_ == "poss" for d in r.children)
        for r in readers
    )


def _of_a_letter(verb: Token) -> bool:
    """The verb writes a letter: "wrote a letter", or the relative clause of one ("a
    letter that they said he had written")."""
    if any(c.dep_ == "dobj" and c.lower_ in WRITTEN_WORDS for c in verb.children):
        return True
    tok = verb
    for _ in range(3):
        if tok.dep_ == "relcl":
            return tok.head.lower_ in WRITTEN_WORDS
        if tok.dep_ not in {"ccomp", "xcomp"} or tok.head is tok:
            return False
        tok = tok.head
    return False


# Speech one is heard in: "heard him speak / talking / pleading" (not a cry of distress,
# "heard her screaming" of one a fire then killed: no word that she lived).
_VOICING_VERBS = frozenset(
    {"speak", "talk", "say", "plead", "beg", "pray", "sing", "laugh", "answer", "whisper"}
)


def _heard_voicing(verb: Token) -> list[Token]:
    """ "she heard him speak briefly in the background", "they could hear her talking": the
    one heard speaking (a person, named or "him" / "her") was alive then; not "heard
    that he had spoken" (a report) nor "heard them speak of X" (no one named)."""
    return [
        s
        for c in verb.children
        if c.dep_ in {"ccomp", "xcomp"}
        and c.tag_ in {"VB", "VBG"}
        and c.lemma_.lower() in _VOICING_VERBS
        and not any(m.dep_ == "mark" for m in c.children)
        for s in c.children
        if s.dep_ == "nsubj" and (s.lower_ in {"him", "her"} or s.pos_ == "PROPN")
    ]


def _heard_from(verb: Token) -> list[Token]:
    """ "his family received a letter / call from him", "she has received two letters from
    him": the sender (the receiver must be family, a lawyer or a pronoun of the story's
    people: "the ministry received a letter from X" is a message)."""
    if not any(
        s.lemma_.lower() in CALLED_PEOPLE or s.lower_ in {"she", "he", "they", "we", "i"}
        for s in subject_of(verb)
    ):
        return []
    heads = [verb] + [
        c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in RECEIVED_WORDS
    ]
    if len(heads) == 1:
        return []
    return [
        p
        for h in heads
        for p in prep_children(h, {"from"})
        if p.dep_ == "pobj" and (p.lower_ in {"him", "her"} or p.pos_ == "PROPN")
    ]


def _refuge_in_place(verb: Token) -> list[Token] | None:
    """ "sought refuge in Turkey", "found sanctuary in X", "was granted asylum in Sweden",
    "applied for asylum in Germany": the one who is there."""
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in REFUGE_NOUNS] + [
        p for p in prep_children(verb, {"for"}) if p.lemma_.lower() in REFUGE_NOUNS
    ]
    if not nouns:
        return None
    heads = [verb, *nouns]
    if not any(
        is_place(p, p.head) for h in heads for p in prep_children(h, {"in"}) if p.dep_ == "pobj"
    ):
        return None
    if is_passive(verb):
        return patient_of(verb)
    if verb.lemma_.lower() in {"grant", "give"}:
        return [c for c in verb.children if c.dep_ == "dative"] or None
    return subject_of(verb)


def _into_place(verb: Token) -> bool:
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "border"]
    return any(
        is_place(p, p.head) for h in heads for p in prep_children(h, {"into"}) if p.dep_ == "pobj"
    )


def _spoke_in_public(verb: Token, lemma: str) -> bool:
    """ "gave a speech in Kabul", "delivered a sermon at the mosque", "addressed a rally",
    "held a news conference": a public appearance (not heard in a recording)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in {"give", "deliver"}:
        # in public: in a named place or to a crowd ("gave a speech to his aides" is none)
        speeches = [o for o in objs if o.lemma_.lower() in SPEECH_NOUNS]
        ok = bool(speeches) and (
            _at_place(verb)
            or any(_at_place(o) for o in speeches)
            or any(
                p.lower_ in AUDIENCE_NOUNS
                for h in (verb, *speeches)
                for p in prep_children(h, {"to"})
            )
        )
    elif lemma == "address":
        ok = any(o.lower_ in AUDIENCE_NOUNS or o.lemma_.lower() in AUDIENCE_NOUNS for o in objs)
    else:  # "held a news conference", "held a rally"
        ok = any(
            o.lemma_.lower() == "rally"
            or o.lemma_.lower() == "conference"
            and any(m.lower_ in {"news", "press"} for m in o.children)
            for o in objs
        )
    if not ok:
        return False
    return not any(t.lemma_.lower() in RECORDED_WORDS for t in verb.sent)
