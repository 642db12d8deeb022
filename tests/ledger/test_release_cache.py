"""The writer empties DuckDB's block cache between pass steps and every few batches: the
cache must shrink, and the memory limit must come back exactly as it was set."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ledger import store
from dateline.ledger.store import Ledger


def _limit(ledger: Ledger) -> str:
    row = ledger.conn.execute("SELECT current_setting('memory_limit')").fetchone()
    return str(row[0]) if row else ""


def _cached_bytes(ledger: Ledger) -> int:
    row = ledger.conn.execute(
        "SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory() WHERE tag = 'BASE_TABLE'"
    ).fetchone()
    return int(row[0]) if row else 0


def _filled(ledger: Ledger) -> None:
    """A table of a few MB, checkpointed, then read whole: its blocks are in the cache."""
    ledger.conn.execute(
        "CREATE TABLE filler AS SELECT range AS n, repeat('x', 64) || range AS s FROM range(200000)"
    )
    ledger.conn.execute("CHECKPOINT")
    ledger.conn.execute("SELECT sum(n), max(s) FROM filler").fetchall()


@pytest.mark.parametrize("memory_limit", [None, "300MB", "default"])
def test_release_empties_the_cache_and_restores_the_limit(
    tmp_path: Path, memory_limit: str | None
) -> None:
    with Ledger(tmp_path / "l.duckdb", memory_limit=memory_limit) as ledger:
        before = _limit(ledger)
        _filled(ledger)
        cached = _cached_bytes(ledger)
        ledger._release_cache()
        assert _limit(ledger) == before
        assert _cached_bytes(ledger) < cached
        ledger._release_cache()  # again: the limit does not drift
        assert _limit(ledger) == before


def test_a_raised_limit_is_restored_as_raised(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger._set_memory(2 * store._size_bytes(store.WRITER_MEMORY_LIMIT))
        raised = _limit(ledger)
        ledger._release_cache()
        assert _limit(ledger) == raised


def test_an_ingest_releases_every_few_batches_and_around_the_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dateline.ledger import writes

    calls: list[str] = []
    release = Ledger._release_cache
    monkeypatch.setattr(store, "RELEASE_BATCHES", 1)
    monkeypatch.setattr(
        Ledger, "_release_cache", lambda self: (calls.append("release"), release(self))[1]
    )
    monkeypatch.setattr(writes, "write_analyses", lambda *a, **k: None)  # nothing to store
    with Ledger(tmp_path / "l.duckdb") as ledger:
        calls.clear()
        ledger._write_stream(iter(range(5)), "run", 2, None)  # type: ignore[arg-type]
        assert len(calls) == 2  # after the 1st and 2nd full batches
        calls.clear()
        ledger.rebuild()
        # once before the pass, once after each of its steps
        assert len(calls) == 1 + len(writes.PASS_STEPS)
