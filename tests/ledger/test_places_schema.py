"""Schema v7: a v6 ledger gains the place tables (``place_facts``, ``place_index``)."""

from __future__ import annotations

import duckdb

from dateline.ledger import schema
from dateline.ledger.store import Ledger


def _v6_file(path) -> None:
    conn = duckdb.connect(str(path))
    conn.execute(schema.DDL_V1)
    for version in range(2, 7):
        conn.execute(schema.MIGRATIONS[version])
    conn.execute("INSERT INTO meta VALUES ('schema_version', '6')")
    conn.execute(
        "INSERT INTO documents (doc_id, outlet, title, published, published_source, text,"
        " paragraphs) VALUES ('d1', 'Valley Times', 't', DATE '2018-01-02', 'given',"
        " 'Omar Haddad was arrested in Qubba, a town in northern Dastoria, on Monday.', '[]')"
    )
    conn.execute(
        "INSERT INTO claims (doc_id, claim_id, subject, subject_id, predicate, polarity, place,"
        ' claimant_anonymous, certainty, start, "end", evidence, published, outlet)'
        " VALUES ('d1', 'c1', 'Omar Haddad', 'omar haddad', 'arrested', 'affirmed', 'in Qubba',"
        " false, 'asserted', 0, 10, 'Omar Haddad was arrested.', DATE '2018-01-02',"
        " 'Valley Times')"
    )
    conn.close()


def test_schema_version_7_adds_the_place_tables() -> None:
    assert schema.SCHEMA_VERSION >= 7
    assert {"place_facts", "place_index"} <= set(schema.TABLES)
    assert "place_facts" in schema.DOC_TABLES  # replaced with its document


def test_a_v6_file_gains_the_place_tables(tmp_path) -> None:
    path = tmp_path / "v6.duckdb"
    _v6_file(path)
    conn = duckdb.connect(str(path))
    try:
        schema.migrate(conn, source=str(path))
        assert schema.stored_version(conn) == schema.SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM place_facts").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM place_index").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM claims").fetchone() == (1,)
    finally:
        conn.close()


def test_a_v6_file_gains_place_tables_filled_by_the_rebuild(tmp_path) -> None:
    path = tmp_path / "v6.duckdb"
    _v6_file(path)
    with Ledger(path) as ledger:
        assert schema.stored_version(ledger.conn) == schema.SCHEMA_VERSION
        facts = ledger.query("SELECT place, relation, other FROM place_facts")
        assert {"place": "qubba", "relation": "in", "other": "dastoria"} in facts
        (row,) = ledger.query("SELECT place, anchor, chain FROM place_index")
        assert row["place"] == "in Qubba"
        assert row["chain"] == ["qubba", "dastoria"]
        indexes = ledger.query(
            "SELECT index_name FROM duckdb_indexes() WHERE table_name = 'place_index'"
        )
        assert {"index_name": "place_index_place"} in indexes
