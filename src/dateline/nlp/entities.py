"""spaCy component ``dateline_entities``: group the mentions of one document into entities.

The model's named entities are the starting point; the passes run in the order of the
modules that hold them:

* :mod:`~dateline.nlp.entities_spans` and :mod:`~dateline.nlp.entities_kinds` repair the
  model's systematic errors in news prose by rule, never by listing names (a surname alone
  tagged ORG, an ORG span that swallowed a role and a title, ``al-X`` after ``leader``), and
  :mod:`~dateline.nlp.entities_descriptors` reads the kind the prose states (``the village
  of X``, ``the X news agency``, ``its media wing X``);
* :mod:`~dateline.nlp.entities_grouping` groups names into entities (full name, surname,
  spelling variants) and adds government parts (``the Russian military`` → Russia);
* :mod:`~dateline.nlp.entities_roles` attaches roles and parents (``Russia's Defense
  Ministry`` → Russia, ``ISIS media wing al-Furqan`` → ISIS);
* :mod:`~dateline.nlp.entities_gender` gives people a gender (honorific, gendered noun,
  given name), so that :mod:`~dateline.nlp.entities_pronouns` never resolves "she" to a man;
  it and :mod:`~dateline.nlp.entities_epithets` add pronouns (``he``, ``she``, an
  organisation's ``it``/``its``) and epithets (``the ISIS leader``, ``its leader``, ``the
  journalist``, a delayed lede's ``A 34-year-old hiker``, any person described before being
  named: ``A herder who went missing ... Police named him as X``, and the same noun again).

This module runs them and turns the clusters into :class:`~dateline.records.Entity` records.
The names other layers use (``match_key``, ``entity_at``, ``quoted_spans``,
``sentence_index``, the word lists) stay importable from here.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.nlp.attribution_index import indexed
from dateline.nlp.entities_aliases import (
    COMPANION_NOUNS,
    companion_reference,
    join_unlisted_given_names,
    merge_stated_aliases,
    people_picked_out_of_pairs,
    who_began_what_ends,
)
from dateline.nlp.entities_doc import (
    TEXT_KEY,
    TOKENS_KEY,
    Cluster,
    doc_tables,
    doc_tokens,
    full_text,
    quoted_spans,
    recent_cluster,
    sentence_index,
)
from dateline.nlp.entities_epithets import (
    YOUNG_NOUNS,
    client_of_lawyer,
    client_of_speaking_lawyer,
    counted_in_list,
    delayed_lede,
    described_then_named,
    description_again,
    gendered_definite,
    main_person,
    named_next,
    person_of_age,
    person_of_nationality,
    resolve_epithet,
    speaker_kin,
    split_age,
    young_person,
)
from dateline.nlp.entities_gender import assign_given_name_genders, unnamed_gendered_subjects
from dateline.nlp.entities_grouping import (
    add_government_parts,
    add_surname_mentions,
    cluster_names,
    join_compound_surnames,
    merge_aliases,
    redecide_shared_surnames,
    share_coordinated_surnames,
)
from dateline.nlp.entities_kin_named import kin_named_after
from dateline.nlp.entities_lexicon import (
    AGE_NOUN,
    DEMONYM_NOUNS,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    OUTLET_HEADS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    TITLES,
    match_key,
)
from dateline.nlp.entities_paired_descriptions import paired_descriptions
from dateline.nlp.entities_pronouns import (
    described_by_relative,
    org_pronoun_antecedent,
    predecessor_of_succession,
    recent_person,
    same_or_previous_sentence,
    unnamed_speaker,
)
from dateline.nlp.entities_references import (
    KIN_REFERENCE_NOUNS,
    ORG_REFERENCE_NOUNS,
    acronym_mentions,
    converse_kin,
    definite_kin_reference,
    kin_reference,
    named_later,
    named_through_apposition,
    org_reference,
    reciprocal_kin,
    sibling_reference,
    statement_kin,
)
from dateline.nlp.entities_roles import attach_parents_and_roles
from dateline.nlp.entities_spans import repaired_name_spans
from dateline.nlp.entities_turns import TURNS_KEY
from dateline.nlp.extensions import register_extensions
from dateline.records import Entity

__all__ = [
    "PERSON_NOUNS",
    "ROLE_NOUNS",
    "TITLES",
    "EntityResolver",
    "entity_at",
    "entity_of_token",
    "make_entity_resolver",
    "match_key",
    "quoted_spans",
    "resolve_entities",
    "sentence_index",
]


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping the character span ``[start, end)``.

    When several overlap, the one whose mention overlaps most (then the shortest mention,
    then the first in entity order) wins, so ``Russia's Defense Ministry`` finds the
    ministry, not Russia. An empty span finds the mention it falls in.
    """
    entities = _entities_of(doc)
    if not entities or start > end:
        return None
    index = _mention_index(doc, entities)
    stop = end if end > start else start + 1  # mentions that begin before this may overlap
    best: tuple[int, int, int] | None = None
    found: Entity | None = None
    starts, rows = index.starts, index.rows
    for k in range(bisect.bisect_left(starts, start - index.longest + 1), len(rows)):
        m_start, m_end, order, entity = rows[k]
        if m_start >= stop:
            break
        if m_end <= start or m_end <= m_start:
            continue
        score = (min(end, m_end) - max(start, m_start), m_start - m_end, -order)
        if best is None or score > best:
            best, found = score, entity
    return found


def entity_of_token(doc: Doc, token: Token) -> Entity | None:
    """The entity a token stands for: a name, an epithet ("the journalist", "the company",
    "his brother") or a pronoun ("he", "she", "it", "its") the entity stage resolved; ``None``
    when it resolved to no entity. For other stages (speakers, claims)."""
    entities = _entities_of(doc)
    if not entities:
        return None
    index = _mention_index(doc, entities)
    at = token.idx
    first: tuple[int, Entity] | None = None
    starts, rows = index.starts, index.rows
    for k in range(bisect.bisect_left(starts, at - index.longest + 1), len(rows)):
        m_start, m_end, order, entity = rows[k]
        if m_start > at:
            break
        if at < m_end and (first is None or order < first[0]):
            first = (order, entity)
    return first[1] if first is not None else None


_ENTITIES_KEY = ("._.", "entities", None, None)
"""Where ``doc._.entities`` keeps its value in ``Doc.user_data`` (spaCy's ``Underscore``
key for a ``Doc``: ``spacy/tokens/underscore.py``, ``_get_key``)."""


def _entities_of(doc: Doc) -> Sequence[Entity] | None:
    """``doc._.entities`` (registered with no getter and a ``None`` default), read without
    building an ``Underscore`` object: about 2 µs a call, and the claims and attribution
    stages ask for an entity thousands of times per document."""
    user_data: dict[Any, Any] = doc.user_data  # (keyed by tuples, not only strings)
    return user_data.get(_ENTITIES_KEY)


@dataclass
class _MentionIndex:
    """Every mention of a document's entities sorted by start, with its place in entity
    order (``order``), so that a lookup visits only the mentions near a span."""

    entities: Sequence[Entity]
    count: int
    starts: list[int]
    rows: list[tuple[int, int, int, Entity]]  # start, end, order, entity
    longest: int


_MENTION_INDEXES: weakref.WeakKeyDictionary[Doc, _MentionIndex] = weakref.WeakKeyDictionary()
"""One index per ``Doc`` (the claims and attribution stages ask thousands of times per
document; a scan of every mention of every entity was a tenth of the claims stage)."""


def _mention_index(doc: Doc, entities: Sequence[Entity]) -> _MentionIndex:
    index = _MENTION_INDEXES.get(doc)
    if index is not None and index.entities is entities and index.count == len(entities):
        return index
    rows: list[tuple[int, int, int, Entity]] = []
    for entity in entities:
        for m in entity.mentions:
            rows.append((m.start, m.end, len(rows), entity))
    rows.sort(key=lambda row: (row[0], row[2]))
    index = _MentionIndex(
        entities=entities,
        count=len(entities),
        starts=[row[0] for row in rows],
        rows=rows,
        longest=max((max(row[1] - row[0], 0) for row in rows), default=0),
    )
    _MENTION_INDEXES[doc] = index
    return index


class EntityResolver:
    """Callable spaCy component; see the module docstring for the rules it applies."""

    def __init__(self, nlp: Language | None = None) -> None:
        self._nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = resolve_entities(doc, hand_on=self._hands_on())
        return doc

    def _hands_on(self) -> bool:
        """Hand the token tables on only to an attribution component of the same pipeline,
        which takes them (left untaken, they would live as long as the ``Doc``)."""
        return self._nlp is not None and "dateline_attribution" in self._nlp.pipe_names

    def pipe(self, docs, batch_size: int = 32):  # noqa: ANN001, ANN201 - spaCy protocol
        hand_on = self._hands_on()  # (the pipeline's names, read once a batch as spaCy reads its pipes)
        for doc in docs:
            doc._.entities = resolve_entities(doc, hand_on=hand_on)
            yield doc


def resolve_entities(doc: Doc, *, hand_on: bool = False) -> list[Entity]:
    """All entities of ``doc`` in order of first mention.

    ``hand_on``: leave the token tables for the attribution component (see below).
    """
    # The token tables (attribution_index): the passes' scans read words, tags and relations
    # from them, and the attribution component, the next one that reads the parse (the time
    # tagger between changes nothing of it), takes them over instead of building its own.
    with indexed(doc, hand_on=hand_on) as tables:
        doc.user_data[TEXT_KEY] = tables.text  # Doc.text is rebuilt on every access
        # iterating a Doc makes new Token objects each time; most passes now pick a few
        # tokens by index from the tables, so each Token is made on first use, then kept
        doc.user_data[TOKENS_KEY] = _Tokens(doc)
        try:
            return _resolve(doc)
        finally:
            doc.user_data.pop(TEXT_KEY, None)
            doc.user_data.pop(TOKENS_KEY, None)
            doc.user_data.pop(TURNS_KEY, None)


def _resolve(doc: Doc) -> list[Entity]:
    spans = repaired_name_spans(doc)
    clusters, span_cluster = cluster_names(doc, spans)
    merge_aliases(doc, spans, clusters, span_cluster)
    merge_stated_aliases(doc, spans, clusters, span_cluster)  # "X, who goes by Y", "Y, the nom de guerre of X"
    add_surname_mentions(doc, clusters)
    join_unlisted_given_names(doc, clusters)  # "Nkechi X ... Nkechi was released"
    redecide_shared_surnames(doc, clusters)  # once all full names are in: "the elder X"
    join_compound_surnames(clusters)
    share_coordinated_surnames(doc, clusters)
    add_government_parts(doc, clusters)
    acronym_mentions(doc, clusters)
    attach_parents_and_roles(doc, spans, span_cluster, clusters)
    assign_given_name_genders(clusters)
    _add_epithets_and_pronouns(doc, clusters)
    return _to_records(doc, clusters)


def _add_epithets_and_pronouns(doc: Doc, clusters: list[Cluster]) -> None:
    covered = _Covered([(s, e) for c in clusters for s, e, _ in c.mentions], len(full_text(doc)))
    quotes = quoted_spans(full_text(doc))
    sent_index = sentence_index(doc)
    unnamed = unnamed_gendered_subjects(doc)
    lede = delayed_lede(doc, clusters, sent_index)
    if lede is not None:
        covered.append(lede)
    # every other person described before being named ("A herder ... Police named him as X")
    covered.extend(described_then_named(doc, clusters, sent_index, quotes))
    # "A journalist and a researcher were freed. X, a reporter, and Y, ...": the pair in order
    covered.extend(paired_descriptions(doc, clusters, sent_index))
    # and the same noun again, definite ("... The geologist was taken to hospital")
    covered.extend(description_again(doc, clusters, covered))
    # "The younger man died", "One of the men, Y, escaped": one person picked out of those named
    covered.extend(people_picked_out_of_pairs(doc, clusters, sent_index))
    candidates = _EPITHET_WORDS
    for tok in _epithet_candidates(doc, candidates):
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ == "NOUN" and tok.n_rights:
            found = named_through_apposition(doc, tok, clusters)  # "A passenger, his brother-in-law X,"
            if found is not None:
                # "his" in the apposition is someone named before, never the passenger himself
                for poss in (p for a in tok.children if a.dep_ == "appos" for p in a.children if p.dep_ == "poss"):
                    if poss.lower_ in _GENDERED_PRONOUNS:
                        owner = recent_person(
                            doc, clusters, poss, "m" if poss.lower_ in MALE_PRONOUNS else "f", sent_index, quotes
                        )
                        if owner is not None and owner != found[0]:
                            clusters[owner].add(poss.idx, poss.idx + len(poss), poss.text, name=False)
                        covered.append((poss.idx, poss.idx + len(poss)))
                clusters[found[0]].add(found[1], found[2], full_text(doc)[found[1] : found[2]], name=False)
                covered.append((found[1], found[2]))
                continue
        counted = counted_in_list(doc, tok, clusters) if tok.pos_ == "NOUN" else None
        if counted is not None and not covered.holds(tok.idx):
            # "Two suspects, A and B, ... The second suspect": the one the list put there
            clusters[counted[0]].add(counted[1], counted[2], full_text(doc)[counted[1] : counted[2]], name=False)
            covered.append((counted[1], counted[2]))
            continue
        if tok.lower_ in YOUNG_NOUNS and not covered.holds(tok.idx):
            # "Jamal X, 16, was stabbed ... The teenager died": the one person of such an age
            idx = young_person(doc, tok, clusters)
            if idx is not None:
                det = next(c for c in tok.children if c.dep_ == "det")
                clusters[idx].add(det.idx, tok.idx + len(tok), full_text(doc)[det.idx : tok.idx + len(tok)], name=False)
                covered.append((det.idx, tok.idx + len(tok)))
                continue
        if tok.lower_ in {"man", "woman"} and not covered.holds(tok.idx):
            # "X and her husband, Y, were abducted. The woman was released": the one named
            idx = gendered_definite(doc, tok, clusters, sent_index)
            if idx is not None:
                det = next(c for c in tok.children if c.dep_ == "det")
                clusters[idx].add(det.idx, tok.idx + len(tok), full_text(doc)[det.idx : tok.idx + len(tok)], name=False)
                covered.append((det.idx, tok.idx + len(tok)))
            continue
        lower = tok.lower_
        start = tok.idx
        if lower not in candidates and not AGE_NOUN.match(lower) and not split_age(tok) or covered.holds(start):
            continue
        if (AGE_NOUN.match(lower) or lower in DEMONYM_NOUNS or split_age(tok)) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            # "The 45-year-old was freed", "the Briton": the article's person, else the one just named
            ruled_out: set[int] = set()
            idx = None
            if AGE_NOUN.match(lower) or split_age(tok):
                # "X, 62, and Y, 35, ... The 35-year-old": the one the text gave that age
                idx, ruled_out = person_of_age(doc, clusters, tok)
            elif lower in DEMONYM_NOUNS:
                # "the Syrian X and the Jordanian Y ... The Jordanian": the one introduced by it
                idx, ruled_out = person_of_nationality(doc, clusters, tok)
            if idx is None:
                idx = main_person(clusters, tok.idx)
            if idx is None or idx in ruled_out:
                idx = recent_person(doc, clusters, tok, "", sent_index, quotes)
            if idx is None:
                # "The Briton, 58, was freed ... Peter X had been held": a lede naming him after
                idx = named_next(doc, tok, clusters, sent_index)
            if idx is not None and idx not in ruled_out:
                lo, hi = min(c.idx for c in tok.children if c.dep_ == "det"), tok.idx + len(tok)
                clusters[idx].add(lo, hi, full_text(doc)[lo:hi], name=False)
                covered.append((lo, hi))
        elif lower == "client":
            idx = client_of_lawyer(doc, tok, clusters, sent_index)
            far = idx is None and (idx := client_of_speaking_lawyer(doc, tok, clusters)) is not None
            if idx is not None:
                first = min([tok.i] + [c.i for c in tok.children if c.dep_ in {"poss", "det"}])
                lo, hi = doc[first].idx, tok.idx + len(tok)
                if far:
                    # "Y said his client ...", Y named as her lawyer further back: "his" is Y's,
                    # read before as a pronoun of its own; it must not stand for anyone here
                    pronouns = _GENDERED_PRONOUNS
                    for other in clusters:
                        other.mentions[:] = [m for m in other.mentions if not (lo <= m[0] and m[1] <= hi and m[2].lower() in pronouns)]
                clusters[idx].add(lo, hi, full_text(doc)[lo:hi], name=False)
                covered.append((lo, hi))
        elif lower in ORG_REFERENCE_NOUNS and tok.pos_ == "NOUN":
            found = org_reference(doc, tok, clusters, sent_index)  # "the company said"
            if found is not None:
                clusters[found[0]].add(found[1], found[2], full_text(doc)[found[1] : found[2]], name=False)
                covered.append((found[1], found[2]))
        elif lower in KIN_REFERENCE_NOUNS and tok.pos_ == "NOUN":
            found = kin_reference(doc, tok, clusters)  # "his brother, Y, ... his brother"
            if found is None:
                found = reciprocal_kin(doc, tok, clusters)  # "His son, Y, said his father ..."
            if found is None:
                found = statement_kin(doc, tok, clusters)  # "We, the family of X, ... our son"
            if found is None:
                found = converse_kin(doc, tok, clusters)  # "His brother, Y, ... Y ... his brother"
            if found is None:
                found = sibling_reference(doc, tok, clusters)  # "the brothers A and B X ... his brother"
            if found is None:
                found = definite_kin_reference(doc, tok, clusters)  # "His nephew, X, ... The nephew"
            if found is None:
                found = speaker_kin(doc, tok, clusters, quotes, sent_index)  # '"My father ...," X said'
            if found is None:
                found = kin_named_after(doc, tok, clusters, sent_index)  # "her husband ... Her husband, X,"
            if found is not None:
                clusters[found[0]].add(found[1], found[2], full_text(doc)[found[1] : found[2]], name=False)
                covered.append((found[1], found[2]))
        elif lower in COMPANION_NOUNS:
            found = companion_reference(doc, tok, clusters)  # "her colleague, Y, ... Her colleague"
            if found is not None:
                clusters[found[0]].add(found[1], found[2], full_text(doc)[found[1] : found[2]], name=False)
                covered.append((found[1], found[2]))
        elif lower in ROLE_NOUNS and tok.pos_ == "NOUN" and tok.tag_ == "NN":
            idx = named_later(doc, tok, clusters, sent_index)  # "a spokesman said ... the spokesman, X,"
            if idx is not None:
                lo, hi = tok.left_edge.idx, tok.idx + len(tok)
                clusters[idx].add(lo, hi, full_text(doc)[lo:hi], name=False)
                covered.append((lo, hi))
            else:
                resolve_epithet(doc, tok, clusters, covered)
        elif lower in MALE_PRONOUNS or lower in FEMALE_PRONOUNS:
            gender = "m" if lower in MALE_PRONOUNS else "f"
            succeeded = predecessor_of_succession(doc, clusters, tok, gender)
            described = (succeeded, tok) if succeeded is not None else described_by_relative(doc, clusters, tok)
            if described is None:
                # "a man who sounded like X said he ...": the speaker, likened to X
                described = unnamed_speaker(doc, clusters, tok)
            if described is not None and described[0] is None:
                # "A regional official, who asked not to be named because he ...": the unnamed
                # source, who competes with the names for the pronouns after
                if all(n.i != described[1].i for n, _ in unnamed):
                    unnamed.append((described[1], gender))
                continue
            # "X was shot ... A witness, Y, called for help. He died": whom the death ends
            ended = who_began_what_ends(doc, clusters, tok, gender, sent_index) if described is None else None
            idx = (
                described[0]
                if described is not None
                else ended
                if ended is not None
                else recent_person(doc, clusters, tok, gender, sent_index, quotes, unnamed=unnamed)
            )
            if idx is not None:
                c = clusters[idx]
                c.gender = c.gender or gender
                c.add(start, start + len(tok), tok.text, name=False)
        elif lower == "it":
            idx = org_pronoun_antecedent(doc, tok, clusters, sent_index)
            if idx is not None:
                clusters[idx].add(start, start + len(tok), tok.text, name=False)
        elif lower in {"its"}:
            idx = recent_cluster(clusters, start, ("org",))
            if idx is not None and same_or_previous_sentence(doc, clusters[idx], tok, sent_index):
                clusters[idx].add(start, start + len(tok), tok.text, name=False)


class _Tokens:
    """``list(doc)`` made lazily: ``doc[i]`` on the first ``[i]``, the same object after (a
    slice or an iteration makes the tokens it covers)."""

    __slots__ = ("_doc", "_made")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._made: list[Token | None] = [None] * len(doc)

    def __len__(self) -> int:
        return len(self._made)

    def __getitem__(self, i):  # noqa: ANN001, ANN204 - an index or a slice, as a list takes
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self._made)))]
        tok = self._made[i]
        if tok is None:
            tok = self._made[i] = self._doc[i]
        return tok

    def __iter__(self) -> Iterator[Token]:
        for i in range(len(self._made)):
            yield self[i]


class _Covered(list):
    """The character spans the epithet pass has given an entity (a list of ``(start, end)``),
    with a mask of the characters they cover: whether a token lies inside one is asked for
    every candidate token, and the spans number in the hundreds in a long text."""

    def __init__(self, spans: list[tuple[int, int]], size: int) -> None:
        super().__init__()
        self._mask = bytearray(size)
        self.extend(spans)

    def append(self, span: tuple[int, int]) -> None:
        super().append(span)
        start, end = max(span[0], 0), min(span[1], len(self._mask))
        if end > start:
            self._mask[start:end] = b"\x01" * (end - start)

    def extend(self, spans) -> None:  # noqa: ANN001 - any iterable of spans
        for span in spans:
            self.append(span)

    def holds(self, at: int) -> bool:
        """``any(s <= at < e for s, e in self)``."""
        if 0 <= at < len(self._mask):
            return bool(self._mask[at])
        return any(s <= at < e for s, e in self)


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_GENDERED_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
_EPITHET_WORDS = (
    ROLE_NOUNS | MALE_PRONOUNS | FEMALE_PRONOUNS | DEMONYM_NOUNS | ORG_REFERENCE_NOUNS | KIN_REFERENCE_NOUNS
    | {"it", "its", "client"} | frozenset(YOUNG_NOUNS) | COMPANION_NOUNS
)
"""The words the epithet and pronoun loop acts on (besides age nouns)."""
_EPITHET_WANTED: dict[str, bool] = {}
"""Lower-case word → one of :data:`_EPITHET_WORDS`, "old" or an age noun (all documents)."""


def _epithet_candidates(doc: Doc, candidates: frozenset[str]) -> list[Token]:
    """The tokens the epithet and pronoun loop can act on, read from the token tables:
    a subject noun (an apposition may name it), a candidate word, an age noun
    ("45-year-old", or the "old" of "45 - year - old"). Most tokens are none of these, and
    reading each token's attributes through spaCy cost more than the loop's real work."""
    tables = doc_tables(doc)
    lower, dep, pos = tables.lower, tables.dep, tables.pos
    wanted = _EPITHET_WANTED if candidates is _EPITHET_WORDS else {}
    if len(wanted) > 200_000:
        wanted.clear()  # a long ingest must not grow the cache without bound
    for word in set(lower).difference(wanted):
        wanted[word] = word in candidates or word == "old" or AGE_NOUN.match(word) is not None
    tokens = doc_tokens(doc)
    return [
        tokens[i]
        for i, word in enumerate(lower)
        if wanted[word] or dep[i] in _SUBJECT_DEPS and pos[i] == "NOUN"
    ]


def _outlet_like(c: Cluster, doc: Doc) -> bool:
    name = c.canonical
    if name.split()[-1].lower() in OUTLET_HEADS:
        return True
    return bool(re.search(r"\(\s*" + re.escape(name) + r"\s*\)\s*[—–-]", full_text(doc)))


def _to_records(doc: Doc, clusters: list[Cluster]) -> list[Entity]:
    doc_id = doc._.doc_id or ""
    live = [c for c in clusters if c.mentions and c.names]
    live.sort(key=lambda c: c.first)
    ids = {id(c): f"{doc_id[:12]}:e{n}" for n, c in enumerate(live)}
    index = {i: c for i, c in enumerate(clusters)}
    records = []
    for c in live:
        kind = c.kind
        if kind == "org" and (c.outlet or _outlet_like(c, doc)):
            kind = "outlet"
        parent = index.get(c.parent) if c.parent is not None else None
        aliases = tuple(dict.fromkeys(n for n in c.names))
        # (as plain fields: the record's validator makes the Mention records, faster than a
        # Mention(...) call each, and gives the same records)
        mentions = tuple({"start": s, "end": e, "text": t} for s, e, t in sorted(c.mentions))
        records.append(
            Entity(
                doc_id=doc_id,
                entity_id=ids[id(c)],
                name=_strip_title(c.canonical),
                kind=kind,
                aliases=aliases,
                roles=tuple(c.roles),
                mentions=mentions,
                parent=ids.get(id(parent)) if parent is not None and parent.mentions else None,
            )
        )
    return records


def _strip_title(name: str) -> str:
    words = name.split()
    if any(w in {"Without", "For", "Against", "Of", "Beyond"} for w in words[1:]):
        return name  # a body's name: "Justice Without Borders", "Judges For Peace"
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


@Language.factory("dateline_entities", assigns=["doc._.entities"])
def make_entity_resolver(nlp: Language, name: str) -> EntityResolver:
    register_extensions()
    return EntityResolver(nlp)
