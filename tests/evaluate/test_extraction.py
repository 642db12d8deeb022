"""The extraction and publication-date scorers, and dateline's scores on the shared pages."""

from __future__ import annotations

import pytest

from dateline.errors import EvaluationError
from dateline.evaluate.extraction import evaluate_extraction, format_report, token_scores
from dateline.evaluate.pubdate import evaluate_pubdate
from dateline.evaluate.pubdate import format_report as format_pubdate


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("a b c d", "a b c d", (1.0, 1.0, 1.0)),
        ("a b c d", "a b", (1.0, 0.5, 2 / 3)),
        ("a b", "a b x y", (0.5, 1.0, 2 / 3)),
        ("a a b", "a b b", (2 / 3, 2 / 3, 2 / 3)),  # a bag of tokens, not a set
        ("a b", "", (0.0, 0.0, 0.0)),
        ("", "", (1.0, 1.0, 1.0)),
    ],
)
def test_token_scores(gold, predicted, expected):
    score = token_scores(gold, predicted)
    assert (score.precision, score.recall, score.f1) == pytest.approx(expected)


def test_missing_folder_is_a_named_error(tmp_path):
    with pytest.raises(EvaluationError):
        evaluate_extraction(tmp_path / "nowhere")
    with pytest.raises(EvaluationError):
        evaluate_pubdate(tmp_path / "nowhere")


def test_extraction_on_shared_pages(shared_dir):
    folder = shared_dir / "data" / "article-extraction"
    if not (folder / "ground-truth.json").is_file():
        pytest.skip("article-extraction data absent")
    report = evaluate_extraction(folder, limit=15)
    names = {s.name for s in report.systems}
    assert {"dateline", "trafilatura", "readability"} <= names
    ours = report.system("dateline")
    assert ours.pages == 15
    assert ours.f1 >= 0.93
    assert "dateline" in format_report(report)


def test_pubdate_on_shared_pages(shared_dir):
    folder = shared_dir / "data" / "article-extraction" / "publication-date"
    if not (folder / "gold-dates.json").is_file():
        pytest.skip("publication-date data absent")
    report = evaluate_pubdate(folder, limit=20)
    assert report.system("dateline").accuracy >= report.system("htmldate").accuracy - 0.05
    assert "htmldate" in format_pubdate(report)
