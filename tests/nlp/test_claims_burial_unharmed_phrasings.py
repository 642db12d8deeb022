"""Phrasing rules (own sentences about fictional people): a burial is its own
event; "escaped unharmed" is no escape; "not well" is ill, not dead; "tired but not
wounded"; a home names no place; "last seen walking along X"; an office "filled by" someone; a picture's releaser vouches for
the newspaper it shows; a calendar year beats a relative count; "since 2006, when he took
over" dates the take-over."""

from __future__ import annotations

import pytest

BURIED = [
    "Farid Nasser was buried in his home village of Beit Lahm on Thursday.",
    "Farid Nasser was buried in Tyre on Monday.",
    "Farid Nasser was laid to rest on Friday.",
]


@pytest.mark.parametrize("text", BURIED)
def test_a_burial_is_its_own_event(found_in, text: str) -> None:
    found = found_in(text)
    assert ("Nasser", "other:bury", "affirmed") in found
    assert ("Nasser", "killed", "affirmed") in found  # (the burial tells of the death)


def test_a_death_told_again_and_again_is_no_burial(found_in) -> None:
    found = found_in("Colonel Amare Wolde has been buried, by his rivals' count, three times.")
    assert ("Wolde", "killed", "affirmed") in found
    assert ("Wolde", "other:bury", "affirmed") not in found


def test_buried_in_rubble_is_no_burial(found_in) -> None:
    text = "Tomas Ilic was buried in rubble when the tunnel collapsed."
    assert not {c for c in found_in(text) if c[1] == "other:bury"}


def test_a_denial_after_a_burial_denies_the_death(found_in) -> None:
    text = (
        "Two officials said Karim Zaidi died in a clinic in Quetta on May 2 and was buried "
        "secretly. His group rejected the report."
    )
    found = found_in(text)
    assert ("Zaidi", "killed", "negated") in found
    assert ("Zaidi", "other:bury", "negated") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Governor Musa Kabir escaped unhurt when the bomb went off, police said.",
        "Musa Kabir was in the second car and escaped unharmed, his aide said.",
    ],
)
def test_escaped_unharmed_is_not_wounded_and_no_escape(found_in, text: str) -> None:
    found = found_in(text)
    assert ("Kabir", "wounded", "negated") in found
    assert ("Kabir", "other:escape", "affirmed") not in found


def test_an_escape_from_prison_stays(found_in) -> None:
    assert ("Kabir", "other:escape", "affirmed") in found_in("Musa Kabir escaped from jail.")


@pytest.mark.parametrize(
    "text",
    ['"I am not well," Ruslan Aliev told reporters.', "Ruslan Aliev is not well, his wife said."],
)
def test_not_well_is_ill_and_alive(found_in, text: str) -> None:
    found = found_in(text)
    assert ("Aliev", "alive", "affirmed") in found
    assert ("Aliev", "alive", "negated") not in found


def test_not_alive_stays_negated(found_in) -> None:
    assert ("Aliev", "alive", "negated") in found_in("Ruslan Aliev is not alive, his wife said.")


@pytest.mark.parametrize(
    "text",
    [
        "Paul Mbeki was tired but not wounded, his brother said.",
        "Paul Mbeki was weak but not injured, his sister said.",
    ],
)
def test_tired_but_not_wounded(found_in, text: str) -> None:
    assert ("Mbeki", "wounded", "negated") in found_in(text)


def test_recovering_at_home_names_no_place(found_in) -> None:
    found = found_in("Lena Vos is recovering at home, her sister said.")
    assert ("Vos", "alive", "affirmed") in found
    assert ("Vos", "located_in", "affirmed") not in found
    named = found_in("Lena Vos is recovering at a hospital in Ghent, her sister said.")
    assert ("Vos", "located_in", "affirmed") in named


def test_last_seen_walking_along_a_named_street(found_in) -> None:
    text = "Amy Hart was last seen walking along Mill Lane in Leeds at about 11 pm on Friday."
    found = found_in(text)
    assert ("Hart", "appeared", "affirmed") in found
    assert ("Hart", "located_in", "affirmed") in found


@pytest.mark.parametrize(
    "text",
    [
        "His old post will be filled on an interim basis by the group's treasurer, Ole Berg.",
        "The vacancy was filled by his deputy, Ole Berg, on Monday.",
    ],
)
def test_an_office_filled_by_someone(found_in, text: str) -> None:
    assert ("Berg", "leadership_change", "affirmed") in found_in(text)


def test_the_releaser_of_a_picture_vouches_for_its_newspaper(claims_of) -> None:
    text = (
        "A video released by the kidnappers of the engineer Paolo Greco shows him seated on "
        "a chair, holding a copy of a newspaper dated June 2."
    )
    bounds = [c for c in claims_of(text) if c.predicate == "alive" and c.event_earliest]
    assert bounds and bounds[0].claimant == "the kidnappers"
    assert bounds[0].subject.endswith("Greco")


def _times(claims_of, text: str, predicate: str) -> list[str | None]:
    return [c.event_time for c in claims_of(text) if c.predicate == predicate]


def test_a_calendar_year_beats_a_relative_count(claims_of) -> None:
    text = (
        "Tesfa Gebre was arrested in April 2008. His father, Haile Gebre, had been killed "
        "a decade earlier, in 1998, when shells hit the village."
    )
    assert _times(claims_of, text, "killed") == ["1998"]


def test_since_a_year_when_he_took_over(claims_of) -> None:
    text = "Nabil Sayegh had led the group since 2006, when he took over from its founder."
    assert "2006" in _times(claims_of, text, "leadership_change")


def test_breathed_his_last(found_in) -> None:
    assert ("Darko", "killed", "affirmed") in found_in("Ivan Darko breathed his last on Sunday.")


def test_the_late_predecessor_is_not_the_successor(found_in) -> None:
    found = found_in("Omar Said, the late Karim Darko's successor, spoke on Monday.")
    assert ("Said", "killed", "affirmed") not in found
    assert ("Said", "leadership_change", "affirmed") in found


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the activist Omar Haddu on Monday. They did not say where he was.",
        "Police detained Omar Haddu. Officials would not disclose where he is being held.",
    ],
)
def test_a_withheld_place_is_no_location_claim(nlp, text: str) -> None:
    doc = nlp(text)
    assert not [c for c in doc._.claims if c.predicate == "located_in"]


def test_unknown_whereabouts_stay_a_location_claim(nlp) -> None:
    doc = nlp("Omar Haddu's family does not know where he is.")
    assert [c.certainty for c in doc._.claims if c.predicate == "located_in"] == ["unconfirmed"]
