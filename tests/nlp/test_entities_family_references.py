"""Family references: a relative who shares the story's surname is a person of their own,
and a relative first described ("his sister said") and later named is the claimant by name.
Sentences written for this test about fictional people."""

from __future__ import annotations

import pytest

SEPARATE = [
    # the model may miss the relative's full name or tag it as something else
    (
        "The wife of Omar Tahan, an engineer kidnapped in May, said he had called her."
        ' "He sounded tired, but it was his voice," Rania Tahan told reporters in Amman.',
        "Omar Tahan",
        "Rania Tahan",
    ),
    (
        "Lukas Brenner was arrested on Monday, his brother said. Jonas Brenner said the"
        " family had not been allowed to see him.",
        "Lukas Brenner",
        "Jonas Brenner",
    ),
]


@pytest.mark.parametrize(("text", "holder", "relative"), SEPARATE)
def test_relative_is_a_person_of_their_own(entities_of, text, holder, relative) -> None:
    found = entities_of(text)
    assert found.named(relative).entity_id != found.named(holder).entity_id


CLAIMANTS = [
    (
        "Opposition activist Karl Vesely has been moved to a prison colony in the north, his"
        " sister said on Friday. Marta Vesely said the family learned of the transfer by post.",
        "located_in",
        "Marta Vesely",
    ),
    (
        "The wife of Omar Tahan, an engineer kidnapped in May, said on Monday that he was being"
        ' held in a farmhouse. "It was his voice," Rania Tahan told reporters.',
        "located_in",
        "Rania Tahan",
    ),
]


@pytest.mark.parametrize(("text", "predicate", "claimant"), CLAIMANTS)
def test_named_relative_is_the_claimant(claims_of, text, predicate, claimant) -> None:
    found = [c for c in claims_of(text) if c.predicate == predicate]
    assert found and found[0].claimant == claimant


def test_what_a_relative_tells_the_holder_is_about_the_relative(claims_of) -> None:
    text = (
        "Pavel Brenner, the brother of the detained reporter Lukas Brenner, spoke to us on"
        " Wednesday. He said his brother had told him he was being kept at an army base and"
        " had not been beaten."
    )
    subjects = {c.subject for c in claims_of(text) if c.predicate == "other:beat"}
    assert subjects == {"Lukas Brenner"}


def test_what_a_relative_says_of_the_holder_stays_with_the_holder(claims_of) -> None:
    text = (
        'Rosa Marin, 81, was found alive on Tuesday. "She is in hospital in Ica, but she is'
        ' recovering," her son, Julio Marin, said.'
    )
    subjects = {c.subject for c in claims_of(text) if c.predicate == "alive"}
    assert "Julio Marin" not in subjects
