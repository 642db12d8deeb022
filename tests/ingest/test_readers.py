"""Each format read end to end from fixtures the team wrote."""

from __future__ import annotations

import gzip
import shutil
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest

from dateline.errors import IngestError, MalformedRecord, NotEnglish
from dateline.ingest import document_from_string, read_path, read_paths
from dateline.records import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _documents(items):
    return [item for item in items if isinstance(item, Document)]


def _errors(items):
    return [item for item in items if isinstance(item, IngestError)]


def test_html_page():
    (document,) = list(read_path(FIXTURES / "harbour_article.html"))
    assert document.title == "Harbour crane collapse blamed on worn cable, inspectors say"
    assert document.byline == ("Priya Ramaswamy",)
    assert document.outlet == "The Coastal Courier"
    assert document.published == date(2021, 3, 4)
    assert document.published_source == "html"
    assert document.text.startswith("PORTHAVEN — A worn lifting cable")
    paragraphs = [document.text[a:b] for a, b in document.paragraphs]
    assert "Operator disputes findings" in paragraphs  # a heading is its own paragraph
    assert any(p.startswith('"We will answer every point') for p in paragraphs)  # blockquote
    for chrome in ("Related stories", "Ferry timetable", "Copyright", "Subscribe", "By Priya"):
        assert chrome not in document.text


def test_given_date_overrides_the_page():
    (document,) = list(read_path(FIXTURES / "harbour_article.html", published=date(2021, 3, 5)))
    assert (document.published, document.published_source) == (date(2021, 3, 5), "given")


def test_plain_text_page_with_chrome():
    (document,) = list(read_path(FIXTURES / "council_page.txt"))
    assert document.title == "Council votes to reopen the old ferry terminal as a market hall"
    assert document.byline == ("Aled Morgan", "Siobhan Kerrigan")
    assert document.outlet == "Valley Gazette"
    assert (document.published, document.published_source) == (date(2022, 6, 9), "text")
    assert document.text.startswith("The town council voted on Wednesday")
    assert document.text.count("The town council voted") == 1
    for chrome in ("Local Politics", "Posted", "Read more", "Related stories", "Harbour parking",
                   "All rights reserved"):
        assert chrome not in document.text


def test_markdown_with_front_matter():
    (document,) = list(read_path(FIXTURES / "frontmatter_article.md"))
    assert document.url == "https://example.org/2019/05/02/orchard-frost"
    assert document.title == "Late frost ruins half of the valley's apple blossom"
    assert document.byline == ("Dana Whitfield", "Oren Maltz")
    assert document.outlet == "Example Farm Weekly"
    assert (document.published, document.published_source) == (date(2019, 5, 2), "given")
    assert document.text.startswith("Growers in the upper valley")


def test_jsonl_good_lines_bad_lines_named():
    items = list(read_path(FIXTURES / "mixed.jsonl"))
    documents, errors = _documents(items), _errors(items)
    assert [d.title for d in documents] == ["Bridge reopens after repairs",
                                            "School choir wins regional prize"]
    assert documents[0].published == date(2020, 11, 3)
    assert documents[1].published == date(2021, 6, 12)
    positions = {type(e).__name__: e.position for e in errors if type(e) is not NotEnglish}
    assert all(isinstance(e, MalformedRecord) for e in errors if type(e) is not NotEnglish)
    assert [e.position for e in errors] == ["line 2", "line 3", "line 5", "line 7", "line 8"]
    assert all("mixed.jsonl" in str(e) for e in errors)
    assert positions
    french = next(e for e in errors if isinstance(e, NotEnglish))
    assert french.document.language == "fr"


def test_directory_is_read_recursively_and_sorted(tmp_path):
    nested = tmp_path / "b" / "deeper"
    nested.mkdir(parents=True)
    shutil.copy(FIXTURES / "council_page.txt", nested / "page.txt")
    shutil.copy(FIXTURES / "harbour_article.html", tmp_path / "a.html")
    (tmp_path / ".hidden.txt").write_text("not read")
    (tmp_path / "a_files").mkdir()
    (tmp_path / "a_files" / "style.css").write_text("body { color: red }")
    (tmp_path / "a_files" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    items = list(read_path(tmp_path))
    assert [Path(d.source).name for d in _documents(items)] == ["a.html", "page.txt"]
    assert _errors(items) == []


def test_gzipped_files_read_transparently(tmp_path):
    target = tmp_path / "harbour_article.html.gz"
    target.write_bytes(gzip.compress((FIXTURES / "harbour_article.html").read_bytes()))
    (document,) = list(read_path(target))
    assert document.outlet == "The Coastal Courier"


def test_read_paths_concatenates_and_names_missing(tmp_path):
    items = list(read_paths([FIXTURES / "council_page.txt", tmp_path / "missing.txt"]))
    assert len(_documents(items)) == 1
    (error,) = _errors(items)
    assert "missing.txt" in str(error)


def _warc(path: Path, records: list[tuple[str, bytes, str]]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        for url, payload, content_type in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(payload),
                                               http_headers=headers)
            writer.write_record(record)
    return path


@pytest.mark.parametrize("name", ["pages.warc", "pages.warc.gz"])
def test_warc_html_records(tmp_path, name):
    html = (FIXTURES / "harbour_article.html").read_bytes()
    path = _warc(tmp_path / name, [
        ("https://courier.example/2021/03/04/crane", html, "text/html; charset=utf-8"),
        ("https://courier.example/logo.png", b"\x89PNG....", "image/png"),
    ])
    items = list(read_path(path))
    (document,) = _documents(items)
    assert document.url == "https://courier.example/2021/03/04/crane"
    assert document.published == date(2021, 3, 4)
    assert _errors(items) == []


def test_broken_warc_record_is_named(tmp_path):
    html = (FIXTURES / "harbour_article.html").read_bytes()
    path = _warc(tmp_path / "pages.warc", [("https://courier.example/a", html, "text/html")])
    data = path.read_bytes()
    path.write_bytes(data + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    items = list(read_path(path))
    assert len(_documents(items)) == 1
    (error,) = _errors(items)
    assert isinstance(error, MalformedRecord)
    assert "record 2" in str(error)


@pytest.mark.parametrize("name", ["pages.warc", "pages.warc.gz"])
def test_reading_resumes_after_a_broken_record(tmp_path, name):
    html = (FIXTURES / "harbour_article.html").read_bytes()
    good = _warc(tmp_path / f"a-{name}", [("https://courier.example/a", html, "text/html")])
    second = _warc(tmp_path / f"b-{name}", [("https://courier.example/b", html, "text/html")])
    junk = b"WARC/1.0\r\nthis is not a header line\r\n\r\n"
    if name.endswith(".gz"):
        junk = gzip.compress(junk)
    path = tmp_path / name
    path.write_bytes(good.read_bytes() + junk + second.read_bytes())
    items = list(read_path(path))
    assert [d.url for d in _documents(items)] == ["https://courier.example/a",
                                                  "https://courier.example/b"]
    (error,) = _errors(items)
    assert isinstance(error, MalformedRecord) and "byte" in str(error)


def test_document_from_string_sniffs_html_and_text():
    html = (FIXTURES / "harbour_article.html").read_text(encoding="utf-8")
    assert document_from_string(html).outlet == "The Coastal Courier"
    text = (FIXTURES / "council_page.txt").read_text(encoding="utf-8")
    document = document_from_string(text, published=date(2022, 6, 10), url="https://v.example/x")
    assert document.published_source == "given"
    assert document.url == "https://v.example/x"
    assert document.title.startswith("Council votes")


def test_json_file_with_one_object_or_an_array(tmp_path):
    import json

    article = {"title": "Bridge reopens", "published": "2020-11-03",
               "text": "The river bridge reopened to traffic on Tuesday after eleven weeks of "
                       "repairs, the county roads department said."}
    single = tmp_path / "one.json"
    single.write_text(json.dumps(article, indent=2))
    (document,) = list(read_path(single))
    assert document.published == date(2020, 11, 3)
    many = tmp_path / "many.json"
    many.write_text(json.dumps([article, 5, {"url": "x"}]))
    items = list(read_path(many))
    assert len(_documents(items)) == 1
    assert [e.position for e in _errors(items)] == ["item 2", "item 3"]
    broken = tmp_path / "broken.json"
    broken.write_text('{"text": ')
    (error,) = list(read_path(broken))
    assert isinstance(error, MalformedRecord) and "line 1" in str(error)


def test_blockquote_of_several_paragraphs_stays_one_paragraph():
    prose = ("<p>The harbour authority said on {day} that the north quay would reopen next week "
             "after repairs to the crane rails were finished ahead of schedule.</p>")
    html = ("<html><head><title>Quay reopens</title></head><body><article><h1>Quay reopens</h1>"
            + prose.format(day="Monday")
            + "<blockquote><p>\"We are ready to take ships again,\" the harbour master said.</p>"
            "<p>\"The crews worked through the weekend.\"</p></blockquote>"
            + prose.format(day="Tuesday") + "</article></body></html>")
    document = document_from_string(html)
    paragraphs = [document.text[a:b] for a, b in document.paragraphs]
    assert len(paragraphs) == 3
    assert paragraphs[1].startswith('"We are ready') and paragraphs[1].endswith('weekend."')


def test_wire_dateline_with_year_dates_a_text():
    document = document_from_string(
        "LONDON, March 3, 2019 (Reuters) - Shares in the ferry operator fell sharply on Monday "
        "after it cut its profit forecast for the second time this year.")
    assert (document.published, document.published_source) == (date(2019, 3, 3), "text")
    assert document.outlet == "Reuters"


def test_markdown_markup_is_removed(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "# Ferry strike ends after **three** days\n\n"
        "Crews returned to work on *Tuesday* after the union accepted the offer, the "
        "[operator](https://ferry.example/news) said.\n\n"
        "## What changes\n\n"
        "> \"We got a fair deal,\" the union's branch secretary said.\n\n"
        "- Pay rises by four per cent this year.\n"
        "- Rest breaks are longer on night crossings.\n\n"
        "![A ferry](ferry.jpg)\n", encoding="utf-8")
    (document,) = list(read_path(path))
    assert document.title == "Ferry strike ends after three days"
    paragraphs = [document.text[a:b] for a, b in document.paragraphs]
    assert paragraphs[0].startswith("Crews returned to work on Tuesday after")
    assert "the operator said" in paragraphs[0]
    assert "What changes" in paragraphs
    assert '"We got a fair deal," the union\'s branch secretary said.' in paragraphs
    assert "Pay rises by four per cent this year." in paragraphs
    assert not any(mark in document.text for mark in ("**", "](", "#", "> ", "- Pay"))
