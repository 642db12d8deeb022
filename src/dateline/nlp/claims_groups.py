"""Group members: the named people a plural subject stands for, so that "X and Y were
kidnapped ... The two were freed" gives one claim per person.

News prose names the members of a group in a few fixed ways: a list in apposition ("two
journalists, X and Y,", also after a relative clause or an of-phrase), one by one ("One of
them, X ... The other, Y"), or partly ("four men, one of whom, X", "the three, including
X"). A plural that takes the group up later ("they", "their deaths", "both", "the two men",
"all three", "the pair") stands for the last group named within a few sentences, and a
counted one only for a group of that size. A plural that names no listed group ("the
militants", "the residents") stands for nobody.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dateline.nlp.claims_context import ClaimContext
from dateline.nlp.claims_sources import entity_in_name
from dateline.nlp.entities import PERSON_NOUNS

_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_PAIR_NOUNS = {"pair": 2, "duo": 2, "couple": 2, "trio": 3}
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
# "one of whom, X", "including X", "among them X": a group named in part
_PART_MARKERS = frozenset({"including", "among"})
# plural nouns that fit any group of people named before them
_PLAIN_PEOPLE = frozenset({"man", "woman", "people", "person", "hostage", "captive"})


@dataclass(frozen=True)
class Group:
    """People named together; ``count`` is the size the text gives the group ("three men,
    one of whom, X": 3), ``whole`` whether every member is named."""

    members: tuple[Token, ...]
    count: int
    whole: bool
    start: int


def number_of(tok: Token) -> int | None:
    """The count a plural noun or numeral carries: "two men" 2, "the three" 3, "both" 2."""
    if tok.lower_ in _NUMBERS:
        return _NUMBERS[tok.lower_]
    if tok.lower_ == "both" or any(c.lower_ == "both" for c in tok.children):
        return 2
    if tok.lemma_.lower() in _PAIR_NOUNS:
        return _PAIR_NOUNS[tok.lemma_.lower()]
    for c in tok.children:
        if c.dep_ == "nummod" and c.lower_ in _NUMBERS:
            return _NUMBERS[c.lower_]
        if c.dep_ == "nummod" and c.like_num and c.text.isdigit():
            return int(c.text)
    return None


def _person(ctx: ClaimContext, tok: Token) -> str | None:
    """The entity id of the person a proper-name token names."""
    if tok.pos_ != "PROPN":
        return None
    ent = entity_in_name(ctx, tok)
    return ent.entity_id if ent is not None and ent.kind == "person" else None


def _names_in(ctx: ClaimContext, toks: list[Token]) -> list[Token]:
    """One token per distinct person named in ``toks`` (the head of each name)."""
    found: dict[str, Token] = {}
    for t in toks:
        if t.dep_ in {"compound", "flat"} and t.head.pos_ == "PROPN":
            continue  # "Mina" in "Mina Rahimi": the name's head stands for it
        if t.dep_ == "poss":
            continue  # "including Baraka's deputy, X": the deputy is the member
        key = _person(ctx, t)
        if key is not None and key not in found:
            found[key] = t
    return list(found.values())


def listed_members(ctx: ClaimContext, noun: Token) -> list[Token]:
    """ "Two students who were detained at a protest last week, X and Y, have been charged",
    "three journalists from the weekly Kivu Voice, X, Y and Z, were abducted": the names set
    off by a comma between a counted plural and its verb (the parser hangs the list on
    whichever noun stands before it), exactly as many as the count says."""
    count = number_of(noun)
    if count is None or count < 2 or noun.lemma_.lower() in _PAIR_NOUNS:
        return []
    sent = noun.sent
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i > noun.i:
        end = noun.head.i  # the stretch up to the subject's own verb
    else:
        end = noun.right_edge.i + 1
    stretch = [t for t in sent if noun.i < t.i < end]
    commas = [t.i for t in stretch if t.text == ","]
    if not commas:
        return []
    names = _names_in(ctx, [t for t in stretch if t.i > commas[0]])
    return names if len(names) == count else []


def part_members(ctx: ClaimContext, noun: Token) -> Group | None:
    """ "arrested four men ..., one of whom, X, was shot", "the three, including the driver,
    X, were rescued", "freed 40 guests, among them X": the named part of a counted group.
    The marker must follow the group with no other plural noun between them ("two soldiers
    were killed by militants, one of whom, X," names a militant), and the name must not hang
    on an of-phrase ("including the brother of Mayor X")."""
    count = number_of(noun)
    if count is None or count < 2:
        return None
    sent = noun.sent
    toks = list(sent)
    inside = {t.i for t in noun.subtree}
    for k in range(noun.i - sent.start + 1, min(len(toks), noun.i - sent.start + 16)):
        t = toks[k]
        if t.i not in inside and (t.tag_ == "NNS" or t.tag_ == "NNPS"):
            return None
        one_of = (
            t.lower_ == "one"
            and k + 2 < len(toks)
            and toks[k + 1].lower_ == "of"
            and toks[k + 2].lower_ in {"whom", "them"}
        )
        if not one_of and t.lower_ not in _PART_MARKERS:
            continue
        after: list[Token] = []
        for u in toks[k + (3 if one_of else 1) : k + 12]:
            if u.lower_ == "of" or u.pos_ in {"VERB", "AUX"}:
                break
            after.append(u)
        names = _names_in(ctx, after)
        return Group((names[0],), count, False, noun.i) if names else None
    return None


def one_by_one(ctx: ClaimContext, noun: Token) -> list[Token]:
    """ "Gunmen freed two aid workers. One of them, X, ... . The other, Y, ...": a counted
    pair named member by member in the next two sentences."""
    if number_of(noun) != 2:
        return []
    n = ctx.sent_of[noun.i]
    first: Token | None = None
    for m in range(n + 1, min(len(ctx.sents), n + 3)):
        words = [t for t in ctx.sents[m] if not t.is_space]
        lowered = [t.lower_ for t in words[:3]]
        if first is None and lowered == ["one", "of", "them"]:
            names = _names_in(ctx, words[3:12])
            first = names[0] if names else None
            if first is None:
                return []
        elif first is not None and lowered[:2] == ["the", "other"]:
            names = _names_in(ctx, words[2:12])
            return [first, names[0]] if names else []
    return []


def named_later(ctx: ClaimContext, noun: Token) -> list[Token]:
    """ "Two of his bodyguards were killed ... The bodyguards were named by the rebels as X
    and Y" / "Police identified the two victims as X and Y": a counted group named within the
    next six sentences by a naming verb whose patient is the same noun (or a count)."""
    count = number_of(noun)
    if count is None or count < 2:
        return []
    lemma = noun.lemma_.lower()
    if noun.pos_ == "NUM":  # "two of his bodyguards"
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        lemma = pobj.lemma_.lower() if pobj is not None else lemma
    n = ctx.sent_of[noun.i]
    for m in range(n + 1, min(len(ctx.sents), n + 7)):
        for verb in ctx.sents[m]:
            if verb.lemma_.lower() not in {"name", "identify"}:
                continue
            patient = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
            if not any(p.lemma_.lower() == lemma or number_of(p) == count for p in patient):
                continue
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
                names = [
                    t
                    for c in prep.children
                    if c.dep_ == "pobj"
                    for t in [c, *c.conjuncts]
                    if _person(ctx, t) is not None
                ]
                if len(names) == count:
                    return names
    return []


def _groups_in(ctx: ClaimContext, m: int, before: int) -> list[Group]:
    """The groups of people named in sentence ``m`` before token index ``before``."""
    groups: list[Group] = []
    toks = [t for t in ctx.sents[m] if t.i < before]
    for t in toks:
        conj = [c for c in t.conjuncts if c.i > t.i]
        if conj and t.dep_ != "conj":
            people = [
                x
                for x in [t, *conj]
                if (e := entity_in_name(ctx, x)) is not None and e.kind == "person"
            ]
            if len(people) >= 2:
                groups.append(Group(tuple(people), len(people), True, t.i))
        if t.tag_ == "NNS" or t.pos_ == "NUM":
            if listed := listed_members(ctx, t):
                groups.append(Group(tuple(listed), len(listed), True, t.i))
            elif pair := one_by_one(ctx, t):
                groups.append(Group(tuple(pair), 2, True, t.i))
            elif (part := part_members(ctx, t)) is not None:
                groups.append(part)
    return sorted(groups, key=lambda g: g.start)


def _anaphor(tok: Token) -> tuple[bool, int | None, str | None]:
    """Whether ``tok`` takes a group up, the count it gives the group, and the noun the
    group must have been described with ("the journalists" takes up "two journalists, X and
    Y", never a pair that was only named)."""
    if tok.lower_ in _PLURAL_PRONOUNS:
        return True, None, None
    definite = any(c.lower_ in {"the", "all", "both"} for c in tok.children)
    if tok.lower_ == "both" or tok.pos_ == "NUM" and tok.lower_ in _NUMBERS and definite:
        return True, number_of(tok), None  # "Both are in good health", "the two", "all three"
    if tok.lemma_.lower() in _PAIR_NOUNS and any(c.lower_ == "the" for c in tok.children):
        return True, number_of(tok), None  # "The pair were released on Friday"
    if tok.tag_ in {"NNS", "NNPS"} and definite:
        count = number_of(tok)
        if count is not None:
            return True, count, None  # "the three journalists", "the two Tunisians"
        lemma = tok.lemma_.lower()
        if lemma in _PLAIN_PEOPLE:
            return True, None, None  # "the men were freed"
        return lemma in PERSON_NOUNS, None, lemma  # "the hostages", not "the militants"
    return False, None, None


def group_referents(ctx: ClaimContext, tok: Token) -> list[Token]:
    """ "X and Y were kidnapped in May. The two men / They were freed on Sunday": a plural
    subject takes up the last group of people named in this or the three sentences before,
    of the size it gives when it gives one."""
    is_anaphor, count, noun = _anaphor(tok)
    if not is_anaphor:
        return []
    n = ctx.sent_of[tok.i]
    for m in range(n, max(-1, n - 4), -1):
        if noun is not None and not any(t.lemma_.lower() == noun for t in ctx.sents[m]):
            continue
        for group in _groups_in(ctx, m, tok.i):
            if count is None or group.count == count:
                return list(group.members)
    return []


def appositive_name(ctx: ClaimContext, tok: Token) -> Token | None:
    """ "The other, his friend X, had died": the name a common-noun or numeral subject
    carries in apposition (directly or through a noun in apposition) says who it is."""
    if tok.pos_ == "PROPN":
        return None
    for c in tok.children:
        if c.dep_ != "appos":
            continue
        if _person(ctx, c) is not None:
            return c
        for cc in c.children:
            if cc.dep_ == "appos" and _person(ctx, cc) is not None:
                return cc
    return None
