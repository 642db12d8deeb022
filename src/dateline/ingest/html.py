"""HTML pages: main text with trafilatura, metadata, and the publication date.

trafilatura's XML body keeps the structure the NLP stages use: each ``p``, ``head``,
``quote`` and list item becomes one paragraph (a quotation spread over several ``p`` inside
one ``quote`` stays one paragraph). The plain-text chrome rules then remove bylines and
timestamp lines that the extractor kept at the top of the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from dateline.errors import EmptyDocument, MalformedRecord
from dateline.ingest.assemble import assemble
from dateline.ingest.canonical import canonical_url
from dateline.ingest.chrome import clean_text, parse_byline
from dateline.ingest.pubdate import (
    find_modified_date,
    find_publication_date,
    printed_date,
    stated_modified,
    structured_date,
    structured_moment,
)
from dateline.ingest.textdates import find_text_date
from dateline.records import Document

MAX_TREE_DEPTH = 400
"""Deeper element nesting than this is a malformed or hostile page (MalformedRecord)."""



@dataclass(frozen=True)
class ExtractedPage:
    """What the page says about itself before chrome rules and date choice."""

    html: str
    text: str = ""
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None
    structured: date | None = None
    moment: datetime | None = None
    printed: date | None = None
    canonical: tuple[str, str] | None = None
    modified: date | None = None
    language: str | None = None


def extract_article(html: str, *, url: str | None = None, source: str | None = None) -> ExtractedPage:
    """trafilatura's reading of the page: text (paragraphs), title, authors, site name, dates.

    Precision mode first (it leaves out teasers and captions that recall mode keeps); when
    it returns much less than recall mode would, the page's article is spread over blocks
    that precision mode distrusts, and the recall reading is used. Paragraphs of the same
    container type that the extractor skipped (a body split by advertisements) are put back.
    """
    tree = _parse(html, source=source, check=True)
    structured = structured_date(tree, url=url)
    moment = structured_moment(tree)
    printed = printed_date(tree)
    canonical = canonical_url(tree, url)
    modified = stated_modified(tree, url=url)
    language = declared_language(tree)
    result = _trafilatura(tree, url=url, source=source, favor_precision=True)
    paragraphs = body_paragraphs(result.body) if result is not None and result.body is not None else []
    if _word_count(paragraphs) < SHORT_ARTICLE_WORDS:
        recall = _trafilatura(_parse(html, source=source), url=url, source=source, favor_recall=True)
        if recall is not None and recall.body is not None:
            longer = body_paragraphs(recall.body)
            if _word_count(longer) > 2 * _word_count(paragraphs):
                result, paragraphs = recall, longer
    if result is None:
        return ExtractedPage(html=html, url=url, structured=structured, moment=moment,
                             printed=printed, canonical=canonical, modified=modified,
                             language=language)
    fresh = drop_inline_cards(wrap_loose_text(_parse(html, source=source)))
    paragraphs = recover_embedded_quotes(fresh, recover_split_body(fresh, paragraphs))
    paragraphs = unglue_markers(drop_link_runs(fresh, paragraphs))
    return ExtractedPage(
        html=html,
        text="\n\n".join(paragraphs),
        title=result.title,
        author=result.author,
        sitename=result.sitename,
        url=result.url or url,
        structured=structured,
        moment=moment,
        printed=printed,
        canonical=canonical or canonical_url(None, result.url),
        modified=modified,
        language=language,
    )


def declared_language(tree: HtmlElement) -> str | None:
    """The language the page declares (``<html lang>``, else ``og:locale``)."""
    for value in tree.xpath("/html/@lang") + tree.xpath('//meta[@property="og:locale"]/@content'):
        if str(value).strip():
            return str(value).strip()
    return None


SHORT_ARTICLE_WORDS = 150
"""Below this many words from precision mode, recall mode is tried as well."""


_INLINE = frozenset({"a", "abbr", "b", "cite", "code", "em", "font", "i", "mark", "q", "s",
                     "small", "span", "strong", "sub", "sup", "time", "u"})
LOOSE_RUN_WORDS = 10
"""A run of text this long directly inside a container, between line breaks, is a paragraph."""


def wrap_loose_text(tree: HtmlElement) -> HtmlElement:
    """Give paragraphs written as ``text<br><br>text`` inside a container their own ``p``.

    Extractors read paragraphs from elements; text standing loose in a ``div`` between line
    breaks (older publishing systems write whole articles that way) loses its first run, the
    one before any child element. Each run of text and inline elements between breaks and
    blocks becomes a ``p``, when the container holds a run of ``LOOSE_RUN_WORDS`` or more.
    """
    for element in list(tree.iter("div", "td", "section", "article", "main")):
        if element.find("br") is None:
            continue
        runs = [element.text or ""] + [c.tail or "" for c in element if c.tag not in _INLINE]
        if max(len(r.split()) for r in runs) >= LOOSE_RUN_WORDS:
            _wrap_runs(element)
    return tree


def drop_inline_cards(tree: HtmlElement) -> HtmlElement:
    """Remove pop-up cards nested in running text: a ``span`` or ``div`` inside a paragraph
    holding a picture and two or more links (a person's hover card with their latest
    headlines), which style sheets hide and text extraction would read into the sentence."""
    found = tree.xpath("//p//span[.//img and count(.//a) >= 2] | //p//div[.//img and "
                       "count(.//a) >= 2]")
    candidates = set(found)
    for card in found:
        if any(inner in candidates for inner in card.iterdescendants()):
            continue  # the card is the innermost such element, not the sentence around it
        parent = card.getparent()
        if parent is None:
            continue
        if card.tail:  # the words after the card stay in the sentence
            previous = card.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + card.tail
            else:
                parent.text = (parent.text or "") + card.tail
        parent.remove(card)
    return tree


def _wrap_runs(element: HtmlElement) -> None:
    children = list(element)
    built: list[Any] = []
    run_text: str | None = element.text
    run_items: list[Any] = []

    def flush() -> None:
        if (run_text and run_text.strip()) or any(_flat(c) for c in run_items):
            paragraph = element.makeelement("p", {})
            paragraph.text = run_text
            paragraph.extend(run_items)
            built.append(paragraph)
        else:
            built.extend(run_items)

    for child in children:
        if isinstance(child.tag, str) and child.tag in _INLINE:
            run_items.append(child)  # its tail stays with it, inside the run
            continue
        flush()
        run_text, run_items = child.tail, []
        child.tail = None
        built.append(child)
    flush()
    element.text = None
    for child in list(element):  # the inline ones already moved into their paragraph
        element.remove(child)
    element.extend(built)


def _trafilatura(tree: HtmlElement, *, url: str | None, source: str | None,
                 favor_precision: bool = False, favor_recall: bool = False) -> Any:
    tree = drop_inline_cards(wrap_loose_text(tree))
    try:
        return trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=favor_precision,
            favor_recall=favor_recall,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise MalformedRecord(f"the HTML extractor failed: {exc!r}", source=source) from exc


def _word_count(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def recover_split_body(tree: HtmlElement, paragraphs: list[str]) -> list[str]:
    """Put back containers of the article body that the extractor skipped entirely.

    Publishers split long articles into several sibling containers between advertisements;
    extractors often keep only the first. The body's containers share their markup (tag and
    class), so a container with the dominant signature of the extracted paragraphs, none of
    whose paragraphs were extracted, holding at least two paragraphs of prose, is part of
    the article too. Paragraphs the extractor dropped from containers it did read (captions,
    sign-up prompts) stay dropped.
    """
    extracted = {_key(p): i for i, p in enumerate(paragraphs)}
    containers: dict[etree._Element, list[str]] = {}
    for element in tree.iter("p"):
        parent = element.getparent()
        text = _flat(element)
        if parent is not None and text:
            containers.setdefault(parent, []).append(text)
    signatures = Counter(
        _signature(parent)
        for parent, texts in containers.items()
        for text in texts
        if _key(text) in extracted
    )
    if not signatures:
        return paragraphs
    signature, count = signatures.most_common(1)[0]
    if count < 3 or count < 0.8 * sum(signatures.values()) or not signature[1]:
        return paragraphs
    after: dict[int, list[str]] = {}  # extracted paragraph index -> containers to add after it
    last_hit: int | None = None
    for parent, texts in containers.items():
        hits = [extracted[k] for k in (_key(t) for t in texts) if k in extracted]
        if hits:
            last_hit = max(hits)
            continue
        prose = [t for t in texts if len(t.split()) >= 8]
        if last_hit is not None and _signature(parent) == signature and len(prose) >= 2:
            after.setdefault(last_hit, []).extend(prose)
    if not after:
        return paragraphs
    return [item for i, p in enumerate(paragraphs) for item in (p, *after.get(i, ()))]


def recover_embedded_quotes(tree: HtmlElement, paragraphs: list[str]) -> list[str]:
    """Put back quotations the extractor dropped from between two paragraphs it kept.

    Embedded posts (a tweet is a ``blockquote`` with the post's text, author and date) and
    quotations in a wrapper the extractor distrusts are part of the article when they stand
    between its paragraphs; a pull quote repeats words the article already has and stays out.
    """
    if len(paragraphs) < 2:
        return paragraphs
    extracted = {_key(p): i for i, p in enumerate(paragraphs)}
    have = Counter(" ".join(paragraphs).lower().split())
    after: dict[int, list[str]] = {}
    last: int | None = None
    pending: list[str] = []
    for element in tree.iter("p", "blockquote"):
        if element.tag == "p":
            index = extracted.get(_key(_flat(element)))
            if index is None or (last is not None and index <= last):
                continue
            if pending and last is not None:
                after.setdefault(last, []).extend(pending)
            pending, last = [], index
            continue
        if last is None or any(a.tag == "blockquote" for a in element.iterancestors()):
            continue
        text = _flat(element)
        words = text.lower().split()
        if len(words) < 5 or sum(w in have for w in words) >= 0.7 * len(words):
            continue
        pending.append(text)
    if not after:
        return paragraphs
    return [item for i, p in enumerate(paragraphs) for item in (p, *after.get(i, ()))]


LINK_RUN = 3
"""This many paragraphs in a row that are each one link, before or after the body: a list."""


def drop_link_runs(tree: HtmlElement, paragraphs: list[str]) -> list[str]:
    """Remove lists of links to other articles at the top and the bottom of the text.

    A paragraph whose whole text is the text of one link (``a``) is a headline pointing
    elsewhere; ``LINK_RUN`` or more of them in a row before the first paragraph of prose (under
    a short label), or
    after the last one (up to two short unlinked lines may follow), are a related-articles list.
    """
    linked = {_key(_flat(a)) for a in tree.iter("a")}
    linked.discard("")

    def is_link(paragraph: str) -> bool:
        return _key(paragraph) in linked

    lead = 0  # the headline and a list's label ("Most read") may stand above it
    while (lead < min(2, len(paragraphs)) and not is_link(paragraphs[lead])
           and len(paragraphs[lead].split()) <= 16):
        lead += 1
    start = lead
    while start < len(paragraphs) and is_link(paragraphs[start]):
        start += 1
    if start - lead < LINK_RUN or start == len(paragraphs):
        lead = start = 0
    tail = len(paragraphs)
    while (tail > start + 1 and len(paragraphs) - tail < 2 and not is_link(paragraphs[tail - 1])
           and len(paragraphs[tail - 1].split()) <= 20):
        tail -= 1  # a note or contact line under the list
    if tail > start and not is_link(paragraphs[tail - 1]):
        tail = len(paragraphs)
    run = tail
    while run > start and is_link(paragraphs[run - 1]):
        run -= 1
    if tail - run >= LINK_RUN and run > start:
        paragraphs = paragraphs[:run] + paragraphs[tail:]
    return paragraphs[: max(lead - 1, 0)] + paragraphs[start:]  # the label goes with its list


def _signature(element: etree._Element) -> tuple[str, str]:
    return str(element.tag), element.get("class") or ""


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


def _parse(html: str, *, source: str | None, check: bool = False) -> HtmlElement:
    tree = load_html(html)
    if tree is None:
        raise EmptyDocument("the HTML has no parsable content", source=source)
    if not check:
        return tree
    depth = _max_depth(tree)
    if depth > MAX_TREE_DEPTH:
        raise MalformedRecord(f"elements nested {depth} deep (limit {MAX_TREE_DEPTH})",
                              source=source)
    return tree


def _max_depth(tree: HtmlElement) -> int:
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_TREE_DEPTH:
                break
        else:
            depth -= 1
    return deepest


def body_paragraphs(body: etree._Element) -> list[str]:
    """One string per paragraph, heading, quotation, list item or table row."""
    paragraphs: list[str] = []
    for child in body:
        tag = child.tag
        if tag == "list":
            items = child.findall(".//item") or [child]
            paragraphs.extend(_flat(item) for item in items)
        elif tag == "table":
            rows = child.findall(".//row") or [child]
            paragraphs.extend(_flat(row) for row in rows)
        else:
            paragraphs.append(_flat(child))
    return [p for p in paragraphs if p]


def _flat(element: etree._Element) -> str:
    return " ".join(" ".join(element.itertext()).split())


# "(CNN)President ...": an outlet marker set in its own element, glued to the lede's first word.
_GLUED_MARKER = re.compile(r"^((?:[A-Z][\w.,'’ -]{0,40}?\s*)?\([A-Z][\w&.'’ ]{0,30}\))(?=[A-Z“\"])")


def unglue_markers(paragraphs: list[str]) -> list[str]:
    """A space between an opening outlet marker and the word after it."""
    return [_GLUED_MARKER.sub(r"\1 ", p, count=1) for p in paragraphs]


def document_from_html(
    html: str,
    *,
    source: str | None = None,
    position: str | None = None,
    published: date | None = None,
    url: str | None = None,
    today: date | None = None,
) -> Document:
    """Read one HTML page into a Document."""
    article = extract_article(html, url=url, source=source)
    title = article.title
    cleaned = clean_text(article.text, title=title, find_headline=False)
    page_url = url or article.url
    dated = None if published is not None else _article_date(article, cleaned.text, page_url, today)
    modified = _modified_date(article, cleaned.modified_text, published or (dated[0] if dated else None),
                              page_url, today)
    document = assemble(
        cleaned.text,
        source=source,
        position=position,
        published=dated[0] if dated else None,
        published_source=dated[1] if dated else None,  # type: ignore[arg-type]
        given=published,
        url=page_url,
        title=title,
        byline=split_authors(article.author, outlet=article.sitename)
        or cleaned.byline,
        outlet=article.sitename or cleaned.outlet or _host(page_url),
        language_hint=article.language,
        canonical_url=article.canonical[0] if article.canonical else None,
        canonical_url_source=article.canonical[1] if article.canonical else None,
        modified=modified[0] if modified else None,
        modified_source=modified[1] if modified else None,
    )
    if article.moment is not None and article.moment.date() == document.published:
        # the clock of publication, only when it is on the day chosen as published (a UTC
        # stamp past midnight belongs to the publisher's previous day, whose clock is unknown)
        document = document.model_copy(update={"published_time": article.moment})
    return document


def _modified_date(
    article: ExtractedPage, modified_text: str | None, published: date | None,
    url: str | None, today: date | None,
) -> tuple[date, str] | None:
    """The page's stated update date (``html``), else an "Updated ..." line in its text."""
    found = find_modified_date(article.html, stated=article.modified, published=published,
                               url=url, today=today)
    if found is None and modified_text:
        day = find_text_date(modified_text)
        if day and (published is None or day >= published) and day <= (today or date.today()):
            found = day, "text"
    return found


def page_publication_date(
    html: str, *, url: str | None = None, today: date | None = None
) -> tuple[date, str] | None:
    """(date, source) of one page, found exactly as ``document_from_html`` finds it."""
    article = extract_article(html, url=url)
    text = clean_text(article.text, title=article.title, find_headline=False).text
    return _article_date(article, text, url or article.url, today)


def _article_date(
    article: ExtractedPage, text: str, url: str | None, today: date | None
) -> tuple[date, str] | None:
    return find_publication_date(article.html,
                                 structured=article.structured,
                                 printed=article.printed, url=url, text=text, today=today)


def split_authors(value: str | None, *, outlet: str | None = None) -> tuple[str, ...]:
    """trafilatura's 'A; B; Outlet' author string as person names (never the outlet)."""
    if not value:
        return ()
    parts = [p.strip() for p in value.split(";") if p.strip()]
    organisation = {(outlet or "").lower()}
    parts = [p for p in parts if p.lower() not in organisation and not (p.isupper() and " " not in p)]
    parsed = parse_byline(", ".join(parts)) if parts else None
    if parsed is not None and parsed[0]:
        names: list[str] = list(parsed[0])
    else:
        names = [n.strip() for p in parts for n in re.split(r"\s+and\s+", p) if n.strip()]
    return tuple(dict.fromkeys(n for n in names if len(n.split()) <= 5))


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
