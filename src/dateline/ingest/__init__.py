"""Ingest: files, directories, archives, feeds, URLs and strings into ``Document`` records.

``read_path`` / ``read_paths`` never stop on bad input: each problem is *yielded* as an
``IngestError`` (a named ``dateline.errors`` subclass whose message names the file and the
position) between the Documents, so a caller can store the good ones and report the rest.

Formats, by name (any of them gzipped) or else by content: HTML (``html``), plain text with
optional front matter and Markdown (``text``, ``chrome``), JSON Lines and JSON (``jsonl``),
WARC (``warc``), RSS/Atom (``feeds``), ``http(s)://`` URLs (``fetch``). Bytes become text in
``decode``; ``assemble`` builds the Document and refuses empty and non-English text.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from dateline.errors import (
    BinaryInput,
    EmptyDocument,
    IngestError,
    InputTooLarge,
    MalformedRecord,
    UnreadableInput,
    UnsupportedFormat,
)
from dateline.ingest.decode import MAX_DOCUMENT_BYTES, check_not_binary, decode_bytes, read_limited
from dateline.ingest.feeds import looks_like_feed, read_feed
from dateline.ingest.fetch import Fetcher
from dateline.ingest.html import document_from_html
from dateline.ingest.jsonl import document_from_record, read_jsonl_lines
from dateline.ingest.text import document_from_text
from dateline.ingest.warc import read_warc
from dateline.records import Document

__all__ = ["ASSET_SUFFIXES", "Fetcher", "document_from_string", "read_path", "read_paths", "read_url",
           "sniff_format", "walk_in_order"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
JSON_SUFFIXES = (".json",)
WARC_SUFFIXES = (".warc", ".arc")
FEED_SUFFIXES = (".rss", ".atom", ".feed", ".xml")
_URL = re.compile(r"^https?://", re.IGNORECASE)
_PATH_URL = re.compile(r"^(https?):/(?!/)", re.IGNORECASE)
_HTML_SNIFF = re.compile(rb"<!doctype html|<html|<head|<body|<article|<p[ >]|<div[ >]", re.I)
_default_fetcher: Fetcher | None = None


def default_fetcher() -> Fetcher:
    """One polite fetcher per process, so that the per-host delay holds across calls."""
    global _default_fetcher
    if _default_fetcher is None:
        _default_fetcher = Fetcher()
    return _default_fetcher


def read_paths(
    paths: Iterable[str | Path], *, published: date | None = None, **options: object
) -> Iterator[Document | IngestError]:
    """Everything ``read_path`` yields, for each path (or URL) in turn."""
    for path in paths:
        yield from read_path(path, published=published, **options)  # type: ignore[arg-type]


def read_path(
    path: str | Path,
    *,
    published: date | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    fetch: bool | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Document | IngestError]:
    """Documents (and IngestErrors) from a file, a directory (recursively, sorted) or a URL.

    ``published``, when given, overrides every date the input carries (source ``given``).
    Network use is never a surprise: with ``fetch=None`` (the default) an ``http(s)://``
    path is fetched, and so are the items of a feed that came from the network, but a local
    feed file is read from the text its items carry; ``fetch=True`` also fetches the items
    of local feeds, ``fetch=False`` never touches the network. Fetching uses ``fetcher``
    (a polite default one when None).
    """
    network = (fetcher or default_fetcher()) if fetch is not False else None
    if isinstance(path, Path) and _PATH_URL.match(str(path)):
        path = _PATH_URL.sub(r"\1://", str(path), count=1)  # Path('https://x') is 'https:/x'
    if isinstance(path, str) and _URL.match(path):
        if network is None:
            yield UnsupportedFormat("URLs are not fetched with fetch=False", source=path)
            return
        yield from read_url(path, published=published, max_bytes=max_bytes, fetcher=network)
        return
    options = {"published": published, "max_bytes": max_bytes,
               "fetcher": network if fetch else None}
    path = Path(path)
    if path.is_dir():
        for child in walk_in_order(path):
            yield from _read_file(child, **options)  # type: ignore[arg-type]
    elif path.exists():
        yield from _read_file(path, **options)  # type: ignore[arg-type]
    else:
        yield UnreadableInput("no such file or directory", source=str(path))


def read_url(
    url: str, *, published: date | None = None, max_bytes: int = MAX_DOCUMENT_BYTES,
    fetcher: Fetcher | None = None,
) -> Iterator[Document | IngestError]:
    """The Document of one web page, or the Documents of a feed's items."""
    fetcher = fetcher or default_fetcher()
    try:
        page = fetcher.fetch(url)
        if looks_like_feed(page.data) or "rss" in page.content_type or "atom" in page.content_type:
            yield from read_feed(page.data, source=url, fetcher=fetcher, published=published)
            return
        check_not_binary(page.data, source=url)
        text = decode_bytes(page.data, source=url, declared=page.charset)
        if page.content_type == "text/plain":
            yield document_from_text(text, source=url, url=page.url, published=published)
        else:
            yield document_from_html(text, source=url, url=page.url, published=published)
    except IngestError as error:
        yield error


ASSET_SUFFIXES = frozenset(
    [".css", ".js", ".mjs", ".map", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico", ".bmp", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp3", ".mp4", ".webm", ".ogg", ".wav", ".m4a", ".mov"]
)
"""Page assets (a saved page's ``_files`` folder): skipped in folders, refused when named."""


def walk_in_order(root: Path) -> Iterator[Path]:
    """The files a folder's ingest reads, sorted (hidden files and folders, .git and .DS_Store,
    and page assets left out; symlinked folders not entered, as ``Path.rglob`` enters none),
    found as they are read: one folder's sorted entries per level are held, not a ``Path`` per
    file of the whole tree (~1 KB each: ~94 MB for 100,000 files,
    held by a serial ingest for its whole run). Paths sort by their parts, so sorting each
    folder's names and entering a subfolder where its name falls gives the same order."""
    try:
        with os.scandir(root) as found:
            entries = sorted((e for e in found if not e.name.startswith(".")),
                             key=lambda e: os.path.normcase(e.name))
    except OSError:  # an unreadable folder is skipped, as ``Path.rglob`` skips it
        return
    for entry in entries:
        path = Path(entry.path)
        if _entry_is(entry, folder=True):
            yield from walk_in_order(path)
        elif _entry_is(entry, folder=False) and path.suffix.lower() not in ASSET_SUFFIXES:
            yield path


def _entry_is(entry: os.DirEntry[str], *, folder: bool) -> bool:
    """A real folder (``rglob`` enters no symlinked one), or a file or a link to one."""
    try:
        return entry.is_dir(follow_symlinks=False) if folder else entry.is_file()
    except OSError:
        return False


def sniff_format(path: Path, head: bytes = b"") -> str:
    """'html', 'text', 'markdown', 'jsonl', 'json', 'warc' or 'feed': by name, else by content."""
    name = path.name.lower().removesuffix(".gz")
    for suffixes, kind in ((HTML_SUFFIXES, "html"), (TEXT_SUFFIXES, "text"),
                           (MARKDOWN_SUFFIXES, "markdown"), (JSONL_SUFFIXES, "jsonl"), (JSON_SUFFIXES, "json"),
                           (WARC_SUFFIXES, "warc"), (FEED_SUFFIXES, "feed")):
        if name.endswith(suffixes):
            return "feed" if kind == "html" and looks_like_feed(head) else kind
    if head.startswith(b"WARC/"):
        return "warc"
    if looks_like_feed(head):
        return "feed"
    if head.lstrip()[:1] == b"{":
        return "jsonl"
    if _HTML_SNIFF.search(head[:2048]):
        return "html"
    return "text"


def _read_file(
    path: Path, *, published: date | None, max_bytes: int, fetcher: Fetcher | None
) -> Iterator[Document | IngestError]:
    source = str(path)
    if path.suffix.lower() in ASSET_SUFFIXES:
        yield UnsupportedFormat(f"a {path.suffix} file is a page asset, not an article; give "
                                "the .html page, a text, JSONL, WARC or feed file", source=source)
        return
    try:
        head = _head(path)
    except IngestError as error:
        yield error
        return
    kind = sniff_format(path, head)
    if kind == "warc":
        yield from read_warc(path, published=published, max_bytes=max_bytes)
    elif kind == "jsonl":
        yield from _read_jsonl(path, published=published, max_bytes=max_bytes)
    elif kind == "json":
        yield from _read_json(path, published=published, max_bytes=max_bytes)
    elif kind == "feed":
        try:
            data = read_limited(path, limit=max_bytes)
        except IngestError as error:
            yield error
            return
        yield from read_feed(data, source=source, fetcher=fetcher, published=published)
    else:
        try:
            data = read_limited(path, limit=max_bytes)
            yield _document_from_bytes(data, kind=kind, source=source, published=published)
        except IngestError as error:
            yield error


def _head(path: Path, size: int = 4096) -> bytes:
    """The first decompressed bytes of a file; a gzip file that is not one is unreadable."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(2)
        opener = gzip.open if magic == b"\x1f\x8b" else open
        with opener(path, "rb") as handle:
            return handle.read(size)
    except (OSError, EOFError, zlib.error) as exc:
        raise UnreadableInput(f"cannot read the file: {exc}", source=str(path)) from exc


def _read_jsonl(path: Path, *, published: date | None, max_bytes: int) -> Iterator[Document | IngestError]:
    source = str(path)
    try:
        check_not_binary(_head(path), source=source)
        with path.open("rb") as raw:
            magic = raw.read(2)
        opener = gzip.open if magic == b"\x1f\x8b" else open
        with opener(path, "rb") as handle:
            yield from read_jsonl_lines(handle, source=source, published=published,
                                        max_bytes=max_bytes)
    except IngestError as error:
        yield error
    except (OSError, EOFError, zlib.error) as exc:
        yield UnreadableInput(f"the file stopped being readable: {exc}", source=source)


def _read_json(path: Path, *, published: date | None, max_bytes: int) -> Iterator[Document | IngestError]:
    """A .json file: one article object, or an array of them (item N named in errors)."""
    source = str(path)
    try:
        text = decode_bytes(read_limited(path, limit=max_bytes), source=source)
        data = json.loads(text)
    except IngestError as error:
        yield error
        return
    except json.JSONDecodeError as exc:
        yield MalformedRecord(f"not valid JSON: {exc.msg}", source=source,
                              position=f"line {exc.lineno}, column {exc.colno}")
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        position = f"item {number}" if isinstance(data, list) else None
        try:
            if not isinstance(record, dict):
                raise MalformedRecord(f"expected a JSON object, found {type(record).__name__}",
                                      source=source, position=position)
            yield document_from_record(record, source=source, position=position,
                                       published=published)
        except IngestError as error:
            yield error


def _document_from_bytes(data: bytes, *, kind: str, source: str, published: date | None) -> Document:
    if not data.strip():
        raise EmptyDocument("the file is empty", source=source)
    text = decode_bytes(data, source=source)
    if kind == "html":
        return document_from_html(text, source=source, published=published)
    return document_from_text(text, source=source, published=published,
                              markdown=kind == "markdown")


def document_from_string(
    text_or_html: str,
    *,
    published: date | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Document:
    """One Document from a string of HTML or plain text (sniffed); raises IngestError."""
    if not isinstance(text_or_html, str):
        raise UnsupportedFormat(f"expected a str, got {type(text_or_html).__name__}",
                                source=source)
    if len(text_or_html) > MAX_DOCUMENT_BYTES:
        raise InputTooLarge(f"{len(text_or_html):,} characters is over the {MAX_DOCUMENT_BYTES:,} "
                            "limit for one document", source=source)
    if "\x00" in text_or_html:
        raise BinaryInput("NUL characters: this is binary data, not text", source=source)
    if not text_or_html.strip():
        raise EmptyDocument("the text is empty", source=source)
    head = text_or_html[:2048].encode("utf-8", "replace")
    if _HTML_SNIFF.search(head) and re.search(r"</\w+>", text_or_html):
        return document_from_html(text_or_html, source=source, url=url, published=published)
    return document_from_text(text_or_html, source=source, url=url, published=published)
