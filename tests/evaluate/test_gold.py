"""The JSONL gold reader both evaluations share."""

from __future__ import annotations

import json

import pytest

from dateline.errors import EvaluationError
from dateline.evaluate.gold import load_gold_articles


def _write(path, rows):
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_splits_are_chosen_and_an_unknown_split_is_named(tmp_path):
    gold = _write(
        tmp_path / "gold.jsonl",
        [
            {"split": "dev", "text": "a", "claims": []},
            {"split": "heldout", "text": "b", "claims": []},
        ],
    )
    assert [a["text"] for a in load_gold_articles(gold, fields=("claims",))] == ["a", "b"]
    assert [a["text"] for a in load_gold_articles(gold, fields=("claims",), split="heldout")] == [
        "b"
    ]
    with pytest.raises(EvaluationError, match="'test'.*dev, heldout"):
        load_gold_articles(gold, fields=("claims",), split="test")


def test_a_line_without_the_needed_field_is_named(tmp_path):
    gold = _write(tmp_path / "gold.jsonl", [{"text": "a", "claims": []}, {"text": "b"}])
    with pytest.raises(EvaluationError, match="'claims'") as caught:
        load_gold_articles(gold, fields=("claims",))
    assert "line 2" in str(caught.value)
    with pytest.raises(EvaluationError, match="not found"):
        load_gold_articles(tmp_path / "missing.jsonl", fields=("claims",))


def test_a_folder_is_read_in_name_order_and_a_shared_id_is_named(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    _write(folder / "g100-g199.jsonl", [{"id": "g100", "text": "b", "claims": []}])
    _write(folder / "g000-g099.jsonl", [{"id": "g01", "text": "a", "claims": []}])
    (folder / "notes.txt").write_text("not gold", encoding="utf-8")
    assert [a["text"] for a in load_gold_articles(folder, fields=("claims",))] == ["a", "b"]
    _write(folder / "g200-g299.jsonl", [{"id": "g01", "text": "c", "claims": []}])
    with pytest.raises(EvaluationError, match="'g01' is also in g000-g099.jsonl") as caught:
        load_gold_articles(folder, fields=("claims",))
    assert "g200-g299.jsonl" in str(caught.value)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(EvaluationError, match="no \\*.jsonl"):
        load_gold_articles(empty, fields=("claims",))
