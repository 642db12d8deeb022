"""The ledger's write path: bulk inserts per batch, replacement, and refused opens."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from dateline.errors import LedgerBusy, SchemaVersionError
from dateline.ledger import schema, textfacts, writes
from dateline.ledger.store import Ledger


def _rows(ledger: Ledger) -> dict[str, int]:
    return {table: ledger.count(table) for table in schema.DOC_TABLES}


def test_one_batch_equals_one_document_at_a_time(tmp_path: Path, worlds) -> None:
    analyses = worlds.killed_three_times() + worlds.same_surname()
    with Ledger(tmp_path / "batch.duckdb") as batch, Ledger(tmp_path / "one.duckdb") as one:
        batch.add(analyses)
        for analysis in analyses:
            one.add([analysis])
        for table in (*schema.DOC_TABLES, "entities", "aliases"):
            columns = "* EXCLUDE (ingested_at)" if table == "documents" else "*"
            sql = f"SELECT {columns} FROM {table} ORDER BY ALL"
            assert batch.conn.execute(sql).fetchall() == one.conn.execute(sql).fetchall(), table


def test_replacing_a_document_leaves_one_copy_of_its_rows(memory_ledger, worlds) -> None:
    analyses = worlds.killed_three_times()
    memory_ledger.add(analyses)
    before = _rows(memory_ledger)
    memory_ledger.add(analyses[:2])  # stored again (what force=True does)
    assert _rows(memory_ledger) == before


def test_the_same_document_twice_in_one_batch_is_stored_once(memory_ledger, worlds) -> None:
    first = worlds.killed_three_times()[0]
    memory_ledger.add([first, first])
    alone = Ledger(":memory:")
    try:
        alone.add([first])
        assert _rows(memory_ledger) == _rows(alone)
    finally:
        alone.close()


def test_new_documents_delete_nothing(memory_ledger, worlds, monkeypatch) -> None:
    seen: list[str] = []
    real = duckdb.DuckDBPyConnection.execute

    class Spy:
        def __init__(self, conn: duckdb.DuckDBPyConnection) -> None:
            self.conn = conn

        def execute(self, sql: str, *args: object):
            seen.append(sql)
            return real(self.conn, sql, *args)

        def __getattr__(self, name: str):
            return getattr(self.conn, name)

    conn = memory_ledger.conn
    conn.execute("BEGIN TRANSACTION")
    writes.write_analyses(Spy(conn), worlds.same_surname(), "run")  # type: ignore[arg-type]
    conn.execute("COMMIT")
    assert not [sql for sql in seen if sql.lstrip().upper().startswith("DELETE")]
    assert memory_ledger.count("documents") == len(worlds.same_surname())


def test_candidate_reports_are_read_once_per_pass(memory_ledger, worlds, monkeypatch) -> None:
    make, C = worlds.make_analysis, worlds.C
    report = (
        "HARBOUR CITY, May 6 (Coastal Press Agency) - The council on Monday closed the old "
        "granary wharf and seized two cargo barges from smugglers."
    )
    analyses = [make(report, date(2020, 5, 6), "Coastal Post")]
    for n in range(4):
        message = f"The group said it had released recording number {n} of Idris Halabi."
        content = "In it, the speaker mentions the closed granary wharf and the seized barges."
        analyses.append(
            make(
                message + "\n\n" + content,
                date(2020, 6, 1 + n),
                f"Outlet {n}",
                claims=(C(message, "Idris Halabi", "message_released", "the group"),),
                entities=(("Idris Halabi", "person", (), ()),),
            )
        )
    calls: list[str] = []
    real = textfacts.find_references

    def counting(text: str):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(textfacts, "find_references", counting)
    memory_ledger.add(analyses)
    assert sorted(calls) == sorted(a.document.text for a in analyses)  # once, when written
    alive = memory_ledger.status("Idris Halabi").proof_of_life
    assert alive is not None and date(2020, 5, 4) <= alive <= date(2020, 5, 6)


def test_read_only_open_beside_a_writer_is_busy(tmp_path: Path) -> None:
    path = tmp_path / "ledger.duckdb"
    with Ledger(path), pytest.raises(LedgerBusy):
        Ledger(path, read_only=True)


def test_a_refused_open_closes_its_connection(tmp_path: Path) -> None:
    path = tmp_path / "ledger.duckdb"
    Ledger(path).close()
    conn = duckdb.connect(str(path))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(99)])
    conn.close()
    with pytest.raises(SchemaVersionError):
        Ledger(path)
    # a leaked writable connection would make this read-only open fail in this process
    duckdb.connect(str(path), read_only=True).close()


def test_a_later_carrier_in_the_same_batch_adds_only_a_carrier(memory_ledger, worlds) -> None:
    make = worlds.make_analysis
    text = "The harbour board on Tuesday approved a second container terminal for the bay."
    first = make(text, date(2021, 2, 3), "Bay Herald")
    later = make(text, date(2021, 2, 4), "River Gazette")
    assert first.document.doc_id == later.document.doc_id
    memory_ledger.add([first, later])
    assert memory_ledger.count("documents") == 1
    assert memory_ledger.query("SELECT outlet FROM documents")[0]["outlet"] == "Bay Herald"
    carriers = memory_ledger.query("SELECT outlet FROM doc_carriers ORDER BY outlet")
    assert [c["outlet"] for c in carriers] == ["Bay Herald", "River Gazette"]
