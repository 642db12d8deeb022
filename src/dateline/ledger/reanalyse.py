"""Analysing stored documents again when the pipeline that analysed them has changed.

Each document row records the stamp of the pipeline that made its analysis
(``documents.analysed_with``, see :func:`dateline.nlp.pipeline.pipeline_stamp`); a row whose
stamp differs from the running pipeline's (or is NULL: stored before stamps existed) is
*stale*. The ledger holds each document's text and metadata, so a stale document is
re-analysed from the ledger alone, without its original file, and written back through the
same replace path as ``ingest --force``: one transaction per batch, never half a document.
"""

from __future__ import annotations

import json
import uuid
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

import duckdb

from dateline.errors import AnalysisFailed
from dateline.records import Analysis, Document, IngestReport

if TYPE_CHECKING:
    from dateline.ledger.store import Ledger

ProgressCallback = Callable[[str, int], None]

STORED_COLUMNS = (
    "doc_id", "text", "url", "outlet", "title", "byline", "published", "published_source",
    "language", "source", "paragraphs", "canonical_url", "canonical_url_source", "modified",
    "modified_source", "published_time",
)  # fmt: skip
"""The ``documents`` columns a ``Document`` is rebuilt from."""

Failure = tuple[str, str | None, str]
"""A document the pipeline could not analyse, as it crosses a process boundary:
(doc_id, source, message)."""


def stale_counts(conn: duckdb.DuckDBPyConnection, stamp: str) -> tuple[int, int]:
    """(stale documents, all documents): stale ones were analysed by another pipeline."""
    row = conn.execute(
        "SELECT count(*) FILTER (WHERE analysed_with IS DISTINCT FROM ?), count(*) FROM documents",
        [stamp],
    ).fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def stored_stamps(conn: duckdb.DuckDBPyConnection, doc_ids: Iterable[str]) -> dict[str, str | None]:
    """``doc_id → analysed_with`` for those of ``doc_ids`` the ledger holds (one query)."""
    ids = sorted(set(doc_ids))
    if not ids:
        return {}
    if len(ids) == 1:  # one document (a serial ingest): the primary key's index
        rows = conn.execute(
            "SELECT doc_id, analysed_with FROM documents WHERE doc_id = ?", ids
        ).fetchall()
        return {str(r[0]): r[1] for r in rows}
    rows = conn.execute(
        "SELECT doc_id, analysed_with FROM documents WHERE doc_id IN (SELECT unnest(?))", [ids]
    ).fetchall()
    return {str(r[0]): r[1] for r in rows}


def stored_copies(conn: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> dict[str, Document]:
    """The stored documents of ``doc_ids``, rebuilt as ``Document`` records (one query)."""
    if not doc_ids:
        return {}
    cursor = conn.execute(
        f"SELECT {', '.join(STORED_COLUMNS)} FROM documents WHERE doc_id IN (SELECT unnest(?))",
        [sorted(set(doc_ids))],
    )
    return {str(r[0]): document_from_row(r) for r in cursor.fetchall()}


def document_from_row(row: Sequence[Any]) -> Document:
    """The ``Document`` a stored row was written from.

    A publication date the ledger estimated (``published_source = 'estimated'``) was not an
    input of the analysis: the document goes back without it, so the estimate is made again.
    """
    fields = dict(zip(STORED_COLUMNS, row, strict=True))
    if fields["published_source"] == "estimated":
        fields["published"] = fields["published_source"] = None
    fields["byline"] = tuple(fields["byline"] or ())
    fields["paragraphs"] = tuple(tuple(p) for p in json.loads(fields["paragraphs"] or "[]"))
    return Document.model_validate(fields)


def iter_stored_documents(
    conn: duckdb.DuckDBPyConnection, *, stale_of: str | None, batch_rows: int = 64
) -> Generator[list[Document], None, None]:
    """Stored documents in chunks, streamed from a snapshot taken when the scan starts.

    ``stale_of``: only those whose stamp differs from it (None: every document). The scan runs
    on its own cursor, so the writer's replacements (new rows, new stamps) never show up in it
    and memory holds one chunk of texts at a time.
    """
    cursor = conn.cursor()
    try:
        relation = cursor.sql(
            f"SELECT {', '.join(STORED_COLUMNS)} FROM documents"
            " WHERE CAST($stamp AS VARCHAR) IS NULL OR analysed_with IS DISTINCT FROM $stamp",
            params={"stamp": stale_of},
        )
        for batch in relation.to_arrow_reader(batch_rows):
            columns = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
            if columns and columns[0]:
                yield [document_from_row(r) for r in zip(*columns, strict=True)]
    finally:
        cursor.close()


def analyse_chunk(documents: list[Document], batch_size: int) -> list[Analysis | Failure]:
    """Analyse a chunk; when the batched run fails, each document alone, so that one bad text
    costs only itself (its failure is returned, not raised)."""
    from dateline.ledger.textfacts import with_text_facts
    from dateline.nlp.pipeline import analyze_document, analyze_documents

    try:
        return [with_text_facts(a) for a in analyze_documents(documents, batch_size=batch_size)]
    except Exception:  # noqa: BLE001 - which document failed is found below, one by one
        pass
    found: list[Analysis | Failure] = []
    for document in documents:
        try:
            found.append(with_text_facts(analyze_document(document)))
        except Exception as exc:  # noqa: BLE001 - recorded as this document's AnalysisFailed
            found.append((document.doc_id, document.source, f"{type(exc).__name__}: {exc}"))
    return found


def analyse_chunks(
    chunks: Iterable[list[Document]], *, workers: int, batch_size: int
) -> Iterator[list[Analysis | Failure]]:
    """Analysed chunks in input order: here, or in ``workers`` processes with at most two
    chunks per worker in flight (the scan is read only as fast as the workers keep up)."""
    if workers <= 1:
        for chunk in chunks:
            yield analyse_chunk(chunk, batch_size)
        return
    from dateline.scale import _worker_pool

    pool = _worker_pool(workers)
    pending: deque[Future[list[Analysis | Failure]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(analyse_chunk, chunk, batch_size))
            while len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def reanalyse(
    ledger: Ledger,
    *,
    stale_only: bool = True,
    workers: int = 1,
    batch_size: int = 16,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Re-analyse stored documents (the stale ones, or all) from their stored text.

    A document whose text fails is recorded in ``ingest_errors`` as ``AnalysisFailed`` and
    keeps its earlier analysis (and its old stamp, so the next run tries it again). The
    cross-document passes run once at the end, as after an ingest.
    """
    from dateline.nlp.pipeline import pipeline_stamp

    stamp = pipeline_stamp()
    run_id = uuid.uuid4().hex[:12]
    ledger._start_run(run_id, ["<reanalyse all>" if not stale_only else "<reanalyse stale>"])
    counts = {"added": 0, "skipped": 0, "failed": 0, "reanalysed": 0}
    errors: list[str] = []
    chunks = iter_stored_documents(
        ledger.conn, stale_of=stamp if stale_only else None, batch_rows=batch_size
    )
    try:
        store_reanalysed(
            ledger,
            run_id,
            chunks,
            counts,
            errors,
            workers=workers,
            batch_size=batch_size,
            progress=progress,
        )
    finally:
        chunks.close()  # the snapshot's cursor goes before the ledger-wide passes
    ledger._finish_run(run_id, counts)
    return IngestReport(run_id=run_id, errors=tuple(errors), **counts)


def store_reanalysed(
    ledger: Ledger,
    run_id: str,
    chunks: Iterable[list[Document]],
    counts: dict[str, int],
    errors: list[str],
    *,
    workers: int,
    batch_size: int,
    progress: ProgressCallback | None = None,
) -> None:
    """Analyse stored copies again and replace them, one transaction per chunk; a text that
    fails is recorded as ``AnalysisFailed`` and keeps its earlier analysis. Shared by
    ``reanalyse`` and the Dask loader (which meets stale documents in its partitions)."""
    for outcomes in analyse_chunks(chunks, workers=workers, batch_size=batch_size):
        analyses = [o for o in outcomes if isinstance(o, Analysis)]
        for doc_id, source, message in (o for o in outcomes if isinstance(o, tuple)):
            error = AnalysisFailed(
                f"could not re-analyse the stored text ({message}); its earlier analysis is kept",
                source=source or doc_id,
                position=f"doc_id {doc_id[:12]}",
            )
            ledger._record_error(run_id, error)
            counts["failed"] += 1
            errors.append(str(error))
            if progress:
                progress(source or doc_id, 1)
        if analyses:
            counts["reanalysed"] += ledger._write_batch(
                analyses, run_id, progress, replace={a.document.doc_id for a in analyses}
            )
