"""Fetching pages politely: a named user agent, robots.txt, timeouts, size limit, host delay.

trafilatura's ``fetch_response`` returns None on any failure, which leaves the user without a
reason; this small fetcher on the standard library raises ``FetchError`` saying what went
wrong (status, timeout, refusal by robots.txt) and waits between requests to the same host.

URLs that dateline finds rather than is given (a feed's item links, redirects away from a
public site) must lead to public addresses: every address their host name resolves to is
checked, and so is the address each connection actually reaches (a second DNS answer cannot
slip a private address in), else ``PrivateHostRefused`` names the URL. A URL the user names
may point anywhere; ``Fetcher(allow_private=True)`` (or the environment variable
``DATELINE_ALLOW_PRIVATE_HOSTS=1``) lifts the check for found URLs too, e.g. for a feed
served on the local network.
"""

from __future__ import annotations

import gzip
import http.client
import io
import ipaddress
import os
import socket
import threading
import time
import urllib.error
import urllib.request
import urllib.robotparser
import zlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from dateline.errors import FetchError, InputTooLarge, PrivateHostRefused
from dateline.ingest.decode import MAX_DOCUMENT_BYTES

ALLOW_PRIVATE_ENV = "DATELINE_ALLOW_PRIVATE_HOSTS"
"""Set to 1 to let found URLs (feed items, redirects) reach private addresses."""

USER_AGENT = "dateline/0.1 (news ledger; +https://github.com/dateline/dateline)"


@dataclass
class Fetched:
    url: str
    data: bytes
    content_type: str
    charset: str | None


@dataclass
class Fetcher:
    """Fetch URLs with one delay per host, robots.txt respected, and a byte limit."""

    user_agent: str = USER_AGENT
    timeout: float = 15.0
    delay: float = 1.0
    max_bytes: int = MAX_DOCUMENT_BYTES
    respect_robots: bool = True
    allow_private: bool | None = None
    """Let found URLs reach private addresses; None follows ``DATELINE_ALLOW_PRIVATE_HOSTS``."""
    _last: dict[str, float] = field(default_factory=dict, repr=False)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict,
                                                                           repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def fetch(self, url: str, *, found: bool = False) -> Fetched:
        """The body of ``url`` (after redirects); FetchError says why when it cannot.

        ``found`` marks a URL that came out of fetched content (a feed's item link) rather
        than from the user: unless ``allow_private``, its host must resolve to public
        addresses only (``PrivateHostRefused``). Redirects and connections are held to the
        same rule whenever the URL is found or the user's own URL is on a public host.
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("only http:// and https:// URLs can be fetched", source=url)
        guarded = False
        allow = self.allow_private
        if not (private_hosts_allowed_by_env() if allow is None else allow):
            if found:
                check_public_url(url)
                guarded = True
            else:
                guarded = _resolves_public(url)
        opener = _opener(guarded)
        if self.respect_robots and not self._allowed(url, opener):
            raise FetchError(f"robots.txt of {parts.hostname} disallows {self.user_agent!r}",
                             source=url)
        self._wait_for(parts.netloc)
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent,
                                                       "Accept": "text/html,application/xhtml+xml,"
                                                       "application/rss+xml,application/atom+xml,"
                                                       "text/plain;q=0.8,*/*;q=0.5"})
        try:
            with opener.open(request, timeout=self.timeout) as response:
                data = self._read_body(response, url)
                content_type = response.headers.get_content_type() or ""
                charset = response.headers.get_content_charset()
                final = response.geturl()
        except urllib.error.HTTPError as exc:
            raise FetchError(f"HTTP {exc.code} {exc.reason}", source=url) from None
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            raise FetchError(f"could not fetch: {reason}", source=url) from None
        if len(data) > self.max_bytes:
            raise InputTooLarge(f"response over the {self.max_bytes:,}-byte limit", source=url)
        data = self._gunzip(data, url)
        return Fetched(url=final, data=data, content_type=content_type, charset=charset)

    def _gunzip(self, data: bytes, url: str) -> bytes:
        """A gzip file served as such (feed.xml.gz, page.html.gz) is read decompressed."""
        if data[:2] != b"\x1f\x8b":
            return data
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
                inflated = handle.read(self.max_bytes + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise FetchError(f"the gzip body cannot be read: {exc}", source=url) from None
        if len(inflated) > self.max_bytes:
            raise InputTooLarge(f"decompressed response over the {self.max_bytes:,}-byte limit",
                                source=url)
        return inflated

    def _read_body(self, response, url: str) -> bytes:
        """The body, refusing a server that drips it slower than the whole-request deadline."""
        deadline = time.monotonic() + self.timeout * 4
        chunks: list[bytes] = []
        size = 0
        while size <= self.max_bytes:
            chunk = response.read(min(65_536, self.max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if time.monotonic() > deadline:
                raise FetchError(f"the body took longer than {self.timeout * 4:.0f} s",
                                 source=url)
        return b"".join(chunks)

    def _wait_for(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            ready = self._last.get(host, 0.0) + self.delay
            self._last[host] = max(now, ready)
        if ready > now:
            time.sleep(ready - now)

    def _allowed(self, url: str, opener: urllib.request.OpenerDirector) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._load_robots(root, opener)
        rules = self._robots[root]
        return rules is None or rules.can_fetch(self.user_agent, url)

    def _load_robots(
        self, root: str, opener: urllib.request.OpenerDirector
    ) -> urllib.robotparser.RobotFileParser | None:
        """The site's robots.txt rules; None when it has none (404) or cannot be reached."""
        rules = urllib.robotparser.RobotFileParser(f"{root}/robots.txt")
        request = urllib.request.Request(f"{root}/robots.txt",
                                         headers={"User-Agent": self.user_agent})
        try:
            with opener.open(request, timeout=self.timeout) as response:
                rules.parse(response.read(512_000).decode("utf-8", "replace").splitlines())
        except (urllib.error.URLError, TimeoutError, OSError, ValueError, PrivateHostRefused):
            return None
        return rules


def allow_private_hosts(enabled: bool = True) -> None:
    """Let (or stop letting) found URLs reach private addresses in this process and the
    worker processes it starts: what the CLI's ``--allow-private-hosts`` does."""
    if enabled:
        os.environ[ALLOW_PRIVATE_ENV] = "1"
    else:
        os.environ.pop(ALLOW_PRIVATE_ENV, None)


def private_hosts_allowed_by_env() -> bool:
    """Whether ``DATELINE_ALLOW_PRIVATE_HOSTS`` is set to a true value (1, true, yes)."""
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def is_public_address(address: str) -> bool:
    """Whether an IP address is a public, routable unicast address.

    Private, loopback, link-local, multicast, reserved, unspecified and shared (carrier-grade
    NAT) ranges are not; an IPv6 address that embeds an IPv4 one (mapped, 6to4, Teredo) is
    judged by the address it embeds.
    """
    try:
        ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(
            address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            ip = embedded
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                or ip.is_reserved or ip.is_unspecified) and ip.is_global


def resolve_host(host: str, port: int | None = None) -> list[str]:
    """Every address ``host`` resolves to (an IP literal resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise FetchError(f"cannot resolve the host {host!r}: {exc}", source=host) from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def check_public_url(url: str) -> None:
    """Raise ``PrivateHostRefused`` unless every address of the URL's host is public."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        port = parts.port
    except ValueError:
        raise FetchError("the URL's port is not a number", source=url) from None
    try:
        addresses = resolve_host(host, port)
    except FetchError as error:
        raise FetchError(error.message, source=url) from None
    private = [a for a in addresses if not is_public_address(a)]
    if private or not addresses:
        raise PrivateHostRefused(
            f"refused: {host} resolves to a non-public address ({', '.join(private) or 'none'}); "
            "URLs found in fetched content may only reach public hosts (the CLI's "
            f"--allow-private-hosts, allow_private=True or {ALLOW_PRIVATE_ENV}=1 allows them)",
            source=url,
        )


def _resolves_public(url: str) -> bool:
    """Whether a user's URL is on a public host (then redirects from it are held to that)."""
    try:
        check_public_url(url)
    except FetchError:
        return False
    return True


def _check_peer(sock: socket.socket, host: str, port: int) -> None:
    """The address a connection reached must be public (no DNS answer swapped in between)."""
    try:
        peer = str(sock.getpeername()[0])
    except OSError:
        return
    if not is_public_address(peer):
        sock.close()
        raise PrivateHostRefused(
            f"refused: the connection to {host} reached the non-public address {peer}",
            source=f"{host}:{port}",
        )


def _guarded_create_connection(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
    sock = socket.create_connection(address, *args, **kwargs)
    _check_peer(sock, address[0], address[1])
    return sock


class _GuardedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _guarded_create_connection


class _GuardedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _guarded_create_connection


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_GuardedHTTPConnection, req)


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_GuardedHTTPSConnection, req)


class _GuardedRedirectHandler(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        check_public_url(newurl)  # names the redirect target when it is refused
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(guarded: bool) -> urllib.request.OpenerDirector:
    """urllib's opener; guarded, every redirect and connection must reach a public address.

    Through a proxy the connection reaches the proxy, not the host: then only the host's
    resolved addresses (and each redirect target) are checked.
    """
    if not guarded:
        return urllib.request.build_opener()
    if urllib.request.getproxies():
        return urllib.request.build_opener(_GuardedRedirectHandler())
    return urllib.request.build_opener(_GuardedHTTPHandler(), _GuardedHTTPSHandler(),
                                       _GuardedRedirectHandler())
