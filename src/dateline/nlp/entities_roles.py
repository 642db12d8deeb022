"""Roles written next to names, parents of organisations, gender from nouns.

``ISIS leader X``, ``its leader X``, ``X, the leader of ISIS``, ``X, a spokesman for the
ministry`` give a person roles (``spokesperson for US Central Command``); ``Russia's Defense
Ministry`` and ``ISIS media wing al-Furqan`` keep their own entity with ``parent`` set.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_index import tables_of
from dateline.nlp.entities_aliases import gender_of_person_noun
from dateline.nlp.entities_doc import (
    Cluster,
    NameSpan,
    cluster_at,
    full_text,
    is_title,
    recent_cluster,
    token_cluster,
)
from dateline.nlp.entities_lexicon import (
    FEMALE_NOUNS,
    MALE_NOUNS,
    ORG_PART_NOUNS,
    ROLE_NOUNS,
    SPOKES_NOUNS,
)


def attach_parents_and_roles(
    doc: Doc, spans: list[NameSpan], span_cluster: dict[int, int], clusters: list[Cluster]
) -> None:
    for i, s in enumerate(spans):
        idx = span_cluster.get(i)
        if idx is None:
            continue
        c = clusters[idx]
        if c.kind == "org":
            parent = _parent_of_org(doc, s, c, clusters)
            if parent is not None and parent != idx:
                c.parent = parent
                # "Russia's Defense Ministry": the owner belongs to the full name.
                if s.start >= 2 and doc[s.start - 1].text in {"'s", "'"}:
                    owner = doc[s.start - 2]
                    lo = owner.idx
                    for k in range(s.start - 2, max(-1, s.start - 6), -1):
                        if doc[k].ent_type_ != owner.ent_type_ or not doc[k].ent_type_:
                            break
                        lo = doc[k].idx
                    full = full_text(doc)[lo : doc[s.end - 1].idx + len(doc[s.end - 1])]
                    if full not in c.names:
                        c.names.append(full)
        elif c.kind == "person":
            c.gender = c.gender or _gender_from_nouns(doc, s)
            epithet = _premodifier_epithet(doc, s)
            if epithet is not None:
                c.add(*epithet, name=False)
            for noun, org in _roles_of_person(doc, s, clusters):
                if org is not None and org == idx:
                    continue
                if (noun, org) not in c.role_nouns:
                    c.role_nouns.append((noun, org))
                role = noun if org is None else (
                    f"{noun} {'for' if noun in SPOKES_NOUNS else 'of'} {clusters[org].canonical}"
                )
                if role not in c.roles:
                    c.roles.append(role)
                if c.gender is None:
                    c.gender = "f" if noun in FEMALE_NOUNS else "m" if noun in MALE_NOUNS else None


def _premodifier_epithet(doc: Doc, s: NameSpan) -> tuple[int, int, str] | None:
    """``its leader`` in "its leader Abu Bakr al-Baghdadi" (also "the group's leader X",
    "ISIS leader X"): the role phrase before a name is one more mention of the person."""
    j = s.start - 1
    while j >= 0 and (is_title(doc[j]) or doc[j].text == "." and j > 0 and is_title(doc[j - 1])):
        j -= 1
    apposed = False
    if j < 1 or doc[j].lower_ not in ROLE_NOUNS or doc[j].pos_ != "NOUN":
        before_comma = _role_noun_before_comma(doc, s)
        if before_comma is None or before_comma < 1:
            return None
        j, apposed = before_comma, True
    k = j - 1
    while k >= 0 and (doc[k].dep_ in {"amod", "compound"} or doc[k].text in {"'s", "’s"}) and j - k < 5:
        k -= 1
    if apposed and k >= 0 and doc[k].lower_ in {"his", "her", "their"}:
        return None  # "His lawyer, X,": "his" is someone else, whom the pronoun pass finds
    if k < 0 or doc[k].lower_ not in {"its", "their", "his", "her", "the"} and doc[k].dep_ != "poss":
        k += 1  # "ISIS leader X": no determiner, the phrase starts at the modifier
        if k == j:
            return None
    start, end = doc[k].idx, doc[j].idx + len(doc[j])
    return start, end, full_text(doc)[start:end]


def _role_noun_before_comma(doc: Doc, s: NameSpan) -> int | None:
    """"its leader, Sheikh X, and ...": a role noun, a comma, then the name closed by a comma
    or a full stop is an apposition even where the parser attached the name elsewhere."""
    j = s.start - 1
    while j >= 0 and (is_title(doc[j]) or doc[j].text == "." and j > 0 and is_title(doc[j - 1])):
        j -= 1
    if j < 1 or doc[j].text != "," or s.end >= len(doc) or doc[s.end].text not in {",", ".", ";"}:
        return None
    j -= 1
    return j if doc[j].lower_ in ROLE_NOUNS and doc[j].pos_ == "NOUN" else None


def _gender_from_nouns(doc: Doc, s: NameSpan) -> str | None:
    """Gender from a kinship or gendered noun next to the name ("her husband, X",
    "X, a businesswoman", "spokeswoman X")."""
    tables = tables_of(doc)  # (the words near the name as indices: no Token per child)
    root = doc[s.start : s.end].root
    near = [c for c in tables.children[root.i] if tables.dep[c] in _NEAR_DEPS]
    if root.dep_ == "appos":
        near.append(root.head.i)
    if s.start > 0:
        near.append(s.start - 1)
    introducing = _introducing_noun(root)
    if introducing is not None:
        near.insert(0, introducing.i)
    for i in near:
        word = tables.lower[i]
        if word in FEMALE_NOUNS:
            return "f"
        if word in MALE_NOUNS:
            return "m"
        gender = gender_of_person_noun(word)
        if gender is not None:
            return gender
    return None


_NEAR_DEPS = frozenset({"appos", "compound"})


# participles that give the name of the noun they follow: "a man known as X", "a woman named X"
_NAMING_PARTICIPLES = frozenset({"know", "name", "call", "identify"})


def _introducing_noun(root: Token) -> Token | None:
    """``a man known as X`` / ``a woman named X`` / ``a man identified as X``: the noun the
    participle introduces the name for. Its gender is the person's, and outweighs a guess
    from the given name (a name that is a man's in one country and a woman's in another)."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
    elif root.dep_ not in {"oprd", "dobj", "attr"}:
        return None
    if verb.dep_ != "acl" or verb.lemma_.lower() not in _NAMING_PARTICIPLES:
        return None
    return verb.head


def _parent_of_org(doc: Doc, s: NameSpan, c: Cluster, clusters: list[Cluster]) -> int | None:
    span = doc[s.start : s.end]
    root = span.root
    if s.parent_span is not None:  # "X, the group's media arm": the owner the description named
        a, b = s.parent_span
        owner = cluster_at(clusters, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), ("org", "gpe"))
        if owner is None and b - a == 1 and not doc[a].text[:1].isupper():
            owner = recent_cluster(clusters, doc[a].idx, ("org",))  # "its", "the group's"
        if owner is not None:
            return owner
    # "Russia's Defense Ministry": a possessive GPE/ORG owner.
    for child in root.children:
        if child.dep_ == "poss":
            owner = token_cluster(doc, child, clusters, ("gpe", "org"))
            if owner is not None:
                return owner
    # "US Central Command": the name starts with a country.
    first = token_cluster(doc, span[0], clusters, ("gpe",))
    if first is not None and len(span) > 1:
        return first
    # "ISIS media wing al-Furqan": an org noun with an org modifier right before the name.
    j = s.start - 1
    saw_part = False
    while j >= 0 and j >= s.start - 4:
        tok = doc[j]
        if tok.lower_ in ORG_PART_NOUNS or tok.lower_ in {"media", "propaganda", "news", "armed"}:
            saw_part = saw_part or tok.lower_ in ORG_PART_NOUNS
            j -= 1
            continue
        if saw_part:
            owner = token_cluster(doc, tok, clusters, ("org", "gpe"))
            if owner is None and tok.lower_ in {"its", "their"}:
                owner = recent_cluster(clusters, tok.idx, ("org",))
            return owner
        break
    return None


def _roles_of_person(doc: Doc, s: NameSpan, clusters: list[Cluster]) -> list[tuple[str, int | None]]:
    """Roles written next to a name: ``ISIS leader X``, ``its leader X``, ``X, the leader of
    ISIS``, ``X, a spokesman for the ministry``, ``journalist X``."""
    out: list[tuple[str, int | None]] = []
    if s.role_noun:
        org = None
        if s.role_org_span:
            a, b = s.role_org_span
            org = cluster_at(clusters, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), ("org", "gpe"))
        out.append((s.role_noun, org))
    # Pre-modifiers: "[its|ISIS|the group's] leader [Title] Name"
    j = s.start - 1
    while j >= 0 and (is_title(doc[j]) or doc[j].text == "." and j > 0 and is_title(doc[j - 1])):
        j -= 1
    if j >= 0 and doc[j].lower_ in ROLE_NOUNS and not s.role_noun:
        out.append((_full_role(doc, j), _owner_before(doc, j, clusters)))
    elif not s.role_noun:
        before_comma = _role_noun_before_comma(doc, s)  # "its leader, Sheikh X,"
        if before_comma is not None:
            out.append((_full_role(doc, before_comma), _owner_before(doc, before_comma, clusters)))
    # Apposition after the name: "Name, the leader of ISIS," / "Name, ISIS's leader"
    name_root = doc[s.start : s.end].root
    for child in name_root.children:
        if child.dep_ == "appos" and child.lower_ in ROLE_NOUNS:
            out.append((_full_role(doc, child.i), owner_of_noun(doc, child, clusters)))
    # The name in apposition to its role: "a Dutch oil engineer, Pieter Janssen,"
    head = name_root.head
    if (
        name_root.dep_ == "appos"
        and head.lower_ in ROLE_NOUNS
        and head.pos_ == "NOUN"
        and not s.role_noun
        and all(noun != head.lower_ for noun, _ in out)
        # "The journalist A and his driver, B,": a role noun written before another name is
        # that name's, wherever the parser hangs B
        and not (head.i + 1 < s.start and doc[head.i + 1].pos_ == "PROPN")
    ):
        out.append((_full_role(doc, head.i), owner_of_noun(doc, head, clusters)))
    return out


def _full_role(doc: Doc, i: int) -> str:
    """The role noun at ``i`` with a hyphenated prefix the tokenizer split off: a
    "vice-president" or "co-founder" is no "president" or "founder"."""
    if i >= 2 and doc[i - 1].text in {"-", "\u2011"} and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return f"{doc[i - 2].lower_}-{doc[i].lower_}"
    return doc[i].lower_


def _owner_before(doc: Doc, j: int, clusters: list[Cluster]) -> int | None:
    """Owner of the role noun at ``j`` from the words just before it."""
    k = j - 1
    while k >= 0 and (doc[k].pos_ in {"ADJ", "NOUN"} and doc[k].ent_type_ == "" and k > j - 3):
        k -= 1
    if k < 0:
        return None
    tok = doc[k]
    if tok.lower_ in {"its", "their"}:
        return recent_cluster(clusters, tok.idx, ("org",))
    if tok.text in {"'s", "'"} and k > 0:
        tok = doc[k - 1]
    return token_cluster(doc, tok, clusters, ("org", "gpe"))


def owner_of_noun(doc: Doc, noun: Token, clusters: list[Cluster]) -> int | None:
    for child in noun.children:
        if child.dep_ in {"poss", "compound"}:
            owner = token_cluster(doc, child, clusters, ("org", "gpe"))
            if owner is None and child.lower_ in {"its", "their"}:
                owner = recent_cluster(clusters, child.idx, ("org",))
            if owner is not None:
                return owner
        if child.dep_ == "prep" and child.lower_ in {"of", "for", "at"}:
            for pobj in child.children:
                owner = token_cluster(doc, pobj, clusters, ("org", "gpe"))
                if owner is not None:
                    return owner
    return None
