"""The TempEval-3 scorer: reading TimeML, matching extents, skipping malformed files."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest
import spacy

from dateline.errors import EvaluationError
from dateline.evaluate.timex import (
    evaluate_timex,
    format_errors,
    format_report,
    read_timeml,
    score_document,
)
from dateline.nlp.pipeline import MODEL
from dateline.records import TimeExpression

GOOD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2011-03-04" functionInDocument="CREATION_TIME">2011-03-04</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1">voted</EVENT> <TIMEX3 tid="t1" type="DATE" value="2011-03-02">Wednesday</TIMEX3> to close the pool for <TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3>.

It last closed in <TIMEX3 tid="t3" type="DATE" value="2009-06">June 2009</TIMEX3>.
</TEXT>
</TimeML>
"""
MALFORMED = "<TimeML><TEXT>Opened <TIMEX3 tid='t1' type='DATE'>Monday</TEXT></TimeML>"


@pytest.fixture(scope="module")
def parser():
    return spacy.load(MODEL, exclude=["ner"])


def test_read_timeml_offsets_and_dct():
    doc = read_timeml(GOOD.encode(), name="t1.tml")
    assert str(doc.dct) == "2011-03-04"
    assert [doc.text[g.start : g.end] for g in doc.timexes] == ["Wednesday", "three months", "June 2009"]
    assert [g.value for g in doc.timexes] == ["2011-03-02", "P3M", "2009-06"]


def test_dct_clock_is_read_and_passed_to_the_tagger(tmp_path: Path, parser):
    """A DCT with a time ("2011-03-04T07:30") gives the tagger the clock of publication: a
    fire 'at 11 p.m.' in a report filed at 7:30 a.m. was the night before."""
    timeml = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="TIME" value="2011-03-04T07:30" '
        'functionInDocument="CREATION_TIME">03/04/2011 07:30</TIMEX3></DCT><TEXT>A fire broke out at '
        '<TIMEX3 tid="t1" type="TIME" value="2011-03-03T23:00">11 p.m.</TIMEX3>, the brigade said.'
        "</TEXT></TimeML>"
    )
    doc = read_timeml(timeml.encode(), name="t2.tml")
    assert str(doc.dct) == "2011-03-04" and doc.dct_time is not None and doc.dct_time.hour == 7
    (tmp_path / "t2.tml").write_text(timeml)
    report = evaluate_timex(tmp_path, nlp=parser)
    assert report.per_type["TIME"].value_ok == 1
    assert read_timeml(GOOD.encode(), name="t1.tml").dct_time is None


def test_malformed_timeml_is_a_named_error():
    with pytest.raises(EvaluationError) as info:
        read_timeml(MALFORMED.encode(), name="bad.tml")
    assert "bad.tml" in str(info.value) and info.value.code == "D400"


def _tx(start, end, kind="DATE", value="2011-03-02"):
    return TimeExpression(doc_id="d", tid="t", start=start, end=end, text="x", type=kind, value=value)


def test_strict_and_relaxed_matching():
    gold = read_timeml(GOOD.encode(), name="t1.tml").timexes
    g1, g2, _ = gold
    system = [_tx(g1.start, g1.end), _tx(g2.start - 4, g2.end, "DURATION", "P3M"), _tx(0, 3)]
    counts = score_document(gold, system)["ALL"]
    assert (counts.gold, counts.system, counts.strict, counts.relaxed) == (3, 3, 1, 2)
    assert counts.value_ok == 2 and counts.type_ok == 2
    assert counts.relaxed_prf[0] == pytest.approx(2 / 3)


def test_folder_with_a_malformed_file_is_scored_and_counted(tmp_path: Path, parser):
    (tmp_path / "good.tml").write_text(GOOD)
    (tmp_path / "bad.tml").write_text(MALFORMED)
    report = evaluate_timex(tmp_path, nlp=parser)
    assert report.documents == 1 and [n for n, _ in report.skipped] == ["bad.tml"]
    assert report.overall.gold == 3
    assert report.overall.relaxed_prf[2] == pytest.approx(1.0)
    assert report.overall.value_f1 == pytest.approx(1.0)
    text = format_report(report)
    assert "overall" in text and "DURATION" in text and "skipped bad.tml" in text


def test_tar_gz_archive(tmp_path: Path, parser):
    src = tmp_path / "a.tml"
    src.write_text(GOOD)
    archive = tmp_path / "set.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(src, arcname="part/a.tml")
    report = evaluate_timex(archive, nlp=parser)
    assert report.documents == 1 and report.overall.value_ok == 3


@pytest.mark.parametrize("content", [None, b"not a tar archive"])
def test_unusable_paths_raise_named_errors(tmp_path: Path, content):
    path = tmp_path / "x.tar.gz"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(EvaluationError):
        evaluate_timex(path)


def test_folder_of_only_malformed_files_raises(tmp_path: Path, parser):
    (tmp_path / "bad.tml").write_text(MALFORMED)
    with pytest.raises(EvaluationError):
        evaluate_timex(tmp_path, nlp=parser)


def test_shared_timebank_sample(shared_dir, parser):
    archive = shared_dir / "data" / "tempeval3" / "train" / "train.tar.gz"
    if not archive.is_file():
        pytest.skip("TempEval-3 training archive absent")
    with tarfile.open(archive) as tar:
        member = next(m for m in tar if m.name.endswith(".tml") and "TimeBank" in m.name)
        data = tar.extractfile(member).read()  # type: ignore[union-attr]
    doc = read_timeml(data, name=member.name)
    assert doc.dct is not None and doc.timexes


def test_attribute_f1_is_accuracy_times_relaxed_f1_as_in_the_official_scorer():
    """TempEval-3's evaluate_entities.py: value F1 = value accuracy (over relaxed gold matches)
    × relaxed F1; precision counts system expressions overlapping any gold one."""
    gold = read_timeml(GOOD.encode(), name="t1.tml").timexes
    g1, g2, g3 = gold
    system = [
        _tx(g1.start, g1.end, value="2011-03-09"),  # right extent, wrong value
        _tx(g2.start, g2.start + 5, "DURATION", "P3M"),  # two pieces of one gold expression
        _tx(g2.start + 6, g2.end, "DURATION", "P3M"),
        _tx(g3.start, g3.end, value="2009-06"),
    ]
    c = score_document(gold, system)["ALL"]
    assert (c.relaxed, c.relaxed_system, c.strict, c.strict_system) == (3, 4, 2, 2)
    p, r, f1 = c.relaxed_prf
    assert (p, r) == (1.0, 1.0)
    assert c.value_accuracy == pytest.approx(2 / 3)
    assert c.value_f1 == pytest.approx(c.value_accuracy * f1)
    assert c.type_f1 == pytest.approx(1.0)


def test_error_listing_names_misses_false_alarms_and_wrong_values(tmp_path: Path, parser):
    timeml = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2011-03-04" functionInDocument="CREATION_TIME">'
        "x</TIMEX3></DCT><TEXT>The vote came on "
        '<TIMEX3 tid="t1" type="DATE" value="2011-03-01">Wednesday</TIMEX3> after a long '
        '<TIMEX3 tid="t2" type="DURATION" value="PXM">season</TIMEX3>; it lasted three days.</TEXT></TimeML>'
    )
    (tmp_path / "e.tml").write_text(timeml)
    report = evaluate_timex(tmp_path, nlp=parser, keep_errors=True)
    kinds = sorted(e["kind"] for e in report.errors)
    assert kinds == ["diff", "false", "miss"]
    listing = format_errors(report.errors, 2)
    assert len(listing.splitlines()) == 2 and listing.startswith("e.tml: ")
