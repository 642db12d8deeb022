"""The entity step's memory at scale: ``resolve_input`` is numbered one range of doc ids at a
time (one window over every row ran out of the pass's 64 MB at 100,000 documents), its
working tables that grow with the ledger are tables of the file, not TEMP ones, and the
temporary tables it empties after each chunk are re-created, not emptied with ``DELETE``
(DuckDB keeps a temporary table's deleted rows until their whole row group is deleted)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import duckdb
import pytest

from dateline.ledger import writes
from dateline.ledger.store import Ledger

# the form the ranges replaced: one window over every document entity and orphan name
ONE_WINDOW_SQL = f"""
    SELECT row_number() OVER (ORDER BY doc_id, local_id, name, kind) AS rn, *
    FROM (SELECT doc_id, local_id, name, kind, aliases, roles FROM doc_entities
          UNION ALL
          SELECT doc_id, 'name:' || key, name, 'other', [], [] FROM ({writes._ORPHANS_SQL}))
    ORDER BY rn
"""

TABLES = ("entities", "aliases", "entity_notes", "doc_entities", "claims", "statements")


def _analyses(worlds: SimpleNamespace) -> list[Any]:
    return [
        *worlds.killed_three_times(),
        *worlds.wire_copies(),
        *worlds.same_surname(),
        *worlds.cross_dated(),
    ]


@pytest.fixture
def stored(worlds: SimpleNamespace, tmp_path: Path) -> Path:
    """A ledger file holding the four worlds' documents, its pass run."""
    db = tmp_path / "stored.duckdb"
    with Ledger(db) as ledger:
        ledger.add(_analyses(worlds))
    return db


@pytest.mark.parametrize("range_rows", [1, 3, 10, 1_000_000])
def test_ranges_number_the_rows_as_one_window_does(
    stored: Path, monkeypatch: pytest.MonkeyPatch, range_rows: int
) -> None:
    monkeypatch.setattr(writes, "RESOLVE_RANGE_ROWS", range_rows)
    with Ledger(stored) as ledger:
        conn = ledger.conn
        # an orphan name (a claimant with no entity record) among the rows
        orphans = conn.execute(writes._ORPHANS_SQL).fetchall()
        assert orphans
        writes._number_resolve_input(conn)
        ranged = conn.execute("SELECT * FROM resolve_input ORDER BY rn").fetchall()
        whole = conn.execute(ONE_WINDOW_SQL).fetchall()
        tables = conn.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()
    assert ranged == whole
    assert [r[0] for r in ranged] == list(range(1, len(whole) + 1))
    assert ("resolve_orphans",) not in tables


def test_working_tables_live_in_the_file_and_go_after_the_step(
    stored: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A TEMP table is held in DuckDB's memory, uncompressed: ``resolve_input`` and
    ``aliases_found`` (a row per document entity, per alias) took most of the pass's 64 MB at
    100,000 documents. Kept in the file, their blocks can be evicted once committed."""
    seen: list[tuple[str, bool]] = []
    resolve_stream = writes.resolve_stream
    with Ledger(stored) as ledger:

        def noted(*args: Any, **kwargs: Any) -> Any:
            seen.extend(
                ledger.conn.execute(
                    "SELECT table_name, temporary FROM duckdb_tables()"
                    " WHERE table_name IN ('resolve_input', 'aliases_found') ORDER BY 1"
                ).fetchall()
            )
            return resolve_stream(*args, **kwargs)

        monkeypatch.setattr(writes, "resolve_stream", noted)
        ledger.rebuild(full=True)
        left = ledger.conn.execute(
            "SELECT table_name FROM duckdb_tables() WHERE table_name IN"
            " ('resolve_input', 'resolve_orphans', 'aliases_found')"
        ).fetchall()
    assert seen == [("aliases_found", False), ("resolve_input", False)]
    assert left == []


def test_rows_inserted_in_number_order(stored: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the chunked reads (rn > ? AND rn <= ?) skip row groups by their rn bounds
    monkeypatch.setattr(writes, "RESOLVE_RANGE_ROWS", 4)
    with Ledger(stored) as ledger:
        writes._number_resolve_input(ledger.conn)
        stored_order = [
            r[0] for r in ledger.conn.execute("SELECT rn FROM resolve_input").fetchall()
        ]
    assert stored_order == sorted(stored_order)


def _tables(ledger: Ledger) -> dict[str, Any]:
    q = ledger.conn.execute
    return {t: q(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def test_entity_step_in_ranges_and_small_chunks_stores_what_one_does(
    worlds: SimpleNamespace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Ledger(tmp_path / "one.duckdb") as ledger:
        ledger.add(_analyses(worlds))
        one = _tables(ledger)
    monkeypatch.setattr(writes, "RESOLVE_RANGE_ROWS", 2)
    monkeypatch.setattr(writes, "RESOLVE_CHUNK", 3)
    monkeypatch.setattr(writes, "PARTITION_ROWS", 3)
    with Ledger(tmp_path / "many.duckdb") as ledger:
        ledger.add(_analyses(worlds))
        many = _tables(ledger)
    assert many == one


def _table_mb(conn: duckdb.DuckDBPyConnection) -> float:
    row = conn.execute(
        "SELECT memory_usage_bytes FROM duckdb_memory() WHERE tag = 'IN_MEMORY_TABLE'"
    ).fetchone()
    return (int(row[0]) if row else 0) / 2**20


def _fill(conn: duckdb.DuckDBPyConnection, chunk: int) -> None:
    conn.execute(
        f"INSERT INTO key_map SELECT md5(({chunk} * 25000 + range)::VARCHAR), 'local:e' || range,"
        " 'entity ' || range FROM range(25000)"
    )


def test_a_re_created_temp_table_keeps_no_dead_rows(tmp_path: Path) -> None:
    conn = duckdb.connect(str(tmp_path / "scratch.duckdb"))
    columns = "doc_id VARCHAR, key VARCHAR, entity_id VARCHAR"
    writes._empty_temp_table(conn, "key_map", columns)
    deleted, recreated = [], []
    for chunk in range(12):  # as the entity step's key map: a chunk's keys, then emptied
        _fill(conn, chunk)
        conn.execute("DELETE FROM key_map")
        deleted.append(_table_mb(conn))
    writes._empty_temp_table(conn, "key_map")
    for chunk in range(12):
        _fill(conn, chunk)
        writes._empty_temp_table(conn, "key_map")
        recreated.append(_table_mb(conn))
    kept = conn.execute("SELECT count(*) FROM key_map").fetchall()
    names = [d[0] for d in conn.execute("SELECT * FROM key_map").description or []]
    conn.close()
    assert kept == [(0,)] and names == ["doc_id", "key", "entity_id"]
    # DELETE left dead rows behind (MBs of them); re-created, nothing of a chunk stays
    assert max(deleted) > 4 * max(max(recreated), 0.5)
