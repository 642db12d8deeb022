"""Plain text and Markdown articles, with an optional front matter block.

Front matter is a block of ``key: value`` lines between two ``---`` lines at the top of the
file; the keys read are url, title, published (or date), outlet (or source), byline (or
author; names separated by ``;`` or `` and ``), canonical_url (or canonical) and modified (or
updated). The rest is read as a copied news page, whose
chrome the rules in ``chrome`` remove; Markdown markup is removed first for ``.md`` files.
"""

from __future__ import annotations

import re
from datetime import date

from dateline.dates import parse_date
from dateline.errors import BadDate, MalformedRecord
from dateline.ingest.assemble import assemble
from dateline.ingest.canonical import normalise_url
from dateline.ingest.chrome import clean_text, parse_byline
from dateline.ingest.textdates import find_text_date, wire_dateline
from dateline.records import Document

FRONT_MATTER_KEYS = ("url", "title", "published", "date", "outlet", "byline", "author", "source",
                     "canonical_url", "canonical", "modified", "updated")
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)


def split_front_matter(text: str, *, source: str | None = None) -> tuple[dict[str, str], str]:
    """The front matter as a dict of lower-cased keys, and the rest of the text."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for number, line in enumerate(match.group("body").split("\n"), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not re.fullmatch(r"[\w -]+", key.strip()):
            raise MalformedRecord(
                f"front matter line is not 'key: value': {line[:80]!r}",
                source=source,
                position=f"line {number}",
            )
        meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[match.end() :]


_MARKDOWN_RULES = (
    (re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE), r"\1"),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.MULTILINE), ""),  # blockquote markers
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+", re.MULTILINE), ""),  # list markers
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.MULTILINE), ""),  # horizontal rules
)


def markdown_to_text(text: str) -> str:
    """Markdown markup removed, words kept: headings, quotes, links, emphasis, list markers."""
    for pattern, replacement in _MARKDOWN_RULES:
        text = pattern.sub(replacement, text)
    return text


def split_names(value: str) -> tuple[str, ...]:
    """'A; B', 'A and B', 'By A, B' → ('A', 'B')."""
    found = parse_byline(value)
    if found is not None:
        return found[0]
    return tuple(n.strip() for n in re.split(r"\s*;\s*|\s+and\s+", value) if n.strip())


def document_from_text(
    text: str,
    *,
    source: str | None = None,
    position: str | None = None,
    published: date | None = None,
    url: str | None = None,
    markdown: bool = False,
    metadata: dict[str, str] | None = None,
) -> Document:
    """Read one plain-text article (front matter optional) into a Document.

    ``metadata`` (same keys as front matter, e.g. from a JSONL record) overrides the file's.
    """
    meta, body = split_front_matter(text, source=source)
    meta.update({k: v for k, v in (metadata or {}).items() if v})
    if markdown:
        body = markdown_to_text(body)
    cleaned = clean_text(body, title=meta.get("title"))
    page_date, date_source = _front_matter_date(meta, source=source, position=position)
    if page_date is None and cleaned.published_text:
        page_date = find_text_date(cleaned.published_text)
        date_source = "text" if page_date else None
    if page_date is None:
        dated = wire_dateline(cleaned.text[:200])  # 'LONDON, March 3, 2019 (AP) —'
        if dated is not None and dated[0] is not None:
            page_date, date_source = date(dated[0], dated[1], dated[2]), "text"
    byline = split_names(meta.get("byline") or meta.get("author") or "") or cleaned.byline
    page_url = meta.get("url") or url
    canonical, canonical_source = given_canonical(meta, page_url)
    modified, modified_source = _modified(meta, cleaned.modified_text,
                                          published or page_date, source=source, position=position)
    return assemble(
        cleaned.text,
        source=source,
        position=position,
        published=page_date,
        published_source=date_source,  # type: ignore[arg-type]
        given=published,
        url=page_url,
        title=cleaned.title,
        byline=byline,
        outlet=meta.get("outlet") or meta.get("source") or cleaned.outlet,
        canonical_url=canonical,
        canonical_url_source=canonical_source,
        modified=modified,
        modified_source=modified_source,
    )


def given_canonical(meta: dict[str, str], url: str | None) -> tuple[str | None, str | None]:
    """The canonical URL the input gives (``given``), else its tidied URL (``url``)."""
    stated = meta.get("canonical_url") or meta.get("canonical")
    if stated and (tidy := normalise_url(stated)):
        return tidy, "given"
    if url and (tidy := normalise_url(url)):
        return tidy, "url"
    return None, None


def _modified(
    meta: dict[str, str], modified_text: str | None, published: date | None, *,
    source: str | None, position: str | None,
) -> tuple[date | None, str | None]:
    """The modified date given with the input, else an "Updated ..." line of the text."""
    value = meta.get("modified") or meta.get("updated")
    if value:
        return parse_given_date(value, source=source, position=position or "front matter",
                                key="modified"), "given"
    found = find_text_date(modified_text) if modified_text else None
    if found and (published is None or found >= published) and found <= date.today():
        return found, "text"
    return None, None


def _front_matter_date(
    meta: dict[str, str], *, source: str | None, position: str | None
) -> tuple[date | None, str | None]:
    value = meta.get("published") or meta.get("date")
    if not value:
        return None, None
    return parse_given_date(value, source=source, position=position or "front matter"), "given"


def parse_given_date(
    value: str, *, source: str | None, position: str | None, key: str = "published"
) -> date:
    """A date given with the input (front matter, JSONL): ISO, ISO timestamp or 'Aug. 23, 2018'."""
    try:
        found = parse_date(value[:10] if re.match(r"\d{4}-\d\d-\d\d", value) else value,
                           source=source or "input")
    except BadDate:
        found = find_text_date(value)
    if found is None:
        raise MalformedRecord(f"'{key}: {value}' is not a date; use YYYY-MM-DD",
                              source=source, position=position)
    return found
