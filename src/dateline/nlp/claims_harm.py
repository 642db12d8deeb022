"""The body's state told by reduced relatives and by harm verbs outside the lexicon.

* A reduced relative the parser takes for the main verb ("X, shot in the chest, died later in
  hospital", "Her son, Y, shot by a sniper, died"): the participle set off by commas is what
  befell the subject (:func:`reduced_relative_hits`; the main verb's subject is read by
  :mod:`claims_harm_subjects`).
* Bodily harm verbs of news prose outside the lexicon, in the passive: "was punched in the
  face", "bitten by a dog", "trampled in the crush", "kicked", "slashed", "hit by a bullet /
  a car" (:func:`harm_verb_hits`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution_index import tables_of
from dateline.nlp.claims_casualty_rolls import casualty_roll_hits
from dateline.nlp.claims_context import ClaimContext, Hit
from dateline.nlp.claims_grammar import patient_of
from dateline.nlp.claims_harm_subjects import (
    a_person,
    main_verb_of_participle,
    set_off_participle,
)
from dateline.nlp.entities import PERSON_NOUNS

# Verbs of bodily harm the lexicon lacks, read in the passive ("was punched", "was trampled").
HARM_VERBS = frozenset(
    """punch kick bite trample slash knife hack club batter bludgeon scald pummel whip
    pistol-whip lash cane tase taser pepper-spray teargas concuss""".split()  # noqa: SIM905
)
# What hits a person and hurts: "hit / struck by a bullet, shrapnel, a car, a stone".
_HITTING_THINGS = frozenset(
    """bullet bullets shrapnel car vehicle truck lorry bus van motorcycle train stone stones
    rock rocks brick bricks canister round rounds pellet pellets projectile debris
    grenade shell fragment fragments sniper gunfire bomb beam baton batons""".split()  # noqa: SIM905
)
# Harm a reduced relative tells beside the subject's main verb (the lexicon's harm verbs and
# the passive-only "shot" / "stabbed").
_RELATIVE_HARM = (
    {lemma: pred for lemma, pred in lx.PATIENT_VERBS.items() if pred in {"wounded", "killed"}}
    | {"shoot": "wounded", "stab": "wounded", "beat": "other:beat"}
    | {lemma: "wounded" for lemma in HARM_VERBS}
)


def reduced_relative_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """The harm a set-off participle tells of the subject ("X, shot in the chest, died":
    wounded; "X, beaten by the mob, was rescued": other:beat)."""
    pred = _RELATIVE_HARM.get(lemma)
    if pred is None or (subject := set_off_participle(verb)) is None:
        return None
    if main_verb_of_participle(verb) is None:
        return None
    return [Hit(pred, verb, [subject], {verb.i})]


def _hit_by_a_thing(verb: Token) -> bool:
    """ "was hit by a rubber bullet / by a car", "struck by shrapnel"."""
    return any(
        c.dep_ == "agent" and any(p.lemma_.lower() in _HITTING_THINGS for p in c.children)
        for c in verb.children
    )


def harm_verb_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """Bodily harm in the passive by a verb the lexicon lacks ("was punched in the face",
    "was bitten by a dog", "was hit by a bullet"); a reduced relative the parser misread."""
    if (hits := reduced_relative_hits(ctx, verb, lemma)) is not None:
        return hits
    if (hits := condition_told_hits(ctx, verb, lemma)) is not None:
        return hits
    # (a passive read from the shared tables: asked of every verb the rules before leave)
    tables, i = ctx.tables, verb.i
    if not any(tables.dep[c] in {"auxpass", "nsubjpass"} for c in tables.children[i]) and not (
        tables.tag[i] == "VBN" and tables.dep[i] in {"acl", "relcl"}
    ):
        return None
    if lemma in HARM_VERBS and not any(
        c.dep_ == "prt" or c.lower_ in {"out", "off", "around", "about"} for c in verb.children
    ):
        pass  # ("kicked out of the party" is no harm)
    elif lemma in {"hit", "strike"} and _hit_by_a_thing(verb):
        pass
    else:
        return None
    patients = [p for p in patient_of(verb) if a_person(p)]
    if not patients:
        return None
    death = any(c.lower_ in {"dead", "death"} or c.lemma_ in {"die", "kill"} for c in verb.subtree)
    return [Hit("killed" if death else "wounded", verb, patients, {verb.i})]


_CONDITION_JUDGING = frozenset(
    {"describe", "list", "rate", "classify", "consider", "deem", "believe"}
)
# Every lemma harm_verb_hits opens on (its two helpers test the lemma first, and so does its
# own rule after the passive test): claims_verbs looks the family up by it (issue 9).
HARM_VERB_LEMMAS = frozenset(_RELATIVE_HARM) | _CONDITION_JUDGING | HARM_VERBS | {"hit", "strike"}


# How a person looks that shows the person conscious ("looks alert"), beside the lexicon's
# HEALTHY_WORDS ("appears healthy"); looking thin, tired or gaunt is no claim of its own (g51,
# g62, g99, g329).
LOOK_WORDS = frozenset({"alert", "lucid"})
# Words of a story of a person lost to view told before a finding ("went missing", "vanished",
# "escaped into the bush", "was trapped", "got lost").
_MISSING_WORDS = frozenset(
    """missing disappear vanish disappearance search escape flee trap strand lose lost
    kidnap abduct""".split()  # noqa: SIM905
)
# Words that make a finding a death ("found dead", "his body was found").
_DEATH_WORDS = frozenset(
    "die dead death kill body bodies corpse remains lifeless drown murder".split()  # noqa: SIM905
)
# Adjectives that make an injury a death: "suffered fatal head injuries".
_FATAL = frozenset({"fatal", "mortal"})


def health_sentence_hits(ctx: ClaimContext, sent: Span, hits: list[Hit]) -> list[Hit]:
    """The sentence's body-state claims read from its other hits and words: a missing person
    found (alive), a fatal injury (a death, not a wound)."""
    for hit in hits:
        if hit.predicate == "wounded" and _fatal_injury(hit.anchor):
            hit.predicate = "killed"  # "suffered fatal head injuries"
        if hit.predicate in {"killed", "wounded"} and hit.anchor.dep_ == "amod":
            named = [_name_set_off_after(s) for s in hit.subjects]
            if all(named):  # "the mother of the dead boy, X,": the boy is X
                hit.subjects = [n for n in named if n is not None]
    lemma, doc = (
        ctx.tables.lemma,
        sent.doc,
    )  # (the fates' verbs from the tables, a Token only for them)
    return (
        [
            h
            for i in range(sent.start, sent.end)
            if lemma[i] in _SINGLED_FATES
            and (h := one_to_survive_hit(doc[i], lemma[i])) is not None
        ]
        + _ill_hits(sent)
        + _found_missing(ctx, sent, hits)
        + _casualty_label_hits(sent, hits)
        + casualty_roll_hits(ctx, sent, hits)
        + _sign_of_life_hits(sent, hits)
        + _beating_harm_hits(hits)
    )


# The harm a beating left, told by "left with ...": "was beaten and left with a broken arm".
_HARM_LEFT = frozenset(
    {"broken", "fracture", "fractured", "injury", "injuries", "wound", "wounds", "scar", "bruise"}
)


def _beating_harm_hits(hits: list[Hit]) -> list[Hit]:
    """A beating whose sentence names the harm it did, "was beaten and left with a broken arm /
    with head injuries": ``wounded`` beside ``other:beat`` (the README's session-23 decision;
    "beaten unconscious" is read by the state rules already; a bare "was beaten" stays
    other:beat alone)."""
    found: list[Hit] = []
    for hit in hits:
        if hit.predicate != "other:beat":
            continue
        for left in hit.anchor.children:
            if left.dep_ != "conj" or left.lemma_.lower() != "leave":
                continue
            if any(
                c.dep_ == "prep"
                and c.lower_ == "with"
                and any(w.lower_ in _HARM_LEFT or w.lemma_.lower() in _HARM_LEFT for w in c.subtree)
                for c in left.children
            ):
                found.append(Hit("wounded", left, list(hit.subjects), {left.i}))
    return found


def _ill_hits(sent: Span) -> list[Hit]:
    """ "X is critically ill in hospital", "remains seriously unwell": a patient's illness in
    the present is a state of the living (a past "had been ill for months" is no claim)."""
    found: list[Hit] = []
    # (the predicate adjectives from the tables: a Token per word cost more than the rule)
    tables, doc = tables_of(sent.doc), sent.doc
    lower, dep = tables.lower, tables.dep
    for i in range(sent.start, sent.end):
        if lower[i] not in {"ill", "unwell"} or dep[i] != "acomp":
            continue
        adj = doc[i]
        verb = adj.head
        if adj.lower_ not in {"ill", "unwell"} or adj.dep_ != "acomp":
            continue
        if verb.lemma_ not in {"be", "remain"} or verb.tag_ not in {"VBZ", "VBP"}:
            continue
        if any(c.dep_ == "neg" or c.dep_ == "aux" for c in verb.children):
            continue
        people = [c for c in verb.children if c.dep_ == "nsubj" and a_person(c)]
        if people:
            found.append(Hit("alive", verb, people, {verb.i, adj.i}))
    return found


def _sign_of_life_hits(sent: Span, hits: list[Hit]) -> list[Hit]:
    """ "The family received proof of life for X", "The last sign of life from X was a text
    message on May 2": a proof or sign of life names the one it proves alive ("no sign of
    life from X" is no claim: a silence, as "has not been heard from")."""
    found: list[Hit] = []
    # (the nouns "proof" and "sign" from the tables: a Token per word cost more than the rule)
    lemma, doc = tables_of(sent.doc).lemma, sent.doc
    for noun in (doc[i] for i in range(sent.start, sent.end) if lemma[i] in {"proof", "sign"}):
        if noun.lemma_.lower() not in {"proof", "sign"} or noun.pos_ != "NOUN":
            continue
        if not any(
            p.lower_ == "of" and any(g.lower_ == "life" for g in p.children) for p in noun.children
        ):
            continue
        if any(c.lower_ in {"no", "any", "without"} for c in (*noun.children, noun.head)):
            continue
        # ("proof of life for X": the parser may hang "for X" on "life" or on the verb)
        holders = [noun, *[g for p in noun.children for g in p.children], noun.head]
        people = [
            g
            for h in holders
            for p in h.children
            if p.dep_ in {"prep", "dative"} and p.lower_ in {"for", "from"}
            for g in p.children
            if a_person(g)
        ]
        if not people or any(
            h.predicate == "alive" and any(a_person(t) for t in h.subjects) for h in hits
        ):
            continue
        taken = [h for h in hits if h.predicate == "alive" and h.anchor.i in {noun.i, noun.head.i}]
        for hit in taken:
            hit.subjects = people  # ("received proof of life for X": the proof is no subject)
        if not taken:
            found.append(Hit("alive", noun, people, {noun.i}))
    return found


# Casualty words used as the noun of a group ("the injured", "those hurt", "the survivors").
_CASUALTY_LABELS = {
    "injured": "wounded",
    "wounded": "wounded",
    "hurt": "wounded",
    "dead": "killed",
    "killed": "killed",
    "survivors": "alive",
}


def _names_listed_on(tok: Token) -> list[Token]:
    """The names a noun's apposition lists, with their conjuncts ("X and Y"), and the name
    in apposition to each of a list of described people ("a police officer, X, and a vendor,
    Y")."""
    names: list[Token] = []
    for c in tok.children:
        if c.dep_ in {"appos", "dep"} and c.pos_ == "PROPN" and c.ent_type_ == "PERSON":
            names += [c, *[x for x in c.conjuncts if x.pos_ == "PROPN"]]
    return names


def _casualty_label_hits(sent: Span, hits: list[Hit]) -> list[Hit]:
    """ "The two injured, X and Y, were treated" (the parser hangs the names on the label);
    "Among those hurt were a police officer, X, and a street vendor, Y" (described people,
    each named in apposition): the label's claim for each name."""
    lower, doc = (
        tables_of(sent.doc).lower,
        sent.doc,
    )  # (the labels from the tables: a Token per word cost more)
    if _CASUALTY_LABELS.keys().isdisjoint(lower[sent.start : sent.end]):
        return []  # (no label in the sentence, most of them: one scan in C, no loop)
    told = {s.i for h in hits for s in h.subjects}
    found: list[Hit] = []
    for i in range(sent.start, sent.end):
        pred = _CASUALTY_LABELS.get(lower[i])
        if pred is None:
            continue
        tok = doc[i]
        before = sent.doc[max(tok.i - 2, sent.start) : tok.i]
        if tok.dep_ in {"nsubj", "nsubjpass"} and any(t.lower_ == "the" for t in before):
            names = _names_listed_on(tok)  # "The two injured, X and Y, were treated"
        elif tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.lemma_ == "be":
            described = [
                c
                for c in tok.head.head.children
                if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_NOUNS
            ]
            names = [n for d in described for x in (d, *d.conjuncts) for n in _names_listed_on(x)]
        else:
            continue
        names = [n for n in names if n.i not in told]
        if names:
            found.append(Hit(pred, tok, names, {tok.i}))
    return found


# Nouns of young people a name may follow ("the dead boy, X").
_YOUNG = frozenset({"boy", "girl", "child", "teenager", "baby", "toddler", "youth"})


def _name_set_off_after(noun: Token) -> Token | None:
    """The name set off by a comma right after a person noun the parser did not hang it on
    ("the mother of the dead boy, Diego Lopez, was"): the name's head word."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PERSON_NOUNS | _YOUNG:
        return None
    if any(c.dep_ == "appos" for c in noun.children) or noun.i + 2 >= len(doc):
        return None
    if doc[noun.i + 1].lower_ != "," or doc[noun.i + 2].ent_type_ != "PERSON":
        return None
    end = noun.i + 2
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    name = doc[noun.i + 2 : end + 1]
    return name.root if name.root.pos_ == "PROPN" else None


def _fatal_injury(anchor: Token) -> bool:
    """ "suffered fatal injuries", "a mortal wound" (not "non-fatal", "not fatal")."""
    nouns = [anchor] + [c for c in anchor.children if c.dep_ in {"dobj", "pobj"}]
    for noun in nouns:
        if not _injury_noun(noun):
            continue
        for adj in noun.children:
            if adj.dep_ != "amod" or adj.lower_ not in _FATAL:
                continue
            before = noun.doc[max(adj.i - 2, 0) : adj.i]
            if not any(t.lower_ in {"non", "not", "non-"} or t.dep_ == "neg" for t in before):
                return True
    return False


def _injury_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lx.EVENT_NOUNS.get(lemma) == "wounded" or lemma in lx.INJURY_NOUNS


def _found_missing(ctx: ClaimContext, sent: Span, hits: list[Hit]) -> list[Hit]:
    """ "He was found by shepherds on Sunday and is back with his family", after the story
    told him missing: a missing person found is alive (gold convention, g449)."""
    # (the story's first missing word, from the tables once per document: a scan of every
    # word before every sentence made a Token each, quadratic in the story's length)
    memo = ctx.tables.memo(ctx)
    if (first := memo.get("s20_first_missing_word")) is None:
        lemma, lower = ctx.tables.lemma, ctx.tables.lower
        first = memo["s20_first_missing_word"] = next(
            (
                i
                for i in range(len(lower))
                if lemma[i] in _MISSING_WORDS or lower[i] in _MISSING_WORDS
            ),
            len(lower),
        )
    if first >= sent.start:
        return []
    lemma, lower, doc = ctx.tables.lemma, ctx.tables.lower, sent.doc
    words = range(sent.start, sent.end)
    if any(lemma[i] in _DEATH_WORDS or lower[i] in _DEATH_WORDS for i in words):
        return []
    if any(h.predicate in {"alive", "killed"} for h in hits):
        return []  # (one alive per sentence and source; "does not wish to be found")
    found: list[Hit] = []
    for verb in (doc[i] for i in words if lemma[i] == "find"):
        if verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "neg" for c in verb.children) or any(
            h.predicate == "alive" and h.anchor.i == verb.i for h in hits
        ):
            continue
        if verb.dep_ in {"xcomp", "advcl", "relcl"} or any(c.lower_ == "to" for c in verb.children):
            continue  # "does not wish to be found", "to find him": no finding
        if any(c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} for c in verb.children):
            continue  # "found guilty", "found that ...", "found alive" (read already)
        people = [p for p in patient_of(verb) if a_person(p)]
        if people:
            found.append(Hit("alive", verb, people, {verb.i}))
    return found


def condition_told_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """ "X's condition was described as critical", "the condition of X was listed as stable",
    "his injuries are not considered life-threatening": the patient's condition or danger
    judged in the passive, a judgement of a living patient."""
    if lemma not in _CONDITION_JUDGING:
        return None
    judged = [
        c
        for c in verb.children
        if c.dep_ == "nsubjpass"
        and c.lemma_.lower() in {"condition", "injury", "injuries", "wound", "wounds", "burn"}
    ]
    told = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
    told += [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "acomp", "ccomp"}]
    told += [x for t in list(told) for x in (*t.conjuncts, *t.children)]
    if not judged or not any(
        t.lower_ in lx.CONDITION_WORDS
        or t.lower_ == "life-threatening"
        or (t.lower_ == "threatening" and any(g.lower_ == "life" for g in t.children))
        for t in told
    ):
        return None
    owners = [g for n in judged for g in n.children if g.dep_ == "poss"]
    owners += [
        p
        for n in judged
        for c in n.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if a_person(p)
    ]
    # (anchored on the judged noun: "not considered life-threatening" is alive either way)
    return [Hit("alive", judged[0], owners, {judged[0].i})] if owners else None


# Fates told by an infinitive after a singled-out one: "the only one to survive".
_SINGLED_FATES = {"survive": "alive", "die": "killed", "perish": "killed"}
_SINGLING_WORDS = frozenset({"only", "sole", "first", "last", "one"})


def one_to_survive_hit(verb: Token, lemma: str) -> Hit | None:
    """ "X was the only one of the family to survive", "the only passenger to survive the
    crash", "the last of the hostages to die": the one singled out is the subject's fate."""
    pred = _SINGLED_FATES.get(lemma)
    if pred is None or verb.dep_ not in {"relcl", "acl"}:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    one, be = verb.head, verb.head.head
    if one.dep_ != "attr" or be.lemma_ != "be" or any(c.dep_ == "neg" for c in be.children):
        return None
    if one.lower_ not in _SINGLING_WORDS and not any(
        c.lower_ in _SINGLING_WORDS for c in one.children
    ):
        return None
    people = [c for c in be.children if c.dep_ == "nsubj" and a_person(c)]
    return Hit(pred, verb, people, {verb.i}) if people else None
