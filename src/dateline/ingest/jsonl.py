"""JSON Lines: one article object a line, with ``text`` or ``html`` and optional metadata.

Keys read: ``text`` | ``html`` (one is required), ``url``, ``title``, ``published`` (or
``date``), ``outlet``, ``byline`` (a string or a list of names), ``canonical_url`` (or
``canonical``), ``modified`` (or ``updated``). A line that is not such an
object yields a ``MalformedRecord`` naming the line; the lines after it are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date

from dateline.errors import IngestError, MalformedRecord
from dateline.ingest.decode import MAX_DOCUMENT_BYTES, decode_bytes
from dateline.ingest.html import document_from_html
from dateline.ingest.text import document_from_text, given_canonical, parse_given_date
from dateline.records import Document

METADATA_KEYS = ("url", "title", "published", "date", "outlet", "byline", "author",
                 "canonical_url", "canonical", "modified", "updated")


def read_jsonl_lines(
    lines: Iterable[bytes], *, source: str, published: date | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[Document | IngestError]:
    """Documents and errors from the byte lines of a JSONL file, one per non-blank line."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        position = f"line {number}"
        try:
            if len(raw) > max_bytes:
                raise MalformedRecord(f"line of {len(raw):,} bytes is over the {max_bytes:,}-byte "
                                      "limit for one document", source=source, position=position)
            record = _load(decode_bytes(raw, source=source), source=source, position=position)
            yield document_from_record(record, source=source, position=position,
                                       published=published)
        except IngestError as error:
            yield error


def _load(line: str, *, source: str, position: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedRecord(f"not valid JSON: {exc.msg} (column {exc.colno})",
                              source=source, position=position) from None
    if not isinstance(record, dict):
        raise MalformedRecord(f"expected a JSON object, found {type(record).__name__}",
                              source=source, position=position)
    return record


def document_from_record(
    record: dict, *, source: str, position: str | None = None, published: date | None = None
) -> Document:
    """One JSON object with ``text`` or ``html`` into a Document."""
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        keys = ", ".join(sorted(map(str, record))[:8]) or "none"
        raise MalformedRecord(f"no 'text' or 'html' string in the object (keys: {keys})",
                              source=source, position=position)
    meta = {key: _as_text(record.get(key)) for key in METADATA_KEYS if record.get(key)}
    url = meta.get("url")
    if isinstance(html, str):
        document = document_from_html(html, source=source, position=position, url=url,
                                      published=published)
        updates: dict[str, object] = {k: meta[k] for k in ("title", "outlet") if meta.get(k)}
        given_value = meta.get("published") or meta.get("date")
        if given_value and published is None:
            given = parse_given_date(given_value, source=source, position=position)
            updates |= {"published": given, "published_source": "given"}
        if meta.get("canonical_url") or meta.get("canonical"):
            canonical, _ = given_canonical(meta, None)
            if canonical:
                updates |= {"canonical_url": canonical, "canonical_url_source": "given"}
        modified_value = meta.get("modified") or meta.get("updated")
        if modified_value:
            modified = parse_given_date(modified_value, source=source, position=position,
                                        key="modified")
            updates |= {"modified": modified, "modified_source": "given"}
        return document.model_copy(update=updates) if updates else document
    return document_from_text(str(text), source=source, position=position, url=url,
                              published=published, metadata=meta)


def _as_text(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)
