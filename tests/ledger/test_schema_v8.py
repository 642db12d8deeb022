"""Schema v8: wire groups and carriers are read through indexes (timelines at scale)."""

from __future__ import annotations

import duckdb

from dateline.ledger import schema
from dateline.ledger.store import Ledger


def _indexes(conn: duckdb.DuckDBPyConnection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}


def test_v7_file_gains_the_v8_indexes(tmp_path) -> None:
    path = tmp_path / "v7.duckdb"
    with Ledger(path) as ledger:
        assert {"documents_wire", "carriers_doc"} <= _indexes(ledger.conn)
        ledger.conn.execute("DROP INDEX documents_wire")
        ledger.conn.execute("DROP INDEX carriers_doc")
        ledger.conn.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    with Ledger(path) as ledger:
        assert schema.stored_version(ledger.conn) == schema.SCHEMA_VERSION >= 8
        assert {"documents_wire", "carriers_doc"} <= _indexes(ledger.conn)


def test_carriers_follow_wire_groups_through_the_indexes(tmp_path) -> None:
    with Ledger(tmp_path / "l.duckdb") as ledger:
        conn = ledger.conn
        conn.execute(
            "INSERT INTO documents (doc_id, outlet, wire_group) VALUES"
            " ('a', 'Harbour Ledger', 'a'), ('b', 'Meridian Post', 'a'),"
            " ('c', 'Inland Courier', NULL), ('d', 'Coastline Daily', 'd')"
        )
        conn.execute(
            "INSERT INTO doc_carriers (doc_id, outlet) VALUES ('a', 'Harbour Ledger'),"
            " ('b', 'Meridian Post'), ('b', 'Wire Service'), ('c', 'Inland Courier'),"
            " ('d', NULL)"
        )
        assert ledger.carriers(["b", "c", "d", "missing"]) == {
            "b": ("Harbour Ledger", "Meridian Post", "Wire Service"),
            "c": ("Inland Courier",),
        }
        assert ledger.carriers(["a"]) == {"a": ("Harbour Ledger", "Meridian Post", "Wire Service")}
