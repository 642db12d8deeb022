"""Where the writer's memory goes: ingest ``--rounds`` × ``--docs`` synthetic articles into one
ledger and print, after each round, the writer's resident size, its peak, and the statistics
of the jemalloc that DuckDB bundles (live vs resident: pages DuckDB freed but the allocator
kept). Not part of ``make bench``.

    .venv/bin/python benchmarks/mem_probe.py [--docs 1000] [--rounds 3] [--workers 2]

Replay (the writer alone, no model): ``--capture FILE`` analyses ``--docs`` synthetic articles
(as ``bench_scale.py`` generates them) once and pickles the analyses; ``--replay FILE
--sizes 1000,10000,100000`` then stores N of them into a fresh ledger per size, each size in
a fresh process, exactly as an ingest's writer does (the per-chunk look-up of stored
documents, one transaction per batch of 16, the end-of-ingest pass), and prints the writer's
ms/doc (streaming and final pass) and peak RSS of each phase. Sizes beyond the captured
count replay the capture again as new documents: new doc ids, every date moved on by the
capture's span (so the archive keeps its density), and as text the article the full corpus
has at that position (so wire-copy detection sees the near-duplicates a corpus of that size
holds); names stay, as in a growing archive.

    .venv/bin/python benchmarks/mem_probe.py --capture /tmp/analyses.pkl --docs 10000
    .venv/bin/python benchmarks/mem_probe.py --replay /tmp/analyses.pkl --sizes 1000,10000,100000
"""

from __future__ import annotations

import argparse
import ctypes
import glob
import itertools
import json
import os
import pickle
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, table  # noqa: E402
from synth import article, write_corpus  # noqa: E402


def status_mb(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) // 1024
    return -1


def jemalloc_stats() -> str:
    """DuckDB's jemalloc (Linux x86 wheels): allocated / resident / retained MB, or ''."""
    import duckdb

    found = glob.glob(os.path.join(os.path.dirname(os.path.dirname(duckdb.__file__)), "_duckdb*"))
    try:
        lib = ctypes.CDLL(found[0])
        ctl = lib.duckdb_je_mallctl
    except (IndexError, OSError, AttributeError):
        return ""
    epoch = ctypes.c_uint64(1)
    size = ctypes.c_size_t(8)
    ctl(b"epoch", ctypes.byref(epoch), ctypes.byref(size), ctypes.byref(epoch), ctypes.c_size_t(8))
    out = []
    for name in ("allocated", "resident", "retained"):
        value, size = ctypes.c_size_t(0), ctypes.c_size_t(ctypes.sizeof(ctypes.c_size_t))
        if ctl(f"stats.{name}".encode(), ctypes.byref(value), ctypes.byref(size), None, 0) == 0:
            out.append(f"{name} {value.value >> 20}")
    return "jemalloc MB: " + ", ".join(out)


PER_DAY = 10  # as bench_scale.py
PARAGRAPHS = 3


def capture(path: Path, docs: int, workers: int) -> None:
    """Analyse ``docs`` synthetic articles once; pickle the analyses one after another."""
    from dateline.ingest import read_paths
    from dateline.scale import analyze_parallel

    with tempfile.TemporaryDirectory(prefix="mem-probe-") as tmp:
        write_corpus(Path(tmp), docs, kind="html", seed=13, paragraphs=PARAGRAPHS, per_day=PER_DAY)
        found = (d for d in read_paths([Path(tmp)]) if not isinstance(d, Exception))
        started, n = time.perf_counter(), 0
        with path.open("wb") as out:
            for analysis in analyze_parallel(found, workers=workers):  # type: ignore[arg-type]
                pickle.dump(analysis, out, protocol=pickle.HIGHEST_PROTOCOL)
                n += 1
    print(f"captured {n} analyses in {time.perf_counter() - started:.0f} s", flush=True)


def _captured(path: Path) -> Iterator[Any]:
    with path.open("rb") as f:
        while True:
            try:
                yield _upgraded(pickle.load(f))
            except EOFError:
                return


def _upgraded(item: Any) -> Any:
    """A record pickled before a field was added: the missing fields get their defaults."""
    from pydantic import BaseModel

    if isinstance(item, BaseModel):
        for name, field in type(item).model_fields.items():
            if name not in item.__dict__ and not field.is_required():
                item.__dict__[name] = field.get_default(call_default_factory=True)
            _upgraded(item.__dict__.get(name))
    elif isinstance(item, list | tuple):
        for value in item:
            _upgraded(value)
    return item


_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _moved(value: Any, days: int, doc_id: str, key: str = "") -> Any:
    """A dumped record with its dates moved by ``days`` and its doc id replaced."""
    if isinstance(value, dict):
        return {k: _moved(v, days, doc_id, k) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_moved(v, days, doc_id, key) for v in value)
    if isinstance(value, date):
        return value + timedelta(days=days)
    if not isinstance(value, str):
        return value
    if key == "doc_id":
        return doc_id
    if key in {"value", "event_time", "said_at", "anchor"}:

        def move(m: re.Match[str]) -> str:
            try:
                day = date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return m[0]
            return (day + timedelta(days=days)).isoformat()

        return _ISO_DAY.sub(move, value)
    if key in {"url", "source"}:
        return f"{value}#r{days}"
    return value


def replayed(path: Path, size: int) -> Iterator[Any]:
    """``size`` analyses: the capture, then copies of it as new, later documents."""
    days = [a.document.published for a in _captured(path) if a.document.published]
    count = sum(1 for _ in _captured(path))
    span = (max(days) - min(days)).days + 1 if days else 365
    span += -span % 7  # whole weeks: weekdays stay weekdays
    done = 0
    for k in itertools.count():
        for item in _captured(path):  # read as a stream: the writer's RSS is what is measured
            if done == size:
                return
            yield item if k == 0 else _replica(item, k, span, done)
            done += 1
        if not count:
            return


def _replica(item: Any, k: int, span: int, index: int) -> Any:
    """Replica ``k`` of a captured analysis: a new document ``k`` spans later, whose text
    (what wire-copy detection compares) is the ``index``-th article of the full corpus."""
    from dateline.records import Analysis

    found = _moved(item.model_dump(), k * span, f"{item.document.doc_id}r{k}")
    art = article(index, seed=13, paragraphs=PARAGRAPHS, per_day=PER_DAY)
    found["document"]["text"], found["document"]["title"] = art.text, art.title
    return Analysis.model_validate(found)


PASS_STEPS = (
    "rebuild_entities", "refresh_cross_document_dating", "rebuild_wire_groups",
    "refresh_places", "_touched_subjects", "refresh_contradictions", "cluster_claims_by_subject",
)  # fmt: skip


def _trace_pass_steps() -> list[tuple[str, float, int, int, float]]:
    """Wrap the end-of-ingest pass's steps: (step, seconds, peak RSS during it, RSS after,
    CPU seconds)."""
    from dateline.ledger import writes

    steps: list[tuple[str, float, int, int, float]] = []

    def traced(name: str, run: Any) -> Any:
        def step(*args: Any, **kwargs: Any) -> Any:
            Path("/proc/self/clear_refs").write_text("5")
            started, cpu = time.perf_counter(), time.process_time()
            try:
                return run(*args, **kwargs)
            finally:
                took = time.perf_counter() - started
                steps.append(
                    (name, took, status_mb("VmHWM"), status_mb("VmRSS"), time.process_time() - cpu)
                )

        return step

    for name in PASS_STEPS:
        if hasattr(writes, name):
            setattr(writes, name, traced(name, getattr(writes, name)))
    return steps


def replay_child(path: Path, size: int, batch_size: int, crossdate: bool = True) -> dict[str, Any]:
    """One replay of ``size`` documents into a fresh ledger, the writer's work timed alone
    (``crossdate=False``: without the cross-document dating step, pure Python whose memory
    stays flat, to replay large sizes on a busy machine)."""
    if not crossdate:
        from dateline.ledger import writes

        writes.refresh_cross_document_dating = lambda conn: 0  # type: ignore[assignment]
    from dateline.ledger.reanalyse import stored_stamps
    from dateline.ledger.store import Ledger

    steps = _trace_pass_steps()
    stream = replayed(path, size)
    with tempfile.TemporaryDirectory(prefix="mem-probe-") as tmp:
        db = Path(tmp) / "ledger.duckdb"
        ledger = Ledger(db)
        rss_start = status_mb("VmRSS")
        samples: list[tuple[int, float, int]] = []  # (docs, ms/doc of the last window, RSS)
        reading = [0.0, 0.0]  # wall and CPU spent making the replayed analyses, not storing
        done = [0]

        def fed() -> Iterator[Any]:
            """The replayed analyses, each batch first checked against the ledger as the
            ingest's ``keep`` does; the time spent making them is kept apart."""
            window = (0, time.perf_counter())
            while True:
                started, started_cpu = time.perf_counter(), time.process_time()
                batch = list(itertools.islice(stream, batch_size))
                reading[0] += time.perf_counter() - started
                reading[1] += time.process_time() - started_cpu
                if not batch:
                    return
                stored_stamps(ledger.conn, (a.document.doc_id for a in batch))
                yield from batch
                done[0] += len(batch)
                if done[0] % max(size // 10, batch_size) < batch_size:
                    now = time.perf_counter()
                    spent = now - window[1] - reading[0]
                    samples.append(
                        (done[0], 1000 * spent / (done[0] - window[0]), status_mb("VmRSS"))
                    )
                    window = (done[0], now - reading[0])

        started, started_cpu = time.perf_counter(), time.process_time()
        # as an ingest's writer stores a stream: renewals, deferred indexes, cache releases
        ledger._write_stream(fed(), "replay", batch_size, None, renew=True)
        writing = time.perf_counter() - started - reading[0]
        cpu = time.process_time() - started_cpu - reading[1]
        done = done[0]
        stream_peak = status_mb("VmHWM")
        rss_streamed = status_mb("VmRSS")
        Path("/proc/self/clear_refs").write_text("5")  # peak := now, to see the pass's own
        started, started_cpu = time.perf_counter(), time.process_time()
        ledger.rebuild()
        rebuild, rebuild_cpu = time.perf_counter() - started, time.process_time() - started_cpu
        result = {
            "size": size,
            "stream_ms_doc": 1000 * writing / done,
            "stream_cpu_ms_doc": 1000 * cpu / done,
            "rebuild_s": rebuild,
            "rebuild_cpu_s": rebuild_cpu,
            "rss_start_mb": rss_start,
            "rss_streamed_mb": rss_streamed,
            "stream_peak_mb": stream_peak,
            # each traced step resets the peak: the pass's is the largest of theirs
            "rebuild_peak_mb": max([status_mb("VmHWM")] + [s[2] for s in steps]),
            "samples": samples,
            "steps": steps,
            "jemalloc": jemalloc_stats(),
            "memory_limit_mb": ledger._memory_bytes // 10**6,  # raised by the pass if it ran out
        }
        ledger.close()
        result["ledger_mb"] = db.stat().st_size / 2**20
    return result


def replay(path: Path, sizes: list[int], batch_size: int, crossdate: bool = True) -> None:
    rows = []
    for size in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--replay-child", str(path), "--docs", str(size),
             "--batch-size", str(batch_size)] + ([] if crossdate else ["--no-crossdate"]),
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        result = json.loads(out.stdout.strip().splitlines()[-1])
        print(json.dumps(result), flush=True)
        rows.append(result)
    base = rows[0]
    print(
        table(
            f"writer replay, batches of {batch_size} (baseline: the first size)",
            (
                "docs",
                "ms/doc stream",
                "× base",
                "cpu ms/doc",
                "final pass s",
                "ms/doc total",
                "× base",
                "peak MB stream",
                "peak MB pass",
                "peak MB",
                "× base",
                "ledger MB",
            ),
            [
                (
                    r["size"],
                    r["stream_ms_doc"],
                    r["stream_ms_doc"] / base["stream_ms_doc"],
                    r["stream_cpu_ms_doc"],
                    r["rebuild_s"],
                    _total(r),
                    _total(r) / _total(base),
                    r["stream_peak_mb"],
                    r["rebuild_peak_mb"],
                    _peak(r),
                    _peak(r) / _peak(base),
                    r["ledger_mb"],
                )
                for r in rows
            ],
        )  # fmt: skip
    )
    print(_steps_table(rows))


def _steps_table(rows: list[dict[str, Any]]) -> str:
    """Per step of the end-of-ingest pass: CPU ms per document and peak RSS, at each size."""
    names = list(dict.fromkeys(s[0] for r in rows for s in r["steps"]))
    found = []
    for name in names:
        cells: list[Any] = [name]
        for r in rows:
            mine = [s for s in r["steps"] if s[0] == name]
            cpu = sum(s[4] if len(s) > 4 else s[1] for s in mine)
            cells += [1000 * cpu / r["size"], max((s[2] for s in mine), default=0)]
        found.append(tuple(cells))
    columns = ["step"]
    for r in rows:
        columns += [f"cpu ms/doc {r['size']}", f"peak MB {r['size']}"]
    return table("end-of-ingest pass by step", tuple(columns), found)


def _total(r: dict[str, Any]) -> float:
    return float(r["stream_ms_doc"] + 1000 * r["rebuild_s"] / r["size"])


def _peak(r: dict[str, Any]) -> float:
    return float(max(r["stream_peak_mb"], r["rebuild_peak_mb"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--capture", type=Path, help="analyse --docs articles into this file")
    parser.add_argument("--replay", type=Path, help="replay a capture at each of --sizes")
    parser.add_argument("--replay-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument(
        "--no-crossdate", action="store_true", help="replay without cross-document dating"
    )
    args = parser.parse_args()
    if args.capture:
        capture(args.capture, args.docs, args.workers)
        return 0
    if args.replay_child:
        found = replay_child(args.replay_child, args.docs, args.batch_size, not args.no_crossdate)
        print(json.dumps(found))
        return 0
    if args.replay:
        print(f"# writer replay — {machine()}")
        sizes = [int(s) for s in args.sizes.split(",")]
        replay(args.replay, sizes, args.batch_size, not args.no_crossdate)
        return 0

    from dateline.ledger.store import Ledger
    from dateline.nlp.pipeline import load_pipeline

    load_pipeline()
    with tempfile.TemporaryDirectory(prefix="mem-probe-") as tmp:
        root = Path(tmp)
        for r in range(args.rounds):  # distinct articles per round (another seed)
            write_corpus(root / f"r{r}", args.docs, kind="html", seed=13 + r, paragraphs=3,
                         per_day=10)  # fmt: skip
        print(f"start: RSS {status_mb('VmRSS')} MB", flush=True)
        with Ledger(root / "ledger.duckdb") as ledger:
            for r in range(args.rounds):
                started = time.perf_counter()
                report = ledger.ingest([root / f"r{r}"], workers=args.workers)
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
                print(
                    f"round {r + 1}: {report.added} added in {time.perf_counter() - started:.0f} s;"
                    f" RSS {status_mb('VmRSS')} MB, peak {peak} MB; {jemalloc_stats()}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
