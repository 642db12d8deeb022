"""Ingest throughput: pages per second, with and without the NLP pipeline.

Reads a synthetic corpus (benchmarks/synth.py, the team's own templates) written to a
temporary folder as HTML and as plain text, through ``dateline.ingest.read_path``, and
prints one JSON line per measure with the ratio to a baseline measured in the same run:
trafilatura's ``extract`` alone on the same HTML pages (ingest does more: metadata, date,
chrome rules, language), and ingest alone for the NLP measure.

    .venv/bin/python benchmarks/bench_ingest.py [--pages 200] [--nlp-pages 40]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import write_corpus  # noqa: E402


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def bench_ingest(pages: int, nlp_pages: int) -> list[dict]:
    import trafilatura

    from dateline.ingest import read_path
    from dateline.records import Document

    results = []
    with tempfile.TemporaryDirectory() as folder:
        html_dir = Path(folder) / "html"
        text_dir = Path(folder) / "text"
        html_paths = write_corpus(html_dir, pages, kind="html")
        write_corpus(text_dir, pages, kind="text")

        started = time.perf_counter()
        for path in html_paths:
            trafilatura.extract(path.read_text(encoding="utf-8"))
        baseline = _rate(pages, time.perf_counter() - started)

        for kind, where in (("html", html_dir), ("text", text_dir)):
            started = time.perf_counter()
            documents = [d for d in read_path(where) if isinstance(d, Document)]
            rate = _rate(len(documents), time.perf_counter() - started)
            results.append(
                {
                    "name": f"ingest_{kind}_pages_per_s",
                    "value": round(rate, 1),
                    "baseline": "trafilatura.extract (html)",
                    "baseline_value": round(baseline, 1),
                    "ratio": round(rate / baseline, 3),
                    "pages": len(documents),
                }
            )

        from dateline.nlp.pipeline import analyze_document

        sample = [d for d in read_path(text_dir) if isinstance(d, Document)][:nlp_pages]
        ingest_rate = next(r["value"] for r in results if r["name"] == "ingest_text_pages_per_s")
        analyze_document(sample[0])  # load the model outside the timing
        started = time.perf_counter()
        for document in sample:
            analyze_document(document)
        rate = _rate(len(sample), time.perf_counter() - started)
        combined = 1 / (1 / rate + 1 / ingest_rate)
        results.append(
            {
                "name": "ingest_plus_nlp_pages_per_s",
                "value": round(combined, 2),
                "baseline": "ingest alone (text)",
                "baseline_value": ingest_rate,
                "ratio": round(combined / ingest_rate, 4),
                "pages": len(sample),
            }
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--nlp-pages", type=int, default=40)
    args = parser.parse_args(argv)
    for result in bench_ingest(args.pages, args.nlp_pages):
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
