"""The entity step drops ``claims_subject`` at its first chunk that updates a large share of
the claims and builds it once, after its last chunk (not after every such chunk): the ledger
it stores is the same, the index is there at the end, and a step interrupted while the index
is dropped is finished, index and all, by the next open."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from tests.helpers.entity_step import analyses as _analyses
from tests.helpers.entity_step import ingested as _ingested
from tests.helpers.entity_step import snapshot as _snapshot

from dateline.ledger import writes
from dateline.ledger.store import Ledger


def _has_index(conn: Any) -> bool:
    return bool(
        conn.execute(
            "SELECT count(*) FROM duckdb_indexes() WHERE index_name = 'claims_subject'"
            " AND database_name = current_database()"
        ).fetchall()[0][0]
    )


@pytest.fixture
def one_chunk(worlds: SimpleNamespace, tmp_path: Path) -> dict[str, Any]:
    return _ingested(tmp_path / "one.duckdb", _analyses(worlds))


def test_the_index_stays_dropped_between_chunks_and_is_built_at_the_end(
    worlds: SimpleNamespace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    one_chunk: dict[str, Any],
) -> None:
    steps: list[list[bool]] = []  # per entity step: the index there after each chunk's commit
    original, step = writes._commit_and_go_on, writes.rebuild_entities

    inside = [False]

    def watched(conn: Any, release: Any = None) -> None:
        original(conn, release)
        if inside[0]:
            steps[-1].append(_has_index(conn))

    def entity_step(*args: Any, **kwargs: Any) -> None:
        steps.append([])
        inside[0] = True
        try:
            step(*args, **kwargs)
        finally:
            inside[0] = False

    monkeypatch.setattr(writes, "PARTITION_ROWS", 3)
    monkeypatch.setattr(writes, "BULK_UPDATE_MIN", 0)  # every chunk's update is a bulk one
    monkeypatch.setattr(writes, "BULK_UPDATE_SHARE", 1_000_000)
    monkeypatch.setattr(writes, "_commit_and_go_on", watched)
    monkeypatch.setattr(writes, "rebuild_entities", entity_step)
    found = _ingested(tmp_path / "many.duckdb", _analyses(worlds))
    assert found == one_chunk
    assert found["index"] == [("claims_subject",)]
    assert len(steps) == 2 and all(len(p) > 4 for p in steps)
    for present in steps:
        # dropped by the first chunk that changed claims, not built again between chunks
        assert not any(present[present.index(False) :])


def test_a_step_interrupted_with_the_index_dropped_ends_with_it(
    worlds: SimpleNamespace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    one_chunk: dict[str, Any],
) -> None:
    db = tmp_path / "crash.duckdb"
    runs = _analyses(worlds)
    original = writes._commit_and_go_on

    class Crash(Exception):
        pass

    def crashing(conn: Any, release: Any = None) -> None:
        original(conn, release)  # this chunk is committed, then the process dies
        if not _has_index(conn):
            raise Crash

    monkeypatch.setattr(writes, "PARTITION_ROWS", 3)
    monkeypatch.setattr(writes, "BULK_UPDATE_MIN", 0)
    monkeypatch.setattr(writes, "BULK_UPDATE_SHARE", 1_000_000)
    with Ledger(db) as ledger:
        ledger.add(runs[0])
        monkeypatch.setattr(writes, "_commit_and_go_on", crashing)
        with pytest.raises(Crash):
            ledger.add(runs[1])
        assert not _has_index(ledger.conn)
    monkeypatch.undo()
    with Ledger(db) as ledger:  # the next open finishes the pass, the index built again
        assert _has_index(ledger.conn)
        assert _snapshot(ledger) == one_chunk
