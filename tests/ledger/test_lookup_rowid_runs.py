"""Row look-ups by key read unbroken runs of row ids without the key's filter (issue 9).

Claims kept in subject order hold each subject's rows in one run of row ids; reading the run
by row id alone skips the key filter's read of the whole row group. The rows must be the
plain query's, and a run whose row ids no longer hold the key's rows is read the old way."""

from __future__ import annotations

import pytest

from dateline.ledger import lookup


def test_runs_are_the_unbroken_stretches_of_row_ids() -> None:
    assert lookup._runs([], 1) == []
    assert lookup._runs([3, 4, 5, 9, 10, 20], 1) == [[3, 5], [9, 10], [20, 20]]
    assert lookup._runs([3, 4, 5, 9, 10, 20], 5) == [[3, 10], [20, 20]]


@pytest.mark.parametrize("per_run", [1, 40, 10**9])  # always runs, the default, never
@pytest.mark.parametrize("key", ["k0", "k7", "k49", "k500", "k999", "tail", "nobody"])
def test_rows_read_by_runs_are_the_rows_of_the_plain_query(keyed, monkeypatch, per_run, key):
    monkeypatch.setattr(lookup, "ROWS_PER_RUN", per_run)
    names, rows = lookup.rows_by_key(keyed, "t", "key", key, "n, text")
    assert names == ["n", "text"]
    expected = keyed.execute("SELECT n, text FROM t WHERE key = ?", [key]).fetchall()
    assert sorted(rows) == sorted(expected)


def test_a_run_read_without_the_filter_reads_no_row_of_another_key(keyed, monkeypatch) -> None:
    """The run of k500 ends where k501's begins: the read stops at the run's last row."""
    seen: list[str] = []
    execute = keyed.execute

    class Spy:
        def execute(self, sql, *params):
            seen.append(sql)
            return execute(sql, *params)

    names, rows = lookup.rows_by_key(Spy(), "t", "key", "k500", "*")  # type: ignore[arg-type]
    assert len(rows) == 250 and {r[names.index("key")] for r in rows} == {"k500"}
    assert "key = ?" not in seen[-1] and "rowid BETWEEN" in seen[-1]


def test_rows_whose_ids_moved_are_read_again_through_the_index(keyed, monkeypatch) -> None:
    """Row ids read by the first statement that no longer hold the key (a write between the
    two statements) are not trusted: the rows come from the filtered read."""
    real = lookup._runs

    def shifted(ids: list[int], gap: int) -> list[list[int]]:
        found = real(ids, gap)
        return [[a + 1, b + 1] for a, b in found] if gap == 1 else found

    monkeypatch.setattr(lookup, "_runs", shifted)
    names, rows = lookup.rows_by_key(keyed, "t", "key", "k500", "n")
    assert sorted(rows) == [(n,) for n in range(500 * 250, 501 * 250)]
