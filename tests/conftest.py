"""Shared fixtures: the pipeline loaded once, a fresh ledger file per test, the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_57815fe446113bf0.txt"
CORPUS = REPO / "examples" / "corpus"


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
