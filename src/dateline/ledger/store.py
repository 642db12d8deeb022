"""The ledger: one embedded DuckDB file holding every document, record and ingest error.

Writes are idempotent (a document is stored once, by ``doc_id``) and transactional per batch:
an interrupted ingest leaves no half-written document, and rerunning it resumes where it
stopped because stored documents are skipped before any NLP runs.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import json
import logging
import os
import re
import time
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager, suppress
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
from dateline.ledger.answers import (
    AliasReason,
    ClaimCluster,
    Contradiction,
    EntityExplanation,
    SourceRecord,
)
from dateline.ledger.assess import timeline_entry, timeline_order
from dateline.ledger.lookup import rows_by_key
from dateline.ledger.places import PlaceInfo
from dateline.names import entity_key
from dateline.records import (
    Analysis,
    Document,
    IngestReport,
    StatusReport,
    TimelineEntry,
)

log = logging.getLogger(__name__)

DEFAULT_PATH = Path("dateline.duckdb")
Source = str | Path | Document
ProgressCallback = Callable[[str, int], None]


MEMORY_LIMIT_ENV = "DATELINE_MEMORY_LIMIT"
THREADS_ENV = "DATELINE_THREADS"
WRITER_MEMORY_LIMIT = "128MB"
"""DuckDB's memory limit for a writing ledger (``memory_limit=`` or ``$DATELINE_MEMORY_LIMIT``
override it; ``default`` keeps DuckDB's, 80% of RAM). Without one DuckDB keeps every block
an ingest touched and the end-of-ingest pass's hash tables in memory, so the writer grew with
the corpus (4 GB at 100,000 documents); with it, larger operations spill to ``<ledger>.tmp``.
A 1,000-document ingest stays under 128 MB of DuckDB memory, a 10,000-document one does not
(writer replay peak at 10,000 documents: 453 MB at 256, 436 at 128, 401 at a fixed 96; same
CPU). The limit still grows with the indexes (``_fit_memory``) and after an out-of-memory
error (``_grow_memory``); a tighter default risks running out of memory in a commit, which
DuckDB cannot roll back."""
PASS_MEMORY_LIMIT = "64MB"
"""The working budget of the end-of-ingest pass (``WRITER_MEMORY_LIMIT`` while streaming): DuckDB
fills its buffer pool up to the limit before it evicts or spills, so each pass step's rise
followed the ledger's size up to the limit (10,000 replayed documents: the entity step +100 MB
and the contradiction step +91 at 128 MB, +84 and +66 at 64 MB, same CPU and tables). Its
steps commit in small parts, so a lower limit costs spilling, not memory at commit."""
BLOCK_SIZE = 65_536
"""Bytes per block of a ledger file this dateline creates (DuckDB's default: 262,144). DuckDB
reads a whole block for each row and index node a query touches that it has not read yet, and
the first timelines a process answers over a large ledger touch mostly new ones: at 10M claims
each of the first ~10 loaded ~30 MB (134 MB of index after 10 timelines), which made the
timeline's p95. Smaller blocks cost bulk work: a full contradiction refresh at 1M claims takes
9.7 s CPU at 256 KB, 11.2 at 64 KB, 16.3-16.9 at 16 KB. 64 KB is the middle: 10M claims, 100
random entities, a fresh process, idle machine, timeline CPU p95 36 ms (16 KB 29, 256 KB 50 in
a first read of the file); `benchmarks/bench_ledger.py --keep DIR` on files of each size.
The size is fixed when a file is created: an existing file keeps its own (DuckDB reads it
from the file)."""
WRITER_VACUUM_TASKS = 0
"""DuckDB's ``max_vacuum_tasks`` for a writing ledger (DuckDB's default: 100): no row groups
merged at a checkpoint. A checkpoint writes the rows appended since the last one as new row
groups, and DuckDB then merged adjacent row groups at each table's end whenever fewer would
hold them (1,600 + 1,600, then 3,200 + 1,600 + 1,600, ... up to 122,880 rows), writing them
all again: for a table with a row per document (``documents`` with its texts, ``doc_words``,
``doc_signatures``, ``doc_carriers``) the merged tail grew with the ledger, and with it the
transient of every automatic checkpoint (every 16 MB of log while streaming), which set the
streaming writer's peak (a real ingest: the peak rose at each checkpoint, 358 MB at 1,000
documents to 381 at 10,000; one checkpoint of 1,500 new documents on a 100,000-document
ledger: +32 MB of RSS and 0.17 s for ``documents`` alone with merges, +5 MB and 0.03 s
without, as on a 10,000-document ledger). The cost: a table's row groups stay the size a
checkpoint wrote (for ``documents`` about 1,600 rows each, one per checkpoint) and compress
less well (the 10,000-document bench's ledger: 42 → 56 MB), and the rows of replaced
documents (``force``, ``reanalyse``) stay as deletion marks instead of being compacted away.
DuckDB's ``ROW_GROUP_SIZE`` (an option of ``ATTACH``) bounds the merges too, but row groups
of 2,048 rows in every table made a 10,000-document ledger 59% larger and its scans 14 MB
heavier; the writer's peak of a real 10,000-document ingest rose 403 → 436 MB (the pass)."""
WRITER_THREADS = 2
"""DuckDB threads for a writing ledger (``threads=`` or ``$DATELINE_THREADS``): the writer's
queries are small and the analysis workers need the cores."""


def _connect_new(path: Path) -> duckdb.DuckDBPyConnection:
    """The writer's connection to a file it has just created. A reader polling for the new
    file can open it (and find no tables: ``LedgerBusy``) between the creating connection
    and this one; its lock lasts a moment, so the writer waits for it instead of failing."""
    for _ in range(50):  # up to 5 s
        try:
            return duckdb.connect(str(path))
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            time.sleep(0.1)
    return duckdb.connect(str(path))


class Ledger:
    """A DuckDB ledger file. ``Ledger(path)`` creates or opens (and migrates) it.

    ``memory_limit`` (e.g. ``"512MB"``) and ``threads`` set DuckDB's; by default a writing
    ledger gets ``WRITER_MEMORY_LIMIT`` and ``WRITER_THREADS`` (environment:
    ``DATELINE_MEMORY_LIMIT``, ``DATELINE_THREADS``), a read-only one DuckDB's own.

    >>> ledger = Ledger("dateline.duckdb")
    >>> ledger.ingest(["examples/corpus"])
    >>> ledger.status("al-Zarqani").summary
    """

    def __init__(
        self,
        path: str | Path = DEFAULT_PATH,
        *,
        read_only: bool = False,
        memory_limit: str | None = None,
        threads: int | None = None,
    ):
        self.path = Path(path)
        self.read_only = read_only
        self._stored_since_pass = 0  # documents stored by streams since the last pass
        self.memory_limit = memory_limit
        self.threads = threads
        if read_only and not self.path.exists():
            raise LedgerError("no ledger file here; run `dateline ingest` first", source=str(path))
        self.conn = self._connect(read_only)
        try:
            version = schema.check_version(self.conn, source=str(self.path))
            if read_only and version is None:
                # a writer creates a new file with one connection and writes its tables with
                # the next: a reader that comes in between finds no tables yet
                raise LedgerBusy(
                    "the ledger has no tables yet (a writer may be creating it); retry",
                    source=str(path),
                )
            older = version is not None and version < schema.SCHEMA_VERSION
            missing = version is not None and self._query_indexes_missing()
            if read_only and (older or self._pass_pending() or missing):
                # an older file: migrate it once (and recompute what the new version stores);
                # a file whose end-of-ingest pass a crash interrupted: finish the pass (a
                # reader never sees a half-done pass); the indexes a crashed large ingest left
                # dropped: built; then reopen it read-only
                self.conn.close()
                self.conn = self._connect(False)
                self._migrate(version)
                self._build_query_indexes()
                self._finish_pass()
                self.conn.close()
                self.conn = self._connect(True)
            if not read_only:
                self._migrate(version)
                self._build_query_indexes()
                self._finish_pass()
        except BaseException:
            self.conn.close()  # a refused open leaves no connection (and no lock) behind
            raise

    def _migrate(self, version: int | None) -> None:
        from dateline.ledger.writes import backfill_name_keys

        self._retrying(lambda: schema.migrate(self.conn, source=str(self.path)))
        if version is not None and not set(range(version + 1, schema.SCHEMA_VERSION + 1)) <= (
            schema.INDEX_ONLY
        ):
            if version < 2:
                backfill_name_keys(self.conn)
            self.rebuild(full=True)

    def _pass_pending(self) -> bool:
        from dateline.ledger.writes import pending_pass

        return pending_pass(self.conn) is not None

    def _finish_pass(self) -> None:
        """Finish an end-of-ingest pass a crash interrupted (``writes.rebuild`` resumes it)."""
        if self._pass_pending():
            log.info("finishing the end-of-ingest pass an earlier run left unfinished")
            self.rebuild()

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        path = self.path
        settings = self._settings(read_only)
        try:
            created = not read_only and str(path) != ":memory:" and not path.exists()
            if created:
                # created on its own first, so that this connection's configuration is the
                # one every other connection to the file in this process has
                duckdb.connect(str(path), config={"default_block_size": str(BLOCK_SIZE)}).close()
            conn = _connect_new(path) if created else duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise LedgerBusy(
                    "another dateline process is writing this ledger; retry when it finishes",
                    source=str(path),
                ) from None
            raise LedgerError(f"cannot open the ledger: {exc}", source=str(path)) from None
        except duckdb.ConnectionException:
            # this process already holds the file open in the other mode (e.g. as the writer)
            raise LedgerBusy(
                "this ledger is already open in another mode in this process (read-only or"
                " writing); use that Ledger, or retry after it is closed",
                source=str(path),
            ) from None
        except duckdb.Error as exc:
            raise LedgerError(f"not a DuckDB ledger file: {exc}", source=str(path)) from None
        try:
            for setting, value in settings:
                conn.execute(f"SET {setting} = '{value}'")
        except duckdb.Error as exc:
            conn.close()
            raise LedgerError(f"bad DuckDB setting: {exc}", source=str(path)) from None
        return conn

    def _settings(self, read_only: bool) -> list[tuple[str, str]]:
        """DuckDB's memory limit and threads for this connection (see ``Ledger``)."""
        found = []
        self._memory_bytes = 0  # the limit this ledger set and may raise (0: not its own)
        self._memory_setting = ""  # the memory limit as set ('': DuckDB's own)
        for setting, given, env, default in (
            ("memory_limit", self.memory_limit, MEMORY_LIMIT_ENV, WRITER_MEMORY_LIMIT),
            ("threads", self.threads, THREADS_ENV, WRITER_THREADS),
        ):
            value = str(given) if given is not None else os.environ.get(env, "").strip()
            if not value and not read_only:
                value = str(default)
                if setting == "memory_limit":
                    self._memory_bytes = _size_bytes(value)
            if value and value.lower() not in {"default", "none"}:
                if not re.fullmatch(r"[0-9]+(\.[0-9]+)?\s*[a-zA-Z%]*", value):
                    raise LedgerError(
                        f"{setting} must be a number or a size like 512MB", source=value
                    )
                found.append((setting, value))
                if setting == "memory_limit":
                    self._memory_setting = value
        if not read_only:
            found.append(("max_vacuum_tasks", str(WRITER_VACUUM_TASKS)))
        return found

    def _fit_memory(self) -> None:
        """Keep the default memory limit above twice what DuckDB cannot evict (its indexes,
        which grow with the ledger), plus the working budget (``WRITER_MEMORY_LIMIT``)."""
        if not self._memory_bytes:
            return
        want = self._wanted(WRITER_MEMORY_LIMIT)
        if want > self._memory_bytes:
            self._set_memory(want)

    def _wanted(self, budget: str) -> int:
        """A default limit: ``budget`` plus twice the indexes' memory."""
        row = self.conn.execute(
            "SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory()"
            " WHERE tag = 'ART_INDEX'"
        ).fetchone()
        return _size_bytes(budget) + 2 * int(row[0] if row else 0)

    @contextmanager
    def _pass_memory(self) -> Iterator[int]:
        """Inside: the default limit is ``PASS_MEMORY_LIMIT`` plus twice the indexes (the
        budget, yielded; 0 for a user's limit, which is left alone); after: the writer's limit
        again. An out-of-memory error in a step raises the limit for that step (``rebuild``),
        not the writer's: what one step of the pass needs says nothing of a batch."""
        kept = self._memory_bytes
        if not kept:
            yield 0
            return
        self._set_memory(self._wanted(PASS_MEMORY_LIMIT))
        try:
            yield self._memory_bytes
        finally:
            self._set_memory(kept)

    def _grow_memory(self) -> bool:
        """After DuckDB ran out of memory: double the default limit (up to DuckDB's own, 80%
        of RAM); False when the limit is the user's or at its ceiling."""
        ceiling = int(0.8 * os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
        if not self._memory_bytes or self._memory_bytes >= ceiling:
            return False
        self._set_memory(min(2 * self._memory_bytes, ceiling))
        log.info("DuckDB memory limit raised to %d MB", self._memory_bytes // 10**6)
        return True

    def _set_memory(self, limit: int) -> None:
        self._memory_setting = f"{limit // 10**6}MB"
        self.conn.execute(f"SET memory_limit = '{self._memory_setting}'")
        self._memory_bytes = limit

    def _release_cache(self) -> None:
        """Empty DuckDB's block cache (outside a transaction): lowering the memory limit
        makes DuckDB evict every block it can (blocks of the file are dropped, to be read
        again when needed), then the limit is set back. DuckDB otherwise keeps every block
        it read up to its limit, so each step of the end-of-ingest pass started on the
        blocks the steps before it read: a cache that follows the ledger's size (49 MB, all
        of it, at 10,000 documents) under the step's own working memory. An in-memory ledger
        is left alone: its blocks have no file to be read again from, evicting writes them out."""
        if str(self.path) == ":memory:":
            return
        try:
            self.conn.execute(f"SET memory_limit = '{RELEASE_LIMIT}'")
        except duckdb.OutOfMemoryException:
            pass  # what cannot be evicted (indexes) stays; the rest was evicted
        finally:
            if self._memory_setting:
                self.conn.execute(f"SET memory_limit = '{self._memory_setting}'")
            else:
                self.conn.execute("RESET memory_limit")
        trim_heap()

    def _renew_connection(self) -> None:
        """Close DuckDB and open the file again (between two batches, outside a transaction),
        keeping the memory limit this ledger set. DuckDB's own objects for a database it has
        written to (C++ allocations in the C heap, not its buffer pool nor its indexes) grew
        with every document an ingest stored: replayed streaming, ``mallinfo2``'s heap in use
        26 → 34 MB over 18,000 documents (about 0.5 MB per 1,000: most of the streaming
        writer's rise at 100,000), while ``duckdb_memory()``, jemalloc and Python's objects
        stayed flat; reopened every 2,000 documents it stayed at 24 MB. A new connection to
        the same database (``cursor()``) did not stop it: the objects are the database's.
        Closing checkpoints the log. Another process may open the file in the moment it is
        closed (a reader: the server's, for one request): the writer waits for it
        (``RENEW_WAIT`` seconds at most), then gives up with ``LedgerBusy``. A ledger in
        memory is left alone (closing it would drop it)."""
        if str(self.path) == ":memory:" or self.read_only:
            return
        kept, setting = self._memory_bytes, self._memory_setting
        self.conn.close()
        deadline = time.monotonic() + RENEW_WAIT
        while True:
            try:
                self.conn = self._connect(False)
                break
            except LedgerBusy:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.1)
        if kept:  # the limit _fit_memory / _grow_memory raised, not the default again
            self._set_memory(kept)
        elif setting and setting != self._memory_setting:
            self.conn.execute(f"SET memory_limit = '{setting}'")
            self._memory_setting = setting
        trim_heap()

    def _between_steps(self, *, collect: bool = True) -> None:
        """Before the end-of-ingest pass, after each of its steps and each chunk of its
        contradiction step: Python's cyclic garbage collected (``collect``: after a large
        ingest; a full collection costs 40-80 ms in a writer holding the model), the log
        checkpointed (``_checkpoint``), then DuckDB's cache emptied (``_release_cache``). The
        steps (the dating step most) leave reference cycles that Python's oldest generation
        frees only after many more allocations, and Python's allocator cannot give back an
        arena in which one object lives: at 10,000 replayed documents its arenas went 19 → 79 MB over the pass with
        nothing reachable left (``tracemalloc``), 19 → 31 MB collected after each step."""
        if collect:
            gc.collect()
        self._checkpoint()
        self._release_cache()

    def _checkpoint(self) -> None:
        """Write the write-ahead log into the file now (outside a transaction): between pass
        steps, so that no step's commit pays for the log of the steps before it (DuckDB
        checkpoints on its own once the log reaches 16 MB). Not while streaming: a checkpoint
        every 16 batches kept its transient small (+4 MB at 10,000 documents, +9 at 100,000,
        against +14 and +39 for DuckDB's own every ~1,500 documents) but made glibc's heap in
        use grow with the ledger (10,000 replayed documents: 27 → 36 MB, flat at 26-27
        without; DuckDB's metadata of the many small segments it wrote). Skipped while another
        transaction of this database is open (DuckDB then checkpoints on its own later) and
        for a ledger in memory."""
        if str(self.path) == ":memory:":
            return
        with suppress(duckdb.TransactionException):
            self.conn.execute("CHECKPOINT")

    def _retrying(self, run: Callable[[], Any]) -> Any:
        """``run()`` (one transaction), run again with a higher default memory limit while
        DuckDB runs out of memory (the transaction was rolled back, so nothing is lost), on
        a fresh connection: after an out-of-memory error inside the end-of-ingest pass's
        entity step, DuckDB (2.0.1) failed the retried step's update of the same rows with
        "Conflict on tuple deletion" (a real 100,000-document ingest, every time; the same
        pass on a reopened file completed). The pass resumes at its step, as after a crash."""
        while True:
            try:
                return run()
            except (duckdb.OutOfMemoryException, duckdb.TransactionException) as exc:
                if not _out_of_memory(exc) or not self._grow_memory():
                    raise
                with suppress(duckdb.Error):
                    self.conn.execute("ROLLBACK")  # (none left open, as a rule)
                self._renew_connection()

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
        fetch: bool | None = None,
    ) -> IngestReport:
        """Read, analyse and store documents; one transaction per batch of ``batch_size``.

        ``sources`` are file or folder paths, or ``Document`` records. Input errors are stored in
        ``ingest_errors`` and counted; the run goes on. Already stored documents are skipped
        (replaced with ``force=True``), unless their analysis is stale (another pipeline made
        it, see ``pipeline_stamp()``): then the stored copy is analysed again and replaced,
        counted as ``reanalysed``. ``workers > 1`` reads and analyses in that many
        processes (``dateline.scale.read_parallel``); this process stays the one DuckDB
        writer, checking each chunk the workers read against the ledger in one query.
        ``fetch`` is the readers' network switch (``dateline.ingest.read_path``): None fetches
        URLs you name and items of feeds read from the web, True also a local feed's items,
        False never touches the network.
        """
        from dateline.ingest import read_paths
        from dateline.ledger.reanalyse import stored_copies, stored_stamps
        from dateline.nlp.pipeline import pipeline_stamp
        from dateline.scale import analyze_parallel, read_parallel

        published_date = parse_date(published, source="--published")
        if isinstance(sources, str | Path | Document):
            sources = [sources]
        run_id = uuid.uuid4().hex[:12]
        self._start_run(run_id, sources)
        counts = {"added": 0, "skipped": 0, "failed": 0, "reanalysed": 0}
        errors: list[str] = []
        stamp = pipeline_stamp()
        stale: set[str] = set()  # stored documents whose stored copy this run analyses again

        def to_analyse(found: list[Document]) -> list[Document]:
            """Of documents just read, in order: new ones, and the stored copy of a stale one
            (once per run); stored ones are noted as carriers and the current ones skipped."""
            if force or not found:
                return found
            stamps = stored_stamps(self.conn, (d.doc_id for d in found))
            copies = stored_copies(
                self.conn, [d for d, s in stamps.items() if s != stamp and d not in stale]
            )
            kept = []
            for item in found:
                if item.doc_id not in stamps:
                    kept.append(item)
                    continue
                self._record_carrier(item)
                if item.doc_id in copies and item.doc_id not in stale:
                    stale.add(item.doc_id)
                    kept.append(copies[item.doc_id])
                else:
                    counts["skipped"] += 1
                    if progress:
                        progress(item.source or item.doc_id, 1)
            return kept

        def failed(item: IngestError) -> None:
            """An input that could not be read: stored in ``ingest_errors``, counted, reported."""
            self._record_error(run_id, item)
            counts["failed"] += 1
            errors.append(str(item))
            if progress:
                progress(item.source or "?", 1)

        def documents() -> Iterator[Document]:
            reader = functools.partial(read_paths, fetch=fetch)
            for item in _expand(sources, reader, published_date):
                if isinstance(item, IngestError):
                    failed(item)
                    continue
                yield from to_analyse([item])

        def keep(items: list[Document | IngestError]) -> list[Document]:
            """One chunk read by the workers: errors recorded, stored documents skipped."""
            for item in items:
                if isinstance(item, IngestError):
                    failed(item)
            return to_analyse([i for i in items if isinstance(i, Document)])

        if workers > 1:  # the workers read the files too; this process checks and stores
            analyses = read_parallel(
                sources,
                keep,
                workers=workers,
                batch_size=batch_size,
                published=published_date,
                fetch=fetch,
            )
        else:
            analyses = analyze_parallel(documents(), workers=workers, batch_size=batch_size)
        written = self._write_stream(
            analyses, run_id, batch_size, progress, replace=stale, renew=True
        )
        counts["reanalysed"] = len(stale)
        counts["added"] += written - len(stale)
        self._finish_run(run_id, counts)
        return IngestReport(run_id=run_id, errors=tuple(errors), **counts)

    def reanalyse(
        self,
        *,
        stale_only: bool = True,
        workers: int = 1,
        batch_size: int = 16,
        progress: ProgressCallback | None = None,
    ) -> IngestReport:
        """Analyse stored documents again from the ledger's own text and metadata.

        ``stale_only``: those another pipeline analysed (their stamp is not
        ``pipeline_stamp()``, or unknown); False: every document. Streams in batches of
        ``batch_size``, one transaction each, in ``workers`` processes; a document whose text
        fails keeps its earlier analysis and is recorded as an ``AnalysisFailed`` error.
        """
        from dateline.ledger.reanalyse import reanalyse

        return reanalyse(
            self, stale_only=stale_only, workers=workers, batch_size=batch_size, progress=progress
        )

    def stale_count(self) -> int:
        """How many stored documents another pipeline analysed (``reanalyse`` would redo)."""
        from dateline.ledger.reanalyse import stale_counts
        from dateline.nlp.pipeline import pipeline_stamp

        return stale_counts(self.conn, pipeline_stamp())[0]

    def _write_stream(
        self,
        analyses: Iterable[Analysis],
        run_id: str,
        batch_size: int,
        progress: ProgressCallback | None,
        *,
        replace: Collection[str] = (),
        renew: bool = False,
    ) -> int:
        """Store a stream of analyses, one transaction per ``batch_size``; how many stored.
        ``renew``: the connection is opened anew every ``RENEW_DOCS`` documents
        (``_renew_connection``; only where nothing else reads through it meanwhile), and
        from the first renewal on the query-only indexes (``QUERY_INDEXES``) are dropped, to
        be built once after the end-of-ingest pass (``_finish_run``), or at once if the
        stream fails."""
        added = 0
        batch: list[Analysis] = []
        deferred = False
        try:
            for analysis in analyses:
                batch.append(analysis)
                if len(batch) >= batch_size:
                    added += self._write_batch(batch, run_id, progress, replace=replace)
                    batch = []
                    if renew and added % RENEW_DOCS < batch_size:
                        if not deferred:
                            deferred = True
                            self._drop_query_indexes()
                        self._renew_connection()
                    if added % (MEMORY_CHECK_BATCHES * batch_size) < batch_size:
                        self._fit_memory()
                    if added % (RELEASE_BATCHES * batch_size) < batch_size:
                        self._release_cache()
            if batch:
                added += self._write_batch(batch, run_id, progress, replace=replace)
        except BaseException:
            if deferred:
                self._build_query_indexes()
            raise
        self._stored_since_pass += added
        return added

    def _drop_query_indexes(self) -> None:
        """Drop the indexes only queries use (``QUERY_INDEXES``) for the rest of a large
        ingest (outside a transaction)."""
        for index in QUERY_INDEXES:
            self.conn.execute(f"DROP INDEX IF EXISTS {index}")

    def _build_query_indexes(self) -> None:
        """Build the query-only indexes a large ingest dropped (or a crash left dropped),
        each within the end-of-ingest pass's memory budget (``_pass_memory``) and followed by
        a checkpoint and an emptied cache. DuckDB fills its buffer pool with a build's blocks
        up to the limit: at the writer's own (~122 MB) building both on a copy of a real
        100,000-document ledger took the process 124 → 220 MB and kept it there; at 64 MB,
        124 → 191 (the build cannot run in 32 MB). The pass's own steps still peak higher
        (docs/scale-log.md, session 27). The checkpoint writes the new index into the file,
        after which its blocks can be evicted like any other (RSS back to 128 MB)."""
        missing = self._missing_query_indexes()
        if not missing:
            return
        with self._pass_memory():
            for index in missing:
                table, column = QUERY_INDEXES[index]
                sql = f"CREATE INDEX IF NOT EXISTS {index} ON {table} ({column})"
                self._retrying(functools.partial(self.conn.execute, sql))
                self._checkpoint()
                self._release_cache()

    def _missing_query_indexes(self) -> list[str]:
        built = {
            str(row[0])
            for row in self.conn.execute(
                "SELECT index_name FROM duckdb_indexes()"
                " WHERE database_name = current_database()"
            ).fetchall()
        }
        return [index for index in QUERY_INDEXES if index not in built]

    def _query_indexes_missing(self) -> bool:
        return bool(self._missing_query_indexes())

    def add(self, analyses: Iterable[Analysis], *, run_id: str = "api") -> int:
        """Store analyses made elsewhere (another process, a Dask worker), then rebuild."""
        added = self._write_batch(list(analyses), run_id, None)
        self.rebuild()
        return added

    def _write_batch(
        self,
        batch: list[Analysis],
        run_id: str,
        progress: ProgressCallback | None,
        *,
        replace: Collection[str] = (),
    ) -> int:
        """One transaction; ``replace``: documents whose stored copy these analyses redo."""
        from dateline.ledger.writes import write_analyses

        def write() -> None:
            self.conn.execute("BEGIN TRANSACTION")
            try:
                write_analyses(self.conn, batch, run_id, replace=replace)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

        self._retrying(write)
        if progress:
            for analysis in batch:
                progress(analysis.document.source or analysis.document.doc_id, 1)
        return len(batch)

    def _write_analysis(self, analysis: Analysis, run_id: str) -> None:
        from dateline.ledger.writes import write_analysis

        write_analysis(self.conn, analysis, run_id)

    def _record_carrier(self, document: Document) -> None:
        from dateline.ledger.writes import record_carrier

        record_carrier(self.conn, document)

    def rebuild(self, *, full: bool = False) -> None:
        """Recompute cross-document entities and wire-copy groups from everything stored.

        Runs at the end of ``ingest`` and ``add``; its result depends only on the stored
        documents and the user's corrections, never on the order documents arrived in.
        Contradictions are recomputed for the subjects whose claims changed (``full=True``:
        for all).

        Each step of the pass commits on its own and records the next in ``meta``; a step
        that runs out of memory is rolled back and, once the default limit is raised, the
        pass resumes at that step. Between two steps the ledger holds the new entities (say)
        with the earlier contradictions; no reader sees that state: DuckDB lets no other
        process open the file while this one writes, and a crash leaves the marker, so the
        next ``Ledger`` open (writing or read-only) finishes the pass before any read.
        """
        from dateline.ledger.writes import rebuild

        large = self._stored_since_pass >= LARGE_PASS_DOCS
        if large and RELEASE_WRITER:
            from dateline.scale import release_writer

            release_writer()
        between = functools.partial(self._between_steps, collect=large)
        between()  # the streaming phase's blocks: no step needs most of them
        with self._pass_memory() as budget:

            def after_step() -> None:
                """A limit an out-of-memory error raised was that step's need: the next step
                starts at the pass's budget again. Kept, a limit doubled in one step of a
                100,000-document pass (the contradiction step, which pairs the claims of
                its much-reported subjects) held the clustering step after it to the raised
                limit too. Never between a step's chunks: lowered there, a step that needs
                more would run out and start again without end."""
                between()
                if budget and self._memory_bytes > budget:
                    self._set_memory(budget)

            self._retrying(
                lambda: rebuild(
                    self.conn,
                    full=full,
                    between_steps=after_step,
                    drop_gazetteer=large,
                    release=between,
                )
            )
        self._stored_since_pass = 0

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
        self.rebuild()  # cross-document entities and wire groups over the new documents
        # the query-only indexes a large stream dropped (CREATE IF NOT EXISTS: nothing to do
        # otherwise), after the pass, which reads none of them: built before it, they stayed
        # in DuckDB's memory under every step of the pass, and the wire step rebuilt
        # ``documents_wire`` once more for its bulk update
        self._build_query_indexes()
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

    def stored_documents(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of these documents the ledger holds (one query for a whole chunk)."""
        ids = sorted(set(doc_ids))
        if not ids:
            return set()
        rows = self.conn.execute(
            "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {str(r[0]) for r in rows}

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

        Matches the entity id or any alias key (a surname alone may match several), then
        falls back to ids containing the key.
        """
        key = entity_key(name)
        if len(key.split()) > 1:  # a full name that is an entity's id names that entity
            exact = self.conn.execute(
                "SELECT entity_id, name FROM entities WHERE entity_id = ?", [key]
            ).fetchone()
            if exact:
                return [(str(exact[0]), str(exact[1]))]
        rows = self.conn.execute(
            """
            SELECT e.entity_id, e.name,
                   (SELECT count(*) FROM claims c WHERE c.subject_id = e.entity_id) AS n
            FROM entities e
            WHERE e.entity_id = ? OR e.entity_id IN (
                SELECT entity_id FROM aliases WHERE alias_key = ?)
            ORDER BY n DESC, e.name
            """,
            [key, key],
        ).fetchall()
        if not rows:
            rows = self.conn.execute(
                """
                SELECT e.entity_id, e.name,
                       (SELECT count(*) FROM claims c WHERE c.subject_id = e.entity_id) AS n
                FROM entities e WHERE e.entity_id LIKE '%' || ? || '%'
                ORDER BY n DESC, e.name LIMIT 5
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

    def _claims_of(
        self,
        entity_id: str,
        as_of: date | None,
        groups: dict[str, str] | None = None,
        members: dict[str, set[str]] | None = None,
    ) -> list[TimelineEntry]:
        """An entity's claims in timeline order (event time, publication, document, offset).

        Both reads go through an index (claims by subject, documents by id), so their cost
        follows the entity's claims, not the ledger's size (a join would scan every document).
        ``groups``, when given, receives each document's wire group (the same look-up);
        ``members``, each of those groups' documents (``_documents_with_copies``).
        """
        names, found = rows_by_key(  # the columns a timeline entry reads (fewer to fetch)
            self.conn,
            "claims",
            "subject_id",
            entity_id,
            "* EXCLUDE (subject_local, subject_key, claimant_local, claimant_key)",
        )
        rows = [
            r
            for r in (dict(zip(names, row, strict=True)) for row in found)
            if as_of is None or (r["published"] is not None and r["published"] <= as_of)
        ]
        doc_ids = sorted({r["doc_id"] for r in rows})
        if members is None:
            docs = self._documents_by_id(doc_ids, "url, title, coalesce(wire_group, doc_id)")
        else:
            docs = self._documents_with_copies(doc_ids, members)
        for r in rows:
            r["url"], r["title"], group = docs.get(r["doc_id"], (None, None, None))
            if groups is not None and group is not None:
                groups[r["doc_id"]] = str(group)
        rows = [r for r in rows if r["doc_id"] in docs]  # as the join did
        rows.sort(key=timeline_order)
        return [timeline_entry(r) for r in rows]

    def _documents_by_id(self, doc_ids: list[str], columns: str) -> dict[str, tuple[Any, ...]]:
        """``doc_id → (columns...)`` in one query: DuckDB reads few ids through the primary-key
        index and many with one scan (3 ms for 20 ids, 13 ms for 2,000 at 1M claims)."""
        if not doc_ids:
            return {}
        rows = self.conn.execute(
            f"SELECT doc_id, {columns} FROM documents WHERE doc_id IN (SELECT unnest(?))",
            [doc_ids],
        ).fetchall()
        return {str(r[0]): tuple(r[1:]) for r in rows}

    def _documents_with_copies(
        self, doc_ids: list[str], members: dict[str, set[str]]
    ) -> dict[str, tuple[Any, ...]]:
        """``doc_id → (url, title, wire group)`` of these documents, and in ``members`` the
        documents of each of their wire groups (as ``carriers`` looks them up).

        A document is usually its own group's first copy, so one look-up by wire group gets
        the documents and their copies at once; only documents that are copies of another
        (or not yet grouped) are then read by id, and their groups' members by group."""
        if not doc_ids:
            return {}
        docs: dict[str, tuple[Any, ...]] = {}
        for d, url, title, g in self.conn.execute(
            "SELECT doc_id, url, title, wire_group FROM documents"
            " WHERE wire_group IN (SELECT unnest(?))",
            [doc_ids],
        ).fetchall():
            members.setdefault(str(g), set()).add(str(d))
            docs[str(d)] = (url, title, g)
        wanted = set(doc_ids)
        missing = sorted(wanted - set(docs))
        found = self._documents_by_id(missing, "url, title, coalesce(wire_group, doc_id)")
        docs = {d: v for d, v in docs.items() if d in wanted} | found
        other = sorted({str(v[2]) for v in found.values()} - wanted)
        if other:  # groups first copied by none of these documents
            for g, group in self._group_members(other).items():
                members.setdefault(g, set()).update(group)
        for d, v in docs.items():
            members.setdefault(str(v[2]), set()).add(d)
        return docs

    def _group_members(self, groups: list[str]) -> dict[str, set[str]]:
        """``wire group → its documents`` for these groups, through the wire-group and
        primary-key indexes: the documents grouped under each, and the group's own first
        document while it is not yet grouped (``wire_group`` NULL until the pass runs)."""
        members: dict[str, set[str]] = {}
        if not groups:
            return members
        for d, g in self.conn.execute(
            """
            SELECT doc_id, wire_group FROM documents WHERE wire_group IN (SELECT unnest($g))
            UNION ALL
            SELECT doc_id, doc_id FROM documents
            WHERE doc_id IN (SELECT unnest($g)) AND wire_group IS NULL
            """,
            {"g": groups},
        ).fetchall():
            members.setdefault(str(g), set()).add(str(d))
        return members

    def wire_groups(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """``doc_id → wire group`` (the smallest doc_id among copies of the same report)."""
        found = self._documents_by_id(sorted(set(doc_ids)), "coalesce(wire_group, doc_id)")
        return {d: str(g[0]) for d, g in found.items()}

    def carriers(
        self,
        doc_ids: Iterable[str],
        groups: dict[str, str] | None = None,
        members: dict[str, set[str]] | None = None,
    ) -> dict[str, tuple[str, ...]]:
        """Outlets that carried each document, counting identical copies and wire copies.

        Three look-ups through indexes (documents by id and by wire group, carriers by
        document), so the cost follows these documents, not the ledger's size; ``groups``
        (doc_id → wire group, as ``wire_groups`` gives) saves the first, and ``members``
        (wire group → its documents, as ``_documents_with_copies`` gives) the second."""
        ids = sorted(set(doc_ids))
        if not ids:
            return {}
        if groups is not None and all(d in groups for d in ids):
            group_of = {d: groups[d] for d in ids}
        else:
            group_of = {
                str(d): str(g)
                for d, g in self.conn.execute(
                    "SELECT doc_id, coalesce(wire_group, doc_id) FROM documents"
                    " WHERE doc_id IN (SELECT unnest(?))",
                    [ids],
                ).fetchall()
            }
        names = sorted(set(group_of.values()))
        if members is not None and all(g in members for g in names):
            members = {g: set(members[g]) for g in names}
        else:
            members = self._group_members(names)
        for d, g in group_of.items():
            members.setdefault(g, set()).add(d)
        outlets: dict[str, set[str]] = {}
        for d, outlet in self.conn.execute(
            "SELECT doc_id, outlet FROM doc_carriers"
            " WHERE doc_id IN (SELECT unnest(?)) AND outlet IS NOT NULL",
            [sorted(set().union(*members.values()))],
        ).fetchall():
            outlets.setdefault(str(d), set()).add(str(outlet))
        found = {}
        for d, g in group_of.items():
            carried = set().union(*(outlets.get(m, set()) for m in members[g]))
            if carried:
                found[d] = tuple(sorted(carried))
        return found

    def timeline(self, entity: str, *, as_of: date | str | None = None) -> list[TimelineEntry]:
        """Claims about an entity ordered by event time (undated last, by publication).

        Each entry names the event (claim cluster) it reports, the outlets carrying the same
        wire copy, and the claims that contradict it.
        """
        from dateline.ledger.assess import (
            PAIR_KEYS,
            clusters_with_members,
            find_contradiction_pairs,
        )

        entity_id, _ = self._entity(entity)
        as_of_date = parse_date(as_of, source="--as-of")
        groups: dict[str, str] = {}
        members: dict[str, set[str]] = {}
        entries = self._claims_of(entity_id, as_of_date, groups, members)
        carriers = self.carriers((e.claim.doc_id for e in entries), groups, members)
        cluster_of: dict[tuple[str, str], str] = {}
        outlets_of: dict[tuple[str, str], tuple[str, ...]] = {}
        for cluster, grouped in clusters_with_members(
            entries, groups, carriers, places=self.places(entries)
        ):
            for m in grouped:  # a wire copy's claim is a member, not a report head
                cluster_of[(m.claim.doc_id, m.claim.claim_id)] = cluster.cluster_id
            for report in cluster.reports:
                outlets_of[(report.doc_id, report.claim_id)] = report.carriers
        against: dict[tuple[str, str], list[str]] = {}
        for pair in find_contradiction_pairs(
            self.conn, subject_id=entity_id, as_of=as_of_date, columns=PAIR_KEYS
        ):
            against.setdefault((pair["a_doc"], pair["a_claim"]), []).append(
                f"{pair['b_doc']}/{pair['b_claim']}"
            )
        annotated = []
        for e in entries:
            key = (e.claim.doc_id, e.claim.claim_id)
            annotated.append(
                e.model_copy(
                    update={
                        "cluster_id": cluster_of.get(key),
                        "carriers": outlets_of.get(key, ()),
                        "contradicted_by": tuple(against.get(key, ())),
                    }
                )
            )
        return annotated

    def status(self, entity: str, *, as_of: date | str | None = None) -> StatusReport:
        from dateline.ledger.assess import assess_status

        entity_id, name = self._entity(entity)
        as_of_date = parse_date(as_of, source="--as-of")
        return assess_status(
            entity_id, name, self._claims_of(entity_id, as_of_date), as_of=as_of_date
        )

    def clusters(self, entity: str, *, as_of: date | str | None = None) -> list[ClaimCluster]:
        """Events about an entity: claims of one predicate, compatible time and place."""
        from dateline.ledger.assess import cluster_claims

        entity_id, _ = self._entity(entity)
        entries = self._claims_of(entity_id, parse_date(as_of, source="--as-of"))
        doc_ids = [e.claim.doc_id for e in entries]
        return cluster_claims(
            entries,
            self.wire_groups(doc_ids),
            self.carriers(doc_ids),
            places=self.places(entries),
        )

    def places(self, entries: Iterable[TimelineEntry]) -> dict[str, PlaceInfo]:
        """What the ledger knows of these claims' places (containment, rank), by phrase."""
        from dateline.ledger.places import load_place_index

        return load_place_index(self.conn, (e.claim.place for e in entries))

    def contradictions(
        self, entity: str | None = None, *, as_of: date | str | None = None, limit: int = 1000
    ) -> list[Contradiction]:
        """Claims that cannot all be true (death vs later life, assertion vs denial, places)."""
        from dateline.ledger.assess import find_contradictions

        entity_id = self._entity(entity)[0] if entity else None
        return find_contradictions(
            self.conn,
            subject_id=entity_id,
            as_of=parse_date(as_of, source="--as-of"),
            limit=limit,
        )

    def sources(
        self, *, by: str = "claimant", as_of: date | str | None = None
    ) -> list[SourceRecord]:
        """Track record per claimant (or ``by="outlet"``): claims later confirmed, contradicted."""
        from dateline.ledger.assess import source_records, timeline_entry

        if by not in {"claimant", "outlet"}:
            raise LedgerError(f"cannot group sources by {by!r}; use 'claimant' or 'outlet'")
        as_of_date = parse_date(as_of, source="--as-of")
        rows = self.query(
            """
            SELECT c.*, d.url, d.title FROM claims c JOIN documents d USING (doc_id)
            WHERE c.subject_id IS NOT NULL
              AND (CAST(? AS DATE) IS NULL OR c.published <= CAST(? AS DATE))
            ORDER BY c.subject_id, c.doc_id, c.claim_id
            """,
            [as_of_date, as_of_date],
        )
        by_subject: dict[str, list[TimelineEntry]] = {}
        for r in rows:
            by_subject.setdefault(r["subject_id"], []).append(timeline_entry(r))
        groups = self.wire_groups(r["doc_id"] for r in rows)
        places = self.places(e for es in by_subject.values() for e in es)
        return source_records(by_subject, groups, by=by, places=places)

    def explain(self, entity: str) -> EntityExplanation:
        """Why these names are one entity (``dateline entities NAME --why``)."""
        entity_id, name = self._entity(entity)
        row = self.conn.execute(
            """
            SELECT kind,
                (SELECT count(DISTINCT doc_id) FROM doc_entities WHERE entity_id = ?),
                (SELECT count(*) FROM claims WHERE subject_id = ?)
            FROM entities WHERE entity_id = ?
            """,
            [entity_id, entity_id, entity_id],
        ).fetchone()
        aliases = self.conn.execute(
            "SELECT alias, min(reason) FROM aliases WHERE entity_id = ? GROUP BY alias"
            " ORDER BY alias",
            [entity_id],
        ).fetchall()
        notes = self.conn.execute(
            "SELECT note FROM entity_notes WHERE entity_id = ? ORDER BY note", [entity_id]
        ).fetchall()
        return EntityExplanation(
            entity_id=entity_id,
            name=name,
            kind=str(row[0]) if row else "other",
            documents=int(row[1]) if row else 0,
            claims=int(row[2]) if row else 0,
            aliases=tuple(AliasReason(alias=a, reason=r or "") for a, r in aliases),
            notes=tuple(str(n[0]) for n in notes),
        )

    def merge(self, a: str, b: str, *, note: str = "") -> None:
        """Hold two names as one entity from now on (survives re-ingest)."""
        self._correct("merge", a, b, note)

    def split(self, a: str, b: str, *, note: str = "") -> None:
        """Never hold these two names as one entity (survives re-ingest)."""
        self._correct("split", a, b, note)

    def load_aliases(self, path: str | Path) -> int:
        """Apply an alias file: ``Name = Variant; Variant`` merges, ``Name != Other`` splits."""
        from dateline.ledger.writes import add_correction, parse_alias_file

        found = parse_alias_file(Path(path))
        for action, a, b in found:
            add_correction(self.conn, action, a, b, f"alias file {path}")
        self.rebuild()
        return len(found)

    def _correct(self, action: str, a: str, b: str, note: str) -> None:
        from dateline.ledger.writes import add_correction

        if not entity_key(a) or not entity_key(b):
            raise LedgerError("both names must contain letters", source=f"{a!r}, {b!r}")
        add_correction(self.conn, action, a, b, note)
        self.rebuild()

    def entities(
        self, *, search: str | None = None, limit: int = 100, as_of: date | str | None = None
    ) -> list[dict[str, Any]]:
        pattern = f"%{entity_key(search)}%" if search else "%"
        as_of_date = parse_date(as_of, source="--as-of")
        return self.query(
            """
            SELECT e.entity_id, e.name, e.kind,
                   (SELECT count(*) FROM claims c WHERE c.subject_id = e.entity_id
                    AND (CAST(? AS DATE) IS NULL OR c.published <= CAST(? AS DATE))) AS claims,
                   (SELECT count(DISTINCT d.doc_id) FROM doc_entities d
                    JOIN documents doc ON doc.doc_id = d.doc_id
                    WHERE d.entity_id = e.entity_id
                    AND (CAST(? AS DATE) IS NULL OR doc.published <= CAST(? AS DATE))) AS documents
            FROM entities e
            WHERE (e.entity_id LIKE ? OR EXISTS (
                SELECT 1 FROM aliases a WHERE a.entity_id = e.entity_id AND a.alias_key LIKE ?))
            ORDER BY claims DESC, documents DESC, e.name LIMIT ?
            """,
            [as_of_date, as_of_date, as_of_date, as_of_date, pattern, pattern, limit],
        )

    def errors(self) -> list[dict[str, Any]]:
        return self.query("SELECT * FROM ingest_errors ORDER BY occurred_at")


RELEASE_LIMIT = "1MB"
"""The memory limit ``Ledger._release_cache`` sets for a moment: below anything DuckDB can
keep, so that it evicts every block it can."""

LARGE_PASS_DOCS = 256
"""A pass after at least this many documents streamed in drops the place step's gazetteer when
that step is done (``writes.rebuild(drop_gazetteer=)``) and collects Python's cyclic garbage
between its steps (``Ledger._between_steps``); smaller ingests keep the gazetteer cached and
skip the collections."""

RELEASE_WRITER = True
"""A pass after ``LARGE_PASS_DOCS`` or more documents first drops the model and the
gazetteer from this process's caches (``scale.release_writer``): in the bench's writer (which
loads the model for its forked workers) they were ~150 MB under every pass step; a real
1,000-document ingest's writer peak 366 → 352 MB, now the streaming phase's. Costs the
gazetteer's load again in the place step (0.6-0.9 s of CPU)."""

RENEW_DOCS = 4096
"""An ingest's writer opens its DuckDB connection anew every this many documents
(``Ledger._renew_connection``): what DuckDB's database objects hold in the C heap then starts
again from the file's few MB instead of growing with every document of the ingest."""

QUERY_INDEXES = {
    "carriers_doc": ("doc_carriers", "doc_id"),
    "documents_wire": ("documents", "wire_group"),
}
"""Indexes only queries use (a timeline's carriers and wire copies): no write looks them up
(the batch's carrier look-up is a hash join over ``doc_carriers`` with or without one), so a
large ingest drops them at its first ``RENEW_DOCS`` documents and builds them once after its
end-of-ingest pass, which reads none of them (1.2 µs a row). Maintained per batch they loaded into memory as they grew, keyed
by random ids: a real ingest's streaming writer held about half the ``ART_INDEX`` memory
without them (under 1 MB vs 1 MB at 2,000 documents, 1 vs 2 at 3,000), the other half being
the two primary keys on ``doc_id``. A crash in between leaves them dropped: the next open
builds them (a read-only one opens the file for writing first, as for an unfinished pass)."""

RENEW_WAIT = 30.0
"""Seconds the writer waits, after closing DuckDB to open it anew, for another process that
opened the file meanwhile (a reader) to let it go."""

RELEASE_BATCHES = 16
"""An ingest empties DuckDB's block cache every this many batches (256 documents at the
default 16): a batch reads the last blocks of each table and its index look-ups, while the
cache kept every block read since the ingest began (writer replay, 10,000 documents: RSS
208 → 246 MB over the streaming phase, the cache 13 → 42 MB and its allocator's pages 26 →
60 MB; emptied every 16 batches it stayed at 204-207 MB)."""

MEMORY_CHECK_BATCHES = 256
"""Batches between two checks of the indexes' memory against the default limit."""

_UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12}
_UNITS |= {"kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40}


@functools.cache
def _libc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None on another C library."""
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


def trim_heap() -> None:
    """Give the C heap's free pages back to the OS (glibc's ``malloc_trim``). Python frees
    large objects (texts, the gazetteer's tables, Arrow buffers) into glibc's heap, which keeps
    the pages for reuse: after a pass step the writer's RSS stayed at its step's high-water mark
    even though the objects were gone (the gazetteer alone: 83 MB kept after it was dropped,
    2 MB once trimmed). Costs about a millisecond; a no-op elsewhere."""
    trim = _libc_trim()
    if trim is not None:
        trim(0)


def _size_bytes(value: str) -> int:
    """``"256MB"`` → bytes, as DuckDB reads a memory limit (0 for what it is not: ``"10%"``)."""
    found = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z]*)\s*", value)
    if not found or found[2].lower() not in _UNITS:
        return 0
    return int(float(found[1]) * _UNITS[found[2].lower()])


def _out_of_memory(exc: BaseException) -> bool:
    """DuckDB could not allocate (in a statement, or at commit: a TransactionException)."""
    return isinstance(exc, duckdb.OutOfMemoryException) or "could not allocate" in str(exc)


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
