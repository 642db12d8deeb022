"""An entity's timeline and status read the same rows however the ledger stores them (issue 9).

Session 15 changed the storage of the columns these queries fetch row by row (schema v12:
uncompressed, so a row is read without decoding its vector) and the order contradiction
pairs are stored in (their listing order, so one subject's pairs sit together). The answers
must not change: each query is checked against a reference made the plain way (one join of
claims and documents, the stored pairs computed live), on a ledger built by the real ingest
of example articles and on a synthetic one as ``benchmarks/bench_ledger.py`` builds them.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from dateline.ledger import lookup, schema
from dateline.ledger.assess import (
    assess_status,
    find_contradiction_pairs,
    timeline_entry,
    timeline_order,
)
from dateline.ledger.store import Ledger
from dateline.ledger.writes import cluster_claims_by_subject
from dateline.records import TimelineEntry

REPO = Path(__file__).resolve().parents[2]
ARTICLES = [  # the first death claim, its denial, a wire copy of one report, later signs of life
    "2016-10-16_meridianwire_hamdawi-killed-claim.txt",
    "2016-10-18_gbn_vanguard-denies-leader-death.txt",
    "2016-12-03_meridianwire_hamdawi-audio-kafr-nasim.txt",
    "2017-06-16_krxw6_kestovia-investigating-hamdawi.html",
    "2017-06-16_portsideherald_kestovia-hamdawi-wire.txt",
    "2017-09-29_qadrapost_hamdawi-video-ruhba.txt",
    "2017-09-30_insurgencydesk_back-from-the-dead.txt",
    "2018-03-14_meridianwire_governor-karim-hamdawi-killed.txt",  # another man of that name
]
FOREVER = date(9999, 12, 31)
"""An as-of date after every claim: the pairs are then computed live from the claims."""


def reference_entries(ledger: Ledger, entity_id: str, as_of: date | None) -> list[TimelineEntry]:
    """An entity's claims the plain way: one join, every row, sorted as a timeline is."""
    rows = ledger.query(
        """
        SELECT c.* EXCLUDE (subject_local, subject_key, claimant_local, claimant_key),
               d.url, d.title
        FROM claims c JOIN documents d USING (doc_id)
        WHERE c.subject_id = ? AND (CAST(? AS DATE) IS NULL OR c.published <= CAST(? AS DATE))
        """,
        [entity_id, as_of, as_of],
    )
    rows.sort(key=timeline_order)
    return [timeline_entry(r) for r in rows]


def check_entity(ledger: Ledger, name: str, as_of: date | None = None) -> int:
    """Timeline and status of ``name`` against the reference; returns the entries checked."""
    entity_id, canonical = ledger.resolve(name)[0]
    expected = reference_entries(ledger, entity_id, as_of)
    timeline = ledger.timeline(name, as_of=as_of)
    bare = [
        e.model_copy(update={"cluster_id": None, "carriers": (), "contradicted_by": ()})
        for e in timeline
    ]
    assert bare == expected
    against: dict[tuple[str, str], list[str]] = {}
    for pair in find_contradiction_pairs(ledger.conn, subject_id=entity_id, as_of=as_of or FOREVER):
        against.setdefault((pair["a_doc"], pair["a_claim"]), []).append(
            f"{pair['b_doc']}/{pair['b_claim']}"
        )
    assert [e.contradicted_by for e in timeline] == [
        tuple(against.get((e.claim.doc_id, e.claim.claim_id), ())) for e in timeline
    ]
    assert ledger.status(name, as_of=as_of) == assess_status(
        entity_id, canonical, expected, as_of=as_of
    )
    return len(expected)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory):
    """A ledger built by the real ingest (the pipeline) of eight example articles."""
    path = tmp_path_factory.mktemp("s15") / "articles.duckdb"
    with Ledger(path) as ledger:
        report = ledger.ingest([REPO / "examples" / "corpus" / a for a in ARTICLES])
        assert report.failed == 0
    with Ledger(path, read_only=True) as ledger:
        yield ledger


@pytest.mark.slow
@pytest.mark.parametrize("as_of", [None, date(2016, 12, 31)])
def test_ingested_timelines_and_status_read_the_rows_of_the_plain_join(ingested, as_of) -> None:
    people = ingested.query(
        "SELECT DISTINCT e.name FROM entities e JOIN claims c ON c.subject_id = e.entity_id"
        " ORDER BY 1"
    )
    assert people
    checked = sum(check_entity(ingested, p["name"], as_of) for p in people)
    assert checked >= 10
    pairs = ingested.query("SELECT rank FROM contradiction_pairs ORDER BY rowid")
    assert [p["rank"] for p in pairs] == sorted(p["rank"] for p in pairs)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory):
    """A synthetic ledger as the benchmark builds it: 300 people with 100 claims each and one
    much-reported person, stored in subject order (as an ingest keeps a large ledger)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_ledger import synthesise

    path = tmp_path_factory.mktemp("s15") / "synthetic.duckdb"
    with Ledger(path) as ledger:
        synthesise(ledger, claims=30_000, entities=300, documents=6_000, hot=800)
        cluster_claims_by_subject(ledger.conn, min_rows=1)
        ledger.conn.execute("CHECKPOINT")
    with Ledger(path, read_only=True) as ledger:
        yield ledger


@pytest.mark.parametrize("per_span", [40, 10**9])  # claims read by row-id spans, or by index
@pytest.mark.parametrize("name", ["Person 0", "Person 17", "Person 299", "Person Hot"])
def test_synthetic_timelines_and_status_read_the_rows_of_the_plain_join(
    synthetic, monkeypatch, per_span, name
) -> None:
    monkeypatch.setattr(lookup, "ROWS_PER_SPAN", per_span)
    assert check_entity(synthetic, name) >= 100
    assert check_entity(synthetic, name, as_of=date(2014, 6, 30)) >= 10


def test_contradiction_pairs_are_stored_in_their_listing_order(synthetic) -> None:
    ranks = [
        r[0]
        for r in synthetic.conn.execute(
            "SELECT rank FROM contradiction_pairs ORDER BY rowid"
        ).fetchall()
    ]
    assert len(ranks) > 1000
    assert ranks == sorted(ranks)


LOOKED_UP = {
    "documents": {"doc_id", "url", "title", "wire_group"},
    "doc_carriers": {"doc_id", "outlet"},
    "contradiction_pairs": {"subject_id", "a_doc", "a_claim", "b_doc", "b_claim", "rank"},
    "entities": {"entity_id", "name"},
}


def uncompressed_columns(conn: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    found = conn.execute(
        "SELECT column_name FROM duckdb_columns() c JOIN duckdb_tables() t USING (table_name)"
        " WHERE table_name = ? AND regexp_matches(t.sql, '\"?' || column_name || '\"? [A-Z]+"
        " USING COMPRESSION Uncompressed')",
        [table],
    ).fetchall()
    return {str(r[0]) for r in found}


def test_a_new_ledger_stores_the_looked_up_columns_uncompressed(tmp_path: Path) -> None:
    with Ledger(tmp_path / "new.duckdb") as ledger:
        for table, columns in LOOKED_UP.items():
            assert uncompressed_columns(ledger.conn, table) == columns


def test_a_version_11_file_keeps_its_rows_when_its_columns_are_stored_uncompressed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v11.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute(schema.DDL_V1)
    for version in range(2, 12):
        conn.execute(schema.MIGRATIONS[version])
    conn.execute("INSERT INTO meta VALUES ('schema_version', '11')")
    conn.execute(
        "INSERT INTO documents (doc_id, url, title, outlet, text, wire_group, published) VALUES"
        " ('d1', 'https://news.example/a', 'Mayor held', 'Valley Times',"
        " 'The mayor of Ostrava Dolni was held overnight.', 'd1', DATE '2019-03-02'),"
        " ('d2', NULL, 'Mayor held (wire)', 'Coastline Daily',"
        " 'The mayor of Ostrava Dolni was held overnight.', 'd1', DATE '2019-03-02')"
    )
    conn.execute("INSERT INTO doc_carriers (doc_id, outlet) VALUES ('d1', 'Valley Times')")
    conn.execute("INSERT INTO entities VALUES ('jan brod', 'Jan Brod', 'person')")
    conn.execute(
        "INSERT INTO contradiction_pairs VALUES ('asserted_vs_denied', 'jan brod', 'd1', 'c1',"
        " 'd2', 'c2', DATE '2019-03-02', DATE '2019-03-03', '{}', '{}', 1)"
    )
    before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in LOOKED_UP}
    conn.close()
    with Ledger(path, read_only=True) as ledger:
        assert schema.stored_version(ledger.conn) == schema.SCHEMA_VERSION
        for table, columns in LOOKED_UP.items():
            assert uncompressed_columns(ledger.conn, table) == columns
            after = ledger.conn.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
            assert after == before[table]
        indexes = {
            r[0] for r in ledger.conn.execute("SELECT index_name FROM duckdb_indexes()").fetchall()
        }
        assert {"documents_wire", "carriers_doc", "contradiction_subject"} <= indexes
