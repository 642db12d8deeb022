"""RSS and Atom feeds: each item's page is fetched and read as HTML.

When fetching is off, or an item's page cannot be fetched, an item that carries its full text
(``content:encoded``, Atom ``content``) is read from the feed itself; otherwise the failure is
yielded as a named error. The feed's own item dates (published, updated) fill in when the
page gives none.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, date, datetime

import feedparser

from dateline.errors import FetchError, IngestError, MalformedRecord
from dateline.ingest.decode import decode_bytes
from dateline.ingest.fetch import Fetcher
from dateline.ingest.html import document_from_html
from dateline.records import Document

MIN_FEED_TEXT_WORDS = 120
"""An item's own text shorter than this is a teaser, not the article."""


def looks_like_feed(head: bytes) -> bool:
    start = head[:1024].lstrip().lower()
    return b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start


def read_feed(
    data: bytes, *, source: str, fetcher: Fetcher | None = None, published: date | None = None
) -> Iterator[Document | IngestError]:
    """Documents for the items of an RSS/Atom feed given as bytes."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        yield MalformedRecord(f"no feed items found{f' ({reason})' if reason else ''}",
                              source=source)
        return
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        position = f"item {number}" + (f" <{link}>" if link else "")
        try:
            yield _entry_document(entry, source=source, position=position, fetcher=fetcher,
                                  published=published)
        except IngestError as error:
            yield error


def _entry_document(entry, *, source: str, position: str, fetcher: Fetcher | None,
                    published: date | None) -> Document:
    link = entry.get("link")
    feed_date = _entry_date(entry)
    failure: IngestError | None = None
    if fetcher is not None and link:
        try:
            page = fetcher.fetch(link, found=True)  # a link inside the feed: public hosts only
            html = decode_bytes(page.data, source=link, declared=page.charset)
            document = document_from_html(html, source=link, url=page.url, published=published)
            if document.published is None and feed_date is not None:
                document = document.model_copy(update={"published": feed_date,
                                                       "published_source": "html"})
            return _with_feed_update(document, entry)
        except FetchError as error:
            failure = error
    body = _entry_text(entry)
    if len(body.split()) < MIN_FEED_TEXT_WORDS:
        if failure is not None:
            raise failure
        raise MalformedRecord("the item carries only a teaser and its page was not fetched "
                              "(fetch=True, or the CLI's --fetch, fetches it)",
                              source=source, position=position)
    document = document_from_html(f"<html><body><article>{body}</article></body></html>",
                                  source=source, position=position, url=link,
                                  published=published or feed_date)
    updates: dict[str, object] = {"title": entry.get("title") or document.title}
    if published is None and feed_date is not None:
        updates["published_source"] = "html"
    if entry.get("author"):
        updates["byline"] = (entry["author"],)
    return _with_feed_update(document.model_copy(update=updates), entry)


def _with_feed_update(document: Document, entry) -> Document:
    """The item's updated date as the modified date, when the page gives none."""
    updated = _entry_date(entry, keys=("updated_parsed",))
    if document.modified is not None or updated is None:
        return document
    if document.published is not None and updated < document.published:
        return document
    return document.model_copy(update={"modified": updated, "modified_source": "html"})


def _entry_text(entry) -> str:
    for content in entry.get("content") or []:
        if content.get("value"):
            return content["value"]
    return entry.get("summary") or ""


def _entry_date(
    entry, keys: tuple[str, ...] = ("published_parsed", "updated_parsed", "created_parsed")
) -> date | None:
    for key in keys:
        value = dict.get(entry, key)  # no feedparser fallback from updated to published
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=UTC).date()
            except (OverflowError, ValueError, TypeError):
                continue
    return None
