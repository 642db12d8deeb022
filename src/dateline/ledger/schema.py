"""The ledger's tables, its schema version, and the migrations between versions.

A file records its version in ``meta``; opening an older file migrates it in one
transaction, and a file from a newer dateline is refused rather than half-understood.
"""

from __future__ import annotations

import duckdb

from dateline.errors import SchemaVersionError

SCHEMA_VERSION = 12

TABLES = (
    "meta",
    "runs",
    "documents",
    "time_expressions",
    "entities",
    "aliases",
    "doc_entities",
    "statements",
    "claims",
    "ingest_errors",
    "doc_signatures",
    "doc_bands",
    "corrections",
    "entity_notes",
    "doc_carriers",
    "contradiction_pairs",
    "place_facts",
    "place_index",
    "doc_words",
    "dated_sentences",
)
DOC_TABLES = (
    "dated_sentences",
    "doc_words",
    "place_facts",
    "claims",
    "statements",
    "doc_entities",
    "time_expressions",
    "doc_bands",
    "doc_signatures",
    "documents",
)
"""Tables whose rows belong to one document, in the order they are deleted on replace."""

DDL_V1 = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, inputs VARCHAR,
    added INTEGER, skipped INTEGER, failed INTEGER);
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY, url VARCHAR, outlet VARCHAR, title VARCHAR, byline VARCHAR[],
    published DATE, published_source VARCHAR, language VARCHAR, source VARCHAR, text VARCHAR,
    paragraphs VARCHAR, ingested_at TIMESTAMP, run_id VARCHAR);
CREATE TABLE IF NOT EXISTS time_expressions (
    doc_id VARCHAR, tid VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, type VARCHAR,
    value VARCHAR, mod VARCHAR, anchor VARCHAR, earliest DATE, latest DATE);
CREATE TABLE IF NOT EXISTS entities (entity_id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR);
CREATE TABLE IF NOT EXISTS aliases (
    alias_key VARCHAR, alias VARCHAR, entity_id VARCHAR, kind VARCHAR,
    PRIMARY KEY (alias_key, entity_id));
CREATE TABLE IF NOT EXISTS doc_entities (
    doc_id VARCHAR, local_id VARCHAR, entity_id VARCHAR, name VARCHAR, kind VARCHAR,
    aliases VARCHAR[], roles VARCHAR[], mentions INTEGER, parent VARCHAR);
CREATE TABLE IF NOT EXISTS statements (
    doc_id VARCHAR, statement_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
    kind VARCHAR, speaker VARCHAR, speaker_name VARCHAR, speaker_id VARCHAR,
    speaker_anonymous BOOLEAN, cue VARCHAR, said_at VARCHAR, certainty VARCHAR);
CREATE TABLE IF NOT EXISTS claims (
    doc_id VARCHAR, claim_id VARCHAR, subject VARCHAR, subject_id VARCHAR, predicate VARCHAR,
    polarity VARCHAR, event_time VARCHAR, event_earliest DATE, event_latest DATE, place VARCHAR,
    claimant VARCHAR, claimant_id VARCHAR, claimant_anonymous BOOLEAN, certainty VARCHAR,
    statement_id VARCHAR, start INTEGER, "end" INTEGER, evidence VARCHAR, basis VARCHAR,
    published DATE, outlet VARCHAR);
CREATE TABLE IF NOT EXISTS ingest_errors (
    run_id VARCHAR, source VARCHAR, position VARCHAR, code VARCHAR, error_class VARCHAR,
    message VARCHAR, occurred_at TIMESTAMP);
CREATE INDEX IF NOT EXISTS claims_subject ON claims (subject_id);
CREATE INDEX IF NOT EXISTS aliases_key ON aliases (alias_key);
"""

MIGRATION_V2 = """
DROP INDEX IF EXISTS claims_subject;
DROP INDEX IF EXISTS aliases_key;
ALTER TABLE documents ADD COLUMN published_latest DATE;
ALTER TABLE documents ADD COLUMN dating VARCHAR;
ALTER TABLE documents ADD COLUMN wire_group VARCHAR;
ALTER TABLE doc_entities ADD COLUMN keys VARCHAR[];
ALTER TABLE statements ADD COLUMN speaker_local VARCHAR;
ALTER TABLE statements ADD COLUMN speaker_key VARCHAR;
ALTER TABLE claims ADD COLUMN subject_local VARCHAR;
ALTER TABLE claims ADD COLUMN subject_key VARCHAR;
ALTER TABLE claims ADD COLUMN claimant_local VARCHAR;
ALTER TABLE claims ADD COLUMN claimant_key VARCHAR;
CREATE TABLE aliases_v2 (
    alias_key VARCHAR, alias VARCHAR, entity_id VARCHAR, kind VARCHAR, reason VARCHAR);
INSERT INTO aliases_v2 SELECT alias_key, alias, entity_id, kind, NULL FROM aliases;
DROP TABLE aliases;
ALTER TABLE aliases_v2 RENAME TO aliases;
CREATE TABLE IF NOT EXISTS doc_signatures (doc_id VARCHAR PRIMARY KEY, minhash UBIGINT[]);
CREATE TABLE IF NOT EXISTS doc_bands (band VARCHAR, doc_id VARCHAR);
CREATE TABLE IF NOT EXISTS corrections (
    action VARCHAR, a VARCHAR, b VARCHAR, note VARCHAR, created TIMESTAMP);
CREATE TABLE IF NOT EXISTS entity_notes (entity_id VARCHAR, note VARCHAR);
CREATE TABLE IF NOT EXISTS doc_carriers (
    doc_id VARCHAR, outlet VARCHAR, url VARCHAR, published DATE, source VARCHAR);
CREATE INDEX IF NOT EXISTS claims_subject ON claims (subject_id);
CREATE INDEX IF NOT EXISTS aliases_key ON aliases (alias_key);
CREATE INDEX IF NOT EXISTS bands_band ON doc_bands (band);
"""
"""v2: dating and wire-copy columns, resolution keys, user corrections, alias reasons."""

MIGRATION_V3 = """
CREATE TABLE IF NOT EXISTS contradiction_pairs (
    kind VARCHAR, subject_id VARCHAR, a_doc VARCHAR, a_claim VARCHAR, b_doc VARCHAR,
    b_claim VARCHAR, a_time DATE, b_time DATE);
CREATE INDEX IF NOT EXISTS contradiction_subject ON contradiction_pairs (subject_id);
"""
"""v3: contradictions over the whole ledger, recomputed after each ingest (fast reads)."""

MIGRATION_V4 = """
DROP INDEX IF EXISTS contradiction_subject;
DROP TABLE IF EXISTS contradiction_pairs;
CREATE TABLE contradiction_pairs (
    kind VARCHAR, subject_id VARCHAR, a_doc VARCHAR, a_claim VARCHAR, b_doc VARCHAR,
    b_claim VARCHAR, a_time DATE, b_time DATE, a_row VARCHAR, b_row VARCHAR, rank BIGINT);
CREATE INDEX contradiction_subject ON contradiction_pairs (subject_id);
"""
"""v4: contradiction pairs carry both claims' rows and their listing order; refilled by
the next ingest (or ``Ledger.rebuild()``)."""

MIGRATION_V5 = """
ALTER TABLE documents ADD COLUMN canonical_url VARCHAR;
ALTER TABLE documents ADD COLUMN canonical_url_source VARCHAR;
ALTER TABLE documents ADD COLUMN modified DATE;
ALTER TABLE documents ADD COLUMN modified_source VARCHAR;
"""
"""v5: documents carry their canonical URL and modified date, each with its source; rows
stored before stay NULL until re-ingested."""

MIGRATION_V6 = """
ALTER TABLE documents ADD COLUMN analysed_with VARCHAR;
"""
"""v6: each document records the pipeline stamp (``dateline.nlp.pipeline.pipeline_stamp``)
of the analysis stored for it; rows stored before stay NULL (unknown, hence stale) until
re-analysed by the next ingest or ``Ledger.reanalyse()``."""

MIGRATION_V7 = """
CREATE TABLE IF NOT EXISTS place_facts (
    doc_id VARCHAR, place VARCHAR, relation VARCHAR, other VARCHAR, weight INTEGER);
CREATE TABLE IF NOT EXISTS place_index (
    place VARCHAR, key VARCHAR, anchor VARCHAR, rank INTEGER, chain VARCHAR[],
    levels VARCHAR[], ranked VARCHAR[]);
CREATE INDEX IF NOT EXISTS place_index_place ON place_index (place);
"""
"""v7: what documents say about places (``place_facts``: containment, nearness, rank) and,
per claim place phrase, the places containing it (``place_index``); both filled by the next
rebuild (``dateline.ledger.places.refresh_places``)."""

MIGRATION_V8 = """
CREATE INDEX IF NOT EXISTS documents_wire ON documents (wire_group);
CREATE INDEX IF NOT EXISTS carriers_doc ON doc_carriers (doc_id);
"""
"""v8: a document's wire copies and its carriers are found through an index, so a timeline's
cost follows the entity's documents, not the ledger's size."""

MIGRATION_V9 = """
DROP INDEX IF EXISTS bands_band;
"""
"""v9: no index on ``doc_bands(band)``: no query looks a band up (the wire-copy pass joins the
whole table), and the index held 16 keys per document in memory (72 MB at 100,000
documents) and slowed every insert as it grew."""

MIGRATION_V10 = """
ALTER TABLE documents ADD COLUMN IF NOT EXISTS published_time VARCHAR;
"""
"""v10: the clock of publication when the page states it with a UTC offset
(``Document.published_time``, ISO text so that the offset survives), so that re-analysis
from the stored text anchors times as the first analysis did; rows stored before stay NULL."""

MIGRATION_V11 = """
CREATE TABLE IF NOT EXISTS doc_words (doc_id VARCHAR, words VARCHAR[], content VARCHAR[][]);
CREATE TABLE IF NOT EXISTS dated_sentences (
    doc_id VARCHAR, seq INTEGER, text VARCHAR, words VARCHAR[], starts DATE[]);
"""
"""v11: each document's text facts, stored when it is written (``dateline.ledger.textfacts``):
its content words and message-content words (``doc_words``), and its sentences with datable
past references (``dated_sentences``), so that the end-of-ingest pass joins rows and reads no
text. Documents stored before get theirs from their text at the next pass (once)."""

_PLAIN = "USING COMPRESSION uncompressed"
MIGRATION_V12 = f"""
CREATE TABLE documents_v12 (
    doc_id VARCHAR {_PLAIN} PRIMARY KEY, url VARCHAR {_PLAIN}, outlet VARCHAR,
    title VARCHAR {_PLAIN}, byline VARCHAR[], published DATE, published_source VARCHAR,
    language VARCHAR, source VARCHAR, text VARCHAR, paragraphs VARCHAR, ingested_at TIMESTAMP,
    run_id VARCHAR, published_latest DATE, dating VARCHAR, wire_group VARCHAR {_PLAIN},
    canonical_url VARCHAR, canonical_url_source VARCHAR, modified DATE, modified_source VARCHAR,
    analysed_with VARCHAR, published_time VARCHAR);
INSERT INTO documents_v12 SELECT * FROM documents;
DROP INDEX IF EXISTS documents_wire;
DROP TABLE documents;
ALTER TABLE documents_v12 RENAME TO documents;
CREATE INDEX documents_wire ON documents (wire_group);
CREATE TABLE doc_carriers_v12 (
    doc_id VARCHAR {_PLAIN}, outlet VARCHAR {_PLAIN}, url VARCHAR, published DATE,
    source VARCHAR);
INSERT INTO doc_carriers_v12 SELECT * FROM doc_carriers;
DROP INDEX IF EXISTS carriers_doc;
DROP TABLE doc_carriers;
ALTER TABLE doc_carriers_v12 RENAME TO doc_carriers;
CREATE INDEX carriers_doc ON doc_carriers (doc_id);
CREATE TABLE contradiction_pairs_v12 (
    kind VARCHAR, subject_id VARCHAR {_PLAIN}, a_doc VARCHAR {_PLAIN}, a_claim VARCHAR {_PLAIN},
    b_doc VARCHAR {_PLAIN}, b_claim VARCHAR {_PLAIN}, a_time DATE, b_time DATE, a_row VARCHAR,
    b_row VARCHAR, rank BIGINT {_PLAIN});
INSERT INTO contradiction_pairs_v12 SELECT * FROM contradiction_pairs ORDER BY rank;
DROP INDEX IF EXISTS contradiction_subject;
DROP TABLE contradiction_pairs;
ALTER TABLE contradiction_pairs_v12 RENAME TO contradiction_pairs;
CREATE INDEX contradiction_subject ON contradiction_pairs (subject_id);
CREATE TABLE entities_v12 (
    entity_id VARCHAR {_PLAIN} PRIMARY KEY, name VARCHAR {_PLAIN}, kind VARCHAR);
INSERT INTO entities_v12 SELECT * FROM entities;
DROP TABLE entities;
ALTER TABLE entities_v12 RENAME TO entities;
"""
"""v12: the columns an entity's status and timeline fetch row by row through an index
(documents' id, url, title and wire group; carriers' document and outlet; contradiction pairs'
subject and claim keys; entities' id and name) are stored uncompressed. DuckDB fetches one row
of a dictionary+FSST-compressed string column at ~60-100 µs (it decodes the row's vector),
an uncompressed one at a few µs: at 10M claims the 20 documents of an entity's 100 claims
took 8 ms to fetch, now 3-4 ms. Same rows; the tables are copied once (the pairs in their
listing order, as ``assess.refresh_contradictions`` now stores them)."""

INDEX_ONLY = frozenset({9, 10, 11, 12})
"""Migrations that change no stored row (an index, a new column left NULL, a column's storage):
opening a file they upgrade recomputes nothing."""

MIGRATIONS: dict[int, str] = {
    2: MIGRATION_V2,
    3: MIGRATION_V3,
    4: MIGRATION_V4,
    5: MIGRATION_V5,
    6: MIGRATION_V6,
    7: MIGRATION_V7,
    8: MIGRATION_V8,
    9: MIGRATION_V9,
    10: MIGRATION_V10,
    11: MIGRATION_V11,
    12: MIGRATION_V12,
}
"""``MIGRATIONS[n]`` upgrades a version ``n - 1`` file to version ``n``."""


def stored_version(conn: duckdb.DuckDBPyConnection) -> int | None:
    exists = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
    ).fetchone()
    if not exists or not exists[0]:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def check_version(conn: duckdb.DuckDBPyConnection, *, source: str) -> int | None:
    version = stored_version(conn)
    if version is not None and version > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"ledger schema version {version} is newer than this dateline's "
            f"({SCHEMA_VERSION}); upgrade dateline to open it",
            source=source,
        )
    return version


def migrate(conn: duckdb.DuckDBPyConnection, *, source: str) -> None:
    """Create a new ledger or bring an older one to ``SCHEMA_VERSION``."""
    version = check_version(conn, source=source)
    if version == SCHEMA_VERSION:
        return
    conn.execute("BEGIN TRANSACTION")
    try:
        if version is None:
            conn.execute(DDL_V1)
            version = 1
        for target in range(version + 1, SCHEMA_VERSION + 1):
            conn.execute(MIGRATIONS[target])
        conn.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
