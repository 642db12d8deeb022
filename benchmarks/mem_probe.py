"""Where the writer's memory goes: ingest ``--rounds`` × ``--docs`` synthetic articles into one
ledger and print, after each round, the writer's resident size, its peak, and the statistics
of the jemalloc that DuckDB bundles (live vs resident: pages DuckDB freed but the allocator
kept). Not part of ``make bench``.

    .venv/bin/python benchmarks/mem_probe.py [--docs 1000] [--rounds 3] [--workers 2]
"""

from __future__ import annotations

import argparse
import ctypes
import glob
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import write_corpus  # noqa: E402


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

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
