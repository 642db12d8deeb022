"""Query latency of the ledger at scale: p50 / p95 of timeline, status and contradictions.

Synthesises a ledger of ``--claims`` claims (default 1,000,000) about ``--entities`` people in
``--documents`` documents straight into DuckDB (no NLP), then times the queries a user runs,
each for ``--queries`` random entities. Not part of ``make test``.

    .venv/bin/python benchmarks/bench_ledger.py --claims 1000000
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from dateline.ledger.assess import refresh_contradictions
from dateline.ledger.store import Ledger

PREDICATES = [
    "killed",
    "alive",
    "message_released",
    "appeared",
    "wounded",
    "located_in",
    "captured",
]


def synthesise(ledger: Ledger, *, claims: int, entities: int, documents: int) -> None:
    conn = ledger.conn
    conn.execute(
        """
        INSERT INTO documents (doc_id, outlet, title, published, published_source, text,
                               paragraphs, wire_group)
        SELECT 'd' || i, 'outlet ' || (i % 50), 'title ' || i,
               DATE '2010-01-01' + CAST(i % 3650 AS INTEGER), 'given', 'text', '[]', 'd' || i
        FROM range(?) t(i)
        """,
        [documents],
    )
    conn.execute(
        "INSERT INTO entities SELECT 'person ' || i, 'Person ' || i, 'person' FROM range(?) t(i)",
        [entities],
    )
    conn.execute(
        "INSERT INTO aliases SELECT 'person ' || i, 'Person ' || i, 'person ' || i, 'person',"
        " 'canonical name' FROM range(?) t(i)",
        [entities],
    )
    predicates = "[" + ", ".join(f"'{p}'" for p in PREDICATES) + "]"
    conn.execute(
        f"""
        INSERT INTO claims (doc_id, claim_id, subject, subject_id, predicate, polarity,
            event_time, event_earliest, event_latest, place, claimant, claimant_anonymous,
            certainty, start, "end", evidence, published, outlet, subject_key)
        SELECT 'd' || (i % {documents}), 'c' || i, 'Person ' || (i % {entities}),
            'person ' || (i % {entities}),
            {predicates}[1 + CAST(hash(i) % {len(PREDICATES)} AS INTEGER)],
            CASE WHEN i % 17 = 0 THEN 'negated' ELSE 'affirmed' END,
            NULL,
            DATE '2010-01-01' + CAST(hash(i * 7) % 3600 AS INTEGER),
            DATE '2010-01-01' + CAST(hash(i * 7) % 3600 AS INTEGER) + CAST(i % 3 AS INTEGER),
            CASE WHEN i % 5 = 0 THEN 'town ' || (i % 40) END,
            'source ' || (i % 300), i % 4 = 0,
            ['asserted', 'reported', 'hedged', 'unconfirmed'][1 + CAST(i % 4 AS INTEGER)],
            0, 10, 'evidence sentence ' || i,
            DATE '2010-01-01' + CAST((i % {documents}) % 3650 AS INTEGER),
            'outlet ' || ((i % {documents}) % 50), 'person ' || (i % {entities})
        FROM range({claims}) t(i)
        """
    )
    refresh_contradictions(conn)
    conn.execute("CHECKPOINT")


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    return statistics.median(ordered), p95


def measure(name: str, run: Callable[[str], object], names: list[str]) -> tuple[float, float]:
    """Wall-clock p50/p95, and CPU time too: on a busy machine wall time mostly measures waiting."""
    run(names[0])  # warm the caches once
    samples, cpu = [], []
    for n in names:
        start, start_cpu = time.perf_counter(), time.process_time()
        run(n)
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    p50, p95 = percentiles(samples)
    c50, c95 = percentiles(cpu)
    print(
        f"{name:<28} wall p50 {p50:7.1f} ms  p95 {p95:7.1f} ms · "
        f"cpu p50 {c50:7.1f} ms  p95 {c95:7.1f} ms  (n={len(samples)})"
    )
    return p50, p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--entities", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=200_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--db", type=Path, default=None, help="keep the ledger here")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "bench.duckdb"
    started = time.perf_counter()
    with Ledger(path) as ledger:
        synthesise(ledger, claims=args.claims, entities=args.entities, documents=args.documents)
    print(
        f"synthesised {args.claims:,} claims, {args.entities:,} entities, "
        f"{args.documents:,} documents in {time.perf_counter() - started:.1f} s"
    )
    rng = random.Random(7)
    names = [f"Person {rng.randrange(args.entities)}" for _ in range(args.queries)]
    with Ledger(path, read_only=True) as ledger:
        results = {
            "timeline": measure("timeline ENTITY", ledger.timeline, names),
            "status": measure("status ENTITY", ledger.status, names),
            "contradictions": measure("contradictions ENTITY", ledger.contradictions, names),
            "status --as-of": measure(
                "status ENTITY --as-of", lambda n: ledger.status(n, as_of="2015-06-30"), names
            ),
            "contradictions (all, 100)": measure(
                "contradictions --limit 100",
                lambda _n: ledger.contradictions(limit=100),
                names[:20],
            ),
        }
    worst = max(p95 for _, p95 in results.values())
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"worst wall p95 {worst:.1f} ms (target < 100 ms); load average {load:.1f} "
        f"on {os.cpu_count()} cpus"
    )


if __name__ == "__main__":
    main()
