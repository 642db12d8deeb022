"""WARC archives (plain or gzipped): every HTML response record becomes a Document.

Non-HTML responses (images, scripts) and non-200 responses (redirects) are not articles and
are passed over silently. A record that cannot be parsed yields a ``MalformedRecord`` naming
its number; warcio cannot resynchronise after a broken record header, so the
rest of that file is then reported unreadable in the same error.
"""

from __future__ import annotations

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
                  TypeError, IndexError)


def read_warc(
    path: Path, *, published: date | None = None, max_bytes: int = MAX_DOCUMENT_BYTES
) -> Iterator[Document | IngestError]:
    """Documents from the HTML response records of a WARC or WARC.gz file."""
    source = str(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield UnreadableInput(f"cannot open the archive: {exc}", source=source)
        return
    with stream:
        records = ArchiveIterator(stream)
        number = 0
        while True:
            number += 1
            try:
                record = next(records)
            except StopIteration:
                return
            except _WARC_FAILURES as exc:
                yield MalformedRecord(
                    f"broken WARC record, the rest of the archive is unreadable: {exc}",
                    source=source, position=f"record {number}",
                )
                return
            position = f"record {number}"
            try:
                found = _record_document(record, source=source, position=position,
                                         published=published, max_bytes=max_bytes)
            except IngestError as error:
                yield error
                continue
            except _WARC_FAILURES as exc:
                yield MalformedRecord(f"broken WARC record payload: {exc}", source=source,
                                      position=position)
                continue
            if found is not None:
                yield found


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
