"""The publication date of an HTML page: structured data, meta tags, htmldate, URL, dateline.

htmldate is good at meta tags and visible dates but sometimes prefers a modified date or a
date in the page's sidebar. Publishers state the original date most reliably in JSON-LD
(``datePublished``) and in ``article:published_time``-style meta tags, so those are read
first; htmldate comes next, then a date in the URL path, then a wire dateline in the text.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import date, datetime

from htmldate import find_date
from lxml.html import HtmlElement

from dateline.ingest.textdates import find_text_date, url_date, wire_dateline

logger = logging.getLogger(__name__)

EARLIEST = date(1995, 1, 1)
"""No news page on the web is older; earlier values are parse errors or placeholders."""

_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article.published",
    "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "date",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "sailthru.date",
    "parsely-pub-date", "cxenseparse:recs:publishtime", "article_date_original",
    "originalpublicationdate", "displaydate", "citation_publication_date", "og:pubdate",
    "published_time", "publication_date", "release_date", "created", "dc.created",
)
_ISO_PREFIX = re.compile(r"((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)")


def structured_date(tree: HtmlElement) -> date | None:
    """The date the page's structured data (JSON-LD, then meta tags) gives as published."""
    return _from_json_ld(tree) or _from_meta(tree)


def find_publication_date(
    tree: HtmlElement | None = None, *, structured: date | None = None,
    htmldate_value: str | None = None, html: str | bytes | None = None, url: str | None = None,
    text: str | None = None, today: date | None = None,
) -> tuple[date, str] | None:
    """(date, how it was found) for a page; the second item is 'html', 'url' or 'text'.

    ``structured`` and ``htmldate_value`` may be passed when already computed (the HTML
    reader gets them before and during extraction); otherwise they are computed from
    ``tree`` or ``html``.
    """
    today = today or date.today()
    if structured is None and tree is not None:
        structured = structured_date(tree)
    if structured and EARLIEST <= structured <= today:
        return structured, "html"
    if htmldate_value is None:
        found = _from_htmldate(tree if tree is not None else html, url=url, today=today)
    else:
        found = parse_iso_date(htmldate_value)
    if found and EARLIEST <= found <= today:
        return found, "html"
    found = url_date(url)
    if found and EARLIEST <= found <= today:
        return found, "url"
    if text:
        dated = wire_dateline(text)
        if dated and dated[0]:
            return date(dated[0], dated[1], dated[2]), "text"
        found = find_text_date(text[:300])
        if found and EARLIEST <= found <= today:
            return found, "text"
    return None


def parse_iso_date(value: str) -> date | None:
    """The date part of an ISO-like timestamp (2018-08-23T10:02:00Z, 20180823)."""
    match = _ISO_PREFIX.search(value.strip())
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _from_json_ld(tree: HtmlElement) -> date | None:
    """datePublished of the page's article object in its JSON-LD blocks."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "null", strict=False)
        except ValueError:
            continue
        for obj in _walk_json(data):
            value = obj.get("datePublished") or obj.get("dateCreated")
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if isinstance(value, str) and any(
                isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "WebPage", "Report"))
                for k in kinds
            ):
                found = parse_iso_date(value)
                if found:
                    return found
    return None


def _walk_json(data: object, depth: int = 0):
    if depth > 6:
        return
    if isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _walk_json(value, depth + 1)
    elif isinstance(data, list):
        for item in data:
            yield from _walk_json(item, depth + 1)


def _from_meta(tree: HtmlElement) -> date | None:
    """The first published-time meta tag, in order of how reliably publishers fill it."""
    values: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key and key not in values:
            values[key] = meta.get("content") or ""
    for time in tree.xpath('//time[@itemprop="datePublished"][@datetime]'):
        values.setdefault("datepublished", time.get("datetime") or "")
    for key in _PUBLISHED_META:
        if key in values:
            found = parse_iso_date(values[key])
            if found:
                return found
    return None


def _from_htmldate(document: HtmlElement | str | bytes | None, *, url: str | None,
                   today: date) -> date | None:
    if document is None:
        return None
    try:
        value = find_date(document, url=url, original_date=True, extensive_search=True,
                          max_date=datetime(today.year, today.month, today.day))
    except (ValueError, TypeError, AttributeError) as exc:  # htmldate on malformed trees
        logger.debug("htmldate failed: %s", exc)
        return None
    return date.fromisoformat(value) if value else None
