"""URL and feed ingest against a real HTTP server on 127.0.0.1 serving pages we wrote."""

from __future__ import annotations

import functools
import shutil
import threading
import time
from datetime import date
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dateline.errors import FetchError, IngestError
from dateline.ingest import read_path
from dateline.ingest.fetch import Fetcher
from dateline.records import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Coastal Courier</title><link>{base}/</link>
<description>News</description>
<item><title>Harbour crane collapse blamed on worn cable</title>
<link>{base}/news/crane.html</link><pubDate>Thu, 04 Mar 2021 09:15:00 GMT</pubDate></item>
<item><title>A page that is gone</title><link>{base}/news/gone.html</link>
<description>Short teaser.</description></item>
<item><title>Private</title><link>{base}/private/secret.html</link></item>
</channel></rss>
"""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 (http.server's naming)
        if self.path != "/slow.html":
            return super().do_GET()
        # a server that drips its body: each read is quick, the whole is too slow
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(12):
                self.wfile.write(b"<p>drip</p>" * 10)
                self.wfile.flush()
                time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            pass
        return None


@pytest.fixture
def site(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "private").mkdir()
    shutil.copy(FIXTURES / "harbour_article.html", tmp_path / "news" / "crane.html")
    shutil.copy(FIXTURES / "harbour_article.html", tmp_path / "private" / "secret.html")
    (tmp_path / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=tmp_path))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (tmp_path / "feed.xml").write_text(FEED.format(base=base), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield base, tmp_path
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def test_fetch_one_page(site):
    base, _ = site
    items = list(read_path(f"{base}/news/crane.html", fetcher=Fetcher(delay=0)))
    (document,) = items
    assert isinstance(document, Document)
    assert document.url == f"{base}/news/crane.html"
    assert document.outlet == "The Coastal Courier"
    assert document.published == date(2021, 3, 4)


def test_http_errors_and_robots_are_named(site):
    base, _ = site
    fetcher = Fetcher(delay=0)
    (missing,) = list(read_path(f"{base}/news/nothing.html", fetcher=fetcher))
    assert isinstance(missing, FetchError) and "HTTP 404" in str(missing)
    (refused,) = list(read_path(f"{base}/private/secret.html", fetcher=fetcher))
    assert isinstance(refused, FetchError) and "robots.txt" in str(refused)


def test_unreachable_host_is_named():
    # a port nobody listens on: connection refused, no internet involved
    fetcher = Fetcher(delay=0, timeout=2, respect_robots=False)
    with pytest.raises(FetchError, match="could not fetch"):
        fetcher.fetch("http://127.0.0.1:9/article.html")


@pytest.mark.parametrize("local", [False, True])
def test_feed_items_are_fetched(site, local):
    base, root = site
    where = root / "feed.xml" if local else f"{base}/feed.xml"
    items = list(read_path(where, fetch=True, fetcher=Fetcher(delay=0)))
    documents = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [d.url for d in documents] == [f"{base}/news/crane.html"]
    assert len(errors) == 2
    assert "HTTP 404" in str(errors[0]) and "robots.txt" in str(errors[1])


@pytest.mark.parametrize("fetch", [None, False])
def test_local_feed_file_is_not_fetched_by_default(site, fetch):
    _, root = site
    fetcher = Fetcher(delay=0)
    items = list(read_path(root / "feed.xml", fetch=fetch, fetcher=fetcher))
    assert all(isinstance(i, IngestError) for i in items)  # teasers only, nothing fetched
    assert "item 1" in str(items[0])
    assert fetcher._last == {}  # no request was made


def test_fetch_false_refuses_urls(site):
    base, _ = site
    (error,) = list(read_path(f"{base}/news/crane.html", fetch=False))
    assert "fetch=False" in str(error)


def test_per_host_delay_is_kept(site):
    base, _ = site
    fetcher = Fetcher(delay=0.3)
    started = time.monotonic()
    for _ in range(3):
        fetcher.fetch(f"{base}/news/crane.html")
    assert time.monotonic() - started >= 0.6


def test_fetch_limits_size(site):
    base, _ = site
    from dateline.errors import InputTooLarge

    with pytest.raises(InputTooLarge):
        Fetcher(delay=0, max_bytes=500).fetch(f"{base}/news/crane.html")


def test_dripping_server_hits_the_deadline(site):
    base, _ = site
    with pytest.raises(FetchError, match="longer than"):
        Fetcher(delay=0, timeout=0.15, respect_robots=False).fetch(f"{base}/slow.html")


def test_feed_items_carrying_full_text_are_read_offline(tmp_path):
    paragraph = ("<p>The ferry operator said on Tuesday that crossings would resume at dawn after "
                 "the union accepted a four per cent pay rise, ending a strike that had stranded "
                 "hundreds of lorries at both ports for three days.</p>")
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Port News</title><id>urn:port</id>
<updated>2021-05-04T10:00:00Z</updated>
<entry><title>Ferry strike ends</title><id>urn:port:1</id>
<link href="https://port.example/ferry-strike-ends"/>
<author><name>Ines Varga</name></author>
<published>2021-05-04T09:30:00Z</published><updated>2021-05-04T09:30:00Z</updated>
<content type="html"><![CDATA[{paragraph * 5}]]></content></entry>
</feed>"""
    path = tmp_path / "port.atom"
    path.write_text(atom, encoding="utf-8")
    (document,) = list(read_path(path))
    assert isinstance(document, Document)
    assert document.title == "Ferry strike ends"
    assert document.byline == ("Ines Varga",)
    assert (document.published, document.published_source) == (date(2021, 5, 4), "html")
    assert document.url == "https://port.example/ferry-strike-ends"
