"""A writing ledger has DuckDB merge no row groups at a checkpoint
(``store.WRITER_VACUUM_TASKS``), so that the automatic checkpoints while streaming write what
was appended since the last one, not again the row groups at each table's end, whose size (for
a table with a row per document) grew with the ledger and with it the checkpoint's transient,
which set the streaming writer's peak."""

from __future__ import annotations

from pathlib import Path

import duckdb

from dateline.ledger import store
from dateline.ledger.store import Ledger


def _blocks(conn: duckdb.DuckDBPyConnection, table: str) -> set[int]:
    rows = conn.execute(
        f"SELECT DISTINCT block_id FROM pragma_storage_info('{table}') WHERE block_id >= 0"
    ).fetchall()
    return {int(r[0]) for r in rows}


def _rounds(conn: duckdb.DuckDBPyConnection, rounds: int) -> list[bool]:
    """``rounds`` times what the log holds between two automatic checkpoints while streaming
    (ten small commits to a table with a row per document and a primary key, as
    ``documents``), then a checkpoint: per round, whether every block written before is kept."""
    conn.execute("CREATE TABLE t (id VARCHAR PRIMARY KEY, body VARCHAR)")
    n = 0
    kept: set[int] = set()
    found = []
    for _ in range(rounds):
        for _ in range(10):
            conn.execute(
                "INSERT INTO t SELECT 'd' || i, repeat(md5(i::VARCHAR), 8)"
                f" FROM range({n}, {n + 160}) r(i)"
            )
            n += 160
        conn.execute("CHECKPOINT")
        blocks = _blocks(conn, "t")
        found.append(kept <= blocks)
        kept = blocks
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (n,)
    return found


def test_a_checkpoint_writes_the_new_rows_and_leaves_the_stored_ones(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.duckdb") as ledger:
        assert all(_rounds(ledger.conn, 8))


def test_duckdbs_default_merges_rewrite_the_tables_end(tmp_path: Path) -> None:
    # what the setting prevents: with DuckDB's own, a checkpoint merged the rows of earlier
    # rounds into new row groups (the 8th round wrote every block of the table again)
    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger.conn.execute("RESET max_vacuum_tasks")
        assert not all(_rounds(ledger.conn, 8))


def test_only_a_writer_sets_it(tmp_path: Path) -> None:
    path = tmp_path / "l.duckdb"
    with Ledger(path) as ledger:
        found = ledger.conn.execute("SELECT current_setting('max_vacuum_tasks')").fetchone()
        assert found == (store.WRITER_VACUUM_TASKS,)
    with Ledger(path, read_only=True) as reader:
        assert reader.count("documents") == 0


def test_deleted_rows_are_still_read_as_deleted(tmp_path: Path) -> None:
    # without merges, replaced rows stay as deletion marks: never read back
    with Ledger(tmp_path / "l.duckdb") as ledger:
        conn = ledger.conn
        conn.execute("INSERT INTO ingest_errors (run_id) SELECT 'r' || i FROM range(5000) t(i)")
        conn.execute("CHECKPOINT")
        conn.execute("DELETE FROM ingest_errors WHERE run_id < 'r3'")
        conn.execute("CHECKPOINT")
        left = conn.execute("SELECT count(*) FROM ingest_errors").fetchone()
        assert left == (5000 - sum(1 for i in range(5000) if f"r{i}" < "r3"),)
