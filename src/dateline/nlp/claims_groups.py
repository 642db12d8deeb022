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

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_complements import name_after_own_phrase
from dateline.nlp.claims_context import ClaimContext, in_quote
from dateline.nlp.claims_grammar import described_list, is_passive
from dateline.nlp.claims_sources import entity_in_name
from dateline.nlp.entities import PERSON_NOUNS
from dateline.nlp.entities_lexicon import DEMONYM_NOUNS
from dateline.nlp.timex_lexicon import SMALL_NUMBERS, TENS
from dateline.records import Entity

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
# counts past ten spelt out: "eleven people", "twenty-three migrants" (the number words of timex)
_NUMBERS.update({w: n for w, n in SMALL_NUMBERS.items() if n > 10})
_NUMBERS.update(TENS)
_UNITS = {
    w: n
    for w, n in SMALL_NUMBERS.items()
    if 1 <= n <= 9 and len(w) > 2 and w not in {"single", "another"}
}
_NUMBERS.update({f"{t}-{w}": tn + n for t, tn in TENS.items() for w, n in _UNITS.items()})
# counts that give no number: "Dozens were injured, including X" names a part of a group all the same
_MANY = frozenset({"dozens", "scores", "hundreds", "thousands", "several", "many"})
_PAIR_NOUNS = {"pair": 2, "duo": 2, "couple": 2, "trio": 3}
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
# "<quantifier> of them / of the men": the group, and the count the quantifier gives it
_OF_QUANTIFIERS: dict[str, int | None] = {
    "neither": 2,
    "both": 2,
    "none": None,
    "all": None,
    "each": None,
}
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
        if c.dep_ == "nummod" and c.like_num and c.text.isdecimal():
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


# Verbs that name the members of a group after "as" or a colon: "named the dead as X and Y"
_NAMING_VERBS = frozenset({"name", "identify", "list"})
# Words before a name that make it no member of the list: "a friend of X", "named by X"
# Words for a group that are no plural noun: "those killed", "they", "the injured" (a VBN)
_GROUP_WORDS = frozenset({"those", "they", "injured", "wounded"})
_NOT_MEMBER_BEFORE = frozenset({"of", "for", "by", "with", "to", "from", "'s"})


def _list_start(noun: Token) -> int | None:
    """Where the list that says who ``noun`` is begins: after the "be" of "The four people
    killed were X, ...", the "as" of "named eight of those who died as X; Y" / "were named as
    X and Y", or the colon of "has named the four officers killed: X, Y"; None for a noun
    no copula or naming verb identifies."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_ == "be" and verb.i > noun.i:
        # (what follows the copula is who they are, not where or how: "is in custody")
        start = verb.i + 1
        if start + 1 < len(noun.doc) and noun.doc[start].text in {":", "-", "\u2013", "\u2014"}:
            start += 1  # "The injured are: X, 34, a taxi driver; Y, 19, ..."
        nxt = noun.doc[start] if start < len(noun.doc) else None
        identifies = any(c.dep_ == "attr" for c in verb.children) or (
            nxt is not None and nxt.pos_ == "PROPN"
        )
        return start if identifies and nxt is not None and nxt.pos_ != "ADP" else None
    if verb.lemma_.lower() not in _NAMING_VERBS or noun.dep_ not in {"dobj", "nsubjpass"}:
        return None
    # (the words of the noun and of the verb's own auxiliaries: "were named on Monday as")
    inside = {t.i for t in noun.subtree} | {verb.i}
    inside |= {c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}}
    for t in noun.sent:
        if t.i <= max(noun.i, verb.i):
            continue
        if t.lower_ == "as" or t.text == ":":
            return t.i + 1
        # (the parser may hang "as" on a relative clause of the noun: "those who died as X")
        if t.pos_ in {"VERB", "AUX"} and t.i not in inside:
            return None
    return None


def _event_of(verb: Token) -> str | None:
    """The predicate an event verb tells of its subject or patient ("died", "was shot")."""
    lemma = verb.lemma_.lower()
    return lx.PATIENT_VERBS.get(lemma) or lx.AGENT_VERBS.get(lemma)


def group_event(noun: Token) -> str | None:
    """The predicate the participle or relative clause of a group noun tells ("the people
    killed", "those who died"), None when it has none."""
    for c in noun.children:
        if c.dep_ in {"acl", "relcl"} and (pred := _event_of(c)) is not None:
            return pred
    return None


def identified_members(ctx: ClaimContext, noun: Token) -> list[Token]:
    """ "The four people killed in the blast were X, 52, a trader; her grandson Y, 9; and
    Z", "Police named eight of those who died as foreman X, 45; welders Y and Z", "The
    statement named the two captured soldiers as Corporal X and Private Y": a copula or a
    naming verb says who the group noun is by a list of names (semicolons, ages, roles and
    titles between them). The list runs to its clause's next verb ("..., police said", "...,
    who died in hospital"); a name after "of" / "by" ("a friend of X") or one that is the
    subject of the next verb ("X and Y, Inspector Z said") is no member; a group counted
    smaller than the names found is read as no list."""
    group = noun
    # "eight of those who died": the counted part of the group is what the verb names
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NUM":
        group = noun.head.head
    # (a group: a plural, a numeral, "those", "the dead"; not "a body identified as X's")
    plural = (
        group.tag_ in {"NNS", "NNPS"}
        or group.pos_ in {"NUM", "ADJ"}
        or group.lower_ in _GROUP_WORDS
        or group.lemma_.lower() in _PAIR_NOUNS  # "named the arrested pair as X and Y"
    )
    start = _list_start(group) if plural else None
    if start is None:
        return []
    names = listed_names(ctx, start, noun.sent.end, predicate=group_event(noun))
    count = number_of(group)
    return [] if count is not None and len(names) > count else names


def listed_names(
    ctx: ClaimContext, start: int, sent_end: int, *, predicate: str | None = None
) -> list[Token]:
    """The people a list of names that begins at token ``start`` names: up to its clause's
    next verb, leaving out a name after "of" / "by" and the subject of a verb after it (see
    ``identified_members``), and the last name when a relative clause on it tells the
    list's own ``predicate`` itself."""
    doc = ctx.doc
    stretch: list[Token] = []
    for t in doc[start:sent_end]:
        if t.pos_ in {"VERB", "AUX"} or t.lower_ in {"who", "whose", "which", "but"}:
            if t.lower_ == "who" and predicate is not None and _event_of(t.head) == predicate:
                # "...; and Z, 61, who died in hospital": the relative clause tells Z's
                # event itself (one claim), so the list leaves Z to it
                while stretch and stretch[-1].pos_ != "PROPN":
                    stretch.pop()
                while stretch and stretch[-1].pos_ == "PROPN":
                    stretch.pop()
            break
        stretch.append(t)
    kept: list[Token] = []
    for k, t in enumerate(stretch):
        if t.pos_ != "PROPN" or k > 0 and stretch[k - 1].pos_ == "PROPN":
            continue
        run = [t]  # the name's words: "Corporal Abdou Salifou"
        while k + len(run) < len(stretch) and stretch[k + len(run)].pos_ == "PROPN":
            run.append(stretch[k + len(run)])
        before = doc[t.i - 1].lower_ if t.i > 0 else ""
        after = doc[run[-1].i + 1 : run[-1].i + 3]
        if (
            before in _NOT_MEMBER_BEFORE
            or bool(after)
            and after[0].pos_ in {"VERB", "AUX"}
            # "..., a police spokesman, Major X, said": the speaker after the list
            or len(after) == 2
            and after[0].text == ","
            and after[1].lemma_.lower() in lx.REPORTING_VERBS
        ):
            continue
        kept.extend(run)
    return _names_in(ctx, kept)


def listed_members(ctx: ClaimContext, noun: Token) -> list[Token]:
    """ "Two students who were detained at a protest last week, X and Y, have been charged",
    "three journalists from the weekly Kivu Voice, X, Y and Z, were abducted": the names set
    off by a comma between a counted plural and its verb (the parser hangs the list on
    whichever noun stands before it), exactly as many as the count says; or the names a
    copula or naming verb gives the group (``identified_members``)."""
    if named := identified_members(ctx, noun) or colon_members(ctx, noun):
        return named
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


def colon_members(ctx: ClaimContext, noun: Token) -> list[Token]:
    """ "Police said three people were killed: X, Y and Z", "Police arrested five men on
    Friday: X, ...": a colon that closes the clause of a plural subject or object opens the
    list of who they are (as many names as the count, when there is one)."""
    if noun.dep_ not in {"nsubj", "nsubjpass", "dobj"} or not (
        noun.tag_ in {"NNS", "NNPS"} or noun.pos_ == "NUM"
    ):
        return []
    verb = noun.head
    colon = next((t for t in noun.sent if t.i > max(noun.i, verb.i) and t.text == ":"), None)
    if colon is None or in_quote(ctx, colon.idx) is not None:
        return []
    # (the colon closes this clause: no verb of another clause between, save a speaker's)
    if any(
        t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() not in lx.REPORTING_VERBS
        for t in noun.doc[verb.i + 1 : colon.i]
        if t.head.i != verb.i or t.dep_ not in {"aux", "auxpass", "neg"}
    ):
        return []
    names = listed_names(ctx, colon.i + 1, noun.sent.end)
    count = number_of(noun)
    return names if names and (count is None or len(names) == count) else []


def part_members(ctx: ClaimContext, noun: Token) -> Group | None:
    """ "arrested four men ..., one of whom, X, was shot", "the three, including the driver,
    X, were rescued", "freed 40 guests, among them X", "Dozens were injured, including X and
    her father, Y": the named part of a counted group (an uncounted "dozens" / "several" has
    count 0: it matches no counted plural that takes it up). The marker must follow the
    group with no other group between them ("two soldiers were killed by militants, one of
    whom, X," names a militant; "Six died and nine were hurt, including X": the nine), and
    the names must not hang on an of-phrase ("including the brother of Mayor X")."""
    count = number_of(noun)
    if count is None and (
        noun.lower_ in _MANY or any(c.dep_ == "amod" and c.lower_ in _MANY for c in noun.children)
    ):
        count = 0  # "Dozens were injured", "several students were detained"
    if count is None or count == 1:
        return None
    sent = noun.sent
    toks = list(sent)
    inside = {t.i for t in noun.subtree}
    for k in range(noun.i - sent.start + 1, min(len(toks), noun.i - sent.start + 24)):
        t = toks[k]
        if t.i not in inside and (
            t.tag_ in {"NNS", "NNPS"}
            # (a count that is a clause's own subject or object: "and nine were hurt")
            or t.pos_ == "NUM"
            and t.dep_ in {"nsubj", "nsubjpass", "dobj"}
            and not any(c.lower_ == "of" for c in t.children)  # ("one of them, X")
        ):
            return None
        one_of = (
            t.lower_ == "one"
            and k + 2 < len(toks)
            and toks[k + 1].lower_ == "of"
            and toks[k + 2].lower_ in {"whom", "them"}
        )
        if not one_of and t.lower_ not in _PART_MARKERS:
            continue
        first = k + (3 if one_of else 1)
        end = next((u.i for u in toks[first:] if u.lower_ == "of"), sent.end)
        names = listed_names(ctx, toks[first].i, end) if first < len(toks) else []
        if one_of:
            names = names[:1]  # "one of whom, X": one member
        return Group(tuple(names), count, False, noun.i) if names else None
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
            # "One of them, X, was charged; the other, Y, was released": both in one sentence
            for k in range(4, len(words) - 2):
                if words[k - 1].text in {";", ","} and [t.lower_ for t in words[k : k + 2]] == [
                    "the",
                    "other",
                ]:
                    names = _names_in(ctx, words[k + 2 : k + 12])
                    return [first, names[0]] if names else []
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
    if (named := _named_in_next_apposition(ctx, n, lemma, count)) is not None:
        return named
    for m in range(n + 1, min(len(ctx.sents), n + 7)):
        for verb in ctx.sents[m]:
            if verb.lemma_.lower() not in {"name", "identify"}:
                continue
            patient = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
            if not any(
                p.lemma_.lower() == lemma
                or number_of(p) == count
                # "The company named them as X, a Briton, and Y": "them" in the next sentence
                or p.lower_ == "them"
                and m == n + 1
                # "They were named as X, Y and Z": the group, the passive's subject
                or p.lower_ == "they"
                and m == n + 1
                and is_passive(verb)
                for p in patient
            ):
                continue
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
                # (every name after "as" up to the next verb: the parser may hang the second
                # name of "as X, a Briton, and Y" on the verb)
                after = []
                for t in ctx.sents[m]:
                    if t.i > prep.i and t.pos_ in {"VERB", "AUX"}:
                        break
                    if t.i > prep.i:
                        after.append(t)
                names = _names_in(ctx, after)
                if len(names) == count:
                    return names
    return []


def _named_in_next_apposition(
    ctx: ClaimContext, n: int, lemma: str, count: int
) -> list[Token] | None:
    """ "Two men were arrested ... The men, A and B, were released": the next sentence takes
    the counted group up by a definite noun (the same noun, "the pair", "the two") whose
    apposition names exactly that many people."""
    if n + 1 >= len(ctx.sents):
        return None
    for tok in ctx.sents[n + 1]:
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not (
            tok.lower_ in _NUMBERS and tok.i > 0 and tok.nbor(-1).lower_ == "the"
        ):
            continue
        low = tok.lemma_.lower()
        if not (low == lemma or _PAIR_NOUNS.get(low) == count or _NUMBERS.get(tok.lower_) == count):
            continue
        # (the parser may coordinate the names with the noun: "The men, A and B,")
        comma = tok.i + 1 < len(tok.doc) and tok.nbor(1).text == ","
        appos = [
            c
            for c in tok.children
            if c.i > tok.i and (c.dep_ == "appos" or comma and c.dep_ == "conj")
        ]
        if appos:
            names = _names_in(ctx, [t for a in appos for t in a.subtree])
            if len(names) == count:
                return names
    return None


_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def named_next(ctx: ClaimContext, tok: Token) -> list[Token]:
    """ "Two Korean engineers ... were set free on Sunday. X and Y were abducted in
    January": a lede's counted plural is named by the list of exactly that many people that
    opens the next sentence."""
    if tok.lower_ in _NUMBERS and (
        of := next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    ):
        # "Three of his friends did not survive. X was sitting next to me. ... Y and Z were
        # killed on the spot": a counted part of a group, named in turn after it
        inner = next((c for c in of.children if c.dep_ == "pobj"), None)
        if inner is not None and inner.tag_ == "NNS" and inner.lower_ != "them":
            return others_named_after(ctx, tok, _NUMBERS[tok.lower_])
    count = next((_COUNTS[c.lower_] for c in tok.children if c.lower_ in _COUNTS), None)
    n = ctx.sent_of[tok.i] + 1
    if count is None or tok.tag_ != "NNS" or n >= len(ctx.sents):
        return []
    # (a paragraph break may open the sentence)
    first = next((t for t in ctx.sents[n] if not t.is_punct and not t.is_space), None)
    while (
        first is not None
        and first.dep_ in {"compound", "flat", "det", "amod"}
        and first.head.i > first.i
    ):
        first = first.head  # "Lee Jae-sung and ...", "The lawyer X": the subject's head token
    if first is None or first.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    subjects = [first, *first.conjuncts]
    people = [x for x in subjects if _person_in(ctx, x) is not None]
    if len(people) != len(subjects):
        return []
    # "The lawyer X was released on bail on May 2, and the poet Y was pardoned": each
    # coordinated clause after the first names one more member by its subject
    for verb in (
        v
        for v in first.head.conjuncts
        # (", the prosecutor, X, told the court": a speaker's clause names no member)
        if v.i > first.head.i and v.lemma_.lower() not in lx.REPORTING_VERBS
    ):
        named = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        people += [c for c in named if _person_in(ctx, c) is not None][:1]
    ids = {_person_in(ctx, x) for x in people}
    return people if len(people) == count == len(ids) else []


def _person_in(ctx: ClaimContext, tok: Token) -> str | None:
    """The entity id of the person ``tok`` names (a name, or a noun with its name beside it)."""
    ent = entity_in_name(ctx, tok)
    return ent.entity_id if ent is not None and ent.kind == "person" else None


def _accompanied(ctx: ClaimContext, tok: Token) -> list[Token]:
    """ "Police detained X, along with her husband, Y, at the airport": a person and the one
    "along with" / "together with" adds to them make a group ("the couple", "both")."""
    if _person(ctx, tok) is None:
        return []
    # (the parser hangs "along with" on the name, on the noun it names, or on their verb)
    noun = tok.head if tok.dep_ == "appos" else tok
    holders = [tok, noun]
    if noun.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        holders.append(noun.head)
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
        if prep.lower_ in {"along", "together"}:
            withs = [c for c in prep.children if c.lower_ == "with"]
        elif prep.lower_ == "with" and any(
            c.lower_ in {"along", "together"} for c in prep.children
        ):
            withs = [prep]  # ("together" as the adverb of "with")
        else:
            continue
        for obj in (c for w in withs for c in w.children if c.dep_ == "pobj"):
            other = obj if _person(ctx, obj) is not None else appositive_name(ctx, obj)
            nxt = obj.right_edge.i + 2
            if other is None and nxt < len(obj.doc) and obj.doc[nxt - 1].text == ",":
                # "with his driver, Y," where the parser let the name go
                name = obj.doc[nxt]
                while name.dep_ in {"compound", "flat"} and name.head.i > name.i:
                    name = name.head
                other = name if _person(ctx, name) is not None else None
            if other is not None and _person(ctx, other) != _person(ctx, tok):
                return [tok, other]
    return []


def _seized_with(ctx: ClaimContext, tok: Token) -> list[Token]:
    """ "Her driver, Y, who was seized with her, is still held ... both are in Niamey": a
    person and the one a verb of theirs ("who was seized with her", "Y was arrested with
    X") names after "with" make a pair (a pronoun there stands for the person it names)."""
    if _person(ctx, tok) is None:
        return []
    verbs = [c for c in tok.children if c.dep_ == "relcl"]
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        verbs.append(tok.head)
    for verb in verbs:
        for w in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
            for obj in (c for c in w.children if c.dep_ == "pobj"):
                other = entity_in_name(ctx, obj) if obj.pos_ in {"PROPN", "PRON"} else None
                if (
                    other is not None
                    and other.kind == "person"
                    and other.entity_id != _person(ctx, tok)
                ):
                    return [tok, _first_mention_token(ctx, obj, other)]
    return []


def _first_mention_token(ctx: ClaimContext, tok: Token, entity: Entity) -> Token:
    """``tok``, or for a pronoun the head token of the person's last name before it."""
    if tok.pos_ != "PRON":
        return tok
    for t in reversed(ctx.doc[: tok.i]):
        if t.pos_ == "PROPN" and t.dep_ not in {"compound", "flat"}:
            e = entity_in_name(ctx, t)
            if e is not None and e.entity_id == entity.entity_id:
                return t
    return tok


def _groups_in(ctx: ClaimContext, m: int, before: int, *, depth: int = 0) -> list[Group]:
    """The groups of people named in sentence ``m`` before token index ``before``; with
    ``depth``, also the groups a plural there took up ("X and Y were seized. The two were
    held for a month. Both are well": "both" takes up what "the two" took up)."""
    groups: list[Group] = []
    toks = [t for t in ctx.sents[m] if t.i < before]
    for t in toks:
        conj = [c for c in t.conjuncts if c.i > t.i]
        if conj and t.dep_ != "conj":
            first = [t]
            if t.dep_ == "appos" and t.head.pos_ == "PROPN" and _person(ctx, t.head):
                # "X, Y and Z were seized": the parser may hang the list's second name on
                # the first as an appositive and coordinate the rest with it
                first = [t.head, t]
            if t.pos_ in {"VERB", "AUX"} and any(c.pos_ == "PROPN" for c in conj):
                # "X identified the men as A, alias 'B', and C": the parser may hang a
                # list's last name on the clause's verb; the list is then the names after
                # the "as" before it, never the verb's subject (the verb "stands" for X)
                conj = [c for c in conj if c.pos_ == "PROPN"]
                first = [
                    p
                    for p in toks
                    if t.i < p.i < conj[0].i
                    and p.dep_ == "pobj"
                    and p.head.lower_ == "as"
                    and p.pos_ == "PROPN"
                ]
            people = [
                x
                for x in [*first, *conj]
                if (e := entity_in_name(ctx, x)) is not None and e.kind == "person"
            ]
            if len(people) >= 2:
                groups.append(Group(tuple(people), len(people), True, t.i))
        if t.dep_ not in {"conj", "appos"} and (described := described_list(ctx.tables, t.i)):
            # "the priest X, his driver, Y, and a teacher, Z": people listed by description
            listed = [x for x in [t, *(ctx.doc[i] for i in described)] if _person(ctx, x)]
            if len(listed) >= 2:
                groups.append(Group(tuple(listed), len(listed), True, t.i))
        if pair := _accompanied(ctx, t) or _seized_with(ctx, t):
            groups.append(Group(tuple(pair), 2, True, t.i))
        if t.tag_ == "NNS" or t.pos_ == "NUM":
            if listed := listed_members(ctx, t):
                groups.append(Group(tuple(listed), len(listed), True, t.i))
            elif pair := one_by_one(ctx, t):
                groups.append(Group(tuple(pair), 2, True, t.i))
            elif (part := part_members(ctx, t)) is not None:
                groups.append(part)
            elif later := named_later(ctx, t) or named_next(ctx, t):
                # "two of its engineers ... . The company named them as X and Y"
                groups.append(Group(tuple(later), len(later), True, t.i))
                continue
        if depth > 0 and (taken := group_referents(ctx, t, depth=depth - 1)):
            groups.append(Group(tuple(taken), len(taken), True, t.i))
    return sorted(groups, key=lambda g: g.start)


def _anaphor(tok: Token) -> tuple[bool, int | None, str | None]:
    """Whether ``tok`` takes a group up, the count it gives the group, and the noun the
    group must have been described with ("the journalists" takes up "two journalists, X and
    Y", never a pair that was only named)."""
    if tok.lower_ in _PLURAL_PRONOUNS:
        return True, None, None
    if tok.lower_ in _OF_QUANTIFIERS and any(c.lower_ == "of" for c in tok.children):
        # "Neither of these men has been arrested", "none of them was hurt", "all of them"
        return True, _OF_QUANTIFIERS[tok.lower_], None
    if tok.tag_ == "NN" and any(c.lower_ == "neither" for c in tok.children):
        return True, 2, None  # "Neither brother is in custody"
    definite = any(c.lower_ in {"the", "all", "both", "these", "those"} for c in tok.children)
    if tok.lower_ == "both" or tok.pos_ == "NUM" and tok.lower_ in _NUMBERS and definite:
        return True, number_of(tok), None  # "Both are in good health", "the two", "all three"
    if tok.lemma_.lower() in _PAIR_NOUNS and any(c.lower_ == "the" for c in tok.children):
        return True, number_of(tok), None  # "The pair were released on Friday"
    if (
        tok.tag_ in {"NNS", "NNPS"}
        and definite
        # "all detainees were held lawfully": "all" before a bare plural is everyone of the
        # kind, not a group named before ("all the hostages", "all three men" take one up)
        and not (
            all(c.lower_ == "all" for c in tok.children if c.dep_ in {"det", "predet"})
            and number_of(tok) is None
        )
    ):
        count = number_of(tok)
        if count is not None and _counts_people(tok):
            return True, count, None  # "the three journalists", "the two Tunisians"
        if count is not None:
            # "both ships", "the two engineers": a noun that names no people by itself
            # takes up only a group counted with that very noun
            return True, count, tok.lemma_.lower()
        lemma = tok.lemma_.lower()
        if lemma in _PLAIN_PEOPLE:
            return True, None, None  # "the men were freed"
        # "the hostages", not "the militants"; any noun the group itself was counted with
        # ("two of its surveyors ... the surveyors"): see group_referents
        return True, None, lemma
    return False, None, None


def _group_noun(ctx: ClaimContext, group: Group) -> str:
    """The noun a group was counted with: "two journalists, X and Y" journalist, "two of its
    engineers" engineer ("" for a group only named)."""
    tok = ctx.doc[group.start]
    if tok.pos_ == "NUM":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        tok = next((c for c in of.children if c.dep_ == "pobj"), tok) if of else tok
    return tok.lemma_.lower() if tok.tag_ in {"NNS", "NNPS"} else ""


def group_referents(ctx: ClaimContext, tok: Token, *, depth: int = 1) -> list[Token]:
    """ "X and Y were kidnapped in May. The two men / They were freed on Sunday": a plural
    subject takes up the last group of people named in this or the three sentences before,
    of the size it gives when it gives one ("neither of them", "these men" too); a group a
    plural took up in between counts as named there (``depth``)."""
    is_anaphor, count, noun = _anaphor(tok)
    if not is_anaphor:
        return []
    if any(c.dep_ == "amod" and c.lower_ == "other" for c in tok.children):
        # "X and Y were killed on the spot. The other two survived": "other" sets the plural
        # against the group named before, so it is the rest, not that group
        return others_named_after(ctx, tok, count)
    of = next((c for c in tok.children if c.lower_ == "of"), None)
    if tok.lower_ in _OF_QUANTIFIERS and of is not None:
        inner = next((c for c in of.children if c.dep_ == "pobj"), None)
        if inner is not None and inner.lower_ != "them":
            is_anaphor, _, noun = _anaphor(inner)  # "neither of these men": the men
            if not is_anaphor:
                return []
    n = ctx.sent_of[tok.i]
    # a person noun takes up a group in a sentence that has the noun, in this or the three
    # sentences before; any noun takes up the group counted with that very noun, in this or
    # the six before ("Two journalists, X and Y, were detained ... The ministry said both
    # journalists were detained for taking part in a protest"); a counted plural of people
    # ("the three men", "all three") takes up a group of its count as far back, the count
    # saying which group it is ("All three were abducted in May. [a question and answer
    # about the kidnappers] ... keeping the three men in a forest")
    reach = 6 if count is not None and count >= 2 and tok.lower_ not in _PLURAL_PRONOUNS else 3
    for m in range(n, max(-1, n - 7), -1):
        for group in _groups_in(ctx, m, tok.i, depth=depth):
            if count is not None and group.count != count:
                continue
            near = n - m <= reach
            if noun is None and near or noun is not None and _group_noun(ctx, group) == noun:
                return list(group.members)
            if (
                noun in PERSON_NOUNS
                and n - m <= 3
                and any(t.lemma_.lower() == noun for t in ctx.sents[m])
            ):
                return list(group.members)
            if (
                noun is not None
                and noun.endswith("s")
                and noun[:-1] in DEMONYM_NOUNS
                and n - m <= 3
                and any(
                    t.lower_ in {noun[:-1], _DEMONYM_ADJECTIVES.get(noun)} for t in ctx.sents[m]
                )
            ):
                return list(group.members)  # "Two Italian engineers, X and Y ... The Italians"
    if count is not None and count >= 2 and _counts_people(tok):
        return introduced_next(ctx, tok, count) or named_in_turn(ctx, tok, count)
    if count is None and noun in _SIBLINGS:
        return _one_family(ctx, tok)
    if count is None and noun is None:
        # "X went missing on Friday. Her friend Y disappeared the same night. They were
        # found alive": an uncounted plural takes up a short run of people named in turn
        return named_in_turn(ctx, tok, None)
    return []


# plural demonyms whose adjective is another word: "two British tourists ... the Britons"
_DEMONYM_ADJECTIVES = {
    **{"britons": "british", "swedes": "swedish", "danes": "danish", "poles": "polish"},
    **{"turks": "turkish", "finns": "finnish", "scots": "scottish", "kurds": "kurdish"},
    **{"spaniards": "spanish", "serbs": "serbian", "croats": "croatian"},
}


def introduced_next(ctx: ClaimContext, tok: Token, count: int) -> list[Token]:
    """ "The search for the two hikers missing since Tuesday is over. Rescuers found X and
    his cousin Y alive": a definite counted plural that no group before it is counted or
    listed as, and that a clause after it describes (a news item's opening description, not
    "the two men" taking up people told of before), is named by the next sentence when that
    sentence brings in, as its subject or object list, exactly that many people named there
    for the first time (cataphora, before any run of people named one after the other
    earlier)."""
    n = ctx.sent_of[tok.i]
    if (
        n + 1 >= len(ctx.sents)
        or in_quote(ctx, tok.idx) is not None
        or tok.lemma_.lower() in _PLAIN_PEOPLE
        # (a restrictive clause: "the two suspects, who had been held in X," is told of before)
        or not any(c.dep_ in {"acl", "relcl"} and c.i > tok.i for c in tok.children)
        or tok.i + 1 < len(tok.doc)
        and tok.nbor(1).text == ","
    ):
        return []
    nxt = ctx.sents[n + 1]
    for t in nxt:
        if t.dep_ not in {"nsubj", "nsubjpass", "dobj"} or t.head.lemma_.lower() in (
            lx.REPORTING_VERBS | _NAMING_VERBS
        ):
            continue
        listed = [appositive_name(ctx, c) or c for c in [t, *t.conjuncts]]
        people = [x for x in listed if x.pos_ == "PROPN" and _person(ctx, x) is not None]
        ids = {_person(ctx, x) for x in people}
        if len(people) != len(listed) or len(ids) != count or len(people) != count:
            continue
        firsts = [
            min((mn.start for mn in e.mentions), default=-1)
            for x in people
            if (e := entity_in_name(ctx, x)) is not None
        ]
        if all(f >= nxt.start_char for f in firsts):
            return people
    return []


def others_named_after(ctx: ClaimContext, tok: Token, count: int | None) -> list[Token]:
    """ "The other two, he said, survived. 'X lost his right foot. ... Y was only hurt a
    little'": the rest of a group, counted, is named by the people the next sentences of the
    paragraph introduce in turn as their subjects, each named there for the first time in
    the article; exactly as many as the count, within the count and two more sentences."""
    n = ctx.sent_of[tok.i]
    if count is None or count < 2:
        return []
    found: dict[str, Token] = {}
    for m in range(n + 1, min(len(ctx.sents), n + count + 3)):
        if ctx.para_of_sent[m] != ctx.para_of_sent[n]:
            break
        subjects = [t for t in ctx.sents[m] if t.dep_ in {"nsubj", "nsubjpass"}]
        for t in [*subjects, *(c for s in subjects for c in s.conjuncts if c.i > s.i)]:
            if t.pos_ != "PROPN" or t.head.lemma_.lower() in lx.REPORTING_VERBS:
                continue  # (nor a speaker: "Police chief X said ...")
            ent = entity_in_name(ctx, t)
            if ent is None or ent.kind != "person" or ent.entity_id in found:
                continue
            if min((mn.start for mn in ent.mentions), default=t.idx) < tok.idx:
                continue  # named before: one of the group set against, not of the rest
            found[ent.entity_id] = t
        if len(found) >= count:
            break
    return list(found.values()) if len(found) == count else []


# plural kin nouns that name people of one family: "the brothers were released"
_SIBLINGS = frozenset({"brother", "sister", "sibling"})


def _one_family(ctx: ClaimContext, tok: Token) -> list[Token]:
    """ "X Berg was arrested at his home. His brother Y Berg was detained at the airport. The
    brothers were released": siblings take up the people of one family name the sentences
    just before them name (the only family name two of them share)."""
    n = ctx.sent_of[tok.i]
    found: dict[str, Token] = {}
    for m in range(n, max(-1, n - 4), -1):
        for t in _named_people(ctx, [t for t in ctx.sents[m] if t.i < tok.i]):
            ent = entity_in_name(ctx, t)
            if ent is not None and ent.kind == "person" and " " in ent.name:
                found.setdefault(ent.entity_id, _first_mention_token(ctx, t, ent))
    families: dict[str, list[Token]] = {}
    for key, t in found.items():
        ent = entity_in_name(ctx, t)
        families.setdefault(ent.name.split()[-1] if ent else key, []).append(t)
    shared = [ts for ts in families.values() if len(ts) >= 2]
    return sorted(shared[0], key=lambda t: t.i) if len(shared) == 1 else []


# plural nouns for people that the entity tables do not list as person nouns
_MORE_PEOPLE = frozenset(
    {
        "national",
        "citizen",
        "civilian",
        "resident",
        "foreigner",
        "sailor",
        "passenger",
        "villager",
        "teenager",
        "child",
        "boy",
        "girl",
        "relative",
        "suspect",
        "defendant",
        "volunteer",
        "protester",
        "demonstrator",
        "rebel",
        "kidnapper",
        "survivor",
        "migrant",
        "refugee",
    }
)


def _counts_people(tok: Token) -> bool:
    """Whether a counted plural counts people by its words alone ("both", "all three",
    "the pair", "the two journalists", "both of the men"), not things ("both countries")."""
    if tok.dep_ in {"det", "predet", "nummod"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        tok = tok.head  # "Both ships": the ships
    of = next((c for c in tok.children if c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if inner is not None and inner.lower_ != "them":
        tok = inner  # "both of the men": the men
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ in {"NUM", "PRON", "DET"}
        or tok.tag_ in {"NNS", "NNPS"}
        and tok.text[:1].isupper()  # "the two Tunisians"
        or tok.lower_ in _OF_QUANTIFIERS
        or lemma in _PAIR_NOUNS
        or lemma in PERSON_NOUNS
        or lemma in _PLAIN_PEOPLE
        or lemma in _MORE_PEOPLE
    )


def _named_people(ctx: ClaimContext, toks: list[Token]) -> list[Token]:
    """The people ``toks`` names as the subjects or objects of its verbs (through a list
    or an apposition: "seized the engineer X"), not a speaker ("..., the governor, X, said"),
    a possessor ("X's lawyer") or a name after a preposition ("the road to X")."""
    # (a personal pronoun stands for the person it names: "He is held with two others")
    pronouns = [t for t in toks if t.lower_ in {"he", "she", "him", "her"} and t.dep_ != "poss"]
    kept = []
    for t in _names_in(ctx, toks) + pronouns:
        arg = t
        while arg.dep_ in {"conj", "appos"} and arg.head.i != arg.i:
            arg = arg.head
        if (
            arg.dep_ == "pobj"
            and arg.head.lower_ == "as"
            and arg.head.head.lemma_.lower() in _NAMING_VERBS
        ):
            kept.append(t)  # "two other people, whom he names as X and Y"
            continue
        if arg.dep_ == "pobj" and arg.head.lower_ == "with" and arg.head.head.pos_ == "VERB":
            kept.append(t)  # "he is held with two other people, X and Y": companions
            continue
        if arg.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            continue
        if arg.dep_ == "nsubj" and arg.head.lemma_.lower() in lx.SPEAKING_VERBS | _NAMING_VERBS:
            continue  # (nor the one who names the group: "Police identified them as X and Y")
        kept.append(t)
    return kept


def named_in_turn(ctx: ClaimContext, tok: Token, count: int | None) -> list[Token]:
    """ "Gunmen seized X on Sunday. Y and Z were seized on Monday. All three were freed":
    a counted plural takes up the people the sentences just before it name one after the
    other, back to where their number reaches its count (a sentence that names nobody, or
    more people than the count, ends the search)."""
    n = ctx.sent_of[tok.i]
    found: dict[str, Token] = {}
    for m in range(n, max(-1, n - 4), -1):
        toks = [t for t in ctx.sents[m] if t.i < tok.i]
        people = _named_people(ctx, toks)
        if not people and m < n:
            # (uncounted: the run of sentences that name people ends here; two or more)
            if count is None and len(found) >= 2:
                return sorted(found.values(), key=lambda t: t.i)
            return []
        for t in people:
            ent = entity_in_name(ctx, t)
            if ent is None or ent.kind != "person":
                continue
            found.setdefault(ent.entity_id, _first_mention_token(ctx, t, ent))
        if len(found) == count:
            return sorted(found.values(), key=lambda t: t.i)
        if len(found) > (count or 3):
            return []  # (more people than the count, or a long run for an uncounted one)
    if count is None and len(found) >= 2 and m == 0:
        return sorted(found.values(), key=lambda t: t.i)  # the run opens the article
    return []


def appositive_name(ctx: ClaimContext, tok: Token) -> Token | None:
    """ "The other, his friend X, had died": the name a common-noun or numeral subject
    carries in apposition (directly or through a noun in apposition) says who it is."""
    if tok.pos_ == "PROPN":
        return None
    if (named := _named_by_participle(ctx, tok)) is not None:
        return named  # "A taxi driver named X was injured"
    for c in tok.children:
        if c.dep_ != "appos":
            continue
        if _person(ctx, c) is not None:
            return c
        for cc in c.children:
            if cc.dep_ == "appos" and _person(ctx, cc) is not None:
                return cc
        if (named := _named_by_participle(ctx, c)) is not None:
            return named  # "The victim's brother, a taxi driver named X, was injured"
    return _name_after_own_phrase(ctx, tok)


def _name_after_own_phrase(ctx: ClaimContext, tok: Token) -> Token | None:
    """ "Her predecessor as deputy, X, died": the person's name set off after the noun's own
    phrase (claims_complements.name_after_own_phrase), when it names a person."""
    named = name_after_own_phrase(tok)
    return named if named is not None and _person(ctx, named) is not None else None


# Participles that give a described person's name: "a man named X", "a woman identified as X"
_NAMING_PARTICIPLES = frozenset({"name", "call", "identify"})


def _named_by_participle(ctx: ClaimContext, noun: Token) -> Token | None:
    """The person a common noun's naming participle names: "a taxi driver named X", "a
    woman identified as X", "a man called X" (the name as its complement or after "as")."""
    lemma = noun.lemma_.lower()
    if lemma not in PERSON_NOUNS and lemma not in _PLAIN_PEOPLE and lemma not in _MORE_PEOPLE:
        return None  # (not "The opposition named X as its leader", a verb misread)
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in _NAMING_PARTICIPLES:
            continue
        appointed = any(c.dep_ == "prep" and c.lower_ == "as" for c in acl.children)
        for c in acl.children:
            # (not "named X as its interim leader": an appointment, the parser's misread verb)
            if c.dep_ in {"oprd", "attr", "dobj"} and not appointed and _person(ctx, c) is not None:
                return c
            if c.dep_ == "prep" and c.lower_ == "as":
                named = next((p for p in c.children if p.dep_ == "pobj"), None)
                if named is not None and _person(ctx, named) is not None:
                    return named
    return None
