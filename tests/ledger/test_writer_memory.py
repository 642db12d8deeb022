"""The ledger writer's memory stays bounded as the corpus grows (issue 9), with the same
ledger as before: a default DuckDB memory limit that grows only when DuckDB needs it, the
wire-copy pass streaming its candidate pairs, bulk updates of indexed columns rebuilding
their index, and no index on LSH bands (schema v9)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pytest
from tests.helpers.ledger_tables import table_rows
from wire_bands import every_candidate_verified, synthetic_bands

from dateline.errors import LedgerError
from dateline.ledger import schema, store, writes
from dateline.ledger.store import Ledger

CORPUS = Path(__file__).parent.parent / "fixtures" / "crash"


def _setting(ledger: Ledger, name: str) -> str:
    row = ledger.conn.execute("SELECT current_setting(?)", [name]).fetchone()
    return str(row[0]) if row else ""


def test_a_writing_ledger_gets_a_bounded_memory_limit_and_a_reader_duckdbs_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(store.MEMORY_LIMIT_ENV, raising=False)
    monkeypatch.delenv(store.THREADS_ENV, raising=False)
    db = tmp_path / "l.duckdb"
    with Ledger(db) as ledger:
        assert _setting(ledger, "memory_limit") == "122.0 MiB"  # 128 MB
        assert _setting(ledger, "threads") == str(store.WRITER_THREADS)
    with Ledger(db, read_only=True) as ledger:
        assert "GiB" in _setting(ledger, "memory_limit")  # DuckDB's default: 80% of RAM
    with Ledger(db, memory_limit="1GB", threads=1) as ledger:
        assert _setting(ledger, "memory_limit") == "953.6 MiB"
        assert _setting(ledger, "threads") == "1"
    monkeypatch.setenv(store.MEMORY_LIMIT_ENV, "default")
    with Ledger(db) as ledger:
        assert "GiB" in _setting(ledger, "memory_limit")
    monkeypatch.setenv(store.MEMORY_LIMIT_ENV, "512MB")
    with Ledger(db) as ledger:
        assert _setting(ledger, "memory_limit") == "488.2 MiB"


def test_a_bad_memory_setting_is_named_and_leaves_no_lock(tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    with pytest.raises(LedgerError, match="memory_limit"):
        Ledger(db, memory_limit="lots'; DROP TABLE claims; --")
    with pytest.raises(LedgerError, match="DuckDB setting"):
        Ledger(db, memory_limit="12 parsecs")
    with Ledger(db) as ledger:
        assert ledger.count("documents") == 0


def test_running_out_of_memory_raises_the_default_limit_and_stores_the_same_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(store.MEMORY_LIMIT_ENV, raising=False)
    with Ledger(tmp_path / "roomy.duckdb") as ledger:
        ledger.ingest([CORPUS], batch_size=8)
        expected = table_rows(ledger.conn)
    write, rebuild = writes.write_analyses, writes.rebuild
    failures = {"write": 2, "rebuild": 1}

    def failing(name: str, run: Any) -> Any:
        def step(conn: duckdb.DuckDBPyConnection, *args: Any, **kwargs: Any) -> Any:
            result = run(conn, *args, **kwargs)  # the work is done, then DuckDB gives up
            if failures[name]:
                failures[name] -= 1
                raise duckdb.OutOfMemoryException("Out of Memory Error: could not allocate")
            return result

        return step

    monkeypatch.setattr(writes, "write_analyses", failing("write", write))
    with Ledger(tmp_path / "tight.duckdb") as ledger:
        monkeypatch.setattr(writes, "rebuild", failing("rebuild", rebuild))
        start = ledger._memory_bytes
        report = ledger.ingest([CORPUS], batch_size=8)
        assert failures == {"write": 0, "rebuild": 0}
        # doubled after each rolled-back batch; the pass's retry raised its own step's limit
        assert ledger._memory_bytes == 4 * start
        assert report.added == len(expected["documents"])
        assert table_rows(ledger.conn) == expected


def test_a_limit_the_user_set_is_never_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*args: Any, **kwargs: Any) -> None:
        raise duckdb.OutOfMemoryException("Out of Memory Error: could not allocate")

    with Ledger(tmp_path / "l.duckdb", memory_limit="300MB") as ledger:
        assert not ledger._grow_memory()
        monkeypatch.setattr(writes, "write_analyses", failing)
        with pytest.raises(duckdb.OutOfMemoryException):
            ledger.ingest([CORPUS], batch_size=8)
        assert _setting(ledger, "memory_limit") == "286.1 MiB"
        assert ledger.count("documents") == 0


def test_a_bulk_update_rebuilds_the_index_and_stores_the_same_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Ledger(tmp_path / "rows.duckdb") as ledger:
        ledger.ingest([CORPUS], batch_size=8)
        expected = table_rows(ledger.conn)
    dropped: list[str] = []
    original = writes._index_dropped_for_bulk_update

    @contextmanager
    def watched(conn: Any, table: str, column: str, changes: str, *rest: Any) -> Iterator[None]:
        with original(conn, table, column, changes, *rest):
            names = {r[0] for r in conn.execute("SELECT index_name FROM duckdb_indexes()")
                     .fetchall()}  # fmt: skip
            if writes.INDEXED_COLUMNS.get((table, column), "-") not in names:
                dropped.append(f"{table}.{column}")
            yield

    monkeypatch.setattr(writes, "BULK_UPDATE_MIN", 0)
    monkeypatch.setattr(writes, "BULK_UPDATE_SHARE", 1_000_000)
    monkeypatch.setattr(writes, "_index_dropped_for_bulk_update", watched)
    with Ledger(tmp_path / "bulk.duckdb") as ledger:
        ledger.ingest([CORPUS], batch_size=8)
        assert "claims.subject_id" in dropped
        names = {r[0] for r in ledger.conn.execute("SELECT index_name FROM duckdb_indexes()")
                 .fetchall()}  # fmt: skip
        assert {"claims_subject", "documents_wire"} <= names
        assert table_rows(ledger.conn) == expected
        (entry, *_) = ledger.conn.execute(
            "SELECT subject_id FROM claims WHERE subject_id IS NOT NULL LIMIT 1"
        ).fetchall()
        assert (
            ledger.conn.execute(  # the rebuilt index answers
                "SELECT count(*) FROM claims WHERE subject_id = ?", [entry[0]]
            ).fetchone()[0]
            >= 1
        )


def test_streamed_wire_pairs_give_the_groups_of_verifying_every_candidate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conn = synthetic_bands(400)
    expected = every_candidate_verified(conn)
    monkeypatch.setattr(writes, "WIRE_BATCH", 7)  # many batches
    writes.rebuild_wire_groups(conn)
    found = dict(conn.execute("SELECT doc_id, wire_group FROM documents").fetchall())
    assert sum(g != d for d, g in found.items()) > 10  # copies were found
    assert found == {d: expected.get(d, d) for d in found}


def test_a_v8_file_drops_the_band_index_without_recomputing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v8.duckdb"
    with Ledger(path) as ledger:
        ledger.ingest([CORPUS], batch_size=8)
        ledger.conn.execute("CREATE INDEX bands_band ON doc_bands (band)")
        ledger.conn.execute("UPDATE meta SET value = '8' WHERE key = 'schema_version'")
        before = table_rows(ledger.conn)
    rebuilds: list[bool] = []
    monkeypatch.setattr(writes, "rebuild", lambda conn, full=False: rebuilds.append(full))
    with Ledger(path) as ledger:
        assert schema.stored_version(ledger.conn) == schema.SCHEMA_VERSION >= 9
        names = {r[0] for r in ledger.conn.execute("SELECT index_name FROM duckdb_indexes()")
                 .fetchall()}  # fmt: skip
        assert "bands_band" not in names
        assert table_rows(ledger.conn) == before
    assert rebuilds == []
