"""A writer that has just created a ledger file waits out a reader's moment on it (issue 9).

The writer creates a new file with one connection (to set its block size) and opens it again
with the next; a reader polling for the file can get in between, and the writer's second
connection then met the reader's lock and failed the whole ingest (a fresh-clone CI run of
``tests/test_concurrency.py`` hit it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb

from dateline.ledger.store import _connect_new

HOLD = """
import sys, time, duckdb
conn = duckdb.connect(sys.argv[1], read_only=True)
print("held", flush=True)
time.sleep(0.6)
conn.close()
"""


def test_the_writer_waits_for_a_reader_of_the_file_it_just_created(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    duckdb.connect(str(path)).close()
    reader = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "held"
        conn = _connect_new(path)
        conn.execute("CREATE TABLE t (x INT)")
        conn.close()
    finally:
        reader.wait(timeout=30)
    assert reader.returncode == 0
