"""The two tests a claims table module runs on its rows, written once.

A table module lists ``FOUND`` rows, ``(text, (surname, predicate, polarity))`` a claim the
pipeline must find in ``text``, and ``NOT_FOUND`` rows, a triple it must not find, then
binds the tests with ``test_found, test_not_found = row_tests(FOUND, NOT_FOUND)``.
The triples are those of the ``found_in`` fixture (tests/nlp/conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

Row = tuple[str, tuple[str, str, str]]


def row_tests(found: Sequence[Row], not_found: Sequence[Row]) -> tuple[Callable[..., Any], ...]:
    @pytest.mark.parametrize(("text", "expected"), found)
    def test_found(found_in, text, expected) -> None:
        triples = found_in(text)
        assert expected in triples, triples

    @pytest.mark.parametrize(("text", "absent"), not_found)
    def test_not_found(found_in, text, absent) -> None:
        triples = found_in(text)
        assert absent not in triples, triples

    return test_found, test_not_found
