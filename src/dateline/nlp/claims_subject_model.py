"""A small trained chooser of a claim's subject, run after the claims stage's rules.

The rules find a claim's trigger and follow grammar to its subject; across articles they
were not written for, their largest miss is the right event given to the wrong person (a
relative of the same surname, the story's main person, the claimant). This module scores
each person of the document who is near the claim's evidence sentence (mentioned in it or
in the two sentences before it, or the document's most mentioned person) with a linear
model over named features (the candidate's grammatical relation to the trigger, how the
sentence names it, sentence distance, whether it is the claimant, shared surnames, how
often the document names it) and moves the claim to the best candidate only when its score
beats the rules' subject by the model's margin. The weights and the margin are read from
``dateline/data/subject_model.json``, written by ``scripts/train_subject_model.py`` (a
pairwise logistic ranker trained on the dev split of the claims gold, margin chosen by
cross-validation by article; docs/claims_model.md).

The rules' own choice is not a feature: on the split the model learns from, the rules were
fitted to the gold, and the model would only learn to trust them.

Not wired into the claims stage: cross-validated on the dev split, no margin moved more
subjects right than wrong (docs/claims_model.md), so the shipped model file is switched off
and ``load_model`` returns ``None``; ``rechoose_subjects`` is kept for the next attempt.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from dateline.nlp import claims_lexicon as lx
from dateline.records import Claim, Entity

__all__ = [
    "SubjectModel",
    "apply_choices",
    "candidate_features",
    "load_model",
    "rechoose_subjects",
]

_PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
_PRONOUNS = frozenset(_PRONOUN_GENDER) | {"they", "them", "their", "i", "me", "my", "we", "us"}
_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f"}
_CORE = ("killed", "wounded", "alive", "captured", "arrested", "released", "located_in")
_WINDOW = 2  # sentences before the evidence sentence whose people are candidates
# trigger lemma -> the predicate it gives ("*": the state phrases' verbs give several)
_TRIGGER_LEMMAS: dict[str, str] = {
    **lx.PATIENT_VERBS,
    **lx.AGENT_VERBS,
    **lx.STATE_ADJECTIVES,
    **lx.EVENT_NOUNS,
    **{v: "*" for v in lx.PLACE_STATE_VERBS | lx.RELEASE_VERBS},
}


@dataclass(frozen=True)
class SubjectModel:
    """Feature weights and the margin a candidate must beat the rules' subject by."""

    weights: dict[str, float]
    margin: float

    def score(self, features: dict[str, float]) -> float:
        return sum(self.weights.get(name, 0.0) * value for name, value in features.items())


@lru_cache(maxsize=1)
def load_model() -> SubjectModel | None:
    """The packaged model, or ``None`` when no model file ships (the rules stand alone)."""
    try:
        text = resources.files("dateline").joinpath("data/subject_model.json").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    data = json.loads(text)
    if not data.get("enabled", True):
        return None
    return SubjectModel(weights=dict(data["weights"]), margin=float(data["margin"]))


@dataclass
class _DocIndex:
    """Where each person of the document is mentioned, read once per document."""

    sent_of: dict[int, int]
    sent_starts: list[int]
    people: list[Entity]
    heads: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # id -> (token, kind)
    rank: dict[str, int] = field(default_factory=dict)  # id -> rank by mention count
    first_sent: dict[str, int] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)
    surname_shared: set[str] = field(default_factory=set)


def _mention_kind(text: str) -> str:
    low = text.lower()
    if low in _PRONOUNS:
        return "pron"
    return "name" if text[:1].isupper() else "noun"


def _index(doc: Doc, entities: Sequence[Entity]) -> _DocIndex:
    sents = list(doc.sents)
    sent_of = {i: n for n, s in enumerate(sents) for i in range(s.start, s.end)}
    people = [e for e in entities if e.kind == "person"]
    idx = _DocIndex(sent_of=sent_of, sent_starts=[s.start for s in sents], people=people)
    covered: set[int] = set()
    for e in people:
        heads: list[tuple[int, str]] = []
        for m in e.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            covered.update(range(span.start, span.end))
            heads.append((span.root.i, _mention_kind(m.text)))
        idx.heads[e.entity_id] = heads
        genders = {
            _PRONOUN_GENDER[m.text.lower()] for m in e.mentions if m.text.lower() in _PRONOUN_GENDER
        }
        genders |= {
            _HONORIFIC_GENDER[w]
            for a in e.aliases
            for w in a.lower().split()[:1]
            if w in _HONORIFIC_GENDER
        }
        if len(genders) == 1:
            idx.gender[e.entity_id] = genders.pop()
    # a bare surname no mention took ("Pruitt, 29, was shot"): each person of that surname
    surnames: dict[str, list[str]] = {}
    for e in people:
        words = e.name.split()
        if len(words) > 1:
            surnames.setdefault(words[-1].lower(), []).append(e.entity_id)
    for ids in surnames.values():
        if len(ids) > 1:
            idx.surname_shared.update(ids)
    for tok in doc:
        if tok.i not in covered and tok.is_title and tok.lower_ in surnames:
            for eid in surnames[tok.lower_]:
                idx.heads[eid].append((tok.i, "surname"))
    counts = sorted(people, key=lambda e: (-len(idx.heads[e.entity_id]), e.entity_id))
    idx.rank = {e.entity_id: r for r, e in enumerate(counts)}
    for e in people:
        sents_of = [sent_of[i] for i, _ in idx.heads[e.entity_id] if i in sent_of]
        idx.first_sent[e.entity_id] = min(sents_of) if sents_of else 10**6
    return idx


def _trigger(doc: Doc, claim: Claim, person_tokens: set[int]) -> Token | None:
    """The claim's trigger word: the span's word whose lemma the claims lexicon maps to the
    claim's predicate (or the lemma of an ``other:`` predicate); else the span's last (else
    first) content word no person's mention holds (the span runs from the subject's word to
    the trigger's)."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for tok in reversed(span):
        if tok.i not in person_tokens and _TRIGGER_LEMMAS.get(tok.lemma_.lower()) in {
            claim.predicate,
            "*",
        }:
            return tok
    other = claim.predicate.removeprefix("other:")
    content = [
        t for t in span if t.pos_ in {"VERB", "NOUN", "ADJ", "AUX"} and t.i not in person_tokens
    ]
    for tok in content:
        if tok.lemma_.lower() == other:
            return tok
    for tok in (span[-1], span[0]):
        if tok in content:
            return tok
    if not content:
        return span.root
    return min(content, key=lambda t: len(list(t.ancestors)))


def _path_length(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    depth_a = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in depth_a:
            return n + depth_a[t.i]
    return 99


def _governing_word(head: Token, trig: Token) -> Token:
    """A conjunct or an apposition stands for the word it hangs on ("arrested X and Y",
    "his son, X, was shot")."""
    while head.dep_ in {"conj", "appos"} and head.head.i != trig.i and head.head.i != head.i:
        head = head.head
    return head


def _relation(head: Token, trig: Token) -> str:
    """The mention's grammatical relation to the trigger, in a few words."""
    head = _governing_word(head, trig)
    if head.i == trig.i:
        return "same"
    if head.head.i == trig.i and head.i != trig.i:
        return head.dep_
    if head.head.head.i == trig.i and head.head.i != head.i:
        if head.head.dep_ == "prep":
            return "prep_" + head.head.lower_
        return head.dep_ + ">" + head.head.dep_  # "X's brother was killed": poss>nsubjpass
    if trig.head.i == head.i:
        return "governs:" + trig.dep_  # "X, who was killed": relcl; "X's death": poss
    if trig.is_ancestor(head):
        return "below"
    if head.is_ancestor(trig):
        return "above"
    return "apart"


def _subject_pronoun_gender(trig: Token) -> str | None:
    """The gender of a pronoun standing as the trigger's subject, patient or possessor."""
    for child in trig.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj", "poss"} and child.lower_ in _PRONOUN_GENDER:
            return _PRONOUN_GENDER[child.lower_]
    return None


_GROUP_WORDS = frozenset({"they", "them", "both", "all", "each", "we", "us", "others"})


def _group_subject(trig: Token) -> bool:
    """Whether the trigger is told of a group ("the two men were freed", "both are well",
    "all three had been released"): its claim belongs to the members the rules named. The
    group is the one the event befalls: the object of a transitive verb ("gunmen seized
    two men"), else the subject."""
    children = list(trig.children)
    slots = {"dobj", "nsubjpass"} if any(c.dep_ == "dobj" for c in children) else None
    for child in children:
        if child.dep_ in (slots or {"nsubj", "nsubjpass"}) and (
            child.tag_ in {"NNS", "NNPS"}
            or child.lower_ in _GROUP_WORDS
            or any(c.dep_ == "nummod" for c in child.children)
        ):
            return True
    return False


def candidate_features(
    doc: Doc, claim: Claim, idx: _DocIndex, subjects: frozenset[str] | None = None
) -> list[tuple[Entity, dict[str, float], int]]:
    """The claim's candidate subjects, each with its named features (deterministic) and the
    word its nearest mention in the sentence hangs on through conjuncts and appositions (-1
    when the sentence does not name it). ``subjects``: the people the document's claims are
    about; only they and the claim's own subject are candidates (a person entity no claim is
    about is often a place or an outlet the name tagger took for a person)."""
    person_tokens = {i for heads in idx.heads.values() for i, kind in heads if kind != "pron"}
    trig = _trigger(doc, claim, person_tokens)
    if trig is None or _group_subject(trig):
        return []
    n = idx.sent_of.get(trig.i, 0)
    pred = claim.predicate if claim.predicate in _CORE else "other"
    pron_gender = _subject_pronoun_gender(trig)
    in_relcl = any(t.dep_ in {"relcl", "acl"} for t in [trig, *trig.ancestors])
    out: list[tuple[Entity, dict[str, float], int]] = []
    for e in idx.people:
        heads = idx.heads.get(e.entity_id, [])
        near = [(i, k) for i, k in heads if n - _WINDOW <= idx.sent_of.get(i, -99) <= n]
        rank = idx.rank.get(e.entity_id, 99)
        if e.entity_id != claim.subject_id and (
            (not near and rank != 0) or (subjects is not None and e.entity_id not in subjects)
        ):
            continue
        f: dict[str, float] = {"bias": 1.0}
        anchor = -1
        same = [(i, k) for i, k in near if idx.sent_of.get(i) == n]
        if same:
            best_i, kind = min(same, key=lambda ik: (_path_length(doc[ik[0]], trig), ik[0]))
            rel = _relation(doc[best_i], trig)
            anchor = _governing_word(doc[best_i], trig).i
            dist = min(_path_length(doc[best_i], trig), 6)
            f[f"rel={rel}"] = 1.0
            f[f"rel={rel}|pred={pred}"] = 1.0
            f[f"kind={kind}"] = 1.0
            f[f"rel={rel}|kind={kind}"] = 1.0
            f[f"path={dist}"] = 1.0
            f["before_trigger"] = 1.0 if best_i < trig.i else 0.0
            f["mentions_in_sent"] = min(len(same), 3) / 3
            if in_relcl:
                f[f"relcl|rel={rel}"] = 1.0
        else:
            back = [n - idx.sent_of[i] for i, _ in near if i in idx.sent_of]
            f[f"sent_back={min(back) if back else 'far'}"] = 1.0
            f[f"sent_back|pred={pred}"] = 1.0
        f[f"rank={min(rank, 3)}"] = 1.0
        f[f"rank={min(rank, 3)}|pred={pred}"] = 1.0
        if idx.first_sent.get(e.entity_id, 10**6) <= 1:
            f["named_in_lede"] = 1.0
        if claim.claimant_id and claim.claimant_id == e.entity_id:
            f["is_claimant"] = 1.0
            f[f"is_claimant|pred={pred}"] = 1.0
        if e.entity_id in idx.surname_shared:
            f["shares_surname"] = 1.0
            if same:
                f[f"shares_surname|kind={_nearest_kind(f)}"] = 1.0
        if pron_gender is not None and e.entity_id in idx.gender:
            f["gender_agrees" if idx.gender[e.entity_id] == pron_gender else "gender_clash"] = 1.0
        out.append((e, f, anchor))
    return out


def _nearest_kind(features: dict[str, float]) -> str:
    """The kind of the candidate's nearest mention in the sentence, read back from its features."""
    for name in features:
        if name.startswith("kind="):
            return name[5:]
    return "none"


# (entity_id, name, features, the word its mention hangs on) of each candidate of a claim
Candidates = list[tuple[str, str, dict[str, float], int]]


def rechoose_subjects(
    doc: Doc, claims: list[Claim], entities: Sequence[Entity], *, model: SubjectModel | None = None
) -> list[Claim]:
    """``claims`` with a subject moved where the model is surer than the rules by its margin."""
    model = model or load_model()
    if model is None or not claims:
        return claims
    idx = _index(doc, entities)
    subjects = frozenset(c.subject_id for c in claims if c.subject_id)
    candidates: list[Candidates] = []
    for claim in claims:
        found = candidate_features(doc, claim, idx, subjects) if judged(claim) else []
        candidates.append([(e.entity_id, e.name, f, a) for e, f, a in found])
    return apply_choices(claims, candidates, model)


def apply_choices(
    claims: list[Claim], candidates: list[Candidates], model: SubjectModel
) -> list[Claim]:
    """Each claim moved to its best candidate when it beats the rules' subject by the margin;
    never to a person the sentence already has the same claim about, nor between people
    coordinated or in apposition (each conjunct of "arrested X and Y" has a claim of its own)."""
    told = {(c.subject_id, c.predicate, c.polarity, c.evidence) for c in claims}
    out = []
    for claim, cands in zip(claims, candidates, strict=True):
        own = {a for eid, _, _, a in cands if eid == claim.subject_id and a >= 0}
        open_cands = [
            c
            for c in cands
            if c[0] == claim.subject_id
            or (
                (c[0], claim.predicate, claim.polarity, claim.evidence) not in told
                and c[3] not in own
            )
        ]
        scored = [(model.score(f), eid) for eid, _, f, _ in open_cands]
        pick = moved_to(scored, claim.subject_id, model.margin)
        if pick is not None:
            eid, name, _, _ = open_cands[pick]
            claim = claim.model_copy(update={"subject": name, "subject_id": eid})
        out.append(claim)
    return out


def judged(claim: Claim) -> bool:
    """Whether the model judges the claim's subject: not an inferred claim (a proof of life
    is about the message's author), not a change of leader (two people take part, the one
    who goes and the one who comes, and either is its subject)."""
    return (
        claim.basis is None
        and claim.subject_id is not None
        and claim.predicate != "leadership_change"
    )


def moved_to(scored: list[tuple[float, str]], current_id: str | None, margin: float) -> int | None:
    """The index of the candidate the claim moves to (the best scored, the first of a tie),
    or ``None`` when the rules' subject is among the candidates within ``margin`` of it."""
    current = [s for s, eid in scored if eid == current_id]
    if not current or len(scored) < 2:
        return None
    pick = max(range(len(scored)), key=lambda n: (scored[n][0], -n))
    if scored[pick][1] == current_id or scored[pick][0] - current[0] <= margin:
        return None
    return pick
