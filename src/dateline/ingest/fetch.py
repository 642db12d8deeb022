"""Fetching pages politely: a named user agent, robots.txt, timeouts, size limit, host delay.

trafilatura's ``fetch_response`` returns None on any failure, which leaves the user without a
reason; this small fetcher on the standard library raises ``FetchError`` saying what went
wrong (status, timeout, refusal by robots.txt) and waits between requests to the same host.
"""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from dateline.errors import FetchError, InputTooLarge
from dateline.ingest.decode import MAX_DOCUMENT_BYTES

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
    _last: dict[str, float] = field(default_factory=dict, repr=False)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict,
                                                                           repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def fetch(self, url: str) -> Fetched:
        """The body of ``url`` (after redirects); FetchError says why when it cannot."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("only http:// and https:// URLs can be fetched", source=url)
        if self.respect_robots and not self._allowed(url):
            raise FetchError(f"robots.txt of {parts.hostname} disallows {self.user_agent!r}",
                             source=url)
        self._wait_for(parts.netloc)
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent,
                                                       "Accept": "text/html,application/xhtml+xml,"
                                                       "application/rss+xml,application/atom+xml,"
                                                       "text/plain;q=0.8,*/*;q=0.5"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
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
        return Fetched(url=final, data=data, content_type=content_type, charset=charset)

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

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._load_robots(root)
        rules = self._robots[root]
        return rules is None or rules.can_fetch(self.user_agent, url)

    def _load_robots(self, root: str) -> urllib.robotparser.RobotFileParser | None:
        """The site's robots.txt rules; None when it has none (404) or cannot be reached."""
        rules = urllib.robotparser.RobotFileParser(f"{root}/robots.txt")
        request = urllib.request.Request(f"{root}/robots.txt",
                                         headers={"User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                rules.parse(response.read(512_000).decode("utf-8", "replace").splitlines())
        except (urllib.error.URLError, TimeoutError, OSError, ValueError):
            return None
        return rules
