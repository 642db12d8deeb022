"""Parallel and distributed execution: local worker processes, and a Dask cluster.

Both engines only move the *analysis* elsewhere; the ledger keeps exactly one DuckDB writer
(the calling process), so parallelism never risks the file. Documents and analyses stream
through bounded windows, so memory stays flat however large the corpus is.

- ``analyze_parallel`` runs the pipeline in ``workers`` processes (each loads the model once)
  and yields analyses in input order, so a parallel ingest stores exactly what a serial one
  would, in the same order.
- ``ingest_dask`` cuts the input files into partitions, analyses each partition on a Dask
  worker which writes one Parquet file (one row per document or input error, the record
  serialised as JSON), then loads the partitions into the ledger in input order. DuckDB can
  also query those Parquet files directly (see ``docs/scale.md``).
"""

from __future__ import annotations

import ctypes
import gc
import json
import logging
import multiprocessing
import os
import re
import signal
import sys
import tempfile
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline import errors as _errors
from dateline.dates import parse_date
from dateline.errors import DatelineError, IngestError
from dateline.records import Analysis, Document, IngestReport

if TYPE_CHECKING:
    from dateline.ledger.store import Ledger

log = logging.getLogger(__name__)

ProgressCallback = Callable[[str, int], None]
ENGINES = ("local", "dask")
PARTITION_COLUMNS = ("seq", "doc_id", "source", "kind", "payload")
"""Columns of a partition file: ``kind`` is ``analysis`` or ``error``; ``payload`` is JSON."""


# -- local processes ----------------------------------------------------------------------------
def analyze_parallel(
    documents: Iterable[Document],
    *,
    workers: int = 2,
    batch_size: int = 16,
    window: int | None = None,
) -> Iterator[Analysis]:
    """Analyse documents in ``workers`` processes; yield analyses in input order.

    ``workers <= 1`` runs in this process. At most ``window`` batches (default two per worker)
    are in flight, so the input generator is read only as fast as the workers keep up.
    """
    from dateline.nlp.pipeline import analyze_documents

    if workers <= 1:
        yield from analyze_documents(documents, batch_size=batch_size)
        return
    window = window or 2 * workers
    pool = _worker_pool(workers)
    frozen = _freeze_heap()
    pending: deque[Future[list[Analysis]]] = deque()
    try:
        for chunk in chunked(documents, batch_size):
            pending.append(pool.submit(_analyze_chunk, chunk, batch_size))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if frozen:
            gc.unfreeze()


ReadUnit = Document | str
"""What a worker reads: a ``Document`` already made, or one local file's path."""


def ingest_units(
    sources: Iterable[str | Path | Document], *, fetch: bool | None = None
) -> Iterator[ReadUnit | list[Any]]:
    """The input as units in the order the local reader reads them: ``Document`` records,
    local file paths (folders walked in sorted order, as ``read_path`` walks them), and, as a
    one-element list, anything only this process may read (URLs, missing paths, and every
    path when ``fetch`` is True, so that the polite fetcher stays one per ingest)."""
    for source in sources:
        if isinstance(source, Document):
            yield source
            continue
        text = str(source)
        path = Path(source)
        if fetch or re.match(r"^[a-z][a-z0-9+.-]*://", text) or not path.exists():
            yield [source]
        elif path.is_dir():
            yield from files_in_order(path)
        else:
            yield str(path)


def files_in_order(root: Path) -> Iterator[str]:
    """The files ``read_path`` reads under the folder ``root``, in its order, as strings (what
    the workers are handed), found as they are needed: :func:`dateline.ingest.walk_in_order`
    holds one folder's entries per level, not a ``Path`` per file of the whole tree."""
    from dateline.ingest import walk_in_order

    return (str(path) for path in walk_in_order(root))


def read_parallel(
    sources: Iterable[str | Path | Document],
    keep: Callable[[list[Document | IngestError]], list[Document]],
    *,
    workers: int = 2,
    batch_size: int = 16,
    published: date | None = None,
    fetch: bool | None = None,
    window: int | None = None,
) -> Iterator[Analysis]:
    """Read *and* analyse in ``workers`` processes; yield analyses in input order.

    Workers read chunks of ``batch_size`` files and send the documents back; ``keep`` (the
    caller, the ledger writer) sees each chunk's documents and input errors in input order,
    records the errors, drops what is already stored (one look-up per chunk) and returns the
    documents to analyse, which go back to the workers. The writer process thus only checks,
    unpickles and stores; parsing HTML and the NLP run in the workers. At most ``window``
    analysis chunks (default two per worker) and ``workers`` read chunks are in flight.
    """
    from dateline.ingest import read_paths

    window = window or 2 * workers
    pool = _worker_pool(workers)
    frozen = _freeze_heap()
    warm: list[threading.Thread | None] = []  # started once the workers have work queued
    reads: deque[Future[list[Any]] | list[Document | IngestError]] = deque()
    analyses: deque[Future[list[Analysis]]] = deque()

    def parent_read(source: Any) -> list[Document | IngestError]:
        return list(read_paths([source], published=published, fetch=fetch))

    def take_read(size: int = batch_size) -> None:
        item = reads.popleft()
        found = item if isinstance(item, list) else [_item_back(x) for x in item.result()]
        for docs in chunked(keep(found), size):
            analyses.append(pool.submit(_analyze_chunk, docs, batch_size))

    def results() -> list[Analysis]:
        """The oldest analysis chunk (waiting for it)."""
        if not warm:
            warm.append(_warm_writer())
        return analyses.popleft().result()

    try:
        chunk: list[ReadUnit] = []

        def submit_chunk() -> None:
            if chunk:
                reads.append(pool.submit(_read_chunk, list(chunk), published))
                chunk.clear()

        for unit in ingest_units(sources, fetch=fetch):
            if isinstance(unit, list):  # read here, in input order
                submit_chunk()
                reads.append(parent_read(unit[0]))
            else:
                chunk.append(unit)
                if len(chunk) >= batch_size:
                    submit_chunk()
            # the newest read waits for the next one (or the end of the input: see below)
            while len(reads) > 1 and (
                isinstance(reads[0], list) or reads[0].done() or len(reads) > workers
            ):
                take_read()
            while len(analyses) >= window:
                yield from results()
        submit_chunk()
        # The input is exhausted: the last reads' documents go out in small chunks, so that
        # the workers finish together (a last full chunk would leave one core idle for its
        # time).
        tail = max(1, batch_size // (2 * workers))
        while reads:
            take_read(tail)
            while len(analyses) >= window * batch_size // tail:
                yield from results()
        while analyses:
            yield from results()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        for thread in warm:
            if thread is not None:
                thread.join()
        if frozen:
            gc.unfreeze()


def _freeze_heap() -> bool:
    """Before the workers start (forked from here): every object this process holds, the
    model's among them, is moved out of Python's cyclic collector's reach until the stream
    ends (``gc.freeze``), so that the writer's full collections while it stores the stream
    (started by the unpickled analyses) walk only what was made since; a forked worker's
    collections leave the inherited pages alone too (shared copy-on-write). True when this
    call froze them (the caller then unfreezes them where the workers are done); False, and
    nothing done, when someone else froze objects already (unfreezing would undo theirs)."""
    if gc.get_freeze_count():
        return False
    gc.freeze()
    return True


def _warm_writer() -> threading.Thread | None:
    """While the workers analyse, the writer process (mostly waiting for them) loads what
    the end-of-ingest pass needs and would otherwise load after the workers are done, with
    one core idle: the place pass's gazetteer (0.6 s of CPU; cached for the process)."""
    from dateline.ledger.places import gazetteer

    if gazetteer.cache_info().currsize:
        return None
    thread = threading.Thread(target=gazetteer, name="dateline-warm-writer", daemon=True)
    thread.start()
    return thread


def release_writer() -> None:
    """Before a large end-of-ingest pass: drop what the writer process holds for analysis and
    for the place step, none of which the pass's first steps read. The model (the caller may
    have loaded it in this process so that forked workers share it; a serial ingest used it)
    is dropped from ``load_pipeline``'s cache (a caller's own reference keeps it alive; the
    next analysis in this process loads it again), and the gazetteer ``_warm_writer`` loaded
    while the workers analysed is dropped too: the place step loads it again for its own
    duration (``writes.rebuild(drop_gazetteer=)`` drops it after). The pages go back once
    Python's garbage is collected and the C heap trimmed (``Ledger._between_steps``)."""
    from dateline.ledger.places import gazetteer

    gazetteer.cache_clear()
    pipeline = sys.modules.get("dateline.nlp.pipeline")  # (not imported: nothing to drop)
    if pipeline is not None:
        pipeline.load_pipeline.cache_clear()


def _read_chunk(units: list[ReadUnit], published: date | None) -> list[Any]:
    """A worker reads local files: documents, and input errors as plain payloads (an
    exception does not survive pickling with its message intact)."""
    from dateline.ingest import read_paths

    found: list[Any] = []
    for unit in units:
        if isinstance(unit, Document):
            found.append(unit)
            continue
        for item in read_paths([unit], published=published, fetch=False):
            if isinstance(item, DatelineError):
                found.append(json.loads(_error_row(0, item)["payload"]))
            else:
                found.append(item)
    return found


def _item_back(item: Any) -> Document | IngestError:
    return _error_from_payload(item) if isinstance(item, dict) else item


def start_method() -> str:
    """``fork`` where the platform has it: workers start in milliseconds (sharing a model the
    parent already loaded) and callers' scripts need no ``__main__`` guard. The children never
    touch DuckDB, so its threads in the parent are harmless. ``DATELINE_MP_START`` overrides
    (``spawn`` or ``forkserver``)."""
    wanted = os.environ.get("DATELINE_MP_START")
    if wanted:
        return wanted
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(size, 1))):
        yield chunk


def _worker_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes that die with this one (see :func:`_worker_start`)."""
    context = multiprocessing.get_context(start_method())
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_worker_start,
        initargs=(os.getpid(),),
    )


THREAD_POOL_VARIABLES = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)
"""Thread pools a worker must not start: one worker process per core is the parallelism."""


def _worker_start(parent: int | None = None) -> None:
    """Tie the worker's life to its parent's (``parent``: its pid, taken before the fork),
    keep it to one thread of computation, then load the model once (importing spaCy takes
    seconds: the tie comes first) and freeze the heap (``gc.freeze``: the model's objects,
    about 124,000, cost each full collection of the worker 70-100 ms of CPU)."""
    _exit_with_parent(parent)
    _single_threaded()
    from dateline.nlp.pipeline import load_pipeline

    load_pipeline()
    gc.freeze()  # the model lives as long as the worker: no full collection need walk it


def _single_threaded() -> None:
    """Numeric libraries in a worker compute on one thread: two workers on two cores with
    a BLAS pool each would fight over the cores. The variables rule libraries a spawned
    worker has yet to import; ``threadpoolctl`` (when installed) limits those a forked
    worker inherited already loaded."""
    for name in THREAD_POOL_VARIABLES:
        os.environ[name] = "1"
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(limits=1)


def _exit_with_parent(parent: int | None = None) -> None:
    """A worker whose parent was killed (SIGKILL, OOM) must not live on as an orphan.

    Linux delivers SIGKILL to the worker when its parent dies (``PR_SET_PDEATHSIG``);
    elsewhere a daemon thread notices the new parent id within a second.
    """
    # The parent's pid as it was before the fork: read here, it would already be 1 (or a
    # subreaper) when the parent died between the fork and this line, and the worker would
    # wait on as an orphan.
    parent = parent or os.getppid()
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
        if os.getppid() != parent:  # died before prctl took effect
            os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="dateline-parent-watch", daemon=True).start()


def _analyze_chunk(documents: list[Document], batch_size: int) -> list[Analysis]:
    """Analyse a chunk in a worker, with the text facts the ledger's end pass joins over
    (computed here, not in the single writer)."""
    from dateline.ledger.textfacts import with_text_facts
    from dateline.nlp.pipeline import analyze_documents

    return [with_text_facts(a) for a in analyze_documents(documents, batch_size=batch_size)]


# -- Dask --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PartitionResult:
    """What a Dask worker wrote: one Parquet file for one partition of the input."""

    index: int
    path: str
    documents: int
    errors: int


def list_inputs(sources: Sequence[str | Path]) -> list[str]:
    """Input files in the order the local engine reads them: each source in turn, folders
    walked in sorted order. ``s3://``, ``gs://`` ... URLs are listed with fsspec."""
    files: list[str] = []
    for source in sources:
        text = _as_url(source)
        if text.startswith(("http://", "https://")):
            files.append(text)  # a web page or feed: the ingest readers fetch it
            continue
        if "://" in text and not text.startswith("file://"):
            files.extend(_list_remote(text))
            continue
        path = Path(text.removeprefix("file://"))
        if path.is_dir():
            files.extend(
                str(p) for p in sorted(path.rglob("*")) if p.is_file() and not _hidden(p, path)
            )
        else:
            files.append(str(path))
    return files


def _as_url(source: str | Path) -> str:
    """A CLI argument parsed as ``Path`` turns ``s3://b/k`` into ``s3:/b/k``; undo that."""
    text = str(source)
    match = re.match(r"^([a-z][a-z0-9+.-]+):/(?!/)", text)
    if isinstance(source, Path) and match and not source.exists():
        return f"{match.group(1)}://{text[match.end() :]}"
    return text


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _list_remote(url: str) -> list[str]:
    import fsspec

    fs, _, (root,) = fsspec.get_fs_token_paths(url)
    protocol = url.split("://", 1)[0]
    found = fs.find(root) if fs.isdir(root) else [root]
    return [f"{protocol}://{p}" for p in sorted(found)]


def analyze_partition(
    index: int,
    items: Sequence[str | Document],
    out_dir: str,
    *,
    published: date | None = None,
    batch_size: int = 16,
) -> PartitionResult:
    """Read and analyse one partition on a worker; write ``part-<index>.parquet`` in
    ``out_dir`` (a local folder or an fsspec URL) with one row per document or input error."""
    from dateline.ledger.textfacts import with_text_facts
    from dateline.nlp.pipeline import analyze_documents

    rows: list[dict[str, Any]] = []
    seq = iter(range(1 << 62))

    def documents() -> Iterator[Document]:
        for item in _read_items(items, published):
            if isinstance(item, DatelineError):
                rows.append(_error_row(next(seq), item))
            else:
                yield item

    for analysis in analyze_documents(documents(), batch_size=batch_size):
        analysis = with_text_facts(analysis)  # the writer then only stores them
        doc = analysis.document
        row = {
            "seq": next(seq),
            "doc_id": doc.doc_id,
            "source": doc.source,
            "kind": "analysis",
            "payload": analysis.model_dump_json(),
        }
        rows.append(row)
    rows.sort(key=lambda r: r["seq"])
    path = _write_partition(rows, out_dir, index)
    n_errors = sum(r["kind"] == "error" for r in rows)
    return PartitionResult(index, path, len(rows) - n_errors, n_errors)


def _read_items(
    items: Sequence[str | Document], published: date | None
) -> Iterator[Document | DatelineError]:
    from dateline.ingest import read_paths

    for item in items:
        if isinstance(item, Document):
            yield item
        elif "://" in item and not item.startswith(("file://", "http://", "https://")):
            yield from _read_remote(item, published, read_paths)
        else:
            yield from read_paths([item], published=published)


def _read_remote(
    url: str, published: date | None, read_paths: Callable[..., Iterator[Any]]
) -> Iterator[Document | DatelineError]:
    """Copy a remote object to a local temporary file (same suffix) and read that."""
    import fsspec

    suffix = Path(url.split("?", 1)[0]).suffix
    with tempfile.TemporaryDirectory() as tmp:
        local = Path(tmp) / f"input{suffix}"
        with fsspec.open(url, "rb") as remote:
            local.write_bytes(remote.read())
        for item in read_paths([local], published=published):
            if isinstance(item, Document):
                yield item.model_copy(update={"source": url})
            else:
                yield item


def _error_row(seq: int, error: DatelineError) -> dict[str, Any]:
    payload = {
        "class": type(error).__name__,
        "message": getattr(error, "message", str(error)),
        "source": error.source,
        "position": error.position,
    }
    return {
        "seq": seq,
        "doc_id": None,
        "source": error.source,
        "kind": "error",
        "payload": json.dumps(payload),
    }


def _write_partition(rows: list[dict[str, Any]], out_dir: str, index: int) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "seq": pa.array([r["seq"] for r in rows], pa.int64()),
            **{
                name: pa.array([r[name] for r in rows], pa.string())
                for name in PARTITION_COLUMNS[1:]
            },
        }
    )
    name = f"part-{index:06d}.parquet"
    if "://" in out_dir and not out_dir.startswith("file://"):
        import fsspec

        path = out_dir.rstrip("/") + "/" + name
        with fsspec.open(path, "wb") as handle:
            pq.write_table(table, handle)
        return path
    folder = Path(out_dir.removeprefix("file://"))
    folder.mkdir(parents=True, exist_ok=True)
    path_local = folder / name
    tmp = path_local.with_suffix(".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path_local)  # a partition file is complete or absent
    return str(path_local)


def read_partition(path: str, *, batch_rows: int = 256) -> Iterator[Analysis | IngestError]:
    """Stream a partition file back as analyses and input errors, in input order."""
    import pyarrow.parquet as pq

    if "://" in path and not path.startswith("file://"):
        import fsspec

        with fsspec.open(path, "rb") as handle:
            yield from _partition_rows(pq.ParquetFile(handle), batch_rows)
        return
    yield from _partition_rows(pq.ParquetFile(path.removeprefix("file://")), batch_rows)


def _partition_rows(parquet: Any, batch_rows: int) -> Iterator[Analysis | IngestError]:
    for batch in parquet.iter_batches(batch_size=batch_rows, columns=["kind", "payload"]):
        for kind, payload in zip(
            batch.column("kind").to_pylist(), batch.column("payload").to_pylist(), strict=True
        ):
            if kind == "analysis":
                yield Analysis.model_validate_json(payload)
            else:
                yield _error_from_payload(json.loads(payload))


def _error_from_payload(payload: dict[str, Any]) -> IngestError:
    cls = getattr(_errors, str(payload.get("class")), None)
    if not (isinstance(cls, type) and issubclass(cls, IngestError)):
        cls = IngestError
    return cls(payload["message"], source=payload.get("source"), position=payload.get("position"))


def partitions(items: Sequence[Any], size: int) -> list[list[Any]]:
    return [list(items[i : i + size]) for i in range(0, len(items), max(size, 1))]


def ingest_dask(
    ledger: Ledger,
    sources: Iterable[str | Path | Document] | str | Path,
    *,
    scheduler: str | None = None,
    n_workers: int = 2,
    partition_size: int = 64,
    staging: str | Path | None = None,
    published: date | str | None = None,
    force: bool = False,
    batch_size: int = 16,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Ingest on a Dask cluster: ``scheduler`` is ``tcp://HOST:PORT`` or ``None`` for a local
    cluster of ``n_workers`` processes. Partitions are written to ``staging`` (a folder or
    fsspec URL the workers can all write to; a temporary folder by default) and loaded into the
    ledger in input order, so the ledger equals the one the local engine makes."""
    from distributed import Client, LocalCluster

    published_date = parse_date(published, source="--published")
    if isinstance(sources, str | Path | Document):
        sources = [sources]
    items: list[str | Document] = []
    paths: list[str | Path] = []
    for source in sources:
        if isinstance(source, Document):
            items.extend(list_inputs(paths))
            paths = []
            items.append(source)
        else:
            paths.append(source)
    items.extend(list_inputs(paths))

    cleanup: tempfile.TemporaryDirectory[str] | None = None
    if staging is None:
        cleanup = tempfile.TemporaryDirectory(prefix="dateline-dask-")
        staging = cleanup.name
    out_dir = str(staging).rstrip("/") + f"/run-{uuid.uuid4().hex[:8]}"
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(
                n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
        with client:
            futures = [
                client.submit(
                    analyze_partition,
                    i,
                    part,
                    out_dir,
                    published=published_date,
                    batch_size=batch_size,
                    pure=False,
                )
                for i, part in enumerate(partitions(items, partition_size))
            ]
            results = (future.result() for future in futures)  # in input order
            return load_partitions(
                ledger,
                (r.path for r in results),
                force=force,
                batch_size=batch_size,
                progress=progress,
                inputs=[str(i.source or i.doc_id) if isinstance(i, Document) else i for i in items],
            )
    finally:
        if cluster is not None:
            cluster.close()
        if cleanup is not None:
            cleanup.cleanup()


def load_partitions(
    ledger: Ledger,
    paths: Iterable[str],
    *,
    force: bool = False,
    batch_size: int = 16,
    progress: ProgressCallback | None = None,
    inputs: Sequence[str] = (),
) -> IngestReport:
    """Store the analyses of partition files in the ledger, one transaction per batch.

    Documents already stored are skipped unless ``force``, except stale ones (another
    pipeline analysed them): as in a local ingest, their stored copy is analysed again here,
    after the partitions are loaded. Input errors go to ``ingest_errors``. Rerunning after an
    interruption stores each document once.
    """
    from dateline.ledger.reanalyse import store_reanalysed, stored_copies, stored_stamps
    from dateline.nlp.pipeline import pipeline_stamp

    run_id = uuid.uuid4().hex[:12]
    ledger._start_run(run_id, list(inputs) or ["<partitions>"])
    counts = {"added": 0, "skipped": 0, "failed": 0, "reanalysed": 0}
    messages: list[str] = []
    stamp = pipeline_stamp()
    stale: list[str] = []

    def to_store() -> Iterator[Analysis]:
        seen: set[str] = set()
        for path in paths:
            for item in read_partition(path):
                if isinstance(item, IngestError):
                    ledger._record_error(run_id, item)
                    counts["failed"] += 1
                    messages.append(str(item))
                    if progress:
                        progress(item.source or "?", 1)
                    continue
                doc_id = item.document.doc_id
                stored = {} if force or doc_id in seen else stored_stamps(ledger.conn, [doc_id])
                if doc_id in stored:
                    ledger._record_carrier(item.document)
                    if stored[doc_id] != stamp and doc_id not in stale:
                        stale.append(doc_id)
                        continue  # counted when its stored copy is analysed again below
                if doc_id in seen or doc_id in stored:
                    counts["skipped"] += 1
                    if progress:
                        progress(item.document.source or doc_id, 1)
                    continue
                seen.add(doc_id)
                yield item

    counts["added"] += ledger._write_stream(to_store(), run_id, batch_size, progress)
    if stale:
        copies = list(stored_copies(ledger.conn, stale).values())
        chunks = (copies[i : i + batch_size] for i in range(0, len(copies), batch_size))
        store_reanalysed(
            ledger,
            run_id,
            chunks,
            counts,
            messages,
            workers=1,
            batch_size=batch_size,
            progress=progress,
        )
    ledger._finish_run(run_id, counts)
    return IngestReport(run_id=run_id, errors=tuple(messages), **counts)


def run_ingest(
    ledger: Ledger,
    sources: Iterable[str | Path | Document],
    *,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    published: date | str | None = None,
    force: bool = False,
    progress: ProgressCallback | None = None,
    fetch: bool | None = None,
) -> IngestReport:
    """The CLI's ingest: ``engine`` ``local`` (``workers`` processes) or ``dask`` (a cluster at
    ``scheduler``, or a local one of ``workers`` processes when it is ``None``)."""
    if engine == "local":
        if scheduler:
            raise DatelineError("--scheduler needs --engine dask", source=scheduler)
        return ledger.ingest(
            sources,
            workers=workers,
            published=published,
            force=force,
            progress=progress,
            fetch=fetch,
        )
    if engine == "dask":
        return ingest_dask(
            ledger,
            sources,
            scheduler=scheduler,
            n_workers=max(workers, 1),
            published=published,
            force=force,
            progress=progress,
        )
    raise DatelineError(f"unknown engine; engines are {', '.join(ENGINES)}", source=engine)
