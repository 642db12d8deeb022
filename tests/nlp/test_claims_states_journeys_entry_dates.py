"""Rules of where a person is and of entry dates (own sentences about fictional
people): going somewhere to stay ("fled to X", "reached X", "flew home to
X"), an interview given from a place, a person the press met somewhere, a town the model
mistags after "lived in"; a timeline or log entry's stamp dates its events; clock times
stay on event times."""

from __future__ import annotations

import pytest

LOCATED = [
    ("Olena Kruk fled to Vienna in 2023.", "Kruk"),
    ("Kojo Mensah is believed to have fled to Togo, the prosecutor said.", "Mensah"),
    ("In 2016 Amira Haddad reached Berlin with her two sons.", "Haddad"),
    ("Ivana Petek left the clinic on Tuesday and flew home to Ljubljana.", "Petek"),
    ("Last week Jean Ndayizeye met our correspondent in a village near Uvira.", "Ndayizeye"),
    ("When we met Innocent Bahizi in August at his farm outside Goma, he was calm.", "Bahizi"),
    ("Weeks later Rosa Quintero gave a radio interview from a camp in Caqueta.", "Quintero"),
    ("Marek Dovhal lived in Korsk with his wife and daughter.", "Dovhal"),
]

NOT_LOCATED = [
    "The minister Ali Hassan returned to power in 2019.",
    # (session 19: "returned to Colombia last month" gives located_in, README on g41)
    "Police could not reach Ali Hassan on Monday.",
    "Ali Hassan did not flee to Turkey, his lawyer said.",
    "The president met Ali Hassan in Paris on Monday.",
    "Ali Hassan returned to the mountains.",
    "Ali Hassan travelled to Paris for talks.",
]


@pytest.mark.parametrize(("text", "who"), LOCATED)
def test_where_a_person_went_or_was_met(found_in, text: str, who: str) -> None:
    assert (who, "located_in", "affirmed") in found_in(text)


@pytest.mark.parametrize("text", NOT_LOCATED)
def test_trips_offices_and_calls_are_no_whereabouts(found_in, text: str) -> None:
    assert not {c for c in found_in(text) if c[0] == "Hassan" and c[1] == "located_in"}


def test_an_interview_given_is_a_sign_of_life(found_in) -> None:
    text = "Weeks later Rosa Quintero gave an interview to a French magazine."
    assert ("Quintero", "alive", "affirmed") in found_in(text)


def _times(claims_of, text: str, predicate: str) -> list[str | None]:
    return [c.event_time for c in claims_of(text) if c.predicate == predicate]


def test_a_clock_time_stays_on_the_event(claims_of) -> None:
    text = "Father Emil Okoro was abducted from his house at about 2 a.m. on Sunday."
    assert "2021-06-06T02:00" in _times(claims_of, text, "captured")


def test_a_dated_entry_dates_its_undated_events(claims_of) -> None:
    text = (
        "A timeline of the case\n\n"
        "March 1, 2020 - His lawyer says Pavel Kuzmin has arrived at a colony in Kharp. "
        "He is in poor health."
    )
    assert _times(claims_of, text, "located_in") == ["2020-03-01"]
    assert _times(claims_of, text, "alive") == ["2020-03-01"]


def test_a_log_entry_with_a_clock_dates_its_states(claims_of) -> None:
    text = (
        "POLICE LOG\n\n"
        "Saturday, 2:15 a.m. - Anton Ruiz, 23, was taken to Mercy General with a stab "
        "wound. Police said his injuries were not life-threatening."
    )
    assert set(_times(claims_of, text, "wounded")) == {"2021-06-05T02:15"}


def test_a_schedule_weekday_and_a_blog_clock_are_no_stamps(claims_of) -> None:
    schedule = (
        "COURT CALENDAR\n\n"
        "Monday: Bail hearing for Samuel Kiprop. He has been held at Kodiaga prison in "
        "Kisumu since his arrest."
    )
    assert "2021-06-07" not in _times(claims_of, schedule, "located_in")
    blog = "Live updates\n\n10:25 - Her office says Hodan Warsame is alive and unhurt."
    assert _times(claims_of, blog, "alive") == ["2021-06-10"]


def test_late_on_a_weekday_is_that_night(claims_of) -> None:
    text = "Anna Sy was freed late on Monday, her lawyer said."
    assert _times(claims_of, text, "released") == ["2021-06-07TNI"]


def test_a_dated_call_is_a_sign_of_life(found_in) -> None:
    assert ("Warner", "alive", "affirmed") in found_in("Thomas Warner called her on Sunday.")
    assert not {
        c for c in found_in("Thomas Warner called him a traitor on Sunday.") if c[1] == "alive"
    }


def test_a_newspaper_of_a_date_bounds_the_picture(claims_of) -> None:
    claims = claims_of("In the video, Tomas Arriaga holds a newspaper of June 5.")
    assert [str(c.event_earliest) for c in claims if c.predicate == "alive"] == ["2021-06-05"]


def test_recovering_after_an_inserted_said_is_the_reported_person(found_in) -> None:
    found = found_in(
        "Iryna Sas was released on bail on Friday, the group said, and is recovering at "
        "her parents' home in Lviv."
    )
    assert ("Sas", "alive", "affirmed") in found
    assert not {c for c in found if c[0] == "group"}
