"""CPU seconds of selected dateline components on the throughput bench's corpus.

The parse and the earlier components run once; then each chosen component runs over all
documents ``--repeats`` times and the fastest CPU time (``time.process_time``) is printed, so
a change to one stage can be measured in a few seconds on a busy machine. Optionally writes
a cProfile of one run of a stage.

    .venv/bin/python benchmarks/stage_probe.py [--docs 200] [--repeats 3]
        [--stages dateline_attribution,dateline_claims] [--profile dateline_claims]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import articles  # noqa: E402

DEFAULT_STAGES = "dateline_attribution,dateline_claims"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--stages", default=DEFAULT_STAGES)
    parser.add_argument("--profile", default="", help="stage to profile once (cProfile)")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)

    from dateline.nlp.pipeline import load_pipeline, make_doc
    from dateline.records import Document

    nlp = load_pipeline()
    corpus = list(articles(args.docs, seed=21, paragraphs=6))
    docs = [make_doc(nlp, Document.from_text(a.text, published=a.published)) for a in corpus]
    components = dict(nlp.pipeline)
    for _name, component in nlp.pipeline:  # every stage once, in order
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
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
