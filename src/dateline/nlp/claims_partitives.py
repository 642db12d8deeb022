"""A named person counted among a group a sentence told of (session 19, issue 6, the
"unknown-subject" misses): an inverted "among" names a member of a group, and the member gets
what befell the group.

* "Police detained dozens of students. Among them was X" / "Rescuers recovered three bodies.
  Among them were two sisters, X and Y" / "One of them was X": "them" takes up the group
  the sentences just before told of (:mod:`claims_deaths` reads the dead of a dying verb;
  this reads any status the group got, a body found being a death);
* "Among the freed was X", "Among the missing are a shepherd, X": a participle (or
  "missing") made a noun by "the", the copula's subject one of them (the "those freed" form is
  :mod:`claims_triggers`'); "Among the five people arrested were X and Y": the group's own
  participle, when the parser lost the copula's subject;
* "Two hostages were released that month. One of them, X, later told police ..." and "The
  court jailed five activists. The defendants included X and Y": a member named by "one of
  them" in apposition, or listed by a definite plural's "include", gets the group's status;
* "The hostages were released unharmed, X among them": names closed by "among them" after a
  clause get what it told of its plural subject or object (:func:`trailing_among_hits`);
* "X, a nurse and the best known of the prisoners freed that day": a superlative part of a
  group told by a participle names a member (:func:`superlative_member_hits`, from the words).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_context import ClaimContext, Hit
from dateline.nlp.claims_grammar import subject_of
from dateline.nlp.claims_groups import group_event, listed_names, number_of, part_members
from dateline.nlp.claims_sources import entity_in_name, path_reading

# The hits of the sentences before that tell of a plural group a word takes up, each with its
# time (claims._group_hits_before).
GroupHits = Callable[[ClaimContext, Span, Token, int], list[tuple[Hit, tuple | None]]]


# Casualty words a part is taken of: "five of the injured", "two of the dead"
_CASUALTIES = {
    "dead": "killed",
    "victims": "killed",
    "injured": "wounded",
    "wounded": "wounded",
    "survivors": "alive",
}


def _participle_state(tok: Token) -> str | None:
    """The predicate of a participle the parser took for a noun ("the freed", "the detained",
    "the missing"); not "the dead" / "the late", read as deaths elsewhere."""
    word = tok.lower_
    if word == "missing":
        return "other:missing"
    if not word.endswith("ed") or word in {"rescued", "saved"}:
        return None  # (a rescue from danger is no release: claims_verbs reads it)
    if word in lx.PARTICIPLE_MODIFIERS:
        return lx.PARTICIPLE_MODIFIERS[word]
    for stem in (word[:-2], word[:-1], word[:-3] if word[-3:-2] == word[-4:-3] else ""):
        if stem and stem in lx.PATIENT_VERBS:
            return lx.PATIENT_VERBS[stem]
    return None


def _members(ctx: ClaimContext, be: Token, after: int) -> list[Token]:
    """Who the inverted copula names: its subject (a name, or a noun with its name beside
    it), else the names listed after the copula (the parser may lose the subject of a long
    list: "were a local councillor, X, and his son, Y, prosecutors said")."""
    subjects = [s for s in subject_of(be) if s.i > after]
    if subjects:
        return subjects
    return listed_names(ctx, be.i + 1, be.sent.end)


def among_hits(
    ctx: ClaimContext, sent: Span, told: list[Hit], group_hits_before: GroupHits
) -> list[Hit]:
    """The hits of an inverted "among" that names members of a group (see the module)."""
    hits: list[Hit] = []
    # (the objects of "of" and "among" from the tables: a Token per word cost more than the rule)
    dep, head, lower, doc = ctx.tables.dep, ctx.tables.head, ctx.tables.lower, ctx.doc
    for i in range(sent.start, sent.end):
        if dep[i] != "pobj" or dep[head[i]] != "prep" or lower[head[i]] not in {"of", "among"}:
            continue
        tok = doc[i]
        prep = tok.head
        be = prep.head
        if prep.lower_ == "of" and be.lower_ == "one" and be.dep_ in {"nsubj", "attr"}:
            be = be.head  # "One of them was X"
        elif prep.lower_ != "among":
            continue
        if be.lemma_ != "be" or any(c.dep_ == "neg" for c in be.children):
            continue
        found: list[tuple[str, bool, tuple | None]] = []
        if tok.lower_ == "them" and tok.sent.start > 0:
            # "Among them was X": the group of the sentences just before
            members = _members(ctx, be, tok.i)
            earlier = group_hits_before(ctx, sent, tok, len(members)) if members else []
            n = ctx.sent_of[sent.start]
            for hit, event in earlier:
                if ctx.sent_of[hit.anchor.i] >= n - 2:
                    found.append((hit.predicate, hit.polarity_neg, event))
            if not earlier and prep.lower_ == "among" and _bodies_before(ctx, sent):
                found.append(("killed", False, None))  # "recovered three bodies. Among them"
        elif (
            prep.lower_ == "among"
            and any(c.lower_ == "the" for c in tok.children)
            and (pred := _participle_state(tok)) is not None
        ):
            members = _members(ctx, be, tok.i)  # "Among the freed was X"
            found.append((pred, False, None))
        elif (
            prep.lower_ == "among"
            and tok.lower_ != "those"  # ("Among those freed were X": claims_triggers')
            and not any(
                (h.anchor.i == be.i or h.anchor.head.i == tok.i)
                and any(s.i != tok.i for s in h.subjects)
                for h in told
            )
            and (pred := group_event(tok)) is not None
        ):
            # "Among the five people arrested on Sunday were X and his son, Y": the group's
            # own participle, when the parser lost the copula's subject
            members = _members(ctx, be, tok.i)
            found.append((pred, False, None))
        else:
            continue
        for pred, negated, event in found:
            if any(h.predicate == pred and h.anchor.i == be.i and h.subjects for h in told):
                continue  # (read by its own rule: "Among them was X" after a death)
            hit = Hit(pred, be, list(members), {be.i, tok.i})
            hit.polarity_neg = negated
            hit.event = event
            hits.append(hit)
    return hits


def named_member_hits(
    ctx: ClaimContext, sent: Span, told: list[Hit], group_hits_before: GroupHits
) -> list[Hit]:
    """ "Two other hostages were released that month. One of them, X, later told police ...":
    a member of the group the sentences just before told of, named by "one of them" in
    apposition, gets what befell the group; so do the people a definite plural lists with
    "include" right after ("The court jailed five activists. The defendants included X and
    Y")."""
    hits: list[Hit] = []
    n = ctx.sent_of[sent.start]
    if n == 0:
        return hits
    # (a number or "include" from the tables: a Token per word cost more than the rule)
    pos, lemma, doc = ctx.tables.pos, ctx.tables.lemma, ctx.doc
    if "NUM" not in pos[sent.start : sent.end] and "include" not in lemma[sent.start : sent.end]:
        return hits  # (neither in the sentence, most of them: two scans in C, no loop)
    told_before = {(c.subject_id, c.predicate) for c in ctx.claims}
    for i in range(sent.start, sent.end):
        if pos[i] != "NUM" and (lemma[i] != "include" or pos[i] != "VERB"):
            continue
        tok = doc[i]
        if tok.pos_ == "NUM" and (tok.lower_ == "one" or number_of(tok)):
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if inner is None:
                continue
            if tok.lower_ == "one":
                members = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            else:
                # "Three of them, including a trader, X, were in a serious condition"
                part = part_members(ctx, tok)
                members = list(part.members) if part is not None else []
            if inner.lower_ != "them":
                own = _CASUALTIES.get(inner.lower_)
                if own is not None and members and tok.lower_ != "one":
                    # "Five of the injured are in critical condition, including X": a part
                    # of the casualties (claims._casualty_part_hits reads its apposition)
                    hits.append(Hit(own, tok, members, {tok.i, inner.i}))
                continue
            # (anchored on the name: a trigger before "one of them, X" says nothing of X)
            anchor, reach = (members[0] if members else tok), n - 2
        elif (
            tok.lemma_ == "include"
            and tok.pos_ == "VERB"
            and (group := next((c for c in tok.children if c.dep_ == "nsubj"), None)) is not None
            and group.tag_ == "NNS"
            and any(c.lower_ == "the" for c in group.children)
            and not any(h.anchor.i == tok.i for h in told)  # ("the dead included X": its own)
        ):
            members = listed_names(ctx, tok.i + 1, sent.end)
            anchor, reach = tok, n - 1
        else:
            continue
        if not members:
            continue
        for hit, event in group_hits_before(ctx, sent, anchor, len(members)):
            if ctx.sent_of[hit.anchor.i] < reach or any(
                h.predicate == hit.predicate for h in told if h.anchor.sent.start == sent.start
            ):
                continue  # (too far back, or the sentence tells that of its own)
            # (a member the group's own sentence already gave it to: "Two men, X and Y, were
            # arrested. One of them, X, ...")
            fresh = [m for m in members if (_id(ctx, m), hit.predicate) not in told_before]
            if not fresh:
                continue
            hits.append(member_hit(ctx, hit, anchor, fresh, event))
    return hits


def member_hit(
    ctx: ClaimContext,
    hit: Hit,
    anchor: Token,
    members: list[Token],
    event: tuple[str | None, date | None, date | None] | None,
) -> Hit:
    """The group's claim ``hit`` passed on to members the text names, with the group claim's
    event and its teller: "Two instructors were wounded, the governor said. One of them, X,
    remains in hospital" is the governor's word about X."""
    taken = Hit(hit.predicate, anchor, members, {anchor.i})
    taken.polarity_neg = hit.polarity_neg
    taken.event = event
    _, certainty, source = path_reading(ctx, hit)
    if source is not None:
        taken.claimant = (source.name, source.entity_id, source.anonymous)
        taken.certainty = certainty
    return taken


def described_group_hits(ctx: ClaimContext, sent: Span, told: list[Hit]) -> list[Hit]:
    """ "The two survivors, X and his nephew Y, were treated for hypothermia", "The dead, X
    and Y, were buried on Sunday": a casualty noun that a list of names stands in apposition
    to says what befell each of them, whatever its own verb tells."""
    hits: list[Hit] = []
    # (the casualty nouns from the tables: a Token per word cost more than the rule)
    lower, doc = ctx.tables.lower, ctx.doc
    for tok in (doc[i] for i in range(sent.start, sent.end) if lower[i] in _CASUALTIES):
        own = _CASUALTIES.get(tok.lower_)
        if (
            own is None
            or tok.pos_ == "PROPN"
            or not any(
                c.lower_ in {"the", "two", "three", "four", "five", "both"} or c.pos_ == "NUM"
                for c in tok.children
            )
        ):
            continue
        names = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        names += [x for n in list(names) for x in n.conjuncts]
        names += [
            a
            for n in list(names)
            for c in n.conjuncts
            if c.pos_ == "NOUN"  # "X and his nephew Y": the name on the kin noun
            for a in c.children
            if a.dep_ in {"appos", "compound"} and a.pos_ == "PROPN"
        ]
        if not names or any(h.anchor.i == tok.i or h.anchor.head.i == tok.i for h in told):
            continue
        hits.append(Hit(own, tok, names, {tok.i}))
    return hits


def _id(ctx: ClaimContext, tok: Token) -> str | None:
    """The entity id of the person a name token names."""
    ent = entity_in_name(ctx, tok)
    return ent.entity_id if ent is not None else None


def _bodies_before(ctx: ClaimContext, sent: Span) -> bool:
    """The sentence before tells of bodies found ("recovered three more bodies")."""
    before = ctx.sents[ctx.sent_of[sent.start] - 1]
    return any(t.lemma_.lower() == "body" and t.tag_ == "NNS" for t in before)


def trailing_among_hits(ctx: ClaimContext, sent: Span, told: list[Hit]) -> list[Hit]:
    """ "All the remaining hostages walked out unharmed, X among them", "Five miners were
    killed, X and Y among them": names set off after a clause, closed by "among them", are
    members of the clause's plural subject and get what the clause told of it (the parser
    hangs the names on the verb, not on the group)."""
    hits: list[Hit] = []
    doc = ctx.doc
    lower, dep = ctx.tables.lower, ctx.tables.dep
    for i in range(sent.start + 2, sent.end):
        if lower[i] != "them" or dep[i] != "pobj" or lower[i - 1] != "among":
            continue
        last = doc[i - 2]  # the name closed by "among them"
        if last.pos_ != "PROPN":
            continue
        named = entity_in_name(ctx, last)
        if named is None or named.kind != "person":
            continue
        verb = last.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head  # (an apposition on the group: up to its verb)
        names = [last, *last.conjuncts]
        names = [n for n in names if n.pos_ == "PROPN"]
        clause = {t.i for t in verb.subtree}
        # (the group the clause told of: a plural subject or object, "a dozen protesters")
        groups = {
            t.i
            for t in verb.subtree
            if t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
            and (t.tag_ in {"NNS", "NNPS"} or t.pos_ == "NUM")
            and t.lower_ != "them"
        }
        if not groups:
            continue
        for h in told:
            if h.anchor.i not in clause or not any(s.i in groups for s in h.subjects):
                continue
            if any(
                o.predicate == h.predicate and any(n in o.subjects for n in names) for o in told
            ):
                continue  # (the name read with the group already: "miners, X among them")
            hit = Hit(h.predicate, h.anchor, names, set(h.clause))
            hit.polarity_neg = h.polarity_neg
            hit.certainty = h.certainty
            hit.event = h.event
            hits.append(hit)
    return hits


def superlative_member_hits(ctx: ClaimContext, sent: Span, told: list[Hit]) -> list[Hit]:
    """ "X, a film maker and the best known of the prisoners freed that day, ...", "The oldest
    of the nine soldiers released that morning, Lieutenant Y, ...": a superlative part of a
    group told by a participle names a member, who gets the participle's claim (read from the
    words: the parser tears the phrase apart, "freed" a clause of the main verb)."""
    hits: list[Hit] = []
    doc = ctx.doc
    lower, tag = ctx.tables.lower, ctx.tables.tag
    for i in range(sent.start + 2, sent.end - 3):
        if lower[i] != "of":
            continue
        start = _superlative_start(ctx, i)
        if start is None:
            continue
        k = i + 1
        if lower[k] != "the":
            continue
        k += 1
        if tag[k] == "CD":
            k += 1
        if k + 1 >= sent.end or tag[k] not in {"NNS", "NNPS"} or tag[k + 1] not in {"VBN", "VBD"}:
            continue
        participle = doc[k + 1]
        if any(c.dep_ == "dobj" for c in participle.children):
            continue  # ("the oldest of the men killed two guards": the men did it)
        pred = lx.PARTICIPLE_MODIFIERS.get(participle.lower_) or lx.PATIENT_VERBS.get(
            participle.lemma_.lower()
        )
        if pred is None:
            continue
        name = _name_before(ctx, sent, start) or _name_after(ctx, sent, k + 2)
        if name is None or any(h.predicate == pred and name in h.subjects for h in told):
            continue
        hits.append(Hit(pred, participle, [name], {participle.i}))
    return hits


def _superlative_start(ctx: ClaimContext, of: int) -> int | None:
    """Where "the best known" / "the oldest" / "the most senior" before ``of`` begins."""
    lower, tag = ctx.tables.lower, ctx.tables.tag
    j = of - 1
    if tag[j] in {"VBN", "JJ"} and tag[j - 1] == "RBS":
        j -= 1  # "best known", "most senior"
    elif tag[j] != "JJS":
        return None  # "oldest", "youngest"
    return j - 1 if j >= 1 and lower[j - 1] == "the" else None


def _person_name(ctx: ClaimContext, tok: Token) -> bool:
    ent = entity_in_name(ctx, tok) if tok.pos_ == "PROPN" else None
    return ent is not None and ent.kind == "person"


def _name_before(ctx: ClaimContext, sent: Span, start: int) -> Token | None:
    """The name the phrase is set beside: "X, the oldest of ..." or "X, a nurse and the
    oldest of ..." (the comma after the name at most six words back)."""
    doc = ctx.doc
    for j in range(start - 1, max(sent.start, start - 8), -1):
        if doc[j].text == ",":
            prev = doc[j - 1] if j - 1 >= sent.start else None
            return prev if prev is not None and _person_name(ctx, prev) else None
    return None


def _name_after(ctx: ClaimContext, sent: Span, end: int) -> Token | None:
    """The name set off after the phrase when it opens the sentence: "The oldest of the
    soldiers freed that morning, Lieutenant Y, returned" (the first comma, then the name)."""
    doc = ctx.doc
    comma = next((j for j in range(end, min(sent.end, end + 6)) if doc[j].text == ","), None)
    if comma is None:
        return None
    j = comma + 1
    while j < sent.end and doc[j].pos_ == "PROPN":
        j += 1
    last = doc[j - 1]
    return last if j > comma + 1 and _person_name(ctx, last) else None
