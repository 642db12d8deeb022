"""The quotes gold set and scorer: targets on the team's own set, and the scorer's rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.evaluate.quotes import (
    Predicted,
    evaluate_quotes,
    format_report,
    match,
    speaker_matches,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "quotes"
GOLD = FIXTURES / "gold.jsonl"


def test_gold_is_built_from_sources(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_gold", FIXTURES / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rebuilt = module.build(tmp_path / "gold.jsonl")
    assert (tmp_path / "gold.jsonl").read_text(encoding="utf-8") == GOLD.read_text(encoding="utf-8")
    assert len(rebuilt) >= 40
    assert sum(len(a["statements"]) for a in rebuilt) >= 400
    for article in rebuilt:
        for s in article["statements"]:
            assert article["text"][s["start"] : s["end"]] == s["text"]


@pytest.fixture(scope="module")
def report(nlp):
    return evaluate_quotes(GOLD, nlp=nlp)


def test_targets(report):
    assert report["by_kind"]["direct"]["f1"] >= 0.92
    assert report["by_kind"]["indirect+mixed"]["f1"] >= 0.80
    assert report["speaker_accuracy"] >= 0.90
    assert report["certainty_accuracy"] >= 0.85
    assert "direct" in format_report(report)


def test_beats_textacy_on_direct_quotes(report, nlp):
    pytest.importorskip("textacy")
    peer = evaluate_quotes(GOLD, nlp=nlp, peer="textacy")
    for key in ("precision", "recall", "f1"):
        assert report["by_kind"]["direct"][key] > peer["by_kind"]["direct"][key]
    assert report["speaker_accuracy"] > peer["speaker_accuracy"]
    assert peer["certainty_accuracy"] is None


def test_unknown_peer_names_the_supported_ones():
    with pytest.raises(ValueError, match="textacy"):
        evaluate_quotes(GOLD, peer="nonesuch")


def gold(start, end, speaker="Ana Ruiz", alts=()):
    return {
        "start": start,
        "end": end,
        "kind": "direct",
        "speaker": speaker,
        "speaker_alts": list(alts),
        "anonymous": False,
        "certainty": "asserted",
    }


def pred(start, end, *names):
    return Predicted(start, end, "direct", names, False, "asserted", "say")


def test_match_needs_real_overlap():
    assert len(match([gold(0, 100)], [pred(10, 90)])) == 1
    assert match([gold(0, 100)], [pred(95, 400)]) == []
    assert len(match([gold(0, 10), gold(20, 30)], [pred(0, 10)])) == 1


@pytest.mark.parametrize(
    ("names", "ok"),
    [
        (("Ruiz",), True),
        (("Ana Ruiz",), True),
        (("she",), False),
        (("Ben Ruiz",), False),
        ((), False),
    ],
)
def test_speaker_matches(names, ok):
    assert speaker_matches(gold(0, 1), pred(0, 1, *names)) is ok


def test_unattributed_gold_wants_no_speaker():
    g = gold(0, 1, speaker=None)
    assert speaker_matches(g, pred(0, 1))
    assert not speaker_matches(g, pred(0, 1, "Ana Ruiz"))


def test_gold_lines_are_json():
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        json.loads(line)
