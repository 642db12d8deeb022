"""The rules' ``requires`` pre-filters skip windows only where the rule could not match."""

from __future__ import annotations

import dataclasses

import pytest

from dateline.nlp.timex_grammar import REQUIRES, RULES, find_candidates

SENTENCES = (
    "The council meets every Tuesday and twice a month; the paper comes out weekly.",
    "Shops close on Sundays, and the market opens each morning.",
    "The bridge was built three years ago, and repaired two decades earlier.",
    "Profit rose in the year-ago quarter and fell in the third quarter of 2015.",
    "Sales for the quarter ended March 31 beat the year-earlier period.",
    "Music of the 1960s and the late '70s filled the hall; the nineties were quieter.",
    "The church dates from the 12th century and was restored in the nineteenth century.",
    "Talks dragged on for weeks, and the first rise in years came in months.",
    "The plant opened in March 2014 and closed in June of last year.",
    "Output fell in the second half and in Q3 2019, and the fiscal year ends in June.",
    "Rain fell early in the morning, late afternoon on Friday and in the evening.",
    "She left on the evening of March 4, 2012, and the talks ran from 1998-2003.",
    "The fair runs May 3 to 7 and the festival June 10-12, 2020.",
    "Prices are currently high, will fall soon and may one day recover in the near future.",
    "The ship sailed on 4 March 2011, docked on the fifth of May and left on 21st June.",
    "Nothing was said at the time, and the company posted results for the period.",
    "Two years to the day after the flood of May 2, 2001, the dam reopened.",
    "The dam burst in the early hours, and crews worked into the small hours.",
)


@pytest.mark.parametrize("rule", [r for r in RULES if r.requires is not None], ids=lambda r: r.name)
def test_every_match_contains_the_required_text(rule):  # noqa: ANN001
    matched = 0
    for text in SENTENCES:
        for m in rule.pattern.finditer(text):
            matched += 1
            assert rule.requires.search(text, m.start(), m.end()), (rule.name, m.group(0))
    assert matched, f"no sample sentence exercises {rule.name}"


def _spans(candidates):  # noqa: ANN001, ANN202
    return [(c.start, c.end, c.rule.name, c.match.group(0)) for c in candidates]


def test_pre_filters_change_no_candidate():
    unfiltered = tuple(dataclasses.replace(r, requires=None) for r in RULES)
    text = "\n\n".join(SENTENCES)
    assert _spans(find_candidates(text)) == _spans(find_candidates(text, unfiltered))
    # Windows every 40 characters for some categories: the filters decide window by window.
    triggers = {name: list(range(0, len(text), 40)) for name in ("month", "unit", "year4", "weekday")}
    assert _spans(find_candidates(text, triggers=triggers)) == _spans(
        find_candidates(text, unfiltered, triggers=triggers)
    )
    assert find_candidates(text, triggers=triggers)


def test_every_requirement_names_a_rule():
    assert set(REQUIRES) <= {r.name for r in RULES}


def test_a_window_edge_cuts_no_lookahead():
    """A rule's negative lookahead must see past the end of its trigger window: 'At the time
    the rebels were captured, ...' is a clause, whether or not the window reaches the comma."""
    text = "At the time Howes was captured by the rebels in the hills, the army was loyal."
    triggers = {"time": [text.index("time")]}
    windowed = _spans(find_candidates(text, triggers=triggers))
    assert windowed == _spans(find_candidates(text)) == []
