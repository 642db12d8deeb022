"""Writing analyses into the ledger, and the ledger-wide passes that follow each write.

``write_analysis`` stores one document's records (replacing any earlier copy of the same
``doc_id``), with an estimated publication interval when the document has no date and the
proof-of-life claims its messages imply. ``rebuild`` then recomputes what depends on the
whole set of documents: cross-document entities and wire-copy groups. Both passes are pure
functions of the stored documents and user corrections, so arrival order never shows.
"""

from __future__ import annotations

import functools
import json
import weakref
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dateline.ledger import schema, wire
from dateline.ledger.assess import refresh_contradictions
from dateline.ledger.crossdate import SUFFIX, refresh_cross_document_dating
from dateline.ledger.dating import (
    bound_undated_claims,
    estimate_publication,
    proof_of_life_claims,
)
from dateline.ledger.places import gazetteer, refresh_places
from dateline.ledger.resolve import Correction, DocEntity, resolve_stream
from dateline.ledger.textfacts import fact_rows, text_facts
from dateline.names import entity_key
from dateline.records import Analysis, Document

CLAIM_COLUMNS = (
    "doc_id, claim_id, subject, subject_id, predicate, polarity, event_time, event_earliest, "
    "event_latest, place, claimant, claimant_id, claimant_anonymous, certainty, statement_id, "
    'start, "end", evidence, basis, published, outlet, subject_local, subject_key, '
    "claimant_local, claimant_key"
)
CLAIM_TUPLE = tuple(c.strip().strip('"') for c in CLAIM_COLUMNS.split(","))


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def write_analysis(conn: duckdb.DuckDBPyConnection, analysis: Analysis, run_id: str) -> None:
    """Store one analysis inside the caller's transaction (earlier rows of the doc replaced)."""
    write_analyses(conn, [analysis], run_id)


def write_analyses(
    conn: duckdb.DuckDBPyConnection,
    analyses: Iterable[Analysis],
    run_id: str,
    *,
    analysed_with: str | None = None,
    replace: Collection[str] = (),
) -> int:
    """Store a batch of analyses inside the caller's transaction; returns how many were kept.

    Rows are gathered per table and inserted once per table (through an appender), and earlier rows
    of a document are deleted only when the document is already stored, so the cost of a
    batch does not grow with the size of the ledger. Each document records ``analysed_with``
    (default: this process's ``pipeline_stamp()``). Documents in ``replace`` are fresh
    analyses of the stored copy itself: they replace it whatever the carrier order says.
    """
    if analysed_with is None:
        from dateline.nlp.pipeline import pipeline_stamp

        analysed_with = pipeline_stamp()
    batch = list(analyses)
    rows = _TableRows()
    pending: set[str] = set()
    # the stored copies (publication date, outlet) of this batch's documents: one look-up
    stored: dict[str, tuple[Any, Any]] = {
        str(r[0]): (r[1], r[2])
        for r in conn.execute(
            "SELECT doc_id, published, outlet FROM documents WHERE doc_id IN (SELECT unnest(?))",
            [sorted({a.document.doc_id for a in batch})],
        ).fetchall()
    }
    # the carriers already noted for those of them that are stored (a carrier is written
    # with its document or for a stored one, and documents are replaced, never deleted): a
    # batch of new documents skips the look-up, a hash join over all of ``doc_carriers``
    carriers: set[tuple[Any, ...]] = set()
    if stored:
        carriers.update(
            conn.execute(
                "SELECT doc_id, outlet, url FROM doc_carriers WHERE doc_id IN (SELECT unnest(?))",
                [sorted(stored)],
            ).fetchall()
        )
    kept = 0
    for analysis in batch:
        if analysis.document.doc_id in pending:
            rows.flush(conn)  # the same text twice in one batch: the second sees the first
            pending.clear()
        if _stage_analysis(conn, analysis, run_id, rows, carriers, stored, analysed_with, replace):
            pending.add(analysis.document.doc_id)
            kept += 1
    rows.flush(conn)
    return kept


class _TableRows:
    """Rows waiting to be inserted, per (table, columns), in first-seen order."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, tuple[str, ...]], list[list[Any]]] = {}

    def add(self, table: str, columns: tuple[str, ...], rows: list[list[Any]]) -> None:
        if rows:
            self.rows.setdefault((table, columns), []).extend(rows)

    def flush(self, conn: duckdb.DuckDBPyConnection) -> None:
        for (table, columns), rows in self.rows.items():
            _append_rows(conn, table, columns, rows)
        self.rows.clear()


_APPENDERS: weakref.WeakKeyDictionary[
    duckdb.DuckDBPyConnection, dict[tuple[str, tuple[str, ...]], Any]
] = weakref.WeakKeyDictionary()
"""A batch's inserts go through DuckDB appenders, one per connection and (table, columns),
made once and flushed at each batch (an appender does not keep its connection alive: the
entries go with the connection, renewed every ``RENEW_DOCS`` documents)."""


def _append_rows(
    conn: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...], rows: list[list[Any]]
) -> None:
    """One statement for many rows, inside the caller's transaction, through the connection's
    appender for ``table``'s ``columns``. Its values convert as ``executemany``'s parameters
    do: the conversion ``_insert_rows`` falls back to, which gave the same rows wherever its
    Arrow table could be made (every table identical on the bench corpus). The bench's 11
    inserts of a 16-document batch: 20 -> 11 ms of CPU, appender 0.8 ms a table less than
    registering an Arrow table and 0.3 ms less than an appender made per batch. On an error
    the appender's buffer is emptied (the caller rolls back; the next batch starts clean)."""
    appenders = _APPENDERS.setdefault(conn, {})
    appender = appenders.get((table, columns))
    if appender is None:
        appender = appenders[(table, columns)] = conn.appender(table, columns=list(columns))
    try:
        appender.append_rows(rows)
        appender.flush()
    except BaseException:
        appender.clear()
        raise


def _insert_rows(
    conn: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...], rows: list[list[Any]]
) -> None:
    """One INSERT for many rows: an Arrow table typed like the target columns."""
    names = ", ".join(f'"{c}"' for c in columns)
    try:
        target = _arrow_schema(conn, table, columns)
        data = pa.Table.from_arrays(
            [
                pa.array([row[i] for row in rows], type=target.field(i).type)
                for i in range(len(columns))
            ],
            schema=target,
        )
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        conn.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({','.join('?' * len(columns))})", rows
        )
        return
    view = f"_dateline_rows_{table}"
    conn.register(view, data)
    try:
        conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view}")
    finally:
        conn.unregister(view)


_SCHEMAS: dict[tuple[int, str, tuple[str, ...]], pa.Schema] = {}


def _arrow_schema(
    conn: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...]
) -> pa.Schema:
    """The Arrow types of ``table``'s ``columns``, asked once per connection (a query per
    table per batch was a tenth of the writer's time)."""
    key = (id(conn), table, columns)
    found = _SCHEMAS.get(key)
    if found is None:
        names = ", ".join(f'"{c}"' for c in columns)
        found = conn.sql(f"SELECT {names} FROM {table} LIMIT 0").to_arrow_table().schema
        if len(_SCHEMAS) > 256:  # connections come and go (tests, servers): stay small
            _SCHEMAS.clear()
        if not table.startswith(("key_map", "aliases_found")):  # temp tables are re-created
            _SCHEMAS[key] = found
    return found


def _insert_all(conn: duckdb.DuckDBPyConnection, table: str, rows: list[list[Any]]) -> None:
    """Rows holding every column of ``table`` in order, in one insert."""
    cursor = conn.execute(f"SELECT * FROM {table} LIMIT 0")
    columns = tuple(d[0] for d in cursor.description or [])
    cursor.fetchall()
    _insert_rows(conn, table, columns, rows)


DOCUMENT_COLUMNS = (
    "doc_id", "url", "outlet", "title", "byline", "published", "published_source", "language",
    "source", "text", "paragraphs", "ingested_at", "run_id", "published_latest", "dating",
    "canonical_url", "canonical_url_source", "modified", "modified_source", "analysed_with",
    "wire_group", "published_time",
)  # fmt: skip
"""A new document is its own wire group until the end-of-ingest pass finds its copies (the
pass then updates the copies only, not every new row of an indexed column)."""
ENTITY_COLUMNS = (
    "doc_id", "local_id", "entity_id", "name", "kind", "aliases", "roles", "mentions", "parent",
    "keys",
)  # fmt: skip
TIMEX_COLUMNS = (
    "doc_id", "tid", "start", "end", "text", "type", "value", "mod", "anchor", "earliest",
    "latest",
)  # fmt: skip
STATEMENT_COLUMNS = (
    "doc_id", "statement_id", "start", "end", "text", "kind", "speaker", "speaker_name",
    "speaker_id", "speaker_anonymous", "cue", "said_at", "certainty", "speaker_local",
    "speaker_key",
)  # fmt: skip


def _stage_analysis(
    conn: duckdb.DuckDBPyConnection,
    analysis: Analysis,
    run_id: str,
    rows: _TableRows,
    carriers: set[tuple[Any, ...]],
    stored_docs: dict[str, tuple[Any, Any]] | None = None,
    analysed_with: str | None = None,
    replace: Collection[str] = (),
) -> bool:
    """Queue one analysis's rows (deleting a stored copy it replaces); False when not kept.

    ``stored_docs`` (doc_id → stored published, outlet) is the batch's look-up, kept up to date
    here; without it the document is looked up on its own."""
    doc = analysis.document
    doc_id = doc.doc_id
    if (doc_id, doc.outlet, doc.url) not in carriers:  # as record_carrier, batched
        carriers.add((doc_id, doc.outlet, doc.url))
        rows.add(
            "doc_carriers",
            ("doc_id", "outlet", "url", "published", "source"),
            [[doc_id, doc.outlet, doc.url, doc.published, doc.source]],
        )
    if stored_docs is None:
        found = conn.execute(
            "SELECT published, outlet FROM documents WHERE doc_id = ?", [doc_id]
        ).fetchall()  # fetched to the end: an unfinished result blocks the Arrow insert
        stored = found[0] if found else None
    else:
        stored = stored_docs.get(doc_id)
    if (
        stored
        and doc_id not in replace
        and _carrier_order(stored[0], stored[1]) < _carrier_order(doc.published, doc.outlet)
    ):
        return False  # the same text from a later carrier: kept as a carrier of the stored copy
    if stored:  # a replacement (force, or an earlier carrier of the same text)
        for table in schema.DOC_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
    published, published_source, published_latest, dating = (
        doc.published,
        doc.published_source,
        None,
        None,
    )
    if published is None:
        estimate = estimate_publication(analysis)
        if estimate.earliest:
            published, published_source = estimate.earliest, "estimated"
            published_latest = estimate.latest
        dating = json.dumps(list(estimate.reasons))
        analysis = analysis.model_copy(
            update={"document": doc.model_copy(update={"published": published})}
        )
    if stored_docs is not None:
        stored_docs[doc_id] = (published, doc.outlet)
    rows.add(
        "documents",
        DOCUMENT_COLUMNS,
        [
            [
                doc_id,
                doc.url,
                doc.outlet,
                doc.title,
                list(doc.byline),
                published,
                published_source,
                doc.language,
                doc.source,
                doc.text,
                json.dumps(doc.paragraphs),
                _now(),
                run_id,
                published_latest,
                dating,
                doc.canonical_url,
                doc.canonical_url_source,
                doc.modified,
                doc.modified_source,
                analysed_with,
                doc_id,
                doc.published_time.isoformat() if doc.published_time else None,
            ]
        ],
    )
    sig = wire.signature(doc.text)
    rows.add("doc_signatures", ("doc_id", "minhash"), [[doc_id, list(sig)]])
    rows.add("doc_bands", ("band", "doc_id"), [[b, doc_id] for b in wire.band_keys(sig)])
    if analysis.timexes:
        rows.add(
            "time_expressions",
            TIMEX_COLUMNS,
            [
                [
                    t.doc_id,
                    t.tid,
                    t.start,
                    t.end,
                    t.text,
                    t.type,
                    t.value,
                    t.mod,
                    t.anchor,
                    t.earliest,
                    t.latest,
                ]
                for t in analysis.timexes
            ],
        )
    if analysis.entities:
        rows.add(
            "doc_entities",
            ENTITY_COLUMNS,
            [
                [
                    doc_id,
                    e.entity_id,
                    None,
                    e.name,
                    e.kind,
                    list(e.aliases),
                    list(e.roles),
                    len(e.mentions),
                    e.parent,
                    sorted({entity_key(n) for n in (e.name, *e.aliases)}),
                ]
                for e in analysis.entities
            ],
        )
    if analysis.statements:
        rows.add(
            "statements",
            STATEMENT_COLUMNS,
            [
                [
                    s.doc_id,
                    s.statement_id,
                    s.start,
                    s.end,
                    s.text,
                    s.kind,
                    s.speaker.text if s.speaker else None,
                    s.speaker.name if s.speaker else None,
                    None,
                    s.speaker.anonymous if s.speaker else False,
                    s.cue,
                    s.said_at,
                    s.certainty,
                    s.speaker.entity_id if s.speaker else None,
                    entity_key(s.speaker.name or s.speaker.text)
                    if s.speaker and not s.speaker.anonymous
                    else None,
                ]
                for s in analysis.statements
            ],
        )
    claims = bound_undated_claims(analysis) + proof_of_life_claims(analysis)
    if claims:
        rows.add(
            "claims",
            CLAIM_TUPLE,
            [
                [
                    c.doc_id,
                    c.claim_id,
                    c.subject,
                    None,
                    c.predicate,
                    c.polarity,
                    c.event_time,
                    c.event_earliest,
                    c.event_latest,
                    c.place,
                    c.claimant,
                    None,
                    c.claimant_anonymous,
                    c.certainty,
                    c.statement_id,
                    c.start,
                    c.end,
                    c.evidence,
                    c.basis,
                    published,
                    doc.outlet,
                    c.subject_id,
                    entity_key(c.subject),
                    c.claimant_id,
                    entity_key(c.claimant) if c.claimant and not c.claimant_anonymous else None,
                ]
                for c in claims
            ],
        )
    # text facts: from the analysis worker, else computed here (a serial ingest)
    facts = getattr(analysis, "text_facts", None) or text_facts(analysis)
    for table, columns, fact_rows_ in fact_rows(doc_id, facts, published):
        rows.add(table, columns, fact_rows_)
    return True


def _carrier_order(published: object, outlet: object) -> tuple[str, str]:
    """Which carrier of one text is the stored copy: the earliest published, then by outlet."""
    return (str(published) if published else "9999", str(outlet or ""))


def record_carrier(conn: duckdb.DuckDBPyConnection, doc: Document) -> None:
    """Note that an outlet carried this exact text (identical wire copies share a doc_id)."""
    exists = conn.execute(
        "SELECT 1 FROM doc_carriers WHERE doc_id = ? AND outlet IS NOT DISTINCT FROM ?"
        " AND url IS NOT DISTINCT FROM ?",
        [doc.doc_id, doc.outlet, doc.url],
    ).fetchall()
    if not exists:
        conn.execute(
            "INSERT INTO doc_carriers VALUES (?,?,?,?,?)",
            [doc.doc_id, doc.outlet, doc.url, doc.published, doc.source],
        )


# -- ledger-wide passes ----------------------------------------------------------------------
PASS_STEPS = ("entities", "crossdate", "wire", "places", "contradictions", "cluster")
"""The end-of-ingest pass's steps, in order; each commits on its own (see ``rebuild``)."""

PASS_MARKER = "rebuild_pass"
"""``meta`` key of an unfinished pass: JSON ``{"step", "since", "newest", "full"}`` (the next
step to run, the contradictions mark it started from, the newest ``ingested_at`` it covers,
and whether it recomputes everything)."""

PASS_SUBJECTS = "pass_subjects"
"""Table of the subjects whose contradiction pairs the unfinished pass must recompute, filled
by the steps before (it outlives a crash, as a TEMP table would not); empty between passes.
Created by the first pass that needs it (a working table, not part of the schema)."""


def rebuild(
    conn: duckdb.DuckDBPyConnection,
    *,
    full: bool = False,
    between_steps: Callable[[], None] | None = None,
    drop_gazetteer: bool = False,
    release: Callable[[], None] | None = None,
) -> None:
    """Recompute cross-document entities, dating, wire groups, places and contradictions.

    The pass runs as ``PASS_STEPS``, each one transaction that also records in ``meta``
    (``PASS_MARKER``) the step to run next, so that a pass interrupted by a crash or a
    failure resumes at the step that did not commit (``pending_pass``; ``Ledger`` finishes
    it when the file is next opened). Each step's result is a function of the stored rows,
    so a resumed pass stores what an uninterrupted one does. Contradictions are recomputed
    only for the subjects whose claims changed since the last pass (``full=True``: every
    subject, as after a schema migration). An unfinished pass is finished first; another
    one follows when documents arrived after it started, or when ``full`` is asked.
    ``between_steps`` runs after each step commits (``Ledger`` empties DuckDB's block cache
    there, so that no step starts on the blocks the steps before it read). ``drop_gazetteer``:
    the place step's gazetteer is dropped once that step commits (see ``_finish_pass``).
    ``release`` runs between the chunks of the contradiction step (default ``between_steps``).
    """
    state = pending_pass(conn)
    if state is not None:
        _finish_pass(conn, state, between_steps, drop_gazetteer, release)
        newest = _newest(conn)
        if not full and (newest is None or newest <= (state["newest"] or "")):
            return
    _finish_pass(conn, _start_pass(conn, full), between_steps, drop_gazetteer, release)


def pending_pass(conn: duckdb.DuckDBPyConnection) -> dict[str, Any] | None:
    """The state of an unfinished end-of-ingest pass (None when every pass finished)."""
    exists = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        " AND table_catalog = current_database()"
    ).fetchone()
    if not exists or not exists[0]:
        return None
    found = _meta(conn, PASS_MARKER)
    return dict(json.loads(found)) if found else None


def _newest(conn: duckdb.DuckDBPyConnection) -> str | None:
    row = conn.execute("SELECT max(ingested_at) FROM documents").fetchone()
    return str(row[0]) if row and row[0] is not None else None


def _start_pass(conn: duckdb.DuckDBPyConnection, full: bool) -> dict[str, Any]:
    since = None if full else _meta(conn, CONTRADICTIONS_AT)
    state = {"step": PASS_STEPS[0], "since": since, "newest": _newest(conn), "full": since is None}
    conn.execute("BEGIN TRANSACTION")
    try:
        conn.execute(f"CREATE TABLE IF NOT EXISTS {PASS_SUBJECTS} (subject_id VARCHAR)")
        conn.execute(f"DELETE FROM {PASS_SUBJECTS}")
        _set_meta(conn, PASS_MARKER, json.dumps(state))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return state


def _finish_pass(
    conn: duckdb.DuckDBPyConnection,
    state: dict[str, Any],
    between_steps: Callable[[], None] | None = None,
    drop_gazetteer: bool = False,
    release: Callable[[], None] | None = None,
) -> None:
    """Run the pass's remaining steps, one transaction each. ``drop_gazetteer``: once the
    place step commits, its gazetteer (~36 MB of Python tables, ~80 MB of the process once
    loaded) is dropped: no later step reads it, and the contradiction step, the pass's
    largest, then starts that much lower. The next pass (or ingest warm-up,
    ``scale._warm_writer``) loads it again, 0.6-0.9 s of CPU: worth it after a large ingest,
    not after each small ``Ledger.add``."""
    steps = {
        "entities": _step_entities,
        "crossdate": _step_crossdate,
        "wire": _step_wire,
        "places": _step_places,
        "contradictions": _step_contradictions,
        "cluster": _step_cluster,
    }
    # the contradiction step empties the cache between its chunks too: each chunk's pairs
    # (two JSON rows each) are written blocks the next chunk does not read
    steps["contradictions"] = functools.partial(
        _step_contradictions, release=release or between_steps
    )
    for step in PASS_STEPS[PASS_STEPS.index(state["step"]) :]:
        conn.execute("BEGIN TRANSACTION")
        try:
            steps[step](conn, state)
            following = PASS_STEPS.index(step) + 1
            if following < len(PASS_STEPS):
                _set_meta(conn, PASS_MARKER, json.dumps(state | {"step": PASS_STEPS[following]}))
            else:
                conn.execute("DELETE FROM meta WHERE key = ?", [PASS_MARKER])
                conn.execute(f"DELETE FROM {PASS_SUBJECTS}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        if drop_gazetteer and step == "places":
            gazetteer.cache_clear()
        if between_steps is not None:
            between_steps()  # (the ledger's also gives the C heap's free pages back)


def _touched(
    conn: duckdb.DuckDBPyConnection, select: str, params: Any = None, *, table: str = PASS_SUBJECTS
) -> None:
    """Note subjects (the rows of ``select``) whose contradiction pairs the pass recomputes."""
    conn.execute(
        f"INSERT INTO {table} SELECT DISTINCT * FROM ({select}) s(subject_id)"
        " WHERE subject_id IS NOT NULL",
        params,
    )


def _step_entities(conn: duckdb.DuckDBPyConnection, state: dict[str, Any]) -> None:
    """Entities, committed chunk by chunk: run again from its start, the step resolves every
    document anew and writes only the ids that differ, so a step interrupted between chunks
    ends the same; the subjects a committed chunk changed are already in ``PASS_SUBJECTS``.
    Each commit is checkpointed (``_checkpoint``)."""
    rebuild_entities(
        conn,
        touched=None if state["full"] else PASS_SUBJECTS,
        between_chunks=functools.partial(
            _commit_and_go_on, conn, functools.partial(_checkpoint, conn)
        ),
    )


def _checkpoint(conn: duckdb.DuckDBPyConnection) -> None:
    """Write the log into the file (outside a transaction). DuckDB keeps the old versions of
    the rows an ``UPDATE`` changed in memory after its commit, until a checkpoint: the entity
    step updates ids in ``doc_entities``, ``claims`` and ``statements`` chunk after chunk, and
    without one after each chunk its commits' versions piled up (``duckdb_memory()``'s
    ``TRANSACTION``: 9 → 19 MB over 4 chunks at 10,000 documents; the buffer pool 29 → 38 MB,
    13-17 MB with the checkpoints) inside the pass's 64 MB. Skipped while another transaction
    of the database is open (DuckDB then checkpoints on its own later)."""
    with suppress(duckdb.TransactionException):
        conn.execute("CHECKPOINT")


def _step_crossdate(conn: duckdb.DuckDBPyConnection, state: dict[str, Any]) -> None:
    """Cross-document dating; the subjects of the inferred claims it replaced are noted."""
    if state["full"]:
        refresh_cross_document_dating(conn)
        return
    inferred = (
        "SELECT doc_id, claim_id, subject_id, hash(c) AS h FROM claims c"
        f" WHERE claim_id LIKE '%{SUFFIX}'"
    )
    conn.execute(f"CREATE OR REPLACE TEMP TABLE inferred_before AS {inferred}")
    refresh_cross_document_dating(conn)
    _touched(
        conn,
        f"""SELECT unnest([a.subject_id, b.subject_id]) FROM inferred_before a
        FULL OUTER JOIN ({inferred}) b ON a.doc_id = b.doc_id AND a.claim_id = b.claim_id
        WHERE a.h IS DISTINCT FROM b.h""",
    )
    conn.execute("DROP TABLE inferred_before")


def _step_wire(conn: duckdb.DuckDBPyConnection, state: dict[str, Any]) -> None:
    """Wire groups, with a commit after each partition's candidate pairs are verified: until
    its last statement the step writes only its own TEMP tables, so run again from its start
    it ends the same. (DuckDB's cache is not emptied between partitions: each reads the same
    signatures again.)"""
    rebuild_wire_groups(conn, between_parts=functools.partial(_commit_and_go_on, conn))


def _step_places(conn: duckdb.DuckDBPyConnection, state: dict[str, Any]) -> None:
    if state["full"]:
        refresh_places(conn)
    else:
        _fresh_docs(conn, state)
        refresh_places(conn, fresh="fresh_docs")
        # what is known about a place changed: its claims' pairs may too
        _touched(
            conn,
            "SELECT subject_id FROM claims WHERE place IN (SELECT place FROM changed_places)",
        )
        conn.execute("DROP TABLE fresh_docs")
    conn.execute("DROP TABLE changed_places")


def _fresh_docs(conn: duckdb.DuckDBPyConnection, state: dict[str, Any]) -> None:
    """TEMP table ``fresh_docs``: documents stored (new or replaced) since the last pass."""
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE fresh_docs AS SELECT doc_id FROM documents"
        " WHERE ingested_at >= CAST(? AS TIMESTAMP)",
        [state["since"]],
    )


def _commit_and_go_on(
    conn: duckdb.DuckDBPyConnection, release: Callable[[], None] | None = None
) -> None:
    """Commit inside a pass step and open the next transaction: for a step that is safe to
    run again from its start (the marker still names it until its last part commits), so that
    a transaction holds only a part's rows (DuckDB keeps them in memory until commit).
    ``release`` runs between the two, outside any transaction."""
    conn.execute("COMMIT")
    if release is not None:
        release()
    conn.execute("BEGIN TRANSACTION")


def _step_contradictions(
    conn: duckdb.DuckDBPyConnection,
    state: dict[str, Any],
    *,
    release: Callable[[], None] | None = None,
) -> None:
    """Pairs stored chunk by chunk, each chunk committed: run again from the start, the step
    deletes its subjects' pairs (all, or those of ``PASS_SUBJECTS``, which only the step's
    end empties) and stores them again, so a step interrupted between chunks ends the same.
    ``release`` runs after each chunk's commit (the ledger empties DuckDB's cache there)."""
    commit = functools.partial(_commit_and_go_on, conn, release)
    if state["full"]:
        refresh_contradictions(conn, between_chunks=commit)
    else:
        _touched_subjects(conn, state["since"])
        conn.execute(
            "CREATE OR REPLACE TEMP TABLE touched_subjects AS"
            f" SELECT DISTINCT subject_id FROM {PASS_SUBJECTS}"
        )
        refresh_contradictions(conn, subjects="touched_subjects", between_chunks=commit)
        conn.execute("DROP TABLE touched_subjects")
    _set_meta(conn, CONTRADICTIONS_AT, state["newest"] or "1970-01-01")


def _step_cluster(conn: duckdb.DuckDBPyConnection, state: dict[str, Any]) -> None:
    cluster_claims_by_subject(conn)


def _set_meta(conn: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])


CONTRADICTIONS_AT = "contradictions_at"
"""``meta`` key: the newest ``ingested_at`` the stored contradiction pairs have seen."""

CLUSTERED_ROWS = "claims_clustered_rows"
"""``meta`` key: how many claims the table held when it was last rewritten in subject order."""

CLUSTER_MIN_ROWS = 200_000
"""Below this many claims every query is fast whatever the row order, so none is rewritten."""

CLUSTER_RANGE_ROWS = 50_000
"""Claims sorted at a time by the rewrite in subject order (whole ranges of subject ids)."""

CLUSTER_GROWTH = 4
"""Rewrite once the claims added since the last rewrite reach 1/``CLUSTER_GROWTH`` of it."""


def cluster_claims_by_subject(
    conn: duckdb.DuckDBPyConnection, *, min_rows: int = CLUSTER_MIN_ROWS
) -> bool:
    """Rewrite ``claims`` in subject order when enough claims arrived since the last rewrite.

    An entity's timeline and status read its claims through the subject index; claims are
    stored in ingest order, so a much-reported person's rows sit in as many row groups as
    there are ingests, and each query pulls a block per column from each. Kept in subject
    order, they sit in one or two row groups. The rewrite costs one pass over the table and
    happens when the unsorted tail reaches a quarter of the sorted part, so its cost per
    claim stays constant as the ledger grows (as in a dynamic array). Returns whether it ran.
    """
    total = conn.execute("SELECT count(*) FROM claims").fetchone()
    rows = int(total[0]) if total else 0
    done = int(_meta(conn, CLUSTERED_ROWS) or 0)
    if rows < min_rows or (done and rows - done < done // CLUSTER_GROWTH):
        return False
    # sorted one range of subjects at a time (bounds: quantiles of the subject ids, about
    # CLUSTER_RANGE_ROWS claims a range), then the claims with no subject: the same order as
    # one ORDER BY of the whole table, whose sort ran out of the pass's 64 MB at 100,000
    # documents (317k claims), and the steps after it ran at twice the limit
    conn.execute("CREATE TABLE claims_clustered AS FROM claims LIMIT 0")
    for cond, params in _ranges(conn, "subject_id", "claims", rows, CLUSTER_RANGE_ROWS):
        conn.execute(
            f"INSERT INTO claims_clustered SELECT * FROM claims WHERE {cond}"
            " ORDER BY subject_id, doc_id, claim_id",
            params,
        )
    conn.execute(
        "INSERT INTO claims_clustered SELECT * FROM claims WHERE subject_id IS NULL"
        " ORDER BY doc_id, claim_id"
    )
    conn.execute("DROP INDEX IF EXISTS claims_subject")
    conn.execute("DROP TABLE claims")
    conn.execute("ALTER TABLE claims_clustered RENAME TO claims")
    conn.execute("CREATE INDEX claims_subject ON claims (subject_id)")
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [CLUSTERED_ROWS, str(rows)])
    return True


def _meta(conn: duckdb.DuckDBPyConnection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else None


def _touched_subjects(conn: duckdb.DuckDBPyConnection, since: str) -> None:
    """Note the subjects of documents stored since ``since`` (new or replaced), and those of
    stored pairs whose claims are gone or belong to such a document (the steps before noted
    the subjects of the claims they changed: entity ids, inferred dates, places)."""
    _touched(
        conn,
        """
        WITH fresh AS (SELECT doc_id FROM documents WHERE ingested_at >= CAST($since AS TIMESTAMP))
        SELECT subject_id FROM claims WHERE doc_id IN (SELECT doc_id FROM fresh)
        UNION ALL SELECT p.subject_id FROM contradiction_pairs p
            WHERE p.a_doc IN (SELECT doc_id FROM fresh) OR p.b_doc IN (SELECT doc_id FROM fresh)
        UNION ALL SELECT p.subject_id FROM contradiction_pairs p ANTI JOIN claims c
            ON c.doc_id = p.a_doc AND c.claim_id = p.a_claim
        UNION ALL SELECT p.subject_id FROM contradiction_pairs p ANTI JOIN claims c
            ON c.doc_id = p.b_doc AND c.claim_id = p.b_claim
        """,
        {"since": since},
    )


def _doc_entities(conn: duckdb.DuckDBPyConnection) -> list[DocEntity]:
    rows = conn.execute(
        "SELECT doc_id, local_id, name, kind, aliases, roles FROM doc_entities"
    ).fetchall()
    found = [DocEntity(r[0], r[1], r[2], r[3], tuple(r[4] or ()), tuple(r[5] or ())) for r in rows]
    # Subjects, claimants and speakers the nlp stage named without an entity record.
    orphans = conn.execute(_ORPHANS_SQL).fetchall()
    found += [DocEntity(r[0], f"name:{r[1]}", r[2], "other") for r in orphans]
    return found


_ORPHANS_SQL = """
        WITH named AS (
            SELECT doc_id, subject_local AS local, subject_key AS key, subject AS name FROM claims
            UNION ALL SELECT doc_id, claimant_local, claimant_key, claimant FROM claims
            UNION ALL SELECT doc_id, speaker_local, speaker_key, coalesce(speaker_name, speaker)
                FROM statements)
        SELECT DISTINCT n.doc_id, n.key, min(n.name) AS name FROM named n
        WHERE n.key IS NOT NULL AND n.key <> ''
        AND NOT EXISTS (SELECT 1 FROM doc_entities d
                        WHERE d.doc_id = n.doc_id AND d.local_id = n.local)
        AND NOT EXISTS (SELECT 1 FROM (SELECT doc_id, unnest(keys) AS key FROM doc_entities) d
                        WHERE d.doc_id = n.doc_id AND d.key = n.key)
        GROUP BY n.doc_id, n.key
"""
"""(doc_id, key, name) of subjects, claimants and speakers named without an entity record.
Two anti-joins on equalities (an entity of the document with that local id; one with that
key): one ``NOT EXISTS`` with ``local_id = local OR list_contains(keys, key)`` was not a hash
join and ran out of DuckDB's 64 MB at 100,000 documents (alone: 0.6 s at 1 GB; the two
anti-joins 1.2 s within 64 MB); the same rows. (Further on, ``resolve_input``'s window and the
key-map joins ran out too: ``_number_resolve_input``, ``_changed_ids``; docs/scale-log.md,
sessions 20 and 21.)"""


def corrections(conn: duckdb.DuckDBPyConnection) -> list[Correction]:
    rows = conn.execute("SELECT action, a, b FROM corrections ORDER BY created").fetchall()
    return [Correction(r[0], r[1], r[2]) for r in rows]


RESOLVE_RANGE_ROWS = 50_000
"""Rows of ``resolve_input`` numbered at a time (one range of doc ids): the window that numbers
them sorts the rows with their alias and role lists, and over all of them at once (537,000 at
100,000 documents) it ran out of the pass's 64 MB."""


def _number_resolve_input(conn: duckdb.DuckDBPyConnection) -> None:
    """``resolve_input``: every document entity and every orphan name (``_ORPHANS_SQL``),
    numbered (``rn``) in (doc_id, local_id, name, kind) order, the order the entity pass
    reads them in. The rows are numbered one range of doc ids at a time (bounds: quantiles
    of the distinct doc ids, about ``RESOLVE_RANGE_ROWS`` rows a range), each range's numbers
    following the last range's, so a window sorts one range, never the whole table; inserted
    in ``rn`` order, the table's row groups keep narrow ``rn`` bounds for the chunked reads.

    Working tables of the file, not TEMP ones (like ``aliases_found``, and ``PASS_SUBJECTS``;
    dropped at the step's end, replaced by a step run again after a crash): DuckDB keeps a
    TEMP table in memory, uncompressed, so these, which hold a row per document entity, took
    42 of the pass's 61 MB at 100,000 documents and the step ran out of memory in its first
    chunk (then ran again at twice the limit, and every later step of the pass with it)."""
    conn.execute(f"CREATE OR REPLACE TABLE resolve_orphans AS {_ORPHANS_SQL}")
    rows = (
        "SELECT doc_id, local_id, name, kind, aliases, roles FROM doc_entities WHERE {cond}"
        " UNION ALL SELECT doc_id, 'name:' || key, name, 'other', [], []"
        " FROM resolve_orphans WHERE {cond}"
    )
    conn.execute(
        "CREATE OR REPLACE TABLE resolve_input AS SELECT 0::BIGINT AS rn, *"
        f" FROM ({rows.format(cond='FALSE')})"
    )
    found = conn.execute(
        "SELECT (SELECT count(*) FROM doc_entities) + (SELECT count(*) FROM resolve_orphans)"
    ).fetchall()
    ranges = _ranges(
        conn,
        "doc_id",
        "(SELECT DISTINCT doc_id FROM doc_entities)",
        int(found[0][0]),
        RESOLVE_RANGE_ROWS,
    )
    offset = 0
    for cond, bounds in ranges:
        params = {"offset": offset} | bounds
        added = conn.execute(
            "INSERT INTO resolve_input SELECT $offset + row_number() OVER"
            f" (ORDER BY doc_id, local_id, name, kind) AS rn, * FROM ({rows.format(cond=cond)})"
            " ORDER BY rn",
            params,
        ).fetchall()
        offset += int(added[0][0]) if added else 0
    conn.execute("DROP TABLE resolve_orphans")


def _ranges(
    conn: duckdb.DuckDBPyConnection, column: str, source: str, rows: int, per_range: int
) -> Iterator[tuple[str, dict[str, Any]]]:
    """SQL conditions on ``column`` (with their ``$low`` / ``$high`` parameters) that cut its
    values in ``source`` into ranges of about ``per_range`` of its ``rows`` rows, in order:
    [-inf, b1), [b1, b2), ..., [bk, +inf) with bounds at quantiles, so that every value but
    NULL falls in exactly one, and a statement run once per range sorts or numbers a range's
    rows, never the whole table's."""
    parts = max(1, -(-rows // per_range))
    bounds: list[Any] = []
    if parts > 1:
        found = conn.execute(
            f"SELECT quantile_disc({column}, ?) FROM {source}",
            [[k / parts for k in range(1, parts)]],
        ).fetchall()
        bounds = sorted(set(found[0][0] or []))
    for low, high in zip([None, *bounds], [*bounds, None], strict=True):
        conds, params = [f"{column} IS NOT NULL"], {}
        if low is not None:
            conds.append(f"{column} >= $low")
            params["low"] = low
        if high is not None:
            conds.append(f"{column} < $high")
            params["high"] = high
        yield " AND ".join(conds), params


def _empty_temp_table(conn: duckdb.DuckDBPyConnection, table: str, columns: str = "") -> None:
    """Create ``table`` (a TEMP table) empty, with ``columns`` or the columns it has. Not
    ``DELETE FROM``: DuckDB keeps a temporary table's deleted rows in memory until their row
    group (122,880 rows) is deleted whole, so a table emptied after each chunk held up to about
    three row groups of dead rows (a 25,000-row key map emptied 60 times: 13-32 MB against 3
    MB re-created), inside the pass's 64 MB."""
    if columns:
        conn.execute(f"CREATE OR REPLACE TEMP TABLE {table} ({columns})")
    else:
        conn.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS FROM {table} LIMIT 0")


RESOLVE_CHUNK = 5_000
"""Document entities read (and key-map rows written) at a time by the entity pass (20,000
before: the chunk's rows, held as Python tuples, were a visible part of the pass's peak)."""


def rebuild_entities(
    conn: duckdb.DuckDBPyConnection,
    *,
    touched: str | None = None,
    between_chunks: Callable[[], None] | None = None,
) -> None:
    """Resolve entities across the ledger and write their ids into every table that names them.

    ``touched`` names a table (one ``subject_id`` column) that receives the subjects of the
    claims whose subject or claimant changes, before and after (their pairs may change).

    Streams: the document entities are read twice in chunks (in (doc_id, local_id) order) and
    the results written in chunks, so memory grows with the number of distinct names, not of
    documents (``resolve.resolve_stream``; same result as ``resolve_entities``). Each chunk's
    new ids are written into every table before the next chunk, and ``between_chunks`` runs
    after each (the end-of-ingest pass commits there: DuckDB keeps a transaction's updated
    rows in memory until it commits, so one transaction over a fresh ingest's every claim
    grew with the ingest).
    """
    _number_resolve_input(conn)
    if between_chunks is not None:
        between_chunks()  # resolve_input written to the file: its blocks can be evicted
    _empty_temp_table(conn, "key_map", "doc_id VARCHAR, key VARCHAR, entity_id VARCHAR")
    conn.execute(
        "CREATE OR REPLACE TABLE aliases_found (alias_key VARCHAR, alias VARCHAR,"
        " entity_id VARCHAR, kind VARCHAR, reason VARCHAR)"
    )

    def entities() -> Iterator[DocEntity]:
        low = 0
        while True:
            rows = conn.execute(
                "SELECT doc_id, local_id, name, kind, aliases, roles FROM resolve_input"
                " WHERE rn > ? AND rn <= ? ORDER BY rn",
                [low, low + RESOLVE_CHUNK],
            ).fetchall()
            if not rows:
                return
            for r in rows:
                yield DocEntity(r[0], r[1], r[2], r[3], tuple(r[4] or ()), tuple(r[5] or ()))
            low += RESOLVE_CHUNK

    # (doc_id, key) → entity, where key is 'local:<id>' or a name key used in that document
    doc_map: dict[tuple[str, str], str] = {}
    key_rows: list[list[Any]] = []
    alias_rows: list[list[Any]] = []
    # per table: its id columns with the local id and the name key that give each
    id_columns = {
        "claims": (
            ("subject_id", "subject_local", "subject_key"),
            ("claimant_id", "claimant_local", "claimant_key"),
        ),
        "statements": (("speaker_id", "speaker_local", "speaker_key"),),
    }
    # indexes a chunk's bulk update dropped, built again once at the step's end
    deferred: set[str] = set()
    for table, columns in id_columns.items():
        # one row per changed row, all its ids: an update of an indexed column moves the row
        # (a new rowid), so one UPDATE writes them all
        conn.execute(
            f"CREATE OR REPLACE TEMP TABLE changes_{table} (id BIGINT, "
            + ", ".join(f"{c} VARCHAR" for c, _, _ in columns)
            + ")"
        )

    def write_back() -> None:
        """The ids of the documents in ``key_rows`` (whole documents, about
        ``PARTITION_ROWS`` keys): written into ``doc_entities``; the rows of the other
        tables whose id changes are noted. Only a chunk's key map is ever held, so the joins'
        hash tables stay the size of a chunk whatever the size of the ledger."""
        _insert_rows(conn, "key_map", ("doc_id", "key", "entity_id"), key_rows)
        entity_of = {(d, k): v for d, k, v in key_rows}
        key_rows.clear()
        # only rows whose id changes are updated: an UPDATE of every row costs memory that
        # grows with the ledger and stays until the next checkpoint
        conn.execute(
            """
            UPDATE doc_entities SET entity_id = m.entity_id FROM key_map m
            WHERE doc_entities.doc_id = m.doc_id AND m.key = 'local:' || doc_entities.local_id
            AND doc_entities.entity_id IS DISTINCT FROM m.entity_id
            """
        )
        if between_chunks is not None:
            # committed before the other tables' updates: the rows this update changed stay
            # pinned in DuckDB's memory until their transaction commits, and the claims
            # update after it then found no block to pin within the pass's limit
            between_chunks()
        for table, columns in id_columns.items():
            changed = _changed_ids(conn, table, columns, entity_of)
            if changed:
                _insert_rows(conn, f"changes_{table}", ("id", *(c for c, _, _ in columns)), changed)
            _apply_id_changes(conn, table, columns, touched, deferred)
        _empty_temp_table(conn, "key_map")
        if between_chunks is not None:
            between_chunks()

    def flush(final: bool = False) -> None:
        if final or len(key_rows) >= PARTITION_ROWS:
            write_back()
        if final or len(alias_rows) >= RESOLVE_CHUNK:
            _insert_rows(
                conn,
                "aliases_found",
                ("alias_key", "alias", "entity_id", "kind", "reason"),
                alias_rows,
            )
            alias_rows.clear()

    def assign(e: DocEntity, eid: str, aliases: list[tuple[str, str, str, str, str]]) -> None:
        if doc_map and next(iter(doc_map))[0] != e.doc_id:  # a new document
            key_rows.extend([d, k, v] for (d, k), v in doc_map.items())
            doc_map.clear()
            flush()
        doc_map[(e.doc_id, f"local:{e.local_id}")] = eid
        for name in (e.name, *e.aliases):
            doc_map.setdefault((e.doc_id, entity_key(name)), eid)
        alias_rows.extend(list(a) for a in aliases)

    res = resolve_stream(entities, corrections(conn), assign)
    key_rows.extend([d, k, v] for (d, k), v in doc_map.items())
    flush(final=True)
    conn.execute("DELETE FROM entities")
    conn.execute("DELETE FROM aliases")
    conn.execute("DELETE FROM entity_notes")
    if res.entities:
        _insert_all(
            conn,
            "entities",
            [[eid, name, kind] for eid, (name, kind) in sorted(res.entities.items())],
        )
    conn.execute(
        "INSERT INTO aliases (alias_key, alias, entity_id, kind, reason)"
        " SELECT DISTINCT * FROM aliases_found ORDER BY ALL"
    )
    if res.notes:
        _insert_all(conn, "entity_notes", [list(n) for n in res.notes])
    conn.execute("DROP TABLE aliases_found")
    for table, columns in id_columns.items():
        # a document with no entity and no named subject has no key: its rows name no entity
        conn.execute(
            f"INSERT INTO changes_{table} SELECT t.rowid, "
            + ", ".join("NULL" for _ in columns)
            + f" FROM {table} t"
            " ANTI JOIN (SELECT DISTINCT doc_id FROM resolve_input) r USING (doc_id)"
            " WHERE " + " OR ".join(f"t.{c} IS NOT NULL" for c, _, _ in columns)
        )
        _apply_id_changes(conn, table, columns, touched, deferred)
        conn.execute(f"DROP TABLE changes_{table}")
    # once, after the last chunk; IF NOT EXISTS for all of them: a step run again after a
    # crash between two chunks finds the index already dropped, never drops it itself
    for (table, column), index in INDEXED_COLUMNS.items():
        if table in id_columns:
            conn.execute(f"CREATE INDEX IF NOT EXISTS {index} ON {table} ({column})")
    conn.execute("DROP TABLE key_map")
    conn.execute("DROP TABLE resolve_input")


def _changed_ids(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    columns: tuple[tuple[str, str, str], ...],
    entity_of: dict[tuple[str, str], str],
) -> list[list[Any]]:
    """``[rowid, *ids]`` of the rows of ``table`` whose documents are in the chunk's key map
    and whose ids differ from those the map gives: each id is the entity of the row's local
    mention (``'local:<id>'``), else of its name key in that document. Looked up in the
    chunk's map in Python: as SQL, two left joins of the key map per id column, DuckDB
    built its hash tables on the chunk's rows (the smaller side), one on the other, and four
    of them (``claims``) needed more than 40 MB whatever the chunk's size (10,000 documents,
    one chunk of 2,000 documents' 6,236 claims: out of memory at 48 MB; the same query
    without the chunk's filter, building on the key map, fitted in 40)."""
    read = ", ".join(f"{c}, {local}, {key}" for c, local, key in columns)
    docs = {d for d, _ in entity_of}
    if not docs:
        return []
    # the chunk's documents are a run of doc ids (resolve_input's order): a range filter,
    # no join; the documents of the range the chunk does not hold (no entity, no named
    # subject) are left to the step's last statement, as before
    cursor = conn.execute(
        f"SELECT rowid, doc_id, {read} FROM {table} WHERE doc_id BETWEEN ? AND ?",
        [min(docs), max(docs)],
    )
    changed: list[list[Any]] = []
    while rows := cursor.fetchmany(RESOLVE_CHUNK):
        for row in rows:
            doc_id, found = row[1], []
            if doc_id not in docs:
                continue
            for i in range(len(columns)):
                local, key = row[3 + 3 * i], row[4 + 3 * i]
                by_local = None if local is None else entity_of.get((doc_id, f"local:{local}"))
                found.append(by_local if by_local is not None else entity_of.get((doc_id, key)))
            if any(f != row[2 + 3 * i] for i, f in enumerate(found)):
                changed.append([row[0], *found])
    return changed


def _apply_id_changes(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    columns: tuple[tuple[str, str, str], ...],
    touched: str | None,
    deferred: set[str] | None = None,
) -> None:
    """Write the entity ids noted in ``changes_<table>`` (row id → new ids) into ``table``,
    noting in ``touched`` the subjects of the claims they change, then empty the changes.
    ``deferred``: see ``_index_dropped_for_bulk_update``."""
    changes = f"changes_{table}"
    if touched is not None and table == "claims":
        _touched(
            conn,
            f"SELECT unnest([t.subject_id, n.subject_id]) FROM claims t JOIN {changes} n"
            " ON t.rowid = n.id",
            table=touched,
        )
    sets = ", ".join(f"{c} = n.{c}" for c, _, _ in columns)
    with _index_dropped_for_bulk_update(conn, table, columns[0][0], changes, deferred):
        conn.execute(f"UPDATE {table} SET {sets} FROM {changes} n WHERE {table}.rowid = n.id")
    _empty_temp_table(conn, changes)


PARTITION_ROWS = 25_000
"""Keys of the entity pass's key map written back at a time (whole documents): the pass
joins one such chunk with each table that names entities, so its hash tables stay the same
size whatever the size of the ledger. The keys wait as Python lists until written: at
200,000 (about 18,000 documents' keys) the writer's peak grew with every document of an
ingest up to that size (10,000 documents: entity step 297 → 259 MB at 25,000, same CPU)."""


def _partitions(conn: duckdb.DuckDBPyConnection, table: str, rows: int) -> int:
    """How many ``hash(doc_id)`` partitions keep ``table``'s share of each near ``rows``
    (at least one)."""
    found = conn.execute(f"SELECT count(*) FROM {table}").fetchall()  # fetched to the end
    total = int(found[0][0]) if found else 0
    return max(1, -(-total // rows))


def _in_part(column: str, part: int, parts: int) -> str:
    """SQL: ``column`` (a doc_id) falls in partition ``part`` of ``parts``."""
    return "TRUE" if parts == 1 else f"hash({column}) % {parts} = {part}"


INDEXED_COLUMNS = {
    ("claims", "subject_id"): "claims_subject",
    ("documents", "wire_group"): "documents_wire",
}
"""Indexed columns the end-of-ingest pass updates, and their index."""

BULK_UPDATE_SHARE = 64
"""Rebuild an index rather than update it row by row once more than 1/``BULK_UPDATE_SHARE``
of its table changes: DuckDB updates an indexed column as a delete and an insert of the whole
row, about 150 µs a row and the row kept in memory until the transaction commits (47 s and
+70 MB for 300,000 claims, the first pass of a large ingest), while building the index anew
costs about 1.2 µs per row of the table (0.4 s for 300,000)."""

BULK_UPDATE_MIN = 1000
"""Fewer changed rows than this are always updated in place."""


@contextmanager
def _index_dropped_for_bulk_update(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    column: str,
    changes: str,
    deferred: set[str] | None = None,
) -> Iterator[None]:
    """Inside: ``table.column`` may be updated from the ``changes`` table; when that is a
    large share of the table, its index is dropped first and built again after (same index,
    same transaction, so a crash leaves either both or neither).

    ``deferred`` (a step that updates in chunks, each committed): an index dropped here is
    not built again but noted in ``deferred``, and one noted there stays dropped; the caller
    builds them once after its last chunk. The entity step rebuilt ``claims_subject`` over the
    whole table after every chunk that changed more than 1/64 of the claims (each build
    about the index's size in DuckDB's memory, which grows with the ledger, and 1.2 µs a row:
    at 100,000 documents some 50 chunks; where the step ran out of its 64 MB in session 21)."""
    index = INDEXED_COLUMNS.get((table, column))
    bulk = False
    if index is not None and deferred is not None and index in deferred:
        yield  # dropped by an earlier chunk of the step
        return
    if index is not None:
        row = conn.execute(
            f"SELECT (SELECT count(*) FROM {changes}), (SELECT count(*) FROM {table}),"
            " (SELECT count(*) FROM duckdb_indexes() WHERE index_name = ?"
            "  AND table_name = ? AND database_name = current_database())",
            [index, table],
        ).fetchone()
        changed, total, exists = (int(v) for v in row) if row else (0, 0, 0)
        bulk = bool(exists) and changed > max(BULK_UPDATE_MIN, total // BULK_UPDATE_SHARE)
    if bulk:
        conn.execute(f"DROP INDEX {index}")
    yield
    if bulk and deferred is not None:
        deferred.add(str(index))
    elif bulk:
        conn.execute(f"CREATE INDEX {index} ON {table} ({column})")


def rebuild_wire_groups(
    conn: duckdb.DuckDBPyConnection,
    *,
    max_bucket: int = 200,
    between_parts: Callable[[], None] | None = None,
) -> None:
    """Group documents that are copies of one report; a group is named by its smallest doc_id.

    Candidate pairs (documents sharing an LSH band key held by 2 to ``max_bucket``
    documents) are verified by their signatures as DuckDB streams them, one partition of
    first documents at a time, so memory holds the verified pairs only: the candidates grow
    faster than the corpus (1 million for 30,000 templated articles) and were once all
    fetched at once. ``between_parts`` runs after each partition's pairs are verified and
    dropped (the pass commits there, see ``_verified_wire_pairs``).
    """
    groups = _components(_verified_wire_pairs(conn, max_bucket, between_parts))  # as they stream
    copies = sorted((d, g) for d, g in groups.items() if g != d)
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE wire_map AS"
        " SELECT unnest(?::VARCHAR[]) AS doc_id, unnest(?::VARCHAR[]) AS grp",
        [[d for d, _ in copies], [g for _, g in copies]],
    )
    conn.execute(  # only the documents whose group changes (see rebuild_entities)
        """
        CREATE OR REPLACE TEMP TABLE group_changes AS
        SELECT d.doc_id AS id, coalesce(m.grp, d.doc_id) AS grp
        FROM documents d LEFT JOIN wire_map m USING (doc_id)
        WHERE d.wire_group IS DISTINCT FROM coalesce(m.grp, d.doc_id)
        """
    )
    with _index_dropped_for_bulk_update(conn, "documents", "wire_group", "group_changes"):
        conn.execute(
            "UPDATE documents SET wire_group = n.grp FROM group_changes n"
            " WHERE documents.doc_id = n.id"
        )
    conn.execute("DROP TABLE group_changes")
    conn.execute("DROP TABLE wire_map")


def _verified_wire_pairs(
    conn: duckdb.DuckDBPyConnection,
    max_bucket: int,
    between_parts: Callable[[], None] | None = None,
) -> Iterator[tuple[str, str]]:
    """Candidate pairs whose signatures are similar enough (``wire.group_copies``' test), as
    they stream (a pair sharing several bands comes once per band: the union-find does not
    care; copies of one templated report make many pairs, so they are not collected).

    DuckDB compares the signatures itself. For one ``hash(doc_id)`` partition of first
    documents at a time, the candidate pairs of all the bands are stored first (TEMP
    ``wire_pairs``: the two documents' row numbers in ``doc_signatures``, 16 bytes a pair
    where two 64-character ids took ~160), then verified against one partition of second
    documents at a time, so the join's hash tables hold at most two partitions' signatures
    whatever the ledger's size. With the second documents' signatures all held, 100,000
    replayed documents ran out of the writer's 128 MB in this step. Until session 19 the
    pairs were stored and verified band by band: each of the 16 bands ran ``parts²``
    verifying queries that each scan the signatures (108 s of CPU for the step at 100,000
    documents in a replay); all the bands' pairs verified together take ``parts²`` queries
    in all. Fetching every candidate with both signatures once cost 260 MB at 10,000
    documents."""
    conn.complete()  # an earlier look-up's unread rows would block the streamed reads
    parts = _partitions(conn, "doc_signatures", WIRE_PARTITION_DOCS)
    signatures = """SELECT rowid AS k, doc_id, minhash FROM doc_signatures
        WHERE {part} AND rowid IN (SELECT {side} FROM wire_pairs)
        AND len(minhash) = $n AND minhash <> $empty"""
    for part_a in range(parts):
        conn.execute("CREATE OR REPLACE TEMP TABLE wire_pairs (a BIGINT, b BIGINT)")
        for band in range(wire.BANDS):
            # a pair shares one bucket per band, so none repeats within a band
            conn.execute(
                f"""
                INSERT INTO wire_pairs
                WITH mine AS (SELECT band, doc_id FROM doc_bands WHERE starts_with(band, $prefix)),
                buckets AS (SELECT band FROM mine GROUP BY band HAVING count(*) BETWEEN 2 AND $max),
                held AS (SELECT m.band, m.doc_id, s.rowid AS k
                    FROM mine m SEMI JOIN buckets USING (band) JOIN doc_signatures s USING (doc_id))
                SELECT a.k, b.k FROM held a JOIN held b ON a.band = b.band AND a.doc_id < b.doc_id
                WHERE {_in_part("a.doc_id", part_a, parts)}
                """,
                {"prefix": f"{band}:", "max": max_bucket},
            )
        for part_b in range(parts):
            sa = signatures.format(part=_in_part("doc_id", part_a, parts), side="a")
            sb = signatures.format(part=_in_part("doc_id", part_b, parts), side="b")
            reader = conn.execute(
                f"""
                WITH sa AS ({sa}), sb AS ({sb})
                SELECT sa.doc_id, sb.doc_id FROM wire_pairs c
                JOIN sa ON sa.k = c.a JOIN sb ON sb.k = c.b
                WHERE list_sum(list_transform(range(1, $n + 1),
                                              lambda i: (sa.minhash[i] = sb.minhash[i])::INTEGER))
                      / $n >= $threshold
                """,  # (no condition may compare sa with sb alone: DuckDB would join on it)
                {
                    "n": wire.PERMUTATIONS,
                    "empty": list(wire._EMPTY),
                    "threshold": wire.THRESHOLD,
                },
            )
            while batch := reader.fetchmany(WIRE_BATCH):
                yield from ((str(a), str(b)) for a, b in batch)
        # a table dropped or replaced inside a transaction keeps its rows until the commit
        # (they are what a rollback restores): in one transaction every part's pairs were held
        conn.execute("DROP TABLE wire_pairs")
        if between_parts is not None:
            between_parts()


WIRE_BATCH = 20_000
"""Verified pairs fetched at a time by the wire-copy pass."""

WIRE_PARTITION_DOCS = 10_000
"""Documents per ``hash(doc_id)`` partition of the wire-copy pass: one query verifies the
band's candidate pairs of one partition of first documents against one of second documents,
so its hash tables hold at most twice this many signatures, whatever the ledger's size. Such
a query takes about 2 KB of DuckDB memory per signature held (30,000 replayed documents in
one partition: +100-130 MB per band), so 50,000 (the value before) asked for about 200 MB,
over the writer's 128 MB limit: at 100,000 documents the step ran out and the writer
doubled the limit. 20,000 kept a query near 80 MB, still over the pass's own 64 MB
(``PASS_MEMORY_LIMIT``): the pass alone on a copy of a real 100,000-document ledger ran out in
this step's first verifying query, and every later step ran at twice the limit. At 10,000 it
completes within 64 MB (step peak 345 -> 301 MB, 71 -> 40 s with its retry, load ~7); the
price is more queries (each scans the signatures): 30,000 replayed documents, the step alone
+114 MB and 13.9 s CPU at 20,000, +103 MB and 20.9 s at 10,000."""


def _components(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``doc_id → group`` (smallest doc_id of its connected component) of these pairs; the
    union-find ``wire.group_copies`` runs once the pairs are verified."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {d: find(d) for d in list(parent)}


def add_correction(
    conn: duckdb.DuckDBPyConnection, action: str, a: str, b: str, note: str = ""
) -> None:
    conn.execute(
        "DELETE FROM corrections WHERE ((a = ? AND b = ?) OR (a = ? AND b = ?))", [a, b, b, a]
    )
    conn.execute("INSERT INTO corrections VALUES (?,?,?,?,?)", [action, a, b, note, _now()])


def parse_alias_file(path: Path) -> list[tuple[str, str, str]]:
    """Corrections from an alias file, one rule a line (``#`` starts a comment).

    ``Abu Idris al-Hamdawi = Abu Idriss Hamdaoui; the emir`` holds the names as one entity;
    ``Abu Idris al-Hamdawi != Karim Hamdawi`` keeps two entities apart.
    """
    from dateline.errors import LedgerError

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LedgerError(f"cannot read the alias file: {exc.strerror}", source=str(path)) from None
    found: list[tuple[str, str, str]] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if "!=" in line:
            left, right = (p.strip() for p in line.split("!=", 1))
            action = "split"
        elif "=" in line:
            left, right = (p.strip() for p in line.split("=", 1))
            action = "merge"
        else:
            raise LedgerError(
                "expected 'Name = Variant; Variant' or 'Name != Other'",
                source=str(path),
                position=f"line {number}",
            )
        for other in (p.strip() for p in right.split(";")):
            if left and other:
                found.append((action, left, other))
    return found


def backfill_name_keys(conn: duckdb.DuckDBPyConnection) -> None:
    """Name keys for rows stored before schema v2, so that entity resolution can see them."""
    for table, name_col, key_col in (
        ("claims", "subject", "subject_key"),
        ("claims", "claimant", "claimant_key"),
        ("statements", "coalesce(speaker_name, speaker)", "speaker_key"),
    ):
        names = conn.execute(
            f"SELECT DISTINCT {name_col} FROM {table} WHERE {key_col} IS NULL"
            f" AND {name_col} IS NOT NULL"
        ).fetchall()
        for (name,) in names:
            conn.execute(
                f"UPDATE {table} SET {key_col} = ? WHERE {name_col} = ? AND {key_col} IS NULL",
                [entity_key(name), name],
            )
    conn.execute("UPDATE claims SET claimant_key = NULL WHERE claimant_anonymous")
