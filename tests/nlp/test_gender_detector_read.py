"""The given-name list is read in one piece (``entities_gender._detector``): the names, their
genders and country values must be exactly what ``gender_guesser`` reads line by line."""

from __future__ import annotations

import pytest

from dateline.nlp import entities_gender

gender_guesser = pytest.importorskip("gender_guesser.detector")


def test_the_whole_file_read_gives_the_library_s_own_name_table() -> None:
    ours = entities_gender._detector()
    theirs = gender_guesser.Detector(case_sensitive=False)
    assert ours.names == theirs.names
    assert len(ours.names) > 40_000


@pytest.mark.parametrize("name", ["maria", "john", "andrea", "jean", "fatima", "omar"])
def test_genders_match_the_library_s(name: str) -> None:
    theirs = gender_guesser.Detector(case_sensitive=False)
    assert entities_gender._detector().get_gender(name) == theirs.get_gender(name)
