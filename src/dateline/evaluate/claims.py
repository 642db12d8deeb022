"""Score claim extraction against a gold JSONL set (format: tests/fixtures/claims/README.md).

A predicted claim matches a gold claim of the same article when subject, predicate and
polarity agree (subject compared by :func:`dateline.nlp.entities.match_key`, a surname
matching a full name); matching is one-to-one, preferring pairs whose event time and
claimant also agree. Precision and recall count these matches. On matched pairs the scorer
reads:

* claimant accuracy (narration = ``None`` or the outlet's name; names compared by their
  normalised words, one description containing the other: "the officials" ~ "several US
  officials");
* event-date accuracy, exact (same TIMEX3 value, or same lower bound for proof-of-life
  claims; ``null`` = ``null``) and within (the predicted interval lies inside the gold one);
* certainty accuracy.

``evaluate_claims(path)`` returns plain dicts so the CLI can print or dump them as JSON;
given ``docs`` (the articles already run through the pipeline, e.g. by :func:`parse_articles`)
it scores their claims without parsing again.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.evaluate.gold import load_gold_articles
from dateline.nlp.claims_time import interval_of
from dateline.nlp.entities import match_key
from dateline.records import Claim, Document

_STOP = frozenset({"the", "a", "an", "of", "s", "for", "to", "his", "her", "their", "its"})


def load_gold(path: str | Path, *, split: str | None = None) -> list[dict[str, Any]]:
    """Read the gold articles, optionally one split (``dev`` / ``heldout``)."""
    return load_gold_articles(path, fields=("claims",), split=split)


def predict_claims(article: dict[str, Any], nlp: Language) -> list[Claim]:
    """Run the pipeline on one gold article (its outlet travels on ``doc._.outlet``)."""
    from dateline.nlp.pipeline import make_doc, run_pipeline

    published = date.fromisoformat(article["published"]) if article.get("published") else None
    document = Document.from_text(article["text"], published=published)
    doc = make_doc(nlp, document)
    doc._.outlet = article.get("outlet")
    return list(run_pipeline(nlp, doc)._.claims or ())


def parse_articles(
    articles: Iterable[dict[str, Any]], nlp: Language, *, batch_size: int = 16
) -> Iterator[Doc]:
    """The gold articles run through the whole pipeline, the model's parse batched (the same
    claims as :func:`predict_claims` article by article); one doc per article, in order."""
    from dateline.nlp.pipeline import make_doc

    def docs() -> Iterator[Doc]:
        for article in articles:
            published = article.get("published")
            document = Document.from_text(
                article["text"], published=date.fromisoformat(published) if published else None
            )
            doc = make_doc(nlp, document)
            doc._.outlet = article.get("outlet")
            yield doc

    return nlp.pipe(docs(), batch_size=batch_size)


def evaluate_claims(
    gold: str | Path | list[dict[str, Any]],
    *,
    nlp: Language | None = None,
    split: str | None = None,
    docs: Iterable[Doc] | None = None,
) -> dict[str, Any]:
    """Precision/recall of (subject, predicate, polarity) and attribute accuracies.

    Returns ``{"overall": {...}, "by_split": {split: {...}}, "by_predicate": {pred: {...}},
    "articles": n}``; each block has ``precision``, ``recall``, ``f1``, ``claimant``,
    ``date_exact``, ``date_within``, ``certainty`` and the counts behind them. ``docs``, one
    per gold article in order, are read as already run through the pipeline (their
    ``doc._.claims``); without them each article is parsed here.
    """
    articles = gold if isinstance(gold, list) else load_gold(gold, split=split)
    predictions: Iterable[list[Claim]]
    if docs is not None:
        predictions = (list(doc._.claims or ()) for doc in docs)
    else:
        if nlp is None:
            from dateline.nlp.pipeline import load_pipeline

            nlp = load_pipeline()
        model = nlp
        predictions = (predict_claims(article, model) for article in articles)
    totals: dict[str, _Tally] = defaultdict(_Tally)
    by_predicate: dict[str, _Tally] = defaultdict(_Tally)
    for article, predicted in zip(articles, predictions, strict=True):
        outlet = article.get("outlet")
        pairs, unmatched_pred, unmatched_gold = match_claims(article["claims"], predicted)
        for bucket in ("overall", article.get("split", "all")):
            totals[bucket].add(pairs, len(unmatched_pred), len(unmatched_gold), outlet)
        for g, p in pairs:
            by_predicate[g["predicate"]].add([(g, p)], 0, 0, outlet)
        for p in unmatched_pred:
            by_predicate[p.predicate].add([], 1, 0, outlet)
        for g in unmatched_gold:
            by_predicate[g["predicate"]].add([], 0, 1, outlet)
    return {
        "articles": len(articles),
        "overall": totals["overall"].report(),
        "by_split": {k: v.report() for k, v in sorted(totals.items()) if k != "overall"},
        "by_predicate": {k: v.report() for k, v in sorted(by_predicate.items())},
    }


def match_claims(
    gold: list[dict[str, Any]], predicted: list[Claim]
) -> tuple[list[tuple[dict[str, Any], Claim]], list[Claim], list[dict[str, Any]]]:
    """One-to-one matching on (subject, predicate, polarity), best attribute agreement first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if (
                g["predicate"] == p.predicate
                and g.get("polarity", "affirmed") == p.polarity
                and same_subject(g["subject"], p.subject)
            ):
                score = (
                    2 * date_exact(g, p) + claimant_ok(g, p, None) + (g["certainty"] == p.certainty)
                )
                candidates.append((-score, gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gold[gi], predicted[pi]))
    return (
        pairs,
        [p for i, p in enumerate(predicted) if i not in used_p],
        [g for i, g in enumerate(gold) if i not in used_g],
    )


def same_subject(gold_name: str, predicted_name: str) -> bool:
    a, b = match_key(gold_name).split(), match_key(predicted_name).split()
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return long[-len(short) :] == short or short == long[: len(short)] and len(short) > 1


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", match_key(name)) if w not in _STOP}


def claimant_ok(g: dict[str, Any], p: Claim, outlet: str | None) -> bool:
    gold = g.get("claimant")
    pred = p.claimant
    if pred is not None and outlet is not None and match_key(pred) == match_key(outlet):
        pred = None
    if gold is None or pred is None:
        return gold is None and pred is None
    gw, pw = _words(gold), _words(pred)
    if not gw or not pw:
        return False
    return gw <= pw or pw <= gw


def date_exact(g: dict[str, Any], p: Claim) -> bool:
    if g.get("event_earliest"):
        return p.event_earliest is not None and p.event_earliest.isoformat() == g["event_earliest"]
    return (g.get("event_time") or None) == (p.event_time or None)


def date_within(g: dict[str, Any], p: Claim) -> bool:
    if g.get("event_earliest") or not g.get("event_time"):
        return date_exact(g, p)
    lo, hi = interval_of(g["event_time"])
    if lo is None or hi is None:
        return date_exact(g, p)
    plo, phi = p.event_earliest, p.event_latest
    if (plo is None or phi is None) and p.event_time:
        plo, phi = interval_of(p.event_time)
    return plo is not None and phi is not None and lo <= plo and phi <= hi


class _Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.claimant = self.exact = self.within = self.certainty = 0

    def add(self, pairs: list, fp: int, fn: int, outlet: str | None) -> None:
        self.tp += len(pairs)
        self.fp += fp
        self.fn += fn
        for g, p in pairs:
            self.claimant += claimant_ok(g, p, outlet)
            self.exact += date_exact(g, p)
            self.within += date_within(g, p)
            self.certainty += g["certainty"] == p.certainty

    def report(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

        def acc(n: int) -> float:
            return round(n / self.tp, 3) if self.tp else 0.0

        return {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "claimant": acc(self.claimant),
            "date_exact": acc(self.exact),
            "date_within": acc(self.within),
            "certainty": acc(self.certainty),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table of :func:`evaluate_claims` output."""
    cols = (
        "precision",
        "recall",
        "f1",
        "claimant",
        "date_exact",
        "date_within",
        "certainty",
        "tp",
        "fp",
        "fn",
    )
    lines = [f"{'':24}" + "".join(f"{c[:9]:>10}" for c in cols)]
    rows = [
        ("overall", result["overall"]),
        *result["by_split"].items(),
        *result["by_predicate"].items(),
    ]
    for name, r in rows:
        lines.append(f"{name[:24]:24}" + "".join(f"{r[c]:>10}" for c in cols))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:  # pragma: no cover - thin CLI shim
    import argparse

    parser = argparse.ArgumentParser(description="Score dateline claims against a gold JSONL set.")
    parser.add_argument("gold")
    parser.add_argument("--split", default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = evaluate_claims(args.gold, split=args.split)
    print(json.dumps(result, indent=2) if args.json else format_report(result))


if __name__ == "__main__":  # pragma: no cover
    main()
