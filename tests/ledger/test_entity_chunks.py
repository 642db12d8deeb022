"""The entity step of the end-of-ingest pass writes and commits its ids chunk by chunk (so a
transaction holds one chunk's updated rows): in many small chunks, or interrupted between two
of them and finished by the next open, it stores what one chunk does."""

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


@pytest.fixture
def one_chunk(worlds: SimpleNamespace, tmp_path: Path) -> dict[str, Any]:
    return _ingested(tmp_path / "one.duckdb", _analyses(worlds))


def test_many_small_chunks_store_what_one_chunk_does(
    worlds: SimpleNamespace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    one_chunk: dict[str, Any],
) -> None:
    commits: list[int] = []
    original = writes._commit_and_go_on

    def counted(conn: Any, release: Any = None) -> None:
        commits.append(1)
        original(conn, release)

    monkeypatch.setattr(writes, "PARTITION_ROWS", 3)
    monkeypatch.setattr(writes, "BULK_UPDATE_MIN", 0)  # the index dropped and built per chunk
    monkeypatch.setattr(writes, "_commit_and_go_on", counted)
    assert _ingested(tmp_path / "many.duckdb", _analyses(worlds)) == one_chunk
    assert len(commits) > 4


def test_an_entity_step_interrupted_between_chunks_is_finished_by_the_next_open(
    worlds: SimpleNamespace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    one_chunk: dict[str, Any],
) -> None:
    db = tmp_path / "crash.duckdb"
    runs = _analyses(worlds)
    calls: list[int] = []
    original = writes._commit_and_go_on

    class Crash(Exception):
        pass

    def crashing(conn: Any, release: Any = None) -> None:
        original(conn, release)  # this chunk is committed, then the process dies
        calls.append(1)
        if len(calls) == 2:
            raise Crash

    monkeypatch.setattr(writes, "PARTITION_ROWS", 3)
    with Ledger(db) as ledger:
        ledger.add(runs[0])
        monkeypatch.setattr(writes, "_commit_and_go_on", crashing)
        with pytest.raises(Crash):
            ledger.add(runs[1])
        state = writes.pending_pass(ledger.conn)
        assert state is not None and state["step"] == "entities"
    monkeypatch.undo()
    with Ledger(db) as ledger:  # the next open finishes the pass
        assert _snapshot(ledger) == one_chunk
