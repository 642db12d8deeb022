"""Events (killed, arrested, captured, leadership_change):
constructions of news prose, each with sentences written for this test about fictional
people, in several wordings. text -> (subject surname, predicate, polarity) of a claim that
must be found, or one that must not; counts where one sentence tells an event twice."""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A, N = "affirmed", "negated"

FOUND = [
    # "passing" as a death noun of a person
    ("The family announced the passing of Ahmed Farouk on Sunday.", ("Farouk", "killed", A)),
    # a person moved by force by takers the sentence names: the state's men arrest, anyone
    # else abducts
    (
        "Security agents took the blogger Omar Nasser into custody on Monday.",
        ("Nasser", "arrested", A),
    ),
    ("Officers led the lawyer Ruth Ndlovu away in handcuffs.", ("Ndlovu", "arrested", A)),
    (
        "The student leader Kofi Mensah was hauled off by security forces after the rally.",
        ("Mensah", "arrested", A),
    ),
    (
        "The trader Levan Gogua was forced into a car by three masked men outside his shop.",
        ("Gogua", "captured", A),
    ),
    (
        "The poet Anvar Saidov was taken away by men in plain clothes on Friday night.",
        ("Saidov", "arrested", A),
    ),
    # seizing names no kind of captor: its takers do
    (
        "The former MP Rustam Aliev was seized by men in plain clothes outside his home and"
        " driven to a detention centre.",
        ("Aliev", "arrested", A),
    ),
    ("Police seized the smuggler Piotr Nowak at the airport.", ("Nowak", "arrested", A)),
    ("The nurse Clara Holm was seized by gunmen at a checkpoint.", ("Holm", "captured", A)),
    # a capture by soldiers whose subject the verb shares with a coordinated verb before it
    (
        "The army says troops killed three of the raiders and captured a fourth, Yaw Boadu.",
        ("Boadu", "arrested", A),
    ),
    (
        "Soldiers stormed the camp at dawn and captured the rebel commander Elias Ntare.",
        ("Ntare", "arrested", A),
    ),
]

# a denial whose object or subject takes up the claim just told: a pronoun ("denied that",
# "it was false", "That is a lie"), a negated belief in the account, a calling verb whose
# object is a pronoun or a bare claim noun
DENIED = [
    # "Reports of my death are greatly exaggerated": the formula of one alive
    (
        "Rumours of Abu Salim's death are greatly exaggerated, his spokesman said.",
        ("Salim", "killed", "his spokesman"),
    ),
    (
        "State radio said on Monday that the rebel leader Omar Keita had been killed in an air"
        " strike. His movement flatly denied that.",
        ("Keita", "killed", "His movement"),
    ),
    (
        "Some websites have reported that the surgeon Amir Nasser died in a fire. This is not"
        " true, his son said.",
        ("Nasser", "killed", "his son"),
    ),
    (
        "Police said Lina Petrova had been arrested in Minsk. Her husband said it was false.",
        ("Petrova", "arrested", "Her husband"),
    ),
    (
        'The army said it had killed Hassan Ould Sidi. "That is a lie," the group\'s'
        " spokesman, Musa Kane, said.",
        ("Sidi", "killed", "Musa Kane"),
    ),
    (
        "The militia said on Sunday that its commander, Ali Dauda, had been killed. His"
        " brother said he did not believe the group's account.",
        ("Dauda", "killed", "His brother"),
    ),
    (
        "The militia said its commander, Ali Dauda, had been killed. His brother, Musa Dauda,"
        " does not accept the militia's claim.",
        ("Dauda", "killed", "Musa Dauda"),
    ),
    (
        "Rumours that the singer Rosa Lima had died circulated in May; her label called them"
        ' "lies spread by our enemies".',
        ("Lima", "killed", "her label"),
    ),
    (
        "The army said it had killed Hassan Ould Sidi. The group called the army's statement"
        " a lie.",
        ("Sidi", "killed", "The group"),
    ),
]

# who takes the lead: "took over X after its founder died" (the clause names the vacancy),
# "replaced Y with X"
LEADERSHIP = [
    (
        "Ruth Achieng took over the Union in 2011, after its founder, Paul Odera, died in a crash.",
        "Achieng",
    ),
    (
        "Hamid Nouri took over Kataib al-Nasr in 2019 after his predecessor, Ali Zand, was"
        " killed in a raid.",
        "Nouri",
    ),
    # "went on to lead", "rose to command": the start of a lead
    (
        "Jean Habimana, the former footballer who went on to lead one of the most feared"
        " militias in the region, was arrested on Saturday.",
        "Habimana",
    ),
    ("Paul Mugisha went on to head the movement in 1998.", "Mugisha"),
    ("Ali Rahman rose through the ranks to command the brigade in 2015.", "Rahman"),
    ("The board replaced chief executive Lars Berg with Mia Holt.", "Holt"),
    ("The board replaced chief executive Lars Berg with Mia Holt.", "Berg"),
    ("The party replaced its leader, Tom Walsh, with his deputy, Nora Keane.", "Keane"),
]

NOT_FOUND = [
    # a business of one's own, a purpose, a future, leading somewhere: no change of leader
    ("Ali Rahman went on to run a bakery.", ("Rahman", "leadership_change", A)),
    ("Ali Rahman came to Paris to lead the protest.", ("Rahman", "leadership_change", A)),
    ("Ali Rahman went on to lead the team to victory.", ("Rahman", "leadership_change", A)),
    ("The passing of the budget was welcomed by Ahmed Farouk.", ("Farouk", "killed", A)),
    # a vacancy clause without a named person taking over: no one's claim
    (
        "Rebels took over the town of Kamina after its mayor fled.",
        ("Kamina", "leadership_change", A),
    ),
    ("The mechanic Sam Otto replaced the tyres with new ones.", ("Otto", "leadership_change", A)),
    # carried away by his own men: rescued, not captured
    (
        "The commander Abdi Farah was wounded in the raid and carried away by his men.",
        ("Farah", "captured", A),
    ),
    (
        "The poet Anvar Saidov was taken away by men in plain clothes on Friday night.",
        ("Saidov", "captured", A),
    ),
    # men in plain clothes in a story that calls it an abduction: the writer's word
    (
        "Rights groups condemned the abduction of the activist Musa Kiprono, who was seized by"
        " men in plain clothes outside his home.",
        ("Kiprono", "arrested", A),
    ),
    # an extraposed "it" is no claim taken up: the clause after it is what is not true
    (
        "The army said it had killed Idris Bako. It is not true that the raid failed, the"
        " minister said.",
        ("Bako", "killed", N),
    ),
    # gunmen are no state: their captive is not arrested
    (
        "Gunmen ambushed the convoy near Tahoua and seized the engineer Lars Eriksen.",
        ("Eriksen", "arrested", A),
    ),
]

# (text, subject surname, predicate, how many claims of it the text gives)
COUNTS = [
    # one event told by two sources in one sentence: a claim per source
    (
        "Ahmed Karimi was killed in the raid, the army said, and the militia confirmed his death.",
        "Karimi",
        "killed",
        2,
    ),
    (
        "Lina Osei died on Monday, and her party announced her death on Tuesday.",
        "Osei",
        "killed",
        2,
    ),
    # a burial presupposes the death told before it: no second death claim
    (
        "Nabil Haddad died in hospital on Monday. Haddad was buried in his home village on"
        " Thursday.",
        "Haddad",
        "killed",
        1,
    ),
    (
        "Sami Aoun was killed in a drone strike, his family said. He was laid to rest on"
        " Friday in Tyre.",
        "Aoun",
        "killed",
        1,
    ),
    # a burial told first still tells of the death
    ("Lea Karam was buried in Sidon on Monday.", "Karam", "killed", 1),
    # an arrest and the years spent in prison after it: two clauses, two claims, though
    # the second takes the first one's date
    (
        "Tomas Ferreyra was arrested in 1999 in a safe house in Lima and spent 18 years in"
        " the prison of Callao.",
        "Ferreyra",
        "arrested",
        2,
    ),
    (
        "Nadia Kamau was detained in 2015 and spent two years in jail without trial.",
        "Kamau",
        "arrested",
        2,
    ),
    # one clause telling one detention: one claim
    ("Rafael Ortiz spent six years in a military prison.", "Ortiz", "arrested", 1),
    (
        "Ilse Brandt was detained in 2017 and held for eight months without charge.",
        "Brandt",
        "arrested",
        1,
    ),
]


# (text, surname, predicate, the event times of its claims): a list of dates after one
# verb tells the event once per date
DATED = [
    (
        "Ekow Mensa had been reported killed twice before, in 2019 and in 2020.",
        "Mensa",
        "killed",
        {"2019", "2020"},
    ),
    ("Ana Diaz was arrested in 2015, 2017 and 2019.", "Diaz", "arrested", {"2015", "2017", "2019"}),
    # a stretch of time, or a list that runs into another clause's "now", is no list
    ("Ana Diaz was held between 2015 and 2019 in Evin prison.", "Diaz", "arrested", {"2015"}),
    (
        "Omar Kane was released in July 2024 and now lives in exile in Tbilisi.",
        "Kane",
        "released",
        {"2024-07"},
    ),
]


def test_unconfirmed_by_its_subject(claims_of) -> None:
    # "did not confirm it": the claim just told left open by the subject of "confirm"
    text = "The group said Dan Ofori had been killed. The army did not confirm it."
    found = {(c.predicate, c.claimant, c.certainty) for c in claims_of(text) if c.polarity == A}
    assert ("killed", "The army", "unconfirmed") in found, found


@pytest.mark.parametrize(("text", "surname", "predicate", "times"), DATED)
def test_dated(claims_of, text, surname, predicate, times) -> None:
    found = {
        c.event_time
        for c in claims_of(text)
        if c.subject.split()[-1] == surname and c.predicate == predicate
    }
    assert found == times, found


@pytest.mark.parametrize(("text", "expected"), DENIED)
def test_denied(claims_of, text, expected) -> None:
    surname, predicate, denier = expected
    found = {
        (c.subject.split()[-1], c.predicate, c.claimant)
        for c in claims_of(text)
        if c.polarity == N and c.certainty == "denied"
    }
    assert (surname, predicate, denier) in found, found


@pytest.mark.parametrize(("text", "surname"), LEADERSHIP)
def test_leadership(found_in, text, surname) -> None:
    found = found_in(text)
    assert (surname, "leadership_change", A) in found, found


test_found, test_not_found = row_tests(FOUND, NOT_FOUND)


@pytest.mark.parametrize(("text", "surname", "predicate", "count"), COUNTS)
def test_counts(claims_of, text, surname, predicate, count) -> None:
    claims = [
        c for c in claims_of(text) if c.subject.split()[-1] == surname and c.predicate == predicate
    ]
    assert len(claims) == count, claims
