"""A bare ledger of documents, signatures and LSH bands for the wire-copy pass's tests, and the
groups that verifying every candidate pair gives (what any way of streaming the pairs must
reproduce)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import duckdb

from dateline.ledger import wire


def synthetic_bands(n: int) -> duckdb.DuckDBPyConnection:
    """Templated articles (many candidate pairs) and trimmed copies of some of them (true wire
    copies), plus two empty texts."""
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from synth import article

    rng = random.Random(5)
    docs = [("e0", ""), ("e1", "")]
    for i in range(n):
        text = article(i, seed=13, paragraphs=3, per_day=10).text
        docs.append((f"d{i:05d}", text))
        if rng.random() < 0.1:
            paragraphs = text.split("\n\n")
            docs.append((f"c{i:05d}", "\n\n".join(["A local line on top."] + paragraphs[:-1])))
    conn = duckdb.connect()
    conn.execute("CREATE TABLE documents (doc_id VARCHAR PRIMARY KEY, wire_group VARCHAR)")
    conn.execute("CREATE INDEX documents_wire ON documents (wire_group)")
    conn.execute("CREATE TABLE doc_signatures (doc_id VARCHAR PRIMARY KEY, minhash UBIGINT[])")
    conn.execute("CREATE TABLE doc_bands (band VARCHAR, doc_id VARCHAR)")
    sigs = [(d, list(wire.signature(t))) for d, t in docs]
    conn.executemany("INSERT INTO documents VALUES (?, ?)", [[d, d] for d, _ in docs])
    conn.executemany("INSERT INTO doc_signatures VALUES (?, ?)", [list(s) for s in sigs])
    conn.executemany(
        "INSERT INTO doc_bands VALUES (?, ?)", [[b, d] for d, s in sigs for b in wire.band_keys(s)]
    )
    return conn


def every_candidate_verified(conn: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Each copy's group when every pair sharing a band held by 2-200 documents is verified."""
    candidates = conn.execute(
        """
        WITH buckets AS (SELECT band FROM doc_bands GROUP BY band HAVING count(*) BETWEEN 2 AND 200)
        SELECT DISTINCT a.doc_id, b.doc_id FROM doc_bands a JOIN doc_bands b
            ON a.band = b.band AND a.doc_id < b.doc_id WHERE a.band IN (SELECT band FROM buckets)
        """
    ).fetchall()
    signatures = {d: tuple(s) for d, s in conn.execute("SELECT * FROM doc_signatures").fetchall()}
    return dict(wire.group_copies(signatures, candidates))
