"""The rule gates (``timex_grammar.GATES``) and first-character lookaheads
(``timex_grammar.FIRST_CHARACTERS``) are pre-filters only: with or without them, every rule finds
exactly the same matches in the same trigger windows."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest
from spacy.strings import hash_string

from dateline.nlp import timex as tx
from dateline.nlp import timex_grammar as g

SENTENCES = [
    "The week-long strike ended on the third day of the talks, in the first week of August.",
    "Shipments resume within two to three weeks, or 10-12 hours for spare parts.",
    "He spent three years abroad and came home two days ago; a week later he left again.",
    "She moved a year and a half ago and two and a half years later came back.",
    "The board meets every two weeks, each Sunday morning, and on Mondays; it reports quarterly.",
    "Saturdays are busy; the clinic opens Sundays, Tuesdays and holidays, but not Manic Mondays.",
    "For years the plant ran at weekends. Months later it closed, after months of talks.",
    "Over the years the firm grew; in the final days of the war it was seized.",
    "Late in the year, at the year-end, over the weekend, for the full year, sales fell.",
    "Last week, the same day, this fiscal year and the past month were quiet.",
    "Right now, recently, in the past, in the coming weeks and in the long term, he hopes to one day win.",
    "On March 3 and in March 1998, the week of March 20, and in May the vote was held.",
    "They waited for some time, then a little while; at the time, and since then, prices rose.",
    "Sales in the year-ago quarter and the 1998 period; twice a week; the day before.",
    "Early morning fog lifted by the afternoon; on the night of May 3 it returned.",
    "From 1998-2001 and on June 3-5, 2002, the tour ran.",
    "The ceasefire held for two years and three months, then 2 hours, 9 minutes, 52 seconds.",
    "Exports rose over the same month of 1998 and fell in the same period a year earlier.",
    "The vote moves to the week after next; it was held the month before last.",
    "The ferry sails three weeks from Friday, two days from tomorrow, a month from Monday evening.",
    "He left two years ago today, she a week ago Monday, they three days ago this week.",
    "This time last year the mill was shut; the same time next month it opens.",
    "In the 1997-98 season, fiscal 1999-00 and the 2001/02 budget, costs rose.",
    "At the turn of the century and the turn of the 19th century, the turn of the millennium.",
    "The club meets the first Monday of each month and every last Friday of the month.",
    "Rent falls due on the 1st of every month, dues on the fifteenth of each month, fees every 3rd of the month.",
    "The quake struck hours ago; aftershocks began days ago.",
    "The fire started on March 3 morning.",
    "It ended on May 4th night.",
]

_WORD = re.compile(r"[\w'’.-]+")


def _triggers(text: str) -> dict[str, list[int]]:
    """Trigger offsets from a plain word split (the test compares gated and ungated runs on the
    same triggers, so the tokenisation need not be spaCy's)."""
    out: dict[str, list[int]] = {}
    for m in _WORD.finditer(text):
        for cat in tx._CATEGORIES_OF.get(hash_string(m.group().lower()), ()):
            out.setdefault(cat, []).append(m.start())
    for m in tx._NUMBER_TRIGGERS.finditer(text):
        out.setdefault(m.lastgroup or "", []).append(m.start())
    return out


def _spans(rule: g.Rule, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in g._window_matches(rule, text, _triggers(text))]


GATED = [rule for rule in g.RULES if rule.gate is not None]


def test_every_gate_compiles_for_a_known_rule():
    names = {rule.name for rule in g.RULES}
    assert set(g.GATES) <= names
    assert len(GATED) == len(g.GATES)


@pytest.mark.parametrize("rule", GATED, ids=[r.name for r in GATED])
def test_gate_changes_no_match(rule: g.Rule):
    ungated = dataclasses.replace(rule, gate=None)
    found = 0
    for text in SENTENCES:
        spans = _spans(rule, text)
        assert spans == _spans(ungated, text), text
        found += len(spans)
    assert found, f"no sentence exercises {rule.name}"


_VOCAB = re.findall(r"\S+", """the a an this last next past coming every each per other for over within after in at on
since until and or to - , . ; several many recent few about more than nearly one two three ten 24
1998 2001 day days week weeks weekend weekends month months year years decade decades quarter
hour hours minutes ago earlier later before now current recently soon future term time then
Monday Sundays March May June Aug. spring summer morning evening night today tonight daily
first final of talks war fiscal full same period ended -long some while""")


def test_gates_on_random_word_salad():
    rng = random.Random(7)
    for _ in range(150):
        text = "".join(rng.choice(_VOCAB) + rng.choice("     \n-") for _ in range(rng.randint(15, 50)))
        triggers = _triggers(text)
        for rule in GATED:
            ungated = dataclasses.replace(rule, gate=None)
            gated = [m.span() for m in g._window_matches(rule, text, triggers)]
            assert gated == [m.span() for m in g._window_matches(ungated, text, triggers)], (rule.name, text)


UNWRAPPED = {"year": g.YEAR, "month_day_year": g.MONTH_DAY_YEAR, "weekday": g.WEEKDAY_RULE, "month": g.MONTH_ALONE}


@pytest.mark.parametrize("name", sorted(g.FIRST_CHARACTERS))
def test_first_character_lookahead_changes_no_match(name: str):
    rule = next(r for r in g.RULES if r.name == name)
    plain = dataclasses.replace(rule, pattern=UNWRAPPED[name])
    assert rule.pattern is not UNWRAPPED[name]
    rng = random.Random(11)
    texts = [*SENTENCES, "Early Monday, late last March, the end of 1998, fiscal 1999, mid-April, 2 weeks ago Friday"]
    texts += ["".join(rng.choice(_VOCAB) + rng.choice("   -\n") for _ in range(40)) for _ in range(100)]
    found = 0
    for text in texts:
        triggers = _triggers(text)
        spans = [m.span() for m in g._window_matches(rule, text, triggers)]
        assert spans == [m.span() for m in g._window_matches(plain, text, triggers)], text
        found += len(spans)
    assert found
