"""The first-character lookaheads (``timex_grammar._starting_with``) are
pre-filters only: each wrapped rule finds exactly the matches of its bare pattern, on
sentences written for the constructions the rules read and on random word salad."""

from __future__ import annotations

import random
import re

import pytest

from dateline.nlp import timex_grammar as g

_WRAPPED = re.compile(r"(?P<word>\\b)?\(\?=\[(?P<first>[^\]]+)\]\)\(\?:(?P<body>.*)\n\)", re.S)

WRAPPED_RULES = [rule for rule in g.RULES if _WRAPPED.fullmatch(rule.pattern.pattern)]

SENTENCES = [
    "The ceasefire has held for two years and three months, or 2 hours, 9 minutes, 52 seconds.",
    "Exports rose over the same month of 1998 and fell in the same period a year earlier.",
    "Last week the council met; this coming weekend it meets again, and the following day too.",
    "Late in the year, at the year-end and over the weekend, sales for the full year slipped.",
    "He left three days ago, came back a week later and two months before the vote resigned.",
    "The strike lasted about five weeks, the 8-month-old truce a few more days; once two years passed.",
    "A 45-year-old driver and a two-week-old strike; the three-year period; twice three hours.",
    "For years the mill ran at weekends; in weeks it closed, and after months of talks it reopened.",
    "Years of war have left the town empty. Hours later, the final days of the campaign began.",
    "Over the years, in the first hours of the war, they spent months waiting; the rest of the week passed.",
    "Nearly 20 years after the coup, more than a decade on, at least the next few weeks look calm.",
    "ONE YEAR AND SIX MONTHS; Two Weeks Ago; The Same Quarter Of 2019; LAST YEAR.",
]

_VOCAB = re.findall(r"\S+", """the a an this that last next past coming every each per other
for over within after in at on since and or to - , . ; several many recent few about more than
nearly at least one two three ten 24 20 twenty-one 1998 2001 day days week weeks weekend month
months year years decade decades quarter hour hours minutes seconds ago earlier later before
prior back hence once twice times first final rest of talks war same period season full fiscal
old -old long -long The Years Days Over After despite amid following waited spent lasted""")


def _bare(rule: g.Rule) -> re.Pattern[str]:
    wrapped = _WRAPPED.fullmatch(rule.pattern.pattern)
    assert wrapped is not None
    return re.compile(wrapped["body"], rule.pattern.flags)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_busy_unit_rules_are_wrapped():
    names = {rule.name for rule in WRAPPED_RULES}
    assert {"duration", "bare_units", "the_unit", "relative_unit", "ago"} <= names
    assert {"compound_duration", "same_period_of"} <= names


@pytest.mark.parametrize("rule", WRAPPED_RULES, ids=[r.name for r in WRAPPED_RULES])
def test_lookahead_changes_no_match(rule: g.Rule):
    bare = _bare(rule)
    found = 0
    for text in SENTENCES:
        matches = _found(rule.pattern, text)
        assert matches == _found(bare, text), text
        found += len(matches)
    assert found, f"no sentence exercises {rule.name}"
    rng = random.Random(14)
    for _ in range(200):
        text = "".join(rng.choice(_VOCAB) + rng.choice("    \n-") for _ in range(rng.randint(10, 40)))
        assert _found(rule.pattern, text) == _found(bare, text), text


WORD_START_RULES = [r for r in WRAPPED_RULES if _WRAPPED.fullmatch(r.pattern.pattern)["word"]]


@pytest.mark.parametrize("rule", WORD_START_RULES, ids=[r.name for r in WORD_START_RULES])
def test_word_start_only_where_every_match_starts_a_word(rule: g.Rule):
    """A rule wrapped with ``word_start`` has no match starting inside a word."""
    bare = _bare(rule)
    for text in SENTENCES:
        for m in bare.finditer(text):
            assert m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
