"""Place comparison in the ledger: normalised place phrases, whole-word containment."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from dateline.ledger.assess import _compatible_place, _place_key_sql, cluster_claims, place_key
from dateline.records import Claim, TimelineEntry

PHRASES = [
    "near the village of Kafr Dunya",
    "on the outskirts of al-Minhal",
    "in Port Amal's al-Salam Hospital",
    "in Port Amal",
    "20km east of Wadi Rumm",
    "in a village",
    "in the town of Ar-Rimal",
    "outside Ḥaskur",
    "at the el-Nour Mosque in Sidi Kamal",
    "in eastern Dastoria",
]


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("near the village of Kafr Dunya", "kafr dunya"),
        ("on the outskirts of al-Minhal", "minhal"),
        ("in the town of Ar-Rimal", "rimal"),
        ("outside Ḥaskur", "haskur"),
        ("in a village", ""),
        (None, ""),
    ],
)
def test_place_key_strips_prepositions_articles_and_al(phrase, key) -> None:
    assert place_key(phrase) == key


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("near Kafr Dunya", "near the village of Kafr Dunya", True),
        ("in Port Amal", "in Port Amal's al-Salam Hospital", True),
        ("on the outskirts of al-Minhal", "in Minhal", True),
        ("near Kafr Dunya", "near Tel Sabir", False),
        ("in Port Amal", "in Amalia", False),  # containment is by whole words
        ("in Port", "in Port Amal", True),
        ("in a village", "near Tel Sabir", True),  # a generic place says nothing
        (None, "near Tel Sabir", True),
    ],
)
def test_compatible_place(a, b, compatible) -> None:
    assert _compatible_place(a, b) is compatible
    assert _compatible_place(b, a) is compatible


def test_sql_place_key_agrees_with_python() -> None:
    con = duckdb.connect()
    sql = f"SELECT {_place_key_sql('p')} FROM (SELECT ?::VARCHAR AS p)"
    for phrase in PHRASES:
        assert con.execute(sql, [phrase]).fetchone()[0] == place_key(phrase), phrase


def _entry(claim_id: str, place: str | None, day: date) -> TimelineEntry:
    claim = Claim(
        doc_id=f"d{claim_id}",
        claim_id=claim_id,
        subject="Omar Haddad",
        subject_id="omar haddad",
        predicate="killed",
        polarity="affirmed",
        event_earliest=day,
        event_latest=day,
        place=place,
        claimant="officials",
        certainty="reported",
        start=0,
        end=1,
        evidence="Omar Haddad was killed.",
    )
    return TimelineEntry(claim=claim, published=day, outlet="Valley Times")


def test_clusters_keep_strikes_at_different_villages_apart() -> None:
    day = date(2019, 3, 2)
    clusters = cluster_claims(
        [
            _entry("c1", "in a strike on Kafr Dunya", day),
            _entry("c2", "near the village of Kafr Dunya", day),
            _entry("c3", None, day),
            _entry("c4", "near Tel Sabir", day),
        ]
    )
    places = sorted(c.place or "" for c in clusters)
    assert len(clusters) == 2
    assert "near Tel Sabir" in places
