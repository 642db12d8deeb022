"""How many times a claim is told (issue 6): one claim per clause that tells
a subject's status or event (tests/fixtures/claims/README.md), no more, no fewer. Here: a label
line above a headline ("PRESS RELEASE", "UPDATE 2") leaves the headline unannotated like any
headline; an event and the state it leaves are two claims, also when the event is a participle
apposition ("X, taken prisoner at Y, is in our hands"); a conjunct or participle going on with
the same event is one; a noun restating a verb of its own clause is none; a second source, a
later sentence, a listed date are one more each. Snippets written for this test about fictional
people: text -> the number of claims (last word of the subject, predicate, polarity) the
pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

COUNTS = [
    # --- H1 a label line above a headline: the headline is still a headline (not annotated)
    (
        "PRESS RELEASE\n\nRights group condemns abduction of activist Omar Sadiq\n\nKANO, 3 May "
        "2026 - The Northern Rights Forum is alarmed by the abduction of the activist Omar "
        "Sadiq, who was seized by gunmen outside his office on Friday.",
        {("Sadiq", "captured", A): 1},
    ),
    (
        "UPDATE 2\n\nArmy says rebel chief Tomas Wanji killed in raid\n\nThe army said on Monday "
        "that the rebel commander Tomas Wanji was killed in a raid on his camp on Sunday.",
        {("Wanji", "killed", A): 1},
    ),
    (
        "BREAKING NEWS\n\nOpposition leader Lina Perov detained\n\nPolice detained the "
        "opposition leader Lina Perov at her home on Tuesday, her lawyer said.",
        {("Perov", "arrested", A): 1},
    ),
    (
        "PRESS RELEASE - For immediate release, 4 June 2026\n\nUnion welcomes release of "
        "reporter Ivo Marek\n\nPRAGUE - The union welcomes the release of the reporter Ivo "
        "Marek, who was freed on Tuesday after a year in prison.",
        {("Marek", "released", A): 1},
    ),
    # (a plain first sentence in capitals is no label: "ROME - X was arrested" is the lede)
    (
        "Anna Ricci was arrested in Rome on Monday.\n\nShe was released on bail on Tuesday.",
        {("Ricci", "arrested", A): 1, ("Ricci", "released", A): 1},
    ),
    # --- E1 an event and the state it leaves: two claims
    (
        "The engineer Pavel Dorn was arrested in March and remains in custody, his wife said.",
        {("Dorn", "arrested", A): 2},
    ),
    (
        "The poet Mira Okoye has been in prison since her arrest in 2021.",
        {("Okoye", "arrested", A): 2},
    ),
    (
        "The militia said in a statement that the soldier Ali Bakr, captured by its fighters "
        "near Tessit on Monday, is in its hands and in good health.",
        {("Bakr", "captured", A): 2},
    ),
    # --- E2 a conjunct going on with the same event: one claim
    (
        "The journalist Nora Hale was detained by agents in 2019, held for eleven weeks in a "
        "cell and then deported.",
        {("Hale", "arrested", A): 1},
    ),
    (
        "The trader Felix Amoah was arrested on Monday and charged on Tuesday with fraud.",
        {("Amoah", "arrested", A): 1},
    ),
    (
        "The nurse Clara Voss was kidnapped on Friday and freed on Sunday, police said.",
        {("Voss", "captured", A): 1, ("Voss", "released", A): 1},
    ),
    # --- N1 a noun restating a verb of its own clause: no claim of its own
    (
        "The commander Rahim Tabar, who was wounded in a strike in May, died of his injuries "
        "on Friday, the group said.",
        {("Tabar", "wounded", A): 1, ("Tabar", "killed", A): 1},
    ),
    (
        "Police said the banker Jonas Leer, who was detained on Monday, remains in custody "
        "five days after his arrest.",
        {("Leer", "arrested", A): 2},
    ),
    # --- S1 a second source, a later sentence: one claim each
    (
        "The army said the rebel commander Idris Kamau was killed in a raid on Monday.\n\nThe "
        "rebels' radio station also confirmed his death.",
        {("Kamau", "killed", A): 2},
    ),
    (
        "The aid worker Lena Holm was kidnapped in northern Mali on Friday, the ministry said. "
        "A local official told reporters that Holm had been abducted by gunmen.",
        {("Holm", "captured", A): 2},
    ),
    # --- D1 an enumeration of occurrences with their own times: one claim per occurrence
    (
        "The army has announced the death of the guerrilla leader Ruben Sotelo twice before, "
        "in 2017 and 2019.",
        {("Sotelo", "killed", A): 2},
    ),
    (
        "The smuggler Kofi Nyarko has been reported dead several times.",
        {("Nyarko", "killed", A): 1},
    ),
    # --- B1 a burial after the death told: no second death
    (
        "The chief Musa Garba died on Monday.\n\nHe was buried in his home village on Tuesday.",
        {("Garba", "killed", A): 1},
    ),
    # --- R2 a ranking sentence sums up a claim told already
    (
        "The reporter Sara Lind was shot dead in Kandor on Friday. She is the third journalist "
        "killed in the province this year.",
        {("Lind", "killed", A): 1},
    ),
    # --- G1 group members named in apposition: one claim each
    (
        "Gunmen abducted two engineers, Paul Mwita and Samuel Odhiambo, from a quarry on "
        "Monday, police said.",
        {("Mwita", "captured", A): 1, ("Odhiambo", "captured", A): 1},
    ),
    # --- T1 a state at two times: a claim each
    (
        "In 2019 the exile Yusuf Darwish lived in Istanbul. Today he lives in Berlin.",
        {("Darwish", "located_in", A): 2},
    ),
    # --- P1 a release after a captivity noun: the captivity is a claim too
    (
        "The priest Karl Benz was released on Monday after 14 months in captivity.",
        {("Benz", "released", A): 1, ("Benz", "captured", A): 1},
    ),
    # --- Q1 a quotation restating the narration is a claim of its speaker
    (
        'The trader Amina Yusuf was freed on Sunday, her family said. "She is home and she '
        'is safe," her brother, Idris Yusuf, said.',
        {("Yusuf", "released", A): 1},
    ),
    # --- W1 a wounding and a death: one each
    (
        "The driver Juma Otieno was wounded in the ambush and later died in hospital.",
        {("Otieno", "wounded", A): 1, ("Otieno", "killed", A): 1},
    ),
    # --- C1 two predicates of one clause on one subject: each once
    (
        "The ministry said the detained lawyer Hana Salem is alive and being held in Evin prison.",
        {("Salem", "alive", A): 1, ("Salem", "located_in", A): 1},
    ),
    # --- L1 a move to a place and a "where" clause on the place: the event and the state it
    # leaves, two located_in (as "was flown to Nairobi, where he is in intensive care")
    (
        "The fisherman Sean Daly was airlifted to a hospital in Galway, where he is in a "
        "stable condition.",
        {("Daly", "located_in", A): 2},
    ),
    # --- D2 a count with a bound is no enumeration: one claim
    (
        "The militia leader Omar Jibril has been reported dead at least three times since 2014.",
        {("Jibril", "killed", A): 1},
    ),
    (
        "Police have arrested the activist Rana Aziz three times, in 2018, 2020 and 2023.",
        {("Aziz", "arrested", A): 3},
    ),
]

COUNTS += [
    # --- X1 a verb and its infinitive complement telling one event: one claim
    (
        "The lawyer Ivan Petrov, who was allowed to see the reporter Dmitri Sokol for the "
        "first time on Wednesday, said he was thin.",
        {("Sokol", "appeared", A): 1},
    ),
    (
        "The finance minister, Rui Costa, was forced to resign on Friday after the scandal.",
        {("Costa", "resigned", A): 1},
    ),
    (
        "The hostage Lars Berg managed to escape from his captors on Sunday, police said.",
        {("Berg", "other:escape", A): 1},
    ),
]

COUNTS += [
    # --- X2 a gerund clause with no date of its own goes on with its verb's event: one claim
    (
        "The rebel Hassan Dube was freed in a prisoner exchange in 1989 and took command of "
        "the Front the next year, succeeding Idris Mola, who had been killed in an ambush.",
        {("Dube", "leadership_change", A): 1},
    ),
    (
        "Opposition candidate Ana Moreira was declared the winner of the run-off on Monday and "
        "will be sworn in on January 2, becoming the country's first female president.",
        {("Moreira", "leadership_change", A): 1},
    ),
    # (a gerund with a date of its own tells an event of its own)
    (
        "The general Omar Sow was named army chief in 2015, replacing his deputy as defence "
        "minister in 2019.",
        {("Sow", "leadership_change", A): 2},
    ),
]

COUNTS += [
    # --- V1 "said in the video" takes up the video told already: one appearance
    (
        "The rebel commander Ilyas Gadzhiev appeared in a video posted on Sunday, standing "
        "beside a burnt-out tank. Gadzhiev said in the video that he had been wounded in "
        "the leg.",
        {("Gadzhiev", "appeared", A): 1},
    ),
    # (the first telling of a recording counts: "said in a video" with no video before)
    (
        'The militia leader Kamal Haddou said in a video posted on Friday that he was "alive '
        'and free".',
        {("Haddou", "appeared", A): 1},
    ),
    # (a state seen in the video is its own claim: "In the video, he appears healthy")
    (
        "A video posted by the brigade on Wednesday shows the commander Felix Obi addressing "
        "fighters. In the video, which the brigade said was filmed last week, he appears "
        "healthy.",
        {("Obi", "alive", A): 1},
    ),
]

COUNTS += [
    # --- D3 the README's own enumerations: a claim per occurrence, each with its date
    (
        "The rebel commander Joao Tembe, who was declared dead on Sunday, had been reported "
        "killed twice before, in 2017 and 2019.",
        {("Tembe", "killed", A): 3},
    ),
    (
        "The veteran guerrilla Lucas Mabote was wounded twice, in 1977 and in 1984, and "
        "never left the movement.",
        {("Mabote", "wounded", A): 2},
    ),
    # (an unenumerated "twice": one claim without a time)
    (
        "The smuggler Ibrahim Keita has been arrested twice and has never been convicted.",
        {("Keita", "arrested", A): 1},
    ),
]

COUNTS += [
    # --- P2 two places in one sentence are two whereabouts, a claim each
    (
        "The editor Dawit Tesfay was released in 2009. In 2010 Tesfay crossed into Sudan on "
        "foot and settled in Khartoum, where he worked as a translator.",
        {("Tesfay", "located_in", A): 2},
    ),
    (
        "A plane carrying the journalist Mark Ellery, held in Evin prison since 2021, has "
        "landed in Doha, a Qatari official said.",
        {("Ellery", "located_in", A): 2},
    ),
    # (a place inside a place is one whereabouts: "at a police station in Sfax")
    (
        "The activist Nadia Samir is being held at a police station in Sfax, her lawyer said.",
        {("Samir", "located_in", A): 1},
    ),
]

COUNTS += [
    # --- V2 a video's relative clause showing the person tells the same appearance: one
    (
        '"I am not finished," the boxer Tomas Riera said in a video posted on Instagram on '
        "Sunday night, in which he stood beside his trainer.",
        {("Riera", "appeared", A): 1},
    ),
    (
        "The commander Adil Barre was last seen in a video released in March, in which he "
        "appeared gaunt.",
        {("Barre", "appeared", A): 1},
    ),
]

COUNTS += [
    # --- M1 riding in the attacked vehicle is no whereabouts; the hospital after it is one
    (
        "The governor's son, Amir Sadiq, was in the convoy and is in hospital in Aden with "
        "burns, the hospital's director said.",
        {("Sadiq", "located_in", A): 1},
    ),
    (
        "The mayor Ibrahim Tanko was in the third car and escaped unharmed, his spokesman said.",
        {("Tanko", "located_in", A): 0},
    ),
    # (denying it is an alibi, a whereabouts denied at the event's time)
    (
        "A spokesman for his clan said the commander Musa ag Ilyas had not been in the convoy "
        "when the drone struck.",
        {("Ilyas", "located_in", N): 1},
    ),
]

# What the rules of this session do not reach yet: the count the conventions give, failing.
_TODO: dict[str, str] = {
    # "the exile X lived in Istanbul": no located_in for a past residence with "exile" before
    # the name (a trigger gap, not a count)
    "In 2019 the exile Yusuf Darwish": "a past 'lived in' after an epithet is not found",
    # the alibi rule (claims_states) does not read a pluperfect "had not been in" with "when"
    "A spokesman for his clan said the commander Musa": "the alibi is not found (a trigger gap)",
}


def _row(text: str, counts: dict) -> object:
    todo = next((why for t, why in _TODO.items() if text.startswith(t)), None)
    marks = [pytest.mark.xfail(strict=True, reason=todo)] if todo else []
    return pytest.param(text, counts, marks=marks, id=text[:40])


@pytest.mark.parametrize(("text", "counts"), [_row(t, c) for t, c in COUNTS])
def test_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
