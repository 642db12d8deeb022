"""Parallel and distributed engines store exactly what the serial engine stores."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from dateline import Document, Ledger
from dateline.errors import EmptyDocument
from dateline.ingest import walk_in_order
from dateline.scale import (
    analyze_parallel,
    chunked,
    files_in_order,
    ingest_dask,
    ingest_units,
    list_inputs,
    load_partitions,
    partitions,
    read_partition,
)

CORPUS = Path(__file__).parent / "fixtures" / "crash"
VOLATILE = {"ingested_at", "run_id", "occurred_at", "started", "finished"}
COMPARED = (
    "documents",
    "time_expressions",
    "entities",
    "aliases",
    "doc_entities",
    "statements",
    "claims",
    "place_facts",
    "doc_words",
    "dated_sentences",
    "place_index",
)


def table_rows(path: Path, *, drop: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    """Every compared table's rows without run ids and timestamps (and ``drop``), sorted."""
    conn = duckdb.connect(str(path), read_only=True)
    try:
        snapshot = {}
        for table in COMPARED:
            cursor = conn.execute(f"SELECT * FROM {table}")
            skip = VOLATILE | set(drop)
            keep = [i for i, d in enumerate(cursor.description or []) if d[0] not in skip]
            rows = [tuple(row[i] for i in keep) for row in cursor.fetchall()]
            snapshot[table] = sorted(rows, key=repr)
        return snapshot
    finally:
        conn.close()


def ingest_local(db: Path, *, workers: int = 1) -> None:
    with Ledger(db) as ledger:
        report = ledger.ingest([CORPUS], workers=workers, batch_size=8)
    assert report.added == len(list(CORPUS.glob("*.txt")))


@pytest.fixture(scope="module")
def serial_ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("serial") / "serial.duckdb"
    ingest_local(db)
    return db


def test_chunked_and_partitions_keep_order() -> None:
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert partitions(list("abcde"), 2) == [["a", "b"], ["c", "d"], ["e"]]
    assert list(chunked([], 4)) == []


def test_list_inputs_matches_reader_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "a.txt", ".hidden.txt", "b/1.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [Path(p).relative_to(tmp_path).as_posix() for p in list_inputs([tmp_path])] == [
        "a.txt",
        "b/1.txt",
        "b/2.txt",
    ]


def test_parallel_analyses_equal_serial_in_input_order(nlp: Any) -> None:
    from dateline.ledger.textfacts import with_text_facts
    from dateline.nlp.pipeline import analyze_documents

    texts = [p.read_text(encoding="utf-8").split("---", 2)[-1] for p in sorted(CORPUS.glob("*"))]
    documents = [Document.from_text(t) for t in texts[:12]]
    serial = list(analyze_documents(documents, nlp=nlp, batch_size=4))
    parallel = list(analyze_parallel(iter(documents), workers=2, batch_size=4))
    # the workers also compute the text facts the ledger's end pass joins over
    assert all(a.text_facts is not None for a in parallel)
    assert parallel == [with_text_facts(a) for a in serial]


def test_parallel_reads_its_input_lazily() -> None:
    """A bounded window: the workers never hold more than ``window`` batches of input."""
    pulled = itertools.count()

    def stream() -> Any:
        for i in range(200):
            next(pulled)
            yield Document.from_text(f"Item {i}. The council met on Monday in the town hall.")

    results = analyze_parallel(stream(), workers=2, batch_size=5, window=3)
    first = next(results)
    assert first.document.text.startswith("Item 0.")
    consumed = next(pulled)
    assert consumed <= 5 * 4 + 1, consumed  # window batches + the one being cut
    results.close()


def test_ingest_with_two_workers_equals_serial(serial_ledger: Path, tmp_path: Path) -> None:
    db = tmp_path / "workers.duckdb"
    ingest_local(db, workers=2)
    assert table_rows(db) == table_rows(serial_ledger)


def test_ingest_units_keep_the_readers_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "a.txt", ".hidden.txt", "b/1.txt", "b/style.css"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    doc = Document.from_text("A made-up item.")
    units = list(ingest_units([tmp_path, doc, tmp_path / "nope.txt", "https://example.org/a"]))
    assert [Path(u).relative_to(tmp_path).as_posix() for u in units[:3]] == [
        "a.txt",
        "b/1.txt",
        "b/2.txt",
    ]
    assert units[3] is doc
    # what only the writer may read (a missing path's error, a URL) comes as a 1-item list
    assert units[4:] == [[tmp_path / "nope.txt"], ["https://example.org/a"]]
    assert all(isinstance(u, list) for u in ingest_units([tmp_path], fetch=True))


def sorted_walk(root: Path) -> list[Path]:
    """The reference: every file ``Path.rglob`` finds, less hidden parts and page assets,
    sorted as a whole (what ``walk_in_order`` must give without holding the list)."""
    from dateline.ingest import ASSET_SUFFIXES

    return sorted(
        child
        for child in root.rglob("*")
        if child.is_file()
        and not any(part.startswith(".") for part in child.relative_to(root).parts)
        and child.suffix.lower() not in ASSET_SUFFIXES
    )


@pytest.mark.parametrize(
    "names",
    [
        # a folder and a file that its name begins ('b' then 'b.txt': paths sort by parts)
        ("b/c.html", "b.txt", "b.d/e.html", "a/B/1.txt", "a/b/2.txt", "a/Z.HTML"),
        # hidden files and folders, page assets (any case), a name with a space
        (".hid/x/f.html", ".g.html", "a/.dot.txt", "a/y.css", "a/Y.JS", "sp ace/q.txt", "k"),
        # digits and names of several lengths, as an archive's folders are
        tuple(f"{y}/{m}/{n}.html" for y in (2019, 202) for m in ("1", "10", "2") for n in (9, 10)),
    ],
)
def test_files_come_in_the_order_of_the_sorted_walk(tmp_path: Path, names: tuple[str]) -> None:
    """``files_in_order`` streams what ``read_path`` reads, in its order, without the list."""
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / names[0].split("/")[0])  # not entered
    (tmp_path / "link.txt").symlink_to(tmp_path / names[0])  # a linked file is read
    expected = [str(p) for p in sorted_walk(tmp_path)]
    assert expected  # the tree holds files to read
    assert list(files_in_order(tmp_path)) == expected
    assert [str(p) for p in walk_in_order(tmp_path)] == expected  # what a serial ingest reads


def test_the_serial_walk_holds_no_list_of_the_tree(tmp_path: Path) -> None:
    """``read_path``'s walk holds one folder's entries at a time, not a Path per file."""
    import tracemalloc

    for folder in range(40):
        (tmp_path / f"{folder:02d}").mkdir()
        for n in range(50):
            (tmp_path / f"{folder:02d}" / f"{n}.html").touch()

    def peak(walk: Callable[[], Iterator[object]]) -> int:
        tracemalloc.start()
        try:
            assert sum(1 for _ in walk()) == 2000
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    assert peak(lambda: walk_in_order(tmp_path)) * 4 < peak(lambda: iter(sorted_walk(tmp_path)))


def test_two_workers_record_errors_and_skip_stored_documents(
    serial_ledger: Path, tmp_path: Path
) -> None:
    """Workers read the files; the writer records their errors and skips what it holds."""
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(CORPUS.glob("*.txt"))[:6]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "0-empty.txt").write_text("   \n", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    with Ledger(db) as ledger:
        first = ledger.ingest([folder], workers=2, batch_size=2)
        again = ledger.ingest([folder, tmp_path / "missing.txt"], workers=2, batch_size=2)
        assert (first.added, first.skipped, first.failed) == (6, 0, 1)
        assert (again.added, again.skipped, again.failed) == (0, 6, 2)
        assert ledger.count("ingest_errors") == 3
        assert ledger.stored_documents(["nope"]) == set()
    with Ledger(tmp_path / "s.duckdb") as ledger:
        serial = ledger.ingest([folder], batch_size=2)
    assert (serial.added, serial.failed) == (first.added, first.failed)
    assert table_rows(db) == table_rows(tmp_path / "s.duckdb")


def test_partition_files_round_trip_errors(tmp_path: Path) -> None:
    from dateline.scale import _error_row, _write_partition

    error = EmptyDocument("no article text", source="x.html", position="line 3")
    path = _write_partition([_error_row(0, error)], str(tmp_path), 0)
    (back,) = list(read_partition(path))
    assert isinstance(back, EmptyDocument)
    assert (back.source, back.position, back.message) == ("x.html", "line 3", "no article text")
    with Ledger(tmp_path / "l.duckdb") as ledger:
        report = load_partitions(ledger, [path])
        assert (report.failed, ledger.count("ingest_errors")) == (1, 1)


@pytest.mark.slow
def test_dask_local_cluster_gives_the_identical_ledger(serial_ledger: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    db = tmp_path / "dask.duckdb"
    missing = tmp_path / "missing.txt"
    with Ledger(db) as ledger:
        report = ingest_dask(
            ledger,
            [CORPUS, missing],
            n_workers=2,
            partition_size=7,
            staging=tmp_path / "parts",
            batch_size=8,
        )
        assert (report.added, report.failed) == (len(list(CORPUS.glob("*.txt"))), 1)
        assert ledger.errors()[0]["error_class"] == "UnreadableInput"
    assert table_rows(db) == table_rows(serial_ledger)
    assert sorted(p.name for p in (tmp_path / "parts").glob("run-*/*.parquet"))[:2] == [
        "part-000000.parquet",
        "part-000001.parquet",
    ]
    # Rerunning stores nothing twice.
    with Ledger(db) as ledger:
        again = load_partitions(ledger, sorted(map(str, (tmp_path / "parts").rglob("*.parquet"))))
        assert again.added == 0
    assert table_rows(db) == table_rows(serial_ledger)


def test_run_ingest_names_bad_engine_options(tmp_path: Path) -> None:
    from dateline.errors import DatelineError
    from dateline.scale import run_ingest

    with Ledger(tmp_path / "l.duckdb") as ledger:
        with pytest.raises(DatelineError, match="unknown engine; engines are local, dask"):
            run_ingest(ledger, [CORPUS], engine="spark")
        with pytest.raises(DatelineError, match="--scheduler needs --engine dask"):
            run_ingest(ledger, [CORPUS], scheduler="tcp://127.0.0.1:8786")


def test_object_store_urls_survive_path_parsing() -> None:
    from dateline.scale import _as_url

    assert _as_url(Path("s3://bucket/news/2018")) == "s3://bucket/news/2018"
    assert list_inputs(["https://example.org/a.html"]) == ["https://example.org/a.html"]


def test_object_store_inputs_and_staging_through_fsspec(
    serial_ledger: Path, tmp_path: Path, nlp: Any
) -> None:
    """The remote code path (listing, reading, staging) on fsspec's in-memory store."""
    fsspec = pytest.importorskip("fsspec")
    from dateline.scale import analyze_partition

    store = fsspec.filesystem("memory")
    root = f"dateline-test-{tmp_path.name}"
    for path in sorted(CORPUS.glob("*.txt")):
        store.pipe(f"/{root}/in/{path.name}", path.read_bytes())
    try:
        inputs = list_inputs([f"memory://{root}/in"])
        assert [u.rsplit("/", 1)[-1] for u in inputs] == sorted(
            p.name for p in CORPUS.glob("*.txt")
        )
        parts = [
            analyze_partition(i, part, f"memory://{root}/staging", batch_size=8)
            for i, part in enumerate(partitions(inputs, 6))
        ]
        assert sum(p.documents for p in parts) == len(inputs)
        db = tmp_path / "remote.duckdb"
        with Ledger(db) as ledger:
            load_partitions(ledger, [p.path for p in parts], batch_size=8)
            sources = {r["source"] for r in ledger.query("SELECT source FROM documents")}
        assert all(s.startswith("memory://") for s in sources)
        # The source column names the URL rather than the local file; all else is equal.
        remote, local = (
            table_rows(db, drop=("source",)),
            table_rows(serial_ledger, drop=("source",)),
        )
        assert remote == local
    finally:
        store.rm(f"/{root}", recursive=True)


class _RecordingPool:
    """A worker pool that notes the size of every analysis chunk submitted to it."""

    def __init__(self, pool: Any, sizes: list[int]):
        self.pool, self.sizes = pool, sizes

    def submit(self, fn: Any, *args: Any) -> Any:
        if fn.__name__ == "_analyze_chunk":
            self.sizes.append(len(args[0]))
        return self.pool.submit(fn, *args)

    def shutdown(self, **kwargs: Any) -> None:
        self.pool.shutdown(**kwargs)


def test_last_documents_go_to_the_workers_in_small_chunks(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the input is exhausted the rest is cut finer, so both workers finish together;
    order and results are unchanged, and the writer's warm-up thread is done at the end."""
    import threading

    from dateline import scale
    from dateline.ledger.places import gazetteer

    sizes: list[int] = []
    real_pool = scale._worker_pool
    monkeypatch.setattr(scale, "_worker_pool", lambda n: _RecordingPool(real_pool(n), sizes))
    files = sorted(CORPUS.glob("*.txt"))
    analyses = list(
        scale.read_parallel(
            [CORPUS], lambda found: [d for d in found if isinstance(d, Document)], batch_size=4
        )
    )
    assert [a.document.source for a in analyses] == [str(p) for p in files]
    tail = 4 // (2 * 2)
    assert sum(sizes) == len(files) and sizes[0] == 4 and sizes[-1] <= tail, sizes
    assert sizes == sorted(sizes, reverse=True), sizes  # full chunks first, then the tail
    assert not any(t.name == "dateline-warm-writer" for t in threading.enumerate())
    assert gazetteer.cache_info().currsize == 1  # loaded for the end-of-ingest pass


def test_workers_compute_on_one_thread(nlp: Any) -> None:
    """No BLAS/OpenMP pool per worker: one worker process per core is the parallelism."""
    threadpoolctl = pytest.importorskip("threadpoolctl")
    from dateline.scale import THREAD_POOL_VARIABLES, _worker_pool

    pool = _worker_pool(1)
    try:
        variables = [pool.submit(os.getenv, name).result() for name in THREAD_POOL_VARIABLES]
        pools = pool.submit(threadpoolctl.threadpool_info).result()
    finally:
        pool.shutdown(wait=True)
    assert variables == ["1"] * len(THREAD_POOL_VARIABLES)
    assert all(p["num_threads"] == 1 for p in pools), pools
