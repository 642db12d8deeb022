"""Epithets: which role phrases stand for a person named elsewhere, and which do not."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document


def mentions_of(nlp, text: str, name: str) -> list[str]:
    doc = make_doc(nlp, Document.from_text(text, published=date(2021, 6, 10)))
    ents = run_pipeline(nlp, doc)._.entities
    return [m.text for e in ents if e.name == name for m in e.mentions]


@pytest.mark.parametrize(
    ("text", "name", "epithet", "expected"),
    [
        # a founder is not whoever leads now
        ("Rebel commander Ousmane Kaba was killed on Monday. Kaba took over the movement in 2020 "
         "after its founder stepped down.", "Ousmane Kaba", "its founder", False),
        # leader nouns stand for one another
        ("Rebel commander Ousmane Kaba was killed on Monday. The rebel leader had survived two "
         "earlier attempts.", "Ousmane Kaba", "The rebel leader", True),
        # "the new leader" is the successor, not the leader named so far
        ("Rebel commander Ousmane Kaba was killed on Monday. Several factions pledged allegiance "
         "to the new leader.", "Ousmane Kaba", "the new leader", False),
        # a newly added role noun makes an epithet
        ("Poet Leyla Karimova was detained on Monday. The poet was freed two days later.",
         "Leyla Karimova", "The poet", True),
    ],
)
def test_epithet(nlp, text, name, epithet, expected):
    assert (epithet in mentions_of(nlp, text, name)) is expected
