"""Leadership changes, denials and messages. Sentences written
for this test about fictional people: text -> (subject surname, predicate, polarity) of a
claim that must be found, or one that must not."""

from __future__ import annotations

from claims_rows import row_tests

A, N = "affirmed", "negated"

FOUND = [
    # an appointee who closes an apposition, the office after an "as" with a possessive
    # ("the group's new leader") that runs past the words the name is looked for in
    (
        "The audio message named his nephew, Daud Ilmi Warsame, as the movement's new leader"
        " and urged fighters to stay loyal.",
        ("Warsame", "leadership_change", A),
    ),
    # the appointee closes an apposition and the office follows the comma ("Y, acting chair")
    (
        "The union's board named its treasurer, Marta Kowalczyk, acting chair while he is away.",
        ("Kowalczyk", "leadership_change", A),
    ),
    (
        "The council named Anil Desai, a retired judge, as the district's new governor.",
        ("Desai", "leadership_change", A),
    ),
    # the predecessor named in the "from" phrase of a take-over loses the post
    (
        "Marta Keller took over from Jonas Brekke as chief executive in 2019.",
        ("Brekke", "leadership_change", A),
    ),
    (
        "Osman had led the militia since 2015, when he took over from its founder, Idris"
        " Gabow, who had died of malaria.",
        ("Gabow", "leadership_change", A),
    ),
    # "handed it to X" where "it" is what the sentence says he ran; the name in apposition
    # to the receiver's role when the parser hangs it elsewhere
    (
        "He opened the clinic in 1985 and ran it until 2012, when he handed it to his former"
        " student, Ana Ferreira.",
        ("Ferreira", "leadership_change", A),
    ),
    # the successor as the subject of "be", the name its complement
    (
        "Osei's successor is Kwabena Boateng, a former customs officer.",
        ("Boateng", "leadership_change", A),
    ),
    # "described X as the new leader" (also through a "whom" clause)
    (
        "Police described Peter Otieno as the new commander of the gang.",
        ("Otieno", "leadership_change", A),
    ),
    (
        "Peter Otieno, whom police on Friday described as the gang's new commander, is"
        " a former butcher.",
        ("Otieno", "leadership_change", A),
    ),
    # taking over a group's operations
    (
        "Aides said Halima Said had taken over the party's operations in May, when its leader"
        " fell ill.",
        ("Said", "leadership_change", A),
    ),
    # a stand-in heading a school, a church, a council
    (
        "Her deputy, Tomas Lindgren, will lead the school until a new head is appointed.",
        ("Lindgren", "leadership_change", A),
    ),
    # an event secured (past tense) happened
    (
        "The government secured Paul Tremblay's release in May.",
        ("Tremblay", "released", A),
    ),
    # a release or a return reported in the past tense after "until" happened
    (
        "Ibrahima Konate was held in Bamako until his release in 2019.",
        ("Konate", "released", A),
    ),
    (
        "Ibrahima Konate stayed in hiding until he reappeared in March.",
        ("Konate", "appeared", A),
    ),
    # "rejected the claim" after a report of an event and the state it left the person in
    # ("captured X, who is being held in the hills"): the event is what is denied
    (
        "The rebels say they abducted the mayor's aide, Joseph Kilolo, who they say is being"
        " held near the lake. The army rejected the claim on Monday.",
        ("Kilolo", "captured", N),
    ),
]

NOT_FOUND = [
    # an event wished or worked for is not reported
    (
        '"Those who wished for my death will have to wait," said Apti Zakayev.',
        ("Zakayev", "killed", A),
    ),
    (
        "The Canadian government says it is working to secure Paul Tremblay's release.",
        ("Tremblay", "released", A),
    ),
    # described as a leader, not as a new one
    (
        "Police described Peter Otieno as a leader of the gang.",
        ("Otieno", "leadership_change", A),
    ),
    # "its operations": no named body whose operations were taken over
    (
        "Peter Otieno took over its operations after the raid.",
        ("Otieno", "leadership_change", A),
    ),
    # a participle set off after a message noun is the message's ("a video, released on ...")
    (
        "Omar Bakr and Ali Bakr were detained in June. Both men have since appeared in a"
        " video, released on August 4, in which they say they are well.",
        ("Bakr", "released", A),
    ),
    # an event set as the end of an arrangement that still holds has not happened
    (
        "Ibrahima Konate has not been seen since Friday. His deputy, Awa Sangare, was named"
        " acting leader on Monday until Konate reappears.",
        ("Konate", "appeared", A),
    ),
    (
        "Ibrahima Konate has not been seen since Friday. His deputy will lead the party until"
        " he returns to public life.",
        ("Konate", "other:return", A),
    ),
    (
        "The bureau chose Awa Sangare to lead the party until the release of Ibrahima Konate.",
        ("Konate", "released", A),
    ),
    (
        "Awa Sangare will run the party until Ibrahima Konate is freed.",
        ("Konate", "released", A),
    ),
    # denied in the clause itself
    (
        "Osei's successor is not Kwabena Boateng, the party said.",
        ("Boateng", "leadership_change", A),
    ),
    # (and the state that only elaborates it is not denied on its own)
    (
        "The rebels say they abducted the mayor's aide, Joseph Kilolo, who they say is being"
        " held near the lake. The army rejected the claim on Monday.",
        ("Kilolo", "located_in", N),
    ),
    # a take-over of a place from people is no one's lost post
    (
        "Rebels took over the town from government troops led by Colonel Ivo Petrov.",
        ("Petrov", "leadership_change", A),
    ),
    # "handed it to X" when "it" is nothing he ran
    (
        "He found the wallet near the station and handed it to a police officer, Jan Kowal.",
        ("Kowal", "leadership_change", A),
    ),
    # a possessor is no appointee ("named Osei's deputy, X")
    (
        "The party named Osei's deputy, Kofi Mensah, as interim chairman.",
        ("Osei", "leadership_change", A),
    ),
    # a naming that gives no office ("named his cousin, X, as a suspect")
    (
        "Police named his cousin, Tomasz Wrobel, as a suspect in the robbery.",
        ("Wrobel", "leadership_change", A),
    ),
]


test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
