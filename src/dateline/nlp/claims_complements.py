"""Tests on a trigger verb's complements that decide which claim (if any) it makes:
leadership objects and roles ("took over as commander", "named X as its new leader"),
state or non-state agents ("picked up by police", "detained by gunmen"), public places and
messages for appearances, body parts for wounds, "to death" for killings."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_grammar import is_passive, prep_children, subject_of
from dateline.nlp.claims_timeplace import is_place
from dateline.nlp.entities import PERSON_NOUNS


def from_a_person(verb: Token) -> bool:
    """ "took over from his father": succeeding someone named or described as a person."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            if pobj.ent_type_ == "PERSON" or pobj.lemma_.lower() in PERSON_NOUNS:
                return True
    return False


def state_agent(verb: Token) -> bool:
    """The taker is the state: "picked up by police / by detectives", "men in plain clothes
    picked him up", "Security agents picked up X" (not "picked up by a friend")."""
    return any(_state_holder(h) for h in _holders(verb))


def _holders(verb: Token) -> list[Token]:
    """Who takes or holds the person: the agent of a passive ("detained by rebels"), else the
    subject of the active verb, also one a coordinated verb shares ("Gunmen stormed the
    house and seized X"); a holder's own people ("his men", "its fighters") are left out,
    they are no captors of the person."""
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not agents and not is_passive(verb):
        agents = subject_of(verb)
    if (
        agents
        and all(a.lower_ in {"it", "they"} for a in agents)
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in lx.REPORTING_VERBS
    ):
        # "The X Brigade said it had detained Y", "Police said they had held Y": the
        # pronoun is the speaker who says it took the person
        agents = [c for c in verb.head.children if c.dep_ == "nsubj"] or agents
    return [a for a in agents if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in a.children)]


# The state's takers the authority list leaves out: "detectives", "gendarmes", "police
# officers" (the plural of a compound), "immigration officials", "border guards".
_MORE_STATE_TAKERS = frozenset(
    {"detective", "detectives", "gendarme", "gendarmes", "gendarmerie", "policeman", "policemen"}
    | {"guard", "guards", "official", "officials", "soldier", "soldiers", "trooper", "troopers"}
    | {"marine", "marines", "commando", "commandos", "agency", "customs", "junta", "regime"}
)
# (with the lexicon's authorities, joined once rather than at every look-up)
_STATE_TAKERS = lx.AUTHORITY_NOUNS | _MORE_STATE_TAKERS
# Dress that marks unnamed takers as the state's: "men in plain clothes", "in uniform".
_STATE_DRESS = frozenset({"plainclothes", "plain", "uniform", "uniforms", "uniformed"})
# Unnamed takers whose kind their description tells: "men", "people", "a group".
_UNNAMED_TAKERS = frozenset({"man", "men", "people", "individual", "individuals", "group"})
_UNNAMED_OR_AGENTS = _UNNAMED_TAKERS | {"agent", "officer"}
_UNNAMED_OR_MEMBERS = _UNNAMED_TAKERS | {"member", "members", "unit", "cell"}


def holder_kind(tok: Token) -> str | None:
    """ "captured" for a non-state captor ("gunmen", "the Crimson Brigade", "an armed
    group"), "arrested" for the state's takers ("police", "security forces", "men in plain
    clothes"), None for anyone else."""
    if _non_state_holder(tok):
        return "captured"
    return "arrested" if _state_holder(tok) and not insurgent_marked(tok) else None


def state_taker_noun(tok: Token) -> bool:
    """A noun naming the state's takers ("police", "troops", "the authorities", "the
    Federal Investigation Bureau"), not its foes' ("rebel forces")."""
    return _named_state_holder(tok) and not insurgent_marked(tok)


def _named_state_holder(tok: Token) -> bool:
    """A taker named as the state's: "police", "the authorities", "soldiers", "detectives",
    "the ministry's counter-terrorism directorate", "the Federal Investigation Bureau"."""
    lemma = tok.lemma_.lower()
    if lemma in _AGENCY_HEADS or lemma == "bureau" and tok.pos_ == "PROPN":
        return True  # (a bureau of the state has a name; "the group's political bureau" not)
    return lemma in _STATE_TAKERS or tok.lower_ in _STATE_TAKERS


# The last word of a state agency's name or description: "the anti-terrorism directorate",
# "the Department of State Security".
_AGENCY_HEADS = frozenset({"directorate", "department", "inspectorate", "constabulary"})


def _state_holder(tok: Token) -> bool:
    """A taker named as the state's, or unnamed men dressed as its agents."""
    lemma = tok.lemma_.lower()
    if _named_state_holder(tok):
        return True
    # "men in plain clothes", "plainclothes agents", "uniformed men"; not in a story that
    # calls the taking an abduction (its writer's word, as claims_verbs._taker_kind reads it)
    return (
        lemma in _UNNAMED_OR_AGENTS
        and any(t.lower_ in _STATE_DRESS for t in tok.subtree)
        and not any(w.lower_.startswith(lx.KIDNAP_STEMS) for w in tok.doc)
    )


# Gatherings one appears at besides the lexicon's: "appeared at peace talks", "spoke at a
# vigil", "attended the summit".
_APPEARANCE_PLACES = lx.APPEARANCE_PLACES | frozenset(
    {"talks", "talk", "negotiations", "summit", "briefing", "vigil", "wedding", "inauguration"}
    | {"assembly", "prayers", "prayer", "march", "protest", "concert", "reception", "forum"}
    | {"festival", "celebration", "commemoration", "memorial"}
    # a screen at a gathering: "appeared on a giant screen above the stage" (an exile's video link)
    | {"screen"}
    # whom the accused appears before: "appeared before magistrates / a tribunal" (session 18)
    | {"magistrate", "tribunal", "jury"}
)


def at_public_place(verb: Token) -> bool:
    """ "at a rally", "in parliament", "at the funeral": a public occasion."""
    for prep in (
        c
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"at", "in", "to", "before", "during"}
    ):
        if any(
            p.dep_ == "pobj" and p.lemma_.lower() in _APPEARANCE_PLACES | {"supporter", "crowd"}
            for p in prep.children
        ):
            return True
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if verb.lemma_.lower() in {"address", "attend"} and c.lemma_.lower() in _APPEARANCE_PLACES:
            return True  # "addressed a rally", "attended the funeral"
        if c.lemma_.lower() in {"speech", "address", "sermon"} and any(
            a.lower_ in {"televised", "public", "broadcast", "live"} for a in c.children
        ):
            return True  # "gave a televised speech"
    return any(
        c.dep_ == "dobj"
        and any(
            p.dep_ == "pobj" and p.lemma_.lower() in _APPEARANCE_PLACES
            for g in c.children
            if g.dep_ == "prep"
            for p in g.children
        )
        for c in verb.children
    )


def among_the_dead(verb: Token) -> Token | None:
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"):
        for p in prep.children:
            if p.dep_ == "pobj" and p.lower_ in {
                "dead",
                "victims",
                "casualties",
                "fatalities",
                "killed",
                "bodies",
                "wounded",
                "injured",
            }:
                return p
    return None


def takes_command(verb: Token) -> bool:
    """ "took charge of the council", "assumed command", "seized power", "took the helm" (not
    "took charge of the investigation": a task, no body of people)."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in lx.COMMAND_NOUNS
        and not any(p.lemma_.lower() in _TASKS for p in prep_children(c, {"of"}))
        for c in verb.children
    )


# Tasks one takes charge of without leading anyone: "took charge of the investigation".
_TASKS = frozenset(
    {"investigation", "inquiry", "probe", "case", "search", "talks", "negotiation"}
    | {"negotiations", "project", "preparations", "arrangements", "cleanup", "response"}
)


def place_pobj(pobj: Token, prep: Token) -> bool:
    return pobj.lemma_.lower() in {"place", "location"} or is_place(pobj, prep)


def place_name_follows(verb: Token) -> bool:
    """ "had left Deir ez-Zor weeks before": a place name right after the verb is what it
    leaves even when the parser makes a later noun the object."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return (
        nxt is not None
        and nxt.ent_type_ in {"GPE", "LOC"}
        and nxt.ent_iob_ == "B"
        and verb.tag_ in {"VBD", "VBN"}
    )


# Wild places captives are taken into: "marched into the bush", "led into the forest".
_WILDS = frozenset({"bush", "forest", "jungle", "mountain", "mountains", "desert", "hills"})


def carried_off(verb: Token) -> str | None:
    """ "taken away by police" → arrested; "bundled into a car by gunmen" → captured."""
    away = any(c.lower_ in {"away", "off"} and c.dep_ in {"prt", "advmod"} for c in verb.children)
    # "bundled into a car", "marched into the bush by gunmen"
    into = any(p.lemma_.lower() in lx.VEHICLES | _WILDS for p in prep_children(verb, {"into"}))
    if not (away or into):
        return None
    agent = next(
        (p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
        None,
    )
    words = {t.lemma_.lower() for t in verb.subtree}
    if (
        agent is not None
        and agent.lemma_.lower() in lx.AUTHORITY_NOUNS
        or words & {"police", "security"}
    ):
        return "arrested"
    if (
        agent is not None
        and agent.lemma_.lower() in lx.NON_STATE_CAPTORS
        or words & {"gunman", "gunmen"}
    ):
        return "captured"
    return None


def person_object(verb: Token) -> bool:
    """ "succeeded his father", "succeeded Abel Mori", "succeeded him": the object is a person."""
    return any(
        c.dep_ == "dobj"
        and (
            c.ent_type_ == "PERSON"
            or c.lemma_.lower() in PERSON_NOUNS
            or c.lower_ in {"him", "her"}
        )
        for c in verb.children
    )


def non_state_agent(verb: Token) -> bool:
    """The taker or holder is no state: "detained by gunmen", "Rebels detained X", "An armed
    group detained X", "Fighters from a rival faction arrested X" (the README's "arrested by a
    rival faction"): the person is a captive, not a prisoner of the authorities."""
    return any(_non_state_holder(h) for h in _holders(verb))


# Captors the lexicon's list leaves out: gangs, smugglers and traffickers, tribesmen.
_MORE_CAPTORS = frozenset(
    {"gang", "gangs", "gangster", "gangsters", "smuggler", "smugglers", "trafficker"}
    | {"traffickers", "tribesman", "tribesmen", "hijacker", "hijackers", "mob", "cartel"}
    # "detained by paramilitaries" (the README: a paramilitary's prisoner is captured; as a
    # modifier, "paramilitary police", the head noun decides)
    | {"paramilitary", "paramilitaries"}
)
_CAPTORS = lx.NON_STATE_CAPTORS | _MORE_CAPTORS
# The last word of a named armed group's name ("the Red Hand Militia", "the Crimson
# Brigade", "the Popular Front"); not "Army", which names states' forces as often.
_ARMED_GROUP_HEADS = frozenset(
    {"brigade", "brigades", "battalion", "battalions", "front", "militia", "militias"}
    | {"legion", "movement", "group", "mujahideen", "guerrillas"}
)
# What makes unnamed takers non-state: "armed men", "masked gunmen", "an armed group".
_CAPTOR_MARKS = frozenset({"armed", "masked", "hooded", "criminal", "rival"}) | lx.INSURGENT_MARKS


def _non_state_holder(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if _state_holder(tok):
        return False
    if lemma in _CAPTORS or tok.lower_ in lx.NON_STATE_CAPTORS:
        return True
    if tok.ent_type_ == "ORG" and tok.pos_ == "PROPN" and lemma in _ARMED_GROUP_HEADS:
        return True  # a named armed group: "the Crimson Brigade", "the Liberation Front"
    # "an armed group", "armed men", "members of a rival faction", "men from the militia"
    if lemma in _UNNAMED_OR_MEMBERS:
        if any(c.lower_ in _CAPTOR_MARKS for c in tok.children if c.dep_ in {"amod", "compound"}):
            return True
        return any(p.lemma_.lower() in _CAPTORS for p in prep_children(tok, {"of", "from"}))
    return False


# What only the state does with the person it takes: questions, charges, tries and jails.
_STATE_PROCESSING = frozenset(
    {"question", "interrogate", "charge", "sentence", "convict", "prosecute", "indict"}
    | {"arraign", "remand", "extradite", "jail", "imprison", "deport", "book"}
)


# Verbs of keeping or taking a person, whose holder tells which custody it is ("soldiers
# have taken X from her home": taken as the seizing verbs are, by the state's takers).
_KEEPING_VERBS = frozenset({"hold", "keep", "detain", "take"})
# The civil state's takers, whose capture is an arrest and nothing else (troops' captures
# are both, the prisoner of war first).
_CIVIL_STATE_TAKERS = frozenset(
    {"police", "policeman", "policemen", "officer", "officers", "detective", "detectives"}
    | {"gendarme", "gendarmes", "gendarmerie", "authority", "authorities", "prosecutor"}
    | {"prosecutors", "investigator", "investigators", "ministry", "court"}
)


def taken_by_the_state(anchor: Token) -> bool:
    """A capture the state made, though its verb names no captor: "was captured alive and
    is being questioned", "was captured in the raid and sentenced to life" (the same person
    then questioned, charged or sentenced, as only the authorities do), "Police announced
    the capture of X" (the state's takers announce their own capture). Never when a
    non-state captor is named ("Rebels captured X and questioned him")."""
    if anchor.pos_ in {"NOUN", "PROPN"}:
        if anchor.lemma_.lower() not in {"capture", "recapture"}:
            return False
        verb = anchor.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        by = list(prep_children(anchor, {"by"}))
        if not by and anchor.dep_ == "dobj" and not is_passive(anchor.head):
            # "Officials hailed the capture of X by the army": the parser may hang the
            # noun's "by" on the verb whose object the capture is
            by = list(prep_children(anchor.head, {"by"}))
        if by:
            # "the capture of X by troops / by police": the state's takers, its forces
            # too, hold the person as the state's prisoner (not "by rebel forces")
            return all(_named_state_holder(h) and not insurgent_marked(h) for h in by)
        takers = _holders(verb)
        return bool(takers) and all(h.lemma_.lower() in _CIVIL_STATE_TAKERS for h in takers)
    lemma = anchor.lemma_.lower()
    if lemma not in lx.CAPTURE_LEMMAS | lx.SEIZING_LEMMAS | _KEEPING_VERBS:
        return False  # ("X remains in our hands": a state, whose subject is the captive)
    holders = _holders(anchor)
    if holders and lemma in lx.CAPTURE_LEMMAS:
        # "Police recaptured X": the civil state's takers; a capture by troops stays a
        # capture (the verb rules add the arrest), one by anyone else is theirs to tell
        return all(h.lemma_.lower() in _CIVIL_STATE_TAKERS for h in holders)
    if holders:
        # "is being held by the junta", "Immigration officers have held X since Friday",
        # "Soldiers took X from her home", "The junta's soldiers seized X": a person kept,
        # taken or seized by any of the state's takers, soldiers too, is its prisoner
        if lemma == "take":
            # ("taken from his car by men in plain clothes": only takers named as the
            # state's make "take", a verb of any taking, an arrest)
            return all(_named_state_holder(h) for h in holders)
        return all(_state_holder(h) for h in holders)
    if lemma in _KEEPING_VERBS:
        return False  # (kidnappers question their captives too: only a capture is read below)
    for conj in (*anchor.conjuncts, *(c for c in anchor.children if c.dep_ == "advcl")):
        if _in_the_states_prison(conj):
            return True
        if conj.pos_ != "VERB" or conj.lemma_.lower() not in _STATE_PROCESSING:
            continue
        if any(c.dep_ == "neg" for c in conj.children):
            continue  # "captured but never charged"
        own = [c for c in conj.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not own or all(c.lower_ in {"he", "she", "they"} for c in own):
            return True  # the conjunct shares the captured person (or names him again)
    return False


# What a convict serves: "is serving a life sentence", "serving a ten-year term".
_SENTENCES = frozenset({"sentence", "term"})
# The state's places of punishment, where no kidnapper keeps anyone.
_PRISONS = frozenset({"prison", "jail", "gaol", "penitentiary"})


def _in_the_states_prison(conj: Token) -> bool:
    """ "was captured in the same raid and is in prison", "was captured and is serving a
    life sentence": the captive went on to the state's prison or punishment, so the state
    took him (kidnappers keep no prisons and pass no sentences)."""
    if any(c.dep_ == "neg" for c in conj.children):
        return False
    lemma = conj.lemma_.lower()
    if lemma == "serve":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _SENTENCES for c in conj.children)
    if lemma in {"be", "remain"}:
        return any(p.lemma_.lower() in _PRISONS for p in prep_children(conj, {"in"}))
    return False


def insurgent_marked(noun: Token) -> bool:
    """ "rebel forces", "the Northern Liberation Army": takers marked as the state's foes."""
    return any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in lx.INSURGENT_MARKS
        for c in noun.children
    )


def to_death(verb: Token) -> bool:
    """ "stabbed to death", "beaten to death", "burned to death" (not "sentenced to death")."""
    if verb.lemma_.lower() in lx.PENALTY_VERBS | {"put"}:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children)
        for c in verb.children
    )


def in_body_part(verb: Token) -> bool:
    return any(p.lemma_.lower() in lx.BODY_PARTS for p in prep_children(verb, {"in", "through"}))


def by_governing_body(verb: Token) -> bool:
    """ "was elected by the movement's council", "the shura council picked X": a body that
    chooses leaders (as the agent of the passive or the subject of the active verb)."""
    if verb.lemma_.lower() not in {"elect", "choose", "select", "appoint", "pick"}:
        return False
    bodies = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
    if not is_passive(verb) and any(c.dep_ == "dobj" for c in verb.children):
        bodies += [c for c in verb.children if c.dep_ == "nsubj"]
    return any(p.lemma_.lower() in lx.GOVERNING_BODIES for p in bodies)


def to_lead(verb: Token) -> bool:
    """ "chose X to replace its commander", "picked X to lead the group"."""
    return any(
        c.dep_ in {"xcomp", "advcl"}
        and c.lemma_.lower() in lx.LEAD_VERBS
        and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def as_leader(verb: Token) -> bool:
    """ "named X as its new leader", "appointed X chief"."""
    for c in verb.subtree:
        if (
            c.lemma_.lower() in lx.LEADER_ROLES
            and c.head.lower_ in {"as", "to"} | {verb.lower_}
            and c.i > verb.i
        ):
            return True
        if c.lemma_.lower() in lx.LEADER_ROLES and c.dep_ in {"oprd", "xcomp", "attr"}:
            return True
        if (
            c.lemma_.lower() in lx.LEADER_ROLES
            and c.head.lower_ == "of"
            and c.head.head.lemma_.lower() in {"post", "position", "role", "rank", "office"}
        ):
            return True  # "elevated to the post of commander"
        if (
            c.lemma_.lower() in _TOP_POSTS
            and c.head.lower_ == "to"
            and c.head.head.i == verb.i
            and any(m.lower_ == "top" for m in c.children)
            and any(m.lower_ == "the" for m in c.children)  # ("a top job": one of several)
        ):
            return True  # "was promoted to the top job", "elevated to the top post"
        if (
            c.lemma_.lower() in {"place", "stead"}
            and c.head.lower_ == "in"
            and c.head.head.i == verb.i
            and any(m.dep_ == "poss" for m in c.children)
        ):
            return True  # "appointed X in his place", "was named in her stead"
    return False


_TOP_POSTS = frozenset({"post", "job", "position", "spot"})


def message_object(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass", "ccomp"} and (
            c.lemma_.lower() in lx.MESSAGE_NOUNS or c.lower_ == "what"
        ):
            return True
    return False


def public_appearance(verb: Token) -> bool:
    """ "appeared in a video / in public / at a rally / before a judge", not "appeared to"
    or a bare "appeared tired"."""
    if any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return False
    copular = [c for c in verb.children if c.dep_ in {"acomp", "oprd"}]
    # "appears thin but unhurt in the video": the phrase may hang on the predicate
    holders = [verb, *copular, *[k for c in copular for k in c.conjuncts]]
    # "appeared for the first time in a video": the phrase may hang on "time"
    holders += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() == "time"
    ]
    preps = [
        c
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in {"in", "at", "on", "before", "during"}
    ]
    for prep in preps:
        # "in a video", "in front of a judge", "in any of the group's videos" (through "of")
        pobjs = [p for c in prep.children if c.dep_ == "pobj" for p in (c, *_of_objects(c))]
        for pobj in pobjs:
            if pobj.lemma_.lower() in lx.MESSAGE_NOUNS or (
                not copular and pobj.lemma_.lower() in _APPEARANCE_PLACES
            ):
                return True
    return any(c.lower_ == "publicly" for c in verb.children)


def _of_objects(noun: Token) -> list[Token]:
    """The noun's children, and the objects of its "of" ("any of the videos", "one of his
    speeches")."""
    kids = list(noun.children)
    return kids + [
        p
        for k in kids
        if k.dep_ == "prep" and k.lower_ == "of"
        for p in k.children
        if p.dep_ == "pobj"
    ]


def leadership_object(verb: Token, lemma: str) -> bool:
    """The verb is about leading something: "took over as commander", "took over the
    group", "relinquished control", not "took over the building"."""
    for tok in verb.subtree:
        if tok.i == verb.i:
            continue
        # the list has plurals ("forces", "troops"): match the word as well as its lemma
        if (
            tok.lemma_.lower() in lx.LEADERSHIP_WORDS
            or tok.lower_ in lx.LEADERSHIP_WORDS
            or (tok.ent_type_ in {"ORG", "NORP"} and tok.dep_ == "dobj")
        ):
            return True
    # "took over the family business", "took over the gang": a body one runs, as the
    # verb's own object
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lx.LED_BODIES for c in verb.children)


def replaces_a_leader(verb: Token) -> bool:
    """ "named X as its new commander, replacing Y", "Bello, who replaced Sesay in March":
    replacing a person where this sentence or the one before names a leader's role (the
    role is named outside the verb's own phrase)."""
    if _person_replaced_by_person(verb):
        return True  # "He was replaced by X": one named person in another's post
    if not person_object(verb):
        return False
    sent = verb.sent
    before = verb.doc[sent.start - 1].sent if sent.start > 0 else sent
    return any(t.lemma_.lower() in lx.LEADER_ROLES for t in (*before, *sent))


# Office holders a story calls by their office ("the minister", "its commander") when replaced.
_REPLACED_HOLDERS = lx.LEADER_ROLES | frozenset(
    {"minister", "coach", "manager", "general", "envoy", "ambassador"}
)


def _person_replaced_by_person(verb: Token) -> bool:
    """ "Y was replaced by X", "... removed as leader and replaced by X": one person put in
    another's place (both named)."""

    def person(tok: Token) -> bool:
        return (
            tok.ent_type_ == "PERSON"
            or tok.pos_ == "PROPN"
            or tok.lower_ in {"he", "she", "him", "her"}
            # a described person named in apposition: "its previous chairman, X", "by his
            # first deputy, X"
            or any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in tok.children)
            or name_after_own_phrase(tok) is not None  # "by an accountant from Lautoka, X"
            # a definite holder of an office told before: "The (former) minister was replaced by X"
            or tok.lemma_.lower() in _REPLACED_HOLDERS
            and any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in tok.children)
        )

    agent = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    patient = [c for c in verb.children if c.dep_ == "nsubjpass"]
    head = verb.head
    while not patient and verb.dep_ == "conj":
        patient = [c for c in head.children if c.dep_ in {"nsubjpass", "nsubj"}]
        if any(person(p) for p in patient) or head.dep_ not in {"advcl", "conj"}:
            break
        # "X was removed on Wednesday, days after a strike killed 19 recruits, and was
        # replaced by Y": the parser joins "replaced" to the inserted clause's verb
        patient, head = [], head.head
    # the one put in is named ("by X"); the one replaced is a person or a pronoun
    return any(person(a) or a.pos_ == "PROPN" for a in agent) and any(person(p) for p in patient)


def allegiance_to(verb: Token) -> Token | None:
    """ "pledged allegiance to the new leader", "swore loyalty to its new emir, X": whom a
    group swears to. Only a leader described as new: allegiance to a long-standing leader
    is no change of leader."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in lx.ALLEGIANCE_NOUNS for c in verb.children):
        return None
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    preps += [
        g
        for c in verb.children
        if c.dep_ == "dobj"
        for g in c.children
        if g.dep_ == "prep" and g.lower_ == "to"
    ]
    for prep in preps:
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            if any(
                t.lower_ in {"new", "newly"} and t.head.lemma_.lower() in lx.LEADER_ROLES
                for t in pobj.subtree
            ):
                return pobj
    return None


def treated_injury(verb: Token, preps: frozenset[str] = frozenset({"for"})) -> Token | None:
    """ "treated for a broken leg / gunshot wounds / burns": the injury a person is treated
    for (an illness such as "dehydration" is not one); with `preps` {"with"}, the injury one
    is taken to hospital with."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            for t in (pobj, *pobj.conjuncts):
                if injury_noun(t):
                    return t
    return None


def injury_noun(t: Token) -> bool:
    """A noun that names an injury: "wounds", "burns", "a scar", "a broken leg", "a
    fractured skull" (a body part with a word that says it is hurt)."""
    lemma = t.lemma_.lower()
    if lx.EVENT_NOUNS.get(lemma) == "wounded" or lemma in lx.INJURY_NOUNS:
        return True
    return lemma in lx.BODY_PARTS and any(c.lower_ in lx.INJURED_PART_WORDS for c in t.children)


def appointed_on_surface(verb: Token) -> Token | None:
    """ "named X as its new commander" read on the words when the parser hangs the "as"
    phrase elsewhere (a fragment read as "the front named X", a front called X): a person's
    name right after the appointing verb, then "as" and a leader role; the name's last token."""
    doc, sent = verb.doc, verb.sent
    end = verb.i + 1
    if verb.tag_ not in {"VBD", "VBN", "VBZ", "VBP"} or end >= sent.end:
        return None
    if doc[end].ent_type_ != "PERSON" or doc[end].ent_iob_ != "B":
        return None
    while end + 1 < sent.end and doc[end + 1].ent_iob_ == "I":
        end += 1
    after = doc[end + 1 : min(sent.end, end + 7)]
    if not len(after) or after[0].lower_ != "as":
        return None
    role = next((t for t in after[1:] if t.pos_ == "NOUN"), None)  # "as its new military commander"
    return doc[end] if role is not None and role.lemma_.lower() in lx.LEADER_ROLES else None


# Prepositions of a person noun's own phrase that a set-off name may follow: "a chartered
# accountant from Lautoka, X", "Her predecessor as deputy, X", "the mayor of Kabwe, X".
_OWN_PHRASE_PREPS = frozenset({"from", "of", "in", "at", "as", "with", "for"})


def name_after_own_phrase(tok: Token) -> Token | None:
    """ "was replaced by a chartered accountant from Lautoka, X", "Her predecessor as deputy,
    X, died": the proper name set off by a comma right after a person noun's own phrase,
    which the parser hangs on the phrase's object as its apposition, names the person the
    noun describes. Not when that object is a person itself ("a friend of the commander, X"
    may name the commander), save after "as", whose object is the noun's own role. One person
    only: a plural's list ("Three journalists from the weekly X, A, B and C") is read as a
    list elsewhere."""
    if tok.pos_ != "NOUN" or tok.tag_ == "NNS" or tok.lemma_.lower() not in PERSON_NOUNS:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OWN_PHRASE_PREPS:
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if prep.lower_ != "as" and (
                obj.ent_type_ == "PERSON" or obj.lemma_.lower() in PERSON_NOUNS
            ):
                continue
            for c in obj.children:
                if (
                    c.dep_ == "appos"
                    and c.pos_ == "PROPN"
                    and c.doc[c.left_edge.i - 1].text == ","
                    and not c.conjuncts
                ):
                    return c
    return None


def named_in_apposition(tok: Token) -> Token:
    """The name of a person described by a role ("his first deputy, X", "the company's
    chairwoman, X"): the appositive name, or, when the parser hung it elsewhere, the
    person's name right after the described phrase and a comma; else the token itself."""
    if tok.pos_ == "PROPN":
        return tok
    named = next((a for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN"), None)
    if named is not None:
        return named
    if (named := name_after_own_phrase(tok)) is not None:
        return named  # "by a chartered accountant from Lautoka, X"
    doc = tok.doc
    end = max(t.i for t in tok.subtree) + 1
    if end + 1 >= tok.sent.end or doc[end].text != ",":
        return tok
    last = None
    for t in doc[end + 1 : min(tok.sent.end, end + 6)]:
        if t.pos_ != "PROPN":
            break
        last = t
    return last if last is not None and last.ent_type_ == "PERSON" else tok


def described_before(noun: Token) -> Token:
    """The person an appositive description right after a name is about, when the parser hung
    it on another head: "the brother of X, the reporter detained last month", "came to
    remember X, the teacher who was among those killed" (the parser making "the reporter" an
    apposition of "the brother", "the teacher" an adverbial noun of "gathered"). The name
    just before the description's comma, when it is not the head's own (the caller checks
    that it names a person); else the noun itself."""
    if noun.dep_ not in {"appos", "npadvmod"} or noun.pos_ != "NOUN":
        return noun
    doc, start = noun.doc, min(t.i for t in noun.subtree)
    if start < noun.sent.start + 2 or doc[start - 1].text != ",":
        return noun
    name = doc[start - 2]
    if (
        name.pos_ != "PROPN"
        or name.i == noun.head.i
        or noun.head.ent_type_ == "PERSON"
        or name.head.i == noun.head.i  # (a name hung on the head itself: "X's son, the ...")
    ):
        return noun
    return name


def removed_from_office(verb: Token, lemma: str) -> list[Token]:
    """ "The board removed X as chairman", "dismissed her from her post": the people an
    active verb of removal takes out of an office named after "as" or a post after "from"
    ([] for "dismissed the case", "fired at X")."""
    if lemma not in lx.REMOVAL_VERBS or is_passive(verb):
        return []
    if not as_leader(verb) and not any(
        p.lemma_.lower() in lx.OFFICE_NOUNS | {"job", "position", "role"}
        for p in prep_children(verb, {"from"})
    ):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [*objects, *(k for o in objects for k in o.conjuncts if k.i > o.i)]
