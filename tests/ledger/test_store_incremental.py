"""The end-of-ingest pass streams and recomputes only what changed, with the same result."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from dateline.ledger import writes
from dateline.ledger.store import Ledger

TABLES = ("entities", "aliases", "entity_notes", "doc_entities", "claims", "statements")


def snapshot(ledger: Ledger) -> dict[str, list[tuple[Any, ...]]]:
    found = {t: ledger.conn.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    found["pairs"] = ledger.conn.execute(
        "SELECT * FROM contradiction_pairs ORDER BY rank"
    ).fetchall()
    return found


def everything(worlds: SimpleNamespace) -> list[Any]:
    return [
        *worlds.killed_three_times(),
        *worlds.wire_copies(),
        *worlds.same_surname(),
        *worlds.cross_dated(),
    ]


def test_entity_pass_in_small_chunks_equals_one_chunk(
    worlds: SimpleNamespace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyses = everything(worlds)
    with Ledger(tmp_path / "one.duckdb") as ledger:
        ledger.add(analyses)
        ledger.merge("Abu Tariq al-Nasiri", "The Emir")
        whole = snapshot(ledger)
    monkeypatch.setattr(writes, "RESOLVE_CHUNK", 2)
    with Ledger(tmp_path / "chunks.duckdb") as ledger:
        ledger.add(analyses)
        ledger.merge("Abu Tariq al-Nasiri", "The Emir")
        assert snapshot(ledger) == whole


def test_incremental_contradictions_equal_a_full_pass(
    worlds: SimpleNamespace, tmp_path: Path
) -> None:
    """Documents arriving in several runs, a merge and a forced replacement: after each, the
    pairs recomputed for the touched subjects equal a full recomputation."""
    analyses = everything(worlds)
    with Ledger(tmp_path / "inc.duckdb") as ledger:
        steps = [
            lambda: ledger.add(analyses[:3]),
            lambda: ledger.add(analyses[3:7]),
            lambda: ledger.add(analyses[7:]),
            lambda: ledger.merge("Samir Nasiri", "Abu Tariq al-Nasiri"),
            lambda: ledger.split("Samir Nasiri", "Abu Tariq al-Nasiri"),
            lambda: ledger.add(analyses[:2]),  # the same documents again (replaced)
        ]
        for step in steps:
            step()
            incremental = snapshot(ledger)
            ledger.rebuild(full=True)
            assert snapshot(ledger) == incremental
        assert incremental["pairs"], "the worlds hold contradictions"


def test_the_pass_in_small_partitions_equals_one_partition(
    worlds: SimpleNamespace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entity write-back and the wire-copy pairs taken a few documents at a time."""
    analyses = everything(worlds)
    with Ledger(tmp_path / "one.duckdb") as ledger:
        ledger.add(analyses[:5])
        ledger.add(analyses[5:])
        whole = snapshot(ledger)
        groups = ledger.query("SELECT doc_id, wire_group FROM documents ORDER BY ALL")
    monkeypatch.setattr(writes, "PARTITION_ROWS", 3)
    monkeypatch.setattr(writes, "WIRE_PARTITION_DOCS", 2)
    with Ledger(tmp_path / "parts.duckdb") as ledger:
        ledger.add(analyses[:5])
        ledger.add(analyses[5:])
        assert writes._partitions(ledger.conn, "doc_signatures", 2) > 1
        assert snapshot(ledger) == whole
        assert ledger.query("SELECT doc_id, wire_group FROM documents ORDER BY ALL") == groups
        assert len({g["wire_group"] for g in groups}) < len(groups), "the worlds hold copies"
