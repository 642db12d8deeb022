"""Canonical URL and modified date, each with where it came from, in every ingest path."""

from __future__ import annotations

import json
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest

from dateline.errors import MalformedRecord
from dateline.ingest import read_path
from dateline.ingest.canonical import canonical_url, normalise_url
from dateline.ingest.html import document_from_html
from dateline.ingest.text import document_from_text
from dateline.records import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"

BODY = (
    "<p>The night ferry to Skarrow Island was cancelled on Thursday after a gale damaged the "
    "landing stage, the harbour company said in a short notice to passengers.</p>"
    "<p>Engineers were due to inspect the stage at first light, a spokesman said, and the "
    "company expected to publish a new timetable once repairs had been agreed.</p>"
)


def _page(head: str = "", header: str = "", body: str = BODY) -> str:
    return (f"<html><head><title>Night ferry cancelled</title>{head}</head><body><article>"
            f"<h1>Night ferry cancelled</h1>{header}{body}</article></body></html>")


URL = "https://ferries.example.org/news/2020/01/night-ferry"


def test_link_rel_canonical_resolved_against_the_page():
    html = _page('<link rel="canonical" href="/news/2020/01/night-ferry">')
    document = document_from_html(html, url=URL + "?utm_source=feed&id=7#top")
    assert document.url == URL + "?utm_source=feed&id=7#top"
    assert document.canonical_url == URL
    assert document.canonical_url_source == "html"


@pytest.mark.parametrize(
    "head",
    [
        f'<meta property="og:url" content="{URL}">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "mainEntityOfPage": '
        f'{{"@type": "WebPage", "@id": "{URL}"}}}}</script>',
    ],
)
def test_og_url_and_json_ld(head):
    document = document_from_html(_page(head), url="https://m.ferries.example.org/x?amp=1")
    assert (document.canonical_url, document.canonical_url_source) == (URL, "html")


def test_a_home_page_canonical_is_a_template_default_and_passed_over():
    html = _page('<link rel="canonical" href="https://ferries.example.org/">')
    document = document_from_html(html, url=URL + "?fbclid=abc")
    assert (document.canonical_url, document.canonical_url_source) == (URL, "url")


def test_no_url_and_no_canonical_leaves_it_empty():
    document = document_from_html(_page())
    assert document.canonical_url is None and document.canonical_url_source is None


def test_normalise_url():
    assert normalise_url("HTTPS://Example.COM:443/a?b=1&utm_medium=x&gclid=2#frag") == (
        "https://example.com/a?b=1")
    assert normalise_url("http://example.com:8080") == "http://example.com:8080/"
    assert normalise_url("ftp://example.com/a") is None
    assert normalise_url("https://user:pw@example.com/a") is None
    assert canonical_url(None, None) is None


def test_modified_from_meta_never_before_published():
    head = ('<meta property="article:published_time" content="2020-01-09T08:00:00+00:00">'
            '<meta property="article:modified_time" content="2020-01-10T12:30:00+00:00">')
    document = document_from_html(_page(head), url=URL)
    assert (document.published, document.modified, document.modified_source) == (
        date(2020, 1, 9), date(2020, 1, 10), "html")
    stale = head.replace("2020-01-10", "2019-12-01")  # a modified date before publication
    assert document_from_html(_page(stale), url=URL).modified is None


def test_modified_from_json_ld():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2020-01-09", "dateModified": "2020-01-11T09:00:00-05:00"}</script>')
    document = document_from_html(_page(head), url=URL)
    assert (document.published, document.modified) == (date(2020, 1, 9), date(2020, 1, 11))


def test_updated_line_under_the_headline():
    header = "<p class='meta'>Published Jan. 9, 2020 | Updated Jan. 12, 2020</p>"
    document = document_from_html(_page(header=header))
    assert document.published == date(2020, 1, 9)
    assert (document.modified, document.modified_source) == (date(2020, 1, 12), "html")
    split = "<div><span>Jan. 9, 2020</span><span>Updated:</span><span>Jan. 13, 2020</span></div>"
    document = document_from_html(_page(header=split))
    assert (document.published, document.modified) == (date(2020, 1, 9), date(2020, 1, 13))


def test_fixture_page_carries_its_modified_time():
    (document,) = list(read_path(FIXTURES / "harbour_article.html"))
    assert document.published == date(2021, 3, 4)
    assert (document.modified, document.modified_source) == (date(2021, 3, 6), "html")


def test_front_matter_canonical_and_modified_are_given():
    text = (
        "---\nurl: https://ferries.example.org/n/1?utm_campaign=spring\n"
        "canonical_url: https://ferries.example.org/news/night-ferry\n"
        "published: 2020-01-09\nmodified: 2020-01-10T07:00:00Z\n---\n"
        "The night ferry to Skarrow Island was cancelled on Thursday after a gale damaged "
        "the landing stage, the harbour company said.\n"
    )
    document = document_from_text(text)
    assert document.url == "https://ferries.example.org/n/1?utm_campaign=spring"
    assert (document.canonical_url, document.canonical_url_source) == (
        "https://ferries.example.org/news/night-ferry", "given")
    assert (document.modified, document.modified_source) == (date(2020, 1, 10), "given")


def test_front_matter_url_alone_gives_a_tidied_canonical():
    text = ("---\nurl: https://ferries.example.org/n/1?utm_campaign=spring#x\n---\n"
            "The night ferry to Skarrow Island was cancelled on Thursday after a gale, the "
            "harbour company said in a notice.\n")
    document = document_from_text(text)
    assert (document.canonical_url, document.canonical_url_source) == (
        "https://ferries.example.org/n/1", "url")


def test_a_bad_modified_value_is_named():
    text = "---\nmodified: soon\n---\nThe ferry was cancelled on Thursday after a gale, the company said.\n"
    with pytest.raises(MalformedRecord, match="'modified: soon' is not a date"):
        document_from_text(text, source="ferry.txt")


def test_updated_line_in_plain_text():
    text = (
        "Night ferry cancelled after gale\n\nPublished: January 9, 2020\n"
        "Updated: January 10, 2020 at 4:05 p.m.\n\n"
        "The night ferry to Skarrow Island was cancelled on Thursday after a gale damaged "
        "the landing stage, the harbour company said in a notice to passengers.\n"
    )
    document = document_from_text(text)
    assert document.published == date(2020, 1, 9)
    assert (document.modified, document.modified_source) == (date(2020, 1, 10), "text")
    assert "Updated" not in document.text


def test_jsonl_keys(tmp_path):
    path = tmp_path / "articles.jsonl"
    text_record = {"text": "The night ferry to Skarrow Island was cancelled on Thursday after a "
                           "gale damaged the landing stage, the company said.",
                   "url": URL + "?utm_source=x", "canonical_url": URL, "published": "2020-01-09",
                   "modified": "2020-01-10"}
    html_record = {"html": _page(), "url": URL + "?x=1", "canonical": URL,
                   "published": "2020-01-09", "updated": "2020-01-11"}
    path.write_text("\n".join(json.dumps(r) for r in (text_record, html_record)), encoding="utf-8")
    first, second = list(read_path(path))
    assert isinstance(first, Document) and isinstance(second, Document)
    for document, modified in ((first, date(2020, 1, 10)), (second, date(2020, 1, 11))):
        assert (document.canonical_url, document.canonical_url_source) == (URL, "given")
        assert (document.modified, document.modified_source) == (modified, "given")


def test_warc_target_uri_is_the_url_and_the_page_gives_the_canonical(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = _page('<link rel="canonical" href="/news/2020/01/night-ferry">').encode()
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            URL + "?ref=rss", "response", payload=BytesIO(html), http_headers=headers))
    (document,) = list(read_path(path))
    assert document.url == URL + "?ref=rss"
    assert (document.canonical_url, document.canonical_url_source) == (URL, "html")


def test_feed_item_updated_date_is_the_modified_date(tmp_path):
    words = " ".join(["The harbour company said repairs to the landing stage would take a week."]
                     * 12)
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ferry News</title><id>urn:ferry</id>
<updated>2020-01-12T10:00:00Z</updated>
<entry><title>Night ferry cancelled</title><id>urn:ferry:1</id>
<link href="{URL}"/><published>2020-01-09T08:00:00Z</published>
<updated>2020-01-12T10:00:00Z</updated>
<content type="html">&lt;p&gt;{words}&lt;/p&gt;</content></entry></feed>"""
    path = tmp_path / "ferry.atom"
    path.write_text(atom, encoding="utf-8")
    (document,) = list(read_path(path))
    assert document.published == date(2020, 1, 9)
    assert (document.modified, document.modified_source) == (date(2020, 1, 12), "html")
    assert (document.canonical_url, document.canonical_url_source) == (URL, "url")


def test_declared_language_decides_when_the_text_is_too_short_to_tell():
    from dateline.errors import NotEnglish

    short = "<p>A ponte reabre amanhã de manhã, disse a prefeitura em nota.</p>"
    html = _page(body=short).replace("<html>", "<html lang='pt-BR'>")
    with pytest.raises(NotEnglish) as info:
        document_from_html(html)
    assert info.value.document.language == "pt"  # type: ignore[attr-defined]
    english = _page().replace("<html>", "<html lang='pt-BR'>")  # a long English text wins
    assert document_from_html(english).language == "en"
