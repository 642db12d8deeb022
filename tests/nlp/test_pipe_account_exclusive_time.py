"""The accounting of ``benchmarks/pipe_account.py``: each part's CPU time is exclusive of
the parts it calls, and a timed run leaves the pipeline module as it found it (issue 9)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def pipe_account():
    sys.path.insert(0, str(BENCHMARKS))  # the bench imports its siblings (_common, synth)
    try:
        spec = importlib.util.spec_from_file_location(
            "pipe_account", BENCHMARKS / "pipe_account.py"
        )
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCHMARKS))
    return module


def _clock(monkeypatch, module, readings):
    ticks = iter(readings)
    monkeypatch.setattr(module.time, "process_time", lambda: next(ticks))


def test_a_nested_part_is_not_charged_to_its_caller(pipe_account, monkeypatch):
    account = pipe_account.Account()
    # outer starts at 0, inner runs from 1 to 4, outer ends at 10
    _clock(monkeypatch, pipe_account, [0.0, 1.0, 4.0, 10.0])
    account.timed("outer", lambda: account.timed("inner", lambda: None))
    assert dict(account.spent) == {"inner": 3.0, "outer": 7.0}


def test_a_stream_charges_each_next_to_its_part(pipe_account, monkeypatch):
    account = pipe_account.Account()
    # two items and the exhausted call: (0, 2), (5, 6), (9, 9.5)
    _clock(monkeypatch, pipe_account, [0.0, 2.0, 5.0, 6.0, 9.0, 9.5])
    assert list(account.stream("stage", iter("ab"))) == ["a", "b"]
    assert account.spent["stage"] == pytest.approx(3.5)


def test_an_accounted_run_restores_the_pipeline_and_names_every_component(pipe_account, nlp):
    from dateline.nlp import pipeline
    from dateline.records import Document

    saved = pipeline._pipe, pipeline.make_doc, pipeline.analysis_from_doc
    text = "Police said on Monday that the reporter had been released.\n\nHe is safe."
    total, parts = pipe_account.accounted_run(nlp, [Document.from_text(text)], batch_size=4)
    assert (pipeline._pipe, pipeline.make_doc, pipeline.analysis_from_doc) == saved
    assert {name for name, _ in nlp.pipeline} <= set(parts)
    assert total >= 0.0 and parts["make_doc"] >= 0.0
