"""The contradiction step stores, chunk by chunk, exactly the rows one statement over the
whole ledger stores: pairs, both claims' JSON rows and the listing order (real DuckDB file,
with the cache emptied between chunks as the end-of-ingest pass does)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest

from dateline.ledger import assess, writes
from dateline.ledger.assess import CONTRADICTION_SQL, refresh_contradictions
from dateline.ledger.store import Ledger

COLUMNS = (
    "doc_id, claim_id, subject, subject_id, predicate, polarity, certainty, event_earliest,"
    " event_latest, published, place, claimant, evidence"
)
PREDICATES = ("killed", "alive", "located_in", "arrested", "message_released")
PLACES = (None, "Kandor", "Velmar", "the port of Kandor", "Osrith province")

ONE_STATEMENT = f"""
INSERT INTO contradiction_pairs
WITH p AS ({CONTRADICTION_SQL.replace("LIMIT $limit", "")}),
k AS (SELECT a_doc AS doc_id, a_claim AS claim_id FROM p UNION SELECT b_doc, b_claim FROM p),
r AS (SELECT c.*, d.url, d.title FROM claims c SEMI JOIN k USING (doc_id, claim_id)
      JOIN documents d USING (doc_id))
SELECT p.*, to_json(a)::VARCHAR, to_json(b)::VARCHAR,
    row_number() OVER (ORDER BY p.subject_id, p.kind, p.a_time, p.a_doc, p.a_claim, p.b_doc,
                       p.b_claim)
FROM p JOIN r a ON a.doc_id = p.a_doc AND a.claim_id = p.a_claim
       JOIN r b ON b.doc_id = p.b_doc AND b.claim_id = p.b_claim
"""
"""The step as it was, one statement over every subject: the reference."""


def _claims(seed: int) -> list[tuple[Any, ...]]:
    """Reports about a few people: deaths, signs of life, denials, places, on nearby days."""
    rng = random.Random(seed)
    rows = []
    for n in range(240):
        subject = f"person {rng.randint(1, 7)}"
        published = date(2020, 1, 1) + timedelta(days=rng.randint(0, 90))
        dated = rng.random() < 0.7
        day = published - timedelta(days=rng.randint(0, 6))
        denial = rng.random() < 0.2
        rows.append(
            (
                f"d{n % 150:03d}", f"c{n}", subject.title(), subject, rng.choice(PREDICATES),
                "negated" if denial and rng.random() < 0.5 else "affirmed",
                "denied" if denial else rng.choice(("asserted", "reported", "hedged")),
                day if dated else None, day + timedelta(days=rng.randint(0, 1)) if dated else None,
                published, rng.choice(PLACES), rng.choice(("police", None, "a spokesman")),
                f"Evidence sentence {n} about {subject}.",
            )
        )  # fmt: skip
    return rows


def _ledger(path: Path, rows: list[tuple[Any, ...]]) -> Ledger:
    ledger = Ledger(path)
    ledger.conn.executemany(f"INSERT INTO claims ({COLUMNS}) VALUES ({', '.join('?' * 13)})", rows)
    ledger.conn.executemany(
        "INSERT INTO documents (doc_id, url, title) VALUES (?, ?, ?)",
        [[d, f"https://example.org/{d}", f"Report {d}"] for d in sorted({r[0] for r in rows})],
    )
    ledger.conn.execute("CHECKPOINT")
    return ledger


def _stored(conn: duckdb.DuckDBPyConnection) -> list[tuple[Any, ...]]:
    return sorted(conn.execute("SELECT * FROM contradiction_pairs").fetchall(), key=repr)


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("chunk", [1, 80, 100_000])
def test_chunks_store_what_one_statement_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int, chunk: int
) -> None:
    rows = _claims(seed)
    with _ledger(tmp_path / "one.duckdb", rows) as ledger:
        ledger.conn.execute(ONE_STATEMENT, {"as_of": None, "subject": None})
        expected = _stored(ledger.conn)
    kinds = {r[0] for r in expected}
    assert kinds == {"death_vs_life", "asserted_vs_denied", "incompatible_places"}

    monkeypatch.setattr(assess, "CONTRADICTION_CHUNK", chunk)
    monkeypatch.setattr(assess, "CONTRADICTION_CHUNKS", 1000)
    with _ledger(tmp_path / "chunks.duckdb", rows) as ledger:
        released = []

        def between() -> None:  # as the pass does: commit, empty the cache, go on
            ledger.conn.execute("COMMIT")
            ledger._release_cache()
            released.append(1)
            ledger.conn.execute("BEGIN TRANSACTION")

        ledger.conn.execute("BEGIN TRANSACTION")
        refresh_contradictions(ledger.conn, between_chunks=between)
        ledger.conn.execute("COMMIT")
        assert _stored(ledger.conn) == expected
        # a chunk per subject (7 people), one chunk for all, or several subjects a chunk
        if chunk in (1, 100_000):
            assert len(released) == {1: 7, 100_000: 1}[chunk]
        else:
            assert 1 < len(released) < 7
        tables = {
            t for (t,) in ledger.conn.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        }
        assert "chunk_pairs" not in tables  # the working table is dropped


def test_the_pass_empties_the_cache_between_contradiction_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pass's contradiction step runs its ``between_steps`` after each chunk's commit."""
    monkeypatch.setattr(assess, "CONTRADICTION_CHUNK", 1)
    monkeypatch.setattr(assess, "CONTRADICTION_CHUNKS", 1000)
    with _ledger(tmp_path / "l.duckdb", _claims(1)) as ledger:
        calls: list[int] = []

        def release() -> None:
            calls.append(1)
            ledger._release_cache()

        # the pass from its contradiction step on (the entity step would resolve the
        # hand-set subjects anew from document entities these claims do not have)
        ledger.conn.execute(f"CREATE TABLE {writes.PASS_SUBJECTS} (subject_id VARCHAR)")
        state = {"step": "contradictions", "since": None, "newest": None, "full": True}
        writes._finish_pass(ledger.conn, state, release)
        pairs = ledger.conn.execute("SELECT count(*) FROM contradiction_pairs").fetchone()
    assert pairs and pairs[0] > 0
    # after each of the 7 subjects' chunks, then after the step and the clustering step
    assert len(calls) == 7 + 2
