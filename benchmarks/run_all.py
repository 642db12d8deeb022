"""`make bench`: run every ``benchmarks/bench_*.py`` in turn and print what each prints.

Each benchmark prints its own tables and its ratio to a baseline measured in the same run.
This runner adds the machine's conditions, each benchmark's duration, and a summary; it
exits 1 when a benchmark crashed (a figure below its target is reported, not a failure).

    .venv/bin/python benchmarks/run_all.py [name ...]     # e.g. run_all.py throughput scale
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import machine  # noqa: E402


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if argv:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in argv]
    print(f"dateline benchmarks — {machine()}", flush=True)
    started = time.perf_counter()
    summary = []
    for script in scripts:
        print(f"\n=== {script.name} ===", flush=True)
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, check=False)
        summary.append((script.name, done.returncode, time.perf_counter() - t0))
    print("\n=== summary ===")
    for name, code, seconds in summary:
        print(f"  {name:<24} {'ok' if code == 0 else f'FAILED ({code})':<12} {seconds:7.1f} s")
    print(f"  total {time.perf_counter() - started:.0f} s; {machine()}")
    return 0 if all(code == 0 for _, code, _ in summary) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
