"""Publication dates from URL, structured data, htmldate and text; time zones."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from lxml.html import fromstring

from dateline.ingest.pubdate import find_publication_date, parse_iso_date, publisher_zone
from dateline.ingest.textdates import find_text_date, url_date, wire_dateline

TODAY = date(2024, 1, 1)


def _page(head: str = "", body: str = "", lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head>{head}</head><body><article><h1>Ferry strike ends</h1>"
            f"{body}<p>Crews returned to work after the union accepted the offer.</p>"
            "</article></body></html>")


@pytest.mark.parametrize(
    ("value", "zone", "expected"),
    [
        ("2020-05-02T02:54:29.000Z", "America/New_York", date(2020, 5, 1)),
        ("2020-12-05T23:15:00Z", "Europe/Rome", date(2020, 12, 6)),
        ("2020-12-05T23:15:00+00:00", None, date(2020, 12, 5)),
        ("2020-06-29T00:16:15+03:00", "America/New_York", date(2020, 6, 29)),  # offset: local
        ("20200413T16:38:07Z", "America/New_York", date(2020, 4, 13)),
        ("2020-04-13", "Asia/Tokyo", date(2020, 4, 13)),
        ("2021-02-30T10:00:00Z", None, None),
        ("no date", None, None),
    ],
)
def test_iso_timestamps_become_the_publishers_day(value, zone, expected):
    assert parse_iso_date(value, zone=ZoneInfo(zone) if zone else None) == expected


@pytest.mark.parametrize(
    ("url", "head", "lang", "expected"),
    [
        ("https://gazzetta.example.it/a", "", "it", "Europe/Rome"),
        ("https://news.example.com/a", "<meta property='og:locale' content='en_AU'>", "en",
         "Australia/Sydney"),
        ("https://news.example.com/a", "", "en-GB", "Europe/London"),
        ("https://news.example.com/a", "", "en", "America/New_York"),
        ("https://news.example.com/a", "", "xx", None),
    ],
)
def test_publisher_zone(url, head, lang, expected):
    zone = publisher_zone(fromstring(_page(head, lang=lang)), url)
    assert (str(zone) if zone else None) == expected


def test_url_date_wins_over_metadata():
    html = _page("<meta property='article:published_time' content='2019-03-05T10:00:00+01:00'>")
    found = find_publication_date(html, tree=fromstring(html),
                                  url="https://x.example/2019/03/04/strike", today=TODAY)
    assert found == (date(2019, 3, 4), "url")


def test_json_ld_published_date():
    html = _page('<script type="application/ld+json">{"@type": "NewsArticle", '
                 '"datePublished": "2019-03-04T08:00:00+01:00", '
                 '"dateModified": "2019-05-01T08:00:00+01:00"}</script>')
    found = find_publication_date(html, tree=fromstring(html), url="https://x.example/a",
                                  today=TODAY)
    assert found == (date(2019, 3, 4), "html")


def test_bare_new_year_is_not_a_day():
    html = _page(body="<footer>© 2019 Example Media</footer>")
    assert find_publication_date(html, tree=fromstring(html), url=None, today=TODAY) is None


def test_wire_dateline_with_year_in_text():
    found = find_publication_date(None, text="WASHINGTON, Aug. 22, 2018 (Reuters) - The talks "
                                  "ended without a deal.", today=TODAY)
    assert found == (date(2018, 8, 22), "text")


def test_future_dates_are_refused():
    html = _page("<meta property='article:published_time' content='2031-01-05'>")
    assert find_publication_date(html, tree=fromstring(html), today=TODAY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, Aug. 22 (Reuters) - The talks", (None, 8, 22)),
        ("LONDON, March 3, 2019 (AP) — Shares", (2019, 3, 3)),
        ("NEW YORK, Sept 9 - Stocks", (None, 9, 9)),
        ("(CNN) — For the first time", None),
        ("The talks ended on Aug. 22.", None),
    ],
)
def test_wire_datelines(text, expected):
    assert wire_dateline(text) == expected


@pytest.mark.parametrize(
    ("text", "whole", "expected"),
    [
        ("Updated 10:02 AM ET, Thu August 23, 2018", False, date(2018, 8, 23)),
        ("Thu August 23, 2018 10:02 AM ET", True, date(2018, 8, 23)),
        ("9 June 2022 14:05 BST", True, date(2022, 6, 9)),
        ("The report of 9 June 2022 said so", True, None),
        ("2018-08-23", True, date(2018, 8, 23)),
        ("February 30, 2019", False, None),
    ],
)
def test_text_dates(text, whole, expected):
    assert find_text_date(text, whole=whole) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.example/2018/08/23/story", date(2018, 8, 23)),
        ("https://x.example/news/20200413/story", date(2020, 4, 13)),
        ("https://x.example/2018-08-23-story.html", date(2018, 8, 23)),
        ("https://x.example/story/1281836879789404160", None),
        ("https://x.example/2018/13/45/story", None),
        (None, None),
    ],
)
def test_url_dates(url, expected):
    assert url_date(url) == expected


def _dated_page(header: str, *, meta: str = "") -> str:
    return (f"<html lang='en'><head><meta property='og:title' content='Ferry strike ends'>{meta}"
            "</head><body><div class='top'>Monday, 9 December 2024</div><h1>Site name</h1>"
            f"<article><h1>Ferry strike ends</h1>{header}<p>Crews returned to work on the "
            "morning ferries after the union accepted the offer of a four per cent rise, the "
            "operator said in a statement.</p></article>"
            "<aside><p>March 1, 2019</p></aside></body></html>")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("<p class='date'>Published March 3, 2019</p>", date(2019, 3, 3)),
        ("<figure><figcaption>Crew members walk past ferries moored in the harbour on "
         "February 27, 2019. Photo by Ana Ruiz</figcaption></figure><span>3 March 2019</span>",
         date(2019, 3, 3)),
        ("<div class='poster'>Joined</div><div>May 11, 2017</div>", None),
        ("<p>No date here</p>", None),
    ],
)
def test_printed_date_under_the_headline(header, expected):
    from dateline.ingest.pubdate import printed_date

    assert printed_date(fromstring(_dated_page(header))) == expected


def test_printed_day_settles_a_utc_timestamp():
    # 02:30 UTC on 4 March is 3 March in New York; the page prints 3 March.
    html = _dated_page("<p>March 3, 2019</p>", meta="<meta property='article:published_time' "
                       "content='2019-03-04T02:30:00+00:00'>")
    found = find_publication_date(html, tree=fromstring(html), url="https://ferry.example.com/a",
                                  today=TODAY)
    assert found == (date(2019, 3, 3), "html")


def test_printed_date_beats_a_page_wide_guess():
    html = _dated_page("<p>March 3, 2019</p>")
    found = find_publication_date(html, tree=fromstring(html), today=TODAY)
    assert found == (date(2019, 3, 3), "html")


@pytest.mark.parametrize(
    "value", ["Wed, Mar 3 2021 09:12:40 EST", "3 March 2021", "March 3, 2021 at 9:12 am"])
def test_structured_dates_written_out(value):
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", '
            f'"datePublished": "{value}"}}</script>')
    html = _page(head=head)
    assert find_publication_date(html, tree=fromstring(html), today=TODAY) == (
        date(2021, 3, 3), "html")


@pytest.mark.parametrize(
    ("latest", "expected"),
    [(date(2021, 3, 5), (date(2021, 3, 5), "html")), (date(2021, 3, 3), None),
     (date(2021, 5, 20), None), (date(2021, 2, 1), None)],
)
def test_htmldate_latest_date_as_the_update(monkeypatch, latest, expected):
    from dateline.ingest import pubdate

    def fake(html, *, url, today, original=True):
        return None if original else latest

    monkeypatch.setattr(pubdate, "_from_htmldate", fake)
    html = _page()
    found = pubdate.find_modified_date(html, tree=fromstring(html), published=date(2021, 3, 3),
                                       today=TODAY)
    assert found == expected
