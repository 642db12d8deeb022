"""Names whose kind the words around them state: places and media outlets.

The small model often tags a village or a group's media outlet as a PERSON (or leaves it
untagged). News prose says what such a name is, and these rules read it, never a list of names:

* ``the village/town of X``, ``X, a village near Y``, ``X village`` → a place (gpe);
* ``the X news agency``, ``X newspaper``, ``its news agency X``, ``X, the group's news
  agency`` → an outlet;
* ``Y's media wing X``, ``the Y media arm X``, ``X, the group's media wing`` → an
  organisation, part of ``Y`` (``Y`` is an organisation, not a person, whatever the model said).

A name so described is that kind everywhere in the document ("Amaq said ..." later on).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_index import tables_of
from dateline.nlp.entities_doc import NameSpan, doc_tokens
from dateline.nlp.entities_lexicon import ARABIC_PARTICLES, match_key
from dateline.records import EntityKind

SETTLEMENT_NOUNS = frozenset(
    ["village", "town", "city", "hamlet", "settlement", "district", "neighbourhood", "neighborhood", "suburb", "province", "governorate", "municipality", "region",
     # "the Somali port of X", "the capital, X", "the island of X", "the enclave of X"
     "port", "capital", "island", "enclave", "oasis"]
)
MEDIA_MODIFIERS = frozenset({"media", "news", "propaganda", "press"})
# Nouns that make an outlet: with a media word before them ("news agency", "media outlet")...
OUTLET_NOUNS = frozenset({"agency", "outlet", "channel", "network", "station", "website"})
# ...or alone ("the X newspaper").
OUTLET_NOUNS_ALONE = frozenset({"newspaper", "daily", "broadcaster", "weekly", "tabloid"})
# A group's media part: an organisation under the group ("its media wing X").
MEDIA_PART_NOUNS = frozenset({"wing", "arm", "office", "foundation", "center", "centre", "department", "unit"})
# Common nouns that stand for a group named earlier ("the group's media arm").
OWNER_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militia", "faction", "network"})
_NAME_PARTICLES = frozenset({"do", "da", "de", "del", "della", "di", "du", "dos", "das", "van", "von", "der", "den", "la", "le", "bin", "ibn"})
# Bodies a name in apposition may be: "His former club, Vistula X,", "X, a logistics firm,"
BODY_NOUNS = frozenset({"club", "team", "company", "firm", "party", "charity", "bank", "airline", "carmaker", "employer"})
_DESCRIPTOR_NOUNS = SETTLEMENT_NOUNS | OUTLET_NOUNS | OUTLET_NOUNS_ALONE | MEDIA_PART_NOUNS | BODY_NOUNS
_NOT_NAME_POS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "NUM", "SYM"})
_MAX_RUN = 5


@dataclass(frozen=True)
class Described:
    """A name (token span) and the kind its description states; ``owner`` is the span of
    the group it belongs to, if written ("ISIS" in "ISIS media wing al-Furqan")."""

    start: int
    end: int
    kind: EntityKind
    outlet: bool = False
    owner: tuple[int, int] | None = None


def described_names(doc: Doc) -> list[Described]:
    """Every name in ``doc`` whose kind a place or media description states."""
    out: list[Described] = []
    tokens = doc_tokens(doc)
    for tok in [tokens[i] for i, word in enumerate(tables_of(doc).lower) if word in _DESCRIPTOR_NOUNS]:
        if tok.lower_ not in _DESCRIPTOR_NOUNS or tok.pos_ != "NOUN" and tok.lower_ not in OUTLET_NOUNS_ALONE:
            continue
        if tok.lower_ in SETTLEMENT_NOUNS:
            out.extend(_places_described_by(doc, tok))
        elif tok.lower_ in BODY_NOUNS:
            out.extend(_bodies_described_by(doc, tok))
        elif _media_noun(tok) is not None:
            out.extend(_media_described_by(doc, tok))
    return out


def _places_described_by(doc: Doc, noun: Token) -> list[Described]:
    found = []
    # "the village of X", "near the town of X"
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "of" and any(c.dep_ == "det" for c in noun.children):
        found.append(_run_after(doc, noun.i + 2))
    # "X, a village near Y" (the noun explains the name) / "a village, X, ..."
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        found.append(_run_ending(doc, noun.head.i))
    found += [_run_ending(doc, c.i) for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    # "X village": the name is a compound of the noun
    prev = doc[noun.i - 1] if noun.i > 0 else None
    if prev is not None and prev.head.i == noun.i and prev.dep_ == "compound" and prev.pos_ == "PROPN":
        found.append(_run_ending(doc, prev.i))
    return [Described(a, b, "gpe") for a, b in filter(None, found)]


def _bodies_described_by(doc: Doc, noun: Token) -> list[Described]:
    """"His former club, Vistula X, said ...", "X, a logistics firm, ...": a name in
    apposition to a noun for a body is an organisation (the model may take a club named
    after a city and a person for a person)."""
    found = []
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        found.append(_run_ending(doc, noun.head.i))
    found += [_run_ending(doc, c.i) for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return [Described(a, b, "org") for a, b in filter(None, found)]


def _media_noun(tok: Token) -> tuple[bool, int] | None:
    """(outlet?, index where the description starts) when ``tok`` heads a media description."""
    lower = tok.lower_
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    modified = before is not None and before.lower_ in MEDIA_MODIFIERS
    if lower in OUTLET_NOUNS and modified:
        return True, tok.i - 1
    if lower in MEDIA_PART_NOUNS and modified:
        return False, tok.i - 1
    if lower in OUTLET_NOUNS_ALONE:
        return True, tok.i
    return None


def _media_described_by(doc: Doc, noun: Token) -> list[Described]:
    media = _media_noun(noun)
    assert media is not None
    outlet, first = media
    kind: EntityKind = "org"
    named_after = _run_after(doc, noun.i + 1)
    named_before = _run_ending(doc, first - 1) if first > 0 else None
    if named_before is not None and doc[named_before[1] - 1].head.i not in {noun.i, first}:
        named_before = None  # "... in Mosul news agency" is not "Mosul's news agency"
    if named_after is not None:
        # "ISIS media wing al-Furqan", "its news agency Amaq": the name follows, the owner precedes
        return [Described(*named_after, kind, outlet, owner=named_before or _possessive_owner(doc, first))]
    found = []
    appos = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        appos.append(noun.head)  # "al-Furat, the group's media arm"
    for name in appos:
        run = _run_ending(doc, name.i)
        if run is not None:
            found.append(Described(*run, kind, outlet, owner=named_before or _possessive_owner(doc, first)))
    if not found and named_before is not None:
        if not outlet or doc[named_before[1]].text in {"'s", "’s", "'"}:
            # "the Rising Dawn media wing", "Rising Dawn's news agency": the name is the owner
            return [Described(*named_before, "org")]
        # "the Tasnim news agency", "its Amaq news agency"
        found.append(Described(*named_before, kind, outlet, owner=_possessive_owner(doc, named_before[0])))
    return found


def _possessive_owner(doc: Doc, first: int) -> tuple[int, int] | None:
    """"Rising Dawn's media wing": the owner before the possessive marker; "its news agency",
    "the group's media arm": the one word standing for the owner (resolved with roles)."""
    if first >= 2 and doc[first - 1].text in {"'s", "’s", "'"}:
        named = _run_ending(doc, first - 2)
        if named is not None:
            return named
        return (first - 2, first - 1) if doc[first - 2].lower_ in OWNER_NOUNS else None
    if first >= 1 and doc[first - 1].lower_ in {"its", "their"}:
        return first - 1, first
    return None


def _name_token(tok: Token) -> bool:
    if tok.text[:1].isupper():
        # "a Turkish newspaper", "a Syrian town": a demonym describes, it does not name
        return tok.pos_ not in _NOT_NAME_POS and not tok.is_sent_start and tok.ent_type_ not in {"DATE", "TIME", "NORP"}
    # "al-Furqan" comes as "al", "-", "Furqan"; "Voz do Vale" has a particle inside
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.lower_ in _NAME_PARTICLES and nxt is not None and nxt.text[:1].isupper() and tok.i > 0:
        return doc[tok.i - 1].text[:1].isupper()
    return (tok.lower_ in ARABIC_PARTICLES and nxt is not None and nxt.text == "-") or tok.text == "-"


def _run_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """The name starting at token ``i`` (capitalised words, ``al-`` pieces)."""
    j = i
    while j < len(doc) and j - i < _MAX_RUN and _name_token(doc[j]):
        j += 1
    return _trimmed(doc, i, j)


def _run_ending(doc: Doc, j: int) -> tuple[int, int] | None:
    """The name ending at token ``j`` (inclusive), skipping a possessive marker."""
    if j >= 0 and doc[j].text in {"'s", "’s", "'"}:
        j -= 1
    i = j
    while i >= 0 and j - i < _MAX_RUN and _name_token(doc[i]):
        i -= 1
    return _trimmed(doc, i + 1, j + 1)


def _trimmed(doc: Doc, i: int, j: int) -> tuple[int, int] | None:
    """The run without hyphens or particles at its ends; None without a capitalised word."""
    while i < j and not doc[i].text[:1].isupper() and not (doc[i].lower_ in ARABIC_PARTICLES and i + 1 < j and doc[i + 1].text == "-"):
        i += 1
    while j > i and not doc[j - 1].text[:1].isupper():
        j -= 1
    if i >= j or not any(t.text[:1].isupper() for t in doc[i:j]):
        return None
    return i, j


def apply_descriptions(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """Give described names their kind (adding the names the model missed), make their
    owners organisations, and give the same kind to every other span of those names.
    Returns the spans added."""
    added: list[NameSpan] = []
    kinds: dict[str, tuple[EntityKind, bool]] = {}
    for d in described_names(doc):
        inside = [s for s in spans + added if s.start < d.end and d.start < s.end]
        if not inside:
            inside = [NameSpan(d.start, d.end, d.kind)]
            added.append(inside[0])
        for s in inside:
            s.kind, s.outlet = d.kind, d.outlet
            if d.owner is not None:
                s.parent_span = d.owner
        kinds[match_key(doc[d.start : d.end].text)] = (d.kind, d.outlet)
        if d.owner is not None:
            for s in spans + added:
                if s.kind == "person" and s.start < d.owner[1] and d.owner[0] < s.end:
                    s.kind = "org"  # a person has no media wing
    for s in spans + added if kinds else ():
        if s.kind != "person":
            continue
        described = kinds.get(match_key(doc[s.start : s.end].text))
        if described is not None:
            s.kind, s.outlet = described
    return added
