"""Abduction frames added in session 6 (own sentences about fictional people): carried off
or marched into the bush by captors, dragged from a car, taken from a clinic in a story of a
kidnapping, "the group holding X", "the group believed to be holding X"; and look-alikes
(filmed "on camera", held up in traffic, pulled from a river by police)."""

from __future__ import annotations

import pytest

FOUND = [
    ("Ruth Achieng was carried off by bandits.", "Achieng"),
    ("Ruth Achieng was marched into the bush by gunmen.", "Achieng"),
    ("Armed men dragged Ruth Achieng from her car.", "Achieng"),
    ("Ruth Achieng was snatched from her home by gunmen.", "Achieng"),
    (
        "Gunmen kidnapped two aid workers on Monday. One of them, Ruth Achieng, was taken "
        "from a clinic near the border.",
        "Achieng",
    ),
    ("The group holding Ruth Achieng released a video.", "Achieng"),
    ("A driver said four armed men had forced Ruth Achieng into a pickup truck.", "Achieng"),
    ("The separatist group believed to be holding Ruth Achieng has not commented.", "Achieng"),
]

NOT_FOUND = [
    "Ruth Achieng was captured on camera.",
    "Ruth Achieng was caught on CCTV leaving the bank.",
    "Ruth Achieng was held up in traffic.",
    "Ruth Achieng was taken from the hospital to a hotel after recovering.",
    "The group believed that it was holding the high ground.",
    "The group holding the meeting refused to comment.",
    "Police forced Ruth Achieng into a corner with their questions.",
]


@pytest.mark.parametrize(("text", "who"), FOUND)
def test_abduction_found(found_in, text: str, who: str) -> None:
    assert (who, "captured", "affirmed") in found_in(text)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_look_alike_not_captured(found_in, text: str) -> None:
    assert not any(p == "captured" for _, p, _ in found_in(text))


STATE_HELD = [
    "Peter Lam was captured by police in the capital in 1984.",
    "Peter Lam had been detained by military counter-intelligence and was being held at a "
    "prison in the capital.",
]


@pytest.mark.parametrize("text", STATE_HELD)
def test_taken_by_the_state_is_an_arrest(found_in, text: str) -> None:
    found = found_in(text)
    assert ("Lam", "arrested", "affirmed") in found
    assert ("Lam", "captured", "affirmed") not in found
