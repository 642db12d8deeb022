"""The clock of publication: read from a page's structured data, kept by the ledger, used by
the time tagger, and the same after re-analysis from the stored text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from dateline.ingest.html import document_from_html
from dateline.ingest.pubdate import parse_iso_moment
from dateline.ledger.reanalyse import iter_stored_documents
from dateline.ledger.store import Ledger

EASTERN = timezone(-timedelta(hours=5))

PAGE = """<html><head><title>Mayor of Eastbrook freed</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Mayor freed",
"datePublished": "{stamp}"}}</script></head><body><article><h1>Mayor of Eastbrook freed</h1>
<p>The mayor of Eastbrook was released at 11 p.m. after questioning, his lawyer said. Police
had detained him early in the day on fraud charges that he denies.</p>
<p>He spoke briefly to reporters outside the station and said he would return to work on
Thursday. His office said the case was political and would collapse within weeks.</p>
<p>Officials declined to comment on the timing of the arrest, which came a week before a
council vote on a budget the mayor has opposed since the spring.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-03-05T23:40:00-05:00", datetime(2019, 3, 5, 23, 40, tzinfo=EASTERN)),
        ("2019-03-06T04:40Z", datetime(2019, 3, 6, 4, 40, tzinfo=UTC)),
        ("20190305T2340+0530", datetime(2019, 3, 5, 23, 40, tzinfo=timezone(timedelta(hours=5, minutes=30)))),
        ("2019-03-05", None),  # no clock
        ("2019-03-05T23:40:00", None),  # a clock of no known zone
        ("2019-02-30T10:00Z", None),  # no such day
    ],
)
def test_iso_moment_needs_a_clock_and_an_offset(value: str, expected: datetime | None) -> None:
    found = parse_iso_moment(value)
    assert found == expected
    if expected is not None:
        assert found is not None and found.utcoffset() == expected.utcoffset()


def test_a_page_stamp_gives_the_clock_and_the_tagger_uses_it() -> None:
    from dateline.nlp.pipeline import analyze_document

    document = document_from_html(PAGE.format(stamp="2019-03-05T23:40:00-05:00"),
                                  url="https://news.example.com/eastbrook-mayor")
    assert document.published == date(2019, 3, 5)
    assert document.published_time == datetime(2019, 3, 5, 23, 40, tzinfo=EASTERN)
    values = {t.text: t.value for t in analyze_document(document).timexes}
    assert values["11 p.m."] == "2019-03-05T23:00"


def test_a_stamp_off_the_published_day_gives_no_clock() -> None:
    # the URL fixes the publisher's day; a UTC stamp on the next day has no known local clock
    document = document_from_html(PAGE.format(stamp="2019-03-06T04:40:00Z"),
                                  url="https://news.example.com/2019/03/05/eastbrook-mayor")
    assert document.published == date(2019, 3, 5)
    assert document.published_time is None


def test_the_ledger_keeps_the_clock_with_its_offset_for_reanalysis(tmp_path: Path) -> None:
    from dateline.nlp.pipeline import analyze_document

    document = document_from_html(PAGE.format(stamp="2019-03-05T23:40:00-05:00"),
                                  url="https://news.example.com/eastbrook-mayor")
    with Ledger(tmp_path / "clock.duckdb") as ledger:
        ledger.add([analyze_document(document)])
        (stored,) = [d for chunk in iter_stored_documents(ledger.conn, stale_of=None) for d in chunk]
    assert stored.published_time == document.published_time
    assert stored.published_time is not None
    assert stored.published_time.utcoffset() == timedelta(hours=-5)
