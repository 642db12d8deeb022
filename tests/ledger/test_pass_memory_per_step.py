"""The end-of-ingest pass's memory limit is a budget per step: a step that ran out of memory
is run again with the limit raised, and the steps after it start at the pass's budget again
(a limit raised for one step of a 100,000-document pass, kept, let DuckDB's cache fill to it
in the steps after)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest

from dateline.ledger import writes
from dateline.ledger.store import Ledger


def _limit(conn: duckdb.DuckDBPyConnection) -> str:
    row = conn.execute("SELECT current_setting('memory_limit')").fetchone()
    return str(row[0]) if row else ""


def test_a_step_that_ran_out_raises_the_limit_for_itself_only(
    worlds: SimpleNamespace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    limits: dict[str, list[str]] = {}
    for step in ("entities", "wire", "places", "cluster"):
        real = getattr(writes, f"_step_{step}")

        def noted(conn: duckdb.DuckDBPyConnection, state: dict, _s=step, _real=real) -> None:
            limits.setdefault(_s, []).append(_limit(conn))
            if _s == "wire" and len(limits[_s]) == 1:
                raise duckdb.OutOfMemoryException("Out of Memory Error: could not allocate block")
            _real(conn, state)

        monkeypatch.setattr(writes, f"_step_{step}", noted)
    with Ledger(tmp_path / "l.duckdb") as ledger:
        writer = ledger._memory_setting
        ledger.add([*worlds.killed_three_times(), *worlds.wire_copies()])
        after = ledger._memory_setting
        assert ledger.count("entities") > 0  # the pass ran to its end
    budget = limits["entities"][0]
    assert len(limits["wire"]) == 2 and limits["wire"][1] != budget  # run again, raised
    assert limits["places"] == [budget] and limits["cluster"] == [budget]
    assert after == writer  # the writer's own limit back after the pass
