"""A transaction that runs out of DuckDB's memory is run again with a higher limit on a fresh
connection: after such an error DuckDB 2.0.1 failed the retried end-of-ingest pass with
"Conflict on tuple deletion" on a 100,000-document ledger, and completed it on a reopened file."""

from __future__ import annotations

from pathlib import Path

import duckdb

from dateline.ledger.store import Ledger


def test_the_retry_runs_on_a_new_connection_with_the_raised_limit(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger._set_memory(64 * 10**6)
        first = ledger.conn
        seen: list[duckdb.DuckDBPyConnection] = []

        def run() -> str:
            seen.append(ledger.conn)
            if len(seen) == 1:
                ledger.conn.execute("BEGIN TRANSACTION")
                raise duckdb.OutOfMemoryException("Out of Memory Error: could not allocate block")
            return "done"

        assert ledger._retrying(run) == "done"
        assert seen[0] is first and seen[1] is not first
        assert ledger._memory_bytes == 128 * 10**6
        assert ledger._memory_setting == "128MB"
        assert ledger.count("documents") == 0  # the file is open and readable again
