"""The spaCy component ``dateline_timex``: factory, Doc extension, records, robustness."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import spacy

import dateline.nlp.timex  # noqa: F401  (registers the factory)
from dateline.nlp.pipeline import MODEL
from dateline.nlp.timex import published_time_of, set_published_time, tag_timexes
from dateline.nlp.timex_calendar import interval_of
from dateline.records import TimeExpression


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.load(MODEL, exclude=["ner"])
    pipeline.add_pipe("dateline_timex")
    return pipeline


def _doc(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.doc_id = "doc-1"
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_component_sets_records(nlp):
    doc = _doc(nlp, "The dam failed on Wednesday, two years after it opened in May 2016.", date(2018, 8, 23))
    found = doc._.timexes
    assert all(isinstance(t, TimeExpression) for t in found)
    by_text = {t.text: t for t in found}
    assert by_text["Wednesday"].value == "2018-08-22" and by_text["Wednesday"].anchor == "dct"
    assert by_text["May 2016"].earliest == date(2016, 5, 1)
    assert by_text["May 2016"].latest == date(2016, 5, 31)
    assert [t.tid for t in found] == [f"t{i}" for i in range(1, len(found) + 1)]
    assert all(t.doc_id == "doc-1" for t in found)


def test_component_reads_the_publication_time(nlp):
    """``doc._.published_time`` (an ISO string, so the Doc still serialises) places a clock
    time the story has not reached yet on the day before."""
    doc = nlp.make_doc("The warehouse fire broke out at 11 p.m., the brigade said.")
    doc._.doc_id = "doc-2"
    doc._.published = date(2018, 8, 23)
    set_published_time(doc, datetime(2018, 8, 23, 7, 30))
    assert published_time_of(doc) == datetime(2018, 8, 23, 7, 30)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [t.value for t in doc._.timexes] == ["2018-08-22T23:00"]
    doc.to_bytes()  # the extension's value is plain data


def test_pipeline_passes_the_document_publication_time():
    from dateline.nlp.pipeline import make_doc
    from dateline.records import Document

    document = Document.from_text(
        "Polls close at 8 p.m.", published=date(2018, 8, 23), published_time=datetime(2018, 8, 23, 9)
    )
    assert document.published_time == datetime(2018, 8, 23, 9)
    assert published_time_of(make_doc(spacy.blank("en"), document)) == datetime(2018, 8, 23, 9)
    assert Document.from_text("No clock here.").published_time is None


def test_component_without_publication_date(nlp):
    doc = _doc(nlp, "The vote was held yesterday.", None)
    (tx,) = doc._.timexes
    assert tx.value == "XXXX-XX-XX" and tx.earliest is None


def test_durations_have_no_interval(nlp):
    doc = _doc(nlp, "The siege lasted six weeks.", date(2018, 8, 23))
    (tx,) = doc._.timexes
    assert tx.type == "DURATION" and tx.anchor == "duration" and tx.earliest is None


def test_works_on_an_unparsed_doc():
    blank = spacy.blank("en")
    found = tag_timexes(blank("Talks resume on Monday, Aug. 27."), published=date(2018, 8, 23), doc_id="x")
    assert [(t.text, t.value) for t in found] == [("Monday, Aug. 27", "2018-08-27")]


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\n\n\n", "99999999999999999999 years ago", "February 31, 2018", "the 0th century",
     "year 99999", "On 2018-02-30 nothing happened.", "at 25:61 GMT", "Q9 2018", "31/31/31",
     "May " * 500, "1999 " * 300, "in the 1990s " * 200],
)
def test_odd_input_never_raises(nlp, text):
    doc = _doc(nlp, text, date(2018, 8, 23))
    for tx in doc._.timexes:
        assert doc.text[tx.start : tx.end] == tx.text
        assert tx.earliest is None or tx.earliest <= tx.latest


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2018", date(2018, 1, 1), date(2018, 12, 31)),
        ("2018-02", date(2018, 2, 1), date(2018, 2, 28)),
        ("2018-W34", date(2018, 8, 20), date(2018, 8, 26)),
        ("2018-W34-WE", date(2018, 8, 25), date(2018, 8, 26)),
        ("2018-Q3", date(2018, 7, 1), date(2018, 9, 30)),
        ("2018-H1", date(2018, 1, 1), date(2018, 6, 30)),
        ("2018-SU", date(2018, 6, 1), date(2018, 8, 31)),
        ("2018-WI", date(2018, 12, 1), date(2019, 2, 28)),  # as claims_time: Dec Y to Feb Y+1
        ("199", date(1990, 1, 1), date(1999, 12, 31)),
        ("19", date(1900, 1, 1), date(1999, 12, 31)),
        ("2018-08-22TMO", date(2018, 8, 22), date(2018, 8, 22)),
    ],
)
def test_intervals_of_values(value, first, last):
    assert interval_of(value) == (first, last)


@pytest.mark.parametrize("value", ["PRESENT_REF", "XXXX-05", "P5M", "", None, "2018-13", "2018-02-30"])
def test_values_without_interval(value):
    assert interval_of(value) is None


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("NAIROBI, Kenya (AP) _ Rescuers dug through the night.", "Africa/Nairobi"),
        ("WASHINGTON _ The Senate adjourned.", "America/New_York"),
        ("NEW DELHI, Aug. 23 (Reuters) - Monsoon rains eased.", "Asia/Kolkata"),
        ("BREAKING - Markets fell.", None),
        ("The Senate adjourned - for now.", None),
    ],
)
def test_dateline_zone(text, zone):
    from dateline.nlp.timex_dateline import dateline_zone

    found = dateline_zone(text)
    assert (str(found) if found else None) == zone


def test_dateline_date_only_near_the_publication_date():
    from dateline.nlp.timex_dateline import dateline_date

    assert dateline_date("BEIJING, Aug. 23 (Xinhua) -- x", date(2018, 8, 22)) == date(2018, 8, 23)
    assert dateline_date("BEIJING, Jan. 1 (Xinhua) -- x", date(2018, 12, 31)) == date(2019, 1, 1)
    assert dateline_date("BEIJING, May 3 (Xinhua) -- x", date(2018, 8, 22)) is None
    assert dateline_date("BEIJING (Xinhua) -- x", date(2018, 8, 22)) is None
