"""``dateline eval timex --why``: wrong values tallied by class of difference, no text, no ids."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import spacy

from dateline.evaluate.timex import (
    evaluate_timex,
    format_why,
    granularity,
    read_timeml,
    tally_why,
    value_class,
    why_dict,
)
from dateline.nlp.pipeline import MODEL
from dateline.records import TimeExpression


@pytest.mark.parametrize(
    ("value", "grain"),
    [("19", "century"), ("199", "decade"), ("1998", "year"), ("1998-Q3", "season"),
     ("1998-SU", "season"), ("1998-02", "month"), ("1998-W07", "week"), ("1998-W07-WE", "week"),
     ("1998-02-13", "day"), ("XXXX-XX-XX", "day"), ("1998-02-13TEV", "part of day"),
     ("1998-02-13T14:26", "time"), ("P3M", "duration"), ("PAST_REF", "ref"), (None, "none")],
)  # fmt: skip
def test_granularity(value, grain):
    assert granularity(value) == grain


@pytest.mark.parametrize(
    ("gold", "system", "label"),
    [
        ("1998-02", "1998-02-13", "sys finer than gold (day vs month), same year"),
        ("1998-02-13", "1998", "sys coarser than gold (year vs day), same year"),
        ("1997-02", "1998-02", "month: year off by +1"),
        ("1998-02-10", "1997-02-10", "day: year off by -1"),
        ("1990-02-10", "1998-02-10", "day: year off by other"),
        ("1998-02-10", "1998-02-11", "day: day off by +1"),
        ("1998-02-10", "1998-02-03", "day: day off by -7"),
        ("1998-02-10", "1998-02-13", "day: day off by 2-6"),
        ("1998-02-10", "1998-03-10", "day: month off (same day of month)"),
        ("1998-02", "1998-03", "month: month differs (same year)"),
        ("PAST_REF", "1998-02", "gold REF, sys a date (month)"),
        ("1998-02", "PRESENT_REF", "gold a date (month), sys REF"),
        ("XXXX-XX-XX", "1998-02-13", "X placeholder: gold XXXX-XX-XX (day), sys 9999-99-99 (day)"),
        ("P3M", "P3W", "duration unit wrong"),
        ("P3M", "P4M", "duration number wrong"),
        ("PXY", "P3Y", "duration number X vs written"),
        ("P1D", "1998-02-13", "gold duration, sys day"),
        ("1998-02-13T14:00", "1998-02-13T16:00", "time: same day, clock/part differs"),
        ("1998-02-13", None, "no system value"),
    ],
)
def test_value_class(gold, system, label):
    assert value_class(gold, system) == label


def _sys(start: int, end: int, kind: str, value: str, anchor: str = "dct", mod: str | None = None):
    return TimeExpression(doc_id="d", tid="t", start=start, end=end, text="x", type=kind,
                          value=value, anchor=anchor, mod=mod)  # fmt: skip


DOC = """<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2003-05-09" functionInDocument="CREATION_TIME">
2003-05-09</TIMEX3></DCT><TEXT>It rained <TIMEX3 tid="t1" type="DATE" value="2003-05-06">Tuesday</TIMEX3> \
for <TIMEX3 tid="t2" type="DURATION" value="P2H">two hours</TIMEX3> in <TIMEX3 tid="t3" type="DATE" \
value="2003-04" mod="END">late April</TIMEX3>.</TEXT></TimeML>"""


def test_tally_counts_classes_mods_and_anchors_only():
    doc = read_timeml(DOC.encode(), name="w.tml")
    assert doc.timexes[2].mod == "END"
    t1, t2, t3 = doc.timexes
    system = [
        _sys(t1.start, t1.end, "DATE", "2003-05-13"),  # a week off
        _sys(t2.start, t2.end, "DURATION", "P2H", anchor="duration"),  # right
        _sys(t3.start, t3.end, "DATE", "2003-04", anchor="narrative"),  # right value, mod missed
    ]
    why: Counter = Counter()
    anchors: Counter = Counter()
    tally_why(doc.timexes, system, why, anchors)
    assert why == Counter({("DATE", "day: day off by +7 [same extent]"): 1, ("DATE", "mod: gold END, sys -"): 1})
    assert anchors == Counter({("DATE", "dct", False): 1, ("DURATION", "duration", True): 1,
                               ("DATE", "narrative", True): 1})  # fmt: skip


def test_why_report_has_no_text_of_the_documents(tmp_path: Path):
    (tmp_path / "w.tml").write_text(DOC)
    report = evaluate_timex(tmp_path, nlp=spacy.load(MODEL, exclude=["ner"]), why=True)
    out = format_why(report) + repr(why_dict(report))
    assert "rained" not in out and "Tuesday" not in out and "w.tml" not in out
    assert "DATE:" in out and "Anchor" in out
