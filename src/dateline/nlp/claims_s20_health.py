"""The body's state in constructions the older rules did not read (session 20, HEALTH, issue 6).

* A reduced relative the parser takes for the main verb ("X, shot in the chest, died later in
  hospital", "Her son, Y, shot by a sniper, died"): the participle set off by commas is what
  befell the subject (:func:`reduced_relative_hits`; the main verb's subject is read by
  :mod:`claims_s20_health_subjects`).
* Bodily harm verbs of news prose outside the lexicon, in the passive: "was punched in the
  face", "bitten by a dog", "trampled in the crush", "kicked", "slashed", "hit by a bullet /
  a car" (:func:`harm_verb_hits`).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_context import ClaimContext, Hit
from dateline.nlp.claims_grammar import patient_of
from dateline.nlp.claims_s20_health_subjects import (
    a_person,
    main_verb_of_participle,
    set_off_participle,
)

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
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) and not (
        verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl"}
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
