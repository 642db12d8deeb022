"""Constructions found while scoring articles written after the rules (tests/fixtures/claims,
g90-g99): one sentence or short passage each, written for this test about fictional people;
the claim must come out, and the near misses beside them must not."""

from __future__ import annotations

import pytest

SENTENCES = [
    # leadership
    ("Omar Haddu is the new leader of the group.", "leadership_change", "affirmed"),
    ("Omar Haddu emerged as the new leader of the group.", "leadership_change", "affirmed"),
    ("Omar Haddu is now in charge of the group.", "leadership_change", "affirmed"),
    ("Sami Darwish was succeeded by Omar Haddu.", "leadership_change", "affirmed"),
    ("Omar Haddu took the reins of the group in 2019.", "leadership_change", "affirmed"),
    ("Omar Haddu inherited the leadership of the group.", "leadership_change", "affirmed"),
    ("Omar Haddu was voted out as chairman.", "leadership_change", "affirmed"),
    ("Omar Haddu gave up the leadership of the group.", "leadership_change", "affirmed"),
    ("Omar Haddu was installed as emir.", "leadership_change", "affirmed"),
    ("Omar Haddu has been made commander of the militia.", "leadership_change", "affirmed"),
    ("Omar Haddu was named chief executive of the firm.", "leadership_change", "affirmed"),
    ("Omar Haddu was sworn in as interim chair on Tuesday.", "leadership_change", "affirmed"),
    (
        "Separately, the front named Omar Haddu as its new military commander on Tuesday.",
        "leadership_change",
        "affirmed",
    ),
    # alive
    ("Omar Haddu is doing fine.", "alive", "affirmed"),
    ("Omar Haddu escaped with his life.", "alive", "affirmed"),
    ("Omar Haddu is out of danger.", "alive", "affirmed"),
    ("Omar Haddu's life is not in danger, doctors said.", "alive", "affirmed"),
    ("Omar Haddu's condition is stable.", "alive", "affirmed"),
    ("Omar Haddu regained consciousness on Monday.", "alive", "affirmed"),
    ("Omar Haddu remains hospitalised in critical condition.", "alive", "affirmed"),
    ("Omar Haddu pulled through.", "alive", "affirmed"),
    ("Omar Haddu is under house arrest in Kanda.", "located_in", "affirmed"),
    ("Omar Haddu is believed to be in the custody of the group in Kanda.", "captured", "affirmed"),
    (
        "Omar Haddu is believed to be in the custody of the group in Kanda.",
        "located_in",
        "affirmed",
    ),
    # located_in
    ("Omar Haddu is sheltering in a church.", "located_in", "affirmed"),
    ("Omar Haddu is detained at a military base.", "located_in", "affirmed"),
    ("Omar Haddu has been hiding out in the hills.", "located_in", "affirmed"),
    ("Omar Haddu was traced to a house in Kanda.", "located_in", "affirmed"),
    ("Rescuers located Omar Haddu in a ravine.", "located_in", "affirmed"),
    ("Omar Haddu was being cared for in a village near the border.", "located_in", "affirmed"),
    (
        "Omar Haddu was taken to the hospital in Kanda, where he is being treated.",
        "located_in",
        "affirmed",
    ),
    # killed
    ("Omar Haddu was slain.", "killed", "affirmed"),
    ("Omar Haddu was fatally shot.", "killed", "affirmed"),
    ("Omar Haddu drowned in the river.", "killed", "affirmed"),
    ("Omar Haddu was buried on Monday.", "killed", "affirmed"),
    ("Omar Haddu was laid to rest in his home village.", "killed", "affirmed"),
    # wounded
    ("Omar Haddu is being treated for a broken leg.", "wounded", "affirmed"),
    ("Omar Haddu was left paralysed after the attack.", "wounded", "affirmed"),
    ("Omar Haddu suffered a broken arm.", "wounded", "affirmed"),
    # detention and release
    ("Omar Haddu was taken in for questioning.", "arrested", "affirmed"),
    ("Omar Haddu was let out of prison.", "released", "affirmed"),
    # a state, not a release event: the custody NEGATED (README, session 23 decisions)
    ("Omar Haddu is a free man.", "arrested", "negated"),
    ("Omar Haddu was discharged from prison.", "released", "affirmed"),
    # others
    ("Omar Haddu retired from politics in 2018.", "other:retire", "affirmed"),
    # found with a second batch of sentences written for this test
    ("Omar Haddu is still at large.", "alive", "affirmed"),
    ("Omar Haddu escaped death.", "alive", "affirmed"),
    ("Omar Haddu narrowly escaped an assassination attempt.", "alive", "affirmed"),
    ("The group confirmed Omar Haddu's martyrdom.", "killed", "affirmed"),
    ("Omar Haddu was blown up by a roadside bomb.", "killed", "affirmed"),
    ("Thousands mourned Omar Haddu on Monday.", "killed", "affirmed"),
    ("Omar Haddu was one of three people who died in the crash.", "killed", "affirmed"),
    ("Forensic tests confirmed the identity of Omar Haddu's remains.", "killed", "affirmed"),
    ("Omar Haddu rose to become leader of the group in 2015.", "leadership_change", "affirmed"),
    ("Omar Haddu ascended to the leadership in 2015.", "leadership_change", "affirmed"),
    ("Omar Haddu won the leadership contest on Sunday.", "leadership_change", "affirmed"),
    ("Omar Haddu was elevated to the post of commander.", "leadership_change", "affirmed"),
    ("The group's leadership passed to Omar Haddu.", "leadership_change", "affirmed"),
    (
        "The militia has named Omar Haddu, a veteran commander, as its new leader.",
        "leadership_change",
        "affirmed",
    ),
    ("The group's new emir is Omar Haddu.", "leadership_change", "affirmed"),
    ("Sami Darwish died in 2016, and Omar Haddu succeeded him.", "leadership_change", "affirmed"),
    ("The family received proof of life from Omar Haddu last week.", "alive", "affirmed"),
    ("Omar Haddu remains in a maximum-security prison in Combita.", "located_in", "affirmed"),
    (
        "Omar Haddu was taken to the county hospital, where he remains in a serious condition.",
        "located_in",
        "affirmed",
    ),
    ("The army announced that Omar Haddu was neutralised in the strike.", "killed", "affirmed"),
    ("Omar Haddu was taken from his car by men in plain clothes.", "captured", "affirmed"),
    (
        "A sailor missing since his boat capsized was found on Monday. Omar Haddu, 47, was airlifted.",
        "other:missing",
        "affirmed",
    ),
    ("Omar Haddu was taken from her home by police on Monday.", "arrested", "affirmed"),
    (
        "Omar Haddu is alive and being held by a militant faction in the Gourma region.",
        "located_in",
        "affirmed",
    ),
]


@pytest.mark.parametrize(("text", "predicate", "polarity"), SENTENCES)
def test_sentence(found_in, text, predicate, polarity) -> None:
    assert ("Haddu", predicate, polarity) in found_in(text)


NOT_CLAIMS = [
    ("Is Omar Haddu still alive?", "alive"),  # a question asks
    ("Do we know where Omar Haddu is being held?", "located_in"),
    ("The factions pledged allegiance to Omar Haddu.", "leadership_change"),  # not a new leader
    ("Omar Haddu was treated for dehydration.", "wounded"),  # an illness, not an injury
    ("Omar Haddu was buried under rubble for two days.", "killed"),
    ("Omar Haddu was detained at the airport on Monday.", "located_in"),  # where the arrest was
    ("Omar Haddu was discharged from hospital on Monday.", "released"),
    ("Omar Haddu did not survive the attack.", "alive"),  # a death, read as killed
    ("Omar Haddu was named as the group's spokesman.", "leadership_change"),  # no leader's role
]


@pytest.mark.parametrize(("text", "predicate"), NOT_CLAIMS)
def test_not_a_claim(found_in, text, predicate) -> None:
    assert predicate not in {p for _, p, _ in found_in(text)}


def test_counted_plural_named_in_the_next_sentence(found_in) -> None:
    text = (
        "Two aid workers held by gunmen for five months were set free on Sunday, the army said."
        "\n\nOmar Haddu and Lena Berg were abducted from a clinic in January."
    )
    found = found_in(text)
    assert {("Haddu", "released", "affirmed"), ("Berg", "released", "affirmed")} <= found


def test_allegiance_to_the_new_leader_takes_up_the_last_one_named(claims_of) -> None:
    text = (
        "The council named Omar Haddu as its new emir on Monday.\n\n"
        "Several factions have pledged allegiance to the new leader, a monitor said."
    )
    changes = [c for c in claims_of(text) if c.predicate == "leadership_change"]
    assert {c.subject.split()[-1] for c in changes} == {"Haddu"}
    assert len(changes) == 2


def test_replacing_a_named_leader(found_in) -> None:
    text = "The front named Omar Haddu as its new commander on Tuesday, replacing Sami Darwish."
    assert ("Darwish", "leadership_change", "affirmed") in found_in(text)


def test_his_client_is_the_person_the_lawyer_speaks_for(claims_of) -> None:
    text = (
        "Omar Haddu was released on Monday, his lawyer, Erik Sand, said.\n\n"
        "Sand said his client was at home with his family."
    )
    located = [c for c in claims_of(text) if c.predicate == "located_in"]
    assert [c.subject.split()[-1] for c in located] == ["Haddu"]
    assert located[0].claimant == "Erik Sand"


def test_a_pronoun_in_a_quotation_is_not_its_speaker(claims_of) -> None:
    text = (
        "Lena Berg was found on Monday.\n\n"
        '"She is tired but in good spirits," her brother Omar Haddu told reporters.'
    )
    alive = {c.subject.split()[-1] for c in claims_of(text) if c.predicate == "alive"}
    assert alive == {"Berg"}


def test_rumours_that_claim_a_death(claims_of) -> None:
    text = "For months, rumours have swirled that Omar Haddu died of illness in the spring."
    killed = [c for c in claims_of(text) if c.predicate == "killed"]
    assert [(c.claimant, c.claimant_anonymous, c.certainty) for c in killed] == [
        ("rumours", True, "reported")
    ]


def test_an_indefinite_kind_of_person_is_anonymous(claims_of) -> None:
    text = "A defector said he had seen Omar Haddu in September at a camp in the forest."
    seen = [c for c in claims_of(text) if c.predicate == "appeared"]
    assert seen and seen[0].claimant_anonymous and seen[0].certainty == "reported"


def test_a_lede_person_named_in_the_next_sentence(claims_of) -> None:
    text = (
        "A fisherman missing since Friday has been found alive on an islet, the coast guard said."
        "\n\nOmar Haddu, 47, was spotted by a helicopter crew on Monday."
    )
    alive = [c for c in claims_of(text) if c.predicate == "alive"]
    assert [c.subject.split()[-1] for c in alive] == ["Haddu"]


def test_a_person_tagged_as_a_group_in_a_person_slot(found_in) -> None:
    # whatever the model tags the name as, the one killed is a person
    text = "Idris Kamara took over the militia after the death of Amadou Sesay."
    assert ("Sesay", "killed", "affirmed") in found_in(text)


def test_proof_of_life_of_the_person_the_story_is_about(claims_of) -> None:
    text = "Omar Haddu was kidnapped in May. His employer says it now has proof of life."
    alive = [c for c in claims_of(text) if c.predicate == "alive"]
    assert [(c.subject.split()[-1], c.event_time) for c in alive] == [("Haddu", None)]


def test_a_bulleted_item_ends_where_the_next_begins(found_in) -> None:
    # the parser may run two items into one sentence: the first item's negation stays there
    text = (
        "In brief:\n- Libya: Lena Berg has been freed. Her whereabouts are not yet known.\n"
        "- Ethiopia: Omar Haddu was rearrested on Friday, his lawyer said."
    )
    assert ("Haddu", "arrested", "affirmed") in found_in(text)


def test_a_lede_person_identified_in_the_next_sentence(found_in) -> None:
    text = (
        "A 52-year-old man was arrested on Tuesday after a disturbance outside a bar."
        " Police identified him as Omar Haddu."
    )
    assert ("Haddu", "arrested", "affirmed") in found_in(text)


def test_relieved_to_confirm_is_the_ministry_speaking(claims_of) -> None:
    text = "The Foreign Ministry is relieved to confirm that Omar Haddu was freed this morning."
    freed = [c for c in claims_of(text) if c.predicate == "released"]
    assert freed and "Foreign Ministry" in (freed[0].claimant or "")


def test_an_arrest_after_which_he_remains_in_prison_is_its_own_claim(claims_of) -> None:
    text = "Omar Haddu remains in Tora prison five years after his arrest, his brother said."
    arrests = [c for c in claims_of(text) if c.predicate == "arrested"]
    assert len(arrests) == 2


def test_a_linking_look_is_no_investigation(claims_of) -> None:
    text = "Her doctor, Lena Berg, said Omar Haddu looked thin but was clearly alive."
    alive = [c for c in claims_of(text) if c.predicate == "alive"]
    assert alive and alive[0].certainty == "asserted"
