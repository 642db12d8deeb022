"""Reading the team's JSONL gold sets (statements, claims): one article a line, with splits.

Both evaluations split their gold the same way (``dev``, used while writing rules, and
``heldout``), so an unknown split is an error that names the splits the file has, never an
empty report that reads like a score of zero. A gold set may be one file or a folder of
``*.jsonl`` files read in name order: the claims set is kept as a folder of files by article
number so that no file grows past the size a reviewer can diff, and batches written at the same
time by different people land in different files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dateline.errors import EvaluationError


def load_gold_articles(
    path: str | Path, *, fields: tuple[str, ...], split: str | None = None
) -> list[dict[str, Any]]:
    """The articles of a gold file or folder (each with ``fields``), optionally one split's."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        if not files:
            raise EvaluationError("gold folder holds no *.jsonl file", source=str(path))
    elif path.is_file():
        files = [path]
    else:
        raise EvaluationError(
            "gold file not found; pass a JSONL file or a folder of them", source=str(path)
        )
    articles: list[dict[str, Any]] = []
    seen: dict[str, Path] = {}
    for file in files:
        for article in _read_file(file, fields):
            if "id" in article:
                first = seen.setdefault(str(article["id"]), file)
                if first is not file:
                    raise EvaluationError(
                        f"article id {article['id']!r} is also in {first.name}", source=str(file)
                    )
            articles.append(article)
    if split is None:
        return articles
    chosen = [a for a in articles if a.get("split") == split]
    if not chosen:
        known_splits = sorted({str(a.get("split")) for a in articles})
        raise EvaluationError(
            f"no articles in split {split!r}; this gold has {', '.join(known_splits)}",
            source=str(path),
        )
    return chosen


def _read_file(path: Path, fields: tuple[str, ...]) -> list[dict[str, Any]]:
    articles = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
                for field in ("text", *fields):
                    article[field]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                needed = ", ".join(repr(f) for f in ("text", *fields))
                raise EvaluationError(
                    f"not a gold article ({exc}); each line needs {needed}",
                    source=str(path),
                    position=f"line {n}",
                ) from None
            articles.append(article)
    return articles
