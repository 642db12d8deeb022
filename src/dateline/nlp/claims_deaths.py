"""Deaths told without a verb of killing or dying (session 18, DEATH; issue 6): the body of a
person ("an autopsy on the body of X", "the corpse of X was dumped", "a body believed to be
that of X"), the people who killed him ("the killers of X", "X's murderer"), the rites of his
death ("a memorial service for X", "the funeral for X"), doctors who could not save him, an
army or a family that "lost" him, and the dead counted in a list ("those who died included
X", "one of the dead was X"). Each rule reads one construction of English news prose; the
trigger pass (:mod:`claims_triggers`) calls :func:`death_hits` for the words below."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution_index import tables_of
from dateline.nlp.claims_context import Hit
from dateline.nlp.claims_grammar import expand_conj, prep_children, subject_of

# Nouns whose "of" object or possessor is dead.
_BODY_NOUNS = frozenset({"body", "corpse", "remains", "bodies", "corpses"})
# People who killed someone: "the killers of X", "X's murderer".
_KILLER_NOUNS = frozenset(
    {"killer", "murderer", "assassin", "executioner", "slayer", "killers", "murderers"}
)
# Rites held for the dead: "the funeral for X", "a memorial service for X".
_RITE_NOUNS = frozenset({"funeral", "memorial", "burial", "wake"})
# Verbs of dying and killing that say "those who died" / "the soldiers killed" are dead.
_DYING_VERBS = frozenset({"die", "kill", "perish", "slay", "murder", "drown"})
# What the noun lemmas of these rules add to the trigger pass's noun gate.
NOUN_LEMMAS = frozenset(_BODY_NOUNS | _KILLER_NOUNS | _RITE_NOUNS | {"service", "removal"})
# Words this module looks at before the other rules (a cheap first test).
WORDS = frozenset({"dead", "save", "lose", "them"}) | NOUN_LEMMAS


def _person(tok: Token) -> Token | None:
    """The named person a token stands for: a name, or a described person with a name in
    apposition ("the pilot, Captain X"); None for a pronoun, a thing or an unnamed noun."""
    if tok.pos_ == "PROPN" and tok.ent_type_ not in {"GPE", "LOC", "FAC", "ORG", "NORP", "DATE"}:
        return tok
    if tok.pos_ == "NOUN":
        named = [a for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
        if len(named) == 1 and named[0].ent_type_ in {"PERSON", ""}:
            return named[0]
    return None


def _owners(
    noun: Token, *, possessors: bool = True, preps: frozenset[str] = frozenset({"of"})
) -> list[Token]:
    """The named people a noun is of: its possessor ("X's body") or its "of" object."""
    found = [c for c in noun.children if possessors and c.dep_ == "poss"]
    found += [
        p
        for p in prep_children(noun, preps)
        if p.dep_ == "pobj"
    ]
    # "the body of X being carried": the parser makes X the subject of a clause under "of"
    found += [
        s
        for p in prep_children(noun, preps)
        if p.dep_ == "pcomp"
        for s in p.children
        if s.dep_ in {"nsubj", "nsubjpass"}
    ]
    return [p for t in expand_conj(found) if (p := _person(t)) is not None]


def _death_in_relative(person: Token) -> bool:
    """ "the killers of X, who was shot dead in March": the relative clause tells the death
    itself, one claim (as a death noun restated by its relative clause, claims.py)."""
    for rel in (c for c in person.children if c.dep_ == "relcl"):
        lemma = rel.lemma_.lower()
        if (
            lemma in _DYING_VERBS
            or lx.PATIENT_VERBS.get(lemma) == "killed"
            or any(c.lower_ == "dead" for c in rel.children)
        ):
            return True
    return False


def _without_told_deaths(people: list[Token]) -> list[Token]:
    return [p for p in people if not _death_in_relative(p)]


def _negated_verb(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def death_hits(tok: Token, word: str, lemma: str) -> list[Hit] | None:
    """The death ``tok`` tells by one of this module's constructions, or None (the other rules
    then read the token as before)."""
    if word not in WORDS and lemma not in WORDS and tok.dep_ != "pobj":
        return None
    if lemma in _BODY_NOUNS or word in _BODY_NOUNS:
        return _body_elsewhere(tok)
    if lemma in _KILLER_NOUNS or word in _KILLER_NOUNS:
        return _killers_of(tok)
    if lemma in _RITE_NOUNS or lemma == "service":
        return _rite_for(tok)
    if lemma == "removal":
        return _removed_from_office(tok)
    if lemma == "save" and tok.pos_ == "VERB":
        return _not_saved(tok)
    if lemma == "lose" and tok.pos_ == "VERB":
        return _lost_person(tok)
    if word == "dead" and tok.dep_ == "pobj":
        return _one_of_the_dead(tok)
    if word == "them" and tok.dep_ == "pobj":
        return _among_them(tok)
    if tok.dep_ == "pobj":
        return _that_of(tok)
    return None


def _body_elsewhere(noun: Token) -> list[Hit] | None:
    """ "an autopsy on the body of X", "the corpse of X was dumped", "saw the body of X":
    a person's body is his death, whatever the verb (the found / identified / recovered body
    is :func:`claims_triggers._body_hits`'s); not "shrapnel in the body of X", not a body
    that was not found."""
    if noun.pos_ != "NOUN" or noun.head.lemma_.lower() in lx.BODY_VERBS | {"of"}:
        return None  # (a found / identified body, "the identity of the body of X": _body_hits)
    if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "into", "inside"}:
        return None  # "a bullet lodged in the body of X": a wound
    if any(c.lower_ in {"no", "whole", "entire", "upper", "lower"} for c in noun.children):
        return None  # "no body", "his whole body"
    owners = _without_told_deaths(_owners(noun))
    if not owners:
        return None
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ in {"VERB", "AUX"} and _negated_verb(verb):
        return None  # "the body of X has not been found"
    return [Hit("killed", noun, owners, {noun.i})]


def _killers_of(noun: Token) -> list[Hit] | None:
    """ "the killers of X", "X's murderer was jailed", "hunting the assassins of X": the one
    they killed is dead (a possessive pronoun is left to the noun's other readings)."""
    if noun.pos_ != "NOUN":
        return None
    owners = _without_told_deaths(_owners(noun))
    return [Hit("killed", noun, owners, {noun.i})] if owners else None


def _rite_for(noun: Token) -> list[Hit] | None:
    """ "a memorial service for X", "the funeral for X was held": a rite for the dead ("the
    funeral of X" is an event noun of the lexicon)."""
    if noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() == "service" and not any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _RITE_NOUNS | {"funeral"}
        for c in noun.children
    ):
        return None  # a service that is no rite of death
    owners = _without_told_deaths(_owners(noun, possessors=False, preps=frozenset({"for"})))
    return [Hit("killed", noun, owners, {noun.i})] if owners else None


def _removed_from_office(noun: Token) -> list[Hit] | None:
    """ "X's removal as party chairman", "the removal of X from his post": a leader who loses
    his office (not "the removal of X from the country", a deportation)."""
    offices = [
        p
        for p in prep_children(noun, {"as", "from"})
        if p.dep_ == "pobj"
        and (
            p.lemma_.lower() in lx.LEADER_ROLES | {"post", "office", "position", "command", "power"}
            or p.lower_ in lx.LEADER_ROLES
        )
    ]
    if not offices:
        return None
    owners = _owners(noun)
    return [Hit("leadership_change", noun, owners, {noun.i})] if owners else None


def _not_saved(verb: Token) -> list[Hit] | None:
    """ "Doctors were unable to save X", "could not save X", "failed to save X", "X could not
    be saved": the person died."""
    head = verb.head
    unable = (
        verb.dep_ == "xcomp"
        and (
            head.lemma_.lower() in {"unable", "fail"}
            or head.lemma_.lower() in {"able", "manage"}
            and _negated_verb(head.head if head.dep_ == "acomp" else head)
        )
        or _negated_verb(verb)
        and any(c.dep_ == "aux" and c.lower_ in {"could", "can", "did"} for c in verb.children)
    )
    if not unable:
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        saved = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        saved = [c for c in verb.children if c.dep_ == "dobj"]
    people = [p for t in expand_conj(saved) if (p := _person(t)) is not None]
    return [Hit("killed", verb, people, {verb.i})] if people else None


def _lost_person(verb: Token) -> list[Hit] | None:
    """ "We lost our brother X in the battle", "the family lost their son, X, in the blast":
    a named person as the object of "lose" died (not "lost X to a rival club", "lost contact
    with X")."""
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None  # "lost the striker X to injury": a player, gone elsewhere
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    people = [
        p
        for t in expand_conj(objects)
        if (p := _person(t)) is not None
        and (
            t.pos_ == "PROPN"
            or t.lemma_.lower() in lx.KIN_NOUNS | {"brother", "comrade", "colleague"}
        )
    ]
    return [Hit("killed", verb, people, {verb.i})] if people else None


def _one_of_the_dead(dead: Token) -> list[Hit] | None:
    """ "One of the dead was X": the one named is dead."""
    one = dead.head.head
    if dead.head.lower_ != "of" or one.lower_ != "one" or one.dep_ != "nsubj":
        return None
    verb = one.head
    if verb.lemma_ != "be":
        return None
    named = [c for c in verb.children if c.dep_ == "attr"]
    people = [p for t in expand_conj(named) if (p := _person(t)) is not None]
    return [Hit("killed", verb, people, {verb.i, dead.i})] if people else None


def _among_them(them: Token) -> list[Hit] | None:
    """ "Three people died. Among them was X" / "One of them was X": "them" takes up the dead
    of the sentence before (a dying verb whose subject is a counted or plural group)."""
    prep = them.head
    verb = prep.head
    if prep.lower_ == "of" and verb.lower_ == "one" and verb.dep_ == "nsubj":
        verb = verb.head  # "One of them was X"
    if prep.lower_ not in {"among", "of"} or verb.lemma_ != "be" or them.sent.start == 0:
        return None
    before = them.doc[them.sent.start - 1].sent
    root = before.root
    if root.lemma_.lower() in lx.REPORTING_VERBS:
        # "The ministry said three people died": the reported clause
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    dying = root.lemma_.lower() in _DYING_VERBS and (
        root.lemma_.lower() != "kill" or any(c.dep_ == "auxpass" for c in root.children)
    )
    group = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "NNS"]
    if not dying or not group:
        return None
    named = [c for c in verb.children if c.dep_ in {"attr", "nsubj"} and c.i != prep.head.i]
    people = [p for t in expand_conj(named) if (p := _person(t)) is not None]
    return [Hit("killed", verb, people, {verb.i, them.i})] if people else None


def _that_of(name: Token) -> list[Hit] | None:
    """ "The body was identified as that of X", "a body believed to be that of X", "the
    remains were those of X": the pronoun stands for the body, X is dead."""
    # (the opening test on the shared tables: asked of every prepositional object)
    tables = tables_of(name.doc)
    of_i = tables.head[name.i]
    if tables.lower[of_i] != "of" or tables.lower[tables.head[of_i]] not in {"that", "those"}:
        return None
    of = name.head
    pronoun = of.head
    person = _person(name)
    if person is None:
        # "those of the pilot, X": the parser hangs the name on the pronoun
        named = [a for a in pronoun.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
        person = named[0] if len(named) == 1 and name.pos_ == "NOUN" else None
    if person is None:
        return None
    tok = pronoun
    for _ in range(5):
        if any(
            c.dep_ in {"nsubj", "nsubjpass"}
            and (c.lemma_.lower() in _BODY_NOUNS or c.lower_ in _BODY_NOUNS)
            for c in tok.children
        ) or (tok.lemma_.lower() in _BODY_NOUNS and tok.pos_ == "NOUN"):
            return [Hit("killed", pronoun, expand_conj([person]), {pronoun.i})]
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


def _takes_place_of(verb: Token) -> list[Hit] | None:
    """ "X took his place", "X will take the place of the slain commander Y": X takes the
    lead, and a named Y loses it (not "the attack took place", "took her place at the table")."""
    places = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and c.lower_ == "place"
        and any(d.dep_ == "poss" or d.dep_ == "prep" and d.lower_ == "of" for d in c.children)
        and not any(d.dep_ == "prep" and d.lower_ in {"at", "in", "on"} for d in c.children)
    ]
    if not places or any(
        c.dep_ == "prep"
        and c.lower_ in {"at", "in", "on"}
        and not any(p.ent_type_ in {"DATE", "TIME"} for p in c.children)
        for c in verb.children
    ):
        return None  # "took his place at the table", not "took his place in May"
    hits = [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
    left = _owners(places[0])
    if left:
        hits.append(Hit("leadership_change", verb, left, {verb.i}))
    return hits


def _stands_in(verb: Token) -> list[Hit] | None:
    """ "X stands in for the jailed leader", "has been deputising for the chairman", "fills in
    for the ailing president": a stand-in leader, a change (as "serves as acting leader")."""
    if verb.lemma_.lower() in {"stand", "fill"} and not any(
        c.dep_ == "prt" and c.lower_ == "in" for c in verb.children
    ):
        return None
    leaders = [
        p
        for p in prep_children(verb, {"for"})
        if p.dep_ == "pobj" and p.lemma_.lower() in lx.LEADER_ROLES
    ]
    if not leaders:
        return None
    return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]


def _put_to_death(verb: Token) -> list[Hit] | None:
    """ "X was put to death by lethal injection", "the regime put X to death": executed."""
    if not any(
        c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children)
        for c in verb.children
    ):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    dead = subject_of(verb) if passive else [c for c in verb.children if c.dep_ == "dobj"]
    return [Hit("killed", verb, expand_conj(dead), {verb.i})] if dead else None


def _nth_killed(verb: Token) -> list[Hit] | None:
    """ "X was the third journalist killed this year", "X is the latest person to have died"
    (the participle on the noun that says what X is): X is dead."""
    noun = verb.head
    copula = noun.head
    if noun.dep_ != "attr" or copula.lemma_ != "be" or noun.pos_ != "NOUN":
        return None
    if not any(
        c.dep_ in {"amod", "det"}
        and (c.tag_ == "JJ" and c.lower_ in _ORDER_WORDS or c.lower_ in _ORDER_WORDS)
        for c in noun.children
    ):
        return None  # "X was a man killed ...": no ranking, read by the other rules
    # (anchored on the participle: a ranking that restates a death told before is no new
    # claim, claims._counted_among)
    return [Hit("killed", verb, subject_of(copula), {copula.i, verb.i})]


# What ranks the dead: "the third journalist killed", "the latest victim killed", "the only".
_ORDER_WORDS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "latest", "last", "only", "sixth", "tenth"}
)


def deaths_verb_hits(verb: Token, lemma: str) -> list[Hit] | None:
    """ "Those who died included X", "The 12 soldiers killed in the ambush included X": the
    ones a dying verb describes, listed by "include"; "X took his place" (a successor)."""
    if lemma == "take" and verb.pos_ == "VERB":
        return _takes_place_of(verb)
    if lemma == "put" and verb.pos_ == "VERB":
        return _put_to_death(verb)
    if lemma in {"stand", "fill", "deputise", "deputize"} and verb.pos_ == "VERB":
        return _stands_in(verb)
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and lemma in _DYING_VERBS
        and (ranked := _nth_killed(verb)) is not None
    ):
        return ranked
    if lemma not in _DYING_VERBS or verb.dep_ not in {"relcl", "acl"}:
        return None
    group = verb.head
    if group.dep_ != "nsubj" or group.head.lemma_ != "include":
        return None
    listed = expand_conj([c for c in group.head.children if c.dep_ == "dobj"])
    people = [p for t in listed if (p := _person(t)) is not None]
    return [Hit("killed", group.head, people, {group.head.i, verb.i})] if people else None
