"""A sighting or a stay told twice in one clause, each with its place and its time ("was spotted
in Dubai in April and in Istanbul in June", "was seen in Kabul in 2019 and in Quetta in 2021"),
is one claim per occurrence with its own time (tests/fixtures/claims/README.md, session 15: an
enumeration of distinct occurrences with their own times), `appeared` and `located_in` each; an
arrest keeps its single claim and a later clause of its own ("and now lives in X") is no second
sighting (issue 6). Texts written for this table about fictional people: text -> the event
times of the claims (subject, predicate) the pipeline must find."""

from __future__ import annotations

import pytest

AP = "appeared"
LOC = "located_in"

TABLE = [
    (
        "The businessman Dragan Ilic was spotted in Dubai in April and in Istanbul in June,"
        " according to media reports.",
        {("Dragan Ilic", AP): ["2021-04", "2021-06"], ("Dragan Ilic", LOC): ["2021-04", "2021-06"]},
    ),
    (
        "Tariq Hamdan was seen in Kabul in 2019 and in Quetta in 2021.",
        {("Tariq Hamdan", AP): ["2019", "2021"], ("Tariq Hamdan", LOC): ["2019", "2021"]},
    ),
    (
        "Tariq Hamdan was seen in Kabul in May and now lives in Quetta.",
        {("Tariq Hamdan", AP): ["2021-05"]},
    ),
]


@pytest.mark.parametrize(("text", "times"), TABLE)
def test_claim_times(claims_of, text: str, times: dict) -> None:
    claims = claims_of(text)
    found = {
        key: sorted(
            c.event_time for c in claims if (c.subject, c.predicate) == key and c.event_time
        )
        for key in times
    }
    assert found == times, found
