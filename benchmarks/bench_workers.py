"""Workers: `--workers 2` vs 1 on the same generated HTML corpus, end to end into a ledger.

Baselines measured in the same run, on the same texts: bare spaCy ``nlp.pipe(n_process=2)``
vs ``n_process=1`` (spaCy ships every parsed ``Doc`` back to the parent, which costs it much
of the gain), and bare spaCy in two independent processes, half the texts each, i.e. what
this machine's cores give when nothing is shipped back at all (the ceiling). Target:
dateline with 2 workers ≥ 1.7 × 1 worker.

    .venv/bin/python benchmarks/bench_workers.py [--docs 240]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import MODEL, machine, measured_ingest, table, verdict  # noqa: E402
from synth import articles, write_corpus  # noqa: E402

TARGET = 1.7


def bare_spacy(texts: list[str], n_process: int) -> float:
    import spacy

    nlp = spacy.load(MODEL)
    list(nlp.pipe(texts[:8]))
    started = time.perf_counter()
    list(nlp.pipe(texts, batch_size=16, n_process=n_process))
    return time.perf_counter() - started


def _half(texts: list[str], start: Any, done: Any) -> None:
    import spacy

    nlp = spacy.load(MODEL)
    list(nlp.pipe(texts[:8]))
    start.wait()  # both halves start together, model loaded
    started = time.perf_counter()
    list(nlp.pipe(texts, batch_size=16))
    done.put(time.perf_counter() - started)


def two_independent(texts: list[str]) -> float:
    """Wall time of two processes each parsing half the texts, nothing sent back."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    start, done = context.Barrier(2), context.Queue()
    halves = [texts[0::2], texts[1::2]]
    procs = [context.Process(target=_half, args=(h, start, done)) for h in halves]
    for p in procs:
        p.start()
    seconds = max(done.get(), done.get())
    for p in procs:
        p.join()
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=240)
    args = parser.parse_args(argv)
    print(f"# workers — {machine()}")
    texts = [a.text for a in articles(args.docs, seed=5)]
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-workers-") as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, args.docs, kind="html", seed=5)
        one = measured_ingest(folder, Path(tmp) / "w1.duckdb", workers=1)
        two = measured_ingest(folder, Path(tmp) / "w2.duckdb", workers=2)
    bare1 = bare_spacy(texts, 1)
    bare2 = bare_spacy(texts, 2)
    halves = two_independent(texts)
    speedup = one["seconds"] / two["seconds"]
    bare_speedup = bare1 / bare2
    rows = [
        ("bare spaCy, 1 process (baseline)", bare1, args.docs / bare1, 1.0),
        ("bare spaCy, n_process=2", bare2, args.docs / bare2, bare_speedup),
        ("bare spaCy, 2 independent halves (ceiling)", halves, args.docs / halves, bare1 / halves),
        ("dateline ingest, --workers 1", one["seconds"], one["added"] / one["seconds"], 1.0),
        ("dateline ingest, --workers 2", two["seconds"], two["added"] / two["seconds"], speedup),
    ]
    print(
        table(
            f"{args.docs} HTML articles → ledger (wall clock, model loaded before the clock)",
            ("run", "seconds", "docs/s", "speed-up"),
            rows,
        )
    )
    print(
        f"--workers 2 vs 1 = {speedup:.2f}× (target ≥ {TARGET}): {verdict(speedup >= TARGET)}; "
        f"bare spaCy n_process=2 on this machine: {bare_speedup:.2f}×, two independent "
        f"processes: {bare1 / halves:.2f}×; "
        f"writer process CPU with 2 workers: {two['parent_cpu']:.1f} s of {two['seconds']:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
