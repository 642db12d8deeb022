"""The test a subject table module runs on its rows, written once.

A row is ``(row_id, text, found, absent)`` (or a ``pytest.param`` of one): ``found`` lists the
(subject, predicate) pairs the affirmed claims of ``text`` must hold, ``absent`` the pairs they
must not. A subject with a space is a full name and must match exactly (namesakes of one
family differ only there); a single word matches any word of the claim's subject. Bind with
``test_claim_subjects = subject_test(ROWS)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

Pair = tuple[str, str]


def has(pairs: set[Pair], subject: str, predicate: str) -> bool:
    for name, pred in pairs:
        if pred != predicate:
            continue
        if name == subject if " " in subject else subject in name.split():
            return True
    return False


def subject_test(rows: Sequence[Any]) -> Callable[..., Any]:
    ids = [r.values[0] if hasattr(r, "values") else r[0] for r in rows]

    @pytest.mark.parametrize(("row_id", "text", "found", "absent"), rows, ids=ids)
    def test(claims_of, row_id, text, found, absent) -> None:
        pairs = {(c.subject, c.predicate) for c in claims_of(text) if c.polarity == "affirmed"}
        assert [f for f in found if not has(pairs, *f)] == [], sorted(pairs)
        assert [a for a in absent if has(pairs, *a)] == [], sorted(pairs)

    return test
