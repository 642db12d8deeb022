"""Older ledger files open and migrate: v1 files gain the cross-document tables."""

from __future__ import annotations

import duckdb

from dateline.ledger import schema
from dateline.ledger.store import Ledger


def _v1_file(path) -> None:
    conn = duckdb.connect(str(path))
    conn.execute(schema.DDL_V1)
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.execute(
        "INSERT INTO documents VALUES ('d1', NULL, 'Valley Times', 't', [], DATE '2018-01-02',"
        " 'given', 'en', NULL, 'Omar Haddad was arrested on Monday.', '[]', NULL, 'r1')"
    )
    conn.execute(
        "INSERT INTO claims VALUES ('d1', 'c1', 'Omar Haddad', 'omar haddad', 'arrested',"
        " 'affirmed', NULL, NULL, NULL, NULL, NULL, NULL, false, 'asserted', NULL, 0, 10,"
        " 'Omar Haddad was arrested on Monday.', NULL, DATE '2018-01-02', 'Valley Times')"
    )
    conn.execute("INSERT INTO entities VALUES ('omar haddad', 'Omar Haddad', 'person')")
    conn.execute(
        "INSERT INTO aliases VALUES ('omar haddad', 'Omar Haddad', 'omar haddad', 'person')"
    )
    conn.close()


def test_v1_file_migrates_when_opened_read_only(tmp_path) -> None:
    path = tmp_path / "old.duckdb"
    _v1_file(path)
    with Ledger(path, read_only=True) as ledger:
        assert schema.stored_version(ledger.conn) == schema.SCHEMA_VERSION
        assert ledger.status("Omar Haddad").status == "arrested"
        assert ledger.contradictions() == []


def test_v1_file_migrates_when_opened_for_writing(tmp_path, worlds) -> None:
    path = tmp_path / "old.duckdb"
    _v1_file(path)
    with Ledger(path) as ledger:
        ledger.add(worlds.killed_three_times())
        assert ledger.count("documents") == 7
        assert ledger.status("Nasiri").status == "alive"
