"""Real news pages from the shared extraction set go through ingest and analysis whole.

A crash on one construction of real prose (a nationality plural, an odd byline) loses a whole
document, so every page of a fixed sample must analyse, and every record must point at its own
words in the document's text. Skips when ``../shared`` is absent.
"""

from __future__ import annotations

from pathlib import Path

from dateline.errors import DatelineError
from dateline.ingest import read_path
from dateline.nlp.pipeline import analyze_document

SAMPLE = 45  # every fourth page of 181: about 20 s on one core


def _pages(shared: Path) -> list[Path]:
    pages = sorted((shared / "data" / "article-extraction" / "html").glob("*.html*"))
    return pages[::4][:SAMPLE]


def test_sampled_real_pages_analyse_with_consistent_offsets(shared_dir):
    pages = _pages(shared_dir)
    assert pages, "no pages in the shared extraction set"
    analysed = 0
    for page in pages:
        try:
            documents = list(read_path(page))
        except DatelineError:
            continue  # refused by name (not English, no text): not a crash
        for item in documents:
            if isinstance(item, DatelineError):
                continue
            analysis = analyze_document(item)
            text = analysis.document.text
            for record in (*analysis.timexes, *analysis.statements, *analysis.claims):
                assert 0 <= record.start < record.end <= len(text), (page.name, record)
            for claim in analysis.claims:  # the claim's words lie inside its evidence sentence
                assert text[claim.start : claim.end] in claim.evidence in text, page.name
            for entity in analysis.entities:
                for m in entity.mentions:
                    assert text[m.start : m.end] == m.text and m.text.strip(), page.name
            analysed += 1
    assert analysed >= SAMPLE * 3 // 4
