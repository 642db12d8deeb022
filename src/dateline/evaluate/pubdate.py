"""Publication dates scored against gold dates: exact-day accuracy and coverage.

Data layout: ``gold-dates.json`` (``{url: {"file": "<n>.html.gz", "date": "YYYY-MM-DD"}}``) and
``html/<n>.html.gz``. dateline's date finder and htmldate alone run on the same pages in the
same run. "No date found" counts as wrong; coverage is the share of pages with any date.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dateline.errors import EvaluationError
from dateline.evaluate.extraction import _table


@dataclass
class DateSystemResult:
    name: str
    accuracy: float
    coverage: float
    pages: int
    seconds: float
    wrong: dict[str, tuple[str, str | None]] = field(default_factory=dict)


@dataclass
class PubdateReport:
    folder: str
    systems: list[DateSystemResult]

    def system(self, name: str) -> DateSystemResult:
        return next(s for s in self.systems if s.name == name)

    def to_dict(self) -> dict:
        return {
            "folder": self.folder,
            "systems": [
                {"name": s.name, "accuracy": round(s.accuracy, 4), "coverage": round(s.coverage, 4),
                 "pages": s.pages, "seconds": round(s.seconds, 2)}
                for s in self.systems
            ],
        }


def dateline_pubdate(html: str, url: str | None) -> str | None:
    """dateline's publication date for a page, as the HTML reader finds it."""
    from dateline.errors import IngestError
    from dateline.ingest.html import page_publication_date

    try:
        found = page_publication_date(html, url=url)
    except IngestError:
        return None
    return found[0].isoformat() if found else None


def htmldate_alone(html: str, url: str | None, *, original_date: bool = False) -> str | None:
    """htmldate with its defaults (extensive search on), as most tools call it."""
    from htmldate import find_date

    try:
        return find_date(html, url=url, original_date=original_date)
    except (ValueError, TypeError, AttributeError):
        return None


def htmldate_original(html: str, url: str | None) -> str | None:
    """htmldate asked for the original (first published) date rather than the latest."""
    return htmldate_alone(html, url, original_date=True)


def evaluate_pubdate(
    folder: str | Path,
    *,
    systems: dict[str, Callable[[str, str | None], str | None]] | None = None,
    limit: int | None = None,
) -> PubdateReport:
    """Exact-day accuracy and coverage of dateline and htmldate on ``folder``."""
    folder = Path(folder)
    gold_path = folder / "gold-dates.json"
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"cannot read gold dates: {exc}", source=str(gold_path)) from exc
    items = list(gold.items())[:limit] if limit else list(gold.items())
    pages = [(url, _read(folder / "html" / item["file"]), item["date"]) for url, item in items]
    runners = systems or {
        "dateline": dateline_pubdate,
        "htmldate": htmldate_alone,
        "htmldate original_date": htmldate_original,
    }
    results = [_score(name, run, pages) for name, run in runners.items()]
    results.sort(key=lambda s: s.accuracy, reverse=True)
    return PubdateReport(folder=str(folder), systems=results)


def _score(name: str, run: Callable[[str, str | None], str | None],
           pages: list[tuple[str, str, str]]) -> DateSystemResult:
    started = time.perf_counter()
    right = found = 0
    wrong: dict[str, tuple[str, str | None]] = {}
    for url, html, expected in pages:
        predicted = run(html, url)
        found += predicted is not None
        if predicted == expected:
            right += 1
        else:
            wrong[url] = (expected, predicted)
    count = len(pages) or 1
    return DateSystemResult(name=name, accuracy=right / count, coverage=found / count,
                            pages=len(pages), seconds=time.perf_counter() - started, wrong=wrong)


def _read(path: Path) -> str:
    from dateline.ingest.decode import decode_bytes

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EvaluationError(f"page missing: {exc}", source=str(path)) from exc
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return decode_bytes(data, source=str(path))


def format_report(report: PubdateReport) -> str:
    return _table(
        ["system", "accuracy", "coverage", "pages", "seconds"],
        ([s.name, f"{s.accuracy:.3f}", f"{s.coverage:.3f}", str(s.pages), f"{s.seconds:.1f}"]
         for s in report.systems),
        title=f"Publication date (exact day), {report.folder}",
    )
