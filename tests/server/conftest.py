"""A real uvicorn server on 127.0.0.1 over a real DuckDB ledger built from records we write.

The ledger is filled through ``Ledger.add`` with hand-made ``Analysis`` records (see
``samples.py``: fictional people, our own sentences), so these tests do not depend on how well
the NLP reads.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from dateline.ledger.store import Ledger
from dateline.records import Analysis


def load_samples() -> ModuleType:
    """``samples.py`` next to this file (tests are not a package; import mode is importlib)."""
    name = "dateline_test_samples"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("samples.py"))
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


samples = load_samples()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RunningServer:
    """A uvicorn server in a thread; ``url`` is its base URL."""

    def __init__(self, db_path: Path, **options: object) -> None:
        import uvicorn

        from dateline.server import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(db_path, **options),  # type: ignore[arg-type]
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="on",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> RunningServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def build_ledger(path: Path, analyses: list[Analysis]) -> Path:
    with Ledger(path) as ledger:
        ledger.add(analyses)
    return path


@pytest.fixture(name="samples", scope="session")
def samples_fixture() -> ModuleType:
    """The hand-made records of ``samples.py``."""
    return samples


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[RunningServer]:
    """A server over the sample ledger plus the hostile article."""
    path = tmp_path_factory.mktemp("server") / "ledger.duckdb"
    build_ledger(path, [*samples.sample_analyses(), samples.hostile_analysis()])
    with RunningServer(path) as running:
        yield running


@pytest.fixture(scope="module")
def empty_server(tmp_path_factory) -> Iterator[RunningServer]:
    """A server over a new, empty ledger file (for tests that ingest through the API)."""
    with RunningServer(tmp_path_factory.mktemp("empty") / "ledger.duckdb") as running:
        yield running


@pytest.fixture
def client(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


@pytest.fixture
def start_server() -> Iterator[Callable[..., RunningServer]]:
    """Start extra servers inside a test; they are stopped at its end."""
    running: list[RunningServer] = []

    def start(db_path: Path, **options: object) -> RunningServer:
        s = RunningServer(db_path, **options).__enter__()
        running.append(s)
        return s

    yield start
    for s in running:
        s.__exit__()


# -- headless Chromium (Debian's; never downloaded) ------------------------------------------
CHROMIUM = Path(os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing; `make browser` installs Debian's chromium"
        print(f"SKIP browser tests: {reason}")
        pytest.skip(reason)
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()
