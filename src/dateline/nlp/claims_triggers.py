"""Trigger words of a sentence and the subjects they are about: the cheap pre-filter,
then per token the state phrases ("in custody", "in good health"), predicative and
participle adjectives ("is alive", "its slain commander"), event nouns ("his death", "her
arrest"), leader nouns ("its new leader, X"), held / bereaved / body nouns; verbs go to
:mod:`claims_verbs`."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution_index import DocIndex
from dateline.nlp.claims_captors import held_by_captors, named_prison, noun_captor_predicate
from dateline.nlp.claims_complements import non_state_agent
from dateline.nlp.claims_conjuncts import doubled_subject_name
from dateline.nlp.claims_context import ClaimContext, Hit, doc_lemmas, in_quote
from dateline.nlp.claims_custody import (
    custody_span,
    hands_clause,
    held_group_hits,
    holder_adjective,
    noun_holder_predicate,
)
from dateline.nlp.claims_deaths import NOUN_LEMMAS as _DEATH_NOUNS
from dateline.nlp.claims_deaths import death_hits, deaths_verb_hits
from dateline.nlp.claims_gates import noun_rules_apply, verb_rules_apply
from dateline.nlp.claims_grammar import (
    SHARED_PREDICATES,
    companions,
    expand_conj,
    has_neg,
    is_future,
    is_passive,
    members_of,
    participle_patient,
    patient_of,
    subject_of,
)
from dateline.nlp.claims_leadership import OFFICE_ROLES, leadership_hits
from dateline.nlp.claims_purposes import sought_not_happened
from dateline.nlp.claims_states import appositive_place_hits, freed_participle
from dateline.nlp.claims_timeplace import place_of
from dateline.nlp.claims_verbs import verb_hits
from dateline.nlp.claims_whereabouts import nominal_place_hits

# Tokens that can trigger by their part of speech, by their word, or as the object of a
# preposition ("in custody"); every other token is skipped before the trigger rules run.
_TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN"})


_TRIGGER_TAGS = frozenset({"VBN", "VBD"})


_INCLUDED_WORDS = frozenset({"dead", "victims", "fatalities", "wounded", "injured", "survivors"})


_TRIGGER_WORDS = (
    _INCLUDED_WORDS
    | {"missing", "hands"}
    | set(lx.PARTICIPLE_MODIFIERS)
    | set(lx.STATE_ADJECTIVES)
    | set(lx.NEGATED_STATE_ADJECTIVES)
    | {"large"}
)


_PP_DEPS = frozenset({"pobj", "amod", "advmod"})


# The lemmas the noun rules of token_hits read (a noun with none of them, in no phrase of a
# preposition and none of the _TRIGGER_WORDS, fires no rule: claims_gates.noun_rules_apply;
# a word added to a noun list of claims_lexicon is read here when the module loads).
# Nouns of naming someone to an office: "his appointment as commander", "her elevation to
# commander", "the council's choice of X as chairman" (with the office after them).
_CHOOSING_NOUNS = frozenset({"choice", "selection", "designation"})
_NAMING_NOUNS = (
    frozenset({"appointment", "election", "promotion", "nomination", "elevation"})
    | frozenset({"installation", "inauguration", "enthronement", "coronation"})
    | _CHOOSING_NOUNS
)
_NOUN_LEMMAS = frozenset(
    set(lx.EVENT_NOUNS)
    | _NAMING_NOUNS
    | set(OFFICE_ROLES)
    | {"replacement", "proof"}
    | set(lx.HELD_NOUNS)
    | {"inmate"}  # (_PRISONER_NOUNS: "inmate X")
    | set(lx.CAPTOR_NOUNS)
    | set(lx.BEREAVED_NOUNS)
    | {"body", "remains", "corpse"}
    | _DEATH_NOUNS
)


def trigger_candidates(tables: DocIndex, start: int, end: int) -> list[int]:
    """The tokens of ``start:end`` that may trigger: the cheap pre-filter of :func:`token_hits`
    (same output; most tokens fail it), read from the document's tables."""
    pos, tag, lower, dep, head = tables.pos, tables.tag, tables.lower, tables.dep, tables.head
    return [
        i
        for i in range(start, end)
        if pos[i] in _TRIGGER_POS
        or tag[i] in _TRIGGER_TAGS
        or lower[i] in _TRIGGER_WORDS
        or dep[i] in _PP_DEPS
        and pos[head[i]] == "ADP"
    ]


def open_candidates(tables: DocIndex, start: int, end: int) -> list[int]:
    """:func:`trigger_candidates` less the tokens the gates that open :func:`token_hits`
    close on the tables alone (see :func:`_gated`): a noun no rule reads and a bare
    auxiliary then cost no ``Token`` and no call (same hits)."""
    return [i for i in trigger_candidates(tables, start, end) if not _gated(tables, i)]


def _gated(tables: DocIndex, i: int) -> bool:
    """``token_hits`` returns nothing for token ``i`` before reading more than its tables:
    a noun none of the noun rules reads (its first test), or a verb form the verb gate
    stops that none of the rules before it can take (those need the relations ``pobj``,
    ``amod``, ``advmod``, ``nsubj``, ``acl``, ``acomp`` or a child; the gate passes only
    an ``aux`` / ``auxpass`` without children)."""
    pos, tag = tables.pos[i], tables.tag[i]
    if pos == "NOUN" and tag not in _TRIGGER_TAGS and tables.lower[i] not in _TRIGGER_WORDS:
        return not noun_rules_apply(tables, i, _NOUN_LEMMAS, _PP_DEPS)
    return (pos in {"VERB", "AUX"} or tag in _TRIGGER_TAGS) and not verb_rules_apply(tables, i)


# What makes a leader role a change: "the new leader", "its acting chief", "the caretaker
# prime minister", "the transitional president", "the group's de facto leader".
_STAND_IN_MODIFIERS = lx.STOPGAP_WORDS | {"new", "newly", "transitional", "facto", "incoming"}


# Verbs of a state one is "close to death" in: "is", "remains", "seemed", "looked".
_STATE_VERBS = frozenset({"be", "remain", "seem", "appear", "look"})


def _near_death(death: Token) -> list[Hit] | None:
    """ "He was close to death", "she remains near death": a state of health (the README: a
    health state is ``alive``), the person dying, not dead; None for any other "to death"
    ("beaten to death", "sentenced to death")."""
    prep = death.head
    adjective = prep.head
    if prep.lower_ == "near" and prep.dep_ == "prep":
        adjective = prep  # "remains near death": the preposition on the verb
    elif prep.lower_ != "to" or adjective.lower_ not in {"close", "near"}:
        return None
    verb = adjective.head
    if (
        adjective.dep_ not in {"acomp", "advmod", "oprd", "prep"}
        or verb.lemma_.lower() not in _STATE_VERBS
        or any(c.dep_ == "neg" for c in verb.children)
    ):
        return None
    return [Hit("alive", verb, subject_of(verb), {verb.i, adjective.i, prep.i, death.i})]


def token_hits(ctx: ClaimContext, tok: Token) -> list[Hit]:
    """The hits ``tok`` triggers, rule family by rule family (each tried only when the
    token's word, lemma, part of speech or relation fits it)."""
    # the token's attributes from the document's tables: a Token property call costs far more
    tables, i = ctx.tables, tok.i
    word, lemma, dep, pos, tag = (
        tables.lower[i],
        tables.lemma[i],
        tables.dep[i],
        tables.pos[i],
        tables.tag[i],
    )
    if (
        pos == "NOUN"
        and tag not in _TRIGGER_TAGS
        and word not in _TRIGGER_WORDS
        and not noun_rules_apply(tables, i, _NOUN_LEMMAS, _PP_DEPS)
    ):
        return []  # a noun no rule below reads (claims_gates)
    head_pos = tables.pos[tables.head[i]]
    if (
        dep == "pobj"
        and tables.lower[tables.head[i]] == "in"  # (the rule's own first test, from the table)
        and (beside := appositive_place_hits(tok)) is not None
    ):
        return beside  # "X, now in exile in London, said"
    if dep == "pobj" and (nominal := nominal_place_hits(tok)) is not None:
        return nominal  # "his exile in Paris", "the detention of X in an Ankara prison"
    if word in _INCLUDED_WORDS and dep == "nsubj" and tok.head.lemma_ == "include":
        included = "wounded" if word in {"wounded", "injured"} else "killed"
        included = "alive" if word == "survivors" else included  # "survivors included X"
        # "the dead included X"
        return [Hit(included, tok.head, members_of(tok), {tok.head.i, tok.i})]
    if word == "death" and dep == "pobj" and (dying := _near_death(tok)) is not None:
        return dying  # '"He is close to death," his sister said': alive, dying
    if (dead := death_hits(tok, word, lemma)) is not None:
        return dead  # a body, a killer, a rite, "could not save X" (claims_deaths)
    if word == "missing" and (dep == "amod" or dep == "acl" and head_pos in {"NOUN", "PROPN"}):
        # "missing reporter X", "a fisherman missing since his boat capsized"
        return [Hit("other:missing", tok, [tok.head], {tok.i})]
    if word == "missing" and (
        dep in {"acomp", "oprd", "xcomp"}
        or dep == "ccomp"
        and (
            any(c.dep_ == "dobj" for c in tok.head.children)
            or any(c.dep_ == "nsubj" for c in tok.children)
        )
        or dep == "advcl"
        and tok.head.lemma_ in {"go", "remain", "be", "stay"}
        or any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
        # a list item's clipped "Missing since 9 March.": the word opens its sentence
        or dep == "ROOT"
        and tok.i == tok.sent.start
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
    ):
        head = tok if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) else tok.head
        objects = (
            [c for c in head.children if c.dep_ == "dobj"]
            if dep in {"oprd", "xcomp", "ccomp"}
            else []
        )
        return [
            Hit("other:missing", head, expand_conj(objects) or subject_of(head), {head.i, tok.i})
        ]
    if word == "large" and dep == "acomp" and any(c.lower_ == "at" for c in tok.children):
        # "is still at large", the parser making "at" a modifier of "large"
        return [Hit("alive", tok.head, subject_of(tok.head), {tok.head.i, tok.i})]
    if head_pos == "ADP" and dep in {"pobj", "amod", "advmod"}:
        # (the preposition and the words under the token read from the tables: most
        # prepositional phrases are no state, and a Token per look costs far more)
        lower, prep = tables.lower, tables.head[i]
        preposition = lower[prep]
        pred = lx.STATE_PPS.get((preposition, word))
        if preposition == "of" and lower[tables.head[prep]] == "out":
            pred = lx.STATE_PPS.get(("out", word))  # "out of danger"
        if pred is None and preposition in {"in", "into"} and _custody_site(tok):
            pred = "arrested"  # "remains in the city's detention centre", "in the cells of"
        if pred is None and preposition == "of":
            pred = custody_span(tok)  # "endured 300 days of captivity"
        if (
            lemma in {"health", "condition", "spirit", "shape"}
            and preposition == "in"
            or word == "care"
            and preposition == "in"
            and any(lower[c] == "intensive" for c in tables.children[i])
            or word == "support"
            and preposition == "on"
            and any(lower[c] == "life" for c in tables.children[i])
        ):
            pred = "alive"  # "in good health", "remains in intensive care", "on life support"
        if pred:
            verb = tok.head.head
            barrier = False
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                barrier = barrier or verb.lower_ in lx.TEMPORAL_BARRIERS
                verb = verb.head  # "freed after three weeks in jail"
            verb = _quoted_clause(ctx, tok, verb)
            if pred == "alive" and preposition == "of" and has_neg(verb):
                return []  # "is not out of danger / of the woods yet": still in it, not dead
            if verb.lemma_.lower() in lx.PENALTY_VERBS or is_future(verb):
                return []  # "sentenced to six years in prison" is a penalty, not (yet) a detention
            if pred == "arrested" and (_held_by_group(tok) or held_by_captors(tok, verb)):
                pred = "captured"  # "in the custody of the group", "in rebel custody"
            elif word == "guard" and _unnamed_guard(verb):
                return []
            if verb.lemma_.lower() in _PUTTING_VERBS and any(
                c.dep_ == "dobj" for c in verb.children
            ):
                subjects = patient_of(verb)  # "police placed him under house arrest"
            elif (
                barrier
                and verb.lemma_.lower() in _ENDING_CUSTODY_VERBS
                and any(c.dep_ == "dobj" for c in verb.children)
            ):
                # "a court freed X on bail after 41 days in detention", "rebels released X
                # after five months in captivity": the custody before an active verb that ends
                # or moves it is the object's, not the court's or the captors'
                subjects = patient_of(verb)
            else:
                subjects = subject_of(verb) or patient_of(verb)
            hit = Hit(pred, verb, subjects, {verb.i, tok.i})
            if barrier:
                hit.event = (None, None, None)  # the state came before the verb's event
                if pred in {"arrested", "captured"} and (
                    place_of(tok) is not None or named_prison(tok)
                ):
                    # "freed after five months in a prison in Kanda / in Evin prison"
                    there = Hit("located_in", verb, subjects, {verb.i, tok.i})
                    there.event = (None, None, None)
                    return [hit, there]
                return [hit]
            if pred in {"arrested", "captured"} and (
                place_of(tok) is not None or _building_in_town(tok)
            ):
                # "under house arrest in Kanda", "in the custody of the group in Kanda", "in
                # the cells of a police building in Nis"
                return [hit, Hit("located_in", verb, subjects, {verb.i, tok.i})]
            return [hit]
    if pos in {"VERB", "AUX"} or tag in {"VBN", "VBD"}:
        if not verb_rules_apply(tables, i):
            return []  # a bare auxiliary: its clause's verb carries the claim (claims_gates)
        hits = deaths_verb_hits(tok, lemma)  # "those who died included X" (claims_deaths)
        if hits is None:
            hits = leadership_hits(ctx, tok, lemma)
        if hits is None:
            hits = verb_hits(ctx, tok, lemma)
        for hit in hits:
            if hit.anchor is tok and hit.subjects and hit.predicate in SHARED_PREDICATES:
                hit.subjects = hit.subjects + companions(tok)
            if (
                hit.anchor is tok
                and hit.claimant is None
                and ctx.outlet is not None
                and participle_patient(tok)
                and tok.head.lemma_.lower() in lx.REPORTING_VERBS
                and in_quote(ctx, tok.idx) is None
            ):
                # "Freed on Tuesday, X said ...": the narration says X was freed, not X
                hit.claimant = (ctx.outlet, None, False)
        return hits
    if (
        dep == "pobj"
        and tables.lower[tables.head[i]] == "among"
        and tok.head.head.lemma_ == "be"
        and any(c.lower_ == "those" for c in tok.children)
        and (pred := lx.PARTICIPLE_MODIFIERS.get(word) or _participle_noun(tok))
    ):
        # "Among those freed were X and Y": the participle read as a noun
        verb = tok.head.head
        return [Hit(pred, verb, subject_of(verb), {verb.i, tok.i})]
    if (
        dep in {"amod", "compound"}
        and word in lx.PARTICIPLE_MODIFIERS
        and head_pos in {"NOUN", "PROPN"}
    ):
        # "its slain commander", tagged as a noun: the participle's event befell the head noun
        if (
            word == "late"
            and tok.head.lemma_.lower() in lx.KIN_NOUNS
            and any(c.dep_ == "poss" for c in tok.head.children)
            and not any(
                c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" for c in tok.head.children
            )
        ):
            return []  # "succeeding his late father": an unnamed relative, not the possessor
        return [Hit(lx.PARTICIPLE_MODIFIERS[word], tok, [tok.head], {tok.i})]
    if (
        pos == "ADJ"
        or word in lx.STATE_ADJECTIVES
        or word in lx.NEGATED_STATE_ADJECTIVES  # "escaped unhurt", read as an adverb
    ):
        return _adjective_hits(tok)
    if (
        pos == "NOUN"
        and lemma in lx.PATIENT_VERBS
        and any(tables.dep[c] == "dobj" for c in tables.children[i])  # (nouns rarely have one)
        and (objects := [c for c in tok.children if c.dep_ == "dobj"])
    ):
        # "June 2018 - Police arrest X in Lima": a timeline's present-tense verb tagged as
        # a noun (a noun takes no object), its object the one who underwent it
        return [Hit(lx.PATIENT_VERBS[lemma], tok, expand_conj(objects), {tok.i})]
    if pos == "NOUN" and lemma in lx.EVENT_NOUNS:
        return _noun_hits(tok, lemma)
    if (
        pos == "NOUN"
        and lemma in _NAMING_NOUNS
        and any(
            t.lemma_.lower() in lx.LEADER_ROLES and t.head.lower_ in {"as", "to"}
            for t in tok.subtree
        )
    ):
        owners = [c for c in tok.children if c.dep_ == "poss"]
        chosen = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        # "the council's choice of X as chairman": the possessor chose, the "of" was chosen
        owners = chosen if chosen and lemma in _CHOOSING_NOUNS else owners + chosen
        # "his appointment as commander"
        return [Hit("leadership_change", tok, owners, {tok.i})] if owners else []
    if (
        pos == "NOUN"
        and (lemma in OFFICE_ROLES or lemma == "replacement")  # "the new prime minister, X"
        and (lemma in {"successor", "replacement"} or _new_in_office(tables, i))
    ):
        # "X, the group's new leader" / "its new leader, X": a change of leader
        people = [tok.head] if dep == "appos" and head_pos == "PROPN" else []
        if dep == "compound" and head_pos == "PROPN" and lemma != "successor":
            # "New party leader X", "interim leader X", "newly appointed army chief General
            # X": a title before the name
            name = tok.head
            while name.dep_ == "compound" and name.head.pos_ == "PROPN":
                name = name.head
            people.append(name)
        if lemma == "successor" and dep == "attr" and tok.head.lemma_ == "be":
            # "X is Y's successor"
            people += [c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        # not across a time phrase: "its new emir, three weeks after its founder, X, was
        # killed" names the founder (the parser hangs X on "emir")
        bounds = [
            c.i
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in {"after", "before", "since", "following", "until"}
        ]
        people += [
            c
            for c in tok.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and not any(tok.i < b < c.i for b in bounds)
        ]
        return [Hit("leadership_change", tok, people, {tok.i})] if people else []
    if lemma == "proof" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ == "life" for p in c.children)
        for c in tok.children
    ):
        return _proof_of_life_hits(tok)
    if (
        pos == "NOUN"
        and lemma in lx.HELD_NOUNS
        and (listed := held_group_hits(tok, lx.HELD_NOUNS[lemma], freed_participle(tok)))
    ):
        return listed  # "The hostages include X", "Among the hostages is the nurse X"
    if pos == "NOUN" and lemma in lx.HELD_NOUNS and (held := _held_noun_verb(tok)) is not None:
        # "one of the hostages freed on Monday": the participle says what befell them
        pred = freed_participle(tok) or lx.HELD_NOUNS[lemma]
        if pred == "arrested" and (_held_by_captors(tok) or non_state_agent(held)):
            # "spent four years as a prisoner of the militia": no state holds him (captured)
            # ("held as a prisoner of war by the rebels": the holding verb's agent)
            pred = "captured"
        return [Hit(pred, held, subject_of(held), {held.i, tok.i})]
    if pos == "NOUN" and lemma == "survivor" and (lived := _sole_survivors(tok)):
        # "X, the only survivor, was pulled from the wreckage", "the lone survivor, X,":
        # the one who came through lives (not "a Holocaust survivor, X, has died")
        return [Hit("alive", tok, lived, {tok.i})]
    if (
        pos == "NOUN"
        and lemma in _PRISONER_NOUNS
        and not any(lx.PATIENT_VERBS.get(c.lemma_.lower()) == "released" for c in tok.children)
        and (named := _named_hostages(tok))
    ):
        # "Two other prisoners, X and Y, have joined the strike", "A fellow prisoner, the
        # journalist X, remains in Shuvalan": the names are held (not "a released prisoner")
        return [Hit(freed_participle(tok) or "arrested", tok, named, {tok.i})]
    if pos == "NOUN" and lemma in _HOSTAGE_NOUNS and (named := _named_hostages(tok)):
        # "I was kept with another hostage, X", "a fellow captive named X": the name is
        # someone held (freed if the noun says so: "a freed hostage, X")
        pred = freed_participle(tok) or "captured"
        return [Hit(pred, tok, named, {tok.i})]
    if word == "hands" and tok.head.lower_ in {"in", "into"} and dep == "pobj":
        return _hands_hits(tok)
    if dep == "pobj" and (word == "them" or lemma in lx.CAPTOR_NOUNS):
        with_captors = _with_captors(ctx, tok)
        if with_captors is not None:
            return with_captors
    if pos == "NOUN" and lemma in lx.CAPTOR_NOUNS:
        owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        owners += [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        # "the kidnappers of X", "X's captors": X is (or was) held by them
        return [Hit("captured", tok, expand_conj(owners), {tok.i})] if owners else []
    if pos == "NOUN" and lemma in lx.BEREAVED_NOUNS:
        owners = [
            c for c in tok.children if c.dep_ == "poss" and c.lower_ not in {"his", "her", "their"}
        ]
        owners += [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        # "X's widow", "the widow of X"
        return [Hit("killed", tok, owners, {tok.i})] if owners else []
    if (
        pos == "NOUN"
        and (lemma in {"body", "remains", "corpse"} or word == "remains")
        and tok.head.lemma_.lower() in lx.BODY_VERBS | {"of"}
    ):
        return _body_hits(tok)
    return []


def _new_in_office(tables: DocIndex, i: int) -> bool:
    """The office noun ``i`` is held anew: "the new leader", "its acting chief", "the
    caretaker prime minister", "the group's newly appointed commander", "its recently
    elected chief" (read from the tables: most office nouns have no such modifier)."""
    dep, lower, children = tables.dep, tables.lower, tables.children
    return any(
        dep[c] in {"amod", "compound"}
        and lower[c] in _STAND_IN_MODIFIERS
        and (dep[c] == "amod" or lower[c] in lx.STOPGAP_WORDS)
        for c in children[i]
    ) or any(
        dep[c] == "amod"
        and tables.tag[c] == "VBN"
        and tables.lemma[c] in lx.APPOINT_VERBS
        and any(lower[a] in {"newly", "recently", "just"} for a in children[c])
        for c in children[i]
    )


def _participle_noun(tok: Token) -> str | None:
    """The predicate of a patient verb's participle the parser took for a noun ("freed",
    "arrested"): the verb's lemma is the word less its "-ed" / "-d"."""
    word = tok.lower_
    if not word.endswith("ed"):
        return None
    for stem in (word[:-2], word[:-1], word[:-3] if word[-3:-2] == word[-4:-3] else ""):
        if stem and stem in lx.PATIENT_VERBS:
            return lx.PATIENT_VERBS[stem]
    return None


# Verbs that put someone in a state: "placed him under house arrest", "threw her in jail".
_PUTTING_VERBS = frozenset(
    {"place", "put", "keep", "hold", "remand", "throw", "send", "take", "lock"}
)
# Verbs whose object a custody told before them ("after two years in prison") was kept in:
# freed, handed over, sent abroad, or brought before a court.
_ENDING_CUSTODY_VERBS = frozenset(
    {"free", "release", "pardon", "parole", "bail", "deport", "extradite", "expel", "transfer"}
    | {"charge", "indict", "sentence", "convict", "acquit", "exchange", "swap", "hand"}
)
# Verbs of being brought to or kept in care: "admitted to hospital with wounds".
_CARED_FOR_VERBS = frozenset(
    {"admit", "take", "rush", "fly", "airlift", "bring", "evacuate", "hospitalize", "hospitalise"}
)


# The last word of an armed group's name or description: "a prisoner of the Popular Front",
# "of the Forces Patriotiques du Kivu (FPK), a militia".
_ARMED_GROUP_WORDS = lx.NON_STATE_CAPTORS | lx.GROUP_HEADS | {"gang", "cartel", "front"}


def _held_by_captors(noun: Token) -> bool:
    """ "a prisoner of the militia / of the Popular Front / of the X, a militia": the holder
    named after "of" is an armed group, not a state ("a prisoner of conscience", "of the
    regime" stay prisoners of the state)."""
    holders = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if holders:
        # "... of the X (FPK), a militia that ...": the parser may hang the description on
        # the prisoner noun, or on a word of the name set off after it
        holders += [
            t
            for t in noun.subtree
            if t.dep_ == "appos"
            and t.pos_ == "NOUN"
            and t.i > holders[0].i
            and not any(a.dep_ in {"relcl", "acl"} for a in t.ancestors if a.i > noun.i)
        ]
    return any(
        h.lemma_.lower() not in lx.AUTHORITY_NOUNS
        and any(
            t.lemma_.lower() in _ARMED_GROUP_WORDS or t.lower_ in _ARMED_GROUP_WORDS
            for t in (h, *(c for c in h.children if c.dep_ == "appos"))
        )
        for h in holders
    )


# Sites of the state's custody named by a modifier: "a detention centre", "the remand
# prison's wing", "a pre-trial facility"; and the verbs that keep or put a person in a cell.
_CUSTODY_SITE_MARKS = frozenset(
    {"detention", "remand", "pre-trial", "pretrial", "holding", "penal", "prison", "labour"}
    | {"labor", "correctional"}
)
_CUSTODY_SITES = frozenset({"centre", "center", "facility", "unit", "block", "wing", "colony"})
_CELL_VERBS = frozenset({"be", "remain", "stay", "spend", "lock", "sit", "lie"})
# Who keeps a cell, or what kind it is: "a police cell", "a punishment cell" (not "a terror
# cell", "a sleeper cell").
_CELL_KEEPERS = frozenset({"police", "prison", "jail", "punishment", "isolation", "solitary"})
# Spans of time one is kept in a cell for: "after three days in police cells".
_CELL_SPANS = frozenset({"hour", "night", "day", "week", "month", "year"})


def _unnamed_guard(verb: Token) -> bool:
    """ "had been placed under guard" with no one named to place him nor a captors' place
    ("at a rebel base"): the act's agent decides arrest or capture (armed groups' statements
    say it of their own prisoners) and the clause leaves it out; "is under guard in
    hospital", "police placed him under guard" are kept."""
    return (
        verb.lemma_.lower() in _PUTTING_VERBS
        and is_passive(verb)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _custody_site(noun: Token) -> bool:
    """ "in the city's detention centre", "in a pre-trial detention facility", "placed him in
    the cells of a security-service building": a place the state keeps people in, so the
    person in it is held (a "holding company", "a cell phone" are none of these)."""
    lemma = noun.lemma_.lower()
    if lemma in _CUSTODY_SITES:
        return any(
            c.dep_ in {"compound", "amod"} and c.lower_ in _CUSTODY_SITE_MARKS
            for c in noun.children
        )
    if lemma == "cell" and all(
        c.lower_ in _CELL_KEEPERS for c in noun.children if c.dep_ in {"compound", "amod"}
    ):
        verb = noun.head.head
        if verb.lemma_.lower() in _PUTTING_VERBS | _CELL_VERBS:
            return True
        # "freed after three days in police cells", "two weeks in a cell": a span kept there
        return verb.pos_ == "NOUN" and verb.lemma_.lower() in _CELL_SPANS
    return False


def _building_in_town(site: Token) -> bool:
    """ "the cells of a security-service building in Minsk": the site's "of" names a
    building whose own phrase names the town."""
    return any(
        place_of(b) is not None
        for c in site.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for b in c.children
        if b.dep_ == "pobj" and b.pos_ == "NOUN"
    )


def _held_by_group(state: Token) -> bool:
    """ "in the custody of the group / of gunmen": held by non-state captors."""
    return any(
        p.lemma_.lower() in lx.NON_STATE_CAPTORS | lx.GROUP_HEADS
        for c in state.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    )


def _quoted_clause(ctx: ClaimContext, tok: Token, verb: Token) -> Token:
    """ ""She is tired but in good spirits," her brother said": the parser may hang a
    phrase of the quotation on the reporting verb outside it; the quoted clause's verb is
    the one the phrase belongs to."""
    quote = in_quote(ctx, tok.idx)
    if verb.lemma_.lower() not in lx.REPORTING_VERBS or quote is None:
        return verb
    if in_quote(ctx, verb.idx) is not None:
        return verb
    # the last verb with a subject of its own before the phrase, inside the quotation
    quoted = [
        t
        for t in tok.sent
        if quote[0] <= t.idx < tok.idx
        and t.pos_ in {"VERB", "AUX"}
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
    ]
    return quoted[-1] if quoted else verb


def _proof_of_life_hits(proof: Token) -> list[Hit]:
    """ "has received proof of life", "proof of life from X": X (or, unnamed, the person the
    article is about) was alive when the proof was made; when that was is not said."""
    anchor = proof.head if proof.dep_ in {"dobj", "nsubjpass", "attr"} else proof
    whose = [c for c in proof.children if c.dep_ == "poss"]
    whose += [
        p
        for c in (*proof.children, *(g for c in proof.children for g in c.children))
        if c.dep_ == "prep" and c.lower_ in {"for", "from"}
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if not whose and anchor is not proof:
        # "received proof of life from X": the parser hangs "from X" on the verb
        whose = [
            p
            for c in anchor.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children
            if p.dep_ == "pobj" and p.ent_type_ == "PERSON"
        ]
    hit = Hit("alive", anchor, expand_conj(whose) or [proof], {anchor.i, proof.i})
    hit.event = (None, None, None)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in proof.children) or (
        proof.head.lower_ == "without"
    ):
        hit.certainty = "unconfirmed"  # "there has been no proof of life from X since May"
    return [hit]


_HOSTAGE_NOUNS = frozenset({"hostage", "captive"})
# Nouns of people held by the state (in the noun lists of token_hits through HELD_NOUNS).
_PRISONER_NOUNS = frozenset({"prisoner", "detainee", "inmate"})


def _named_hostages(noun: Token) -> list[Token]:
    """The names set beside a hostage noun: "another hostage, X", "a fellow hostage, a
    driver named X", "a hostage named X" (not "a former hostage, X": no longer held)."""
    if any(c.lower_ in {"former", "ex", "onetime"} for c in noun.children):
        return []
    described = [noun, *[c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN"]]
    # "another hostage, X"; "a fellow hostage, the French engineer X" (the name on the
    # description)
    names = [c for d in described for c in d.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if not names and (doubled := doubled_subject_name(noun)) is not None:
        names.append(doubled)  # "A fellow hostage, the teacher X, was killed": two subjects
    names += [
        o
        for d in described
        for c in d.children
        if c.dep_ == "acl" and c.lemma_.lower() in {"name", "call"}
        for o in c.children
        if o.dep_ in {"oprd", "dobj", "attr"} and o.pos_ == "PROPN"
    ]
    if (
        noun.dep_ == "compound"
        and noun.head.pos_ == "PROPN"
        and noun.head.ent_type_ == "PERSON"
        and not any(c.lower_ in {"former", "ex", "onetime"} for c in noun.head.children)
        and lx.PATIENT_VERBS.get(noun.head.head.lemma_.lower()) != "released"
    ):
        # the noun as a title before the name: "inmate X", "hostage X", "detainee X" (not
        # the one a verb frees: "troops freed hostage X" says the release, no captivity now)
        names.append(noun.head)
    return expand_conj(names)


def _sole_survivors(noun: Token) -> list[Token]:
    """The name beside "the only / sole / lone survivor" (either side of the apposition), or
    beside a bare definite "the survivor, X," (the one who came through the story's event; "a
    Holocaust survivor, X" or "the survivor of a stroke" is no such one)."""
    sole = any(c.dep_ == "amod" and c.lower_ in {"only", "sole", "lone"} for c in noun.children)
    bare = noun.tag_ == "NN" and [
        c.lower_ for c in noun.children if c.dep_ not in {"appos", "punct"}
    ] == ["the"]
    if not (sole or bare):
        return []
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return [noun.head]
    return [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]


# Spans of time a captivity is told in: "after four years as a hostage".
_PERIOD_NOUNS = frozenset({"day", "week", "month", "year", "decade"})


def _held_noun_verb(noun: Token) -> Token | None:
    """The copula of "X remains a hostage" / "X is one of five hostages held by Y"."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in {"one", "among"}:
        tok = tok.head.head  # "one of five hostages"
    if tok.dep_ == "pobj" and tok.head.lower_ == "among":
        tok = tok.head
        return tok.head if tok.head.lemma_ in {"be", "remain"} else None
    if tok.dep_ in {"attr", "oprd"} and tok.head.lemma_ in {"be", "remain", "become"}:
        return tok.head
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "as"
        and tok.head.head.lemma_.lower() in {"spend", "hold", "keep", "live", "remain"}
    ):
        return tok.head.head  # "spent 14 months as a hostage"
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "as"
        and tok.head.head.lemma_.lower() in _PERIOD_NOUNS
        and tok.head.head.dep_ == "pobj"
        and tok.head.head.head.lower_ in {"after", "during"}
        and tok.head.head.head.head.pos_ in {"VERB", "AUX"}
    ):
        # "After four years as a captive of the cartel, X was freed": the period hangs on the
        # clause whose subject was held
        return tok.head.head.head.head
    return None


def _hands_hits(hands: Token) -> list[Hit]:
    """ "is in the hands of the rebels" → captured; "of the police" → arrested."""
    holder = next(
        (p for c in hands.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children),
        None,
    )
    if holder is None:
        # "was never in their hands", "in the rebels' hands", "in police hands": the holder
        # as possessor or modifier
        holder = next((c for c in hands.children if c.dep_ in {"poss", "compound"}), None)
    if holder is None:
        holder = holder_adjective(hands)  # "in rebel hands" (not "in safe hands")
    verb, barrier = hands_clause(hands)  # ("freed after 14 months in the hands of Y")
    if holder is None or verb.pos_ not in {"VERB", "AUX"}:
        return []
    pred = "arrested" if holder.lemma_.lower() in lx.AUTHORITY_NOUNS else "captured"
    hit = Hit(pred, verb, subject_of(verb), {verb.i, hands.i})
    if barrier:
        hit.event = (None, None, None)  # the captivity came before the clause's event
    return [hit]


# Verbs of being where one is held: "is still with them", "remained with his captors".
_STAYING_VERBS = frozenset({"be", "remain", "stay"})


def _with_captors(ctx: ClaimContext, tok: Token) -> list[Hit] | None:
    """ "X is still with his captors", "she was with the kidnappers for ten days", and in a
    story of a kidnapping or of a non-state group (militia, rebels, gunmen) "David is still
    with them" (the captors the story told): X is held, captured. "with them" needs "still" ("He is with them at the hospital": his
    family); None when the phrase is no such state."""
    verb = tok.head.head
    if tok.head.lower_ != "with" or verb.lemma_.lower() not in _STAYING_VERBS:
        return None
    if tok.head.dep_ != "prep" or any(c.dep_ in {"attr", "acomp"} for c in verb.children):
        return None
    if tok.lower_ == "them" and not (
        any(c.lower_ == "still" for c in verb.children)
        and any(w.startswith(lx.KIDNAP_STEMS) or w in lx.NON_STATE_CAPTORS for w in doc_lemmas(ctx))
    ):
        return None
    who = subject_of(verb)
    return [Hit("captured", verb, who, {verb.i, tok.i})] if who else None


def _body_hits(noun: Token) -> list[Hit]:
    """ "X's body was found / identified", "the body of X was recovered" → killed."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    verb = noun.head
    if verb.lower_ == "of" and verb.head.lemma_.lower() == "identity":
        verb = verb.head.head  # "confirmed the identity of X's remains"
    if verb.lemma_.lower() not in lx.BODY_VERBS or not owners:
        return []
    return [Hit("killed", verb, expand_conj(owners), {verb.i, noun.i})]


def _demanded(noun: Token) -> bool:
    """ "called for the release of X", "demanded his release": wanted, not happened."""
    head = noun.head
    if head.lower_ in {"for"} and head.head.lemma_.lower() in lx.DEMAND_VERBS | lx.WANT_NOUNS:
        return True
    if (
        head.lower_ == "for"
        and head.head.dep_ == "dobj"
        and head.head.head.lemma_.lower() in lx.DEMAND_VERBS
    ):
        # "demanded a further $300,000 for his release", "sought a ransom for her release":
        # the price asked for it (a ransom "paid for her release" tells one that came)
        return True
    if head.lower_ == "for" and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in lx.WANT_NOUNS
        for c in head.head.children
    ):
        # "offered a reward for the capture of X", "issued a warrant for his arrest", "A
        # warrant has been issued for the arrest of X" (the passive's subject)
        return True
    if (
        head.lower_ == "of"
        and head.head.lower_ in {"arrest", "capture", "release"}
        and _demanded(head.head)
    ):
        return True  # "a warrant for the arrest of X"
    if noun.dep_ == "compound" and head.lemma_.lower() in lx.WANT_NOUNS:
        return True  # "an arrest warrant"
    if noun.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ == "aux" and c.lower_ in {"would", "could", "might"} for c in head.children
    ):
        return True  # "his resignation would be a blow": supposed, not happened
    if sought_not_happened(noun):
        return True  # "pledged to secure the release of X", "talks on the release of X"
    return noun.dep_ == "dobj" and head.lemma_.lower() in lx.DEMAND_VERBS


def _adjective_hits(adj: Token) -> list[Hit]:
    pred = lx.STATE_ADJECTIVES.get(adj.lower_)
    negated = False
    if pred is None and adj.lower_ in lx.NEGATED_STATE_ADJECTIVES:
        pred, negated = lx.NEGATED_STATE_ADJECTIVES[adj.lower_], True
    if pred is None or adj.dep_ not in {
        "acomp",
        "oprd",
        "xcomp",
        "ccomp",
        "advcl",
        "conj",
        "advmod",
    }:
        return []
    head = adj.head
    while adj.dep_ == "conj" and head.dep_ in {"acomp", "oprd", "conj"} and head.head.i != head.i:
        head = head.head
    if adj.lower_ == "free" and head.lemma_ not in {"walk", "go", "be", "set", "remain"}:
        return []
    if adj.lower_ == "free" and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in adj.children
    ):
        return []  # "he is free to receive visitors": allowed to, no release
    if adj.dep_ == "advmod" and head.lemma_.lower() not in {
        "appear",
        "find",
        "remain",
        "surface",
        "escape",
        "emerge",
        "survive",
        "walk",
        "return",
    }:
        return []
    # "declared him dead", "found him dead": the object is the one who is dead.
    objects = [c for c in head.children if c.dep_ == "dobj"]
    own = [c for c in adj.children if c.dep_ == "nsubj"]  # "declared him dead" as a small clause
    if own:
        subjects = expand_conj(own)
    elif objects and (
        adj.dep_ in {"oprd", "ccomp", "xcomp"}
        or adj.dep_ == "acomp"
        and head.lemma_.lower() != "be"
    ):
        subjects = expand_conj(objects)  # "shot dead his escort", "found him dead"
    else:
        subjects = subject_of(head)
    return [Hit(pred, head, subjects, {head.i, adj.i}, polarity_neg=negated)]


def _named_in_apposition(person: Token) -> Token:
    """The name set beside a described person ("his deputy, X", "the founder's son-in-law,
    X"), or the person itself."""
    if person.pos_ not in {"NOUN"}:
        return person
    holders = [person, *[t for t in person.subtree if t.dep_ == "compound" or t.head == person]]
    names = [a for h in holders for a in h.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    return names[0] if len(names) == 1 else person


# What puts off an appearance before it is made, and the words of one still ahead.
_PUTTING_OFF = frozenset({"postpone", "cancel", "adjourn", "defer", "reschedule", "scrap"})
_AHEAD_WORDS = frozenset({"planned", "scheduled", "expected", "next", "upcoming", "first-ever"})


def _appearance_not_made(noun: Token) -> bool:
    """ "His appearance in court was postponed", "The judge postponed her appearance", "his
    planned appearance at the rally", "ahead of his next appearance": an appearance not (yet)
    made, no claim ("his first public appearance since May" is one made)."""
    if any(c.lower_ in _AHEAD_WORDS for c in noun.children if c.dep_ in {"amod", "compound"}):
        return True
    return noun.dep_ in {"nsubjpass", "dobj", "nsubj"} and noun.head.lemma_.lower() in _PUTTING_OFF


def _noun_hits(noun: Token, lemma: str) -> list[Hit]:
    # ("the abduction of X by security forces": the holder decides the custody)
    pred = noun_holder_predicate(noun, lx.EVENT_NOUNS[lemma])
    pred = noun_captor_predicate(noun, pred)  # "The army announced the capture of X"
    if _demanded(noun) or lemma == "appearance" and _appearance_not_made(noun):
        return []
    subjects = [c for c in noun.children if c.dep_ == "poss"]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        subjects.extend(c for c in prep.children if c.dep_ == "pobj")
    if not subjects:
        # "the release on Tuesday of X": the of-phrase hung on the event's date
        subjects = [
            p
            for c in noun.children
            if c.dep_ == "prep"
            for d in c.children
            if d.dep_ == "pobj" and d.ent_type_ in {"DATE", "TIME"}
            for o in d.children
            if o.dep_ == "prep" and o.lower_ == "of"
            for p in o.children
            if p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME", "GPE", "LOC", "FAC"}
        ]
    if any(s.tag_ == "NNS" for s in subjects):
        # "the abduction of two engineers, X and Y": the parser hangs the names on the event
        subjects.extend(c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN")
    # "the appointment of the founder's son-in-law, X, as emir": the name in apposition to
    # a described person is the person
    subjects = [_named_in_apposition(s) for s in subjects]
    clause = {noun.i}
    anchor = noun
    if not subjects and lemma == "appearance" and noun.dep_ in {"dobj", "attr"}:
        anchor = noun.head
        subjects = subject_of(anchor)
        clause.add(anchor.i)
    elif (
        not subjects
        and pred == "wounded"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and noun.head.head.dep_ == "pobj"
        and noun.head.head.lemma_.lower() in lx.KEEPING_PLACES
        and noun.head.head.head.head.lemma_.lower() in _CARED_FOR_VERBS
    ):
        # "was admitted to hospital with gunshot wounds": the "with" hangs on the hospital
        anchor = noun.head.head.head.head
        clause.add(anchor.i)
        subjects = patient_of(anchor) if is_passive(anchor) else subject_of(anchor)
    elif (
        not subjects
        and pred == "wounded"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in {"from", "of", "with", "for", "to"}
        and (
            noun.head.head.lemma_.lower()
            in {
                "undergo",
                "operate",
                "recover",
                "recuperate",
                "heal",
                "suffer",
                "treat",
                "hospitalize",
                "hospitalise",
                "admit",
                "rush",
                "take",
                "escape",
                "survive",
                "emerge",
            }
            # "died of gunshot wounds", "died of wounds he suffered in the strike",
            # "succumbed to his wounds": the death came from wounds, so they were wounded
            or noun.head.head.lemma_.lower() in {"die", "succumb"}
            and noun.head.lower_ in {"of", "from", "to"}
            # "was found (alive) with a bullet wound in his leg": found wounded
            or noun.head.head.lemma_.lower() == "find"
            and noun.head.lower_ == "with"
        )
    ):
        anchor = noun.head.head  # "was recovering from a leg wound"
        clause.add(anchor.i)
        subjects = patient_of(anchor) if is_passive(anchor) else subject_of(anchor)
        if anchor.lemma_.lower() == "find" and not is_passive(anchor):
            # "officers found him with a bullet wound": the one found is wounded
            subjects = [c for c in anchor.children if c.dep_ == "dobj"]
    elif (
        not subjects
        and lemma == "sentence"
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in {"hand", "give", "receive", "serve", "impose"}
    ):
        # "was handed a three-year sentence", "is serving a life sentence" (in prison)
        anchor = noun.head
        clause.add(anchor.i)
        subjects = subject_of(anchor)
        if anchor.lemma_.lower() == "serve":
            pred = "arrested"
    elif (
        not subjects and pred == "wounded" and noun.dep_ == "pobj" and noun.head.lower_ == "without"
    ):
        anchor = noun.head.head  # "escaped without injury"
        clause.add(anchor.i)
        subjects = patient_of(anchor) if is_passive(anchor) else subject_of(anchor)
        return (
            [Hit(pred, anchor, expand_conj(subjects), clause, polarity_neg=True)]
            if subjects
            else []
        )
    elif noun.dep_ in {"dobj", "attr", "nsubj", "ccomp"} and noun.head.lemma_ in {
        "make",
        "suffer",
        "sustain",
        "have",
        "receive",  # "received burns to her hands"
        "incur",
    }:
        anchor = noun.head
        clause.add(anchor.i)
        if not subjects:
            subjects = subject_of(anchor)  # "he suffered shrapnel wounds"
    if pred == "released" and not subjects:
        return []
    return [Hit(pred, anchor, expand_conj(subjects), clause, basis=None)] if subjects else []
