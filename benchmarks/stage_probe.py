"""CPU seconds of selected dateline components on the throughput bench's corpus.

The parse and the earlier components run once; then each chosen component runs over all
documents ``--repeats`` times and the fastest CPU time (``time.process_time``) is printed, so
a change to one stage can be measured in a few seconds on a busy machine. Optionally writes
a cProfile of one run of a stage, or (``--breakdown``) the CPU time of every function of the
chosen modules over one run of the stages.

cProfile's cost per call is about that of the small rule functions it measures, so it
inflates them (and spaCy's ``Token`` creation, ``Doc.text``) several-fold: on this corpus
it put a fifth of the entities stage in ``Doc.text``, which takes 9 ms of it in fact.
``--breakdown`` times each function of the chosen modules with ``time.process_time``
around the call instead (inclusive: a function's time contains its callees'); its timers
add about a microsecond per call, so read the time per call and the order, not the total.

    .venv/bin/python benchmarks/stage_probe.py [--docs 200] [--repeats 3]
        [--stages dateline_attribution,dateline_claims] [--profile dateline_claims]
        [--breakdown dateline.nlp.claims] [--parse-cache /tmp/probe_parse.spacy]

Run alone, a stage builds the token tables (``attribution_index.indexed``) that in the
pipeline the entities stage builds and hands on: about 0.035 s of the timex figure on this
corpus is that build, which ``analyze_documents`` does not pay again.

``--parse-cache`` keeps the model's parse of the corpus in a DocBin: the second run skips the
parse (user CPU 27.9 -> 13.8 s a run on this host); dateline's records from the cached parse
were checked identical to those from a fresh parse on the dev gold and bench articles.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import os
import pstats
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FunctionType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import articles  # noqa: E402

DEFAULT_STAGES = "dateline_attribution,dateline_claims"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--stages", default=DEFAULT_STAGES)
    parser.add_argument("--profile", default="", help="stage to profile once (cProfile)")
    parser.add_argument(
        "--breakdown",
        default="",
        help="time every function of the modules whose name starts with this (one run)",
    )
    parser.add_argument(
        "--callers", help="with --profile: who calls the functions matching this (e.g. __getitem__)"
    )
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument(
        "--parse-cache",
        type=Path,
        help="keep the spaCy parse of the corpus in this DocBin file (written if absent): "
        "later runs skip the parse, most of a run's time on a busy machine",
    )
    args = parser.parse_args(argv)

    from dateline.nlp.pipeline import COMPONENTS, load_pipeline, make_doc
    from dateline.records import Document

    nlp = load_pipeline()
    corpus = list(articles(args.docs, seed=21, paragraphs=6))
    components = dict(nlp.pipeline)
    if args.parse_cache is not None and args.parse_cache.exists():
        docs = _cached_parse(nlp, args.parse_cache, args.docs)
    else:
        docs = [make_doc(nlp, Document.from_text(a.text, published=a.published)) for a in corpus]
        docs = _parse(nlp, docs, args.parse_cache)
    for name, component in nlp.pipeline:  # dateline's stages once, in order
        if name in COMPONENTS:
            docs = [component(doc) for doc in docs]
    stages = args.stages.split(",")
    best = dict.fromkeys(stages, float("inf"))
    for _ in range(args.repeats):  # the stages in pipeline order, as the pipeline runs them
        for stage in stages:
            component = components[stage]
            started = time.process_time()
            for doc in docs:
                component(doc)
            best[stage] = min(best[stage], time.process_time() - started)
    for stage in stages:
        print(f"{stage:24s} {best[stage]:7.3f} s CPU (best of {args.repeats}, {len(docs)} docs)")
    if args.profile:
        component = components[args.profile]
        profiler = cProfile.Profile()
        profiler.enable()
        for doc in docs:
            component(doc)
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)
        if args.callers:
            stats.print_callers(args.callers)
    if args.breakdown:
        _print_breakdown(args.breakdown, [components[s] for s in stages], docs, args.top)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


def _parse(nlp, docs: list, cache: Path | None) -> list:  # noqa: ANN001
    """Run the model's components (everything before dateline's stages) over ``docs``; with
    ``cache``, store the result there (user data included: the publication date travels on it)."""
    from dateline.nlp.pipeline import COMPONENTS

    for name, component in nlp.pipeline:
        if name not in COMPONENTS:
            docs = [component(doc) for doc in docs]
    if cache is not None:
        from spacy.tokens import DocBin

        DocBin(docs=docs, store_user_data=True).to_disk(cache)
    return docs


def _cached_parse(nlp, cache: Path, count: int) -> list:  # noqa: ANN001
    """The parse :func:`_parse` stored (dateline's stages give the same records on it)."""
    from spacy.tokens import DocBin

    docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    if len(docs) != count:
        raise SystemExit(f"{cache} holds {len(docs)} parsed docs, not --docs {count}: delete it")
    return docs


def _print_breakdown(prefix: str, components: list, docs: list, top: int) -> None:
    """Run ``components`` over ``docs`` once with every function of the ``prefix`` modules
    timed, and print the ``top`` ones by inclusive CPU time."""
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()

    def timed(func: Callable, name: str) -> Callable:
        @functools.wraps(func)
        def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            started = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - started
                calls[name] += 1

        return wrapper

    wrapped: dict[int, Callable] = {}
    patched: list[tuple[object, str, object]] = []
    for module in [m for n, m in list(sys.modules.items()) if n.startswith("dateline")]:
        for attr, value in list(vars(module).items()):
            if isinstance(value, FunctionType) and value.__module__.startswith(prefix):
                if id(value) not in wrapped:
                    name = f"{value.__module__.rsplit('.', 1)[-1]}.{value.__name__}"
                    wrapped[id(value)] = timed(value, name)
                patched.append((module, attr, value))
                setattr(module, attr, wrapped[id(value)])
    started = time.process_time()
    try:
        for component in components:
            for doc in docs:
                component(doc)
    finally:
        for module, attr, value in patched:
            setattr(module, attr, value)
    total = time.process_time() - started
    print(f"\nCPU by function (inclusive, one run, {total:.3f} s with the timers)")
    for name, seconds in spent.most_common(top):
        each = seconds / calls[name] * 1e6
        print(f"{name:48s} {seconds:7.3f} s {calls[name]:8d} calls {each:8.1f} us")


if __name__ == "__main__":
    sys.exit(main())
