"""The writer's memory in the end-of-ingest pass (issue 9, session 15): the wire-copy step drops
each band's candidate pairs (TEMP ``band_pairs``) and commits before the next band. A table
dropped or replaced inside a transaction keeps its rows until the commit (a rollback restores
them), so one transaction over the sixteen bands held every band's pairs, which grow faster than
the corpus; at 100,000 documents the step ran out of the writer's DuckDB memory after the
entity and dating steps."""

from __future__ import annotations

import functools

import duckdb
import pytest
from wire_bands import every_candidate_verified, synthetic_bands

from dateline.ledger import wire, writes


def _temp_table_bytes(conn: duckdb.DuckDBPyConnection) -> int:
    row = conn.execute(
        "SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory()"
        " WHERE tag = 'IN_MEMORY_TABLE'"
    ).fetchone()
    return int(row[0]) if row else 0


def _band_pairs_exist(conn: duckdb.DuckDBPyConnection) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'band_pairs'"
    ).fetchone()
    return bool(row and row[0])


def test_the_wire_step_commits_after_each_band_with_its_pairs_dropped() -> None:
    conn = synthetic_bands(300)
    expected = every_candidate_verified(conn)
    seen: list[tuple[bool, int]] = []

    def after_commit() -> None:  # as the ledger's cache release runs, outside a transaction
        seen.append((_band_pairs_exist(conn), _temp_table_bytes(conn)))

    conn.execute("BEGIN TRANSACTION")
    writes._step_wire(conn, {"full": True}, release=after_commit)
    conn.execute("COMMIT")
    assert len(seen) == wire.BANDS
    assert not any(exists for exists, _ in seen)  # each band's pairs dropped before its commit
    # nothing of the bands before is held: the temp tables' memory does not pile up
    assert max(size for _, size in seen) <= seen[0][1]
    found = dict(conn.execute("SELECT doc_id, wire_group FROM documents").fetchall())
    assert sum(g != d for d, g in found.items()) > 10  # copies were found
    assert found == {d: expected.get(d, d) for d in found}


def test_a_wire_step_stopped_between_bands_ends_the_same_when_run_again() -> None:
    conn = synthetic_bands(300)
    expected = every_candidate_verified(conn)
    commits = 0

    class Crash(Exception):
        pass

    def crash_after_third_band() -> None:
        nonlocal commits
        commits += 1
        if commits == 3:
            raise Crash

    conn.execute("BEGIN TRANSACTION")
    with pytest.raises(Crash):
        writes._step_wire(conn, {"full": True}, release=crash_after_third_band)
    # three bands committed, yet no document's group changed: the step writes them last
    assert conn.execute("SELECT count(*) FROM documents WHERE wire_group <> doc_id").fetchone() == (
        0,
    )
    conn.execute("BEGIN TRANSACTION")
    writes._step_wire(conn, {"full": True})
    conn.execute("COMMIT")
    found = dict(conn.execute("SELECT doc_id, wire_group FROM documents").fetchall())
    assert found == {d: expected.get(d, d) for d in found}
    assert not _band_pairs_exist(conn)


def test_the_pass_gives_the_wire_step_the_release_between_bands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``rebuild`` hands the wire step its ``between_steps`` (the ledger's cache release),
    which then runs after every band and after every step."""
    calls: list[str] = []
    bands: list[object] = []

    def fake_wire(conn: object, state: object, *, release: object = None) -> None:
        bands.append(release)

    for step in writes.PASS_STEPS:
        if step != "wire":
            monkeypatch.setattr(writes, f"_step_{step}", lambda conn, state, **_: None)
    monkeypatch.setattr(writes, "_step_wire", fake_wire)
    conn = duckdb.connect()
    conn.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    conn.execute("CREATE TABLE documents (doc_id VARCHAR, ingested_at TIMESTAMP)")
    release = functools.partial(calls.append, "release")
    writes.rebuild(conn, full=True, between_steps=release)
    assert bands == [release]
    assert writes.pending_pass(conn) is None
