"""The gates of :mod:`dateline.nlp.claims_gates` skip rule families that cannot fire; they
must never drop a claim. The guard: the claims of every dev article of the claims gold (our
own text; held-out articles are never read) are the same with the gates on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.nlp.attribution_index import build_index
from dateline.nlp.claims import extract_claims
from dateline.nlp.claims_gates import gates_disabled, verb_rules_apply

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "claims" / "gold.jsonl"


def _parsed(nlp, texts):
    from dateline.nlp.pipeline import make_doc
    from dateline.records import Document

    docs = []
    for text, published, outlet in texts:
        doc = make_doc(nlp, Document.from_text(text, published=published))
        doc._.outlet = outlet
        docs.append(doc)
    return list(nlp.pipe(docs))


@pytest.fixture(scope="module")
def dev_docs(nlp):
    from dateline.evaluate.claims import load_gold

    if not GOLD.is_file():
        pytest.skip("claims gold file absent")
    articles = load_gold(GOLD, split="dev")  # (never the held-out split)
    texts = [
        (
            a["text"],
            date.fromisoformat(a["published"]) if a.get("published") else None,
            a.get("outlet"),
        )
        for a in articles
    ]
    return [a["id"] for a in articles], _parsed(nlp, texts)


def test_gates_drop_no_claim_on_the_dev_articles(dev_docs):
    ids, docs = dev_docs
    assert len(docs) > 100
    differ = []
    total = 0
    for article_id, doc in zip(ids, docs, strict=True):
        gated = extract_claims(doc)
        with gates_disabled():
            ungated = extract_claims(doc)
        total += len(ungated)
        if gated != ungated or list(doc._.claims) != gated:
            differ.append(article_id)
    assert total > 1000
    assert not differ, f"the gates change the claims of {differ}"


@pytest.mark.parametrize(
    ("text", "word", "skipped"),
    [
        ("The commander was killed in an airstrike on Monday.", "was", True),
        ("The rebels would free the hostages, the mediator said.", "would", True),
        ("She has been released from custody.", "has", True),
        ("She has been released from custody.", "been", True),
        ("The journalist did not die in the attack.", "did", True),
        ("He got arrested at the border.", "got", True),
        ("The commander was killed in an airstrike on Monday.", "killed", False),
        ("The minister is alive and well.", "is", False),  # the copula: a verb, not aux
    ],
)
def test_bare_auxiliaries_are_skipped(nlp, text, word, skipped):
    doc = nlp(text)
    tables = build_index(doc)
    i = next(t.i for t in doc if t.text == word)
    assert verb_rules_apply(tables, i) is not skipped
    with gates_disabled():
        assert verb_rules_apply(tables, i)


def test_an_auxiliary_with_dependents_is_tried(nlp):
    doc = nlp("The commander was killed in an airstrike on Monday.")
    tables = build_index(doc)
    was = next(t.i for t in doc if t.text == "was")
    tables.children[was].append(0)  # (as when the parser hangs the subject on "was")
    assert verb_rules_apply(tables, was)
