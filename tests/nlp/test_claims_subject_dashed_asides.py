"""A name before a dashed aside (issue 6, the "subject" and "unknown-subject" misses):
"X - no relation - was detained": the model may run the name into the aside ("X - no"),
and the person was then known by that (``entities_spans.repaired_name_spans``: a spaced
dash before a lower-case word ends the name). Texts written for this table about fictional
people: text -> the number of claims (subject, predicate) the pipeline must find, either
polarity."""

from __future__ import annotations

from collections import Counter

import pytest

ASIDES = [
    (
        # failed before: the subject was "Mateo Ruiz - no"
        "On Friday evening Norte's Peruvian defender Mateo Ruiz - no relation - was detained at"
        " the team hotel by immigration officers over an expired work permit.",
        {("Mateo Ruiz", "arrested"): 1, ("Mateo Ruiz - no", "arrested"): 0},
    ),
    (
        # failed before
        "On Sunday Sur's Chilean midfielder Pablo Vidal - no relation - was detained at the"
        " airport by immigration officers over an expired visa.",
        {("Pablo Vidal", "arrested"): 1, ("Pablo Vidal - no", "arrested"): 0},
    ),
    (
        # a hyphen inside a name is no aside
        "Police arrested Anna Nowak-Brennan in Tarvo on Monday.",
        {("Anna Nowak-Brennan", "arrested"): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), ASIDES)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found


# The aside taken for the subject (``claims_context.relative_head``: "no relation" stands for
# the name before it; ``claims_sources._negated``: its "no" denies nothing).
NO_RELATION = [
    (
        # failed before: arrested NEGATED (the "no" of the aside)
        "On Friday evening Norte's Peruvian defender Mateo Ruiz - no relation - was detained at"
        " the team hotel by immigration officers over an expired work permit.",
        {("Mateo Ruiz", "arrested", "affirmed"): 1, ("Mateo Ruiz", "arrested", "negated"): 0},
    ),
    (
        # a real "no" subject beside it: the named player's detention stays affirmed, once
        "Mateo Ruiz was detained in Tarvo on Friday. No charges were filed and no lawyer was"
        " allowed to see him.",
        {("Mateo Ruiz", "arrested", "affirmed"): 1, ("Mateo Ruiz", "arrested", "negated"): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), NO_RELATION)
def test_polarity_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
