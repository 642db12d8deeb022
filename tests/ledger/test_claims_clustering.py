"""The claims table is rewritten in subject order as it grows (so an entity's claims sit in
few row groups), without changing what any query returns."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ledger import writes
from dateline.ledger.store import Ledger
from dateline.ledger.writes import CLUSTERED_ROWS, cluster_claims_by_subject

COLUMNS = "doc_id, claim_id, subject_id, predicate, polarity, certainty, published"


def add_claims(ledger: Ledger, start: int, count: int) -> None:
    ledger.conn.execute(
        f"INSERT INTO claims ({COLUMNS}) SELECT 'd' || (i // 5), 'c' || i, 's' || (i % 7),"
        " 'killed', 'affirmed', 'asserted', DATE '2020-01-01' + CAST(i % 90 AS INTEGER)"
        " FROM range(?, ?) t(i)",
        [start, start + count],
    )


def rows(ledger: Ledger) -> list[tuple[object, ...]]:
    return ledger.conn.execute("SELECT * FROM claims ORDER BY doc_id, claim_id").fetchall()


def test_the_rewrite_keeps_every_claim_and_the_subject_index(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.duckdb") as ledger:
        add_claims(ledger, 0, 1000)
        before = rows(ledger)
        assert cluster_claims_by_subject(ledger.conn, min_rows=100)
        assert rows(ledger) == before
        stored = ledger.conn.execute("SELECT subject_id FROM claims").fetchall()
        assert stored == sorted(stored)  # physical order: by subject
        indexes = ledger.conn.execute(
            "SELECT index_name FROM duckdb_indexes() WHERE table_name = 'claims'"
        ).fetchall()
        assert indexes == [("claims_subject",)]
        marker = ledger.conn.execute("SELECT value FROM meta WHERE key = ?", [CLUSTERED_ROWS])
        assert marker.fetchone() == ("1000",)
    with Ledger(tmp_path / "l.duckdb") as ledger:  # the rewrite is durable
        assert rows(ledger) == before


def test_rewrites_come_once_the_tail_is_a_quarter_of_the_sorted_part(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.duckdb") as ledger:
        add_claims(ledger, 0, 99)
        assert not cluster_claims_by_subject(ledger.conn, min_rows=100)  # too small
        add_claims(ledger, 99, 1)
        assert cluster_claims_by_subject(ledger.conn, min_rows=100)
        add_claims(ledger, 100, 24)
        assert not cluster_claims_by_subject(ledger.conn, min_rows=100)
        add_claims(ledger, 124, 1)
        assert cluster_claims_by_subject(ledger.conn, min_rows=100)


def test_a_rebuild_over_a_rewritten_table_answers_as_before(tmp_path: Path, worlds) -> None:
    analyses = worlds.killed_three_times() + worlds.wire_copies()
    with Ledger(tmp_path / "a.duckdb") as plain, Ledger(tmp_path / "b.duckdb") as clustered:
        plain.add(analyses)
        clustered.add(analyses)
        assert cluster_claims_by_subject(clustered.conn, min_rows=0)
        clustered.rebuild()
        for name in ("Abu Tariq al-Nasiri", "Lena Marsh"):
            assert clustered.timeline(name) == plain.timeline(name)
            assert clustered.status(name) == plain.status(name)
        assert clustered.contradictions() == plain.contradictions()


def test_ranges_of_subjects_store_the_order_one_sort_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sorted a range of subject ids at a time (one sort of a 100,000-document ledger's
    claims ran out of the pass's memory), the claims come out as one ORDER BY stores them,
    those with no subject last."""
    orders = []
    for range_rows in (1_000_000, 150, 7):
        monkeypatch.setattr(writes, "CLUSTER_RANGE_ROWS", range_rows)
        with Ledger(tmp_path / f"l{range_rows}.duckdb") as ledger:
            add_claims(ledger, 0, 1000)
            ledger.conn.execute("UPDATE claims SET subject_id = NULL WHERE claim_id LIKE '%3'")
            assert cluster_claims_by_subject(ledger.conn, min_rows=100)
            orders.append(
                ledger.conn.execute("SELECT subject_id, doc_id, claim_id FROM claims").fetchall()
            )
    whole = orders[0]
    assert whole[-1][0] is None and whole[0][0] is not None
    assert orders[1] == whole and orders[2] == whole
    assert len({r[0] for r in whole}) == 8  # seven subjects and none
