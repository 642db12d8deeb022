"""An ingest's writer opens its DuckDB connection anew every ``RENEW_DOCS`` documents (what
DuckDB's database objects hold in the C heap grew with the ingest): the ledger it stores is
the same, a memory limit the writer raised is kept, and another process holding the file in
that moment is waited for, within ``RENEW_WAIT``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest
from tests.helpers.ledger_tables import TABLES, table_rows

from dateline.errors import LedgerBusy
from dateline.ledger import store
from dateline.ledger.store import Ledger

CORPUS = Path(__file__).parent.parent / "fixtures" / "crash"


def _snapshot(conn: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[Any, ...]]]:
    return table_rows(conn, (*TABLES, "doc_carriers"))


def test_an_ingest_renewing_its_connection_stores_the_same_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Ledger(tmp_path / "once.duckdb") as ledger:
        monkeypatch.setattr(store, "RENEW_DOCS", 10**9)
        ledger.ingest([CORPUS], batch_size=4)
        expected = _snapshot(ledger.conn)
    renewed: list[int] = []
    original = Ledger._renew_connection

    def counted(self: Ledger) -> None:
        before = self.conn
        original(self)
        assert self.conn is not before
        renewed.append(1)

    monkeypatch.setattr(store, "RENEW_DOCS", 4)  # after every batch
    monkeypatch.setattr(Ledger, "_renew_connection", counted)
    with Ledger(tmp_path / "renewed.duckdb") as ledger:
        report = ledger.ingest([CORPUS], batch_size=4)
        assert len(renewed) >= report.added // 4 >= 2
        assert _snapshot(ledger.conn) == expected
        again = ledger.ingest([CORPUS], batch_size=4)  # every document already stored
        assert again.added == 0 and again.skipped == report.added
        assert _snapshot(ledger.conn) == expected


def test_a_raised_memory_limit_is_kept_and_a_user_limit_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(store.MEMORY_LIMIT_ENV, raising=False)

    def limit(ledger: Ledger) -> str:
        return str(ledger.conn.execute("SELECT current_setting('memory_limit')").fetchall()[0][0])

    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger._set_memory(300_000_000)  # as _fit_memory / _grow_memory raise it
        ledger._renew_connection()
        assert ledger._memory_bytes == 300_000_000
        assert limit(ledger) == "286.1 MiB"
    with Ledger(tmp_path / "l.duckdb", memory_limit="200MB") as ledger:
        ledger._renew_connection()
        assert limit(ledger) == "190.7 MiB"
        assert ledger._memory_bytes == 0  # still the user's, never raised


HOLD = """
import sys, time, duckdb
conn = duckdb.connect(sys.argv[1], read_only=True)
print(conn.execute("SELECT count(*) FROM documents").fetchone()[0], flush=True)
time.sleep(float(sys.argv[2]))
conn.close()
"""


def test_the_writer_waits_for_a_reader_that_opened_the_file_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "l.duckdb"
    with Ledger(path) as ledger:
        report = ledger.ingest([CORPUS], batch_size=4)
        connect = Ledger._connect
        readers: list[subprocess.Popen[str]] = []

        def reader_first(self: Ledger, read_only: bool) -> duckdb.DuckDBPyConnection:
            # a real reader process opens the file in the moment the writer has closed it
            if not readers:
                reader = subprocess.Popen(
                    [sys.executable, "-c", HOLD, str(path), "1.0"],
                    stdout=subprocess.PIPE,
                    text=True,
                )
                readers.append(reader)
                assert reader.stdout is not None
                assert int(reader.stdout.readline()) == report.added  # it read the ledger
            return connect(self, read_only)

        monkeypatch.setattr(Ledger, "_connect", reader_first)
        ledger._renew_connection()
        assert readers[0].wait(timeout=30) == 0
        assert ledger.count("documents") == report.added
        ledger.conn.execute("CREATE TABLE written_after (x INT)")  # still the writer


def test_a_reader_that_does_not_let_go_fails_the_renew_with_ledger_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "l.duckdb"
    with Ledger(path) as ledger:
        ledger.ingest([CORPUS], batch_size=4)
    reader = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), "30"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout is not None and reader.stdout.readline()
        ledger = Ledger.__new__(Ledger)  # a writer whose connection is the one it just closed
        ledger.path, ledger.read_only = path, False
        ledger.memory_limit = ledger.threads = None
        ledger._memory_bytes, ledger._memory_setting = 0, ""
        ledger.conn = duckdb.connect(":memory:")
        monkeypatch.setattr(store, "RENEW_WAIT", 0.3)
        with pytest.raises(LedgerBusy):
            ledger._renew_connection()
    finally:
        reader.kill()
        reader.wait(timeout=30)


def test_a_ledger_in_memory_keeps_its_connection() -> None:
    ledger = Ledger(":memory:")
    before = ledger.conn
    ledger._renew_connection()
    assert ledger.conn is before
    ledger.close()
