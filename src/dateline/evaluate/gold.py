"""Reading the team's JSONL gold sets (statements, claims): one article a line, with splits.

Both evaluations split their gold the same way (``dev``, used while writing rules, and
``heldout``), so an unknown split is an error that names the splits the file has, never an
empty report that reads like a score of zero.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dateline.errors import EvaluationError


def load_gold_articles(
    path: str | Path, *, fields: tuple[str, ...], split: str | None = None
) -> list[dict[str, Any]]:
    """The articles of a gold file (each with ``fields``), optionally those of one split."""
    path = Path(path)
    if not path.is_file():
        raise EvaluationError("gold file not found; pass a JSONL file", source=str(path))
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
    if split is None:
        return articles
    chosen = [a for a in articles if a.get("split") == split]
    if not chosen:
        known = sorted({str(a.get("split")) for a in articles})
        raise EvaluationError(
            f"no articles in split {split!r}; this file has {', '.join(known)}", source=str(path)
        )
    return chosen
