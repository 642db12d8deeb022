"""Where the full analysis spends its CPU time, measured inside ``analyze_documents`` itself.

``bench_throughput.py`` times each stage over all documents in turn, one stage after another;
the sum of that table fell about 3 s per 200 articles short of the whole analysis (session
14), which looked like time spent outside the stages. This bench times the same
``analyze_documents`` call the throughput bench runs, with each component's share taken
where the pipeline runs it (batched, interleaved with the other components), exclusive of
the components upstream of it in the stream, plus what the stages do not see: making the
docs (``make_doc``), building the records (``analysis_from_doc``) and Python's cyclic
garbage collector (``gc.callbacks``). What is left over (``unaccounted``) is the loop itself
and the timers. Plain runs of bare spaCy and of the full analysis are interleaved with it,
and each figure is the fastest of ``--repeats`` (CPU seconds, ``time.process_time``).

Two more tables settle whether the model itself runs slower inside dateline (session 16):
each of the model's components timed the same way in a bare ``nlp.pipe`` run and inside
the full analysis, and the user / system CPU and minor page faults of one plain run of each
(``analyze_documents`` frees each batch's docs, ``list(nlp.pipe(...))`` keeps them all).
Its first run (200 articles, best of 3, load 7-12): the model's components 6.84 s CPU bare,
7.14 s inside the analysis (1.04x; ner 1.07x, parser 1.00x), system CPU 0.03 / 0.06 s,
minor faults 10.8k / 9.7k: the model runs at nearly its bare speed inside dateline, and
session 15's 8.7 s (bare) against 12.5 s (its components) came from two runs, not one.

    .venv/bin/python benchmarks/pipe_account.py [--docs 200] [--repeats 3] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import MODEL, best_of, machine, table, throughput_corpus  # noqa: E402


class Account:
    """Exclusive CPU seconds per named part: a part's time leaves out the parts it calls
    (a component's ``next`` pulls documents through the components upstream of it)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self._stack: list[float] = []

    def timed(self, name: str, run: Callable[[], Any]) -> Any:
        self._stack.append(0.0)
        started = time.process_time()
        try:
            return run()
        finally:
            elapsed = time.process_time() - started
            self.spent[name] += elapsed - self._stack.pop()
            if self._stack:
                self._stack[-1] += elapsed

    def wrap(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        return lambda *args, **kwargs: self.timed(name, lambda: func(*args, **kwargs))

    def stream(self, name: str, items: Iterator[Any]) -> Iterator[Any]:
        """``items``, each ``next`` charged to ``name``."""
        done = object()
        while (item := self.timed(name, lambda: next(items, done))) is not done:
            yield item


class GcClock:
    """CPU seconds spent in the cyclic garbage collector, and how many collections ran."""

    def __init__(self) -> None:
        self.seconds, self.collections, self._started = 0.0, 0, 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            self.seconds += time.process_time() - self._started
            self.collections += 1

    def __enter__(self) -> GcClock:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def accounted_run(nlp: Any, documents: list, batch_size: int) -> tuple[float, dict[str, float]]:  # noqa: ANN401
    """One ``analyze_documents`` run with its parts timed: (total CPU s, part → CPU s)."""
    from dateline.nlp import pipeline

    account = Account()

    def timed_pipe(nlp: Any, docs: list, batch_size: int) -> Iterator[Any]:  # noqa: ANN401
        stream: Iterable[Any] = docs
        for name, component in nlp.pipeline:
            if hasattr(component, "pipe"):
                stream = account.stream(name, iter(component.pipe(stream, batch_size=batch_size)))
            else:  # (batched as ``pipeline._pipe`` runs them)
                stream = pipeline._batched(account.wrap(name, component), stream, batch_size)
        yield from stream

    saved = pipeline._pipe, pipeline.make_doc, pipeline.analysis_from_doc
    pipeline._pipe = timed_pipe
    pipeline.make_doc = account.wrap("make_doc", saved[1])
    pipeline.analysis_from_doc = account.wrap("records (analysis_from_doc)", saved[2])
    try:
        with GcClock() as clock:
            started = time.process_time()
            list(pipeline.analyze_documents(documents, nlp=nlp, batch_size=batch_size))
            total = time.process_time() - started
    finally:
        pipeline._pipe, pipeline.make_doc, pipeline.analysis_from_doc = saved
    # (a collection that runs inside a part is charged to it as well: listed apart, not removed)
    parts = dict(account.spent)
    parts["unaccounted (loop, timers)"] = total - sum(parts.values())
    parts["garbage collector (inside the parts)"] = clock.seconds
    parts["gc collections (count)"] = clock.collections
    return total, parts


def bare_accounted_run(nlp: Any, texts: list[str], batch_size: int) -> dict[str, float]:  # noqa: ANN401
    """One ``nlp.pipe`` run of the plain model with each component timed as
    :func:`accounted_run` times it inside dateline's pipeline (same streams, same timers), so
    the two runs' figures for one component compare directly."""
    account = Account()
    stream: Iterator[Any] = account.stream("make_doc", (nlp.make_doc(t) for t in texts))
    for name, component in nlp.pipeline:
        stream = account.stream(name, iter(component.pipe(stream, batch_size=batch_size)))
    for _ in stream:
        pass
    return dict(account.spent)


def rusage_of(run: Callable[[], Any]) -> tuple[float, float, int]:
    """(user CPU s, system CPU s, minor page faults) of one call: a freed and re-allocated
    heap shows as system time and page faults, which ``process_time`` lumps with the rest."""
    before = resource.getrusage(resource.RUSAGE_SELF)
    run()
    after = resource.getrusage(resource.RUSAGE_SELF)
    return (
        after.ru_utime - before.ru_utime,
        after.ru_stime - before.ru_stime,
        after.ru_minflt - before.ru_minflt,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)

    import spacy

    from dateline.nlp.pipeline import analyze_documents, load_pipeline

    print(f"# where the time goes — {machine()}")
    texts, documents = throughput_corpus(args.docs)
    bare, full = spacy.load(MODEL), load_pipeline()
    list(bare.pipe(texts[:10]))
    list(analyze_documents(documents[:10], nlp=full))
    best: dict[str, float] = defaultdict(lambda: float("inf"))
    in_bare: dict[str, float] = defaultdict(lambda: float("inf"))
    usage: dict[str, tuple[float, float, int]] = defaultdict(lambda: (0.0, 0.0, 0))
    for _ in range(args.repeats):
        for label, seconds in (
            ("bare spaCy", best_of(1, lambda: list(bare.pipe(texts, batch_size=args.batch_size)))),
            ("full analysis", best_of(1, lambda: list(analyze_documents(documents, nlp=full, batch_size=args.batch_size)))),
        ):  # fmt: skip
            best[label] = min(best[label], seconds)
        total, parts = accounted_run(full, documents, args.batch_size)
        best["full analysis, timed parts"] = min(best["full analysis, timed parts"], total)
        for part, seconds in parts.items():
            best[part] = min(best[part], seconds)
        for part, seconds in bare_accounted_run(bare, texts, args.batch_size).items():
            in_bare[part] = min(in_bare[part], seconds)
        for label, run in (
            ("bare spaCy", lambda: list(bare.pipe(texts, batch_size=args.batch_size))),
            ("full analysis", lambda: list(analyze_documents(documents, nlp=full, batch_size=args.batch_size))),
        ):  # fmt: skip
            user, system, faults = rusage_of(run)
            if user + system < sum(usage[label][:2]) or not usage[label][2]:
                usage[label] = (user, system, faults)
    order = ["bare spaCy", "full analysis", "full analysis, timed parts"]
    order += [name for name, _ in full.pipeline]
    order += [k for k in best if k not in order]
    spacy_parts = sum(best[name] for name, _ in full.pipeline if not name.startswith("dateline_"))
    dateline_parts = sum(best[name] for name, _ in full.pipeline if name.startswith("dateline_"))
    rows: list[tuple[str, Any]] = [(k, best[k]) for k in order]
    rows += [
        ("sum: model's components", spacy_parts),
        ("sum: dateline's components", dateline_parts),
    ]
    print(
        table(
            f"{len(texts)} articles, CPU seconds, each the fastest of {args.repeats}",
            ("part", "CPU s"),
            [(k, f"{v:.0f}" if k.endswith("(count)") else f"{v:.3f}") for k, v in rows],
        )
    )
    model = [name for name, _ in bare.pipeline]
    model_rows = [(k, in_bare[k], best[k], best[k] / in_bare[k]) for k in model]
    model_rows.append(
        ("sum", sum(in_bare[k] for k in model), spacy_parts, spacy_parts / sum(in_bare[k] for k in model))
    )
    print()
    print(
        table(
            "the model's components, timed alike in bare spaCy and inside the full analysis",
            ("component", "bare CPU s", "in dateline CPU s", "ratio"),
            model_rows,
        )
    )
    print()
    print(
        table(
            "one plain run each (the least CPU of the repeats): user and system CPU, page faults",
            ("run", "user s", "system s", "minor faults"),
            [(label, *usage[label]) for label in ("bare spaCy", "full analysis")],
        )
    )
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
