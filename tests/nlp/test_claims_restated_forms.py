"""Every clause that states a claim is a claim (issue 6, the "fewer" misses): a story restates
what happened to a person in a noun ("since his death", "the arrest of X", "his release"), a
participle before the name ("the jailed activist"), a reduced relative after it ("X, the parish
priest, kidnapped three weeks ago"), a relative clause, a quotation or a second source's
statement, and the gold counts each (tests/fixtures/claims/README.md, "One claim per clause";
demands, purposes and orders do not count). Sentences written for this table about fictional
people: text -> the number of claims (last word of the subject, predicate, polarity) the
pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

# "X, <participle> ...": a reduced relative after a name or its apposition
REDUCED_RELATIVES = [
    (
        'Prayers were said on Sunday for Father Luca Bruni, the parish priest of San Vito, kidnapped three weeks ago.',
        {('Bruni', 'captured', A): 1},
    ),
    (
        'The family of Nadia Saleh, abducted outside her school in March, has received a ransom demand.',
        {('Saleh', 'captured', A): 1},
    ),
    (
        'Supporters of Omar Jaber, detained since June without charge, marched on the ministry.',
        {('Jaber', 'arrested', A): 1},
    ),
    (
        'Lawyers for Dmitri Volkov, jailed in 2022 for his posts, lodged a new appeal on Monday.',
        {('Volkov', 'arrested', A): 1},
    ),
    (
        'A memorial for Sergeant Paul Ikeda, killed by a roadside bomb in 2020, was unveiled on Friday.',
        {('Ikeda', 'killed', A): 1},
    ),
    (
        'The aid worker Tom Baird, freed by his kidnappers on Sunday, arrived in London on Tuesday.',
        {('Baird', 'released', A): 1},
    ),
    (
        'Kemal Arslan, arrested at the border last week, told the court he was innocent.',
        {('Arslan', 'arrested', A): 1},
    ),
    (
        'Her son, Ali Rahimi, seized by gunmen on his way to work, has not been heard from since.',
        {('Rahimi', 'captured', A): 1},
    ),
    (
        'The soldier Idris Bako, taken prisoner by the rebels at Gao, is in good health, the group said.',
        {('Bako', 'captured', A): 1},
    ),
    (
        "The bishop's driver, Samuel Ade, 41, abducted with him on the Ondo road, is also being held, the diocese said.",
        {('Ade', 'captured', A): 1},
    ),
    (
        'A court in Lagos on Monday heard from Grace Eze, released on bail in May, who denies the charges.',
        {('Eze', 'released', A): 1},
    ),
    (
        'The funeral of Constable Mark Dunn, shot dead during a traffic stop on Friday, will be held on Thursday.',
        {('Dunn', 'killed', A): 1},
    ),
    (
        'Friends of the photographer Lucia Ferro, injured in the blast, said she was recovering.',
        {('Ferro', 'wounded', A): 1},
    ),
    (
        'The trial of Yusuf Kaya, detained by police at Istanbul airport in January, opened on Monday.',
        {('Kaya', 'arrested', A): 1},
    ),
    (
        'Relatives of Ahmed Bari, kidnapped by pirates off Somalia in 2023, met the minister on Tuesday.',
        {('Bari', 'captured', A): 1},
    ),
    (
        'The union called for a strike in support of Carlos Ruiz, jailed last month for organising a protest.',
        {('Ruiz', 'arrested', A): 1},
    ),
    (
        'A letter from the reporter Olga Lind, imprisoned since 2021, was read out at the ceremony.',
        {('Lind', 'arrested', A): 1},
    ),
    (
        'Tributes were paid to Dr Amina Yusuf, murdered at her clinic on Saturday.',
        {('Yusuf', 'killed', A): 1},
    ),
    (
        'Peter Okoye, released from hospital on Monday, thanked the nurses.',
        {('Okoye', 'released', A): 0},
    ),
    (
        'The report, released on Monday, named Ali Hassan as a suspect.',
        {('Hassan', 'released', A): 0},
    ),
    (
        'Ali Hassan, the man who killed two guards in 2019, was sentenced on Monday.',
        {('Hassan', 'killed', A): 0},
    ),
    (
        'The two men who kidnapped Sara Cole, arrested in a raid on Monday, appeared in court on Friday.',
        {('Cole', 'arrested', A): 0, ('Cole', 'captured', A): 1},
    ),
    (
        'The soldier Idris Bako, taken prisoner by the rebels at Gao, is in good health, the group said.',
        {('Bako', 'alive', A): 1},
    ),
    (
        'The engineer Karl Brandt, kidnapped in the Delta in March, is alive, his employer said on Monday.',
        {('Brandt', 'captured', A): 1, ('Brandt', 'alive', A): 1},
    ),
    (
        'The pilot Musa Danjuma, captured by the militia last week, is being held in Sirte, the group said.',
        {('Danjuma', 'captured', A): 2},
    ),
    (
        'The reporter Lena Wolff, detained at the airport on Friday, remains in custody, her editor said.',
        {('Wolff', 'arrested', A): 2},
    ),
]

# coordinated participles ("arrested in 2019 and released in 2021") and a participial clause
# that opens the sentence ("Detained since June, the activist X ...")
PARTICIPIAL_CLAUSES = [
    (
        'Lawyers for Dmitri Volkov, arrested in 2019 and released on bail in 2021, filed a new appeal.',
        {('Volkov', 'arrested', A): 1, ('Volkov', 'released', A): 1},
    ),
    (
        'The blogger Nabil Haddad, detained in May and jailed in June, began a hunger strike on Monday.',
        {('Haddad', 'arrested', A): 2},
    ),
    (
        'Prayers were said for Father Luca Bruni, kidnapped in March and freed on Sunday.',
        {('Bruni', 'captured', A): 1, ('Bruni', 'released', A): 1},
    ),
    (
        'Kidnapped in the Delta in March, the engineer Karl Brandt was freed on Sunday.',
        {('Brandt', 'captured', A): 1, ('Brandt', 'released', A): 1},
    ),
    (
        'Arrested at the border in 2019, Omar Zaid spent three years in prison.',
        {('Zaid', 'arrested', A): 2},
    ),
    (
        'Jailed for his posts in 2020, the blogger Ivan Sorin has become a symbol of the opposition.',
        {('Sorin', 'arrested', A): 1},
    ),
    (
        'Wounded in the attack, Corporal Ali Musa was flown to Kabul.',
        {('Musa', 'wounded', A): 1},
    ),
    (
        'Abducted by gunmen on her way to work, the teacher Ruth Moyo has not been heard from since.',
        {('Moyo', 'captured', A): 1},
    ),
    (
        'Detained since June, the activist Sara Nasser has not been charged, her lawyer said.',
        {('Nasser', 'arrested', A): 1},
    ),
    (
        'Released on Monday, the video shows the pilot Yusuf Kaba holding a newspaper.',
        {('Kaba', 'released', A): 0},
    ),
    (
        "Arrested in 2019, Omar Zaid's brother has not been seen since.",
        {('Zaid', 'arrested', A): 0},
    ),
    (
        'Killed in action in 1944, Private John Hale is buried in Normandy.',
        {('Hale', 'killed', A): 1},
    ),
    (
        'Injured in the crash, the cyclist Tom Ryder was taken to hospital.',
        {('Ryder', 'wounded', A): 1},
    ),
]

# "his appointment" restating a take-over told by a verb of leading, the office unnamed
APPOINTMENTS = [
    (
        'Abu Salim took over the group in March after the death of its founder. His appointment was confirmed by the council on Friday.',
        {('Salim', 'leadership_change', A): 2},
    ),
    (
        'Jane Doe succeeded Tom Roe at the charity in May. Her appointment was welcomed by donors.',
        {('Doe', 'leadership_change', A): 2},
    ),
    (
        "Yusuf Ali took over the militia after the strike. Ali's appointment has not been announced by the group.",
        {('Ali', 'leadership_change', A): 2},
    ),
    (
        'The council chose Fatima Noor to run the movement until the congress. Her appointment surprised many members.',
        {('Noor', 'leadership_change', A): 2},
    ),
    (
        'Ali Hassan took over the family shop in 2010. He missed his appointment at the clinic on Monday.',
        {('Hassan', 'leadership_change', A): 0},
    ),
    (
        'Ruth Kay ran the marathon in April. Her appointment with the surgeon is next week.',
        {('Kay', 'leadership_change', A): 0},
    ),
]

# a release sought is no claim ("pledged to secure", "talks on"); one achieved is ("managed to")
PURPOSES = [
    (
        'The minister pledged to secure the release of the hostage Karl Weiss.',
        {('Weiss', 'released', A): 0},
    ),
    (
        'Officials said talks on the release of the engineer Piet Smit had stalled.',
        {('Smit', 'released', A): 0},
    ),
    (
        'Qatar is leading negotiations for the release of the aid worker Anna Lind.',
        {('Lind', 'released', A): 0},
    ),
    (
        'Efforts to win the release of the reporter Tom Baird have intensified, his editor said.',
        {('Baird', 'released', A): 0},
    ),
    (
        'The government is working to obtain the release of the fisherman Ali Musa.',
        {('Musa', 'released', A): 0},
    ),
    (
        'Hopes for the release of the nurse Grace Adu rose on Monday.',
        {('Adu', 'released', A): 0},
    ),
    (
        'Diplomats held talks over the release of the sailor Ahmed Nasser on Tuesday.',
        {('Nasser', 'released', A): 0},
    ),
    (
        'The president vowed to win the freedom of the journalist Sara Nilsen.',
        {('Nilsen', 'released', A): 0},
    ),
    (
        'Qatar helped secure the release of the aid worker Mia Holt on Sunday.',
        {('Holt', 'released', A): 1},
    ),
    (
        'Mediators managed to secure the release of the pilot Yusuf Kaba on Friday.',
        {('Kaba', 'released', A): 1},
    ),
    (
        'Norway secured the release of the engineer Lars Dahl in March.',
        {('Dahl', 'released', A): 1},
    ),
    (
        'The release of the engineer Piet Vos was secured on Monday after weeks of talks.',
        {('Vos', 'released', A): 1},
    ),
]

# who is to lead: the object of "asked / invited X to lead ... on an interim basis"; the
# group's new leader in apposition (a clause each)
LEADERS = [
    (
        'The board has asked Jane Roe to lead the company on an interim basis until he is able to return.',
        {('Roe', 'leadership_change', A): 1},
    ),
    (
        'The council asked Omar Bello to serve as acting president.',
        {('Bello', 'leadership_change', A): 1},
    ),
    (
        'The party has asked its deputy leader, Anna Berg, to run the party until a congress in May.',
        {('Berg', 'leadership_change', A): 1},
    ),
    (
        'Shareholders voted to make Lars Holm chairman on Tuesday.',
        {('Holm', 'leadership_change', A): 1},
    ),
    (
        'The militia named Abu Musa its new commander on Monday. Musa, the new commander, is in his thirties.',
        {('Musa', 'leadership_change', A): 2},
    ),
    (
        'Ruth Kay became chief executive in May. The new chief executive has promised to cut costs.',
        {('Kay', 'leadership_change', A): 1},
    ),
    (
        "The group's new leader, Abu Hamza, was named on Friday. Hamza's predecessor, Abu Bakr, was killed in June.",
        {('Hamza', 'leadership_change', A): 1, ('Bakr', 'killed', A): 1},
    ),
    (
        "After the founder's death, his son Karim Nour took control of the group. Under Nour's leadership the group has grown.",
        {('Nour', 'leadership_change', A): 1},
    ),
    (
        'The interim president, Colonel Ali Sy, said elections would be held next year.',
        {('Sy', 'leadership_change', A): 1},
    ),
    (
        'The board did not ask Jane Moss to lead the company on an interim basis.',
        {('Moss', 'leadership_change', A): 0},
    ),
    (
        'Villagers asked the guide Tom Hale to lead them to the site.',
        {('Hale', 'leadership_change', A): 0},
    ),
    (
        'His parents asked Ali Kamau to run the shop while they were away.',
        {('Kamau', 'leadership_change', A): 0},
    ),
    (
        "The movement's council has invited Fatima Sadiq to lead the movement until a congress can be held.",
        {('Sadiq', 'leadership_change', A): 1},
    ),
]

TABLE = REDUCED_RELATIVES + PARTICIPIAL_CLAUSES + APPOINTMENTS + PURPOSES + LEADERS


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_restated_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
