"""Scale: ingest (HTML → ledger) of generated corpora of growing size; cost per document
and peak memory must stay flat (linear cost, bounded memory).

Sizes: 1,000 and 10,000 documents by default (about 5 minutes on 2 cores); ``BENCH_FULL=1``
adds 100,000 (about an hour more); ``DATELINE_BENCH_SIZES=300,3000`` sets them. The corpus
is synthetic (benchmarks/synth.py): short articles (3 paragraphs, ~170 words) published
about ``PER_DAY`` a day, so a larger corpus covers a longer period at the same density, as
a growing archive does. Each size runs in a fresh process with ``--workers`` from
``DATELINE_BENCH_WORKERS`` (default 2). The baseline, measured in the same run, is the
smallest size: time per document and the writer's peak RSS of each size are printed as
ratios to it. Targets: within ±15% (time) and ±10% (RSS).

    BENCH_FULL=1 .venv/bin/python benchmarks/bench_scale.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, measured_ingest, table, verdict  # noqa: E402
from synth import write_corpus  # noqa: E402

DEFAULT_SIZES = "1000,10000"
FULL_SIZES = "1000,10000,100000"
PER_DAY = 10
PARAGRAPHS = 3
TIME_TOLERANCE = 0.15
RSS_TOLERANCE = 0.10


def main() -> int:
    default = FULL_SIZES if os.environ.get("BENCH_FULL") == "1" else DEFAULT_SIZES
    sizes = [int(s) for s in os.environ.get("DATELINE_BENCH_SIZES", default).split(",")]
    workers = int(os.environ.get("DATELINE_BENCH_WORKERS", "2"))
    print(f"# scale — {machine()}")
    rows = []
    base: dict[str, float] = {}
    ok = cpu_ok = True
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix=f"bench-scale-{size}-") as tmp:
            folder = Path(tmp) / "corpus"
            started = time.perf_counter()
            write_corpus(folder, size, kind="html", seed=13, paragraphs=PARAGRAPHS, per_day=PER_DAY)
            generated = time.perf_counter() - started
            result = measured_ingest(folder, Path(tmp) / "ledger.duckdb", workers=workers)
            db_mb = (Path(tmp) / "ledger.duckdb").stat().st_size / 2**20
            shutil.rmtree(folder)
        per_doc = 1000 * result["seconds"] / max(result["added"], 1)
        rss = result["rss_parent_mb"]  # the writer (workers hold the model and one chunk)
        # CPU time of the writer and its workers: what the work costs, whatever else the
        # machine is running (wall time on a shared machine mostly measures waiting)
        cpu_per_doc = (
            1000 * (result["parent_cpu"] + result["workers_cpu"]) / max(result["added"], 1)
        )
        base = base or {"per_doc": per_doc, "rss": rss, "cpu": cpu_per_doc}
        time_ratio, rss_ratio = per_doc / base["per_doc"], rss / base["rss"]
        ok &= abs(time_ratio - 1) <= TIME_TOLERANCE and abs(rss_ratio - 1) <= RSS_TOLERANCE
        cpu_ok &= abs(cpu_per_doc / base["cpu"] - 1) <= TIME_TOLERANCE
        rows.append(
            (
                size,
                result["added"],
                result["seconds"],
                per_doc,
                time_ratio,
                1000 * result["rebuild_seconds"] / max(result["added"], 1),
                cpu_per_doc,
                cpu_per_doc / base["cpu"],
                result["rss_parent_mb"],
                result.get("rss_stream_peak_mb", -1.0),
                result["rss_worker_mb"],
                rss_ratio,
                db_mb,
                generated,
            )
        )
        print(f"  {size} documents done in {result['seconds']:.0f} s", flush=True)
    print(
        table(
            f"ingest, HTML → ledger, --workers {workers} (baseline: the first size)",
            (
                "docs",
                "stored",
                "seconds",
                "ms/doc",
                "× base",
                "of which final pass",
                "cpu ms/doc",
                "cpu × base",
                "RSS writer MB",
                "stream peak MB",
                "RSS worker MB",
                "× base",
                "ledger MB",
                "gen s",
            ),
            rows,
        )
    )
    print(
        f"time per document within ±{TIME_TOLERANCE:.0%} and peak RSS within ±{RSS_TOLERANCE:.0%} "
        f"across sizes: {verdict(ok)}; CPU time per document within ±{TIME_TOLERANCE:.0%}: "
        f"{verdict(cpu_ok)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
