"""The ledger records its schema version, migrates older files and refuses newer ones."""

from __future__ import annotations

import gc
from pathlib import Path

import duckdb
import pytest

from dateline import Ledger
from dateline.errors import LedgerError, SchemaVersionError
from dateline.ledger import schema

FIXTURES = Path(__file__).parent / "fixtures"
V1_SQL = FIXTURES / "ledger" / "schema_v1.sql"
CORPUS = FIXTURES / "crash"


def make_v1_file(path: Path) -> Path:
    """A DuckDB file holding what dateline's schema version 1 wrote for one article."""
    conn = duckdb.connect(str(path))
    try:
        conn.execute(V1_SQL.read_text(encoding="utf-8"))
    finally:
        conn.close()
    return path


def version_of(path: Path) -> str:
    conn = duckdb.connect(str(path), read_only=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return str(row[0]) if row else ""
    finally:
        conn.close()


def test_a_new_ledger_records_the_current_version(tmp_path: Path) -> None:
    with Ledger(tmp_path / "new.duckdb"):
        pass
    assert version_of(tmp_path / "new.duckdb") == str(schema.SCHEMA_VERSION)


def test_an_older_file_is_migrated_with_its_rows(tmp_path: Path) -> None:
    db = make_v1_file(tmp_path / "v1.duckdb")
    with Ledger(db) as ledger:
        assert ledger.count("documents") == 1
        assert ledger.count("claims") == 1
        assert ledger.count("ingest_errors") == 1
        (entry,) = ledger.timeline("Oskar Brannock")
        assert entry.claim.predicate == "arrested"
        assert entry.claim.evidence.startswith("Border police in Tel Besra")
        assert str(entry.claim.event_earliest) == "2016-03-03"
    assert version_of(db) == str(schema.SCHEMA_VERSION)
    # Opening again does not migrate twice.
    with Ledger(db) as ledger:
        assert ledger.count("claims") == 1


def test_a_migrated_file_keeps_taking_documents(tmp_path: Path) -> None:
    db = make_v1_file(tmp_path / "v1.duckdb")
    with Ledger(db) as ledger:
        report = ledger.ingest([CORPUS])
        assert report.added == len(list(CORPUS.glob("*.txt")))
        assert ledger.count("documents") == report.added + 1
        assert ledger.count("claims") > 1


def test_migrated_claims_keep_their_entity_after_the_next_ingest(tmp_path: Path) -> None:
    db = make_v1_file(tmp_path / "v1.duckdb")
    with Ledger(db) as ledger:
        ledger.ingest([CORPUS])
        assert ledger.timeline("Oskar Brannock")


def test_read_only_open_of_an_older_file_answers_or_says_migrate(tmp_path: Path) -> None:
    db = make_v1_file(tmp_path / "v1.duckdb")
    try:
        with Ledger(db, read_only=True) as ledger:
            assert ledger.timeline("Oskar Brannock")
    except SchemaVersionError as exc:
        assert "migrat" in str(exc)


@pytest.mark.parametrize("read_only", [False, True])
def test_a_newer_file_is_refused_and_left_alone(tmp_path: Path, read_only: bool) -> None:
    db = tmp_path / "future.duckdb"
    with Ledger(db):
        pass
    newer = schema.SCHEMA_VERSION + 1
    conn = duckdb.connect(str(db))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(newer)])
    conn.close()
    with pytest.raises(SchemaVersionError, match="newer than this dateline") as info:
        Ledger(db, read_only=read_only)
    assert "upgrade dateline" in str(info.value) and info.value.code == "D301"
    del info
    gc.collect()  # the refused Ledger's connection lives on in the traceback until collected
    assert version_of(db) == str(newer)


def test_a_failing_migration_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = make_v1_file(tmp_path / "v1.duckdb")
    broken = dict(schema.MIGRATIONS)
    broken[2] = schema.MIGRATIONS[2] + "\nSELECT * FROM a_table_that_does_not_exist;"
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    with pytest.raises(duckdb.Error):
        Ledger(db)
    gc.collect()
    assert version_of(db) == "1"
    conn = duckdb.connect(str(db), read_only=True)
    try:
        columns = {r[0] for r in conn.execute("DESCRIBE claims").fetchall()}
        assert "subject_key" not in columns  # no half-applied migration
        assert conn.execute("SELECT count(*) FROM claims").fetchone() == (1,)
    finally:
        conn.close()


def test_a_file_that_is_not_a_ledger_is_named(tmp_path: Path) -> None:
    junk = tmp_path / "notes.duckdb"
    junk.write_bytes(b"these are not the bytes of a database\n" * 200)
    with pytest.raises(LedgerError, match="not a (valid )?DuckDB"):
        Ledger(junk)


def make_v4_file(path: Path) -> Path:
    """A version 4 ledger: the version 1 file with the migrations up to 4 applied by hand."""
    make_v1_file(path)
    conn = duckdb.connect(str(path))
    try:
        for target in (2, 3, 4):
            conn.execute(schema.MIGRATIONS[target])
        conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    finally:
        conn.close()
    return path


def test_a_v4_file_gains_canonical_url_and_modified_columns(tmp_path: Path) -> None:
    db = make_v4_file(tmp_path / "v4.duckdb")
    with Ledger(db) as ledger:
        columns = {r[0] for r in ledger.conn.execute("DESCRIBE documents").fetchall()}
        assert {"canonical_url", "canonical_url_source", "modified", "modified_source"} <= columns
        (row,) = ledger.conn.execute(
            "SELECT canonical_url, modified FROM documents").fetchall()
        assert row == (None, None)  # rows stored before the migration stay empty
        assert ledger.count("claims") == 1
    assert version_of(db) == str(schema.SCHEMA_VERSION)


def test_canonical_url_and_modified_are_stored_with_their_sources(tmp_path: Path) -> None:
    article = tmp_path / "quay.txt"
    article.write_text(
        "---\nurl: https://news.example.org/harbour/quay-closed?utm_medium=social\n"
        "published: 2021-04-06\nmodified: 2021-04-07\n---\n"
        "The old quay at Marrowby stayed shut on Tuesday after the council found cracks in "
        "its wall, a spokeswoman for the harbour board said.\n\n"
        "Repairs are expected to take several weeks, she said.\n",
        encoding="utf-8",
    )
    with Ledger(tmp_path / "l.duckdb") as ledger:
        assert ledger.ingest([article]).added == 1
        (row,) = ledger.conn.execute(
            "SELECT canonical_url, canonical_url_source, modified, modified_source FROM documents"
        ).fetchall()
    assert row[0] == "https://news.example.org/harbour/quay-closed"
    assert row[1] == "url" and str(row[2]) == "2021-04-07" and row[3] == "given"
