"""Schema v13: ``documents`` and ``doc_signatures`` carry no primary key (a large ingest would
load the keys' index back into memory after every connection renewal); a document is looked
up by id through ``documents_id``, a query-only index, and the writer itself keeps each
document stored once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from dateline.ledger import schema
from dateline.ledger.store import QUERY_INDEXES, Ledger

CORPUS = Path(__file__).parent.parent / "fixtures" / "crash"


def _keys(conn: duckdb.DuckDBPyConnection) -> set[str]:
    rows = conn.execute(
        "SELECT table_name FROM duckdb_constraints()"
        " WHERE constraint_type = 'PRIMARY KEY' AND database_name = current_database()"
    ).fetchall()
    return {str(r[0]) for r in rows}


def _v12_file(path: Path) -> None:
    conn = duckdb.connect(str(path))
    conn.execute(schema.DDL_V1)
    for version in range(2, 13):
        conn.execute(schema.MIGRATIONS[version])
    conn.execute("INSERT INTO meta VALUES ('schema_version', '12')")
    conn.execute(
        "INSERT INTO documents (doc_id, outlet, title, published, text, run_id)"
        " VALUES ('d1', 'Valley Times', 't', DATE '2019-03-04', 'Ana Ruiz was freed.', 'r1')"
    )
    conn.execute("INSERT INTO doc_signatures VALUES ('d1', [1, 2, 3])")
    conn.close()


def test_a_new_ledger_has_no_document_keys_and_an_id_index(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.duckdb") as ledger:
        assert {"documents", "doc_signatures"}.isdisjoint(_keys(ledger.conn))
        assert {"meta", "runs", "entities"} <= _keys(ledger.conn)
        index = ledger.conn.execute(
            "SELECT table_name, expressions FROM duckdb_indexes() WHERE index_name = 'documents_id'"
        ).fetchall()
        assert index == [("documents", "[doc_id]")]
        assert QUERY_INDEXES["documents_id"] == ("documents", "doc_id")


def test_a_v12_file_keeps_its_rows_and_loses_the_keys(tmp_path: Path) -> None:
    path = tmp_path / "v12.duckdb"
    _v12_file(path)
    assert {"documents", "doc_signatures"} <= _keys(duckdb.connect(str(path), read_only=True))
    with Ledger(path) as ledger:
        assert schema.stored_version(ledger.conn) == 13
        assert {"documents", "doc_signatures"}.isdisjoint(_keys(ledger.conn))
        stored = ledger.conn.execute("SELECT doc_id, outlet, published, text FROM documents")
        assert stored.fetchall() == [
            ("d1", "Valley Times", date(2019, 3, 4), "Ana Ruiz was freed.")
        ]
        assert ledger.conn.execute("SELECT * FROM doc_signatures").fetchall() == [("d1", [1, 2, 3])]


def test_ingesting_the_same_files_again_stores_each_document_once(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.duckdb") as ledger:
        first = ledger.ingest([CORPUS], batch_size=4)
        again = ledger.ingest([CORPUS, CORPUS], batch_size=4)
        forced = ledger.ingest([CORPUS], batch_size=4, force=True)
        assert first.added > 0 and again.added == 0 and forced.added == first.added
        for table in ("documents", "doc_signatures"):
            rows = ledger.conn.execute(
                f"SELECT count(*), count(DISTINCT doc_id) FROM {table}"
            ).fetchone()
            assert rows == (first.added, first.added)
