"""Grammatical relations the claim rules share: who undergoes a verb (passive subject,
object, the noun a participle modifies), who does it (subject through xcomp / conj /
relative clauses), coordination and group nouns ("X and Y", "those arrested include X"),
and the moods that make a verb no event (future, imperative, purpose infinitive)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_context import (
    relative_head,
    stranded_subject,
)


def irrealis(verb: Token) -> bool:
    """A bare infinitive or imperative ("only to free the hostages", "free him!") states
    a purpose or a demand, not an event."""
    if verb.tag_ != "VB":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        head = verb.head
        if head.lemma_.lower() in lx.RAISING_REPORT_VERBS and any(
            c.dep_ == "auxpass" for c in head.children
        ):
            return False  # "is believed to be in Turkey", "was last known to be in X"
        if head.lemma_.lower() in {"allow", "permit"} and any(
            c.dep_ == "neg" for c in head.children
        ):
            return True  # "was not allowed to see"
        if head.lemma_.lower() in {"refuse", "decline"} or any(
            c.lower_ == "yet" for c in head.children
        ):
            return False  # read as negated: "refused to resign", "has yet to be released"
        return head.lemma_.lower() not in lx.FACTIVE_INFINITIVE_HEADS
    if not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        # imperative ("Free him!") or bare infinitive ("help free him", "let him go")
        return verb.dep_ in {"ROOT", "xcomp", "ccomp", "advcl"}
    return False


def is_future(verb: Token) -> bool:
    """ "will be released", "would soon appear": not (yet) an event."""
    return any(
        c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in verb.children
    )


def reporting_subject(verb: Token) -> Token | None:
    tok = verb
    for _ in range(4):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.lemma_.lower() in lx.REPORTING_VERBS:
            return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
        verb.tag_ == "VBN"
        and verb.dep_ in {"acl", "relcl", "advcl"}
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def patient_of(verb: Token) -> list[Token]:
    """Who undergoes the verb: passive subject, object, or the noun a participle modifies."""
    passive = [relative_head(c) for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        return expand_conj(passive)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return expand_conj(objects)
    if (
        any(c.dep_ == "auxpass" for c in verb.children)
        and (stranded := stranded_subject(verb)) is not None
    ):
        return [stranded]  # "a week after his predecessor, X, was killed": subject hung elsewhere
    # "was among those killed": the subject of the verb that governs "among".
    if verb.dep_ == "acl" and verb.head.lower_ in lx.GROUP_OF_PEOPLE:
        group = verb.head
        members = members_of(group)
        if members:
            return members
    if verb.dep_ == "amod" or verb.tag_ == "VBN" and verb.dep_ in {"acl", "compound"}:
        return [verb.head]  # "detained activist X", "the journalist detained last week"
    # "killed or injured the leader": conjuncts share the object; passive conjuncts the subject.
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        return subject_of(verb.head)  # "lost consciousness and was hospitalized"
    shared = [
        relative_head(c)
        for other in verb.conjuncts
        for c in other.children
        if c.dep_ in {"dobj", "nsubjpass"}
    ]
    if shared:
        return expand_conj(shared)
    if verb.dep_ == "conj":
        if any(c.dep_ == "auxpass" for c in verb.children):
            return subject_of(verb.head)  # "lost consciousness and was hospitalized"
        return patient_of(verb.head) if verb.head.lemma_ != verb.lemma_ else []
    if verb.dep_ in {"xcomp", "acomp"} and verb.tag_ == "VBN":
        return subject_of(verb.head)  # "was reported killed", "was found beaten"
    return []


def group_copula(verb: Token) -> Token | None:
    """The "be" of "X was among those killed" / "X was one of three people killed"."""
    if verb.dep_ != "acl" or verb.head.lower_ not in lx.GROUP_OF_PEOPLE:
        return None
    tok = verb.head
    for _ in range(3):
        tok = tok.head
        if tok.lemma_ in {"be", "include"}:
            return tok
    return None


def members_of(group: Token) -> list[Token]:
    """Who belongs to "those killed" / "three people killed" / "the dead": "X was among
    those killed", "X was one of three people killed", "those arrested include X"."""
    head = group.head
    if group.dep_ == "pobj" and head.lower_ == "among" and head.head.lemma_ in {"be", "include"}:
        return subject_of(head.head)
    if (
        group.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lower_ == "one"
        and head.head.dep_ == "attr"
    ):
        return subject_of(head.head.head)  # "was one of three people killed"
    if group.dep_ == "nsubj" and head.lemma_ == "include":
        # "those arrested include X"
        return expand_conj([c for c in head.children if c.dep_ == "dobj"])
    return []


def subject_of(verb: Token) -> list[Token]:
    """Grammatical subject, inherited through xcomp / conj / relative clauses."""
    seen = 0
    while verb is not None and seen < 6:
        seen += 1
        subjects = [relative_head(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return expand_conj(subjects)
        # "X remains hospitalised": the parser may hang the subject on the auxiliary
        subjects = [
            relative_head(s)
            for c in verb.children
            if c.dep_ in {"aux", "auxpass"}
            for s in c.children
            if s.dep_ in {"nsubj", "nsubjpass"}
        ]
        if subjects:
            return expand_conj(subjects)
        if (stranded := stranded_subject(verb)) is not None:
            return [stranded]  # the parser hung the subject elsewhere
        if verb.dep_ in {"xcomp", "conj", "ccomp"} and verb.head != verb:
            if verb.dep_ == "ccomp":
                return []
            verb = verb.head
            continue
        if verb.dep_ in {"acomp", "attr"} and verb.head.lemma_ in {"be", "remain", "seem", "stay"}:
            verb = verb.head  # "is alive and receiving treatment": through the predicate adjective
            continue
        if verb.dep_ in {"relcl", "acl"}:
            head = verb.head
            if (
                head.dep_ == "pobj"
                and head.head.lower_ == "among"
                and head.head.head.lemma_ == "be"
            ):
                return subject_of(head.head.head)  # "X was among the 12 fighters who died"
            if (
                head.dep_ == "pobj"
                and head.head.lower_ == "of"
                and head.head.head.lower_ == "one"
                and head.head.head.head.lemma_ == "be"
            ):
                return subject_of(head.head.head.head)  # "X was one of three people who died"
            return [head]
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.lemma_.lower() in lx.FACTIVE_INFINITIVE_HEADS
        ):
            verb = verb.head  # "rose to become leader": the one who rose
            continue
        if verb.dep_ == "advcl" and verb.tag_ in {"VBG", "VBN"} and verb.head != verb:
            verb = verb.head  # "appeared in a video, looking tired but unharmed": the main subject
            continue
        if verb.dep_ == "pcomp" and verb.tag_ in {"VBG", "VBN"} and verb.head.dep_ == "prep":
            verb = verb.head.head  # "returned home after being missing for a week"
            continue
        return []
    return []


def expand_conj(tokens: list[Token]) -> list[Token]:
    """Coordinated and listed people: "X and Y", "two hostages, including X"."""
    out = []
    for t in tokens:
        out.append(t)
        out.extend(c for c in t.conjuncts if c.i > t.i)
        for prep in (
            c for c in t.children if c.dep_ == "prep" and c.lower_ in {"including", "among"}
        ):
            out.extend(p for p in prep.children if p.dep_ == "pobj")
    return out


def has_neg(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)
