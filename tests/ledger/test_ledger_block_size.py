"""A ledger file dateline creates uses small blocks; an existing file keeps its own (issue 9).

DuckDB reads a whole block for each row and index node a query touches that it has not read
yet, so the first timelines of a process over a large ledger read far more than they use;
``store.BLOCK_SIZE`` sets the block size of the files a ``Ledger`` creates. DuckDB stores the
size in the file, so files made with the default size open and answer as before."""

from __future__ import annotations

from pathlib import Path

import duckdb

from dateline.ledger import schema
from dateline.ledger.store import BLOCK_SIZE, Ledger


def block_size(ledger: Ledger) -> int:
    row = ledger.conn.execute("SELECT block_size FROM pragma_database_size()").fetchone()
    assert row
    return int(row[0])


def test_a_new_ledger_file_has_small_blocks(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    with Ledger(path) as ledger:
        assert block_size(ledger) == BLOCK_SIZE < 262_144
        ledger.conn.execute("INSERT INTO entities VALUES ('jan brod', 'Jan Brod', 'person')")
    with Ledger(path, read_only=True) as ledger:
        assert block_size(ledger) == BLOCK_SIZE
        assert ledger.query("SELECT name FROM entities") == [{"name": "Jan Brod"}]


def test_a_file_made_with_the_default_blocks_keeps_them(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))  # DuckDB's own block size, as earlier versions made files
    conn.execute(schema.DDL_V1)
    for version in range(2, schema.SCHEMA_VERSION + 1):
        conn.execute(schema.MIGRATIONS[version])
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(schema.SCHEMA_VERSION)])
    conn.execute("INSERT INTO entities VALUES ('jan brod', 'Jan Brod', 'person')")
    conn.close()
    with Ledger(path) as ledger:
        assert block_size(ledger) == 262_144
        ledger.conn.execute("INSERT INTO entities VALUES ('ana vel', 'Ana Vel', 'person')")
    with Ledger(path, read_only=True) as ledger:
        assert block_size(ledger) == 262_144
        assert [r["name"] for r in ledger.query("SELECT name FROM entities ORDER BY 1")] == [
            "Ana Vel",
            "Jan Brod",
        ]


def test_an_in_memory_ledger_still_opens(tmp_path: Path) -> None:
    with Ledger(":memory:") as ledger:
        assert ledger.count("entities") == 0
