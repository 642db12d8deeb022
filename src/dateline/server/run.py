"""Running the server: ``serve()`` (what ``dateline serve`` calls) and its host policy."""

from __future__ import annotations

import ipaddress
import logging
import warnings
from pathlib import Path

log = logging.getLogger(__name__)

LOOPBACK_NAMES = ("localhost",)


class ExposedServerWarning(UserWarning):
    """The server was bound to an address other computers can reach."""


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str) -> str | None:
    """The warning to print when ``host`` is not a loopback address, else None."""
    if is_loopback(host):
        return None
    return (
        f"binding to {host}: anyone who can reach this machine can read the ledger and add "
        "documents to it (the server has no login). Use the default 127.0.0.1 unless you "
        "mean to share it, and then put it behind a proxy with authentication."
    )


def serve(
    db_path: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    log_level: str = "info",
    read_only: bool = False,
    warn_exposed: bool = True,
) -> None:
    """Serve the API and the page with uvicorn until interrupted.

    Binding anything but a loopback address warns (``ExposedServerWarning``) unless the
    caller already told the user (``warn_exposed=False``, as the CLI does).
    """
    import uvicorn

    from dateline.server.app import create_app

    message = exposure_warning(host)
    if message and warn_exposed:
        warnings.warn(message, ExposedServerWarning, stacklevel=2)
    allowed = None if message is None else ("*",)
    app = create_app(db_path, allowed_hosts=allowed, read_only=read_only)
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level=log_level,
        server_header=False,
        limit_concurrency=64,
        timeout_keep_alive=5,
    )
