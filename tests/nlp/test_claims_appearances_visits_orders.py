"""Appearances, prison visits and custody orders (issue 6): an appearance that also tells where the
person is or that the person lives ("resurfaced in Lisbon", "a video shows X alive"); a visit to
someone in prison (the one visited is held, not the visitor); a custody ordered or asked for
("ordered that he remain in custody") is no claim; "wanted dead or alive" is neither. Sentences
written for this test about fictional people: text -> (last word of the subject, predicate,
polarity) of a claim that must be found, or one that must not."""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"
L, V, P, K, AR = "located_in", "alive", "appeared", "killed", "arrested"

FOUND = [
    # resurfaced / reappeared in a place: the appearance, and where the person is
    (
        "The missing banker Tomas Ruiz resurfaced in Lisbon on Tuesday, ten days after he disappeared.",
        ("Ruiz", L, A),
    ),
    (
        "The missing banker Tomas Ruiz resurfaced in Lisbon on Tuesday, ten days after he disappeared.",
        ("Ruiz", P, A),
    ),
    (
        "Opposition leader Amadou Kone reappeared in Abidjan on Monday after weeks out of sight.",
        ("Kone", L, A),
    ),
    (
        "After months in hiding, the warlord Joseph Mbala has resurfaced in Goma, residents said.",
        ("Mbala", L, A),
    ),
    (
        "The activist Lena Fischer reappeared at a police station in Minsk on Friday, her husband said.",
        ("Fischer", L, A),
    ),
    (
        "Jia Wen went missing on a hike. She reappeared in Kunming three days later, police said.",
        ("Wen", L, A),
    ),
    ("The businessman Carlos Duarte resurfaced on Thursday, his lawyer said.", ("Duarte", P, A)),
    (
        "Rumours that Ali Reza had died ended when he reappeared on state television on Sunday.",
        ("Reza", P, A),
    ),
    # a video or a broadcast that shows the person alive: the appearance and that he lives
    (
        "A video released on Sunday shows the abducted engineer, Paolo Conti, alive and sitting on a chair.",
        ("Conti", V, A),
    ),
    (
        "A video released on Sunday shows the abducted engineer, Paolo Conti, alive and sitting on a chair.",
        ("Conti", P, A),
    ),
    ("The footage shows Sara Haddad alive, her family said.", ("Haddad", V, A)),
    (
        "State television showed the general, Ivan Petrov, alive and in uniform on Saturday.",
        ("Petrov", V, A),
    ),
    ("The photograph shows the journalist Omar Bakri alive in a cell.", ("Bakri", V, A)),
]

NOT_FOUND = [
    # not resurfaced: no place; a video that does not show him alive
    ("The fugitive Marek Nowak has not resurfaced since the raid, police said.", ("Nowak", L, A)),
    ("The video does not show Sami Nour alive, investigators said.", ("Nour", V, A)),
    # a reappearance with no place named gives no whereabouts
    ("The businessman Carlos Duarte resurfaced on Thursday, his lawyer said.", ("Duarte", L, A)),
]

FOUND_VISITS = [
    # the one visited in prison is the one held
    (
        "Karim Said was jailed in 2020. His lawyer, Nadia Farouk, visited him in prison on Monday.",
        ("Said", AR, A),
    ),
    ("Juan Perez, who is in prison, was visited by his wife on Sunday.", ("Perez", AR, A)),
    ("Daniel Ortiz is in prison in Quito, his lawyer said.", ("Ortiz", AR, A)),
    (
        "The senator Anne Cole visited the dissident Pavel Ivanov in prison in Moscow.",
        ("Ivanov", L, A),
    ),
]

NOT_FOUND_VISITS = [
    # the visitor only goes there
    (
        "Karim Said was jailed in 2020. His lawyer, Nadia Farouk, visited him in prison on Monday.",
        ("Farouk", AR, A),
    ),
    (
        "His mother, Rosa Lima, visited him in jail last week and said he was thin.",
        ("Lima", AR, A),
    ),
    (
        "The ambassador, Peter Grant, visited the detained journalist Ali Musa in prison on Sunday.",
        ("Grant", AR, A),
    ),
    ("Maria Santos visits her son in prison every Saturday.", ("Santos", AR, A)),
    ("Her brother Samir Haddad saw her in jail on Friday, the family said.", ("Haddad", AR, A)),
    (
        "The senator Anne Cole visited the dissident Pavel Ivanov in prison in Moscow.",
        ("Cole", AR, A),
    ),
    (
        "The priest Father Luis Gomez visited prisoners in the jail on Christmas Day.",
        ("Gomez", AR, A),
    ),
    (
        "Lawyer Ruth Obi said she had visited her client in the prison and found him in good health.",
        ("Obi", AR, A),
    ),
]

FOUND_ORDERS = [
    # the custody told beside the order still counts
    (
        "Kofi Boateng was arrested on Monday. A judge ordered that he remain in custody until the next hearing.",
        ("Boateng", AR, A),
    ),
    ("Sven Dahl remains in custody in Oslo, his lawyer said.", ("Dahl", AR, A)),
]

NOT_FOUND_ORDERS = [
    # an order or a request that someone be held (the mandative) claims no custody
    (
        "The judge ordered that Mark Lund remain in custody until the next hearing on May 3.",
        ("Lund", AR, A),
    ),
    (
        "A court in Ankara ordered that the journalist Ece Demir be kept in custody pending trial.",
        ("Demir", AR, A),
    ),
    ("The magistrate ordered Peter Okoro held in custody until his trial.", ("Okoro", AR, A)),
    (
        "Judge Alan Price ordered that the suspect, Tom Ward, stay in jail until his hearing.",
        ("Ward", AR, A),
    ),
    (
        "Prosecutors asked that Lina Berg remain in custody while they investigate.",
        ("Berg", AR, A),
    ),
    (
        "The court ruled that Yusuf Ali must remain in detention for another 30 days.",
        ("Ali", AR, A),
    ),
    ("The judge denied bail and ordered that Maya Roth remain in jail.", ("Roth", AR, A)),
    ("The court ordered that Ahmed Nasser be detained for 15 days.", ("Nasser", AR, A)),
    (
        "The tribunal ordered that Nikos Pappas be held until the hearing in June.",
        ("Pappas", AR, A),
    ),
    ("A judge ordered the arrest of the former minister Jorge Vega on Friday.", ("Vega", AR, A)),
]

FOUND_EITHER = [
    # a death or a life told beside the alternative still counts
    (
        "The bandit Rafael Soto, who was wanted dead or alive, was killed by soldiers on Sunday.",
        ("Soto", K, A),
    ),
    (
        "Troops captured the bandit leader Sani Bala alive on Monday, the army said.",
        ("Bala", V, A),
    ),
    (
        "Efrain Mora is alive or dead depending on whom you ask, but his wife said he is alive.",
        ("Mora", V, A),
    ),
]

_EITHER = [
    (
        "The militia leader Abu Karim is wanted dead or alive by the government, which has"
        " offered a reward.",
        "Karim",
    ),
    ("Authorities want Juan Rivas dead or alive, the governor said.", "Rivas"),
    ("A reward of $1 million is offered for Omar Saleh, dead or alive.", "Saleh"),
    (
        "The president said he wanted the rebel commander, Ali Dado, captured dead or alive.",
        "Dado",
    ),
    ("Police have vowed to bring in Pedro Lara dead or alive.", "Lara"),
    ("Whether Musa Keita is dead or alive is not known, his family said.", "Keita"),
    ("Nobody knows if Ana Costa is dead or alive.", "Costa"),
    ("The rebels said they would take the general, Leo Sanz, dead or alive.", "Sanz"),
]
# dead or alive, offered as alternatives: neither state is claimed
NOT_FOUND_EITHER = [(text, (name, pred, A)) for text, name in _EITHER for pred in (K, V)]

FOUND_MORE = [
    # more registers: a live blog, an epithet before the name, two people, a police brief
    (
        "LIVE UPDATES 14:02 - Missing MP Tariq Anwar has reappeared in Peshawar, his party says.",
        ("Anwar", L, A),
    ),
    (
        "The 29-year-old reporter, Nina Brandt, resurfaced at a border crossing near Narva on Saturday.",
        ("Brandt", L, A),
    ),
    ("Tomas Varga and his son reappeared in Debrecen on Friday.", ("Varga", L, A)),
    (
        "Reporters from this newspaper visited the jailed mayor, Paulo Reis, in prison in Recife.",
        ("Reis", AR, A),
    ),
    (
        "The judge ordered that Lena Voss, 34, be held without bail. She was arrested on Sunday.",
        ("Voss", AR, A),
    ),
    # the one visited named in apposition to the object ("the detained journalist X")
    (
        "The ambassador, Peter Grant, visited the detained journalist Ali Musa in prison on Sunday.",
        ("Musa", L, A),
    ),
    (
        "The ambassador, Peter Grant, visited the detained journalist Ali Musa in prison on Sunday.",
        ("Musa", P, A),
    ),
    # the name the parser hangs on the verb after the object: "the boy, X, out alive"
    ("Rescuers pulled the boy, Adam Kral, out alive after six hours.", ("Kral", V, A)),
]

NOT_FOUND_MORE = [
    (
        "A consular official, John Reed, met the detained teacher Amal Yusuf in the prison.",
        ("Reed", AR, A),
    ),
    (
        "Her husband, Ali Demir, visited her in custody on Tuesday, their lawyer said.",
        ("Demir", AR, A),
    ),
    (
        "An appeals court ordered on Friday that the former general Omar Bashir remain in detention.",
        ("Bashir", AR, A),
    ),
    ("The sheriff said the judge had ordered that Cody Hale be kept in jail.", ("Hale", AR, A)),
    (
        "Wanted posters offering $50,000 for Ramon Ortiz, dead or alive, went up across the state.",
        ("Ortiz", K, A),
    ),
    ("His mother does not know if Samuel Otieno is alive or dead.", ("Otieno", V, A)),
]

test_found, test_not_found = row_tests(
    FOUND + FOUND_VISITS + FOUND_ORDERS + FOUND_EITHER + FOUND_MORE,
    NOT_FOUND + NOT_FOUND_VISITS + NOT_FOUND_ORDERS + NOT_FOUND_EITHER + NOT_FOUND_MORE,
)
