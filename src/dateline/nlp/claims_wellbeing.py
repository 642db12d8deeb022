"""Wounds and signs of life told in wordings the verb rules do not read (issue 6), read per
sentence beside the other hits (:func:`wellbeing_hits`, called by :mod:`claims` after
:mod:`claims_harm`):

* a missing or feared-dead person found or seen in a state of life, in the passive: "has
  been found unharmed", "was seen alive two days after the strike" → ``alive`` (the active
  "found X unhurt" has its rule);
* the living told by an attitude: "said he felt lucky to be alive", "is grateful to be
  alive" → ``alive``; a recovery: "is on the mend" → ``alive``;
* a voice heard: "they had heard his voice for the first time in months" → ``alive`` ("until
  we hear her voice" is none); a radio call: "the pilot radioed the tower" → ``alive``;
* a state the parser swallowed into a noun phrase: "said she was safe and back home" →
  ``alive``;
* a wound told by its bleeding or by what surgeons took out: "was bleeding heavily",
  "doctors removed shrapnel from X's abdomen", "surgery to remove a bullet from his chest",
  a hit on the body: "was hit twice", "was hit in the chest" → ``wounded``;
* a maiming the parser split from its verb: "the fall left X paralysed" → ``wounded``;
* a body part hurt: "is nursing a broken arm", "the blast tore off X's right hand", "a bullet
  pierced the lung of X" → ``wounded`` (the owner);
* a projectile lodged in the body: "with shrapnel in his spine", "lives with a bullet in his
  back", "a bullet lodged near the heart of X" → ``wounded``;
* a message put out under someone's name: "a statement / an audio message attributed to X"
  → ``message_released`` (a video so attributed: ``appeared``, as a video showing him);
* a look of health: "looks remarkably well", "looks thin but well" → ``alive`` (a loss of
  weight, "had lost weight", and a state suffered, "suffering from exposure", were tried and
  dropped: the dev gold reads them as no claim more often than as one);
* a likeness seen: "a man resembling X can be seen in a video", "the footage shows a man
  resembling X", "a figure who resembles X appears" → ``appeared`` (hedged: only a likeness);
* (a prognosis, "is expected to survive / make a full recovery", is an expectation, no claim:
  tests/nlp/test_claims_injury_survival_inventory.py).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution_index import tables_of
from dateline.nlp.claims_context import ClaimContext, Hit
from dateline.nlp.claims_grammar import prep_children, subject_of
from dateline.nlp.claims_harm_subjects import a_person
from dateline.nlp.claims_sources import entity_in_name

# States of life a person is found or seen in ("found unharmed", "seen alive").
_LIFE_STATES = frozenset({"alive", "unharmed", "unhurt", "uninjured", "unscathed"})
# Feelings one has about being alive: "lucky to be alive", "grateful to be alive".
_ALIVE_FEELINGS = frozenset(
    {"lucky", "fortunate", "glad", "happy", "grateful", "thankful", "relieved", "blessed"}
)
# What surgeons take out of a wounded body.
_PROJECTILES = frozenset(
    {"bullet", "shrapnel", "pellet", "fragment", "shard", "splinter", "slug", "round"}
)
# Verbs that hurt a body part named as their object: "tore off his hand", "pierced his lung".
_MAIMING_VERBS = frozenset(
    {"tear", "blow", "sever", "pierce", "shatter", "crush", "rip", "puncture", "slice"}
)
# The body's parts, with the inner organs and smaller parts the lexicon's list lacks.
_BODY = lx.BODY_PARTS | frozenset(
    {"lung", "liver", "kidney", "spleen", "bowel", "brain", "heart", "throat", "ear", "lip"}
    | {"mouth", "tooth", "teeth", "elbow", "heel", "shin", "groin", "cheek", "forehead", "limb"}
    | {"torso", "buttock", "calf", "artery", "vein", "nerve", "tendon"}
)
# Letting a captive speak to someone: "allowed X to speak to his wife", "let him call home".
_LETTING_VERBS = frozenset({"allow", "let", "permit"})
_SPEAKING_TO = frozenset({"speak", "talk", "call", "phone", "telephone"})
# Counts of hits on a person: "was hit twice".
_HIT_COUNTS = frozenset({"twice", "again"})

# The words that open a rule here; a sentence with none of them is passed by.
_OPENERS = frozenset(
    {"find", "see", "spot", "alive", "mend", "voice", "bleed", "remove", "extract", "hit"}
    | {"strike", "leave", "radio", "safe", "nurse", "well"}
    | _LETTING_VERBS
    | _MAIMING_VERBS
    | _PROJECTILES
    | {"attribute", "look", "seem", "resemble"}
)
# Looks of health: "looks well", "seemed fit".
_HEALTHY_LOOKS = frozenset({"well", "healthy", "fit", "fine", "strong"})


def wellbeing_hits(ctx: ClaimContext, sent: Span, hits: list[Hit]) -> list[Hit]:
    """The sentence's wounds and signs of life in the wordings of this module's docstring,
    each only when no hit of the sentence already tells it of the same person."""
    lemma, doc = tables_of(sent.doc).lemma, sent.doc
    found: list[Hit] = []
    for i in range(sent.start, sent.end):
        if lemma[i] not in _OPENERS:
            continue
        tok = doc[i]
        for hit in _rules(tok, lemma[i]):
            named = [_named_by_apposition(s) for s in hit.subjects]
            hit.subjects = [s for s in named if _person(ctx, s)]
            if hit.subjects and not _told(hit, hits + found):
                found.append(hit)
    return found


def _named_by_apposition(tok: Token) -> Token:
    """ "the boy, Ali Reza,": the name set beside a noun the lexicon does not know."""
    if a_person(tok) or tok.pos_ != "NOUN":
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), tok)


def _person(ctx: ClaimContext, tok: Token) -> bool:
    """A name, pronoun or person noun, or a word of a person's name the tagger missed
    ("Darwish" taken for a nationality)."""
    if a_person(tok) or tok.lower_ == "his":
        return True
    entity = entity_in_name(ctx, tok) if tok.pos_ == "PROPN" else None
    return entity is not None and entity.kind == "person"


def _rules(tok: Token, lemma: str) -> list[Hit]:
    if lemma in {"find", "see", "spot"}:
        return _found_in_life(tok)
    if lemma in {"alive", "safe"}:
        return _feels_alive(tok) + _state_swallowed(tok)
    if lemma == "radio":
        return _radioed(tok)
    if lemma == "mend":
        return _on_the_mend(tok)
    if lemma == "voice":
        return _voice_heard(tok)
    if lemma == "bleed":
        return _bleeding(tok)
    if lemma in {"remove", "extract"}:
        return _projectile_removed(tok)
    if lemma in {"hit", "strike"}:
        return _hit_on_the_body(tok) + _hurt_body_part(tok)
    if lemma == "leave":
        return _left_maimed(tok)
    if lemma == "well":
        return _well_enough(tok)
    if lemma in _LETTING_VERBS:
        return _let_speak(tok)
    if lemma in _PROJECTILES:
        return _lodged_in_body(tok)
    if lemma == "attribute":
        return _attributed_message(tok)
    if lemma in {"look", "seem"}:
        return _looks_well(tok)
    if lemma == "resemble":
        return _likeness_seen(tok)

    return _hurt_body_part(tok)


def _told(hit: Hit, hits: list[Hit]) -> bool:
    """A hit of the same predicate, polarity aside, already has one of the subjects."""
    ids = {s.i for s in hit.subjects}
    return any(h.predicate == hit.predicate and ids & {s.i for s in h.subjects} for h in hits)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in verb.children)


def _found_in_life(verb: Token) -> list[Hit]:
    """ "has been found unharmed", "was seen alive two days later": the passive subject."""
    if verb.pos_ != "VERB" or _negated(verb):
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    # (the state as the verb's complement, or hung by the parser on the next word)
    state = any(
        t.lower_ in _LIFE_STATES and (t.i == verb.i + 1 or t.head.i == verb.i)
        for t in verb.doc[verb.i + 1 : min(verb.i + 3, verb.sent.end)]
    )
    people = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return [Hit("alive", verb, people[-1:], {verb.i})] if state and people else []


def _feels_alive(alive: Token) -> list[Hit]:
    """ "felt lucky to be alive", "is grateful to be alive": the one who feels it."""
    be = alive.head
    feeling = be.head
    if alive.dep_ != "acomp" or be.lemma_ != "be" or be.dep_ != "xcomp":
        return []
    if feeling.lower_ not in _ALIVE_FEELINGS or _negated(feeling.head):
        return []
    people = [c for c in feeling.head.children if c.dep_ == "nsubj"]
    return [Hit("alive", feeling.head, people, {feeling.head.i, alive.i})]


def _state_swallowed(state: Token) -> list[Hit]:
    """ "she was safe and back home": the parser reads "safe" as a modifier of "home", the
    copula's attribute; the state is the copula's subject's."""
    noun = state.head
    verb = noun.head
    if state.dep_ != "amod" or noun.dep_ != "attr" or verb.lemma_ != "be" or _negated(verb):
        return []
    if not any(c.dep_ == "cc" for c in state.children) and state.nbor(1).lower_ != "and":
        return []
    people = [c for c in verb.children if c.dep_ == "nsubj"]
    return [Hit("alive", verb, people, {verb.i, state.i})]


def _radioed(verb: Token) -> list[Hit]:
    """ "The pilot radioed the tower at 3.12 p.m.": whoever radios is alive then."""
    if verb.pos_ != "VERB" or _negated(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return []
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return []  # "could not radio", "would radio"
    people = [c for c in verb.children if c.dep_ == "nsubj"]
    return [Hit("alive", verb, people, {verb.i})]


def _on_the_mend(mend: Token) -> list[Hit]:
    """ "X is on the mend": a recovery under way."""
    prep = mend.head
    verb = prep.head
    if mend.dep_ != "pobj" or prep.lower_ != "on" or verb.lemma_ not in {"be", "seem", "appear"}:
        return []
    if _negated(verb):
        return []
    people = [c for c in verb.children if c.dep_ == "nsubj"]
    return [Hit("alive", verb, people, {verb.i, mend.i})]


def _voice_heard(voice: Token) -> list[Hit]:
    """ "they had heard his voice for the first time in months": the speaker lives."""
    verb = voice.head
    if voice.dep_ != "dobj" or verb.lemma_ != "hear" or _negated(verb):
        return []
    if verb.tag_ not in {"VBD", "VBN"} or any(c.dep_ == "mark" for c in verb.children):
        return []  # "until we hear her voice", "if they hear his voice": no sign yet
    owners = [c for c in voice.children if c.dep_ == "poss"]
    return [Hit("alive", verb, owners, {verb.i, voice.i})]


def _bleeding(verb: Token) -> list[Hit]:
    """ "was bleeding heavily", "bled from the head": a wound ("bled to death" is a death,
    read by its own rule)."""
    if verb.pos_ != "VERB" or _negated(verb):
        return []
    if any(t.lower_ in {"death", "dry"} for t in verb.subtree if t.i > verb.i):
        return []
    people = [c for c in verb.children if c.dep_ == "nsubj"]
    return [Hit("wounded", verb, people, {verb.i})]


def _projectile_removed(verb: Token) -> list[Hit]:
    """ "Doctors removed shrapnel from X's abdomen", "surgery to remove a bullet from his
    chest": the body it came out of (its owner, or the person named after "from")."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _PROJECTILES for c in verb.children):
        return []
    people: list[Token] = []
    # ("from" on the verb, or on the object: "removed [shrapnel from X's abdomen]")
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"):
        for p in (p for p in prep.children if p.dep_ == "pobj"):
            if p.lemma_.lower() in _BODY:
                # "from his chest", "from the leg of X"
                people.extend(c for c in p.children if c.dep_ == "poss")
                people.extend(o for o in prep_children(p, {"of"}) if o.dep_ == "pobj")
            else:
                people.append(p)
    if _death_told(verb.sent):
        return []  # ("removed the bullet that killed him from his body")
    return [Hit("wounded", verb, people, {verb.i})]


def _hit_on_the_body(verb: Token) -> list[Hit]:
    """ "Darwish was hit twice", "was struck in the chest": a passive hit counted or placed
    on the body (what hit is told elsewhere, or by "by a bullet", read by claims_harm)."""
    if verb.pos_ != "VERB" or _negated(verb):
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    counted = any(
        c.dep_ == "advmod"
        and c.lower_ in _HIT_COUNTS
        or c.dep_ == "npadvmod"
        and c.lower_ == "times"  # "was hit three times"
        for c in verb.children
    )
    on_body = any(
        p.lemma_.lower() in _BODY
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"in", "on"}
        for p in c.children
        if p.dep_ == "pobj"
    )
    people = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return [Hit("wounded", verb, people, {verb.i})] if counted or on_body else []


def _left_maimed(verb: Token) -> list[Hit]:
    """ "The fall left X paralysed (from the waist down)": the parser makes the maiming a
    clause of its own, with X its subject, or an adverbial clause after X."""
    if verb.pos_ != "VERB":
        return []
    people: list[Token] = []
    for c in verb.children:
        if c.dep_ not in {"ccomp", "advcl", "xcomp"} or c.lower_ not in lx.MAIMED_WORDS:
            continue
        people.extend(s for s in c.children if s.dep_ == "nsubj")
        people.extend(o for o in verb.children if o.dep_ == "dobj")
    for obj in (o for o in verb.children if o.dep_ == "dobj"):
        # "left the student, X, blind in one eye": the state read as the object's modifier
        if any(
            a.dep_ == "amod" and a.i > obj.i and a.lower_ in lx.MAIMED_WORDS for a in obj.children
        ):
            people.append(obj)
    return [Hit("wounded", verb, people, {verb.i})]


def _hurt_body_part(verb: Token) -> list[Hit]:
    """ "is nursing a broken arm": the subject's; "tore off X's right hand", "pierced the
    lung of X": the part's owner."""
    if verb.pos_ != "VERB" or _negated(verb):
        return []
    parts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _BODY]
    if verb.lemma_.lower() == "nurse":
        hurt = any(
            a.dep_ == "amod" and a.lower_ in lx.INJURED_PART_WORDS
            for p in parts
            for a in p.children
        )
        return [Hit("wounded", verb, subject_of(verb), {verb.i})] if hurt else []
    if verb.lemma_.lower() in {"hit", "strike"}:
        return []  # ("hit his head": told by the hit's own rules)
    # ("an artery in the thigh of X": the part within a part)
    parts += [q for p in parts for q in prep_children(p, {"in"}) if q.lemma_.lower() in _BODY]
    owners = [c for p in parts for c in p.children if c.dep_ == "poss"]
    owners += [o for p in parts for o in prep_children(p, {"of"}) if o.dep_ == "pobj"]
    return [Hit("wounded", verb, owners, {verb.i})]


def _well_enough(well: Token) -> list[Hit]:
    """ "X was well enough to leave hospital / to travel": a patient's recovery."""
    enough = well.head
    verb = enough.head
    if well.dep_ != "advmod" or enough.lower_ != "enough" or verb.lemma_ != "be":
        return []
    if _negated(verb):
        return []  # "was not well enough to attend": still a patient, no claim read here
    return [Hit("alive", verb, [c for c in verb.children if c.dep_ == "nsubj"], {verb.i})]


def _let_speak(verb: Token) -> list[Hit]:
    """ "The kidnappers allowed X to speak to his wife", "let him call his family": the
    captive spoke, a sign of life."""
    if verb.pos_ != "VERB" or _negated(verb):
        return []
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return []  # "would let him call"
    people: list[Token] = []
    for comp in (c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}):
        if comp.lemma_.lower() not in _SPEAKING_TO:
            continue
        people += [c for c in comp.children if c.dep_ == "nsubj"]
        people += [c for c in verb.children if c.dep_ == "dobj"]
    return [Hit("alive", verb, people, {verb.i})]


def _owners(part: Token) -> list[Token]:
    """Whose body part: "his back", "X's leg", "the heart of X"."""
    return [c for c in part.children if c.dep_ == "poss"] + [
        o for o in prep_children(part, {"of"}) if o.dep_ == "pobj"
    ]


def _lodged_in_body(projectile: Token) -> list[Hit]:
    """ "with shrapnel in his spine", "a bullet lodged near the heart of X", "lives with a
    bullet in his back" (the parser may hang the place on the verb): the body's owner."""
    if projectile.pos_ != "NOUN":
        return []
    holders = [projectile, *(c for c in projectile.children if c.dep_ == "acl")]
    if projectile.dep_ == "pobj" and projectile.head.lower_ == "with":
        holders.append(projectile.head.head)  # "lives with a bullet in his back"
    places = {"in", "near", "inside", "into"}
    parts = [
        p
        for h in holders
        for p in prep_children(h, places)
        if p.dep_ == "pobj" and p.lemma_.lower() in _BODY
    ]
    owners = [o for p in parts for o in _owners(p)]
    if not owners or _death_told(projectile.sent):
        return []  # ("a post-mortem found a bullet in his head": a death, not a wound)
    return [Hit("wounded", projectile, owners, {projectile.i})]


# Words that tell a death in the sentence, where a bullet in the body is its cause.
_DEATH_WORDS = frozenset(
    {"die", "dead", "death", "kill", "autopsy", "post-mortem", "body", "fatal"}
)


def _death_told(sent: Span) -> bool:
    lemma = tables_of(sent.doc).lemma
    return any(lemma[i] in _DEATH_WORDS for i in range(sent.start, sent.end))


# Messages a person's name can be put on: "a statement / an audio message attributed to X".
_ATTRIBUTED_MESSAGES = lx.RECORDED_MESSAGES | {"statement", "letter"}


def _attributed_message(verb: Token) -> list[Hit]:
    """ "In a statement attributed to X, the group vowed ...", "An audio message attributed
    to X was posted online": X's message, on the word of whoever attributes it."""
    message = verb.head
    if verb.dep_ != "acl" or message.lemma_.lower() not in _ATTRIBUTED_MESSAGES:
        return []
    authors = [p for p in prep_children(verb, {"to"}) if p.dep_ == "pobj"]
    seen = message.lemma_.lower() in lx.VIDEO_NOUNS  # (a video shows him: an appearance)
    hit = Hit("appeared" if seen else "message_released", verb, authors, {verb.i, message.i})
    hit.certainty = "reported"
    return [hit]


def _looks_well(verb: Token) -> list[Hit]:
    """ "looks remarkably well", "looks thin but well": seen in health."""
    if verb.pos_ not in {"VERB", "AUX"} or _negated(verb):
        return []
    states = [c for c in verb.children if c.dep_ in {"acomp", "advmod", "oprd", "xcomp"}]
    states += [j for c in states for j in c.children if j.dep_ == "conj"]  # "thin but well"
    if not any(t.lower_ in _HEALTHY_LOOKS for t in states):
        return []
    return [Hit("alive", verb, subject_of(verb), {verb.i})]


# Who a likeness is: "a man / woman / figure resembling X".
_LIKENESS_NOUNS = frozenset({"man", "woman", "figure", "person", "someone", "individual"})
# Verbs a likeness is seen by: "can be seen", "was filmed", "the footage shows".
_SEEING_VERBS = frozenset({"see", "film", "show", "spot", "photograph", "record", "picture"})


def _likeness_seen(verb: Token) -> list[Hit]:
    """ "A man resembling X can be seen in a video", "the footage shows a man resembling X",
    "a figure who closely resembles X appears": X appeared, as far as a likeness shows."""
    likeness = verb.head
    if verb.dep_ not in {"acl", "relcl"} or likeness.lemma_.lower() not in _LIKENESS_NOUNS:
        return []
    seen_by = likeness.head
    seen = (
        likeness.dep_ == "nsubjpass"
        and seen_by.lemma_.lower() in _SEEING_VERBS
        or likeness.dep_ == "dobj"
        and seen_by.lemma_.lower() == "show"
        or likeness.dep_ == "nsubj"
        and seen_by.lemma_.lower() == "appear"
    )
    if not seen or _negated(seen_by):
        return []
    people = [c for c in verb.children if c.dep_ == "dobj"]
    hit = Hit("appeared", seen_by, people, {seen_by.i, verb.i})
    hit.certainty = "hedged"
    return [hit]
