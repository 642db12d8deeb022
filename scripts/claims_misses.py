"""Every miss of the claims stage on the gold set, a line each: for writing and checking rules.

usage: .venv/bin/python scripts/claims_misses.py [LO HI] [--split dev] [--nocache] [--quiet]

LO/HI keep the articles whose numeric id lies between them (g<LO>..g<HI>). The lines are
``FN`` (a gold claim not found), ``FP`` (found, not in the gold), ``ATTR`` (matched, with a
wrong claimant, date or certainty), then ``TOTAL``. The model's parse of each article is kept
in $CLAIMS_PARSE_CACHE (default /tmp/claims-parse-cache), so a run after a rule change costs
only dateline's own stages (about 45 s for the dev split on one core); ``GOLD`` names another
gold file. The default split is ``dev``: the held-out split is for the final figure only.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

from dateline.evaluate.claims import (
    _Tally,
    claimant_ok,
    date_exact,
    load_gold,
    match_claims,
    predict_claims,
)
from dateline.nlp.pipeline import COMPONENTS, load_pipeline, make_doc
from dateline.records import Claim, Document


def main(argv: list[str]) -> int:
    flags = [a for a in argv if a.startswith("--")]
    values = [a for a in argv if not a.startswith("--")]
    split = "dev"
    if "--split" in argv:
        split = argv[argv.index("--split") + 1]
        values.remove(split)
    lo, hi = (int(values[0]), int(values[1])) if len(values) == 2 else (0, 10**9)
    gold = os.environ.get("GOLD", "tests/fixtures/claims/gold.jsonl")
    articles = [
        a for a in load_gold(gold, split=split) if lo <= int(re.sub(r"\D", "", a["id"]) or 0) <= hi
    ]
    nlp = load_pipeline()
    cache = Path(os.environ.get("CLAIMS_PARSE_CACHE", "/tmp/claims-parse-cache"))
    cache.mkdir(parents=True, exist_ok=True)
    tally = _Tally()
    for article in articles:
        if "--nocache" in flags:
            predicted = predict_claims(article, nlp)
        else:
            predicted = _predict_cached(article, nlp, cache)
        pairs, extra, missed = match_claims(article["claims"], predicted)
        tally.add(pairs, len(extra), len(missed), article.get("outlet"))
        if "--quiet" not in flags:
            _print_misses(article, pairs, extra, missed)
    r = tally.report()
    print(
        f"TOTAL articles={len(articles)} P={r['precision']} R={r['recall']} "
        f"claimant={r['claimant']} date_exact={r['date_exact']} within={r['date_within']} "
        f"certainty={r['certainty']} tp={r['tp']} fp={r['fp']} fn={r['fn']}"
    )
    return 0


def _predict_cached(article: dict[str, Any], nlp: Any, cache: Path) -> list[Claim]:
    """``predict_claims`` with the model's parse read from (or written to) ``cache``; the
    parse depends only on the text, the date and the outlet, dateline's stages always rerun."""
    key = repr((article["text"], article.get("published"), article.get("outlet")))
    path = cache / f"{hashlib.sha1(key.encode()).hexdigest()}.spacy"
    doc = None
    if path.exists():
        try:
            doc = next(DocBin().from_disk(path).get_docs(nlp.vocab))
        except Exception:  # a cache file cut short by another run: parse again
            doc = None
    if doc is None:
        published = date.fromisoformat(article["published"]) if article.get("published") else None
        doc = make_doc(nlp, Document.from_text(article["text"], published=published))
        for name, component in nlp.pipeline:
            if name not in COMPONENTS:
                doc = component(doc)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        DocBin(docs=[doc], store_user_data=True).to_disk(partial)
        os.replace(partial, path)
    doc._.outlet = article.get("outlet")
    for name, component in nlp.pipeline:
        if name in COMPONENTS:
            doc = component(doc)
    return list(doc._.claims or ())


def _print_misses(article: dict[str, Any], pairs: list, extra: list, missed: list) -> None:
    aid = article["id"]
    for g in missed:
        print(
            f"FN {aid} {g['subject']!r} {g['predicate']} {g.get('polarity', 'affirmed')}"
            f" claimant={g.get('claimant')!r} t={g.get('event_time')}"
            f" | {g.get('evidence', '')[:140]!r}"
        )
    for p in extra:
        print(
            f"FP {aid} {p.subject!r} {p.predicate} {p.polarity} claimant={p.claimant!r}"
            f" t={p.event_time} | {(p.evidence or '')[:140]!r}"
        )
    for g, p in pairs:
        wrong = []
        if not claimant_ok(g, p, article.get("outlet")):
            wrong.append(f"claimant gold={g.get('claimant')!r} pred={p.claimant!r}")
        if not date_exact(g, p):
            wrong.append(
                f"date gold={g.get('event_time') or g.get('event_earliest')}"
                f" pred={p.event_time}/{p.event_earliest}"
            )
        if g["certainty"] != p.certainty:
            wrong.append(f"certainty gold={g['certainty']} pred={p.certainty}")
        if wrong:
            print(f"ATTR {aid} {g['subject']!r} {g['predicate']}: " + "; ".join(wrong))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
