"""``names.fold`` takes a shortcut for ASCII text (its lowercase); the result must be what the
full fold (NFKD, combining marks dropped, lowercase) gives, for ASCII and for anything else."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from dateline.names import entity_key, fold


def _full_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def test_every_ascii_character_folds_as_the_full_fold_does() -> None:
    text = "".join(chr(i) for i in range(128))
    assert fold(text) == _full_fold(text)


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)))
def test_ascii_text_folds_as_the_full_fold_does(text: str) -> None:
    assert fold(text) == _full_fold(text)


@given(st.text())
def test_any_text_folds_as_the_full_fold_does(text: str) -> None:
    assert fold(text) == _full_fold(text)


def test_accented_and_plain_spellings_still_meet() -> None:
    assert entity_key("Dr Ḥasan al-Qudsī") == entity_key("Hasan Qudsi") == "hasan qudsi"
