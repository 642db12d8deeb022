"""Speed work on the claims stage (issue 9) changes no claim.

The rules it touched now read the token tables before their ``Token`` walks, remember
their last answer per verb (``obliged``, ``_negated``), or return early when a sentence
holds no time expression (``_own_timex``). Each row is a construction one of those rules
reads; the expected claims are what the rules gave before the change (the same rows were
run on the tree without it). The records of the dev gold and of the 200 bench articles
were compared byte for byte with the change on and off (see the commit messages).
"""

from __future__ import annotations

from tests.helpers.claims_rows import row_tests

FOUND = [
    # obliged: "has yet to be" is a denial, not an obligation
    (
        "Lawyers said Daniel Osei has yet to be released from custody.",
        ("Osei", "released", "negated"),
    ),
    # _object_left_alive: an "alive" among the verb's children or grandchildren
    ("Rescuers pulled Ana Varga alive from the rubble on Tuesday.", ("Varga", "alive", "affirmed")),
    (
        "A video released on Friday shows the nurse, Lena Holm, alive and speaking.",
        ("Holm", "alive", "affirmed"),
    ),
    # the copula place rules, gated on their preposition shape
    (
        "His brother said Karim Nasser is now with his family in Nairobi.",
        ("Nasser", "located_in", "affirmed"),
    ),
    (
        "A ministry official said Paul Ndiaye is in one of the army's camps.",
        ("Ndiaye", "located_in", "affirmed"),
    ),
    (
        "The spokesman said General Ivo Petrov is at the ministry in Sofia.",
        ("Petrov", "located_in", "affirmed"),
    ),
    # the complement words of a copula
    (
        "His lawyer said Omar Haddad is exhausted and has lost weight.",
        ("Haddad", "alive", "affirmed"),
    ),
    ("A hospital spokesman said Jonas Weber was stable.", ("Weber", "alive", "affirmed")),
    ("Police said Sara Lind is unhurt.", ("Lind", "alive", "affirmed")),
    ("Police said Sara Lind is unhurt.", ("Lind", "wounded", "negated")),
    # "able"
    (
        "His family was able to speak with Yusuf Kaya by phone on Monday.",
        ("Kaya", "alive", "affirmed"),
    ),
    ("Her family has been able to visit Maria Costa.", ("Costa", "appeared", "affirmed")),
    # a state and a place under one copula; "alive" misread as the noun's modifier
    ("The army said Ahmed Saleh was alive and in the mountains.", ("Saleh", "alive", "affirmed")),
    (
        "The army said Ahmed Saleh was alive and in the mountains.",
        ("Saleh", "located_in", "affirmed"),
    ),
    (
        "The group said Ali Rahimi was alive and leading operations.",
        ("Rahimi", "alive", "affirmed"),
    ),
    # a place of care below the state
    (
        "Doctors said Peter Novak remains in a coma at a hospital in Nairobi.",
        ("Novak", "located_in", "affirmed"),
    ),
    # a whereabouts denied at an event's time
    (
        "Police said Luis Mendes was not at the factory at the time of the fire.",
        ("Mendes", "located_in", "negated"),
    ),
    ("Maria Lopez, 34, is safe, her employer said.", ("Lopez", "alive", "affirmed")),
]

NOT_FOUND = [
    # obliged: an obligation or a demand is no state
    (
        "Police said the journalist Tomas Berg must remain in Oslo until his trial.",
        ("Berg", "located_in", "affirmed"),
    ),
    ("Activists called for Mira Okafor to be freed.", ("Okafor", "released", "affirmed")),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)


def test_a_time_of_its_own_dates_the_claim_and_none_leaves_it_open(claims_of):
    dated = claims_of("Officials said Chen Wei was killed in an airstrike on March 3, 2021.")
    undated = claims_of("Officials said Chen Wei was killed in an airstrike.")
    assert [c.event_time for c in dated if c.predicate == "killed"] == ["2021-03-03"]
    assert [c.event_time for c in undated if c.predicate == "killed"] == [None]


def test_the_answer_remembered_per_verb_is_never_another_documents(nlp):
    from dateline.nlp.claims_states import _negated, obliged

    must, will = nlp("He must remain in Oslo."), nlp("He will remain in Oslo.")
    never, now = nlp("He never left Oslo."), nlp("He now lives in Oslo.")
    for _ in range(2):  # (asked in turn, as the rules of two documents would)
        assert obliged(must[2]) and not obliged(will[2])
        assert _negated(never[2]) and not _negated(now[2])
