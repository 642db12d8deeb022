"""Row look-ups by key (issue 9): reading a key's row-id spans gives the rows the index gives,
and a timeline's documents, wire copies and carriers come out as the separate look-ups do."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ledger import lookup
from dateline.ledger.store import Ledger


@pytest.mark.parametrize("per_span", [1, 40, 10**9])  # always spans, the default, never
@pytest.mark.parametrize("key", ["k0", "k7", "k49", "k500", "k999", "nobody"])
def test_rows_by_key_gives_the_rows_of_the_plain_query(keyed, monkeypatch, per_span, key) -> None:
    monkeypatch.setattr(lookup, "ROWS_PER_SPAN", per_span)
    names, rows = lookup.rows_by_key(keyed, "t", "key", key, "n, text")
    assert names == ["n", "text"]
    expected = keyed.execute("SELECT n, text FROM t WHERE key = ?", [key]).fetchall()
    assert sorted(rows) == sorted(expected)


def test_a_timeline_reads_documents_copies_and_carriers_as_the_separate_look_ups(
    tmp_path: Path,
) -> None:
    with Ledger(tmp_path / "l.duckdb") as ledger:
        conn = ledger.conn
        # a: first copy of a group (b copies it); c: not yet grouped; e: a copy of f, which
        # is no document of the timeline; g: alone
        conn.execute(
            "INSERT INTO documents (doc_id, url, title, outlet, wire_group) VALUES"
            " ('a', 'u/a', 'A', 'Harbour Ledger', 'a'), ('b', 'u/b', 'B', 'Meridian Post', 'a'),"
            " ('c', 'u/c', 'C', 'Inland Courier', NULL), ('e', 'u/e', 'E', 'Wire', 'f'),"
            " ('f', 'u/f', 'F', 'Coastline Daily', 'f'), ('g', NULL, 'G', NULL, 'g'),"
            " ('h', 'u/h', 'H', 'Valley Times', 'f')"
        )
        conn.execute(
            "INSERT INTO doc_carriers (doc_id, outlet) VALUES ('a', 'Harbour Ledger'),"
            " ('b', 'Meridian Post'), ('b', 'Wire Service'), ('c', 'Inland Courier'),"
            " ('e', 'Wire'), ('f', 'Coastline Daily'), ('h', 'Valley Times'), ('g', NULL)"
        )
        ids = ["a", "c", "e", "g", "missing"]
        members: dict[str, set[str]] = {}
        docs = ledger._documents_with_copies(ids, members)
        assert docs == ledger._documents_by_id(ids, "url, title, coalesce(wire_group, doc_id)")
        groups = {d: str(v[2]) for d, v in docs.items()}
        assert groups == ledger.wire_groups(ids)
        assert (
            ledger.carriers(ids, groups, members)
            == ledger.carriers(ids)
            == {
                "a": ("Harbour Ledger", "Meridian Post", "Wire Service"),
                "c": ("Inland Courier",),
                "e": ("Coastline Daily", "Valley Times", "Wire"),
            }
        )
