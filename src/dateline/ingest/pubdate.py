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
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
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
    longer ones there are photo captions, whose dates belong to the picture. A date labelled
    as an update ("Updated Nov. 3") is the modified date, not the published one.
    """
    for label, piece in _header_pieces(tree, window=window):
        if _NOT_PUBLISHED.search(label):
            continue
        before, after = split_update(piece)
        if after is None and _UPDATE_LABEL.search(label):
            continue  # the node before was the "Updated" label
        found = find_text_date(before)
        if found:
            return found
    return None


def printed_modified(tree: HtmlElement, *, window: int = 400) -> date | None:
    """The date the header zone labels as an update ("Updated 3:10 p.m., Nov. 3, 2019")."""
    for label, piece in _header_pieces(tree, window=window):
        after = split_update(piece)[1]
        if after is None and _UPDATE_LABEL.search(label):
            after = piece
        found = find_text_date(after) if after else None
        if found:
            return found
    return None


def split_update(text: str) -> tuple[str, str | None]:
    """'Published Nov. 2, 2019 | Updated Nov. 3' → ('Published Nov. 2, 2019 | ', ' Nov. 3')."""
    match = _UPDATE_WORD.search(text)
    return (text[: match.start()], text[match.end() :]) if match else (text, None)


def _header_pieces(tree: HtmlElement, *, window: int):
    """(label, piece) for the short text nodes after the headline, until the body starts.

    ``label`` is the piece with the node before it, so a label in its own element
    ("Updated:" then "Nov. 3, 2019") still labels the date.
    """
    headline = _headline_element(tree)
    if headline is None:
        return
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
            return  # the body has started
        size += len(piece)
        if size > window:
            return
        if len(piece.split()) <= 12:
            yield f"{previous} {piece}", piece
        previous = piece


_UPDATE_WORD = re.compile(r"\b(?:last\s+)?(?:updated|modified|revised)\b", re.IGNORECASE)
_UPDATE_LABEL = re.compile(
    r"(?:^|\s)(?:last\s+)?(?:updated|modified|revised)\b[\s:]*(?:on\s+|at\s+)?[^\w]*[\w ,.:]*$",
    re.IGNORECASE,
)


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


def structured_moment(tree: HtmlElement) -> datetime | None:
    """The moment the page's structured data gives as published, when it states a clock *and*
    a UTC offset ("2019-03-05T23:40:00-05:00"): the time tagger places "at 11 p.m." and
    "tonight" by it. A clock without an offset could be any zone's, so it gives nothing."""
    found = _from_json_ld(tree, parse=parse_iso_moment) or _from_meta(tree, parse=parse_iso_moment)
    return found if isinstance(found, datetime) else None


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


_MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "article:modified", "og:updated_time",
    "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod",
    "parsely-updated", "sailthru.lastmodified", "modified", "updated", "date.updated",
)


def stated_modified(tree: HtmlElement, *, url: str | None = None) -> date | None:
    """The update date the page states: JSON-LD ``dateModified``, meta tags, "Updated" line."""
    zone = publisher_zone(tree, url)
    return (_from_json_ld(tree, zone, keys=("dateModified",))
            or _from_meta(tree, zone, keys=_MODIFIED_META, itemprop="dateModified")
            or printed_modified(tree))


def find_modified_date(
    html: str | None = None, *, tree: HtmlElement | None = None, stated: date | None = None,
    published: date | None = None, url: str | None = None, today: date | None = None,
) -> tuple[date, str] | None:
    """(date, 'html') the page was last updated, never before ``published`` nor after today.

    The date the page states (``stated_modified``; pass ``stated`` when already computed
    from the tree); when it states none, htmldate's latest date (its ``original_date=False``
    reading) if that is later than the publication date, by a month at most.
    """
    today = today or date.today()

    def plausible(found: date | None) -> bool:
        return bool(found and EARLIEST <= found <= today and (published is None or found >= published))

    if stated is None and tree is not None:
        stated = stated_modified(tree, url=url)
    if stated is not None and plausible(stated):
        return stated, "html"
    if published is not None and html:
        found = _from_htmldate(html, url=url, today=today, original=False)
        if (found is not None and found != published and plausible(found)
                and (found - published).days <= UNLABELLED_UPDATE_DAYS):
            return found, "html"
    return None


UNLABELLED_UPDATE_DAYS = 31
"""htmldate's latest date counts as the update only this close to publication; an unlabelled
date months later is a sidebar's or a comment's, not the article's."""


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


def parse_iso_moment(value: str) -> datetime | None:
    """An ISO timestamp with its clock and UTC offset, as written (``Z`` is UTC); None when
    either is missing or the values are impossible."""
    match = _ISO_STAMP.search(value.strip())
    if not match or match.group(4) is None or match.group(6) is None:
        return None
    year, month, day, hour, minute, offset = match.group(1, 2, 3, 4, 5, 6)
    sign = -1 if offset.startswith("-") else 1
    digits = offset.strip("Z+-").replace(":", "")
    shift = timedelta(hours=int(digits[:2]), minutes=int(digits[2:])) if digits else timedelta()
    try:
        return datetime(int(year), int(month), int(day), int(hour), int(minute),
                        tzinfo=timezone(sign * shift))
    except ValueError:  # "2019-02-30T25:00Z", "+24:00"
        return None


def parse_stated_date(value: str, *, zone: tzinfo | None = None) -> date | None:
    """A date stated in structured data: ISO first, else written out ('Tue, Sep 15 2020
    10:01:41 EDT', '15 September 2020'), whose day is the publisher's own."""
    found = parse_iso_date(value, zone=zone)
    if found is None and len(value) <= 80:
        found = find_text_date(value)
    return found


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


def _from_json_ld(
    tree: HtmlElement, zone: tzinfo | None = None,
    keys: tuple[str, ...] = ("datePublished", "dateCreated"),
    parse: Callable[[str], date | None] | None = None,
) -> date | None:
    """datePublished (or the first of ``keys``) of the page's article object in its JSON-LD,
    read by ``parse`` (default: the publisher's day, see ``parse_stated_date``)."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "null", strict=False)
        except ValueError:
            continue
        for obj in walk_json(data):
            value = next((obj[k] for k in keys if obj.get(k)), None)
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if isinstance(value, str) and any(
                isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "WebPage", "Report"))
                for k in kinds
            ):
                found = parse(value) if parse else parse_stated_date(value, zone=zone)
                if found:
                    return found
    return None


def walk_json(data: object, depth: int = 0):
    """Every JSON object inside ``data`` (six levels deep at most), outermost first."""
    if depth > 6:
        return
    if isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from walk_json(value, depth + 1)
    elif isinstance(data, list):
        for item in data:
            yield from walk_json(item, depth + 1)


def _from_meta(
    tree: HtmlElement, zone: tzinfo | None = None, keys: tuple[str, ...] = _PUBLISHED_META,
    itemprop: str = "datePublished", parse: Callable[[str], date | None] | None = None,
) -> date | None:
    """The first published-time meta tag (or of ``keys``), most reliably filled first, read
    by ``parse`` (default: the publisher's day, see ``parse_stated_date``)."""
    values: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key and key not in values:
            values[key] = meta.get("content") or ""
    for time in tree.xpath(f'//time[@itemprop="{itemprop}"][@datetime]'):
        values.setdefault(itemprop.lower(), time.get("datetime") or "")
    for key in keys:
        if key in values:
            found = parse(values[key]) if parse else parse_stated_date(values[key], zone=zone)
            if found:
                return found
    return None


def _from_htmldate(
    html: str | bytes | None, *, url: str | None, today: date, original: bool = True
) -> date | None:
    """htmldate's original (or, ``original=False``, latest) date, unless a bare year."""
    if not html:
        return None
    try:
        value = find_date(html, url=url, original_date=original, extensive_search=True,
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
