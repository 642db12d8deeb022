"""The per-batch inserts of ``write_analyses`` go through one cached appender per connection
and table: a failed batch must leave nothing buffered for the next one, and the cache must
not keep a connection alive."""

from __future__ import annotations

import gc
import weakref

import duckdb
import pytest

from dateline.ledger import writes


def _table(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute("CREATE TABLE notes (doc_id VARCHAR, mentions INTEGER, aliases VARCHAR[])")


def test_a_failed_batch_leaves_no_rows_for_the_next() -> None:
    conn = duckdb.connect()
    _table(conn)
    columns = ("doc_id", "mentions", "aliases")
    conn.execute("BEGIN TRANSACTION")
    with pytest.raises(duckdb.Error):
        writes._append_rows(conn, "notes", columns, [["d1", 1, ["Ann Vale"]], ["d2", "many", []]])
    conn.execute("ROLLBACK")
    conn.execute("BEGIN TRANSACTION")
    writes._append_rows(conn, "notes", columns, [["d3", 2, ["Bo Lind", "B. Lind"]]])
    conn.execute("COMMIT")
    assert conn.execute("SELECT * FROM notes").fetchall() == [("d3", 2, ["Bo Lind", "B. Lind"])]


def test_rows_in_columns_of_the_callers_order() -> None:
    conn = duckdb.connect()
    _table(conn)
    writes._append_rows(conn, "notes", ("aliases", "doc_id"), [[["Cy Orr"], "d4"]])
    writes._append_rows(conn, "notes", ("mentions", "doc_id"), [[3, "d5"]])
    rows = conn.execute("SELECT * FROM notes ORDER BY doc_id").fetchall()
    assert rows == [("d4", None, ["Cy Orr"]), ("d5", 3, None)]


def test_the_cache_does_not_keep_a_connection() -> None:
    conn = duckdb.connect()
    _table(conn)
    writes._append_rows(conn, "notes", ("doc_id",), [["d6"]])
    assert conn in writes._APPENDERS
    gone = weakref.ref(conn)
    conn.close()
    del conn
    gc.collect()
    assert gone() is None
    assert all(c is not None for c in writes._APPENDERS)
