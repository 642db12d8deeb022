"""A large ingest drops the query-only indexes (``store.QUERY_INDEXES``: ``carriers_doc``,
``documents_wire``) at its first connection renewal and builds them once when its stream
ends, even when the stream fails; a crash in between leaves them dropped, and the next open,
writing or read-only, builds them again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from dateline.ledger import store
from dateline.ledger.store import Ledger

CORPUS = Path(__file__).parent.parent / "fixtures" / "crash"


def _indexes(conn: duckdb.DuckDBPyConnection) -> set[str]:
    rows = conn.execute(
        "SELECT index_name FROM duckdb_indexes() WHERE index_name IN (SELECT unnest(?))",
        [list(store.QUERY_INDEXES)],
    ).fetchall()
    return {str(r[0]) for r in rows}


def test_dropped_while_streaming_and_built_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[set[str]] = []
    renew = Ledger._renew_connection

    def noted(self: Ledger) -> None:
        renew(self)
        seen.append(_indexes(self.conn))

    monkeypatch.setattr(store, "RENEW_DOCS", 4)
    monkeypatch.setattr(Ledger, "_renew_connection", noted)
    with Ledger(tmp_path / "l.duckdb") as ledger:
        assert _indexes(ledger.conn) == set(store.QUERY_INDEXES)
        report = ledger.ingest([CORPUS], batch_size=4)
        assert report.added >= 8 and len(seen) >= 2
        assert seen == [set()] * len(seen)  # gone from the first renewal on
        assert _indexes(ledger.conn) == set(store.QUERY_INDEXES)


def test_a_failing_stream_builds_them_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "RENEW_DOCS", 4)
    with Ledger(tmp_path / "l.duckdb") as ledger:
        dropped: list[set[str]] = []

        def batch_then_fail() -> Iterator[object]:
            yield from range(4)  # one batch: stored, then the renewal drops the indexes
            dropped.append(_indexes(ledger.conn))
            raise RuntimeError("a worker died")

        monkeypatch.setattr(ledger, "_write_batch", lambda batch, *a, **k: len(batch))
        with pytest.raises(RuntimeError):
            ledger._write_stream(batch_then_fail(), "r", 4, None, renew=True)  # type: ignore[arg-type]
        assert dropped == [set()]
        assert _indexes(ledger.conn) == set(store.QUERY_INDEXES)


@pytest.mark.parametrize("read_only", [False, True])
def test_the_next_open_builds_what_a_crash_left_dropped(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "l.duckdb"
    with Ledger(path) as ledger:
        ledger.ingest([CORPUS], batch_size=4)
        ledger._drop_query_indexes()  # as a large ingest killed before its stream ended
        assert _indexes(ledger.conn) == set()
    with Ledger(path, read_only=read_only) as ledger:
        assert _indexes(ledger.conn) == set(store.QUERY_INDEXES)
        assert ledger.read_only == read_only


def test_the_pass_of_a_large_ingest_runs_without_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built at the stream's end, they stayed in DuckDB's memory under the whole pass (whose
    wire step then rebuilt ``documents_wire`` once more): they are built after it."""
    at_pass: list[set[str]] = []
    rebuild = Ledger.rebuild

    def noted(self: Ledger, **kwargs: object) -> None:
        at_pass.append(_indexes(self.conn))
        rebuild(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "RENEW_DOCS", 4)
    monkeypatch.setattr(Ledger, "rebuild", noted)
    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([CORPUS], batch_size=4)
        assert at_pass == [set()]
        assert _indexes(ledger.conn) == set(store.QUERY_INDEXES)
        small = ledger.ingest([CORPUS], batch_size=4, force=True)  # a second run: same again
        assert small.added > 0 and at_pass == [set(), set()]
        assert _indexes(ledger.conn) == set(store.QUERY_INDEXES)


def test_built_within_the_pass_budget_then_the_writers_limit_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At the writer's own limit DuckDB filled its pool with the build's blocks, the ingest's
    peak at 100,000 documents; each index is built at the pass's budget, then checkpointed
    and its blocks evicted."""
    limits: list[int] = []
    retrying = Ledger._retrying

    def noted(self: Ledger, run):  # type: ignore[no-untyped-def]
        limits.append(self._memory_bytes)
        return retrying(self, run)

    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([CORPUS], batch_size=4)
        writer, budget = ledger._memory_bytes, ledger._wanted(store.PASS_MEMORY_LIMIT)
        assert budget < writer
        ledger._drop_query_indexes()
        monkeypatch.setattr(Ledger, "_retrying", noted)
        ledger._build_query_indexes()
        assert limits == [budget] * len(store.QUERY_INDEXES)
        assert ledger._memory_bytes == writer
        assert _indexes(ledger.conn) == set(store.QUERY_INDEXES)
        limits.clear()
        ledger._build_query_indexes()  # all there: nothing is built, no limit changed
        assert limits == []
