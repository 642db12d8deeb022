"""Events told by a participle set off by commas after a person's name (issue 6).

English news prose restates what happened to a person in a reduced relative clause hung on the
name or on the name's apposition: "prayers for Father X, the parish priest, kidnapped three
weeks ago", "supporters of Y, detained since June without charge", "the soldier Z, taken
prisoner by the rebels at Gao, is in good health". The parser often hangs such a participle on
the wrong word (the noun the name depends on, the main verb as an adverbial clause, or a
clausal subject), so the verb rules find no one who underwent it. This module finds the person
by the surface order: the participle follows a comma that closes the name's own phrase.
Each such clause is one claim (the gold README: one claim per clause that states it).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_complements import holder_kind
from dateline.nlp.claims_context import ClaimContext, Hit
from dateline.nlp.claims_grammar import has_neg
from dateline.nlp.claims_sources import entity_in_name

# The participles of a reduced relative and the claim each tells.
_PARTICIPLE_EVENTS = {
    "kidnap": "captured",
    "abduct": "captured",
    "seize": "captured",
    "capture": "captured",
    "arrest": "arrested",
    "detain": "arrested",
    "jail": "arrested",
    "imprison": "arrested",
    "incarcerate": "arrested",
    "kill": "killed",
    "assassinate": "killed",
    "murder": "killed",
    "execute": "killed",
    "slay": "killed",
    "wound": "wounded",
    "injure": "wounded",
    "free": "released",
    "release": "released",
    "take": "captured",  # only "taken prisoner / hostage / captive"
}
# Participles of a naming to an office ("X, appointed chairman in May,", "X, recently
# installed as head of the council,"), a leadership change when an office follows.
_APPOINTING = frozenset(
    {"appoint", "name", "elect", "install", "instal", "choose", "pick", "select", "designate"}
    | {"promote", "elevate", "nominate", "re-elect", "reelect", "inaugurate", "swear"}
)
_OFFICES = lx.LEADER_ROLES | {"minister", "manager", "coach", "premier", "emir", "caretaker"}
# What "taken" must have as its object to be a capture.
_TAKEN_AS = frozenset({"prisoner", "hostage", "captive"})
# The arcs from the comma's word up to the name: an apposition ("the priest of San Vito"), an age.
_INSIDE_APPOSITION = frozenset({"appos", "pobj", "prep", "compound", "npadvmod", "nummod", "amod"})
# Places of care one is released from without having been held.
_CARE = frozenset({"hospital", "clinic", "care", "treatment", "rehab", "rehabilitation"})
# A reduced relative has neither a subject nor an auxiliary of its own.
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl"})


def reduced_relative_hits(ctx: ClaimContext, sent: Span, hits: list[Hit]) -> list[Hit]:
    """A hit for each event participle right after a comma that closes a person's name or
    the name's apposition ("X, the parish priest of Y, kidnapped three weeks ago"). A hit
    another rule anchored on the participle with someone else as its subject (the noun the
    parser hung it on: "supporters of X, detained since June") takes the person instead."""
    anchored = {h.anchor.i: h for h in hits}
    out = []
    lemma, tag, pos = ctx.tables.lemma, ctx.tables.tag, ctx.tables.pos
    for i in range(sent.start, sent.end):
        if (
            lemma[i] not in _PARTICIPLE_EVENTS
            and lemma[i] not in _APPOINTING
            or tag[i] not in {"VBN", "VBD"}
            or pos[i] != "VERB"
        ):
            continue  # (_participle_event's first test, from the tables: most words fail it)
        verb = sent.doc[i]
        person = _name_before_comma(ctx, verb) or _name_after_fronted(ctx, sent, verb)
        if person is None or (predicate := _participle_event(verb, person)) is None:
            continue
        if verb.dep_ == "csubj":
            # (the parser made the participle the subject of the main verb, which lost the
            # name: "The soldier X, taken prisoner ..., is in good health")
            for h in hits:
                if h.anchor.i == verb.head.i and not h.subjects:
                    h.subjects = [person]
        # ("X, arrested in 2019 and released in 2021, ...": each participle is a clause)
        for participle in [verb, *_coordinated_participles(verb)]:
            event = predicate if participle is verb else _participle_event(participle, person)
            if event is None:
                continue
            if (other := anchored.get(participle.i)) is not None:
                if not any(_names_another(s, person) for s in other.subjects):
                    other.subjects = [person]
                continue
            # (the captor named in the "by" phrase decides between a capture and an arrest)
            if event in {"captured", "arrested"} and (kind := _agent_kind(participle)) is not None:
                event = kind
            clause = {t.i for t in participle.subtree} - _conjunct_tokens(participle)
            out.append(Hit(event, participle, [person], clause))
    return out


def _coordinated_participles(verb: Token) -> list[Token]:
    """The participles coordinated with ``verb`` ("arrested in 2019 and released in 2021")."""
    out = []
    tok = verb
    while (
        nxt := next(
            (c for c in tok.children if c.dep_ == "conj" and c.tag_ in {"VBN", "VBD"}), None
        )
    ) is not None:
        out.append(nxt)
        tok = nxt
    return out


def _conjunct_tokens(verb: Token) -> set[int]:
    """The words of the participles coordinated after ``verb`` (each has its own time)."""
    return {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}


def _names_another(subject: Token, person: Token) -> bool:
    """``subject`` may name who underwent the event instead of ``person``: the person, a
    name or a pronoun, a relative ("the wife of X, kidnapped in May")."""
    return (
        subject.i == person.i
        or subject.ent_type_ == "PERSON"
        or subject.pos_ == "PRON"
        or subject.lemma_.lower() in lx.KIN_NOUNS
    )


def _participle_event(verb: Token, person: Token) -> str | None:
    """The claim a bare participle tells ("kidnapped in May", "taken prisoner"), or None for
    a finite verb, an active verb with an object ("killed two guards"), a negated one."""
    predicate = _PARTICIPLE_EVENTS.get(verb.lemma_.lower())
    if verb.lemma_.lower() in _APPOINTING and _to_an_office(verb):
        predicate = "leadership_change"
    if predicate is None or verb.tag_ not in {"VBN", "VBD"} or verb.pos_ != "VERB":
        return None
    own = [c for c in verb.children if c.dep_ in _OWN_CLAUSE]
    # (a subject before the comma whose phrase holds the name is the parser's slip: "The
    # soldier X, taken prisoner ..., is" made "soldier" the subject of "taken")
    if any(
        not (c.i < person.i <= c.right_edge.i or c.i == person.i) and _role_before(verb) == verb.i
        for c in own
    ):
        return None
    if has_neg(verb):
        return None
    objects = [c for c in verb.children if c.dep_ in {"dobj", "oprd", "attr"}]
    if predicate == "released" and any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(o.lemma_.lower() in _CARE for o in c.children)
        for c in verb.children
    ):
        return None  # "released from hospital" is a discharge, not a release from custody
    if predicate == "leadership_change":
        return predicate  # ("appointed chairman": the office read as its object)
    if verb.lemma_.lower() == "take":
        # "taken prisoner / hostage / captive by the rebels"
        return predicate if any(o.lower_ in _TAKEN_AS for o in objects) else None
    return None if objects else predicate


def _to_an_office(verb: Token) -> bool:
    """The participle names an office: "appointed chairman", "elected party leader",
    "installed as (the) head of the council", "sworn in as interim president"."""
    for c in verb.children:
        if c.dep_ in {"dobj", "oprd", "attr", "xcomp"} and c.lemma_.lower() in _OFFICES:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in {"as", "to"}
            and any(p.dep_ == "pobj" and p.lemma_.lower() in _OFFICES for p in c.children)
        ):
            return True
    return False


def _name_before_comma(ctx: ClaimContext, verb: Token) -> Token | None:
    """The person whose phrase ends at the comma right before ``verb``: the name itself
    ("Omar Jaber, detained since June") or a name with an apposition or an age ("X, the
    parish priest of Y, kidnapped ..."; "X, 34, arrested ...")."""
    doc = verb.doc
    start = _role_before(verb)  # ("X, the reporter detained last month": after the role)
    while (
        start == verb.i
        and start > 2
        and doc[start - 1].dep_ == "advmod"
        and doc[start - 1].head.i == verb.i
        and doc[start - 1].lower_ in {"recently", "newly", "just", "only", "later", "since"}
    ):
        start -= 1  # "X, recently installed as head of the council,": past the adverb
    if start < 2 or doc[start - 1].text != ",":
        return None
    last = doc[start - 2]
    tok = last
    for _ in range(5):
        if tok.pos_ == "PROPN" and _person(ctx, tok):
            while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
                tok = tok.head  # (the name's last word)
            # (the phrase that ends at the comma is the name's own: its apposition or age)
            if tok.right_edge.i not in {last.i, last.i + 1} or _inside_relative(tok):
                return None
            return tok
        if tok.head is tok or tok.dep_ not in _INSIDE_APPOSITION:
            return None
        tok = tok.head
    return None


def _role_before(verb: Token) -> int:
    """Where the participle's phrase starts: at ``verb``, or at a role noun phrase right
    before it that the parser made the participle's subject ("the reporter detained")."""
    role = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if (
        role is not None
        and role.pos_ == "NOUN"
        and role.i == verb.i - 1
        and role.left_edge.lower_ == "the"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    ):
        return role.left_edge.i
    return verb.i


def _name_after_fronted(ctx: ClaimContext, sent: Span, verb: Token) -> Token | None:
    """The subject named after a participial clause that opens the sentence ("Detained since
    June, the activist X has not been charged"): the first name right after the clause's
    comma, alone or behind its title ("the activist X")."""
    if verb.i != sent.start or verb.tag_ != "VBN":
        return None
    comma = next((t for t in sent[1:12] if t.text == ","), None)
    if comma is None or any(
        t.pos_ in {"VERB", "AUX"} and t.dep_ != "conj" for t in sent.doc[verb.i + 1 : comma.i]
    ):
        return None
    for tok in sent.doc[comma.i + 1 : min(comma.i + 6, sent.end)]:
        if tok.pos_ == "PROPN" and _person(ctx, tok):
            while (
                tok.i + 1 < sent.end
                and sent.doc[tok.i + 1].pos_ == "PROPN"
                and _person(ctx, sent.doc[tok.i + 1])
            ):
                tok = sent.doc[tok.i + 1]  # (the name's last word)
            return tok
        if tok.pos_ in {"VERB", "AUX", "PUNCT", "ADP"} or tok.dep_ == "poss":
            return None  # ("a statement by X", "X's lawyer": the name is not the subject)
    return None


def _inside_relative(name: Token) -> bool:
    """The name ends a relative clause ("the men who kidnapped X, arrested on Monday"): the
    participle after it may tell of the relative clause's noun instead."""
    tok = name
    for _ in range(4):
        if tok.dep_ in {"relcl", "acl"}:
            return True
        if tok.dep_ not in {"dobj", "pobj", "prep", "appos", "compound"} or tok.head is tok:
            return False
        tok = tok.head
    return False


def _person(ctx: ClaimContext, tok: Token) -> bool:
    """``tok`` is a word of a person's name (dateline's entities, not the tagger's guess)."""
    ent = entity_in_name(ctx, tok)
    return ent is not None and ent.kind == "person"


def _agent_kind(verb: Token) -> str | None:
    """``captured`` / ``arrested`` for the "by" phrase's captor (gunmen / police), else None."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for taker in (o for o in agent.children if o.dep_ == "pobj"):
            return holder_kind(taker)
    return None
