"""Custody told by the takers' verbs, escapes and verdicts (beside claims_custody).

The gold README's conventions: capture by a state's forces is ``arrested`` however it is
worded, ``captured`` needs a non-state or unknown captor, and a seizure takes the captor its own
clause names; an escape is ``other:escape``; a court's verdict is ``other:convict`` or
``other:acquit``. The rules here read:

* a person caught by takers ("Border guards caught X", "was caught by police"): the taker
  decides, as for any verb of seizing;
* a carrying-off whose taker stands in a "by" phrase the parser does not make the agent
  ("was bundled into a van by masked men outside his office");
* a carrying-off by "they" whose antecedent, a sentence before, is the captors or the state's
  takers ("Armed men stopped the bus. They took two passengers into the forest");
* a flight from one's captors, guards or prison ("fled his captors"): an escape;
* an agentless capture of someone the text describes as the state's quarry ("the captured
  cartel boss X", "rebel commander X was captured on Sunday"): the state holds him, an arrest
  (the README's "the captured cartel boss X" and "reported killed or captured" of a militant);
* the one a verdict names when the parser makes him the adjective's subject ("a jury found X
  guilty").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_complements import holder_kind, state_taker_noun
from dateline.nlp.claims_context import ClaimContext, Hit, doc_lemmas
from dateline.nlp.claims_custody import (
    _subjects_before,
    bail_receivers,
    captors_before,
    holder_predicate,
    participle_before_described_name,
)
from dateline.nlp.claims_grammar import (
    expand_conj,
    is_passive,
    patient_of,
    prep_children,
    subject_of,
)
from dateline.nlp.entities import PERSON_NOUNS

# Verbs of catching a person, whose taker tells the custody ("caught by border guards").
_CATCHING = frozenset({"catch", "nab", "collar"})
# Words of a story of escape or manhunt, where an agentless "was caught" is the police's.
_FUGITIVE_WORDS = frozenset({"escape", "fugitive", "manhunt", "jailbreak", "recapture", "escapee"})
# Verbs of carrying a person off by force ("bundled into a van", "marched into the forest").
_CARRYING_OFF = frozenset({"take", "lead", "drag", "bundle", "force", "march", "carry", "whisk"})
# Wild places captives are taken into, besides vehicles: "marched into the bush".
_WILDS = frozenset({"bush", "forest", "jungle", "mountain", "mountains", "desert", "hills"})
# What one flees that held one: "fled his captors", "fled from the prison".
_HOLDERS_FLED = frozenset(
    {"captor", "captors", "kidnapper", "kidnappers", "abductor", "abductors", "guard", "guards"}
    | {"jailer", "jailers", "custody", "captivity", "prison", "jail", "camp", "cell"}
)
# Words that describe a person as a state's quarry: a militant, a gang or cartel figure, a
# fugitive (the README: an agentless capture of "a militant the state hunts" is an arrest).
_QUARRY_WORDS = (
    lx.INSURGENT_MARKS
    - {"faction", "factions", "captor", "captors", "kidnapper", "kidnappers", "abductor"}
    - {"abductors", "opposition", "independence"}
) | frozenset(
    {"cartel", "kingpin", "drug", "narco", "warlord", "fugitive", "gang", "trafficker"}
    | {"smuggler", "terrorist", "bomber", "commander", "jihadi", "insurgency", "mafia"}
)
# The state's own people, whose capture is the enemy's ("two soldiers were captured").
_STATE_PEOPLE = frozenset(
    {"soldier", "soldiers", "officer", "officers", "policeman", "policemen", "trooper"}
    | {"sergeant", "corporal", "private", "lieutenant", "captain", "major", "colonel"}
    | {"general", "pilot", "marine", "guard", "army", "police"}
)


def custody_s20_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """Custody and escape told by the constructions of this module; None when none applies
    (the other verb rules then run)."""
    if lemma in _CATCHING and (caught := _caught(verb) or _fugitive_caught(ctx, verb)):
        return caught
    if lemma in _UNKNOWN_TAKING and _unknown_takers(verb):
        # "was picked up by unidentified men", "Unknown men took X": no captor the clause can
        # name as the state's is a capture (the README: a non-state or unknown captor)
        taken = _taken(verb)
        return [Hit("captured", verb, taken, {verb.i})] if taken else None
    if lemma in {"take", "snatch"} and (kind := _taken_from_by(verb)):
        # "was taken from his home by security forces", "Soldiers took X from his office"
        taken = _taken(verb)
        return [Hit(kind, verb, taken, {verb.i})] if taken else None
    if lemma == "hand" and (kind := _handed_over_to(verb)):
        # "The villagers handed X over to the army": the state's custody from then on
        taken = _taken(verb)
        return [Hit(kind, verb, taken, {verb.i})] if taken else None
    if lemma in _CARRYING_OFF and (carried := _carried_off_by(verb)) is not None:
        return carried
    if lemma in _CARRYING_OFF and (carried := _carried_off_by_them(verb)) is not None:
        return carried
    if lemma in {"flee", "slip"} and _fled_holders(verb):
        # "fled his captors after three weeks", "slipped away from his guards": an escape
        return [Hit("other:escape", verb, subject_of(verb), {verb.i})]
    if lemma == "declare" and (expelled := _non_grata(verb)):
        return [Hit("other:expel", verb, expelled, {verb.i})]  # "declared X persona non grata"
    if lemma == "kick" and (expelled := _kicked_out(verb)):
        return [Hit("other:expel", verb, expelled, {verb.i})]  # "was kicked out of the country"
    if (
        lemma == "expel"
        and is_passive(verb)
        and _expelled_from_a_body(verb)
        # (not "expelled from the party and stripped of its leadership": the older
        # leadership rule reads the pair)
        and not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children)
    ):
        # "was expelled from the party": an expulsion, not a change of leader (g203)
        return [Hit("other:expel", verb, patient_of(verb), {verb.i})]
    if lemma == "give" and is_passive(verb) and _term_object(verb):
        return [Hit("other:sentence", verb, patient_of(verb), {verb.i})]  # "was given 12 years"
    if lemma == "clear" and is_passive(verb) and _of_charges(verb):
        return [Hit("other:acquit", verb, patient_of(verb), {verb.i})]  # "cleared of all charges"
    if lemma == "hand" and _handed_oneself_in(verb):
        # "handed himself in to police": a surrender, and the police then hold him
        subjects = subject_of(verb)
        return [
            Hit("other:surrender", verb, subjects, {verb.i}),
            Hit("arrested", verb, subjects, {verb.i}),
        ]
    if lemma == "grant" and (bailed := _granted_bail(verb)):
        return [Hit("released", verb, bailed, {verb.i})]  # "The court granted bail to X"
    if (
        lemma in lx.CAPTURE_LEMMAS
        and (name := participle_before_described_name(verb))
        and quarry_captured(ctx, verb, lemma, [name])
    ):
        return [Hit("arrested", verb, [name], {verb.i})]  # "the captured cartel boss X"
    return None


def _granted_bail(verb: Token) -> list[Token]:
    """ "The judge granted bail to X", "granted X bail": the one let go until trial."""
    if is_passive(verb):
        return []
    # ("granted X bail": X the dative; "granted bail (of R500,000) to X": X under "to";
    # "to the property developer X": the role noun stands for the name beside it)
    return [p for p in bail_receivers(verb) if _is_person(p) or _named_beside(p)]


def _named_beside(tok: Token) -> bool:
    """ "the developer Simon Okafor": a common noun with a proper name in apposition."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)


def _is_person(tok: Token) -> bool:
    return (
        tok.ent_type_ == "PERSON"
        or tok.lemma_.lower() in PERSON_NOUNS
        or tok.lower_ in {"him", "her", "them"}
    )


def _caught(verb: Token) -> list[Hit] | None:
    """ "Border guards caught X as he crossed", "was caught by police at a hotel": the
    taker the clause names decides (none named: no claim here; "caught in the crossfire",
    "caught on camera" name none)."""
    kind = holder_predicate(verb)
    if kind is None:
        return None
    caught = (
        patient_of(verb)
        if is_passive(verb)
        else expand_conj([c for c in verb.children if c.dep_ == "dobj"])
    )
    caught = [c for c in caught if _is_person(c)]
    return [Hit(kind, verb, caught, {verb.i})] if caught else None


def _fugitive_caught(ctx: ClaimContext, verb: Token) -> list[Hit] | None:
    """ "X was caught on Wednesday hiding in a cane field" in a story of an escape or a
    manhunt: an agentless "caught" of a fugitive is the police's catch (arrested); not
    "caught in the crossfire / in a storm", "caught on camera" (an "in" / "on" phrase
    that is no time or place), nor in a story with no escape."""
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return None
    if not doc_lemmas(ctx) & _FUGITIVE_WORDS:
        return None
    for prep in prep_children(verb, {"in", "on"}):
        if prep.dep_ == "pobj" and prep.ent_type_ not in {"DATE", "TIME", "GPE", "LOC", "FAC"}:
            return None
    caught = [c for c in patient_of(verb) if _is_person(c)]
    return [Hit("arrested", verb, caught, {verb.i})] if caught else None


def _carried_off_by(verb: Token) -> list[Hit] | None:
    """ "was bundled into a van by masked men outside his office": the parser hangs "by
    masked men" as a plain preposition, not the agent; its noun is the taker still."""
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return None
    if not _into_vehicle_or_wilds(verb):
        return None
    kinds = {
        kind
        for p in prep_children(verb, {"by"})
        if p.dep_ == "pobj" and (kind := holder_kind(p)) is not None
    }
    if len(kinds) != 1:
        return None
    taken = [c for c in patient_of(verb) if _is_person(c)]
    return [Hit(kinds.pop(), verb, taken, {verb.i})] if taken else None


def _carried_off_by_them(verb: Token) -> list[Hit] | None:
    """ "Armed men stopped the bus. They took two passengers, X and Y, into the forest": a
    carrying-off by "they", whose antecedent in the clauses before is the captors (a
    capture) or the state's takers (an arrest)."""
    if is_passive(verb) or not _into_vehicle_or_wilds(verb):
        return None
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers or any(d.lower_ != "they" for d in doers):
        return None
    taken = expand_conj([c for c in verb.children if c.dep_ == "dobj"])
    # ("two passengers, X and Y": the names in apposition are the ones taken)
    taken = [
        a for t in taken for a in [t, *expand_conj([c for c in t.children if c.dep_ == "appos"])]
    ]
    taken = [t for t in taken if _is_person(t)]
    if not taken:
        return None
    # (the takers are the subjects of the clauses before, not who says it)
    kinds = {
        kind
        for t in _subjects_before(verb, 2)
        if t.lower_ != "they"
        and t.head.lemma_.lower() not in lx.REPORTING_VERBS
        and (kind := holder_kind(t)) is not None
    }
    return [Hit(kinds.pop(), verb, taken, {verb.i})] if len(kinds) == 1 else None


def _into_vehicle_or_wilds(verb: Token) -> bool:
    return any(
        p.lemma_.lower() in lx.VEHICLES | _WILDS for p in prep_children(verb, {"into"})
    ) or any(c.lower_ == "away" and c.dep_ in {"prt", "advmod"} for c in verb.children)


def _fled_holders(verb: Token) -> bool:
    if verb.lemma_.lower() == "slip" and not any(
        c.lower_ in {"away", "out"} and c.dep_ in {"prt", "advmod"} for c in verb.children
    ):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [p for p in prep_children(verb, {"from"}) if p.dep_ == "pobj"]
    # ("slipped away from his guards": the parser hangs "from" on "away")
    objects += [p for a in verb.children if a.lower_ == "away" for p in prep_children(a, {"from"})]
    return any(o.lemma_.lower() in _HOLDERS_FLED or o.lower_ in _HOLDERS_FLED for o in objects)


def quarry_captured(ctx: ClaimContext, verb: Token, lemma: str, captives: list[Token]) -> bool:
    """ "The captured cartel boss X was flown to the capital", "Rebel commander X was
    captured on Sunday": a capture with no captor named, of someone the text describes as a
    militant, a gang or cartel figure or a fugitive, is the state's (an arrest); not in a story
    of a kidnapping, nor when captors act in the sentences before, nor for the state's own
    people."""
    if lemma not in lx.CAPTURE_LEMMAS:
        return False
    if any(c.dep_ in {"agent", "nsubj"} for c in verb.children):
        return False
    if verb.dep_ == "conj" and any(c.dep_ in {"agent", "nsubj"} for c in verb.head.children):
        return False  # ("Rebels stormed the base and captured X": the shared subject)
    if any(w.startswith(lx.KIDNAP_STEMS) for w in doc_lemmas(ctx)) or captors_before(verb):
        return False
    words = _descriptors(verb, captives)
    if any(w.lemma_.lower() in _STATE_PEOPLE or w.lower_ in _STATE_PEOPLE for w in words):
        return False
    return any(w.lemma_.lower() in _QUARRY_WORDS or w.lower_ in _QUARRY_WORDS for w in words)


def _descriptors(verb: Token, captives: list[Token]) -> list[Token]:
    """The words that describe the captives: their compounds, modifiers and appositions
    ("rebel commander X", "X, a militant leader"), and, for an attributive participle, the
    noun it modifies ("the captured cartel boss X")."""
    heads = list(captives)
    if verb.dep_ == "amod":
        heads.append(verb.head)
    words: list[Token] = []
    for head in heads:
        for c in head.children:
            if c.dep_ in {"compound", "amod", "appos", "nmod"}:
                words.append(c)
                words += [g for g in c.children if g.dep_ in {"compound", "amod"}]
    return words


def verdict_people(verb: Token) -> list[Token]:
    """ "A jury found X guilty of murder": the parser makes X the subject of "guilty", a
    clausal complement of "found"; X is the one the verdict is about."""
    return expand_conj(
        [
            s
            for c in verb.children
            if c.dep_ in {"ccomp", "xcomp", "oprd"} and c.lower_ in {"guilty", "innocent"}
            for s in c.children
            if s.dep_ == "nsubj"
        ]
    )


# What a rescue's own clause names when it saves from a disaster or an accident: the danger
# ("from the rubble", "from a sinking dinghy", "after the boat capsized") or the rescuers who
# save from dangers ("by a navy helicopter", "firefighters", "lifeboat crews").
_DANGERS = frozenset(
    {"water", "waters", "sea", "river", "lake", "flood", "floods", "floodwater", "floodwaters"}
    | {"rubble", "debris", "wreckage", "ruins", "roof", "rooftop", "building", "fire", "flames"}
    | {"mine", "shaft", "cave", "boat", "dinghy", "ship", "vessel", "raft", "canoe", "ferry"}
    | {"snow", "avalanche", "glacier", "mountain", "cliff", "ice", "mud", "landslide", "storm"}
    | {"earthquake", "quake", "blaze", "wreck", "crash", "current", "currents", "well"}
)
_DANGER_VERBS = frozenset(
    {"capsize", "sink", "collapse", "flood", "drown", "drift", "burn", "strand", "trap"}
    | {"overturn", "swamp", "bury", "sweep"}
)
_DISASTER_RESCUERS = frozenset(
    {"helicopter", "helicopters", "lifeboat", "lifeboats", "firefighter", "firefighters"}
    | {"rescuer", "rescuers", "diver", "divers", "lifeguard", "lifeguards", "coastguard"}
)
# What a rescue's clause names when it frees from people: captors, captivity, a hostage.
_CAPTIVITY_STEMS = (*lx.KIDNAP_STEMS, "captor", "jail", "prison", "custody")


def rescued_from_danger(verb: Token) -> bool | None:
    """True when the rescue's own clause names a danger or the rescuers of disasters ("was
    rescued from the water after the boat capsized", "by a navy helicopter"): ``other:rescue``
    even in a story that also tells of arrests or kidnappings; False when it names captors or
    captivity ("rescued from her kidnappers"); None when it names neither (the story decides)."""
    words = [t for t in verb.subtree if t.i != verb.i]
    if any(t.lower_.startswith(_CAPTIVITY_STEMS) for t in words):
        return False
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    if lemmas & (_DANGERS | _DISASTER_RESCUERS | _DANGER_VERBS):
        return True
    return None


# What one is expelled from besides a country: a party, a body, a movement.
_BODIES = lx.GROUP_HEADS | frozenset(
    {"party", "country", "parliament", "assembly", "union", "church", "order", "bar"}
)
# A prison term given as a length: "was given 12 years", "given life".
_TERM_WORDS = frozenset({"year", "month", "life", "term", "sentence"})
# What a court clears one of: "cleared of all charges", "cleared of murder".
_CHARGE_WORDS = frozenset(
    {"charge", "charges", "count", "counts", "murder", "manslaughter", "crime", "crimes"}
    | {"offence", "offences", "offense", "offenses", "fraud", "treason", "terrorism"}
)


def _non_grata(verb: Token) -> list[Token]:
    """ "declared X persona non grata", "X was declared persona non grata": expelled."""
    if not any(t.lower_ == "grata" for t in verb.subtree):
        return []
    if is_passive(verb):
        return patient_of(verb)
    # (the parser makes X the subject of "persona", a clausal complement)
    return expand_conj(
        [
            g
            for c in verb.children
            if c.dep_ in {"ccomp", "xcomp", "oprd", "dobj"}
            for g in [c, *c.children]
            if g.dep_ in {"nsubj", "dobj"} and _is_person(g)
        ]
    )


def _kicked_out(verb: Token) -> list[Token]:
    """ "was kicked out of the country", "kicked the diplomat out": a person expelled."""
    if not any(c.lower_ == "out" for c in verb.children):
        return []
    people = (
        patient_of(verb)
        if is_passive(verb)
        else expand_conj([c for c in verb.children if c.dep_ == "dobj"])
    )
    return [p for p in people if _is_person(p)]


def _expelled_from_a_body(verb: Token) -> bool:
    return any(
        p.lemma_.lower() in _BODIES or p.ent_type_ in {"GPE", "ORG", "NORP"}
        for p in prep_children(verb, {"from"})
    ) and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _term_object(verb: Token) -> bool:
    """ "was given 12 years / life / a 12-year term": a length of prison as the object."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _TERM_WORDS
        and (
            c.lemma_.lower() not in {"year", "month"} or any(n.dep_ == "nummod" for n in c.children)
        )
        for c in verb.children
    )


def _of_charges(verb: Token) -> bool:
    return any(
        p.lemma_.lower() in _CHARGE_WORDS or p.lower_ in _CHARGE_WORDS
        for p in prep_children(verb, {"of"})
    )


def _handed_oneself_in(verb: Token) -> bool:
    return any(
        c.dep_ == "dobj" and c.lower_ in {"himself", "herself", "themselves"} for c in verb.children
    ) and any(c.lower_ == "in" and c.dep_ in {"prt", "advmod", "prep"} for c in verb.children)


# Verbs of taking a person whose taker may be unknown: "picked up by unidentified men".
_UNKNOWN_TAKING = frozenset({"take", "pick", "seize", "grab", "snatch", "detain", "hold", "abduct"})
# The lemmas custody_s20_hits opens on (claims_dispatch: each of its rules tests the lemma
# first; a rule added there with a lemma not in this set never runs).
CUSTODY_S20_LEMMAS = (
    _CATCHING
    | _UNKNOWN_TAKING
    | _CARRYING_OFF
    | lx.CAPTURE_LEMMAS
    | {"take", "snatch", "hand", "flee", "slip", "declare", "kick", "expel", "give", "clear"}
    | {"grant"}
)
# Marks of takers nobody has named: "unidentified men", "unknown assailants".
_UNKNOWN_MARKS = frozenset({"unidentified", "unknown", "unnamed", "anonymous"})
_UNKNOWN_HEADS = frozenset(
    {"man", "men", "people", "person", "persons", "individual", "individuals", "assailant"}
    | {"assailants", "attacker", "attackers", "gunman", "gunmen", "kidnapper", "kidnappers"}
)
# Where a person is taken from by takers: "from his home", "from her office".
_TAKEN_FROM = frozenset(
    {"home", "house", "office", "car", "vehicle", "bed", "shop", "school", "hotel", "flat"}
    | {"apartment", "residence", "workplace", "compound", "street", "mosque", "church", "farm"}
)


def _taken(verb: Token) -> list[Token]:
    people = (
        patient_of(verb)
        if is_passive(verb)
        else expand_conj([c for c in verb.children if c.dep_ == "dobj"])
    )
    return [p for p in people if _is_person(p)]


def _takers(verb: Token) -> list[Token]:
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not agents and not is_passive(verb):
        agents = [c for c in verb.children if c.dep_ == "nsubj"]
    return agents


def _unknown_takers(verb: Token) -> bool:
    return any(
        t.lemma_.lower() in _UNKNOWN_HEADS
        and any(c.lower_ in _UNKNOWN_MARKS for c in t.children if c.dep_ in {"amod", "compound"})
        for t in _takers(verb)
    )


def _taken_from_by(verb: Token) -> str | None:
    """ "taken from his home by security forces": a taking from one's home or workplace by
    takers the clause names, the state's (arrested) or captors (captured)."""
    if not any(p.lemma_.lower() in _TAKEN_FROM for p in prep_children(verb, {"from"})):
        return None
    # (unnamed "men in plain clothes" are no named state taker: the README keeps their
    # taking a capture, g112)
    kinds = {_named_kind(t) for t in _takers(verb)} - {None}
    return kinds.pop() if len(kinds) == 1 else None


def _named_kind(taker: Token) -> str | None:
    kind = holder_kind(taker)
    return None if kind == "arrested" and not state_taker_noun(taker) else kind


def _handed_over_to(verb: Token) -> str | None:
    """ "handed X over to the police / the army": the state's takers receive the person, an
    arrest (not the Red Cross or his family: a release, read elsewhere)."""
    if not any(c.lower_ == "over" for c in verb.children):
        return None
    receivers = [p for p in prep_children(verb, {"to"}) if p.dep_ == "pobj"]
    receivers += [
        p for c in verb.children if c.dep_ == "dative" for p in c.children if p.dep_ == "pobj"
    ]
    if receivers and all(_state_receiver(r) for r in receivers):
        return "arrested"
    return None


def _state_receiver(noun: Token) -> bool:
    """Police, troops, the authorities; not "officials" of a body the clause names ("Red
    Cross officials", "UN officials": a release, read elsewhere)."""
    if noun.lemma_.lower() in {"official", "officials", "agency", "guard", "guards"}:
        return False
    return holder_kind(noun) == "arrested" and not any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children
    )
