"""Place and time comparison in the ledger: normalised place phrases, whole-word containment,
and which claims cluster as one event (a month holds its days; two days off is one event)."""

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


def _dated(claim_id: str, place: str | None, lo: date, hi: date, published: date) -> TimelineEntry:
    entry = _entry(claim_id, place, lo)
    claim = entry.claim.model_copy(update={"event_earliest": lo, "event_latest": hi})
    return entry.model_copy(update={"claim": claim, "published": published})


def _undated(claim_id: str, place: str | None, latest: date | None, published: date):
    entry = _entry(claim_id, place, published)
    claim = entry.claim.model_copy(update={"event_earliest": None, "event_latest": latest})
    return entry.model_copy(update={"claim": claim, "published": published})


MARCH = (date(2019, 3, 1), date(2019, 3, 31))


@pytest.mark.parametrize(
    ("others", "events"),
    [
        # a month and a day inside it
        ([_dated("m", "near Kafr Dunya", *MARCH, date(2019, 5, 1))], 1),
        # a week ("last week") holding the day
        ([_dated("w", None, date(2019, 2, 25), date(2019, 3, 3), date(2019, 3, 5))], 1),
        # a day two days off ("on Friday" anchored from a later report)
        ([_dated("d", "near Kafr Dunya", date(2019, 3, 4), date(2019, 3, 4), date(2019, 3, 6))], 1),
        # five days off: another strike
        ([_dated("d", "near Kafr Dunya", date(2019, 3, 7), date(2019, 3, 7), date(2019, 3, 8))], 2),
        # months apart: another death report
        ([_dated("d", "near Kafr Dunya", date(2019, 9, 2), date(2019, 9, 2), date(2019, 9, 3))], 2),
        # a month and a day inside it, at another town
        ([_dated("m", "near Tel Sabir", *MARCH, date(2019, 5, 1))], 2),
        # untimed, published the day after
        ([_undated("u", None, date(2019, 3, 3), date(2019, 3, 3))], 1),
        # untimed, told months later with a bound ("last year") and the same place
        ([_undated("u", "on a farm near Kafr Dunya", date(2019, 12, 31), date(2020, 4, 1))], 1),
        # untimed, told a year later at the same village: a restatement
        ([_undated("u", "near Kafr Dunya", date(2020, 4, 1), date(2020, 4, 1))], 1),
        # ... but not at another village
        ([_undated("u", "near Tel Sabir", date(2020, 4, 1), date(2020, 4, 1))], 2),
        # ... nor with a bound before the event
        ([_undated("u", "near Kafr Dunya", date(2018, 12, 31), date(2020, 4, 1))], 2),
    ],
)
def test_clusters_by_compatible_time(others: list[TimelineEntry], events: int) -> None:
    day = _dated(
        "c1", "near the village of Kafr Dunya", date(2019, 3, 2), date(2019, 3, 2), date(2019, 3, 3)
    )
    clusters = cluster_claims([day, *others])
    assert len(clusters) == events


def test_a_denial_is_its_own_event_and_the_day_most_reports_hold_is_the_date() -> None:
    entries = [
        _dated("a", "near Kafr Dunya", *MARCH, date(2019, 5, 1)),
        _dated("b", None, date(2019, 3, 2), date(2019, 3, 2), date(2019, 3, 3)),
        _dated("c", None, date(2019, 3, 4), date(2019, 3, 4), date(2019, 3, 5)),
        _dated("d", "near Kafr Dunya", date(2019, 3, 2), date(2019, 3, 2), date(2019, 3, 9)),
    ]
    denial = _dated("e", None, date(2019, 3, 2), date(2019, 3, 2), date(2019, 3, 4))
    denial = denial.model_copy(
        update={"claim": denial.claim.model_copy(update={"polarity": "negated"})}
    )
    clusters = cluster_claims([*entries, denial])
    (event,) = [c for c in clusters if c.polarity == "affirmed"]
    assert len(event.reports) == 4 and event.earliest == event.latest == date(2019, 3, 2)
    assert len(clusters) == 2


def test_two_appearances_two_days_apart_are_two_events() -> None:
    def seen(claim_id: str, day: date) -> TimelineEntry:
        entry = _dated(claim_id, "in Kafr Dunya", day, day, day)
        claim = entry.claim.model_copy(update={"predicate": "appeared"})
        return entry.model_copy(update={"claim": claim})

    assert len(cluster_claims([seen("a", date(2019, 3, 2)), seen("b", date(2019, 3, 4))])) == 2
