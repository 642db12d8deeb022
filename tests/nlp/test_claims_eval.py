"""The claims scorer, and the figures on the team's gold set (guards against regressions).

The gold articles are parsed once for the two tests that read all of them: the figures, and
the guard that the gates of :mod:`dateline.nlp.claims_gates` drop no claim (dev split only).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.errors import EvaluationError
from dateline.evaluate.claims import (
    claimant_ok,
    date_exact,
    date_within,
    evaluate_claims,
    load_gold,
    match_claims,
    parse_articles,
    same_subject,
)
from dateline.nlp.claims import extract_claims
from dateline.nlp.claims_gates import gates_disabled
from dateline.records import Claim

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "claims" / "gold"


def claim(**kw) -> Claim:
    base = dict(doc_id="d", claim_id="c", subject="Abu Omar al-Hadidi", predicate="killed", start=0, end=1, evidence="e")
    return Claim(**{**base, **kw})


def gold(**kw) -> dict:
    base = dict(subject="Abu Omar al-Hadidi", predicate="killed", polarity="affirmed", event_time=None,
                claimant=None, claimant_anonymous=False, certainty="asserted")
    return {**base, **kw}


def test_gold_set_is_documented_and_large_enough():
    articles = load_gold(GOLD)
    assert len(articles) >= 30
    assert sum(len(a["claims"]) for a in articles) >= 250
    assert {a["split"] for a in articles} == {"dev", "heldout"}
    assert (GOLD.parent / "README.md").is_file()


def test_missing_gold_file_is_a_named_error(tmp_path):
    with pytest.raises(EvaluationError):
        load_gold(tmp_path / "nope.jsonl")


@pytest.mark.parametrize(
    ("gold_name", "predicted", "same"),
    [("Abu Omar al-Hadidi", "al-Hadidi", True), ("Abu Omar al-Hadidi", "Hadidi", True),
     ("Mullah Nazir Wazir", "Nazir Wazir", True), ("Rahim Wazir", "Nazir Wazir", False),
     ("Sofia Lindqvist", "Erik Lindqvist", False)],
)
def test_same_subject(gold_name, predicted, same):
    assert same_subject(gold_name, predicted) is same


def test_claimant_matching():
    assert claimant_ok(gold(claimant="several US officials"), claim(claimant="the officials"), None)
    assert claimant_ok(gold(claimant=None), claim(claimant="Tigris Daily"), "Tigris Daily")
    assert not claimant_ok(gold(claimant="Russia"), claim(claimant=None), None)


def test_dates_exact_and_within():
    g = gold(event_time="2017-05")
    assert date_within(g, claim(event_time="2017-05-28", event_earliest=date(2017, 5, 28), event_latest=date(2017, 5, 28)))
    assert not date_exact(g, claim(event_time="2017-05-28"))
    bound = gold(event_time=None, event_earliest="2018-08-01")
    assert date_exact(bound, claim(event_earliest=date(2018, 8, 1)))


def test_matching_is_one_to_one_and_prefers_agreement():
    golds = [gold(event_time="2016-11-12", claimant="Iraq"), gold(event_time=None, claimant="Iraq")]
    preds = [claim(event_time=None, claimant="Iraq"), claim(event_time="2016-11-12", claimant="Iraq")]
    pairs, fp, fn = match_claims(golds, preds)
    assert not fp and not fn
    assert all(g["event_time"] == p.event_time for g, p in pairs)


@pytest.fixture(scope="module")
def gold_docs(nlp):
    """Every gold article and its doc run through the whole pipeline (the parse batched), with
    the claims the pipeline gave it, kept before any test reruns a stage on the doc."""
    articles = load_gold(GOLD)
    docs = list(parse_articles(articles, nlp))
    return [(a, doc, list(doc._.claims or ())) for a, doc in zip(articles, docs, strict=True)]


def test_figures_on_the_gold_set(gold_docs):
    articles = [a for a, _, _ in gold_docs]
    result = evaluate_claims(articles, docs=[doc for _, doc, _ in gold_docs])
    dev = result["by_split"]["dev"]
    # Floors a little under the measured figures (see the report); they catch regressions.
    assert dev["precision"] >= 0.93 and dev["recall"] >= 0.82
    assert dev["claimant"] >= 0.88 and dev["certainty"] >= 0.85 and dev["date_within"] >= 0.85
    assert result["overall"]["precision"] >= 0.85


def test_gates_drop_no_claim_on_the_dev_articles(gold_docs):
    """The gates skip rule families that cannot fire; they must never drop a claim: the claims
    of every dev article (our own text) are the same with the gates on and off."""
    dev = [(a["id"], doc, found) for a, doc, found in gold_docs if a["split"] == "dev"]
    assert len(dev) > 100
    differ = []
    total = 0
    for article_id, doc, found in dev:
        gated = extract_claims(doc)
        with gates_disabled():
            ungated = extract_claims(doc)
        total += len(ungated)
        if gated != ungated or found != gated:
            differ.append(article_id)
    assert total > 1000
    assert not differ, f"the gates change the claims of {differ}"


def test_export_rows_carry_the_contract_keys(nlp):
    from dateline.nlp.claims_export import EXPORT_KEYS, claim_rows
    from dateline.nlp.pipeline import analyze_document
    from dateline.records import Document

    document = Document.from_text(
        "Rebel leader Omar Haddu was killed on Monday, the army said.",
        published=date(2021, 6, 10),
        url="https://example.org/a",
    )
    (row,) = list(claim_rows([analyze_document(document, nlp=nlp)]))
    assert set(EXPORT_KEYS) <= set(row)
    assert row["subject"] == "Omar Haddu" and "Omar Haddu" in row["subject_aliases"]
    assert row["published"] == "2021-06-10" and row["event_time"] == "2021-06-07"
