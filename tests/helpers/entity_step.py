"""What the ledger tests of the end-of-ingest entity step compare: the tables the step writes,
the pass's state and the ``claims_subject`` index, after ingests of the shared fixture worlds."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from dateline.ledger import writes
from dateline.ledger.store import Ledger

TABLES = ("entities", "aliases", "entity_notes", "doc_entities", "claims", "statements")


def snapshot(ledger: Ledger) -> dict[str, Any]:
    q = ledger.conn.execute
    found: dict[str, Any] = {t: q(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    found["contradictions"] = q(
        "SELECT subject_id, kind, a_doc, a_claim, b_doc, b_claim FROM contradiction_pairs"
        " ORDER BY rank"
    ).fetchall()
    found["pending"] = writes.pending_pass(ledger.conn)
    found["index"] = q(
        "SELECT index_name FROM duckdb_indexes() WHERE index_name = 'claims_subject'"
        " AND database_name = current_database()"
    ).fetchall()
    return found


def analyses(worlds: SimpleNamespace) -> list[list[Any]]:
    """Two ingests, the second an incremental pass over documents already resolved."""
    every = [
        *worlds.killed_three_times(),
        *worlds.wire_copies(),
        *worlds.same_surname(),
        *worlds.cross_dated(),
    ]
    return [every[:6], every[6:]]


def ingested(db: Path, runs: list[list[Any]]) -> dict[str, Any]:
    with Ledger(db) as ledger:
        for run in runs:
            ledger.add(run)
        return snapshot(ledger)
