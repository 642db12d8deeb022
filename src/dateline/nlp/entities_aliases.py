"""Names of one person the text states are one: aliases the prose
introduces by a cue other than "known as", and the companion a noun names once ("her
colleague, X, ... Her colleague was killed").

News gives a person's second name in a handful of fixed ways:

* after the cue, the person before it: "X, who goes by (the stage name) Y", "X, who uses the
  alias Y", "X, known by his kunya Y", "X, alias Y", "X (a.k.a. Y)", "X ("Y")";
* before the cue, the person after it: "Y, the nom de guerre of X", "Y, whose real name is X",
  "Y, real name X";
* a nickname quoted inside the full name, used alone later: 'Carlos "El Flaco" X ... El Flaco'.

Each alias (whatever kind the model gave it, or none) joins its person with every later
mention of the same words. The full name keeps first place among the person's names.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.nlp.entities_doc import Cluster, NameSpan, doc_tables, doc_tokens, full_text, is_title
from dateline.nlp.entities_gender import gender_of_given_name, given_name
from dateline.nlp.entities_grouping import move_cluster
from dateline.nlp.entities_lexicon import (
    BODY_NAME_WORDS,
    MASTHEAD_HEADS,
    ORG_PART_NOUNS,
    OUTLET_HEADS,
    PLACE_HEADS,
    TITLES,
    match_key,
)
from dateline.nlp.entities_references import _name_given, definite_kin_reference, kin_reference
from dateline.nlp.places_known import known_place_name

# nouns that name a second name: "the alias Y", "his kunya Y", "the nom de guerre of X"
_ALIAS_NOUNS = frozenset(
    """alias aliases kunya nickname moniker pseudonym codename code-name handle guerre name names
    sobriquet""".split()  # noqa: SIM905 - a word list
)
_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})
# the words an alias cue turns on (the scan reads only these tokens)
_CUE_WORDS = frozenset(
    """goes go went going uses used using known call calls called calling style styles styled as alias
    a.k.a. aka ( of is was name be by""".split()  # noqa: SIM905
)
_KUNYA_WORDS = frozenset({"abu", "abou", "umm"})
_SKIPPED = frozenset({"the", "his", "her", "their", "a", "an", "stage", "street", "war", "nom", "de", "battle", "real",
                      "full", "birth", "given", "pen", "online", "code", "by"})
_NAME_JOINERS = frozenset({"al", "el", "bin", "ibn", "ould", "ag", "de", "del", "la", "van", "von", "abu", "umm"})


def merge_stated_aliases(doc: Doc, spans: list[NameSpan], clusters: list[Cluster], span_cluster: dict[int, int]) -> None:
    """Join each alias the text states to the person it names (see the module docstring)."""
    owner_of_token: dict[int, int] = {}
    for n, s in enumerate(spans):
        idx = span_cluster.get(n)
        if idx is not None and clusters[idx].mentions:
            for i in range(s.start, s.end):
                owner_of_token[i] = idx
    for alias, person in _stated_pairs(doc, owner_of_token, clusters):
        _join_alias(doc, alias, person, clusters, owner_of_token)


def _stated_pairs(doc: Doc, owner: dict[int, int], clusters: list[Cluster]) -> list[tuple[tuple[int, int], int]]:
    """``((alias start, alias end), person cluster)`` for each alias cue of ``doc``."""
    pairs: list[tuple[tuple[int, int], int]] = []
    n = len(doc)
    tokens = doc_tokens(doc)
    for i in [i for i, w in enumerate(doc_tables(doc).lower) if w in _CUE_WORDS]:
        tok = tokens[i]
        word = tok.lower_
        if tok.i + 1 < n and (
            word in {"goes", "go", "went", "going", "uses", "used", "using"} or word == "known" and doc[tok.i + 1].lower_ == "by"
        ):
            # "X, who goes by Y", "X, who uses the alias Y", "X, known by his kunya Y"
            if word in {"goes", "go", "went", "going"} and doc[tok.i + 1].lower_ != "by":
                continue
            head_words = [t.lower_ for t in doc[tok.i + 1 : tok.i + 6]]
            if word.startswith("us") and not _ALIAS_NOUNS & set(head_words[:4]):
                continue  # "uses a wheelchair": only "uses the alias / name Y"
            if word == "known" and not _ALIAS_NOUNS & set(head_words[:4]):
                continue  # "known by police": only "known by his kunya Y"
            alias = _name_after(doc, tok.i + 1)
            person = _person_before(doc, tok.i, owner, clusters)
        elif word == "known" and tok.i + 2 < n and doc[tok.i + 1].lower_ == "as" and _right_after_person(doc, tok.i, owner, clusters):
            alias = _name_after(doc, tok.i + 2)  # "X, known as Y" with a full name Y (grouping joins the rest)
            person = _person_before(doc, tok.i, owner, clusters)
        elif word in {"be", "is", "was"} and (person := _identified_as(doc, tok, owner, clusters)) is not None:
            alias = _name_before_copula(doc, tok)  # "Y is believed to be X", "Y is the nom de guerre of X"
        elif word == "known" and (as_at := _as_after(doc, tok.i)) is not None:
            alias = _name_after(doc, as_at + 1)  # "X, known to his men as Y", "known locally as Y"
            person = _person_before(doc, tok.i, owner, clusters)
        elif tok.lemma_.lower() in {"call", "style"} and tok.i + 1 < n and doc[tok.i + 1].lower_ in {"himself", "herself"}:
            alias = _name_after(doc, tok.i + 2)  # "X, who calls himself Y"
            person = _person_before(doc, tok.i, owner, clusters)
        elif word == "as" and tok.i >= 2 and doc[tok.i - 1].text == "," and (known := _known_after_name(doc, tok.i, owner)) is not None:
            alias = _name_before(doc, tok.i)  # "Y, as X is known (to his fighters)"
            person = known if clusters[known].kind == "person" else None
        elif word in {"alias", "a.k.a.", "aka"} and tok.i >= 1 and doc[tok.i - 1].text in {",", "("}:
            alias = _name_after(doc, tok.i + 1)  # "X, alias Y", "X (aka Y)"
            person = _person_before(doc, tok.i, owner, clusters)
        elif word == "(" and tok.i + 1 < n and (doc[tok.i + 1].text in _QUOTES or doc[tok.i + 1].lower_ in _KUNYA_WORDS):
            if tok.i < 1 or owner.get(tok.i - 1) is None or clusters[owner[tok.i - 1]].kind != "person":
                continue
            alias = _name_after(doc, tok.i + 1)  # 'X ("Y")', "X (Abu Y)": a name right after a person's
            person = owner[tok.i - 1]
        elif word == "of" and tok.i >= 1 and doc[tok.i - 1].lower_ in _ALIAS_NOUNS and _definite_before(doc, tok.i - 1):
            person = _person_after(doc, tok.i + 1, owner, clusters)  # "Y, the nom de guerre of X"
            alias = _name_before(doc, tok.i - 1)
        elif word == "by" and tok.i >= 2 and doc[tok.i - 1].lower_ in {"used", "adopted", "taken"} and doc[tok.i - 2].lower_ in _ALIAS_NOUNS:
            person = _person_after(doc, tok.i + 1, owner, clusters)  # "Y, a nom de guerre used by X"
            alias = _name_before(doc, tok.i - 2)
        elif word in {"is", "was"} and tok.i >= 3 and doc[tok.i - 1].lower_ == "name" and doc[tok.i - 3].lower_ == "whose":
            person = _person_after(doc, tok.i + 1, owner, clusters)  # "Y, whose real name is X"
            alias = _name_before(doc, tok.i - 3)
        elif word in {"is", "was"} and tok.i >= 2 and doc[tok.i - 1].lower_ in _ALIAS_NOUNS and "whose" in {
            t.lower_ for t in doc[max(0, tok.i - 4) : tok.i - 1]
        }:
            alias = _name_after(doc, tok.i + 1)  # "X, whose nickname / kunya / alias is Y"
            person = _person_before(doc, tok.i, owner, clusters)
        elif word == "name" and tok.i >= 2 and doc[tok.i - 1].lower_ == "real" and doc[tok.i - 2].text == ",":
            person = _person_after(doc, tok.i + 1, owner, clusters)  # "Y, real name X,"
            alias = _name_before(doc, tok.i - 1)
        else:
            continue
        if alias is not None and person is not None and owner.get(alias[0]) != person:
            pairs.append((alias, person))
    pairs.extend(_quoted_nicknames(doc, clusters))
    return pairs


_HEDGED_IDENTITY = frozenset({"believed", "thought", "said", "understood", "reported", "suspected", "presumed", "known"})


def _right_after_person(doc: Doc, known: int, owner: dict[int, int], clusters: list[Cluster]) -> bool:
    """"X, known as Y", "X, 44, also known as Y": "known" opens an apposition to a person's name."""
    k = known - 1
    while k >= 0 and doc[k].lower_ in {"also", "better", "widely", "commonly", "popularly", "more", "locally"}:
        k -= 1
    if k < 1 or doc[k].text != ",":
        return False
    k -= 1
    if k >= 2 and doc[k].like_num and doc[k - 1].text == ",":
        k -= 2  # "X, 44, known as Y"
    idx = owner.get(k)
    return idx is not None and clusters[idx].kind == "person"


def _identified_as(doc: Doc, tok: Token, owner: dict[int, int], clusters: list[Cluster]) -> int | None:
    """The person X of "Y is believed to be X" (also thought, said, understood to be) and of
    "Y is the nom de guerre / alias / kunya of X": a name said to be another's."""
    n = len(doc)
    if tok.lower_ == "be":
        # "... is believed to be X": "to be" after a hedging participle after a copula
        if tok.i < 3 or doc[tok.i - 1].lower_ != "to" or doc[tok.i - 2].lower_ not in _HEDGED_IDENTITY:
            return None
        if doc[tok.i - 3].lower_ not in {"is", "was"}:
            return None
        idx = owner.get(tok.i + 1)
        return idx if idx is not None and clusters[idx].kind == "person" else None
    k = tok.i + 1
    if k < n and doc[k].lower_ in {"the", "a"}:
        k += 1
    while k < n and doc[k].lower_ in _ALIAS_NOUNS | {"nom", "de", "war", "real"}:
        k += 1
    if k == tok.i + 1 or k >= n or doc[k].lower_ != "of" or doc[k - 1].lower_ not in _ALIAS_NOUNS:
        return None
    return _person_after(doc, k + 1, owner, clusters)


def _name_before_copula(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """The name that is the subject of the copula at (or before) ``tok``: "Y is ...",
    "Y is believed to be ..."."""
    return _name_ending_at(doc, tok.i if tok.lower_ != "be" else tok.i - 3)


def _as_after(doc: Doc, known: int) -> int | None:
    """The "as" of "known to his men as", "known locally as": a few words (no name, no
    comma) between "known" and "as"; the adjacent "known as" is entities_grouping's."""
    for k in range(known + 2, min(known + 6, len(doc))):
        if doc[k].lower_ == "as":
            return k
        if doc[k].text in {",", ";", "."} or doc[k].pos_ == "PROPN":
            return None
    return None


def _known_after_name(doc: Doc, at: int, owner: dict[int, int]) -> int | None:
    """"..., as X is known / is called": the person X named right after "as" at ``at``."""
    k = at + 1
    idx = owner.get(k)
    if idx is None:
        return None
    while k < len(doc) and owner.get(k) == idx:
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ in {"is", "was"} and doc[k + 1].lower_ in {"known", "called", "nicknamed"}:
        return idx
    return None


def _definite_before(doc: Doc, i: int) -> bool:
    """"the nom de guerre", "the alias", "his kunya": the alias noun at ``i`` is definite."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if doc[k].lower_ in {"the", "his", "her", "their"}:
            return True
        if doc[k].text == ",":
            return False
    return False


def _name_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """The capitalised run that is the alias after a cue at ``i``: cue words ("the stage
    name", "his kunya") and quotes skipped, two joiners at most ("Abu Musab al-Zarqawi")."""
    n = len(doc)
    while i < n and (doc[i].lower_ in _SKIPPED or doc[i].lower_ in _ALIAS_NOUNS or doc[i].text in _QUOTES or doc[i].text == ","):
        if doc[i].text[:1].isupper() and doc[i].lower_ in {"abu", "umm"}:
            break
        i += 1
    while i < n and is_title(doc[i]):
        i += 1  # "Sheikh Y", "Commander Y": the title is no part of the alias
    start = i
    while i < n and i - start < 5 and (_capitalised(doc[i]) or doc[i].lower_ in _NAME_JOINERS and i > start or doc[i].text == "-" and i > start):
        i += 1
    while i > start and (doc[i - 1].lower_ in _NAME_JOINERS or doc[i - 1].text == "-") and not _capitalised(doc[i - 1]):
        i -= 1
    return (start, i) if i > start else None


def _name_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """The name closing before the apposition that holds the alias cue at ``i`` ("Y, the nom
    de guerre of X": Y)."""
    k = i - 1
    while k >= 0 and doc[k].text != ",":
        if i - k > 5:
            return None
        k -= 1
    end = k
    while end > 0 and doc[end - 1].text in _QUOTES:
        end -= 1
    return _name_ending_at(doc, end)


def _name_ending_at(doc: Doc, end: int) -> tuple[int, int] | None:
    """The capitalised run of up to six words (joiners and hyphens inside) that ends before
    token ``end``, without a leading title or lower-case word."""
    start = end
    while start > 0 and end - start < 6 and (_capitalised(doc[start - 1]) or doc[start - 1].lower_ in _NAME_JOINERS or doc[start - 1].text == "-"):
        start -= 1
    while start < end and (not _capitalised(doc[start]) or is_title(doc[start])):
        start += 1
    return (start, end) if end > start else None


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN", "ADJ", "X", "VERB", "NUM"} and tok.is_alpha or (
        tok.text[:1].isupper() and "-" in tok.text
    )


def _person_before(doc: Doc, i: int, owner: dict[int, int], clusters: list[Cluster]) -> int | None:
    """The person named last before token ``i`` in its sentence."""
    sent_start = doc[i].sent.start
    for k in range(i - 1, sent_start - 1, -1):
        idx = owner.get(k)
        if idx is not None and clusters[idx].kind == "person":
            return idx
    return None


def _person_after(doc: Doc, i: int, owner: dict[int, int], clusters: list[Cluster]) -> int | None:
    """The person whose name opens at token ``i``, or after a few modifiers ("the alias of
    Egyptian-born militant X"), before any comma."""
    for k in range(i, min(i + 6, len(doc))):
        if doc[k].text in {",", ";", "."} or doc[k].pos_ == "VERB" and doc[k].tag_ != "VBN":
            return None
        idx = owner.get(k)
        if idx is not None:
            return idx if clusters[idx].kind == "person" else None
    return None


def _quoted_nicknames(doc: Doc, clusters: list[Cluster]) -> list[tuple[tuple[int, int], int]]:
    """'Carlos "El Flaco" X': the quoted words inside a person's name are an alias of theirs
    (the quoted nickname between given name and surname; spans.py kept it in one name)."""
    out = []
    for idx, c in enumerate(clusters):
        if c.kind != "person":
            continue
        for s, e, _ in c.mentions:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or len(span) < 4:
                continue
            quotes = [t.i for t in span if t.text in _QUOTES]
            if len(quotes) == 2 and quotes[0] > span.start and quotes[1] < span.end - 1 and quotes[1] - quotes[0] > 1:
                out.append(((quotes[0] + 1, quotes[1]), idx))
    return out


def _join_alias(doc: Doc, alias: tuple[int, int], person: int, clusters: list[Cluster], owner: dict[int, int]) -> None:
    """The alias's own cluster (any kind) and every mention of its words join ``person``."""
    text = full_text(doc)
    first, last = doc[alias[0]], doc[alias[1] - 1]
    words = text[first.idx : last.idx + len(last)]
    key = match_key(words)
    if not key or len(words) < 2:
        return
    target = clusters[person]
    if target.real_name is None and target.names:
        target.real_name = target.canonical  # the person's own name stays the entity's name
    for idx in {owner.get(i) for i in range(*alias)} | {i for i, c in enumerate(clusters) if words in c.names}:
        if idx is None or idx == person or not clusters[idx].mentions:
            continue
        other = clusters[idx]
        if other.kind == "person" and len(other.names) and any(len(match_key(n).split()) > len(key.split()) for n in other.names):
            continue  # a fuller name of someone else contains the alias: not its own cluster
        move_cluster(clusters, idx, person)
    taken = [(s, e) for c in clusters for s, e, _ in c.mentions]
    for m in re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text):
        if not any(s <= m.start() < e for s, e in taken):
            target.add(m.start(), m.end(), words, name=False)
    if words not in target.names:
        target.names.append(words)


def companion_reference(doc: Doc, noun: Token, clusters: list[Cluster]) -> tuple[int, int, int] | None:
    """"Her colleague, Paul X, ... Her colleague was killed", "his cellmate Y ... the
    cellmate": a companion noun the text gave a name once takes up that person again, as a
    kin noun does (the same owner for "his colleague", the one so named for "the colleague")."""
    if noun.i + 1 < len(doc) and (doc[noun.i + 1].pos_ == "PROPN" or doc[noun.i + 1].text == ","):
        return None  # the naming itself
    if noun.pos_ != "NOUN" and not any(c.dep_ == "poss" for c in noun.children):
        return None  # (the tagger reads "her cellmate" as an adjective; the possessive shows the noun)
    found = kin_reference(doc, noun, clusters) if noun.pos_ == "NOUN" else None
    if found is None and noun.pos_ == "NOUN":
        found = definite_kin_reference(doc, noun, clusters)
    opener = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in {"his", "her", "their"}
                   or c.dep_ == "det" and c.lower_ == "the"), None)
    if found is None and opener is not None and not any(c.dep_ in {"relcl", "acl", "appos"} or c.lower_ == "of" for c in noun.children):
        # "her colleague, Y, ... Her colleague", "a driver, Y, ... The driver": the one
        # companion the text named by that noun (after a comma the parser may leave unattached)
        named = {
            idx
            for earlier in doc[: noun.i]
            if earlier.lower_ == noun.lower_
            and (name := _name_given(doc, earlier, after_comma=True)) is not None
            and (idx := _cluster_of(doc, name, clusters)) is not None
        }
        if len(named) == 1:
            found = next(iter(named)), opener.idx, noun.idx + len(noun)
    return found


def _cluster_of(doc: Doc, tok: Token, clusters: list[Cluster]) -> int | None:
    for idx, c in enumerate(clusters):
        if c.kind == "person" and any(s <= tok.idx < e for s, e, _ in c.mentions):
            return idx
    return None


COMPANION_NOUNS = frozenset(
    """colleague colleagues cellmate friend partner neighbour neighbor companion co-worker coworker
    associate co-defendant accomplice bodyguard driver aide assistant flatmate roommate girlfriend
    boyfriend fellow-traveller translator fixer cameraman photographer""".split()  # noqa: SIM905
)
"""Nouns for a person's companion that a text names once and takes up again by the noun."""


def gender_of_person_noun(word: str) -> str | None:
    """The gender a compound in "-woman" / "-man" states ("policewoman", "fisherman",
    "gunman", "congresswoman"), and kin and life-stage nouns beyond the core list
    ("grandmother", "nephew", "schoolgirl", "nun"): a person noun beside a name."""
    if word in _FEMALE_PERSON_NOUNS or word.endswith(("woman", "women")) and len(word) > 5:
        return "f"
    if word in _MALE_PERSON_NOUNS or word.endswith(("man", "men")) and len(word) > 4 and word not in _NOT_MEN:
        return "m"
    return None


_FEMALE_PERSON_NOUNS = frozenset(
    """grandmother granddaughter niece aunt stepmother stepdaughter fiancee girlfriend bride nun
    schoolgirl waitress heiress mum grandma matriarch housewife""".split()  # noqa: SIM905
)
_MALE_PERSON_NOUNS = frozenset(
    """grandfather grandson nephew uncle stepfather stepson fiance boyfriend groom monk schoolboy
    dad grandpa patriarch""".split()  # noqa: SIM905
)
_NOT_MEN = frozenset({"human", "humans", "german", "germans", "shaman", "caiman", "talisman", "ottoman", "roman",
                      "romans", "layman", "laymen", "specimen", "abdomen", "omen", "amen", "stamen", "regimen",
                      "cyclamen", "ramen", "hymen", "semen", "yemen", "oman", "dolmen", "acumen", "women", "woman"})


def join_unlisted_given_names(doc: Doc, clusters: list[Cluster]) -> None:
    """"Nkechi Amadi was kidnapped ... Nkechi was released": a person called by the given name
    alone, where the name list does not know that given name (entities_grouping joins the
    names it knows). The word must open one person's full name only, be nobody's surname,
    never be written in lower case in the text and name no place; a cluster the model made
    of the word alone (as an organisation, often) joins the person."""
    text = full_text(doc)
    lower_words = {w for w in doc_tables(doc).words if w.islower()}
    firsts: dict[str, set[int]] = {}
    singles: dict[str, set[int]] = {}
    surnames: set[str] = set()
    for idx, c in enumerate(clusters):
        if c.kind != "person":
            continue
        for name in c.names:
            words = match_key(name).split()
            if words:
                surnames.add(words[-1])
            first = given_name(name)
            if first is not None and first.replace("-", "").isalpha() and first[:1].isupper() and len(first) >= 3:
                firsts.setdefault(first, set()).add(idx)
        if c.names and all(len(n.split()) == 1 for n in c.names) and c.names[0].isalpha() and len(c.names[0]) >= 3:
            singles.setdefault(c.names[0], set()).add(idx)  # "his daughter Elif ... Elif is stable"
    place_names = {n for c in clusters if c.kind == "gpe" for n in c.names}
    for first, owners in firsts.items():
        if len(owners) != 1 or gender_of_given_name(first) is not None or first.lower() in surnames:
            continue  # (names the list knows are joined while grouping)
        if first.lower() in lower_words or first in place_names or known_place_name(first) or first.lower() in TITLES:
            continue
        _join_given_name(doc, text, first, next(iter(owners)), clusters)
    for single, owners in singles.items():
        # a person the text names by one word only: its later bare mentions, however untagged
        if len(owners) != 1 or single in firsts or single.lower() in lower_words or single in place_names:
            continue
        if known_place_name(single) or single.lower() in TITLES:
            continue
        _join_given_name(doc, text, single, next(iter(owners)), clusters)


def _join_given_name(doc: Doc, text: str, first: str, person: int, clusters: list[Cluster]) -> None:
    target = clusters[person]
    tokens = doc_tokens(doc)
    if "-" in first:
        # "Seo-yeon was moved": a hyphenated given name, three tokens; its last token stands for it
        parts = first.split("-")
        words = doc_tables(doc).words
        at = [i + 2 for i in range(len(words) - 2) if words[i] == parts[0] and words[i + 1] == "-" and words[i + 2] == parts[-1]]
    else:
        at = [i for i, w in enumerate(doc_tables(doc).words) if w == first]
    for tok in [tokens[i] for i in at]:
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and doc[tok.i + 1].pos_ == "PROPN":
            continue  # the full name, or someone else's
        if tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and doc[tok.i - 1].pos_ == "PROPN" and not tok.is_sent_start:
            continue  # the second word of another name
        opens = tok.is_sent_start or tok.i > 0 and doc[tok.i - 1].text in {":", '"', "“"}
        if opens and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and not doc[tok.i + 2].like_num:
            continue  # "HOST: Tendai, the army said ...": the one spoken to, not a mention
        start, end = tok.idx, tok.idx + len(tok)
        if "-" in first:
            start = tok.idx - len(first) + len(tok)
            if text[start:end] != first:
                continue
        holders = [i for i, c in enumerate(clusters) if any(s <= start < e for s, e, _ in c.mentions)]
        if person in holders:
            continue
        if holders:
            other = clusters[holders[0]]
            if len(holders) > 1 or any(n != first for n in other.names) or other.kind == "gpe":
                continue  # inside a longer name or a place
            for s, e, m in other.mentions:
                target.add(s, e, m, name=False)
            other.mentions.clear()
            other.names.clear()
            other.kind = "other"
        else:
            target.add(start, end, text[start:end], name=False)


_COMPARATIVE_AGE = {"younger": min, "youngest": min, "older": max, "oldest": max, "elder": max, "eldest": max}
_AGE_NOUNS = {"man": "m", "woman": "f", "one": None, "boy": "m", "girl": "f", "brother": "m", "sister": "f"}


def people_picked_out_of_pairs(doc: Doc, clusters: list[Cluster], sent_index: dict[int, int]) -> list[tuple[int, int]]:
    """Mentions that pick one person out of people just named, for the epithet pass to skip:
    "X, 19, and Y, 42, were shot. The younger man died" (the one the text gave the lower age,
    of the noun's gender) and "One of the men, Y, escaped" (the name in apposition to the
    partitive). Returns the character spans given to a person."""
    out: list[tuple[int, int]] = []
    text = full_text(doc)
    tokens = doc_tokens(doc)
    for tok in [tokens[i] for i, w in enumerate(doc_tables(doc).lower) if w in _AGE_NOUNS]:
        found = None
        if tok.lower_ == "one" and tok.dep_ in {"nsubj", "nsubjpass"}:
            found = _one_of_named(doc, tok, clusters)
        if found is None and tok.lower_ in _AGE_NOUNS and tok.pos_ in {"NOUN", "PRON", "NUM"}:
            found = _by_relative_age(doc, tok, clusters, sent_index)
        if found is not None:
            idx, start, end = found
            clusters[idx].add(start, end, text[start:end], name=False)
            out.append((start, end))
    return out


def _by_relative_age(doc: Doc, noun: Token, clusters: list[Cluster], sent_index: dict[int, int]):  # noqa: ANN202
    """``(cluster, start, end)`` for "the younger man", "the eldest one": among the people the
    last three sentences named with an age ("X, 19,"), of the noun's gender, the youngest or
    the oldest."""
    pick = next((_COMPARATIVE_AGE[c.lower_] for c in noun.children if c.dep_ == "amod" and c.lower_ in _COMPARATIVE_AGE), None)
    det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "the"), None)
    if pick is None or det is None or any(c.dep_ in {"poss", "relcl", "acl", "appos"} for c in noun.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) and noun.lower_ != "one":
        return None
    gender = _AGE_NOUNS[noun.lower_]
    here = sent_index[noun.i]
    ages: dict[int, int] = {}
    for idx, c in enumerate(clusters):
        if c.kind != "person" or gender and c.gender not in {None, gender}:
            continue
        for s, e, _ in c.mentions:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or s >= noun.idx or not 0 <= here - sent_index[span[0].i] <= 3:
                continue
            j = span[-1].i
            if j + 2 < len(doc) and doc[j + 1].text == "," and doc[j + 2].like_num and doc[j + 2].text.isdecimal():
                age = int(doc[j + 2].text)
                if 0 < age < 120:
                    ages[idx] = age
    if len(ages) < 2 or len(set(ages.values())) < len(ages):
        return None
    chosen = pick(ages, key=lambda i: ages[i])
    return chosen, det.idx, noun.idx + len(noun)


def _one_of_named(doc: Doc, one: Token, clusters: list[Cluster]):  # noqa: ANN202
    """``(cluster, start, end)`` for "One of the men, Y, escaped": the name set off by commas
    right after the partitive "of" phrase (the parser hangs it on "men" or on "One")."""
    of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    group = next((c for c in of.children if c.dep_ == "pobj"), None)
    if group is None:
        return None
    k = group.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    name = doc[k + 1]
    if name.pos_ != "PROPN":
        return None
    idx = _cluster_of(doc, name, clusters)
    if idx is None:
        return None
    return idx, one.idx, group.idx + len(group)


def given_names_typed_as_things(doc: Doc, spans: list[NameSpan]) -> None:
    """"Gunmen shot dead Chelsea Arinze ... Arinze, 29, was a journalist": a one-word name the
    model typed as an organisation or a place ("Chelsea", "India", "Israel") followed by an
    untagged capitalised word that the text elsewhere uses alone as a person (with an age,
    "X, 29,", or an honorific, "Mr X") is the given name of that person's full name."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    words = doc_tables(doc).words
    for s in spans:
        if s.kind == "person" or s.end - s.start != 1 or s.end + 1 >= len(doc):
            continue
        first, second = doc[s.start], doc[s.end]
        if not (first.text.isalpha() and first.text[:1].isupper() and second.text.isalpha() and second.text[:1].isupper()):
            continue
        if s.end in taken or second.pos_ != "PROPN" or s.end + 1 < len(doc) and doc[s.end + 1].pos_ == "PROPN":
            continue
        if _used_alone_as_person(doc, words, second.text, s.end):
            s.end += 1
            s.kind = "person"
            s.evidenced = True
            taken.add(s.end - 1)


def _used_alone_as_person(doc: Doc, words: list[str], word: str, at: int) -> bool:
    """``word`` stands alone elsewhere with a person's marks: ", 29," after it, or an
    honorific before it."""
    for i in (i for i, w in enumerate(words) if w == word and i != at):
        if i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 2].text.isdigit() and doc[i + 3].text == ",":
            return True
        if i > 0 and doc[i - 1].text.rstrip(".").lower() in {"mr", "mrs", "ms", "dr", "miss"}:
            return True
    return False


def shares_person_surname(doc: Doc, spans: list[NameSpan], start: int, end: int) -> bool:
    """Two or three capitalised words ``[start, end)`` whose last word is the surname of a
    person the text names in full ("Nkosana Dlamini ... Zodwa Dlamini said"): a relative,
    whatever label the model gave the words."""
    if end - start < 2:
        return False
    last = doc[end - 1].text
    return any(
        s.kind == "person" and s.end - s.start >= 2 and doc[s.end - 1].text == last and s.start != start for s in spans
    )


def hyphenated_given_names(doc: Doc, spans: list[NameSpan]) -> None:
    """"Seo-yeon Park", "Ji-woo Park", "Thi-Lan Nguyen": a given name joined by a hyphen
    (Korean, Vietnamese, Chinese in news spelling) that the tokenizer splits into three
    tokens, before a capitalised surname, is one person's name, however the model cut it
    ("Ji" PERSON and "Park" ORG, or "Park" alone)."""
    words = doc_tables(doc).words
    n = len(words)
    for j in range(3, n):
        if words[j - 2] != "-" or not words[j][:1].isupper() or not words[j].isalpha():
            continue
        first, tail = doc[j - 3], doc[j - 1]
        if not (first.text[:1].isupper() and first.text.isalpha() and tail.text.isalpha() and tail.text.islower()):
            continue
        if first.whitespace_ or doc[j - 2].whitespace_ or not tail.whitespace_ or doc[j].pos_ != "PROPN":
            continue
        if j + 1 < n and doc[j + 1].pos_ == "PROPN" and words[j + 1][:1].isupper():
            continue  # a longer run: left to the other rules
        inside = [s for s in spans if s.start < j + 1 and j - 3 < s.end]
        if any(s.start < j - 3 or s.end > j + 1 for s in inside):
            continue  # part of a longer name the model found
        for s in inside:
            s.end = s.start
        spans.append(NameSpan(j - 3, j + 1, "person", evidenced=True))
    spans[:] = [s for s in spans if s.end > s.start]
    spans.sort(key=lambda s: s.start)


def relatives_typed_as_things(doc: Doc, spans: list[NameSpan]) -> None:
    """"Aliyu Garba and Hadiza Garba" with "Aliyu Garba" typed a facility: two or three
    capitalised words the model typed as a facility, a work, a product or a place (not an
    organisation), whose last word is the surname of a
    person the text names in full, are a relative of that person (no place, body or outlet
    word among them)."""
    for s in spans:
        if s.kind in {"person", "org"} or not 2 <= s.end - s.start <= 3:
            continue  # (an organisation named for a person or a word: "Katiba Hamza" beside "Abu Hamza")
        tokens = doc[s.start : s.end]
        if not all(t.text.isalpha() and t.text[:1].isupper() for t in tokens):
            continue
        if any(t.lower_ in NON_PERSON_WORDS for t in tokens) or s.start > 0 and doc[s.start - 1].lower_ == "the":
            continue
        if shares_person_surname(doc, spans, s.start, s.end):
            s.kind = "person"
            s.evidenced = True


NON_PERSON_WORDS = PLACE_HEADS | ORG_PART_NOUNS | OUTLET_HEADS | BODY_NAME_WORDS | MASTHEAD_HEADS
"""Words that make a name a place, a body or an outlet ("Garba Street", "Garba Foundation")."""


# an event that ends what an earlier event began: "X was shot ... He died", "X was arrested ... She was freed"
_ENDING_EVENTS = {
    "die": frozenset({"shoot", "stab", "wound", "injure", "hurt", "hit", "beat", "attack", "burn", "poison", "crush"}),
    "succumb": frozenset({"shoot", "stab", "wound", "injure", "hurt", "hit", "beat", "attack", "burn", "poison"}),
    "free": frozenset({"arrest", "detain", "abduct", "kidnap", "seize", "capture", "jail", "imprison", "hold"}),
    "release": frozenset({"arrest", "detain", "abduct", "kidnap", "seize", "capture", "jail", "imprison", "hold"}),
    # "X went missing ... Her friend Y raised the alarm. She was found alive": the one lost
    "find": frozenset({"abduct", "kidnap", "disappear", "vanish", "go"}),
}
# Verbs whose subject is the one lost ("X disappeared", "X went missing").
_LOST_SUBJECT = frozenset({"disappear", "vanish", "go"})


def _lost(verb: Token) -> bool:
    """ "disappeared", "vanished", "went missing"."""
    lemma = verb.lemma_.lower()
    if lemma == "go":
        return any(c.lower_ == "missing" for c in verb.children)
    return lemma in _LOST_SUBJECT


def who_began_what_ends(doc: Doc, clusters: list[Cluster], tok: Token, gender: str, sent_index: dict[int, int]) -> int | None:
    """"Sipho X, a policeman, was shot ... A witness, Zanele Y, called an ambulance. He died":
    the subject pronoun of an event that ends another ("died" after "was shot", "was freed"
    after "was arrested") is the one person of the last two sentences that event began for,
    when no name the list knows gives its gender (a bystander named since is not meant)."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.pos_ != "VERB":
        return None
    verb = tok.head.lemma_.lower()
    began = _ENDING_EVENTS.get(verb)
    if began is None or (verb in {"free", "release", "find"}) != (tok.dep_ == "nsubjpass"):
        return None
    here = sent_index[tok.i]
    found: set[int] = set()
    for idx, c in enumerate(clusters):
        if c.kind != "person" or gender and c.gender and c.gender != gender and not c.weak_gender:
            continue
        for s, _, _ in c.mentions:
            if s >= tok.idx:
                continue
            span = doc.char_span(s, s + 1, alignment_mode="expand")
            if span is None or not 1 <= here - sent_index[span[0].i] <= 2:
                continue
            root = span[0]
            while root.dep_ in {"compound", "flat"} and root.head.i > root.i:
                root = root.head
            while root.dep_ in {"conj", "appos"} and root.head.i < root.i:
                root = root.head  # "A and B were arrested", "His lawyer, B, was arrested": B too
            if root.dep_ in {"nsubjpass", "dobj"} and root.head.lemma_.lower() in began:
                found.add(idx)
            elif verb == "find" and root.dep_ == "nsubj" and _lost(root.head):
                found.add(idx)  # "X went missing", "X disappeared"
    return found.pop() if len(found) == 1 else None
