"""Shared fixtures: the pipeline loaded once, a fresh ledger file per test, the shared data;
and the order the test files start in (the longest first, see `pytest_collection_modifyitems`)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_57815fe446113bf0.txt"
CORPUS = REPO / "examples" / "corpus"

LONGEST_FILES = (
    "tests/nlp/test_claims_eval.py",
    "tests/test_crash_safety.py",
    "tests/ledger/test_reanalyse.py",
    "tests/ledger/test_pass_resume.py",
    "tests/test_scale.py",
    "tests/ledger/test_store_incremental.py",
    "tests/server/test_corpus.py",
    "tests/ledger/test_contradiction_chunks.py",
    "tests/ledger/test_writer_memory.py",
    "tests/server/test_schemathesis.py",
    "tests/server/test_api.py",
    "tests/test_schema_versions.py",
    "tests/evaluate/test_quotes.py",
    "tests/ledger/test_order_independence.py",
    "tests/test_cli.py",
    "tests/test_concurrency.py",
    "tests/nlp/test_timex_wire_devset.py",
    "tests/test_export.py",
    "tests/ledger/test_ingest_scaling.py",
    "tests/ledger/test_reasoning.py",
)
"""The 20 files whose tests took longest in a whole-suite run (`--durations=0` summed per file,
session 15; under `--dist loadfile` one file runs on one worker), longest first."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Start the longest files first, the rest in their collected order. `make test` hands
    whole files to two workers (`--dist loadfile --no-loadscope-reorder`) in this order, each
    worker taking the next file when it finishes one: a 60 s file handed out last keeps one
    worker busy alone for its whole length, started first it runs beside the short files.
    (xdist's own reorder, by number of tests, hands the one-test files out last.)"""
    rank = {name: i for i, name in enumerate(LONGEST_FILES)}

    def key(item: pytest.Item) -> int:
        path = Path(str(item.path)).resolve()
        try:
            name = path.relative_to(REPO).as_posix()
        except ValueError:
            return len(rank)
        return rank.get(name, len(rank))

    items.sort(key=key)  # (a stable sort: each file's tests keep their order)


@pytest.fixture(scope="session")
def nlp():
    from dateline.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture
def fresh_ledger(tmp_path):
    from dateline import Ledger

    ledger = Ledger(tmp_path / "test.duckdb")
    yield ledger
    ledger.close()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data folder {SHARED} is absent")
    return SHARED


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"seed article {SEED} is absent")
    return SEED.read_text(encoding="utf-8")
