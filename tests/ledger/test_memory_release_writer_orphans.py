"""Before a large end-of-ingest pass the writer drops what it holds for analysis and
for the place step (the model, the gazetteer: ``scale.release_writer``), and the entity pass's
orphan names are found with two anti-joins on equalities (``writes._ORPHANS_SQL``) instead of
one ``NOT EXISTS`` with an ``OR``, which ran out of DuckDB's pass budget at 100,000 documents."""

from __future__ import annotations

import sys
import types
from functools import lru_cache
from pathlib import Path

import pytest

from dateline import scale
from dateline.ledger import places, store, writes
from dateline.ledger.store import Ledger

# the form the rewrite replaced: one NOT EXISTS with an OR of the two matches
OLD_ORPHANS_SQL = """
        WITH named AS (
            SELECT doc_id, subject_local AS local, subject_key AS key, subject AS name FROM claims
            UNION ALL SELECT doc_id, claimant_local, claimant_key, claimant FROM claims
            UNION ALL SELECT doc_id, speaker_local, speaker_key, coalesce(speaker_name, speaker)
                FROM statements)
        SELECT DISTINCT n.doc_id, n.key, min(n.name) AS name FROM named n
        WHERE n.key IS NOT NULL AND n.key <> '' AND NOT EXISTS (
            SELECT 1 FROM doc_entities d WHERE d.doc_id = n.doc_id
            AND (d.local_id = n.local OR list_contains(d.keys, n.key)))
        GROUP BY n.doc_id, n.key
"""


def test_orphans_are_the_rows_the_or_form_found() -> None:
    with Ledger(":memory:") as ledger:
        conn = ledger.conn
        conn.execute(
            "INSERT INTO doc_entities BY NAME SELECT * FROM (VALUES"
            " ('d1', 'e1', 'Ann Lee', ['ann lee', 'lee', NULL]),"
            " ('d1', 'e2', 'Bo Chan', NULL),"
            " ('d2', 'e1', 'Cy Moss', ['cy moss'])) t(doc_id, local_id, name, keys)"
        )
        conn.execute(
            "INSERT INTO claims BY NAME SELECT * FROM (VALUES"
            # by its local id; by a key of an entity; a key of another document's entity;
            # no local id and an unknown key; an empty key; a key with a NULL keys list
            " ('d1', 'c1', 'Ann', 'e1', 'ann', 'Police', NULL, 'police'),"
            " ('d1', 'c2', 'Lee', NULL, 'lee', 'Dan Roe', NULL, 'dan roe'),"
            " ('d1', 'c3', 'Cy Moss', NULL, 'cy moss', NULL, NULL, ''),"
            " ('d2', 'c1', 'Eve', 'e9', 'eve', 'Dan Roe', 'e1', 'dan roe'),"
            " ('d2', 'c2', 'Ann Lee', NULL, 'ann lee', 'Bo', 'e7', 'bo chan'))"
            " t(doc_id, claim_id, subject, subject_local, subject_key, claimant,"
            " claimant_local, claimant_key)"
        )
        conn.execute(
            "INSERT INTO statements BY NAME SELECT * FROM (VALUES"
            " ('d1', 's1', 'Bo', NULL, 'e2', 'bo'),"
            " ('d1', 's2', 'he', 'Gus Hale', NULL, 'gus hale'),"
            " ('d2', 's1', 'Cy', NULL, NULL, 'cy moss'))"
            " t(doc_id, statement_id, speaker, speaker_name, speaker_local, speaker_key)"
        )
        new = sorted(conn.execute(writes._ORPHANS_SQL).fetchall())
        old = sorted(conn.execute(OLD_ORPHANS_SQL).fetchall())
    assert new == old
    assert ("d1", "cy moss", "Cy Moss") in new and ("d1", "dan roe", "Dan Roe") in new
    assert not any(r[:2] in {("d1", "ann"), ("d1", "lee"), ("d2", "cy moss")} for r in new)


def test_release_writer_drops_the_model_and_the_gazetteer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loads = []

    @lru_cache(maxsize=1)
    def load_pipeline() -> object:
        loads.append(1)
        return object()

    fake = types.ModuleType("dateline.nlp.pipeline")
    fake.load_pipeline = load_pipeline  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "dateline.nlp.pipeline", fake)
    load_pipeline()
    places.gazetteer()
    scale.release_writer()
    assert load_pipeline.cache_info().currsize == 0
    assert places.gazetteer.cache_info().currsize == 0
    load_pipeline()
    assert len(loads) == 2  # loaded again when next needed


def test_release_writer_imports_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "dateline.nlp.pipeline", raising=False)
    scale.release_writer()
    assert "dateline.nlp.pipeline" not in sys.modules


@pytest.mark.parametrize("stored, released", [(0, 0), (store.LARGE_PASS_DOCS, 1)])
def test_only_a_large_pass_releases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stored: int, released: int
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(scale, "release_writer", lambda: calls.append(1))
    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger._stored_since_pass = stored
        ledger.rebuild()
    assert len(calls) == released
