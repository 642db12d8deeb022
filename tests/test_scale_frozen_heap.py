"""Parallel ingests keep the long-lived heap (the model's objects) out of Python's cyclic
collector: each worker freezes it once the model is loaded, and the writer for as long as
the stream runs, unfreezing it after (unless someone else had frozen objects already)."""

from __future__ import annotations

import gc
from typing import Any

from dateline import Document
from dateline.scale import _worker_pool, analyze_parallel

TEXTS = [
    "Mara Tellen, the mayor of Osterby, said on Tuesday that the bridge would reopen in May.",
    "The council of Osterby met on Monday; Ivo Brandt told reporters the vote was delayed.",
    "Police in Lindholm said two men were arrested on Friday after the warehouse fire.",
    "The ferry to Skarvik resumed service last week, the operator said in a statement.",
]


def _stream() -> list[int]:
    """The freeze counts seen while the analyses of a two-worker stream arrive."""
    counts = []
    for _ in analyze_parallel(iter(Document.from_text(t) for t in TEXTS), workers=2, batch_size=2):
        counts.append(gc.get_freeze_count())
    assert len(counts) == len(TEXTS)
    return counts


def test_a_worker_freezes_its_heap_after_the_model(nlp: Any) -> None:
    pool = _worker_pool(1)
    try:
        frozen = pool.submit(gc.get_freeze_count).result()
    finally:
        pool.shutdown(wait=True)
    assert frozen > 10_000, frozen


def test_the_writer_freezes_while_the_stream_runs_and_unfreezes_after(nlp: Any) -> None:
    assert gc.get_freeze_count() == 0
    counts = _stream()
    assert all(c > 10_000 for c in counts), counts
    assert gc.get_freeze_count() == 0


def test_a_freeze_the_caller_made_is_left_alone(nlp: Any) -> None:
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        counts = _stream()
        after = gc.get_freeze_count()
        # frozen objects that die meanwhile leave the count (it fell by 2 in a full test run):
        # a freeze of the writer's own would raise it, an unfreeze would empty it
        assert all(c <= before for c in counts), (before, counts)
        assert 0 < after <= before, (before, after)
    finally:
        gc.unfreeze()
