"""The writer's look-up of the carriers already noted: only for the batch's stored documents
(a batch of new documents never reads ``doc_carriers``), and still no carrier noted twice."""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb

from dateline.ledger import writes

STORY = (
    "PORT AMBER, March 3 (Coastal Press Agency) - The harbour board of Port Amber closed the "
    "north quay on Tuesday after a crane collapsed onto two moored barges."
)


class _Spy:
    """A connection that notes the SQL it is given."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, seen: list[str]) -> None:
        self.conn, self.seen = conn, seen

    def execute(self, sql: str, *args: Any) -> Any:
        self.seen.append(sql)
        return self.conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


def _write(conn: duckdb.DuckDBPyConnection, analyses: list[Any]) -> list[str]:
    seen: list[str] = []
    conn.execute("BEGIN TRANSACTION")
    writes.write_analyses(_Spy(conn, seen), analyses, "run")  # type: ignore[arg-type]
    conn.execute("COMMIT")
    return [sql for sql in seen if "FROM doc_carriers" in sql]


def _carriers(conn: duckdb.DuckDBPyConnection) -> list[tuple[Any, ...]]:
    return conn.execute("SELECT doc_id, outlet FROM doc_carriers ORDER BY ALL").fetchall()


def test_a_batch_of_new_documents_reads_no_carriers(memory_ledger, worlds) -> None:
    assert _write(memory_ledger.conn, worlds.same_surname()) == []
    assert len(_carriers(memory_ledger.conn)) == len(worlds.same_surname())


def test_a_stored_document_s_carriers_are_looked_up_and_not_noted_twice(
    memory_ledger, worlds
) -> None:
    conn = memory_ledger.conn
    first = worlds.make_analysis(STORY, date(2021, 3, 3), "Harbour Herald")
    assert _write(conn, [first]) == []
    again = worlds.make_analysis(STORY, date(2021, 3, 3), "Harbour Herald")
    later = worlds.make_analysis(STORY, date(2021, 3, 4), "Quay Gazette")
    assert again.document.doc_id == later.document.doc_id == first.document.doc_id
    assert len(_write(conn, [again, later])) == 1
    doc_id = first.document.doc_id
    assert _carriers(conn) == [(doc_id, "Harbour Herald"), (doc_id, "Quay Gazette")]
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (1,)
