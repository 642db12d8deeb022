"""The seed article read as a copied news page: chrome out, metadata in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.ingest import read_path
from dateline.records import Document

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_57815fe446113bf0.txt"


def test_seed_article_loses_its_chrome(seed_text):
    items = list(read_path(SEED))
    assert len(items) == 1
    document = items[0]
    assert isinstance(document, Document)
    assert document.text.startswith(("(CNN) — For the first time", "For the first time"))
    assert document.byline == ("Mohammed Tawfeeq", "Steve Almasy")
    assert document.outlet == "CNN"
    assert document.title and document.title.startswith("Abu Bakr al-Baghdadi admits")
    for chrome in ("World News", "Posted", "Updated", "Copyright", "All rights reserved"):
        assert chrome not in document.text
    assert document.title not in document.text
    assert document.language == "en"
    # The standfirst repeats the first paragraph: the text must carry it once only.
    first = document.text[slice(*document.paragraphs[0])]
    assert document.text.count(first[-60:]) == 1
    # Subheadings stay, as paragraphs of their own.
    starts = [document.text[a:b] for a, b in document.paragraphs]
    assert any(len(p.split()) <= 3 for p in starts)


def test_seed_given_date_is_kept(seed_text):
    document = next(read_path(SEED, published=date(2018, 8, 23)))
    assert document.published == date(2018, 8, 23)
    assert document.published_source == "given"
