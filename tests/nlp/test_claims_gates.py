"""The gates of :mod:`dateline.nlp.claims_gates` skip rule families that cannot fire; they
must never drop a claim. The guard that the claims of every dev article of the claims gold
are the same with the gates on and off is in test_claims_eval.py, which parses the gold once
for it and for the figures; here the gate on auxiliaries, sentence by sentence."""

from __future__ import annotations

import pytest

from dateline.nlp.attribution_index import build_index
from dateline.nlp.claims_gates import gates_disabled, verb_rules_apply


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
