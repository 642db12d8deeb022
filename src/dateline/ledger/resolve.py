"""Cross-document entity resolution: one person under all their names, and no two people as one.

Each document's entities (already resolved within the document by the nlp stage) are merged
across documents by their full names (two or more name tokens): equal after normalising titles,
the Arabic article and case; or spelling variants of one another (transliteration skeletons,
initials, small typos). A merge is refused when it would put two full names with the same
surname but different first names in one entity, or two names a user split. A document that
names someone by surname alone is attached to the one entity that surname can mean, or, when
several can, to the one its roles and co-mentioned entities point to; otherwise it stays apart
as an ambiguous entity. Every membership carries the reason it was made (``--why``).

The result is a function of the set of document entities and user corrections only, so the
ledger is the same whatever order documents arrive in.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from dateline.names import entity_key

PARTICLES = frozenset(
    {"abu", "umm", "bin", "ibn", "bint", "abd", "abdul", "abdel", "van", "von", "de"}
)
"""Tokens that form one given name with the next token ('Abu Idris', 'Abdul Karim')."""
ROLE_STOPWORDS = frozenset(
    {"the", "a", "an", "of", "for", "and", "its", "his", "her", "their", "group"}
)
TYPO_RATIO = 92.0


@dataclass(frozen=True, slots=True)
class DocEntity:
    """One document's entity as the ledger stores it."""

    doc_id: str
    local_id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Correction:
    """A user's merge or split of two names (kept apart from the documents; survives re-ingest)."""

    action: str  # "merge" | "split"
    a: str
    b: str


@dataclass
class Resolution:
    """Ledger-wide entities: assignments of document entities, names, aliases with reasons."""

    assignment: dict[tuple[str, str], str] = field(default_factory=dict)
    entities: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (name, kind)
    aliases: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    """(alias_key, alias, entity_id, kind, reason)"""
    notes: list[tuple[str, str]] = field(default_factory=list)
    """(entity_id, note): merges refused, ambiguous surnames."""


# -- name comparison -----------------------------------------------------------------------------
def given_and_surname(key: str) -> tuple[list[str], str]:
    """Split a name key into given-name units (particles joined) and the surname."""
    tokens = key.split()
    surname = tokens[-1]
    units: list[str] = []
    i = 0
    rest = tokens[:-1]
    while i < len(rest):
        if rest[i] in PARTICLES and i + 1 < len(rest):
            units.append(f"{rest[i]} {rest[i + 1]}")
            i += 2
        else:
            units.append(rest[i])
            i += 1
    return units, surname


@functools.lru_cache(maxsize=1 << 16)
def skeleton(token: str) -> str:
    """Transliteration skeleton: 'Mohammed', 'Muhammad' → 'mhmd'; 'Hamdaoui', 'Hamdawi' → 'hmdw'."""
    t = token.replace(" ", "")
    for a, b in (
        ("ou", "w"),
        ("oo", "u"),
        ("ee", "i"),
        ("ph", "f"),
        ("q", "k"),
        ("ck", "k"),
        ("y", "i"),
    ):
        t = t.replace(a, b)
    t = re.sub(r"(.)\1+", r"\1", t)
    return t[:1] + re.sub(r"[aeiou]", "", t[1:])


@functools.lru_cache(maxsize=1 << 18)
def same_name_part(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    if len(skeleton(a)) >= 3 and skeleton(a) == skeleton(b):
        return True
    return fuzz.ratio(a, b) >= TYPO_RATIO


def compare_full_names(a: str, b: str) -> tuple[bool, str]:
    """Whether two full-name keys can name one person, and why (or why not)."""
    if a == b:
        return True, "same name after normalising titles, 'al-' and case"
    if a.replace(" ", "") == b.replace(" ", ""):
        return True, "same letters, different spacing"
    given_a, sur_a = given_and_surname(a)
    given_b, sur_b = given_and_surname(b)
    if not same_name_part(sur_a, sur_b):
        return False, "different surnames"
    if not given_a or not given_b:
        return False, "surname only"
    if not same_name_part(given_a[0], given_b[0]):
        return False, f"same surname, different first names ({given_a[0]} / {given_b[0]})"
    middle_a, middle_b = set(given_a[1:]), set(given_b[1:])
    if middle_a and middle_b and not any(same_name_part(x, y) for x in middle_a for y in middle_b):
        return False, "same first name and surname, different middle names"
    return True, f"spelling variant ('{a}' ~ '{b}')"


def conflicting(a: str, b: str) -> str | None:
    """Why two full names must not be one entity (same surname, other first name), or None."""
    ok, why = compare_full_names(a, b)
    if ok or why in {"different surnames", "surname only"}:
        return None
    return why


def is_full(key: str) -> bool:
    return len(key.split()) > 1


def role_words(roles: Iterable[str]) -> set[str]:
    return {w for r in roles for w in re.findall(r"[a-z]+", r.lower()) if w not in ROLE_STOPWORDS}


# -- union-find with cannot-links ------------------------------------------------------------
class _Clusters:
    def __init__(self, nodes: Iterable[str], splits: set[frozenset[str]]):
        self.parent = {n: n for n in nodes}
        self.members = {n: {n} for n in self.parent}
        self.reason: dict[str, str] = {}
        self.splits = splits
        self.refused: list[tuple[str, str, str]] = []

    def add(self, node: str) -> None:
        if node not in self.parent:
            self.parent[node] = node
            self.members[node] = {node}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def blocker(self, ra: str, rb: str) -> str | None:
        for x in self.members[ra]:
            for y in self.members[rb]:
                if frozenset((x, y)) in self.splits:
                    return f"a user split '{x}' and '{y}'"
                why = conflicting(x, y)
                if why:
                    return f"'{x}' and '{y}': {why}"
        return None

    def union(self, a: str, b: str, reason: str, *, forced: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        why_not = self.blocker(ra, rb)
        if why_not and not (forced and not why_not.startswith("a user split")):
            self.refused.append((a, b, why_not))
            return False
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        self.members[keep] |= self.members.pop(drop)
        self.reason.setdefault(b, reason)
        self.reason.setdefault(a, reason)
        return True


# -- resolution ------------------------------------------------------------------------------
def resolve_entities(
    doc_entities: Iterable[DocEntity], corrections: Iterable[Correction] = ()
) -> Resolution:
    """Merge document entities into ledger entities; deterministic for a given set of inputs."""
    ents = sorted(doc_entities, key=lambda e: (e.doc_id, e.local_id))
    res = Resolution()

    def keep(e: DocEntity, eid: str, aliases: list[tuple[str, str, str, str, str]]) -> None:
        res.assignment[(e.doc_id, e.local_id)] = eid
        res.aliases.extend(aliases)

    found = resolve_stream(lambda: iter(ents), corrections, keep)
    res.entities, res.notes = found.entities, found.notes
    res.aliases = sorted(set(res.aliases))
    return res


AliasRow = tuple[str, str, str, str, str]


def resolve_stream(
    doc_entities: Callable[[], Iterable[DocEntity]],
    corrections: Iterable[Correction],
    assign: Callable[[DocEntity, str, list[AliasRow]], None],
) -> Resolution:
    """``resolve_entities`` over a corpus too large to hold: memory grows with the number of
    distinct names, not of documents.

    ``doc_entities()`` is called twice and must yield the same entities each time, sorted by
    (doc_id, local_id). ``assign(entity, entity_id, alias rows)`` receives each entity's
    result in that order (alias rows may repeat across entities); the returned
    ``Resolution`` holds the entities and notes only.
    """
    corrections = list(corrections)
    kind_votes: dict[str, Counter[str]] = defaultdict(Counter)
    user_keys = {entity_key(c.a) for c in corrections} | {entity_key(c.b) for c in corrections}
    splits = {
        frozenset((entity_key(c.a), entity_key(c.b))) for c in corrections if c.action == "split"
    }
    clusters = _Clusters(sorted(k for k in user_keys if k), splits)
    for c in sorted(corrections, key=lambda c: (c.action, c.a, c.b)):
        if c.action == "merge":
            clusters.union(
                entity_key(c.a), entity_key(c.b), f"user merge of '{c.a}' and '{c.b}'", forced=True
            )
    # per first full key: roles, co-mentioned full names, names used (summed per cluster later)
    roles_of: dict[str, set[str]] = defaultdict(set)
    context_of: dict[str, set[str]] = defaultdict(set)
    names_of: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in _by_document(doc_entities()):
        doc_keys = set().union(*(keys for _, keys in doc))
        for e, keys in doc:
            for k in keys:
                kind_votes[k][e.kind] += 1
                clusters.add(k)
            for k in keys[1:]:
                clusters.union(
                    keys[0], k, f"named both '{keys[0]}' and '{k}' in document {e.doc_id[:12]}"
                )
            if keys:
                roles_of[keys[0]] |= role_words(e.roles)
                context_of[keys[0]] |= doc_keys - set(keys)
                names_of[keys[0]][e.name if is_full(entity_key(e.name)) else keys[0]] += 1
    nodes = sorted(set(kind_votes) | {k for k in user_keys if k})
    _merge_variants(clusters, nodes, kind_votes)

    res = Resolution()
    roots = sorted({clusters.find(n) for n in kind_votes})
    roles: dict[str, set[str]] = defaultdict(set)
    context: dict[str, set[str]] = defaultdict(set)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for first in sorted(names_of):
        root = clusters.find(first)
        roles[root] |= roles_of[first]
        context[root] |= context_of[first]
        names[root].update(names_of[first])
    del roles_of, context_of, names_of
    ids = _entity_ids(roots, names, kind_votes, clusters)
    for root in roots:
        if root in ids:
            res.entities[ids[root]] = (ids[root + "\0name"], ids[root + "\0kind"])
    members_context = {ids[r]: context[r] for r in roots if r in ids}
    surnames = _surname_candidates(roots, ids, clusters)
    notes: set[tuple[str, str]] = set()
    for doc in _by_document(doc_entities()):
        this_doc = {doc[0][0].doc_id: set().union(*(keys for _, keys in doc))}
        for e, keys in doc:
            if keys:
                eid = ids[clusters.find(keys[0])]
                reason = (
                    "canonical name"
                    if entity_key(e.name) == entity_key(res.entities[eid][0])
                    else (
                        clusters.reason.get(keys[0])
                        or "same name after normalising titles, 'al-' and case"
                    )
                )
            else:
                eid, reason = _attach_short(
                    e, roots, ids, roles, members_context, this_doc, clusters, res, surnames
                )
                notes.update(res.notes)
                res.notes.clear()
            aliases = []
            for alias in sorted({e.name, *e.aliases}):
                key = entity_key(alias)
                why = (
                    reason
                    if is_full(key)
                    else f"short form used for this entity in document {e.doc_id[:12]}"
                )
                if is_full(key) and clusters.reason.get(key):
                    why = clusters.reason[key]
                aliases.append((key, alias, eid, res.entities[eid][1], why))
            assign(e, eid, aliases)
    for a, b, why in sorted(set(clusters.refused)):
        ea, eb = ids.get(clusters.find(a)), ids.get(clusters.find(b))
        if ea and eb and ea != eb:
            notes.add((ea, f"kept apart from {res.entities[eb][0]}: {why}"))
            notes.add((eb, f"kept apart from {res.entities[ea][0]}: {why}"))
    res.notes = sorted(notes)
    return res


def _by_document(
    ents: Iterable[DocEntity],
) -> Iterable[list[tuple[DocEntity, list[str]]]]:
    """One document's entities at a time, each with its sorted full-name keys."""
    doc: list[tuple[DocEntity, list[str]]] = []
    for e in ents:
        if doc and doc[0][0].doc_id != e.doc_id:
            yield doc
            doc = []
        keys = sorted({k for k in (entity_key(n) for n in (e.name, *e.aliases)) if is_full(k)})
        doc.append((e, keys))
    if doc:
        yield doc


def _kind(votes: Counter[str]) -> str:
    specific = [(n, k) for k, n in votes.items() if k != "other"]
    return max(specific)[1] if specific else "other"


def _merge_variants(
    clusters: _Clusters, nodes: list[str], kind_votes: dict[str, Counter[str]]
) -> None:
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n in nodes:
        if is_full(n):
            blocks[(_kind(kind_votes.get(n, Counter())), skeleton(n.split()[-1])[:2])].append(n)
    for (kind, _), block in sorted(blocks.items()):
        if kind not in {"person", "other"}:
            continue  # organisations and places merge only by equal keys or a user's merge
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                ok, why = compare_full_names(a, b)
                if ok:
                    clusters.union(a, b, why)
                elif why.startswith("same surname"):
                    clusters.refused.append((a, b, f"'{a}' and '{b}': {why}"))


def _entity_ids(
    roots: list[str],
    names: dict[str, Counter[str]],
    kind_votes: dict[str, Counter[str]],
    clusters: _Clusters,
) -> dict[str, str]:
    """Entity id per cluster: the key of its most used full name (ties: longest, then A-Z)."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for root in roots:
        votes = Counter[str]()
        for member in clusters.members[root]:
            votes += kind_votes.get(member, Counter())
        kind = _kind(votes)
        counted = names.get(root) or Counter({root: 1})
        name = sorted(counted.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
        eid = entity_key(name)
        if eid in taken:
            eid = f"{eid}#{kind}"
        taken.add(eid)
        ids[root] = eid
        ids[root + "\0name"] = name
        ids[root + "\0kind"] = kind
    return ids


def _attach_short(
    e: DocEntity,
    roots: list[str],
    ids: dict[str, str],
    roles: dict[str, set[str]],
    context: dict[str, set[str]],
    doc_keys: dict[str, set[str]],
    clusters: _Clusters,
    res: Resolution,
    surnames: Callable[[str, str], list[str]] | None = None,
) -> tuple[str, str]:
    """Attach a surname-only entity to the one entity it can mean, by name, then roles and context."""
    key = entity_key(e.name)
    if key in clusters.parent and clusters.find(key) in roots and clusters.reason.get(key):
        return ids[clusters.find(key)], clusters.reason[key]
    surnames = surnames or _surname_candidates(roots, ids, clusters)
    candidates = surnames(key, e.kind)
    if len(candidates) == 1:
        root = candidates[0]
        return ids[root], f"the only entity in the ledger that '{e.name}' can name"
    if candidates:
        mine_roles = role_words(e.roles)
        mine_context = doc_keys[e.doc_id]
        scored = sorted(
            (
                (len(mine_roles & roles[r]) + 2 * len(mine_context & context[ids[r]]), ids[r], r)
                for r in candidates
            ),
            reverse=True,
        )
        if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
            root = scored[0][2]
            shared = sorted((mine_roles & roles[root]) | (mine_context & context[ids[root]]))
            return ids[root], f"surname '{e.name}' + shared roles/context: {', '.join(shared)}"
    eid = key
    if eid in res.entities and res.entities[eid][1] != e.kind:
        eid = f"{key}#{e.kind}"
    if eid not in res.entities:
        res.entities[eid] = (e.name, e.kind)
    if len(candidates) > 1:
        options = ", ".join(sorted(res.entities[ids[r]][0] for r in candidates))
        res.notes.append((eid, f"ambiguous surname: may be any of {options}"))
        return eid, "surname only; ambiguous"
    return eid, "only ever named by this single name"


def _surname_candidates(
    roots: list[str], ids: dict[str, str], clusters: _Clusters
) -> Callable[[str, str], list[str]]:
    """``(short key, kind) → roots`` a surname-only name can mean (in ``roots`` order).

    Fixed for one resolution, so each distinct (name, kind) is worked out once however many
    documents use it (the same answer as comparing every document's name with every root).
    """
    memo: dict[tuple[str, str], list[str]] = {}

    def candidates(key: str, kind: str) -> list[str]:
        found = memo.get((key, kind))
        if found is None:
            found = memo[(key, kind)] = [
                r
                for r in roots
                if ids[r + "\0kind"] in {kind, "other"} or kind == "other"
                if any(
                    same_name_part(key, given_and_surname(m)[1]) or key in m.split()
                    for m in clusters.members[r]
                    if is_full(m)
                )
            ]
        return found

    return candidates
