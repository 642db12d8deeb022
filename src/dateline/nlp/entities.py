"""spaCy component ``dateline_entities``: group the mentions of one document into entities.

The model's named entities are the starting point. Its systematic errors in news prose are
repaired by rule, never by listing names:

* a surname alone (``Baghdadi``, ``Urban``) or an Arabic-style ``al-`` name tagged ORG/GPE
  after (or before) the full name appeared as a PERSON becomes a mention of that person;
* an ORG span that swallowed a role noun and a title (``Central Command spokesperson Capt``)
  is split: the organisation, the role (``spokesperson for US Central Command``) and the
  title, which belongs to the following person;
* ``al-X`` tagged ORG right after a person role noun (``leader al-X``) is a person.

Mentions then grow from names to surnames, epithets built on a known role (``the ISIS
leader``, ``its leader``, ``the journalist``) and cheaply resolvable pronouns (most recent
compatible person). Parts of a government or group keep their own entity with ``parent``
set (``Russia's Defense Ministry`` → Russia, ``the Russian military`` → Russia, ``ISIS media
wing al-Furqan`` → ISIS).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.nlp.extensions import register_extensions
from dateline.records import Entity, EntityKind, Mention


def _words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string."""
    return frozenset(text.split())


# Honorifics and ranks: they belong to the person, never to the name key.
TITLES = _words(
    """mr mrs ms miss dr prof professor sir dame lord lady capt captain col colonel gen general
    lt lieutenant maj major sgt sergeant cpl corporal pvt adm admiral cmdr commander brig
    brigadier rev reverend father sheikh shaikh sheik imam mullah emir president vice premier
    pm chancellor minister sen senator rep gov governor mayor judge justice king queen prince
    princess gen. st"""
)
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "dame", "lady", "queen", "princess"})
MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince"})

# Nouns naming a person's role: they make epithets ("the ISIS leader") and roles.
ROLE_NOUNS = _words(
    """leader chief head founder commander spokesperson spokesman spokeswoman official minister
    president emir caliph deputy lieutenant director secretary ambassador envoy general
    journalist reporter correspondent photographer editor writer blogger activist dissident
    lawyer attorney cleric preacher imam militant fighter commander-in-chief ruler chairman
    chairwoman ceo premier governor mayor boss strongman warlord opposition politician
    businessman businesswoman aid worker worker doctor researcher academic analyst
    sheikh pastor priest engineer hostage captive detainee prisoner nurse teacher pilot tourist
    missionary contractor campaigner colonel captain mullah"""
)
# Nouns that denote people, for names in apposition ("his colleague, X").
PERSON_NOUNS = ROLE_NOUNS | _words(
    """colleague friend escort driver guard bodyguard brother sister son daughter wife husband
    father mother cousin nephew niece uncle aunt partner assistant aide successor predecessor
    engineer teacher student hostage prisoner detainee captive victim man woman fixer translator
    interpreter guide nurse soldier officer pilot lawmaker mp candidate rival ally"""
)
SPEECH_VERBS = frozenset({"say", "tell", "add", "state", "announce", "insist", "declare", "write"})
LEADER_NOUNS = frozenset({"leader", "chief", "head", "commander", "founder", "emir", "boss"})
# "the 45-year-old", "the Briton", "the Swede": epithets for the person just named.
AGE_NOUN = re.compile(r"^\d{1,3}-year-old$")
DEMONYM_NOUNS = _words(
    """briton britons swede frenchman frenchwoman american canadian australian german italian
    dutchman dutchwoman spaniard dane norwegian finn pole russian ukrainian turk israeli
    palestinian iranian iraqi syrian lebanese egyptian saudi afghan pakistani indian chinese
    japanese korean nigerian kenyan somali ethiopian sudanese malian colombian mexican
    venezuelan brazilian argentine chilean peruvian filipino"""
)
# A rank or honorific used as an epithet for the person who bears it: "Gen. X ... the general".
TITLE_FORMS = {
    "general": frozenset({"gen", "general"}),
    "colonel": frozenset({"col", "colonel"}),
    "captain": frozenset({"capt", "captain"}),
    "brigadier": frozenset({"brig", "brigadier"}),
    "sheikh": frozenset({"sheikh", "shaikh", "sheik"}),
    "imam": frozenset({"imam"}),
    "governor": frozenset({"gov", "governor"}),
    "senator": frozenset({"sen", "senator"}),
    "president": frozenset({"president"}),
    "mullah": frozenset({"mullah"}),
}
# Role nouns news prose uses for one another: "journalist X ... the reporter".
ROLE_SYNONYMS = (
    frozenset({"journalist", "reporter", "correspondent"}),
    frozenset({"activist", "campaigner"}),
    frozenset({"lawyer", "attorney"}),
)
# People who speak for someone: "his lawyer said he ..." means the client.
PROXY_NOUNS = _words(
    """lawyer attorney counsel spokesman spokeswoman spokesperson wife husband brother sister son
    daughter father mother family aide relative cousin"""
)
# Honorifics used alone for the article's main figure: "the sheikh", "the cleric".
HONORIFIC_NOUNS = frozenset({"sheikh", "cleric", "imam", "preacher", "warlord", "strongman"})
SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "envoy", "ambassador"})
FEMALE_NOUNS = frozenset({"spokeswoman", "businesswoman", "chairwoman", "woman", "mother", "wife",
                          "daughter", "sister", "actress", "widow", "girl"})
MALE_NOUNS = frozenset({"spokesman", "businessman", "chairman", "man", "father", "husband", "son",
                        "brother", "boy", "widower"})

# Nouns that, before a name, say the name is an organisation ("media wing al-Furqan").
ORG_PART_NOUNS = _words(
    """wing arm branch affiliate affiliates faction group outlet agency channel network unit
    division ministry department office command brigade militia movement party front offshoot
    organization organisation"""
)
# Government bodies named by a demonym ("the Russian military").
GOV_NOUNS = _words(
    """military army navy government forces ministry air force intelligence police
    authorities regime administration troops"""
)
# Nouns that make a named place, not a person: "al-Nuri Mosque".
PLACE_HEADS = _words(
    """mosque church square hospital airport university school street road bridge palace
    prison camp base district province city village market hotel shrine stadium"""
)
OUTLET_HEADS = _words(
    """news times post journal tribune herald agency press television tv radio telegraph
    guardian gazette reuters"""
)
PLACE_PREPS = frozenset({"near", "in", "at", "outside", "around", "into", "towards", "toward"})
ARABIC_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "at", "az", "ar", "an", "ud", "ul"})
IRREGULAR_DEMONYMS = {
    "american": ("united states", "us", "u.s.", "america"),
    "british": ("united kingdom", "uk", "britain"),
    "french": ("france",),
    "dutch": ("netherlands",),
    "swiss": ("switzerland",),
    "saudi": ("saudi arabia",),
    "emirati": ("united arab emirates", "uae"),
}
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
ORG_PRONOUNS = frozenset({"it", "its", "they", "their", "them"})
NAME_LABELS: dict[str, EntityKind] = {
    "PERSON": "person", "ORG": "org", "GPE": "gpe", "LOC": "other", "FAC": "other"
}
_TEXT_KEY = "dateline.entities.text"
_TOKENS_KEY = "dateline.entities.tokens"
PRONOUN_WINDOW = 3  # sentences back that a pronoun may reach
# match_key's folds, compiled once (re's own cache is shared with every module).
_POSSESSIVE = re.compile(r"['’`ʿʾ]s\b")
_APOSTROPHE = re.compile(r"['’`ʿʾ]")
_ARTICLE_PREFIX = re.compile(r"\b(al|el|ad|ash|as|at|az|ar|an|ud|ul)-")
_NON_ALNUM = re.compile(r"[^a-z0-9 ]+")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=8192)
def match_key(name: str) -> str:
    """A name folded for matching spellings of one name within a document.

    Looser than the ledger's id key (:func:`dateline.names.entity_key`), which stays
    readable because it names entities in the ledger; this one also folds spellings.

    Lowercase ASCII, no honorifics or ranks, the Arabic article (``al-``, ``el-``, ``al ``)
    dropped, hyphens and apostrophes folded, doubled letters collapsed and ``ou`` → ``u``
    so that common transliteration variants (``Mohammed``/``Mohamed``, ``Abou``/``Abu``)
    meet. ``"Capt. William Urban"`` → ``"wiliam urban"``; ``"Al-Baghdadi"`` → ``"baghdadi"``.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _POSSESSIVE.sub("", text)
    text = _APOSTROPHE.sub("", text)
    text = _ARTICLE_PREFIX.sub(" ", text)
    text = _NON_ALNUM.sub(" ", text)
    words = [w for w in text.split() if w not in TITLES and w != "the"]
    if len(words) > 1:
        words = [w for w in words if w not in ARABIC_PARTICLES] or words
    folded = []
    for w in words:
        w = w.replace("ou", "u")
        w = _DOUBLED.sub(r"\1", w)
        folded.append(w)
    return " ".join(folded)


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping the character span ``[start, end)``.

    When several overlap, the one whose mention overlaps most (then the shortest mention)
    wins, so ``Russia's Defense Ministry`` finds the ministry, not Russia.
    """
    best: tuple[int, int] | None = None
    found: Entity | None = None
    for entity in doc._.entities or ():
        for m in entity.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap <= 0 and not (start == end and m.start <= start < m.end):
                continue
            score = (overlap, -(m.end - m.start))
            if best is None or score > best:
                best, found = score, entity
    return found


@dataclass
class _Cluster:
    kind: EntityKind
    names: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    role_nouns: list[tuple[str, int | None]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    gender: str | None = None
    parent: int | None = None
    first: int = 10**9

    @property
    def canonical(self) -> str:
        return max(self.names, key=lambda n: (len(match_key(n).split()), len(n)))

    def add(self, start: int, end: int, text: str, *, name: bool = True) -> None:
        # A span emptied by an earlier repair (its tokens given to a longer name) is no mention.
        if end <= start or not text.strip():
            return
        if any(s == start and e == end for s, e, _ in self.mentions):
            return
        self.mentions.append((start, end, text))
        self.first = min(self.first, start)
        if name and text not in self.names:
            self.names.append(text)


@dataclass
class _NameSpan:
    start: int  # token indices
    end: int
    kind: EntityKind
    title: str | None = None
    role_noun: str | None = None
    role_org: int | None = None  # index into the spans list
    role_org_span: tuple[int, int] | None = None
    parent_span: tuple[int, int] | None = None


class EntityResolver:
    """Callable spaCy component; see the module docstring for the rules it applies."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = resolve_entities(doc)
        return doc

    def pipe(self, docs, batch_size: int = 32):  # noqa: ANN001, ANN201 - spaCy protocol
        for doc in docs:
            yield self(doc)


def resolve_entities(doc: Doc) -> list[Entity]:
    """All entities of ``doc`` in order of first mention."""
    doc.user_data[_TEXT_KEY] = doc.text  # Doc.text is rebuilt on every access
    doc.user_data[_TOKENS_KEY] = list(doc)  # iterating a Doc makes new Token objects each time
    try:
        return _resolve(doc)
    finally:
        doc.user_data.pop(_TEXT_KEY, None)
        doc.user_data.pop(_TOKENS_KEY, None)


def _full_text(doc: Doc) -> str:
    cached = doc.user_data.get(_TEXT_KEY)
    return cached if cached is not None else doc.text


def _tokens(doc: Doc) -> list[Token]:
    cached = doc.user_data.get(_TOKENS_KEY)
    return cached if cached is not None else list(doc)


def _resolve(doc: Doc) -> list[Entity]:
    spans = _repaired_name_spans(doc)
    clusters, span_cluster = _cluster_names(doc, spans)
    _add_surname_mentions(doc, clusters)
    _add_government_parts(doc, clusters)
    _attach_parents_and_roles(doc, spans, span_cluster, clusters)
    _add_epithets_and_pronouns(doc, clusters)
    return _to_records(doc, clusters)


# --- repairing the model's name spans -------------------------------------------------


def _is_title(token: Token) -> bool:
    return token.lower_.rstrip(".") in TITLES and token.text[:1].isupper()


def _repaired_name_spans(doc: Doc) -> list[_NameSpan]:
    spans: list[_NameSpan] = []
    for ent in doc.ents:
        kind = NAME_LABELS.get(ent.label_)
        if kind is None:
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].text in {"'s", "’s", "'"}):
            end -= 1
        if start >= end:
            continue
        if kind == "person" and end - start == 1 and ent.start > 0 and doc[ent.start - 1].pos_ in {"DET", "NOUN", "ADJ"}:
            continue  # "the loyal Ansar": a common noun the model took for a name
        spans.extend(_split_role_span(doc, start, end, kind))
    spans.extend(_untagged_names_after_roles(doc, spans))
    spans.extend(_names_coordinated_with_people(doc, spans))
    spans.sort(key=lambda s: s.start)
    _strip_leading_roles(doc, spans)
    _give_titles(doc, spans)
    _retag_persons(doc, spans)
    _retag_non_persons(doc, spans)
    return spans


# Labels the small model gives a person's name after a role noun ("blogger Yusuf Darwish" as PRODUCT).
_MISTAGGED_NAME_LABELS = frozenset({"", "PERSON", "ORG", "NORP", "GPE", "PRODUCT", "WORK_OF_ART", "FAC", "LOC", "EVENT"})


def _names_coordinated_with_people(doc: Doc, spans: list[_NameSpan]) -> list[_NameSpan]:
    """"Omar Haddu and Sami Darwish were freed": a two- or three-word name joined by "and"
    to a person's name is a person too, whatever the model tagged it."""
    people = [s for s in spans if s.kind == "person" and s.end - s.start >= 2]
    out: list[_NameSpan] = []
    for p in people:
        root = doc[p.start : p.end].root
        for conj in root.conjuncts:
            if conj.pos_ != "PROPN" or conj.i < p.end:
                continue
            left = conj.left_edge.i
            while left < conj.i and doc[left].pos_ != "PROPN":
                left += 1
            n = conj.i + 1 - left
            if not 2 <= n <= 3 or not all(doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() for i in range(left, conj.i + 1)):
                continue
            inside = [s for s in spans if s.start < conj.i + 1 and left < s.end]
            if any(s.kind == "person" for s in inside):
                continue
            for s in inside:
                s.end = s.start  # the model's ORG/NORP pieces of the name give way
            out.append(_NameSpan(left, conj.i + 1, "person"))
    spans[:] = [s for s in spans if s.end > s.start]
    return out


def _untagged_names_after_roles(doc: Doc, spans: list[_NameSpan]) -> list[_NameSpan]:
    """``Defense Minister Ana Restrepo``: two or more capitalised words after a role noun
    or a title, which the model left untagged (or took for part of an ORG), are a person."""
    taken = {i for s in spans if s.kind == "person" for i in range(s.start, s.end)}
    out = []
    for tok in _tokens(doc):
        if tok.lower_.rstrip(".") not in ROLE_NOUNS and not _is_title(tok):
            continue
        j = tok.i + 1
        while j < len(doc) and (_is_title(doc[j]) or doc[j].text == "."):
            j += 1
        k = j
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and k - j < 4:
            k += 1
        if k - j < 2 or not all(doc[i].ent_type_ in _MISTAGGED_NAME_LABELS for i in range(j, k)):
            continue
        inner = [p for p in spans if p.kind == "person" and j <= p.start and p.end <= k]
        if inner and all(p.start > j or p.end < k for p in inner):
            inner[0].start, inner[0].end = j, k  # "Blogger Ana Moreno" tagged as "Moreno"
            taken.update(range(j, k))
        elif not any(i in taken for i in range(j, k)):
            out.append(_NameSpan(j, k, "person"))
            taken.update(range(j, k))
    # An ORG/GPE span that overlaps a recovered name loses the overlap.
    for s in spans:
        if s.kind != "person":
            for n in out:
                if s.start < n.end and n.start < s.end:
                    s.end = max(s.start, min(s.end, n.start))
    spans[:] = [s for s in spans if s.end > s.start]
    return out


def _strip_leading_roles(doc: Doc, spans: list[_NameSpan]) -> None:
    """``Lawyer Olga Petrova`` tagged as one PERSON: the role noun is not the name."""
    for s in spans:
        if s.kind != "person":
            continue
        while s.end - s.start > 2 and doc[s.start].lower_ in ROLE_NOUNS:
            s.role_noun = s.role_noun or doc[s.start].lower_
            s.start += 1


def _split_role_span(doc: Doc, start: int, end: int, kind: EntityKind) -> list[_NameSpan]:
    """``Central Command spokesperson Capt`` → ORG ``Central Command`` + a role for the
    next person; a span that is only a title is dropped (the person keeps it)."""
    words = [t.lower_.rstrip(".") for t in doc[start:end]]
    for i, w in enumerate(words):
        if w in ROLE_NOUNS and kind != "person" and doc[start + i].pos_ == "NOUN" or (
            w in SPOKES_NOUNS
        ):
            out = []
            if i > 0:
                out.append(_NameSpan(start, start + i, kind))
            person = _next_person_start(doc, start + i + 1)
            if person is not None:
                out.append(_NameSpan(person[0], person[1], "person", role_noun=w,
                                     role_org_span=(start, start + i) if i else None))
            return out
    if all(_is_title(t) or t.is_punct for t in doc[start:end]):
        return []
    return [_NameSpan(start, end, kind)]


def _next_person_start(doc: Doc, i: int) -> tuple[int, int] | None:
    """The PERSON entity starting within a few title tokens of token ``i``."""
    j = i
    while j < len(doc) and j - i < 5 and (_is_title(doc[j]) or doc[j].text == "."):
        j += 1
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start <= j < ent.end:
            return ent.start, ent.end
    if j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        k = j
        while k < len(doc) and doc[k].pos_ == "PROPN" and k - j < 4:
            k += 1
        return j, k
    return None


def _give_titles(doc: Doc, spans: list[_NameSpan]) -> None:
    """Move leading title tokens out of person names and note the title."""
    seen: dict[tuple[int, int], _NameSpan] = {}
    for s in spans:
        if s.kind != "person":
            continue
        start = s.start
        while start < s.end - 1 and _is_title(doc[start]):
            start += 1
        title_start = start
        j = s.start - 1
        while j >= 0 and (_is_title(doc[j]) or (doc[j].text == "." and j > 0 and _is_title(doc[j - 1]))):
            title_start = j if doc[j].text != "." else title_start
            j -= 1
        title_start = min(title_start, s.start)
        if title_start < start:
            s.title = doc[title_start:start].text.replace(" .", ".")
        s.start = start
    # A role split may have produced a span the model also tagged: keep the richer one.
    for s in list(spans):
        key = (s.start, s.end)
        if key in seen:
            keep = seen[key]
            keep.role_noun = keep.role_noun or s.role_noun
            keep.role_org_span = keep.role_org_span or s.role_org_span
            keep.title = keep.title or s.title
            spans.remove(s)
        else:
            seen[key] = s


def _retag_persons(doc: Doc, spans: list[_NameSpan]) -> None:
    """ORG/GPE spans that are a known person's surname, or ``al-X`` after a person noun;
    any name opening with a kunya (``Abu Anas al-X``, ``Umm Y``), which only people bear."""
    for s in spans:
        if s.kind != "person" and s.end - s.start >= 2 and _opens_with_kunya(doc, s):
            s.kind = "person"
    surnames = set()
    for s in spans:
        if s.kind == "person":
            words = match_key(doc[s.start : s.end].text).split()
            if len(words) >= 2:
                surnames.add(words[-1])
    for s in spans:
        if s.kind == "person":
            continue
        span = doc[s.start : s.end]
        key = match_key(span.text)
        if doc[s.end - 1].lower_ in PLACE_HEADS or doc[s.end - 1].lower_ in ORG_PART_NOUNS:
            continue
        if key in surnames and len(key.split()) == 1:
            s.kind = "person"
            continue
        prev = doc[s.start - 1] if s.start > 0 else None
        if _arabic_article(span) and prev is not None and prev.lower_ in ROLE_NOUNS:
            s.kind = "person"
            s.role_noun = prev.lower_
        elif _beside_person_noun(span):
            s.kind = "person"  # "his colleague, Femi Adeyemi": a name in apposition to a person noun


def _beside_person_noun(span: Span) -> bool:
    """The name stands in apposition to a noun that only people are ("his colleague, X",
    "X, a driver for the charity")."""
    root = span.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in PERSON_NOUNS and root.head.pos_ == "NOUN":
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_NOUNS for c in root.children)


KUNYA = frozenset({"abu", "abou", "umm", "om"})


def _opens_with_kunya(doc: Doc, s: _NameSpan) -> bool:
    """``Abu``/``Umm`` + a capitalised name, not the name of a place or group built on one
    (``Abu Ghraib prison``, ``the Abu Nidal Organisation``)."""
    first, second = doc[s.start], doc[s.start + 1]
    heads = {doc[s.end - 1].lower_, doc[s.end].lower_ if s.end < len(doc) else ""}
    return (
        first.lower_ in KUNYA
        and second.text[:1].isupper()
        and not heads & (PLACE_HEADS | ORG_PART_NOUNS)
        and not (s.start > 0 and doc[s.start - 1].lower_ == "the")
    )


def _retag_non_persons(doc: Doc, spans: list[_NameSpan]) -> None:
    """PERSON spans that are not people: a dateline place ("JUBA (Reuters) —"), a single
    word after a place preposition ("near Qaim"), or part of an organisation's name tagged
    ORG elsewhere ("Rising Dawn" / "Dawn")."""
    org_words: dict[str, int] = {}
    for s in spans:
        if s.kind == "org":
            for w in match_key(doc[s.start : s.end].text).split():
                org_words[w] = org_words.get(w, 0) + 1
    org_keys = {match_key(doc[s.start : s.end].text) for s in spans if s.kind == "org"}
    surnames = {
        match_key(doc[s.start : s.end].text).split()[-1]
        for s in spans
        if s.kind == "person" and len(match_key(doc[s.start : s.end].text).split()) >= 2
    }
    # A name written "the X" or "X movement/group" anywhere is an organisation everywhere.
    text = _full_text(doc)
    for name in {doc[s.start : s.end].text for s in spans if s.kind == "person"}:
        if _org_written(name, text):
            org_keys.add(match_key(name))
    for s in spans:
        if s.kind != "person":
            continue
        prev, nxt_tok = (doc[s.start - 1] if s.start else None), (doc[s.end] if s.end < len(doc) else None)
        if prev is not None and nxt_tok is not None and prev.text == "(" and nxt_tok.text == ")":
            s.kind = "org"  # "(Nile Monitor) —": the outlet's dateline
    for s in spans:
        if s.kind != "person":
            continue
        span = doc[s.start : s.end]
        key = match_key(span.text)
        nxt = doc[s.end] if s.end < len(doc) else None
        if span.text.isupper() and len(span.text) > 2 and nxt is not None and nxt.text == "(":
            s.kind = "gpe"
        elif key in org_keys or (key and all(w in org_words for w in key.split())):
            s.kind = "org"
        elif (
            len(span) == 1
            and span[0].dep_ == "pobj"
            and span[0].head.lower_ in PLACE_PREPS | {"for"}
            and key not in surnames
        ):
            s.kind = "gpe"


_ORG_PART_AFTER = re.compile(
    "(?i:" + "|".join(sorted(ORG_PART_NOUNS | {"media", "forces", "army", "front", "shield"})) + r")\b"
)


def _org_written(name: str, text: str) -> bool:
    """``the X`` or ``X movement/group/...`` somewhere in ``text``.

    The same test as ``\\b[Tt]he X\\b|\\bX (?i:nouns)\\b``, without compiling the noun
    alternation anew for every name: every place ``X `` starts (overlaps included) is tried.
    """
    escaped = re.escape(name)
    if re.search(rf"\b[Tt]he {escaped}\b", text):
        return True
    after = len(name) + 1
    return any(
        _ORG_PART_AFTER.match(text, m.start() + after)
        for m in re.finditer(rf"\b(?={escaped} )", text)
    )


def _arabic_article(span: Span) -> bool:
    first = span[0].lower_
    return first in ARABIC_PARTICLES and len(span) > 1 and span[1].text == "-" or bool(
        re.match(r"(al|el|ad|ash|as|at|az|ar)-\w", first)
    )


# --- clustering -------------------------------------------------------------------------


def _cluster_names(doc: Doc, spans: list[_NameSpan]) -> tuple[list[_Cluster], dict[int, int]]:
    clusters: list[_Cluster] = []
    span_cluster: dict[int, int] = {}
    by_key: dict[tuple[str, str], int] = {}
    # Longest names first so that short forms join the full name even when they come first.
    order = sorted(range(len(spans)), key=lambda i: -len(match_key(_text(doc, spans[i])).split()))
    for i in order:
        s = spans[i]
        text = _text(doc, s)
        key = match_key(text)
        if not key:
            continue
        kind = s.kind
        idx = by_key.get((kind, key))
        if idx is None:
            idx = _find_container(doc, clusters, kind, key, doc[s.start].idx)
        if idx is None:
            clusters.append(_Cluster(kind=kind))
            idx = len(clusters) - 1
        by_key[(kind, key)] = idx
        span_cluster[i] = idx
        c = clusters[idx]
        c.add(doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1]), text)
        if s.title:
            if f"{s.title} {text}" not in c.names:
                c.names.append(f"{s.title} {text}")
            c.titles.append(s.title)
            t = s.title.lower().split()[0].rstrip(".")
            c.gender = c.gender or ("f" if t in FEMALE_TITLES else "m" if t in MALE_TITLES else None)
    return clusters, span_cluster


def _text(doc: Doc, s: _NameSpan) -> str:
    return doc[s.start : s.end].text


def _find_container(
    doc: Doc, clusters: list[_Cluster], kind: str, key: str, at: int
) -> int | None:
    """A cluster whose name contains ``key`` as its last words (person) or tail (org)."""
    words = key.split()
    candidates = []
    for idx, c in enumerate(clusters):
        if c.kind != kind:
            continue
        for name in c.names:
            cw = match_key(name).split()
            if len(cw) <= len(words):
                continue
            if kind == "person" and (cw[-len(words) :] == words or (len(words) == 1 and words[0] in cw)):
                candidates.append(idx)
                break
            if kind == "org" and len(words) >= 2 and cw[-len(words) :] == words:
                candidates.append(idx)
                break
    if not candidates:
        return None
    # Ambiguous short form: the candidate mentioned most recently before it.
    # Ambiguous short form ("Moreno" with Ana and Lucia Moreno): the person named more
    # often so far, then the one introduced first (news names its main subject first).
    def salience(idx: int) -> tuple[int, int]:
        before = [s for s, _, _ in clusters[idx].mentions if s < at]
        return len(before), -min(before, default=10**9)

    return max(candidates, key=salience)


def _add_surname_mentions(doc: Doc, clusters: list[_Cluster]) -> None:
    """Surname-only mentions the model missed or tagged as something else."""
    covered = {(s, e) for c in clusters for s, e, _ in c.mentions}
    forms: dict[str, int] = {}
    for idx, c in enumerate(clusters):
        if c.kind == "person":
            words = match_key(c.canonical).split()
            if len(words) >= 2:
                forms.setdefault(words[-1], idx)
    if not forms:
        return
    for tok in _tokens(doc):
        if not tok.text[:1].isupper() or tok.pos_ not in {"PROPN", "NOUN", "ADJ", "X"}:
            continue
        start, end = tok.idx, tok.idx + len(tok)
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ARABIC_PARTICLES:
            start = doc[tok.i - 2].idx
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper():
            continue  # part of a longer name
        owner = forms.get(match_key(tok.text))
        if owner is None or any(s <= start < e or s < end <= e for s, e in covered):
            continue
        clusters[owner].add(start, end, _full_text(doc)[start:end])
        covered.add((start, end))


def _add_government_parts(doc: Doc, clusters: list[_Cluster]) -> None:
    """``the Russian military`` → an org entity whose parent is Russia."""
    for tok in _tokens(doc):
        if tok.ent_type_ != "NORP" or tok.head.lower_ not in GOV_NOUNS:
            continue
        head = tok.head
        start = tok.idx
        end = head.idx + len(head)
        if any(s <= start < e for c in clusters for s, e, _ in c.mentions):
            continue
        name = _full_text(doc)[start:end]
        country = _country_of(tok.text, clusters)
        key = match_key(name)
        existing = next((c for c in clusters if c.kind == "org" and match_key(c.canonical) == key), None)
        c = existing or _Cluster(kind="org")
        if existing is None:
            clusters.append(c)
        c.add(start, end, name)
        if country is not None:
            c.parent = country


def _country_of(demonym: str, clusters: list[_Cluster]) -> int | None:
    d = match_key(demonym)
    wanted = IRREGULAR_DEMONYMS.get(d, ())
    for idx, c in enumerate(clusters):
        if c.kind != "gpe":
            continue
        k = match_key(c.canonical)
        if k in wanted or any(match_key(n) in wanted for n in c.names):
            return idx
        stem = max(4, len(d) - 3)
        if len(k) >= 4 and k[:stem] == d[:stem]:
            return idx
    return None


def _attach_parents_and_roles(
    doc: Doc, spans: list[_NameSpan], span_cluster: dict[int, int], clusters: list[_Cluster]
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
                    full = _full_text(doc)[lo : doc[s.end - 1].idx + len(doc[s.end - 1])]
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


def _premodifier_epithet(doc: Doc, s: _NameSpan) -> tuple[int, int, str] | None:
    """``its leader`` in "its leader Abu Bakr al-Baghdadi" (also "the group's leader X",
    "ISIS leader X"): the role phrase before a name is one more mention of the person."""
    j = s.start - 1
    while j >= 0 and (_is_title(doc[j]) or doc[j].text == "."):
        j -= 1
    if j < 1 or doc[j].lower_ not in ROLE_NOUNS or doc[j].pos_ != "NOUN":
        return None
    k = j - 1
    while k >= 0 and (doc[k].dep_ in {"amod", "compound"} or doc[k].text in {"'s", "’s"}) and j - k < 5:
        k -= 1
    if k < 0 or doc[k].lower_ not in {"its", "their", "his", "her", "the"} and doc[k].dep_ != "poss":
        k += 1  # "ISIS leader X": no determiner, the phrase starts at the modifier
        if k == j:
            return None
    start, end = doc[k].idx, doc[j].idx + len(doc[j])
    return start, end, _full_text(doc)[start:end]


def _gender_from_nouns(doc: Doc, s: _NameSpan) -> str | None:
    """Gender from a kinship or gendered noun next to the name ("her husband, X",
    "X, a businesswoman", "spokeswoman X")."""
    root = doc[s.start : s.end].root
    near = [c for c in root.children if c.dep_ in {"appos", "compound"}]
    if root.dep_ == "appos":
        near.append(root.head)
    if s.start > 0:
        near.append(doc[s.start - 1])
    for tok in near:
        if tok.lower_ in FEMALE_NOUNS:
            return "f"
        if tok.lower_ in MALE_NOUNS:
            return "m"
    return None


def _cluster_at(clusters: list[_Cluster], start: int, end: int, kinds: tuple[str, ...]) -> int | None:
    for idx, c in enumerate(clusters):
        if c.kind in kinds:
            for s, e, _ in c.mentions:  # a plain loop: this runs for every pronoun and noun
                if s <= start and end <= e:
                    return idx
    return None


def _token_cluster(doc: Doc, tok: Token, clusters: list[_Cluster], kinds: tuple[str, ...]) -> int | None:
    return _cluster_at(clusters, tok.idx, tok.idx + len(tok), kinds)


def _parent_of_org(doc: Doc, s: _NameSpan, c: _Cluster, clusters: list[_Cluster]) -> int | None:
    span = doc[s.start : s.end]
    root = span.root
    # "Russia's Defense Ministry": a possessive GPE/ORG owner.
    for child in root.children:
        if child.dep_ == "poss":
            owner = _token_cluster(doc, child, clusters, ("gpe", "org"))
            if owner is not None:
                return owner
    # "US Central Command": the name starts with a country.
    first = _token_cluster(doc, span[0], clusters, ("gpe",))
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
            owner = _token_cluster(doc, tok, clusters, ("org", "gpe"))
            if owner is None and tok.lower_ in {"its", "their"}:
                owner = _recent_cluster(clusters, tok.idx, ("org",))
            return owner
        break
    return None


def _roles_of_person(doc: Doc, s: _NameSpan, clusters: list[_Cluster]) -> list[tuple[str, int | None]]:
    """Roles written next to a name: ``ISIS leader X``, ``its leader X``, ``X, the leader of
    ISIS``, ``X, a spokesman for the ministry``, ``journalist X``."""
    out: list[tuple[str, int | None]] = []
    if s.role_noun:
        org = None
        if s.role_org_span:
            a, b = s.role_org_span
            org = _cluster_at(clusters, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), ("org", "gpe"))
        out.append((s.role_noun, org))
    # Pre-modifiers: "[its|ISIS|the group's] leader [Title] Name"
    j = s.start - 1
    while j >= 0 and (_is_title(doc[j]) or doc[j].text == "."):
        j -= 1
    if j >= 0 and doc[j].lower_ in ROLE_NOUNS and not s.role_noun:
        out.append((doc[j].lower_, _owner_before(doc, j, clusters)))
    # Apposition after the name: "Name, the leader of ISIS," / "Name, ISIS's leader"
    name_root = doc[s.start : s.end].root
    for child in name_root.children:
        if child.dep_ == "appos" and child.lower_ in ROLE_NOUNS:
            out.append((child.lower_, _owner_of_noun(doc, child, clusters)))
    # The name in apposition to its role: "a Dutch oil engineer, Pieter Janssen,"
    head = name_root.head
    if (
        name_root.dep_ == "appos"
        and head.lower_ in ROLE_NOUNS
        and head.pos_ == "NOUN"
        and not s.role_noun
        and all(noun != head.lower_ for noun, _ in out)
    ):
        out.append((head.lower_, _owner_of_noun(doc, head, clusters)))
    return out


def _owner_before(doc: Doc, j: int, clusters: list[_Cluster]) -> int | None:
    """Owner of the role noun at ``j`` from the words just before it."""
    k = j - 1
    while k >= 0 and (doc[k].pos_ in {"ADJ", "NOUN"} and doc[k].ent_type_ == "" and k > j - 3):
        k -= 1
    if k < 0:
        return None
    tok = doc[k]
    if tok.lower_ in {"its", "their"}:
        return _recent_cluster(clusters, tok.idx, ("org",))
    if tok.text in {"'s", "'"} and k > 0:
        tok = doc[k - 1]
    return _token_cluster(doc, tok, clusters, ("org", "gpe"))


def _owner_of_noun(doc: Doc, noun: Token, clusters: list[_Cluster]) -> int | None:
    for child in noun.children:
        if child.dep_ in {"poss", "compound"}:
            owner = _token_cluster(doc, child, clusters, ("org", "gpe"))
            if owner is None and child.lower_ in {"its", "their"}:
                owner = _recent_cluster(clusters, child.idx, ("org",))
            if owner is not None:
                return owner
        if child.dep_ == "prep" and child.lower_ in {"of", "for", "at"}:
            for pobj in child.children:
                owner = _token_cluster(doc, pobj, clusters, ("org", "gpe"))
                if owner is not None:
                    return owner
    return None


def _recent_cluster(clusters: list[_Cluster], at: int, kinds: tuple[str, ...]) -> int | None:
    best, best_pos = None, -1
    for idx, c in enumerate(clusters):
        if c.kind not in kinds:
            continue
        for s, _, _ in c.mentions:
            if best_pos < s < at:
                best, best_pos = idx, s
    return best


# --- epithets and pronouns --------------------------------------------------------------


def _add_epithets_and_pronouns(doc: Doc, clusters: list[_Cluster]) -> None:
    covered = [(s, e) for c in clusters for s, e, _ in c.mentions]
    quotes = quoted_spans(_full_text(doc))
    sent_index = sentence_index(doc)
    candidates = ROLE_NOUNS | MALE_PRONOUNS | FEMALE_PRONOUNS | DEMONYM_NOUNS | {"its", "client"}
    for tok in _tokens(doc):
        lower = tok.lower_
        start = tok.idx
        if lower not in candidates and not AGE_NOUN.match(lower) and not _split_age(tok) or any(
            s <= start < e for s, e in covered
        ):
            continue
        if (AGE_NOUN.match(lower) or lower in DEMONYM_NOUNS or _split_age(tok)) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            # "The 45-year-old was freed", "the Briton": the article's person, else the one just named
            idx = _main_person(clusters, tok.idx)
            if idx is None:
                idx = _recent_person(doc, clusters, tok, "", sent_index, quotes)
            if idx is not None:
                lo, hi = min(c.idx for c in tok.children if c.dep_ == "det"), tok.idx + len(tok)
                clusters[idx].add(lo, hi, _full_text(doc)[lo:hi], name=False)
                covered.append((lo, hi))
        elif lower == "client":
            idx = _client_of_lawyer(doc, tok, clusters, sent_index)
            if idx is not None:
                first = min([tok.i] + [c.i for c in tok.children if c.dep_ in {"poss", "det"}])
                lo, hi = doc[first].idx, tok.idx + len(tok)
                clusters[idx].add(lo, hi, _full_text(doc)[lo:hi], name=False)
                covered.append((lo, hi))
        elif lower in ROLE_NOUNS and tok.pos_ == "NOUN" and tok.tag_ == "NN":
            _resolve_epithet(doc, tok, clusters, covered)
        elif lower in MALE_PRONOUNS or lower in FEMALE_PRONOUNS:
            gender = "m" if lower in MALE_PRONOUNS else "f"
            idx = _recent_person(doc, clusters, tok, gender, sent_index, quotes)
            if idx is not None:
                c = clusters[idx]
                c.gender = c.gender or gender
                c.add(start, start + len(tok), tok.text, name=False)
        elif lower in {"its"}:
            idx = _recent_cluster(clusters, start, ("org",))
            if idx is not None and _same_or_previous_sentence(doc, clusters[idx], tok, sent_index):
                clusters[idx].add(start, start + len(tok), tok.text, name=False)


_LAWYER_NOUNS = frozenset({"lawyer", "attorney", "counsel", "advocate", "solicitor", "barrister", "lawyers"})


OFFICIAL_ROLES = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "minister", "official", "officer", "ambassador", "envoy",
     "lawyer", "attorney", "prosecutor", "judge", "director", "secretary", "governor", "mayor", "president",
     "chief", "commander", "general", "analyst"}
)
OFFICIAL_TITLES = frozenset({"col", "colonel", "gen", "general", "maj", "major", "lt", "capt", "brig", "adm", "minister", "sen", "gov"})


def _speaks_for_others(c: _Cluster) -> bool:
    """A speaker whose role is to comment on others (a spokeswoman, a minister, a lawyer):
    in "Col. X said he was alive", "he" is the person the story is about."""
    roles = {r for r, _ in c.role_nouns}
    titles = {t.rstrip(".").lower() for t in c.titles}
    return bool(roles & OFFICIAL_ROLES or titles & OFFICIAL_TITLES)


def _proxy_speaker_span(doc: Doc, pronoun: Token) -> tuple[int, int] | None:
    """Characters of the speaker phrase when the pronoun sits in what "his lawyer, X" / "her
    brother" says: that speaker speaks for someone else, whom the pronoun means."""
    tok = pronoun
    for _ in range(4):
        if tok.head == tok:
            return None
        if tok.dep_ in {"ccomp", "xcomp"} and tok.head.lemma_.lower() in SPEECH_VERBS:
            break
        tok = tok.head
    else:
        return None
    speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ != "NOUN" or speaker.lemma_.lower() not in PROXY_NOUNS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in speaker.children):
        return None
    return speaker.left_edge.idx, speaker.right_edge.idx + len(speaker.right_edge)


def _split_age(tok: Token) -> bool:
    """"45-year-old" tokenised as 45 - year - old."""
    doc = tok.doc
    return (
        tok.lower_ == "old"
        and tok.i >= 4
        and doc[tok.i - 1].text == "-"
        and doc[tok.i - 2].lower_ == "year"
        and doc[tok.i - 3].text == "-"
        and doc[tok.i - 4].like_num
    )


def _client_of_lawyer(doc: Doc, tok: Token, clusters: list[_Cluster], sent_index: dict[int, int]) -> int | None:
    """"X's lawyer said his client ...": the client is X, the person the lawyer acts for
    (named as "X's lawyer" or "a lawyer for X" in this or the previous two sentences)."""
    if not any(c.dep_ == "poss" or c.lower_ == "the" for c in tok.children):
        return None
    here = sent_index[tok.i]
    best: tuple[int, int] | None = None
    for lawyer in doc[: tok.i]:
        if lawyer.lower_ not in _LAWYER_NOUNS or here - sent_index[lawyer.i] > 2:
            continue
        owners = [c for c in lawyer.children if c.dep_ == "poss"]
        owners += [p for c in lawyer.children if c.dep_ == "prep" and c.lower_ in {"for", "of"} for p in c.children]
        for owner in owners:
            idx = _token_cluster(doc, owner, clusters, ("person",))
            if idx is not None and (best is None or lawyer.i > best[0]):
                best = (lawyer.i, idx)
    return best[1] if best else None


def sentence_index(doc: Doc) -> dict[int, int]:
    """Token index → sentence number, with a paragraph break always ending a sentence
    (the parser sometimes runs a headline or a one-word answer into the next paragraph)."""
    index: dict[int, int] = {}
    n = -1
    text = _full_text(doc)
    previous = 0  # offset of the token before ``tok`` (used only inside a sentence)
    for sent in doc.sents:
        n += 1
        for tok in sent:
            if tok.i > sent.start and "\n\n" in text[previous : tok.idx]:
                n += 1
            index[tok.i] = n
            previous = tok.idx
    return index


def _resolve_epithet(doc: Doc, noun: Token, clusters: list[_Cluster], covered: list) -> None:
    """``the ISIS leader`` / ``its leader`` / ``the group's chief`` → the person with that role."""
    dets = [c for c in noun.children if c.dep_ in {"det", "poss", "compound"}]
    if not dets or any(c.ent_type_ == "PERSON" for c in noun.children):
        return
    if any(c.lower_ in {"a", "an", "another", "any", "every", "no", "some"} for c in dets):
        return
    # A name right after the noun makes it a pre-modifier, not an epithet.
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN":
        return
    owner = _owner_of_noun(doc, noun, clusters)
    has_owner = owner is not None or any(c.dep_ in {"poss", "compound"} for c in dets)
    candidates = []
    for idx, c in enumerate(clusters):
        if c.kind != "person":
            continue
        for role, org in c.role_nouns:
            same = role == noun.lower_ or role in LEADER_NOUNS and noun.lower_ in LEADER_NOUNS or any(
                role in group and noun.lower_ in group for group in ROLE_SYNONYMS
            )
            if same and (owner is None or org == owner) and not (has_owner and org is None and owner is not None):
                candidates.append(idx)
                break
        else:
            titles = {t.rstrip(".").lower() for t in c.titles}
            if titles & TITLE_FORMS.get(noun.lower_, frozenset()) and not has_owner:
                candidates.append(idx)  # "Gen. X ... the general"
    if not candidates:
        # "the militant leader" / "the Rising Dawn chief" with no leader named yet: the
        # article's main person, when one stands out (never for "its founder").
        fallback = _salient_person(clusters, noun.idx)
        definite = any(d.lower_ == "the" for d in dets) or any(d.dep_ == "compound" for d in dets)
        if fallback is None or noun.lower_ not in LEADER_NOUNS | HONORIFIC_NOUNS or not definite:
            return
        candidates = [fallback]
    idx = max(candidates, key=lambda i: max((s for s, _, _ in clusters[i].mentions if s < noun.idx), default=-1))
    first = min([noun.i] + [c.i for c in dets])
    start = doc[first].idx
    end = noun.idx + len(noun)
    clusters[idx].add(start, end, _full_text(doc)[start:end], name=False)
    covered.append((start, end))


def _main_person(clusters: list[_Cluster], at: int) -> int | None:
    """The person named most often before ``at`` (the first named on a tie)."""
    best: tuple[int, int, int] | None = None
    for idx, c in enumerate(clusters):
        if c.kind != "person":
            continue
        before = [s for s, _, _ in c.mentions if s < at]
        if before:
            key = (len(before), -min(before), idx)
            if best is None or key > best:
                best = key
    return best[2] if best else None


def _salient_person(clusters: list[_Cluster], at: int) -> int | None:
    """The person mentioned most often before ``at``, if clearly the article's subject."""
    counts = []
    for idx, c in enumerate(clusters):
        if c.kind == "person" and all(r in LEADER_NOUNS for r, _ in c.role_nouns):
            n = sum(1 for s, _, _ in c.mentions if s < at)
            if n >= 1:
                counts.append((n, idx))
    counts.sort(reverse=True)
    if not counts or len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    return counts[0][1]


def _recent_person(
    doc: Doc,
    clusters: list[_Cluster],
    tok: Token,
    gender: str,
    sent_index: dict[int, int],
    quotes: list[tuple[int, int]],
) -> int | None:
    """Antecedent of a personal pronoun: a compatible person in the same sentence (its
    subject first), else in the previous sentences (the latest subject first, then the
    latest mention). A pronoun in narration skips names that occur only inside quotes."""
    here = sent_index[tok.i]
    inside = any(a <= tok.idx < b for a, b in quotes)
    # "..., she told reporters": a speaking pronoun takes up the last speaker.
    speaking = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS and not inside
    # "His lawyer, X, said he had not been charged": not the lawyer, the one whose lawyer X is
    proxy = _proxy_speaker_span(doc, tok)
    by_sentence: dict[int, list[tuple[int, bool, int, bool]]] = {}
    for idx, c in enumerate(clusters):
        if c.kind != "person" or (c.gender and gender and c.gender != gender):
            continue
        for s, _, _ in c.mentions:
            if s >= tok.idx or (not inside and any(a <= s < b for a, b in quotes)):
                continue
            if proxy is not None and proxy[0] <= s < proxy[1]:
                continue
            span = doc.char_span(s, s + 1, alignment_mode="expand")
            if span is None:
                continue
            n = sent_index[span[0].i]
            if here - n > PRONOUN_WINDOW:
                continue
            root = _mention_root(doc, span[0])
            subject = root.dep_ in {"nsubj", "nsubjpass"}
            speaker = subject and root.head.lemma_.lower() in SPEECH_VERBS
            by_sentence.setdefault(n, []).append((s, subject and not speaker, idx, speaker))
    fallback: int | None = None
    for n in sorted(by_sentence, reverse=True):
        found = by_sentence[n]
        if inside:
            # "he" inside a quotation is not the one who speaks it.
            found = [f for f in found if not f[3]]
            if not found:
                continue
        if not speaking and not inside and all(f[3] for f in found) and (
            n < here or all(_speaks_for_others(clusters[f[2]]) for f in found)
        ):
            # A sentence that only quotes a speaker ("Lawyer X said ...") does not change
            # whom the narration is about: look further back for its subject.
            fallback = max(found)[2] if fallback is None else fallback
            continue
        speakers = [f for f in found if f[3]] if speaking else []
        subjects = [f for f in found if f[1]]
        best = max(speakers or subjects or found)
        return best[2]
    return fallback


def _mention_root(doc: Doc, tok: Token) -> Token:
    """The syntactic head of the name a token belongs to ("Abu" → "Baghdadi")."""
    while tok.dep_ in {"compound", "flat", "nmod"} and tok.head.i != tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    return tok


def _same_or_previous_sentence(doc: Doc, c: _Cluster, tok: Token, sent_index: dict[int, int]) -> bool:
    here = sent_index[tok.i]
    for s, _, _ in c.mentions:
        span = doc.char_span(s, s + 1, alignment_mode="expand")
        if span is not None and 0 <= here - sent_index[span[0].i] <= 1:
            return True
    return False


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks; an unclosed quote at a paragraph end continues
    into the next paragraph that opens with a quote mark (the news convention)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in re.finditer(r"[\"“”]|\n\s*\n", text):
        ch = m.group(0)
        if ch.strip() == "":
            if open_at is not None:
                nxt = text[m.end() : m.end() + 1]
                if nxt not in {'"', "“"}:
                    spans.append((open_at, m.start()))
                    open_at = None
                else:
                    spans.append((open_at, m.start()))
                    open_at = None
            continue
        if ch == "“" or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = m.end()
        else:
            if open_at is not None:
                spans.append((open_at, m.start()))
                open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


# --- records ----------------------------------------------------------------------------


def _outlet_like(c: _Cluster, doc: Doc) -> bool:
    name = c.canonical
    if name.split()[-1].lower() in OUTLET_HEADS:
        return True
    return bool(re.search(r"\(\s*" + re.escape(name) + r"\s*\)\s*[—–-]", _full_text(doc)))


def _to_records(doc: Doc, clusters: list[_Cluster]) -> list[Entity]:
    doc_id = doc._.doc_id or ""
    live = [c for c in clusters if c.mentions]
    live.sort(key=lambda c: c.first)
    ids = {id(c): f"{doc_id[:12]}:e{n}" for n, c in enumerate(live)}
    index = {i: c for i, c in enumerate(clusters)}
    records = []
    for c in live:
        kind = c.kind
        if kind == "org" and _outlet_like(c, doc):
            kind = "outlet"
        parent = index.get(c.parent) if c.parent is not None else None
        aliases = tuple(dict.fromkeys(n for n in c.names))
        mentions = tuple(Mention(start=s, end=e, text=t) for s, e, t in sorted(c.mentions))
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
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


@Language.factory("dateline_entities", assigns=["doc._.entities"])
def make_entity_resolver(nlp: Language, name: str) -> EntityResolver:
    register_extensions()
    return EntityResolver()
