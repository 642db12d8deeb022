"""The verb rules a lemma can open, looked up once per lemma instead of asking every rule of a
family about every verb (issue 9, throughput: some 5,000 verbs of the bench's 200 articles
each called some 30 rule functions, most of which only test the lemma and return nothing).

A rule that opens on a closed set of lemmas exports that set (a frozenset next to the
function); :class:`LemmaRules` maps each lemma to the rules whose set holds it, in the
family's order, together with every rule that exports no set: such a rule (one that reads
something other than the lemma first, or one added without a set) is called for every verb,
as before. A set must hold every lemma its rule can fire on: a lemma left out silently
disables that branch. ``DATELINE_CHECK_DISPATCH=1`` calls the skipped rules too and raises
if one of them finds anything (run the dev split and the tests with it after changing a rule
or its set). ``DATELINE_DISPATCH=all`` calls every rule for every verb, as before the
dispatch (to measure what it saves: ``benchmarks/stage_probe.py`` with and without it).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["LemmaRules"]

R = TypeVar("R", bound=Callable[..., object])

_CHECK = os.environ.get("DATELINE_CHECK_DISPATCH") == "1"
_ALL = os.environ.get("DATELINE_DISPATCH") == "all"


class LemmaRules(Generic[R]):
    """``rules(lemma)``: the rules of ``family`` (``(rule, lemmas or None)`` in call order)
    that can fire on a verb of that lemma. ``first_found``: the family stops at the first
    rule that returns something other than None (a skipped rule must return None), else
    the rules' hits are joined (a skipped rule must return nothing)."""

    def __init__(
        self, family: Sequence[tuple[R, frozenset[str] | None]], *, first_found: bool = False
    ) -> None:
        self._family = tuple(family)
        self._first_found = first_found
        self._always = tuple(rule for rule, lemmas in family if lemmas is None or _ALL)
        self._table = {
            lemma: tuple(rule for rule, s in family if s is None or lemma in s)
            for _, lemmas in family
            for lemma in lemmas or ()
            if not _ALL
        }

    def __call__(self, lemma: str) -> tuple[R, ...]:
        if _CHECK:
            return self._checked(lemma)
        return self._table.get(lemma, self._always)

    def _checked(self, lemma: str) -> tuple[R, ...]:
        """Every rule, those the lemma's sets skip wrapped to raise if they find anything."""
        kept = self._table.get(lemma, self._always)
        return tuple(
            rule if rule in kept else self._must_be_silent(rule, lemma) for rule, _ in self._family
        )

    def _must_be_silent(self, rule: R, lemma: str) -> R:
        def silent(*args: object) -> object:
            found = rule(*args)
            if found is not None if self._first_found else found:
                raise AssertionError(f"{rule.__qualname__} fired on {lemma!r}, not in its set")
            return found

        return silent  # type: ignore[return-value]
