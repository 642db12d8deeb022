"""Property: the same documents in any order, in any batches, or twice, give the same ledger."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.ledger.store import Ledger


def _all_analyses(worlds) -> list:
    return (
        worlds.killed_three_times()
        + worlds.wire_copies()
        + worlds.same_surname()
        + worlds.cross_dated()
    )


def snapshot(ledger: Ledger) -> dict[str, Any]:
    """Everything a user can see, minus ingest bookkeeping (times, run ids)."""
    q = ledger.query
    people = ["Abu Tariq al-Nasiri", "Samir Nasiri", "Lena Marsh", "Nasiri", "Yusuf Karam"]
    return {
        "documents": q(
            "SELECT doc_id, outlet, published, published_source, wire_group"
            " FROM documents ORDER BY doc_id"
        ),
        "entities": q("SELECT * FROM entities ORDER BY entity_id"),
        "aliases": q("SELECT * FROM aliases ORDER BY ALL"),
        "claims": q("SELECT doc_id, claim_id, subject_id, claimant_id FROM claims ORDER BY ALL"),
        "carriers": q("SELECT doc_id, outlet FROM doc_carriers ORDER BY ALL"),
        "timelines": {p: [e.model_dump() for e in ledger.timeline(p)] for p in people},
        "status": {p: ledger.status(p).model_dump() for p in people},
        "as_of": ledger.status(people[0], as_of="2017-02-01").model_dump(),
        "contradictions": [c.model_dump() for c in ledger.contradictions()],
        "sources": [s.model_dump() for s in ledger.sources()],
        "outlets": [s.model_dump() for s in ledger.sources(by="outlet")],
        "clusters": [c.model_dump() for c in ledger.clusters("Lena Marsh")],
    }


_REFERENCE: dict[str, Any] = {}


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_order_any_batches_or_twice(worlds, data) -> None:
    analyses = _all_analyses(worlds)
    if "expected" not in _REFERENCE:
        with Ledger(":memory:") as reference:
            reference.add(analyses)
            _REFERENCE["expected"] = snapshot(reference)
    expected = _REFERENCE["expected"]
    order = data.draw(st.permutations(analyses))
    repeat = data.draw(st.lists(st.sampled_from(analyses), max_size=4))
    stream = list(order) + repeat
    cuts = sorted(data.draw(st.sets(st.integers(1, len(stream) - 1), max_size=4)))
    with Ledger(":memory:") as ledger:
        for lo, hi in zip([0, *cuts], [*cuts, len(stream)], strict=True):
            ledger.add(stream[lo:hi])
        assert snapshot(ledger) == expected
