"""A person's name opening a wire story right after its dateline, which the model leaves
untagged or cuts to its last word ("MASERU - Lerato Nthunya, the leader ...", "OAXACA,
Mexico - Ernesto Villalobos Rua, a reporter ..."): one person, the full name (issue 6:
the story's first claims went to a namesake or to nobody). Texts written for this test
about fictional people."""

from __future__ import annotations

SHARED = (
    "Opposition figure freed on bail\n\nMASERU - Lerato Nthunya, the leader of the Basotho"
    " Renewal party, was granted bail on Friday. Her cousin, Palesa Nthunya, who was held"
    " with her, remains in custody."
)
CUT = (
    "Reporter found alive on roadside\n\nOAXACA, Mexico - Ernesto Villalobos Rua, a crime"
    " reporter who disappeared last week, was found alive on Tuesday, prosecutors said."
)
BODY = (
    "Talks resume\n\nGENEVA - Red Cross officials said on Monday that talks between the two"
    " sides had resumed."
)


def test_the_name_after_the_dash_is_its_own_person(entities_of) -> None:
    found = entities_of(SHARED)
    assert found.named("Lerato Nthunya").kind == "person"
    assert "Lerato Nthunya" in found.mentions("Lerato Nthunya", exact=True)
    assert "Palesa Nthunya" in found.names()


def test_the_words_the_model_cut_rejoin_the_name(entities_of) -> None:
    assert entities_of(CUT).kind("Ernesto Villalobos Rua") == "person"


def test_a_body_after_the_dash_is_no_person(entities_of) -> None:
    assert "Red Cross" not in {e.name for e in entities_of(BODY) if e.kind == "person"}
