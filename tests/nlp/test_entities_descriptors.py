"""Names whose kind the prose states: villages and towns, news agencies, media wings.

The model tags many of these as people (or leaves them untagged); the description beside the
name decides. All names below are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document


def entities_of(nlp, text: str):
    doc = make_doc(nlp, Document.from_text(text, published=date(2021, 6, 10)))
    return {e.name: e for e in run_pipeline(nlp, doc)._.entities}


KINDS = [
    # places
    ("Fighters attacked the village of Kafr Dalun on Sunday, residents said.", "Kafr Dalun", "gpe"),
    ("He was killed near the town of Deir Hafer, the monitor said.", "Deir Hafer", "gpe"),
    ("The strike hit Tell Marwan, a village near Raqqa, killing four people.", "Tell Marwan", "gpe"),
    ("Residents of Umm Jalal, a small town in Nineveh province, fled the fighting.", "Umm Jalal", "gpe"),
    ("Talal Nasser was born in Al Bab, a town north of Aleppo.", "Al Bab", "gpe"),
    ("Talal Nasser was born in Al Bab, a town north of Aleppo.", "Talal Nasser", "person"),
    # a role noun before a name the model took for an organisation
    ("The family of missing trade unionist Marek Zelnik said he had written to them.", "Marek Zelnik", "person"),
    ("Kestria: Poet Leyla Karimova was detained at a border crossing.", "Leyla Karimova", "person"),
    # a name whose own clause says "its" is an organisation
    ("Crescent Dawn has named Faisal Mutar as its new leader.", "Crescent Dawn", "org"),
    ("Crescent Dawn has named Faisal Mutar as its new leader.", "Faisal Mutar", "person"),
    # places by position: joined to a place, where a motion verb goes
    ("Mercer, 45, was seized with his driver on the road between Mopti and Djenne, officials said.",
     "Djenne", "gpe"),
    ("Mercer was found alive and was flown to Gao, the ministry said.", "Gao", "gpe"),
    # a dateline outlet keeps its kind where the text names it again
    ("(Sahel Courier) — The group said it held him. An official told Sahel Courier the claim was false.",
     "Sahel Courier", "outlet"),
    ("Nadia Ferreira of the weekly Voz do Vale was found alive.", "Voz do Vale", "outlet"),
    ("NAIROBI (East Africa Wire) — The militia has replaced its founder.", "East Africa Wire", "outlet"),
    # a round-up's place labels
    ("Weekly round-up.\n\nAzervan: Poet Leyla Karimova was detained at a border crossing.\n\n"
     "Tarsa: Rebel commander Ousmane Kaba was killed by his bodyguards.", "Tarsa", "gpe"),
    # evidence for one span of a name holds for its other spans
    ("The statement names Karim Nassar as Haddad's successor. Nassar, a former field commander, "
     "had been Haddad's deputy since 2016. A fighter said Nassar had been wounded.", "Karim Nassar", "person"),
    # outlets
    ("The Tasnim news agency reported that the talks had failed.", "Tasnim", "outlet"),
    ("The claim was carried by the Nahar news agency, which is close to the militants.", "Nahar", "outlet"),
    ("ISIS claimed the attack through its Amaq news agency on Monday.", "Amaq", "outlet"),
    ("The group's news agency, Wakala, said its leader was alive.", "Wakala", "outlet"),
    ("The report first appeared in the Kessler newspaper on Friday.", "Kessler", "outlet"),
    # media wings: organisations, and their owner is no person
    ("The statement was released by the Rising Dawn media wing al-Sabah.", "al-Sabah", "org"),
    ("Rising Dawn's media wing, al-Sabah, posted the recording on Sunday.", "al-Sabah", "org"),
    ("Rising Dawn's media wing, al-Sabah, posted the recording on Sunday.", "Rising Dawn", "org"),
    ("The recording was published by al-Furat, the group's media arm.", "al-Furat", "org"),
]


@pytest.mark.parametrize(("text", "name", "kind"), KINDS)
def test_description_states_the_kind(nlp, text, name, kind):
    ents = entities_of(nlp, text)
    assert name in ents, sorted(ents)
    assert ents[name].kind == kind


def test_described_name_keeps_its_kind_elsewhere(nlp):
    text = "The Tasnim news agency said the talks had failed. Tasnim said a new round was planned."
    ents = entities_of(nlp, text)
    assert ents["Tasnim"].kind == "outlet"
    assert len(ents["Tasnim"].mentions) == 2


@pytest.mark.parametrize(
    ("text", "child", "parent"),
    [
        ("Rising Dawn's media wing, al-Sabah, posted the recording on Sunday.", "al-Sabah", "Rising Dawn"),
        ("ISIS claimed the attack through its Amaq news agency on Monday.", "Amaq", "ISIS"),
    ],
)
def test_media_part_is_linked_to_its_group(nlp, text, child, parent):
    ents = entities_of(nlp, text)
    assert ents[child].parent == ents[parent].entity_id


@pytest.mark.parametrize(
    "text",
    [
        "She holds a copy of a Turkish newspaper dated June 14.",
        "He lived in a Syrian town near the border.",
        "Officials in the city said the mayor had resigned.",
    ],
)
def test_descriptions_without_a_name_add_nothing(nlp, text):
    assert not entities_of(nlp, text)
