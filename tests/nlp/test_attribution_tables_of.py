"""tables_of inside and outside indexed blocks: the innermost block's tables come first (a
fast path for the token-level helpers, issue 9), an outer block's tables come back when an
inner block on another Doc ends, and outside every block the tables are built for the Doc."""

from __future__ import annotations

import spacy

from dateline.nlp.attribution_index import indexed, tables_of


def _docs():  # noqa: ANN202
    nlp = spacy.blank("en")
    return nlp("Mira Holt left the harbour at dawn."), nlp("Two ferries were late.")


def test_the_running_block_gives_its_own_tables() -> None:
    first, second = _docs()
    with indexed(first) as outer:
        assert tables_of(first) is outer
        with indexed(second) as inner:
            assert tables_of(second) is inner
            assert tables_of(first) is outer
        assert tables_of(first) is outer
        assert tables_of(second) is not inner  # (its block ended: built anew for the Doc)
    assert tables_of(first) is not outer
    assert len(tables_of(first).lower) == len(first)


def test_a_block_inside_a_block_of_the_same_doc_shares_the_tables() -> None:
    first, _ = _docs()
    with indexed(first) as outer:
        with indexed(first) as again:
            assert again is outer
            assert tables_of(first) is outer
        assert tables_of(first) is outer


def test_the_tables_leave_with_an_exception() -> None:
    first, _ = _docs()
    try:
        with indexed(first) as outer:
            raise ValueError
    except ValueError:
        pass
    assert tables_of(first) is not outer
