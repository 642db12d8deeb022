"""WARC archives (plain or gzipped): every HTML response record becomes a Document.

Non-HTML responses (images, scripts) and non-200 responses (redirects) are not articles and
are passed over silently. A record that cannot be parsed yields a ``MalformedRecord`` naming
its number and byte offset, and reading goes on at the next record.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dateline.errors import IngestError, MalformedRecord, UnreadableInput
from dateline.ingest.decode import MAX_DOCUMENT_BYTES, decode_bytes
from dateline.ingest.html import document_from_html
from dateline.ingest.pubdate import parse_iso_date
from dateline.records import Document

# warcio reports malformed records with whatever exception its parser meets.
_WARC_FAILURES = (ArchiveLoadFailed, ValueError, EOFError, OSError, AttributeError, KeyError,
                  TypeError, IndexError, zlib.error)


MAX_RESYNCS = 1000
"""Broken records skipped in one archive before the rest of it is given up."""


def read_warc(
    path: Path, *, published: date | None = None, max_bytes: int = MAX_DOCUMENT_BYTES
) -> Iterator[Document | IngestError]:
    """Documents from the HTML response records of a WARC or WARC.gz file.

    A broken record yields a MalformedRecord; reading resumes at the next record header
    (the next gzip member in a WARC.gz) so one bad record does not lose the archive.
    """
    source = str(path)
    try:
        stream = path.open("rb")
        gzipped = stream.read(2) == b"\x1f\x8b"
        stream.seek(0)
    except OSError as exc:
        yield UnreadableInput(f"cannot open the archive: {exc}", source=source)
        return
    with stream:
        number, resyncs = 0, 0
        start: int | None = 0
        while start is not None and resyncs <= MAX_RESYNCS:
            stream.seek(start)
            records = ArchiveIterator(stream)
            failed_at = None
            while True:
                number += 1
                try:
                    record = next(records)
                except StopIteration:
                    number -= 1
                    break
                except _WARC_FAILURES as exc:
                    failed_at = records.offset  # absolute: the iterator starts at fh.tell()
                    yield MalformedRecord(f"broken WARC record, skipped: {exc}", source=source,
                                          position=f"record {number}, byte {failed_at}")
                    break
                if not record.rec_type or record.length is None:
                    # warcio reads a header block without WARC-Type or Content-Length leniently
                    # and would swallow the records after it as its content
                    failed_at = records.offset
                    yield MalformedRecord("WARC record without WARC-Type or Content-Length, "
                                          "skipped", source=source,
                                          position=f"record {number}, byte {failed_at}")
                    break
                yield from _safe_record(record, source=source, position=f"record {number}",
                                        published=published, max_bytes=max_bytes)
            if failed_at is None:
                return
            resyncs += 1
            start = _next_record_start(stream, failed_at, gzipped=gzipped)


def _safe_record(record, *, source: str, position: str, published: date | None,
                 max_bytes: int) -> Iterator[Document | IngestError]:
    try:
        found = _record_document(record, source=source, position=position,
                                 published=published, max_bytes=max_bytes)
    except IngestError as error:
        yield error
        return
    except _WARC_FAILURES as exc:
        yield MalformedRecord(f"broken WARC record payload: {exc}", source=source,
                              position=position)
        return
    if found is not None:
        yield found


def _next_record_start(stream, after: int, *, gzipped: bool) -> int | None:
    """Byte offset of the next record header (or gzip member) after ``after``, if any."""
    marker = b"\x1f\x8b\x08" if gzipped else b"WARC/1."
    position = after + 1
    stream.seek(position)
    tail = b""
    while True:
        chunk = stream.read(1 << 20)
        if not chunk:
            return None
        data = tail + chunk
        found = data.find(marker)
        if found >= 0:
            return position - len(tail) + found
        tail = data[-(len(marker) - 1):]
        position += len(chunk)


def _record_document(record, *, source: str, position: str, published: date | None,
                     max_bytes: int) -> Document | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode()
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if status != "200" or ("html" not in content_type and content_type):
        return None
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        raise MalformedRecord(f"HTML payload over the {max_bytes:,}-byte limit",
                              source=source, position=position)
    url = record.rec_headers.get_header("WARC-Target-URI")
    charset = content_type.partition("charset=")[2].split(";")[0].strip() or None
    position = f"{position} <{url}>" if url else position
    html = decode_bytes(payload, source=f"{source} ({position})", declared=charset)
    crawled = parse_iso_date(record.rec_headers.get_header("WARC-Date") or "")
    return document_from_html(html, source=source, position=position, url=url,
                              published=published, today=crawled)
