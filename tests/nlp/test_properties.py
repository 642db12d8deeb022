"""Property tests: every analyzer takes any text and returns a result or a named error.

Besides "never another exception", the properties every answer must keep: offsets inside
the text and pointing at the words the record quotes, intervals that run forwards, records
that name their document, and the same answer twice for the same input.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.dates import parse_date
from dateline.errors import DatelineError
from dateline.names import entity_key
from dateline.nlp import certainty
from dateline.nlp.timex_calendar import interval_of
from dateline.records import CERTAINTY_ORDER, Analysis, Document

# Pieces of news prose that exercise each stage: names, cues, quotes, hedges, dates of every
# shape, denials, deaths, proof-of-life messages. Written for these tests.
FRAGMENTS = (
    "Tarek Vantoro",
    "the commander",
    "he",
    "she",
    "officials said",
    "a spokesman told reporters",
    "according to the ministry",
    "was killed",
    "was wounded",
    "is alive",
    "was not killed",
    "denied",
    "reportedly",
    "may have died",
    "in an air strike",
    "on Tuesday",
    "last week",
    "in June",
    "May 28",
    "on March 3, 2016",
    "2017-06-16",
    "two years ago",
    "since 2014",
    "every Friday",
    "at 10:30 a.m.",
    "the following day",
    "an audio message released in August",
    '"We will never surrender,"',
    "\u201cHe is dead,\u201d",
    "\u2018alive\u2019",
    "near Kafr Dala",
    "the Valley Movement",
    ".",
    ",",
    "\n\n",
    "?",
    "(AP) \u2014",
)
prose = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=40).map(" ".join)
any_text = st.text(max_size=300) | prose
published_dates = st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def analyse(nlp: Any, text: str, published: date | None) -> Analysis | None:
    """The analysis of ``text``, or None when the text is no document (empty after cleaning)."""
    from dateline.nlp.pipeline import analyze_document

    if not text.strip():
        return None
    return analyze_document(Document.from_text(text, published=published), nlp=nlp)


def check_records(analysis: Analysis) -> None:
    text = analysis.document.text
    doc_id = analysis.document.doc_id
    for t in analysis.timexes:
        assert 0 <= t.start <= t.end <= len(text) and text[t.start : t.end] == t.text
        assert t.earliest is None or t.latest is None or t.earliest <= t.latest
    for s in analysis.statements:
        assert 0 <= s.start <= s.end <= len(text) and text[s.start : s.end] == s.text
        sp = s.speaker
        if sp is not None and sp.start is not None and sp.end is not None:
            assert text[sp.start : sp.end] == sp.text
    for c in analysis.claims:
        assert 0 <= c.start <= c.end <= len(text)
        assert c.evidence in text
        assert (
            c.event_earliest is None
            or c.event_latest is None
            or (c.event_earliest <= c.event_latest)
        )
    for e in analysis.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
    records = (*analysis.timexes, *analysis.statements, *analysis.claims, *analysis.entities)
    assert all(r.doc_id == doc_id for r in records)


@FAST
@given(text=any_text, published=published_dates)
def test_pipeline_answers_any_text_with_sound_records(
    nlp: Any, text: str, published: date | None
) -> None:
    try:
        analysis = analyse(nlp, text, published)
    except DatelineError:
        return
    if analysis is not None:
        check_records(analysis)


@settings(max_examples=25, deadline=None)
@given(text=prose, published=published_dates)
def test_pipeline_is_deterministic(nlp: Any, text: str, published: date | None) -> None:
    assert analyse(nlp, text, published) == analyse(nlp, text, published)


@pytest.mark.parametrize("stage", ["timexes", "statements", "claims", "entities"])
@settings(max_examples=15, deadline=None)
@given(text=prose)
def test_each_stage_returns_a_list_of_records(nlp: Any, stage: str, text: str) -> None:
    analysis = analyse(nlp, text, date(2018, 8, 23))
    if analysis is not None:
        assert isinstance(getattr(analysis, stage), tuple)


@settings(max_examples=300, deadline=None)
@given(value=st.text(max_size=24) | st.from_regex(r"\A[0-9X]{4}(-[0-9WQSUFAX]{1,3}){0,2}\Z"))
def test_timex_intervals_run_forwards(value: str) -> None:
    interval = interval_of(value)
    if interval is not None:
        assert interval[0] <= interval[1]


@settings(max_examples=300, deadline=None)
@given(value=st.text(max_size=40))
def test_user_dates_parse_or_raise_bad_date(value: str) -> None:
    try:
        parsed = parse_date(value)
    except DatelineError as exc:
        assert exc.code == "D200"
    else:
        assert parsed is None or isinstance(parsed, date)


@settings(max_examples=300, deadline=None)
@given(name=st.text(max_size=60) | prose)
def test_entity_keys_are_plain_folded_strings(name: str) -> None:
    key = entity_key(name)
    assert isinstance(key, str) and key == key.strip() and key == key.lower()


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=80) | prose, quoted=st.booleans(), negated=st.booleans())
def test_certainty_helpers_grade_any_text(text: str, quoted: bool, negated: bool) -> None:
    grades = set(CERTAINTY_ORDER) | {None}
    assert certainty.local_hedge(text, quoted=quoted) in grades
    assert certainty.cue_certainty(text, negated=negated) in grades
    assert isinstance(certainty.is_anonymous(text), bool)
    assert certainty.weakest([certainty.cue_certainty(text), None]) in grades


FUZZ_FINDINGS = sorted((Path(__file__).parents[1] / "fixtures" / "fuzz").glob("analyze-*.txt"))
KNOWN_CRASHES: dict[str, str] = {}
"""Finding file name → why it still crashes; empty when every finding is fixed."""


@pytest.mark.parametrize(
    "finding",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_CRASHES[p.name], strict=False))
        if p.name in KNOWN_CRASHES
        else p
        for p in FUZZ_FINDINGS
    ],
    ids=[p.name for p in FUZZ_FINDINGS],
)
def test_inputs_the_fuzzer_found_are_analysed(nlp: Any, finding: Path) -> None:
    """Inputs that once crashed a fuzz target (``benchmarks/fuzz``), kept as regressions."""
    try:
        analysis = analyse(nlp, finding.read_text(encoding="utf-8"), None)
    except DatelineError:
        return
    if analysis is not None:
        check_records(analysis)
