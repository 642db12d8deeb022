"""The writer's memory in the end-of-ingest pass (issue 9): the wire-copy step drops
its candidate pairs (TEMP ``wire_pairs``) and commits before it goes on. A table dropped or
replaced inside a transaction keeps its rows until the commit (a rollback restores them), so
one transaction over the whole step held every part's pairs, which grow faster than the
corpus; at 100,000 documents the step ran out of the writer's DuckDB memory after the entity
and dating steps. Until session 19 the pairs were gathered and dropped band by band (a commit
per band); since, all the bands' pairs of one partition of first documents at a time (a
commit per partition)."""

from __future__ import annotations

import duckdb
import pytest
from wire_bands import every_candidate_verified, synthetic_bands

from dateline.ledger import writes


def _temp_table_bytes(conn: duckdb.DuckDBPyConnection) -> int:
    row = conn.execute(
        "SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory()"
        " WHERE tag = 'IN_MEMORY_TABLE'"
    ).fetchone()
    return int(row[0]) if row else 0


def _wire_pairs_exist(conn: duckdb.DuckDBPyConnection) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'wire_pairs'"
    ).fetchone()
    return bool(row and row[0])


def _counting_commits(
    conn: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, seen: list[tuple[bool, int]]
) -> None:
    """The step's commits between partitions note, once committed, whether ``wire_pairs``
    exists and the temp tables' memory."""

    def noting(conn_: duckdb.DuckDBPyConnection, release: object = None) -> None:
        conn_.execute("COMMIT")
        seen.append((_wire_pairs_exist(conn), _temp_table_bytes(conn)))
        conn_.execute("BEGIN TRANSACTION")

    monkeypatch.setattr(writes, "_commit_and_go_on", noting)


def test_the_wire_step_commits_after_each_partition_with_its_pairs_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conn = synthetic_bands(300)
    expected = every_candidate_verified(conn)
    monkeypatch.setattr(writes, "WIRE_PARTITION_DOCS", 60)  # several partitions
    parts = writes._partitions(conn, "doc_signatures", 60)
    assert parts > 2
    seen: list[tuple[bool, int]] = []
    _counting_commits(conn, monkeypatch, seen)
    conn.execute("BEGIN TRANSACTION")
    writes._step_wire(conn, {"full": True})
    conn.execute("COMMIT")
    assert len(seen) == parts
    assert not any(exists for exists, _ in seen)  # each part's pairs dropped before its commit
    # nothing of the partitions before is held: the temp tables' memory does not pile up
    assert max(size for _, size in seen) <= seen[0][1]
    found = dict(conn.execute("SELECT doc_id, wire_group FROM documents").fetchall())
    assert sum(g != d for d, g in found.items()) > 10  # copies were found
    assert found == {d: expected.get(d, d) for d in found}


def test_a_wire_step_stopped_between_partitions_ends_the_same_when_run_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conn = synthetic_bands(300)
    monkeypatch.setattr(writes, "WIRE_PARTITION_DOCS", 60)  # several partitions
    expected = every_candidate_verified(conn)
    commits = 0

    class Crash(Exception):
        pass

    def crash_after_third_part() -> None:
        nonlocal commits
        conn.execute("COMMIT")
        commits += 1
        if commits == 3:
            raise Crash
        conn.execute("BEGIN TRANSACTION")

    conn.execute("BEGIN TRANSACTION")
    with pytest.raises(Crash):
        writes.rebuild_wire_groups(conn, between_parts=crash_after_third_part)
    # three parts committed, yet no document's group changed: the step writes them last
    assert conn.execute("SELECT count(*) FROM documents WHERE wire_group <> doc_id").fetchone() == (
        0,
    )
    conn.execute("BEGIN TRANSACTION")
    writes._step_wire(conn, {"full": True})
    conn.execute("COMMIT")
    found = dict(conn.execute("SELECT doc_id, wire_group FROM documents").fetchall())
    assert found == {d: expected.get(d, d) for d in found}
    assert not _wire_pairs_exist(conn)
