"""dateline's HTTP API and web timeline page (the ``server`` extra: FastAPI + uvicorn)."""

from __future__ import annotations

from dateline.server.app import create_app
from dateline.server.run import serve

__all__ = ["create_app", "serve"]
