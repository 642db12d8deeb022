"""The canonical URL of an article: the one address its publisher gives it.

The same article reaches a reader under many addresses (tracking parameters, AMP and mobile
copies, syndication paths); publishers name the one they mean in ``<link rel="canonical">``,
``og:url`` or the JSON-LD article's ``url`` / ``mainEntityOfPage``. When the page names none,
the page's own URL without its fragment and tracking parameters stands in (source ``url``).
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml.html import HtmlElement

from dateline.ingest.pubdate import walk_json

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "__hs")
_TRACKING_KEYS = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mkt_tok", "ocid", "cmpid",
    "ncid", "ito", "smid", "_ga", "ref_src", "spm", "share", "xtor",
})
_ARTICLE_TYPES = ("Article", "BlogPosting", "Report", "LiveBlogPosting")


def canonical_url(tree: HtmlElement | None, url: str | None) -> tuple[str, str] | None:
    """(canonical URL, source): the page's own statement (``html``), else its tidied URL (``url``).

    A stated canonical is resolved against the page URL and must be an http(s) address; one
    that points at the bare home page of a page with a longer path is a template default, not
    this article's address, and is passed over.
    """
    if tree is not None:
        for candidate in _stated(tree):
            resolved = _usable(candidate, url)
            if resolved:
                return resolved, "html"
    tidy = normalise_url(url) if url else None
    return (tidy, "url") if tidy else None


def _stated(tree: HtmlElement) -> list[str]:
    found: list[str] = []
    for link in tree.xpath("//link[@href]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            found.append(link.get("href") or "")
    found += [str(v) for v in tree.xpath('//meta[@property="og:url" or @name="og:url"]/@content')]
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "null", strict=False)
        except ValueError:
            continue
        for obj in walk_json(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(isinstance(k, str) and k.endswith(_ARTICLE_TYPES) for k in kinds):
                continue
            page = obj.get("mainEntityOfPage")
            if isinstance(page, dict):
                page = page.get("@id") or page.get("url")
            for value in (obj.get("url"), page):
                if isinstance(value, str):
                    found.append(value)
    return [f.strip() for f in found if f and f.strip()]


def _usable(candidate: str, page_url: str | None) -> str | None:
    resolved = urljoin(page_url, candidate) if page_url else candidate
    parts = urlsplit(resolved)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if page_url and parts.path in ("", "/") and not parts.query:
        page_path = urlsplit(page_url).path
        if page_path not in ("", "/"):
            return None  # every page of the site names the home page: a template default
    return normalise_url(resolved)


def normalise_url(url: str) -> str | None:
    """An http(s) URL without its fragment, tracking parameters and default port."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith(_TRACKING_PREFIXES) and key.lower() not in _TRACKING_KEYS
    ]
    host = parts.hostname.lower()
    host = f"[{host}]" if ":" in host else host
    default = {"http": 80, "https": 443}[parts.scheme.lower()]
    try:
        port = parts.port
    except ValueError:
        return None
    netloc = host if port in (None, default) else f"{host}:{port}"
    if parts.username or parts.password:
        return None  # credentials are never part of an article's address
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))
