"""A state of health said of a person (issue 6, the "predicate" misses; README: "a health state
('in poor health', 'weak but unhurt') is ``alive``"): '"He is calm," his wife said', "was pale
but lucid" (``claims_lexicon.STATE_ADJECTIVES``); "not calm" is no death
(``claims_precision._unwell_read_as_dead``), and a calm crowd is nobody's state. Texts written
for this table about fictional people: text -> (last word of the subject, predicate, polarity)
-> whether the pipeline must find it."""

from __future__ import annotations

import pytest

A, N = "affirmed", "negated"

TABLE = [
    (
        # failed before: no claim
        '"He is calm," his wife, Leyla Aliyeva, said of Rauf Aliyev on Friday.',
        {("Aliyev", "alive", A): True},
    ),
    (
        "Doctors said the kidnapped banker Paul Moreau was pale but lucid when he was brought in"
        " on Sunday.",
        {("Moreau", "alive", A): True},
    ),
    (
        "Rescuers who reached the hiker Tom Reilly on Sunday said he was weak and dehydrated.",
        {("Reilly", "alive", A): True},
    ),
    (
        # a negated state of mind is no death
        '"He is not calm, he is angry," his wife, Leyla Aliyeva, said of Rauf Aliyev on Friday.',
        {("Aliyev", "alive", N): False},
    ),
    (
        "Police said the crowd outside the court where Ivan Sorin was tried was calm.",
        {("Sorin", "alive", A): False},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_health_states(found_in, text: str, expected: dict) -> None:
    found = found_in(text)
    for triple, wanted in expected.items():
        assert (triple in found) == wanted, (triple, sorted(found))
