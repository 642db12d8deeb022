"""Train the claims stage's subject chooser (dateline.nlp.claims_subject_model) on the dev split.

usage: .venv/bin/python scripts/train_subject_model.py [--write] [--gold PATH] [--ids LO HI]

Runs the pipeline on every dev article of the claims gold (the model's parse read from the
claims_misses cache, $CLAIMS_PARSE_CACHE), with the subject model switched off, so the
claims are the rules' own. Each claim's candidates (claims_subject_model.candidate_features)
are labelled from the article's gold as match_claims reads it (claim_rows). A pairwise logistic ranker (numpy, full-batch
gradient descent, no randomness) learns from every (right, wrong) pair of a claim.

It prints 5-fold cross-validation by article (articles dealt to folds in id order): tp/fp/fn
of match_claims over the dev split with the rules alone and with the model's out-of-fold
choices at each margin, and the same on the dev batches the rules were least fitted to
(g421-g432, g445-g456). With ``--write`` it trains on the whole split and writes
src/dateline/data/subject_model.json with the margin chosen by the cross-validation (the
largest tp gain whose fp is not above the rules', and no worse on the less-fitted batches);
when no margin qualifies it writes the model switched off (``"enabled": false``).
The held-out split is never read.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

from dateline.evaluate.claims import load_gold, match_claims, same_subject
from dateline.nlp import claims_subject_model as csm
from dateline.nlp.pipeline import load_pipeline
from dateline.records import Claim

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_misses import analysed_doc  # noqa: E402  (the misses list's cached parse)

MODEL_PATH = Path(__file__).resolve().parent.parent / "src/dateline/data/subject_model.json"
FOLDS = 5
MARGINS = (0.0, 0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0)
LESS_FITTED = ((421, 432), (445, 456))
L2 = 1e-3  # ridge penalty per weight
STEPS = 2000

# one claim's rows: (rule subject id, [(entity_id, name, features, label, anchor word)])
ClaimRows = tuple[str | None, list[tuple[str, str, dict[str, float], int, int]]]


def article_number(article: dict[str, Any]) -> int:
    return int(re.sub(r"\D", "", article["id"]) or 0)


def less_fitted(article: dict[str, Any]) -> bool:
    return any(lo <= article_number(article) <= hi for lo, hi in LESS_FITTED)


def claim_rows(doc: Any, claims: list[Claim], gold: list[dict[str, Any]]) -> list[ClaimRows]:
    """Each claim's candidates with their features and gold labels (a claim the model does
    not judge, as ``rechoose_subjects`` skips it, gets no candidates). The labels are the
    claim's own: a claim the gold matches (match_claims) is right about its subject and no one
    else; an unmatched one is right about a candidate the gold has a missed claim of the same
    predicate and polarity about (the claim found with the wrong person), else about no one."""
    pairs, _, missed = match_claims(gold, claims)
    matched = {id(p) for _, p in pairs}
    idx = csm._index(doc, list(doc._.entities or ()))
    subjects = frozenset(c.subject_id for c in claims if c.subject_id)
    rows: list[ClaimRows] = []
    for claim in claims:
        cands: list[tuple[str, str, dict[str, float], int, int]] = []
        if csm.judged(claim):
            for e, f, anchor in csm.candidate_features(doc, claim, idx, subjects):
                if id(claim) in matched:
                    right = e.entity_id == claim.subject_id
                else:
                    right = e.entity_id != claim.subject_id and any(
                        g["predicate"] == claim.predicate
                        and g.get("polarity", "affirmed") == claim.polarity
                        and same_subject(g["subject"], e.name)
                        for g in missed
                    )
                cands.append((e.entity_id, e.name, f, int(right), anchor))
        rows.append((claim.subject_id, cands))
    return rows


def collect(
    articles: list[dict[str, Any]], cache: Path | None
) -> list[tuple[list[Claim], list[ClaimRows]]]:
    nlp = load_pipeline()
    enabled = csm.load_model
    csm.load_model = lambda: None  # type: ignore[assignment]  # the rules' own subjects
    try:
        out = []
        for article in articles:
            doc = analysed_doc(article, nlp, cache)  # the subject model is off while training
            claims = list(doc._.claims or ())
            out.append((claims, claim_rows(doc, claims, article["claims"])))
        return out
    finally:
        csm.load_model = enabled  # type: ignore[assignment]


def pairs_of(rows: list[ClaimRows]) -> list[tuple[dict[str, float], dict[str, float]]]:
    """(right, wrong) feature pairs of every claim with both kinds of candidate."""
    out = []
    for _, cands in rows:
        right = [f for _, _, f, y, _ in cands if y]
        wrong = [f for _, _, f, y, _ in cands if not y]
        out.extend((r, w) for r in right for w in wrong)
    return out


def train(rows: list[ClaimRows]) -> dict[str, float]:
    """Pairwise logistic ranker: P(right beats wrong) = sigmoid(w . (x_right - x_wrong))."""
    pairs = pairs_of(rows)
    names = sorted({k for r, w in pairs for k in (*r, *w)} - {"bias"})
    if not pairs or not names:
        return {}
    col = {k: n for n, k in enumerate(names)}
    x = np.zeros((len(pairs), len(names)))
    for row, (r, w) in enumerate(pairs):
        for k, v in r.items():
            if k in col:
                x[row, col[k]] += v
        for k, v in w.items():
            if k in col:
                x[row, col[k]] -= v
    # each pair both ways round, so the ranker has no side to lean to
    x = np.vstack([x, -x])
    y = np.concatenate([np.ones(len(pairs)), np.zeros(len(pairs))])
    w = np.zeros(len(names))
    # step 1/L, L bounding the loss's curvature (a quarter of the largest squared row norm)
    rate = 1.0 / (0.25 * float((x * x).sum(axis=1).max()) + L2)
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + L2 * w
        w -= rate * grad
    return {k: round(float(w[col[k]]), 4) for k in names if abs(w[col[k]]) >= 1e-4}


def apply(claims: list[Claim], rows: list[ClaimRows], model: csm.SubjectModel) -> list[Claim]:
    """The claims with the subjects the model moves (claims_subject_model.apply_choices)."""
    candidates = [[(eid, name, f, a) for eid, name, f, _, a in cands] for _, cands in rows]
    return csm.apply_choices(claims, candidates, model)


def tally(articles: list[dict[str, Any]], predictions: list[list[Claim]]) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for article, predicted in zip(articles, predictions, strict=True):
        pairs, extra, missed = match_claims(article["claims"], predicted)
        tp, fp, fn = tp + len(pairs), fp + len(extra), fn + len(missed)
    return tp, fp, fn


def line(label: str, counts: tuple[int, int, int]) -> str:
    tp, fp, fn = counts
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"{label:<28} P={p:.3f} R={r:.3f} tp={tp} fp={fp} fn={fn}"


def cross_validate(
    articles: list[dict[str, Any]], data: list[tuple[list[Claim], list[ClaimRows]]]
) -> dict[float, tuple[list[Claim], ...]]:
    """Out-of-fold predictions at each margin: {margin: claims per article}."""
    folds = [i % FOLDS for i in range(len(articles))]  # articles in id order, dealt round
    out: dict[float, list[list[Claim]]] = {m: [[] for _ in articles] for m in MARGINS}
    for k in range(FOLDS):
        rows = [r for i, (_, rs) in enumerate(data) if folds[i] != k for r in rs]
        weights = train(rows)
        for margin in MARGINS:
            model = csm.SubjectModel(weights=weights, margin=margin)
            for i, (claims, rs) in enumerate(data):
                if folds[i] == k:
                    out[margin][i] = apply(claims, rs, model)
    return {m: tuple(v) for m, v in out.items()}


def main(argv: list[str]) -> int:
    gold_path = (
        argv[argv.index("--gold") + 1] if "--gold" in argv else "tests/fixtures/claims/gold"
    )
    articles = sorted(load_gold(gold_path, split="dev"), key=article_number)
    if "--ids" in argv:
        lo, hi = (int(v) for v in argv[argv.index("--ids") + 1 : argv.index("--ids") + 3])
        articles = [a for a in articles if lo <= article_number(a) <= hi]
    cache = Path(os.environ.get("CLAIMS_PARSE_CACHE", "/tmp/claims-parse-cache"))
    cache.mkdir(parents=True, exist_ok=True)
    data = collect(articles, cache)
    result = run(articles, data)
    if "--write" in argv:
        write_model(result["weights"], result["margin"], MODEL_PATH)
        print(f"wrote {MODEL_PATH} margin={result['margin']}")
    return 0


def run(
    articles: list[dict[str, Any]], data: list[tuple[list[Claim], list[ClaimRows]]]
) -> dict[str, Any]:
    """Cross-validate, print the table, train on everything; the model and its margin."""
    rules = [claims for claims, _ in data]
    fitted = [i for i, a in enumerate(articles) if less_fitted(a)]
    n_judged = sum(1 for _, rs in data for _, c in rs if len(c) >= 2)
    n_pairs = len(pairs_of([r for _, rs in data for r in rs]))
    print(
        f"articles={len(articles)} claims={sum(len(c) for c in rules)} judged={n_judged} pairs={n_pairs}"
    )
    base = tally(articles, rules)
    base_lf = tally([articles[i] for i in fitted], [rules[i] for i in fitted])
    print(line("rules dev", base))
    print(line("rules g421-432,g445-456", base_lf))
    chosen: float | None = None
    best_gain = 0
    for margin, predicted in cross_validate(articles, data).items():
        counts = tally(articles, list(predicted))
        lf = tally([articles[i] for i in fitted], [predicted[i] for i in fitted])
        print(line(f"rules+model m={margin} dev", counts) + "   " + line("less-fitted", lf))
        gain = counts[0] - base[0]
        if (
            gain > best_gain
            and counts[1] <= base[1]
            and lf[0] >= base_lf[0]
            and lf[1] <= base_lf[1]
        ):
            chosen, best_gain = margin, gain
    weights = train([r for _, rs in data for r in rs])
    print(f"chosen margin: {chosen} (tp gain {best_gain}); features={len(weights)}")
    return {"weights": weights, "margin": chosen}


def write_model(weights: dict[str, float], margin: float | None, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "about": "claims_subject_model weights, written by scripts/train_subject_model.py "
        "(dev split only); enabled only when cross-validation found a margin that helps",
        "enabled": margin is not None,
        "margin": margin if margin is not None else 1e9,
        "weights": dict(sorted(weights.items())),
    }
    path.write_text(json.dumps(data, indent=1, sort_keys=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
