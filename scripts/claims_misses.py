"""Every miss of the claims stage on the gold set, a line each: for writing and checking rules.

usage: .venv/bin/python scripts/claims_misses.py [LO HI] [--split dev] [--nocache] [--quiet] [--why]

LO/HI keep the articles whose numeric id lies between them (g<LO>..g<HI>). The lines are
``FN`` (a gold claim not found), ``FP`` (found, not in the gold), ``ATTR`` (matched, with a
wrong claimant, date or certainty, and the predicted claim's evidence), then ``TOTAL``. The model's parse of each article is kept
in $CLAIMS_PARSE_CACHE (default /tmp/claims-parse-cache), so a run after a rule change costs
only dateline's own stages (about 45 s for the dev split on one core); ``GOLD`` names another
gold file. The default split is ``dev``: the held-out split is for the final figure only.

``--why`` sorts each missed gold claim by what was predicted in its article (most gold claims
carry no evidence span, so not by sentence) and prints the tally; with ``--quiet``, only the
tally, so the held-out split can be diagnosed without anyone reading its text:
``polarity``: an unmatched claim of the same subject and predicate, other polarity;
``subject``: an unmatched claim of the predicate about someone else (entity resolution?);
``predicate``: an unmatched claim about the subject with another predicate;
``fewer``: the same claim was found, but fewer times than the gold tells it (a restatement);
``absent``: nothing of the kind, though other claims about the subject were found;
``unknown-subject``: no claim at all about the subject (the entity was never resolved?).
The ``subject`` misses are sorted again by whom the predicate went to (claimant,
kin, same-surname-not-in-gold, story-person, stranger).
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections import Counter
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
    same_subject,
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
    gold = os.environ.get("GOLD", "tests/fixtures/claims/gold")
    articles = [
        a for a in load_gold(gold, split=split) if lo <= int(re.sub(r"\D", "", a["id"]) or 0) <= hi
    ]
    nlp = load_pipeline()
    cache = Path(os.environ.get("CLAIMS_PARSE_CACHE", "/tmp/claims-parse-cache"))
    cache.mkdir(parents=True, exist_ok=True)
    tally = _Tally()
    why: Counter[str] = Counter()
    for article in articles:
        if "--nocache" in flags:
            predicted = predict_claims(article, nlp)
        else:
            predicted = _predict_cached(article, nlp, cache)
        pairs, extra, missed = match_claims(article["claims"], predicted)
        tally.add(pairs, len(extra), len(missed), article.get("outlet"))
        causes = [_why(g, pairs, extra) for g in missed] if "--why" in flags else []
        why.update(f"{c} {g['predicate']}" for c, g in zip(causes, missed, strict=False))
        if "--why" in flags:
            why.update(f"swap {pair}" for pair in _swaps(missed, extra))
            why.update(
                f"to {_went_to(g, extra, article['claims'])}"
                for c, g in zip(causes, missed, strict=False)
                if c == "subject"
            )
            why.update(f"FP {_fp_kind(p, article['claims'])}" for p in extra)
            why.update(f"date {_date_kind(g, p)}" for g, p in pairs if not date_exact(g, p))
        if "--quiet" not in flags:
            _print_misses(article, pairs, extra, missed, causes)
    if "--why" in flags:
        for cause in _CAUSES:
            n = sum(v for k, v in why.items() if k.split()[0] == cause)
            detail = ", ".join(
                f"{k.split()[1]} {v}" for k, v in why.most_common() if k.split()[0] == cause
            )
            print(f"WHY {cause} {n}: {detail}")
        swaps = [(k.split()[1], v) for k, v in why.most_common() if k.startswith("swap ")]
        print("WHY predicate (gold>predicted): " + ", ".join(f"{k} {v}" for k, v in swaps))
        went = [(k[3:], v) for k, v in why.most_common() if k.startswith("to ")]
        print("WHY subject went to: " + ", ".join(f"{k} {v}" for k, v in went))
        kinds = [(k[3:], v) for k, v in why.most_common() if k.startswith("FP ")]
        print("WHY FP: " + ", ".join(f"{k} {v}" for k, v in kinds))
        dates = [(k[5:], v) for k, v in why.most_common() if k.startswith("date ")]
        print("WHY date: " + ", ".join(f"{k} {v}" for k, v in dates))
    r = tally.report()
    print(
        f"TOTAL articles={len(articles)} P={r['precision']} R={r['recall']} "
        f"claimant={r['claimant']} date_exact={r['date_exact']} within={r['date_within']} "
        f"certainty={r['certainty']} tp={r['tp']} fp={r['fp']} fn={r['fn']}"
    )
    return 0


def _predict_cached(article: dict[str, Any], nlp: Any, cache: Path) -> list[Claim]:
    """``predict_claims`` with the model's parse read from (or written to) ``cache``."""
    return list(analysed_doc(article, nlp, cache)._.claims or ())


def analysed_doc(article: dict[str, Any], nlp: Any, cache: Path | None) -> Any:
    """The article through the whole pipeline, the model's parse read from (or written to)
    ``cache``: the parse depends only on the text, the date and the outlet, and dateline's
    stages always rerun (``scripts/train_subject_model.py`` reads its docs here too)."""
    doc = None
    path = None
    if cache is not None:
        key = repr((article["text"], article.get("published"), article.get("outlet")))
        path = cache / f"{hashlib.sha1(key.encode()).hexdigest()}.spacy"
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
        if path is not None:
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            DocBin(docs=[doc], store_user_data=True).to_disk(partial)
            os.replace(partial, path)
    doc._.outlet = article.get("outlet")
    for name, component in nlp.pipeline:
        if name in COMPONENTS:
            doc = component(doc)
    return doc


_CAUSES = ("polarity", "subject", "predicate", "fewer", "absent", "unknown-subject")


def _why(g: dict[str, Any], pairs: list, extra: list[Claim]) -> str:
    """The likeliest stage at fault for the missed gold claim ``g`` (see the module doc).
    Judged over the article, not the sentence: most gold claims carry no evidence span."""
    subject_pred = [p for p in extra if same_subject(g["subject"], p.subject)]
    if any(p.predicate == g["predicate"] for p in subject_pred):
        return "polarity"
    if any(p.predicate == g["predicate"] for p in extra):
        return "subject"
    if subject_pred:
        return "predicate"
    if any(
        gp["predicate"] == g["predicate"] and same_subject(gp["subject"], g["subject"])
        for gp, _ in pairs
    ):
        return "fewer"
    if any(same_subject(g["subject"], p.subject) for _, p in pairs):
        return "absent"
    return "unknown-subject"


def _swaps(missed: list[dict[str, Any]], extra: list[Claim]) -> list[str]:
    """``gold>predicted`` for each missed claim whose subject got another predicate instead."""
    out = []
    for g in missed:
        others = [p for p in extra if same_subject(g["subject"], p.subject)]
        if others and not any(p.predicate == g["predicate"] for p in others):
            out.extend(f"{g['predicate']}>{p.predicate}" for p in others)
    return out


def _went_to(g: dict[str, Any], extra: list[Claim], gold: list[dict[str, Any]]) -> str:
    """Whom a ``subject`` miss's predicate went to instead: ``claimant`` (the gold claim's own
    speaker: a pronoun in reported speech resolved to the one who speaks), ``kin`` (a
    relative or namesake the gold also has claims about), ``same-surname-not-in-gold`` (the
    surname alone, or a name form the matcher does not join), ``story-person`` (someone else the gold has claims about),
    ``stranger`` (a mention the gold never makes a subject: a role noun, a group, a slip of
    the name tagger). The first that fits any of the predicate's false claims."""
    takers = [p.subject for p in extra if p.predicate == g["predicate"]]
    surname = g["subject"].split()[-1].lower()
    def in_gold(s: str) -> bool:
        return any(same_subject(o["subject"], s) for o in gold)

    for kind, fits in (
        ("claimant", lambda s: bool(g.get("claimant")) and same_subject(g["claimant"], s)),
        ("kin", lambda s: s.split()[-1].lower() == surname and in_gold(s)),
        ("same-surname-not-in-gold", lambda s: s.split()[-1].lower() == surname),
        ("story-person", in_gold),
    ):
        if any(fits(s) for s in takers if s):
            return kind
    return "stranger"


def _fp_kind(p: Claim, gold: list[dict[str, Any]]) -> str:
    """What the gold holds of a false claim's subject and predicate: ``one-too-many`` (the
    gold has that subject and predicate: a restatement it does not count, or the polarity
    differs), ``other-subject`` (the predicate, of someone else in the gold),
    ``other-predicate`` (the subject, with other predicates), ``stranger`` (the gold has
    the predicate, never the subject), ``neither``."""
    subject = any(same_subject(g["subject"], p.subject) for g in gold)
    predicate = any(g["predicate"] == p.predicate for g in gold)
    if any(same_subject(g["subject"], p.subject) and g["predicate"] == p.predicate for g in gold):
        return "one-too-many"
    if subject and predicate:
        return "other-subject"
    if subject:
        return "other-predicate"
    return "stranger" if predicate else "neither"


def _date_kind(g: dict[str, Any], p: Claim) -> str:
    """How a matched claim's event date is wrong, with its predicate: ``gold-null`` (the gold
    has no time, dateline gave one), ``sys-null``, ``bound`` (an ``event_earliest`` bound
    differs), ``finer`` / ``coarser`` (one value is a prefix of the other: a day for a
    month...), ``year`` (another year), ``month`` (same year, another month), ``day`` (same
    month, another day), ``other`` (weeks, seasons, parts of day, references)."""
    pred = g["predicate"]
    if g.get("event_earliest"):
        return f"bound:{pred}"
    gv, pv = g.get("event_time") or "", p.event_time or ""
    if not gv:
        return f"gold-null:{pred}"
    if not pv:
        return f"sys-null:{pred}"
    if pv.startswith(gv):
        return f"finer:{pred}"
    if gv.startswith(pv):
        return f"coarser:{pred}"
    dated = re.compile(r"^\d{4}(-\d\d){0,2}$")
    if dated.match(gv) and dated.match(pv):
        if gv[:4] != pv[:4]:
            return f"year:{pred}"
        return f"month:{pred}" if gv[:7] != pv[:7] else f"day:{pred}"
    return f"other:{pred}"


def _print_misses(
    article: dict[str, Any], pairs: list, extra: list, missed: list, causes: list[str]
) -> None:
    aid = article["id"]
    for i, g in enumerate(missed):
        cause = f" [{causes[i]}]" if causes else ""
        print(
            f"FN{cause} {aid} {g['subject']!r} {g['predicate']} {g.get('polarity', 'affirmed')}"
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
            print(
                f"ATTR {aid} {g['subject']!r} {g['predicate']}: " + "; ".join(wrong)
                + f" | {(p.evidence or '')[:160]!r}"
            )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
