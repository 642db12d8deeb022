"""Query latency of the ledger at scale: p50 / p95 of timeline, status and contradictions.

Synthesises ledgers of 1,000,000 and 10,000,000 claims straight into DuckDB (SQL
``range()``, no NLP; seconds per million claims) and times the queries a user runs, each for
``--queries`` random entities. A ledger grows by adding documents about more people, so the
synthetic ledgers keep ``--claims-per-entity`` (100) and 5 claims per document whatever the
size; one extra "hot" entity with ``--hot`` (2,000) claims shows the cost of a much-reported
person. The baseline, measured in the same run, is the smaller ledger: the ratio shows how
query time grows with the ledger. Target: p95 < 50 ms at 10M claims for an entity's status
and timeline. Wall time and this process's CPU time are both printed: on a busy machine the
wall time mostly measures waiting for a core.

    .venv/bin/python benchmarks/bench_ledger.py [--sizes 1000000,10000000] [--keep DIR]

``--keep DIR`` keeps each synthetic ledger as ``DIR/bench-<claims>-<hot>.duckdb`` and reuses it
when it is already there (a 10M ledger takes minutes to build), so old and new code can be
timed on the same file. Each ledger is opened afresh for its queries, so DuckDB's cache starts
empty: the first queries also load the blocks of the indexes they use.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, table, verdict  # noqa: E402

from dateline.ledger.assess import refresh_contradictions  # noqa: E402
from dateline.ledger.store import Ledger  # noqa: E402
from dateline.ledger.writes import cluster_claims_by_subject  # noqa: E402

PREDICATES = [
    "killed",
    "alive",
    "message_released",
    "appeared",
    "wounded",
    "located_in",
    "captured",
]


def synthesise(
    ledger: Ledger, *, claims: int, entities: int, documents: int, hot: int = 0
) -> float:
    """Fill an empty ledger; returns the seconds the contradiction pass took."""
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
    conn.execute(  # an ingest notes each document's carrier (its outlet), as here
        "INSERT INTO doc_carriers SELECT doc_id, outlet, url, published, 'synthetic'"
        " FROM documents"
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
    if hot:  # one much-reported person: claims spread over the documents like the others'
        conn.execute(
            "INSERT INTO entities VALUES ('person hot', 'Person Hot', 'person');"
            "INSERT INTO aliases VALUES ('person hot', 'Person Hot', 'person hot', 'person',"
            " 'canonical name')"
        )
        conn.execute(
            f"""
            INSERT INTO claims (doc_id, claim_id, subject, subject_id, predicate, polarity,
                event_earliest, event_latest, place, claimant, claimant_anonymous, certainty,
                start, "end", evidence, published, outlet, subject_key)
            SELECT 'd' || (i * 97 % {documents}), 'h' || i, 'Person Hot', 'person hot',
                {predicates}[1 + CAST(hash(i) % {len(PREDICATES)} AS INTEGER)],
                CASE WHEN i % 17 = 0 THEN 'negated' ELSE 'affirmed' END,
                DATE '2010-01-01' + CAST(hash(i * 7) % 3600 AS INTEGER),
                DATE '2010-01-01' + CAST(hash(i * 7) % 3600 AS INTEGER) + CAST(i % 3 AS INTEGER),
                CASE WHEN i % 5 = 0 THEN 'town ' || (i % 40) END,
                'source ' || (i % 300), i % 4 = 0,
                ['asserted', 'reported', 'hedged', 'unconfirmed'][1 + CAST(i % 4 AS INTEGER)],
                0, 10, 'evidence sentence ' || i,
                DATE '2010-01-01' + CAST((i * 97 % {documents}) % 3650 AS INTEGER),
                'outlet ' || ((i * 97 % {documents}) % 50), 'person hot'
            FROM range({hot}) t(i)
            """
        )
    started = time.perf_counter()
    refresh_contradictions(conn)
    seconds = time.perf_counter() - started
    cluster_claims_by_subject(conn)  # as the end of an ingest does once enough claims arrived
    conn.execute("CHECKPOINT")
    return seconds


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    return statistics.median(ordered), p95


def measure(
    name: str, run: Callable[[str], object], names: list[str]
) -> tuple[float, float, float, float]:
    """Wall-clock and CPU p50/p95 in ms over ``names`` (after one warm-up call)."""
    run(names[0])  # warm the caches once
    samples, cpu = [], []
    for n in names:
        start, start_cpu = time.perf_counter(), time.process_time()
        run(n)
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return (*percentiles(samples), *percentiles(cpu))


def one_size(claims: int, args: argparse.Namespace) -> tuple[dict[str, Any], dict[str, float]]:
    entities = max(1, claims // args.claims_per_entity)
    documents = max(1, claims // 5)
    folder = None if args.keep else tempfile.TemporaryDirectory(prefix="bench-ledger-")
    where = Path(args.keep) if args.keep else Path(folder.name)  # type: ignore[union-attr]
    path = where / (f"bench-{claims}-{args.hot}.duckdb" if args.keep else "bench.duckdb")
    started = time.perf_counter()
    contradiction_s = float("nan")
    if not path.exists():
        with Ledger(path) as ledger:
            ledger.conn.execute(f"SET memory_limit = '{args.memory}'")
            contradiction_s = synthesise(
                ledger, claims=claims, entities=entities, documents=documents, hot=args.hot
            )
    info = {
        "claims": claims,
        "entities": entities,
        "documents": documents,
        "build_s": time.perf_counter() - started,
        "contradiction_s": contradiction_s,
        "mb": path.stat().st_size / 2**20,
    }
    rng = random.Random(7)
    names = [f"Person {rng.randrange(entities)}" for _ in range(args.queries)]
    results: dict[str, tuple[float, float, float, float]] = {}
    with Ledger(path, read_only=True) as ledger:
        results["timeline ENTITY"] = measure("timeline", ledger.timeline, names)
        results["status ENTITY"] = measure("status", ledger.status, names)
        results["contradictions ENTITY"] = measure("contradictions", ledger.contradictions, names)
        results["status ENTITY --as-of"] = measure(
            "status --as-of", lambda n: ledger.status(n, as_of="2015-06-30"), names
        )
        results["contradictions --limit 100"] = measure(
            "contradictions all", lambda _n: ledger.contradictions(limit=100), names[:20]
        )
        if args.hot:
            hot = ["Person Hot"] * 10
            results[f"timeline (hot, {args.hot:,} claims)"] = measure(
                "timeline hot", ledger.timeline, hot
            )
            results[f"status (hot, {args.hot:,} claims)"] = measure(
                "status hot", ledger.status, hot
            )
    if folder is not None:
        folder.cleanup()
    return info, {k: v for k, v in results.items()}  # type: ignore[misc]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000000,10000000", help="claims, comma-separated")
    parser.add_argument("--claims-per-entity", type=int, default=100)
    parser.add_argument("--hot", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--memory", default="3GB", help="DuckDB memory_limit while building")
    parser.add_argument("--keep", help="a folder to keep (and reuse) the synthetic ledgers in")
    args = parser.parse_args()
    print(f"# ledger queries — {machine()}")
    sizes = [int(s) for s in args.sizes.split(",")]
    runs = [one_size(size, args) for size in sizes]
    print(
        table(
            "synthetic ledgers (SQL range(), no NLP)",
            ("claims", "entities", "documents", "build s", "of which contradictions s", "MB"),
            [
                (
                    i["claims"],
                    i["entities"],
                    i["documents"],
                    i["build_s"],
                    i["contradiction_s"],
                    i["mb"],
                )
                for i, _ in runs
            ],
        )
    )
    base = runs[0][1]
    rows = []
    for info, results in runs:
        for name, (p50, p95, c50, c95) in results.items():
            rows.append(
                (
                    f"{info['claims']:,}",
                    name,
                    p50,
                    p95,
                    c50,
                    c95,
                    p95 / base[name][1] if name in base else 1.0,
                )
            )
    print(
        table(
            f"query latency, ms ({args.queries} random entities; baseline: {sizes[0]:,} claims)",
            ("claims", "query", "wall p50", "wall p95", "cpu p50", "cpu p95", "p95 × base"),
            rows,
        )
    )
    last = runs[-1][1]
    worst = max(last["timeline ENTITY"][1], last["status ENTITY"][1])
    worst_cpu = max(last["timeline ENTITY"][3], last["status ENTITY"][3])
    print(
        f"status and timeline at {sizes[-1]:,} claims: wall p95 {worst:.1f} ms, cpu p95 "
        f"{worst_cpu:.1f} ms (target < 50 ms): {verdict(worst < 50)} (cpu: {verdict(worst_cpu < 50)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
