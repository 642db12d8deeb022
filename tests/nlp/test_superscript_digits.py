"""A superscript digit ("²", "³") is a digit to ``str.isdigit`` that ``int`` cannot read:
rules that read a token as a number (an age, an hour) must not crash on it (the property
test's counterexample: "²" as the complement of a present copula)."""

import spacy
from spacy.tokens import Doc

from dateline.nlp.claims_states import _of_an_age
from dateline.nlp.timex_grammar import _hour_number


def _copula_with(number: str) -> Doc:
    vocab = spacy.blank("en").vocab
    return Doc(
        vocab,
        words=["She", "is", number],
        spaces=[True, True, False],
        tags=["PRP", "VBZ", "CD"],
        deps=["nsubj", "ROOT", "attr"],
        heads=[1, 1, 1],
        ents=["O", "O", "B-CARDINAL"],
    )


def test_an_age_is_read_and_a_superscript_is_none() -> None:
    assert _of_an_age(_copula_with("83")[1])
    assert not _of_an_age(_copula_with("²")[1])


def test_an_hour_of_a_superscript_is_none() -> None:
    assert _hour_number("9") == 9
    assert _hour_number("nine") == 9
    assert _hour_number("³") is None
