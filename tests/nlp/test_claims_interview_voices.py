"""Who "I", "you" and "we" are in a printed interview: the question on a
line of its own with its answer on the next line of the same paragraph, questions as
paragraphs of their own, "Q:" / "A:" turns. Interviews written for this test about fictional
people: text → (last word of the subject, predicate, polarity, last word of the claimant)
of a claim that must be found, or (subject, predicate, polarity) of one that must not."""

from __future__ import annotations

import pytest

A, N = "affirmed", "negated"

# one exchange a paragraph: the question on the first line, the answer on the next
INLINE = (
    "'I never ran': Lidia Marek on the charges\n\n"
    "Lidia Marek stepped down as mayor of Brno on Friday. She spoke to the Daily Test at her"
    " office on Monday.\n\n"
    "Why did you leave?\n"
    "I resigned on Friday because the council could not work with me any more.\n\n"
    "Were you ever detained?\n"
    "I have never been detained by anyone, and I was at home in Brno all last week.\n\n"
    "Several councillors say you fled to Vienna.\n"
    "That is false. I am here.\n\n"
    "Where is your husband?\n"
    "Pavel Novak was arrested on Tuesday and is held in Olomouc."
)

# questions as paragraphs of their own
PARAGRAPHS = (
    "Samuel Otieno, a freed aid worker, spoke to the Daily Test from Nairobi.\n\n"
    "How long were you held?\n\n"
    "Nine weeks. I was kept in a village near the border, and we were moved every week.\n\n"
    "Were you hurt?\n\n"
    "They beat me once. I was released on June 2 after my employer paid.\n\n"
    "Your driver, Ali Warsame, was taken with you. Where is he?\n\n"
    "He is still a hostage, I think."
)

# labelled turns
LABELLED = (
    "Grace Auma, the lawyer of the jailed trade unionist Peter Odhiambo, answered our"
    " questions on Tuesday.\n\n"
    "Q: Have you seen him?\n\n"
    "A: Yes. I saw him on Monday. He is still in Kamiti prison, alive but weak.\n\n"
    "Q: Some officials say you were arrested yourself last month.\n\n"
    "A: I was questioned for an hour and sent home."
)

# a transcript: each turn its labelled speaker's; the presenter and the outlet's own
# correspondent ask or report in the outlet's voice
TRANSCRIPT = (
    "Transcript: Morning Report, June 9\n\n"
    "PRESENTER (JOHN ADEYEMI): The nurse Halima Sule was kidnapped a month ago. Her sister,"
    " Zainab Sule, joins us from Kano, and later the police spokesman, Musa Garba. Zainab, good"
    " morning.\n\n"
    "ZAINAB SULE: Good morning. Halima called me on Sunday. She is alive, but she is weak.\n\n"
    "ADEYEMI: Some reports say you were arrested yourself last week.\n\n"
    "SULE: That is false. I was at home in Kano the whole week.\n\n"
    "SPOKESMAN: Our officers arrested a suspect, Abdul Rahman, in Zaria on Monday.\n\n"
    "ADEYEMI: Musa Garba, thank you."
)

FOUND = [
    # an answer's "I" is the interviewee, and the claim is theirs
    (INLINE, ("Marek", "resigned", A, "Marek")),
    (INLINE, ("Marek", "arrested", N, "Marek")),
    (INLINE, ("Marek", "located_in", A, "Marek")),
    # the interviewee's words about a third person are theirs, not the outlet's
    (INLINE, ("Novak", "arrested", A, "Marek")),
    # a claim put to the interviewee is its source's, "That is false" the interviewee's denial
    (INLINE, ("Marek", "other:flee", A, "councillors")),
    (INLINE, ("Marek", "other:flee", N, "Marek")),
    (PARAGRAPHS, ("Otieno", "released", A, "Otieno")),
    (PARAGRAPHS, ("Otieno", "located_in", A, "Otieno")),
    (LABELLED, ("Odhiambo", "located_in", A, "Auma")),
    # "you" in a question is the interviewee; the claim is its source's
    (LABELLED, ("Auma", "arrested", A, "officials")),
]

# a quoted "we" / "us" is the speaker with the people the story named with the speaker
FREED_PAIR = (
    'The engineers Tom Price and Li Wei were freed on Friday. "We were held in a basement'
    ' near Sirte for a week," Price said.'
)
LOST_COUPLE = (
    'Sara Lind and her husband Olof Lind, both doctors, vanished near Gao in March. "Nobody'
    ' arrested us. We got lost," Sara Lind said on Sunday.'
)
ALONE = (
    'The union leader Omar Diallo was questioned on Monday. "We were never arrested," Diallo said.'
)

# the one who answers is "I" in an answer, never "he": "He says" is the lawyer
EXILE = (
    "Viktor Holub, an exiled opposition leader, spoke to the Daily Test by video link on"
    " Monday.\n\n"
    "Q: What do you know about your deputy, Olena Marchuk?\n\n"
    "A: She was detained on May 2. Her lawyer saw her in the detention centre last week. He"
    " says she is alive."
)
# an unlabelled interview, the question on its own line
COACH = (
    "Marek Dvorak, whose assistant Pavel Sykora went missing in Bosnia, answered our questions"
    " in Prague on Friday.\n\n"
    "When did you last hear from your assistant?\n"
    "On Sunday. His sister called me on Tuesday. He has been arrested in Sarajevo, she told me."
)

# a quotation a colon introduces is the word of the clause's subject, whatever its verb
BALCONY = (
    "The mayor Ivan Petrov was detained by police on Sunday. Late that night Petrov spoke to"
    ' supporters from a balcony: "They held me for four hours and asked me nothing."'
)
POSTED = (
    "Police arrested the blogger Dana Rusu on Friday. On Monday Rusu put a photograph of her"
    ' bruised arm and a few lines on her page for her readers: "Police kept me in a cell in'
    ' Iasi for two nights."'
)

# a "where" question answered by a fragment
WHERE = (
    "Lucia Ferrante, an aid worker, was freed in May. She spoke to the Daily Test in Rome.\n\n"
    "Where were you kept?\n"
    "At first in a cave near the river. Later they moved me every week.\n\n"
    "Where is your driver now?\n"
    "At home in Gao, with his family."
)

# a quotation with no speaker of its own goes on in the voice of the one who just reported
GOES_ON = (
    "The trader Kofi Asante told the court that he had been beaten by his captors.\n\n"
    '"I was kept in a container near the port for eleven days."'
)
TAGGED_LATER = (
    "The trader Kofi Asante told the court that he had been beaten by his captors."
    ' "Asante was kept in a container near the port," his lawyer, Ama Owusu, added.'
)

# questions as paragraphs, with a claim put to the interviewee as a paragraph of its own
PUT_PARAGRAPH = (
    "Petr Horak, a former mayor, spoke to the Daily Test in Brno.\n\n"
    "Why did you resign?\n\n"
    "I was tired. I resigned on Friday.\n\n"
    "There were reports last week that you had fled to Vienna.\n\n"
    "That is false. I was at home in Brno all week.\n\n"
    "Will you run again?\n\n"
    "No."
)

# turns labelled QUESTION: / ANSWER:, the answer's label naming no one
WORD_LABELS = (
    "Rosa Vidal, a nurse freed last month, answered our questions in Lima.\n\n"
    "QUESTION: Where were you held?\n\n"
    "ANSWER: In a farmhouse near Cusco. I was released on May 4.\n\n"
    "QUESTION: Was your colleague freed too?\n\n"
    "ANSWER: No. Marta Quispe is still held by the group."
)

# (subject's last word, predicate, polarity, the claimant's full name)
FOUND_BY = [
    (WORD_LABELS, ("Vidal", "released", A, "Rosa Vidal")),
    (WORD_LABELS, ("Vidal", "located_in", A, "Rosa Vidal")),
    (WORD_LABELS, ("Quispe", "captured", A, "Rosa Vidal")),
    # the put claim is not the interviewee's; "That is false" denies it in his name
    (PUT_PARAGRAPH, ("Horak", "other:flee", N, "Petr Horak")),
    (GOES_ON, ("Asante", "located_in", A, "Kofi Asante")),
    # the quotation's own tag wins
    (TAGGED_LATER, ("Asante", "located_in", A, "Ama Owusu")),
    (WHERE, ("Ferrante", "located_in", A, "Lucia Ferrante")),
    # "they held me", the keeper unnamed: the custody the story gave (an arrest by police)
    (BALCONY, ("Petrov", "arrested", A, "Ivan Petrov")),
    (POSTED, ("Rusu", "located_in", A, "Dana Rusu")),
    (EXILE, ("Marchuk", "alive", A, "Her lawyer")),
    (FREED_PAIR, ("Wei", "located_in", A, "Tom Price")),
    (FREED_PAIR, ("Price", "located_in", A, "Tom Price")),
    (LOST_COUPLE, ("Lind", "arrested", N, "Sara Lind")),
    (ALONE, ("Diallo", "arrested", N, "Omar Diallo")),
    (TRANSCRIPT, ("Sule", "alive", A, "Zainab Sule")),
    # "SULE:" is the namesake an earlier label named in full; her "I" is she
    (TRANSCRIPT, ("Sule", "located_in", A, "Zainab Sule")),
    # the presenter's "you" is the one who answers next
    (TRANSCRIPT, ("Sule", "arrested", A, "Some reports")),
    # a label that is the role the story gives one person
    (TRANSCRIPT, ("Rahman", "arrested", A, "Musa Garba")),
]

NOT_FOUND = [
    (PUT_PARAGRAPH, ("Horak", "other:flee", A, "Horak")),
    (BALCONY, ("Petrov", "captured", A, "Petrov")),
    # the interviewer's put claim is not the interviewee's
    (INLINE, ("Marek", "other:flee", A, "Marek")),
]

# an explainer's question headings answered in the writer's voice: no interviewee
EXPLAINER = (
    "Explainer: who runs the Ashari council now?\n\n"
    "The council's founder, Idris Mahmoud, died in May. Here is what we know.\n\n"
    "Who is in charge?\n"
    "The council named Omar Haddad as its head on Friday.\n\n"
    "Where is Haddad?\n"
    "Officials say Haddad is in the border town of Qalat."
)


def _found(claims_of, text: str) -> set[tuple[str, str, str, str]]:
    return {
        (
            c.subject.split()[-1],
            c.predicate,
            c.polarity,
            (c.claimant or "").split()[-1:][0] if c.claimant else "",
        )
        for c in claims_of(text)
    }


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(claims_of, text, expected) -> None:
    found = _found(claims_of, text)
    assert expected in found, found


@pytest.mark.parametrize(("text", "expected"), FOUND_BY)
def test_found_by(claims_of, text, expected) -> None:
    found = {(c.subject.split()[-1], c.predicate, c.polarity, c.claimant) for c in claims_of(text)}
    assert expected in found, found


@pytest.mark.parametrize(("text", "absent"), NOT_FOUND)
def test_not_found(claims_of, text, absent) -> None:
    found = _found(claims_of, text)
    assert absent not in found, found


def test_we_counts_in_each_one_named_with_the_speaker(claims_of) -> None:
    denied = {c.subject for c in claims_of(LOST_COUPLE) if c.predicate == "arrested"}
    assert denied == {"Sara Lind", "Olof Lind"}, denied


# a "yes" fragment's time dates what the question asked about
DATED_YES = (
    "The activist Nour Selim was freed last week. She spoke to the Daily Test in Cairo.\n\n"
    "Were you questioned before your release?\n"
    "Yes, on Sunday, for six hours.\n\n"
    "Were you beaten?\n"
    "Yes, I was beaten on the first night."
)


def test_yes_fragment_dates_the_question(claims_of) -> None:
    asked = [c for c in claims_of(DATED_YES) if c.predicate == "other:question"]
    assert [(c.claimant, c.event_time) for c in asked] == [("Nour Selim", "2021-06-06")], asked


@pytest.mark.parametrize("text", [EXILE, COACH])
def test_answer_pronoun_is_not_the_interviewee(nlp, text) -> None:
    from dateline.nlp.pipeline import make_doc, run_pipeline
    from dateline.records import Document

    doc = run_pipeline(nlp, make_doc(nlp, Document.from_text(text)))
    answers = text.rindex("\n") + 1
    interviewee = next(e for e in doc._.entities if e.name in {"Viktor Holub", "Marek Dvorak"})
    late = [m.text for m in interviewee.mentions if m.start >= answers]
    assert late == [], late


def test_where_fragment(claims_of) -> None:
    kept = [
        c
        for c in claims_of(WHERE)
        if c.predicate == "located_in" and c.claimant == "Lucia Ferrante"
    ]
    assert [c.evidence for c in kept] == ["At first in a cave near the river."], kept
    assert kept[0].event_time is None  # asked in the past: no date of its own


def test_explainer_headings_make_no_interview(claims_of) -> None:
    named = [c for c in claims_of(EXPLAINER) if c.predicate == "leadership_change"]
    assert named, "the explainer's claims are still read"
    # the answer is the writer's, not the word of the person its introduction names first
    assert all(c.claimant == "Valley Wire" for c in named), named
