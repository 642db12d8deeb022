"""Three general claim errors (issue 6): demands, captors, coordination, probed with
sentences written for this test about fictional people.

1. Demands, purposes, rewards and appeals are no claims (tests/fixtures/claims/README.md:
   "Demands, purposes and orders ... do not"): "information leading to his arrest", "anyone
   with information on X's whereabouts", "called on the authorities to establish his
   whereabouts", "a reward for his capture"; nor is a supposition ("would take command if
   his death were confirmed").
2. Arrested vs captured: detention by authorities is ``arrested``; kidnapping or holding by
   non-state captors is ``captured``; the captor decides ("by the French", a state; then
   "in prison", the state's; "I am free" in a story of rebel factions, theirs).
3. Coordination: "X was pardoned and released" gives the release to X only.

``FOUND`` rows must be found, ``NOT_FOUND`` rows must not (tests/helpers/claims_rows.py).
"""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"

FOUND = [
    # --- 1: look-alikes that do claim
    (
        "The death of the rebel leader Salim Juma was confirmed by the army on Monday.",
        ("Juma", "killed", A),
    ),
    (
        "Police arrested the smuggler Pavel Drozd on Monday after a tip-off.",
        ("Drozd", "arrested", A),
    ),
    (
        "The reward was paid after the bandit leader Musa Garba was captured by vigilantes.",
        ("Garba", "captured", A),
    ),
    (
        "Officials said the information led to the arrest of the fugitive Adam Krol in March.",
        ("Krol", "arrested", A),
    ),
    (
        "A tip from a neighbour led to the arrest of the fugitive Rui Sousa in Porto.",
        ("Sousa", "arrested", A),
    ),
    (
        "The ministry gave details about the arrest of the journalist Ana Pires on Monday.",
        ("Pires", "arrested", A),
    ),
    (
        "Anyone with information on the killing of the farmer Paul Njoroge should call police.",
        ("Njoroge", "killed", A),
    ),
    # --- 2: state detentions are arrests
    (
        "The journalist Leyla Demir was seized by security forces at her home on Tuesday.",
        ("Demir", "arrested", A),
    ),
    (
        "Gendarmes picked up the activist Ousmane Diallo outside the court on Friday.",
        ("Diallo", "arrested", A),
    ),
    (
        "The blogger Reza Kamali was taken by intelligence agents from his office.",
        ("Kamali", "arrested", A),
    ),
    (
        "The trader Ali Hassan is in the custody of the border police, his family said.",
        ("Hassan", "arrested", A),
    ),
    (
        "The commander Abu Salim, captured by the French in 2019, remains in their jails.",
        ("Salim", "arrested", A),
    ),
    (
        "The smuggler Omar Dia was seized by the Americans near the border in 2004.",
        ("Dia", "arrested", A),
    ),
    (
        "Two rebel factions said they had removed their commander, Abu Karim, and placed him "
        'under guard at a base. "I am free," Karim said in a video on Tuesday.',
        ("Karim", "captured", N),
    ),
    (
        'Police said they had detained the activist Ali Reza on Saturday. "I am free," Reza '
        "said in a video on Sunday, denying the report.",
        ("Reza", "arrested", N),
    ),
    (
        "Ortega took over the cartel in 2015 after his predecessor, Luis Varela, was captured "
        "in Monterrey. Varela remains in a federal prison in Sonora.",
        ("Varela", "arrested", A),
    ),
    (
        "Police raided the compound last month. The teacher Rose Akello is being held in the "
        "town of Bunia, her brother said.",
        ("Akello", "arrested", A),
    ),
    (
        "The former minister Pavel Sirko was detained at the airport on Monday, prosecutors "
        'said. His lawyer said his client had been "illegally seized" and was kept in a cell.',
        ("Sirko", "arrested", A),
    ),
    (
        "The rebel chief Omar Bashi has been reported killed or captured many times since "
        "2015, but police say he is alive.",
        ("Bashi", "captured", A),
    ),
    # --- 2: non-state captors capture
    (
        "Fighters of a local militia overran the village last month. The teacher Rose Akello "
        "is alive and being held in the town of Bunia, her brother said.",
        ("Akello", "captured", A),
    ),
    (
        "The trucker Ivan Petrov was captured by rebels near the border in 2020. Petrov "
        "remains in their hands.",
        ("Petrov", "captured", A),
    ),
    (
        "The aid worker Lena Roth was seized by Somali pirates off the coast in 2011.",
        ("Roth", "captured", A),
    ),
    (
        "The engineer Tom Weller was seized by gunmen on the road to the mine.",
        ("Weller", "captured", A),
    ),
    (
        "A local militia has been detaining the nurse Grace Achieng since May, her union said.",
        ("Achieng", "captured", A),
    ),
    (
        "The priest Jean Mbala was abducted by an armed gang near the border.",
        ("Mbala", "captured", A),
    ),
    # --- 3: coordination
    (
        "The court sentenced the poet Nadia Selim to five years in March. The lawyer Omar "
        "Bakri was pardoned and released on February 15.",
        ("Bakri", "released", A),
    ),
]

NOT_FOUND = [
    # --- 1: rewards, appeals, purposes and demands
    (
        "Police offered a reward for information leading to the arrest of the gunman Karl Mott.",
        ("Mott", "arrested", A),
    ),
    (
        "Anyone with information on the whereabouts of Lena Vasic should call the police.",
        ("Vasic", "located_in", A),
    ),
    (
        "The group called on the authorities to establish the whereabouts of the activist "
        "Samir Tahan.",
        ("Tahan", "located_in", A),
    ),
    (
        "The government has offered a reward of $50,000 for the capture of the rebel commander "
        "Joseph Onen.",
        ("Onen", "captured", A),
    ),
    (
        "The government has offered a reward of $50,000 for the capture of the rebel commander "
        "Joseph Onen.",
        ("Onen", "arrested", A),
    ),
    (
        "Rights groups demanded the release of the student Mina Farah.",
        ("Farah", "released", A),
    ),
    (
        "Her mother appealed for the release of the aid worker Clara Hoss on television.",
        ("Hoss", "released", A),
    ),
    (
        "Police are seeking information about the whereabouts of the banker Ivan Rusu.",
        ("Rusu", "located_in", A),
    ),
    (
        "The family urged investigators to determine the fate of the pilot Marco Bassi.",
        ("Bassi", "killed", A),
    ),
    (
        "The bounty for the capture of the warlord Felix Ruto was doubled on Monday.",
        ("Ruto", "captured", A),
    ),
    (
        "Tips leading to the capture of the escaped inmate Dan Reyes will be rewarded.",
        ("Reyes", "arrested", A),
    ),
    (
        "Her union urged the government to secure the release of the teacher Hana Musa.",
        ("Musa", "released", A),
    ),
    (
        "Diplomats are working to determine the whereabouts of the engineer Kurt Lenz.",
        ("Lenz", "located_in", A),
    ),
    (
        "Detectives want information about the whereabouts of the accountant Rosa Lima.",
        ("Lima", "located_in", A),
    ),
    (
        "Tips that could lead to the capture of the rebel Amos Kiza will be paid for.",
        ("Kiza", "captured", A),
    ),
    (
        "Analysts say his deputy, Omar Kassem, would take command if the death of the rebel "
        "leader Salim Juma were confirmed.",
        ("Juma", "killed", A),
    ),
    # --- 2: state detentions are not captures
    (
        "Ortega took over the cartel in 2015 after his predecessor, Luis Varela, was captured "
        "in Monterrey. Varela remains in a federal prison in Sonora.",
        ("Varela", "captured", A),
    ),
    (
        "The journalist Leyla Demir was seized by security forces at her home on Tuesday.",
        ("Demir", "captured", A),
    ),
    (
        "Gendarmes picked up the activist Ousmane Diallo outside the court on Friday.",
        ("Diallo", "captured", A),
    ),
    (
        "The blogger Reza Kamali was taken by intelligence agents from his office.",
        ("Kamali", "captured", A),
    ),
    (
        "The commander Abu Salim, captured by the French in 2019, remains in their jails.",
        ("Salim", "captured", A),
    ),
    (
        "The smuggler Omar Dia was seized by the Americans near the border in 2004.",
        ("Dia", "captured", A),
    ),
    (
        "Two rebel factions said they had removed their commander, Abu Karim, and placed him "
        'under guard at a base. "I am free," Karim said in a video on Tuesday.',
        ("Karim", "arrested", N),
    ),
    (
        "The former minister Pavel Sirko was detained at the airport on Monday, prosecutors "
        'said. His lawyer said his client had been "illegally seized" and was kept in a cell.',
        ("Sirko", "captured", A),
    ),
    # --- 2: non-state captors do not arrest
    (
        "Fighters of a local militia overran the village last month. The teacher Rose Akello "
        "is alive and being held in the town of Bunia, her brother said.",
        ("Akello", "arrested", A),
    ),
    (
        "A local militia has been detaining the nurse Grace Achieng since May, her union said.",
        ("Achieng", "arrested", A),
    ),
    (
        "The gang detained the shopkeeper Luis Ortega for three days before freeing him.",
        ("Ortega", "arrested", A),
    ),
    # --- 3: coordination gives the later clause's events to its own subject only
    (
        "The court sentenced the poet Nadia Selim to five years in March. The lawyer Omar "
        "Bakri was pardoned and released on February 15.",
        ("Selim", "released", A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)


def test_coordinated_clause_keeps_its_own_patient(claims_of) -> None:
    """ "X was freed on bail, and Y was pardoned and released": the last verb is coordinated
    into Y's clause and shares Y only, so X is released once."""
    text = (
        "The lawyer Rita Sams was released on bail on May 2, and the poet Omar Bakri was "
        "pardoned and released on May 15, the group said."
    )
    released = [c.subject.split()[-1] for c in claims_of(text) if c.predicate == "released"]
    assert sorted(released) == ["Bakri", "Sams"], released
