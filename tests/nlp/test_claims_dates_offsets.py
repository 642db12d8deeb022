"""Event dates of claims: offsets, bounds, sequels, datelines and states (issue 6).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.claims_time import interval_of, is_point, unit_value
from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document

PUBLISHED = date(2022, 9, 15)  # a Thursday


def claims_of(nlp, text: str):
    return run_pipeline(nlp, make_doc(nlp, Document.from_text(text, published=PUBLISHED)))._.claims


def time_of(claims, surname: str, predicate: str) -> str | None:
    found = [c for c in claims if c.subject.endswith(surname) and c.predicate == predicate]
    assert found, [(c.subject, c.predicate, c.event_time) for c in claims]
    return found[-1].event_time


CASES = [
    # an offset counts from the time before it, when that time is fine enough
    (
        "The army said the commander Ali Farah was wounded on July 4 and died nine days later.",
        "Farah",
        "killed",
        "2022-07-13",
    ),
    (
        "In 1990 the union leader Marta Solis led a strike. Three years later gunmen seized her outside her office.",
        "Solis",
        "captured",
        "1993",
    ),
    (
        "The brothers Emil Kran and Otto Kran were arrested in 2015 and released a year later.",
        "Kran",
        "released",
        "2016",
    ),
    (
        "In May rebels seized the surveyor Jan Olsen. He was released two weeks later.",
        "Olsen",
        "released",
        None,
    ),
    # a dateline's date is not the lede's event time when the lede has its own
    (
        "OSLO, Sept. 15 (Nordic Wire) - Norwegian teacher Anders Dahl was freed on Tuesday, his family said.",
        "Dahl",
        "released",
        "2022-09-13",
    ),
    # "later" moves past the time before: only a bound
    (
        "In 2018 the preacher Idris Sow was reported dead. He later appeared in a video.",
        "Sow",
        "appeared",
        None,
    ),
    # a "since" time bounds another event and dates no later sentence
    (
        "The student Lea Marin has been in custody since her arrest in March. Her friend, Rui Costa, was acquitted.",
        "Costa",
        "other:acquit",
        None,
    ),
    # "by 2019" bounds a change, it does not date it
    (
        "By 2019 the smuggler Omar Bashir had become the leader of the gang.",
        "Bashir",
        "leadership_change",
        None,
    ),
    # a participle complement shares the time of the verb it completes
    (
        "The poet Aram Vardan, who was last seen leaving a cafe on August 2, is missing.",
        "Vardan",
        "appeared",
        "2022-08-02",
    ),
    # states that hold when they are reported take the publication date
    (
        '"I am just glad to be alive," the freed pilot Rosa Lind said.',
        "Lind",
        "alive",
        "2022-09-15",
    ),
]


NARRATIVE = [
    # a part of day stays in the event time
    (
        "Her lawyer said the activist Nora Vidal was freed on Tuesday evening.",
        "Vidal",
        "released",
        "2022-09-13TEV",
    ),
    # a season is a time of its own
    (
        "In 2017 the cleric Omar Bakri was reported dead. That summer, he released an audio message.",
        "Bakri",
        "message_released",
        "2017-SU",
    ),
    # the narration continues its own time, not the time of what a source said
    (
        "In a statement, the militia said its founder Rafiq Omar had been shot on May 3. "
        "It named his brother, Jamal Omar, as its new leader.",
        "Jamal Omar",
        "leadership_change",
        None,
    ),
    # "in the same strike" takes the time of the strike told before, whoever tells it
    (
        "The group announced that its emir, Zaid Hamdan, was killed in a strike on the 4th of August. "
        "Its commander Salim Qureshi was wounded in the same strike.",
        "Qureshi",
        "wounded",
        "2022-08-04",
    ),
]


@pytest.mark.parametrize(("text", "surname", "predicate", "value"), NARRATIVE)
def test_narrative_time(nlp, text, surname, predicate, value):
    assert time_of(claims_of(nlp, text), surname, predicate) == value


def test_unknown_whereabouts_hold_at_publication(nlp):
    claims = claims_of(
        nlp, "The lawyer Salem Darwish was detained last week. His whereabouts are not yet known."
    )
    assert time_of(claims, "Darwish", "located_in") == "2022-09-15"


@pytest.mark.parametrize(("text", "surname", "predicate", "value"), CASES)
def test_event_time(nlp, text, surname, predicate, value):
    assert time_of(claims_of(nlp, text), surname, predicate) == value


def test_a_past_state_in_a_direct_quote_keeps_its_past(nlp):
    text = '"She was alive but very weak," the farmer said of the hiker Mia Ekholm.'
    claims = claims_of(nlp, text)
    assert all(c.event_time != "2022-09-15" for c in claims if c.predicate == "alive")


@pytest.mark.parametrize(
    ("lo", "hi", "value"),
    [
        (date(2020, 3, 4), date(2020, 3, 4), "2020-03-04"),
        (date(2020, 3, 1), date(2020, 3, 31), "2020-03"),
        (date(2020, 1, 1), date(2020, 12, 31), "2020"),
        (date(2020, 4, 15), date(2020, 5, 14), None),
        (None, None, None),
    ],
)
def test_unit_value(lo, hi, value):
    assert unit_value(lo, hi) == value


def test_seasons_are_calendar_intervals():
    assert is_point("2019-SU")
    assert interval_of("2019-SU") == (date(2019, 6, 1), date(2019, 8, 31))
    assert interval_of("2019-WI") == (date(2019, 12, 1), date(2020, 2, 29))
