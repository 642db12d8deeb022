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
        if self.path == "/moved.html":
            self.send_response(302)
            self.send_header("Location", "/news/crane.html")
            self.end_headers()
            return None
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
    # the items link to 127.0.0.1: reaching them needs the explicit opt-in
    items = list(read_path(where, fetch=True, fetcher=Fetcher(delay=0, allow_private=True)))
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


# -- found URLs must lead to public hosts (server-side request forgery guard) ------------------


@pytest.mark.parametrize("local", [False, True])
def test_feed_items_on_private_hosts_are_refused_by_name(site, local):
    from dateline.errors import PrivateHostRefused

    base, root = site
    where = root / "feed.xml" if local else f"{base}/feed.xml"
    fetcher = Fetcher(delay=0, allow_private=False)
    items = list(read_path(where, fetch=True, fetcher=fetcher))
    assert not [i for i in items if isinstance(i, Document)]
    refused = [i for i in items if isinstance(i, PrivateHostRefused)]
    assert len(refused) == 3 and all(e.code == "D110" for e in refused)
    assert refused[0].source == f"{base}/news/crane.html"
    assert "127.0.0.1" in str(refused[0]) and "non-public" in str(refused[0])
    # the feed the user named was fetched (when remote); no item page was requested
    assert list(fetcher._last) == ([] if local else [base.removeprefix("http://")])


def test_environment_variable_opts_in(site, monkeypatch):
    from dateline.ingest.fetch import ALLOW_PRIVATE_ENV, allow_private_hosts

    base, _ = site
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    fetcher = Fetcher(delay=0)  # allow_private=None: follows the environment at fetch time
    items = list(read_path(f"{base}/feed.xml", fetcher=fetcher))
    assert not [i for i in items if isinstance(i, Document)]
    allow_private_hosts()
    try:
        items = list(read_path(f"{base}/feed.xml", fetcher=fetcher))
    finally:
        allow_private_hosts(False)
    assert [i.url for i in items if isinstance(i, Document)] == [f"{base}/news/crane.html"]


def test_the_users_own_private_url_stays_allowed(site):
    base, _ = site
    page = Fetcher(delay=0, allow_private=False).fetch(f"{base}/news/crane.html")
    assert page.data.startswith(b"<") and page.url.startswith(base)


def test_a_second_dns_answer_cannot_slip_a_private_address_in(site, monkeypatch):
    """The pre-check sees a public address; the connection itself reaches 127.0.0.1."""
    from dateline.errors import PrivateHostRefused
    from dateline.ingest import fetch as fetch_module

    base, _ = site
    monkeypatch.setattr(fetch_module, "resolve_host", lambda host, port=None: ["93.184.216.34"])
    with pytest.raises(PrivateHostRefused, match="reached the non-public address 127.0.0.1"):
        Fetcher(delay=0, allow_private=False).fetch(f"{base}/news/crane.html", found=True)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.9", False), ("192.168.1.1", False),
        ("169.254.169.254", False), ("0.0.0.0", False), ("100.64.0.1", False),
        ("224.0.0.251", False), ("240.0.0.1", False), ("255.255.255.255", False),
        ("::1", False), ("fe80::1%eth0", False), ("fc00::1", False), ("ff02::1", False),
        ("::ffff:127.0.0.1", False), ("2002:7f00:1::", False), ("::", False),
        ("not an address", False),
        ("93.184.216.34", True), ("8.8.8.8", True), ("2606:4700:4700::1111", True),
        ("::ffff:8.8.8.8", True),
    ],
)
def test_public_addresses(address, public):
    from dateline.ingest.fetch import is_public_address

    assert is_public_address(address) is public


def test_a_name_resolving_to_loopback_is_refused():
    from dateline.errors import PrivateHostRefused
    from dateline.ingest.fetch import check_public_url

    with pytest.raises(PrivateHostRefused) as info:
        check_public_url("http://localhost:8080/item")
    assert info.value.source == "http://localhost:8080/item"


def test_refusals_are_recorded_in_the_ingest_report(site, tmp_path, monkeypatch):
    from dateline.ingest.fetch import ALLOW_PRIVATE_ENV
    from dateline.ledger.store import Ledger

    base, _ = site
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    with Ledger(tmp_path / "ssrf.duckdb") as ledger:
        report = ledger.ingest([f"{base}/feed.xml"])
        stored = ledger.conn.execute("SELECT code, source FROM ingest_errors").fetchall()
    assert report.added == 0 and report.failed == 3
    assert any("D110" in message and f"{base}/news/crane.html" in message
               for message in report.errors)
    assert ("D110", f"{base}/news/crane.html") in stored


def test_a_gzipped_page_or_feed_is_read_decompressed(site):
    import gzip

    base, root = site
    (root / "news" / "crane.html.gz").write_bytes(gzip.compress((root / "news" / "crane.html")
                                                                .read_bytes()))
    (root / "feed.xml.gz").write_bytes(gzip.compress((root / "feed.xml").read_bytes()))
    fetcher = Fetcher(delay=0, allow_private=True)
    (document,) = list(read_path(f"{base}/news/crane.html.gz", fetcher=fetcher))
    assert isinstance(document, Document) and document.outlet == "The Coastal Courier"
    items = list(read_path(f"{base}/feed.xml.gz", fetcher=fetcher))
    assert [i.url for i in items if isinstance(i, Document)] == [f"{base}/news/crane.html"]


def test_a_url_passed_as_a_path_is_still_a_url(site):
    base, _ = site  # the CLI's Path arguments collapse 'http://' to 'http:/'
    (document,) = list(read_path(Path(f"{base}/news/crane.html"), fetcher=Fetcher(delay=0)))
    assert isinstance(document, Document) and document.url == f"{base}/news/crane.html"


def test_a_redirect_from_a_public_host_into_a_private_one_is_refused(site, monkeypatch):
    """As if the user's URL were on a public host: its redirect may not lead inside."""
    from dateline.errors import PrivateHostRefused
    from dateline.ingest import fetch as fetch_module

    base, _ = site
    monkeypatch.setattr(fetch_module, "_resolves_public", lambda url: True)
    monkeypatch.setattr(fetch_module, "_check_peer", lambda sock, host, port: None)
    fetcher = Fetcher(delay=0, allow_private=False, respect_robots=False)
    with pytest.raises(PrivateHostRefused) as info:
        fetcher.fetch(f"{base}/moved.html")
    assert info.value.source == f"{base}/news/crane.html"
    # the user's own private URL redirecting within its host is fine
    monkeypatch.setattr(fetch_module, "_resolves_public", lambda url: False)
    assert fetcher.fetch(f"{base}/moved.html").url == f"{base}/news/crane.html"
