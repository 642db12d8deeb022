"""The writer's memory from 10,000 to 100,000 documents (issue 9, session 13): the wire-copy
pass verifies a band's candidate pairs one partition of first documents against one partition
of second documents at a time, so its hash tables hold at most two partitions' signatures
(the second documents' signatures were all held: at 100,000 documents the step ran out of the
writer's 128 MB), with the groups of verifying every candidate."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from dateline.ledger import wire, writes


def _ledger_with_bands(n: int) -> duckdb.DuckDBPyConnection:
    """Templated articles (many candidate pairs) and trimmed copies of some (true copies)."""
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from synth import article

    rng = random.Random(13)
    docs = []
    for i in range(n):
        text = article(i, seed=29, paragraphs=3, per_day=10).text
        docs.append((f"d{i:05d}", text))
        if rng.random() < 0.15:  # a copy with a local line on top and its last paragraph cut
            paragraphs = text.split("\n\n")
            docs.append((f"c{i:05d}", "\n\n".join(["Our reporter adds:"] + paragraphs[:-1])))
    conn = duckdb.connect()
    conn.execute("CREATE TABLE documents (doc_id VARCHAR PRIMARY KEY, wire_group VARCHAR)")
    conn.execute("CREATE TABLE doc_signatures (doc_id VARCHAR PRIMARY KEY, minhash UBIGINT[])")
    conn.execute("CREATE TABLE doc_bands (band VARCHAR, doc_id VARCHAR)")
    sigs = [(d, list(wire.signature(t))) for d, t in docs]
    conn.executemany("INSERT INTO documents VALUES (?, ?)", [[d, d] for d, _ in docs])
    conn.executemany("INSERT INTO doc_signatures VALUES (?, ?)", [list(s) for s in sigs])
    conn.executemany(
        "INSERT INTO doc_bands VALUES (?, ?)", [[b, d] for d, s in sigs for b in wire.band_keys(s)]
    )
    return conn


def _every_candidate_verified(conn: duckdb.DuckDBPyConnection) -> dict[str, str]:
    candidates = conn.execute(
        """
        WITH buckets AS (SELECT band FROM doc_bands GROUP BY band HAVING count(*) BETWEEN 2 AND 200)
        SELECT DISTINCT a.doc_id, b.doc_id FROM doc_bands a JOIN doc_bands b
            ON a.band = b.band AND a.doc_id < b.doc_id WHERE a.band IN (SELECT band FROM buckets)
        """
    ).fetchall()
    signatures = {d: tuple(s) for d, s in conn.execute("SELECT * FROM doc_signatures").fetchall()}
    return dict(wire.group_copies(signatures, candidates))


class _Recording:
    """A connection that notes every statement it runs."""

    def __init__(self, conn: duckdb.DuckDBPyConnection) -> None:
        self.conn, self.sql = conn, []  # type: list[str]

    def execute(self, sql: str, *args: Any) -> Any:
        self.sql.append(sql)
        return self.conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


@pytest.mark.parametrize("partition_docs", [1_000_000, 120])
def test_wire_pairs_by_partition_pairs_give_the_groups_of_every_candidate(
    monkeypatch: pytest.MonkeyPatch, partition_docs: int
) -> None:
    conn = _ledger_with_bands(300)
    expected = _every_candidate_verified(conn)
    monkeypatch.setattr(writes, "WIRE_PARTITION_DOCS", partition_docs)
    recording = _Recording(conn)
    writes.rebuild_wire_groups(recording)  # type: ignore[arg-type]
    found = dict(conn.execute("SELECT doc_id, wire_group FROM documents").fetchall())
    assert sum(g != d for d, g in found.items()) > 10  # copies were found
    assert found == {d: expected.get(d, d) for d in found}
    parts = writes._partitions(conn, "doc_signatures", partition_docs)
    verifying = [s for s in recording.sql if "minhash FROM doc_signatures" in s]
    assert len(verifying) == wire.BANDS * parts * parts
    if parts > 1:  # both sides' signatures are one partition's
        for sql in verifying:
            assert len(re.findall(rf"hash\(doc_id\) % {parts} = \d+", sql)) == 2
    temp = conn.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'band_pairs'")
    assert temp.fetchone() == (0,)  # the band's pairs are dropped after the step
