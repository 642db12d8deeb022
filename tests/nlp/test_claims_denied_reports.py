"""Denied reports (issue 6, the "fewer" misses): a speaker who calls reports false denies the
event, and the reports themselves claim it; one clause, two claims (tests/fixtures/claims/
README.md: "dismissed as false reports", "no truth to reports", plural denials). Texts written
for this table about fictional people: text -> the number of claims (last word of the subject,
predicate, polarity, certainty) the pipeline must find (``claims_sources.denied_nominal``)."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

TABLE = [
    # reports called false by a noun: "were nonsense", "are lies", "pure invention"
    (
        # failed before: "nonsense" read as no denial, the arrest given to the cousin
        "A cousin of Omar Belkadi, reached by phone, said he was at home in Tarsa and that reports of"
        ' his arrest were "nonsense".',
        {("Belkadi", "arrested", N, "denied"): 1, ("Belkadi", "arrested", A, "reported"): 1},
    ),
    (
        # failed before
        "The lawyer for Rosa Menget said on Monday that reports of her detention were rubbish.",
        {("Menget", "arrested", N, "denied"): 1, ("Menget", "arrested", A, "reported"): 1},
    ),
    (
        "The family of Rania Koulibi said that rumours of her death were false.",
        {("Koulibi", "killed", N, "denied"): 1, ("Koulibi", "killed", A, "reported"): 1},
    ),
    # "no truth / basis / foundation" to the reports
    (
        # failed before: only the group's denial
        '"There is no truth to reports that our brother Karim Tessaly was arrested by the army," the'
        " group said in a statement on Monday.",
        {("Tessaly", "arrested", N, "denied"): 1, ("Tessaly", "arrested", A, "reported"): 1},
    ),
    (
        # failed before
        "The army said there was no basis for reports that Colonel Anton Hesk had been captured.",
        {("Hesk", "captured", N, "denied"): 1, ("Hesk", "captured", A, "reported"): 1},
    ),
    # a translated statement's "the rumours according to which P"
    (
        # failed before: only the ministry's denial
        "The ministry denies the rumours circulating online according to which the bandit Yanis Morvel"
        " is still alive.",
        {("Morvel", "alive", N, "denied"): 1, ("Morvel", "alive", A, "reported"): 1},
    ),
    # not a new claim: the reports were told before ("the reports"), or nothing calls them false
    (
        "Reports that Lena Osgood had been arrested spread on Sunday. Her brother said the reports"
        " were wrong.",
        {("Osgood", "arrested", A, "reported"): 1},
    ),
    (
        "There is no truth in the old saying, said Ivan Dalko, who was arrested in May.",
        {("Dalko", "arrested", A, "reported"): 0},
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_denied_report_count(claims_of, text: str, counts: dict) -> None:
    found = Counter(
        (c.subject.split()[-1], c.predicate, c.polarity, c.certainty) for c in claims_of(text)
    )
    assert {k: found.get(k, 0) for k in counts} == counts, found
