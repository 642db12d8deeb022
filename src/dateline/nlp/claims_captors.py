"""The captor decides between ``arrested`` and ``captured``, wherever English names it (issue 6).

The gold README's convention: a seizure by a state's forces (police, troops, security forces,
border guards, intelligence agents, the coastguard, "the authorities") is ``arrested`` however
it is worded ("captured", "grabbed", "picked up", "rounded up", "nabbed"); a seizure by
non-state actors (gunmen, kidnappers, rebels, pirates, a gang, a cartel, an armed group) is
``captured`` however it is worded ("detained by rebels", "the Taliban arrested"). The verb rules
read the captor where the parser puts the agent or the subject; this module reads it also

* behind a quantity or a membership ("dozens of policemen", "members of the presidential
  guard"), an apposition ("the Hawks, an elite police unit") or a possessive pronoun whose
  owner says the taking ("The army said its men had captured X");
* in a "by" phrase the parser hangs on a place ("snatched from a cafe by intelligence agents");
* behind a relative pronoun ("the armed group that took X");
* behind "they" or "the men" whose antecedent is the subject of the sentence before
  ("Troops stormed the hideout. They captured X");
* in the operation or fight the taking happened in ("captured in a military operation",
  "during clashes with government forces") and the place's holder ("held in a rebel jail",
  "seized at a police checkpoint", "a checkpoint manned by the militia");
* as the owner of a noun of taking or the subject that announces it ("the Taliban's
  detention of X", "The army announced the capture of X");
* for an agentless capture, in the captive's description as the state's quarry ("X, who
  led the insurgency", "the ringleader of the kidnapping gang") or in an earlier sentence
  that names who took the same person (the README's "later agentless mention"),

and tells the kind of more captors than the verb rules' lists (the coastguard, sailors,
deputies, rangers; named movements such as the Taliban or Boko Haram; smugglers, traffickers,
vigilantes). It re-decides the custody predicate of a seizure's hits and, for a few verbs of
taking and keeping the verb rules leave without a claim ("taken alive by the army", "Traffickers
held X for three months", "kept X in a safe house"), makes the hit.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_complements import holder_kind, insurgent_marked
from dateline.nlp.claims_context import Hit
from dateline.nlp.claims_custody import captors_before
from dateline.nlp.claims_grammar import expand_conj, is_passive, patient_of, subject_of
from dateline.nlp.claims_seizures import _QUARRY_WORDS as QUARRY_WORDS
from dateline.nlp.entities import PERSON_NOUNS

# Verbs of seizing, taking and holding a person, whose custody predicate its captor decides.
SEIZURE_LEMMAS = frozenset(
    {"arrest", "detain", "capture", "recapture", "seize", "grab", "snatch", "nab", "abduct"}
    | {"kidnap", "take", "pick", "round", "catch", "drag", "bundle", "hold", "keep", "lock"}
    | {"apprehend", "haul", "pull", "collar"}
)
# The state's takers the verb rules' lists leave out: "the coastguard", "navy sailors",
# "sheriff's deputies", "park rangers", "the secret police", "Revolutionary Guards".
_MORE_STATE = frozenset(
    {"coastguard", "coastguards", "navy", "sailor", "sailors", "deputy", "deputies", "sheriff"}
    | {"ranger", "rangers", "policeman", "policemen", "gendarme", "gendarmes", "gendarmerie"}
    | {"detective", "detectives", "soldier", "soldiers", "trooper", "troopers", "marine"}
    | {"marines", "commando", "commandos", "paratrooper", "paratroopers", "army", "military"}
    | {"troops", "police", "agents", "officers", "authorities", "guardsmen", "servicemen"}
)
# Heads of a unit named by the state's word before it: "an elite police unit", "an army
# patrol", "a SWAT team", "a navy boarding party".
_UNIT_HEADS = frozenset(
    {"unit", "units", "patrol", "patrols", "team", "squad", "party", "crew", "personnel"}
)
_STATE_UNIT_MARKS = frozenset(
    {"police", "army", "military", "navy", "naval", "intelligence", "security", "border"}
    | {"swat", "coastguard", "customs", "immigration", "federal", "government", "special"}
)
# Guards posted by a state: "the presidential guard", "Revolutionary Guards", "the coast guard".
_STATE_GUARD_MARKS = frozenset(
    {"border", "coast", "prison", "national", "presidential", "republican", "revolutionary"}
)
# Non-state captors the verb rules' lists leave out: movements named in news ("the Taliban",
# "Boko Haram", "the Houthis", "al-Shabaab") and takers by trade ("smugglers", "vigilantes").
_MORE_NON_STATE = frozenset(
    {"taliban", "houthi", "houthis", "haram", "shabaab", "al-shabaab", "qaeda", "al-qaeda"}
    | {"isis", "isil", "farc", "eln", "hezbollah", "jnim", "smuggler", "smugglers"}
    | {"trafficker", "traffickers", "vigilante", "vigilantes", "extremist", "extremists"}
    | {"terrorist", "terrorists", "robber", "robbers", "thug", "thugs", "criminal", "criminals"}
    | {"gang", "gangs", "cartel", "cartels", "mob", "tribesmen", "clansmen", "hijacker"}
    | {"hijackers", "poacher", "poachers", "mercenary", "mercenaries", "mutineer"}
)
# Takers the text does not name: "men in plain clothes", "two people".
_UNNAMED = frozenset({"man", "men", "person", "people", "individual", "individuals"})
# States a captive is taken or kept in: "taken alive", "kept chained", "held incommunicado".
_HELD_STATES = frozenset(
    {"alive", "captive", "hostage", "prisoner", "chained", "handcuffed", "blindfolded"}
    | {"shackled", "locked", "incommunicado", "bound"}
)
_CUSTODY = frozenset({"arrested", "captured", "released"})
# Operations a person is taken in: "captured in a military operation", "during a police raid".
_OPERATIONS = frozenset({"operation", "raid", "sweep", "crackdown", "offensive", "swoop"})
# What marks an operation as the state's: "military", "police", "counter-terrorism".
_OPERATION_STATE_MARKS = _STATE_UNIT_MARKS | frozenset(
    {"terrorism", "counterterrorism", "counter", "anti", "antiterrorism", "troops", "joint"}
)
# Verbs of keeping a person in custody: "where X is held / detained / jailed".
_KEEPING = frozenset({"hold", "detain", "keep", "jail", "imprison", "incarcerate", "confine"})
# Acronyms of states' police, security and armed services that news prints bare.
_STATE_ACRONYMS = frozenset(
    {"fbi", "dea", "cia", "fsb", "sbu", "kgb", "nsa", "dss", "nia", "isi", "idf", "ice"}
    | {"cbp", "mi5", "mi6", "sas", "gign", "swat", "interpol", "europol", "mossad", "efcc"}
)
# Words heading a state agency's spelled-out name: "the National Directorate of Security".
_AGENCY_WORDS = frozenset(
    {"directorate", "department", "service", "agency", "bureau", "ministry", "police"}
    | {"guard", "army", "navy", "force", "forces", "gendarmerie", "command", "office"}
)
# Fighting in which the other side takes a person: "captured during clashes with X".
_FIGHTS = frozenset(
    {"clash", "clashes", "fighting", "battle", "firefight", "gunfight", "shootout", "skirmish"}
)
# Places a person is held in whose holder a modifier names: "a rebel jail", "police cells".
_HOLDING_PLACES = frozenset(
    {"jail", "prison", "cell", "cells", "camp", "custody", "detention", "checkpoint"}
    | {"roadblock", "base", "barracks", "post", "compound"}
)
# Participles that tell whose a place is: "a checkpoint manned / run / held by the militia".
_RUNNING = frozenset({"man", "run", "control", "hold", "operate", "guard", "staff"})
# Owners of a taker's men that, in a story of captors, are an armed group's.
_ARMED_OWNERS = frozenset({"group", "movement", "faction", "militia", "brigade", "network"})
# Verbs by which a taker tells of its own taking: "announced the capture of X".
_CLAIMING_VERBS = frozenset({"announce", "claim", "celebrate", "hail", "tout", "trumpet"})
# Nouns of a taking the state makes: "the capture / arrest / seizure of X".
_STATE_TAKING_NOUNS = frozenset({"capture", "recapture", "arrest", "detention", "seizure"})
# Pronouns of a person taken or kept: "They caught him at the river".
_HELD_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})
# The state's places of custody: "kept at X prison", "locked in a police cell".
_PRISONS = frozenset({"prison", "jail", "gaol", "cell", "cells", "penitentiary", "detention"})
# The state's justice after a taking: "was extradited / charged / tried after his capture".
_JUSTICE = frozenset(
    {"extradite", "charge", "try", "convict", "sentence", "jail", "question", "interrogate"}
    | {"arraign", "indict", "deport", "imprison", "remand", "prosecute"}
)
# Agentless mentions of a taking that an earlier named taking decides.
_MENTION_LEMMAS = frozenset({"capture", "recapture", "take", "seize", "detain"})
# Takings whose captor, once named, decides the later mentions.
_FIRST_TAKINGS = frozenset(
    {"capture", "recapture", "seize", "grab", "snatch", "abduct", "kidnap", "arrest", "detain"}
    | {"nab", "catch", "take", "apprehend"}
)
# Verbs of an agentless capture of the state's quarry.
_QUARRY_LEMMAS = frozenset({"capture", "recapture", "seize", "nab", "catch", "apprehend"})
# Dependents that describe a captive: "X, wanted for ...", "X, who led ...", "X, a militant".
_DESCRIBING = frozenset({"acl", "relcl", "appos", "compound", "amod", "nmod"})
# Words of one the state hunts, besides the militants' and criminals' of claims_seizures.
_HUNTED_WORDS = frozenset(
    {"wanted", "escape", "escaped", "fugitive", "insurgency", "rebellion", "uprising"}
    | {"bounty", "manhunt", "kingpin", "boss", "ringleader", "mastermind", "suspect"}
    | {"suspected", "alleged", "accused", "gunman", "assassin", "killer", "murderer"}
)
# Bands of criminals: "a kidnapping gang / ring".
_GANGS = frozenset({"gang", "ring", "cell", "network", "crew", "syndicate"})
# Words of a manhunt in the capture's own clause: "at his hideout after a tip-off".
_MANHUNT_WORDS = frozenset({"hideout", "hide-out", "tip-off", "tipoff", "manhunt", "run"})
# The state's own people, whose capture is the enemy's ("two soldiers were captured").
_STATE_PEOPLE = frozenset(
    {"soldier", "soldiers", "officer", "officers", "policeman", "policemen", "trooper"}
    | {"sergeant", "corporal", "private", "lieutenant", "captain", "pilot", "guard", "army"}
)
# Heads of a quantity or membership whose "of" noun is the taker: "dozens of policemen",
# "members of the presidential guard", "a unit of soldiers", "fighters of the X Army".
_QUANTITY_HEADS = frozenset(
    {"dozen", "dozens", "hundreds", "scores", "group", "number", "member", "members", "unit"}
    | {"squad", "team", "band", "detachment", "contingent", "men", "fighters", "officers"}
    | {"agents", "elements", "troops"}
)
# Bare nouns that, after "the", stand for takers named in the sentence before.
_TAKER_ANAPHORS = frozenset({"men", "attackers", "assailants", "group", "kidnappers"})


def captor_kind(tok: Token) -> str | None:
    """ "arrested" for a state's taker, "captured" for a non-state captor, None otherwise."""
    lower, lemma = tok.lower_, tok.lemma_.lower()
    if lower == "state" and any(c.lower_ == "islamic" for c in tok.children):
        return "captured"  # "seized by Islamic State": a movement, no state
    if lower in _MORE_NON_STATE or lemma in _MORE_NON_STATE:
        return "captured"
    kind = holder_kind(tok)
    if kind == "arrested" and lemma in _UNNAMED:
        return None  # "men in plain clothes" are anyone's (the README: "bundled into a van by
        # men in plain clothes" is a capture); the verb rules weigh the story's words
    if kind is not None:
        return kind
    if insurgent_marked(tok):
        return "captured"  # "rebel soldiers", "the Northern Liberation Army"
    if lower in _MORE_STATE or lemma in _MORE_STATE:
        return "arrested"
    marks = {c.lower_ for c in tok.children if c.dep_ in {"compound", "amod", "poss"}}
    if lemma in _UNIT_HEADS and marks & _STATE_UNIT_MARKS:
        return "arrested"  # "an elite police unit", "an army patrol"
    if lemma == "guard" and marks & _STATE_GUARD_MARKS:
        return "arrested"  # "the presidential guard", "Revolutionary Guards"
    if lemma in _OPERATIONS:
        return _operation_kind(tok)
    if tok.dep_ == "poss" and lemma in _ARMED_OWNERS:
        return "captured"  # "the group's security wing", "the movement's fighters"
    if lower in _STATE_ACRONYMS:
        return "arrested"  # "detained by the FSB", "FBI agents"
    if tok.ent_type_ == "GPE" and tok.dep_ in {"nsubj", "pobj"} and tok.pos_ == "PROPN":
        return "arrested"  # "Russia captured X", "was seized by Iran": a country's prisoner
    return _acronym_kind(tok) or _state_body_kind(tok)


# Heads of a body's proper name ("the State Committee for National Security", "the Federal
# Security Service", "the Council of State Security") and the words that make it the state's.
_BODY_HEADS = frozenset({"committee", "council", "service", "agency", "bureau", "directorate"})
_STATE_BODY_WORDS = frozenset(
    {"state", "security", "intelligence", "police", "interior", "defence", "defense"}
    | {"counterintelligence", "counter-intelligence", "gendarmerie", "militsiya"}
)


def _state_body_kind(tok: Token) -> str | None:
    """ "arrested" for a body of the state by its proper name: "held by the State Committee
    for National Security", "detained by the Federal Security Service" (its name's own words,
    before it or in its "for" / "of" phrase)."""
    if tok.lemma_.lower() not in _BODY_HEADS or tok.pos_ != "PROPN":
        return None
    words = [c for c in tok.children if c.dep_ in {"compound", "amod"}]
    words += [
        t
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in {"for", "of"}
        for p in c.children
        if p.dep_ == "pobj"
        for t in p.subtree
    ]
    names = {t.lower_ for t in words if t.pos_ == "PROPN" or t.i < tok.i}
    return "arrested" if names & _STATE_BODY_WORDS else None


def _acronym_kind(tok: Token) -> str | None:
    """An acronym the text spells out before it in brackets: "the National Directorate of
    Security (NDS) ... The NDS captured X" is the directorate's kind."""
    text = tok.text
    if len(text) < 2 or not text.isupper() or not text.isalpha():
        return None
    doc = tok.doc
    for t in doc[: tok.i]:
        if t.text != text or t.i < 2 or doc[t.i - 1].text != "(":
            continue
        named = doc[t.i - 2]
        # "National Directorate of Security": up from "Security" to the directorate
        while named.dep_ in {"compound", "pobj", "prep"} and t.i - 8 < named.head.i < named.i:
            named = named.head
        return holder_kind(named) or ("arrested" if named.lemma_.lower() in _AGENCY_WORDS else None)
    return None


def _operation_kind(op: Token) -> str | None:
    """ "a military operation", "a police raid", "a counter-terrorism sweep" are the state's;
    "a rebel raid", "a militant attack" are not."""
    marks = {t.lower_ for t in op.subtree if t.i < op.i and t.dep_ != "det"}
    if marks & (lx.INSURGENT_MARKS | _MORE_NON_STATE):
        return "captured"
    if marks & _OPERATION_STATE_MARKS:
        return "arrested"
    # "Police said they had broken up a ring. Its leader was captured in a raid": an unmarked
    # operation is that of the takers who acted the sentence before (not in a sentence of
    # captivity: "taken in a similar raid, he spent four months in captivity")
    if any(t.lemma_.lower().startswith(lx.KIDNAP_STEMS) for t in op.sent):
        return None
    kinds = {holder_kind(t) for t in _previous_subjects(op)} - {None}
    return "arrested" if kinds == {"arrested"} else None


def captors(verb: Token) -> list[Token]:
    """Who takes or holds the person the verb tells of, wherever the sentence (or the one
    before, for "they") names them: each as the noun whose kind tells the custody."""
    found = _agents(verb)
    if not found and not is_passive(verb):
        found = _relative_antecedent(verb) or subject_of(verb)
    found = [t for h in found for t in _resolved(verb, h)]
    # "captured in a military operation", "seized during a police raid": whose operation
    return found if any(captor_kind(t) for t in found) else found + _operations(verb)


def captor_predicate(verb: Token) -> str | None:
    """The custody the verb's captors tell: "captured" when any is non-state, "arrested" when
    they are the state's, None when the text names neither."""
    kinds = {captor_kind(t) for t in captors(verb)} - {None}
    if not kinds and verb.lemma_.lower() not in {"kidnap", "abduct"}:
        # "held in a rebel jail", "seized at a police checkpoint", "detained at a checkpoint
        # manned by the militia": whose the place is
        kinds = {custody_holder(p) for p in _custody_places(verb)} - {None}
    if "captured" in kinds:
        return "captured"
    return "arrested" if kinds else None


def captor_custody(verb: Token, lemma: str, hits: list[Hit] | None) -> list[Hit] | None:
    """A verb rule's hits with the custody its captor tells: the seizure's own custody hits
    re-decided, and a custody hit added to a taking or keeping no rule read as custody ("was
    taken alive by the army", "The kidnappers kept X in a safe house", besides its place)."""
    if hits and _held_where(verb, lemma, hits):
        # "the prison where X is held": kept in the place the clause describes
        hits = [*hits, Hit("located_in", verb, list(hits[0].subjects), {verb.i})]
    if lemma not in SEIZURE_LEMMAS:
        return hits
    if hits:
        decide_by_captor(verb, lemma, hits)
    if any(h.anchor is verb and h.predicate in _CUSTODY for h in hits or []):
        return hits
    taken = taking_hits(verb, lemma)
    if taken is None:
        return hits
    return [*(hits or []), *taken]


def _held_where(verb: Token, lemma: str, hits: list[Hit]) -> bool:
    """A custody told in a relative clause of the place: "the prison where X is held", "the
    camp where the hostages were kept" (and no located_in read from it yet)."""
    if lemma not in _KEEPING or verb.dep_ != "relcl":
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return False
    mine = [h for h in hits if h.anchor is verb and h.subjects]
    return bool(mine) and mine[0] is hits[0] and not any(h.predicate == "located_in" for h in mine)


def decide_by_captor(verb: Token, lemma: str, hits: list[Hit]) -> None:
    """Set the custody predicate of a seizure's own hits by its captors, when named."""
    if lemma not in SEIZURE_LEMMAS:
        return
    custody = [h for h in hits if h.anchor is verb and h.predicate in {"arrested", "captured"}]
    if not custody:
        return
    kind = captor_predicate(verb)
    if kind is None and _hunted(verb, lemma, custody[0].subjects):
        kind = "arrested"  # "X, wanted for war crimes, was captured": the state's quarry
    if kind is None:
        # "Soldiers captured X on Monday. A relative said X had been captured while ...": a
        # later agentless mention of the taking keeps the captor first named
        kind = _taken_before_by(verb, lemma, custody[0].subjects)
    if kind is None:
        kind = told_by_the_state(verb, lemma, custody[0].subjects)
    if kind is None:
        return
    for hit in custody:
        hit.predicate = kind


def taking_hits(verb: Token, lemma: str) -> list[Hit] | None:
    """A taking or keeping the verb rules leave without a claim, by captors the text names:
    "was taken alive by the army", "Traffickers held X for three months", "The kidnappers kept
    X in a safe house", "Members of the presidential guard dragged X from his car"."""
    if lemma not in {"take", "hold", "keep", "drag", "pull", "lock", "catch", "capture", "pick"}:
        return None
    if lemma == "pick" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    if any(
        c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} and c.lower_ not in _HELD_STATES
        for c in verb.children
    ):
        return None  # "held X responsible", "kept them informed": no custody
    if any(_keeper(t) for t in captors(verb)):
        return None  # "the guards took him away": those who already hold him move him
    kind = captor_predicate(verb)
    if kind is None and is_passive(verb) and not _agents(verb) and captors_before(verb):
        kind = "captured"  # "Armed men blocked the road. X was taken from his car."
    if kind is None and lemma in {"keep", "lock"} and _in_a_prison(verb):
        kind = "arrested"  # "is being kept in solitary at X prison": the state's prison
    if kind is None:
        return None
    # "took X away / from his car", "was taken alive"; by captors, a bare "took X" too
    if lemma == "take" and not (_taken_off(verb) or kind == "captured" and _no_destination(verb)):
        return None
    if is_passive(verb):
        held = patient_of(verb)
    else:
        held = expand_conj([c for c in verb.children if c.dep_ == "dobj"])
    # (a pronoun only for an act of taking: "her captors kept her in a cave" restates a
    # captivity told before)
    pronouns = _HELD_PRONOUNS if lemma in {"take", "catch", "drag", "pull", "pick"} else set()
    held = [
        t
        for t in held
        if t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_NOUNS or t.lower_ in pronouns
    ]
    return [Hit(kind, verb, held, {verb.i})] if held else None


def _in_a_prison(verb: Token) -> bool:
    """ "kept at X prison", "locked in a police cell", with no holder named for the place."""
    places = _custody_places(verb)
    return any(
        p.lemma_.lower() in _PRISONS and custody_holder(p) in {None, "arrested"} for p in places
    )


def _hunted(verb: Token, lemma: str, captives: list[Token]) -> bool:
    """An agentless capture of someone the text describes as hunted by the state, in words
    the descriptor rule of claims_seizures does not read: a participle or relative clause
    ("X, wanted for war crimes", "X, who led the insurgency", "X, who escaped from prison"),
    or a manhunt's words in the clause ("at his hideout after a tip-off", "after years on
    the run"); not in a story of kidnapping, nor after captors act, nor of the state's men."""
    if lemma not in _QUARRY_LEMMAS or not is_passive(verb) or _agents(verb):
        return False
    words = [
        t
        for c in captives
        for d in c.children
        if d.dep_ in _DESCRIBING or d.dep_ == "prep" and d.lower_ == "of"
        for t in d.subtree
    ]
    # "the ringleader of the kidnapping gang, X": the description the name stands beside
    words += [t for c in captives if c.dep_ == "appos" for t in c.head.subtree if t.i < c.i]
    # (a kidnapper caught is the state's quarry, whatever the story's other kidnappings)
    kidnapper = any(_kidnapper_word(t) for t in words)
    doc = verb.doc
    kidnap_story = any(t.lemma_.lower().startswith(lx.KIDNAP_STEMS) for t in doc)
    if not kidnapper and (kidnap_story or captors_before(verb)):
        return False
    clause = [t for t in verb.subtree if t.i > verb.i]
    lowers = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
    if lowers & _STATE_PEOPLE:
        return False
    hunted = lowers & (QUARRY_WORDS | _HUNTED_WORDS)
    return kidnapper or bool(hunted) or any(_manhunt_word(t) for t in clause)


def _kidnapper_word(tok: Token) -> bool:
    """ "kidnapper", "abductor", "a kidnapping gang / ring": one who takes people, not one
    taken ("the kidnapped engineer")."""
    if tok.lower_.startswith(("kidnapper", "abductor", "hostage-taker")):
        return True
    return tok.lower_ == "kidnapping" and tok.head.lemma_.lower() in _GANGS


def _manhunt_word(tok: Token) -> bool:
    """ "hideout", "tip-off", "manhunt", "on the run"."""
    if tok.lower_ == "run":
        return tok.i >= 2 and tok.nbor(-1).lower_ == "the" and tok.nbor(-2).lower_ == "on"
    return tok.lower_ in _MANHUNT_WORDS


def _taken_before_by(verb: Token, lemma: str, captives: list[Token]) -> str | None:
    """The custody of an earlier taking of the same named person whose captor the text
    names, for an agentless taking ("X had been captured / taken prisoner / detained")."""
    if lemma not in _MENTION_LEMMAS or not is_passive(verb) or _agents(verb):
        return None
    names = {c.text for c in captives if c.pos_ == "PROPN"}
    if not names:
        return None
    for other in verb.doc[: verb.i]:
        if other.lemma_.lower() not in _FIRST_TAKINGS or other.sent == verb.sent:
            continue
        taken = (
            patient_of(other)
            if is_passive(other)
            else [c for c in other.children if c.dep_ == "dobj"]
        )
        taken = expand_conj(taken)
        # ("seized the nurse X": the name set beside the noun)
        taken += [a for t in taken for a in t.children if a.dep_ == "appos"]
        if not any(t.text in names for t in taken):
            continue
        kind = (
            captor_predicate(other)
            or _said_by_takers(other)
            or told_by_the_state(other, other.lemma_.lower(), taken)
        )
        if kind is not None:
            return kind
    return None


def _said_by_takers(verb: Token) -> str | None:
    """ "The army said it had captured X": the kind of the sayer who speaks of its taking."""
    subjects = subject_of(verb)
    if not subjects or subjects[0].lower_ not in {"it", "they", "we"}:
        return None
    kinds = {captor_kind(t) for t in _reporting_subjects(verb)} - {None}
    return kinds.pop() if len(kinds) == 1 else None


# Verbs of an agentless capture whose teller, when the state's, is its taker.
_STATE_TOLD_LEMMAS = frozenset({"capture", "recapture", "catch", "apprehend", "detain"})
# The body that speaks through a spokesman or a text: "the army's spokesman", "a police
# statement", "the ministry's communique No. 4".
_VOICES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "statement", "communique", "communiqué"}
    | {"release", "bulletin", "announcement", "report", "source", "sources", "official"}
    | {"officials", "commander", "chief", "head", "representative"}
)


def told_by_the_state(verb: Token, lemma: str, captives: list[Token]) -> str | None:
    """ "arrested" for an agentless capture the state's forces tell of ("The army's spokesman
    said two commanders were captured in the assault", "The police said X was caught at the
    harbour", "the army's communique said. It added that X had been captured alive"): in
    English the force that reports a capture with no captor named reports its own. Not the
    state's own people taken ("two of its soldiers were captured"), nor in a story of
    kidnapping or after captors act."""
    if lemma not in _STATE_TOLD_LEMMAS or not is_passive(verb) or _agents(verb):
        return None
    if any(t.lemma_.lower().startswith(lx.KIDNAP_STEMS) for t in verb.doc):
        return None
    if captors_before(verb) or _own_people(captives) or _denied_by_teller(verb):
        return None
    kinds = {captor_kind(t) for t in _teller_bodies(verb)} - {None}
    return "arrested" if kinds == {"arrested"} else None


def _denied_by_teller(verb: Token) -> bool:
    """ "The army denied that the commander X had been captured": a force denies another
    side's claim of a capture (most often of its own man), never its own arrest."""
    head = _clause_of(verb)
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in _TELLER_DENIALS


_TELLER_DENIALS = frozenset({"deny", "dismiss", "reject", "refute", "dispute"})


def _own_people(captives: list[Token]) -> bool:
    """A captive named as the state's man ("Private X", "two of its soldiers", "the pilot")."""
    words = {
        t.lemma_.lower()
        for c in captives
        for t in [*c.subtree, *(c.head.subtree if c.dep_ == "appos" else [])]
    }
    return bool(words & (_STATE_PEOPLE | {"pilot", "private", "crew", "crewman", "hostage"}))


def _teller_bodies(verb: Token) -> list[Token]:
    """Who tells the verb's clause, as the bodies the teller speaks for: the subject of the
    reporting verb, its owner or modifier ("the army's spokesman", "a police statement", "a
    spokesman for the navy") and, for "it" / "they", the subject of the sentence before."""
    tellers = _reporting_subjects(verb)
    if any(t.lower_ in {"it", "they"} for t in tellers):
        tellers = [t for t in tellers if t.lower_ not in {"it", "they"}] + _previous_subjects(verb)
    out: list[Token] = []
    for t in tellers:
        out.append(t)
        if t.lemma_.lower() not in _VOICES and t.lower_ not in _VOICES:
            continue
        out += [c for c in t.children if c.dep_ in {"poss", "compound"} and c.pos_ != "PRON"]
        out += [
            p
            for c in t.children
            if c.dep_ == "prep" and c.lower_ in {"for", "of"}
            for p in c.children
            if p.dep_ == "pobj"
        ]
    return out


def _keeper(tok: Token) -> bool:
    """Those who already hold the person: bare "guards", "captors", "jailers", "warders"."""
    lemma = tok.lemma_.lower()
    if lemma == "guard":
        return not any(c.dep_ in {"compound", "amod"} for c in tok.children)
    return lemma in {"captor", "jailer", "warder", "gaoler"}


def _taken_off(verb: Token) -> bool:
    """ "was taken alive", "took X from his car", "took X away in handcuffs": a carrying-off."""
    return any(
        c.lower_ == "alive"
        or c.dep_ == "prep"
        and c.lower_ == "from"
        or c.dep_ in {"advmod", "prt"}
        and c.lower_ in {"away", "off"}
        for c in verb.children
    )


def _no_destination(verb: Token) -> bool:
    """ "The group that took X", not "took X to hospital / to the meeting"."""
    return not any(c.dep_ == "prep" and c.lower_ in {"to", "for"} for c in verb.children)


def _agents(verb: Token) -> list[Token]:
    """The nouns of "by" phrases of the verb's clause: the passive's agent, and a "by" the
    parser hangs on the verb's place or object ("snatched from a cafe by intelligence
    agents")."""
    found: list[Token] = []
    for c in verb.children:
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by":
            found += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ in {"prep", "dobj"}:
            nouns = [c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"]
            for n in nouns:
                for by in n.children:
                    if by.dep_ in {"prep", "agent"} and by.lower_ == "by" and is_passive(verb):
                        found += [p for p in by.children if p.dep_ == "pobj"]
    return expand_conj(found)


def _operations(verb: Token) -> list[Token]:
    """The operation the taking happened in, as the noun whose marks tell whose it was ("a
    military operation", "a police raid", "a counter-terrorism sweep"), with the takers its
    "by" names ("a joint operation by the army and police")."""
    ops = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"in", "during"}
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in _OPERATIONS
    ]
    by = [
        p
        for o in ops
        for c in o.children
        if c.lower_ == "by"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    # "captured during clashes with government forces": the other side took him
    fights = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"in", "during", "after"}
        for f in c.children
        if f.dep_ == "pobj" and (f.lemma_.lower() in _FIGHTS or f.lower_ in _FIGHTS)
        for w in f.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for p in w.children
        if p.dep_ == "pobj"
    ]
    return ops + expand_conj(by) + expand_conj(fights)


def noun_captor_predicate(noun: Token, pred: str) -> str:
    """The custody a noun of taking tells by a captor named outside a "by" phrase: the owner
    ("the army's capture of X", "the Taliban's detention of X") or the subject of the verb
    that announces or claims it ("The army announced the capture of X", "Rebels claimed the
    seizure of two soldiers")."""
    if pred not in {"arrested", "captured"} or any(c.lower_ == "by" for c in noun.children):
        return pred
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _CLAIMING_VERBS:
        owners = subject_of(noun.head)
    if not owners and _justice_after(noun):
        return "arrested"  # "was extradited / charged after his capture in Panama"
    if not owners:
        # "after his capture in an army raid", "his arrest during a police operation": whose
        # operation it was (a rebel raid's taking is a capture)
        ops = {
            kind
            for op in _operations(noun)
            if op.lemma_.lower() in _OPERATIONS and (kind := _operation_kind(op)) is not None
        }
        if len(ops) == 1:
            return ops.pop()
    kinds = {captor_kind(t) for o in owners for t in [o, *_resolved_quantity(o)]} - {None}
    if "captured" in kinds:
        return "captured"
    # (the state announcing a kidnapping did not make it: only its own takings)
    if kinds == {"arrested"} and noun.lemma_.lower() in _STATE_TAKING_NOUNS:
        return "arrested"
    return pred


def _justice_after(noun: Token) -> bool:
    """A taking noun after which the state's justice deals with the person: "was extradited
    after his capture", "was charged following his arrest"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"after", "since", "following"}:
        return False
    return noun.lemma_.lower() in _STATE_TAKING_NOUNS and prep.head.lemma_.lower() in _JUSTICE


def named_prison(site: Token) -> bool:
    """A prison the text names: "Evin prison", "the Kirikiri jail" (a facility, a place)."""
    return site.lemma_.lower() in _PRISONS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in site.children
    )


def _custody_places(verb: Token) -> list[Token]:
    """The places of custody or taking the verb names: "held in a rebel jail", "seized at a
    police checkpoint"."""
    return [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"in", "at", "inside"}
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in _HOLDING_PLACES
    ]


def held_by_captors(state: Token, verb: Token) -> bool:
    """Custody in a place or state held by non-state captors: "in rebel custody", "in the
    custody of the Liberation Front", "was jailed by the rebels in a makeshift prison"."""
    if custody_holder(state) == "captured":
        return True
    lemma = verb.lemma_.lower()
    # ("placed under arrest by the militia", "put in a cell by the gang")
    putting = lemma in {"place", "put", "throw"}
    return (lemma in SEIZURE_LEMMAS or lemma in lx.JAILING_VERBS or putting) and captor_predicate(
        verb
    ) == "captured"


def custody_holder(state: Token) -> str | None:
    """The holder a custody noun names: "in rebel custody", "in Taliban custody", "in the
    custody of the Liberation Front" (captured), "in police custody" (arrested)."""
    holders = [c for c in state.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
    holders += [
        p
        for c in state.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    # "a checkpoint manned by the militia", "a prison run by the army"
    holders += [
        p
        for c in state.children
        if c.dep_ == "acl" and c.lemma_.lower() in _RUNNING
        for a in c.children
        if a.dep_ == "agent"
        for p in expand_conj([g for g in a.children if g.dep_ == "pobj"])
    ]
    kinds = {captor_kind(h) for h in holders} - {None}
    if "captured" in kinds:
        return "captured"
    return "arrested" if kinds else None


def _relative_antecedent(verb: Token) -> list[Token]:
    """ "the armed group that took X": the noun the relative clause describes."""
    rel = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in {"that", "who", "which"}]
    return [verb.head] if rel and verb.dep_ == "relcl" else []


def _resolved(verb: Token, holder: Token) -> list[Token]:
    """The noun whose kind tells the custody, for a holder as the text words it."""
    lemma = holder.lemma_.lower()
    out = [holder]
    # "the Hawks, an elite police unit": the apposition says what the takers are
    out += [c for c in holder.children if c.dep_ == "appos"]
    # "dozens of policemen", "members of the presidential guard"
    if lemma in _QUANTITY_HEADS or holder.lower_ in _QUANTITY_HEADS:
        out += [
            p
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in {"of", "from"}
            for p in expand_conj([g for g in c.children if g.dep_ == "pobj"])
        ]
    # "the group's security wing", "the army's commandos": the owner's men
    out += [c for c in holder.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    # "The army said its men had captured X": the owner who says it
    if any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in holder.children):
        out = [t for t in out if t is not holder] + _reporting_subjects(verb)
    # "Troops stormed the hideout. They captured X": the subject of the sentence before
    if holder.lower_ == "they":
        # ("Residents said they grabbed X": the sayers are no takers, look further back)
        sayers = [t for t in _reporting_subjects(verb) if captor_kind(t)]
        out += sayers or _previous_subjects(verb)
    # "Masked men broke in. The men dragged X into a van": a bare definite noun, the same
    elif (
        holder.lower_ in _TAKER_ANAPHORS and captor_kind(holder) is None and _bare_definite(holder)
    ):
        out += _previous_subjects(verb)
    return out


def _bare_definite(noun: Token) -> bool:
    """ "the men", not "men in balaclavas" nor "three men": a noun that points back."""
    children = list(noun.children)
    return len(children) == 1 and children[0].lower_ == "the"


def _reporting_subjects(verb: Token) -> list[Token]:
    """The subject of the reporting verb whose complement the verb is."""
    head = _clause_of(verb)
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in lx.REPORTING_VERBS:
        return []
    return [c for c in head.head.children if c.dep_ == "nsubj"]


def _clause_of(verb: Token) -> Token:
    """The head of the verb's clause, up through conjuncts and open complements ("said X was
    seized and taken away": "taken" is in the clause of "seized")."""
    head = verb
    while head.dep_ in {"conj", "xcomp"} and head.head is not head:
        head = head.head
    return head


def _previous_subjects(verb: Token) -> list[Token]:
    """The active subjects of the sentence before the verb's own."""
    start = verb.sent.start
    if start == 0:
        return []
    before = verb.doc[start - 1].sent
    return [
        t for s in (t for t in before if t.dep_ == "nsubj") for t in [s, *_resolved_quantity(s)]
    ]


def _resolved_quantity(noun: Token) -> list[Token]:
    """ "Dozens of policemen surrounded the house": the takers behind the quantity."""
    if noun.lemma_.lower() not in _QUANTITY_HEADS and noun.lower_ not in _QUANTITY_HEADS:
        return []
    return [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in {"of", "from"}
        for p in c.children
        if p.dep_ == "pobj"
    ]
