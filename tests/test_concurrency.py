"""Two processes at once: a second writer is refused clearly, a reader during an ingest gets
either a consistent answer or a clear "busy, retry" error, and the file is never corrupted."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from dateline import Ledger
from dateline.errors import LedgerBusy, LedgerError

CORPUS = Path(__file__).parent / "fixtures" / "crash"
HOLD = """
import sys
from dateline import Ledger
ledger = Ledger(sys.argv[1])
print("ready", flush=True)
sys.stdin.read()
ledger.close()
"""


def ingest_command(db: Path) -> list[str]:
    return [sys.executable, "-m", "dateline.cli", "ingest", str(CORPUS), "--db", str(db)]


@pytest.fixture
def writer_holding(tmp_path: Path):
    """A second process that has the ledger open for writing until the test ends."""
    db = tmp_path / "held.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    yield db
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(timeout=30)


def test_second_writer_is_refused_with_a_clear_message(writer_holding: Path) -> None:
    with pytest.raises(LedgerBusy, match="another dateline process is writing") as info:
        Ledger(writer_holding)
    assert "retry" in str(info.value) and info.value.code == "D302"


def test_reader_during_a_write_gets_busy_not_garbage(writer_holding: Path) -> None:
    with pytest.raises(LedgerBusy, match="retry"):
        Ledger(writer_holding, read_only=True)


def test_second_ingest_command_exits_with_the_busy_message(writer_holding: Path) -> None:
    done = subprocess.run(
        ingest_command(writer_holding), capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert "another dateline process is writing" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_queries_during_an_ingest_are_consistent_or_busy(tmp_path: Path) -> None:
    """Poll the ledger from this process while `dateline ingest` writes it in another."""
    db = tmp_path / "live.duckdb"
    ingest = subprocess.Popen(
        ingest_command(db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    busy = answered = 0
    try:
        while ingest.poll() is None:
            try:
                with Ledger(db, read_only=True) as ledger:
                    documents = ledger.count("documents")
                    # No half-written document: every stored row belongs to a stored document.
                    orphans = ledger.query(
                        "SELECT count(*) AS n FROM claims "
                        "WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
                    )[0]["n"]
                assert orphans == 0 and 0 <= documents <= len(list(CORPUS.glob("*.txt")))
                answered += 1
            except LedgerBusy as exc:
                assert "retry" in str(exc)
                busy += 1
            except LedgerError as exc:  # before the writer has created the file
                assert "no ledger file" in str(exc)
            time.sleep(0.05)
    finally:
        ingest.wait(timeout=300)
    assert ingest.returncode == 0, ingest.stderr.read() if ingest.stderr else ""
    assert busy + answered > 0
    with Ledger(db, read_only=True) as ledger:
        assert ledger.count("documents") == len(list(CORPUS.glob("*.txt")))
    # The file is a sound DuckDB database afterwards.
    conn = duckdb.connect(str(db), read_only=True)
    try:
        assert conn.execute("PRAGMA database_size").fetchall()
    finally:
        conn.close()
