"""The Python API's entry points that are not the Ledger: analysing one text or file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.dates import parse_date
from dateline.records import Analysis


def analyze(
    text_or_html: str, *, published: date | str | None = None, url: str | None = None
) -> Analysis:
    """Read one article (HTML or plain text) and return everything dateline finds in it."""
    from dateline.ingest import document_from_string
    from dateline.nlp.pipeline import analyze_document

    document = document_from_string(
        text_or_html, published=parse_date(published, source="published"), url=url
    )
    return analyze_document(document)


def analyze_file(path: str | Path, *, published: date | str | None = None) -> Analysis:
    """Analyse the first document of a file; raises the file's IngestError if it has none."""
    from dateline.ingest import read_path
    from dateline.nlp.pipeline import analyze_document

    for item in read_path(path, published=parse_date(published, source="--published")):
        if isinstance(item, Exception):
            raise item
        return analyze_document(item)
    from dateline.errors import EmptyDocument

    raise EmptyDocument("no article found in the file", source=str(path))
