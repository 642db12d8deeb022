"""One killing told at town and country granularity, and on different days, is one event.

A made-up world (every name invented for these tests): the commander Yusuf Rahal is reported
killed near the town of Qubba in Dastoria in March 2021, told five ways (the town, the
country, "last week", "in March", a day two days off); killed again near Qubba in September;
seen alive in June. A real DuckDB file, written through the Ledger API.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.ledger.store import Ledger

D = date
RAHAL = ("Yusuf Rahal", "person", ("Rahal",), ("rebel commander",))


def _march_killing(worlds) -> list:
    C, make = worlds.C, worlds.make_analysis
    return [
        make(
            "QUBBA, Dastoria, March 7 (Coastal Press Agency) - Dastoria's Defence Ministry said on "
            "Sunday that rebel commander Yusuf Rahal was killed in an airstrike near the town of "
            "Qubba on Friday.",
            D(2021, 3, 7),
            "Coastal Post",
            claims=(
                C(
                    "Dastoria's Defence Ministry said on Sunday that rebel commander Yusuf Rahal "
                    "was killed in an airstrike near the town of Qubba on Friday.",
                    "Yusuf Rahal", "killed", "Defence Ministry", (D(2021, 3, 5), D(2021, 3, 5)),
                    place="near the town of Qubba",
                ),
            ),
            entities=(RAHAL,),
        ),
        make(
            "Rebels denied reports that Yusuf Rahal was killed in Dastoria last week.",
            D(2021, 3, 9),
            "Valley Times",
            claims=(
                C(
                    "Rebels denied reports that Yusuf Rahal was killed in Dastoria last week.",
                    "Yusuf Rahal", "killed", "reports", (D(2021, 3, 1), D(2021, 3, 7)),
                    place="in Dastoria",
                ),
            ),
            entities=(RAHAL,),
        ),
        make(
            "Officials said Rahal died near Qubba on Sunday, when his car was hit.",
            D(2021, 3, 10),
            "Harbour Daily",
            claims=(
                C(
                    "Officials said Rahal died near Qubba on Sunday, when his car was hit.",
                    "Yusuf Rahal", "killed", "officials", (D(2021, 3, 7), D(2021, 3, 7)),
                    place="near Qubba", anonymous=True,
                ),
            ),
            entities=(RAHAL,),
        ),
        make(
            "Rahal was reported killed in March near Qubba, a farming town in northern Dastoria.",
            D(2021, 5, 2),
            "Northern Courier",
            claims=(
                C(
                    "Rahal was reported killed in March near Qubba, a farming town in northern "
                    "Dastoria.",
                    "Yusuf Rahal", "killed", "Northern Courier", (D(2021, 3, 1), D(2021, 3, 31)),
                    place="near Qubba",
                ),
            ),
            entities=(RAHAL,),
        ),
    ]  # fmt: skip


def _later_news(worlds) -> list:
    C, make = worlds.C, worlds.make_analysis
    return [
        make(
            "A video released by the rebels showed Yusuf Rahal addressing fighters on June 2.",
            D(2021, 6, 4),
            "Valley Times",
            claims=(
                C(
                    "A video released by the rebels showed Yusuf Rahal addressing fighters on "
                    "June 2.",
                    "Yusuf Rahal", "appeared", "the rebels", (D(2021, 6, 2), D(2021, 6, 2)),
                    certainty="unconfirmed",
                ),
            ),
            entities=(RAHAL,),
        ),
        make(
            "The army said Yusuf Rahal was killed near Qubba on Tuesday, months after an "
            "earlier report of his death.",
            D(2021, 9, 16),
            "Coastal Post",
            claims=(
                C(
                    "The army said Yusuf Rahal was killed near Qubba on Tuesday, months after an "
                    "earlier report of his death.",
                    "Yusuf Rahal", "killed", "the army", (D(2021, 9, 14), D(2021, 9, 14)),
                    place="near Qubba",
                ),
            ),
            entities=(RAHAL,),
        ),
    ]  # fmt: skip


@pytest.fixture
def rahal(tmp_path, worlds):
    with Ledger(tmp_path / "rahal.duckdb") as ledger:
        ledger.add(_march_killing(worlds) + _later_news(worlds))
        yield ledger


def _deaths(ledger: Ledger) -> list:
    clusters = [c for c in ledger.clusters("Rahal") if c.predicate == "killed"]
    return sorted(clusters, key=lambda c: c.earliest or date.max)


def test_a_killing_told_at_town_country_week_month_and_day_is_one_event(rahal) -> None:
    march, september = _deaths(rahal)
    assert len(march.reports) == 4
    assert march.earliest == march.latest == D(2021, 3, 5)  # the day most reports hold
    assert len(september.reports) == 1 and september.earliest == D(2021, 9, 14)


def test_the_ledger_learnt_that_qubba_is_in_dastoria(rahal) -> None:
    places = {r["place"]: r for r in rahal.query("SELECT place, rank, chain FROM place_index")}
    assert places["near Qubba"]["chain"] == ["qubba", "dastoria"]
    assert places["in Dastoria"]["rank"] == 1  # "Dastoria's Defence Ministry"


def test_both_deaths_still_contradicted_and_timeline_shares_the_event(rahal) -> None:
    found = rahal.contradictions("Rahal")
    deaths = {c.claim.claim.event_earliest for c in found if c.kind == "death_vs_life"}
    assert D(2021, 3, 5) in deaths and D(2021, 3, 7) in deaths  # life on June 2 after both
    assert not [c for c in found if c.kind == "incompatible_places"]
    march = [
        e
        for e in rahal.timeline("Rahal")
        if e.claim.event_earliest and e.claim.event_earliest.month == 3
    ]
    assert len({e.cluster_id for e in march}) == 1


def test_two_towns_on_one_day_still_contradict(tmp_path, worlds) -> None:
    C, make = worlds.C, worlds.make_analysis
    seen = [
        make(
            f"Yusuf Rahal was seen {where} on Monday, witnesses said.",
            D(2021, 7, 6),
            outlet,
            claims=(
                C(
                    f"Yusuf Rahal was seen {where} on Monday, witnesses said.",
                    "Yusuf Rahal", "located_in", "witnesses", (D(2021, 7, 5), D(2021, 7, 5)),
                    place=where,
                ),
            ),
            entities=(RAHAL,),
        )
        for where, outlet in (
            ("in Qubba", "Coastal Post"), ("in Tel Sabir", "Valley Times"),
            ("in Dastoria", "Harbour Daily"),
        )
    ]  # fmt: skip
    background = make(
        "Dastoria's Interior Ministry said the town of Qubba and the village of Tel Sabir "
        "were under curfew.",
        D(2021, 7, 1),
        "Coastal Post",
    )
    with Ledger(tmp_path / "seen.duckdb") as ledger:
        ledger.add([background, *seen])
        pairs = {
            frozenset((c.claim.claim.place, c.contradicted_by.claim.place))
            for c in ledger.contradictions("Rahal")
            if c.kind == "incompatible_places"
        }
        # Qubba and Tel Sabir: two towns; Dastoria (a country, nothing places either town
        # elsewhere) contradicts neither
        assert pairs == {frozenset({"in Qubba", "in Tel Sabir"})}
        # a later report says Tel Sabir is a neighbourhood of Qubba: the pair goes at the next ingest
        ledger.add(
            [
                make(
                    "Tel Sabir, a poor neighbourhood in Qubba, has no running water.",
                    D(2021, 8, 1),
                    "Valley Times",
                )
            ]
        )
        assert not [c for c in ledger.contradictions("Rahal") if c.kind == "incompatible_places"]
        live = ledger.contradictions("Rahal", as_of=D(2021, 12, 31))
        assert not [c for c in live if c.kind == "incompatible_places"]


def test_sql_and_python_place_rules_agree_on_the_stored_places(rahal) -> None:
    from dateline.ledger.places import compatible, compatible_sql, load_place_index

    rows = rahal.query("SELECT place FROM place_index")
    infos = load_place_index(rahal.conn, [r["place"] for r in rows])
    sql = f"""
        SELECT a.place, b.place, {compatible_sql("a", "b")} FROM (
            SELECT place, key AS a_key, anchor AS a_anchor, rank AS a_rank, chain AS a_chain,
                levels AS a_levels, ranked AS a_ranked FROM place_index) a,
        (SELECT place, key AS b_key, anchor AS b_anchor, rank AS b_rank, chain AS b_chain,
                levels AS b_levels, ranked AS b_ranked FROM place_index) b
    """
    found = rahal.conn.execute(sql).fetchall()
    assert len(found) == len(rows) ** 2
    for a, b, ok in found:
        assert ok == compatible(infos[a], infos[b]), (a, b)
