"""One measured ingest in a fresh process: prints a JSON line with time and peak memory.

    python benchmarks/_ingest_child.py FOLDER DB --workers N

The model is loaded before the clock starts (a worker pool forks from this process, so the
workers start with it too); the clock covers reading, analysis and ledger writes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path


def status_mb(key: str) -> float:
    """A line of /proc/self/status in MB (VmRSS: now, VmHWM: the peak so far); -1 elsewhere."""
    status = Path("/proc/self/status")
    for line in status.read_text().splitlines() if status.exists() else []:
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return -1.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("db")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    from dateline.arena import ARENA_ENV, reexec_with_one_arena

    reexec_with_one_arena()  # as `dateline ingest` does: the writer a user runs

    from dateline.ledger.store import Ledger
    from dateline.nlp.pipeline import load_pipeline

    load_pipeline()
    import dateline.ingest  # noqa: F401  (import cost outside the clock)

    rebuild_seconds = [0.0]
    before_pass: dict[str, float] = {}
    rebuild = Ledger.rebuild

    def timed_rebuild(self: Ledger) -> None:  # the end-of-ingest pass, timed on its own
        # the peak so far is the streaming phase's: says which phase sets the writer's peak
        before_pass.setdefault("rss_stream_peak_mb", status_mb("VmHWM"))
        before_pass.setdefault("rss_pass_start_mb", status_mb("VmRSS"))
        started = time.perf_counter()
        rebuild(self)
        rebuild_seconds[0] += time.perf_counter() - started

    Ledger.rebuild = timed_rebuild  # type: ignore[method-assign]
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with Ledger(args.db) as ledger:
        started = time.perf_counter()
        cpu = time.process_time()
        report = ledger.ingest([args.folder], workers=args.workers, batch_size=args.batch_size)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
    usage_self = resource.getrusage(resource.RUSAGE_SELF)
    usage_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "workers": args.workers,
                "malloc_arena_max": os.environ.get(ARENA_ENV),
                "added": report.added,
                "failed": report.failed,
                "seconds": seconds,
                "parent_cpu": cpu,
                "rebuild_seconds": rebuild_seconds[0],
                "workers_cpu": usage_children.ru_utime + usage_children.ru_stime,
                "rss_start_mb": rss_before / 1024,
                "rss_parent_mb": usage_self.ru_maxrss / 1024,
                "rss_worker_mb": usage_children.ru_maxrss / 1024,
                **before_pass,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
