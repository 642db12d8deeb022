"""Score statement extraction against a gold JSONL set (format: tests/fixtures/quotes/README.md).

Detection matches a predicted statement to a gold one by the overlap of their content spans
(the overlap must cover half of the shorter span and a quarter of the longer; one-to-one,
best overlap first). On the matched pairs the scorer reads speaker, kind and certainty.
``peer="textacy"`` scores ``textacy.extract.triples.direct_quotations`` with the same scorer,
so the two systems are compared on exactly the same footing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from dateline.evaluate.gold import load_gold_articles
from dateline.records import Document

GROUPS: dict[str, frozenset[str]] = {
    "direct": frozenset({"direct"}),
    "indirect+mixed": frozenset({"indirect", "mixed"}),
    "answer": frozenset({"answer"}),
    "unattributed": frozenset({"unattributed"}),
}
PEERS = ("textacy",)
_TITLE_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "capt",
        "col",
        "gen",
        "lt",
        "sgt",
        "sen",
        "rep",
        "gov",
        "president",
        "minister",
    ]
)
_PRONOUNS = frozenset(
    ["he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "its", "their"]
)


@dataclass(frozen=True)
class Predicted:
    """One system statement, reduced to what the scorer compares."""

    start: int
    end: int
    kind: str
    speaker_names: tuple[str, ...]
    anonymous: bool
    certainty: str | None
    cue: str | None


def load_gold(path: str | Path, *, split: str | None = None) -> list[dict[str, Any]]:
    """Read the gold articles, optionally one split (``dev`` / ``heldout``)."""
    return load_gold_articles(path, fields=("statements",), split=split)


def dateline_predictions(nlp: Language) -> Callable[[str], list[Predicted]]:
    from dateline.nlp.pipeline import make_doc, run_pipeline

    def predict(text: str) -> list[Predicted]:
        doc = run_pipeline(nlp, make_doc(nlp, Document.from_text(text)))
        out = []
        for s in doc._.statements or []:
            names = tuple(n for n in ((s.speaker.name, s.speaker.text) if s.speaker else ()) if n)
            out.append(
                Predicted(
                    s.start,
                    s.end,
                    s.kind,
                    names,
                    bool(s.speaker and s.speaker.anonymous),
                    s.certainty,
                    s.cue,
                )
            )
        return out

    return predict


def textacy_predictions(nlp: Language) -> Callable[[str], list[Predicted]]:
    """textacy's rule-based direct quotations, content without the quotation marks."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ValueError("peer 'textacy' needs the textacy package: pip install textacy") from exc

    def predict(text: str) -> list[Predicted]:
        doc = nlp(text)
        out = []
        try:
            quotations = list(direct_quotations(doc))
        except ValueError:
            # textacy refuses documents with an odd number of quotation marks (every
            # multi-paragraph quote): it returns nothing for them, and is scored so.
            quotations = []
        for dq in quotations:
            content = dq.content
            start, end = content.start_char, content.end_char
            while start < end and text[start] in "\"'\u201c\u201d\u2018\u2019 ,":
                start += 1
            while end > start and text[end - 1] in "\"'\u201c\u201d\u2018\u2019 ,":
                end -= 1
            speaker = " ".join(t.text for t in dq.speaker)
            cue = " ".join(t.lemma_ for t in dq.cue)
            out.append(
                Predicted(start, end, "direct", (speaker,) if speaker else (), False, None, cue)
            )
        return out

    return predict


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def match(
    gold: list[dict[str, Any]], predicted: list[Predicted]
) -> list[tuple[dict[str, Any], Predicted]]:
    """One-to-one pairs whose content spans overlap enough, best overlap first."""
    scored = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            inter = _overlap(g["start"], g["end"], p.start, p.end)
            if not inter:
                continue
            short = min(g["end"] - g["start"], p.end - p.start) or 1
            long = max(g["end"] - g["start"], p.end - p.start) or 1
            if inter >= 0.5 * short and inter >= 0.25 * long:
                scored.append((inter / long, gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, gi, pi in sorted(scored, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    return pairs


def _words(name: str) -> set[str]:
    words = set(re.findall(r"[a-z0-9]+", name.lower().replace("'s", "")))
    return words - _TITLE_WORDS


def speaker_matches(gold: dict[str, Any], pred: Predicted) -> bool:
    """Same speaker: names equal, or one name's words contained in the other's (surnames)."""
    if gold["speaker"] is None:
        return not pred.speaker_names
    wanted = [_words(n) for n in [gold["speaker"], *gold.get("speaker_alts", [])]]
    for name in pred.speaker_names:
        got = _words(name)
        if not got or got <= _PRONOUNS:
            continue
        if any(got <= w or (w <= got and w) for w in wanted):
            return True
    return False


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "tp": tp,
        "predicted": n_pred,
        "gold": n_gold,
    }


def score(
    articles: Iterable[dict[str, Any]], predict: Callable[[str], list[Predicted]]
) -> dict[str, Any]:
    """The report for one system over ``articles``."""
    totals = {"gold": 0, "pred": 0, "tp": 0}
    groups = {g: {"gold": 0, "pred": 0, "tp": 0} for g in GROUPS}
    agree = {"speaker": [0, 0], "kind": [0, 0], "certainty": [0, 0], "anonymous": [0, 0]}
    errors: list[dict[str, Any]] = []
    n_docs = 0
    graded = False
    for article in articles:
        n_docs += 1
        gold, predicted = article["statements"], predict(article["text"])
        graded = graded or any(p.certainty is not None for p in predicted)
        pairs = match(gold, predicted)
        totals["gold"] += len(gold)
        totals["pred"] += len(predicted)
        totals["tp"] += len(pairs)
        for name, kinds in GROUPS.items():
            groups[name]["gold"] += sum(g["kind"] in kinds for g in gold)
            groups[name]["pred"] += sum(p.kind in kinds for p in predicted)
            groups[name]["tp"] += sum(g["kind"] in kinds and p.kind in kinds for g, p in pairs)
        for g, p in pairs:
            checks = {
                "speaker": speaker_matches(g, p),
                "kind": g["kind"] == p.kind,
                "certainty": p.certainty is not None and g["certainty"] == p.certainty,
            }
            for key, ok in checks.items():
                agree[key][0] += ok
                agree[key][1] += 1
            if g["anonymous"]:
                agree["anonymous"][0] += p.anonymous
                agree["anonymous"][1] += 1
            if not all(checks.values()):
                errors.append(
                    {
                        "id": article["id"],
                        "gold": g,
                        "predicted": p.__dict__,
                        "wrong": [k for k, ok in checks.items() if not ok],
                    }
                )
        matched_g = {id(g) for g, _ in pairs}
        matched_p = {id(p) for _, p in pairs}
        errors += [{"id": article["id"], "missed": g} for g in gold if id(g) not in matched_g]
        errors += [
            {"id": article["id"], "spurious": p.__dict__, "text": article["text"][p.start : p.end]}
            for p in predicted
            if id(p) not in matched_p
        ]
    return {
        "documents": n_docs,
        "detection": _prf(totals["tp"], totals["pred"], totals["gold"]),
        "by_kind": {g: _prf(v["tp"], v["pred"], v["gold"]) for g, v in groups.items()},
        **{f"{k}_accuracy": round(v[0] / v[1], 3) if v[1] else None for k, v in agree.items()},
        **({} if graded else {"certainty_accuracy": None}),
        "errors": errors,
    }


def evaluate_quotes(
    gold_path: str | Path,
    *,
    nlp: Language | None = None,
    peer: str | None = None,
    split: str | None = None,
) -> dict[str, Any]:
    """P/R/F1 of statement detection per kind, speaker/kind/certainty accuracy on matches.

    ``peer="textacy"`` scores textacy's ``direct_quotations`` instead of dateline (its
    certainty accuracy is None: it does not grade certainty). ``split`` keeps one part of
    the gold set (``dev`` or ``heldout``). The report's ``errors`` list every miss.
    """
    from dateline.nlp.pipeline import load_pipeline

    nlp = nlp or load_pipeline()
    if peer is None:
        predict = dateline_predictions(nlp)
    elif peer == "textacy":
        predict = textacy_predictions(nlp)
    else:
        raise ValueError(f"unknown peer {peer!r}; supported: {', '.join(PEERS)}")
    report = score(load_gold(gold_path, split=split), predict)
    report["system"] = peer or "dateline"
    report["split"] = split or "all"
    return report


def format_report(report: dict[str, Any]) -> str:
    """A few plain lines for the terminal."""
    lines = [f"{report['system']} on {report['documents']} documents ({report['split']})"]
    d = report["detection"]
    lines.append(
        f"  all statements     P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}"
        f"  ({d['tp']}/{d['gold']} gold, {d['predicted']} predicted)"
    )
    for name, v in report["by_kind"].items():
        lines.append(
            f"  {name:<18} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}"
            f"  ({v['tp']}/{v['gold']} gold, {v['predicted']} predicted)"
        )
    for key in ("speaker", "kind", "certainty", "anonymous"):
        value = report.get(f"{key}_accuracy")
        lines.append(f"  {key + ' accuracy':<18} {'n/a' if value is None else f'{value:.3f}'}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - manual use
    import sys

    args = sys.argv[1:]
    gold_file = args[0] if args else "tests/fixtures/quotes/gold.jsonl"
    peer_arg = next((a.split("=", 1)[1] for a in args if a.startswith("--peer=")), None)
    split_arg = next((a.split("=", 1)[1] for a in args if a.startswith("--split=")), None)
    print(format_report(evaluate_quotes(gold_file, peer=peer_arg, split=split_arg)))
