"""The end-of-ingest pass commits step by step: a crash between two steps leaves a marker, and
the next open (writing or read-only) finishes the pass, storing what an uninterrupted run does."""

from __future__ import annotations

import pickle
import signal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import duckdb
import pytest

from dateline.ledger import writes
from dateline.ledger.store import Ledger

TABLES = (
    "entities", "aliases", "entity_notes", "doc_entities", "claims", "statements",
    "place_facts", "place_index", "doc_carriers",
)  # fmt: skip


def snapshot(ledger: Ledger) -> dict[str, Any]:
    """Every table the pass writes (timestamps left out), and that no pass is left open."""
    q = ledger.conn.execute
    found: dict[str, Any] = {t: q(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    found["documents"] = q(  # analysed_with: other processes may see other rule modules
        "SELECT * EXCLUDE (ingested_at, run_id, analysed_with) FROM documents ORDER BY doc_id"
    ).fetchall()
    found["pairs"] = q("SELECT * FROM contradiction_pairs ORDER BY rank").fetchall()
    found["pending"] = writes.pending_pass(ledger.conn)
    found["pass_subjects"] = q(f"SELECT count(*) FROM {writes.PASS_SUBJECTS}").fetchall()
    return found


def everything(worlds: SimpleNamespace) -> list[Any]:
    return [
        *worlds.killed_three_times(),
        *worlds.wire_copies(),
        *worlds.same_surname(),
        *worlds.cross_dated(),
    ]


def _runs(analyses: list[Any]) -> list[list[Any]]:
    """Two ingests: the second pass is an incremental one (contradictions of touched subjects)."""
    return [analyses[:6], analyses[6:] + analyses[:1]]


_REFERENCE: dict[str, Any] = {}


@pytest.fixture
def reference(worlds: SimpleNamespace, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The uninterrupted runs (made once per module)."""
    if not _REFERENCE:
        analyses = everything(worlds)
        with Ledger(tmp_path_factory.mktemp("ref") / "ref.duckdb") as ledger:
            for run in _runs(analyses):
                ledger.add(run)
            assert ledger.count("contradiction_pairs"), "the worlds hold contradictions"
            _REFERENCE.update(analyses=analyses, snapshot=snapshot(ledger))
    return _REFERENCE


class Crash(Exception):
    pass


@pytest.mark.parametrize("step", writes.PASS_STEPS)
@pytest.mark.parametrize("run", [0, 1])
def test_a_pass_failing_at_a_step_resumes_there_on_the_next_open(
    reference: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
    run: int,
) -> None:
    db = tmp_path / "crash.duckdb"
    runs = _runs(reference["analyses"])
    with Ledger(db) as ledger:
        for analyses in runs[:run]:
            ledger.add(analyses)
        original = getattr(writes, f"_step_{step}")

        def failing(conn: Any, state: dict[str, Any], **options: Any) -> None:
            original(conn, state, **options)  # the work is done, then the process dies
            raise Crash(step)

        monkeypatch.setattr(writes, f"_step_{step}", failing)
        with pytest.raises(Crash):
            ledger.add(runs[run])
        monkeypatch.undo()
        state = writes.pending_pass(ledger.conn)
        assert state is not None and state["step"] == step  # the failed step did not commit
        done = list(writes.PASS_STEPS[: writes.PASS_STEPS.index(step)])
        if "entities" in done:  # the steps before did
            assert ledger.count("entities")
    # the rest of the analyses arrive in a later run, after the crash
    with Ledger(db, read_only=True) as ledger:  # a reader finishes the pass first
        assert writes.pending_pass(ledger.conn) is None
    with Ledger(db) as ledger:
        for analyses in runs[run + 1 :]:
            ledger.add(analyses)
        assert snapshot(ledger) == reference["snapshot"]


def test_a_pass_killed_between_steps_is_finished_by_the_next_writer(
    reference: dict[str, Any], tmp_path: Path
) -> None:
    """A real process killed (SIGKILL) right after the places step committed."""
    db = tmp_path / "killed.duckdb"
    data = tmp_path / "analyses.pkl"
    data.write_bytes(pickle.dumps(_runs(reference["analyses"])))
    child = f"""
import os, pickle, signal
from pathlib import Path
from dateline.ledger import writes
from dateline.ledger.store import Ledger
runs = pickle.loads(Path({str(data)!r}).read_bytes())
with Ledger({str(db)!r}) as ledger:
    ledger.add(runs[0])
    writes._step_contradictions = lambda conn, state, **_: os.kill(os.getpid(), signal.SIGKILL)
    ledger.add(runs[1])
"""
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    conn = duckdb.connect(str(db), read_only=True)
    try:
        state = writes.pending_pass(conn)
        assert state is not None and state["step"] == "contradictions"
        assert not state["full"]  # the second run's pass: the incremental one
    finally:
        conn.close()
    with Ledger(db) as ledger:
        # the kill came inside the contradictions step: its transaction never committed
        assert snapshot(ledger) == reference["snapshot"]
