"""The writer's memory from 10,000 to 100,000 documents (issue 9): the wire-copy
pass verifies candidate pairs one partition of first documents against one partition of second
documents at a time, so its hash tables hold at most two partitions' signatures (the second
documents' signatures were all held: at 100,000 documents the step ran out of the writer's 128
MB), with the groups of verifying every candidate. Since session 19 the pairs of all sixteen
bands are verified together (``parts²`` verifying queries in all, each scanning the
signatures, where each band ran ``parts²`` of them)."""

from __future__ import annotations

import re
from typing import Any

import duckdb
import pytest
from wire_bands import every_candidate_verified, synthetic_bands

from dateline.ledger import wire, writes


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
    conn = synthetic_bands(300)
    expected = every_candidate_verified(conn)
    monkeypatch.setattr(writes, "WIRE_PARTITION_DOCS", partition_docs)
    recording = _Recording(conn)
    writes.rebuild_wire_groups(recording)  # type: ignore[arg-type]
    found = dict(conn.execute("SELECT doc_id, wire_group FROM documents").fetchall())
    assert sum(g != d for d, g in found.items()) > 10  # copies were found
    assert found == {d: expected.get(d, d) for d in found}
    parts = writes._partitions(conn, "doc_signatures", partition_docs)
    verifying = [s for s in recording.sql if "minhash FROM doc_signatures" in s]
    assert len(verifying) == parts * parts  # all the bands' pairs at once
    # each partition of first documents gathers the pairs of every band
    gathering = [s for s in recording.sql if "INSERT INTO wire_pairs" in s]
    assert len(gathering) == wire.BANDS * parts
    if parts > 1:  # both sides' signatures are one partition's
        for sql in verifying:
            assert len(re.findall(rf"hash\(doc_id\) % {parts} = \d+", sql)) == 2
    temp = conn.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'wire_pairs'")
    assert temp.fetchone() == (0,)  # the pairs are dropped after the step
