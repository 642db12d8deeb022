"""The writer's memory (issue 9): the end-of-ingest pass collects Python's cyclic
garbage before it starts and after each step (its steps leave reference cycles that Python's
oldest generation frees late, holding arenas that could go back to the OS), and checkpoints
DuckDB's write-ahead log between its steps."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from dateline.ledger import store, writes
from dateline.ledger.store import Ledger


class _Node:
    """A reference cycle's member that a weak reference can watch."""

    def __init__(self) -> None:
        self.me = self


def test_the_pass_collects_cycles_before_and_after_each_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    collected: list[int] = []
    collect = gc.collect

    def counting(*args: int) -> int:
        collected.append(1)
        return collect(*args)

    monkeypatch.setattr(gc, "collect", counting)
    gc.disable()  # only the pass's own collections free the cycle
    try:
        with Ledger(tmp_path / "l.duckdb") as ledger:
            node = _Node()
            watched = weakref.ref(node)
            del node
            assert watched() is not None  # a cycle: reference counting alone keeps it
            collected.clear()
            ledger._stored_since_pass = store.LARGE_PASS_DOCS  # a large ingest's pass
            ledger.rebuild()
            assert watched() is None
            # once before the pass, once after each of its steps (the contradiction step's
            # chunks add theirs: an empty ledger has none)
            assert len(collected) == 1 + len(writes.PASS_STEPS)
            collected.clear()
            ledger.rebuild()  # a small one (Ledger.add) collects nothing
            assert collected == []
    finally:
        gc.enable()


def test_the_pass_checkpoints_between_its_steps(tmp_path: Path) -> None:
    path = tmp_path / "l.duckdb"
    wal = Path(f"{path}.wal")
    with Ledger(path) as ledger:
        ledger.conn.execute("INSERT INTO ingest_errors (run_id) SELECT 'r' FROM range(2000)")
        assert wal.exists() and wal.stat().st_size > 0  # the rows wait in the log
        ledger._stored_since_pass = store.LARGE_PASS_DOCS
        ledger.rebuild()
        # checkpointed between the steps: the log holds nothing left
        assert not wal.exists() or wal.stat().st_size == 0
        assert ledger.count("ingest_errors") == 2000


def test_a_checkpoint_is_skipped_while_another_transaction_is_open(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.duckdb") as ledger:
        other = ledger.conn.cursor()
        other.execute("BEGIN TRANSACTION")
        other.execute("INSERT INTO ingest_errors (run_id) VALUES ('open')")
        ledger._checkpoint()  # DuckDB refuses while `other` writes: no error, done later
        other.execute("COMMIT")
        ledger._checkpoint()
        assert ledger.count("ingest_errors") == 1


def test_an_in_memory_ledger_is_not_checkpointed() -> None:
    with Ledger(":memory:") as ledger:
        ledger._checkpoint()
        ledger.rebuild()
