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
from datetime import UTC, date, datetime, tzinfo
from html import unescape
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
_ISO_STAMP = re.compile(
    r"((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)"
    r"(?:[T ]([0-2]?\d):?([0-5]\d)(?::?\d{1,2}(?:\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?)?"
)


def _first_plausible(*candidates, today: date) -> tuple[date, str] | None:
    """The first candidate that is a date between EARLIEST and today (callables run lazily)."""
    for value, source in candidates:
        found = value() if callable(value) else value
        if found and EARLIEST <= found <= today:
            return found, source
    return None


def printed_date(tree: HtmlElement, *, window: int = 400) -> date | None:
    """The date printed between the headline and the first paragraph of prose.

    That zone holds the byline and the article's own timestamp; page headers (today's date)
    and sidebars (other articles' dates) lie outside it. Timestamps are short text nodes;
    longer ones there are photo captions, whose dates belong to the picture.
    """
    headline = _headline_element(tree)
    if headline is None:
        return None
    size = 0
    previous = ""
    for node in headline.xpath(
        "following::text()[not(ancestor::script) and not(ancestor::style)]"
    )[:80]:
        piece = " ".join(str(node).split())
        if not piece:
            continue
        parent = node.getparent()
        if parent is not None and parent.tag == "p" and len(parent.text_content().split()) >= 20:
            break  # the body has started
        size += len(piece)
        if size > window:
            break
        if len(piece.split()) <= 12 and not _NOT_PUBLISHED.search(f"{previous} {piece}"):
            found = find_text_date(piece)
            if found:
                return found
        previous = piece
    return None


# Dates in an article header that are not when it was published: a poster's profile, an event.
_NOT_PUBLISHED = re.compile(
    r"\b(?:joined|member since|registered|born|died|last (?:seen|active|visit)|expires?|"
    r"event date|deadline|closes?|opens?)\b[:\s]*(?:on\s+)?[^\w]*[\w ,.]*$",
    re.IGNORECASE,
)


def _headline_element(tree: HtmlElement) -> HtmlElement | None:
    """The h1 that carries the page's title (og:title or <title>), else the first h1."""
    titles = tree.xpath('//meta[@property="og:title"]/@content') or tree.xpath("//title/text()")
    wanted = _plain(unescape(unescape(str(titles[0])))) if titles else ""
    headings = list(tree.iter("h1"))
    if not wanted:
        return headings[0] if headings else None
    wanted_words = set(wanted.split())
    for heading in headings:
        words = set(_plain(heading.text_content()).split())
        if words and len(words & wanted_words) >= 0.6 * len(words | wanted_words):
            return heading
    for element in tree.iter("h2", "h3", "div", "span", "a", "strong", "td"):
        if _plain(element.text_content()) == wanted:
            return element
    return headings[0] if headings else None


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def structured_date(tree: HtmlElement, *, url: str | None = None) -> date | None:
    """The day the page's structured data (JSON-LD, then meta tags) gives as published."""
    zone = publisher_zone(tree, url)
    return _from_json_ld(tree, zone) or _from_meta(tree, zone)


def find_publication_date(
    html: str | None = None, *, tree: HtmlElement | None = None, structured: date | None = None,
    printed: date | None = None, url: str | None = None, text: str | None = None,
    today: date | None = None,
) -> tuple[date, str] | None:
    """(date, how it was found) for a page; the second item is 'url', 'html' or 'text'.

    Order of trust: a full date in the URL path (set once by the publishing system, in the
    publisher's calendar, never rewritten by updates); the page's structured data; htmldate
    over the whole page; a wire dateline or date at the top of the article text.
    A machine timestamp fixes the moment but not always the publisher's calendar day (UTC
    versus local time, a draft's date in the URL): when the date printed under the headline
    is within a day of the chosen one, the printed day is taken.
    ``structured`` and ``printed`` may be passed when already computed from ``tree``.
    """
    today = today or date.today()
    if tree is not None:
        structured = structured if structured is not None else structured_date(tree, url=url)
        printed = printed if printed is not None else printed_date(tree)
    chosen = _first_plausible((url_date(url), "url"), (structured, "html"), today=today)
    if chosen is None and printed and EARLIEST <= printed <= today:
        return printed, "html"  # the article's own timestamp beats a page-wide search
    chosen = chosen or _first_plausible(
        (lambda: _from_htmldate(html, url=url, today=today), "html"), today=today
    )
    if chosen is not None:
        if printed and printed != chosen[0] and abs((printed - chosen[0]).days) <= 1:
            return printed, "html"
        return chosen
    if text:
        dated = wire_dateline(text)
        if dated and dated[0]:
            return date(dated[0], dated[1], dated[2]), "text"
        found = find_text_date(text[:300])
        if found and EARLIEST <= found <= today:
            return found, "text"
    return None


def parse_iso_date(value: str, *, zone: tzinfo | None = None) -> date | None:
    """The day of an ISO-like timestamp (2018-08-23T10:02:00Z, 20180823T10:02Z, 2018-08-23).

    A timestamp in UTC (``Z`` or ``+00:00``) is a machine's clock, not the publisher's
    calendar: with ``zone`` (the publisher's time zone) it is converted to the local day.
    A timestamp with any other offset is already local and keeps its written day.
    """
    match = _ISO_STAMP.search(value.strip())
    if not match:
        return None
    year, month, day, hour, minute, offset = match.group(1, 2, 3, 4, 5, 6)
    try:
        written = date(int(year), int(month), int(day))
    except ValueError:
        return None
    if zone is None or hour is None or offset is None or offset.strip("Z+-:0") != "":
        return written
    stamp = datetime(written.year, written.month, written.day, min(int(hour), 23),
                     min(int(minute), 59), tzinfo=UTC)
    return stamp.astimezone(zone).date()


def publisher_zone(tree: HtmlElement | None, url: str | None) -> tzinfo | None:
    """The publisher's time zone: country domain, then og:locale / html lang region."""
    host = (urlsplit(url).hostname or "") if url else ""
    country = host.rsplit(".", 1)[-1] if "." in host else ""
    candidates = [country]
    if tree is not None:
        locales = tree.xpath('//meta[@property="og:locale"]/@content') + tree.xpath("/html/@lang")
        for locale in locales[:2]:
            language, _, region = str(locale).replace("-", "_").partition("_")
            candidates.extend([region.lower(), "lang:" + language.lower()])
    for key in candidates:
        name = COUNTRY_ZONES.get(key)
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                return None
    return None


COUNTRY_ZONES = {
    "us": "America/New_York", "ca": "America/Toronto", "mx": "America/Mexico_City",
    "br": "America/Sao_Paulo", "ar": "America/Argentina/Buenos_Aires", "co": "America/Bogota",
    "cl": "America/Santiago", "pe": "America/Lima", "uk": "Europe/London", "gb": "Europe/London",
    "ie": "Europe/Dublin", "fr": "Europe/Paris", "de": "Europe/Berlin", "at": "Europe/Vienna",
    "ch": "Europe/Zurich", "it": "Europe/Rome", "es": "Europe/Madrid", "pt": "Europe/Lisbon",
    "nl": "Europe/Amsterdam", "be": "Europe/Brussels", "dk": "Europe/Copenhagen",
    "se": "Europe/Stockholm", "no": "Europe/Oslo", "fi": "Europe/Helsinki", "pl": "Europe/Warsaw",
    "cz": "Europe/Prague", "sk": "Europe/Bratislava", "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest", "bg": "Europe/Sofia", "gr": "Europe/Athens", "tr": "Europe/Istanbul",
    "ua": "Europe/Kyiv", "ru": "Europe/Moscow", "by": "Europe/Minsk", "il": "Asia/Jerusalem",
    "eg": "Africa/Cairo", "za": "Africa/Johannesburg", "ng": "Africa/Lagos", "ke": "Africa/Nairobi",
    "sa": "Asia/Riyadh", "ae": "Asia/Dubai", "ir": "Asia/Tehran", "pk": "Asia/Karachi",
    "in": "Asia/Kolkata", "bd": "Asia/Dhaka", "th": "Asia/Bangkok", "vn": "Asia/Ho_Chi_Minh",
    "my": "Asia/Kuala_Lumpur", "sg": "Asia/Singapore", "id": "Asia/Jakarta", "ph": "Asia/Manila",
    "cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong", "tw": "Asia/Taipei", "kr": "Asia/Seoul",
    "jp": "Asia/Tokyo", "au": "Australia/Sydney", "nz": "Pacific/Auckland", "az": "Asia/Baku",
    "kz": "Asia/Almaty",
    # A language alone: the country where most news in it is published.
    "lang:en": "America/New_York", "lang:fr": "Europe/Paris", "lang:de": "Europe/Berlin",
    "lang:it": "Europe/Rome", "lang:ru": "Europe/Moscow", "lang:uk": "Europe/Kyiv",
    "lang:ja": "Asia/Tokyo", "lang:ko": "Asia/Seoul", "lang:tr": "Europe/Istanbul",
    "lang:pl": "Europe/Warsaw", "lang:nl": "Europe/Amsterdam", "lang:pt": "America/Sao_Paulo",
}


def _from_json_ld(tree: HtmlElement, zone: tzinfo | None = None) -> date | None:
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
                found = parse_iso_date(value, zone=zone)
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


def _from_meta(tree: HtmlElement, zone: tzinfo | None = None) -> date | None:
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
            found = parse_iso_date(values[key], zone=zone)
            if found:
                return found
    return None


def _from_htmldate(html: str | bytes | None, *, url: str | None, today: date) -> date | None:
    """htmldate's original date, unless it is a bare year read as 1 January."""
    if not html:
        return None
    try:
        value = find_date(html, url=url, original_date=True, extensive_search=True,
                          max_date=datetime(today.year, today.month, today.day))
    except (ValueError, TypeError, AttributeError, OverflowError) as exc:
        logger.debug("htmldate failed: %s", exc)
        return None
    if not value:
        return None
    found = date.fromisoformat(value)
    if (found.month, found.day) == (1, 1) and not _states_new_year(html, found.year):
        return None  # a copyright year or a year-only date, not a day
    return found


def _states_new_year(html: str | bytes, year: int) -> bool:
    """Whether the page writes 1 January of ``year`` as a full date anywhere."""
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    pattern = (rf"{year}-0?1-0?1\b|\b0?1[./-]0?1[./-]{year}|"
               rf"\bjan(?:uary)?\.? 0?1(?:st)?,? {year}|\b0?1(?:st)? jan(?:uary)?\.?,? {year}|"
               rf"{year}年0?1月0?1日")
    return re.search(pattern, text, re.IGNORECASE) is not None
