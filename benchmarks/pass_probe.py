"""Wall time, CPU time and peak RSS of each step of the end-of-ingest pass, on analyses replayed
without the model (``mem_probe.py --capture`` makes the capture; ``mem_probe.replayed`` grows
it to any size). CPU time is the figure to compare on a shared machine: wall time there says
more about the other processes. Not part of ``make bench``.

    .venv/bin/python benchmarks/pass_probe.py /tmp/analyses.pkl --docs 10000

Prints one JSON line: the writer's streaming ms/doc (wall and CPU) and, per pass step,
``[name, wall s, CPU s, peak RSS MB, RSS MB at its start, DuckDB after it]``, the last a dict:
``duckdb_memory()``'s non-zero tags (MB in memory / spilled), the buffer pool's use and limit
(``PRAGMA database_size``) and DuckDB's jemalloc (live / resident / retained MB): what part of
a step's RSS DuckDB accounts for, and what its allocator keeps beyond that.

While streaming, every tenth of ``--docs``: ``stream_samples`` ``[docs, RSS MB, DuckDB]``.

``--keep FILE`` keeps the streamed ledger (before its pass) in FILE; ``--from FILE`` then runs
only the pass, on a copy of it, in a fresh process: the steps can be compared at two sizes
without streaming again.

``--digest`` adds, per table of the ledger after its pass, its row count and an
order-independent checksum of its rows (``ledger_digest``): two versions of the pass run
``--from`` the same streamed file must print the same digests (``--digest-out FILE`` writes
them to FILE as JSON as well, for a ``--compare FILE`` run that says which tables differ).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mem_probe import jemalloc_stats, replayed, status_mb  # noqa: E402

STEPS = (
    "rebuild_entities", "refresh_cross_document_dating", "rebuild_wire_groups",
    "refresh_places", "refresh_contradictions", "cluster_claims_by_subject",
)  # fmt: skip


def duckdb_state(conn: Any) -> dict[str, Any]:
    """What DuckDB holds now: its memory by tag, its buffer pool, its allocator (MB)."""
    tags = conn.execute(
        "SELECT tag, memory_usage_bytes >> 20, temporary_storage_bytes >> 20"
        " FROM duckdb_memory() WHERE memory_usage_bytes + temporary_storage_bytes >= 1 << 20"
    ).fetchall()
    size = conn.execute(
        "SELECT memory_usage, memory_limit FROM pragma_database_size()"
        " WHERE database_name = current_database()"
    ).fetchone()
    return {
        "tags": {t: [m, s] for t, m, s in tags},
        "pool": list(size or ()),
        "jemalloc": jemalloc_stats().removeprefix("jemalloc MB: "),
    }


def index_sizes(path: Path) -> dict[str, float]:
    """MB of DuckDB memory (``ART_INDEX``) each index and primary key of the ledger at
    ``path`` takes, each built alone in a scratch in-memory database from a copy of its
    columns (``duckdb_memory()`` only gives all indexes' sum)."""
    import duckdb

    scratch = duckdb.connect()
    scratch.execute(f"ATTACH '{path}' AS l (READ_ONLY)")
    found: list[tuple[str, str, list[str]]] = [
        (f"{t} primary key", t, list(cols))
        for t, cols in scratch.execute(
            "SELECT table_name, constraint_column_names FROM duckdb_constraints()"
            " WHERE database_name = 'l' AND constraint_type = 'PRIMARY KEY'"
        ).fetchall()
    ]
    for name, table, expr in scratch.execute(
        "SELECT index_name, table_name, expressions FROM duckdb_indexes() WHERE database_name = 'l'"
    ).fetchall():
        found.append((name, table, [c.strip().strip('"') for c in expr.strip("[]").split(",")]))

    def art() -> int:
        row = scratch.execute(
            "SELECT memory_usage_bytes FROM duckdb_memory() WHERE tag = 'ART_INDEX'"
        ).fetchone()
        return int(row[0]) if row else 0

    sizes = {}
    for name, table, columns in found:
        names = ", ".join(f'"{c}"' for c in columns)
        scratch.execute(f"CREATE OR REPLACE TABLE memory.k AS SELECT {names} FROM l.{table}")
        before = art()
        scratch.execute(f"CREATE INDEX k_index ON memory.k ({names})")
        sizes[name] = round((art() - before) / 2**20, 1)
        scratch.execute("DROP TABLE memory.k")
    scratch.close()
    return sizes


def ledger_digest(conn: Any) -> dict[str, list[Any]]:
    """Every base table's row count and the sum of its rows' hashes: the same rows in any
    order give the same digest, so the ledgers two versions of the pass leave can be
    compared without sorting them."""
    tables = conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
        " AND table_catalog = current_database() AND table_schema = 'main' ORDER BY 1"
    ).fetchall()
    found = {}
    for (name,) in tables:
        row = conn.execute(f'SELECT count(*), sum(hash(t)::HUGEINT) FROM "{name}" t').fetchone()
        found[name] = [int(row[0]), str(row[1])]
    return found


Step = tuple[str, float, float, int, int, dict[str, Any]]


def trace_steps() -> list[Step]:
    """Wrap the pass's steps in ``dateline.ledger.writes``; returns the list they fill."""
    from dateline.ledger import writes

    steps: list[Step] = []

    def traced(name: str, run: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            start = status_mb("VmRSS")
            Path("/proc/self/clear_refs").write_text("5")  # peak := now
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                out = run(*args, **kwargs)
            except BaseException:
                # (the transaction is aborted: reading DuckDB's state now would raise and hide
                # the error, e.g. an out-of-memory one the writer retries with a higher limit)
                took, spent = time.perf_counter() - wall, time.process_time() - cpu
                steps.append((name, took, spent, status_mb("VmHWM"), start, {"failed": True}))
                raise
            took, spent = time.perf_counter() - wall, time.process_time() - cpu
            steps.append((name, took, spent, status_mb("VmHWM"), start, duckdb_state(args[0])))
            return out

        return step

    for name in STEPS:
        if hasattr(writes, name):
            setattr(writes, name, traced(name, getattr(writes, name)))
    return steps


def sampled(
    items: Iterator[Any], every: int, samples: list[tuple[int, int, dict[str, Any]]], ledger: Any
) -> Iterator[Any]:
    """``items``, noting every ``every`` items: how many, the RSS (MB) and DuckDB's state."""
    for n, item in enumerate(items, 1):
        yield item
        if n % every == 0:
            samples.append((n, status_mb("VmRSS"), duckdb_state(ledger.conn)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("capture", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--keep", type=Path, help="keep the streamed ledger (before the pass)")
    parser.add_argument("--from", dest="source", type=Path, help="only the pass, on a copy")
    parser.add_argument("--digest", action="store_true", help="print each table's checksum")
    parser.add_argument("--digest-out", type=Path, help="also write the digests to this file")
    parser.add_argument("--compare", type=Path, help="digests to compare with (--digest-out)")
    parser.add_argument(
        "--indexes", action="store_true", help="print each index's MB after the pass"
    )
    args = parser.parse_args()
    steps = trace_steps()
    from dateline.ledger.store import Ledger

    stream = iter(()) if args.source else replayed(args.capture, args.docs)
    with tempfile.TemporaryDirectory(prefix="pass-probe-") as tmp:
        db = Path(tmp) / "ledger.duckdb"
        if args.source:
            shutil.copy(args.source, db)
        ledger = Ledger(db)
        wall, cpu = time.perf_counter(), time.process_time()
        samples: list[tuple[int, int, dict[str, Any]]] = []
        # as an ingest's writer stores them (its periodic memory checks, cache releases and
        # connections opened anew)
        ledger._write_stream(
            sampled(stream, max(args.docs // 10, 1), samples, ledger),
            "replay",
            args.batch_size,
            None,
            renew=True,
        )
        stream_wall, stream_cpu = time.perf_counter() - wall, time.process_time() - cpu
        if args.source:  # the pass an ingest of the kept file's documents would run
            ledger._stored_since_pass = args.docs
        stream_peak = status_mb("VmHWM")
        if args.keep:  # a checkpointed file holds everything (no WAL to copy)
            ledger.conn.execute("CHECKPOINT")
            shutil.copy(db, args.keep)
        Path("/proc/self/clear_refs").write_text("5")
        wall, cpu = time.perf_counter(), time.process_time()
        ledger.rebuild()
        pass_wall, pass_cpu = time.perf_counter() - wall, time.process_time() - cpu
        # each traced step resets the peak at its start: the pass's is the largest of theirs
        pass_peak = max([status_mb("VmHWM")] + [s[3] for s in steps])
        wanted = args.digest or args.digest_out or args.compare
        digest = ledger_digest(ledger.conn) if wanted else {}
        ledger.close()
        size_mb = db.stat().st_size / 2**20
        indexes = index_sizes(db) if args.indexes else {}
    print(
        json.dumps(
            {
                "docs": args.docs,
                "stream_ms_doc": 1000 * stream_wall / args.docs,
                "stream_cpu_ms_doc": 1000 * stream_cpu / args.docs,
                "stream_peak_mb": stream_peak,
                "stream_samples": samples,
                "pass_s": pass_wall,
                "pass_cpu_s": pass_cpu,
                "pass_cpu_ms_doc": 1000 * pass_cpu / args.docs,
                "pass_peak_mb": pass_peak,
                "steps": steps,
                "ledger_mb": size_mb,
            }
            | ({"digest": digest} if args.digest else {})
            | ({"index_mb": indexes} if args.indexes else {})
        )
    )
    if args.digest_out:
        args.digest_out.write_text(json.dumps(digest, indent=1))
    if args.compare:
        other = json.loads(args.compare.read_text())
        differ = sorted(t for t in set(other) | set(digest) if other.get(t) != digest.get(t))
        print(f"tables that differ from {args.compare}: {differ or 'none'}")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
