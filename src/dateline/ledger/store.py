"""The ledger: one embedded DuckDB file holding every document, record and ingest error.

Writes are idempotent (a document is stored once, by ``doc_id``) and transactional per batch:
an interrupted ingest leaves no half-written document, and rerunning it resumes where it
stopped because stored documents are skipped before any NLP runs.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

from dateline.dates import parse_date
from dateline.errors import (
    DatelineError,
    EntityNotFound,
    IngestError,
    LedgerBusy,
    LedgerError,
)
from dateline.ledger import schema
from dateline.names import entity_key
from dateline.records import (
    Analysis,
    Claim,
    Document,
    Entity,
    IngestReport,
    StatusReport,
    TimelineEntry,
)

log = logging.getLogger(__name__)

DEFAULT_PATH = Path("dateline.duckdb")
Source = str | Path | Document
ProgressCallback = Callable[[str, int], None]


class Ledger:
    """A DuckDB ledger file. ``Ledger(path)`` creates or opens (and migrates) it.

    >>> ledger = Ledger("dateline.duckdb")
    >>> ledger.ingest(["examples/corpus"])
    >>> ledger.status("al-Zarqani").summary
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, *, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise LedgerError("no ledger file here; run `dateline ingest` first", source=str(path))
        try:
            self.conn = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise LedgerBusy(
                    "another dateline process is writing this ledger; retry when it finishes",
                    source=str(path),
                ) from None
            raise LedgerError(f"cannot open the ledger: {exc}", source=str(path)) from None
        except duckdb.Error as exc:
            raise LedgerError(f"not a DuckDB ledger file: {exc}", source=str(path)) from None
        if not read_only:
            schema.migrate(self.conn, source=str(self.path))
        else:
            schema.check_version(self.conn, source=str(self.path))

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes ------------------------------------------------------------------------------
    def ingest(
        self,
        sources: Iterable[Source] | Source,
        *,
        published: date | str | None = None,
        force: bool = False,
        batch_size: int = 16,
        progress: ProgressCallback | None = None,
        workers: int = 1,
    ) -> IngestReport:
        """Read, analyse and store documents; one transaction per batch of ``batch_size``.

        ``sources`` are file or folder paths, or ``Document`` records. Input errors are stored in
        ``ingest_errors`` and counted; the run goes on. Already stored documents are skipped
        (replaced with ``force=True``). ``workers > 1`` analyses in that many processes
        (``dateline.scale.analyze_parallel``); this process stays the one DuckDB writer.
        """
        from dateline.ingest import read_paths
        from dateline.scale import analyze_parallel

        published_date = parse_date(published, source="--published")
        if isinstance(sources, str | Path | Document):
            sources = [sources]
        run_id = uuid.uuid4().hex[:12]
        self._start_run(run_id, sources)
        counts = {"added": 0, "skipped": 0, "failed": 0}
        errors: list[str] = []

        def documents() -> Iterator[Document]:
            for item in _expand(sources, read_paths, published_date):
                if isinstance(item, IngestError):
                    self._record_error(run_id, item)
                    counts["failed"] += 1
                    errors.append(str(item))
                    if progress:
                        progress(item.source or "?", 1)
                    continue
                if not force and self.has_document(item.doc_id):
                    counts["skipped"] += 1
                    if progress:
                        progress(item.source or item.doc_id, 1)
                    continue
                yield item

        batch: list[Analysis] = []
        for analysis in analyze_parallel(documents(), workers=workers, batch_size=batch_size):
            batch.append(analysis)
            if len(batch) >= batch_size:
                counts["added"] += self._write_batch(batch, run_id, progress)
                batch = []
        if batch:
            counts["added"] += self._write_batch(batch, run_id, progress)
        self._finish_run(run_id, counts)
        return IngestReport(run_id=run_id, errors=tuple(errors), **counts)

    def add(self, analyses: Iterable[Analysis], *, run_id: str = "api") -> int:
        """Store analyses made elsewhere (another process, a Dask worker)."""
        return self._write_batch(list(analyses), run_id, None)

    def _write_batch(
        self, batch: list[Analysis], run_id: str, progress: ProgressCallback | None
    ) -> int:
        self.conn.execute("BEGIN TRANSACTION")
        try:
            for analysis in batch:
                self._write_analysis(analysis, run_id)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        if progress:
            for analysis in batch:
                progress(analysis.document.source or analysis.document.doc_id, 1)
        return len(batch)

    def _write_analysis(self, analysis: Analysis, run_id: str) -> None:
        doc = analysis.document
        doc_id = doc.doc_id
        for table in schema.DOC_TABLES:
            self.conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
        self.conn.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                doc_id,
                doc.url,
                doc.outlet,
                doc.title,
                list(doc.byline),
                doc.published,
                doc.published_source,
                doc.language,
                doc.source,
                doc.text,
                json.dumps(doc.paragraphs),
                datetime.now(UTC).replace(tzinfo=None),
                run_id,
            ],
        )
        if analysis.timexes:
            self.conn.executemany(
                "INSERT INTO time_expressions VALUES (?,?,?,?,?,?,?,?,?,?,?)",
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
        ledger_ids = {e.entity_id: self._resolve_entity(e) for e in analysis.entities}
        for e in analysis.entities:
            self.conn.execute(
                "INSERT INTO doc_entities VALUES (?,?,?,?,?,?,?,?,?)",
                [
                    doc_id,
                    e.entity_id,
                    ledger_ids[e.entity_id],
                    e.name,
                    e.kind,
                    list(e.aliases),
                    list(e.roles),
                    len(e.mentions),
                    e.parent,
                ],
            )
        for s in analysis.statements:
            sp = s.speaker
            self.conn.execute(
                "INSERT INTO statements VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    s.doc_id,
                    s.statement_id,
                    s.start,
                    s.end,
                    s.text,
                    s.kind,
                    sp.text if sp else None,
                    sp.name if sp else None,
                    ledger_ids.get(sp.entity_id or "") if sp else None,
                    sp.anonymous if sp else False,
                    s.cue,
                    s.said_at,
                    s.certainty,
                ],
            )
        for c in analysis.claims:
            self.conn.execute(
                f"INSERT INTO claims VALUES ({','.join('?' * 21)})",
                [
                    c.doc_id,
                    c.claim_id,
                    c.subject,
                    ledger_ids.get(c.subject_id or "") or self._entity_for_name(c.subject),
                    c.predicate,
                    c.polarity,
                    c.event_time,
                    c.event_earliest,
                    c.event_latest,
                    c.place,
                    c.claimant,
                    ledger_ids.get(c.claimant_id or ""),
                    c.claimant_anonymous,
                    c.certainty,
                    c.statement_id,
                    c.start,
                    c.end,
                    c.evidence,
                    c.basis,
                    doc.published,
                    doc.outlet,
                ],
            )

    def _resolve_entity(self, entity: Entity) -> str:
        """Ledger-wide id of a document's entity: an existing entity sharing a full-name key.

        Only multi-word names (or the canonical name) are matched, so that two people who
        share a surname are not merged by it; the ledger issue deepens this.
        """
        keys = [entity_key(entity.name)] + [
            entity_key(a) for a in entity.aliases if len(entity_key(a).split()) > 1
        ]
        keys = [k for k in dict.fromkeys(keys) if k]
        for key in keys:
            row = self.conn.execute(
                "SELECT entity_id FROM aliases WHERE alias_key = ? AND kind = ? LIMIT 1",
                [key, entity.kind],
            ).fetchone()
            if row:
                entity_id = str(row[0])
                break
        else:
            entity_id = keys[0] if keys else entity.entity_id
            self.conn.execute(
                "INSERT INTO entities VALUES (?,?,?) ON CONFLICT DO NOTHING",
                [entity_id, entity.name, entity.kind],
            )
        self.conn.execute(
            "UPDATE entities SET name = ? WHERE entity_id = ? AND length(name) < length(?)",
            [entity.name, entity_id, entity.name],
        )
        for alias in {entity.name, *entity.aliases}:
            self.conn.execute(
                "INSERT INTO aliases VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
                [entity_key(alias), alias, entity_id, entity.kind],
            )
        return entity_id

    def _entity_for_name(self, name: str) -> str | None:
        row = self.conn.execute(
            "SELECT entity_id FROM aliases WHERE alias_key = ? LIMIT 1", [entity_key(name)]
        ).fetchone()
        return str(row[0]) if row else None

    def _start_run(self, run_id: str, sources: Iterable[Source]) -> None:
        names = (
            [s.source or s.doc_id if isinstance(s, Document) else str(s) for s in sources]
            if isinstance(sources, list | tuple)
            else ["<stream>"]
        )
        self.conn.execute(
            "INSERT INTO runs VALUES (?,?,NULL,?,0,0,0)",
            [run_id, datetime.now(UTC).replace(tzinfo=None), json.dumps(names[:100])],
        )

    def _finish_run(self, run_id: str, counts: dict[str, int]) -> None:
        self.conn.execute(
            "UPDATE runs SET finished = ?, added = ?, skipped = ?, failed = ? WHERE run_id = ?",
            [
                datetime.now(UTC).replace(tzinfo=None),
                counts["added"],
                counts["skipped"],
                counts["failed"],
                run_id,
            ],
        )

    def _record_error(self, run_id: str, error: DatelineError) -> None:
        self.conn.execute(
            "INSERT INTO ingest_errors VALUES (?,?,?,?,?,?,?)",
            [
                run_id,
                error.source,
                error.position,
                error.code,
                type(error).__name__,
                str(error),
                datetime.now(UTC).replace(tzinfo=None),
            ],
        )

    # -- reads -------------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return bool(
            self.conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        )

    def count(self, table: str) -> int:
        if table not in schema.TABLES:
            raise LedgerError(f"no table {table!r}; tables are {', '.join(schema.TABLES)}")
        row = self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Rows of a read query as dicts (for exports and the server)."""
        cursor = self.conn.execute(sql, params or [])
        columns = [d[0] for d in cursor.description or []]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def resolve(self, name: str) -> list[tuple[str, str]]:
        """Ledger entities a user's query names: (entity_id, canonical name), most claims first.

        Matches the full-name key first, then any alias (a surname alone may match several).
        """
        key = entity_key(name)
        rows = self.conn.execute(
            """
            SELECT e.entity_id, e.name, count(c.claim_id) AS n
            FROM entities e JOIN aliases a USING (entity_id)
            LEFT JOIN claims c ON c.subject_id = e.entity_id
            WHERE a.alias_key = ? OR e.entity_id = ?
            GROUP BY e.entity_id, e.name ORDER BY n DESC, e.name
            """,
            [key, key],
        ).fetchall()
        if not rows:
            rows = self.conn.execute(
                """
                SELECT e.entity_id, e.name, count(c.claim_id) AS n
                FROM entities e LEFT JOIN claims c ON c.subject_id = e.entity_id
                WHERE e.entity_id LIKE '%' || ? || '%'
                GROUP BY e.entity_id, e.name ORDER BY n DESC, e.name LIMIT 5
                """,
                [key],
            ).fetchall()
        return [(str(r[0]), str(r[1])) for r in rows]

    def _entity(self, name: str) -> tuple[str, str]:
        found = self.resolve(name)
        if not found:
            raise EntityNotFound(
                "no entity by that name in the ledger; `dateline entities` lists them",
                source=repr(name),
            )
        return found[0]

    def timeline(self, entity: str, *, as_of: date | str | None = None) -> list[TimelineEntry]:
        """Claims about an entity ordered by event time (undated last, by publication)."""
        entity_id, _ = self._entity(entity)
        as_of_date = parse_date(as_of, source="--as-of")
        rows = self.query(
            """
            SELECT c.*, d.url, d.title FROM claims c JOIN documents d USING (doc_id)
            WHERE c.subject_id = ? AND (CAST(? AS DATE) IS NULL OR d.published <= CAST(? AS DATE))
            ORDER BY c.event_earliest NULLS LAST, c.published NULLS LAST, c.doc_id, c.start
            """,
            [entity_id, as_of_date, as_of_date],
        )
        return [_timeline_entry(r) for r in rows]

    def status(self, entity: str, *, as_of: date | str | None = None) -> StatusReport:
        from dateline.ledger.assess import assess_status

        entity_id, name = self._entity(entity)
        return assess_status(
            entity_id,
            name,
            self.timeline(entity, as_of=as_of),
            as_of=parse_date(as_of, source="--as-of"),
        )

    def entities(self, *, search: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        pattern = f"%{entity_key(search)}%" if search else "%"
        return self.query(
            """
            SELECT e.entity_id, e.name, e.kind,
                   (SELECT count(*) FROM claims c WHERE c.subject_id = e.entity_id) AS claims,
                   (SELECT count(DISTINCT doc_id) FROM doc_entities d
                    WHERE d.entity_id = e.entity_id) AS documents
            FROM entities e
            WHERE e.entity_id LIKE ? OR EXISTS (
                SELECT 1 FROM aliases a WHERE a.entity_id = e.entity_id AND a.alias_key LIKE ?)
            ORDER BY claims DESC, documents DESC, e.name LIMIT ?
            """,
            [pattern, pattern, limit],
        )

    def errors(self) -> list[dict[str, Any]]:
        return self.query("SELECT * FROM ingest_errors ORDER BY occurred_at")


def _expand(
    sources: Iterable[Source],
    read_paths: Callable[..., Iterator[Document | IngestError]],
    published: date | None,
) -> Iterator[Document | IngestError]:
    paths: list[str | Path] = []
    for source in sources:
        if isinstance(source, Document):
            yield from read_paths(paths, published=published)
            paths = []
            yield source
        else:
            paths.append(source)
    yield from read_paths(paths, published=published)


CLAIM_FIELDS = tuple(Claim.model_fields)


def _timeline_entry(row: dict[str, Any]) -> TimelineEntry:
    claim = Claim(**{k: row[k] for k in CLAIM_FIELDS if k in row})
    return TimelineEntry(
        claim=claim,
        published=row.get("published"),
        outlet=row.get("outlet"),
        url=row.get("url"),
        title=row.get("title"),
    )
