""" "The police commander in Marsabit, Hassan Abdi, said ...": the name set off after a role
noun's place phrase is the person the noun describes, though the parser hangs it on the place
as an apposition; the noun is not an epithet of the story's main person. Texts written for
this test about fictional people."""

from __future__ import annotations

import pytest

TEXTS = [
    (
        "Gunmen kidnapped the engineer David Otieno near Marsabit on 2 November. His brother"
        " Samuel Otieno was freed on Sunday. The police commander in Marsabit, Hassan Abdi,"
        " said on Friday that David was being held by a gang near Sololo.",
        "Hassan Abdi",
    ),
    (
        "Gunmen seized the reporter Ana Ruiz in Tumaco on Monday. Her editor in Bogota, Luis"
        " Vega, said on Tuesday that she was being held in a farmhouse.",
        "Luis Vega",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), TEXTS)
def test_the_named_one_speaks(claims_of, text: str, speaker: str) -> None:
    held = [c for c in claims_of(text) if c.predicate == "located_in"]
    assert held and all(c.claimant == speaker for c in held), held
