"""The seed article's time table (shared/seed/EXPECTED.md), with both publication dates."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from dateline.nlp.pipeline import MODEL
from dateline.nlp.timex import tag_timexes


@pytest.fixture(scope="module")
def parser():
    return spacy.load(MODEL, exclude=["ner"])

# (expression as it appears, value, anchor kind) — the facts of EXPECTED.md's time table.
SEED_TABLE = [
    ("almost a year", "P1Y", "duration"),
    ("Wednesday", "2018-08-22", "dct"),
    ("October 2017", "2017-10", "absolute"),
    ("about 55 minutes", "PT55M", "duration"),
    ("August 1", "2018-08-01", "dct"),
    ("July 2014", "2014-07", "absolute"),
    ("June last year", "2017-06", "dct"),
    ("September 2017", "2017-09", "absolute"),
    ("February", "2018-02", "dct"),
    ("May 2017", "2017-05", "absolute"),
    ("up to five months", "P5M", "duration"),
    ("June", "2017-06", "narrative"),
    ("the time", "2017-06", "tid"),
    ("May 28", "2017-05-28", "narrative"),
    ("October", "2017-10", "narrative"),
]


def _article_body(text: str) -> str:
    """Drop page chrome the way ingest does: short lines that are not sentences, copyright."""
    keep = []
    for para in text.split("\n\n"):
        lines = [ln for ln in para.split("\n") if ln.strip()]
        if not lines or lines[0].startswith("Copyright"):
            continue
        if all(len(ln.split()) < 8 and not ln.rstrip().endswith((".", '"', "”")) for ln in lines):
            continue
        keep.append(para)
    return "\n\n".join(keep)


@pytest.fixture(scope="module")
def seed_doc(seed_text, parser):
    return parser(_article_body(seed_text))


@pytest.mark.parametrize("published", [date(2018, 8, 23), date(2018, 8, 22)])
def test_seed_time_table(seed_doc, published):
    found = tag_timexes(seed_doc, published=published, doc_id="seed")
    by_text: dict[str, list] = {}
    for tx in found:
        by_text.setdefault(tx.text, []).append(tx)
    tids = {tx.tid for tx in found}
    for text, value, how in SEED_TABLE:
        assert text in by_text, f"{text!r} not found"
        matches = [tx for tx in by_text[text] if tx.value == value]
        assert matches, f"{text!r}: {[tx.value for tx in by_text[text]]} != {value}"
        if how == "tid":
            assert any(tx.anchor in tids for tx in matches)
        else:
            assert any(tx.anchor == how for tx in matches), (text, [t.anchor for t in matches])
    assert next(t for t in found if t.text == "almost a year").mod == "APPROX"
    june = next(t for t in found if t.value == "2017-06" and t.anchor == "narrative")
    assert june.earliest == date(2017, 6, 1) and june.latest == date(2017, 6, 30)


def test_seed_without_publication_date_invents_no_year(seed_doc):
    found = tag_timexes(seed_doc, published=None, doc_id="seed")
    values = {tx.text: tx.value for tx in found}
    assert values["Wednesday"].startswith("XXXX")
    assert values["May 28"] == "2017-05-28"  # the narrative still dates it
    assert values["October 2017"] == "2017-10"
