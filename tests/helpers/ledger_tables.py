"""The rows of a ledger's tables without the columns that differ between two equal ingests
(timestamps, run ids): what tests compare when a writer's mechanics change but its ledger must
not."""

from __future__ import annotations

from typing import Any

import duckdb

VOLATILE = {"ingested_at", "run_id", "occurred_at", "started", "finished"}
TABLES = ("documents", "entities", "doc_entities", "statements", "claims", "contradiction_pairs")


def table_rows(
    conn: duckdb.DuckDBPyConnection,
    tables: tuple[str, ...] = TABLES,
    volatile: frozenset[str] | set[str] = VOLATILE,
) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows, sorted, its volatile columns left out."""
    found = {}
    for table in tables:
        cursor = conn.execute(f"SELECT * FROM {table}")
        keep = [i for i, d in enumerate(cursor.description or []) if d[0] not in volatile]
        found[table] = sorted((tuple(r[i] for i in keep) for r in cursor.fetchall()), key=repr)
    return found
