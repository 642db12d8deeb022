"""Contradiction pairs are a function of the claims, not of row order: claims reported on the
same day are tie-broken by document and claim id, and a denial is paired with the latest
earlier assertion of an event it can be about."""

from __future__ import annotations

import itertools
from pathlib import Path

from dateline.ledger.assess import refresh_contradictions
from dateline.ledger.store import Ledger

COLUMNS = (
    "doc_id, claim_id, subject_id, predicate, polarity, certainty, event_earliest,"
    " event_latest, published"
)
ASSERTIONS = [  # three reports published the same day, about events on different days
    ("d1", "c1", "s", "killed", "affirmed", "asserted", "2020-01-05", "2020-01-05", "2020-03-10"),
    ("d2", "c1", "s", "killed", "affirmed", "asserted", "2020-03-08", "2020-03-08", "2020-03-10"),
    ("d3", "c1", "s", "killed", "affirmed", "asserted", "2020-03-09", "2020-03-09", "2020-03-10"),
]
DENIAL = ("n1", "c1", "s", "killed", "negated", "denied", "2020-03-08", "2020-03-08", "2020-03-12")
LIVES = [  # two signs of life dated the same day, after a death report
    ("l2", "c1", "t", "alive", "affirmed", "asserted", None, None, "2021-05-02"),
    ("l1", "c1", "t", "alive", "affirmed", "asserted", None, None, "2021-05-02"),
]
DEATH = (
    "k1",
    "c1",
    "t",
    "killed",
    "affirmed",
    "asserted",
    "2021-04-01",
    "2021-04-01",
    "2021-04-03",
)


def pairs(path: Path, rows: list[tuple[str | None, ...]]) -> list[tuple[str, ...]]:
    with Ledger(path) as ledger:
        ledger.conn.executemany(
            f"INSERT INTO claims ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
        )
        ledger.conn.executemany(
            "INSERT INTO documents (doc_id) VALUES (?)", [[d] for d in {r[0] for r in rows}]
        )
        refresh_contradictions(ledger.conn)
        return [
            tuple(r)
            for r in ledger.conn.execute(
                "SELECT kind, a_doc, b_doc FROM contradiction_pairs ORDER BY rank"
            ).fetchall()
        ]


def test_a_denial_meets_the_assertion_it_can_be_about_in_any_row_order(tmp_path: Path) -> None:
    found = {
        tuple(pairs(tmp_path / f"l{i}.duckdb", [*order, DENIAL]))
        for i, order in enumerate(itertools.permutations(ASSERTIONS))
    }
    assert found == {(("asserted_vs_denied", "d2", "n1"),)}


def test_a_death_meets_one_sign_of_life_whatever_the_row_order(tmp_path: Path) -> None:
    found = {
        tuple(pairs(tmp_path / f"l{i}.duckdb", [*order, DEATH]))
        for i, order in enumerate(itertools.permutations(LIVES))
    }
    assert found == {(("death_vs_life", "k1", "l1"),)}
