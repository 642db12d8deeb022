"""The server's host policy: loopback by default, a clear warning for anything else."""

from __future__ import annotations

import pytest

from dateline.server.run import ExposedServerWarning, exposure_warning, is_loopback


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"])
def test_loopback_hosts_do_not_warn(host):
    assert is_loopback(host) and exposure_warning(host) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "example.org"])
def test_other_hosts_warn(host):
    message = exposure_warning(host)
    assert message and host in message and "127.0.0.1" in message


def test_serve_warns_before_binding(monkeypatch):
    import uvicorn

    from dateline.server import run

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    with pytest.warns(ExposedServerWarning):
        run.serve("unused.duckdb", host="0.0.0.0", port=9)
    assert calls[0]["host"] == "0.0.0.0"
    run.serve("unused.duckdb")  # the default: loopback, no warning (warnings are errors here)
    assert calls[1]["host"] == "127.0.0.1"
