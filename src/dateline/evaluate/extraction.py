"""Main-text extraction scored against human-checked article bodies.

The data is the article-extraction benchmark layout: ``ground-truth.json`` (``{id:
{"articleBody", "url"}}``), ``html/<id>.html.gz`` and ``predictions/<tool>.json`` holding what
other extractors produced. Every system, dateline and the shipped ones, is scored by the same
function in the same run: token-level precision / recall / F1 (bag of whitespace tokens) per
page, averaged over pages, plus the share of pages with F1 ≥ 0.9.
"""

from __future__ import annotations

import gzip
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dateline.errors import EvaluationError, IngestError

GOOD_F1 = 0.9


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


@dataclass
class SystemResult:
    """Mean scores of one system over the pages, and its per-page F1."""

    name: str
    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int
    per_page: dict[str, float] = field(default_factory=dict)


@dataclass
class ExtractionReport:
    folder: str
    systems: list[SystemResult]
    seconds: float

    def system(self, name: str) -> SystemResult:
        return next(s for s in self.systems if s.name == name)

    def to_dict(self) -> dict:
        return {
            "folder": self.folder,
            "seconds": round(self.seconds, 2),
            "systems": [
                {k: (round(v, 4) if isinstance(v, float) else v)
                 for k, v in vars(s).items() if k != "per_page"}
                for s in self.systems
            ],
        }


def token_scores(gold: str, predicted: str) -> Score:
    """Precision, recall and F1 of the multiset of whitespace tokens."""
    gold_tokens, predicted_tokens = Counter(gold.split()), Counter(predicted.split())
    if not gold_tokens and not predicted_tokens:
        return Score(1.0, 1.0, 1.0)
    if not gold_tokens or not predicted_tokens:
        return Score(0.0, 0.0, 0.0)
    common = sum((gold_tokens & predicted_tokens).values())
    precision = common / sum(predicted_tokens.values())
    recall = common / sum(gold_tokens.values())
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return Score(precision, recall, f1)


def score_system(name: str, gold: dict[str, dict], predicted: dict[str, str]) -> SystemResult:
    """Mean token scores of one system's predictions; a missing page scores 0."""
    scores = {page: token_scores(item.get("articleBody") or "", predicted.get(page) or "")
              for page, item in gold.items()}
    count = len(scores) or 1
    return SystemResult(
        name=name,
        precision=sum(s.precision for s in scores.values()) / count,
        recall=sum(s.recall for s in scores.values()) / count,
        f1=sum(s.f1 for s in scores.values()) / count,
        accuracy=sum(s.f1 >= GOOD_F1 for s in scores.values()) / count,
        pages=len(scores),
        per_page={page: s.f1 for page, s in scores.items()},
    )


def dateline_text(html: str, *, url: str | None) -> str:
    """dateline's main text for one page: what ingest stores as ``Document.text``."""
    from dateline.ingest.html import document_from_html

    try:
        return document_from_html(html, url=url).text
    except IngestError as error:
        document = getattr(error, "document", None)  # NotEnglish keeps the document
        return document.text if document is not None else ""


def trafilatura_default(html: str, url: str | None) -> str:
    """The installed trafilatura with its defaults, run now (the baseline dateline builds on)."""
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False) or ""


def evaluate_extraction(
    folder: str | Path,
    *,
    extractor: Callable[[str, str | None], str] | None = None,
    limit: int | None = None,
    live_baseline: bool = True,
) -> ExtractionReport:
    """Score dateline (or ``extractor(html, url)``) and the shipped predictions on ``folder``.

    With ``live_baseline`` the installed trafilatura is also run with its defaults on the
    same pages, beside the shipped predictions (made by older versions of each tool).
    """
    folder = Path(folder)
    gold = _load_json(folder / "ground-truth.json")
    if limit:
        gold = dict(list(gold.items())[:limit])
    extract = extractor or (lambda html, url: dateline_text(html, url=url))
    started = time.perf_counter()
    ours = {page: extract(_read_page(folder, page), item.get("url")) for page, item in gold.items()}
    elapsed = time.perf_counter() - started
    systems = [score_system("dateline", gold, ours)]
    if live_baseline:
        pages = {page: _read_page(folder, page) for page in gold}
        live = {page: trafilatura_default(pages[page], item.get("url"))
                for page, item in gold.items()}
        systems.append(score_system("trafilatura (installed, defaults)", gold, live))
    for path in sorted((folder / "predictions").glob("*.json")):
        shipped = _load_json(path)
        if isinstance(shipped.get("output"), dict):  # {"version": ..., "output": {id: ...}}
            shipped = shipped["output"]
        systems.append(score_system(path.stem, gold, {
            page: (value.get("articleBody") if isinstance(value, dict) else value) or ""
            for page, value in shipped.items()
        }))
    systems.sort(key=lambda s: s.f1, reverse=True)
    return ExtractionReport(folder=str(folder), systems=systems, seconds=elapsed)


def _load_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"cannot read evaluation data: {exc}", source=str(path)) from exc
    if not isinstance(data, dict):
        raise EvaluationError("expected a JSON object keyed by page id", source=str(path))
    return data


def _read_page(folder: Path, page: str) -> str:
    from dateline.ingest.decode import decode_bytes

    for candidate in (folder / "html" / f"{page}.html.gz", folder / "html" / f"{page}.html"):
        if candidate.is_file():
            data = candidate.read_bytes()
            if data[:2] == b"\x1f\x8b":
                data = gzip.decompress(data)
            return decode_bytes(data, source=str(candidate))
    raise EvaluationError("page HTML missing", source=str(folder / "html" / page))


def format_report(report: ExtractionReport) -> str:
    """A plain-text table, best F1 first."""
    return _table(
        ["system", "precision", "recall", "F1", f"F1≥{GOOD_F1}", "pages"],
        ([s.name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", f"{s.accuracy:.3f}",
          str(s.pages)] for s in report.systems),
        title=f"Main-text extraction, {report.folder} (dateline: {report.seconds:.1f} s)",
    )


def _table(header: list[str], rows: Iterable[list[str]], *, title: str) -> str:
    rows = [header, *rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [title]
    for n, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                               for i, (cell, w) in enumerate(zip(row, widths, strict=True))))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
